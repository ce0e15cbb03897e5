"""Development sessions: ``nox`` runs them all, as CI does (``.ci/run``).

Which Pythons: the test sessions want 3.10, 3.11, 3.12 and 3.13, the others 3.12. A machine
without some of them still runs everything it can: a test session whose Python is missing is
skipped (nox says so when it starts and again in its closing summary), and the other sessions
run on the Python that runs nox when there is no 3.12. CI sets
``SHANGHAI_COOP_REQUIRE_ALL_PYTHONS=1`` (``.ci/run`` does): then a missing Python fails the run
and every session other than the tests runs on 3.12. nox never downloads a Python.

* ``lint``: ruff check and format check;
* ``types``: mypy --strict over src and tests;
* ``build``: build the sdist and wheel and check them with ``twine check --strict``;
* ``docs``: build the Sphinx documentation with warnings as errors (its examples run as
  doctests in the test sessions);
* ``tests-3.10`` ... ``tests-3.13``: build the sdist and wheel, install the wheel with the
  test extra, every optional extra and the ``engines`` extra (DuckDB, Dask, pyarrow, polars:
  the interval-join recipes run as tests) into a clean environment, and run the suite
  against it (the checkout's ``src/`` is not on the path, so the installed package is
  tested);
* ``tests_without_extras``: the same with no optional extra installed (no numpy, pandas,
  polars, matplotlib, pyarrow, DuckDB or Dask): what needs one is skipped, everything else
  must pass.

The comparison with the Correlates of War IGO file runs where that file is found:
``SHANGHAI_COOP_COW_FILE`` names it (``.ci/run`` sets it), else ``shared/cow/cow_igo_sco.csv``
in a folder above the checkout (see tests/cow.py); elsewhere those tests are skipped.
"""

from __future__ import annotations

import os
import pathlib
import platform
import shutil
import subprocess
import sys

import nox

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
ROOT = pathlib.Path(__file__).parent
CHECKED = ["src", "tests", "scripts", "benchmarks", "noxfile.py"]
EXTRAS = ("numpy", "pandas", "polars", "matplotlib", "pyarrow", "duckdb", "dask")
#: CI's switch: every Python in PYTHONS must be found, or the run fails.
REQUIRE_ALL_PYTHONS = os.environ.get("SHANGHAI_COOP_REQUIRE_ALL_PYTHONS") == "1"

nox.options.sessions = ["lint", "types", "build", "docs", "tests", "tests_without_extras"]
nox.options.reuse_existing_virtualenvs = False
nox.options.download_python = "never"
if REQUIRE_ALL_PYTHONS:
    nox.options.error_on_missing_interpreters = True
# Otherwise nox's default holds: a missing Python skips its session, except where the
# environment variable CI is set (most CI services set it), where it fails the run.


def _found(version: str) -> bool:
    """Whether ``python<version>`` on PATH runs and is that version (a pyenv shim may not)."""
    executable = shutil.which(f"python{version}")
    if executable is None:
        return False
    probe = [executable, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"]
    result = subprocess.run(probe, capture_output=True, text=True, check=False)
    return result.returncode == 0 and result.stdout.strip() == version


def _main_python() -> str | None:
    """3.12 where there is one, or where all are required; else None, nox's own Python."""
    if REQUIRE_ALL_PYTHONS or _found("3.12"):
        return "3.12"
    print(
        f"nox: no Python 3.12 found; lint, types, build, docs and tests_without_extras run on"
        f" Python {platform.python_version()} ({sys.executable}), the one running nox.",
        file=sys.stderr,
    )
    return None


MAIN_PYTHON = _main_python()


def _wheel(session: nox.Session) -> pathlib.Path:
    dist = ROOT / "dist"
    for old in dist.glob("shanghai_coop-*"):
        old.unlink()
    session.install("build")
    session.run("python", "-m", "build", "--sdist", "--wheel", "--outdir", str(dist), str(ROOT))
    (wheel,) = dist.glob("shanghai_coop-*.whl")
    return wheel


@nox.session(python=MAIN_PYTHON)
def lint(session: nox.Session) -> None:
    session.install("ruff==0.17.6")
    session.run("ruff", "check", *CHECKED)
    session.run("ruff", "format", "--check", *CHECKED)


@nox.session(python=MAIN_PYTHON)
def types(session: nox.Session) -> None:
    session.install("mypy==2.4.1", "pyright[nodejs]==1.1.414", ".[test,all,engines]")
    session.run("mypy")
    # pyright finds the session's Python (and the installed package) through VIRTUAL_ENV.
    env = {"VIRTUAL_ENV": session.virtualenv.location}
    # The code, and the file of assert_type checks of the public API, under pyright too.
    session.run("pyright", "src", "tests/test_types.py", env=env)
    # Every public name fully typed (attrs' and cattrs' own types aside).
    session.run("pyright", "--verifytypes", "shanghai_coop", "--ignoreexternal", env=env)


@nox.session(python=MAIN_PYTHON)
def build(session: nox.Session) -> None:
    wheel = _wheel(session)
    session.install("twine")
    session.run("twine", "check", "--strict", str(wheel), *map(str, wheel.parent.glob("*.tar.gz")))


@nox.session(python=MAIN_PYTHON)
def docs(session: nox.Session) -> None:
    session.install(".[docs]")
    session.run(
        "sphinx-build", "-W", "--keep-going", "-q", "-b", "html", "docs", "docs/_build/html"
    )


#: The tests run in one worker per core (pytest-xdist): the suite takes about half the time.
XDIST = "pytest-xdist>=3.6"
WORKERS = ("-n", "auto")
#: EncodingWarning is an error (pyproject.toml): no file is opened without an encoding. Set
#: in the environment (``-X warn_default_encoding``), so that the workers inherit it.
WARN_ENCODING = {"PYTHONWARNDEFAULTENCODING": "1"}


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    wheel = _wheel(session)
    session.install(f"{wheel}[test,all,engines]", XDIST)
    env = {"HYPOTHESIS_PROFILE": "ci", "SHANGHAI_COOP_WHEEL": str(wheel), **WARN_ENCODING}
    session.run("python", "-m", "pytest", *WORKERS, *session.posargs, env=env)


@nox.session(python=MAIN_PYTHON)
def tests_without_extras(session: nox.Session) -> None:
    wheel = _wheel(session)
    session.install(f"{wheel}[test]", XDIST)
    present = "import importlib.util as u, sys; sys.exit(any(map(u.find_spec, %r)))"
    session.run("python", "-c", present % (EXTRAS,))
    env = {"SHANGHAI_COOP_WHEEL": str(wheel), **WARN_ENCODING}
    session.run("python", "-m", "pytest", *WORKERS, *session.posargs, env=env)
