"""What every table carries besides its rows: metadata, provenance, cited sources, codes.

Shared by the builders of records (:mod:`._records`), panels (:mod:`._panel`) and segments
(:mod:`._segments`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ._version import version

if TYPE_CHECKING:
    from ._dataset import Scope

__all__ = ["cited_sources", "meta", "provenance", "state_codes"]


def provenance(scope: Scope) -> str:
    """The citation of code and data in one line, as ``shanghai-coop --version`` prints it.

    A column of panels and segments, so that it survives a merge (``DataFrame.attrs`` does
    not). Written so that no CSV reader takes it for a date (DuckDB reads "2026.11.2" as
    2026-11-02).
    """
    data = scope.data
    return f"shanghai_coop {version()} (data {data.data_version}, as of {data.as_of.isoformat()})"


def meta(scope: Scope, kind: str) -> dict[str, Any]:
    """The metadata every table carries: kind, organisation, data and code versions."""
    return {
        "kind": kind,
        "organisation": scope.id,
        "data_version": scope.data.data_version,
        "as_of": scope.data.as_of.isoformat(),
        "code_version": version(),
    }


def cited_sources(scope: Scope, ids: Iterator[str] | Sequence[str]) -> list[dict[str, str]]:
    """The sources with these ids (in id order, each once), as a table's ``sources``."""
    wanted = {i for i in ids if i}
    out = []
    for source in scope.data.sources():
        if source.id in wanted:
            entry = {"id": source.id, "title": source.title}
            if source.url:
                entry["path"] = source.url
            out.append(entry)
    return sorted(out, key=lambda s: s["id"])


def state_codes(state: Any) -> dict[str, Any]:
    """The identifying columns of a state in panels and segments (code, names, COW)."""
    return {
        "state": state.id,
        "iso_alpha2": state.iso_alpha2,
        "state_name": state.name,
        "cow_code": state.cow_code,
        "cow_abbrev": state.cow_abbrev,
        "gw_code": state.gw_code,
    }
