"""Data integrity: schema, checksums, linter, sources, and a golden snapshot of answers."""

from __future__ import annotations

import hashlib
import json
import os
import pathlib
from datetime import date
from typing import Any

import jsonschema
import pytest

import shanghai_coop
from conftest import edit_data, read_data
from shanghai_coop import DataError, Organisation, Status
from shanghai_coop._lint import lint
from shanghai_coop._load import DATA_FILES, META_FILE

SNAPSHOT = pathlib.Path(__file__).parent / "snapshots" / "status_on_1_january.json"


def _load(name: str) -> dict[str, object]:
    result: dict[str, object] = json.loads(read_data(name))
    return result


@pytest.mark.parametrize("name", [*DATA_FILES, META_FILE])
def test_file_matches_its_schema(name: str) -> None:
    schema = _load(f"schema/{name.removesuffix('.json')}.schema.json")
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(
        jsonschema.Draft202012Validator(schema).iter_errors(_load(name)), key=lambda e: e.path
    )
    assert [f"{list(e.path)}: {e.message}" for e in errors] == []


def test_checksums_match_meta() -> None:
    meta = _load(META_FILE)
    files = meta["files"]
    assert isinstance(files, dict)
    assert set(files) == set(DATA_FILES)
    for name, digest in files.items():
        assert hashlib.sha256(read_data(name).encode("utf-8")).hexdigest() == digest, name


def test_linter_finds_nothing(sco: Organisation) -> None:
    sco._scope.data.check()  # every record of every file structures
    assert lint(sco._scope.data) == []


def test_every_source_is_cited(data_copy: pathlib.Path) -> None:
    # The linter reports both unknown and uncited sources; check the rule can fire.
    def add_source(document: dict[str, Any]) -> None:
        document["sources"].append({**document["sources"][-1], "id": "zz-never-cited"})

    edit_data(data_copy, "sources.json", add_source)
    with pytest.raises(DataError) as info:
        Organisation.load(data_copy)
    assert info.value.problems == ("sources.json: zz-never-cited: cited by no record",)


def test_sources_have_a_url_and_an_access_date(sco: Organisation) -> None:
    for source in sco.sources:
        if source.url is None:
            # A printed issue read as a stored copy: cited by date and page instead.
            assert source.published is not None, source.id
            assert source.published.is_exact, source.id
            assert source.section, source.id
            assert source.note, source.id
        else:
            assert source.url.startswith(("http://", "https://")), source.id
        # as_of is the day of the newest source read; every source was read on or after it.
        assert sco.as_of <= source.accessed <= date.today(), source.id
        if source.published is not None:
            assert source.published.earliest <= sco.as_of, source.id
    newest = max(s.published.latest for s in sco.sources if s.published is not None)
    assert newest == sco.as_of


def test_every_state_the_seed_names_is_present(sco: Organisation) -> None:
    seed_states = [
        "China",
        "Kazakhstan",
        "Kyrgyzstan",
        "Russia",
        "Tajikistan",
        "Uzbekistan",
        "India",
        "Pakistan",
        "Iran",
        "Belarus",
        "Mongolia",
        "Afghanistan",
        "Sri Lanka",
        "Turkey",
        "Cambodia",
        "Azerbaijan",
        "Nepal",
        "Armenia",
        "Egypt",
        "Qatar",
        "Saudi Arabia",
        "Kuwait",
        "Maldives",
        "Myanmar",
        "United Arab Emirates",
        "Bahrain",
        "Turkmenistan",
        "Bangladesh",
        "Syria",
        "Israel",
        "Iraq",
        "Algeria",
        "Laos",
        "Vietnam",
        "Ukraine",
        "United States",
    ]
    recorded = {state.id for state in sco.states}
    for name in seed_states:
        assert sco.resolve(name).id in recorded, name


def test_identifiers_are_well_formed(sco: Organisation) -> None:
    cow = [s.cow_code for s in sco.states if s.cow_code is not None]
    assert len(cow) == len(set(cow))
    qids = [s.wikidata for s in sco.states]
    assert all(q is not None and q.startswith("Q") for q in qids)
    assert len(qids) == len(set(qids))
    assert {s.id: s.names.ru_short for s in sco.states}["KGZ"] == "Кыргызстан"
    assert {s.id: s.names.ru_short for s in sco.states}["BLR"] == "Беларусь"


def test_headers_agree(sco: Organisation) -> None:
    meta = _load(META_FILE)
    for name in DATA_FILES:
        document = _load(name)
        for key in ("schema_version", "data_version", "as_of"):
            assert document[key] == meta[key], (name, key)
    assert shanghai_coop.data_version() == meta["data_version"]
    assert sco.as_of.isoformat() == meta["as_of"]


def _snapshot() -> dict[str, str]:
    """One line per organisation and state: runs of years with the status on 1 January."""
    sco = shanghai_coop.organisation()
    s5 = sco.predecessor
    assert s5 is not None
    out: dict[str, str] = {}
    for org in (s5, sco):
        for state in sco.states:
            runs: list[list[object]] = []
            for year in range(1996, 2028):
                possible = org.possible_statuses(state, date(year, 1, 1))
                value = " or ".join(sorted(s.value for s in possible))
                if runs and runs[-1][2] == value:
                    runs[-1][1] = year
                else:
                    runs.append([year, year, value])
            if [run[2] for run in runs] != [Status.NONE.value]:
                out[f"{org.id}/{state.id}"] = "; ".join(
                    f"{a}{'' if a == b else f'-{b}'} {value}" for a, b, value in runs
                )
    return out


def test_golden_snapshot() -> None:
    """Every state's status on 1 January of every year: a data change is a readable diff.

    Regenerate on purpose with ``UPDATE_SNAPSHOTS=1 pytest tests/test_data.py``.
    """
    current = _snapshot()
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    assert json.loads(SNAPSHOT.read_text(encoding="utf-8")) == current


CHECKSUMS = pathlib.Path(__file__).parent / "snapshots" / "data_checksums.json"


def test_data_version_changes_with_the_data() -> None:
    """A change to any data file must come with a new data version.

    After a deliberate data change: bump ``data_version`` in every data file, run
    ``shanghai-coop rehash src/shanghai_coop/data``, then refresh this snapshot with
    ``UPDATE_SNAPSHOTS=1 pytest tests/test_data.py`` and add a CHANGELOG entry.
    """
    meta = _load(META_FILE)
    current = {"data_version": meta["data_version"], "files": meta["files"]}
    if os.environ.get("UPDATE_SNAPSHOTS"):
        CHECKSUMS.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", "utf-8")
    recorded = json.loads(CHECKSUMS.read_text(encoding="utf-8"))
    if current["files"] != recorded["files"]:
        assert current["data_version"] != recorded["data_version"], (
            "the data changed but data_version did not; bump it (see the docstring)"
        )
    assert current == recorded, "data changed: refresh the snapshot on purpose"
