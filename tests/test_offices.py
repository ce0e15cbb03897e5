"""Offices, terms, councils and the organisation's own record."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given

import shanghai_coop
from shanghai_coop import (
    AmbiguousDateError,
    InvalidArgumentError,
    NotRecordedError,
    Organisation,
    Precision,
    Status,
)
from shanghai_coop.cli import main
from strategies import days


def test_done_when(sco: Organisation) -> None:
    norov = sco.secretary_general("2020-06-01")
    assert norov is not None
    assert norov.holder.name == "Vladimir Norov"
    yermekbayev = sco.secretary_general("2025-03-01")
    assert yermekbayev is not None
    assert yermekbayev.holder.name == "Nurlan Yermekbayev"
    zhang = sco.secretary_general("2005-01-01")
    assert zhang is not None
    assert zhang.holder.name == "Zhang Deguang"
    assert zhang.office.id == "executive_secretary"
    assert zhang.office.en == "Executive Secretary"
    sysoev = sco.rats_director("2017-01-01")
    assert sysoev is not None
    assert sysoev.holder.name == "Yevgeniy Sysoev"
    roster = sco.council("heads_of_state", on="2024-07-04")
    assert roster.as_of.earliest == date(2024, 7, 4)
    assert roster.sources
    assert len(roster.entries) == 10


def test_module_level_functions() -> None:
    term = shanghai_coop.secretary_general("2020-06-01")
    assert term is not None
    assert term.holder.name == "Vladimir Norov"
    assert shanghai_coop.council("heads_of_government", "2023-01-01").as_of.earliest == date(
        2022, 11, 1
    )
    assert [t.office.id for t in shanghai_coop.terms("rats_director")] == ["rats_director"] * 8


def test_before_the_offices_existed(sco: Organisation) -> None:
    assert sco.secretary_general("2003-01-01") is None
    assert sco.rats_director("2004-01-01") is None


def test_year_precision_boundary_is_ambiguous(sco: Organisation) -> None:
    # Kasymov "2004-2006", Subanov "2007-2009": the hand-over is dated to 2007 only.
    with pytest.raises(AmbiguousDateError) as info:
        sco.rats_director("2007-06-01")
    assert info.value.transition == (date(2007, 1, 1), date(2007, 12, 31))
    assert info.value.window == (date(2007, 1, 1), date(2007, 12, 30))
    holders = {t.holder.name for t in info.value.possible if t is not None}
    assert holders == {"Vyacheslav Kasymov", "Myrzakan Subanov"}
    early = sco.rats_director("2007-06-01", ambiguous="earliest")
    late = sco.rats_director("2007-06-01", ambiguous="latest")
    assert early is not None
    assert late is not None
    assert early.holder.name == "Myrzakan Subanov"
    assert late.holder.name == "Vyacheslav Kasymov"
    # Outside the window the answer is exact; on the transition's last day it has happened.
    assert sco.rats_director("2006-06-01").holder.name == "Vyacheslav Kasymov"  # type: ignore[union-attr]
    assert sco.rats_director("2007-12-31").holder.name == "Myrzakan Subanov"  # type: ignore[union-attr]
    assert len(sco.possible_holders("rats_director", "2007-06-01")) == 2


def test_month_precision_boundary(sco: Organisation) -> None:
    # Nurgaliyev until January 2010 (month), Imanaliev from January 2010.
    with pytest.raises(AmbiguousDateError):
        sco.secretary_general("2010-01-15")
    assert sco.secretary_general("2010-01-31").holder.name == "Muratbek Imanaliev"  # type: ignore[union-attr]


@given(days)
def test_every_day_has_one_holder_or_a_declared_ambiguity(day: date) -> None:
    sco = shanghai_coop.organisation()
    for office in ("secretary_general", "rats_director"):
        possible = sco.possible_holders(office, day)
        assert possible
        early = sco.holder(office, day, ambiguous="earliest")
        late = sco.holder(office, day, ambiguous="latest")
        assert early in possible
        assert late in possible
        if len(possible) == 1:
            assert sco.holder(office, day) is early
        else:
            with pytest.raises(AmbiguousDateError):
                sco.holder(office, day)


@given(days)
def test_holder_agrees_with_the_terms(day: date) -> None:
    sco = shanghai_coop.organisation()
    term = sco.holder("rats_director", day, ambiguous="earliest")
    certain = [
        t
        for t in sco.terms("rats_director")
        if t.start.latest <= day and (t.end is None or day < t.end.earliest)
    ]
    if certain:
        assert term == certain[0]


def test_terms_do_not_overlap_and_states_were_members(sco: Organisation) -> None:
    for office in ("secretary_general", "rats_director"):
        terms = sco.terms(office)
        for before, after in pairwise(terms):
            assert before.end is not None
            assert before.end.latest <= after.start.latest
        for term in terms:
            if term.state is not None:
                assert sco.status_of(term.state, term.start.latest) is Status.MEMBER


def test_council_never_presents_more_than_it_is(sco: Organisation) -> None:
    later = sco.council("heads_of_state", on="2025-01-01")
    assert later.basis == "gallery"
    assert later.as_of.earliest == date(2024, 7, 28)
    assert "gallery" in later.id
    with pytest.raises(NotRecordedError, match="the earliest is of 2008-08-28"):
        sco.council("heads_of_state", on="2008-08-27")
    with pytest.raises(InvalidArgumentError):
        sco.council("politburo", on="2024-07-04")  # type: ignore[arg-type]


def test_council_records_who_attended(sco: Organisation) -> None:
    roster = sco.council("heads_of_state", on="2024-07-04")
    by_state = {e.state.id: e for e in roster.entries}
    assert by_state["IRN"].member.name == "Mohammad Mokhber"
    assert [v.value for v in by_state["IRN"].variants] == ["masoud-pezeshkian"]
    assert by_state["IND"].member.name == "Narendra Modi"
    assert by_state["IND"].represented_by is not None
    government = sco.council("heads_of_government", on="2022-11-01")
    assert {e.state.id: e.member.name for e in government.entries}["CHN"] == "Li Keqiang"
    assert [x.state.id for x in government.excluded] == ["BLR"]


def test_organisation_record(sco: Organisation) -> None:
    assert sco.names == {
        "en": "Shanghai Cooperation Organisation",
        "ru": "Шанхайская организация сотрудничества",
        "zh": "上海合作组织",
    }
    assert sco.abbreviation == "SCO"
    assert sco.founded.earliest == date(2001, 6, 15)
    assert sco.charter is not None
    assert sco.charter.in_force.earliest == date(2003, 9, 19)
    assert sco.official_languages == ("ru", "zh")
    assert [h.state.id for h in sco.headquarters] == ["CHN", "UZB"]
    assert len(sco.bodies) == 7
    assert sco.wikidata == "Q485207"
    s5 = sco.predecessor
    assert s5 is not None
    assert s5.charter is None
    assert s5.terms() == ()


def test_relations_guests_applications(sco: Organisation) -> None:
    relations = {r.id: r for r in sco.relations()}
    assert relations["ASEAN"].start.earliest == date(2005, 4, 21)
    assert relations["UN"].start.earliest == date(2004, 12, 2)
    guests = sco.guests()
    assert [g.state.id for g in guests if g.state is not None] == ["TKM"]
    applications = sco.applications()
    assert all(a.state is not None for a in applications)
    kinds = {a.kind for a in applications}
    assert kinds == {"application", "interest"}
    # An application is an event: it changes no status.
    assert sco.status_of("Israel", "2020-01-01") is Status.NONE


def test_bad_office(sco: Organisation) -> None:
    with pytest.raises(InvalidArgumentError, match="office"):
        sco.holder("president", "2020-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="office"):
        sco.terms("president")  # type: ignore[arg-type]


def test_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["who", "secretary_general", "--on", "2005-01-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Executive Secretary on 2005-01-01: Zhang Deguang, China")
    assert main(["who", "rats_director", "--on", "2010-03-01"]) == 2
    assert "--ambiguous" in capsys.readouterr().err
    assert main(["terms", "--office", "secretary_general"]) == 0
    assert "Nurlan Yermekbayev" in capsys.readouterr().out
    assert main(["council", "state", "--on", "2024-07-04"]) == 0
    out = capsys.readouterr().out
    assert "as recorded on 2024-07-04" in out
    assert "Mohammad Mokhber" in out
    assert main(["council", "government", "--on", "2023-01-01"]) == 0
    assert "left out: Belarus" in capsys.readouterr().out
    assert main(["council", "state", "--on", "2008-01-01"]) == 2
    assert "no roster" in capsys.readouterr().err


def test_range_boundaries_close_at_the_earliest_attested_day(sco: Organisation) -> None:
    # Dzhumanbekov: seed year 2010, in office in April 2010; Mirzaev: his predecessor's
    # mandate ran to 31 December 2021, and he was in office on 22 April 2022.
    for day, before, after, last in (
        ("2010-03-01", "Myrzakan Subanov", "Dzhenisbek Dzhumanbekov", date(2010, 4, 30)),
        ("2022-03-01", None, "Ruslan Mirzaev", date(2022, 4, 22)),
    ):
        with pytest.raises(AmbiguousDateError) as info:
            sco.rats_director(day)
        assert info.value.transition[1] == last
        assert {t.holder.name if t else None for t in info.value.possible} == {before, after}
        late = sco.rats_director(day, ambiguous="latest")
        assert (late.holder.name if late else None) == before
        # From the first attested day on, the successor holds the office without doubt.
        on_last = sco.rats_director(last)
        assert on_last is not None
        assert on_last.holder.name == after
    term = sco.rats_director("2022-11-01")
    assert term is not None
    assert term.start.precision is Precision.RANGE
    assert [v.value for v in term.variants] == ["2022"]
