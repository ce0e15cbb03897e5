"""``status_of_many`` in pure Python (lists, tuples, scalars): as ``status_of`` pair by pair.

The pure path first answers every pair from per-state tables of codes by day, reading each
distinct state and date once; a pair it cannot answer that way (an unreadable or
unhashable value, a day outside 1900-2099, a day inside an uncertainty window) sends the
whole call to the careful loop, which answers or raises naming the pair's position. These
tests need no numpy.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shanghai_coop import Organisation, ShanghaiCoopError, Status


class _Name(str):
    """A str subclass, equal to a plain name."""


STATES: list[object] = ["Iran", "IND", "Saudi Arabia", "France", _Name("Iran"), "Atlantis"]
DATES: list[object] = [
    "2022-09-20",  # Saudi Arabia's uncertainty window
    "2023-07-04",
    date(2023, 7, 4),
    datetime(2001, 6, 15, 23, 59),
    "1850-01-01",  # before the direct tables
    date(2150, 1, 1),  # after them
    "2015-02-30",
    # The same instant, on 3 and on 4 July in their own zones (Iran became a member on 4 July
    # 2023): equal values that must not share an answer (a regression of the first pure path).
    datetime(2023, 7, 3, 23, tzinfo=timezone.utc),
    datetime(2023, 7, 4, 1, tzinfo=timezone(timedelta(hours=2))),
]
POLICIES = ["raise", "earliest", "latest", "missing"]


def _outcome(sco: Organisation, pairs: list[tuple[Any, Any]], ambiguous: str) -> tuple[Any, ...]:
    """What the call must give: each pair's ``status_of``, or the first failing pair's error."""
    out: list[Status | None] = []
    policy = "raise" if ambiguous == "missing" else ambiguous  # "missing" is bulk's own
    for position, (state, on) in enumerate(pairs):
        try:
            out.append(sco.status_of(state, on, ambiguous=policy))  # type: ignore[arg-type]
        except ShanghaiCoopError as error:
            if ambiguous == "missing" and type(error).__name__ == "AmbiguousDateError":
                out.append(None)
                continue
            return type(error), f"position {position}"
    return tuple(out)


def _call(sco: Organisation, states: Any, dates: Any, ambiguous: str) -> tuple[Any, ...]:
    try:
        return sco.status_of_many(states, dates, ambiguous=ambiguous)  # type: ignore[call-overload, no-any-return]
    except ShanghaiCoopError as error:
        position = str(error).split("position ")[1].split()[0].strip(",:;)")
        return type(error), f"position {position}"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(STATES), st.sampled_from(DATES)), min_size=1, max_size=40),
    st.sampled_from(POLICIES),
)
def test_lists_answer_as_status_of_pair_by_pair(
    sco: Organisation, pairs: list[tuple[Any, Any]], ambiguous: str
) -> None:
    states, dates = [s for s, _ in pairs], [d for _, d in pairs]
    expected = _outcome(sco, pairs, ambiguous)
    assert _call(sco, states, dates, ambiguous) == expected
    assert _call(sco, tuple(states), tuple(dates), ambiguous) == expected


@pytest.mark.parametrize("ambiguous", POLICIES)
@pytest.mark.parametrize("state", STATES)
def test_a_scalar_state_or_date_is_used_for_every_pair(
    sco: Organisation, state: object, ambiguous: str
) -> None:
    pairs = [(state, on) for on in DATES]
    assert _call(sco, state, DATES, ambiguous) == _outcome(sco, pairs, ambiguous)
    for on in DATES:
        repeated = [state, state, "India"]
        expected = _outcome(sco, [(s, on) for s in repeated], ambiguous)
        assert _call(sco, repeated, on, ambiguous) == expected


def test_an_unhashable_value_is_read_by_the_careful_loop(sco: Organisation) -> None:
    odd: list[Any] = ["Iran", ["Iran"]]
    with pytest.raises(ShanghaiCoopError, match="position 1"):
        sco.status_of_many(odd, "2023-07-04")
    assert sco.status_of_many(odd[::-1], "2023-07-04", errors="coerce") == (
        None,
        Status.MEMBER,
    )


def test_equal_aware_datetimes_on_different_days_answer_each_its_own() -> None:
    """Regression: the pure path merged equal dates, giving both the first one's day."""
    import shanghai_coop

    utc = datetime(2023, 7, 3, 23, tzinfo=timezone.utc)
    plus_two = datetime(2023, 7, 4, 1, tzinfo=timezone(timedelta(hours=2)))
    assert utc == plus_two
    both = shanghai_coop.status_of_many(["Iran", "Iran"], [utc, plus_two])
    assert both == (Status.OBSERVER, Status.MEMBER)
    assert shanghai_coop.status_of_many("Iran", [plus_two, utc]) == both[::-1]
