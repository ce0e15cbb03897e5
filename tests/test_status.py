from __future__ import annotations

import itertools
import pathlib
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import shanghai_coop
from conftest import belarus_observer_in_2015, edit_data
from shanghai_coop import (
    AmbiguousDateError,
    DateTypeError,
    DateValueError,
    InvalidArgumentError,
    Organisation,
    Status,
    UnknownStateError,
)
from strategies import days, same_day_inputs, state_keys

M, OBS, D, P, N = (
    Status.MEMBER,
    Status.OBSERVER,
    Status.DIALOGUE_PARTNER,
    Status.PARTNER,
    Status.NONE,
)


@pytest.mark.parametrize(
    ("state", "on", "expected"),
    [
        ("Iran", "2023-07-03", OBS),
        ("Iran", "2023-07-04", M),
        ("Iran", "2005-07-04", N),
        ("Iran", "2005-07-05", OBS),
        ("Pakistan", date(2016, 1, 1), OBS),
        ("Pakistan", "2017-06-08", OBS),
        ("Pakistan", "2017-06-09", M),
        ("Kazakhstan", "1998-01-01", N),
        ("China", "2001-06-14", N),
        ("China", "2001-06-15", M),
        ("France", "2020-01-01", N),
        ("Belarus", "2010-04-27", N),
        ("Belarus", "2010-04-28", D),
        ("Belarus", "2015-07-09", D),
        ("Belarus", "2015-07-10", OBS),
        ("Belarus", "2024-07-04", M),
        ("Mongolia", "2025-08-31", OBS),
        ("Mongolia", "2025-09-01", P),
        ("Türkiye", "2013-04-26", D),
        ("Turkey", "2013-04-25", N),
        ("Laos", "2025-08-31", N),
        ("Laos", "2025-09-01", P),
        ("Turkmenistan", "2020-01-01", N),
        ("Afghanistan", "2023-01-01", OBS),
        ("Kuwait", "2023-05-05", D),
        ("Kuwait", "2023-05-04", N),
        # After the data's as_of date the answer is the last known state of affairs.
        ("Iran", "2035-01-01", M),
    ],
)
def test_status_of(state: str, on: object, expected: Status) -> None:
    assert shanghai_coop.status_of(state, on) is expected


def test_shanghai_five_is_its_own_organisation(sco: Organisation) -> None:
    s5 = sco.predecessor
    assert s5 is not None
    assert s5.id == "S5"
    assert s5.successor is not None
    assert s5.successor.id == "SCO"
    assert s5.status_of("Kazakhstan", "1998-01-01") is M
    assert sco.status_of("Kazakhstan", "1998-01-01") is N
    assert s5.status_of("Kazakhstan", "1996-04-25") is N
    assert s5.status_of("Kazakhstan", "1996-04-26") is M
    assert s5.status_of("Kazakhstan", "2001-06-15") is N
    assert s5.status_of("Uzbekistan", "2001-06-13") is N
    assert s5.status_of("Uzbekistan", "2001-06-14") is M
    assert [s.id for s in s5.members("1999-01-01")] == ["CHN", "KAZ", "KGZ", "RUS", "TJK"]


def test_member_counts(sco: Organisation) -> None:
    assert len(sco.members("2001-06-14")) == 0
    assert len(sco.members("2001-06-15")) == 6
    assert len(sco.members("2017-06-09")) == 8
    assert len(sco.members("2023-07-04")) == 9
    assert len(sco.members("2024-07-04")) == 10
    assert len(shanghai_coop.members(on="2024-07-04")) == 10


def test_partner_merger(sco: Organisation) -> None:
    assert sco.observers("2025-09-01") == ()
    assert sco.dialogue_partners("2025-09-01") == ()
    assert len(sco.observers("2025-08-31")) == 2
    assert len(sco.dialogue_partners("2025-08-31")) == 14
    assert len(sco.partners("2025-09-01")) == 17


def test_month_precision_transition_is_ambiguous(sco: Organisation) -> None:
    # Saudi Arabia's dialogue partnership is dated to September 2022 only.
    with pytest.raises(AmbiguousDateError) as info:
        sco.status_of("Saudi Arabia", "2022-09-15")
    error = info.value
    assert error.possible == {D, N}
    assert error.transition == (date(2022, 9, 1), date(2022, 9, 30))
    assert error.window == (date(2022, 9, 1), date(2022, 9, 29))
    assert error.state == "SAU"
    assert error.on == date(2022, 9, 15)
    assert isinstance(error, ValueError)
    assert sco.status_of("Saudi Arabia", "2022-09-15", ambiguous="earliest") is D
    assert sco.status_of("Saudi Arabia", "2022-09-15", ambiguous="latest") is N
    assert sco.possible_statuses("Saudi Arabia", "2022-09-15") == {D, N}
    # Outside the window every answer is exact.
    assert sco.status_of("Saudi Arabia", "2022-08-31") is N
    assert sco.status_of("Saudi Arabia", "2022-09-30") is D
    assert sco.possible_statuses("Saudi Arabia", "2022-09-30") == {D}


def test_year_precision_transition(data_copy: pathlib.Path) -> None:
    # The seed's year-only date for Belarus's observer status, loaded from a user's copy.
    edit_data(data_copy, "spells.json", belarus_observer_in_2015)
    org = Organisation.load(data_copy)
    with pytest.raises(AmbiguousDateError) as info:
        org.status_of("Belarus", "2015-03-01")
    assert info.value.possible == {D, OBS}
    assert info.value.window == (date(2015, 1, 1), date(2015, 12, 30))
    assert org.status_of("Belarus", "2015-03-01", ambiguous="earliest") is OBS
    assert org.status_of("Belarus", "2015-03-01", ambiguous="latest") is D
    assert org.status_of("Belarus", "2014-12-31") is D
    assert org.status_of("Belarus", "2015-12-31") is OBS
    with pytest.raises(AmbiguousDateError):
        org.observers("2015-06-01")
    assert [s.id for s in org.observers("2015-06-01", ambiguous="latest")] == [
        "AFG",
        "IND",
        "IRN",
        "MNG",
        "PAK",
    ]


def test_membership_and_qualifiers(sco: Organisation) -> None:
    spell = sco.membership("India", "2016-01-01")
    assert spell is not None
    assert spell.status is OBS
    assert [q.kind.value for q in spell.qualifiers_on("2016-01-01")] == ["accession_process"]
    assert spell.qualifiers_on("2015-07-09") == ()
    assert sco.membership("France", "2020-01-01") is None
    afghan = sco.membership("Afghanistan", "2022-01-01")
    assert afghan is not None
    assert [q.kind.value for q in afghan.qualifiers_on("2022-01-01")] == ["inactive"]


def test_history_is_sorted_and_contiguous(sco: Organisation) -> None:
    for state in sco.states:
        spells = sco.history(state)
        assert list(spells) == sorted(spells, key=lambda s: s.start.earliest)
        for before, after in itertools.pairwise(spells):
            assert before.end == after.start


def test_errors(sco: Organisation) -> None:
    with pytest.raises(UnknownStateError):
        sco.status_of("Atlantis", "2020-01-01")
    with pytest.raises(DateValueError):
        sco.status_of("Iran", "2020")
    with pytest.raises(DateTypeError):
        sco.status_of("Iran", 2020)
    with pytest.raises(InvalidArgumentError, match="ambiguous"):
        sco.status_of("Iran", "2020-01-01", ambiguous="first")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="status"):
        sco.with_status("none", "2020-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="status"):
        sco.with_status("full member", "2020-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="organisation"):
        Organisation.load(organisation="NATO")
    with pytest.raises(KeyError):
        sco.source("no-such-source")


@given(state_keys, days)
def test_every_day_has_one_status_or_a_declared_ambiguity(state: str, day: date) -> None:
    sco = shanghai_coop.organisation()
    possible = sco.possible_statuses(state, day)
    assert possible
    early = sco.status_of(state, day, ambiguous="earliest")
    late = sco.status_of(state, day, ambiguous="latest")
    assert early in possible
    assert late in possible
    if len(possible) == 1:
        assert sco.status_of(state, day) is early is late
    else:
        with pytest.raises(AmbiguousDateError) as info:
            sco.status_of(state, day)
        assert info.value.possible == possible
        low, high = info.value.window
        assert low <= day <= high
        # Both ends of the window are uncertain days.
        assert len(sco.possible_statuses(state, low)) > 1
        assert len(sco.possible_statuses(state, high)) > 1


@given(days)
def test_members_agree_with_status_of(day: date) -> None:
    sco = shanghai_coop.organisation()
    for status in (M, OBS, D, P):
        listed = {s.id for s in sco.with_status(status, day, ambiguous="earliest")}
        expected = {
            s.id for s in sco.states if sco.status_of(s, day, ambiguous="earliest") is status
        }
        assert listed == expected


@given(state_keys, days, st.data())
def test_date_input_types_agree(state: str, day: date, data: st.DataObject) -> None:
    sco = shanghai_coop.organisation()
    value = data.draw(same_day_inputs(day))
    assert sco.possible_statuses(state, value) == sco.possible_statuses(state, day)


@given(state_keys, days)
def test_tables_agree_with_spells(state: str, day: date) -> None:
    """The precomputed tables and a direct reading of the spells give the same answers."""
    sco = shanghai_coop.organisation()
    for org in (sco, sco.predecessor):
        assert org is not None
        certain = [
            s
            for s in org.history(state)
            if s.start.latest <= day and (s.end is None or day < s.end.earliest)
        ]
        possible = {
            s.status
            for s in org.history(state)
            if s.start.earliest <= day and (s.end is None or day < s.end.latest)
        }
        if certain:
            assert org.status_of(state, day) is certain[0].status
        else:
            assert possible <= org.possible_statuses(state, day)


def test_before_the_sco_nobody_had_a_status(sco: Organisation) -> None:
    day = date(1990, 1, 1)
    while day < date(2001, 6, 15):
        assert sco.members(day) == ()
        assert sco.observers(day) == ()
        day += timedelta(days=97)


# -- answer: the status with what it rests on ------------------------------------------------


def test_answer_agrees_with_the_single_queries(sco: Organisation) -> None:
    for state, day in [("Iran", "2023-07-04"), ("India", "2016-01-01"), ("France", "2020-01-01")]:
        found = sco.answer(state, day)
        assert found.status is sco.status_of(state, day)
        assert found.possible == sco.possible_statuses(state, day)
        assert found.spell == sco.membership(state, day)
        assert found.state == sco.resolve(state)


def test_answer_says_when_it_is_carried_forward(sco: Organisation) -> None:
    after = sco.as_of + timedelta(days=1)
    assert sco.answer("Iran", sco.as_of).carried_forward is False
    assert sco.answer("Iran", after).carried_forward is True
    assert sco.answer("Iran", after).as_of == sco.as_of


def test_a_qualifier_with_a_month_start_is_possible_in_that_month(sco: Organisation) -> None:
    # Afghanistan's inactivity began in September 2021 (month precision): inside that month
    # it is possible, never dropped; from October it is certain.
    inside = sco.answer("Afghanistan", "2021-09-10")
    assert inside.qualifiers == ()
    assert [q.kind.value for q in inside.possible_qualifiers] == ["inactive"]
    later = sco.answer("Afghanistan", "2021-10-01")
    assert [q.kind.value for q in later.qualifiers] == ["inactive"]
    assert later.possible_qualifiers == ()


def test_answer_raises_inside_a_window_unless_told(sco: Organisation) -> None:
    with pytest.raises(shanghai_coop.AmbiguousDateError):
        sco.answer("Saudi Arabia", "2022-09-20")
    found = sco.answer("Saudi Arabia", "2022-09-20", ambiguous="earliest")
    assert found.status is Status.DIALOGUE_PARTNER
    assert found.possible == {Status.DIALOGUE_PARTNER, Status.NONE}
