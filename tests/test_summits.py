"""Summits of both councils and the rotation rule."""

from __future__ import annotations

import functools
import pathlib
from datetime import date
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import shanghai_coop
from shanghai_coop import (
    Council,
    InvalidArgumentError,
    Organisation,
    Status,
    SummitFormat,
    SummitStatus,
    UnknownSummitError,
)
from strategies import days

SEED_TABLES = pathlib.Path(__file__).parent / "fixtures" / "seed_summit_tables.txt"


def seed_rows() -> list[tuple[str, str]]:
    """(council, row) for every data row of the seed's two summit tables (verbatim copy)."""
    rows = []
    council = ""
    for line in SEED_TABLES.read_text(encoding="utf-8").splitlines():
        if line.startswith("Summits of heads of state"):
            council = "heads_of_state"
        elif line.startswith("Summits of heads of government"):
            council = "heads_of_government"
        elif "|" in line and not line.startswith("---"):
            cells = [cell.strip().strip("_") for cell in line.split("|")]
            rows.append((council, " | ".join(cells)))
    return rows


def test_every_seed_row_is_present_once(sco: Organisation) -> None:
    rows = seed_rows()
    assert len(rows) == 26 + 26
    every = sco.summits(status="held") + sco.summits(status="planned")
    every += sco.summits(status="not_held")
    records = {(s.council.value, s.seed_row): s for s in every if s.seed_row is not None}
    for council, row in rows:
        assert (council, row) in records, row
    assert len(records) == len(rows)


def test_seed_trap_cyrillic_month_is_kept_verbatim_but_parsed(sco: Organisation) -> None:
    bishkek = sco.summit(2023, council="heads_of_government")
    assert bishkek.seed_row is not None
    assert "\u0441" in bishkek.seed_row  # the Cyrillic "с" in "Oсtober"
    assert bishkek.start.earliest == date(2023, 10, 26)


def test_heads_of_state_2024_is_astana_only(sco: Organisation) -> None:
    found = sco.summits(council="heads_of_state", between=("2024-01-01", "2024-12-31"))
    assert [s.id for s in found] == ["SCO-CHS-2024"]
    astana = found[0]
    assert astana.host is not None
    assert (astana.host.id, astana.city) == ("KAZ", "Astana")
    assert (astana.start.earliest, astana.last_day) == (date(2024, 7, 3), date(2024, 7, 4))
    both = sco.summits(between=("2024-01-01", "2024-12-31"))
    assert [s.id for s in both] == ["SCO-CHS-2024", "SCO-CHG-2024"]
    islamabad = sco.summit(2024, council=Council.HEADS_OF_GOVERNMENT)
    assert islamabad.city == "Islamabad"
    assert islamabad.id not in {r.summit.id for r in sco.rotation_backtest()}


def test_year_without_meeting(sco: Organisation) -> None:
    with pytest.raises(UnknownSummitError, match="did not meet in 2002"):
        sco.summit(2002, council="heads_of_government")
    records = sco.summits(council="heads_of_government", status="not_held")
    assert [s.id for s in records] == ["SCO-CHG-2002"]
    assert records[0].host is None
    assert "SCO-CHG-2002" not in {s.id for s in sco.summits()}


def test_videoconferences_have_no_city(sco: Organisation) -> None:
    for year in (2020, 2023):
        s = sco.summit(year)
        assert s.format is SummitFormat.VIDEOCONFERENCE
        assert s.city is None
        assert s.host is not None


def test_planned_and_unknown_are_not_guessed(sco: Organisation) -> None:
    islamabad = sco.summit(2027)
    assert islamabad.host is not None
    assert islamabad.host.id == "PAK"
    # As of the data's as_of, no source read dates it or reports it held.
    assert islamabad.status is SummitStatus.PLANNED
    assert islamabad.start.precision.value == "year"
    # Nothing reports the heads of government's meeting of October 2026 held: it stays planned.
    dushanbe = sco.summit(2026, council="heads_of_government")
    assert dushanbe.status is SummitStatus.PLANNED
    assert str(dushanbe.start) == "2026-10"


def test_overlap_semantics(sco: Organisation) -> None:
    # Inclusive ends: a range ending on a summit's first day includes it.
    assert [
        s.id for s in sco.summits(council="heads_of_state", between=("2025-08-01", "2025-08-31"))
    ] == ["SCO-CHS-2025"]
    assert sco.summits(council="heads_of_state", between=("2025-09-02", "2025-12-31")) == ()
    # A summit known only to the year overlaps any range inside that year.
    assert "SCO-CHS-2027" in [s.id for s in sco.summits(between=("2027-06-01", "2027-06-01"))]


def test_summit_filters_and_errors(sco: Organisation) -> None:
    assert {s.host.id for s in sco.summits(host="Kyrgyzstan") if s.host} == {"KGZ"}
    with pytest.raises(InvalidArgumentError):
        sco.summits(council="heads of state")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError):
        sco.summits(between=("2025-01-01", "2024-01-01"))
    with pytest.raises(InvalidArgumentError):
        sco.summits(status="cancelled")  # type: ignore[arg-type]
    with pytest.raises(shanghai_coop.ArgumentTypeError):
        sco.summit("2024")  # type: ignore[arg-type]

    class Year:  # like numpy.int64: not an int, but an integer through __index__
        def __index__(self) -> int:
            return 2024

    assert sco.summit(Year()).city == "Astana"  # type: ignore[arg-type]
    with pytest.raises(UnknownSummitError, match="no recorded meeting"):
        sco.summit(1990)


def test_shanghai_five_summits(sco: Organisation) -> None:
    s5 = sco.predecessor
    assert s5 is not None
    assert [s.host.id for s in s5.summits() if s.host] == ["CHN", "RUS", "KAZ", "KGZ", "TJK"]


def test_hosts_were_members(sco: Organisation) -> None:
    for org in (sco, sco.predecessor):
        assert org is not None
        for s in org.summits():
            if s.host is not None:
                assert org.status_of(s.host, s.last_day, ambiguous="latest") is Status.MEMBER


def test_one_heads_of_state_summit_a_year(sco: Organisation) -> None:
    years = [s.first_day.year for s in sco.summits(council="heads_of_state")]
    assert len(years) == len(set(years))


# -- rotation ------------------------------------------------------------------------------


def test_rotation_order_2026(sco: Organisation) -> None:
    order = sco.rotation_order("2026-01-01")
    assert [s.names.ru_short for s in order] == [
        "Беларусь",
        "Индия",
        "Иран",
        "Казахстан",
        "Китай",
        "Кыргызстан",
        "Пакистан",
        "Россия",
        "Таджикистан",
        "Узбекистан",
    ]


def test_collation_is_a_real_russian_collation() -> None:
    """The committed keys are pyuca's (UCA/DUCET, CLDR's Russian order): Ё right after Е."""
    import json

    from pyuca.collator import Collator_10_0_0

    from conftest import read_data

    uca = Collator_10_0_0()
    assert sorted(["Ж", "Ё", "Е"], key=uca.sort_key) == ["Е", "Ё", "Ж"]
    assert sorted(["Ёж", "Еж"], key=uca.sort_key) == ["Еж", "Ёж"]
    assert sorted(["Ель", "Ёлка", "Еж"], key=uca.sort_key) == ["Еж", "Ёлка", "Ель"]
    document = json.loads(read_data("collation.json"))
    for record in document["collation"]:
        assert tuple(record["key"]) == uca.sort_key(record["name"]), record["state"]


def test_rotation_follows_collation_not_code_points(data_copy: pathlib.Path) -> None:
    """A member renamed to start with Ё sorts after Е-names and before Ж-names."""
    import json
    import sys

    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "scripts"))
    import update_collation

    from shanghai_coop._load import write_meta

    path = data_copy
    doc = json.loads((path / "states.json").read_text(encoding="utf-8"))
    renames = {"IRN": "Ёран", "IND": "Евразия", "PAK": "Жабистан"}
    for state in doc["states"]:
        if state["id"] in renames:
            state["names"]["ru_short"] = renames[state["id"]]
            state["aliases"] = [a for a in state["aliases"] if a != renames[state["id"]]]
    (path / "states.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    update_collation.write(path)
    write_meta(path)
    org = Organisation.load(path)
    names = [s.names.ru_short for s in org.rotation_order("2026-01-01")]
    assert names.index("Евразия") < names.index("Ёран") < names.index("Жабистан")
    # By code point "Ё" (U+0401) would sort before "Б" (U+0411): not here.
    assert names.index("Беларусь") < names.index("Ёран")


@given(days)
def test_rotation_order_is_a_permutation_of_members(day: date) -> None:
    sco = shanghai_coop.organisation()
    order = sco.rotation_order(day)
    assert sorted(s.id for s in order) == sorted(s.id for s in sco.members(day))


def test_backtest_flags(sco: Organisation) -> None:
    rows = {r.summit.first_day.year: r for r in sco.rotation_backtest()}
    assert rows[2001].followed is None  # the first summit has no predecessor
    deviations = {year for year, row in rows.items() if row.followed is False}
    assert {2002, 2003, 2008, 2009, 2020} <= deviations
    assert rows[2002].predicted is not None
    assert rows[2002].predicted.id == "KGZ"
    assert rows[2020].predicted is not None
    assert rows[2020].predicted.id == "PAK"
    # Iran, admitted at the New Delhi summit of 4 July 2023, takes no part in its hand-over.
    assert rows[2024].followed is True
    assert "IRN" not in rows[2024].order
    assert rows[2025].followed is True
    assert {2005, 2006, 2007, 2011, 2012, 2013, 2017, 2018, 2019, 2021, 2022} <= {
        year for year, row in rows.items() if row.followed
    }


def test_projection_after_2026_is_labelled(sco: Organisation) -> None:
    (projection,) = sco.projected_hosts(after=2026)
    assert projection.is_projection is True
    assert projection.year == 2027
    assert projection.host.id == "PAK"
    assert projection.basis.id == "SCO-CHS-2026"
    assert "Russian alphabetical order" in projection.rule
    # The announcement of the real host is recorded separately, as a planned summit.
    assert projection.recorded is not None
    assert projection.recorded.status is SummitStatus.PLANNED
    assert isinstance(projection, shanghai_coop.Projection)
    assert isinstance(projection.recorded, shanghai_coop.Summit)
    assert not isinstance(projection, shanghai_coop.Summit)


@given(days)
def test_projections_never_name_a_non_member(day: date) -> None:
    sco = shanghai_coop.organisation()
    recorded = [s for s in sco.summits(council="heads_of_state") if s.first_day <= day]
    if not recorded:
        return
    basis = recorded[-1]
    for projection in sco.projected_hosts(basis, count=12):
        assert sco.status_of(projection.host, basis.last_day) is Status.MEMBER


def test_projection_arguments(sco: Organisation) -> None:
    assert sco.projected_hosts("SCO-CHS-2025")[0].host.id == "KGZ"
    with pytest.raises(InvalidArgumentError):
        sco.projected_hosts(2026, count=0)
    with pytest.raises(InvalidArgumentError):
        sco.projected_hosts("SCO-CHG-2024")
    with pytest.raises(shanghai_coop.ArgumentTypeError):
        sco.projected_hosts(3.5)
    with pytest.raises(UnknownSummitError):
        sco.projected_hosts(1999)


@functools.cache
def _uca() -> Any:
    from pyuca.collator import Collator_10_0_0

    return Collator_10_0_0()


_CYRILLIC_NAMES = st.text(
    alphabet="АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя -.'Ab1",
    min_size=1,
    max_size=12,
)


@example("-", " Ё")  # found: spaces and hyphens are ordered by the collation, not alike
@example("Ан Б", "АнА")
@given(_CYRILLIC_NAMES, _CYRILLIC_NAMES)
def test_the_linters_alphabet_check_agrees_with_pyuca(a: str, b: str) -> None:
    """The linter's check of collation keys never flags a pair that pyuca orders."""
    from shanghai_coop._lint_records import _against_alphabet

    first, second = sorted([a, b], key=_uca().sort_key)
    assert not _against_alphabet(first, second)


def test_the_alphabet_check_catches_letters_out_of_order() -> None:
    from shanghai_coop._lint_records import _against_alphabet

    assert _against_alphabet("Узбекистан", "Индия")
    assert _against_alphabet("Ёж", "Дом")  # Ё counts as Е, after Д
    assert not _against_alphabet("Еж", "Ёж")
    assert not _against_alphabet("Индия", "Иран")


def _deviations(sco: Organisation, reading: str, admitted: bool) -> dict[int, str | None]:
    rows = sco.rotation_backtest(reading, admitted)  # type: ignore[arg-type]
    assert {(r.reading, r.admitted) for r in rows} == {(reading, admitted)}
    return {
        r.summit.first_day.year: (r.predicted.id if r.predicted else None)
        for r in rows
        if r.followed is False
    }


def test_backtest_readings_differ_on_the_year_after_a_swap(sco: Organisation) -> None:
    handover = _deviations(sco, "handover", False)
    cycle = _deviations(sco, "cycle", False)
    # Tajikistan and Russia swapped 2008/09 and 2014/15: both readings flag the pair ...
    for year in (2008, 2009, 2014, 2015):
        assert year in handover
        assert year in cycle
    # ... the hand-over reading also flags the year after, the cycle reading does not.
    assert {2010, 2016} <= set(handover)
    assert not {2010, 2016} & set(cycle)
    assert set(handover) - set(cycle) == {2010, 2016}


def test_backtest_counts_iran_in_2024_only_when_admitted_states_count(sco: Organisation) -> None:
    for reading in ("handover", "cycle"):
        assert 2024 not in _deviations(sco, reading, False)
        assert _deviations(sco, reading, True)[2024] == "IRN"
    default = sco.rotation_backtest()
    assert {(r.reading, r.admitted) for r in default} == {("handover", False)}


def test_backtest_refuses_unknown_readings(sco: Organisation) -> None:
    with pytest.raises(shanghai_coop.InvalidArgumentError, match="reading"):
        sco.rotation_backtest("alphabet")  # type: ignore[arg-type]
    with pytest.raises(shanghai_coop.InvalidArgumentError, match="admitted"):
        sco.rotation_backtest("cycle", "yes")  # type: ignore[arg-type]


def test_cli_backtest_says_which_reading(capsys: pytest.CaptureFixture[str]) -> None:
    from shanghai_coop.cli import main

    assert main(["rotation", "--backtest", "--reading", "cycle", "--admitted"]) == 0
    out = capsys.readouterr().out
    assert "reading: cycle; a state admitted at the hand-over summit counted" in out
