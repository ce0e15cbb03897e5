"""Offices: terms and holders of the organisation's posts, and council rosters.

Functions over one organisation's :class:`~._dataset.Scope`. A term is a half-open interval
``[start, end)`` like a status spell, and a term dated only to a month, a year or a range of
days is answered like a status: inside its window the ``ambiguous`` policy decides. An office
answers for itself and for the offices it replaced (the Executive Secretary before the
Secretary-General).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import _args
from ._index import AMBIGUOUS, ambiguity, check_policy
from .dates import ordinal, to_date
from .errors import InvalidArgumentError, NotRecordedError

if TYPE_CHECKING:
    from ._dataset import Scope
    from .model import Office, Roster, Term

__all__ = ["council", "holder", "office", "offices", "possible_holders", "rosters", "terms"]


def offices(scope: Scope) -> tuple[Office, ...]:
    """The offices of the organisation, in file order."""
    return tuple(o for o in scope.data.offices() if o.organisation == scope.id)


def office(scope: Scope, wanted: object) -> Office:
    """Return one office of the organisation by id.

    Raises:
        InvalidArgumentError: No office has that id.
        NotRecordedError: The data records no offices of this organisation.
    """
    found = offices(scope)
    for candidate in found:
        if candidate.id == wanted:
            return candidate
    if not found:
        raise NotRecordedError(
            f"the data records no offices of the {scope.data.organisations[scope.id]}"
        )
    raise InvalidArgumentError("office", wanted, [o.id for o in found])


def terms(scope: Scope, wanted: object = None) -> tuple[Term, ...]:
    """The terms of office, by office and then in time order; one office's own if named."""
    found = tuple(t for t in scope.data.terms() if t.office.organisation == scope.id)
    if wanted is not None:
        office(scope, wanted)
        found = tuple(t for t in found if t.office.id == wanted)
    return tuple(sorted(found, key=lambda t: (t.office.id, t.start.earliest)))


def holder(scope: Scope, wanted: object, on: object, ambiguous: str = "raise") -> Term | None:
    """Return the term that holds on a day, or ``None`` (no office yet, or vacant)."""
    check_policy(ambiguous)
    table, by_id = scope.data.term_table(office(scope, wanted).id)
    day = ordinal(on)
    segment = table.at(day)
    found = segment.pick(ambiguous)
    if found is AMBIGUOUS:
        possible = frozenset(by_id.get(v) for v in segment.possible)
        raise ambiguity(str(wanted), day, segment, possible, what="holder")
    return None if found is None else by_id[found]


def possible_holders(scope: Scope, wanted: object, on: object) -> frozenset[Term | None]:
    """Return every term that may hold on a day (``None`` for a possible vacancy)."""
    table, by_id = scope.data.term_table(office(scope, wanted).id)
    return frozenset(by_id.get(v) for v in table.at(ordinal(on)).possible)


def rosters(scope: Scope, kind: object = None) -> tuple[Roster, ...]:
    """The recorded council rosters, in time order; one council's if named."""
    wanted = _args.council(kind) if kind is not None else None
    return tuple(
        sorted(
            (
                r
                for r in scope.data.rosters()
                if r.organisation == scope.id and wanted in (None, r.council)
            ),
            key=lambda r: (r.as_of.earliest, r.council.value),
        )
    )


def council(scope: Scope, kind: object, on: object) -> Roster:
    """Return the latest recorded roster of a council on or before a day.

    Raises:
        NotRecordedError: None is recorded on or before ``on``.
    """
    wanted = _args.council(kind, "kind")
    day = to_date(on)
    recorded = rosters(scope, wanted)
    candidates = [r for r in recorded if r.as_of.latest <= day]
    if not candidates:
        earliest = f"; the earliest is of {recorded[0].as_of}" if recorded else ""
        raise NotRecordedError(
            f"no roster of the {wanted.value} council is recorded on or before"
            f" {day.isoformat()}{earliest}"
        )
    return candidates[-1]
