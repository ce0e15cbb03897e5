"""Shared fixtures and hypothesis profiles.

``HYPOTHESIS_PROFILE=ci`` (set by nox and .ci/run) runs more examples than the default
``dev`` profile used for quick local runs.
"""

from __future__ import annotations

import os
import pathlib
import shutil

import pytest
from hypothesis import HealthCheck, settings

import shanghai_coop
from shanghai_coop import Organisation

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def packaged_data_dir() -> pathlib.Path:
    """Return the directory of the installed package's data files."""
    from importlib.resources import as_file, files

    with as_file(files("shanghai_coop").joinpath("data")) as path:
        return pathlib.Path(path)


@pytest.fixture(scope="session")
def sco() -> Organisation:
    return shanghai_coop.organisation()


@pytest.fixture
def data_copy(tmp_path: pathlib.Path) -> pathlib.Path:
    """A writable copy of the packaged data files (without the schemas)."""
    target = tmp_path / "data"
    target.mkdir()
    for path in packaged_data_dir().glob("*.json"):
        shutil.copy(path, target / path.name)
    return target
