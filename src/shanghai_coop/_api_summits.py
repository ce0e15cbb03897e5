"""The facade's summit queries: the councils' meetings and the Charter's rotation rule.

Part of :class:`~shanghai_coop.Organisation` (see :mod:`._organisation`); each method
imports its domain module on first call (the first status query needs none of them) and
delegates to :mod:`._summits` or :mod:`.rotation`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._args import Ambiguous, CouncilName, Reading, SummitStatusName
    from ._dataset import Scope
    from ._enums import Council, SummitStatus
    from .model import BacktestRow, Chairmanship, MemberState, Projection, Summit

__all__ = ["SummitQueries"]


class SummitQueries:
    """The meetings of the councils, their chair, and the rotation of their hosts."""

    __slots__ = ()
    _scope: Scope

    def summits(
        self,
        council: Council | CouncilName | None = None,
        between: tuple[object, object] | None = None,
        host: str | MemberState | None = None,
        status: SummitStatus | SummitStatusName | None = None,
    ) -> tuple[Summit, ...]:
        """Return the recorded meetings of the councils, in time order.

        Args:
            council: ``"heads_of_state"``, ``"heads_of_government"`` (or a
                :class:`~shanghai_coop.Council`), or ``None`` for both.
            between: ``(first, last)``: two date-like values, both ends inclusive. A summit
                is included when it may overlap the range: when the days it may have taken
                (from its earliest possible first day to its latest possible last day) meet
                ``[first, last]``; so a summit dated only "2026" is in any range that
                touches 2026.
            host: A state (anything :meth:`resolve` accepts): only summits it hosted.
            status: ``"held"``, ``"planned"`` or ``"not_held"``; ``None`` (default) gives
                held and planned meetings (a year without a meeting is not a meeting).

        Returns:
            The :class:`~shanghai_coop.Summit` records, sorted by first day.

        Raises:
            InvalidArgumentError: ``council`` or ``status`` is not one of its values, or
                ``between`` is not a pair with ``first <= last``.
            DateTypeError: A bound of ``between`` is not date-like.
            DateValueError: A bound of ``between`` is no calendar day.
            UnknownStateError: ``host`` denotes no state.

        Example:
            >>> sco = Organisation.load()
            >>> [s.id for s in sco.summits(between=("2024-01-01", "2024-12-31"))]
            ['SCO-CHS-2024', 'SCO-CHG-2024']
            >>> [s.city for s in sco.summits(council="heads_of_state", host="Uzbekistan")]
            ['Tashkent', 'Tashkent', 'Tashkent', 'Samarkand']
        """
        from . import _summits

        return _summits.summits(self._scope, council, between, host, status)

    def summit(self, year: int, council: Council | CouncilName = "heads_of_state") -> Summit:
        """Return the one meeting of a council in a year.

        Args:
            year: The calendar year.
            council: ``"heads_of_state"`` (default) or ``"heads_of_government"``.

        Returns:
            The :class:`~shanghai_coop.Summit` (held or planned).

        Raises:
            UnknownSummitError: The data records no meeting of that council in that year,
                or records that it did not meet (a ``LookupError``).
            InvalidArgumentError: ``year`` is not an integer or ``council`` is unknown.

        Example:
            >>> Organisation.load().summit(2015).city
            'Ufa'
        """
        from . import _summits

        return _summits.summit(self._scope, year, council)

    def chair(self, on: object, *, ambiguous: Ambiguous = "raise") -> Chairmanship:
        """Return who chairs the organisation on a day: its recorded chairmanship then.

        The chair passes at each meeting of the Council of Heads of State to the state that
        hosts the next one; each :class:`~shanghai_coop.Chairmanship` is a half-open
        interval ``[start, end)`` dated by sources (on a hand-over day the new chair
        holds). Nothing is inferred: where no source gives a hand-over day the data says
        so; a chairmanship whose end no source gives ends with the meeting it hosts, once
        held (Kyrgyzstan's, from 1 September 2025, ended at the Bishkek summit of
        1 September 2026; no source read names the next chair, so later days raise
        ``NotRecordedError``; see ``docs/data.md``).

        Args:
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: ``"raise"`` (default), ``"earliest"`` or ``"latest"``, for a day
                inside a hand-over dated only to a month, as for :meth:`status_of`.

        Returns:
            The :class:`~shanghai_coop.Chairmanship` that holds that day.

        Raises:
            NotRecordedError: No recorded chairmanship certainly holds that day: none is
                recorded then (before 2010), or one whose start or end no source gives
                may hold (the message names it), or the last recorded one ended at the
                meeting it hosted and no source names the next (from 2026-09-01).
            AmbiguousDateError: The day lies in the window of a hand-over dated to a
                month, and ``ambiguous="raise"``.
            InvalidArgumentError: ``ambiguous`` is not one of its values.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day.

        .. versionadded:: 0.4.0

        Example:
            >>> c = Organisation.load().chair(on="2025-01-01")
            >>> c.state.name, c.summit
            ('China', 'SCO-CHS-2025')
        """
        from . import _summits

        return _summits.chair(self._scope, on, ambiguous)

    def chairmanships(self) -> tuple[Chairmanship, ...]:
        """Return every recorded chairmanship of the organisation, in time order.

        Returns:
            The :class:`~shanghai_coop.Chairmanship` records; ``start`` or ``end`` is
            ``None`` where no source read gives it.

        .. versionadded:: 0.4.0

        Example:
            >>> [c.state.id for c in Organisation.load().chairmanships()][-3:]
            ['KAZ', 'CHN', 'KGZ']
        """
        from . import _summits

        return _summits.chairmanships(self._scope)

    def rotation_order(self, on: object) -> tuple[MemberState, ...]:
        """Return the members on a day in the order of the rotation rule.

        The members sorted by their Russian short names under the Unicode Collation
        Algorithm (CLDR's collation of Russian: "Ё" sorts as "Е" with a secondary
        difference, after "Е" and before "Ж"); see
        :mod:`shanghai_coop.rotation`.

        Args:
            on: A date-like value, as for :meth:`status_of`.

        Returns:
            A permutation of :meth:`members` ``(on)``.

        Raises:
            AmbiguousDateError: A membership is uncertain that day.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day.
            NotRecordedError: This is the Shanghai Five, which the Charter's rule never
                governed.

        Example:
            >>> [s.names.ru_short for s in Organisation.load().rotation_order("2026-01-01")][:3]
            ['Беларусь', 'Индия', 'Иран']
        """
        from . import rotation

        return rotation._order(self._scope, on)

    def projected_hosts(self, after: object, count: int = 1) -> tuple[Projection, ...]:
        """Project the hosts of the next heads-of-state summits by the rotation rule.

        Args:
            after: The summit to project from: a year (its heads-of-state summit), a summit
                id such as ``"SCO-CHS-2026"``, or a :class:`~shanghai_coop.Summit`.
            count: How many years to project, 1 to 100.

        Returns:
            :class:`~shanghai_coop.Projection` objects, one per following year. Each says
            it is a projection, names the rule and the order used, and carries the
            recorded summit of that year (an announcement) if the data holds one.

        Raises:
            UnknownSummitError: No heads-of-state summit is recorded for the year given.
            InvalidArgumentError: ``after`` or ``count`` is not valid, or ``after`` is a
                summit of another organisation.
            ArgumentTypeError: ``after`` or ``count`` has the wrong type.
            NotRecordedError: This is the Shanghai Five, which the Charter's rule never
                governed.

        Example:
            >>> p = Organisation.load().projected_hosts(after=2026)[0]
            >>> p.host.name, p.is_projection, p.recorded.host.name
            ('Pakistan', True, 'Pakistan')
        """
        from . import rotation

        return rotation._project(self._scope, after, count)

    def rotation_backtest(
        self, reading: Reading = "handover", admitted: bool = False
    ) -> tuple[BacktestRow, ...]:
        """Compare every heads-of-state summit that was held with the host the rule predicts.

        Under ``reading="handover"`` the prediction for a summit is the member after the
        previous summit's actual host, so one swap of two neighbours (Tajikistan and Russia
        in 2008/09 and 2014/15) also flags the year after (2010, 2016). Under ``"cycle"``
        it is the member after the position the Charter's cycle reached: a swap of
        neighbours flags its two years only; any other deviation restarts the cycle from
        the actual host. The order is that of the members on the day before the previous
        summit began; with ``admitted=True``, of those on its last day, so that a state
        admitted at the hand-over summit counts (Iran, admitted in 2023, is then due in
        2024). Planned summits are left out (see :meth:`projected_hosts`).

        Args:
            reading: ``"handover"`` (default) or ``"cycle"``.
            admitted: Whether a state admitted at the hand-over summit counts.

        Returns:
            :class:`~shanghai_coop.BacktestRow` objects in time order, each naming its
            ``reading`` and ``admitted``; ``followed`` is ``False`` where history deviated.

        Raises:
            NotRecordedError: This is the Shanghai Five, which the Charter's rule never
                governed.
            InvalidArgumentError: ``reading`` or ``admitted`` is not one of the above.

        .. versionchanged:: 0.4.0
           ``reading`` and ``admitted``.

        Example:
            >>> rows = Organisation.load().rotation_backtest()
            >>> [r.summit.first_day.year for r in rows if r.followed is False][:3]
            [2002, 2003, 2004]
        """
        from . import rotation

        return rotation._backtest(self._scope, reading, admitted)
