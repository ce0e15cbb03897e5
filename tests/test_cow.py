"""The COW convention of panels, and nothing after ``as_of`` that looks observed.

The comparison with the published COW IGO v3 ``sco`` column needs the COW file (see
tests/cow.py: found above the checkout, or named by ``SHANGHAI_COOP_COW_FILE``); the
other tests need nothing.
"""

from __future__ import annotations

import typing
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cow import cow_rows
from shanghai_coop import ArgumentTypeError, InvalidArgumentError, Organisation
from shanghai_coop.tables import RULES, Rule

#: The states the ids branch must code (every state of COW's 2014 system); until then the
#: data codes the 36 SCO-related states only and the coverage tests are skipped.
_ALL_CODED = 150


def _cow_panel(sco: Organisation, first: int, last: int, **kwargs: Any) -> dict[Any, Any]:
    panel = sco.country_year(first, last, states="all", convention="cow", **kwargs)
    out: dict[tuple[int, int], Any] = {}
    for row in panel:
        if row["cow_code"] is not None:
            assert (row["cow_code"], row["year"]) not in out, "two states share a COW code"
            out[(row["cow_code"], row["year"])] = row["cow_igo"]
    return out


# -- against the published COW file ---------------------------------------------------------


def test_cow_convention_equals_the_cow_file_cell_for_cell(sco: Organisation) -> None:
    rows = cow_rows()
    ours = _cow_panel(sco, 1816, 2014)
    compared = [(c, y, v) for c, y, v in rows if (c, y) in ours]
    differ = [(c, y, v, ours[(c, y)]) for c, y, v in compared if ours[(c, y)] != v]
    assert differ == []
    # Every state the data codes, in every year COW lists it: at least the 27 states that
    # took part in the SCO or the Shanghai Five by 2014, and the 9 later ones.
    participants = {c for c, _, v in rows if v == 1}
    assert participants <= {c for c, _ in ours}
    assert len([r for r in compared if 1996 <= r[1] <= 2014]) >= 36 * 19


def test_every_state_of_the_cow_file_has_a_code(sco: Organisation) -> None:
    rows = cow_rows()
    ours = _cow_panel(sco, 1996, 2014)
    if len({c for c, _ in ours}) < _ALL_CODED:
        pytest.skip("COW codes for every state arrive with the identifiers work (branch ids)")
    missing = sorted({(c, y) for c, y, _ in rows if 1996 <= y <= 2014} - set(ours))
    assert missing == []


@pytest.mark.parametrize("rule", ["any", "dec31", "majority"])
def test_the_rules_that_reproduce_cow(sco: Organisation, rule: str) -> None:
    rows = cow_rows()
    ours = _cow_panel(sco, 1996, 2014, rule=rule)
    assert [(c, y) for c, y, v in rows if (c, y) in ours and ours[(c, y)] != v] == []


def test_jan1_does_not_reproduce_cow(sco: Organisation) -> None:
    """COW codes the founders in 1996 and Uzbekistan in 2001: "jan1" cannot."""
    rows = cow_rows()
    ours = _cow_panel(sco, 1996, 2014, rule="jan1")
    differ = {(c, y) for c, y, v in rows if (c, y) in ours and ours[(c, y)] != v}
    assert (704, 2001) in differ
    assert (365, 1996) in differ


def test_left_merging_a_cow_panel_loses_no_cell(sco: Organisation) -> None:
    """The analyst's merge: a COW ccode-year panel, left-merged onto the package's panel."""
    pd = pytest.importorskip("pandas")
    rows = cow_rows()
    theirs = pd.DataFrame(
        [(c, y) for c, y, _ in rows if 1996 <= y <= 2014], columns=["ccode", "year"]
    )
    panel = sco.country_year(1996, 2014, states="all", convention="cow").to_pandas()
    if panel["cow_code"].nunique() < _ALL_CODED:
        pytest.skip("COW codes for every state arrive with the identifiers work (branch ids)")
    merged = theirs.merge(
        panel, how="left", left_on=["ccode", "year"], right_on=["cow_code", "year"]
    )
    assert len(merged) == len(theirs)
    assert int(merged["status"].isna().sum()) == 0
    assert int(merged["cow_igo"].isna().sum()) == 0


# -- the convention's rules, without the file -------------------------------------------------


def test_the_shanghai_five_counts_as_the_sco(sco: Organisation) -> None:
    rows = {
        (r["state"], r["year"]): r
        for r in sco.country_year(1995, 2002, states=["KAZ", "UZB"], convention="cow")
    }
    assert rows[("KAZ", 1995)]["cow_igo"] == -1  # neither organisation existed
    assert [rows[("KAZ", y)]["cow_igo"] for y in range(1996, 2003)] == [1] * 7
    assert [rows[("UZB", y)]["cow_igo"] for y in range(1996, 2003)] == [0] * 5 + [1] * 2
    assert rows[("KAZ", 1998)]["status"] == "none"  # the status column stays the SCO's
    native = {(r["state"], r["year"]): r for r in sco.country_year(1996, 2002, states=["KAZ"])}
    assert native[("KAZ", 1998)]["cow_igo"] == -1


def test_observers_are_coded_only_when_asked(sco: Organisation) -> None:
    def code(**kwargs: Any) -> int:
        (row,) = sco.country_year(2010, 2010, states=["Mongolia"], **kwargs)
        return int(row["cow_igo"])

    assert code(convention="cow") == 0  # COW codes no observers
    assert code(convention="cow", observers=True) == 3
    assert code() == 3
    assert code(observers=False) == 0
    (partner,) = sco.country_year(2025, 2025, ["Mongolia"], "dec31", convention="cow")
    assert partner["status"] == "partner"
    assert partner["cow_igo"] == 0


def test_convention_errors(sco: Organisation) -> None:
    with pytest.raises(InvalidArgumentError, match="convention"):
        sco.country_year(2000, 2001, convention="COW")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match="observers"):
        sco.country_year(2000, 2001, observers="yes")  # type: ignore[arg-type]
    s5 = Organisation.load(organisation="S5")
    with pytest.raises(InvalidArgumentError, match="SCO only"):
        s5.country_year(1996, 2000, convention="cow")
    assert s5.country_year(1996, 1996).meta["convention"] == "native"


def test_default_rule_follows_the_convention(sco: Organisation) -> None:
    assert sco.country_year(2000, 2000).meta["rule"] == "jan1"
    assert sco.country_year(2000, 2000, convention="cow").meta["rule"] == "any"
    assert sco.country_year(2000, 2000, rule="dec31", convention="cow").meta["rule"] == "dec31"


def test_the_cow_series_agrees_under_its_rules_up_to_as_of(sco: Organisation) -> None:
    """The default "any" is a choice: "dec31" gives the same cells up to as_of.

    "majority" codes neither Iran in 2023 nor Belarus in 2024 a member (both joined on
    4 July).
    """
    last = sco.as_of.year - 1

    def cells(rule: Rule) -> dict[tuple[str, int], int]:
        panel = sco.country_year(1996, last, convention="cow", rule=rule)
        return {(r["state"], r["year"]): r["cow_igo"] for r in panel}

    assert cells("any") == cells("dec31")
    majority, any_ = cells("majority"), cells("any")
    assert {k for k in any_ if any_[k] != majority[k]} == {("IRN", 2023), ("BLR", 2024)}


# -- nothing after as_of looks observed ------------------------------------------------------


@pytest.mark.parametrize("rule", list(RULES))
@pytest.mark.parametrize("convention", ["native", "cow"])
def test_rows_past_as_of_are_marked(sco: Organisation, rule: Rule, convention: str) -> None:
    as_of = sco.as_of
    panel = sco.country_year(
        as_of.year - 2,
        as_of.year + 4,
        states="all",
        rule=rule,
        convention=convention,  # type: ignore[arg-type]
    )
    for row in panel:
        reference = date(row["year"], 1, 1) if rule == "jan1" else date(row["year"], 12, 31)
        assert row["carried_forward"] is (reference > as_of)
        assert (row["cow_igo"] == -9) is row["carried_forward"]
        assert f"data {sco.data_version}," in row["provenance"]
    assert {r["carried_forward"] for r in panel if r["year"] > as_of.year} == {True}


def test_the_issue_example_no_longer_looks_observed(sco: Organisation) -> None:
    rows = [r for r in sco.country_year(2025, 2030) if r["year"] >= 2027]
    assert rows
    assert all(r["carried_forward"] and r["cow_igo"] == -9 for r in rows)


@given(
    st.integers(1990, 2040),
    st.integers(0, 5),
    st.sampled_from(typing.get_args(Rule)),
    st.sampled_from(["native", "cow"]),
)
def test_carried_forward_property(first: int, span: int, rule: Rule, convention: str) -> None:
    import shanghai_coop

    sco = shanghai_coop.organisation()
    panel = sco.country_year(
        first,
        first + span,
        states=["Iran", "France"],
        rule=rule,
        convention=convention,  # type: ignore[arg-type]
    )
    for row in panel:
        day = date(row["year"], 1, 1) if rule == "jan1" else date(row["year"], 12, 31)
        assert row["carried_forward"] == (day > sco.as_of)
        assert (row["cow_igo"] == -9) == row["carried_forward"]
        if not row["carried_forward"]:
            assert row["cow_igo"] in (-1, 0, 1, 3)


def test_provenance_survives_a_pandas_merge(sco: Organisation) -> None:
    import shanghai_coop

    pd = pytest.importorskip("pandas")
    panel = sco.country_year(2020, 2021, states=["India", "Iran"]).to_pandas()
    theirs = pd.DataFrame({"iso3": ["IND", "IRN"], "year": [2020, 2021], "gdp": [1.0, 2.0]})
    merged = theirs.merge(panel, left_on=["iso3", "year"], right_on=["state", "year"])
    assert merged.attrs == {}  # what pandas does: attrs do not survive
    (line,) = set(merged["provenance"])
    assert (
        line
        == f"shanghai_coop {shanghai_coop.__version__} (data {sco.data_version}, as of {sco.as_of})"
    )
