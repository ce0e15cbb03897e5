"""The examples in the documentation run as doctests against the installed package.

A page whose examples need optional packages says so in a comment,
``<!-- doctest-requires: pandas duckdb -->``; without them its examples are skipped.
"""

from __future__ import annotations

import doctest
import importlib.util
import pathlib
import re

import pytest

DOCS = pathlib.Path(__file__).resolve().parents[1] / "docs"
PAGES = sorted(p for p in DOCS.glob("*.md") if ">>>" in p.read_text(encoding="utf-8"))
_REQUIRES = re.compile(r"<!--\s*doctest-requires:([^>]*)-->")


def test_pages_with_examples_exist() -> None:
    assert {p.name for p in PAGES} >= {"tutorial.md", "concepts.md", "howto-merge.md"}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_doc_examples(page: pathlib.Path) -> None:
    text = page.read_text(encoding="utf-8")
    for declared in _REQUIRES.findall(text):
        missing = [m for m in declared.split() if importlib.util.find_spec(m) is None]
        if missing:
            pytest.skip(f"{page.name} needs {', '.join(missing)}")
    result = doctest.testfile(
        str(page), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False
    )
    assert result.failed == 0, f"{result.failed} example(s) failed in {page.name}"
