"""Summits: the recorded meetings of the Council of Heads of State and of Heads of Government.

Functions over one organisation's :class:`~._dataset.Scope`. A summit's days run from its
``first_day`` to its ``last_day``, both inclusive; a summit dated only to a month or a year
covers every day it may have taken.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import _args
from ._enums import Council, SummitStatus
from ._index import check_policy
from .dates import to_date
from .errors import AmbiguousDateError, InvalidArgumentError, NotRecordedError, UnknownSummitError

if TYPE_CHECKING:
    from datetime import date

    from ._dataset import Scope
    from .model import Chairmanship, Summit

__all__ = ["all_summits", "chair", "chairmanships", "summit", "summits"]


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


def chairmanships(scope: Scope) -> tuple[Chairmanship, ...]:
    """The recorded chairmanships of the organisation, in time order."""
    found = [c for c in scope.data.chairmanships() if c.organisation == scope.id]
    return tuple(sorted(found, key=_chair_order))


def _chair_order(c: Chairmanship) -> tuple[date, date]:
    start = c.start.earliest if c.start is not None else None
    end = c.end.earliest if c.end is not None else None
    known = start or end
    assert known is not None  # the linter requires a start or an end
    return (known, end or known)


def chair(scope: Scope, on: object, ambiguous: str = "raise") -> Chairmanship:
    """Return the chairmanship that holds on a day.

    A start or end that no source gives is bounded by the rule the data follows: a
    chairmanship begins at the end of a meeting of the Council of Heads of State and ends at
    the end of the meeting it hosts. A day that such a chairmanship may cover is not
    answered: the data cannot tell.

    Raises:
        NotRecordedError: No recorded chairmanship certainly holds that day, because none
            is recorded then, or one whose start or end no source gives may hold, or the
            last recorded one ended at the meeting it hosted and no source names the next.
        AmbiguousDateError: The day lies in the uncertainty window of a hand-over dated
            only to a month (with ``ambiguous="raise"``).
    """
    check_policy(ambiguous)
    day = to_date(on)
    recorded = chairmanships(scope)
    held = {
        s.id: s.last_day
        for s in all_summits(scope)
        if s.council is Council.HEADS_OF_STATE and s.status is SummitStatus.HELD
    }
    certain: list[Chairmanship] = []
    windows: list[Chairmanship] = []
    unknown: list[Chairmanship] = []
    successor: list[Chairmanship] = []  # handed over at a held meeting, to nobody recorded
    for index, c in enumerate(recorded):
        hosted = next((s.last_day for s in all_summits(scope) if s.id == c.summit), None)
        if c.start is None:
            before = [m for m in held.values() if hosted is None or m < hosted]
            begun, maybe_begun = False, bool(before) and max(before) <= day
        else:
            begun, maybe_begun = c.start.latest <= day, c.start.earliest <= day
        if c.end is None and c.summit in held and day >= held[c.summit]:
            # The meeting it hosts was held: by the rule the chair passed there, to a
            # successor no source read names (regression: the last chair ran on).
            running = maybe_running = False
            if begun:
                successor.append(c)
        elif c.end is None:
            is_last = index == len(recorded) - 1
            running, maybe_running = is_last, is_last or hosted is None or day < hosted
        else:
            running, maybe_running = day < c.end.earliest, day < c.end.latest
        if begun and running:
            certain.append(c)
        elif maybe_begun and maybe_running:
            partly_unknown = c.start is None or (not running and c.end is None)
            (unknown if partly_unknown else windows).append(c)
    if certain and not unknown:
        return certain[0]
    if successor and not certain and not windows:
        c = successor[-1]
        raise NotRecordedError(_passed_on(scope, day, c, held[c.summit]))
    if unknown or not windows:
        raise NotRecordedError(_not_recorded(scope, day, unknown))
    return _in_window(scope, day, windows, ambiguous)


def _passed_on(scope: Scope, day: date, c: Chairmanship, hosted: date) -> str:
    return (
        f"no chairmanship of the {scope.id} is recorded on {day}: {c.state.id}'s ended at the"
        f" meeting it hosted ({c.summit}, {hosted}), and no source read names the state it"
        " passed to"
    )


def _in_window(
    scope: Scope, day: date, windows: list[Chairmanship], ambiguous: str
) -> Chairmanship:
    """The chairmanship of a day inside a hand-over's window, under the policy."""
    if ambiguous == "raise":
        low = min(_window(c, day)[0] for c in windows)
        high = max(_window(c, day)[1] for c in windows)
        states = frozenset(c.state.id for c in windows)
        raise AmbiguousDateError(scope.id, day, states, (low, high), what="chair")
    # "earliest": every hand-over as early as possible, so the later chairmanship holds.
    return windows[-1] if ambiguous == "earliest" else windows[0]


def _window(c: Chairmanship, day: date) -> tuple[date, date]:
    for edge in (c.start, c.end):
        if edge is not None and edge.earliest <= day <= edge.latest:
            return edge.earliest, edge.latest
    return day, day  # pragma: no cover - a window holds the day


def _not_recorded(scope: Scope, day: date, unknown: list[Chairmanship]) -> str:
    text = f"no chairmanship of the {scope.id} is recorded as certainly holding on {day}"
    if not unknown:
        return text
    described = [
        f"{c.state.id} ({c.start or 'start not recorded'} to {c.end or 'end not recorded'})"
        for c in unknown
    ]
    return f"{text}; it may be {' or '.join(described)}"
