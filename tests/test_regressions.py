"""Regression tests: each failing input a tester found, kept so that it stays fixed."""

from __future__ import annotations

import copy
import json
import pathlib
import pickle
from collections.abc import Callable
from typing import Any

import pytest

import shanghai_coop
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
        errors.ArgumentTypeError("year", "2024", "an integer"),
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


def _edit(path: pathlib.Path, name: str, change: Callable[[dict[str, Any]], None]) -> None:
    document = json.loads((path / name).read_text(encoding="utf-8"))
    change(document)
    (path / name).write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    write_meta(path)


@pytest.mark.parametrize(
    ("name", "change", "fragment"),
    [
        ("sources.json", lambda d: d["sources"][0].update(kind="rumour"), "kind 'rumour'"),
        (
            "sources.json",
            lambda d: d["sources"][0].update(url="javascript:alert(1)"),
            "not an http(s) address",
        ),
        ("states.json", lambda d: d["states"][0].update(wikidata="not a qid"), "wikidata"),
        ("states.json", lambda d: d["states"][0]["aliases"].append(""), "empty string"),
        ("states.json", lambda d: d["states"][0]["names"].update(en_short=""), "en_short is empty"),
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
def test_linter_applies_the_schema_rules(
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
