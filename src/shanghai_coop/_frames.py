"""Tables as pandas and polars frames, with the dtypes of their columns' types.

Used by :meth:`~shanghai_coop.tables.Table.to_pandas` and
:meth:`~shanghai_coop.tables.Table.to_polars` (through :class:`._export.TableFiles`); each
imports its library only when called.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from .errors import MissingExtraError

if TYPE_CHECKING:
    import pandas
    import polars

    from ._export import TableFiles

__all__ = ["to_pandas", "to_polars"]


def to_pandas(table: TableFiles) -> pandas.DataFrame:
    """The table as a pandas DataFrame; see :meth:`Table.to_pandas`."""
    try:
        import numpy as np
        import pandas as pd
    except ImportError:
        raise MissingExtraError("pandas", "pandas") from None
    columns = list(zip(*table._raw_rows(), strict=True)) or [() for _ in table.columns]
    data: dict[str, Any] = {}
    for field, values in zip(table._fields(), columns, strict=True):
        if field.type == "date":
            # Days as numpy dates, then seconds: pandas' nanoseconds end in 2262 and begin
            # in 1677, and a segment may start on 0001-01-01.
            days = np.array(values, dtype="datetime64[D]")
            data[field.name] = pd.Series(days.astype("datetime64[s]"))
        elif field.categories:
            data[field.name] = pd.Categorical(values, categories=list(field.categories))
        elif field.type == "integer":
            data[field.name] = pd.array(values, dtype="Int64")
        elif field.type == "boolean":
            data[field.name] = pd.array(values, dtype="boolean")
        else:
            data[field.name] = pd.Series(values)
    frame = pd.DataFrame(data, columns=list(table.columns))
    frame.attrs.update(table.meta)
    return frame


def to_polars(table: TableFiles) -> polars.DataFrame:
    """The table as a polars DataFrame; see :meth:`Table.to_polars`."""
    try:
        import polars as pl
    except ImportError:
        raise MissingExtraError("polars", "polars") from None
    kinds = {"date": pl.Date, "integer": pl.Int64, "boolean": pl.Boolean, "string": pl.String}
    schema: dict[str, Any] = {
        f.name: pl.Enum(list(f.categories)) if f.categories else kinds[f.type]
        for f in table._fields()
    }
    columns = list(zip(*table._raw_rows(), strict=True)) or [() for _ in table.columns]
    data = {
        name: [date.fromisoformat(v) if v is not None and kind is pl.Date else v for v in values]
        for (name, kind), values in zip(schema.items(), columns, strict=True)
    }
    return pl.DataFrame(data, schema=schema)
