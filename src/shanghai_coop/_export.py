"""Tables as files and frames: CSV, JSON, Arrow, Parquet, pandas and polars.

Each format is written so that its readers open it with their defaults: CSV has one header
line and no comment lines (an empty field is a missing value, booleans are ``true`` and
``false``), JSON is an array of row objects. The metadata lives beside the file in a
Frictionless Data Package descriptor (``datapackage.json``, Data Package v2), or, for Arrow
and Parquet, in the schema metadata. The descriptor is written by hand after the published
standard (https://datapackage.org/standard/data-package/), so no extra is needed for it.

The :class:`~.tables.Table` methods delegate here; nothing here imports :mod:`.tables` at
run time (it imports this module), so the table is used through its methods only.
"""

from __future__ import annotations

import csv
import io
import json
import pathlib
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from .errors import InvalidArgumentError, MissingExtraError

if TYPE_CHECKING:
    import pandas
    import polars
    import pyarrow

    from ._args import ExportFormat
    from .tables import Field

__all__ = [
    "FORMATS",
    "LICENCE",
    "TableFiles",
    "csv_text",
    "descriptor",
    "export",
    "json_text",
    "to_arrow",
]

#: The licence of the data (and so of every table made from it); see NOTICE.
LICENCE = {
    "name": "CC-BY-SA-4.0",
    "path": "https://creativecommons.org/licenses/by-sa/4.0/",
    "title": "Creative Commons Attribution-ShareAlike 4.0 International",
}
#: File formats :func:`export` writes, by name, with their suffixes and media types.
FORMATS = {
    "csv": ((".csv",), "text/csv"),
    "json": ((".json",), "application/json"),
    "parquet": ((".parquet", ".pq"), "application/vnd.apache.parquet"),
    "arrow": ((".arrow", ".feather", ".ipc"), "application/vnd.apache.arrow.file"),
}
_PACKAGE_SCHEMA = "https://datapackage.org/profiles/2.0/datapackage.json"
_RESOURCE_SCHEMA = "https://datapackage.org/profiles/2.0/dataresource.json"
_DESCRIPTOR = "datapackage.json"
_OURS = "shanghai_coop"  # the custom property that marks a descriptor this package wrote

#: What the columns of panels and segments mean.
_DESCRIPTIONS = {
    "state": "ISO 3166-1 alpha-3 code of the state",
    "iso_alpha2": "ISO 3166-1 alpha-2 code (Namibia's is the text NA, not a missing value)",
    "cow_code": "Correlates of War state number",
    "cow_abbrev": "Correlates of War state abbreviation",
    "gw_code": "Gleditsch-Ward state number",
    "year": "calendar year",
    "status": "the status of the year under the panel's rule",
    "uncertain": "true when the answer depends on a date known only roughly",
    "possible": "every status possible, joined with |",
    "cow_igo": "COW IGO code under the panel's convention (-9: carried forward past as_of)",
    "shanghai_five": "the status in the Shanghai Five under the panel's rule",
    "carried_forward": "true when the answer rests on days after the data's as_of",
    "provenance": "code version, data version and as_of of the row, the line to cite",
    "start": "first day of the interval (included)",
    "end": "first day after the interval (excluded); empty while it continues",
    "status_if_earliest": "the status if every uncertain transition happened at its earliest",
    "status_if_latest": "the status if every uncertain transition happened at its latest",
}


def write_text(text: str, path: str | None) -> str:
    """Write ``text`` to ``path`` (UTF-8, unchanged line ends) when given; return it."""
    if path is not None:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    return text


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return value


def csv_text(table: TableFiles) -> str:
    """The table as CSV: a header line, then the rows; no comment lines."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.columns)
    for row in table._raw_rows():
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue()


def json_text(table: TableFiles) -> str:
    """The table as a JSON array of row objects, one row per line."""
    columns = table.columns
    lines = [
        json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False)
        for row in table._raw_rows()
    ]
    return "[\n" + ",\n".join(lines) + "\n]\n"


def _format_of(path: str, format: str | None) -> str:
    if format is not None:
        if format not in FORMATS:
            raise InvalidArgumentError("format", format, list(FORMATS))
        return format
    suffix = pathlib.Path(path).suffix.lower()
    for name, (suffixes, _) in FORMATS.items():
        if suffix in suffixes:
            return name
    choices = [s for suffixes, _ in FORMATS.values() for s in suffixes]
    raise InvalidArgumentError("path", path, [f"a file name ending {s}" for s in choices])


def _schema_field(field: Field, kind: str) -> dict[str, Any]:
    out: dict[str, Any] = {"name": field.name, "type": field.type}
    if kind in ("panel", "segments") and field.name in _DESCRIPTIONS:
        out["description"] = _DESCRIPTIONS[field.name]
    if field.categories:
        out["constraints"] = {"enum": list(field.categories)}
    return out


def _name(text: str) -> str:
    """A Frictionless resource name: lower case letters, digits, ``-``, ``.`` and ``_``."""
    return "".join(c if c.isascii() and (c.isalnum() or c in "-._") else "-" for c in text.lower())


def _unique_names(resources: list[dict[str, Any]]) -> None:
    """Name each resource from its file, uniquely and the same however often it is written.

    A name is the file's stem (``panel``); where two files share it, the whole file name
    (``panel.csv``, ``panel.json``); where those meet too (``a b.csv``, ``a-b.csv``), a
    number in the order of the paths (``a-b.csv-2``).
    """
    paths = [str(r.get("path")) for r in resources]
    stems = [_name(pathlib.PurePosixPath(path).stem) for path in paths]
    pairs = zip(stems, paths, strict=True)
    names = [stem if stems.count(stem) == 1 else _name(path) for stem, path in pairs]
    for index, resource in enumerate(resources):
        same = [i for i, name in enumerate(names) if name == names[index]]
        number = same.index(index) + 1
        resource["name"] = names[index] if number == 1 else f"{names[index]}-{number}"


def _resource(table: TableFiles, path: str, format: str) -> dict[str, Any]:
    name = _name(pathlib.PurePosixPath(path).stem)
    resource: dict[str, Any] = {
        "$schema": _RESOURCE_SCHEMA,
        "name": name,
        "type": "table",
        "path": path,
        "format": format,
        "mediatype": FORMATS[format][1],
        "encoding": "utf-8",
        "title": f"shanghai_coop {table.kind} ({table.meta.get('organisation', '')})",
        "licenses": [dict(LICENCE)],
        "sources": [{k: v for k, v in s.items() if k in ("title", "path")} for s in table.sources],
        "schema": {
            "fields": [_schema_field(f, table.kind) for f in table._fields()],
            "missingValues": [""],
        },
        _OURS: dict(table.meta),
    }
    if format == "csv":
        resource["dialect"] = {"header": True, "delimiter": ",", "lineTerminator": "\n"}
    elif format == "json":
        resource["dialect"] = {"itemType": "object"}
    return resource


def descriptor(table: TableFiles, path: str | None, format: str | None = None) -> dict[str, Any]:
    """The Data Package (v2) descriptor of the table saved as ``path``; see the method."""
    path = path if path is not None else f"{table.kind}.csv"
    format = _format_of(path, format)
    meta = table.meta
    return {
        "$schema": _PACKAGE_SCHEMA,
        "name": "shanghai-coop",
        "title": "shanghai_coop: sourced data on the Shanghai Cooperation Organisation",
        "version": meta.get("data_version"),
        "licenses": [dict(LICENCE)],
        _OURS: {
            "data_version": meta.get("data_version"),
            "as_of": meta.get("as_of"),
            "code_version": meta.get("code_version"),
        },
        "resources": [_resource(table, pathlib.Path(path).name, format)],
    }


def _write_descriptor(table: TableFiles, target: pathlib.Path, format: str) -> pathlib.Path:
    """Write or update ``datapackage.json`` beside ``target``; refuse a foreign one."""
    package = descriptor(table, target.name, format)
    where = target.parent / _DESCRIPTOR
    if where.exists():
        try:
            old = json.loads(where.read_text(encoding="utf-8"))
        except ValueError:
            old = None
        if not isinstance(old, dict) or _OURS not in old:
            raise InvalidArgumentError(
                "path",
                str(target),
                [f"a directory whose {_DESCRIPTOR} was written by shanghai_coop, or none"],
            )
        kept = [r for r in old.get("resources", []) if r.get("path") != target.name]
        package["resources"] = sorted(
            [*kept, *package["resources"]], key=lambda r: str(r.get("path"))
        )
        # Names must be unique in a package (regression: panel.csv and panel.json were both
        # "panel"; then "a b.csv" and "a-b.csv" both "a-b-csv", growing at each export).
        _unique_names(package["resources"])
    where.write_text(json.dumps(package, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return where


def export(table: TableFiles, path: str, format: str | None) -> tuple[str, ...]:
    """Write the table and its metadata; see :meth:`Table.export`."""
    chosen = _format_of(path, format)
    target = pathlib.Path(path)
    if not target.parent.is_dir():
        # Regression: a missing folder raised FileNotFoundError from deep inside.
        missing = f"{path} is in {target.parent}, which does not exist"
        expected = f"a file in an existing folder ({missing})"
        raise InvalidArgumentError("path", path, [expected])
    if chosen == "csv":
        write_text(csv_text(table), path)
    elif chosen == "json":
        write_text(json_text(table), path)
    else:
        arrow = to_arrow(table)
        if chosen == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(arrow, path)
        else:
            import pyarrow.feather as feather

            feather.write_feather(arrow, path, compression="uncompressed")
        return (path,)
    return (path, str(_write_descriptor(table, target, chosen)))


def _pyarrow() -> Any:
    try:
        import pyarrow as pa
    except ImportError:
        raise MissingExtraError("pyarrow", "arrow") from None
    return pa


def to_arrow(table: TableFiles) -> Any:
    """The table as a ``pyarrow.Table``; see :meth:`Table.to_arrow`."""
    pa = _pyarrow()
    types = {"string": pa.string(), "integer": pa.int64(), "boolean": pa.bool_()}
    arrays = []
    schema_fields = []
    columns = list(zip(*table._raw_rows(), strict=True)) or [() for _ in table.columns]
    for field, values in zip(table._fields(), columns, strict=True):
        if field.type == "date":
            kind = pa.date32()
            values = tuple(None if v is None else date.fromisoformat(v) for v in values)
        else:
            kind = types[field.type]
        description = _schema_field(field, table.kind).get("description")
        metadata = {"description": description} if description else None
        schema_fields.append(pa.field(field.name, kind, metadata=metadata))
        arrays.append(pa.array(values, type=kind))
    meta = table.meta
    metadata = {
        "data_version": str(meta.get("data_version")),
        "as_of": str(meta.get("as_of")),
        "licence": LICENCE["name"],
        "shanghai_coop": json.dumps(dict(meta), ensure_ascii=False),
        "datapackage": json.dumps(descriptor(table, f"{table.kind}.parquet"), ensure_ascii=False),
    }
    return pa.Table.from_arrays(arrays, schema=pa.schema(schema_fields, metadata=metadata))


class TableFiles:
    """The file and frame methods of :class:`~shanghai_coop.tables.Table` (a mixin)."""

    __slots__ = ()

    if TYPE_CHECKING:  # provided by Table

        @property
        def kind(self) -> str: ...

        @property
        def columns(self) -> tuple[str, ...]: ...

        @property
        def meta(self) -> Mapping[str, Any]: ...

        @property
        def sources(self) -> tuple[Mapping[str, str], ...]: ...

        def _fields(self) -> tuple[Field, ...]: ...

        def _raw_rows(self) -> tuple[tuple[Any, ...], ...]: ...

    def to_csv(self, path: str | None = None) -> str:
        """Write the rows as CSV: a header line, then one line per row; no comment lines.

        Every reader opens it with its defaults: ``polars.read_csv(path)``,
        DuckDB's ``read_csv(path)``, and pandas with
        ``pandas.read_csv(path, keep_default_na=False, na_values=[""])`` (pandas' defaults
        read Namibia's ISO code ``NA`` as a missing value, quoted or not). An empty field
        is a missing value; booleans are ``true``/``false``. The metadata (versions, field
        types, licence, sources) is in :meth:`datapackage`, which :meth:`export` writes
        beside the file as ``datapackage.json``.

        Args:
            path: A file to write (UTF-8), or ``None`` to only return the text.

        Returns:
            The CSV text.

        Example:
            >>> import shanghai_coop
            >>> text = shanghai_coop.organisation().records("relations").to_csv()
            >>> text.splitlines()[0].split(",")[:3]
            ['id', 'partner', 'kind']
        """
        return write_text(csv_text(self), path)

    def to_json(self, path: str | None = None) -> str:
        """Write the rows as a JSON array of objects (one per row, keys in column order).

        polars (``read_json``), DuckDB (``read_json``) and pandas (``read_json(path,
        dtype=False, convert_dates=False)``: pandas otherwise guesses numbers and dates
        in text columns) read it as the table. The metadata is in :meth:`datapackage`.

        .. versionchanged:: 0.4.0
           An array of rows; the metadata moved to :meth:`datapackage`.

        Args:
            path: A file to write (UTF-8), or ``None`` to only return the text.

        Returns:
            The JSON text.

        Example:
            >>> import json, shanghai_coop
            >>> rows = json.loads(shanghai_coop.organisation().records("states").to_json())
            >>> rows[0]["id"]
            'AFG'
        """
        return write_text(json_text(self), path)

    def datapackage(self, path: str | None = None) -> dict[str, Any]:
        """Return the Frictionless Data Package descriptor (v2) of this table as a file.

        The descriptor gives the field types, the missing-value marker, the licence, the
        sources the rows cite, the data and code versions, ``as_of``, and for a panel its
        rule and convention (in the resource's ``shanghai_coop`` property).

        Args:
            path: The data file's name as the descriptor refers to it (``"panel.csv"``,
                ``"panel.json"``), relative to the descriptor; the format follows the
                suffix. ``None``: ``"{kind}.csv"``.

        Returns:
            A new ``dict``, ready for ``json.dump``.

        Raises:
            InvalidArgumentError: ``path`` has no suffix of a supported format.

        .. versionadded:: 0.4.0

        Example:
            >>> import shanghai_coop
            >>> package = shanghai_coop.organisation().records("spells").datapackage()
            >>> resource = package["resources"][0]
            >>> resource["path"], resource["schema"]["fields"][5]
            ('spells.csv', {'name': 'start', 'type': 'string'})
            >>> package["licenses"][0]["name"]
            'CC-BY-SA-4.0'
        """
        return descriptor(self, path)

    def export(self, path: str, *, format: ExportFormat | None = None) -> tuple[str, ...]:
        """Write the table to a file, with its metadata beside or inside it.

        CSV and JSON files get a Frictionless ``datapackage.json`` in the same directory
        (an existing one written by this package gains or updates this resource; any
        other is left alone and is an error). Parquet and Arrow files carry the same
        descriptor in their schema metadata (see :meth:`to_arrow`).

        Args:
            path: The file to write.
            format: ``"csv"``, ``"json"``, ``"parquet"`` or ``"arrow"`` (Arrow IPC file,
                also called Feather v2); ``None`` to follow the suffix of ``path``.

        Returns:
            The paths written, the data file first.

        Raises:
            InvalidArgumentError: The format is unknown or not given by the suffix, or
                ``datapackage.json`` beside the file was not written by this package.
            MissingExtraError: Parquet or Arrow without pyarrow (extra ``arrow``).

        .. versionadded:: 0.4.0

        Example:
            >>> import pathlib, tempfile, shanghai_coop
            >>> folder = pathlib.Path(tempfile.mkdtemp())
            >>> table = shanghai_coop.organisation().records("summits")
            >>> [pathlib.Path(p).name for p in table.export(str(folder / "summits.csv"))]
            ['summits.csv', 'datapackage.json']
        """
        return export(self, path, format)

    def to_arrow(self) -> pyarrow.Table:
        """Return a ``pyarrow.Table`` with typed columns and the metadata (extra ``arrow``).

        Dates are ``date32``, counts ``int64``, flags ``bool``, everything else text. The
        schema metadata holds ``data_version``, ``as_of``, ``licence`` and, under
        ``datapackage``, the JSON descriptor of :meth:`datapackage`; each field's metadata
        holds its description. Parquet files written from it (:meth:`export`) keep both.

        Returns:
            A ``pyarrow.Table``.

        Raises:
            MissingExtraError: pyarrow is not installed (``pip install 'shanghai_coop[arrow]'``).

        .. versionadded:: 0.4.0

        Example:
            >>> import shanghai_coop
            >>> try:
            ...     arrow = shanghai_coop.organisation().records("summits").to_arrow()
            ...     version = arrow.schema.metadata[b"data_version"].decode()
            ... except shanghai_coop.MissingExtraError:  # without the extra
            ...     version = shanghai_coop.data_version()
            >>> version == shanghai_coop.data_version()
            True
        """
        return to_arrow(self)

    def to_pandas(self) -> pandas.DataFrame:
        """Return a ``pandas.DataFrame`` with proper dtypes (extra ``pandas``).

        Dates are ``datetime64``, statuses and other closed sets are (unordered) categoricals,
        counts are nullable integers; the metadata is in ``DataFrame.attrs``, which pandas
        drops in a ``merge``: panels and segments also carry a ``provenance`` column.

        Returns:
            A ``pandas.DataFrame``.

        Raises:
            MissingExtraError: pandas is not installed (``pip install 'shanghai_coop[pandas]'``).
        """
        from . import _frames

        return _frames.to_pandas(self)

    def to_polars(self) -> polars.DataFrame:
        """Return a ``polars.DataFrame`` with proper dtypes (extra ``polars``).

        Dates are ``pl.Date``, statuses and other closed sets ``pl.Enum``, counts ``Int64``.
        polars frames carry no metadata; read it from :attr:`meta`.

        Returns:
            A ``polars.DataFrame``.

        Raises:
            MissingExtraError: polars is not installed (``pip install 'shanghai_coop[polars]'``).
        """
        from . import _frames

        return _frames.to_polars(self)
