"""Bulk status look-ups: many (state, date) pairs at once, in pure Python or with numpy.

Both paths answer exactly as :meth:`Organisation.status_of` does pair by pair (a property
test checks it). The pure-Python path memoises names and dates for the call and does one
``bisect`` per pair. The numpy path factorises the states (a vectorised hash for fixed-width
string arrays, ``pandas.factorize`` for pandas objects), lays every state's table end to end
so that a single ``searchsorted`` answers all pairs, and resolves each distinct name once.
"""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Iterator, Mapping, Set
from datetime import date
from typing import TYPE_CHECKING, Any

from ._enums import Status
from ._index import AMBIGUOUS, NO_STATUS, Segment, StatusTable, ambiguity, check_policy
from .dates import ordinal
from .errors import ArgumentTypeError, DateValueError, InvalidArgumentError, ShanghaiCoopError

if TYPE_CHECKING:
    from ._dataset import Scope

__all__ = ["status_of_many"]

_STATUSES = tuple(Status)
_CODE = {status: code for code, status in enumerate(_STATUSES)}
_EPOCH = date(1970, 1, 1).toordinal()
_MAX_ORDINAL = date(9999, 12, 31).toordinal()
_SPAN = 1 << 22  # more than any day ordinal
_CODE_POINTS = 0x110001  # odd, and above every code point: up to 3 of them, a string is its hash
_SLOT_BITS = 16  # the slot table for distinct state values has 2**16 slots


def _is_numpy(value: object) -> bool:
    return type(value).__module__ == "numpy" and hasattr(value, "dtype")


def _is_pandas(value: object) -> bool:
    return type(value).__module__.startswith("pandas") and hasattr(value, "to_numpy")


def _length(value: object) -> int | None:
    """The length of a sequence argument, or ``None`` for a single value."""
    if isinstance(value, (str, bytes, date)) or not hasattr(value, "__len__"):
        return None
    if _is_numpy(value) and getattr(value, "ndim", 1) == 0:
        return None
    return len(value)  # pyright: ignore[reportArgumentType]


def _ordered(value: object, argument: str) -> None:
    """Refuse containers whose order is arbitrary or that can be read only once."""
    if isinstance(value, (Set, Mapping, Iterator)):
        raise ArgumentTypeError(
            argument,
            value,
            "a list, tuple, numpy array or pandas Series/Index: a set or dict has no order"
            " to match the answers to, and a generator or iterator must be made a list first",
        )


def _at(error: ShanghaiCoopError, position: int) -> ShanghaiCoopError:
    """The error, its message and ``position`` naming the element that caused it."""
    error.position = position
    if error.args and isinstance(error.args[0], str):
        error.args = (f"{error.args[0]} (at position {position})", *error.args[1:])
    return error


def status_of_many(scope: Scope, states: Any, dates: Any, ambiguous: str = "raise") -> Any:
    """Answer many status queries; see :meth:`Organisation.status_of_many`."""
    check_policy(ambiguous)
    _ordered(states, "states")
    _ordered(dates, "dates")
    n_states, n_dates = _length(states), _length(dates)
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
        v.to_numpy() if _is_pandas(v) and type(v).__name__ != "Series" else v
        for v in (states, dates)
    )
    indexes = [v.index for v in (states, dates) if _is_pandas(v)]
    if len(indexes) == 2 and not indexes[0].equals(indexes[1]):
        raise InvalidArgumentError(
            "states/dates",
            "two Series with different indexes",
            ["Series with the same index (the pairs are matched by position, not aligned)"],
        )
    index = indexes[0] if indexes else None
    if index is not None or _is_numpy(states) or _is_numpy(dates):
        import numpy as np  # present: an input is a numpy array or a pandas object

        if size == 0:
            codes = np.zeros(0, dtype=np.int8)
        else:
            codes = _with_numpy(scope, states, dates, size, ambiguous, np)
        if index is not None:
            import pandas as pd

            return pd.Series(
                pd.Categorical.from_codes(codes, categories=list(_STATUSES)),
                index=index,
                name="status",
            )
        return np.array(_STATUSES, dtype=object)[codes]
    return tuple(_pure(scope, states, dates, size, ambiguous))


def _tables(scope: Scope) -> dict[str, tuple[list[int], list[Segment], Segment]]:
    return {key: (t.breaks, t.segments, t.before) for key, t in scope.tables.items()}


def _pure(scope: Scope, states: Any, dates: Any, size: int, ambiguous: str) -> list[Status]:
    """The pure-Python path: one ``bisect`` per pair, names and dates memoised per call."""
    state_iter = states if _length(states) is not None else (states for _ in range(size))
    date_iter = dates if _length(dates) is not None else (dates for _ in range(size))
    out: list[Status] = []
    try:
        _pure_loop(scope, state_iter, date_iter, ambiguous, out)
    except ShanghaiCoopError as error:
        raise _at(error, len(out)) from None  # every earlier pair has its answer
    return out


def _pure_loop(
    scope: Scope,
    state_iter: Any,
    date_iter: Any,
    ambiguous: str,
    out: list[Status],
) -> None:
    """Append the answer of each pair to ``out`` (so that an error knows its position)."""
    tables = _tables(scope)
    keys: dict[Any, str] = {}
    days: dict[Any, int] = {}
    none = Status.NONE
    right = bisect.bisect_right
    append = out.append
    for raw_state, raw_date in zip(state_iter, date_iter, strict=True):
        try:
            key = keys[raw_state]
        except (KeyError, TypeError):
            key = scope.data.key_of(raw_state)
            if isinstance(raw_state, str):
                keys[raw_state] = key
        try:
            day = days[raw_date]
        except (KeyError, TypeError):
            day = ordinal(raw_date)
            if type(raw_date) is str:
                days[raw_date] = day
        table = tables.get(key)
        if table is None:
            append(none)
            continue
        position = right(table[0], day) - 1
        segment = table[1][position] if position >= 0 else table[2]
        found = segment.exact
        if found is AMBIGUOUS:
            found = segment.pick(ambiguous)
            if found is AMBIGUOUS:
                raise ambiguity(key, day, segment)
        append(found)


def _days(dates: Any, size: int, np: Any) -> Any:
    """Day ordinals of the dates as an int64 array."""
    if _is_pandas(dates) and str(getattr(dates, "dtype", "")).startswith("datetime64"):
        dates = dates.to_numpy()
    if _is_numpy(dates) and getattr(dates, "ndim", 0) == 1:
        kind = str(dates.dtype)
        if kind.startswith("datetime64"):
            if kind in ("datetime64[Y]", "datetime64[M]", "datetime64[W]"):
                raise DateValueError(kind, "a year, month or week is not a day; use unit D")
            nat = np.isnat(dates)
            if nat.any():
                position = int(np.flatnonzero(nat)[0])
                raise DateValueError("NaT", f"NaT at position {position} is no calendar day")
            out = dates.astype("datetime64[D]").view(np.int64) + _EPOCH
            outside = (out < 1) | (out > _MAX_ORDINAL)
            if outside.any():
                position = int(np.flatnonzero(outside)[0])
                raise DateValueError(
                    str(dates[position]), f"at position {position}: outside the years 0001-9999"
                )
            return out
    if _length(dates) is None:
        return np.full(size, ordinal(dates), dtype=np.int64)
    memo: dict[Any, int] = {}
    out = np.empty(size, dtype=np.int64)
    for i, value in enumerate(dates):
        try:
            out[i] = memo[value]
        except (KeyError, TypeError):
            try:
                out[i] = ordinal(value)
            except ShanghaiCoopError as error:
                raise _at(error, i) from None
            if type(value) is str:
                memo[value] = int(out[i])
    return out


def _factorize(states: Any, size: int, np: Any) -> tuple[list[Any], Any]:
    """Distinct state values and, for every element, the index of its value."""
    if _length(states) is None:
        return [states], np.zeros(size, dtype=np.int64)
    if _is_pandas(states):
        import pandas as pd

        if isinstance(states.dtype, pd.CategoricalDtype):  # already factorised
            codes = states.cat.codes.to_numpy()
            if (codes < 0).any():
                position = int(np.flatnonzero(codes < 0)[0])
                raise InvalidArgumentError(
                    "states", f"a missing value at position {position}", ["a state name or code"]
                )
            # Only the categories in use: a trimmed frame keeps unused (even invalid) ones.
            categories = states.cat.categories
            used = np.flatnonzero(np.bincount(codes, minlength=len(categories)))
            number = np.full(len(categories), -1, dtype=np.int64)
            number[used] = np.arange(len(used))
            return [categories[i] for i in used], number[codes]
        codes, uniques = pd.factorize(states, use_na_sentinel=False)
        return list(uniques), codes
    if _is_numpy(states) and states.dtype.kind == "U" and states.ndim == 1 and size:
        vectorised = _factorize_strings(states, size, np)
        if vectorised is not None:
            return vectorised
    # Anything else: a dict, one Python step per element.
    positions: dict[Any, int] = {}
    values: list[Any] = []
    inverse = np.empty(size, dtype=np.int64)
    for i, value in enumerate(states):
        try:
            found = positions.get(value)
        except TypeError:  # unhashable: kept apart; resolve() will reject it clearly
            found = None
        if found is None:
            found = len(values)
            values.append(value)
            with contextlib.suppress(TypeError):
                positions[value] = found
        inverse[i] = found
    return values, inverse


def _factorize_strings(states: Any, size: int, np: Any) -> tuple[list[Any], Any] | None:
    """Factorise a 1-d numpy ``U`` array without a Python step per element.

    A polynomial hash of the code points (an odd base, so that every character counts even
    when the 64-bit sum wraps), numbered through a slot table; ``None`` if two distinct
    strings hash alike (then the caller goes element by element).
    """
    width = states.dtype.itemsize // 4
    points = np.ascontiguousarray(states).view(np.uint32).reshape(size, width)
    hashed = points[:, 0].astype(np.uint64)
    for column in range(1, width):
        hashed = hashed * np.uint64(_CODE_POINTS) + points[:, column]
    numbered = _distinct_by_slot(hashed, np)
    if numbered is None:
        ordered = np.sort(hashed)
        distinct = ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]
        numbered = len(distinct), _lookup(distinct, hashed, np)
    count, inverse = numbered
    first = np.empty(count, dtype=np.int64)
    first[inverse[::-1]] = np.arange(size - 1, -1, -1)
    representatives = states[first]
    # Up to three code points the hash is the string itself (3 x 21 bits < 64 bits).
    if width <= 3 or np.array_equal(representatives[inverse], states):
        return list(representatives), inverse
    return None


def _distinct_by_slot(hashed: Any, np: Any) -> tuple[int, Any] | None:
    """Number the distinct values through a table of ``2**_SLOT_BITS`` slots, in linear time.

    Returns the number of distinct values and every element's number, or ``None`` when two
    distinct values share a slot (then the caller sorts).
    """
    # Fibonacci hashing: multiply by 2**64 / golden ratio, keep the top 16 bits.
    shift = np.uint64(64 - _SLOT_BITS)
    slots = ((hashed * np.uint64(0x9E3779B97F4A7C15)) >> shift).astype(np.intp)
    table = np.zeros(1 << _SLOT_BITS, dtype=np.uint64)
    table[slots] = hashed
    if not np.array_equal(table[slots], hashed):
        return None
    used = np.zeros(1 << _SLOT_BITS, dtype=bool)
    used[slots] = True
    numbers = np.cumsum(used) - 1
    return int(numbers[-1]) + 1, numbers[slots]


def _lookup(distinct: Any, hashed: Any, np: Any) -> Any:
    """Indices into ``distinct`` (sorted, unique) of every value of ``hashed``.

    Finds a modulus under which the distinct values do not collide and reads the indices
    from a small table; falls back to a binary search when there are many distinct values.
    """
    count = len(distinct)
    if count <= 4096:
        for modulus in range(count, 64 * count + 1):
            slots = distinct % np.uint64(modulus)
            if len(np.unique(slots)) == count:
                table = np.zeros(modulus, dtype=np.int64)
                table[slots.astype(np.int64)] = np.arange(count)
                return table[(hashed % np.uint64(modulus)).astype(np.int64)]
    return np.searchsorted(distinct, hashed)


def _blocks(scope: Scope, keys: list[str]) -> tuple[list[int], list[int], list[int], list[int]]:
    """The states' tables end to end: starts, and exact, earliest and latest status codes.

    Block b holds state b's "before" segment at offset b * _SPAN and its breakpoints after
    it; a query (b, day) searches b * _SPAN + day. An exact code of -1 marks an uncertain
    segment.
    """
    breaks: list[int] = []
    exact: list[int] = []
    early: list[int] = []
    late: list[int] = []
    empty = StatusTable([], [], NO_STATUS)
    for block, key in enumerate(keys):
        table = scope.tables.get(key, empty)
        for start, segment in ((0, table.before), *zip(table.breaks, table.segments, strict=False)):
            breaks.append(block * _SPAN + start)
            exact.append(-1 if segment.exact is AMBIGUOUS else _CODE[segment.exact])
            early.append(_CODE[segment.earliest])
            late.append(_CODE[segment.latest])
    return breaks, exact, early, late


def _with_numpy(scope: Scope, states: Any, dates: Any, size: int, ambiguous: str, np: Any) -> Any:
    """The vectorised path: every state's table end to end, one ``searchsorted``."""
    ordinals = _days(dates, size, np)
    values, inverse = _factorize(states, size, np)
    keys = []
    for number, value in enumerate(values):
        try:
            keys.append(scope.data.key_of(value))
        except ShanghaiCoopError as error:
            raise _at(error, int(np.flatnonzero(inverse == number)[0])) from None
    breaks, exact, early, late = _blocks(scope, keys)
    starts = np.array(breaks, dtype=np.int64)
    low, high = int(ordinals.min()), int(ordinals.max())
    # The dense grid pays off for many pairs over few days; its size is capped by both.
    if (high - low + 1) * len(keys) <= min(20_000_000, 4 * size + 100_000):
        # A dense table of row numbers per (block, day) for the days asked about.
        grid = np.arange(low, high + 1, dtype=np.int64)
        dense = (
            np.searchsorted(
                starts, (np.arange(len(keys), dtype=np.int64) * _SPAN)[:, None] + grid, side="right"
            )
            - 1
        )
        # One flat gather of int8 codes; row numbers only for the uncertain pairs.
        flat = inverse * (high - low + 1) + (ordinals - low)
        codes = np.array(exact, dtype=np.int8)[dense].ravel()[flat]

        def rows_of(mask: Any) -> Any:
            return dense.ravel()[flat[mask]]

    else:
        query = inverse.astype(np.int64) * _SPAN + ordinals
        rows = np.searchsorted(starts, query, side="right") - 1
        codes = np.array(exact, dtype=np.int8)[rows]

        def rows_of(mask: Any) -> Any:
            return rows[mask]

    unclear = codes < 0
    if unclear.any():
        if ambiguous in ("earliest", "latest"):
            chosen = early if ambiguous == "earliest" else late
            codes[unclear] = np.array(chosen, dtype=np.int8)[rows_of(unclear)]
        else:
            first = int(np.flatnonzero(unclear)[0])
            key = keys[int(inverse[first])]
            day = int(ordinals[first])
            raise _at(ambiguity(key, day, scope.tables[key].at(day)), first)
    return codes
