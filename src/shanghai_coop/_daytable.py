"""Status codes by day for 1900-2099: the direct tables of warm and bulk look-ups.

A table is ``bytes``, one status code a day (the position of the status in ``Status``, or
``UNSURE`` inside an uncertainty window the policy does not settle) from 1 January 1900
(day number ``FIRST``) to 31 December 2099 (``LAST``), so that a look-up is one subscript.
The shortcuts' warm path (:mod:`._fast`, over the generated index) and the pure-Python bulk
path (:mod:`._bulk`, over any data set's tables) both build theirs here.
"""

from __future__ import annotations

from datetime import date

TYPE_CHECKING = False  # not typing's: the shortcuts' first answer must not import typing
if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["FIRST", "LAST", "SIZE", "UNSURE", "day_table"]

FIRST = date(1900, 1, 1).toordinal()
LAST = date(2099, 12, 31).toordinal()
SIZE = LAST - FIRST + 1
#: The code of a day inside an uncertainty window that the policy leaves open.
UNSURE = 255


def day_table(starts: Sequence[int], codes: Sequence[int], before: int) -> bytes:
    """Codes by day: ``before`` until ``starts[0]``, then ``codes[i]`` from ``starts[i]`` on.

    ``starts`` are day numbers (``date.toordinal``) in increasing order; the days outside
    1900-2099 are cut off. ``SIZE`` bytes, made once for the same arguments.
    """
    key = (tuple(starts), tuple(codes), before)
    found = _MADE.get(key)
    if found is not None:
        return found
    out = bytearray((before,)) * SIZE
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else LAST + 1
        low, high = (min(max(day, FIRST), LAST + 1) - FIRST for day in (start, end))
        out[low:high] = bytes((codes[position],)) * (high - low)
    if len(_MADE) >= _MAX_MADE:
        return bytes(out)
    return _MADE.setdefault(key, bytes(out))


#: The tables made, by what they were made from: the warm and the bulk path share them.
_MADE: dict[tuple[tuple[int, ...], tuple[int, ...], int], bytes] = {}
#: At most this many are kept (73 kB each: 9.4 MB), enough for every state of the packaged
#: data under every policy; tables of more (other data sets) are made each time they are
#: needed (the bulk path keeps its own while their data set lives).
_MAX_MADE = 128
