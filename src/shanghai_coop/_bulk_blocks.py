"""The numpy path of bulk status look-ups, in blocks of about a million pairs.

Used by :mod:`._bulk` when an input is a numpy array or a pandas object. The pairs are
answered a block at a time, so that the temporary arrays (day numbers, state numbers, row
numbers) take the memory of one block whatever the size of the call: ten million pairs cost
the time of ten calls of a million and the memory of one. In each block the states are
factorised (a vectorised hash for fixed-width string arrays, ``pandas.factorize`` for pandas
objects), each distinct value is resolved once for the whole call, and the answers are read
from a dense table of status codes by (state, day) for the days the block asks about (one
``searchsorted`` over every state's table laid end to end where that table would be large).

With ``coerce``, a pair whose state or date cannot be read answers a missing value (code -1)
instead of raising; with the policy ``"missing"``, so does a day inside an uncertainty window.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import TYPE_CHECKING, Any

from ._enums import Status
from ._index import AMBIGUOUS, NO_STATUS, StatusTable, ambiguity
from .dates import ordinal
from .errors import DateValueError, InvalidArgumentError, ShanghaiCoopError

if TYPE_CHECKING:
    from ._dataset import Scope

__all__ = ["STATUSES", "at", "is_numpy", "is_pandas", "length", "with_numpy"]

STATUSES = tuple(Status)
_CODE = {status: code for code, status in enumerate(STATUSES)}
_EPOCH = date(1970, 1, 1).toordinal()
_MAX_ORDINAL = date(9999, 12, 31).toordinal()
_SPAN = 1 << 22  # more than any day ordinal
_CODE_POINTS = 0x110001  # odd, and above every code point: up to 3 of them, a string is its hash
_SLOT_BITS = 16  # the slot table for distinct state values has 2**16 slots
#: Pairs per block: the temporary arrays of a block take some tens of MiB.
BLOCK = 1 << 20
#: Cells of a dense (state, day) table, at most (3 bytes a cell: 60 MB), and at most this
#: many per pair of the block, so that a small call does not build a large table (100,000
#: pairs over every state and 216 years built 20 million cells in one piece: 321 MiB, 8.8 s).
_DENSE_LIMIT = 20_000_000
_DENSE_PER_PAIR = 16
#: Cells built at once (the int64 temporaries of one chunk: 16 MiB).
_DENSE_CHUNK = 1 << 20


def is_numpy(value: object) -> bool:
    return type(value).__module__ == "numpy" and hasattr(value, "dtype")


def is_pandas(value: object) -> bool:
    return type(value).__module__.startswith("pandas") and hasattr(value, "to_numpy")


def length(value: object) -> int | None:
    """The length of a sequence argument, or ``None`` for a single value."""
    if isinstance(value, (str, bytes, date)) or not hasattr(value, "__len__"):
        return None
    if is_numpy(value) and getattr(value, "ndim", 1) == 0:
        return None
    return len(value)  # pyright: ignore[reportArgumentType]


def at(error: ShanghaiCoopError, position: int) -> ShanghaiCoopError:
    """The error, its message and ``position`` naming the element that caused it."""
    error.position = position
    if error.args and isinstance(error.args[0], str):
        error.args = (f"{error.args[0]} (at position {position})", *error.args[1:])
    return error


def _factorize_strings(states: Any, size: int, np: Any) -> tuple[list[Any], Any] | None:
    """Factorise a 1-d numpy ``U`` array without a Python step per element.

    A polynomial hash of the code points (an odd base, so that every character counts even
    when the 64-bit sum wraps), numbered through a slot table; ``None`` if two distinct
    strings hash alike (then the caller goes element by element).
    """
    width = states.dtype.itemsize // 4
    points = np.ascontiguousarray(states).view(np.uint32).reshape(size, width)
    if width <= 3 and int(points.max()) < 128:
        return _factorize_ascii(points, width, np)
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


def _factorize_ascii(points: Any, width: int, np: Any) -> tuple[list[Any], Any]:
    """Factorise strings of at most three ASCII characters (ISO codes): exactly, in linear time.

    Each string is a number of 7 bits a character (under 2**21), numbered through a table
    with a slot for every possible number; the distinct strings are read back from their
    numbers (a trailing NUL is no character, as in numpy's ``U`` arrays).
    """
    bits = 7 * width
    key = points[:, 0].astype(np.intp)
    for column in range(1, width):
        key <<= 7
        key |= points[:, column]
    present = np.zeros(1 << bits, dtype=bool)
    present[key] = True
    distinct = np.flatnonzero(present)
    numbers = np.empty(1 << bits, dtype=np.intp)
    numbers[distinct] = np.arange(len(distinct))
    values = [
        "".join(chr(k >> (7 * c) & 127) for c in range(width - 1, -1, -1)).rstrip("\0")
        for k in distinct.tolist()
    ]
    return values, numbers[key]


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

    Tries 64 moduli (multiples of the count) for one under which the distinct values do not
    collide and reads the indices from a small table; else (many distinct values, or no such
    modulus) a binary search. Regression: every modulus up to 64 times the count was tried,
    with ``np.unique`` each time: 1,500 distinct names took 17 s for 200,000 pairs.
    """
    count = len(distinct)
    if count <= 4096:
        for modulus in range(count, 64 * count + 1, count):
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


def _slice(value: Any, low: int, high: int) -> Any:
    """Pairs ``low`` to ``high`` of an argument (a single value stays itself)."""
    if length(value) is None:
        return value
    if is_pandas(value):
        return value.iloc[low:high]
    return value[low:high]


def _days(dates: Any, size: int, np: Any, coerce: bool, offset: int) -> tuple[Any, Any]:
    """Day ordinals of the dates (int64) and the mask of unreadable ones (or ``None``)."""
    if is_pandas(dates) and str(getattr(dates, "dtype", "")).startswith("datetime64"):
        dates = dates.to_numpy()
    if is_numpy(dates) and getattr(dates, "ndim", 0) == 1:
        kind = str(dates.dtype)
        if kind.startswith("datetime64"):
            if kind in ("datetime64[Y]", "datetime64[M]", "datetime64[W]"):
                if coerce:  # no element is a day: every one is missing, as in a list
                    return np.ones(size, dtype=np.int64), np.ones(size, dtype=bool)
                error = DateValueError(kind, "a year, month or week is not a day; use unit D")
                error.position = offset  # the first pair: as in a list, it is the first bad one
                raise error
            out = dates.astype("datetime64[D]", copy=False).view(np.int64) + _EPOCH
            # One comparison for both bounds (NaT is the smallest int64, far below 1).
            bad = (out - 1).view(np.uint64) >= np.uint64(_MAX_ORDINAL)
            if not bad.any():
                return out, None
            nat = np.isnat(dates)
            if coerce:
                out[bad] = 1
                return out, bad
            position = int(np.flatnonzero(bad)[0])
            error = (
                DateValueError("NaT", f"NaT at position {offset + position} is no calendar day")
                if nat[position]
                else DateValueError(
                    str(dates[position]),
                    f"at position {offset + position}: outside the years 0001-9999",
                )
            )
            error.position = offset + position
            raise error
    if length(dates) is None:
        try:
            return np.full(size, ordinal(dates), dtype=np.int64), None
        except ShanghaiCoopError:
            if not coerce:
                raise
            return np.ones(size, dtype=np.int64), np.ones(size, dtype=bool)
    memo: dict[Any, int] = {}
    out = np.empty(size, dtype=np.int64)
    missing = None
    for i, value in enumerate(dates):
        try:
            out[i] = memo[value]
        except (KeyError, TypeError):
            try:
                out[i] = ordinal(value)
            except ShanghaiCoopError as error:
                if not coerce:
                    raise at(error, offset + i) from None
                if missing is None:
                    missing = np.zeros(size, dtype=bool)
                missing[i] = True
                out[i] = 1
                continue
            if type(value) is str:
                memo[value] = int(out[i])
    return out, missing


def _factorize(states: Any, size: int, np: Any, coerce: bool, offset: int) -> tuple[list[Any], Any]:
    """Distinct state values and, for every element, the index of its value.

    A missing category (code -1) of a categorical Series is the value ``None`` under
    ``coerce``, and an error otherwise.
    """
    if length(states) is None:
        return [states], np.zeros(size, dtype=np.int64)
    if is_pandas(states):
        import pandas as pd

        if isinstance(states.dtype, pd.CategoricalDtype):  # already factorised
            codes = states.cat.codes.to_numpy().astype(np.int64)
            categories = states.cat.categories
            absent = codes < 0
            if absent.any():
                if not coerce:
                    position = offset + int(np.flatnonzero(absent)[0])
                    raise InvalidArgumentError(
                        "states",
                        f"a missing value at position {position}",
                        ["a state name or code"],
                    )
                codes[absent] = len(categories)  # the value None, after the categories
            # Only the categories in use: a trimmed frame keeps unused (even invalid) ones.
            used = np.flatnonzero(np.bincount(codes, minlength=len(categories) + 1))
            number = np.full(len(categories) + 1, -1, dtype=np.int64)
            number[used] = np.arange(len(used))
            return [categories[i] if i < len(categories) else None for i in used], number[codes]
        try:
            codes, uniques = pd.factorize(states, use_na_sentinel=False)
        except TypeError:  # an unhashable value: one Python step per element, below
            pass
        else:
            return list(uniques), codes
    if is_numpy(states) and states.dtype.kind == "U" and states.ndim == 1 and size:
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


class _Call:
    """What the blocks of one call share: resolved states, and the last dense tables."""

    def __init__(self, scope: Scope, ambiguous: str, coerce: bool, np: Any) -> None:
        self.scope = scope
        self.ambiguous = ambiguous
        self.coerce = coerce
        self.np = np
        self.keys: list[str] = []
        self._numbers: dict[str, int] = {}
        self._memo: dict[Any, int] = {}
        self._dense: tuple[int, int, int, Any, Any, Any] | None = None
        self._tables: tuple[int, Any, Any, Any, Any] | None = None

    def number(self, value: Any, first: int, offset: int) -> int:
        """The number of a state value's key in ``keys``; -1 if unreadable under coerce.

        ``first`` is the position of the value's first pair in the block (named by an error).
        """
        with contextlib.suppress(KeyError, TypeError):
            return self._memo[value]
        try:
            key = self.scope.data.key_of(value)
        except ShanghaiCoopError as error:
            if not self.coerce:
                raise at(error, offset + first) from None
            found = -1
        else:
            found = self._numbers.get(key, -1)
            if found < 0:
                found = self._numbers[key] = len(self.keys)
                self.keys.append(key)
        with contextlib.suppress(TypeError):
            self._memo[value] = found
        return found

    def numbers(
        self, values: list[Any], inverse: Any, offset: int, date_error: ShanghaiCoopError | None
    ) -> list[int]:
        """The number of each distinct state value, or the error of the first bad pair.

        As in a list, the first pair with a bad state or date is named (its state first):
        the values are read in the order of their first pairs, up to the first bad one.
        """
        if date_error is None:
            try:  # the usual case: every value is good (or coerce): read them as they come
                return [self.number(value, 0, offset) for value in values]
            except ShanghaiCoopError:
                pass  # some value is bad: find the first bad pair below
        np = self.np
        size = len(inverse)
        firsts = np.full(len(values), size, dtype=np.int64)
        np.minimum.at(firsts, inverse, np.arange(size, dtype=np.int64))
        limit = size if date_error is None else _at(date_error, offset) - offset
        found = [-1] * len(values)
        for i in np.argsort(firsts, kind="stable").tolist():
            first = int(firsts[i])
            if date_error is not None and first > limit:
                break  # the date error comes first: no later state is read
            found[i] = self.number(values[i], first, offset)
        if date_error is not None:
            raise date_error
        return found

    def tables(self) -> tuple[Any, Any, Any, Any]:
        """Every known state's table end to end: starts and exact, early, late codes."""
        if self._tables is None or self._tables[0] != len(self.keys):
            np = self.np
            breaks, exact, early, late = _blocks(self.scope, self.keys)
            self._tables = (
                len(self.keys),
                np.array(breaks, dtype=np.int64),
                np.array(exact, dtype=np.int8),
                np.array(early, dtype=np.int8),
                np.array(late, dtype=np.int8),
            )
        return self._tables[1:]

    def dense(self, low: int, high: int, pairs: int) -> tuple[int, int, Any, Any, Any] | None:
        """Codes by (state number, day - low) for days ``low`` to ``high``, if small enough.

        Returns the first day, the number of days, and the exact, earliest and latest codes
        (flat, row by row); ``None`` when the table would be too large.
        """
        count = len(self.keys)
        cached = self._dense
        if cached is not None and cached[0] == count and cached[1] <= low and high <= cached[2]:
            return cached[1], cached[2] - cached[1] + 1, cached[3], cached[4], cached[5]
        days = high - low + 1
        if days * count > min(_DENSE_LIMIT, _DENSE_PER_PAIR * pairs):
            return None
        np = self.np
        starts, exact, early, late = self.tables()
        grid = np.arange(low, high + 1, dtype=np.int64)
        codes = tuple(np.empty(count * days, dtype=np.int8) for _ in range(3))
        step = max(1, _DENSE_CHUNK // days)  # states per chunk
        for first in range(0, count, step):
            last = min(count, first + step)
            lows = np.arange(first, last, dtype=np.int64) * _SPAN
            rows = np.searchsorted(starts, lows[:, None] + grid, side="right") - 1
            for out, table in zip(codes, (exact, early, late), strict=True):
                out[first * days : last * days] = table[rows].ravel()
        self._dense = (count, low, high, *codes)
        return low, high - low + 1, *codes

    def block(self, states: Any, dates: Any, size: int, offset: int) -> Any:
        """The status codes of one block of pairs (int8; -1 for a missing answer)."""
        np = self.np
        date_error: ShanghaiCoopError | None = None
        try:
            ordinals, missing = _days(dates, size, np, self.coerce, offset)
        except ShanghaiCoopError as error:
            date_error = error  # raised by numbers(), unless a state before it is bad too
            ordinals, missing = np.empty(0, dtype=np.int64), None  # not read: it raises
        values, inverse = _factorize(states, size, np, self.coerce, offset)
        by_value = np.array(self.numbers(values, inverse, offset, date_error), dtype=np.int64)
        numbers = by_value[inverse]
        if (numbers < 0).any():
            missing = numbers < 0 if missing is None else missing | (numbers < 0)
        if missing is not None:
            if missing.all():
                return np.full(size, -1, dtype=np.int8)
            numbers[missing] = int(numbers[~missing][0])
            ordinals[missing] = int(ordinals[~missing][0])
        low, high = int(ordinals.min()), int(ordinals.max())
        dense = self.dense(low, high, size)
        if dense is not None:
            base, span, exact, early, late = dense
            # In place: flat = numbers * span + (ordinals - base), without temporaries.
            flat = numbers
            flat *= span
            flat += ordinals
            flat -= base
            codes = exact[flat]

            def chosen(table: Any, mask: Any) -> Any:
                return table[flat[mask]]

        else:
            starts, exact, early, late = self.tables()
            rows = np.searchsorted(starts, numbers * _SPAN + ordinals, side="right") - 1
            codes = exact[rows]

            def chosen(table: Any, mask: Any) -> Any:
                return table[rows[mask]]

        unclear = codes < 0
        if missing is not None:
            unclear &= ~missing
        if unclear.any():
            if self.ambiguous in ("earliest", "latest"):
                codes[unclear] = chosen(early if self.ambiguous == "earliest" else late, unclear)
            elif self.ambiguous != "missing":
                first = int(np.flatnonzero(unclear)[0])
                key = self.keys[int(by_value[inverse[first]])]
                day = int(ordinals[first])
                raise at(ambiguity(key, day, self.scope.tables[key].at(day)), offset + first)
        if missing is not None:
            codes[missing] = -1
        return codes


def _at(error: ShanghaiCoopError, offset: int) -> int:
    """The position an error names; an error about every pair of a block names its first."""
    return offset if error.position is None else error.position


def with_numpy(
    scope: Scope, states: Any, dates: Any, size: int, ambiguous: str, coerce: bool, np: Any
) -> Any:
    """The status codes of every pair (int8, -1 for a missing answer), a block at a time."""
    call = _Call(scope, ambiguous, coerce, np)
    codes = np.empty(size, dtype=np.int8)
    for low in range(0, size, BLOCK):
        high = min(size, low + BLOCK)
        codes[low:high] = call.block(
            _slice(states, low, high), _slice(dates, low, high), high - low, low
        )
    return codes
