"""The data linter: every rule over every record, all problems reported at once.

Run by the test suite over the packaged data, and by ``Organisation.load(path)`` over a
user's copy. Each problem is one line naming the file, the record and the field.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from itertools import pairwise

from ._structure import Dataset
from .model import Membership, PartialDate
from .names import NameIndex, entries

__all__ = ["lint", "name_entries"]

_EARLIEST = date(1990, 1, 1)
_DATE_FIELDS = ("start", "end", "approved")


def lint(data: Dataset) -> list[str]:
    """Return every problem found in a structured data set (empty when it is clean).

    Rules: ids unique; references (states, organisations, sources) resolve; every record
    cites at least one source; spells of a state in an organisation sorted and not
    overlapping; each spell non-empty; qualifiers inside their spell; approval not after the
    grant; each status within the organisation's categories of that time; dates between
    1990 and the data's ``as_of``; variants name a real field and a valid date; a state's ISO
    codes agree with ``countries.json``; no name denotes two states.

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
        ("organisations.json", list(orgs)),
        ("states.json", [s.id for s in data.states]),
        ("countries.json", [c.alpha3 for c in data.countries]),
        ("spells.json", [s.id for s in data.spells]),
    ):
        counts = Counter(ids).items()
        problems += [f"{file}: id {i!r} is used {n} times" for i, n in counts if n > 1]

    def cite(file: str, record: str, sources: Iterable[str]) -> None:
        sources = tuple(sources)
        if not sources:
            problems.append(f"{file}: {record}: cites no source")
        problems.extend(
            f"{file}: {record}: unknown source {s!r}" for s in sources if s not in source_ids
        )

    for org in data.organisations:
        cite("organisations.json", org.id, org.sources)
        for link in (org.predecessor, org.successor):
            if link is not None and link not in orgs:
                problems.append(f"organisations.json: {org.id}: unknown organisation {link!r}")
        for category in org.categories:
            label = f"{org.id} category {category.status.value}"
            cite("organisations.json", label, category.sources)

    for state in data.states:
        cite("states.json", state.id, state.sources)
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
        if spell.state not in state_ids:
            problems.append(f"{where}: state {spell.state!r} is not in states.json")
        spell_org = orgs.get(spell.organisation)
        if spell_org is None:
            problems.append(f"{where}: unknown organisation {spell.organisation!r}")
        else:
            problems += _check_category(where, spell, spell_org.categories)
        problems += _check_interval(where, spell.start, spell.end, data.as_of)
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
    order = [(s.organisation, s.state, s.start.earliest) for s in data.spells]
    if order != sorted(order):
        problems.append("spells.json: records are not sorted by organisation, state and start")
    if [s.id for s in data.states] != sorted(s.id for s in data.states):
        problems.append("states.json: records are not sorted by id")
    if [s.id for s in data.sources] != sorted(s.id for s in data.sources):
        problems.append("sources.json: records are not sorted by id")

    try:
        NameIndex(name_entries(data), {})
    except ValueError as error:
        problems.append(f"states.json/countries.json: {error}")
    return problems


def _check_interval(
    where: str, start: PartialDate, end: PartialDate | None, as_of: date
) -> list[str]:
    problems = []
    if start.earliest < _EARLIEST:
        problems.append(f"{where}: start {start} is before 1990")
    if start.earliest > as_of:
        problems.append(f"{where}: start {start} is after the data's as_of {as_of}")
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
