"""Summits: the recorded meetings of the Council of Heads of State and of Heads of Government.

Functions over one organisation's :class:`~._dataset.Scope`. A summit's days run from its
``first_day`` to its ``last_day``, both inclusive; a summit dated only to a month or a year
covers every day it may have taken.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import _args
from ._enums import Council, SummitStatus
from .dates import to_date
from .errors import InvalidArgumentError, UnknownSummitError

if TYPE_CHECKING:
    from ._dataset import Scope
    from .model import Summit

__all__ = ["all_summits", "summit", "summits"]


def all_summits(scope: Scope) -> tuple[Summit, ...]:
    """Every summit record of the organisation, in file order (``not_held`` years too)."""
    return tuple(s for s in scope.data.summits() if s.organisation == scope.id)


def summits(
    scope: Scope,
    council: object = None,
    between: object = None,
    host: object = None,
    status: object = None,
) -> tuple[Summit, ...]:
    """Return the recorded meetings that match, sorted by first day."""
    wanted_council = _args.council(council) if council is not None else None
    wanted_status = _args.enum_value(SummitStatus, status, "status") if status is not None else None
    host_key = scope.data.key_of(host) if host is not None else None
    first = last = None
    if between is not None:
        if not isinstance(between, (tuple, list)) or len(between) != 2:
            raise InvalidArgumentError("between", between, ["a pair (first, last)"])
        first, last = to_date(between[0], "between"), to_date(between[1], "between")
        if first > last:
            raise InvalidArgumentError("between", between, ["a pair with first <= last"])

    def wanted(summit: Summit) -> bool:
        if wanted_status is None:
            if summit.status is SummitStatus.NOT_HELD:
                return False
        elif summit.status is not wanted_status:
            return False
        if wanted_council is not None and summit.council is not wanted_council:
            return False
        if host_key is not None and (summit.host is None or summit.host.id != host_key):
            return False
        if first is None or last is None:
            return True
        return not (summit.last_day < first or summit.first_day > last)

    found = [summit for summit in all_summits(scope) if wanted(summit)]
    return tuple(sorted(found, key=lambda s: (s.first_day, s.council.value)))


def summit(scope: Scope, year: object, council: object = Council.HEADS_OF_STATE) -> Summit:
    """Return the one meeting of a council in a year."""
    year = _args.integer(year, "year", "an integer year such as 2024")
    wanted = _args.council(council)
    found = [s for s in all_summits(scope) if s.council is wanted and s.first_day.year == year]
    meetings = [s for s in found if s.status is not SummitStatus.NOT_HELD]
    if len(meetings) == 1:
        return meetings[0]
    if meetings:
        raise UnknownSummitError(
            f"{len(meetings)} meetings of the {wanted.value} council in {year}:"
            f" {', '.join(s.id for s in meetings)}; use summits(between=...)"
        )
    if found:
        raise UnknownSummitError(
            f"the {wanted.value} council of the {scope.id} did not meet in {year}"
            f" (record {found[0].id})"
        )
    years = sorted({s.first_day.year for s in all_summits(scope) if s.council is wanted})
    span = f"{years[0]}-{years[-1]}" if years else "none"
    raise UnknownSummitError(
        f"no recorded meeting of the {wanted.value} council of the {scope.id} in {year}"
        f" (recorded years: {span})"
    )
