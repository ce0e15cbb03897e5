"""State-year panels for merging into country-year data sets: :meth:`Organisation.country_year`.

One row per state and year. The status of a year follows a rule (:data:`~.tables.RULES`);
a year whose answer depends on a date known only to a month or a year is flagged
``uncertain`` and its candidates listed, and a year whose answer rests on days after the
data's ``as_of`` is flagged ``carried_forward``. The ``cow_igo`` column follows a convention
(:data:`~.tables.CONVENTIONS`): the package's own reading of the COW IGO codes, or COW's
own coding of the SCO, in which the Shanghai Five counts as the SCO and observers are not
coded.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence, Set
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from . import _args
from ._enums import Confidence, Status
from ._tablemeta import cited_sources, meta, provenance, state_codes
from .errors import ArgumentTypeError, InvalidArgumentError, UnknownStateError
from .tables import (
    _MAX_PANEL_ROWS,
    _RANK,
    COLUMNS,
    CONVENTIONS,
    COW_IGO,
    COW_MISSING,
    COW_NOT_IN_EXISTENCE,
    RULES,
    Table,
)

if TYPE_CHECKING:
    from ._dataset import Scope
    from ._index import StatusTable
    from .model import MemberState

__all__ = ["country_year"]

#: The default rule of each convention: COW's coding of the SCO is reproduced by "any"
#: (and by "dec31" and "majority"), not by "jan1" (the founders in 1996, Uzbekistan in 2001).
_DEFAULT_RULE = {"native": "jan1", "cow": "any"}


def _on(table: StatusTable | None, day: date, policy: str) -> tuple[Status, frozenset[Status]]:
    if table is None:
        return Status.NONE, frozenset({Status.NONE})
    segment = table.at(day.toordinal())
    return segment.pick(policy), segment.possible


def _day(tables: Sequence[StatusTable | None], ordinal: int, policy: str) -> Status:
    """The highest status on a day over several tables (one, or the SCO and its predecessor)."""
    best = Status.NONE
    for table in tables:
        if table is not None:
            status = table.at(ordinal).pick(policy)
            if _RANK[status] > _RANK[best]:
                best = status
    return best


def _days(tables: Sequence[StatusTable | None], year: int, policy: str) -> dict[Status, int]:
    """Days of the year spent in each status, under an ambiguity policy."""
    first, last = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal() + 1
    breaks = {b for t in tables if t is not None for b in t.breaks if first < b < last}
    cuts = [first, *sorted(breaks), last]
    out: dict[Status, int] = {}
    for low, high in itertools.pairwise(cuts):
        status = _day(tables, low, policy)
        out[status] = out.get(status, 0) + high - low
    return out


def _by_rule(tables: Sequence[StatusTable | None], year: int, rule: str, policy: str) -> Status:
    if rule == "jan1":
        return _day(tables, date(year, 1, 1).toordinal(), policy)
    if rule == "dec31":
        return _day(tables, date(year, 12, 31).toordinal(), policy)
    days = _days(tables, year, policy)
    if rule == "any":
        return max(days, key=lambda s: _RANK[s])
    return max(days, key=lambda s: (days[s], _RANK[s]))


def _existed(first: date, last: date, year: int, rule: str) -> bool:
    """Whether an organisation existed from ``first`` to ``last`` (inclusive) in a year."""
    jan1, dec31 = date(year, 1, 1), date(year, 12, 31)
    if rule == "jan1":
        return first <= jan1 <= last
    if rule == "dec31":
        return first <= dec31 <= last
    days = (min(last, dec31) - max(first, jan1)).days + 1
    if rule == "majority":
        return days * 2 > (dec31 - jan1).days + 1
    return days > 0


def _carried_forward(as_of: date, year: int, rule: str) -> bool:
    """Whether the rule looks at a day after ``as_of``: the answer is then carried forward."""
    return (date(year, 1, 1) if rule == "jan1" else date(year, 12, 31)) > as_of


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


class _Panel(NamedTuple):
    """Everything one row needs besides the state and the year."""

    scope: Scope
    rule: str
    ambiguous: str
    convention: str
    observers: bool
    s5_tables: Mapping[str, StatusTable] | None
    exists: tuple[date, date]  # first and last day of the organisation the codes count
    as_of: date
    provenance: str


def _cow_igo(panel: _Panel, tables: Sequence[StatusTable | None], year: int) -> int:
    if _carried_forward(panel.as_of, year, panel.rule):
        return COW_MISSING
    if not _existed(*panel.exists, year, panel.rule):
        return COW_NOT_IN_EXISTENCE
    status = _by_rule(tables, year, panel.rule, panel.ambiguous)
    code = COW_IGO[status]
    return 0 if code == 3 and not panel.observers else code


def _row(panel: _Panel, state: MemberState, year: int) -> dict[str, Any]:
    scope, rule, ambiguous = panel.scope, panel.rule, panel.ambiguous
    table = scope.tables.get(state.id)
    status = _by_rule((table,), year, rule, ambiguous)
    if rule in ("jan1", "dec31"):
        day = date(year, 1, 1) if rule == "jan1" else date(year, 12, 31)
        possible = _on(table, day, ambiguous)[1]
    else:
        other = "latest" if ambiguous == "earliest" else "earliest"
        possible = frozenset({status, _by_rule((table,), year, rule, other)})
    s5 = panel.s5_tables.get(state.id) if panel.s5_tables is not None else None
    counted = (table, s5) if panel.convention == "cow" else (table,)
    return {
        **state_codes(state),
        "year": year,
        "status": status.value,
        "uncertain": len(possible) > 1,
        "possible": "|".join(sorted(s.value for s in possible)),
        "cow_igo": _cow_igo(panel, counted, year),
        "shanghai_five": (
            _by_rule((s5,), year, rule, ambiguous).value if panel.s5_tables is not None else None
        ),
        "carried_forward": _carried_forward(panel.as_of, year, rule),
        "provenance": panel.provenance,
        "confidence": _grade(panel.scope, state, year, status),
    }


def _grade(scope: Scope, state: MemberState, year: int, status: Status) -> str | None:
    """The least firm grade of the state's spells with this status in the year, if any."""
    grades = [
        spell.confidence
        for spell in state.spells
        if spell.organisation == scope.id
        and spell.status is status
        and spell.start.earliest <= date(year, 12, 31)
        and (spell.end is None or spell.end.latest > date(year, 1, 1))
    ]
    least = Confidence.least_firm(grades)
    return least.value if least else None


def at_least(rows: list[dict[str, Any]], min_confidence: object) -> list[dict[str, Any]]:
    """Keep the rows whose grade is ``min_confidence`` or firmer (and rows with none).

    Raises:
        InvalidArgumentError: ``min_confidence`` is not a grade.
    """
    if min_confidence is None:
        return rows
    wanted = Confidence(
        _args.choice(min_confidence, "min_confidence", [c.value for c in Confidence])
    )
    return [
        r for r in rows if r["confidence"] is None or Confidence(r["confidence"]).at_least(wanted)
    ]


def mask_below(
    scope: Scope, states: Any, dates: Any, answers: Any, min_confidence: object, policy: str
) -> Any:
    """Blank the bulk answers that rest on a spell graded below ``min_confidence``.

    One spell look-up per pair (the price of the filter); a blank is ``None`` (in a tuple
    or a numpy array) or missing (in a categorical Series). Answers resting on no spell
    (status ``none``) stay.

    Raises:
        InvalidArgumentError: ``min_confidence`` is not a grade.
    """
    from ._enums import Confidence
    from ._membership import membership

    wanted = Confidence(
        _args.choice(min_confidence, "min_confidence", [c.value for c in Confidence])
    )
    size = len(answers)
    pairs = zip(
        states if _many(states) else [states] * size,
        dates if _many(dates) else [dates] * size,
        strict=True,
    )
    # A missing answer (errors="coerce", ambiguous="missing") stays missing, unread.
    if hasattr(answers, "isna"):  # a pandas Series
        absent = answers.isna().tolist()
    else:
        absent = [answer is None for answer in answers]
    # An answer that is there under "missing" was certain: "raise" reads its spell alike.
    policy = "raise" if policy == "missing" else policy
    firm = []
    for (state, day), missing in zip(pairs, absent, strict=True):
        if missing:
            firm.append(True)
            continue
        spell = membership(scope, state, day, policy)
        firm.append(spell is None or spell.confidence.at_least(wanted))
    if hasattr(answers, "where"):  # a pandas Series
        return answers.where(firm)
    if hasattr(answers, "dtype"):  # a numpy object array
        out = answers.copy()
        out[[not f for f in firm]] = None
        return out
    return tuple(a if f else None for a, f in zip(answers, firm, strict=True))


def _many(value: Any) -> bool:
    return (
        not isinstance(value, (str, bytes, date))  # as _bulk_blocks.length: bytes is one value
        and hasattr(value, "__len__")
        and (getattr(value, "ndim", 1) != 0)
    )


def _lifetime(scope: Scope, convention: str) -> tuple[date, date]:
    """The first and last day of the organisation the COW codes count."""
    record = scope.record
    last = record.dissolved.earliest - timedelta(days=1) if record.dissolved else date.max
    if convention == "cow":  # the Shanghai Five counted as the SCO, from its founding
        predecessor = scope.data.organisation(record.predecessor) if record.predecessor else None
        if predecessor is not None:
            return predecessor.founded.latest, last
    return record.founded.latest, last


def _options(scope: Scope, rule: object, convention: object, observers: object) -> tuple[str, ...]:
    convention = _args.choice(convention, "convention", CONVENTIONS)
    if convention == "cow" and scope.id != "SCO":
        raise InvalidArgumentError(
            "convention", convention, ["'native' (COW's coding describes the SCO only)"]
        )
    rule = _DEFAULT_RULE[convention] if rule is None else _args.choice(rule, "rule", RULES)
    if observers is None:
        observers = convention == "native"
    if not isinstance(observers, bool):
        raise ArgumentTypeError("observers", observers, "True, False or None")
    return rule, convention, "true" if observers else ""


def country_year(
    scope: Scope,
    start: object,
    end: object,
    states: object = "participants",
    rule: object = None,
    ambiguous: object = "earliest",
    convention: object = "native",
    observers: object = None,
    min_confidence: object = None,
) -> Table:
    """Build a state-year panel; see :meth:`Organisation.country_year`."""
    first = _args.integer(start, "start", "an integer year")
    last = _args.integer(end, "end", "an integer year")
    if not 1 <= first <= last <= 9998:
        raise InvalidArgumentError("start/end", (first, last), ["1 <= start <= end <= 9998"])
    rule, convention, coded = _options(scope, rule, convention, observers)
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
    panel = _Panel(
        scope=scope,
        rule=rule,
        ambiguous=ambiguous,
        convention=convention,
        observers=bool(coded),
        s5_tables=scope.data.tables.get(s5, {}) if s5 is not None else None,
        exists=_lifetime(scope, convention),
        as_of=scope.data.as_of,
        provenance=provenance(scope),
    )
    rows = [
        _row(panel, scope.data.state(key), year) for key in keys for year in range(first, last + 1)
    ]
    rows = at_least(rows, min_confidence)
    return Table(
        "panel", COLUMNS["panel"], rows, _meta(panel, states, first, last), _sources(panel, keys)
    )


def _meta(panel: _Panel, states: object, first: int, last: int) -> dict[str, Any]:
    out = meta(panel.scope, "panel")
    out.update(
        {
            "rule": panel.rule,
            "rule_text": RULES[panel.rule],
            "ambiguous": panel.ambiguous,
            "states": (
                states if isinstance(states, str) and states in ("participants", "all") else "given"
            ),
            "years": f"{first}-{last}",
            "convention": panel.convention,
            "observers": panel.observers,
            "cow_igo": CONVENTIONS[panel.convention]
            + (
                ""
                if panel.observers == (panel.convention == "native")
                else f"; observers={panel.observers}"
            ),
        }
    )
    return out


def _sources(panel: _Panel, keys: Iterable[str]) -> list[dict[str, str]]:
    """The sources of the spells behind the panel's states (SCO and Shanghai Five)."""
    wanted = set(keys)
    organisations = {panel.scope.id, panel.scope.record.predecessor}
    ids = [
        source
        for spell in panel.scope.data.spells()
        if spell.state in wanted and spell.organisation in organisations
        for source in spell.sources
    ]
    return cited_sources(panel.scope, ids)
