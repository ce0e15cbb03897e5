"""Render the documentation's pictures at build time (matplotlib, Agg backend).

A local Sphinx extension (``docs/conf.py`` loads it): on ``builder-inited`` it draws each
figure from the installed package's data into ``docs/_generated/`` (ignored by git), so the
pictures always show the data the docs describe and no PNG is committed. Pages include
them with ``{image}`` or ``{figure}`` directives.
"""

from __future__ import annotations

import collections
import pathlib
from typing import Any

__all__ = ["setup"]

#: The statuses stacked in the panel plot, bottom to top, with their legend labels.
_PANEL_STATUSES = (
    ("member", "Members"),
    ("observer", "Observers"),
    ("dialogue_partner", "Dialogue partners"),
    ("partner", "Partners"),
)


def _timeline(target: pathlib.Path) -> None:
    """The membership timeline, as ``shanghai_coop.plot_timeline`` draws it."""
    import matplotlib.pyplot as plt

    import shanghai_coop as sco

    organisation = sco.organisation()
    # Narrower than the chart's default (11 x 8 in), so that its labels stay legible in the
    # page's column; up to the data's as_of year, so that a rebuild on another day draws
    # the same picture.
    fig, ax = plt.subplots(figsize=(9.5, 8), layout="constrained")
    organisation.plot_timeline(ax, end=organisation.as_of.year)
    fig.savefig(target, dpi=150)
    plt.close(fig)


def _members_per_year(target: pathlib.Path) -> None:
    """States per status and year, from the country-year panel (status on 31 December)."""
    import matplotlib.pyplot as plt

    import shanghai_coop as sco
    from shanghai_coop.plot import COLOURS

    organisation = sco.organisation()
    as_of = organisation.as_of
    # The last year whose 31 December the data covers: no bar rests on days after as_of.
    last = as_of.year if (as_of.month, as_of.day) == (12, 31) else as_of.year - 1
    panel = organisation.country_year(2001, last, rule="dec31")
    counts: collections.Counter[tuple[int, str]] = collections.Counter(
        (row["year"], row["status"]) for row in panel
    )
    years = list(range(2001, last + 1))
    fig, ax = plt.subplots(figsize=(9, 4), layout="constrained")
    bottom = [0] * len(years)
    for status, label in _PANEL_STATUSES:
        heights = [counts[year, status] for year in years]
        colour = COLOURS[sco.Status(status)]
        ax.bar(years, heights, bottom=bottom, color=colour, label=label, width=0.8)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_xticks(years[::2])
    ax.set_ylabel("states on 31 December")
    ax.set_title(f"The SCO's states by status, 2001-{last} (country_year, rule='dec31')")
    ax.legend(loc="upper left", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.savefig(target, dpi=150)
    plt.close(fig)


FIGURES = {"timeline.png": _timeline, "members_per_year.png": _members_per_year}


def _render(app: Any) -> None:
    import matplotlib

    matplotlib.use("Agg")
    target = pathlib.Path(app.srcdir) / "_generated"
    target.mkdir(exist_ok=True)
    for name, draw in FIGURES.items():
        draw(target / name)


def setup(app: Any) -> dict[str, Any]:
    """Register the build-time rendering of the figures."""
    app.connect("builder-inited", _render)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
