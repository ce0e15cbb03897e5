"""Date inputs from pandas and numpy (skipped where they are not installed)."""

from __future__ import annotations

from datetime import date

import pytest

from shanghai_coop import DateValueError
from shanghai_coop.dates import ordinal, to_date

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (pd.Timestamp("2023-07-04 18:00"), date(2023, 7, 4)),
        (pd.Timestamp("2023-07-04 23:00", tz="Asia/Tashkent"), date(2023, 7, 4)),
        (np.datetime64("2023-07-04"), date(2023, 7, 4)),
        (np.datetime64("2023-07-04T23:59:59.999999999"), date(2023, 7, 4)),
        (np.datetime64("1969-12-31T12:00", "m"), date(1969, 12, 31)),
    ],
)
def test_accepts(value: object, expected: date) -> None:
    assert to_date(value) == expected
    assert ordinal(value) == expected.toordinal()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (pd.NaT, "NaT"),
        (np.datetime64("NaT", "D"), "NaT"),
        (np.datetime64("2023", "Y"), "a year, month or week"),
        (np.datetime64("2023-07", "M"), "a year, month or week"),
        # Found: a week unit was read as the Thursday-based week start, a different day.
        (np.datetime64("2023-07-04", "W"), "a year, month or week"),
    ],
)
def test_rejects(value: object, message: str) -> None:
    with pytest.raises(DateValueError, match=message):
        to_date(value)
