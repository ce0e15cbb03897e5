"""Sphinx configuration: MyST Markdown pages, API reference from the docstrings.

Build with ``nox -s docs``: a nitpicky build (every cross-reference must resolve) with
warnings as errors. Generated at build time, never committed (``docs/_generated/``): the
page of sources, from the packaged ``sources.json``, so it always lists exactly what the
data cites; and the pictures, drawn with matplotlib from the packaged data by the local
extension ``_ext/sco_figures.py``.

Intersphinx inventories: each project's real ``objects.inv`` URL comes first; where the
build machine has no web access, Sphinx falls back to the small local inventory in
``_inventories/`` (and says so at INFO level only). Those files hold just the objects these
docs reference, with the URLs the real inventories give them; they were written with
sphobjinv by ``_inventories/make.py`` (run it again after referencing a new outside object:
a nitpicky build names the missing one).
"""

from __future__ import annotations

import json
import pathlib
import sys
from importlib.metadata import version as _version
from importlib.resources import files
from typing import Any

project = "shanghai_coop"
author = "shanghai_coop developers"
copyright = "2026, shanghai_coop developers"
release = _version("shanghai_coop")
version = release

HERE = pathlib.Path(__file__).parent
_DATA = files("shanghai_coop").joinpath("data")
_META = json.loads(_DATA.joinpath("_meta.json").read_text(encoding="utf-8"))
# {{ data_version }} and {{ as_of }} in the pages (the captions of the figures).
myst_substitutions = {"data_version": _META["data_version"], "as_of": _META["as_of"]}
sys.path.insert(0, str(HERE / "_ext"))

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx_copybutton",
    "sco_figures",
]
# Every reference must resolve: a broken one is a warning, and ``-W`` makes it an error.
nitpicky = True
# Empty: every reference resolves. An entry added here needs a comment saying why its
# target cannot be documented or linked.
nitpick_ignore: list[tuple[str, str]] = [
    # The parameter and return types of status_of_many's overloads: aliases that exist for
    # type checkers only (under TYPE_CHECKING, no run-time object to document); the
    # docstring documents the values each parameter takes.
    *(
        ("py:class", name)
        for name in ("SeriesT", "States", "BulkAmbiguous", "Errors", "MinConfidence")
    ),
    # numpy.typing.NDArray is missing from the local numpy inventory (_inventories/), and
    # the overloads' string annotations name numpy.object_ by its alias "np".
    ("py:class", "NDArray"),
    ("py:class", "np.object_"),
]
source_suffix = {".md": "markdown"}
# _generated/cli.md is included into api/cli.md, not a page of its own.
exclude_patterns = ["_build", "_generated/cli.md"]
myst_enable_extensions = ["colon_fence", "deflist", "substitution"]
myst_heading_anchors = 3
html_theme = "furo"
html_title = f"shanghai_coop {release}"
autodoc_member_order = "bysource"
# Types as their short names ("PartialDate", not "shanghai_coop.model._values.PartialDate",
# the private module an annotation names); each is still a link to its entry.
python_use_unqualified_type_names = True
autodoc_typehints = "description"
# Parameters' types where the docstring documents them (all public ones do), return types
# always: Organisation's constructor, which users do not call, stays out of sight.
autodoc_typehints_description_target = "documented_params"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_attr_annotations = True
napoleon_use_ivar = True

intersphinx_mapping = {
    name: (url, (None, f"_inventories/{name}.inv"))
    for name, url in {
        "python": "https://docs.python.org/3",
        "pandas": "https://pandas.pydata.org/docs",
        "polars": "https://docs.pola.rs/api/python/stable",
        "numpy": "https://numpy.org/doc/stable",
        "attrs": "https://www.attrs.org/en/stable",
        "pyarrow": "https://arrow.apache.org/docs",
    }.items()
}
intersphinx_timeout = 5
# The copy button leaves out the prompts and the output of the examples.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True


def _sources_page() -> None:
    """Write ``_generated/sources.md``: every source the data cites, from sources.json."""
    data = files("shanghai_coop").joinpath("data")
    meta = json.loads(data.joinpath("_meta.json").read_text(encoding="utf-8"))
    sources = json.loads(data.joinpath("sources.json").read_text(encoding="utf-8"))["sources"]
    lines = [
        "# Sources",
        "",
        f"Every source cited by data version {meta['data_version']} (as of {meta['as_of']}),"
        " generated from `sources.json`. Records cite these ids.",
        "",
        "| id | title | publisher | published | kind | read |",
        "|---|---|---|---|---|---|",
    ]
    for source in sources:
        title = source["title"].replace("|", "\\|")
        if source["url"]:
            title = f"[{title}]({source['url']})"
        if source["section"]:
            title += f" ({source['section']})".replace("|", "\\|")
        lines.append(
            f"| `{source['id']}` | {title} | {(source['publisher'] or '').replace('|', '/')} |"
            f" {source['published'] or ''} | {source['kind']} | {source['accessed']} |"
        )
    target = HERE / "_generated"
    target.mkdir(exist_ok=True)
    (target / "sources.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _cli_page() -> None:
    """Write ``_generated/cli.md``: the help of ``shanghai-coop`` and of each command."""
    import argparse
    import os

    from shanghai_coop import cli

    os.environ["COLUMNS"] = "88"  # argparse wraps to the terminal's width
    parser = cli._parser()
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    lines = ["```text", parser.format_help().rstrip(), "```", ""]
    for name, sub in commands.choices.items():
        lines += [f"## `{name}`", "", "```text", sub.format_help().rstrip(), "```", ""]
    (HERE / "_generated" / "cli.md").write_text("\n".join(lines), encoding="utf-8")


def _public_bases(app: object, name: str, obj: object, options: object, bases: list[type]) -> None:
    """Show only public base classes (``Bases:``): the private record base is not API."""
    import shanghai_coop

    def public(base: type) -> bool:
        if not base.__module__.startswith("shanghai_coop"):
            return True  # str, enum.Enum, the builtin exceptions
        return getattr(shanghai_coop, base.__name__, None) is base

    bases[:] = [base for base in bases if public(base)]


def _no_constructor_signature(
    app: object, what: str, name: str, obj: object, options: object, signature: str, ret: str
) -> tuple[str, str] | None:
    """Organisation is made by ``Organisation.load``, not by calling the class."""
    if what == "class" and name == "shanghai_coop.Organisation":
        return "", ret
    return None


def setup(app: Any) -> None:
    """Connect the hooks above."""
    app.connect("autodoc-process-bases", _public_bases)
    app.connect("autodoc-process-signature", _no_constructor_signature)


_sources_page()
_cli_page()
