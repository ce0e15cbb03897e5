"""Tables for analysts: records as plain dicts, frames, country-year panels, bulk look-ups.

Everything here works without optional dependencies: a :class:`Table` is a sequence of
plain ``dict`` rows with stable, documented column names and ISO 8601 date strings. pandas
and polars frames (extras ``pandas`` and ``polars``) are built only when asked for, and
import their library only then.

Column conventions:

* a partial date ``X`` appears as three columns: ``X`` (the EDTF text, as stored),
  ``X_earliest`` and ``X_latest`` (ISO dates, the first and last possible day);
* an interval is half-open ``[start, end)``; ``end`` is empty while it continues; the one
  exception is a summit, whose days run from ``start`` to ``last_day``, both inclusive
  (a one-day summit has ``last_day`` equal to ``start``);
* several values in one cell (sources, aliases) are joined with ``"; "``;
* states are ISO 3166-1 alpha-3 codes, with a ``*_name`` column for the English name.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, overload

from ._deprecation import Renamable
from ._enums import Council, Status, SummitFormat, SummitStatus
from .errors import ArgumentTypeError, InvalidArgumentError, MissingExtraError

if TYPE_CHECKING:
    from .model import PartialDate

__all__ = ["COLUMNS", "COW_IGO", "RULES", "Table"]

Kind = Literal[
    "spells", "states", "summits", "terms", "relations", "applications", "rosters", "crosswalk"
]


def _dates(name: str) -> tuple[str, str, str]:
    return (name, f"{name}_earliest", f"{name}_latest")


#: The columns of every kind of record, in order. Changing them is a breaking change.
COLUMNS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "spells": (
            "id", "organisation", "state", "state_name", "status",
            *_dates("start"), *_dates("end"), *_dates("approved"),
            "qualifiers", "sources", "note",
        ),
        "states": (
            "id", "iso_alpha2", "iso_alpha3", "iso_numeric", "wikidata", "cow_code", "cow_abbrev",
            "name", "official_name", "name_ru", "official_name_ru", "name_zh", "official_name_zh",
            "aliases", "former_names", "sources",
        ),
        "summits": (
            "id", "organisation", "council", "number", *_dates("start"), *_dates("last_day"),
            "host", "host_name", "city", "format", "status", "sources", "note",
        ),
        "terms": (
            "id", "office", "office_name", "holder", "holder_name", "holder_wikidata", "state",
            "state_name", *_dates("start"), *_dates("end"), "sources", "note",
        ),
        "relations": (
            "id", "partner", "kind", "party", *_dates("start"), "what", "sources", "note",
        ),
        "applications": (
            "id", "state", "state_name", "applied_for", "kind", *_dates("date"), "date_basis",
            "outcome", "sources", "note",
        ),
        "rosters": (
            "roster", "council", *_dates("as_of"), "basis", "state", "state_name", "member",
            "member_name", "role", "represented_by", "represented_by_name", "represented_role",
            "sources",
        ),
        "crosswalk": (
            "state", "former_state", "name", "iso_alpha2", "iso_alpha3", "iso_numeric",
            "iso3166_3", "wikidata", "cow_code", "cow_abbrev", "cow_name", "gw_code",
            "successors", "sources",
        ),
        "panel": (
            "state", "iso_alpha2", "state_name", "cow_code", "cow_abbrev", "year", "status",
            "uncertain", "possible", "cow_igo", "shanghai_five",
        ),
    }
)  # fmt: skip

#: Columns holding categories (enum values) and the categories in order.
_CATEGORIES: Mapping[str, tuple[str, ...]] = {
    "status": tuple(s.value for s in Status),
    "shanghai_five": tuple(s.value for s in Status),
    "applied_for": tuple(s.value for s in Status),
    "council": tuple(c.value for c in Council),
    "format": tuple(f.value for f in SummitFormat),
    "organisation": ("S5", "SCO"),
}
_SUMMIT_CATEGORIES: Mapping[str, tuple[str, ...]] = {
    **_CATEGORIES,
    "status": tuple(s.value for s in SummitStatus),
}
_INTEGERS = ("cow_code", "gw_code", "number", "year", "cow_igo")


def _categories(kind: str) -> Mapping[str, tuple[str, ...]]:
    """The categorical columns of one kind of table (summits have their own statuses)."""
    return _SUMMIT_CATEGORIES if kind == "summits" else _CATEGORIES


_BOOLEANS = ("uncertain",)

#: The rules of :func:`country_year`.
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
_RANK = {
    Status.NONE: 0,
    Status.DIALOGUE_PARTNER: 1,
    Status.OBSERVER: 2,
    Status.PARTNER: 3,
    Status.MEMBER: 4,
}
#: Correlates of War IGO codes (IGO data v3, state-year format: 0 no membership, 1 full
#: membership, 2 associate membership, 3 observer, -9 missing data, -1 IGO not in
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


# The most rows :meth:`Organisation.country_year` builds (every ISO country over 4,000
# years); a larger panel is refused rather than exhaust memory (about 1 kB per row).
_MAX_PANEL_ROWS = 1_000_000


class Table(Renamable, Sequence[dict[str, Any]]):
    """Rows of plain dicts with fixed columns and metadata; frames on demand.

    A ``Table`` is an immutable sequence of rows: ``table[i]`` and iteration give fresh
    ``dict`` copies, so nothing a caller does to a row changes the table. A slice,
    ``table[a:b]``, is a plain ``list`` of such dicts (not a ``Table``: it has no ``meta``).
    ``table.column(name)`` gives one column as a tuple; ``table["name"]`` is an error
    that says so.

    Attributes:
        kind: What the rows are (``"spells"``, ``"panel"``, ...).
        columns: The column names, in order (see :data:`COLUMNS`).
        meta: Read-only metadata: ``data_version``, ``as_of``, ``code_version``, and for a
            panel the rule and the ambiguity policy.

    Example:
        >>> import shanghai_coop
        >>> table = shanghai_coop.organisation().records("spells")
        >>> table.columns[:5]
        ('id', 'organisation', 'state', 'state_name', 'status')
        >>> table[0]["state"], table.meta["data_version"] == shanghai_coop.data_version()
        ('AFG', True)
    """

    __slots__ = ("_columns", "_kind", "_meta", "_rows")
    _columns: tuple[str, ...]
    _kind: str
    _meta: dict[str, Any]
    _rows: tuple[tuple[Any, ...], ...]

    def __init__(
        self,
        kind: str,
        columns: Sequence[str],
        rows: Sequence[Mapping[str, Any]],
        meta: Mapping[str, Any],
    ) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "_kind", kind)
        setattr_(self, "_columns", tuple(columns))
        setattr_(self, "_rows", tuple(tuple(row[c] for c in self._columns) for row in rows))
        setattr_(self, "_meta", dict(meta))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Table is read-only: cannot set {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self._kind, self._columns, self._rows, self._meta))

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
        """The column names, in order."""
        return self._columns

    @property
    def meta(self) -> Mapping[str, Any]:
        """Read-only metadata: versions, and for a panel its rule."""
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

    def to_csv(self, path: str | None = None) -> str:
        """Write the rows as CSV, with the metadata in leading ``#`` comment lines.

        Read it back with ``pandas.read_csv(path, comment="#", keep_default_na=False,
        na_values=[""])`` (without ``keep_default_na=False`` pandas reads Namibia's ISO code
        ``NA`` as a missing value), or skip lines starting with ``#``.

        Args:
            path: A file to write (UTF-8), or ``None`` to only return the text.

        Returns:
            The CSV text.

        Example:
            >>> import shanghai_coop
            >>> text = shanghai_coop.organisation().records("relations").to_csv()
            >>> text.splitlines()[0].startswith("# shanghai_coop relations")
            True
        """
        buffer = io.StringIO()
        meta = "; ".join(f"{k}: {v}" for k, v in self.meta.items())
        buffer.write(f"# shanghai_coop {self.kind}; {meta}\n")
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(self.columns)
        for row in self._rows:
            writer.writerow(["" if v is None else v for v in row])
        text = buffer.getvalue()
        if path is not None:
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        return text

    def to_json(self, path: str | None = None) -> str:
        """Write ``{"meta": {...}, "columns": [...], "rows": [{...}, ...]}`` as JSON.

        Args:
            path: A file to write (UTF-8), or ``None`` to only return the text.

        Returns:
            The JSON text.

        Example:
            >>> import json, shanghai_coop
            >>> doc = json.loads(shanghai_coop.organisation().records("states").to_json())
            >>> sorted(doc)
            ['columns', 'meta', 'rows']
        """
        import json

        doc = {"meta": dict(self.meta), "columns": list(self.columns), "rows": list(self)}
        text = json.dumps(doc, ensure_ascii=False, indent=1)
        if path is not None:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
        return text

    def to_pandas(self) -> Any:
        """Return a ``pandas.DataFrame`` with proper dtypes (extra ``pandas``).

        Dates are ``datetime64``, statuses and other closed sets are (unordered) categoricals,
        counts are nullable integers; the metadata is in ``DataFrame.attrs``.

        Returns:
            A ``pandas.DataFrame``.

        Raises:
            MissingExtraError: pandas is not installed (``pip install 'shanghai_coop[pandas]'``).
        """
        try:
            import pandas as pd
        except ImportError:
            raise MissingExtraError("pandas", "pandas") from None
        frame = pd.DataFrame.from_records(list(self._rows), columns=list(self.columns))
        categories = _categories(self.kind)
        for column in self.columns:
            if column.endswith(("_earliest", "_latest")):
                frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d")
            elif column in categories:
                frame[column] = pd.Categorical(frame[column], categories=categories[column])
            elif column in _INTEGERS:
                frame[column] = frame[column].astype("Int64")
            elif column in _BOOLEANS:
                frame[column] = frame[column].astype("boolean")
        frame.attrs.update(self.meta)
        return frame

    def to_polars(self) -> Any:
        """Return a ``polars.DataFrame`` with proper dtypes (extra ``polars``).

        Dates are ``pl.Date``, statuses and other closed sets ``pl.Enum``, counts ``Int64``.
        polars frames carry no metadata; read it from :attr:`meta`.

        Returns:
            A ``polars.DataFrame``.

        Raises:
            MissingExtraError: polars is not installed (``pip install 'shanghai_coop[polars]'``).
        """
        try:
            import polars as pl
        except ImportError:
            raise MissingExtraError("polars", "polars") from None
        schema: dict[str, Any] = {}
        categories = _categories(self.kind)
        for column in self.columns:
            if column.endswith(("_earliest", "_latest")):
                schema[column] = pl.Date
            elif column in categories:
                schema[column] = pl.Enum(list(categories[column]))
            elif column in _INTEGERS:
                schema[column] = pl.Int64
            elif column in _BOOLEANS:
                schema[column] = pl.Boolean
            else:
                schema[column] = pl.String
        data = (
            {
                column: [
                    date.fromisoformat(v) if v is not None and schema[column] is pl.Date else v
                    for v in values
                ]
                for column, values in zip(self.columns, zip(*self._rows, strict=True), strict=True)
            }
            if self._rows
            else {column: [] for column in self.columns}
        )
        return pl.DataFrame(data, schema=schema)


def _rebuild(
    kind: str, columns: tuple[str, ...], rows: tuple[tuple[Any, ...], ...], meta: dict[str, Any]
) -> Table:
    return Table(kind, columns, [dict(zip(columns, row, strict=True)) for row in rows], meta)


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
