"""Bulk status look-ups: many (state, date) pairs at once, in pure Python or with numpy.

Both paths answer exactly as :meth:`Organisation.status_of` does pair by pair (a property
test checks it). The pure-Python path reads each distinct state and date once, then answers
each pair by subscripts of a per-state table of codes by day, building the answer tuple
straight from a generator (no list first).
The numpy path (:mod:`._bulk_blocks`) works in blocks of about a million pairs.

``errors="coerce"`` answers a missing value (``None``; a missing category in a Series)
for a pair whose state or date cannot be read (an unknown name, ``None``, ``NaN``, ``NaT``),
as pandas' ``errors="coerce"`` does; ``ambiguous="missing"`` answers one for a day inside an
uncertainty window.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Mapping, Set
from contextlib import suppress
from datetime import date
from itertools import repeat
from typing import TYPE_CHECKING, Any

from ._bulk_blocks import STATUSES, at, is_numpy, is_pandas, length
from ._daytable import FIRST, SIZE, UNSURE, day_table
from ._enums import Status
from ._index import AMBIGUOUS, POLICIES, Segment, StatusTable, ambiguity
from .dates import ordinal
from .errors import ArgumentTypeError, InvalidArgumentError, ShanghaiCoopError

if TYPE_CHECKING:
    from ._dataset import Scope

__all__ = ["BULK_POLICIES", "ERRORS", "status_of_many"]

#: The ``ambiguous=`` policies of bulk look-ups: those of ``status_of``, and "missing".
BULK_POLICIES = (*POLICIES, "missing")
#: The ``errors=`` choices.
ERRORS = ("raise", "coerce")


def _ordered(value: object, argument: str) -> None:
    """Refuse containers whose order is arbitrary or that can be read only once."""
    if isinstance(value, (Set, Mapping, Iterator)):
        raise ArgumentTypeError(
            argument,
            value,
            "a list, tuple, numpy array or pandas Series/Index: a set or dict has no order"
            " to match the answers to, and a generator or iterator must be made a list first",
        )


def status_of_many(
    scope: Scope,
    states: Any,
    dates: Any,
    ambiguous: str = "raise",
    errors: str = "raise",
) -> Any:
    """Answer many status queries; see :meth:`Organisation.status_of_many`."""
    if ambiguous not in BULK_POLICIES:
        raise InvalidArgumentError("ambiguous", ambiguous, BULK_POLICIES)
    if errors not in ERRORS:
        raise InvalidArgumentError("errors", errors, ERRORS)
    coerce = errors == "coerce"
    _ordered(states, "states")
    _ordered(dates, "dates")
    n_states, n_dates = length(states), length(dates)
    if n_states is None and n_dates is None:
        raise InvalidArgumentError(
            "states/dates", (states, dates), ["at least one sequence, array or Series"]
        )
    if n_states is not None and n_dates is not None and n_states != n_dates:
        raise InvalidArgumentError(
            "states/dates", f"lengths {n_states} and {n_dates}", ["sequences of equal length"]
        )
    size = n_states if n_states is not None else n_dates
    assert size is not None
    # A pandas Index (or DatetimeIndex) is used as an array; a Series lends its index.
    states, dates = (
        v.to_numpy() if is_pandas(v) and type(v).__name__ != "Series" else v
        for v in (states, dates)
    )
    indexes = [v.index for v in (states, dates) if is_pandas(v)]
    if len(indexes) == 2 and not indexes[0].equals(indexes[1]):
        raise InvalidArgumentError(
            "states/dates",
            "two Series with different indexes",
            ["Series with the same index (the pairs are matched by position, not aligned)"],
        )
    index = indexes[0] if indexes else None
    if index is not None or is_numpy(states) or is_numpy(dates):
        import numpy as np  # present: an input is a numpy array or a pandas object

        from ._bulk_blocks import with_numpy

        codes = with_numpy(scope, states, dates, size, ambiguous, coerce, np)
        if index is not None:
            import pandas as pd

            return pd.Series(
                pd.Categorical.from_codes(codes, categories=list(STATUSES)),
                index=index,
                name="status",
            )
        return np.array((*STATUSES, None), dtype=object)[codes]  # -1: None (the last)
    return _pure(scope, states, dates, size, ambiguous, coerce)


def _pure(
    scope: Scope, states: Any, dates: Any, size: int, ambiguous: str, coerce: bool
) -> tuple[Status | None, ...]:
    """The pure-Python path: each distinct state and date read once, then a table per pair."""
    found = _tight(scope, states, dates, size, ambiguous)
    if found is not None:
        return found
    state_iter = states if length(states) is not None else repeat(states, size)
    date_iter = dates if length(dates) is not None else repeat(dates, size)
    return tuple(_answers(scope, state_iter, date_iter, ambiguous, coerce))


def _tight(
    scope: Scope, states: Any, dates: Any, size: int, ambiguous: str
) -> tuple[Status | None, ...] | None:
    """Every pair answered from the direct tables, or ``None`` where one pair needs more.

    The distinct states and dates are read first; the pairs are then answered by a
    comprehension of subscripts. ``None`` (the careful loop of :func:`_answers` answers,
    and names the position of a bad pair) when a value is unhashable or unreadable, a date
    is not an ISO string or a ``date`` (two aware datetimes can be equal, the same instant,
    and fall on different days in their own zones), a day is outside 1900-2099, or a day is
    inside an uncertainty window under a policy that does not answer there.
    """
    many_states, many_dates = length(states) is not None, length(dates) is not None
    try:
        distinct_states = dict.fromkeys(states if many_states else (states,))
        if not set(map(type, dates if many_dates else (dates,))) <= _PLAIN:
            return None  # equal datetimes may fall on different days (aware, other zones)
        distinct_dates = dict.fromkeys(dates if many_dates else (dates,))
        key_of = scope.data.key_of
        tables = {v: _table(scope.tables.get(key_of(v)), ambiguous) for v in distinct_states}
        offsets = {v: ordinal(v) - _FIRST for v in distinct_dates}
    except (TypeError, ShanghaiCoopError):
        return None
    if any(not 0 <= offset < _SIZE for offset in offsets.values()):
        return None
    answers = _ANSWERS
    state_iter = states if many_states else repeat(states, size)
    date_iter = dates if many_dates else repeat(dates, size)
    found = tuple(
        answers[tables[s][offsets[d]]] for s, d in zip(state_iter, date_iter, strict=True)
    )
    if ambiguous != "missing" and None in found:
        return None  # a day inside an uncertainty window: the careful loop raises or picks
    return found


#: The types of dates the pure path's tables read (each value once): equal values of these
#: are the same day. (Every element's type is checked: another type's value can be equal to,
#: and hash like, an ISO string or a date, as a ``numpy.datetime64`` month may one day.)
_PLAIN = frozenset((str, date))
#: The days of the pure path's direct tables: 1 January 1900 to 31 December 2099.
_FIRST, _SIZE, _UNSURE = FIRST, SIZE, UNSURE
_CODES = {status: code for code, status in enumerate(STATUSES)}
#: The answer of each code of a direct table (``_UNSURE`` and the unused codes: none).
_ANSWERS: tuple[Status | None, ...] = (*STATUSES, *(None,) * (256 - len(STATUSES)))


def _direct(table: StatusTable, ambiguous: str) -> bytes:
    """A state's status codes under a policy for every day of 1900-2099 (255: unsure)."""

    def code(segment: Segment) -> int:
        found = segment.exact
        if found is AMBIGUOUS:
            found = None if ambiguous == "missing" else segment.pick(ambiguous)
        return _UNSURE if found is None or found is AMBIGUOUS else _CODES[found]

    return day_table(table.breaks, [code(s) for s in table.segments], code(table.before))


#: Each state's direct tables by policy, kept while its status table lives (across calls).
_DIRECT: weakref.WeakKeyDictionary[StatusTable, dict[str, bytes]] = weakref.WeakKeyDictionary()
#: The direct table of a state with no status (every day "none"), one for every state.
_NONE_TABLE = bytes((_CODES[Status.NONE],)) * _SIZE


def _table(found: StatusTable | None, ambiguous: str) -> bytes:
    """A state's direct table under a policy: made once per state and policy, then reused."""
    if found is None:
        return _NONE_TABLE
    mine = _DIRECT.setdefault(found, {})
    table = mine.get(ambiguous)
    if table is None:
        table = mine[ambiguous] = _direct(found, ambiguous)
    return table


def _answers(
    scope: Scope, state_iter: Any, date_iter: Any, ambiguous: str, coerce: bool
) -> Iterator[Status | None]:
    """The answer of each pair in turn; an error names the position of its pair.

    Each state's answers are read from a table of codes by day (built on the state's first
    pair), each distinct state value and ISO string is read once per call.
    """
    tables: dict[Any, bytes | None] = {}  # state value -> its codes by day (None: unread)
    days: dict[Any, int | None] = {}
    answers = _ANSWERS
    key_of = scope.data.key_of
    for position, (raw_state, raw_date) in enumerate(zip(state_iter, date_iter, strict=True)):
        try:
            try:
                table = tables[raw_state]
            except (KeyError, TypeError):
                key = _read(key_of, raw_state, coerce)
                table = None if key is None else _table(scope.tables.get(key), ambiguous)
                with suppress(TypeError):  # unhashable: read again next time
                    tables[raw_state] = table  # a name, a code, a MemberState...
            try:
                day = days[raw_date]
            except (KeyError, TypeError):
                day = _read(ordinal, raw_date, coerce)
                if type(raw_date) is str:
                    days[raw_date] = day
            if table is None or day is None:
                yield None
                continue
            if 0 <= day - _FIRST < _SIZE:
                code = table[day - _FIRST]
                if code != _UNSURE:
                    yield answers[code]
                    continue
            yield _slow(scope, key_of(raw_state), day, ambiguous)
        except ShanghaiCoopError as error:
            raise at(error, position) from None  # every earlier pair has its answer


def _slow(scope: Scope, key: str, day: int, ambiguous: str) -> Status | None:
    """A pair outside the direct tables' years, or inside an uncertainty window."""
    table = scope.tables.get(key)
    if table is None:
        return Status.NONE
    segment = table.at(day)
    found = segment.exact
    if found is AMBIGUOUS:
        if ambiguous == "missing":
            return None
        found = segment.pick(ambiguous)
        if found is AMBIGUOUS:
            raise ambiguity(key, day, segment)
    return found  # type: ignore[no-any-return]


def _read(read: Any, value: Any, coerce: bool) -> Any:
    """``read(value)``, or ``None`` under coerce when it fails."""
    try:
        return read(value)
    except ShanghaiCoopError:
        if coerce:
            return None
        raise
