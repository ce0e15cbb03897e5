"""The data linter: the rules across records that no JSON Schema can state.

The shipped schemas (``shanghai_coop/data/schema/``) state everything about one value: types,
required fields, enumerations, patterns, ranges, non-empty text. This linter checks only what
needs more than one value: ids unique and derived from their record's content, references
that resolve, every record sourced and every source cited, spells sorted and not overlapping,
qualifiers inside their spell, statuses within the categories of their time, dates between
1990 and ``as_of``, a state's codes agreeing with ``countries.json``, no name denoting two
states, the collation keys agreeing with the Russian alphabet, and the rules of
:mod:`._lint_identifiers` (COW and GW codes held once, aliases sourced). It reports every
problem at once, each one line naming the file, the record and the field.

Run by the test suite over the packaged data and by ``Organisation.load(path)`` over a
user's copy (after the schemas, so that it may assume well-formed records).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import combinations, pairwise
from typing import TYPE_CHECKING

from ._lint_identifiers import lint_identifiers
from ._lint_records import lint_collation, lint_offices, lint_register, lint_summits
from ._lint_rules import (
    check_category,
    check_day,
    check_existence,
    check_interval,
    check_variant,
    duplicates,
    overlap,
)
from .names import NameIndex, entries

if TYPE_CHECKING:
    from ._dataset import Dataset
    from .model import Membership

__all__ = ["lint", "name_entries"]

Cite = Callable[[str, str, Iterable[str]], None]


def lint(data: Dataset) -> list[str]:
    """Return every problem found in a structured data set (empty when it is clean).

    Args:
        data: The data set; its records must structure (see :meth:`Dataset.check`).

    Returns:
        One line per problem.
    """
    problems: list[str] = []
    source_ids = {source.id for source in data.sources()}
    cited: set[str] = set()

    def cite(file: str, record: str, sources: Iterable[str]) -> None:
        sources = tuple(sources)
        cited.update(sources)
        problems.extend(
            f"{file}: {record}: unknown source {s!r}" for s in sources if s not in source_ids
        )

    problems += _lint_ids(data)
    problems += _lint_sources(data)
    problems += _lint_organisations(data, cite)
    problems += _lint_states(data, cite)
    problems += _lint_spells(data, cite)
    problems += lint_summits(data, cite)
    problems += lint_offices(data, cite)
    problems += lint_register(data, cite)
    problems += lint_collation(data)
    problems += lint_identifiers(data, cite)
    try:
        NameIndex(name_entries(data), {})
    except ValueError as error:
        problems.append(f"states.json/countries.json/aliases.json: {error}")
    for file in ("countries.json", "collation.json"):
        cite(file, "generated data", data.document_sources(file))
    problems += [
        f"sources.json: {source.id}: cited by no record"
        for source in data.sources()
        if source.id not in cited
    ]
    return problems


def _lint_ids(data: Dataset) -> list[str]:
    problems: list[str] = []
    states = [r["id"] for r in data.raw.records("states.json")]  # before look-up by id
    for file, ids in (
        ("sources.json", [s.id for s in data.sources()]),
        ("organisations.json", [r["id"] for r in data.raw.records("organisations.json")]),
        ("states.json", states),
        ("countries.json", [c.alpha3 for c in data.countries()]),
        ("spells.json", [s.id for s in data.spells()]),
    ):
        problems += duplicates(file, ids)
    if states != sorted(states):
        problems.append("states.json: records are not sorted by id")
    if [s.id for s in data.sources()] != sorted(s.id for s in data.sources()):
        problems.append("sources.json: records are not sorted by id")
    return problems


def _lint_sources(data: Dataset) -> list[str]:
    problems: list[str] = []
    for source in data.sources():
        where = f"sources.json: {source.id}"
        if source.published is not None and source.published.earliest > data.as_of:
            problems.append(
                f"{where}: published {source.published}, after the data's as_of {data.as_of}"
                " (as_of is the day of the newest source read: move it forward)"
            )
        if source.accessed < data.as_of:
            problems.append(
                f"{where}: accessed {source.accessed}, before the data's as_of {data.as_of}"
            )
    return problems


def _lint_organisations(data: Dataset, cite: Cite) -> list[str]:
    problems: list[str] = []
    orgs = {org: data.organisation(org) for org in data.organisations}
    for org in orgs.values():
        where = f"organisations.json: {org.id}"
        cite("organisations.json", org.id, org.sources)
        for link in (org.predecessor, org.successor):
            if link is not None and link not in orgs:
                problems.append(f"{where}: unknown organisation {link!r}")
            if link == org.id:
                problems.append(f"{where}: is its own predecessor/successor")
        if org.successor in orgs and orgs[org.successor].predecessor != org.id:
            problems.append(f"{where}: successor {org.successor} does not name it as predecessor")
        if org.successor is not None and not org.dissolved:
            problems.append(f"{where}: has a successor but no dissolution date")
        for category in org.categories:
            cite(
                "organisations.json", f"{org.id} category {category.status.value}", category.sources
            )
    return problems


def _lint_states(data: Dataset, cite: Cite) -> list[str]:
    problems: list[str] = []
    countries = {country.alpha3: country for country in data.countries()}
    for state in data.states():
        where = f"states.json: {state.id}"
        cite("states.json", state.id, state.sources)
        country = countries.get(state.iso_alpha3)
        if state.id != state.iso_alpha3:
            problems.append(f"{where}: id differs from iso_alpha3")
        if country is None:
            problems.append(f"{where}: not an ISO 3166-1 alpha-3 code")
        elif (country.alpha2, country.numeric) != (state.iso_alpha2, state.iso_numeric):
            problems.append(
                f"{where}: iso_alpha2/iso_numeric {state.iso_alpha2}/{state.iso_numeric}"
                f" differ from countries.json {country.alpha2}/{country.numeric}"
            )
    return problems


def _lint_spells(data: Dataset, cite: Cite) -> list[str]:
    problems: list[str] = []
    state_ids = {state.id for state in data.states()}
    by_state: dict[tuple[str, str], list[Membership]] = {}
    for spell in data.spells():
        problems += _lint_spell(data, spell, state_ids, cite)
        by_state.setdefault((spell.organisation, spell.state), []).append(spell)
    for (org_id, state_id), spells in sorted(by_state.items()):
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
    order = [(s.organisation, s.state, s.start.earliest) for s in data.spells()]
    if order != sorted(order):
        problems.append("spells.json: records are not sorted by organisation, state and start")
    return problems


def _lint_spell(data: Dataset, spell: Membership, state_ids: set[str], cite: Cite) -> list[str]:
    where = f"spells.json: {spell.id}"
    problems: list[str] = []
    cite("spells.json", spell.id, spell.sources)
    expected_id = f"{spell.organisation}/{spell.state}/{spell.status.value}/{spell.start}"
    if spell.id != expected_id:
        problems.append(f"{where}: id does not match its content; expected {expected_id!r}")
    if spell.state not in state_ids:
        problems.append(f"{where}: state {spell.state!r} is not in states.json")
    if spell.organisation not in data.organisations:
        problems.append(f"{where}: unknown organisation {spell.organisation!r}")
    else:
        org = data.organisation(spell.organisation)
        problems += check_category(where, spell, org.categories)
        problems += check_existence(where, spell, org)
    problems += check_interval(where, spell.start, spell.end, data.as_of)
    if spell.approved is not None:
        problems += check_day(f"{where}: approved", spell.approved, data.as_of)
        if spell.approved.earliest > spell.start.latest:
            problems.append(f"{where}: approved {spell.approved} is after start {spell.start}")
    for variant in spell.variants:
        problems += check_variant(where, variant.field, variant.value)
        cite("spells.json", f"{spell.id} variant {variant.field}", variant.sources)
    for qualifier in spell.qualifiers:
        q_where = f"{where} qualifier {qualifier.kind.value}"
        label = q_where.removeprefix("spells.json: ")
        cite("spells.json", label, qualifier.sources)
        problems += check_interval(q_where, qualifier.start, qualifier.end, data.as_of)
        for variant in qualifier.variants:
            problems += check_variant(q_where, variant.field, variant.value)
            cite("spells.json", f"{label} variant {variant.field}", variant.sources)
        if qualifier.start.earliest < spell.start.earliest:
            problems.append(f"{q_where}: starts {qualifier.start} before the spell")
        if spell.end is not None and (
            qualifier.end is None or qualifier.end.latest > spell.end.latest
        ):
            problems.append(f"{q_where}: ends after the spell")
    for one, other in combinations(spell.qualifiers, 2):
        if one.kind is other.kind and overlap(one, other):
            problems.append(f"{where}: two {one.kind.value} qualifiers overlap")
    return problems


def name_entries(data: Dataset) -> list[tuple[str, str]]:
    """Return every ``(name, state id)`` pair the name index is built from."""
    raw = data.raw
    return entries(
        raw.records("states.json"),
        raw.records("countries.json"),
        raw.records("aliases.json", "aliases"),
        raw.records("aliases.json", "ambiguous"),
    )
