"""Development sessions: ``nox`` runs them all, as CI does (``.ci/run``).

* ``lint``: ruff check and format check;
* ``types``: mypy --strict over src and tests;
* ``build``: build the sdist and wheel and check them with ``twine check --strict``;
* ``docs``: build the Sphinx documentation with warnings as errors (its examples run as
  doctests in the test sessions);
* ``tests-3.10`` ... ``tests-3.13``: build the sdist and wheel, install the wheel with the
  test extra and every optional extra into a clean environment, and run the suite against
  it (the checkout's ``src/`` is not on the path, so the installed package is tested);
* ``tests_without_extras``: the same with no optional extra installed (no numpy, pandas,
  polars or matplotlib): what needs one is skipped, everything else must pass.
"""

from __future__ import annotations

import pathlib

import nox

nox.options.sessions = ["lint", "types", "build", "docs", "tests", "tests_without_extras"]
nox.options.reuse_existing_virtualenvs = False
nox.options.error_on_missing_interpreters = True

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
ROOT = pathlib.Path(__file__).parent
CHECKED = ["src", "tests", "scripts", "benchmarks", "noxfile.py"]
EXTRAS = ("numpy", "pandas", "polars", "matplotlib")


def _wheel(session: nox.Session) -> pathlib.Path:
    dist = ROOT / "dist"
    for old in dist.glob("shanghai_coop-*"):
        old.unlink()
    session.install("build")
    session.run("python", "-m", "build", "--sdist", "--wheel", "--outdir", str(dist), str(ROOT))
    (wheel,) = dist.glob("shanghai_coop-*.whl")
    return wheel


@nox.session(python="3.12")
def lint(session: nox.Session) -> None:
    session.install("ruff==0.17.6")
    session.run("ruff", "check", *CHECKED)
    session.run("ruff", "format", "--check", *CHECKED)


@nox.session(python="3.12")
def types(session: nox.Session) -> None:
    session.install("mypy==2.4.1", "-e", ".[test,all]")
    session.run("mypy")


@nox.session(python="3.12")
def build(session: nox.Session) -> None:
    wheel = _wheel(session)
    session.install("twine")
    session.run("twine", "check", "--strict", str(wheel), *map(str, wheel.parent.glob("*.tar.gz")))


@nox.session(python="3.12")
def docs(session: nox.Session) -> None:
    session.install(".[docs]")
    session.run(
        "sphinx-build", "-W", "--keep-going", "-q", "-b", "html", "docs", "docs/_build/html"
    )


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    wheel = _wheel(session)
    session.install(f"{wheel}[test,all]")
    env = {"HYPOTHESIS_PROFILE": "ci", "SHANGHAI_COOP_WHEEL": str(wheel)}
    # EncodingWarning is an error (pyproject.toml): no file is opened without an encoding.
    session.run("python", "-X", "warn_default_encoding", "-m", "pytest", *session.posargs, env=env)


@nox.session(python="3.12")
def tests_without_extras(session: nox.Session) -> None:
    wheel = _wheel(session)
    session.install(f"{wheel}[test]")
    present = "import importlib.util as u, sys; sys.exit(any(map(u.find_spec, %r)))"
    session.run("python", "-c", present % (EXTRAS,))
    env = {"SHANGHAI_COOP_WHEEL": str(wheel)}
    session.run("python", "-X", "warn_default_encoding", "-m", "pytest", *session.posargs, env=env)
