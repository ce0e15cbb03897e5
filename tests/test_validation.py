"""The schemas are the one statement of the formats; faults in data are always about data.

* A user's copy is validated against the shipped JSON Schemas (``load(path)``, ``verify``).
* The linter checks only what crosses records, and a test keeps it and the schemas apart.
* A fault in the installed data comes out as a ``DataError`` naming file, record and field,
  never as an enum ``ValueError`` or a date error that blames the caller.
* The module-level shortcuts have their methods' signatures, so they cannot drift.
"""

from __future__ import annotations

import enum
import inspect
import json
import pathlib
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import shanghai_coop
from conftest import edit_data
from shanghai_coop import DataError, Organisation
from shanghai_coop._dataset import Dataset
from shanghai_coop._lint import lint
from shanghai_coop._load import read
from shanghai_coop._validate import schema
from shanghai_coop.cli import main

# -- a user's copy: the schemas --------------------------------------------------------------


def _spaceship_and_nobody(data_copy: pathlib.Path) -> None:
    def change(document: dict[str, Any]) -> None:
        sco = next(o for o in document["organisations"] if o["id"] == "SCO")
        sco["guests"][0]["kind"] = "spaceship"
        sco["relations"][0]["party"] = "nobody"

    edit_data(data_copy, "organisations.json", change)


def test_load_refuses_what_the_schema_refuses(data_copy: pathlib.Path) -> None:
    _spaceship_and_nobody(data_copy)
    with pytest.raises(DataError) as info:
        Organisation.load(data_copy)
    problems = "\n".join(info.value.problems)
    assert "organisations.json: $.organisations[1].guests[0].kind: 'spaceship'" in problems
    assert "organisations.json: $.organisations[1].relations[0].party: 'nobody'" in problems
    assert "(record 'SCO')" in problems
    assert str(data_copy) in str(info.value)


def test_verify_refuses_what_the_schema_refuses(
    data_copy: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", str(data_copy)]) == 0
    capsys.readouterr()
    _spaceship_and_nobody(data_copy)
    assert main(["verify", str(data_copy)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "$.organisations[1].guests[0].kind: 'spaceship' is not one of" in err


def test_a_copy_without_jsonschema_names_the_extra(
    data_copy: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema", None)  # as if not installed
    with pytest.raises(shanghai_coop.MissingExtraError, match=r"shanghai_coop\[validate\]"):
        Organisation.load(data_copy)


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda d: d["sources"][0].update(publisher=None), "None is not of type 'string'"),
        (lambda d: d["sources"][0].pop("form"), "'form' is a required property"),
        (lambda d: d["sources"][0].update(kind="news"), "'news' is not one of"),
    ],
    ids=["no-publisher", "no-form", "former-kind"],
)
def test_every_source_has_a_publisher_a_grade_and_a_form(
    data_copy: pathlib.Path, change: Callable[[dict[str, Any]], None], says: str
) -> None:
    edit_data(data_copy, "sources.json", change)
    with pytest.raises(DataError, match=says):
        Organisation.load(data_copy)


# -- the linter checks only what crosses records -------------------------------------------


@pytest.mark.parametrize(
    ("file", "change", "schema_says"),
    [
        ("states.json", lambda d: d["states"][0].update(wikidata="Q0"), "does not match"),
        ("identifiers.json", lambda d: d["identifiers"][0].update(cow_code=1000), "maximum of 999"),
        ("sources.json", lambda d: d["sources"][0].update(title="  "), "does not match"),
        ("sources.json", lambda d: d["sources"][0].update(publisher="  "), "does not match"),
        ("summits.json", lambda d: d["summits"][0].update(number=0), "minimum of 1"),
    ],
)
def test_a_rule_about_one_value_lives_in_the_schema_only(
    data_copy: pathlib.Path,
    file: str,
    change: Callable[[dict[str, Any]], None],
    schema_says: str,
) -> None:
    edit_data(data_copy, file, change)
    with pytest.raises(DataError, match=schema_says):
        Organisation.load(data_copy)
    # The linter, which has no such rule, passes the very same data.
    data = Dataset(read(data_copy, verify=True))
    data.check()
    assert lint(data) == []


@pytest.mark.parametrize(
    ("file", "change", "linter_says"),
    [
        (
            "spells.json",
            lambda d: d["spells"][-1].update(state="FRA"),
            "is not in states.json",
        ),
        (
            "states.json",
            lambda d: d["states"][0].update(iso_alpha2="ZZ"),
            "differ from countries.json",
        ),
    ],
)
def test_a_rule_across_records_lives_in_the_linter_only(
    data_copy: pathlib.Path,
    file: str,
    change: Callable[[dict[str, Any]], None],
    linter_says: str,
) -> None:
    edit_data(data_copy, file, change)
    from shanghai_coop._validate import validate

    validate(read(data_copy, verify=True))  # the schemas accept it ...
    with pytest.raises(DataError, match=linter_says):  # ... the linter does not
        Organisation.load(data_copy)


def _schema_enums(node: object, path: str = "$") -> Iterator[tuple[str, frozenset[object]]]:
    if isinstance(node, dict):
        if "enum" in node:
            yield path, frozenset(node["enum"])
        for key, value in node.items():
            yield from _schema_enums(value, f"{path}.{key}")
    elif isinstance(node, list):
        for value in node:
            yield from _schema_enums(value, path)


# Each closed set of the model, and where the schemas state it.
MODEL_SETS: dict[str, tuple[type[enum.Enum], frozenset[object]]] = {
    "status": (shanghai_coop.Status, frozenset({shanghai_coop.Status.NONE.value})),
    "applied_for": (shanghai_coop.Status, frozenset({shanghai_coop.Status.NONE.value})),
    "council": (shanghai_coop.Council, frozenset()),
    "kind": (shanghai_coop.QualifierKind, frozenset()),
    "format": (shanghai_coop.SummitFormat, frozenset()),
}


#: The closed sets of documents.json (its "kind" is a document's kind).
DOCUMENT_SETS: dict[str, tuple[type[enum.Enum], frozenset[object]]] = {
    "kind": (shanghai_coop.DocumentKind, frozenset()),
    "step": (shanghai_coop.AccessionStepKind, frozenset()),
}


@pytest.mark.parametrize(
    "file",
    ["spells.json", "summits.json", "councils.json", "organisations.json", "documents.json"],
)
def test_the_schemas_enumerate_the_models_closed_sets(file: str) -> None:
    checked = 0
    for path, values in _schema_enums(schema(file)):
        field = path.rsplit(".", 1)[-1]
        if file == "documents.json":
            if field in DOCUMENT_SETS:
                enum_class, _ = DOCUMENT_SETS[field]
                assert values == {m.value for m in enum_class}, path
                checked += 1
            continue
        if field not in MODEL_SETS or (field == "kind" and "qualifiers" not in path):
            continue
        if field == "status" and file == "summits.json":
            kind: type[enum.Enum] = shanghai_coop.SummitStatus
            left_out: frozenset[object] = frozenset()
        else:
            kind, left_out = MODEL_SETS[field]
        model = {member.value for member in kind} - left_out
        assert values - {None} == model, (file, path)
        checked += 1
    assert checked > 0


# -- the installed data, tampered with -------------------------------------------------------

TAMPERED = textwrap.dedent(
    """
    import shanghai_coop
    try:
        # The organisation reads the JSON (the module shortcuts answer from the index
        # compiled from it, and read no file).
        shanghai_coop.organisation().status_of("Iran", "2023-07-04")
    except shanghai_coop.DataError as error:
        print("DataError", error)
    except Exception as error:
        print("WRONG", type(error).__name__, error)
    else:
        print("ANSWERED")
    """
)


@pytest.fixture
def installed_copy(tmp_path: pathlib.Path) -> pathlib.Path:
    """The installed package copied elsewhere, for its data to be tampered with."""
    target = tmp_path / "site"
    shutil.copytree(pathlib.Path(shanghai_coop.__file__).parent, target / "shanghai_coop")
    return target


def _tamper(site: pathlib.Path, spell_id: str, **fields: object) -> None:
    path = site / "shanghai_coop" / "data" / "spells.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    next(s for s in document["spells"] if s["id"] == spell_id).update(fields)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")


def _run(site: pathlib.Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(site), "PYTHONIOENCODING": "utf-8", "PATH": ""}
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"status": "superstar"}, "spells.json: $.spells[25].status: 'superstar' is not one of"),
        ({"start": "2023-02-30"}, "spells.json: $.spells[25].start: invalid date '2023-02-30'"),
        ({"start": 20230704}, "spells.json: $.spells[25].start:"),
    ],
)
def test_tampered_installed_data_is_a_data_error(
    installed_copy: pathlib.Path, fields: dict[str, object], expected: str
) -> None:
    _tamper(installed_copy, "SCO/IRN/member/2023-07-04", **fields)
    result = _run(installed_copy, "-c", TAMPERED)
    assert result.stdout.startswith("DataError"), result.stdout + result.stderr
    assert expected in result.stdout
    assert "(record 'SCO/IRN/member/2023-07-04')" in result.stdout
    cli = _run(installed_copy, "-m", "shanghai_coop", "status", "Iran", "2023-07-04")
    assert cli.returncode == 2
    assert "Traceback" not in cli.stderr
    assert expected in cli.stderr


def test_a_tampered_reference_is_a_data_error(installed_copy: pathlib.Path) -> None:
    path = installed_copy / "shanghai_coop" / "data" / "summits.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["summits"][-1]["host"] = "XYZ"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    script = "import shanghai_coop\ntry:\n shanghai_coop.summits()\nexcept Exception as e:\n"
    script += " print(type(e).__name__, e)"
    result = _run(installed_copy, "-c", script)
    assert result.stdout.startswith("DataError summits.json: $.summits[57].host: unknown state")


# -- shortcuts ----------------------------------------------------------------------------------

SHORTCUTS = sorted(
    name
    for name in shanghai_coop.__all__
    if name[0].islower() and name not in ("organisation", "data_version", "__version__")
)


@pytest.mark.parametrize("name", SHORTCUTS)
def test_a_shortcut_has_its_methods_signature_and_names_it(name: str) -> None:
    shortcut = getattr(shanghai_coop, name)
    method = getattr(Organisation, name)
    expected = inspect.signature(method)
    expected = expected.replace(parameters=list(expected.parameters.values())[1:])
    assert str(inspect.signature(shortcut)) == str(expected)
    assert f":meth:`Organisation.{name}`" in (shortcut.__doc__ or "")


def test_data_version_is_the_organisations() -> None:
    assert shanghai_coop.data_version() == shanghai_coop.organisation().data_version
