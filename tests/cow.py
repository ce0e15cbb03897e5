"""The Correlates of War IGO file that the COW-convention tests compare with.

The file (``cow_igo_sco.csv``: ccode, state_name, year, sco, cow_igo_varname; the ``sco``
column of COW IGO v3's state-year file, 1816-2014) is read, never copied into the project.
Where it is:

1. ``SHANGHAI_COOP_COW_FILE``, when set (``.ci/run`` sets it where it finds the file); a
   named file that does not exist fails the tests that need it, so CI cannot skip them
   silently;
2. else ``shared/cow/cow_igo_sco.csv`` in the folder holding the checkout or any folder
   above it (CI clones the project beside ``shared/``; a developer's worktree sits below it);
3. else nowhere: the tests that need it are skipped, with this reason.
"""

from __future__ import annotations

import csv
import functools
import os
import pathlib

import pytest

ENV = "SHANGHAI_COOP_COW_FILE"
RELATIVE = pathlib.Path("shared") / "cow" / "cow_igo_sco.csv"
ROOT = pathlib.Path(__file__).resolve().parents[1]


def cow_file() -> pathlib.Path | None:
    """The file's path, or ``None`` when it is not named and not found."""
    named = os.environ.get(ENV)
    if named:
        return pathlib.Path(named)
    for folder in ROOT.parents:
        candidate = folder / RELATIVE
        if candidate.is_file():
            return candidate
    return None


@functools.cache
def _read(path: pathlib.Path) -> tuple[tuple[int, int, int], ...]:
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            (int(row["ccode"]), int(row["year"]), int(row["sco"])) for row in csv.DictReader(handle)
        )


def cow_rows() -> tuple[tuple[int, int, int], ...]:
    """Every (ccode, year, sco) of the file; skips the calling test when there is no file."""
    path = cow_file()
    if path is None:
        pytest.skip(
            f"the COW IGO file is not here: set {ENV} or put it at {RELATIVE} above the"
            " checkout (CI has it)"
        )
    assert path.is_file(), f"{ENV} names {path}, which does not exist"
    return _read(path)
