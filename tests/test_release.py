"""Release metadata: CITATION.cff agrees with pyproject.toml and CHANGELOG.md."""

from __future__ import annotations

import datetime
import re

import pytest

from conftest import ROOT, project_field

CITATION = ROOT / "CITATION.cff"


def _top_level(key: str) -> str:
    """The value of a top-level ``key: value`` line of CITATION.cff (read without YAML)."""
    text = CITATION.read_text(encoding="utf-8")
    match = re.search(rf"^{re.escape(key)}: *(.+?) *$", text, re.MULTILINE)
    assert match, f"CITATION.cff has no top-level {key!r}"
    return match.group(1).strip("'\"")


def _changelog_date(version: str) -> str | None:
    """The date of ``version``'s heading in CHANGELOG.md, or None if it has none."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    match = re.search(
        rf"^## \[{re.escape(version)}\] - (\d{{4}}-\d{{2}}-\d{{2}})", text, re.MULTILINE
    )
    return match.group(1) if match else None


def test_citation_version_is_the_package_version() -> None:
    assert _top_level("version") == project_field("version"), (
        "CITATION.cff's version must follow pyproject.toml's: bump both"
    )


def test_citation_release_date_is_the_changelog_date() -> None:
    version = project_field("version")
    released = _top_level("date-released")
    datetime.date.fromisoformat(released)
    assert released == _changelog_date(version), (
        f"CITATION.cff's date-released must be the date of [{version}] in CHANGELOG.md"
    )


def test_citation_is_yaml_of_the_cff_shape() -> None:
    yaml = pytest.importorskip("yaml")
    document = yaml.safe_load(CITATION.read_text(encoding="utf-8"))
    assert document["cff-version"] == "1.2.0"
    assert document["type"] == "software"
    assert str(document["version"]) == project_field("version")
    assert document["date-released"] == datetime.date.fromisoformat(_top_level("date-released"))
    assert document["authors"] == [{"name": "shanghai_coop developers"}]
    assert document["license"] in project_field("license").split(" AND ")
    for key in ("title", "message", "repository-code", "url"):
        assert isinstance(document[key], str), key
        assert document[key], key
    titles = {reference["title"] for reference in document["references"]}
    assert "Shanghai Cooperation Organisation" in titles
    for reference in document["references"]:
        assert reference["authors"], reference["title"]


#: Pages that quote the current versions (code, data, ``as_of``) for a reader to copy.
_QUOTING = ["README.md", "docs/citing.md", "docs/versions.md", "docs/howto-merge.md"]
_QUOTES = [
    r"shanghai_coop (?P<code>\d+\.\d+\.\d+) \(data (?P<data>[\d.]+), as of (?P<as_of>[\d-]+)\)",
    r"(?:version|shanghai_coop) (?P<code>\d+\.\d+\.\d+), data version (?P<data>[\d.]+)"
    r" \(as of (?P<as_of>[\d-]+)\)",
    r"version += \{(?P<code>\d+\.\d+\.\d+)\}",
    r"`as_of` date \((?P<as_of>[\d-]+)\)",
]


@pytest.mark.parametrize("page", _QUOTING)
def test_pages_quote_the_current_versions(page: str) -> None:
    """Every quotation of the versions is the current one.

    Regression: citing.md, versions.md, the how-to and README quoted 0.3.0's versions and an
    ``as_of`` of 2026-03-10 after the data had moved on.
    """
    import shanghai_coop

    current = {
        "code": project_field("version"),
        "data": shanghai_coop.data_version(),
        "as_of": shanghai_coop.organisation().as_of.isoformat(),
    }
    text = (ROOT / page).read_text(encoding="utf-8")
    # A quotation may be wrapped over lines, in a Markdown block quote.
    flat = re.sub(r"\s*\n\s*(?:> *)?", " ", text)
    found = [m for pattern in _QUOTES for m in re.finditer(pattern, flat)]
    assert found, f"{page} quotes no version any more: update _QUOTING"
    for match in found:
        quoted = {k: v for k, v in match.groupdict().items() if v is not None}
        expected = {k: current[k] for k in quoted}
        assert quoted == expected, f"{page}: {match.group(0)!r} is stale"
