"""Shared fixtures, helpers and hypothesis profiles.

``HYPOTHESIS_PROFILE=ci`` (set by nox and .ci/run) runs more examples than the default
``dev`` profile used for quick local runs.
"""

from __future__ import annotations

import json
import os
import pathlib
import re
import sys
from collections.abc import Callable
from importlib.resources import as_file, files
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

import shanghai_coop
from shanghai_coop import Organisation
from shanghai_coop._load import write_meta

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


ROOT = pathlib.Path(__file__).resolve().parents[1]


def project_field(name: str) -> str:
    """A string field of ``[project]`` in the checkout's pyproject.toml (``version``, ...)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    if sys.version_info >= (3, 11):
        import tomllib

        value = tomllib.loads(text)["project"][name]
        assert isinstance(value, str), name
        return value
    # Python 3.10 has no TOML reader: a one-line string in the [project] table.
    table = text.split("\n[project]\n", 1)[1].split("\n[", 1)[0]
    match = re.search(rf'^{re.escape(name)} = "([^"]*)"$', table, re.MULTILINE)
    assert match, name
    return match.group(1)


def read_data(name: str) -> str:
    """The text of one packaged data file (through importlib.resources, as the package reads)."""
    return files("shanghai_coop").joinpath("data").joinpath(name).read_text(encoding="utf-8")


def edit_data(path: pathlib.Path, name: str, change: Callable[[dict[str, Any]], None]) -> None:
    """Apply ``change`` to one file of a data copy and update the copy's checksums."""
    document = json.loads((path / name).read_text(encoding="utf-8"))
    change(document)
    (path / name).write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    write_meta(path)


def belarus_observer_in_2015(document: dict[str, Any]) -> None:
    """Date Belarus's observer status to the year 2015 only, as the seed does."""
    for spell in document["spells"]:
        if spell["state"] == "BLR" and spell["status"] == "observer":
            spell["start"] = "2015"
            spell["id"] = "SCO/BLR/observer/2015"
        if spell["state"] == "BLR" and spell["status"] == "dialogue_partner":
            spell["end"] = "2015"


@pytest.fixture(scope="session")
def sco() -> Organisation:
    return shanghai_coop.organisation()


@pytest.fixture
def data_copy(tmp_path: pathlib.Path) -> pathlib.Path:
    """A writable copy of the packaged data files (without the schemas)."""
    target = tmp_path / "data"
    target.mkdir()
    with as_file(files("shanghai_coop").joinpath("data")) as source:
        for path in pathlib.Path(source).glob("*.json"):
            (target / path.name).write_bytes(path.read_bytes())
    return target
