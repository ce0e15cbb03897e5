"""The value classes: immutable, hashable, picklable records built with attrs.

Every class here is ``@attrs.frozen`` with slots; collections are tuples; nothing a caller
receives can change the library's shared data. Instances compare and hash by value.

The classes are the public shapes of the packaged JSON (see ``docs/data.md``); the JSON is
turned into them by a private cattrs converter in :mod:`shanghai_coop._structure`.

This module imports attrs, so the first status query (which needs none of these objects)
does not import it.
"""

from __future__ import annotations

from datetime import date

import attrs

from ._enums import Council, Precision, QualifierKind, Status, SummitFormat, SummitStatus
from .dates import parse_edtf, to_date

__all__ = [
    "Application",
    "Attendance",
    "BacktestRow",
    "Body",
    "Category",
    "Charter",
    "Council",
    "Guest",
    "Headquarters",
    "MemberState",
    "Membership",
    "Names",
    "Office",
    "PartialDate",
    "Person",
    "Precision",
    "Projection",
    "Qualifier",
    "QualifierKind",
    "Relation",
    "Roster",
    "RosterEntry",
    "RosterExclusion",
    "Source",
    "Status",
    "Summit",
    "SummitFormat",
    "SummitStatus",
    "Term",
    "Variant",
]


@attrs.frozen(repr=False)
class PartialDate:
    """A date as precise as its sources: a day, a month, a year, one of a set or range of days.

    Built from its EDTF text; the other attributes are derived from it.

    Attributes:
        edtf: The EDTF text: ``"2023-07-04"``, ``"2021-09"``, ``"2015"``,
            ``"[2009-06-15,2009-06-16]"`` or ``"[2010-01-01..2010-04-30]"``.
        precision: A :class:`Precision`.
        earliest: The first possible day (``datetime.date``).
        latest: The last possible day, inclusive (``datetime.date``).
        options: For ``Precision.ONE_OF``, the possible days; else ``()`` (a range's days
            are every day from ``earliest`` to ``latest``).

    Raises:
        DateValueError: ``edtf`` is not in the EDTF subset the library uses.

    Example:
        >>> d = PartialDate("2015")
        >>> d.precision, d.earliest, d.latest
        (<Precision.YEAR: 'year'>, datetime.date(2015, 1, 1), datetime.date(2015, 12, 31))
        >>> PartialDate("[2009-06-15,2009-06-16]").options
        (datetime.date(2009, 6, 15), datetime.date(2009, 6, 16))
        >>> PartialDate("2023-07-04").is_exact
        True
    """

    edtf: str
    precision: Precision = attrs.field(init=False, eq=False)
    earliest: date = attrs.field(init=False, eq=False)
    latest: date = attrs.field(init=False, eq=False)
    options: tuple[date, ...] = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        bounds = parse_edtf(self.edtf)
        object.__setattr__(self, "precision", bounds.precision)
        object.__setattr__(self, "earliest", bounds.earliest)
        object.__setattr__(self, "latest", bounds.latest)
        object.__setattr__(self, "options", bounds.options)

    @classmethod
    def of(cls, day: object) -> PartialDate:
        """Return the exact (day-precision) date of a date-like value.

        Args:
            day: Anything :func:`shanghai_coop.dates.to_date` accepts.

        Returns:
            A ``PartialDate`` of precision ``DAY``.

        Example:
            >>> PartialDate.of("2001-06-15")
            PartialDate('2001-06-15')
        """
        return cls(to_date(day, "day").isoformat())

    @property
    def is_exact(self) -> bool:
        """``True`` when the date is a single known day."""
        return self.precision is Precision.DAY

    def possibly_before(self, day: object) -> bool:
        """Return whether the event may have happened on or before ``day``.

        Args:
            day: Anything :func:`shanghai_coop.dates.to_date` accepts.

        Returns:
            ``earliest <= day``.

        Raises:
            DateTypeError: ``day`` is not date-like.
            DateValueError: ``day`` is no calendar day.

        Example:
            >>> PartialDate("2022-09").possibly_before("2022-09-15")
            True
        """
        return self.earliest <= to_date(day, "day")

    def certainly_before(self, day: object) -> bool:
        """Return whether the event happened on or before ``day`` under every reading.

        Args:
            day: Anything :func:`shanghai_coop.dates.to_date` accepts.

        Returns:
            ``latest <= day``.

        Raises:
            DateTypeError: ``day`` is not date-like.
            DateValueError: ``day`` is no calendar day.

        Example:
            >>> PartialDate("2022-09").certainly_before("2022-09-15")
            False
        """
        return self.latest <= to_date(day, "day")

    def __str__(self) -> str:
        return self.edtf

    def __repr__(self) -> str:
        return f"PartialDate({self.edtf!r})"

    def __reduce__(self) -> tuple[type[PartialDate], tuple[str]]:
        return (PartialDate, (self.edtf,))


@attrs.frozen
class Variant:
    """Another value that a source gives for a field, not the one the library uses.

    Where sources disagree or one refines another, the record keeps the value it uses in the
    field itself and every other reported value here, with its sources and the reason.

    Attributes:
        field: The field the variant is for (``"start"``, ``"end"``, ``"approved"``).
        value: The other value, as text (EDTF for dates).
        sources: Ids of the sources that give it (see ``Organisation.source``).
        note: Why the library does not use it.

    Example:
        >>> Variant("start", "2015", ("wikipedia-sco/membership",), "year only").value
        '2015'
    """

    field: str
    value: str
    sources: tuple[str, ...]
    note: str | None = None


@attrs.frozen
class Qualifier:
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


@attrs.frozen
class Membership:
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


@attrs.frozen
class Names:
    """A state's names in the SCO's languages and English.

    Attributes:
        en_short: English short name (``"Kyrgyzstan"``).
        en_official: English official name (``"Kyrgyz Republic"``), or ``None``.
        ru_short: Russian short name as the SCO writes it (``"Кыргызстан"``), or ``None``.
        ru_official: Russian official name, or ``None``.
        zh_short: Simplified Chinese short name, or ``None``.
        zh_official: Simplified Chinese official name, or ``None``.

    Example:
        >>> Names("Belarus", ru_short="Беларусь").ru_short
        'Беларусь'
    """

    en_short: str
    en_official: str | None = None
    ru_short: str | None = None
    ru_official: str | None = None
    zh_short: str | None = None
    zh_official: str | None = None


@attrs.frozen
class MemberState:
    """A state: its identifiers, names and (for the SCO's states) its status spells.

    Despite the name, any ISO 3166-1 country is a ``MemberState`` here: France is one with no
    spells, whose status is always ``"none"``.

    Attributes:
        id: The ISO 3166-1 alpha-3 code, the library's key.
        iso_alpha2: ISO 3166-1 alpha-2 code.
        iso_alpha3: ISO 3166-1 alpha-3 code.
        iso_numeric: ISO 3166-1 numeric code, as a three-digit string.
        wikidata: Wikidata QID (``"Q794"``), or ``None`` where the data has none.
        cow_code: Correlates of War numeric state code, or ``None``.
        cow_abbrev: Correlates of War state abbreviation, or ``None``.
        names: The :class:`Names`.
        aliases: Other current names (tuple of ``str``).
        former_names: Former names (tuple of ``str``).
        sources: Ids of the sources of the identifiers and names.
        note: Free-text remark.
        spells: Every :class:`Membership` of the state, in the SCO and in the Shanghai
            Five, in time order.

    Example:
        >>> import shanghai_coop
        >>> kg = shanghai_coop.resolve("Kirghizia")
        >>> kg.iso_alpha3, kg.names.ru_short, kg.cow_code
        ('KGZ', 'Кыргызстан', 703)
    """

    id: str
    iso_alpha2: str
    iso_alpha3: str
    iso_numeric: str
    names: Names
    wikidata: str | None = None
    cow_code: int | None = None
    cow_abbrev: str | None = None
    aliases: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    note: str | None = None
    spells: tuple[Membership, ...] = attrs.field(default=(), repr=False)

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


@attrs.frozen
class Source:
    """A source the data cites.

    Attributes:
        id: The id records cite (``"tass-2025-tianjin-declaration"``).
        title: Title of the document or page.
        url: Where it can be read, or ``None``.
        publisher: Who published it.
        published: Publication date, or ``None``.
        section: For a long document, the section read, or ``None``.
        kind: ``"seed"``, ``"official"``, ``"official-text"``, ``"news"``, ``"database"`` or
            ``"reference"``.
        accessed: The day the source was read for this data.
        note: What it says, briefly, or why it is cited.

    Example:
        >>> import shanghai_coop
        >>> shanghai_coop.organisation().source("wikipedia-sco/membership").publisher
        'Wikipedia'
    """

    id: str
    title: str
    url: str | None
    publisher: str | None
    kind: str
    accessed: date
    published: PartialDate | None = None
    section: str | None = None
    note: str | None = None


@attrs.frozen
class Category:
    """A status category of an organisation and the half-open interval it existed in.

    Attributes:
        status: The :class:`Status`.
        start: When the category was created.
        end: When it ceased (first day without it), or ``None``.
        sources: Ids of the sources.
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> [c.status.value for c in shanghai_coop.organisation().categories]
        ['member', 'observer', 'dialogue_partner', 'partner']
    """

    status: Status
    start: PartialDate
    end: PartialDate | None
    sources: tuple[str, ...]
    note: str | None = None


@attrs.frozen
class Summit:
    """A meeting of the Council of Heads of State or of Heads of Government.

    Attributes:
        id: Stable id, ``"{organisation}-{CHS|CHG}-{year}"`` (``"SCO-CHS-2024"``).
        organisation: ``"SCO"`` or ``"S5"`` (the Shanghai Five's summits of 1996-2000).
        council: A :class:`Council`.
        number: The meeting's ordinal number where a source gives it, else ``None``.
        start: First day (:class:`PartialDate`; a year or month where that is all that is
            known).
        end: Last day of a meeting of several days (inclusive), or ``None``.
        host: The host (chairing) state, or ``None`` where unknown or not held.
        city: The city, or ``None`` for a videoconference, an unknown venue or no meeting.
        format: A :class:`SummitFormat`, or ``None`` when unknown.
        status: A :class:`SummitStatus`: held, planned (announced) or not held.
        seed_row: The row of the seed article's table this record reproduces, or ``None``.
        sources: Ids of the sources.
        variants: Other values sources give (tuple of :class:`Variant`).
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> s = shanghai_coop.summit(2024)
        >>> s.host.name, s.city, str(s.start), str(s.end)
        ('Kazakhstan', 'Astana', '2024-07-03', '2024-07-04')
    """

    id: str
    organisation: str
    council: Council
    start: PartialDate
    host: MemberState | None
    city: str | None
    format: SummitFormat | None
    status: SummitStatus
    sources: tuple[str, ...]
    end: PartialDate | None = None
    number: int | None = None
    seed_row: str | None = None
    variants: tuple[Variant, ...] = ()
    note: str | None = None

    @property
    def first_day(self) -> date:
        """The earliest possible first day."""
        return self.start.earliest

    @property
    def last_day(self) -> date:
        """The latest possible last day (inclusive)."""
        return (self.end or self.start).latest

    def __repr__(self) -> str:
        span = f"{self.start}..{self.end}" if self.end else str(self.start)
        host = self.host.id if self.host else None
        return f"<Summit {self.id} {span} {host} {self.city!r} {self.status.value}>"

    def _repr_html_(self) -> str:
        from html import escape

        span = f"{self.start} to {self.end}" if self.end else str(self.start)
        where = self.city or (self.format.value if self.format else "unknown venue")
        host = self.host.name if self.host else "unknown host"
        return (
            f"<p><strong>{escape(self.id)}</strong>: {escape(span)}, {escape(where)}"
            f" ({escape(host)}), {escape(self.status.value)}</p>"
        )


@attrs.frozen
class Projection:
    """A host projected by the rotation rule: a projection, never a recorded fact.

    Attributes:
        year: The year of the projected summit.
        host: The projected host state.
        basis: The recorded summit the projection starts from.
        rule: The rule applied, in words.
        order: ISO alpha-3 codes of the rotation order used.
        recorded: The recorded summit of that year (held, or planned: an announcement of the
            real host), if the data holds one; for comparison, never merged.
        is_projection: Always ``True``.

    Example:
        >>> import shanghai_coop
        >>> p = shanghai_coop.projected_hosts(after=2026)[0]
        >>> p.is_projection, p.year, p.host.name
        (True, 2027, 'Pakistan')
    """

    year: int
    host: MemberState
    basis: Summit
    rule: str
    order: tuple[str, ...]
    recorded: Summit | None = None
    is_projection: bool = attrs.field(default=True, init=False)

    def __repr__(self) -> str:
        return f"<Projection {self.year}: {self.host.id} (projected after {self.basis.id})>"


@attrs.frozen
class BacktestRow:
    """One recorded heads-of-state summit checked against the rotation rule.

    Attributes:
        summit: The summit.
        previous: The summit before it, whose host hands over the chair, or ``None``.
        predicted: The host the rule predicts, or ``None`` (first summit, or unknown host).
        actual: The recorded host, or ``None``.
        followed: ``True`` when the recorded host is the predicted one, ``False`` when
            not, ``None`` when there is nothing to compare.
        order: ISO alpha-3 codes of the rotation order the prediction used.

    Example:
        >>> import shanghai_coop
        >>> row = shanghai_coop.rotation_backtest()[1]
        >>> row.summit.id, row.predicted.name, row.actual.name, row.followed
        ('SCO-CHS-2002', 'Kyrgyzstan', 'Russia', False)
    """

    summit: Summit
    previous: Summit | None
    predicted: MemberState | None
    actual: MemberState | None
    followed: bool | None
    order: tuple[str, ...]


@attrs.frozen
class Person:
    """A person who held an office or sat on a council.

    Attributes:
        id: Stable id (``"vladimir-norov"``).
        en: English name.
        ru: Russian name, where a source gives it, else ``None``.
        zh: Chinese name, where a source gives it, else ``None``.
        wikidata: Wikidata QID, or ``None`` where no source read gives one.
        sources: Ids of the sources.
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> shanghai_coop.secretary_general("2020-06-01").holder.name
        'Vladimir Norov'
    """

    id: str
    en: str
    ru: str | None = None
    zh: str | None = None
    wikidata: str | None = None
    sources: tuple[str, ...] = ()
    note: str | None = None

    @property
    def name(self) -> str:
        """The English name."""
        return self.en

    def __str__(self) -> str:
        return self.en


@attrs.frozen
class Office:
    """An office of the organisation and the half-open interval it existed in.

    Attributes:
        id: ``"executive_secretary"``, ``"secretary_general"`` or ``"rats_director"``.
        organisation: The organisation the office belongs to (``"SCO"``).
        en: English title.
        ru: Russian title, or ``None``.
        zh: Chinese title, or ``None``.
        body: The body it heads: ``"secretariat"`` or ``"rats"``.
        start: When the office was created.
        end: When it ceased (first day without it), or ``None``.
        successor: The id of the office that replaced it, or ``None``.
        sources: Ids of the sources.
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> shanghai_coop.secretary_general("2005-01-01").office.en
        'Executive Secretary'
    """

    id: str
    organisation: str
    en: str
    body: str
    start: PartialDate
    end: PartialDate | None
    sources: tuple[str, ...]
    ru: str | None = None
    zh: str | None = None
    successor: str | None = None
    note: str | None = None


@attrs.frozen
class Term:
    """A term of office: one holder in one office for a half-open interval ``[start, end)``.

    Attributes:
        id: Stable id, ``"{office}/{start year}/{holder}"``.
        office: The :class:`Office`.
        holder: The :class:`Person`.
        state: The member state that nominated the holder, or ``None`` if not confirmed.
        start: First day in office (:class:`PartialDate`).
        end: First day out of office, or ``None`` while in office ("present").
        sources: Ids of the sources.
        variants: Other values sources give (tuple of :class:`Variant`).
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> term = shanghai_coop.rats_director("2017-01-01")
        >>> term.holder.name, term.office.id
        ('Yevgeniy Sysoev', 'rats_director')
    """

    id: str
    office: Office
    holder: Person
    state: MemberState | None
    start: PartialDate
    end: PartialDate | None
    sources: tuple[str, ...]
    variants: tuple[Variant, ...] = ()
    note: str | None = None

    def __repr__(self) -> str:
        end = self.end or "present"
        return f"<Term {self.office.id}: {self.holder.en} {self.start}..{end}>"

    def _repr_html_(self) -> str:
        from html import escape

        state = f", {self.state.name}" if self.state else ""
        return (
            f"<p><strong>{escape(self.holder.en)}</strong>{escape(state)}:"
            f" {escape(self.office.en)}, {escape(str(self.start))} to"
            f" {escape(str(self.end or 'present'))}</p>"
        )


@attrs.frozen
class RosterEntry:
    """One state's seat in a council roster.

    Attributes:
        state: The member state.
        member: Who held the seat (the head of state; at heads-of-state level India and
            Pakistan are represented by their prime ministers).
        role: The member's office (``"President"``, ``"acting President"``, ...).
        represented_by: Who attended instead, where a source says so, or ``None``.
        represented_role: That person's office, or ``None``.
        sources: Ids of the sources.
        variants: Other values sources give (tuple of :class:`Variant`).
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> roster = shanghai_coop.council("heads_of_state", on="2024-07-04")
        >>> [e.member.name for e in roster.entries if e.state.id == "IRN"]
        ['Mohammad Mokhber']
    """

    state: MemberState
    member: Person
    role: str
    sources: tuple[str, ...]
    represented_by: Person | None = None
    represented_role: str | None = None
    variants: tuple[Variant, ...] = ()
    note: str | None = None


@attrs.frozen
class RosterExclusion:
    """A state the seed lists in a roster that does not belong in it, and why.

    Attributes:
        state: The state.
        seed_member: Who the seed lists, or ``None``.
        attended: Who really attended (in another capacity), or ``None``.
        attended_role: That person's capacity, or ``None``.
        sources: Ids of the sources.
        note: Why the entry is left out.

    Example:
        >>> import shanghai_coop
        >>> r = shanghai_coop.council("heads_of_government", on="2022-11-01")
        >>> [x.state.id for x in r.excluded]
        ['BLR']
    """

    state: MemberState
    sources: tuple[str, ...]
    seed_member: Person | None = None
    attended: Person | None = None
    attended_role: str | None = None
    note: str | None = None


@attrs.frozen
class Roster:
    """A council line-up as a source records it on one day; never more than that.

    Attributes:
        id: Stable id, ``"{council}/{as_of}"``.
        organisation: The organisation whose council it is (``"SCO"``).
        council: A :class:`Council`.
        as_of: The day the roster describes.
        basis: ``"meeting"`` (who sat at a meeting that day) or ``"gallery"`` (the seed's
            galleries of office-holders, dated by when all of them held office).
        entries: One :class:`RosterEntry` per state.
        sources: Ids of the sources.
        seed_section: The seed section the roster comes from, or ``None``.
        excluded: States the seed lists that do not belong in the roster
            (tuple of :class:`RosterExclusion`).
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> r = shanghai_coop.council("heads_of_state", on="2024-07-10")
        >>> str(r.as_of), r.basis, len(r.entries)
        ('2024-07-04', 'meeting', 10)
    """

    id: str
    organisation: str
    council: Council
    as_of: PartialDate
    basis: str
    entries: tuple[RosterEntry, ...]
    sources: tuple[str, ...]
    seed_section: str | None = None
    excluded: tuple[RosterExclusion, ...] = ()
    note: str | None = None


@attrs.frozen
class Relation:
    """A relation between the SCO and another organisation, with the day it began.

    Attributes:
        id: Stable id (``"UN"``).
        partner: The other organisation's name.
        start: When the relation began.
        what: What the relation is (``"observer status in the UN General Assembly"``).
        sources: Ids of the sources.
        kind: What the partner is: ``"organisation"``.
        party: Which part of the SCO is party to it: ``"organisation"``, ``"secretariat"``
            or ``"rats"``; ``None`` where no source says.
        variants: Other values sources give.
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> [str(r.start) for r in shanghai_coop.organisation().relations() if r.id == "ASEAN"]
        ['2005-04-21']
    """

    id: str
    partner: str
    start: PartialDate
    what: str
    sources: tuple[str, ...]
    kind: str = "organisation"
    party: str | None = None
    variants: tuple[Variant, ...] = ()
    note: str | None = None


@attrs.frozen
class Attendance:
    """One attested attendance of a guest.

    Attributes:
        date: When.
        sources: Ids of the sources.
        note: Who attended, in what capacity.

    Example:
        >>> import shanghai_coop
        >>> tkm = shanghai_coop.organisation().guests()[-1]
        >>> str(tkm.attested[0].date)
        '2007-08-16'
    """

    date: PartialDate
    sources: tuple[str, ...]
    note: str | None = None


@attrs.frozen
class Guest:
    """A guest attendee of SCO summits (a state or an organisation).

    Attributes:
        id: Stable id.
        guest: The guest's name.
        kind: ``"state"`` or ``"organisation"``.
        state: The state, for a state guest, else ``None``.
        since: Since when, where a source says, else ``None``.
        sources: Ids of the sources.
        attested: Attendances a source reports (tuple of :class:`Attendance`).
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> [g.guest for g in shanghai_coop.organisation().guests() if g.kind == "state"]
        ['Turkmenistan']
    """

    id: str
    guest: str
    kind: str
    sources: tuple[str, ...]
    state: MemberState | None = None
    since: PartialDate | None = None
    attested: tuple[Attendance, ...] = ()
    note: str | None = None


@attrs.frozen
class Application:
    """An application for a status, or an expression of interest: an event, not a status.

    Attributes:
        id: Stable id, ``"{state}/{status}/{date}"``.
        state: The applicant state.
        applied_for: The :class:`Status` sought.
        date: When (:class:`PartialDate`), or ``None`` where no source dates it.
        kind: ``"application"`` or ``"interest"`` (interest expressed, no application).
        sources: Ids of the sources.
        date_basis: ``"source"`` (the source dates the act), ``"report"`` (the date is the
            report's; the act was on or before it) or ``"none"``.
        outcome: What became of it, where the data records that (``"rejected"``), or
            ``None``. ``None`` does not mean pending: an application that succeeded shows
            in the state's spells (India's of September 2014 in its membership from 2017), not
            here, so compare with :meth:`~shanghai_coop.Organisation.history` before
            filtering on ``outcome``.
        outcome_date: When that happened, or ``None``.
        variants: Other values sources give.
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> apps = shanghai_coop.organisation().applications()
        >>> any(a.state.id == "ISR" for a in apps)
        True
    """

    id: str
    state: MemberState
    applied_for: Status
    date: PartialDate | None
    kind: str
    sources: tuple[str, ...]
    date_basis: str | None = None
    outcome: str | None = None
    outcome_date: PartialDate | None = None
    variants: tuple[Variant, ...] = ()
    note: str | None = None


@attrs.frozen
class Body:
    """A body of the organisation, as its Charter lists them.

    Attributes:
        id: Stable id (``"heads_of_state"``, ``"secretariat"``, ...).
        en: English name.
        ru: Russian name, or ``None``.
        zh: Chinese name, or ``None``.
        sources: Ids of the sources.
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> [b.en for b in shanghai_coop.organisation().bodies][0]
        'Council of Heads of State'
    """

    id: str
    en: str
    sources: tuple[str, ...]
    ru: str | None = None
    zh: str | None = None
    note: str | None = None


@attrs.frozen
class Headquarters:
    """Where a permanent body sits.

    Attributes:
        body: ``"secretariat"`` or ``"rats"``.
        city: The city.
        state: The host state.
        since: Since when, or ``None``.
        sources: Ids of the sources.
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> [h.city for h in shanghai_coop.organisation().headquarters]
        ['Beijing', 'Tashkent']
    """

    body: str
    city: str
    state: MemberState
    sources: tuple[str, ...]
    since: PartialDate | None = None
    note: str | None = None


@attrs.frozen
class Charter:
    """The organisation's founding treaty.

    Attributes:
        signed: When it was signed.
        signed_place: Where.
        in_force: When it entered into force.
        sources: Ids of the sources.
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> c = shanghai_coop.organisation().charter
        >>> str(c.signed), c.signed_place, str(c.in_force)
        ('2002-06-07', 'Saint Petersburg', '2003-09-19')
    """

    signed: PartialDate
    signed_place: str
    in_force: PartialDate
    sources: tuple[str, ...]
    note: str | None = None
