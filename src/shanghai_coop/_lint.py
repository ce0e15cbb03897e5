"""The data linter: every rule over every record, all problems reported at once.

Run by the test suite over the packaged data, and by ``Organisation.load(path)`` over a
user's copy. Each problem is one line naming the file, the record and the field.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from itertools import combinations, pairwise
from typing import Any

import attrs

from ._enums import Status, SummitFormat, SummitStatus
from ._structure import Dataset
from .model import Membership, MemberState, PartialDate, Term
from .names import NameIndex, entries

__all__ = ["lint", "name_entries"]

_EARLIEST = date(1990, 1, 1)
_SOURCE_KINDS = frozenset({"seed", "official", "official-text", "news", "database", "reference"})
_SOURCE_ID = re.compile(r"[a-z0-9][a-z0-9./-]*")
_PATTERNS = {
    "iso_alpha2": re.compile(r"[A-Z]{2}"),
    "iso_alpha3": re.compile(r"[A-Z]{3}"),
    "iso_numeric": re.compile(r"[0-9]{3}"),
    "wikidata": re.compile(r"Q[1-9][0-9]*"),
    "cow_abbrev": re.compile(r"[A-Z]{3}"),
}
_SUMMIT_ID = re.compile(r"(SCO|S5)-(CHS|CHG)-[0-9]{4}")
_LANGUAGE = re.compile(r"[a-z]{2}")
_DATE_FIELDS = ("start", "end", "approved")


def lint(data: Dataset) -> list[str]:
    """Return every problem found in a structured data set (empty when it is clean).

    Rules: ids unique; references (states, organisations, sources) resolve; every record
    cites a source, and every source is cited; spells of a state in an organisation sorted and not
    overlapping; each spell non-empty; qualifiers inside their spell; approval not after the
    grant; each status within the organisation's categories of that time; dates between
    1990 and the data's ``as_of``; no source published after ``as_of`` (the day of the
    newest source read) nor read before it; variants name a real field and a valid date; a
    state's ISO codes agree with ``countries.json``; no name denotes two states.

    Args:
        data: The structured data set.

    Returns:
        One line per problem.
    """
    problems: list[str] = []
    source_ids = {source.id for source in data.sources}
    state_ids = {state.id for state in data.states}
    orgs = {org.id: org for org in data.organisations}
    countries = {country.alpha3: country for country in data.countries}

    for file, ids in (
        ("sources.json", [s.id for s in data.sources]),
        ("organisations.json", [org.id for org in data.organisations]),
        ("states.json", [s.id for s in data.states]),
        ("countries.json", [c.alpha3 for c in data.countries]),
        ("spells.json", [s.id for s in data.spells]),
    ):
        counts = Counter(ids).items()
        problems += [f"{file}: id {i!r} is used {n} times" for i, n in counts if n > 1]

    cited: set[str] = set()

    def cite(file: str, record: str, sources: Iterable[str]) -> None:
        sources = tuple(sources)
        cited.update(sources)
        if not sources:
            problems.append(f"{file}: {record}: cites no source")
        problems.extend(
            f"{file}: {record}: unknown source {s!r}" for s in sources if s not in source_ids
        )

    for source in data.sources:
        where = f"sources.json: {source.id}"
        if not _SOURCE_ID.fullmatch(source.id):
            problems.append(f"{where}: id is not lower-case letters, digits, '.', '/', '-'")
        if source.kind not in _SOURCE_KINDS:
            problems.append(f"{where}: kind {source.kind!r} is not one of {sorted(_SOURCE_KINDS)}")
        if source.url is not None and not source.url.startswith(("http://", "https://")):
            problems.append(f"{where}: url {source.url!r} is not an http(s) address")
        if not source.title.strip():
            problems.append(f"{where}: empty title")
        if source.published is not None and source.published.earliest > data.as_of:
            problems.append(
                f"{where}: published {source.published}, after the data's as_of {data.as_of}"
                " (as_of is the day of the newest source read: move it forward)"
            )
        if source.accessed < data.as_of:
            problems.append(
                f"{where}: accessed {source.accessed}, before the data's as_of {data.as_of}"
            )
    for org in data.organisations:
        cite("organisations.json", org.id, org.sources)
        for link in (org.predecessor, org.successor):
            if link is not None and link not in orgs:
                problems.append(f"organisations.json: {org.id}: unknown organisation {link!r}")
            if link == org.id:
                problems.append(f"organisations.json: {org.id}: is its own predecessor/successor")
        if org.successor in orgs and orgs[org.successor].predecessor != org.id:
            problems.append(
                f"organisations.json: {org.id}: successor {org.successor} does not name it as"
                " predecessor"
            )
        for category in org.categories:
            label = f"{org.id} category {category.status.value}"
            cite("organisations.json", label, category.sources)

    for state in data.states:
        cite("states.json", state.id, state.sources)
        problems += _check_identifiers(state)
        country = countries.get(state.iso_alpha3)
        if state.id != state.iso_alpha3:
            problems.append(f"states.json: {state.id}: id differs from iso_alpha3")
        if country is None:
            problems.append(f"states.json: {state.id}: not an ISO 3166-1 alpha-3 code")
        elif (country.alpha2, country.numeric) != (state.iso_alpha2, state.iso_numeric):
            problems.append(
                f"states.json: {state.id}: iso_alpha2/iso_numeric {state.iso_alpha2}/"
                f"{state.iso_numeric} differ from countries.json {country.alpha2}/{country.numeric}"
            )

    spells_by: dict[tuple[str, str], list[Membership]] = {}
    for spell in data.spells:
        where = f"spells.json: {spell.id}"
        cite("spells.json", spell.id, spell.sources)
        expected_id = f"{spell.organisation}/{spell.state}/{spell.status.value}/{spell.start}"
        if spell.id != expected_id:
            problems.append(f"{where}: id does not match its content; expected {expected_id!r}")
        if spell.state not in state_ids:
            problems.append(f"{where}: state {spell.state!r} is not in states.json")
        spell_org = orgs.get(spell.organisation)
        if spell_org is None:
            problems.append(f"{where}: unknown organisation {spell.organisation!r}")
        else:
            problems += _check_category(where, spell, spell_org.categories)
        problems += _check_interval(where, spell.start, spell.end, data.as_of)
        if spell_org is not None:
            problems += _check_existence(where, spell, spell_org)
        if spell.approved is not None:
            problems += _check_day(f"{where}: approved", spell.approved, data.as_of)
        if spell.approved is not None and spell.approved.earliest > spell.start.latest:
            problems.append(f"{where}: approved {spell.approved} is after start {spell.start}")
        for variant in spell.variants:
            problems += _check_variant(where, variant.field, variant.value)
            cite("spells.json", f"{spell.id} variant {variant.field}", variant.sources)
        for qualifier in spell.qualifiers:
            q_where = f"{where} qualifier {qualifier.kind.value}"
            cite("spells.json", q_where.removeprefix("spells.json: "), qualifier.sources)
            problems += _check_interval(q_where, qualifier.start, qualifier.end, data.as_of)
            for variant in qualifier.variants:
                problems += _check_variant(q_where, variant.field, variant.value)
                label = f"{q_where.removeprefix('spells.json: ')} variant {variant.field}"
                cite("spells.json", label, variant.sources)
            if qualifier.start.earliest < spell.start.earliest:
                problems.append(f"{q_where}: starts {qualifier.start} before the spell")
            if spell.end is not None and (
                qualifier.end is None or qualifier.end.latest > spell.end.latest
            ):
                problems.append(f"{q_where}: ends after the spell")
        for one, other in combinations(spell.qualifiers, 2):
            if one.kind is other.kind and _overlap(one, other):
                problems.append(f"{where}: two {one.kind.value} qualifiers overlap")
        spells_by.setdefault((spell.organisation, spell.state), []).append(spell)

    for (org_id, state_id), spells in sorted(spells_by.items()):
        ordered = sorted(spells, key=lambda s: (s.start.earliest, s.start.latest))
        if [s.id for s in ordered] != [s.id for s in spells]:
            problems.append(f"spells.json: {org_id}/{state_id}: spells are not sorted by start")
        for before, after in pairwise(ordered):
            if before.end is None:
                problems.append(f"spells.json: {before.id}: open spell followed by {after.id}")
            elif before.end != after.start and before.end.latest > after.start.earliest:
                problems.append(f"spells.json: {before.id} overlaps {after.id}")
            elif before.end == after.start and before.status is after.status:
                problems.append(
                    f"spells.json: {before.id} and {after.id}: one {before.status.value} spell"
                    " split in two; join them"
                )
    order = [(s.organisation, s.state, s.start.earliest) for s in data.spells]
    if order != sorted(order):
        problems.append("spells.json: records are not sorted by organisation, state and start")
    if [s.id for s in data.states] != sorted(s.id for s in data.states):
        problems.append("states.json: records are not sorted by id")
    if [s.id for s in data.sources] != sorted(s.id for s in data.sources):
        problems.append("sources.json: records are not sorted by id")

    problems += _lint_summits(data, state_ids, cite)
    problems += _lint_offices(data, state_ids, cite)
    problems += _lint_collation(data)
    try:
        NameIndex(name_entries(data), {})
    except ValueError as error:
        problems.append(f"states.json/countries.json: {error}")
    for document_sources in data.document_sources:
        cite("countries.json/collation.json", "generated data", document_sources)
    problems += [
        f"sources.json: {source.id}: cited by no record"
        for source in data.sources
        if source.id not in cited
    ]
    return problems


def _check_identifiers(state: MemberState) -> list[str]:
    where = f"states.json: {state.id}"
    problems = []
    for field, pattern in _PATTERNS.items():
        value = getattr(state, field)
        if value is not None and not pattern.fullmatch(value):
            problems.append(f"{where}: {field} {value!r} does not match {pattern.pattern}")
    if state.cow_code is not None and not 1 <= state.cow_code <= 999:
        problems.append(f"{where}: cow_code {state.cow_code} is not a COW state code (1-999)")
    names = attrs.asdict(state.names)
    if not state.names.en_short.strip():
        problems.append(f"{where}: names.en_short is empty")
    for field, value in names.items():
        if value is not None and not value.strip():
            problems.append(f"{where}: names.{field} is an empty string (use null)")
    for kind, values in (("aliases", state.aliases), ("former_names", state.former_names)):
        if any(not value.strip() for value in values):
            problems.append(f"{where}: {kind} holds an empty string")
    return problems


def _certainly_member(data: Dataset, org: str, state: str, day: date) -> bool:
    return any(
        s.organisation == org
        and s.state == state
        and s.status is Status.MEMBER
        and s.start.latest <= day
        and (s.end is None or day < s.end.earliest)
        for s in data.spells
    )


def _lint_summits(
    data: Dataset, state_ids: set[str], cite: Callable[[str, str, Iterable[str]], None]
) -> list[str]:
    problems: list[str] = []
    file = "summits.json"
    counts = Counter(r.id for r in data.summit_records)
    problems += [f"{file}: id {i!r} is used {n} times" for i, n in counts.items() if n > 1]
    order = [(r.organisation, r.council.value, r.start.earliest) for r in data.summit_records]
    if order != sorted(order):
        problems.append(f"{file}: records are not sorted by organisation, council and start")
    orgs = {org.id for org in data.organisations}
    numbers = Counter(
        (r.organisation, r.council.value, r.number)
        for r in data.summit_records
        if r.number is not None
    )
    problems += [
        f"{file}: {org} {council} meeting number {number} is used {n} times"
        for (org, council, number), n in numbers.items()
        if n > 1
    ]
    per_year: Counter[tuple[str, str, int]] = Counter()
    for r in data.summit_records:
        where = f"{file}: {r.id}"
        cite(file, r.id, r.sources)
        council = "CHS" if r.council.value == "heads_of_state" else "CHG"
        expected_id = f"{r.organisation}-{council}-{r.start.earliest.year}"
        if r.id != expected_id or not _SUMMIT_ID.fullmatch(r.id):
            problems.append(f"{where}: id does not match its content; expected {expected_id!r}")
        if r.organisation not in orgs:
            problems.append(f"{where}: unknown organisation {r.organisation!r}")
        if r.start.earliest < _EARLIEST:
            problems.append(f"{where}: start {r.start} is before 1990")
        if r.number is not None and r.number < 1:
            problems.append(f"{where}: number {r.number} is not a positive integer")
        if r.status is SummitStatus.HELD and r.start.earliest > data.as_of:
            problems.append(f"{where}: held, but starts after the data's as_of {data.as_of}")
        if r.end is not None and r.end.earliest <= r.start.latest:
            problems.append(f"{where}: end {r.end} is not after start {r.start}")
        if r.status is SummitStatus.NOT_HELD:
            if r.host is not None or r.city is not None or r.format is not None:
                problems.append(f"{where}: not held, yet has a host, city or format")
        else:
            if r.start.earliest.year != r.start.latest.year:
                problems.append(f"{where}: start {r.start} is not within one year")
            per_year[(r.organisation, r.council.value, r.start.earliest.year)] += 1
        if r.host is not None:
            if r.host not in state_ids:
                problems.append(f"{where}: host {r.host!r} is not in states.json")
            elif not _certainly_member(data, r.organisation, r.host, (r.end or r.start).latest):
                problems.append(
                    f"{where}: host {r.host} was not certainly a member of {r.organisation} on"
                    f" the summit's last day"
                )
        if r.format is SummitFormat.IN_PERSON and r.city is None:
            problems.append(f"{where}: in person, but no city")
        for variant in r.variants:
            cite(file, f"{r.id} variant {variant.field}", variant.sources)
            if variant.field in ("start", "end"):
                problems += _check_variant(where, variant.field, variant.value)
            elif variant.field == "host":
                if variant.value not in state_ids:
                    problems.append(f"{where}: variant host {variant.value!r} is not a state id")
            elif variant.field not in ("city", "format"):
                problems.append(f"{where}: variant names unknown field {variant.field!r}")
    for (org, council, year), n in sorted(per_year.items()):
        if n > 1:
            problems.append(f"{file}: {n} meetings of {org} {council} in {year}")
    return problems


def _lint_offices(
    data: Dataset, state_ids: set[str], cite: Callable[[str, str, Iterable[str]], None]
) -> list[str]:
    problems: list[str] = []
    file = "offices.json"
    for kind, ids in (
        ("office", [o.id for o in data.office_records]),
        ("person", [p.id for p in data.people]),
        ("term", [t.id for t in data.term_records]),
        ("roster", [r.id for r in data.roster_records]),
    ):
        counts = Counter(ids).items()
        problems += [f"{file}: {kind} id {i!r} is used {n} times" for i, n in counts if n > 1]
    offices = {o.id: o for o in data.office_records}
    for office in data.office_records:
        cite(file, f"office {office.id}", office.sources)
        problems += _check_interval(
            f"{file}: office {office.id}", office.start, office.end, data.as_of
        )
        if office.successor is not None and office.successor not in offices:
            problems.append(f"{file}: office {office.id}: unknown successor {office.successor!r}")
        seen, following = {office.id}, office.successor
        while following is not None and following in offices:
            if following in seen:
                problems.append(f"{file}: office {office.id}: its successors form a cycle")
                break
            seen.add(following)
            following = offices[following].successor
    for person in data.people:
        cite(file, f"person {person.id}", person.sources)
        if person.wikidata is not None and not _PATTERNS["wikidata"].fullmatch(person.wikidata):
            problems.append(
                f"{file}: person {person.id}: wikidata {person.wikidata!r} is not a QID"
            )
        if not person.en.strip():
            problems.append(f"{file}: person {person.id}: empty English name")
    by_office: dict[str, list[Term]] = {}
    for term in data.terms:
        where = f"{file}: term {term.id}"
        cite(file, f"term {term.id}", term.sources)
        expected = f"{term.office.id}/{term.start.earliest.year}/{term.holder.id}"
        if term.id != expected:
            problems.append(f"{where}: id does not match its content; expected {expected!r}")
        problems += _check_interval(where, term.start, term.end, data.as_of)
        held = term.office
        if term.start.earliest < held.start.earliest or (
            held.end is not None and (term.end is None or term.end.latest > held.end.latest)
        ):
            problems.append(f"{where}: outside the time the office {held.id} existed")
        if term.state is not None and not _certainly_member(
            data, "SCO", term.state.id, term.start.latest
        ):
            problems.append(f"{where}: {term.state.id} was not a member when the term began")
        for variant in term.variants:
            cite(file, f"term {term.id} variant {variant.field}", variant.sources)
            if variant.field in ("start", "end"):
                problems += _check_variant(where, variant.field, variant.value)
            elif variant.field == "state":
                if variant.value not in state_ids:
                    problems.append(f"{where}: variant state {variant.value!r} is not a state id")
            else:
                problems.append(f"{where}: variant names unknown field {variant.field!r}")
        by_office.setdefault(held.id, []).append(term)
    for office_id, terms in sorted(by_office.items()):
        ordered = sorted(terms, key=lambda t: t.start.earliest)
        for before, after in pairwise(ordered):
            if before.end is None:
                problems.append(f"{file}: {office_id}: open term followed by another")
            elif before.end != after.start and before.end.latest > after.start.earliest:
                problems.append(f"{file}: {office_id}: {before.id} overlaps {after.id}")
    order = [(t.office, t.start.earliest) for t in data.term_records]
    if order != sorted(order):
        problems.append(f"{file}: terms are not sorted by office and start")
    if [o.id for o in data.office_records] != sorted(o.id for o in data.office_records):
        problems.append(f"{file}: offices are not sorted by id")
    if [p.id for p in data.people] != sorted(p.id for p in data.people):
        problems.append(f"{file}: people are not sorted by id")
    order_r = [(r.council.value, r.as_of.earliest) for r in data.roster_records]
    if order_r != sorted(order_r):
        problems.append("councils.json: rosters are not sorted by council and as_of")
    organisations = {org.id for org in data.organisations}
    owned = [("offices.json", o.id, o.organisation) for o in data.office_records]
    owned += [("councils.json", r.id, r.organisation) for r in data.roster_records]
    problems += [
        f"{file_}: {record_id}: unknown organisation {owner!r}"
        for file_, record_id, owner in owned
        if owner not in organisations
    ]
    for roster in data.rosters:
        where = f"councils.json: {roster.id}"
        cite("councils.json", roster.id, roster.sources)
        if roster.basis not in ("meeting", "gallery"):
            problems.append(f"{where}: basis {roster.basis!r} is not 'meeting' or 'gallery'")
        if not roster.id.startswith(f"{roster.council.value}/"):
            problems.append(f"{where}: id does not start with its council")
        states = Counter(entry.state.id for entry in roster.entries)
        problems += [f"{where}: {s} has {n} entries" for s, n in states.items() if n > 1]
        for entry in roster.entries:
            cite("councils.json", f"{roster.id} {entry.state.id}", entry.sources)
            if not _certainly_member(data, "SCO", entry.state.id, roster.as_of.latest):
                problems.append(f"{where}: {entry.state.id} was not a member on {roster.as_of}")
            for variant in entry.variants:
                cite("councils.json", f"{roster.id} {entry.state.id} variant", variant.sources)
                if variant.field not in ("member", "role", "represented_by"):
                    problems.append(f"{where}: variant names unknown field {variant.field!r}")
        for excluded in roster.excluded:
            cite("councils.json", f"{roster.id} excluded {excluded.state.id}", excluded.sources)
    for org_id, facts in data.facts.items():
        where = f"organisations.json: {org_id}"
        if facts.charter is not None:
            cite("organisations.json", f"{org_id} charter", facts.charter.sources)
        for record in data.organisations:
            if record.id == org_id and record.languages is not None:
                cite("organisations.json", f"{org_id} languages", record.languages.sources)
                problems += [
                    f"{where}: language {code!r} is not an ISO 639-1 code (two lower-case letters)"
                    for code in record.languages.codes
                    if not _LANGUAGE.fullmatch(code)
                ]
            if record.id == org_id and record.successor is not None and not record.dissolved:
                problems.append(f"{where}: has a successor but no dissolution date")
        for hq in facts.headquarters:
            cite("organisations.json", f"{org_id} headquarters {hq.body}", hq.sources)
        for body in facts.bodies:
            cite("organisations.json", f"{org_id} body {body.id}", body.sources)
        for relation in facts.relations:
            cite("organisations.json", f"{org_id} relation {relation.id}", relation.sources)
            for variant in relation.variants:
                cite("organisations.json", f"{org_id} relation {relation.id}", variant.sources)
                problems += _check_variant(
                    f"{where} relation {relation.id}", variant.field, variant.value
                )
        for guest in facts.guests:
            cite("organisations.json", f"{org_id} guest {guest.id}", guest.sources)
            for attendance in guest.attested:
                cite("organisations.json", f"{org_id} guest {guest.id}", attendance.sources)
        for application in facts.applications:
            label = f"{org_id} application {application.id}"
            cite("organisations.json", label, application.sources)
            if application.kind not in ("application", "interest"):
                problems.append(f"{where}: {application.id}: kind {application.kind!r}")
            if application.applied_for is Status.NONE:
                problems.append(f"{where}: {application.id}: applied for 'none'")
            for variant in application.variants:
                cite("organisations.json", label, variant.sources)
    return problems


def _lint_collation(data: Dataset) -> list[str]:
    problems: list[str] = []
    by_state = Counter(r.state for r in data.collation)
    names = {r.state: r.name for r in data.collation}
    for state in data.states:
        if state.names.ru_short is None:
            continue
        if by_state[state.id] != 1:
            problems.append(f"collation.json: {state.id}: {by_state[state.id]} records, expected 1")
        elif names[state.id] != state.names.ru_short:
            problems.append(
                f"collation.json: {state.id}: key is for {names[state.id]!r}, but the state's"
                f" ru_short is {state.names.ru_short!r}; run scripts/update_collation.py"
            )
    known = {state.id for state in data.states}
    problems += [
        f"collation.json: {r.state}: not in states.json"
        for r in data.collation
        if r.state not in known
    ]
    # The keys are generated, so check them against the Russian alphabet: sorted by key,
    # the names' leading letters must never go backwards ("Ё" counts as "Е"; spaces,
    # hyphens and ties are the keys' business). A key edited by hand, or computed for
    # another name, is caught here.
    ordered = sorted(data.collation, key=lambda r: tuple(r.key))
    for before, after in pairwise(ordered):
        if _against_alphabet(before.name, after.name):
            problems.append(
                f"collation.json: {after.state}: its key sorts {after.name!r} after"
                f" {before.name!r}, against the Russian alphabet; run scripts/update_collation.py"
            )
    return problems


_RUSSIAN = "абвгдежзийклмнопрстуфхцчшщъыьэюя"


def _alphabetical(name: str) -> tuple[int, ...]:
    """The alphabet positions of a name's leading Russian letters ("ё" as "е", any case).

    Stops at the first other character (a space, a hyphen, a Latin letter), whose place in
    the collation this check does not model.
    """
    ranks: list[int] = []
    for char in name.lower().replace("ё", "е"):
        position = _RUSSIAN.find(char)
        if position < 0:
            break
        ranks.append(position)
    return tuple(ranks)


def _against_alphabet(before: str, after: str) -> bool:
    """Whether ``before`` cannot sort before ``after`` by the Russian alphabet.

    Decided by the first differing letter of their leading runs of Russian letters; where
    one run is a prefix of the other, nothing is decided.
    """
    first, second = _alphabetical(before), _alphabetical(after)
    common = min(len(first), len(second))
    return first[:common] > second[:common]


def _check_day(where: str, day: PartialDate, as_of: date) -> list[str]:
    """A recorded event: between 1990 and the data's ``as_of`` (nothing after it is known)."""
    if day.latest < _EARLIEST:
        return [f"{where} {day} is before 1990"]
    if day.earliest > as_of:
        return [f"{where} {day} is after the data's as_of {as_of}"]
    return []


def _overlap(a: Any, b: Any) -> bool:
    """Whether two ``[start, end)`` intervals may share a day (meeting ends do not)."""
    if a.end == b.start or b.end == a.start:
        return False
    a_end = a.end.latest if a.end is not None else date.max
    b_end = b.end.latest if b.end is not None else date.max
    return bool(a.start.earliest < b_end and b.start.earliest < a_end)


def _check_existence(where: str, spell: Membership, org: Any) -> list[str]:
    """A spell lies within the organisation's life, from its founding to its dissolution."""
    problems = []
    if spell.start.earliest < org.founded.earliest:
        problems.append(f"{where}: starts before {org.id} was founded ({org.founded})")
    if org.dissolved is not None and (spell.end is None or spell.end.latest > org.dissolved.latest):
        problems.append(f"{where}: ends after {org.id} was dissolved ({org.dissolved})")
    return problems


def _check_interval(
    where: str, start: PartialDate, end: PartialDate | None, as_of: date
) -> list[str]:
    problems = _check_day(f"{where}: start", start, as_of)
    if end is not None:
        problems += _check_day(f"{where}: end", end, as_of)
    if end is not None and not (start.earliest < end.earliest and start.latest < end.latest):
        problems.append(f"{where}: end {end} is not after start {start}")
    return problems


def _check_category(where: str, spell: Membership, categories: Iterable[object]) -> list[str]:
    for category in categories:
        if getattr(category, "status", None) is not spell.status:
            continue
        c_start: PartialDate = category.start  # type: ignore[attr-defined]
        c_end: PartialDate | None = category.end  # type: ignore[attr-defined]
        after_start = c_start.latest <= spell.start.earliest
        before_end = c_end is None or (spell.end is not None and spell.end.latest <= c_end.earliest)
        if after_start and before_end:
            return []
    return [
        f"{where}: status {spell.status.value!r} did not exist in {spell.organisation} for the"
        f" whole spell {spell.start}..{spell.end}"
    ]


def _check_variant(where: str, field: str, value: str) -> list[str]:
    if field not in _DATE_FIELDS:
        return [f"{where}: variant names unknown field {field!r}"]
    try:
        PartialDate(value)
    except ValueError as error:
        return [f"{where}: variant {field} {value!r}: {error}"]
    return []


def name_entries(data: Dataset) -> list[tuple[str, str]]:
    """Return every ``(name, state id)`` pair the name index is built from."""
    from ._structure import unstructure

    return entries(unstructure(data.states), unstructure(data.countries))
