"""A state, its status spells and accession: :class:`MemberState`, :class:`Membership`, ...."""

from __future__ import annotations

from datetime import date
from typing import SupportsIndex, overload

import attrs

from .._enums import AccessionStepKind, Confidence, QualifierKind, Status
from ..dates import to_date
from ._grade import Graded, Grades, grade_field, graded_field
from ._values import Names, PartialDate, Record, Variant

__all__ = ["AccessionStep", "Answer", "History", "MemberState", "Membership", "Qualifier"]


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


@attrs.frozen
class AccessionStep(Graded, Record):
    """One dated step of a state's accession to membership: a fact, not a status.

    A state's steps, in time order, run from the application that led to the procedure
    to the day its membership began; the accession-process qualifier holds from the
    decision to start the procedure until then. Applications that led to no procedure are
    in ``Organisation.applications`` only.

    Attributes:
        id: Stable id, ``"{state}/{step}/{date}"`` (``"IND/memorandum_signed/2016-06-24"``).
        organisation: ``"SCO"`` or ``"S5"``.
        state: The acceding state.
        step: An :class:`AccessionStepKind`.
        date: When (:class:`PartialDate`).
        sources: Ids of the sources.
        place: Where, or ``None`` where no source says or the step had no place.
        document: The id of the document of the step in the documents register (the
            memorandum, the Council's decision), or ``None``.
        variants: Other values sources give (tuple of :class:`Variant`).
        note: Free-text remark.

    .. versionadded:: 0.4.0

    Example:
        >>> import shanghai_coop
        >>> step = shanghai_coop.accession_steps("India")[2]
        >>> str(step)
        'memorandum of obligations signed 2016-06-24'
    """

    id: str
    organisation: str
    state: MemberState
    step: AccessionStepKind
    date: PartialDate
    sources: tuple[str, ...]
    place: str | None = None
    document: str | None = None
    variants: tuple[Variant, ...] = ()
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()

    def __str__(self) -> str:
        return f"{self.step.label} {self.date}"

    def __repr__(self) -> str:
        return f"<AccessionStep {self.organisation} {self.id}>"


@attrs.frozen
class Answer(Record):
    """A status query answered in full: the status on a day, how firm it is, what it rests on.

    What :meth:`~shanghai_coop.Organisation.answer` returns;
    :meth:`~shanghai_coop.Organisation.status_of` gives ``status`` alone.

    Attributes:
        state: The state asked about.
        day: The calendar day asked about (``datetime.date``).
        status: The :class:`Status` held that day, under the ambiguity policy asked for.
        possible: Every status the state may have held that day (a ``frozenset``): one
            outside an uncertainty window, more inside one.
        carried_forward: ``True`` when ``day`` is after the data's ``as_of``: the answer is
            the last known state of affairs carried forward, not an observation.
        as_of: The data's ``as_of`` (``datetime.date``).
        spell: The :class:`Membership` that holds, or ``None`` when the status is none.
        qualifiers: The spell's qualifiers that certainly hold that day.
        possible_qualifiers: Those that may hold that day and do not certainly (a qualifier
            whose start is known only to a month, inside that month).
        accession_steps: The state's :class:`AccessionStep` records certainly taken by that
            day (dated on or before it), in order: India's application, the start of the
            procedure and its memorandum of obligations on 2016-06-24. (New in 0.4.0.)
        possible_accession_steps: Those that may have been taken by that day and not
            certainly (a step dated to a month, inside that month). (New in 0.4.0.)

    .. versionadded:: 0.4.0

    Example:
        >>> import shanghai_coop
        >>> a = shanghai_coop.answer("Afghanistan", "2021-09-10")
        >>> a.status.value, a.carried_forward, [q.kind.value for q in a.possible_qualifiers]
        ('observer', False, ['inactive'])
        >>> shanghai_coop.answer("Iran", "2030-01-01").carried_forward
        True
    """

    state: MemberState
    day: date
    status: Status
    possible: frozenset[Status]
    carried_forward: bool
    as_of: date
    spell: Membership | None = None
    qualifiers: tuple[Qualifier, ...] = ()
    possible_qualifiers: tuple[Qualifier, ...] = ()
    accession_steps: tuple[AccessionStep, ...] = ()
    possible_accession_steps: tuple[AccessionStep, ...] = ()

    def __repr__(self) -> str:
        later = ", carried forward" if self.carried_forward else ""
        return f"<Answer {self.state.id} {self.day}: {self.status.value}{later}>"

    def __str__(self) -> str:
        """The answer in words: the status, its qualifiers, the last accession step.

        Example:
            >>> import shanghai_coop
            >>> print(shanghai_coop.answer("India", "2016-06-24"))
            observer; accession process: memorandum of obligations signed 2016-06-24
        """
        words = [self.status.value]
        words += [
            q.kind.value.replace("_", " ")
            for q in self.qualifiers
            if q.kind is not QualifierKind.ACCESSION_PROCESS
        ]
        words += [f"possibly {q.kind.value.replace('_', ' ')}" for q in self.possible_qualifiers]
        in_process = any(q.kind is QualifierKind.ACCESSION_PROCESS for q in self.qualifiers)
        if in_process:
            last = self.accession_steps[-1] if self.accession_steps else None
            words.append(f"accession process: {last}" if last else "accession process")
        if self.carried_forward:
            words.append(f"carried forward from {self.as_of}")
        return "; ".join(words)
