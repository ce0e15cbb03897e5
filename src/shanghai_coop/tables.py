"""Tables for analysts: records as plain dicts, frames, country-year panels, files.

Everything here works without optional dependencies: a :class:`Table` is a sequence of
plain ``dict`` rows with stable, documented column names and ISO 8601 date strings. pandas
and polars frames (extras ``pandas`` and ``polars``) and Arrow and Parquet files (extra
``arrow``) are built only when asked for, and import their library only then (module
:mod:`._export`).

Column conventions:

* a partial date ``X`` appears as three columns: ``X`` (the EDTF text, as stored),
  ``X_earliest`` and ``X_latest`` (ISO dates, the first and last possible day); the
  segments' ``status_if_earliest`` and ``status_if_latest`` are statuses, the answers
  under ``ambiguous="earliest"`` and ``"latest"``;
* an interval is half-open ``[start, end)``; ``end`` is empty while it continues; the one
  exception is a summit, whose days run from ``start`` to ``last_day``, both inclusive
  (a one-day summit has ``last_day`` equal to ``start``);
* several values in one cell (sources, aliases) are joined with ``"; "``; the possible
  statuses of a panel or segment with ``"|"``;
* states are ISO 3166-1 alpha-3 codes, with a ``*_name`` column for the English name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, overload

from ._args import ExportFormat, RecordKind, Rule
from ._deprecation import Renamable
from ._enums import Confidence, Council, Status, SummitFormat, SummitStatus
from ._export import TableFiles
from .errors import ArgumentTypeError, InvalidArgumentError

if TYPE_CHECKING:
    from .model import PartialDate

__all__ = [
    "COLUMNS",
    "CONVENTIONS",
    "COW_IGO",
    "RULES",
    "ExportFormat",
    "Kind",
    "RecordKind",
    "Rule",
    "Table",
]

Kind = RecordKind  # the kinds of record tables (an alias kept for 0.3 callers)


def _dates(name: str) -> tuple[str, str, str]:
    return (name, f"{name}_earliest", f"{name}_latest")


#: The columns of every kind of record, in order. Removing or renaming one is a breaking
#: change; new columns are added at the end.
COLUMNS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "spells": (
            "id", "organisation", "state", "state_name", "status",
            *_dates("start"), *_dates("end"), *_dates("approved"),
            "qualifiers", "possible_qualifiers", "sources", "confidence", "note",
        ),
        "states": (
            "id", "iso_alpha2", "iso_alpha3", "iso_numeric", "wikidata", "cow_code", "cow_abbrev",
            "name", "official_name", "name_ru", "official_name_ru", "name_zh", "official_name_zh",
            "aliases", "former_names", "sources", "confidence",
        ),
        "summits": (
            "id", "organisation", "council", "number", *_dates("start"), *_dates("last_day"),
            "host", "host_name", "city", "format", "status", "sources", "confidence", "note",
        ),
        "terms": (
            "id", "office", "office_name", "holder", "holder_name", "holder_wikidata", "state",
            "state_name", *_dates("start"), *_dates("end"), "sources", "confidence", "note",
        ),
        "relations": (
            "id", "partner", "kind", "party", *_dates("start"), "what", "sources", "confidence",
            "note",
        ),
        "applications": (
            "id", "state", "state_name", "applied_for", "kind", *_dates("date"), "date_basis",
            "outcome", "sources", "confidence", "note",
        ),
        "rosters": (
            "roster", "council", *_dates("as_of"), "basis", "state", "state_name", "member",
            "member_name", "role", "represented_by", "represented_by_name", "represented_role",
            "sources", "confidence",
        ),
        "crosswalk": (
            "state", "former_state", "name", "iso_alpha2", "iso_alpha3", "iso_numeric",
            "iso3166_3", "wikidata", "cow_code", "cow_abbrev", "cow_name", "gw_code",
            "successors", "sources",
        ),
        "panel": (
            "state", "iso_alpha2", "state_name", "cow_code", "cow_abbrev", "year", "status",
            "uncertain", "possible", "cow_igo", "shanghai_five", "gw_code", "carried_forward",
            "provenance", "confidence",
        ),
        "segments": (
            "organisation", "state", "iso_alpha2", "state_name", "cow_code", "cow_abbrev",
            "gw_code", "start", "end", "status_if_earliest", "status_if_latest", "possible",
            "uncertain", "carried_forward", "provenance", "confidence",
        ),
    }
)  # fmt: skip

#: Columns holding categories (enum values) and the categories in order.
_CATEGORIES: Mapping[str, tuple[str, ...]] = {
    "status": tuple(s.value for s in Status),
    "shanghai_five": tuple(s.value for s in Status),
    "applied_for": tuple(s.value for s in Status),
    "status_if_earliest": tuple(s.value for s in Status),
    "status_if_latest": tuple(s.value for s in Status),
    "council": tuple(c.value for c in Council),
    "format": tuple(f.value for f in SummitFormat),
    "organisation": ("S5", "SCO"),
    "confidence": tuple(c.value for c in Confidence),  # from the firmest
}
_SUMMIT_CATEGORIES: Mapping[str, tuple[str, ...]] = {
    **_CATEGORIES,
    "status": tuple(s.value for s in SummitStatus),
}
_INTEGERS = ("cow_code", "gw_code", "number", "year", "cow_igo")
_BOOLEANS = ("uncertain", "carried_forward")
#: Columns of plain calendar dates beyond the ``*_earliest``/``*_latest`` of partial dates.
_DATE_COLUMNS: Mapping[str, tuple[str, ...]] = {"segments": ("start", "end")}


def _categories(kind: str) -> Mapping[str, tuple[str, ...]]:
    """The categorical columns of one kind of table (summits have their own statuses)."""
    return _SUMMIT_CATEGORIES if kind == "summits" else _CATEGORIES


class Field(NamedTuple):
    """A column's type: ``"string"``, ``"integer"``, ``"boolean"`` or ``"date"``.

    ``categories`` lists the values a categorical column may take (in order), else is empty.
    """

    name: str
    type: str
    categories: tuple[str, ...] = ()


def fields(kind: str, columns: Sequence[str]) -> tuple[Field, ...]:
    """The type of every column of a kind of table (Frictionless Table Schema types)."""
    categories = _categories(kind)
    out = []
    for column in columns:
        if column in categories:  # status_if_earliest and status_if_latest are no dates
            out.append(Field(column, "string", tuple(categories[column])))
        elif column.endswith(("_earliest", "_latest")) or column in _DATE_COLUMNS.get(kind, ()):
            out.append(Field(column, "date"))
        elif column in _INTEGERS:
            out.append(Field(column, "integer"))
        elif column in _BOOLEANS:
            out.append(Field(column, "boolean"))
        else:
            out.append(Field(column, "string"))
    return tuple(out)


#: The rules of :func:`~shanghai_coop.country_year`.
RULES: Mapping[str, str] = MappingProxyType(
    {
        "jan1": "the status held on 1 January of the year",
        "dec31": "the status held on 31 December of the year",
        "any": (
            "the highest status held on any day of the year (member > partner > observer >"
            " dialogue_partner > none)"
        ),
        "majority": ("the status held on most days of the year (ties go to the higher status)"),
    }
)
#: The conventions of the ``cow_igo`` column of :func:`~shanghai_coop.country_year`.
CONVENTIONS: Mapping[str, str] = MappingProxyType(
    {
        "native": (
            "COW IGO codes from the SCO status: 1 member, 3 observer or partner, 0 dialogue"
            " partner or none, -1 the SCO did not exist under the rule (it was founded on"
            " 2001-06-15), -9 the year is carried forward past as_of"
        ),
        "cow": (
            "the Correlates of War IGO v3 coding of the SCO: the Shanghai Five counted as the"
            " SCO (membership in either is 1; -1 before its founding on 1996-04-26 under the"
            " rule), observers and partners 0 unless observers=True (then 3), dialogue"
            " partners 0, -9 the year is carried forward past as_of"
        ),
    }
)
_RANK = {
    Status.NONE: 0,
    Status.DIALOGUE_PARTNER: 1,
    Status.OBSERVER: 2,
    Status.PARTNER: 3,
    Status.MEMBER: 4,
}
#: Correlates of War IGO codes by status (IGO data v3, state-year format; 0 no membership,
#: 1 full membership, 2 associate membership, 3 observer, -9 missing data, -1 IGO not in
#: existence; as documented for ``state_year_format3`` by the igoR package,
#: https://dieghernan.github.io/igoR/reference/state_year_format3.html). COW has no
#: dialogue partners; "partner" merged observers into itself, so it is coded as observer.
COW_IGO: Mapping[Status, int] = MappingProxyType(
    {
        Status.MEMBER: 1,
        Status.OBSERVER: 3,
        Status.PARTNER: 3,
        Status.DIALOGUE_PARTNER: 0,
        Status.NONE: 0,
    }
)
#: COW's codes for "missing data" (here: a year carried forward past ``as_of``) and "IGO
#: not in existence".
COW_MISSING = -9
COW_NOT_IN_EXISTENCE = -1


# The most rows :meth:`Organisation.country_year` builds (every ISO country over 4,000
# years); a larger panel is refused rather than exhaust memory (about 1 kB per row).
_MAX_PANEL_ROWS = 1_000_000


class Table(Renamable, TableFiles, Sequence[dict[str, Any]]):
    """Rows of plain dicts with fixed columns and metadata; frames on demand.

    A ``Table`` is an immutable sequence of rows: ``table[i]`` and iteration give fresh
    ``dict`` copies, so nothing a caller does to a row changes the table. A slice,
    ``table[a:b]``, is a plain ``list`` of such dicts (not a ``Table``: it has no ``meta``).
    ``table.column(name)`` gives one column as a tuple; ``table["name"]`` is an error
    that says so. :attr:`kind`, :attr:`columns` and :attr:`meta` describe the rows.

    Example:
        >>> import shanghai_coop
        >>> table = shanghai_coop.organisation().records("spells")
        >>> table.columns[:5]
        ('id', 'organisation', 'state', 'state_name', 'status')
        >>> table[0]["state"], table.meta["data_version"] == shanghai_coop.data_version()
        ('AFG', True)
    """

    __slots__ = ("_columns", "_kind", "_meta", "_rows", "_sources")
    _columns: tuple[str, ...]
    _kind: str
    _meta: dict[str, Any]
    _rows: tuple[tuple[Any, ...], ...]
    _sources: tuple[Mapping[str, str], ...]

    def __init__(
        self,
        kind: str,
        columns: Sequence[str],
        rows: Sequence[Mapping[str, Any]],
        meta: Mapping[str, Any],
        sources: Sequence[Mapping[str, str]] = (),
    ) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "_kind", kind)
        setattr_(self, "_columns", tuple(columns))
        setattr_(self, "_rows", tuple(tuple(row[c] for c in self._columns) for row in rows))
        setattr_(self, "_meta", dict(meta))
        setattr_(self, "_sources", tuple(MappingProxyType(dict(s)) for s in sources))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Table is read-only: cannot set {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        sources = tuple(dict(s) for s in self._sources)
        return (_rebuild, (self._kind, self._columns, self._rows, self._meta, sources))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Table):
            return NotImplemented
        return (self._kind, self._columns, self._rows, self._meta) == (
            other._kind,
            other._columns,
            other._rows,
            other._meta,
        )

    def __hash__(self) -> int:
        return hash((self._kind, self._columns, self._rows))

    @property
    def kind(self) -> str:
        """What the rows are (``"spells"``, ``"panel"``, ...)."""
        return self._kind

    @property
    def columns(self) -> tuple[str, ...]:
        """The column names, in order (see :data:`~shanghai_coop.tables.COLUMNS`)."""
        return self._columns

    @property
    def meta(self) -> Mapping[str, Any]:
        """Read-only metadata.

        ``data_version``, ``as_of``, ``code_version``, and for a panel the rule and the
        ambiguity policy.
        """
        return MappingProxyType(self._meta)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice | str) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, (str, bytes)):
            raise ArgumentTypeError(
                "index", index, f"a row number or slice; for a column use .column({index!r})"
            )
        if isinstance(index, slice):
            return [dict(zip(self.columns, row, strict=True)) for row in self._rows[index]]
        return dict(zip(self.columns, self._rows[index], strict=True))

    def column(self, name: str) -> tuple[Any, ...]:
        """Return one column's values, in row order.

        Args:
            name: A column name (one of :attr:`columns`).

        Returns:
            A ``tuple`` with one value per row.

        Raises:
            InvalidArgumentError: ``name`` is not a column.
            ArgumentTypeError: ``name`` is not a string.

        .. versionadded:: 0.3.0

        Example:
            >>> import shanghai_coop
            >>> shanghai_coop.organisation().records("summits").column("id")[:2]
            ('SCO-CHS-2001', 'SCO-CHG-2001')
        """
        if not isinstance(name, str):
            raise ArgumentTypeError("name", name, "a column name (str)")
        if name not in self._columns:
            raise InvalidArgumentError("name", name, self._columns)
        position = self._columns.index(name)
        return tuple(row[position] for row in self._rows)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for row in self._rows:
            yield dict(zip(self.columns, row, strict=True))

    def __repr__(self) -> str:
        return f"<Table {self.kind}: {len(self)} rows x {len(self.columns)} columns>"

    def _repr_html_(self) -> str:
        from html import escape

        head = "".join(f"<th>{escape(c)}</th>" for c in self.columns)
        shown = self._rows[:20]
        body = "".join(
            "<tr>"
            + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in row)
            + "</tr>"
            for row in shown
        )
        more = f"<p>{len(self) - len(shown)} more rows</p>" if len(self) > len(shown) else ""
        meta = escape(", ".join(f"{k}: {v}" for k, v in self.meta.items()))
        return (
            f"<p><strong>{escape(self.kind)}</strong>: {len(self)} rows; {meta}</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"
        )

    def _fields(self) -> tuple[Field, ...]:
        """The type of every column, for files and frames."""
        return fields(self._kind, self._columns)

    def _raw_rows(self) -> tuple[tuple[Any, ...], ...]:
        """The rows as stored (tuples in column order), for writers; never modify."""
        return self._rows

    @property
    def sources(self) -> tuple[Mapping[str, str], ...]:
        """The sources the rows rest on, as ``{"id", "title", "path"}`` (``path`` a URL if any).

        .. versionadded:: 0.4.0
        """
        return self._sources


def _rebuild(
    kind: str,
    columns: tuple[str, ...],
    rows: tuple[tuple[Any, ...], ...],
    meta: dict[str, Any],
    sources: tuple[dict[str, str], ...] = (),
) -> Table:
    rows_ = [dict(zip(columns, row, strict=True)) for row in rows]
    return Table(kind, columns, rows_, meta, sources)


def _partial(prefix: str, value: PartialDate | None) -> dict[str, Any]:
    if value is None:
        return {prefix: None, f"{prefix}_earliest": None, f"{prefix}_latest": None}
    return {
        prefix: value.edtf,
        f"{prefix}_earliest": value.earliest.isoformat(),
        f"{prefix}_latest": value.latest.isoformat(),
    }


def _join(values: Sequence[str]) -> str:
    return "; ".join(values)
