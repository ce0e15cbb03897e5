"""The register: the organisation's own record, its relations, guests, applications, sources.

Functions over one organisation's :class:`~._dataset.Scope`. Applications and guest
attendances are events, not statuses: they change no answer of a status query.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .errors import UnknownSourceError

if TYPE_CHECKING:
    from ._dataset import Dataset, Scope
    from .model import Application, Guest, Relation, Source

__all__ = ["applications", "guests", "relations", "source"]


def source(data: Dataset, source_id: object) -> Source:
    """Return one source by id.

    Raises:
        UnknownSourceError: No source has that id; ``suggestions`` lists close ids.
    """
    sources = data.sources()
    for found in sources:
        if found.id == source_id:
            return found
    import difflib

    ids = [s.id for s in sources]
    close = difflib.get_close_matches(str(source_id), ids, n=3, cutoff=0.6)
    raise UnknownSourceError(source_id, close)


def relations(scope: Scope) -> tuple[Relation, ...]:
    """The relations with other organisations, sorted by start."""
    return tuple(sorted(scope.record.relations, key=lambda r: r.start.earliest))


def guests(scope: Scope) -> tuple[Guest, ...]:
    """The guest attendees, organisations first, then states, each by id."""
    return tuple(sorted(scope.record.guests, key=lambda g: (g.kind != "organisation", g.id)))


def applications(scope: Scope) -> tuple[Application, ...]:
    """Applications and expressions of interest, sorted by date (undated last), then id."""
    undated = date.max
    return tuple(
        sorted(
            scope.record.applications,
            key=lambda a: (a.date.earliest if a.date else undated, a.id),
        )
    )
