"""The Charter's rotation rule for the summits of the Council of Heads of State.

The rule (as the seed article states it): the Council of Heads of State meets annually, and
the locations of its summits "follow the alphabetical order of the member state's name in
Russian". The SCO Secretariat describes the same order for the post of Secretary-General
("on a rotating basis in Russian alphabetical order"). The Charter's own wording could not
be quoted from a source read for this release; the rule is therefore cited to the seed.

How the library applies it:

* **Order.** The members on a day, sorted by their Russian short names (the SCO's forms:
  Беларусь, Кыргызстан) under the Unicode Collation Algorithm with the Default Unicode
  Collation Element Table, which is CLDR's collation of Russian text: "Ё" sorts as "Е" with
  a secondary difference, i.e. right after it. The keys are computed with pyuca by
  ``scripts/update_collation.py`` and shipped as data (``collation.json``).
* **Next host.** After a summit hosted by state H, the next host is the first member after
  H in that order, wrapping round from the last to the first.
* **Admission at the hand-over summit.** The order is taken among the members on the day
  before the hand-over summit's first day: a state admitted at the very summit where the
  chair is handed over takes no part in that hand-over, and joins the rotation from the
  next one. (Iran, admitted at the New Delhi summit of 4 July 2023, does not come between
  India and Kazakhstan for 2024.) The founding summit of 15 June 2001 is the exception: the
  organisation had no members the day before, so its hand-over is among the six founders.
* **Back-test.** Every heads-of-state summit that was held is compared with the host
  predicted from the summit before it; where history differs the row says so. Announced
  (planned) summits are not history and are left out. Two readings, each row naming its
  own: ``"handover"`` predicts from the previous actual host; ``"cycle"`` from the
  position the cycle reached, so that a swap of two neighbours deviates in its two years
  only (any other deviation restarts the cycle from the actual host). ``admitted=True``
  counts a state admitted at the hand-over summit.
* **Projection.** Projected hosts are :class:`~shanghai_coop.Projection` objects, never
  :class:`~shanghai_coop.Summit` records; where the data records an announced summit for
  the projected year, the projection carries it in ``recorded`` for comparison.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from . import _args
from ._enums import Council, Status, SummitStatus
from ._membership import with_status
from ._summits import all_summits, summit, summits
from .errors import InvalidArgumentError, NotRecordedError

if TYPE_CHECKING:
    from ._dataset import Scope
    from .model import BacktestRow, MemberState, Projection, Summit

__all__ = ["READINGS", "RULE"]

#: The rule, in words, as every projection states it.
RULE = (
    "summits of the Council of Heads of State follow the Russian alphabetical order of the"
    " member states' short names (UCA/CLDR collation); the next host is the member after the"
    " last host, wrapping round, among the members before the hand-over summit"
)


def _charter_only(scope: Scope) -> None:
    """Refuse the Charter's rule for an organisation it never governed (the Shanghai Five)."""
    if scope.record.charter is None:
        raise NotRecordedError(
            f"the rotation rule is the SCO Charter's and never applied to the"
            f" {scope.data.organisations[scope.id]}, which had no charter; the data records no"
            " rule for its hosts"
        )


def _order(scope: Scope, on: object) -> tuple[MemberState, ...]:
    """Return the members on a day in rotation order; see :meth:`Organisation.rotation_order`."""
    _charter_only(scope)
    keys = scope.data.collation_keys()
    members = with_status(scope, Status.MEMBER, on)
    return tuple(sorted(members, key=lambda state: keys[state.id]))


def _next(scope: Scope, host: MemberState, order: tuple[MemberState, ...]) -> MemberState:
    keys = scope.data.collation_keys()
    host_key = keys[host.id]
    for state in order:
        if keys[state.id] > host_key:
            return state
    return order[0]


def _order_before(scope: Scope, basis: Summit) -> tuple[MemberState, ...]:
    """The order among the members before the summit; at the founding summit, the founders."""
    found = _order(scope, basis.first_day - timedelta(days=1))
    return found or _order(scope, basis.last_day)


#: The readings of the rule a back-test offers (see :meth:`Organisation.rotation_backtest`).
READINGS = ("handover", "cycle")


def _backtest(
    scope: Scope, reading: object = "handover", admitted: object = False
) -> tuple[BacktestRow, ...]:
    """Check every recorded heads-of-state summit against the rule.

    See :meth:`Organisation.rotation_backtest`.
    """
    from .model import BacktestRow

    _charter_only(scope)
    reading = _args.choice(reading, "reading", READINGS)
    if not isinstance(admitted, bool):
        raise InvalidArgumentError("admitted", admitted, ["True", "False"])
    rows = []
    held = summits(scope, council=Council.HEADS_OF_STATE, status=SummitStatus.HELD)
    previous: Summit | None = None
    anchor: MemberState | None = None  # the host the rule's next step starts from
    swapped = False  # the previous summit was the first of a swap of neighbours
    for index, current in enumerate(held):
        predicted: MemberState | None = None
        used: tuple[MemberState, ...] = ()
        if previous is not None and anchor is not None:
            used = _order(scope, previous.last_day) if admitted else _order_before(scope, previous)
            if used:
                predicted = _next(scope, anchor, used)
        actual = current.host
        followed = None if predicted is None or actual is None else predicted.id == actual.id
        rows.append(
            BacktestRow(
                summit=current,
                previous=previous,
                predicted=predicted,
                actual=actual,
                followed=followed,
                order=tuple(state.id for state in used),
                reading=reading,
                admitted=admitted,
            )
        )
        previous = current
        # "cycle": two neighbours that swap years leave the cycle where it was (both years
        # deviate, the year after does not); any other deviation restarts the cycle from
        # the actual host, as "handover" always does.
        after = held[index + 1].host if index + 1 < len(held) else None
        swap = (
            reading == "cycle"
            and predicted is not None
            and actual is not None
            and not followed
            and (swapped or (actual == _next(scope, predicted, used) and after == predicted))
        )
        anchor = predicted if swap else actual
        swapped = swap and not swapped
    return tuple(rows)


def _basis(scope: Scope, after: object) -> Summit:
    """The recorded heads-of-state summit a projection starts from."""
    from .model import Summit

    if isinstance(after, Summit):
        basis = after
    elif isinstance(after, str):
        found = [s for s in all_summits(scope) if s.id == after]
        if not found:
            raise InvalidArgumentError(
                "after", after, ["a summit id such as 'SCO-CHS-2026'", "a year", "a Summit"]
            )
        basis = found[0]
    else:
        year = _args.integer(after, "after", "a year, a summit id or a Summit")
        basis = summit(scope, year, Council.HEADS_OF_STATE)
    if basis.organisation != scope.id:
        name = scope.data.organisations[scope.id]
        raise InvalidArgumentError(
            "after", basis.id, [f"a heads-of-state summit of the {name} ({scope.id})"]
        )
    if basis.council is not Council.HEADS_OF_STATE or basis.host is None:
        raise InvalidArgumentError(
            "after", basis.id, ["a heads-of-state summit with a recorded host"]
        )
    return basis


def _project(scope: Scope, after: object, count: object = 1) -> tuple[Projection, ...]:
    """Project the hosts of the next summits; see :meth:`Organisation.projected_hosts`."""
    from .model import Projection

    _charter_only(scope)
    count = _args.integer(count, "count", "an integer from 1 to 100")
    if not 1 <= count <= 100:
        raise InvalidArgumentError("count", count, ["an integer from 1 to 100"])
    basis = _basis(scope, after)
    first = _order_before(scope, basis)
    later = _order(scope, basis.last_day + timedelta(days=1))
    recorded = {s.first_day.year: s for s in summits(scope, council=Council.HEADS_OF_STATE)}
    out = []
    host = basis.host
    assert host is not None  # checked by _basis
    year = basis.first_day.year
    for step in range(count):
        used = first if step == 0 else later
        host = _next(scope, host, used)
        year += 1
        out.append(
            Projection(
                year=year,
                host=host,
                basis=basis,
                rule=RULE,
                order=tuple(state.id for state in used),
                recorded=recorded.get(year),
            )
        )
    return tuple(out)
