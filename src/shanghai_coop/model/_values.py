"""Values every record uses: partial dates, variants, names."""

from __future__ import annotations

from datetime import date
from enum import Enum

import attrs

from .._deprecation import Renamable
from .._state_enums import Precision
from ..dates import parse_edtf, to_date

__all__ = ["Names", "PartialDate", "Record", "Variant"]


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
