"""The linter's rules for ``identifiers.json`` and ``aliases.json`` (see :mod:`._lint`).

Every record sourced; states that exist; each COW number, COW abbreviation and
Gleditsch-Ward number held by one state or former state only; COW spells sorted and not
overlapping; COW codes stated in ``states.json`` (an older layout) agreeing with
``identifiers.json``; no name both ambiguous and a name of a state of ``states.json`` (whose
names are matched before the ambiguous ones are known).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from .names import normalise

if TYPE_CHECKING:
    from ._dataset import Dataset

__all__ = ["lint_identifiers"]

Cite = Callable[[str, str, Iterable[str]], None]
_IDS, _ALIASES = "identifiers.json", "aliases.json"


def lint_identifiers(data: Dataset, cite: Cite) -> list[str]:
    """Return every problem of ``identifiers.json`` and ``aliases.json``."""
    raw = data.raw
    keys = set(data.country_keys())
    identifiers = raw.records(_IDS, "identifiers")
    former = raw.records(_IDS, "former_states")
    problems: list[str] = []
    for country in raw.records("countries.json"):
        if "sources" in country:
            cite("countries.json", country["alpha3"], country["sources"])
    for record in identifiers:
        where = f"{_IDS}: {record['state']}"
        cite(_IDS, record["state"], record["sources"])
        if record["state"] not in keys:
            problems.append(f"{where}: not a state of countries.json")
        problems += _spells(where, record["cow_spells"])
    for record in former:
        where = f"{_IDS}: {record['id']}"
        cite(_IDS, record["id"], record["sources"])
        problems += [
            f"{where}: unknown successor {s!r}" for s in record["successors"] if s not in keys
        ]
        problems += _spells(where, record["cow_spells"])
    problems += _order(_IDS, "identifiers", [r["state"] for r in identifiers])
    problems += _order(_IDS, "former_states", [r["id"] for r in former])
    problems += _unique_codes([*identifiers, *former])
    problems += _states_json_agrees(raw.records("states.json"), identifiers)
    problems += _aliases(data, keys, cite)
    return problems


def _spells(where: str, spells: Sequence[Mapping[str, Any]]) -> list[str]:
    problems = [
        f"{where}: COW spell {s['start']}..{s['end']} ends before it starts"
        for s in spells
        if s["end"] is not None and s["end"] <= s["start"]
    ]
    for before, after in pairwise(spells):
        if before["end"] is None or before["end"] > after["start"]:
            problems.append(f"{where}: COW spells {before['start']} and {after['start']} overlap")
    return problems


def _order(file: str, key: str, ids: list[str]) -> list[str]:
    problems = [f"{file}: {key}: {i!r} appears twice" for i in sorted(set(ids)) if ids.count(i) > 1]
    if ids != sorted(ids):
        problems.append(f"{file}: {key}: records are not sorted")
    return problems


def _unique_codes(records: Iterable[Mapping[str, Any]]) -> list[str]:
    """Each COW number, COW abbreviation and GW number belongs to one record."""
    problems: list[str] = []
    for field in ("cow_code", "cow_abbrev", "gw_code"):
        holders: dict[object, list[str]] = {}
        for record in records:
            if record.get(field) is not None:
                holders.setdefault(record[field], []).append(record.get("state") or record["id"])
        problems += [
            f"{_IDS}: {field} {code} is held by {', '.join(who)}"
            for code, who in holders.items()
            if len(who) > 1
        ]
    return problems


def _states_json_agrees(
    states: Iterable[Mapping[str, Any]], identifiers: Iterable[Mapping[str, Any]]
) -> list[str]:
    """``states.json`` need not state COW codes; where it does, they are the same."""
    codes = {r["state"]: (r["cow_code"], r["cow_abbrev"]) for r in identifiers}
    problems = []
    for state in states:
        stated = (state.get("cow_code"), state.get("cow_abbrev"))
        if stated != (None, None) and stated != codes.get(state["id"], (None, None)):
            problems.append(
                f"states.json: {state['id']}: cow_code/cow_abbrev {stated[0]}/{stated[1]}"
                f" differ from {_IDS} {codes.get(state['id'])}"
            )
    return problems


def _aliases(data: Dataset, keys: set[str], cite: Cite) -> list[str]:
    raw = data.raw
    problems: list[str] = []
    aliases = raw.records(_ALIASES, "aliases")
    for alias in aliases:
        cite(_ALIASES, f"{alias['state']} {alias['name']!r}", alias["sources"])
        if alias["state"] not in keys:
            problems.append(f"{_ALIASES}: {alias['name']!r}: unknown state {alias['state']!r}")
    order = [(a["state"], normalise(a["name"])) for a in aliases]
    if order != sorted(order):
        problems.append(f"{_ALIASES}: aliases: records are not sorted by state and name")
    own = {
        normalise(name)
        for state in raw.records("states.json")
        for name in (*state["names"].values(), *state.get("aliases", ()), state["iso_alpha2"])
        if name
    }
    for record in raw.records(_ALIASES, "ambiguous"):
        where = f"{_ALIASES}: ambiguous {record['name']!r}"
        cite(_ALIASES, f"ambiguous {record['name']!r}", record["sources"])
        problems += [f"{where}: unknown state {c!r}" for c in record["candidates"] if c not in keys]
        if normalise(record["name"]) in own:
            problems.append(f"{where}: is a name of a state of states.json")
    return problems
