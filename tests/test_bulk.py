"""Bulk look-ups like pandas: ``errors="coerce"``, ``ambiguous="missing"``, blocks, shapes."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shanghai_coop
from shanghai_coop import InvalidArgumentError, Organisation, ShanghaiCoopError, Status
from shanghai_coop._args import BulkAmbiguous

np = pytest.importorskip("numpy")

NAMES = ["Iran", "India", "Saudi Arabia", "France", "Atlantis", "Congo", "USSR", "", "Belarus"]
DATES: list[object] = [
    "2022-09-20",  # Saudi Arabia's uncertainty window
    "2023-07-04",
    "2015-02-30",
    "2015",
    None,
    float("nan"),
    date(2001, 6, 15),
    "1990-01-01",
]


POLICIES: list[BulkAmbiguous] = ["earliest", "latest", "missing"]


def _one(sco: Organisation, state: Any, on: Any, ambiguous: Any) -> Status | None:
    """The answer of ``status_of``, or None where it raises (what coerce answers)."""
    try:
        return sco.status_of(state, on, ambiguous="raise" if ambiguous == "missing" else ambiguous)
    except ShanghaiCoopError:
        return None


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(DATES)), min_size=1, max_size=30),
    st.sampled_from(POLICIES),
)
def test_coerce_answers_what_status_of_answers_or_none(
    sco: Organisation, pairs: list[tuple[str, object]], ambiguous: BulkAmbiguous
) -> None:
    states = [s for s, _ in pairs]
    dates = [d for _, d in pairs]
    expected = tuple(_one(sco, s, d, ambiguous) for s, d in pairs)
    pure = sco.status_of_many(states, dates, ambiguous=ambiguous, errors="coerce")
    assert pure == expected
    array = sco.status_of_many(
        np.array(states, dtype=object),
        np.array(dates, dtype=object),
        ambiguous=ambiguous,
        errors="coerce",
    )
    assert tuple(array) == expected


def test_coerce_keeps_the_index_and_length_of_a_series(sco: Organisation) -> None:
    pd = pytest.importorskip("pandas")
    states = pd.Series(["Iran", None, "Atlantis", "India", float("nan")], index=list("abcde"))
    dates = pd.Series(
        pd.to_datetime(["2020-01-01", "2020-01-01", "2020-01-01", None, "2020-01-01"]),
        index=list("abcde"),
    )
    out = sco.status_of_many(states, dates, errors="coerce")
    assert list(out.index) == list("abcde")
    assert out.isna().tolist() == [False, True, True, True, True]
    assert out.iloc[0] == "observer"
    assert isinstance(out.dtype, pd.CategoricalDtype)
    # A missing category of a categorical Series is missing too; without coerce it raises.
    categorical = states.astype("category")
    assert sco.status_of_many(categorical, "2020-01-01", errors="coerce").isna().sum() == 3
    with pytest.raises(ShanghaiCoopError, match="position 1"):
        sco.status_of_many(categorical, "2020-01-01")


def test_ambiguous_missing_marks_only_the_uncertain_days(sco: Organisation) -> None:
    days = ["2022-09-01", "2022-09-20", "2023-01-01"]
    out = sco.status_of_many("Saudi Arabia", days, ambiguous="missing")
    assert out[1] is None
    assert out[2] is Status.DIALOGUE_PARTNER
    raw = np.array(days, dtype="datetime64[D]")
    assert sco.status_of_many("SAU", raw, ambiguous="missing").tolist() == list(out)


def test_raise_stays_the_default(sco: Organisation) -> None:
    with pytest.raises(shanghai_coop.UnknownStateError, match="position 1"):
        sco.status_of_many(["Iran", "Atlantis"], "2020-01-01")
    with pytest.raises(shanghai_coop.DateValueError, match="NaT at position 2"):
        sco.status_of_many("IRN", np.array(["2020-01-01", "2020-01-02", "NaT"], "datetime64[D]"))


def test_a_bad_choice_is_refused(sco: Organisation) -> None:
    with pytest.raises(InvalidArgumentError, match="errors"):
        sco.status_of_many(["Iran"], "2020-01-01", errors="ignore")  # type: ignore[call-overload]
    with pytest.raises(InvalidArgumentError, match="ambiguous"):
        sco.status_of_many(["Iran"], "2020-01-01", ambiguous="first")  # type: ignore[call-overload]
    # "missing" is a bulk policy only.
    with pytest.raises(InvalidArgumentError):
        sco.status_of("Iran", "2020-01-01", ambiguous="missing")  # type: ignore[arg-type]


@pytest.mark.parametrize("block", [1, 7, 1000])
def test_blocks_answer_as_one_call(
    sco: Organisation, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    from shanghai_coop import _bulk_blocks

    rng = random.Random(block)
    codes = ["IRN", "IND", "SAU", "FRA", "BLR", "CHN", "EGY", "MNG", "TUR"]
    first = date(1995, 1, 1)
    states = [rng.choice(codes) for _ in range(500)]
    days = [first + timedelta(days=rng.randrange(12_000)) for _ in range(500)]
    expected = sco.status_of_many(states, days, ambiguous="latest")
    monkeypatch.setattr(_bulk_blocks, "BLOCK", block)
    found = sco.status_of_many(
        np.array(states), np.array(days, "datetime64[D]"), ambiguous="latest"
    )
    assert tuple(found) == expected
    # An error in a later block names its position in the whole call.
    states[321] = "Atlantis"
    with pytest.raises(shanghai_coop.UnknownStateError, match="position 321"):
        sco.status_of_many(np.array(states), np.array(days, "datetime64[D]"), ambiguous="latest")
    coerced = sco.status_of_many(
        np.array(states), np.array(days, "datetime64[D]"), ambiguous="latest", errors="coerce"
    )
    assert coerced[321] is None
    assert len(coerced) == 500


def test_the_shortcut_takes_the_new_arguments() -> None:
    out = shanghai_coop.status_of_many(
        ["Iran", "Atlantis"], "2022-09-20", ambiguous="missing", errors="coerce"
    )
    assert out == (Status.OBSERVER, None)


def test_min_confidence_works_with_coerce_and_missing(sco: Organisation) -> None:
    """Missing answers stay missing and are not looked up again (they would raise)."""
    states = ["Iran", "Atlantis", "Saudi Arabia", "France"]
    plain = sco.status_of_many(states, "2022-09-20", ambiguous="missing", errors="coerce")
    graded = sco.status_of_many(
        states, "2022-09-20", ambiguous="missing", errors="coerce", min_confidence="inferred"
    )
    assert graded == plain == (Status.OBSERVER, None, None, Status.NONE)
    array = sco.status_of_many(
        np.array(states),
        "2022-09-20",
        ambiguous="missing",
        errors="coerce",
        min_confidence="single",
    )
    assert array[1] is None
    assert array[2] is None
    assert array[3] is Status.NONE


# -- regressions found by a new user ------------------------------------------------------


def test_a_bytes_state_with_min_confidence_is_one_value(sco: Organisation) -> None:
    """Regression: bytes counted as a sequence in the grade filter: a plain ValueError."""
    found = sco.status_of_many(
        b"IRN",  # type: ignore[call-overload]
        ["2020-01-01"],
        errors="coerce",
        min_confidence="verified",
    )
    assert found == (None,)


def test_a_numpy_date_error_names_its_position(sco: Organisation) -> None:
    """Regression: the message named it, ``error.position`` was None."""
    days = np.array(["2023-07-04", "2023-07-04", "NaT"], dtype="datetime64[D]")
    with pytest.raises(shanghai_coop.DateValueError) as info:
        sco.status_of_many(np.array(["IRN"] * 3), days)
    assert info.value.position == 2


def test_year_arrays_are_missing_under_coerce(sco: Organisation) -> None:
    """Regression: ``datetime64[Y]`` ignored ``errors="coerce"``; a list of years did not."""
    years = np.array(["2023", "2024"], dtype="datetime64[Y]")
    assert list(sco.status_of_many("IRN", years, errors="coerce")) == [None, None]
    assert sco.status_of_many("IRN", ["2023", "2024"], errors="coerce") == (None, None)
    with pytest.raises(shanghai_coop.DateValueError, match="not a day"):
        sco.status_of_many("IRN", years)


def test_an_unhashable_value_in_a_series_is_read_like_in_a_list(sco: Organisation) -> None:
    """Regression: pandas' own TypeError, even under coerce."""
    pd = pytest.importorskip("pandas")
    states = pd.Series(["IRN", ["IRN"]])
    found = sco.status_of_many(states, "2023-07-04", errors="coerce")
    assert found.iloc[0] == Status.MEMBER
    assert found.isna().tolist() == [False, True]
    with pytest.raises(shanghai_coop.StateTypeError, match="position 1"):
        sco.status_of_many(states, "2023-07-04")


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["IRN", "XX", "AA", "IND", "Narnia"]),
            st.sampled_from(["2023-07-04", "2023-13-01", "2020-02-30", "2001-06-15"]),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_numpy_names_the_first_bad_pair_as_a_list_does(
    sco: Organisation, pairs: list[tuple[str, str]]
) -> None:
    """Regression: numpy named the bad value that sorted first, and a bad date before a state."""
    states = [s for s, _ in pairs]
    dates = [d for _, d in pairs]

    def outcome(states: Any, dates: Any) -> tuple[type, int | None] | None:
        try:
            sco.status_of_many(states, dates, ambiguous="earliest")
        except ShanghaiCoopError as error:
            return type(error), error.position
        return None

    assert outcome(np.array(states), np.array(dates)) == outcome(states, dates)


def test_many_bad_names_in_an_array_read_only_up_to_the_first(
    sco: Organisation, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: every distinct bad name was looked up (with suggestions) before raising."""
    from shanghai_coop import _dataset

    calls: list[object] = []
    key_of = _dataset.Dataset.key_of

    def counting(self: Any, value: Any, *args: Any, **kwargs: Any) -> str:
        calls.append(value)
        return key_of(self, value, *args, **kwargs)

    monkeypatch.setattr(_dataset.Dataset, "key_of", counting)
    names = np.array([f"Bad{i:04d}" for i in range(5000)] + ["IRN"] * 3)
    with pytest.raises(shanghai_coop.UnknownStateError) as info:
        sco.status_of_many(names, "2023-07-04")
    assert info.value.position == 0
    assert len(calls) <= 3
