"""Values every record uses: partial dates, variants, sources, status categories, names."""

from __future__ import annotations

from datetime import date
from enum import Enum

import attrs

from .._deprecation import Renamable
from .._enums import Confidence, Precision, SourceKind, Status
from ..dates import parse_edtf, to_date
from ._grade import Graded, Grades, grade_field, graded_field

__all__ = [
    "Category",
    "Names",
    "PartialDate",
    "Record",
    "Source",
    "Variant",
]


class Record(Renamable):
    """The base of the value classes: a notebook view, and the deprecation path of renames.

    Example:
        >>> html = Variant("start", "2015", ("src",))._repr_html_()
        >>> html.startswith("<table><caption>Variant</caption>") and "2015" in html
        True
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        """An HTML table of the fields that are set, for Jupyter and other notebooks."""
        from html import escape

        rows = []
        for field in attrs.fields(type(self)):  # type: ignore[arg-type]
            value = getattr(self, field.name)
            if field.name.startswith("_") or value is None or value == ():
                continue
            rows.append(
                f"<tr><th style='text-align:left'>{escape(field.name)}</th>"
                f"<td style='text-align:left'>{escape(_text(value))}</td></tr>"
            )
        return f"<table><caption>{escape(type(self).__name__)}</caption>{''.join(rows)}</table>"


def _text(value: object) -> str:
    """A value as a notebook cell shows it: enums by value, states and people by name."""
    if isinstance(value, (tuple, frozenset)):
        return "; ".join(
            sorted(_text(v) for v in value)
            if isinstance(value, frozenset)
            else (_text(v) for v in value)
        )
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (str, int, date, PartialDate)):
        return str(value)
    return str(value) if type(value).__str__ is not object.__str__ else repr(value)


@attrs.frozen(repr=False)
class PartialDate(Record):
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
class Variant(Record):
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
class Names(Record):
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
class Source(Record):
    """A source the data cites.

    Attributes:
        id: The id records cite (``"tass-2025-tianjin-declaration"``).
        title: Title of the document or page.
        url: Where it can be read, or ``None``.
        publisher: Who published the text read: for a copy, the original's publisher (an
            agency's story reprinted by a newspaper is the agency's; an SCO document copied
            by a database is the SCO's). One spelling per publisher, so that two sources are
            independent exactly when their publishers differ.
        kind: A :class:`SourceKind`: ``PRIMARY`` (the SCO's or a government's own text),
            ``SECONDARY`` (news agency, newspaper, scholarly work, NGO or think-tank page,
            database compiled by others) or ``TERTIARY`` (an encyclopaedia article).
        accessed: The day the source was read for this data.
        published: Publication date, or ``None``.
        section: For a long document, the section read, or ``None``.
        note: What it says, briefly, or why it is cited.
        form: What the source is: ``"seed"`` (the seed article), ``"official"`` (an
            official page), ``"official-text"`` (the text of an official document),
            ``"news"``, ``"database"`` or ``"reference"``; ``None`` if not recorded.
        host: Where the text was read when that is not the publisher's own publication (a
            mirror, a reprint, a database), or ``None``.

    .. versionchanged:: 0.4.0
       ``kind`` is a :class:`SourceKind`; the former kinds are in ``form``; ``publisher``
       is always given and names the original publisher of a copy, whose site is ``host``.

    Example:
        >>> import shanghai_coop
        >>> s = shanghai_coop.organisation().source("wikipedia-sco/membership")
        >>> s.publisher, s.kind.value, s.form
        ('Wikipedia', 'tertiary', 'seed')
        >>> s = shanghai_coop.organisation().source("people-2022-samarkand")
        >>> s.publisher, s.host
        ('Xinhua', "People's Daily Online")
    """

    id: str
    title: str
    url: str | None
    publisher: str
    kind: SourceKind
    accessed: date
    published: PartialDate | None = None
    section: str | None = None
    note: str | None = None
    form: str | None = None
    host: str | None = None


@attrs.frozen
class Category(Graded, Record):
    """A status category of an organisation and the half-open interval it existed in.

    Attributes:
        status: The :class:`Status`.
        start: When the category was created.
        end: When it ceased (first day without it), or ``None``.
        sources: Ids of the sources.
        note: Free-text remark.
        document: The id of the document that created it, in the documents register
            (``"observer-regulation-2004"``; see ``Organisation.document``), or ``None``
            where none is known. (New in 0.4.0.)
        variants: Other values sources give (tuple of :class:`Variant`). (New in 0.4.0.)

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
    document: str | None = None
    variants: tuple[Variant, ...] = ()
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()
