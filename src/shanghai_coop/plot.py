"""A timeline chart of the membership history (extra ``plot``: matplotlib).

matplotlib is imported only when :func:`plot_timeline` is called.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ._enums import Council, Status
from .errors import ArgumentTypeError, InvalidArgumentError, MissingExtraError

if TYPE_CHECKING:
    from ._organisation import Organisation

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
    org: Organisation,
    ax: Any = None,
    *,
    start: int = 1996,
    end: int | None = None,
    summits: bool = True,
    shanghai_five: bool = True,
) -> Any:
    """Draw the membership history; see :meth:`Organisation.plot_timeline`."""
    from ._organisation import _integer

    start = _integer(start, "start", "an integer year")
    if end is not None:
        end = _integer(end, "end", "an integer year or None")
    for name, flag in (("summits", summits), ("shanghai_five", shanghai_five)):
        if type(flag).__name__ not in ("bool", "bool_"):  # bool or numpy.bool_
            raise ArgumentTypeError(name, flag, "True or False")
    if ax is not None and not callable(getattr(ax, "barh", None)):
        raise ArgumentTypeError("ax", ax, "a matplotlib Axes or None")
    last_year = end if end is not None else max(org.as_of, date.today()).year
    if not 1 <= start <= last_year <= 9998:
        raise InvalidArgumentError("start/end", (start, last_year), ["1 <= start <= end <= 9998"])
    last = date(end, 12, 31) if end is not None else max(org.as_of, date.today())
    try:
        from importlib import import_module

        # matplotlib is only partly typed: treat the modules as Any.
        mdates: Any = import_module("matplotlib.dates")
        patches: Any = import_module("matplotlib.patches")
    except ImportError:
        raise MissingExtraError("matplotlib", "plot") from None
    Patch = patches.Patch
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(11, 8), layout="constrained")
    first = date(start, 1, 1)
    s5 = org.predecessor if shanghai_five else None
    rows = [state for state in org.states if org.history(state)]
    rows.sort(key=lambda state: (org.history(state)[0].start.earliest, state.name))
    for y, state in enumerate(rows):
        spells = [*(s5.history(state) if s5 is not None else ()), *org.history(state)]
        for spell in spells:
            colour = _SHANGHAI_FIVE if spell.organisation == "S5" else COLOURS[spell.status]
            begin = spell.start.latest
            stop = spell.end.earliest if spell.end is not None else last
            ax.barh(
                y,
                (stop - begin).days,
                left=mdates.date2num(begin),
                height=0.7,
                color=colour,
                edgecolor="none",
            )
            for low, high in (
                (spell.start.earliest, spell.start.latest),
                *(((spell.end.earliest, spell.end.latest),) if spell.end else ()),
            ):
                if high > low:  # the uncertainty window of a roughly dated transition
                    ax.barh(
                        y,
                        (high - low).days,  # the uncertain days [low, high)
                        left=mdates.date2num(low),
                        height=0.7,
                        color=_UNCERTAIN,
                        hatch="///",
                        edgecolor="white",
                        linewidth=0,
                    )
    if summits:
        for summit in org.summits(council=Council.HEADS_OF_STATE):
            if summit.status.value == "held" and first <= summit.first_day <= last:
                ax.axvline(
                    mdates.date2num(summit.first_day),
                    color="#555555",
                    linewidth=0.6,
                    linestyle=":",
                    zorder=0,
                )
    if first <= org.as_of <= last:  # beyond it, the bands are the last known state
        ax.axvline(mdates.date2num(org.as_of), color="#D55E00", linewidth=1.0, linestyle="--")
    ax.set_yticks(range(len(rows)), [state.name for state in rows])
    if not ax.yaxis_inverted():  # the first row on top, once
        ax.invert_yaxis()
    ax.set_xlim(mdates.date2num(first), mdates.date2num(last + timedelta(days=1)))
    ax.xaxis_date()
    ax.xaxis.set_major_locator(mdates.YearLocator(2))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.grid(axis="x", color="#DDDDDD", linewidth=0.5)
    ax.set_axisbelow(True)
    handles = [Patch(color=c, label=s.value.replace("_", " ")) for s, c in COLOURS.items()]
    if s5 is not None:
        handles.insert(0, Patch(color=_SHANGHAI_FIVE, label="Shanghai Five"))
    handles.append(Patch(facecolor=_UNCERTAIN, hatch="///", label="date uncertain"))
    ax.legend(handles=handles, loc="lower left", fontsize="small", frameon=True)
    ax.set_title(
        f"{org.name}: membership history\n(data {org.data_version}, as of {org.as_of}"
        + ("; dotted lines: heads-of-state summits" if summits else "")
        + "; dashed line: as_of, the last known state beyond it)",
        fontsize="medium",
    )
    return ax
