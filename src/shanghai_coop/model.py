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

from ._enums import Precision, QualifierKind, Status
from .dates import parse_edtf, to_date

__all__ = [
    "Category",
    "MemberState",
    "Membership",
    "Names",
    "PartialDate",
    "Precision",
    "Qualifier",
    "QualifierKind",
    "Source",
    "Status",
    "Variant",
]


@attrs.frozen(repr=False)
class PartialDate:
    """A date as precise as its sources: a day, a month, a year, or one of a set of days.

    Built from its EDTF text; the other attributes are derived from it.

    Attributes:
        edtf: The EDTF text: ``"2023-07-04"``, ``"2021-09"``, ``"2015"`` or
            ``"[2009-06-15,2009-06-16]"``.
        precision: A :class:`Precision`.
        earliest: The first possible day (``datetime.date``).
        latest: The last possible day, inclusive (``datetime.date``).
        options: For ``Precision.ONE_OF``, the possible days; else ``()``.

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

    def possibly_before(self, day: date) -> bool:
        """Return whether the event may have happened on or before ``day``."""
        return self.earliest <= day

    def certainly_before(self, day: date) -> bool:
        """Return whether the event happened on or before ``day`` under every reading."""
        return self.latest <= day

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
            (tuple of :class:`Qualifier`).
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
