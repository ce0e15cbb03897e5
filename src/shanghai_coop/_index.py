"""Precomputed status tables: the fast path of every status query.

For each (organisation, state) the spells are turned into a sorted list of breakpoints (day
ordinals). Between two breakpoints the answer is constant: the set of possible statuses,
the status if every uncertain transition happened as early as possible, the status if as
late as possible, and the uncertainty window. A query is one ``bisect``.

Semantics (see docs/concepts.md, "Dates and their precision"). A spell ``[S, T)`` whose
bounds are partial dates with earliest/latest days ``S.e <= S.l`` and ``T.e <= T.l``:

* certainly holds on day ``d`` iff ``S.l <= d < T.e``;
* possibly holds iff ``S.e <= d < T.l``;
* holds under ``ambiguous="earliest"`` iff ``S.e <= d < T.e``, under ``"latest"`` iff
  ``S.l <= d < T.l``.

"none" is possible on ``d`` iff no chain of contiguous spells (each ending on the very
partial date the next starts on) certainly covers ``d``.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple

from ._enums import Status
from .dates import parse_edtf
from .errors import AmbiguousDateError, DataError, InvalidArgumentError

__all__ = [
    "AMBIGUOUS",
    "NO_STATUS",
    "POLICIES",
    "Segment",
    "StatusTable",
    "ambiguity",
    "build_tables",
    "build_term_table",
    "check_policy",
]

_INF = 10**9  # an ordinal after every real date


#: The ``exact`` field of a segment with more than one possible value.
AMBIGUOUS: Any = object()
#: How to answer inside an uncertainty window (the ``ambiguous=`` argument).
POLICIES = ("raise", "earliest", "latest")


def check_policy(policy: object) -> None:
    """Raise :class:`InvalidArgumentError` unless ``policy`` is one of :data:`POLICIES`."""
    if policy != "raise" and policy not in POLICIES:
        raise InvalidArgumentError("ambiguous", policy, POLICIES)


class Segment(NamedTuple):
    """The constant answer between two breakpoints.

    The values are statuses for status tables, and term ids (or ``None`` for a vacancy)
    for the tables of an office.
    """

    possible: frozenset[Any]
    earliest: Any
    latest: Any
    window: tuple[int, int] | None  # (earliest, latest) ordinal of the uncertain transition(s)
    exact: Any  # the single possible value, or AMBIGUOUS when there are several

    def pick(self, policy: str) -> Any:
        """Return the value under an ambiguity policy, or :data:`AMBIGUOUS` for "raise"."""
        if self.exact is not AMBIGUOUS:
            return self.exact
        if policy == "earliest":
            return self.earliest
        if policy == "latest":
            return self.latest
        return AMBIGUOUS


class _Spell(NamedTuple):
    status: Any
    start_e: int
    start_l: int
    start_text: str
    end_e: int
    end_l: int
    end_text: str | None


class StatusTable:
    """The breakpoints and segments of one state's history (or one office's terms)."""

    __slots__ = ("__weakref__", "before", "breaks", "segments")

    def __init__(self, breaks: list[int], segments: list[Segment], before: Segment) -> None:
        self.breaks = breaks
        self.segments = segments
        self.before = before

    def at(self, ordinal: int) -> Segment:
        """Return the segment that holds on a day ordinal."""
        index = bisect.bisect_right(self.breaks, ordinal) - 1
        return self.segments[index] if index >= 0 else self.before


def _bounds(text: str) -> tuple[int, int]:
    parsed = parse_edtf(text)
    return parsed.earliest.toordinal(), parsed.latest.toordinal()


def _spell(record: Mapping[str, Any], value: str) -> _Spell:
    """One record as a spell; a ``KeyError`` or ``ValueError`` names the faulty field."""
    field = "start"
    try:
        start_e, start_l = _bounds(record["start"])
        field = "end"
        end = record.get("end")
        end_e, end_l = _bounds(end) if end is not None else (_INF, _INF)
        field = value
        label = Status(record[value]) if value == "status" else record[value]
    except KeyError:
        raise KeyError(field) from None
    except (ValueError, TypeError, AttributeError) as error:
        cause = str(error)
        if field == "status":
            allowed = ", ".join(repr(s.value) for s in Status)
            cause = f"{record.get(field)!r} is not one of {allowed}"
        raise ValueError(field, cause) from None
    return _Spell(label, start_e, start_l, record["start"], end_e, end_l, end)


def _spells(
    records: Sequence[Mapping[str, Any]], where: str, key: str, value: str = "status"
) -> list[_Spell]:
    out, problems = [], []
    for index, record in enumerate(records):
        path = f"$.{key}[{index}]"
        try:
            out.append(_spell(record, value))
        except KeyError as error:
            problems.append(f"{path}: required field {error.args[0]!r} is missing")
        except ValueError as error:
            field, cause = error.args
            problems.append(f"{path}.{field}: {cause} (record {record.get('id')!r})")
    if problems:
        raise DataError(where, problems)
    return out


def _table(spells: list[_Spell], none: Any = Status.NONE) -> StatusTable:
    spells = sorted(spells, key=lambda spell: (spell.start_e, spell.start_l))
    # Chains of contiguous spells: the end of one is the same partial date as the next start.
    chains: list[tuple[int, int]] = []  # (first start latest, last end earliest)
    for index, spell in enumerate(spells):
        contiguous = index > 0 and spells[index - 1].end_text == spell.start_text
        if contiguous:
            chains[-1] = (chains[-1][0], spell.end_e)
        else:
            chains.append((spell.start_l, spell.end_e))
    points = sorted(
        {p for s in spells for p in (s.start_e, s.start_l, s.end_e, s.end_l) if p < _INF}
    )
    breaks: list[int] = []
    segments: list[Segment] = []
    for day in points:
        possible = {s.status for s in spells if s.start_e <= day < s.end_l}
        if not any(first <= day < last for first, last in chains):
            possible.add(none)
        earliest = next((s.status for s in spells if s.start_e <= day < s.end_e), none)
        latest = next((s.status for s in spells if s.start_l <= day < s.end_l), none)
        window: tuple[int, int] | None = None
        if len(possible) > 1:
            lows, highs = [], []
            for s in spells:
                for low, high in ((s.start_e, s.start_l), (s.end_e, s.end_l)):
                    if low <= day < high:
                        lows.append(low)
                        highs.append(high)
            if not lows:  # two spells that certainly hold on the same day
                raise ValueError(f"spells overlap on {date.fromordinal(day).isoformat()}")
            window = (min(lows), max(highs))
        exact = next(iter(possible)) if len(possible) == 1 else AMBIGUOUS
        segment = Segment(frozenset(possible), earliest, latest, window, exact)
        if segments and segments[-1] == segment:
            continue
        breaks.append(day)
        segments.append(segment)
    before = Segment(frozenset({none}), none, none, None, none)
    return StatusTable(breaks, segments, before)


def build_tables(
    records: Sequence[Mapping[str, Any]], where: str = "spells.json"
) -> dict[str, dict[str, StatusTable]]:
    """Build the status tables of every organisation and state.

    Args:
        records: Spell records as in ``spells.json`` (dicts with ``organisation``, ``state``,
            ``status``, ``start``, ``end``).
        where: The file, as error messages show it.

    Returns:
        ``{organisation id: {state id: StatusTable}}``.

    Raises:
        DataError: A record lacks a field or holds a bad status or date; the message names
            the file, ``$.spells[index].field`` and the record.
    """
    problems = [
        f"$.spells[{index}]: expected an object with 'organisation' and 'state' strings"
        for index, record in enumerate(records)
        if not isinstance(record, Mapping)
        or not isinstance(record.get("organisation"), str)
        or not isinstance(record.get("state"), str)
    ]
    if problems:
        raise DataError(where, problems)
    spells = _spells(records, where, "spells")  # every problem of every record at once
    grouped: dict[str, dict[str, list[_Spell]]] = {}
    for record, spell in zip(records, spells, strict=True):
        grouped.setdefault(record["organisation"], {}).setdefault(record["state"], []).append(spell)
    tables: dict[str, dict[str, StatusTable]] = {}
    for org, by_state in grouped.items():
        for state, items in by_state.items():
            try:
                tables.setdefault(org, {})[state] = _table(items)
            except ValueError as error:
                problems.append(f"$.spells: {org}/{state}: {error}")
    if problems:
        raise DataError(where, problems)
    return tables


def build_term_table(
    records: Sequence[Mapping[str, Any]], where: str = "offices.json"
) -> StatusTable:
    """Build the table of one chain of offices: the values are term ids, ``None`` is vacancy.

    Args:
        records: Term records as in ``offices.json`` (dicts with ``id``, ``start``, ``end``).
        where: The file, as error messages show it.

    Returns:
        The table.
    """
    return _table(_spells(records, where, "terms", value="id"), none=None)


#: The segment of a state with no spell at all.
NO_STATUS = Segment(frozenset({Status.NONE}), Status.NONE, Status.NONE, None, Status.NONE)


def ambiguity(
    subject: str,
    day: int,
    segment: Segment,
    possible: frozenset[Any] | None = None,
    what: str = "status",
) -> AmbiguousDateError:
    """Return the error for a day inside an uncertainty window (one place for every query).

    Args:
        subject: The state's key or the office asked about.
        day: The day asked about, as an ordinal.
        segment: The segment that holds that day.
        possible: The possible answers, if not the segment's own values.
        what: ``"status"`` or ``"holder"``.

    Returns:
        The :class:`~shanghai_coop.AmbiguousDateError` to raise.
    """
    low, high = segment.window or (day, day)
    return AmbiguousDateError(
        subject,
        date.fromordinal(day),
        segment.possible if possible is None else possible,
        (date.fromordinal(low), date.fromordinal(high)),
        what=what,
    )
