"""Calendar dates: coercion of date-like inputs and the EDTF subset the data uses.

All dates are calendar dates of the proleptic Gregorian calendar, as recorded for the event,
with no time zone. This module is free of attrs so that the first query stays cheap; the
:class:`~shanghai_coop.PartialDate` value class that wraps :func:`parse_edtf` lives in
:mod:`shanghai_coop.model`.

Accepted date inputs (see :func:`to_date`):

* ``datetime.date``;
* ``datetime.datetime`` and ``pandas.Timestamp``: their own calendar date (an aware value in
  its own zone; it is never converted to UTC);
* ``numpy.datetime64`` of any unit: its calendar date;
* an ISO 8601 calendar date string ``YYYY-MM-DD`` (ASCII digits; surrounding whitespace,
  as ``str.strip`` removes it, is ignored).

A year (``"2015"``) or a month (``"2015-07"``) where a day is needed is an error, as is any
other type or text.

EDTF subset, as used in the data files:

==============================  =========  ==============================
EDTF                            precision  earliest .. latest
==============================  =========  ==============================
``2023-07-04``                  day        2023-07-04 .. 2023-07-04
``2021-09``                     month      2021-09-01 .. 2021-09-30
``2015``                        year       2015-01-01 .. 2015-12-31
``[2009-06-15,2009-06-16]``     one_of     2009-06-15 .. 2009-06-16
``[2010-01-01..2010-04-30]``    range      2010-01-01 .. 2010-04-30
==============================  =========  ==============================

The parser is small on purpose (runtime dependencies stay attrs and cattrs); the test suite
checks it against the reference ``edtf`` package.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import NamedTuple

from ._state_enums import Precision
from .errors import DateTypeError, DateValueError

__all__ = ["EdtfBounds", "ordinal", "parse_edtf", "to_date"]

# ASCII digits only: "\d" would also match Arabic-Indic, Devanagari and full-width digits.
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_ISO_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_ISO_YEAR = re.compile(r"[0-9]{4}")


class EdtfBounds(NamedTuple):
    """The parsed meaning of one EDTF date string.

    Attributes:
        precision: How precise the date is.
        earliest: The first possible day.
        latest: The last possible day (inclusive).
        options: For ``Precision.ONE_OF``, the possible days in order; else empty.
    """

    precision: Precision
    earliest: date
    latest: date
    options: tuple[date, ...]


def to_date(value: object, argument: str = "on") -> date:
    """Coerce a date-like value to a ``datetime.date``.

    Args:
        value: A ``datetime.date``, ``datetime.datetime``, ``pandas.Timestamp``,
            ``numpy.datetime64`` or ISO 8601 string ``YYYY-MM-DD``.
        argument: The argument's name, used in error messages.

    Returns:
        The calendar date. A ``datetime`` (aware or naive) gives its own calendar date.

    Raises:
        DateTypeError: ``value`` is of no accepted type (a ``TypeError``).
        DateValueError: ``value`` is of an accepted type but no calendar day: a year or
            month alone, a malformed or impossible string, ``NaT`` (a ``ValueError``).

    Example:
        >>> to_date("2023-07-04")
        datetime.date(2023, 7, 4)
        >>> from datetime import datetime, timezone
        >>> to_date(datetime(2023, 7, 4, 23, 30, tzinfo=timezone.utc))
        datetime.date(2023, 7, 4)
        >>> to_date("2015")
        Traceback (most recent call last):
        ...
        shanghai_coop.errors.DateValueError: invalid date '2015': a year alone is not a day; give 'YYYY-MM-DD'
    """  # noqa: E501
    kind = type(value)
    if kind is date:
        return value  # type: ignore[return-value]  # pyright: ignore[reportReturnType]
    if kind.__name__ == "NaTType":  # pandas.NaT passes isinstance(value, datetime)
        raise DateValueError(value, "NaT (not a time) is no calendar day")
    if isinstance(value, datetime):
        # pandas.Timestamp is a datetime subclass: its own calendar date, in its own zone.
        return value.date()
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    if isinstance(value, str):
        return _parse_iso_day(value)
    if kind.__name__ == "datetime64" and kind.__module__ == "numpy":
        return _from_datetime64(value)
    raise DateTypeError(value, argument)


def _parse_iso_day(text: str) -> date:
    match = _ISO_DAY.fullmatch(text)
    if match is None:
        stripped = text.strip()
        if stripped != text and _ISO_DAY.fullmatch(stripped):
            return _parse_iso_day(stripped)
        if _ISO_YEAR.fullmatch(stripped):
            raise DateValueError(text, "a year alone is not a day; give 'YYYY-MM-DD'")
        if _ISO_MONTH.fullmatch(stripped):
            raise DateValueError(text, "a month alone is not a day; give 'YYYY-MM-DD'")
        raise DateValueError(text, "expected an ISO 8601 calendar date 'YYYY-MM-DD'")
    year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError as error:
        raise DateValueError(text, f"no such day ({error})") from None


def _from_datetime64(value: object) -> date:
    text = str(value)
    if text == "NaT":
        raise DateValueError(value, "NaT (not a time) is no calendar day")
    # str(datetime64) is ISO 8601 at the value's own unit; its first ten characters are the
    # calendar day for units of a day or finer. Coarser units (Y, M) are not a day.
    unit = str(getattr(value, "dtype", ""))
    if unit in ("datetime64[Y]", "datetime64[M]", "datetime64[W]"):
        raise DateValueError(
            value, "a year, month or week is not a day; give a value of unit D or finer"
        )
    head = text[:10]
    if not _ISO_DAY.fullmatch(head):
        raise DateValueError(value, "outside the years 0001 to 9999")
    return _parse_iso_day(head)


def parse_edtf(text: str) -> EdtfBounds:
    """Parse one EDTF date of the subset the data uses.

    Args:
        text: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, a one-of set of days
            ``[YYYY-MM-DD,YYYY-MM-DD,...]`` (two or more distinct days, in order), or one
            day in a range ``[YYYY-MM-DD..YYYY-MM-DD]`` (first day before last).

    Returns:
        The precision, the earliest and the latest possible day (both inclusive), and for a
        one-of set the days themselves.

    Raises:
        DateValueError: ``text`` is not in the subset, or names no real day.

    Example:
        >>> parse_edtf("2015")
        EdtfBounds(precision=<Precision.YEAR: 'year'>, earliest=datetime.date(2015, 1, 1), latest=datetime.date(2015, 12, 31), options=())
        >>> parse_edtf("[2009-06-15,2009-06-16]").latest
        datetime.date(2009, 6, 16)
        >>> parse_edtf("[2010-01-01..2010-04-30]")[:3]
        (<Precision.RANGE: 'range'>, datetime.date(2010, 1, 1), datetime.date(2010, 4, 30))
    """  # noqa: E501
    if not isinstance(text, str):
        raise DateValueError(text, "an EDTF date is a string")
    if _ISO_YEAR.fullmatch(text):
        year = int(text)
        if year < 1:
            raise DateValueError(text, "year 0000 is outside the calendar")
        return EdtfBounds(Precision.YEAR, date(year, 1, 1), date(year, 12, 31), ())
    if _ISO_MONTH.fullmatch(text):
        year, month = int(text[:4]), int(text[5:])
        if year < 1 or not 1 <= month <= 12:
            raise DateValueError(text, "no such month")
        # The day before the next month's first, or 31 December (also of 9999).
        following = date(year, month + 1, 1) if month < 12 else None
        last = following - timedelta(days=1) if following else date(year, 12, 31)
        return EdtfBounds(Precision.MONTH, date(year, month, 1), last, ())
    if _ISO_DAY.fullmatch(text):
        day = _parse_iso_day(text)
        return EdtfBounds(Precision.DAY, day, day, ())
    if text.startswith("[") and text.endswith("]"):
        return _parse_edtf_set(text)
    raise DateValueError(text, _EDTF_FORMS)


_EDTF_FORMS = (
    "not in the EDTF subset: YYYY, YYYY-MM, YYYY-MM-DD, [YYYY-MM-DD,YYYY-MM-DD] or"
    " [YYYY-MM-DD..YYYY-MM-DD]"
)


def _parse_edtf_set(text: str) -> EdtfBounds:
    """One day in a range ``[a..b]`` or one of a set ``[a,b,...]``."""
    if ".." in text:
        ends = text[1:-1].split("..")
        if len(ends) != 2 or not all(_ISO_DAY.fullmatch(end) for end in ends):
            raise DateValueError(text, "a range of days is [YYYY-MM-DD..YYYY-MM-DD], no spaces")
        first, last = (_parse_iso_day(end) for end in ends)
        if last <= first:
            raise DateValueError(text, "the first day of a range must come before the last")
        return EdtfBounds(Precision.RANGE, first, last, ())
    if "," in text:
        parts = text[1:-1].split(",")
        if not all(_ISO_DAY.fullmatch(part) for part in parts):
            raise DateValueError(text, "a one-of set is [YYYY-MM-DD,YYYY-MM-DD], no spaces")
        days = tuple(_parse_iso_day(part) for part in parts)
        if any(later <= earlier for earlier, later in pairwise(days)):
            raise DateValueError(text, "the days of a one-of set must be distinct and in order")
        return EdtfBounds(Precision.ONE_OF, days[0], days[-1], days)
    raise DateValueError(text, _EDTF_FORMS)


_ORDINALS: dict[str, int] = {}


def ordinal(value: object, argument: str = "on") -> int:
    """Return the proleptic Gregorian day ordinal of a date-like value (the hot path).

    Strings are memoised (a bounded cache of successful parses), so repeated ISO dates cost
    one dict look-up.

    Args:
        value: Anything :func:`to_date` accepts.
        argument: The argument's name, used in error messages.

    Returns:
        ``to_date(value).toordinal()``.

    Raises:
        DateTypeError: As :func:`to_date`.
        DateValueError: As :func:`to_date`.
    """
    if type(value) is str:
        found = _ORDINALS.get(value)
        if found is None:
            found = _parse_iso_day(value).toordinal()
            if len(_ORDINALS) < 8192:
                _ORDINALS[value] = found
        return found
    if type(value) is date:
        return value.toordinal()
    return to_date(value, argument).toordinal()
