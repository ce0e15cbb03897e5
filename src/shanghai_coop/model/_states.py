"""A state and its status spells: :class:`MemberState`, :class:`Membership`, :class:`History`."""

from __future__ import annotations

from typing import SupportsIndex, overload

import attrs

from .._state_enums import Confidence, QualifierKind
from .._status import Status
from ..dates import to_date
from ._grade import Graded, Grades, grade_field, graded_field
from ._values import Names, PartialDate, Record, Variant

__all__ = ["History", "MemberState", "Membership", "Qualifier"]


@attrs.frozen
class Qualifier(Graded, Record):
    """A qualifier on top of a status for a half-open interval ``[start, end)``.

    Attributes:
        kind: A :class:`QualifierKind`: ``ACCESSION_PROCESS`` or ``INACTIVE``.
        start: When it began (:class:`PartialDate`).
        end: When it ended, exclusive, or ``None`` while it holds.
        sources: Ids of the sources.
        variants: Other values sources give (tuple of :class:`Variant`).
        note: Free-text remark.

    Example:
        >>> q = Qualifier(QualifierKind.INACTIVE, PartialDate("2021-09"), None, ("src",))
        >>> q.kind.value, q.end
        ('inactive', None)
    """

    kind: QualifierKind
    start: PartialDate
    end: PartialDate | None
    sources: tuple[str, ...]
    variants: tuple[Variant, ...] = ()
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()


@attrs.frozen
class Membership(Graded, Record):
    """One status spell of one state in one organisation: a half-open interval ``[start, end)``.

    On ``start`` the status holds; on ``end`` it no longer does. ``end is None`` while the
    spell continues (as of the data's ``as_of`` date).

    Attributes:
        id: Stable id, ``"{organisation}/{state}/{status}/{start}"``.
        organisation: ``"SCO"`` or ``"S5"`` (the Shanghai Five).
        state: ISO 3166-1 alpha-3 code of the state.
        status: The :class:`Status` held.
        start: First day of the spell (:class:`PartialDate`); for a dialogue partner the
            day the status was granted (the memorandum), not approved.
        end: First day after the spell, or ``None``.
        approved: For a dialogue partner, the day the Council of Heads of State approved
            the status, or ``None``.
        qualifiers: Accession process and inactivity within the spell
            (tuple of :class:`Qualifier`). A qualifier is clipped to its spell: one that
            continues across a change of status (Afghanistan's inactivity since 2021-09,
            through the observer spell and on into the partner spell from 2025-09-01) is
            recorded in both spells;
            :meth:`~shanghai_coop.Organisation.qualifier_since` finds its start.
        sources: Ids of the sources.
        variants: Other values that sources give (tuple of :class:`Variant`).
        note: Free-text remark, such as how sources were reconciled.

    Example:
        >>> import shanghai_coop
        >>> spell = shanghai_coop.history("Iran")[-1]
        >>> spell.status, spell.start, spell.end
        (<Status.MEMBER: 'member'>, PartialDate('2023-07-04'), None)
    """

    id: str
    organisation: str
    state: str
    status: Status
    start: PartialDate
    end: PartialDate | None
    sources: tuple[str, ...]
    approved: PartialDate | None = None
    qualifiers: tuple[Qualifier, ...] = ()
    variants: tuple[Variant, ...] = ()
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()

    def __repr__(self) -> str:
        end = self.end or "open"
        return (
            f"<Membership {self.organisation} {self.state} {self.status.value} {self.start}..{end}>"
        )

    def qualifiers_on(self, on: object) -> tuple[Qualifier, ...]:
        """Return the qualifiers that certainly hold on a day.

        Args:
            on: A date-like value (see :func:`shanghai_coop.dates.to_date`).

        Returns:
            The qualifiers whose interval certainly contains ``on``.

        Example:
            >>> import shanghai_coop
            >>> spell = shanghai_coop.history("India")[0]
            >>> [q.kind.value for q in spell.qualifiers_on("2016-01-01")]
            ['accession_process']
        """
        day = to_date(on)
        return tuple(
            q
            for q in self.qualifiers
            if q.start.latest <= day and (q.end is None or day < q.end.earliest)
        )

    def possible_qualifiers_on(self, on: object) -> tuple[Qualifier, ...]:
        """Return the qualifiers that may hold on a day but do not certainly hold.

        A qualifier whose start or end is known only to a month, a year or a range of days
        possibly holds inside that window: it is reported here, never dropped.

        Args:
            on: A date-like value (see :func:`shanghai_coop.dates.to_date`).

        Returns:
            The qualifiers whose interval may contain ``on`` and does not certainly.

        .. versionadded:: 0.4.0

        Example:
            >>> import shanghai_coop
            >>> spell = shanghai_coop.organisation().membership("Afghanistan", "2021-09-10")
            >>> [q.kind.value for q in spell.possible_qualifiers_on("2021-09-10")]
            ['inactive']
            >>> spell.qualifiers_on("2021-09-10")
            ()
        """
        day = to_date(on)
        certain = self.qualifiers_on(day)
        return tuple(
            q
            for q in self.qualifiers
            if q not in certain
            and q.start.earliest <= day
            and (q.end is None or day < q.end.latest)
        )


@attrs.frozen
class MemberState(Graded, Record):
    """A state: its identifiers, names and (for the SCO's states) its status spells.

    Despite the name, any ISO 3166-1 country is a ``MemberState`` here: France is one with no
    spells, whose status is always ``"none"``.

    Attributes:
        id: The ISO 3166-1 alpha-3 code, the library's key (for Kosovo, which ISO 3166-1
            does not list, the user-assigned ``"XKX"`` of the World Bank).
        iso_alpha2: ISO 3166-1 alpha-2 code (Kosovo: ``"XK"``).
        iso_alpha3: ISO 3166-1 alpha-3 code (Kosovo: ``"XKX"``).
        iso_numeric: ISO 3166-1 numeric code, as a three-digit string; ``None`` for
            Kosovo, which has none.
        wikidata: Wikidata QID (``"Q794"``), or ``None`` where the data has none.
        cow_code: Correlates of War state number (State System Membership List v2016),
            or ``None`` for a country outside the COW state system.
        cow_abbrev: Correlates of War state abbreviation, or ``None``.
        names: The :class:`Names`.
        aliases: Other current names (tuple of ``str``).
        former_names: Former names (tuple of ``str``).
        sources: Ids of the sources of the identifiers and names.
        note: Free-text remark.
        spells: Every :class:`Membership` of the state, in the SCO and in the Shanghai
            Five, in time order.
        gw_code: Gleditsch-Ward state number, or ``None`` (keyword only; new in 0.4.0).

    Example:
        >>> import shanghai_coop
        >>> kg = shanghai_coop.resolve("Kirghizia")
        >>> kg.iso_alpha3, kg.names.ru_short, kg.cow_code, kg.cow_abbrev, kg.gw_code
        ('KGZ', 'Кыргызстан', 703, 'KYR', 703)
    """

    id: str
    iso_alpha2: str
    iso_alpha3: str
    iso_numeric: str | None
    names: Names
    wikidata: str | None = None
    cow_code: int | None = None
    cow_abbrev: str | None = None
    aliases: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    note: str | None = None
    spells: tuple[Membership, ...] = attrs.field(default=(), repr=False)
    gw_code: int | None = attrs.field(default=None, kw_only=True)
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()

    #: Where a data set's object comes from, for pickling by reference (set by the data set).
    _ref: tuple[str | None, str, str, str] | None = attrs.field(
        default=None, init=False, eq=False, repr=False
    )

    def __copy__(self) -> MemberState:
        return self  # immutable

    def __deepcopy__(self, memo: dict[int, object]) -> MemberState:
        return self

    @property
    def name(self) -> str:
        """The English short name."""
        return self.names.en_short

    def __str__(self) -> str:
        return self.names.en_short

    def __repr__(self) -> str:
        return f"<MemberState {self.id} {self.names.en_short}>"

    def _repr_html_(self) -> str:
        from html import escape

        names = " · ".join(
            escape(n) for n in (self.names.en_short, self.names.ru_short, self.names.zh_short) if n
        )
        rows = "".join(
            f"<tr><td>{escape(s.organisation)}</td><td>{escape(s.status.value)}</td>"
            f"<td>{escape(str(s.start))}</td><td>{escape(str(s.end or ''))}</td></tr>"
            for s in self.spells
        )
        qid = self.wikidata or "no QID"
        ids = f"ISO {self.iso_alpha3}/{self.iso_alpha2}, {qid}, COW {self.cow_code}"
        table = (
            f"<table><tr><th>org</th><th>status</th><th>from</th><th>until</th></tr>{rows}</table>"
            if rows
            else "<p>no SCO status ever</p>"
        )
        return f"<p><strong>{names}</strong> ({escape(ids)})</p>{table}"


class History(tuple[Membership, ...]):
    """A state's spells in one organisation, in time order, shown with their sources.

    What :meth:`~shanghai_coop.Organisation.history` returns: a ``tuple`` of
    :class:`Membership` (it compares, hashes, slices and pickles as one), whose text and
    notebook views list each spell's status, half-open interval ``[start, end)``, confidence
    grade and the ids of its sources (look one up with
    :meth:`~shanghai_coop.Organisation.source`).

    Example:
        >>> import shanghai_coop
        >>> spells = shanghai_coop.history("Belarus")
        >>> isinstance(spells, tuple), len(spells)
        (True, 3)
        >>> print(repr(shanghai_coop.history("Iran")))
        History: 2 spells of IRN in the SCO
          observer  [2005-07-05 .. 2023-07-04)  verified  sources: ...
          member    [2023-07-04 .. open)        verified  sources: ...
    """

    __slots__ = ()

    @overload
    def __getitem__(self, index: SupportsIndex) -> Membership: ...
    @overload
    def __getitem__(self, index: slice) -> History: ...
    def __getitem__(self, index: SupportsIndex | slice) -> Membership | History:
        if isinstance(index, slice):
            return History(super().__getitem__(index))
        return super().__getitem__(index)

    def _lines(self) -> list[tuple[str, str, str, str, str]]:
        return [
            (
                s.status.value,
                str(s.start),
                str(s.end) if s.end else "open",
                s.confidence.value,
                "; ".join(s.sources),
            )
            for s in self
        ]

    def __repr__(self) -> str:
        if not self:
            return "History: no spells"
        first = self[0]
        head = f"History: {len(self)} spell{'s' * (len(self) != 1)} of {first.state}"
        rows = [
            (status, f"[{start} .. {end})", grade, src)
            for status, start, end, grade, src in self._lines()
        ]
        width = [max(len(row[i]) for row in rows) for i in range(3)]
        body = [
            f"  {status:<{width[0]}}  {span:<{width[1]}}  {grade:<{width[2]}}  sources: {src}"
            for status, span, grade, src in rows
        ]
        return "\n".join([f"{head} in the {first.organisation}", *body])

    def _repr_html_(self) -> str:
        """An HTML table of the spells, their grades and their sources, for notebooks."""
        from html import escape

        cells = "".join(
            "<tr>" + "".join(f"<td style='text-align:left'>{escape(v)}</td>" for v in row) + "</tr>"
            for row in self._lines()
        )
        columns = ("status", "start", "end", "confidence", "sources")
        head = "".join(f"<th style='text-align:left'>{h}</th>" for h in columns)
        return f"<table><caption>History</caption><tr>{head}</tr>{cells}</table>"
