"""The facade's tables: bulk look-ups, records, panels, frames and the timeline chart.

Part of :class:`~shanghai_coop.Organisation` (see :mod:`._organisation`); each method
imports its domain module on first call (the first status query needs none of them) and
delegates to :mod:`._bulk`, :mod:`._records`, :mod:`._panel` or :mod:`.plot`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Any, Literal, TypeVar

    import numpy as np
    import pandas
    import polars
    from numpy.typing import NDArray

    from ._args import (
        Ambiguous,
        BulkAmbiguous,
        ConfidenceName,
        Errors,
        RecordKind,
        Rule,
        SeriesLike,
    )  # fmt: skip
    from ._dataset import Scope
    from ._enums import Confidence, Status
    from .model import MemberState
    from .tables import Table

    SeriesT = TypeVar("SeriesT", bound=SeriesLike)
    #: What a bulk look-up takes as many states: a sequence, or one state for every date.
    States = Sequence[str | MemberState] | str | MemberState

__all__ = ["TableQueries"]


class TableQueries:
    """Many answers at once: bulk look-ups, tables of records, panels, a chart."""

    __slots__ = ()
    _scope: Scope

    # fmt: off
    @overload
    def status_of_many(
        self, states: SeriesT, dates: object, *, ambiguous: BulkAmbiguous = ...,
        errors: Errors = ..., min_confidence: Confidence | ConfidenceName | None = ...,
    ) -> SeriesT: ...
    @overload
    def status_of_many(  # type: ignore[overload-overlap]  # pyright: ignore[reportOverlappingOverload]
        self, states: States | NDArray[Any], dates: SeriesT, *, ambiguous: BulkAmbiguous = ...,
        errors: Errors = ..., min_confidence: Confidence | ConfidenceName | None = ...,
    ) -> SeriesT: ...
    @overload
    def status_of_many(
        self, states: NDArray[Any], dates: object, *, ambiguous: BulkAmbiguous = ...,
        errors: Errors = ..., min_confidence: Confidence | ConfidenceName | None = ...,
    ) -> NDArray[np.object_]: ...
    @overload
    def status_of_many(  # type: ignore[overload-overlap]
        self, states: States, dates: NDArray[Any], *, ambiguous: BulkAmbiguous = ...,
        errors: Errors = ..., min_confidence: Confidence | ConfidenceName | None = ...,
    ) -> NDArray[np.object_]: ...
    @overload
    def status_of_many(
        self, states: States, dates: object, *, ambiguous: Ambiguous = ...,
        errors: Literal["raise"] = ..., min_confidence: None = ...,
    ) -> tuple[Status, ...]: ...
    @overload
    def status_of_many(
        self, states: States, dates: object, *, ambiguous: BulkAmbiguous = ...,
        errors: Errors = ..., min_confidence: Confidence | ConfidenceName | None = ...,
    ) -> tuple[Status | None, ...]: ...
    def status_of_many(
        self, states: Any, dates: Any, *, ambiguous: BulkAmbiguous = "raise",
        errors: Errors = "raise", min_confidence: Confidence | ConfidenceName | None = None,
    ) -> Any:
        # fmt: on
        """Answer many status queries at once, exactly as :meth:`status_of` would one by one.

        Args:
            states: A sequence, numpy array or pandas Series of states (anything
                :meth:`resolve` accepts), or one state for every date.
            dates: A sequence, numpy ``datetime64`` array or pandas Series of dates (anything
                :meth:`status_of` accepts), or one date for every state. Two sequences must
                have the same length.
            ambiguous: As for :meth:`status_of`, or ``"missing"`` (new in 0.4.0): a missing
                value for a pair inside an uncertainty window.
            errors: ``"raise"`` (default), or ``"coerce"`` (new in 0.4.0): as pandas', a
                missing value for a pair whose state or date cannot be read.
            min_confidence: Blank (``None``; missing in a Series) every answer that rests
                on a spell graded below this (see ``Confidence``); one spell look-up per
                pair. ``None`` (default): no filter.

        Pairs are matched by position; two Series must have the same index (not aligned). A
        categorical Series is resolved by the categories it uses (unused ones need not be states).

        Returns:
            A ``tuple`` of :class:`~shanghai_coop.Status` for plain sequences; a numpy object
            array of them when an input is a numpy array or scalar (a ``numpy.datetime64``
            date); a categorical pandas ``Series`` (with the input's index) when an input is
            a Series. As long as the input; a missing answer is ``None`` (missing in a Series).

        Raises:
            AmbiguousDateError: A pair falls inside an uncertainty window and
                ``ambiguous="raise"`` (the first such pair is named).
            UnknownStateError: A state is unknown.
            DateTypeError: A date is not date-like.
            DateValueError: A date is no calendar day (``NaT``, a week or month unit).
            InvalidArgumentError: Lengths differ, two Series have different indexes, both
                inputs are scalars, or ``ambiguous`` is not a policy.
            ArgumentTypeError: An input is a set or dict (no order to match answers to), or
                a generator or iterator (make it a list first).

        An error about one element names its position (``"... (at position 3)"``).

        Example:
            >>> sco = Organisation.load()
            >>> [s.value for s in sco.status_of_many(["Iran", "India"], "2020-01-01")]
            ['observer', 'member']
            >>> sco.status_of_many(["Iran", "Atlantis", None], "2020-01-01", errors="coerce")
            (<Status.OBSERVER: 'observer'>, None, None)
            >>> sco.status_of_many("Saudi Arabia", ["2022-09-20", "2023-01-01"], ambiguous="missing")
            (None, <Status.DIALOGUE_PARTNER: 'dialogue_partner'>)
        """  # noqa: E501
        from . import _bulk

        found = _bulk.status_of_many(self._scope, states, dates, ambiguous, errors)
        if min_confidence is None:
            return found
        from ._panel import mask_below

        return mask_below(self._scope, states, dates, found, min_confidence, ambiguous)

    def records(self, kind: RecordKind) -> Table:
        """Return one kind of record as a table of plain dicts (no optional dependency).

        Args:
            kind: ``"spells"``, ``"states"``, ``"summits"``, ``"terms"``, ``"relations"``,
                ``"applications"``, ``"rosters"``, ``"crosswalk"`` (every state's ISO,
                Wikidata, Correlates of War and Gleditsch-Ward codes, and the former states
                of the COW and ISO 3166-3 lists; new in 0.4.0) or ``"segments"``: every
                state's time line as half-open ``[start, end)`` intervals of constant answer,
                made for interval joins in SQL and data-frame engines (docs: "Merge SCO status
                into your data"). The columns of each are in
                :data:`shanghai_coop.tables.COLUMNS`; none is removed or renamed within a
                major version.

        Returns:
            A :class:`~shanghai_coop.tables.Table`: a sequence of ``dict`` rows with ISO
            date strings, ``.to_pandas()``, ``.to_polars()``, ``.to_arrow()``, ``.to_csv()``,
            ``.to_json()``, ``.export(path)``.

        .. versionchanged:: 0.4.0
           The kind ``"segments"``.

        Raises:
            InvalidArgumentError: ``kind`` is not one of these.

        Example:
            >>> table = Organisation.load().records("summits")
            >>> table[0]["id"], table[0]["start_earliest"]
            ('SCO-CHS-2001', '2001-06-14')
            >>> crosswalk = Organisation.load().records("crosswalk")
            >>> [(r["state"], r["cow_code"], r["cow_abbrev"], r["gw_code"])
            ...  for r in crosswalk if r["iso_numeric"] == "417"]
            [('KGZ', 703, 'KYR', 703)]
        """
        from . import _records

        return _records.records(self._scope, kind)

    def to_pandas(self, kind: RecordKind) -> pandas.DataFrame:
        """Return :meth:`records` as a pandas DataFrame.

        Args:
            kind: As for :meth:`records`.

        Returns:
            A ``pandas.DataFrame`` with dates as ``datetime64`` and statuses as categoricals.

        Raises:
            MissingExtraError: pandas is not installed (extra ``pandas``).
            InvalidArgumentError: ``kind`` is unknown.

        Example:
            >>> from shanghai_coop import MissingExtraError
            >>> try:
            ...     frame = Organisation.load().to_pandas("summits")
            ... except MissingExtraError:  # without the extra
            ...     frame = None
            >>> frame is None or frame["council"].dtype.name == "category"
            True
        """
        return self.records(kind).to_pandas()

    def to_polars(self, kind: RecordKind) -> polars.DataFrame:
        """Return :meth:`records` as a polars DataFrame.

        Args:
            kind: As for :meth:`records`.

        Returns:
            A ``polars.DataFrame`` with ``pl.Date`` dates and ``pl.Enum`` statuses.

        Raises:
            MissingExtraError: polars is not installed (extra ``polars``).
            InvalidArgumentError: ``kind`` is unknown.

        Example:
            >>> from shanghai_coop import MissingExtraError
            >>> try:
            ...     frame = Organisation.load().to_polars("terms")
            ... except MissingExtraError:  # without the extra
            ...     frame = None
            >>> frame is None or frame.height == len(Organisation.load().terms())
            True
        """
        return self.records(kind).to_polars()

    def country_year(
        self,
        start: int,
        end: int,
        states: str | MemberState | Iterable[Any] = "participants",
        rule: Rule | None = None,
        ambiguous: Literal["earliest", "latest"] = "earliest",
        *,
        convention: Literal["native", "cow"] = "native",
        observers: bool | None = None,
        min_confidence: Confidence | ConfidenceName | None = None,
    ) -> Table:
        """Return a state-year panel of status, for merging into country-year data sets.

        One row per state and year, ``start`` to ``end`` inclusive, the status by ``rule``;
        ``uncertain`` flags a year that hangs on a date known roughly (``possible``: the
        candidates; ``ambiguous`` picks one); ``carried_forward`` one resting on days after
        ``as_of`` (``cow_igo`` -9, COW's "missing"); ``provenance`` survives a merge.
        ``cow_igo`` follows a convention (:data:`~shanghai_coop.tables.CONVENTIONS`):
        ``"native"`` (the SCO from 15 June 2001, observers and partners 3) or ``"cow"``
        (COW IGO v3's ``sco``, equal cell for cell for 1996-2014: the Shanghai Five counted
        as the SCO from 1996, no observers, or 3 with ``observers=True``; extended to
        ``as_of`` by the same rules).

        Args:
            start: First year.
            end: Last year.
            states: ``"participants"`` (states with a spell in the SCO or the Shanghai
                Five), ``"all"`` (every ISO 3166-1 country, and Kosovo), one state, or a
                list of states (a set is put in ISO-code order).
            rule: ``"jan1"``, ``"dec31"`` (the status on that day), ``"any"`` (the highest
                held on any day of the year) or ``"majority"`` (held on most days);
                ``None``: ``"jan1"``, or ``"any"`` under the COW convention.
            ambiguous: ``"earliest"`` (default) or ``"latest"``, for uncertain years.
            convention: ``"native"`` (default) or ``"cow"`` (not for the Shanghai Five).
            observers: Observers and partners 3 in ``cow_igo`` (``None``: native only).
            min_confidence: Keep the rows graded this or firmer (and those with no grade).

        Returns:
            A :class:`~shanghai_coop.tables.Table` (``COLUMNS["panel"]``; ``meta``: rule...).

        Raises:
            InvalidArgumentError: An invalid argument, or a panel over 1,000,000 rows.
            ArgumentTypeError: A year is no integer, ``observers`` no bool or ``None``, or
                ``states`` of no accepted type.
            UnknownStateError: A state in ``states`` is unknown.

        .. versionchanged:: 0.4.0
           ``convention``, ``observers``, ``min_confidence``; five new columns.

        Example:
            >>> sco = Organisation.load()
            >>> panel = sco.country_year(2016, 2017, states=["India"])
            >>> [(r["year"], r["status"], r["cow_igo"]) for r in panel], panel.meta["rule"]
            ([(2016, 'observer', 3), (2017, 'observer', 3)], 'jan1')
        """
        from . import _panel

        args = (start, end, states, rule, ambiguous, convention, observers)
        return _panel.country_year(self._scope, *args, min_confidence)

    def plot_timeline(
        self,
        ax: Any = None,
        *,
        start: int = 1996,
        end: int | None = None,
        summits: bool = True,
        shanghai_five: bool = True,
    ) -> Any:
        """Draw the membership history as a timeline chart (extra ``plot``: matplotlib).

        One row per state that ever held a status, a band per status spell (colour per
        status), the Shanghai Five band before 2001, hatched grey where a transition is
        dated only roughly, and dotted lines at the heads-of-state summits.

        Args:
            ax: A matplotlib ``Axes`` to draw on, or ``None`` for a new figure.
            start: First year shown.
            end: Last year shown (default: the later of ``as_of`` and today).
            summits: Mark the heads-of-state summits.
            shanghai_five: Draw the Shanghai Five band.

        Returns:
            The matplotlib ``Axes``.

        Raises:
            MissingExtraError: matplotlib is not installed
                (``pip install 'shanghai_coop[plot]'``).
            ArgumentTypeError: A year is not an integer, a flag not a bool, or ``ax`` no
                ``Axes``.
            InvalidArgumentError: The years are not ``1 <= start <= end <= 9998``.

        Example:
            >>> from shanghai_coop import MissingExtraError
            >>> try:
            ...     import matplotlib
            ...     matplotlib.use("Agg")
            ...     ax = Organisation.load().plot_timeline(start=2000)
            ...     shown = ax.get_yticklabels()[0].get_text()
            ... except (ImportError, MissingExtraError):  # without the extra
            ...     shown = "China"
            >>> shown
            'China'
        """
        from . import plot

        return plot._plot_timeline(
            self._scope, ax, start=start, end=end, summits=summits, shanghai_five=shanghai_five
        )
