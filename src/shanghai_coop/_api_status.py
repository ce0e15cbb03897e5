"""The facade's status queries: statuses on a day, spells, qualifiers, states by status.

Part of :class:`~shanghai_coop.Organisation` (see :mod:`._organisation`); each method
delegates to :mod:`._membership`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import _membership
from ._enums import Status

if TYPE_CHECKING:
    from ._args import Ambiguous, Scheme, StatusName
    from ._dataset import Scope
    from .model import Answer, History, Membership, MemberState, PartialDate, Qualifier

__all__ = ["MemberQueries", "StatusQueries"]


class StatusQueries:
    """What status a state held: on a day, possibly, as a spell, over its history."""

    __slots__ = ()
    _scope: Scope

    def status_of(
        self, state: str | MemberState, on: object, *, ambiguous: Ambiguous = "raise"
    ) -> Status:
        """Return a state's status on a day.

        Args:
            state: Anything :meth:`resolve` accepts.
            on: The day: ``datetime.date``, ``datetime.datetime`` (its own calendar date),
                ``pandas.Timestamp``, ``numpy.datetime64`` or ISO string ``"YYYY-MM-DD"``.
            ambiguous: For a day inside the uncertainty window of a transition dated only
                to a month, a year or an either-or set: ``"raise"`` (default) raises
                :class:`~shanghai_coop.AmbiguousDateError`; ``"earliest"`` answers as if
                the transition happened as early as possible; ``"latest"`` as late as
                possible. Outside such windows every answer is exact and this is ignored.

        Returns:
            The :class:`~shanghai_coop.Status`; ``Status.NONE`` when the state had none
            (always before the organisation existed, and for any country never related).

        Raises:
            AmbiguousDateError: ``on`` is inside an uncertainty window and
                ``ambiguous="raise"``.
            UnknownStateError: ``state`` denotes no state.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day (``"2015"``, ``"2015-02-30"``).
            InvalidArgumentError: ``ambiguous`` is not one of the three policies.

        Example:
            >>> sco = Organisation.load()
            >>> sco.status_of("Iran", "2023-07-03").value, sco.status_of("Iran", "2023-07-04").value
            ('observer', 'member')
            >>> sco.status_of("Saudi Arabia", "2022-09-20", ambiguous="latest").value
            'none'
        """
        return _membership.status_of(self._scope, state, on, ambiguous)

    def possible_statuses(self, state: str | MemberState, on: object) -> frozenset[Status]:
        """Return every status a state may have had on a day, given the dates' precision.

        Args:
            state: Anything :meth:`resolve` accepts.
            on: A date-like value, as for :meth:`status_of`.

        Returns:
            A ``frozenset`` of :class:`~shanghai_coop.Status`: one element outside any
            uncertainty window, more inside one.

        Raises:
            UnknownStateError: ``state`` denotes no state.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day.

        Example:
            >>> sco = Organisation.load()
            >>> sorted(s.value for s in sco.possible_statuses("Saudi Arabia", "2022-09-20"))
            ['dialogue_partner', 'none']
        """
        return _membership.possible_statuses(self._scope, state, on)

    def answer(
        self, state: str | MemberState, on: object, *, ambiguous: Ambiguous = "raise"
    ) -> Answer:
        """Return a state's status on a day in full: how firm it is and what it rests on.

        One call tells the status, every status possible that day, whether the day is after
        the data's ``as_of`` (the answer then carries the last known state forward), the
        spell that holds, and its qualifiers, certain and possible.

        Args:
            state: Anything :meth:`resolve` accepts.
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: As for :meth:`status_of`.

        Returns:
            An :class:`~shanghai_coop.Answer`.

        Raises:
            AmbiguousDateError: As :meth:`status_of`.
            UnknownStateError: ``state`` denotes no state.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day.

        .. versionadded:: 0.4.0

        Example:
            >>> a = Organisation.load().answer("India", "2016-01-01")
            >>> a.status.value, str(a.spell.start), [q.kind.value for q in a.qualifiers]
            ('observer', '2005-07-05', ['accession_process'])
        """
        return _membership.answer(self._scope, state, on, ambiguous)

    def membership(
        self, state: str | MemberState, on: object, *, ambiguous: Ambiguous = "raise"
    ) -> Membership | None:
        """Return the spell that holds on a day, with its qualifiers and sources.

        Args:
            state: Anything :meth:`resolve` accepts.
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: As for :meth:`status_of`.

        Returns:
            The :class:`~shanghai_coop.Membership`, or ``None`` when the status is none.

        Raises:
            AmbiguousDateError: As :meth:`status_of`.
            UnknownStateError: ``state`` denotes no state.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day.

        Example:
            >>> spell = Organisation.load().membership("India", "2016-01-01")
            >>> spell.status.value, str(spell.start), [q.kind.value for q in spell.qualifiers]
            ('observer', '2005-07-05', ['accession_process'])
        """
        return _membership.membership(self._scope, state, on, ambiguous)

    def history(self, state: str | MemberState) -> History:
        """Return every spell of a state in this organisation, in time order.

        Args:
            state: Anything :meth:`resolve` accepts.

        Returns:
            A :class:`~shanghai_coop.History`: a tuple of the
            :class:`~shanghai_coop.Membership` spells (empty for a state never related), whose
            text and notebook views show each spell's sources.

        Raises:
            UnknownStateError: ``state`` denotes no state.

        Example:
            >>> [(s.status.value, str(s.start)) for s in Organisation.load().history("Belarus")]
            [('dialogue_partner', '2010-04-28'), ('observer', '2015-07-10'), ('member', '2024-07-04')]
        """  # noqa: E501
        return _membership.history(self._scope, state)

    def qualifier_since(self, spell: Membership, qualifier: Qualifier) -> PartialDate:
        """Return when a qualifier began, followed back across changes of status.

        A qualifier is stored per spell and clipped to it. Where it continues without a gap
        from the spell before (the same kind, ending on the day this spell starts),
        its start is that earlier qualifier's, and so on back.

        Args:
            spell: A spell of this organisation (from :meth:`history` or
                :meth:`membership`).
            qualifier: One of ``spell.qualifiers``.

        Returns:
            The :class:`~shanghai_coop.PartialDate` the qualifier began; ``qualifier.start``
            where it did not continue from an earlier spell.

        Raises:
            InvalidArgumentError: ``spell`` is not a spell of this organisation, or
                ``qualifier`` is not one of its qualifiers.
            UnknownStateError: ``spell`` names a state these data do not know.

        .. versionadded:: 0.3.0

        Example:
            >>> sco = Organisation.load()
            >>> spell = sco.membership("Afghanistan", "2026-01-01")
            >>> str(spell.qualifiers[0].start), str(sco.qualifier_since(spell, spell.qualifiers[0]))
            ('2025-09-01', '2021-09')
        """
        return _membership.qualifier_since(self._scope, spell, qualifier)


class MemberQueries:
    """Which states: by name, every recorded one, those holding a status on a day."""

    __slots__ = ()
    _scope: Scope

    def resolve(
        self, name: str | int | MemberState, *, scheme: Scheme | None = None
    ) -> MemberState:
        """Return the state that a name, alias, code or QID denotes.

        Without ``scheme``, names and the codes that cannot be confused are accepted:
        matching ignores case, diacritics, punctuation and spacing; it is exact on the
        result and never fuzzy (a near miss raises with suggestions). A number is a code in
        several schemes (703 is Kyrgyzstan for the Correlates of War, Slovakia in ISO 3166-1
        numeric), so a bare number, as an ``int`` or a string of digits, is refused unless
        ``scheme`` says which code it is, as countrycode's ``origin=``.

        Args:
            name: An English, Russian or Chinese name (short or official), an alias or former
                name (World Bank, UN, IMF, COW and Gleditsch-Ward spellings among them), an
                ISO 3166-1 alpha-2 or alpha-3 code, a Wikidata QID, or a
                :class:`~shanghai_coop.MemberState`; with ``scheme``, a code of that scheme
                (an ``int`` or a string for the numeric schemes).
            scheme: What ``name`` is: ``"name"`` (a name, never a code), ``"iso2"``,
                ``"iso3"``, ``"iso_numeric"`` (``417``, ``"417"`` or ``"004"``), ``"cow"``
                (the COW state number, ``640``, or abbreviation, ``"KYR"``), ``"gw"``
                (the Gleditsch-Ward number) or ``"wikidata"``. ``None`` (default): any name,
                ISO alpha-2 or alpha-3 code or QID. A ``MemberState`` is accepted under any
                scheme. (New in 0.4.0.)

        Returns:
            The :class:`~shanghai_coop.MemberState`. Any ISO 3166-1 country resolves, and
            Kosovo; one with no SCO relation has no spells.

        Raises:
            UnknownStateError: Nothing matches; ``suggestions`` holds close matches.
            AmbiguousStateError: A name that denotes more than one state ("Congo",
                "Korea"), or a bare number without ``scheme``; ``candidates`` lists them.
            FormerStateError: A former state (the Soviet Union, Yugoslavia, COW 315
                Czechoslovakia) that no state of today continues; ``successors`` lists its
                successors.
            MixedScriptError: The name mixes Latin with Cyrillic or Greek letters.
            StateTypeError: ``name`` is neither a string, an integer nor a ``MemberState``.
            ArgumentTypeError: ``name`` has a type the ``scheme`` has no codes of.
            InvalidArgumentError: ``scheme`` is not one of the schemes.

        Data: ISO 3166-1 (pycountry), CLDR, ``aliases.json`` (World Bank, UN, IMF, COW and
        Gleditsch-Ward names), ``identifiers.json`` (COW State System v2016, Gleditsch and
        Ward's lists); see ``docs/data.md``.

        Example:
            >>> sco = Organisation.load()
            >>> sco.resolve("Türkiye").id, sco.resolve("Кыргызстан").id, sco.resolve("Q794").id
            ('TUR', 'KGZ', 'IRN')
            >>> sco.resolve(640, scheme="cow").name, sco.resolve("KYR", scheme="cow").name
            ('Türkiye', 'Kyrgyzstan')
            >>> sco.resolve("417", scheme="iso_numeric").name
            'Kyrgyzstan'
            >>> try:
            ...     sco.resolve("703")
            ... except LookupError as error:  # AmbiguousStateError: a bare number
            ...     print(error.candidates)
            ('KGZ', 'SVK')
        """
        return _membership.resolve(self._scope, name, scheme)

    @property
    def states(self) -> tuple[MemberState, ...]:
        """Every state the data records in connection with the SCO or the Shanghai Five.

        Members, observers, dialogue partners and partners past and present, applicants,
        states that expressed interest, and guests; sorted by ISO alpha-3 code. (Any other
        ISO country is available through :meth:`resolve`.)
        """
        return self._scope.data.states()

    def with_status(
        self, status: Status | StatusName, on: object, *, ambiguous: Ambiguous = "raise"
    ) -> tuple[MemberState, ...]:
        """Return the states that held a status on a day.

        Args:
            status: A :class:`~shanghai_coop.Status` or its value (``"observer"``); not
                ``"none"``.
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: As for :meth:`status_of`, applied to every state.

        Returns:
            The states, sorted by English short name.

        Raises:
            AmbiguousDateError: A state's status is uncertain that day and
                ``ambiguous="raise"``.
            InvalidArgumentError: ``status`` is no status, or is ``"none"``.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day.

        Example:
            >>> [s.name for s in Organisation.load().with_status("observer", "2013-01-01")]
            ['Afghanistan', 'India', 'Iran', 'Mongolia', 'Pakistan']
        """
        return _membership.with_status(self._scope, status, on, ambiguous)

    def members(self, on: object, *, ambiguous: Ambiguous = "raise") -> tuple[MemberState, ...]:
        """Return the member states on a day, sorted by English short name.

        Args:
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: As for :meth:`status_of`.

        Returns:
            The members (for the Shanghai Five, its participants).

        Raises:
            AmbiguousDateError: As :meth:`with_status`.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day.

        Example:
            >>> sco = Organisation.load()
            >>> len(sco.members("2017-06-09")), len(sco.members("2024-07-04"))
            (8, 10)
        """
        return _membership.with_status(self._scope, Status.MEMBER, on, ambiguous)

    def observers(self, on: object, *, ambiguous: Ambiguous = "raise") -> tuple[MemberState, ...]:
        """Return the observer states on a day (none after 31 August 2025).

        Args:
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: As for :meth:`status_of`.

        Returns:
            The observers, sorted by English short name.

        Raises:
            AmbiguousDateError: As :meth:`with_status`.

        Example:
            >>> [s.name for s in Organisation.load().observers("2005-07-05")]
            ['India', 'Iran', 'Mongolia', 'Pakistan']
        """
        return _membership.with_status(self._scope, Status.OBSERVER, on, ambiguous)

    def dialogue_partners(
        self, on: object, *, ambiguous: Ambiguous = "raise"
    ) -> tuple[MemberState, ...]:
        """Return the dialogue partners on a day (none after 31 August 2025).

        Args:
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: As for :meth:`status_of`.

        Returns:
            The dialogue partners, sorted by English short name.

        Raises:
            AmbiguousDateError: As :meth:`with_status`.

        Example:
            >>> [s.name for s in Organisation.load().dialogue_partners("2011-01-01")]
            ['Belarus', 'Sri Lanka']
        """
        return _membership.with_status(self._scope, Status.DIALOGUE_PARTNER, on, ambiguous)

    def partners(self, on: object, *, ambiguous: Ambiguous = "raise") -> tuple[MemberState, ...]:
        """Return the "SCO partners" on a day (the category since 1 September 2025).

        Args:
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: As for :meth:`status_of`.

        Returns:
            The partners, sorted by English short name.

        Raises:
            AmbiguousDateError: As :meth:`with_status`.

        Example:
            >>> len(Organisation.load().partners("2025-09-01"))
            17
        """
        return _membership.with_status(self._scope, Status.PARTNER, on, ambiguous)
