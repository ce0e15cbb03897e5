"""Packaging: build the sdist and wheel and check what they hold.

The wheel is installed into a fresh virtual environment and used from outside the checkout.
"""

from __future__ import annotations

import email
import os
import pathlib
import subprocess
import sys
import tarfile
import venv
import zipfile

import pytest

from conftest import ROOT, project_field
from shanghai_coop import _load

DATA_FILES = ["_meta.json", *_load.DATA_FILES]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    out = tmp_path_factory.mktemp("dist")
    wheel = os.environ.get("SHANGHAI_COOP_WHEEL")
    if wheel:  # nox built it already
        for path in pathlib.Path(wheel).parent.glob("shanghai_coop-*"):
            (out / path.name).write_bytes(path.read_bytes())
        return out
    subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        cwd=out,  # an empty directory: nothing there can shadow the build module
    )
    return out


def test_wheel_contains_every_data_file_schema_and_py_typed(dist: pathlib.Path) -> None:
    (wheel,) = dist.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in DATA_FILES:
        assert f"shanghai_coop/data/{name}" in names
        schema = f"shanghai_coop/data/schema/{name.removesuffix('.json')}.schema.json"
        assert schema in names, schema
    assert "shanghai_coop/py.typed" in names
    assert not any(name.startswith(("tests/", "src/")) for name in names)


def test_wheel_metadata_carries_the_licence_expression_and_files(dist: pathlib.Path) -> None:
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        (name,) = (n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = email.message_from_bytes(archive.read(name))
        expression = metadata["License-Expression"]
        assert expression == project_field("license")
        # Each licence of the expression has its text: MIT in LICENSE, the others in
        # LICENSES/<SPDX id>.txt; NOTICE says which part is under which.
        expected = {"LICENSE", "NOTICE"} | {
            f"LICENSES/{spdx}.txt" for spdx in expression.split(" AND ") if spdx != "MIT"
        }
        files = metadata.get_all("License-File") or []
        assert sorted(files) == sorted(expected)
        licenses = name.removesuffix("METADATA") + "licenses/"
        for path in files:
            assert archive.read(licenses + path) == (ROOT / path).read_bytes(), path
    assert metadata["License"] is None  # PEP 639: the expression replaces the old field
    assert not any(c.startswith("License ::") for c in metadata.get_all("Classifier") or [])
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL") or [])
    assert set(urls) >= {"Homepage", "Documentation", "Repository", "Changelog", "Issues"}


def test_sdist_contains_sources_tests_and_data(dist: pathlib.Path) -> None:
    sdists = list(dist.glob("*.tar.gz"))
    if not sdists:
        pytest.skip("only a wheel was provided")
    with tarfile.open(sdists[0]) as archive:
        names = archive.getnames()
    for needed in (
        "src/shanghai_coop/data/spells.json",
        "tests/test_status.py",
        "README.md",
        "CHANGELOG.md",
        "LICENSE",
        "LICENSES/CC-BY-SA-4.0.txt",
        "NOTICE",
        "CITATION.cff",
        "scripts/update_countries.py",
    ):
        assert any(name.endswith(needed) for name in names), needed


def test_installed_wheel_answers_from_outside_the_checkout(
    dist: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    (wheel,) = dist.glob("*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        check=True,
        capture_output=True,
    )
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    probe = (
        "import shanghai_coop, pathlib;"
        "print(shanghai_coop.status_of('Iran', '2023-07-04').value);"
        f"print(pathlib.Path(shanghai_coop.__file__).is_relative_to(pathlib.Path(r'{env_dir}')));"
        "print(shanghai_coop.__version__)"
    )
    result = subprocess.run(
        [str(python), "-c", probe],
        cwd=tmp_path,
        env=clean,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    from importlib.metadata import version

    assert result.stdout.split() == ["member", "True", version("shanghai_coop")]
    cli = subprocess.run(
        [str(bindir / "shanghai-coop"), "status", "Iran", "2023-07-04"],
        cwd=tmp_path,
        env=clean,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert cli.returncode == 0
    assert "member of the Shanghai Cooperation Organisation" in cli.stdout
