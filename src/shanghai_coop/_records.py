"""Records as tables: one row builder per kind of record, for :meth:`Organisation.records`.

Each builder turns the model objects of one kind into plain ``dict`` rows with the columns of
:data:`shanghai_coop.tables.COLUMNS` (partial dates as three columns, several values joined
with ``"; "``, states as ISO alpha-3 codes beside their English names).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ._membership import history
from ._offices import rosters, terms
from ._register import applications, relations
from ._segments import segments
from ._summits import all_summits
from ._tablemeta import cited_sources, meta
from .errors import InvalidArgumentError
from .tables import COLUMNS, Table, _join, _partial

if TYPE_CHECKING:
    from ._dataset import Scope
    from .model import Membership

__all__ = ["records"]

Row = dict[str, Any]


def _windows(spell: Membership) -> list[str]:
    """The windows in which a qualifier possibly holds without certainly holding."""
    out = []
    for q in spell.qualifiers:
        for bound in (q.start, q.end):
            if bound is not None and bound.earliest != bound.latest:
                out.append(f"{q.kind.value} {bound.earliest}..{bound.latest}")
    return out


def _spells(scope: Scope) -> Iterator[Row]:
    rows = []
    for state in scope.data.states():
        for spell in history(scope, state):
            qualifiers = [f"{q.kind.value} {q.start}..{q.end or ''}" for q in spell.qualifiers]
            rows.append(
                {
                    "id": spell.id,
                    "organisation": spell.organisation,
                    "state": spell.state,
                    "state_name": state.name,
                    "status": spell.status.value,
                    **_partial("start", spell.start),
                    **_partial("end", spell.end),
                    **_partial("approved", spell.approved),
                    "qualifiers": _join(qualifiers),
                    "possible_qualifiers": _join(_windows(spell)),
                    "sources": _join(spell.sources),
                    "confidence": spell.confidence.value,
                    "note": spell.note,
                }
            )
    rows.sort(key=lambda r: (r["organisation"] != "S5", r["state"], r["start_earliest"]))
    return iter(rows)


def _states(scope: Scope) -> Iterator[Row]:
    for state in scope.data.states():
        n = state.names
        yield {
            "id": state.id,
            "iso_alpha2": state.iso_alpha2,
            "iso_alpha3": state.iso_alpha3,
            "iso_numeric": state.iso_numeric,
            "wikidata": state.wikidata,
            "cow_code": state.cow_code,
            "cow_abbrev": state.cow_abbrev,
            "name": n.en_short,
            "official_name": n.en_official,
            "name_ru": n.ru_short,
            "official_name_ru": n.ru_official,
            "name_zh": n.zh_short,
            "official_name_zh": n.zh_official,
            "aliases": _join(state.aliases),
            "former_names": _join(state.former_names),
            "sources": _join(state.sources),
            "confidence": state.confidence.value,
        }


def _summits(scope: Scope) -> Iterator[Row]:
    for s in sorted(all_summits(scope), key=lambda s: (s.first_day, s.council.value)):
        yield {
            "id": s.id,
            "organisation": s.organisation,
            "council": s.council.value,
            "number": s.number,
            **_partial("start", s.start),
            **_partial("last_day", s.end or s.start),
            "host": s.host.id if s.host else None,
            "host_name": s.host.name if s.host else None,
            "city": s.city,
            "format": s.format.value if s.format else None,
            "status": s.status.value,
            "sources": _join(s.sources),
            "confidence": s.confidence.value,
            "note": s.note,
        }


def _terms(scope: Scope) -> Iterator[Row]:
    for t in terms(scope):
        yield {
            "id": t.id,
            "office": t.office.id,
            "office_name": t.office.en,
            "holder": t.holder.id,
            "holder_name": t.holder.name,
            "holder_wikidata": t.holder.wikidata,
            "state": t.state.id if t.state else None,
            "state_name": t.state.name if t.state else None,
            **_partial("start", t.start),
            **_partial("end", t.end),
            "sources": _join(t.sources),
            "confidence": t.confidence.value,
            "note": t.note,
        }


def _relations(scope: Scope) -> Iterator[Row]:
    for r in relations(scope):
        yield {
            "id": r.id,
            "partner": r.partner,
            "kind": r.kind,
            "party": r.party,
            **_partial("start", r.start),
            "what": r.what,
            "sources": _join(r.sources),
            "confidence": r.confidence.value,
            "note": r.note,
        }


def _applications(scope: Scope) -> Iterator[Row]:
    for a in applications(scope):
        yield {
            "id": a.id,
            "state": a.state.id,
            "state_name": a.state.name,
            "applied_for": a.applied_for.value,
            "kind": a.kind,
            **_partial("date", a.date),
            "date_basis": a.date_basis,
            "outcome": a.outcome,
            "sources": _join(a.sources),
            "confidence": a.confidence.value,
            "note": a.note,
        }


def _rosters(scope: Scope) -> Iterator[Row]:
    for roster in rosters(scope):
        for e in roster.entries:
            yield {
                "roster": roster.id,
                "council": roster.council.value,
                **_partial("as_of", roster.as_of),
                "basis": roster.basis,
                "state": e.state.id,
                "state_name": e.state.name,
                "member": e.member.id,
                "member_name": e.member.name,
                "role": e.role,
                "represented_by": e.represented_by.id if e.represented_by else None,
                "represented_by_name": e.represented_by.name if e.represented_by else None,
                "represented_role": e.represented_role,
                "sources": _join(e.sources),
                "confidence": e.confidence.value,
            }


def _crosswalk(scope: Scope) -> Iterator[Row]:
    """Every state's codes (ISO 3166-1 countries and Kosovo), then the former states."""
    data = scope.data
    for key in data.country_keys():
        state = data.state(key)
        yield {
            "state": state.id,
            "former_state": None,
            "name": state.name,
            "iso_alpha2": state.iso_alpha2,
            "iso_alpha3": state.iso_alpha3,
            "iso_numeric": state.iso_numeric,
            "iso3166_3": None,
            "wikidata": state.wikidata,
            "cow_code": state.cow_code,
            "cow_abbrev": state.cow_abbrev,
            "cow_name": (data.identifiers().by_state.get(key) or {}).get("cow_name"),
            "gw_code": state.gw_code,
            "successors": None,
            "sources": _join(state.sources),
        }
    for former_id, record in sorted(data.identifiers().former.items()):
        yield {
            "state": None,
            "former_state": former_id,
            "name": record["name"],
            "iso_alpha2": None,
            "iso_alpha3": None,
            "iso_numeric": None,
            "iso3166_3": (record["iso3166_3"] or {}).get("alpha3"),
            "wikidata": None,
            "cow_code": record["cow_code"],
            "cow_abbrev": record["cow_abbrev"],
            "cow_name": record["cow_name"],
            "gw_code": record["gw_code"],
            "successors": _join(record["successors"]),
            "sources": _join(record["sources"]),
        }


_BUILDERS: dict[str, Callable[[Scope], Iterator[Row]]] = {
    "spells": _spells,
    "states": _states,
    "summits": _summits,
    "terms": _terms,
    "relations": _relations,
    "applications": _applications,
    "rosters": _rosters,
    "crosswalk": _crosswalk,
}


def records(scope: Scope, kind: object) -> Table:
    """Return the records of one kind as a table; see :meth:`Organisation.records`.

    Raises:
        InvalidArgumentError: ``kind`` is not a kind of record.
    """
    if kind == "segments":
        return segments(scope)
    build = _BUILDERS.get(kind) if isinstance(kind, str) else None
    if build is None:
        raise InvalidArgumentError("kind", kind, [*_BUILDERS, "segments"])
    assert isinstance(kind, str)
    rows = list(build(scope))
    cited = [s for row in rows for s in (row["sources"] or "").split("; ")]
    return Table(kind, COLUMNS[kind], rows, meta(scope, kind), cited_sources(scope, cited))
