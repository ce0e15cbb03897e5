"""The documents register and the steps of accession.

Functions over one organisation's :class:`~._dataset.Scope`. Documents and accession steps
are dated facts, not statuses: they change no answer of a status query. A document's
``date`` is the day it was signed or adopted, as precisely as its sources give it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from . import _args
from ._enums import DocumentKind
from .dates import to_date
from .errors import UnknownDocumentError

if TYPE_CHECKING:
    from ._dataset import Scope
    from .model import AccessionStep, Document

__all__ = ["accession_steps", "document", "documents", "steps_by"]


def documents(scope: Scope, kind: object = None, on: object = None) -> tuple[Document, ...]:
    """Return the organisation's documents, in time order; of one kind, or existing on a day.

    ``on`` keeps every document that may have been signed or adopted on or before that day
    (one dated only to a year counts from the year's first day).
    """
    wanted = _args.enum_value(DocumentKind, kind, "kind") if kind is not None else None
    day = to_date(on, "on") if on is not None else None
    found = [
        d
        for d in scope.data.documents()
        if d.organisation == scope.id
        and (wanted is None or d.kind is wanted)
        and (day is None or d.date.earliest <= day)
    ]
    return tuple(sorted(found, key=lambda d: (d.date.earliest, d.date.latest, d.id)))


def document(scope: Scope, document_id: object) -> Document:
    """Return one document of the organisation by id.

    Raises:
        UnknownDocumentError: No document of the organisation has that id; ``suggestions``
            lists close ids.
    """
    found = {d.id: d for d in scope.data.documents() if d.organisation == scope.id}
    if isinstance(document_id, str) and document_id in found:
        return found[document_id]
    import difflib

    close = difflib.get_close_matches(str(document_id), list(found), n=3, cutoff=0.6)
    raise UnknownDocumentError(document_id, close)


def accession_steps(scope: Scope, state: object = None) -> tuple[AccessionStep, ...]:
    """Return the accession steps, in time order; one state's if named."""
    key = scope.data.key_of(state) if state is not None else None
    found = [
        s
        for s in scope.data.accession_steps()
        if s.organisation == scope.id and (key is None or s.state.id == key)
    ]
    return tuple(sorted(found, key=lambda s: (s.date.earliest, s.step.rank, s.state.id)))


def steps_by(
    scope: Scope, key: str, day: date
) -> tuple[tuple[AccessionStep, ...], tuple[AccessionStep, ...]]:
    """Return a state's steps certainly taken by a day, and those possibly but not certainly."""
    steps = [s for s in scope.data.accession_steps() if s.organisation == scope.id]
    mine = sorted(
        (s for s in steps if s.state.id == key), key=lambda s: (s.date.earliest, s.step.rank)
    )
    certain = tuple(s for s in mine if s.date.latest <= day)
    possible = tuple(s for s in mine if s.date.earliest <= day < s.date.latest)
    return certain, possible
