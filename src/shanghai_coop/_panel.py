"""State-year panels for merging into country-year data sets: :meth:`Organisation.country_year`.

One row per state and year. The status of a year follows a rule (:data:`~.tables.RULES`);
a year whose answer depends on a date known only to a month or a year is flagged
``uncertain`` and its candidates listed. COW IGO codes (:data:`~.tables.COW_IGO`) follow
from the status and from whether the organisation existed that year.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Set
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from . import _args
from ._enums import Status
from ._records import meta
from .errors import ArgumentTypeError, InvalidArgumentError, UnknownStateError
from .tables import _MAX_PANEL_ROWS, _RANK, COLUMNS, COW_IGO, RULES, Table

if TYPE_CHECKING:
    from ._dataset import Scope
    from ._index import StatusTable
    from .model import MemberState

__all__ = ["country_year"]


def _on(table: StatusTable | None, day: date, policy: str) -> tuple[Status, frozenset[Status]]:
    if table is None:
        return Status.NONE, frozenset({Status.NONE})
    segment = table.at(day.toordinal())
    return segment.pick(policy), segment.possible


def _days(table: StatusTable | None, year: int, policy: str) -> dict[Status, int]:
    """Days of the year spent in each status, under an ambiguity policy."""
    first, last = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal() + 1
    if table is None:
        return {Status.NONE: last - first}
    cuts = [first, *(b for b in table.breaks if first < b < last), last]
    out: dict[Status, int] = {}
    for low, high in itertools.pairwise(cuts):
        status = table.at(low).pick(policy)
        out[status] = out.get(status, 0) + high - low
    return out


def _by_rule(table: StatusTable | None, year: int, rule: str, policy: str) -> Status:
    if rule == "jan1":
        return _on(table, date(year, 1, 1), policy)[0]
    if rule == "dec31":
        return _on(table, date(year, 12, 31), policy)[0]
    days = _days(table, year, policy)
    if rule == "any":
        return max(days, key=lambda s: _RANK[s])
    return max(days, key=lambda s: (days[s], _RANK[s]))


def _existed(scope: Scope, year: int, rule: str) -> bool:
    """Whether the organisation existed in a year under the rule (COW code -1 if not)."""
    record = scope.record
    first = record.founded.latest  # from its founding day ...
    last = record.dissolved.earliest - timedelta(days=1) if record.dissolved else date.max
    jan1, dec31 = date(year, 1, 1), date(year, 12, 31)
    if rule == "jan1":
        return first <= jan1 <= last
    if rule == "dec31":
        return first <= dec31 <= last
    days = (min(last, dec31) - max(first, jan1)).days + 1
    if rule == "majority":
        return days * 2 > (dec31 - jan1).days + 1
    return days > 0


def _keys(scope: Scope, states: object) -> list[str]:
    """The keys of the panel's states, in the panel's order."""
    data = scope.data
    if isinstance(states, str):
        if states == "participants":
            return sorted({k for tables in data.tables.values() for k in tables})
        if states == "all":
            return list(data.country_keys())
        try:  # one state by name or code
            return [data.key(states)]
        except UnknownStateError as error:
            options = ["'participants'", "'all'", "a state's name or code", "a list of states"]
            raise InvalidArgumentError(
                "states", states, [*options, *(repr(s) for s in error.suggestions)]
            ) from error
    from .model import MemberState

    if isinstance(states, MemberState):
        return [data.key_of(states)]
    if isinstance(states, Set):  # no order of its own: the panel's order (by ISO code)
        return sorted({data.key_of(s) for s in states})
    if isinstance(states, Iterable) and not isinstance(states, (Mapping, bytes)):
        return list(dict.fromkeys(data.key_of(s) for s in states))
    raise ArgumentTypeError(
        "states",
        states,
        "'participants', 'all', a MemberState, or a list of states (names, codes or"
        " MemberState objects)",
    )


def _row(
    scope: Scope,
    state: MemberState,
    year: int,
    rule: str,
    ambiguous: str,
    s5_tables: Mapping[str, StatusTable] | None,
) -> dict[str, Any]:
    table = scope.tables.get(state.id)
    status = _by_rule(table, year, rule, ambiguous)
    if rule in ("jan1", "dec31"):
        day = date(year, 1, 1) if rule == "jan1" else date(year, 12, 31)
        possible = _on(table, day, ambiguous)[1]
    else:
        other = "latest" if ambiguous == "earliest" else "earliest"
        possible = frozenset({status, _by_rule(table, year, rule, other)})
    return {
        "state": state.id,
        "iso_alpha2": state.iso_alpha2,
        "state_name": state.name,
        "cow_code": state.cow_code,
        "cow_abbrev": state.cow_abbrev,
        "year": year,
        "status": status.value,
        "uncertain": len(possible) > 1,
        "possible": "|".join(sorted(s.value for s in possible)),
        "cow_igo": COW_IGO[status] if _existed(scope, year, rule) else -1,
        "shanghai_five": (
            _by_rule(s5_tables.get(state.id), year, rule, ambiguous).value
            if s5_tables is not None
            else None
        ),
    }


def country_year(
    scope: Scope,
    start: object,
    end: object,
    states: object = "participants",
    rule: object = "jan1",
    ambiguous: object = "earliest",
) -> Table:
    """Build a state-year panel; see :meth:`Organisation.country_year`."""
    first = _args.integer(start, "start", "an integer year")
    last = _args.integer(end, "end", "an integer year")
    if not 1 <= first <= last <= 9998:
        raise InvalidArgumentError("start/end", (first, last), ["1 <= start <= end <= 9998"])
    rule = _args.choice(rule, "rule", RULES)
    ambiguous = _args.choice(ambiguous, "ambiguous", ("earliest", "latest"))
    keys = _keys(scope, states)
    rows_wanted = len(keys) * (last - first + 1)
    if rows_wanted > _MAX_PANEL_ROWS:
        raise InvalidArgumentError(
            "start/end/states",
            f"{len(keys)} states x {last - first + 1} years = {rows_wanted:,} rows",
            [f"a panel of at most {_MAX_PANEL_ROWS:,} rows: fewer years or fewer states"],
        )
    s5 = scope.record.predecessor if scope.id == "SCO" else None
    s5_tables = scope.data.tables.get(s5, {}) if s5 is not None else None
    rows = [
        _row(scope, scope.data.state(key), year, rule, ambiguous, s5_tables)
        for key in keys
        for year in range(first, last + 1)
    ]
    panel_meta = meta(scope, "panel")
    panel_meta.update(
        {
            "rule": rule,
            "rule_text": RULES[rule],
            "ambiguous": ambiguous,
            "states": (
                states if isinstance(states, str) and states in ("participants", "all") else "given"
            ),
            "years": f"{first}-{last}",
            "cow_igo": (
                "COW IGO codes from the status: 1 member, 3 observer or partner, 0 dialogue"
                " partner or none, -1 the SCO did not exist under the rule"
            ),
        }
    )
    return Table("panel", COLUMNS["panel"], rows, panel_meta)
