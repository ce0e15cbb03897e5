"""Sphinx configuration: MyST Markdown pages, API reference from the docstrings.

Build with ``nox -s docs`` (warnings are errors). The page of sources is generated from
the packaged ``sources.json`` at build time, so it always lists exactly what the data cites.
"""

from __future__ import annotations

import json
import pathlib
from importlib.metadata import version as _version
from importlib.resources import files

project = "shanghai_coop"
author = "shanghai_coop developers"
copyright = "2026, shanghai_coop developers"
release = _version("shanghai_coop")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
nitpicky = False
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
html_theme = "furo"
html_title = f"shanghai_coop {release}"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_attr_annotations = True
napoleon_use_ivar = True
suppress_warnings = ["myst.xref_missing"]

HERE = pathlib.Path(__file__).parent


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


_sources_page()
