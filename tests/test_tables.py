"""Records, frames, panels, bulk look-ups, notebook display, charts and exports."""

from __future__ import annotations

import csv
import importlib
import io
import json
import pathlib
import sys
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import shanghai_coop
from conftest import belarus_observer_in_2015, edit_data
from shanghai_coop import (
    AmbiguousDateError,
    DateValueError,
    InvalidArgumentError,
    MissingExtraError,
    Organisation,
    Status,
)
from shanghai_coop.cli import main
from shanghai_coop.tables import COLUMNS, RecordKind, Rule
from strategies import days, state_keys

SNAPSHOT = pathlib.Path(__file__).parent / "snapshots" / "columns.json"
KINDS: list[RecordKind] = [
    "spells",
    "states",
    "summits",
    "terms",
    "relations",
    "applications",
    "rosters",
]


def test_column_snapshot() -> None:
    """The columns are public API: a change must be a decision (UPDATE_SNAPSHOTS=1)."""
    import os

    current = {kind: list(columns) for kind, columns in COLUMNS.items()}
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(json.dumps(current, indent=1) + "\n", encoding="utf-8")
    assert json.loads(SNAPSHOT.read_text(encoding="utf-8")) == current


@pytest.mark.parametrize("kind", KINDS)
def test_records_have_the_documented_columns(sco: Organisation, kind: RecordKind) -> None:
    table = sco.records(kind)
    assert len(table) > 0
    assert table.columns == COLUMNS[kind]
    for row in table:
        assert tuple(row) == COLUMNS[kind]
        for column, value in row.items():
            if column.endswith(("_earliest", "_latest")) and value is not None:
                assert date.fromisoformat(value).isoformat() == value
    assert table.meta["data_version"] == sco.data_version
    assert repr(table).startswith(f"<Table {kind}: ")


def test_rows_are_copies(sco: Organisation) -> None:
    table = sco.records("spells")
    row = table[0]
    row["status"] = "tampered"
    assert table[0]["status"] != "tampered"
    with pytest.raises(TypeError):
        table.meta["data_version"] = "x"  # type: ignore[index]


def test_records_rejects_unknown_kind(sco: Organisation) -> None:
    with pytest.raises(InvalidArgumentError, match="kind"):
        sco.records("people")  # type: ignore[arg-type]


# -- panels -------------------------------------------------------------------------------


def test_panel_one_row_per_participant_and_year(sco: Organisation) -> None:
    panel = shanghai_coop.country_year(1996, 2026)
    participants = {s.id for s in sco.states if s.spells}
    assert len(panel) == len(participants) * 31
    assert {(r["state"], r["year"]) for r in panel} == {
        (state, year) for state in participants for year in range(1996, 2027)
    }
    assert panel.meta["rule"] == "jan1"
    assert "1 January" in panel.meta["rule_text"]


@pytest.mark.parametrize(("rule", "month", "day"), [("jan1", 1, 1), ("dec31", 12, 31)])
def test_panel_matches_status_of_on_the_reference_day(
    sco: Organisation, rule: Rule, month: int, day: int
) -> None:
    panel = sco.country_year(1996, 2026, rule=rule)
    for row in panel:
        reference = date(row["year"], month, day)
        assert row["status"] == sco.status_of(row["state"], reference, ambiguous="earliest")
        assert row["uncertain"] == (len(sco.possible_statuses(row["state"], reference)) > 1)


def test_panel_cow_codes_and_shanghai_five(sco: Organisation) -> None:
    rows = {(r["state"], r["year"]): r for r in sco.country_year(1996, 2002, rule="jan1")}
    assert rows[("KAZ", 1998)]["cow_igo"] == -1  # the SCO did not exist
    assert rows[("KAZ", 1998)]["shanghai_five"] == "member"
    assert rows[("KAZ", 2001)]["cow_igo"] == -1  # not on 1 January 2001
    assert rows[("KAZ", 2002)]["cow_igo"] == 1
    dec = {(r["state"], r["year"]): r for r in sco.country_year(2001, 2001, rule="dec31")}
    assert dec[("KAZ", 2001)]["cow_igo"] == 1
    obs = {(r["state"], r["year"]): r for r in sco.country_year(2010, 2010)}
    assert obs[("MNG", 2010)]["cow_igo"] == 3
    assert obs[("LKA", 2010)]["cow_igo"] == 0  # dialogue partner: no COW code


def test_panel_rules_inside_a_year(sco: Organisation) -> None:
    # Iran: observer until 2023-07-03 (184 days), member from 2023-07-04 (181 days).
    def status(rule: Rule) -> str:
        (row,) = sco.country_year(2023, 2023, states=["Iran"], rule=rule)
        return str(row["status"])

    assert status("jan1") == "observer"
    assert status("dec31") == "member"
    assert status("any") == "member"
    assert status("majority") == "observer"
    # India 2017: member from 9 June: 206 of 365 days.
    (india,) = sco.country_year(2017, 2017, states=["IND"], rule="majority")
    assert india["status"] == "member"
    # Mongolia 2025: partner from 1 September, observer before: the majority is observer.
    (mongolia,) = sco.country_year(2025, 2025, states=["MNG"], rule="majority")
    assert mongolia["status"] == "observer"


def test_panel_transition_on_1_january_and_31_december(data_copy: pathlib.Path) -> None:
    from shanghai_coop._load import write_meta

    doc = json.loads((data_copy / "spells.json").read_text(encoding="utf-8"))
    for spell in doc["spells"]:
        if spell["state"] == "BLR" and spell["status"] == "observer":
            spell["start"] = "2015-01-01"
            spell["id"] = "SCO/BLR/observer/2015-01-01"
        if spell["state"] == "BLR" and spell["status"] == "dialogue_partner":
            spell["end"] = "2015-01-01"
        if spell["state"] == "LKA" and spell["status"] == "dialogue_partner":
            spell["start"] = "2010-12-31"
            spell["id"] = "SCO/LKA/dialogue_partner/2010-12-31"
    (data_copy / "spells.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    write_meta(data_copy)
    org = Organisation.load(data_copy)

    def by(state: str, rule: Rule) -> dict[int, str]:
        return {r["year"]: r["status"] for r in org.country_year(2009, 2016, [state], rule)}

    assert by("BLR", "jan1")[2015] == "observer"  # the new status holds on the transition day
    assert by("BLR", "dec31")[2014] == "dialogue_partner"
    assert by("BLR", "majority")[2015] == "observer"
    assert by("LKA", "jan1")[2010] == "none"
    assert by("LKA", "dec31")[2010] == "dialogue_partner"  # a partner on 31 December only
    assert by("LKA", "any")[2010] == "dialogue_partner"
    assert by("LKA", "majority")[2010] == "none"
    assert by("LKA", "jan1")[2011] == "dialogue_partner"


def test_panel_flags_uncertain_years(data_copy: pathlib.Path) -> None:
    edit_data(data_copy, "spells.json", belarus_observer_in_2015)
    org = Organisation.load(data_copy)
    rows = {r["year"]: r for r in org.country_year(2014, 2016, ["BLR"], "jan1")}
    assert rows[2015]["uncertain"] is True
    assert rows[2015]["possible"] == "dialogue_partner|observer"
    assert rows[2015]["status"] == "observer"  # ambiguous="earliest"
    late = {r["year"]: r for r in org.country_year(2015, 2015, ["BLR"], "jan1", "latest")}
    assert late[2015]["status"] == "dialogue_partner"
    assert rows[2014]["uncertain"] is False
    assert rows[2016]["uncertain"] is False
    majority = {r["year"]: r for r in org.country_year(2015, 2015, ["BLR"], "majority")}
    assert majority[2015]["uncertain"] is True


def test_panel_every_iso_country(sco: Organisation) -> None:
    panel = sco.country_year(2020, 2020, states="all")
    assert len(panel) == 250  # the 249 countries of ISO 3166-1, and Kosovo
    france = [r for r in panel if r["state"] == "FRA"]
    assert france[0]["status"] == "none"
    assert france[0]["cow_code"] == 220  # every state in the COW system has its code
    assert [r["cow_code"] for r in panel if r["state"] in ("ABW", "XKX")] == [None, 347]


def test_panel_rejects_non_integer_years(sco: Organisation) -> None:
    with pytest.raises(shanghai_coop.ArgumentTypeError, match="start"):
        sco.country_year("1999", 2000)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"start": 2000, "end": 1999},
        {"start": 1999, "end": 2000, "rule": "mode"},
        {"start": 1999, "end": 2000, "ambiguous": "raise"},
        {"start": 1999, "end": 2000, "states": "members"},
    ],
)
def test_panel_errors(sco: Organisation, kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidArgumentError):
        sco.country_year(**kwargs)


# -- bulk look-ups -------------------------------------------------------------------------


@given(st.lists(st.tuples(state_keys, days), min_size=1, max_size=40))
def test_status_of_many_agrees_with_status_of(pairs: list[tuple[str, date]]) -> None:
    sco = shanghai_coop.organisation()
    states = [p[0] for p in pairs]
    dates = [p[1] for p in pairs]
    expected = [sco.status_of(s, d, ambiguous="earliest") for s, d in pairs]
    assert list(sco.status_of_many(states, dates, ambiguous="earliest")) == expected
    iso = [d.isoformat() for d in dates]
    assert list(sco.status_of_many(states, iso, ambiguous="latest")) == [
        sco.status_of(s, d, ambiguous="latest") for s, d in pairs
    ]


@given(st.lists(st.tuples(state_keys, days), min_size=1, max_size=40))
def test_status_of_many_with_numpy_and_pandas(pairs: list[tuple[str, date]]) -> None:
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    sco = shanghai_coop.organisation()
    states = [p[0] for p in pairs]
    dates = [p[1] for p in pairs]
    expected = [sco.status_of(s, d, ambiguous="earliest") for s, d in pairs]
    array = sco.status_of_many(
        np.array(states), np.array(dates, dtype="datetime64[D]"), ambiguous="earliest"
    )
    assert list(array) == expected
    series = sco.status_of_many(pd.Series(states), pd.Series(dates), ambiguous="earliest")
    assert list(series) == expected


@given(
    st.lists(
        st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=6),
        min_size=1,
        max_size=60,
    ),
    st.sampled_from([16, 1]),
)
def test_factorisation_of_string_arrays(values: list[str], slots: int) -> None:
    """Every element maps to its own value, whatever the width; two slots force a sort."""
    np = pytest.importorskip("numpy")
    from shanghai_coop import _bulk_blocks

    array = np.array(values)
    saved = _bulk_blocks._SLOT_BITS
    _bulk_blocks._SLOT_BITS = slots
    try:
        distinct, inverse = _bulk_blocks._factorize(array, len(values), np, False, 0)
    finally:
        _bulk_blocks._SLOT_BITS = saved
    assert [distinct[i] for i in inverse] == list(array)
    assert len(set(distinct)) == len(distinct) == len(set(array.tolist()))


@given(
    st.lists(
        st.text(alphabet=st.characters(max_codepoint=127), min_size=0, max_size=3),
        min_size=1,
        max_size=80,
    )
)
def test_factorisation_of_short_ascii_arrays(values: list[str]) -> None:
    """Up to three ASCII characters (ISO codes) are numbered exactly, NUL and empty included."""
    np = pytest.importorskip("numpy")
    from shanghai_coop import _bulk_blocks

    array = np.array(values)
    if array.dtype.itemsize // 4 > 3:
        return  # numpy made it wider than three characters: another path
    distinct, inverse = _bulk_blocks._factorize(array, len(values), np, False, 0)
    assert [distinct[i] for i in inverse] == array.tolist()
    assert len(set(distinct)) == len(distinct) == len(set(array.tolist()))


def test_names_take_the_vectorised_path(sco: Organisation) -> None:
    """Real names and codes are numbered without the per-element fallback.

    An even hash base made strings longer than four characters hash alike (wrapping), so
    every array of names fell back to one Python step per element, 4.5 times slower.
    """
    np = pytest.importorskip("numpy")
    from shanghai_coop import _bulk_blocks

    countries = sco._scope.data.raw.records("countries.json")
    for column in ("name", "alpha3", "alpha2"):
        values = [c[column] for c in countries] * 3
        found = _bulk_blocks._factorize_strings(np.array(values), len(values), np)
        assert found is not None, column
        distinct, inverse = found
        assert [distinct[i] for i in inverse] == values


def test_status_of_many_shapes_and_errors(sco: Organisation) -> None:
    assert sco.status_of_many("Iran", ["2023-07-03", "2023-07-04"]) == (
        Status.OBSERVER,
        Status.MEMBER,
    )
    assert sco.status_of_many(["Iran", "India"], "2020-01-01") == (Status.OBSERVER, Status.MEMBER)
    with pytest.raises(AmbiguousDateError):
        sco.status_of_many(["Saudi Arabia"], ["2022-09-15"])
    with pytest.raises(InvalidArgumentError, match="equal length"):
        sco.status_of_many(["Iran", "India"], ["2020-01-01"])
    with pytest.raises(InvalidArgumentError):
        sco.status_of_many("Iran", "2020-01-01")
    with pytest.raises(shanghai_coop.StateTypeError):
        sco.status_of_many([["Iran"]], ["2020-01-01"])  # type: ignore[list-item]


def test_status_of_many_numpy_and_pandas_shapes(sco: Organisation) -> None:
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    series = sco.status_of_many(pd.Series(["Iran"], index=["x"]), "2023-07-04")
    assert list(series.index) == ["x"]
    assert series.dtype == "category"
    categorical = pd.Series(["Iran", "India", "Iran"], dtype="category")
    assert list(sco.status_of_many(categorical, "2020-01-01")) == [
        Status.OBSERVER,
        Status.MEMBER,
        Status.OBSERVER,
    ]
    with pytest.raises(AmbiguousDateError):
        sco.status_of_many(np.array(["Saudi Arabia"]), np.array(["2022-09-15"], "datetime64[D]"))
    with pytest.raises(DateValueError, match="NaT"):
        sco.status_of_many(["Iran"], np.array(["NaT"], dtype="datetime64[D]"))
    with pytest.raises(DateValueError, match="week"):
        sco.status_of_many(["Iran"], np.array(["2020-01-01"], dtype="datetime64[W]"))
    with pytest.raises(DateValueError, match="0001-9999"):
        sco.status_of_many(["Iran"], np.array(["12000-01-01"], dtype="datetime64[D]"))
    with pytest.raises(shanghai_coop.UnknownStateError):
        sco.status_of_many(np.array(["Iran", "Atlantis"]), "2020-01-01")


def test_status_of_many_hash_collision_guard(sco: Organisation) -> None:
    np = pytest.importorskip("numpy")

    # Many distinct names (codes and names mixed) through the vectorised factorisation.
    names = np.array([s.id for s in sco.states] + [s.name for s in sco.states] * 3)
    result = sco.status_of_many(names, "2024-07-04")
    assert list(result) == [sco.status_of(n, "2024-07-04") for n in names]


# -- frames --------------------------------------------------------------------------------


def test_to_pandas_dtypes(sco: Organisation) -> None:
    pd = pytest.importorskip("pandas")
    frame = sco.to_pandas("spells")
    assert isinstance(frame["status"].dtype, pd.CategoricalDtype)
    assert list(frame["status"].cat.categories) == [s.value for s in Status]
    assert str(frame["start_earliest"].dtype).startswith("datetime64")
    assert frame.attrs["data_version"] == sco.data_version
    panel = sco.country_year(2000, 2001).to_pandas()
    assert str(panel["year"].dtype) == "Int64"
    assert str(panel["uncertain"].dtype) == "boolean"
    assert shanghai_coop.to_pandas("summits").shape[0] == len(sco.records("summits"))


def test_to_polars_dtypes(sco: Organisation) -> None:
    pl = pytest.importorskip("polars")
    frame = sco.to_polars("summits")
    assert frame.schema["start_earliest"] == pl.Date
    assert isinstance(frame.schema["council"], pl.Enum)
    assert frame.height == len(sco.records("summits"))
    assert shanghai_coop.to_polars("terms").height == len(sco.terms())


@pytest.mark.parametrize(
    ("module", "extra", "call"),
    [
        ("pandas", "pandas", lambda: shanghai_coop.to_pandas("spells")),
        ("polars", "polars", lambda: shanghai_coop.to_polars("spells")),
        ("matplotlib", "plot", lambda: shanghai_coop.plot_timeline()),
    ],
)
def test_missing_extras_name_the_extra(
    monkeypatch: pytest.MonkeyPatch, module: str, extra: str, call: Any
) -> None:
    for name in [m for m in sys.modules if m == module or m.startswith(module + ".")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(MissingExtraError, match=rf"shanghai_coop\[{extra}\]") as info:
        call()
    assert isinstance(info.value, ImportError)


# -- CSV and JSON --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_csv_round_trip(sco: Organisation, kind: RecordKind) -> None:
    table = sco.records(kind)
    text = table.to_csv()
    assert text.splitlines()[0] == ",".join(COLUMNS[kind])  # no comment line before it
    back = list(csv.DictReader(io.StringIO(text)))
    assert len(back) == len(table)
    for original, read in zip(table, back, strict=True):
        assert {k: "" if v is None else str(v) for k, v in original.items()} == read


def test_csv_round_trip_through_pandas(sco: Organisation, tmp_path: pathlib.Path) -> None:
    pd = pytest.importorskip("pandas")
    path = tmp_path / "panel.csv"
    table = sco.country_year(2015, 2017)
    table.to_csv(str(path))
    frame = pd.read_csv(path)
    assert list(frame.columns) == list(table.columns)
    assert len(frame) == len(table)
    assert list(frame["status"]) == [r["status"] for r in table]
    assert list(frame["uncertain"]) == [r["uncertain"] for r in table]  # true/false: bools


def test_json_export(sco: Organisation, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "terms.json"
    sco.records("terms").to_json(str(path))
    rows = json.loads(path.read_text(encoding="utf-8"))
    assert rows == list(sco.records("terms"))
    assert list(rows[0]) == list(COLUMNS["terms"])
    assert len(rows) == len(sco.terms())


# -- display and charts --------------------------------------------------------------------


def test_short_reprs_and_html(sco: Organisation) -> None:
    iran = sco.resolve("Iran")
    assert repr(iran) == "<MemberState IRN Iran>"
    assert "Иран" in iran._repr_html_()
    assert repr(sco.history("Iran")[-1]) == "<Membership SCO IRN member 2023-07-04..open>"
    summit = sco.summit(2024)
    assert "Astana" in summit._repr_html_()
    term = sco.secretary_general("2020-06-01")
    assert term is not None
    assert "Vladimir Norov" in term._repr_html_()
    assert "Shanghai Cooperation Organisation" in sco._repr_html_()
    assert "<table>" in sco.records("states")._repr_html_()


def test_plot_timeline_renders(sco: Organisation, tmp_path: pathlib.Path) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    ax = sco.plot_timeline()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    participants = [s for s in sco.states if sco.history(s)]
    assert len(labels) == len(participants)
    assert labels[:6] == ["China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan"]
    spells = sum(len(s.spells) for s in participants)
    assert len(ax.patches) >= spells
    path = tmp_path / "timeline.png"
    ax.figure.savefig(path, dpi=60)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert path.stat().st_size > 10_000
    import matplotlib.pyplot as plt

    plt.close("all")


def test_cli_timeline_and_export(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    pytest.importorskip("matplotlib")
    svg = tmp_path / "timeline.svg"
    assert main(["timeline", "--output", str(svg)]) == 0
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert main(["timeline", "--output", str(tmp_path / "x.gif")]) == 2
    capsys.readouterr()
    assert main(["export", "panel", "--start", "2016", "--end", "2017", "--rule", "dec31"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("state,iso_alpha2,")
    target = tmp_path / "spells.json"
    assert main(["export", "spells", "--format", "json", "--output", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))[0]["organisation"] == "SCO"
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert package["resources"][0]["shanghai_coop"]["kind"] == "spells"


def test_the_documented_csv_recipe_keeps_namibia(sco: Organisation) -> None:
    pd = pytest.importorskip("pandas")
    import io

    table = sco.country_year(2020, 2020, states="all")
    frame = pd.read_csv(io.StringIO(table.to_csv()), keep_default_na=False, na_values=[""])
    assert frame.loc[frame.state == "NAM", "iso_alpha2"].tolist() == ["NA"]
    assert frame["state"].tolist() == list(table.column("state"))


def test_a_timeline_window_draws_only_what_was_held(sco: Organisation) -> None:
    # Regression: --start 2022 --end 2022 drew member and partner bands for states that held
    # no status that year, and open spells with negative widths.
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    mdates: Any = importlib.import_module("matplotlib.dates")
    ax = sco.plot_timeline(start=2022, end=2022, shanghai_five=False)
    first, after = mdates.date2num(date(2022, 1, 1)), mdates.date2num(date(2023, 1, 1))
    bars = [p for p in ax.patches if hasattr(p, "get_width") and p.get_height() == 0.7]
    assert bars
    for bar in bars:
        assert bar.get_width() > 0
        assert first <= bar.get_x()
        assert bar.get_x() + bar.get_width() <= after
    shown = {t.get_text() for t in ax.get_yticklabels()}
    held = {
        s.name
        for s in sco.states
        if any(
            sp.start.earliest <= date(2022, 12, 31)
            and (sp.end is None or sp.end.latest > date(2022, 1, 1))
            for sp in sco.history(s)
        )
    }
    assert shown == held
    assert "Laos" not in shown  # a partner only from 2025
    plt.close("all")
