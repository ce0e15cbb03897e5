"""The documentation: examples that run, pages that hold what they promise.

The examples run as doctests against the installed package; the landing page, the
pictures, the build's strictness and the API reference's coverage are checked as text.

A page whose examples need optional packages says so in a comment,
``<!-- doctest-requires: pandas duckdb -->``; the examples from that comment on are
skipped without them (at the top of a page: the whole page), those before it still run.
"""

from __future__ import annotations

import doctest
import importlib.util
import inspect
import pathlib
import re

import pytest

import shanghai_coop

DOCS = pathlib.Path(__file__).resolve().parents[1] / "docs"
PAGES = sorted(p for p in DOCS.glob("*.md") if ">>>" in p.read_text(encoding="utf-8"))
_REQUIRES = re.compile(r"<!--\s*doctest-requires:([^>]*)-->")
# The API reference: docs/api.md and its pages by area, docs/api/*.md.
API_PAGES = [DOCS / "api.md", *sorted((DOCS / "api").glob("*.md"))]
# A name documented by an autodoc (or py) directive: ".. autoclass:: shanghai_coop.Status".
_DOCUMENTED = re.compile(r"^\s*\.\. (?:auto|py:)\w+:: ([\w.]+)", re.MULTILINE)


def _runnable(text: str) -> tuple[str, list[str]]:
    """The part of a page whose examples can run here, and the packages that cut it short."""
    for marker in _REQUIRES.finditer(text):
        missing = [m for m in marker[1].split() if importlib.util.find_spec(m) is None]
        if missing:
            return text[: marker.start()], missing
    return text, []


def test_pages_with_examples_exist() -> None:
    assert {p.name for p in PAGES} >= {"index.md", "tutorial.md", "concepts.md", "howto-merge.md"}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_doc_examples(page: pathlib.Path) -> None:
    text, missing = _runnable(page.read_text(encoding="utf-8"))
    test = doctest.DocTestParser().get_doctest(text, {}, page.name, str(page), 0)
    if not test.examples:
        pytest.skip(f"{page.name} needs {', '.join(missing)}")
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    result = runner.run(test)
    assert result.failed == 0, f"{result.failed} example(s) failed in {page.name}"


def test_a_missing_package_skips_only_the_examples_after_its_marker() -> None:
    text = (
        ">>> 1 + 1\n2\n\n<!-- doctest-requires: no_such_module_xyz -->\n\n>>> import x\n\n"
        "<!-- doctest-requires: doctest -->\n"
    )
    runnable, missing = _runnable(text)
    assert runnable == ">>> 1 + 1\n2\n\n"
    assert missing == ["no_such_module_xyz"]
    assert _runnable(">>> 1\n1\n<!-- doctest-requires: doctest -->\n>>> 2\n2\n")[1] == []


def test_landing_page_has_install_line_example_and_picture() -> None:
    text = (DOCS / "index.md").read_text(encoding="utf-8")
    assert "python -m pip install '.[all]'" in text
    examples = doctest.DocTestParser().get_examples(text)
    assert len(examples) == 5, "the landing page promises five lines"
    assert "```{figure} _generated/timeline.png" in text


def test_pictures_are_rendered_at_build_time_not_committed() -> None:
    conf = (DOCS / "conf.py").read_text(encoding="utf-8")
    assert '"sco_figures"' in conf
    figures = (DOCS / "_ext" / "sco_figures.py").read_text(encoding="utf-8")
    for name in ("timeline.png", "members_per_year.png"):
        assert f'"{name}"' in figures
    generated = ("_generated", "_build")
    assert [p for p in DOCS.rglob("*.png") if not set(generated) & set(p.parts)] == []


def test_build_is_nitpicky_with_no_warning_hidden() -> None:
    conf = (DOCS / "conf.py").read_text(encoding="utf-8")
    assert "nitpicky = True" in conf
    assert "suppress_warnings" not in conf
    for project in ("python", "pandas", "polars", "numpy", "attrs"):
        assert (DOCS / "_inventories" / f"{project}.inv").is_file()


def test_every_public_name_is_in_the_api_reference() -> None:
    documented = set()
    for page in API_PAGES:
        documented |= set(_DOCUMENTED.findall(page.read_text(encoding="utf-8")))
    public = {f"shanghai_coop.{name}" for name in shanghai_coop.__all__ if name != "__version__"}
    assert sorted(public - documented) == []
    methods = {
        f"shanghai_coop.Organisation.{name}"
        for name in dir(shanghai_coop.Organisation)
        if not name.startswith("_")
    }
    described = {n for n in documented if n.startswith("shanghai_coop.Organisation.")}
    organisation_page = (DOCS / "api" / "organisation.md").read_text(encoding="utf-8")
    own = re.search(r":members: ([\w,\s]+?)\n\s*:", organisation_page)
    assert own is not None
    described |= {f"shanghai_coop.Organisation.{m.strip()}" for m in own[1].split(",")}
    assert sorted(methods - described) == []


def test_no_property_docstring_reads_as_a_type() -> None:
    # napoleon reads "Words: more words." on the first line of a property's docstring as
    # "type: description", and renders "Type: Words" (it did for Organisation.id).
    single_colon = re.compile(r"(?<![:`]):(?![:`])\s")
    classes = [getattr(shanghai_coop, n) for n in shanghai_coop.__all__]
    for cls in (c for c in classes if isinstance(c, type)):
        for name in (n for n in dir(cls) if not n.startswith("_")):
            value = inspect.getattr_static(cls, name)
            if isinstance(value, property) and value.__doc__:
                first = value.__doc__.strip().splitlines()[0]
                code_free = re.sub(r"``[^`]*``|`[^`]*`", "", first)
                assert not single_colon.search(code_free), f"{cls.__name__}.{name}: {first!r}"
