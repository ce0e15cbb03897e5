"""The facade's office queries: terms, holders on a day, council rosters.

Part of :class:`~shanghai_coop.Organisation` (see :mod:`._organisation`); each method
imports its domain module on first call (the first status query needs none of them) and
delegates to :mod:`._offices`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._args import Ambiguous, CouncilName, OfficeName
    from ._dataset import Scope
    from ._enums import Council
    from .model import Office, Roster, Term

__all__ = ["OfficeQueries"]


class OfficeQueries:
    """The offices, their terms and holders, and who sat on the councils."""

    __slots__ = ()
    _scope: Scope

    def offices(self) -> tuple[Office, ...]:
        """Return the offices the data records (Executive Secretary, Secretary-General, ...).

        Example:
            >>> [o.id for o in Organisation.load().offices()]
            ['executive_secretary', 'rats_director', 'secretary_general']
        """
        from . import _offices

        return _offices.offices(self._scope)

    def terms(self, office: OfficeName | None = None) -> tuple[Term, ...]:
        """Return the terms of office, by office and then in time order.

        Each office lists only its own terms. The heads of the Secretariat were an
        Executive Secretary (Zhang Deguang, 2004-2006) and then Secretaries-General, so
        ``terms("secretary_general")`` leaves Zhang Deguang out, while :meth:`holder`
        answers for the office and the one it replaced. For every head of the Secretariat
        take ``terms("executive_secretary") + terms("secretary_general")``.

        Args:
            office: ``"executive_secretary"``, ``"secretary_general"``, ``"rats_director"``,
                or ``None`` for all.

        Returns:
            :class:`~shanghai_coop.Term` records.

        Raises:
            InvalidArgumentError: ``office`` is not one of the offices.

        Example:
            >>> sco = Organisation.load()
            >>> [t.holder.name for t in sco.terms("secretary_general")][:2]
            ['Bolat Nurgaliyev', 'Muratbek Imanaliev']
            >>> heads = sco.terms("executive_secretary") + sco.terms("secretary_general")
            >>> len(heads), heads[0].holder.name
            (8, 'Zhang Deguang')
        """
        from . import _offices

        return _offices.terms(self._scope, office)

    def holder(
        self, office: OfficeName, on: object, *, ambiguous: Ambiguous = "raise"
    ) -> Term | None:
        """Return the term of office that holds on a day.

        An office answers for itself and for the offices it replaced: the Secretariat was
        headed by an Executive Secretary until the post became that of Secretary-General,
        so ``holder("secretary_general", "2005-01-01")`` is Zhang Deguang's term, whose
        ``office`` says it was the Executive Secretary. Terms are half-open ``[start, end)``
        like status spells, and a term dated only to a year, a month or a range of days is
        answered like a status (see :doc:`/concepts`, dates and their precision): inside its
        window ``ambiguous`` decides.

        Args:
            office: ``"secretary_general"``, ``"rats_director"`` or
                ``"executive_secretary"``.
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: ``"raise"`` (default), ``"earliest"`` or ``"latest"``.

        Returns:
            The :class:`~shanghai_coop.Term`, or ``None`` when the office did not exist
            or was vacant that day.

        Raises:
            AmbiguousDateError: ``on`` falls inside the window of a transition dated only
                to a month, a year or a range of days (with ``"raise"``); ``possible``
                holds the terms.
            InvalidArgumentError: ``office`` or ``ambiguous`` is not valid.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day.

        Example:
            >>> sco = Organisation.load()
            >>> sco.holder("rats_director", "2017-01-01").holder.name
            'Yevgeniy Sysoev'
            >>> sco.holder("rats_director", "2010-03-01", ambiguous="latest").holder.name
            'Myrzakan Subanov'
        """
        from . import _offices

        return _offices.holder(self._scope, office, on, ambiguous)

    def possible_holders(self, office: OfficeName, on: object) -> frozenset[Term | None]:
        """Return every term that may hold on a day (``None`` for a possible vacancy).

        Args:
            office: As for :meth:`holder`.
            on: A date-like value.

        Returns:
            A ``frozenset`` of :class:`~shanghai_coop.Term` (and ``None``).

        Example:
            >>> sorted(t.holder.name for t in Organisation.load().possible_holders("rats_director", "2010-03-01"))
            ['Dzhenisbek Dzhumanbekov', 'Myrzakan Subanov']
        """  # noqa: E501
        from . import _offices

        return _offices.possible_holders(self._scope, office, on)

    def secretary_general(self, on: object, *, ambiguous: Ambiguous = "raise") -> Term | None:
        """Return the head of the Secretariat on a day; see :meth:`holder`.

        Before the post of Secretary-General existed, the term of the Executive Secretary.

        Args:
            on: A date-like value.
            ambiguous: As for :meth:`holder`.

        Returns:
            The :class:`~shanghai_coop.Term` (its ``office`` names the post), or ``None``.

        Raises:
            AmbiguousDateError: As :meth:`holder`.

        Example:
            >>> t = Organisation.load().secretary_general("2005-01-01")
            >>> t.holder.name, t.office.en
            ('Zhang Deguang', 'Executive Secretary')
        """
        from . import _offices

        return _offices.holder(self._scope, "secretary_general", on, ambiguous)

    def rats_director(self, on: object, *, ambiguous: Ambiguous = "raise") -> Term | None:
        """Return the Director of the RATS Executive Committee on a day; see :meth:`holder`.

        Args:
            on: A date-like value.
            ambiguous: As for :meth:`holder`.

        Returns:
            The :class:`~shanghai_coop.Term`, or ``None``.

        Raises:
            AmbiguousDateError: As :meth:`holder`.

        Example:
            >>> Organisation.load().rats_director("2023-01-01").holder.name
            'Ruslan Mirzaev'
        """
        from . import _offices

        return _offices.holder(self._scope, "rats_director", on, ambiguous)

    def rosters(self, council: Council | CouncilName | None = None) -> tuple[Roster, ...]:
        """Return the recorded council rosters, in time order.

        Args:
            council: ``"heads_of_state"``, ``"heads_of_government"`` or ``None`` for both.

        Returns:
            :class:`~shanghai_coop.Roster` records.

        Example:
            >>> [r.id for r in Organisation.load().rosters("heads_of_state")][-3:]
            ['heads_of_state/2024-07-04', 'heads_of_state/gallery', 'heads_of_state/2025-09-01']
        """
        from . import _offices

        return _offices.rosters(self._scope, council)

    def council(self, kind: Council | CouncilName, on: object) -> Roster:
        """Return the latest recorded roster of a council on or before a day.

        The roster is what a source records on its own date (``as_of``); it is never
        presented as more: a later change of government is not in it.

        Args:
            kind: ``"heads_of_state"`` or ``"heads_of_government"``.
            on: A date-like value.

        Returns:
            The :class:`~shanghai_coop.Roster`, whose ``as_of`` says when it was recorded.

        Raises:
            NotRecordedError: No roster of that council is recorded on or before ``on``
                (a ``LookupError``).
            InvalidArgumentError: ``kind`` is not a council.

        Example:
            >>> r = Organisation.load().council("heads_of_state", on="2024-07-04")
            >>> str(r.as_of), r.basis, [e.member.name for e in r.entries][:2]
            ('2024-07-04', 'meeting', ['Alexander Lukashenko', 'Xi Jinping'])
        """
        from . import _offices

        return _offices.council(self._scope, kind, on)
