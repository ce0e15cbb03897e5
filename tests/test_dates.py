from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone

import edtf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from shanghai_coop import DateTypeError, DateValueError, PartialDate, Precision
from shanghai_coop.dates import ordinal, parse_edtf, to_date
from strategies import days, same_day_inputs


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2023, 7, 4), date(2023, 7, 4)),
        (datetime(2023, 7, 4, 23, 59), date(2023, 7, 4)),
        # An aware datetime gives its own calendar date, never converted to UTC.
        (datetime(2023, 7, 4, 23, 30, tzinfo=timezone(timedelta(hours=-5))), date(2023, 7, 4)),
        (datetime(2023, 7, 4, 0, 30, tzinfo=timezone(timedelta(hours=9))), date(2023, 7, 4)),
        ("2023-07-04", date(2023, 7, 4)),
        (" 2023-07-04 ", date(2023, 7, 4)),
    ],
)
def test_to_date_accepts(value: object, expected: date) -> None:
    assert to_date(value) == expected
    assert ordinal(value) == expected.toordinal()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2015", "a year alone"),
        ("2015-07", "a month alone"),
        ("2015-13-01", "no such day"),
        ("2015-02-29", "no such day"),
        ("20150701", "YYYY-MM-DD"),
        ("2015-W27-1", "YYYY-MM-DD"),
        ("4 July 2023", "YYYY-MM-DD"),
        ("", "YYYY-MM-DD"),
        ("2023-07-04T10:00", "YYYY-MM-DD"),
    ],
)
def test_to_date_rejects_values(value: object, message: str) -> None:
    with pytest.raises(DateValueError, match=message) as info:
        to_date(value)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("value", [2023, 2023.5, None, b"2023-07-04", [2023, 7, 4], object(), True])
def test_to_date_rejects_types(value: object) -> None:
    with pytest.raises(DateTypeError, match="expected a date") as info:
        to_date(value)
    assert isinstance(info.value, TypeError)


def test_ordinal_memo_does_not_hide_errors() -> None:
    for _ in range(2):
        with pytest.raises(DateValueError):
            ordinal("2023-02-30")


@given(days, st.data())
def test_every_accepted_type_gives_the_same_day(day: date, data: st.DataObject) -> None:
    value = data.draw(same_day_inputs(day))
    assert to_date(value) == day


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("2015", Precision.YEAR),
        ("2021-09", Precision.MONTH),
        ("2024-02", Precision.MONTH),
        ("2023-07-04", Precision.DAY),
        ("[2009-06-15,2009-06-16]", Precision.ONE_OF),
        ("[2009-06-15,2009-06-20,2009-07-01]", Precision.ONE_OF),
        ("[2010-01-01..2010-04-30]", Precision.RANGE),
        ("[2021-12-31..2022-04-22]", Precision.RANGE),
    ],
)
def test_parse_edtf_agrees_with_the_reference(text: str, precision: Precision) -> None:
    ours = parse_edtf(text)
    theirs = edtf.parse_edtf(text)
    assert ours.precision is precision
    assert ours.earliest == date(*theirs.lower_strict()[:3])
    assert ours.latest == date(*theirs.upper_strict()[:3])


@given(st.dates(min_value=date(1000, 1, 1)), st.sampled_from(["year", "month", "day"]))
def test_parse_edtf_bounds_match_reference_for_any_date(day: date, cut: str) -> None:
    text = {"year": f"{day.year:04d}", "month": f"{day:%Y-%m}", "day": day.isoformat()}[cut]
    ours = parse_edtf(text)
    theirs = edtf.parse_edtf(text)
    assert ours.earliest == date(*time.struct_time(theirs.lower_strict())[:3])
    assert ours.latest == date(*time.struct_time(theirs.upper_strict())[:3])
    assert ours.earliest <= day <= ours.latest


@pytest.mark.parametrize(
    "text",
    [
        "",
        "15",
        "2015-7",
        "2015-13",
        "2015-00",
        "0000",
        "2015/2016",
        "[2009-06-16,2009-06-15]",
        "[2009-06-15]",
        "[2009-06-15,2009-06-15]",
        "[2010-04-30..2010-01-01]",
        "[2010-01-01..2010-01-01]",
        "[2010-01-01..2010-04-31]",
        "[2010-01-01..]",
        "[2010-01-01..2010-02-01..2010-03-01]",
        "[2010-01-01 .. 2010-04-30]",
        "[2010-01..2010-04]",
        "2015-02-30",
        "2015?",
        "~2015",
        "2015-07-04 ",
        "X",
    ],
)
def test_parse_edtf_rejects(text: str) -> None:
    with pytest.raises(DateValueError):
        parse_edtf(text)


def test_partial_date_value_semantics() -> None:
    a, b = PartialDate("2015"), PartialDate("2015")
    assert a == b
    assert hash(a) == hash(b)
    assert a != PartialDate("2015-01")
    assert str(a) == "2015"
    assert repr(a) == "PartialDate('2015')"
    assert not a.is_exact
    assert PartialDate.of("2015-07-10").is_exact
    assert a.possibly_before(date(2015, 1, 1))
    assert not a.certainly_before(date(2015, 12, 30))
    with pytest.raises(AttributeError):
        a.edtf = "2016"  # type: ignore[misc]


@given(
    st.dates(min_value=date(1000, 1, 1), max_value=date(9000, 1, 1)),
    st.integers(min_value=1, max_value=800),
)
def test_parse_edtf_ranges_match_the_reference(first: date, length: int) -> None:
    last = first + timedelta(days=length)
    text = f"[{first.isoformat()}..{last.isoformat()}]"
    ours = parse_edtf(text)
    theirs = edtf.parse_edtf(text)
    assert (ours.precision, ours.options) == (Precision.RANGE, ())
    assert ours.earliest == date(*time.struct_time(theirs.lower_strict())[:3]) == first
    assert ours.latest == date(*time.struct_time(theirs.upper_strict())[:3]) == last


def test_the_last_month_of_the_calendar() -> None:
    # Found: the month's end was computed from the next month, which 9999-12 lacks.
    assert parse_edtf("9999-12").latest == date(9999, 12, 31)
    assert PartialDate("9999-12").earliest == date(9999, 12, 1)
