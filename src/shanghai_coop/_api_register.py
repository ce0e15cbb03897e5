"""The facade's register: the organisation's own record, relations, guests, applications.

Part of :class:`~shanghai_coop.Organisation` (see :mod:`._organisation`); each method
imports its domain module on first call (the first status query needs none of them) and
delegates to :mod:`._register` or reads the organisation's record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._dataset import Scope
    from .model import Application, Body, Charter, Guest, Headquarters, Relation, Source

__all__ = ["RegisterQueries"]


class RegisterQueries:
    """The organisation's charter, seats, bodies, relations, guests, applications, sources."""

    __slots__ = ()
    _scope: Scope

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source the data cites, sorted by id.

        Example:
            >>> len(Organisation.load().sources) > 100
            True
        """
        return self._scope.data.sources()

    def source(self, source_id: str) -> Source:
        """Return one source by id.

        Args:
            source_id: The id a record cites.

        Returns:
            The :class:`~shanghai_coop.Source`.

        Raises:
            UnknownSourceError: No source has that id (a ``KeyError``); ``suggestions``
                lists close ids.

        Example:
            >>> Organisation.load().source("pajhwok-2012-afghanistan").published
            PartialDate('2012-06-07')
        """
        from . import _register

        return _register.source(self._scope.data, source_id)

    @property
    def abbreviation(self) -> str | None:
        """The English abbreviation (``"SCO"``), or ``None``.

        Example:
            >>> Organisation.load().abbreviation
            'SCO'
        """
        return self._scope.record.abbreviation

    @property
    def charter(self) -> Charter | None:
        """The founding treaty (signed when and where, in force when), or ``None`` (S5).

        Example:
            >>> Organisation.load().charter.signed_place
            'Saint Petersburg'
        """
        return self._scope.record.charter

    @property
    def headquarters(self) -> tuple[Headquarters, ...]:
        """Where the permanent bodies sit (the Secretariat, the RATS).

        Example:
            >>> [(h.body, h.city) for h in Organisation.load().headquarters]
            [('secretariat', 'Beijing'), ('rats', 'Tashkent')]
        """
        return self._scope.record.headquarters

    @property
    def official_languages(self) -> tuple[str, ...]:
        """The official languages as ISO 639-1 codes.

        Example:
            >>> Organisation.load().official_languages
            ('ru', 'zh')
        """
        languages = self._scope.record.languages
        return languages.codes if languages is not None else ()

    @property
    def bodies(self) -> tuple[Body, ...]:
        """The bodies the Charter lists, in its order.

        Example:
            >>> len(Organisation.load().bodies)
            7
        """
        return self._scope.record.bodies

    def relations(self) -> tuple[Relation, ...]:
        """Return the relations with other organisations, in time order.

        Returns:
            :class:`~shanghai_coop.Relation` records sorted by start.

        Example:
            >>> [(r.id, r.start.earliest.year) for r in Organisation.load().relations()][:2]
            [('UN', 2004), ('CIS', 2005)]
        """
        from . import _register

        return _register.relations(self._scope)

    def guests(self) -> tuple[Guest, ...]:
        """Return the guest attendees of summits (organisations and one state).

        Returns:
            :class:`~shanghai_coop.Guest` records, organisations first, then states.

        Example:
            >>> [g.id for g in Organisation.load().guests()]
            ['ASEAN', 'CIS', 'UN', 'TKM']
        """
        from . import _register

        return _register.guests(self._scope)

    def applications(self) -> tuple[Application, ...]:
        """Return applications for a status and expressions of interest, in time order.

        These are events, not statuses: an application changes no answer of
        :meth:`status_of`.

        Returns:
            :class:`~shanghai_coop.Application` records sorted by date (undated last).

        Example:
            >>> [(a.id, a.outcome) for a in Organisation.load().applications() if a.state.id == "IND"]
            [('IND/member/2011', None), ('IND/member/2014', 'procedure_started')]
        """  # noqa: E501
        from . import _register

        return _register.applications(self._scope)
