"""Development sessions: ``nox`` runs them all, as CI does (``.ci/run``).

* ``tests-3.10`` ... ``tests-3.13``: build the wheel once, install it with the test extra
  into a clean environment and run the suite against it (the checkout's ``src/`` is not on
  the path, so the installed package is what is tested);
* ``lint``: ruff check and format check;
* ``types``: mypy --strict over src and tests.
"""

from __future__ import annotations

import pathlib

import nox

nox.options.sessions = ["lint", "types", "tests"]
nox.options.reuse_existing_virtualenvs = False
nox.options.error_on_missing_interpreters = True

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
ROOT = pathlib.Path(__file__).parent


def _wheel(session: nox.Session) -> pathlib.Path:
    dist = ROOT / "dist"
    for old in dist.glob("shanghai_coop-*"):
        old.unlink()
    session.install("build")
    session.run("python", "-m", "build", "--sdist", "--wheel", "--outdir", str(dist), str(ROOT))
    (wheel,) = dist.glob("shanghai_coop-*.whl")
    return wheel


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    wheel = _wheel(session)
    session.install(f"{wheel}[test]")
    session.run(
        "python",
        "-m",
        "pytest",
        *session.posargs,
        env={"HYPOTHESIS_PROFILE": "ci", "SHANGHAI_COOP_WHEEL": str(wheel)},
    )


@nox.session(python="3.12")
def lint(session: nox.Session) -> None:
    session.install("ruff==0.17.6")
    session.run("ruff", "check", "src", "tests", "scripts", "benchmarks", "noxfile.py")
    session.run("ruff", "format", "--check", "src", "tests", "scripts", "benchmarks", "noxfile.py")


@nox.session(python="3.12")
def types(session: nox.Session) -> None:
    session.install("mypy==2.4.1", "-e", ".[test]")
    session.run("mypy")
