"""Regression tests: each failing input a tester found, kept so that it stays fixed."""

from __future__ import annotations

import copy
import json
import pathlib
import pickle
import re
from collections.abc import Callable
from typing import Any

import pytest

import shanghai_coop
from conftest import edit_data as _edit
from shanghai_coop import (
    AmbiguousDateError,
    DataError,
    DateValueError,
    InvalidArgumentError,
    MixedScriptError,
    Organisation,
    UnknownStateError,
    errors,
)
from shanghai_coop._load import write_meta
from shanghai_coop.cli import main


def _raise(call: Callable[[], object]) -> Exception:
    with pytest.raises(shanghai_coop.ShanghaiCoopError) as info:
        call()
    return info.value


@pytest.mark.parametrize(
    "call",
    [
        lambda: shanghai_coop.status_of("Saudi Arabia", "2022-09-15"),
        lambda: shanghai_coop.status_of("Iran", "2023-7-4"),
        lambda: shanghai_coop.status_of("Iran", 7),
        lambda: shanghai_coop.resolve("Frnace"),
        lambda: shanghai_coop.resolve("Kаzakhstan"),
        lambda: shanghai_coop.resolve(None),  # type: ignore[arg-type]
        lambda: shanghai_coop.status_of("Iran", "2023-07-04", ambiguous="x"),  # type: ignore[arg-type]
        lambda: Organisation.load("/nonexistent/dir"),
        lambda: shanghai_coop.summit(1990),
    ],
)
def test_every_error_survives_pickle_and_copy(call: Callable[[], object]) -> None:
    """Found: errors raised in a worker process broke multiprocessing pools."""
    error = _raise(call)
    for clone in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):
        assert type(clone) is type(error)
        assert str(clone) == str(error)
        assert clone.__dict__ == error.__dict__


def test_every_error_class_round_trips() -> None:
    samples = [
        errors.UnknownStateError("x", ("France",)),
        errors.MixedScriptError("Kаz", "а", 1, ("Kaz",), "Latin"),
        errors.AmbiguousDateError(
            "SAU",
            shanghai_coop.resolve("Iran").spells[0].start.earliest,
            frozenset(),
            (shanghai_coop.PartialDate("2022").earliest,) * 2,
        ),
        errors.DateTypeError(3.5, "on"),
        errors.DateValueError("x", "why"),
        errors.InvalidArgumentError("a", "b", ("c",)),
        errors.DataError("f.json", ["p"]),
        errors.MissingExtraError("pandas", "pandas"),
        errors.StateTypeError(42),
        errors.UnknownSummitError("none"),
        errors.NotRecordedError("nothing"),
        errors.UnknownSourceError("x", ("y",)),
        errors.UnknownDocumentError("x", ("y",)),
        errors.ArgumentTypeError("year", "2024", "an integer"),
        errors.AmbiguousStateError("Congo", ("COD", "COG"), ("DR Congo", "Congo")),
        errors.FormerStateError("USSR", "soviet-union", "Soviet Union", ("RUS",), ("Russia",)),
    ]
    assert {type(e).__name__ for e in samples} == set(errors.__all__) - {"ShanghaiCoopError"}
    for error in samples:
        assert str(pickle.loads(pickle.dumps(error))) == str(error)


def test_process_pool_gets_the_error(tmp_path: pathlib.Path) -> None:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1) as pool:
        future = pool.submit(shanghai_coop.status_of, "Saudi Arabia", "2022-09-15")
        with pytest.raises(AmbiguousDateError, match="SAU"):
            future.result(timeout=60)


@pytest.mark.parametrize(
    ("name", "script", "suggestion"),
    [
        ("Росcия", "Cyrillic", "Russia"),
        ("Кaзахстан", "Cyrillic", "Kazakhstan"),
        ("Kаzakhstan", "Latin", "Kazakhstan"),
        ("СНN", "Cyrillic", "China"),
    ],
)
def test_mixed_script_names_the_intended_alphabet(name: str, script: str, suggestion: str) -> None:
    with pytest.raises(MixedScriptError, match=f"is not {script} like the rest") as info:
        shanghai_coop.resolve(name)
    assert suggestion in info.value.suggestions


@pytest.mark.parametrize("text", ["２０２３-０７-０４", "٢٠٢٣-٠٧-٠٤", "२०२३-०७-०४"])
def test_non_ascii_digits_are_not_dates(text: str) -> None:
    with pytest.raises(DateValueError):
        shanghai_coop.status_of("Iran", text)


def test_edtf_one_of_set_with_spaces_is_rejected() -> None:
    with pytest.raises(DateValueError):
        shanghai_coop.PartialDate("[2023-07-04, 2023-07-05]")


def test_suggestions_word_by_word_and_trailing_space() -> None:
    with pytest.raises(UnknownStateError) as info:
        shanghai_coop.resolve("Republic of Frnace")
    assert "France" in info.value.suggestions
    assert shanghai_coop.resolve("Iran" + " " * 300).id == "IRN"


def test_long_input_message_is_cut_cleanly() -> None:
    with pytest.raises(UnknownStateError) as info:
        shanghai_coop.resolve("x" * 300)
    assert "'>" not in str(info.value)
    assert "(302 characters)" in str(info.value)


def test_organisation_is_read_only(sco: Organisation) -> None:
    with pytest.raises(AttributeError, match="read-only"):
        sco._id = "S5"
    assert sco.id == "SCO"


@pytest.mark.parametrize("path", [123, b"/tmp", ["a"]])
def test_load_rejects_non_paths(path: object) -> None:
    with pytest.raises(shanghai_coop.ArgumentTypeError, match="path"):
        Organisation.load(path)  # type: ignore[arg-type]


def test_load_rejects_non_string_organisation() -> None:
    with pytest.raises(InvalidArgumentError, match="organisation"):
        Organisation.load(organisation=["SCO"])  # type: ignore[arg-type]


def test_pickled_copy_keeps_an_absolute_path(
    data_copy: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(data_copy.parent)
    org = Organisation.load(data_copy.name)
    blob = pickle.dumps(org)
    monkeypatch.chdir("/")
    assert pickle.loads(blob) == org


@pytest.mark.parametrize(
    ("name", "change", "fragment"),
    [
        (
            "sources.json",
            lambda d: d["sources"][0].update(kind="rumour"),
            "kind: 'rumour' is not one of",
        ),
        (
            "sources.json",
            lambda d: d["sources"][0].update(url="javascript:alert(1)"),
            "url: 'javascript:alert(1)' does not match",
        ),
        ("states.json", lambda d: d["states"][0].update(wikidata="not a qid"), "wikidata"),
        ("states.json", lambda d: d["states"][0]["aliases"].append(""), "should be non-empty"),
        (
            "states.json",
            lambda d: d["states"][0]["names"].update(en_short=""),
            "names.en_short: '' does not match",
        ),
        (
            "organisations.json",
            lambda d: d["organisations"].append(dict(d["organisations"][1])),
            "id 'SCO' is used 2 times",
        ),
        (
            "organisations.json",
            lambda d: d["organisations"][1].update(predecessor="SCO"),
            "its own predecessor",
        ),
        (
            "spells.json",
            lambda d: d["spells"][-1].update(id="SCO/CHN/observer/1999-01-01"),
            "id does not match its content",
        ),
    ],
)
def test_copies_are_checked_against_the_schemas_and_the_linter(
    data_copy: pathlib.Path, name: str, change: Callable[[dict[str, Any]], None], fragment: str
) -> None:
    _edit(data_copy, name, change)
    with pytest.raises(DataError) as info:
        Organisation.load(data_copy)
    assert fragment in "\n".join(info.value.problems)


def test_invalid_as_of_is_a_data_error(data_copy: pathlib.Path) -> None:
    meta = json.loads((data_copy / "_meta.json").read_text(encoding="utf-8"))
    meta["as_of"] = "2026-13-01"
    (data_copy / "_meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(DataError, match=r"_meta\.json: \$\.as_of"):
        Organisation.load(data_copy)


def test_missing_checksum_is_named(data_copy: pathlib.Path) -> None:
    meta = json.loads((data_copy / "_meta.json").read_text(encoding="utf-8"))
    del meta["files"]["spells.json"]
    (data_copy / "_meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(DataError, match=r"no checksum for spells\.json"):
        Organisation.load(data_copy)


@pytest.mark.parametrize(
    "argv",
    [
        ["members", "--on", ""],
        ["rehash", "/nonexistent"],
        ["status"],
        ["status", "Iran", "2023-07-04", "--ambiguous", "foo"],
    ],
)
def test_cli_errors_are_one_line(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code  # type: ignore[assignment]
    _, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith("shanghai-coop: error: ")


def test_cli_rehash_reports_a_bom(
    data_copy: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blob = (data_copy / "states.json").read_bytes()
    (data_copy / "states.json").write_bytes(b"\xef\xbb\xbf" + blob)
    assert main(["rehash", str(data_copy)]) == 2
    assert "byte-order mark" in capsys.readouterr().err


def test_cli_prints_the_parsed_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "Iran", " 2023-07-04 "]) == 0
    assert capsys.readouterr().out.startswith("Iran (IRN) on 2023-07-04: member")


def test_cli_verify(capsys: pytest.CaptureFixture[str], data_copy: pathlib.Path) -> None:
    assert main(["verify"]) == 0
    assert "OK" in capsys.readouterr().out
    (data_copy / "spells.json").write_text("{}", encoding="utf-8")
    assert main(["verify", str(data_copy)]) == 2
    assert "SHA-256" in capsys.readouterr().err


# -- found in a code review ----------------------------------------------------------------


def test_shanghai_five_has_no_sco_offices(sco: Organisation) -> None:
    s5 = sco.predecessor
    assert s5 is not None
    assert s5.terms() == ()
    assert s5.offices() == ()
    assert s5.rosters() == ()
    with pytest.raises(shanghai_coop.NotRecordedError):
        s5.secretary_general("2005-01-01")


def test_panel_codes_a_dissolved_organisation_as_not_existing(sco: Organisation) -> None:
    s5 = sco.predecessor
    assert s5 is not None
    rows = {r["year"]: r for r in s5.country_year(2000, 2003, states=["KAZ"], rule="dec31")}
    assert rows[2000]["cow_igo"] == 1
    assert rows[2001]["cow_igo"] == -1  # dissolved on 15 June 2001
    assert rows[2002]["cow_igo"] == -1
    jan = {r["year"]: r for r in s5.country_year(2001, 2001, states=["KAZ"], rule="jan1")}
    assert jan[2001]["cow_igo"] == 1


def test_backtest_leaves_out_planned_summits(sco: Organisation) -> None:
    statuses = {row.summit.status.value for row in sco.rotation_backtest()}
    assert statuses == {"held"}


def test_status_of_many_empty_and_index_inputs(sco: Organisation) -> None:
    assert sco.status_of_many([], []) == ()
    assert sco.status_of_many([], "2020-01-01") == ()
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    assert len(sco.status_of_many(np.array([], dtype=str), np.array([], "datetime64[D]"))) == 0
    assert len(sco.status_of_many(pd.Series([], dtype=str), "2020-01-01")) == 0
    index = sco.status_of_many(pd.Index(["Iran"]), pd.DatetimeIndex(["2023-07-04"]))
    assert list(index) == [shanghai_coop.Status.MEMBER]


def test_every_bad_file_is_reported_at_once(data_copy: pathlib.Path) -> None:
    (data_copy / "spells.json").write_text("{", encoding="utf-8")
    (data_copy / "summits.json").write_text("[]", encoding="utf-8")
    write_meta(data_copy)
    with pytest.raises(DataError) as info:
        Organisation.load(data_copy)
    text = "\n".join(info.value.problems)
    assert "spells.json" in text
    assert "summits.json" in text


def test_unknown_person_in_councils_names_councils(data_copy: pathlib.Path) -> None:
    _edit(
        data_copy,
        "councils.json",
        lambda d: d["rosters"][0]["entries"][0].update(member="nobody-at-all"),
    )
    with pytest.raises(DataError, match=r"councils\.json: .*unknown person id 'nobody-at-all'"):
        Organisation.load(data_copy)


def test_unknown_source_is_a_typed_key_error(sco: Organisation) -> None:
    with pytest.raises(shanghai_coop.UnknownSourceError) as info:
        sco.source("pajhwok-2012")
    assert isinstance(info.value, KeyError)
    assert "pajhwok-2012-afghanistan" in info.value.suggestions


def test_value_objects_round_trip_through_the_converter(sco: Organisation) -> None:
    dataset = sco._scope.data
    converter = dataset.converter()
    for value in (*dataset.spells(), *dataset.sources(), *sco.categories):
        assert converter.structure(converter.unstructure(value), type(value)) == value
    raw_spells = dataset.raw.records("spells.json")
    assert [converter.unstructure(s) for s in dataset.spells()] == [
        {
            **record,
            "qualifiers": [{**q, "variants": q.get("variants", [])} for q in record["qualifiers"]],
        }
        for record in raw_spells
    ]


# -- found by the second adversarial tester ---------------------------------------------


@pytest.mark.parametrize("year", ["0", "-1", "10000"])
def test_cli_summits_rejects_years_out_of_range(
    capsys: pytest.CaptureFixture[str], year: str
) -> None:
    assert main(["summits", "--year", year]) == 2
    assert f"invalid --year={year}" in capsys.readouterr().err


def test_cli_output_errors_name_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    missing = tmp_path / "no-such-directory" / "x.csv"
    assert main(["export", "summits", "--output", str(missing)]) == 2
    assert str(missing) in capsys.readouterr().err


def test_projection_refuses_another_organisations_summit(sco: Organisation) -> None:
    s5 = sco.predecessor
    assert s5 is not None
    with pytest.raises(InvalidArgumentError, match="S5-CHS-2000"):
        sco.projected_hosts(s5.summit(2000))
    with pytest.raises(shanghai_coop.NotRecordedError, match="Charter"):
        s5.projected_hosts(sco.summit(2024), 3)


@pytest.mark.parametrize("method", ["rotation_backtest", "projected_hosts", "rotation_order"])
def test_charter_rule_is_not_applied_to_the_shanghai_five(sco: Organisation, method: str) -> None:
    s5 = sco.predecessor
    assert s5 is not None
    args: tuple[object, ...] = () if method == "rotation_backtest" else (2000,)
    with pytest.raises(shanghai_coop.NotRecordedError, match="Shanghai Five"):
        getattr(s5, method)(*args)


def test_projection_accepts_numpy_integers(sco: Organisation) -> None:
    np = pytest.importorskip("numpy")
    assert sco.projected_hosts(np.int64(2025)) == sco.projected_hosts(2025)
    with pytest.raises(shanghai_coop.ArgumentTypeError):
        sco.projected_hosts(True)


def test_councils_accept_the_short_forms(sco: Organisation) -> None:
    assert sco.summits(council="state") == sco.summits(council="heads_of_state")
    assert sco.council("government", "2024-01-01") == sco.council(
        "heads_of_government", "2024-01-01"
    )
    with pytest.raises(InvalidArgumentError, match="'state' or 'government'"):
        sco.summits(council="states")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"start": 2020, "end": 2010}, InvalidArgumentError),
        ({"start": 0}, InvalidArgumentError),
        ({"start": 10000}, InvalidArgumentError),
        ({"end": 0}, InvalidArgumentError),
        ({"end": 10000}, InvalidArgumentError),
        ({"end": "2000"}, shanghai_coop.ArgumentTypeError),
        ({"start": "2000"}, shanghai_coop.ArgumentTypeError),
        ({"start": 2000.5}, shanghai_coop.ArgumentTypeError),
        ({"start": True}, shanghai_coop.ArgumentTypeError),
        ({"summits": "no"}, shanghai_coop.ArgumentTypeError),
        ({"ax": "x"}, shanghai_coop.ArgumentTypeError),
    ],
)
def test_plot_timeline_validates_its_arguments(
    sco: Organisation, kwargs: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        sco.plot_timeline(**kwargs)


def test_plot_timeline_keeps_the_first_row_on_top(sco: Organisation) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    _, ax = plt.subplots()
    sco.plot_timeline(ax, start=2000)
    sco.plot_timeline(ax, start=2000)  # drawn twice: the y axis must not flip back
    bottom, top = ax.get_ylim()
    assert bottom > top
    plt.close("all")


def test_cli_timeline_rejects_a_reversed_range(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    pytest.importorskip("matplotlib")
    out = tmp_path / "t.png"
    assert main(["timeline", "--output", str(out), "--start", "2020", "--end", "2010"]) == 2
    assert "start <= end" in capsys.readouterr().err
    for end in ("0", "10000"):
        assert main(["timeline", "--output", str(out), "--end", end]) == 2
        assert "start <= end" in capsys.readouterr().err
    assert not out.exists()


def test_edited_copies_differ_and_pickles_refuse_changed_data(data_copy: pathlib.Path) -> None:
    before = Organisation.load(data_copy)
    blob = pickle.dumps(before)
    _edit(
        data_copy,
        "summits.json",
        lambda d: next(s for s in d["summits"] if s["id"] == "SCO-CHS-2025").update(
            city="Tianjin-EDITED"
        ),
    )
    after = Organisation.load(data_copy)
    assert after.summit(2025).city == "Tianjin-EDITED"
    assert before.summit(2025).city == "Tianjin"
    assert before != after
    assert len({before, after}) == 2
    with pytest.raises(DataError, match="changed since this Organisation was pickled"):
        pickle.loads(blob)
    assert pickle.loads(pickle.dumps(after)) == after


def test_pickled_values_of_a_copy_refuse_changed_data(data_copy: pathlib.Path) -> None:
    copy_ = Organisation.load(data_copy)
    blobs = [pickle.dumps(v) for v in (copy_.resolve("Iran"), copy_.summit(2025), copy_.terms()[0])]
    assert [pickle.loads(b) for b in blobs] == [
        copy_.resolve("Iran"),
        copy_.summit(2025),
        copy_.terms()[0],
    ]
    _edit(data_copy, "states.json", lambda d: d["states"][0].update(note="edited"))
    for blob in blobs:
        with pytest.raises(DataError, match=r"changed since this (state|summit|term) was pickled"):
            pickle.loads(blob)


@pytest.mark.parametrize(
    "states",
    [
        {"Iran", "India"},
        frozenset({"Iran"}),
        {"Iran": 1},
        (s for s in ["Iran", "India"]),
        iter(["Iran"]),
    ],
    ids=["set", "frozenset", "dict", "generator", "iterator"],
)
def test_status_of_many_refuses_unordered_or_one_shot_inputs(
    sco: Organisation, states: Any
) -> None:
    with pytest.raises(shanghai_coop.ArgumentTypeError, match="states"):
        sco.status_of_many(states, "2023-07-04")
    with pytest.raises(shanghai_coop.ArgumentTypeError, match="dates"):
        sco.status_of_many("Iran", iter(["2023-07-04"]))


def test_status_of_many_refuses_misaligned_series(sco: Organisation) -> None:
    pd = pytest.importorskip("pandas")
    with pytest.raises(InvalidArgumentError, match="different indexes"):
        sco.status_of_many(pd.Series(["Iran"], index=[5]), pd.Series(["2023-07-04"], index=[7]))
    same = sco.status_of_many(pd.Series(["Iran"], index=[5]), pd.Series(["2023-07-04"], index=[5]))
    assert list(same.index) == [5]
    assert same.tolist() == [sco.status_of("Iran", "2023-07-04")]


def test_status_of_many_ignores_unused_categories(sco: Organisation) -> None:
    pd = pytest.importorskip("pandas")
    states = pd.Series(
        pd.Categorical(["India", "Iran", "India"], categories=["Narnia", "India", "Iran"])
    )
    assert sco.status_of_many(states, "2023-07-04").tolist() == [
        sco.status_of(s, "2023-07-04") for s in states
    ]
    used = pd.Series(pd.Categorical(["India", "Narnia"], categories=["India", "Narnia"]))
    with pytest.raises(UnknownStateError, match=r"Narnia.*at position 1"):
        sco.status_of_many(used, "2023-07-04")


@pytest.mark.parametrize("kind", ["list", "numpy"])
def test_status_of_many_errors_name_the_position(sco: Organisation, kind: str) -> None:
    states: Any = ["Iran", "India", "Narnia", "Iran"]
    dates: Any = ["2023-07-04", "2023-07-04", "2023-07-04", "2023-7-4"]
    if kind == "numpy":
        np = pytest.importorskip("numpy")
        states = np.array(states)
    with pytest.raises(UnknownStateError, match=r"at position 2\)$"):
        sco.status_of_many(states, "2023-07-04")
    with pytest.raises(DateValueError, match=r"2023-7-4.*at position 3\)$"):
        sco.status_of_many("Iran", dates if kind == "list" else np.array(dates))
    pair: tuple[Any, Any] = (["Iran", "Saudi Arabia"], ["2023-07-04", "2022-09-15"])
    if kind == "numpy":
        pair = (np.array(pair[0]), np.array(pair[1], dtype="datetime64[D]"))
    with pytest.raises(AmbiguousDateError, match=r"at position 1\)$") as info:
        sco.status_of_many(*pair)
    assert info.value.position == 1
    copy = pickle.loads(pickle.dumps(info.value))
    assert (str(copy), copy.position, copy.possible) == (
        str(info.value),
        1,
        info.value.possible,
    )


@pytest.mark.parametrize(
    ("state", "key"),
    [("UZB", [1]), ("CHN", [99999]), ("IND", None)],
    ids=["first", "last", "another-states-key"],
)
def test_linter_checks_collation_keys_against_the_alphabet(
    data_copy: pathlib.Path, state: str, key: list[int] | None
) -> None:
    def change(document: dict[str, Any]) -> None:
        records = {r["state"]: r for r in document["collation"]}
        records[state]["key"] = key if key is not None else records["RUS"]["key"] + [1]

    _edit(data_copy, "collation.json", change)
    with pytest.raises(DataError, match=r"collation\.json: .*against the Russian alphabet"):
        Organisation.load(data_copy)


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: shanghai_coop.country_year(2020, 2021, states=None), "ArgumentTypeError"),  # type: ignore[arg-type]
        (lambda: shanghai_coop.country_year(2020, 2021, states={"a": 1}), "ArgumentTypeError"),
        (lambda: shanghai_coop.country_year(2020, 2021, rule=["jan1"]), "InvalidArgumentError"),  # type: ignore[arg-type]
        (lambda: shanghai_coop.records(["spells"]), "InvalidArgumentError"),  # type: ignore[arg-type]
        (lambda: shanghai_coop.records("summits")["id"], "ArgumentTypeError"),  # type: ignore[call-overload]
        (lambda: shanghai_coop.records("summits").column("city "), "InvalidArgumentError"),
        (lambda: shanghai_coop.PartialDate("2022-09").possibly_before(1), "DateTypeError"),
    ],
)
def test_typed_errors_instead_of_raw_type_errors(call: Callable[[], object], error: str) -> None:
    assert type(_raise(call)).__name__ == error


def test_country_year_accepts_one_state_and_sets(sco: Organisation) -> None:
    india = sco.resolve("India")
    one = sco.country_year(2020, 2021, states=india)
    assert one == sco.country_year(2020, 2021, states=["IND"])
    assert one.column("state") == ("IND", "IND")
    assert sco.country_year(2020, 2021, states="India") == one
    assert sco.country_year(2020, 2021, states="IND") == one
    with pytest.raises(InvalidArgumentError, match="a state's name or code"):
        sco.country_year(2020, 2021, states="participant")
    both = sco.country_year(2020, 2020, states={"Iran", "China"})
    assert both.column("state") == ("CHN", "IRN")


def test_partial_dates_compare_with_any_date_like_value() -> None:
    from datetime import date, datetime

    month = shanghai_coop.PartialDate("2022-09")
    for value in ("2022-09-15", date(2022, 9, 15), datetime(2022, 9, 15, 12)):
        assert month.possibly_before(value)
        assert not month.certainly_before(value)
    assert month.certainly_before(datetime(2022, 10, 1))


def test_table_slices_are_lists_and_columns_are_tuples(sco: Organisation) -> None:
    table = sco.records("summits")
    assert type(table[:2]) is list
    assert table[:2] == [table[0], table[1]]
    assert table.column("id") == tuple(row["id"] for row in table)


def test_panel_size_is_capped(sco: Organisation, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(InvalidArgumentError, match=r"250 states x 9998 years"):
        sco.country_year(1, 9998, states="all")
    assert len(sco.country_year(1, 10, states="all")) == 250 * 10  # ISO 3166-1 and Kosovo
    argv = ["export", "panel", "--states", "all", "--start", "1", "--end", "9998"]
    assert main(argv) == 2
    assert "at most 1,000,000 rows" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (
            lambda d: d["sources"][0].update(published="2030-01-01"),
            "published 2030-01-01, after the data's as_of",
        ),
        (
            lambda d: d["sources"][0].update(accessed="2020-01-01"),
            "accessed 2020-01-01, before the data's as_of",
        ),
        (
            lambda d: d["sources"][1].update(publisher=d["sources"][0]["publisher"].upper()),
            "is spelt '1news.az' elsewhere (one spelling per publisher)",
        ),
    ],
    ids=["published-after-as_of", "read-before-as_of", "publisher-spelt-twice"],
)
def test_linter_checks_source_dates_against_as_of(
    data_copy: pathlib.Path, change: Callable[[dict[str, Any]], None], fragment: str
) -> None:
    _edit(data_copy, "sources.json", change)
    with pytest.raises(DataError, match=re.escape(fragment)):
        Organisation.load(data_copy)


def test_data_files_take_only_full_council_values(data_copy: pathlib.Path) -> None:
    # The short forms are for queries; a data file with one is malformed.
    _edit(data_copy, "summits.json", lambda d: d["summits"][-1].update(council="state"))
    with pytest.raises(DataError, match=r"summits\.json"):
        Organisation.load(data_copy)


# -- found by the third adversarial tester ------------------------------------------------


def _spell(document: dict[str, Any], spell_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(s for s in document["spells"] if s["id"] == spell_id)
    return found


def _office(document: dict[str, Any], office_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(o for o in document["offices"] if o["id"] == office_id)
    return found


def _summit(document: dict[str, Any], summit_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(s for s in document["summits"] if s["id"] == summit_id)
    return found


def _second_qualifier(document: dict[str, Any]) -> None:
    """A second accession process for India, overlapping the one from 2015."""
    observer = _spell(document, "SCO/IND/observer/2005-07-05")
    observer["qualifiers"].append(dict(observer["qualifiers"][0], start="2016-01-01"))


def _split_member_spell(document: dict[str, Any]) -> None:
    spells = document["spells"]
    index = next(i for i, s in enumerate(spells) if s["id"] == "SCO/IRN/member/2023-07-04")
    first = dict(spells[index], end="2024-01-01")
    second = dict(spells[index], start="2024-01-01", id="SCO/IRN/member/2024-01-01")
    spells[index : index + 1] = [first, second]


@pytest.mark.parametrize(
    ("name", "change", "fragment"),
    [
        (
            "spells.json",
            lambda d: _spell(d, "SCO/IRN/member/2023-07-04").update(end="2030-01-01"),
            "end 2030-01-01 is after the data's as_of",
        ),
        (
            "spells.json",
            lambda d: next(s for s in d["spells"] if s["approved"]).update(approved="1200"),
            "approved 1200 is before 1990",
        ),
        (
            "offices.json",
            lambda d: d["terms"][-1].update(end="2028-01-01"),
            "end 2028-01-01 is after the data's as_of",
        ),
        (
            "offices.json",
            lambda d: _office(d, "secretary_general").update(successor="executive_secretary"),
            "successors form a cycle",
        ),
        (
            "offices.json",
            lambda d: _office(d, "rats_director").update(successor="rats_director"),
            "successors form a cycle",
        ),
        (
            "summits.json",
            lambda d: d["summits"][-1].update(number=0),
            "summits.json: $.summits[57].number: 0 is less than the minimum of 1",
        ),
        (
            "summits.json",
            lambda d: _summit(d, "SCO-CHS-2024").update(
                number=_summit(d, "SCO-CHS-2023")["number"]
            ),
            "is used 2 times",
        ),
        (
            "organisations.json",
            lambda d: next(o for o in d["organisations"] if o["id"] == "SCO")["languages"].update(
                codes=["RU", "zh"]
            ),
            "'RU' does not match",
        ),
        (
            "organisations.json",
            lambda d: next(o for o in d["organisations"] if o["id"] == "SCO").update(
                founded="2001-06-20"
            ),
            "starts before SCO was founded",
        ),
        (
            "organisations.json",
            lambda d: next(o for o in d["organisations"] if o["id"] == "S5").update(dissolved=None),
            "has a successor but no dissolution date",
        ),
        ("spells.json", _second_qualifier, "two accession_process qualifiers overlap"),
        ("spells.json", _split_member_spell, "one member spell split in two"),
        (
            "states.json",
            lambda d: d["states"][0].update(cow_code=10**6),
            "1000000 is greater than the maximum of 999",
        ),
    ],
)
def test_linter_refuses_what_the_third_tester_slipped_through(
    data_copy: pathlib.Path,
    name: str,
    change: Callable[[dict[str, Any]], None],
    fragment: str,
) -> None:
    _edit(data_copy, name, change)
    with pytest.raises(DataError, match=re.escape(fragment)):
        Organisation.load(data_copy)


def test_copies_refuse_duplicate_json_keys(data_copy: pathlib.Path) -> None:
    path = data_copy / "summits.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"city": ', '"city": "X", "city": ', 1), encoding="utf-8")
    write_meta(data_copy)
    with pytest.raises(DataError, match="key 'city' appears twice"):
        Organisation.load(data_copy)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda m: m.update(schema_version=True), "schema_version"),
        (lambda m: m["files"].update({"extra.json": "0" * 64}), "'extra.json' is not a data file"),
    ],
)
def test_meta_is_checked_strictly(
    data_copy: pathlib.Path, change: Callable[[dict[str, Any]], None], fragment: str
) -> None:
    meta = json.loads((data_copy / "_meta.json").read_text(encoding="utf-8"))
    change(meta)
    (data_copy / "_meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(DataError, match=re.escape(fragment)):
        Organisation.load(data_copy)


def test_copies_of_an_organisation_do_not_reread_its_directory(data_copy: pathlib.Path) -> None:
    import shutil

    org = Organisation.load(data_copy)
    shutil.rmtree(data_copy)
    assert copy.copy(org) is org
    assert copy.deepcopy(org) is org
    assert org.status_of("Iran", "2024-01-01").value == "member"


def test_qualifier_since_follows_a_qualifier_back(sco: Organisation) -> None:
    partner = sco.membership("Afghanistan", "2026-01-01")
    assert partner is not None
    inactive = partner.qualifiers[0]
    assert str(inactive.start) == "2025-09-01"
    assert str(sco.qualifier_since(partner, inactive)) == "2021-09"
    observer = sco.history("Afghanistan")[0]
    assert sco.qualifier_since(observer, observer.qualifiers[0]) == observer.qualifiers[0].start
    india = sco.history("India")[0]
    process = india.qualifiers[0]
    assert sco.qualifier_since(india, process) == process.start  # nothing before it
    with pytest.raises(InvalidArgumentError, match="qualifier"):
        sco.qualifier_since(partner, process)
    with pytest.raises(InvalidArgumentError, match="spell"):
        sco.predecessor.qualifier_since(partner, inactive)  # type: ignore[union-attr]


# -- found by the fourth review -------------------------------------------------------------


def test_country_year_takes_arrays_of_states(sco: Organisation) -> None:
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    expected = sco.country_year(2020, 2020, states=["IND", "IRN"])
    assert sco.country_year(2020, 2020, states=np.array(["IND", "IRN"])) == expected
    assert sco.country_year(2020, 2020, states=pd.Series(["IND", "IRN"])) == expected


def test_country_year_keeps_suggestions_for_one_unknown_state(sco: Organisation) -> None:
    with pytest.raises(InvalidArgumentError, match="'India'"):
        sco.country_year(2020, 2020, states="Indai")


def test_meta_of_a_copy_refuses_duplicate_keys(data_copy: pathlib.Path) -> None:
    path = data_copy / "_meta.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"as_of": ', '"as_of": "2026-03-10", "as_of": ', 1), "utf-8")
    with pytest.raises(DataError, match="key 'as_of' appears twice"):
        Organisation.load(data_copy)


def test_file_headers_are_compared_with_their_types(data_copy: pathlib.Path) -> None:
    _edit(data_copy, "summits.json", lambda d: d.update(schema_version=True))
    with pytest.raises(DataError, match="schema_version"):
        Organisation.load(data_copy)


def test_qualifiers_meeting_at_a_partial_date_do_not_overlap(data_copy: pathlib.Path) -> None:
    def adjacent(document: dict[str, Any]) -> None:
        spell = _spell(document, "SCO/AFG/observer/2012-06-07")
        first = dict(spell["qualifiers"][0], start="2020-01", end="2021-09")
        spell["qualifiers"].insert(0, first)

    _edit(data_copy, "spells.json", adjacent)
    assert Organisation.load(data_copy).history("Afghanistan")[0].qualifiers[0].end is not None
