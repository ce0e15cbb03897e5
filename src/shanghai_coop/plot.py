"""A timeline chart of the membership history (extra ``plot``: matplotlib).

matplotlib is imported only when :func:`plot_timeline` is called.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from . import _args
from ._enums import Council, Status
from ._membership import history
from ._summits import summits as summits_of
from .errors import ArgumentTypeError, InvalidArgumentError, MissingExtraError

if TYPE_CHECKING:
    from ._dataset import Scope
    from .model import Membership, MemberState

__all__ = ["COLOURS"]

#: Band colours per status (colour-blind-safe Okabe-Ito palette).
COLOURS: Mapping[Status, str] = MappingProxyType(
    {
        Status.MEMBER: "#0072B2",
        Status.OBSERVER: "#E69F00",
        Status.DIALOGUE_PARTNER: "#009E73",
        Status.PARTNER: "#CC79A7",
    }
)
_SHANGHAI_FIVE = "#56B4E9"
_UNCERTAIN = "#BBBBBB"


def _plot_timeline(
    scope: Scope,
    ax: Any = None,
    *,
    start: object = 1996,
    end: object = None,
    summits: object = True,
    shanghai_five: object = True,
) -> Any:
    """Draw the membership history; see :meth:`Organisation.plot_timeline`."""
    first_year = _args.integer(start, "start", "an integer year")
    last_year = None if end is None else _args.integer(end, "end", "an integer year or None")
    for name, flag in (("summits", summits), ("shanghai_five", shanghai_five)):
        if type(flag).__name__ not in ("bool", "bool_"):  # bool or numpy.bool_
            raise ArgumentTypeError(name, flag, "True or False")
    if ax is not None and not callable(getattr(ax, "barh", None)):
        raise ArgumentTypeError("ax", ax, "a matplotlib Axes or None")
    as_of = scope.data.as_of
    shown = last_year if last_year is not None else max(as_of, date.today()).year
    if not 1 <= first_year <= shown <= 9998:
        raise InvalidArgumentError("start/end", (first_year, shown), ["1 <= start <= end <= 9998"])
    first = date(first_year, 1, 1)
    last = date(last_year, 12, 31) if last_year is not None else max(as_of, date.today())
    try:
        from importlib import import_module

        # matplotlib is only partly typed: treat the modules as Any.
        mdates: Any = import_module("matplotlib.dates")
        patches: Any = import_module("matplotlib.patches")
    except ImportError:
        raise MissingExtraError("matplotlib", "plot") from None
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(11, 8), layout="constrained")
    s5 = scope.record.predecessor if shanghai_five else None
    rows = _bands(scope, ax, mdates, s5, (first, last))
    if summits:
        for summit in summits_of(scope, council=Council.HEADS_OF_STATE):
            if summit.status.value == "held" and first <= summit.first_day <= last:
                ax.axvline(
                    mdates.date2num(summit.first_day),
                    color="#555555",
                    linewidth=0.6,
                    linestyle=":",
                    zorder=0,
                )
    _decorate(scope, ax, mdates, patches, rows, (first, last), s5, bool(summits))
    return ax


def _bands(
    scope: Scope, ax: Any, mdates: Any, s5: str | None, window: tuple[date, date]
) -> list[MemberState]:
    """Draw a row of bands per state that held a status in the window; return the rows.

    Every band is clipped to the window ``[first, last]`` (both days included); a spell or an
    uncertainty window outside it is not drawn, and a state with nothing in it has no row.
    """
    from ._dataset import Scope

    first, last = window
    after = last + timedelta(days=1)
    predecessor = Scope(scope.data, s5) if s5 is not None else None

    def spells(state: MemberState) -> list[Membership]:
        earlier = history(predecessor, state) if predecessor is not None else ()
        return [
            spell
            for spell in (*earlier, *history(scope, state))
            if spell.start.earliest < after and (spell.end is None or spell.end.latest > first)
        ]

    rows = [state for state in scope.data.states() if spells(state)]
    rows.sort(key=lambda state: (spells(state)[0].start.earliest, state.name))

    def band(y: int, low: date, high: date, **style: Any) -> None:
        low, high = max(low, first), min(high, after)  # [low, high) within the window
        if high > low:
            ax.barh(y, (high - low).days, left=mdates.date2num(low), height=0.7, **style)

    for y, state in enumerate(rows):
        for spell in spells(state):
            colour = _SHANGHAI_FIVE if spell.organisation == "S5" else COLOURS[spell.status]
            stop = spell.end.earliest if spell.end is not None else after
            band(y, spell.start.latest, stop, color=colour, edgecolor="none")
            for low, high in (
                (spell.start.earliest, spell.start.latest),
                *(((spell.end.earliest, spell.end.latest),) if spell.end else ()),
            ):  # the uncertainty window of a roughly dated transition: days [low, high)
                band(y, low, high, color=_UNCERTAIN, hatch="///", edgecolor="white", linewidth=0)
    return rows


def _decorate(
    scope: Scope,
    ax: Any,
    mdates: Any,
    patches: Any,
    rows: list[MemberState],
    window: tuple[date, date],
    s5: str | None,
    summits: bool,
) -> None:
    """Axes, ticks, legend and title."""
    first, last = window
    as_of = scope.data.as_of
    if first <= as_of <= last:  # beyond it, the bands are the last known state
        ax.axvline(mdates.date2num(as_of), color="#D55E00", linewidth=1.0, linestyle="--")
    ax.set_yticks(range(len(rows)), [state.name for state in rows])
    if not ax.yaxis_inverted():  # the first row on top, once
        ax.invert_yaxis()
    ax.set_xlim(mdates.date2num(first), mdates.date2num(last + timedelta(days=1)))
    ax.xaxis_date()
    ax.xaxis.set_major_locator(mdates.YearLocator(2))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.grid(axis="x", color="#DDDDDD", linewidth=0.5)
    ax.set_axisbelow(True)
    patch = patches.Patch
    handles = [patch(color=c, label=s.value.replace("_", " ")) for s, c in COLOURS.items()]
    if s5 is not None:
        handles.insert(0, patch(color=_SHANGHAI_FIVE, label="Shanghai Five"))
    handles.append(patch(facecolor=_UNCERTAIN, hatch="///", label="date uncertain"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small")
    ax.set_title(
        f"{scope.data.organisations[scope.id]}: membership history\n(data"
        f" {scope.data.data_version}, as of {as_of}"
        + ("; dotted lines: heads-of-state summits" if summits else "")
        + "; dashed line: as_of, the last known state beyond it)",
        fontsize="medium",
    )
