"""The data linter's rules for summits, offices, rosters, the register and the collation.

See :mod:`._lint` for what the linter checks and what it leaves to the JSON Schemas.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from ._enums import SummitFormat, SummitStatus
from ._lint_rules import (
    EARLIEST,
    certainly_member,
    check_interval,
    check_variant,
    duplicates,
)

if TYPE_CHECKING:
    from ._dataset import Dataset
    from .model import Summit, Term

__all__ = ["lint_collation", "lint_offices", "lint_register", "lint_summits"]

Cite = Callable[[str, str, Iterable[str]], None]


def lint_summits(data: Dataset, cite: Cite) -> list[str]:
    """Summits: ids from content, sorted, numbers and years unique, hosts members then."""
    file = "summits.json"
    summits = data.summits()
    problems = duplicates(file, [s.id for s in summits])
    order = [(s.organisation, s.council.value, s.start.earliest) for s in summits]
    if order != sorted(order):
        problems.append(f"{file}: records are not sorted by organisation, council and start")
    numbers = [(s.organisation, s.council.value, s.number) for s in summits if s.number]
    problems += [
        f"{file}: {org} {council} meeting number {number} is used {n} times"
        for (org, council, number), n in Counter(numbers).items()
        if n > 1
    ]
    per_year: Counter[tuple[str, str, int]] = Counter()
    for summit in summits:
        cite(file, summit.id, summit.sources)
        problems += _lint_summit(data, summit, cite)
        if summit.status is not SummitStatus.NOT_HELD:
            per_year[(summit.organisation, summit.council.value, summit.first_day.year)] += 1
    for (org, council, year), n in sorted(per_year.items()):
        if n > 1:
            problems.append(f"{file}: {n} meetings of {org} {council} in {year}")
    return problems


def _lint_summit(data: Dataset, r: Summit, cite: Cite) -> list[str]:
    file = "summits.json"
    where = f"{file}: {r.id}"
    problems: list[str] = []
    council = "CHS" if r.council.value == "heads_of_state" else "CHG"
    expected_id = f"{r.organisation}-{council}-{r.start.earliest.year}"
    if r.id != expected_id:
        problems.append(f"{where}: id does not match its content; expected {expected_id!r}")
    if r.organisation not in data.organisations:
        problems.append(f"{where}: unknown organisation {r.organisation!r}")
    if r.start.earliest < EARLIEST:
        problems.append(f"{where}: start {r.start} is before 1990")
    if r.status is SummitStatus.HELD and r.start.earliest > data.as_of:
        problems.append(f"{where}: held, but starts after the data's as_of {data.as_of}")
    if r.end is not None and r.end.earliest <= r.start.latest:
        problems.append(f"{where}: end {r.end} is not after start {r.start}")
    if r.status is SummitStatus.NOT_HELD:
        if r.host is not None or r.city is not None or r.format is not None:
            problems.append(f"{where}: not held, yet has a host, city or format")
    elif r.start.earliest.year != r.start.latest.year:
        problems.append(f"{where}: start {r.start} is not within one year")
    if r.host is not None and not certainly_member(
        data, r.organisation, r.host.id, (r.end or r.start).latest
    ):
        problems.append(
            f"{where}: host {r.host.id} was not certainly a member of {r.organisation} on"
            " the summit's last day"
        )
    if r.format is SummitFormat.IN_PERSON and r.city is None:
        problems.append(f"{where}: in person, but no city")
    if r.presided_by is not None:
        cite(file, f"{r.id} presided_by", r.presided_by.sources)
        if r.status is not SummitStatus.HELD:
            problems.append(f"{where}: presided over, but not held")
        elif not certainly_member(data, r.organisation, r.presided_by.state.id, r.last_day):
            problems.append(f"{where}: presided by {r.presided_by.state.id}, not a member then")
    state_ids = {state.id for state in data.states()}
    for variant in r.variants:
        cite(file, f"{r.id} variant {variant.field}", variant.sources)
        problems += check_variant(where, variant.field, variant.value)
        if variant.field == "host" and variant.value not in state_ids:
            problems.append(f"{where}: variant host {variant.value!r} is not a state id")
    return problems


def lint_offices(data: Dataset, cite: Cite) -> list[str]:
    """Offices, people and terms: ids, successors, terms within their office, sorted."""
    file = "offices.json"
    problems: list[str] = []
    for kind, ids in (
        ("office", [o.id for o in data.offices()]),
        ("person", [p.id for p in data.people()]),
        ("term", [t.id for t in data.terms()]),
        ("roster", [r.id for r in data.rosters()]),
    ):
        problems += duplicates(file, ids, f"{kind} id")
    offices = {o.id: o for o in data.offices()}
    for office in data.offices():
        where = f"{file}: office {office.id}"
        cite(file, f"office {office.id}", office.sources)
        problems += check_interval(where, office.start, office.end, data.as_of)
        if office.organisation not in data.organisations:
            problems.append(f"{where}: unknown organisation {office.organisation!r}")
        if office.successor is not None and office.successor not in offices:
            problems.append(f"{where}: unknown successor {office.successor!r}")
        seen, following = {office.id}, office.successor
        while following is not None and following in offices:
            if following in seen:
                problems.append(f"{where}: its successors form a cycle")
                break
            seen.add(following)
            following = offices[following].successor
    for person in data.people():
        cite(file, f"person {person.id}", person.sources)
    problems += _lint_terms(data, cite)
    for kind, records in (("offices", data.offices()), ("people", data.people())):
        if [r.id for r in records] != sorted(r.id for r in records):
            problems.append(f"{file}: {kind} are not sorted by id")
    return problems


def _lint_terms(data: Dataset, cite: Cite) -> list[str]:
    file = "offices.json"
    problems: list[str] = []
    by_office: dict[str, list[Term]] = {}
    state_ids = {state.id for state in data.states()}
    for term in data.terms():
        where = f"{file}: term {term.id}"
        cite(file, f"term {term.id}", term.sources)
        expected = f"{term.office.id}/{term.start.earliest.year}/{term.holder.id}"
        if term.id != expected:
            problems.append(f"{where}: id does not match its content; expected {expected!r}")
        problems += check_interval(where, term.start, term.end, data.as_of)
        held = term.office
        if term.start.earliest < held.start.earliest or (
            held.end is not None and (term.end is None or term.end.latest > held.end.latest)
        ):
            problems.append(f"{where}: outside the time the office {held.id} existed")
        if term.state is not None and not certainly_member(
            data, "SCO", term.state.id, term.start.latest
        ):
            problems.append(f"{where}: {term.state.id} was not a member when the term began")
        for variant in term.variants:
            cite(file, f"term {term.id} variant {variant.field}", variant.sources)
            problems += check_variant(where, variant.field, variant.value)
            if variant.field == "state" and variant.value not in state_ids:
                problems.append(f"{where}: variant state {variant.value!r} is not a state id")
        by_office.setdefault(held.id, []).append(term)
    for office_id, terms in sorted(by_office.items()):
        ordered = sorted(terms, key=lambda t: t.start.earliest)
        for before, after in pairwise(ordered):
            if before.end is None:
                problems.append(f"{file}: {office_id}: open term followed by another")
            elif before.end != after.start and before.end.latest > after.start.earliest:
                problems.append(f"{file}: {office_id}: {before.id} overlaps {after.id}")
    order = [(t.office.id, t.start.earliest) for t in data.terms()]
    if order != sorted(order):
        problems.append(f"{file}: terms are not sorted by office and start")
    return problems


def lint_register(data: Dataset, cite: Cite) -> list[str]:
    """Rosters and each organisation's own record: members then, everything sourced."""
    file = "councils.json"
    problems: list[str] = []
    order = [(r.council.value, r.as_of.earliest) for r in data.rosters()]
    if order != sorted(order):
        problems.append(f"{file}: rosters are not sorted by council and as_of")
    for roster in data.rosters():
        where = f"{file}: {roster.id}"
        cite(file, roster.id, roster.sources)
        if roster.organisation not in data.organisations:
            problems.append(f"{where}: unknown organisation {roster.organisation!r}")
        if not roster.id.startswith(f"{roster.council.value}/"):
            problems.append(f"{where}: id does not start with its council")
        states = Counter(entry.state.id for entry in roster.entries)
        problems += [f"{where}: {s} has {n} entries" for s, n in states.items() if n > 1]
        for entry in roster.entries:
            cite(file, f"{roster.id} {entry.state.id}", entry.sources)
            if not certainly_member(data, "SCO", entry.state.id, roster.as_of.latest):
                problems.append(f"{where}: {entry.state.id} was not a member on {roster.as_of}")
            for variant in entry.variants:
                cite(file, f"{roster.id} {entry.state.id} variant", variant.sources)
        for excluded in roster.excluded:
            cite(file, f"{roster.id} excluded {excluded.state.id}", excluded.sources)
    for org_id in data.organisations:
        problems += _lint_record(data, org_id, cite)
    return problems


def _lint_record(data: Dataset, org_id: str, cite: Cite) -> list[str]:
    file = "organisations.json"
    where = f"{file}: {org_id}"
    record = data.organisation(org_id)
    problems: list[str] = []
    if record.charter is not None:
        cite(file, f"{org_id} charter", record.charter.sources)
    if record.languages is not None:
        cite(file, f"{org_id} languages", record.languages.sources)
    for hq in record.headquarters:
        cite(file, f"{org_id} headquarters {hq.body}", hq.sources)
    for body in record.bodies:
        cite(file, f"{org_id} body {body.id}", body.sources)
    for relation in record.relations:
        cite(file, f"{org_id} relation {relation.id}", relation.sources)
        for variant in relation.variants:
            cite(file, f"{org_id} relation {relation.id}", variant.sources)
            problems += check_variant(
                f"{where} relation {relation.id}", variant.field, variant.value
            )
    for guest in record.guests:
        cite(file, f"{org_id} guest {guest.id}", guest.sources)
        for attendance in guest.attested:
            cite(file, f"{org_id} guest {guest.id}", attendance.sources)
    for application in record.applications:
        label = f"{org_id} application {application.id}"
        cite(file, label, application.sources)
        cite(file, f"{label} outcome", application.outcome_sources)
        for variant in application.variants:
            cite(file, label, variant.sources)
    return problems


def lint_collation(data: Dataset) -> list[str]:
    """The collation keys: one per Russian short name, for that name, in alphabet order."""
    problems: list[str] = []
    collation = data.collation()
    by_state = Counter(r.state for r in collation)
    names = {r.state: r.name for r in collation}
    for state in data.states():
        if state.names.ru_short is None:
            continue
        if by_state[state.id] != 1:
            problems.append(f"collation.json: {state.id}: {by_state[state.id]} records, expected 1")
        elif names[state.id] != state.names.ru_short:
            problems.append(
                f"collation.json: {state.id}: key is for {names[state.id]!r}, but the state's"
                f" ru_short is {state.names.ru_short!r}; run scripts/update_collation.py"
            )
    known = {state.id for state in data.states()}
    problems += [
        f"collation.json: {r.state}: not in states.json" for r in collation if r.state not in known
    ]
    # The keys are generated, so check them against the Russian alphabet: sorted by key,
    # the names' leading letters must never go backwards ("Ё" counts as "Е"; spaces,
    # hyphens and ties are the keys' business). A key edited by hand, or computed for
    # another name, is caught here.
    for before, after in pairwise(sorted(collation, key=lambda r: tuple(r.key))):
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
