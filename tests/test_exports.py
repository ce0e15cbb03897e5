"""Files every reader opens with its defaults: CSV, JSON, Parquet, Arrow, datapackage.json.

Each export is read back by polars and DuckDB with their defaults and by pandas with
``keep_default_na=False`` (CSV) and compared with the table cell by cell, Namibia's ``NA``
included. Readers guess types: a text column whose every value is a number or a date comes
back as one, which counts as the same cell when it prints the same (``"2015"`` and 2015);
a zero-padded code does not (``"004"`` and 4), see ``test_zero_padded_codes``.
"""

from __future__ import annotations

import json
import math
import pathlib
import typing
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

import pytest

import shanghai_coop
from shanghai_coop import InvalidArgumentError, Organisation
from shanghai_coop.cli import main
from shanghai_coop.tables import COLUMNS, RecordKind, Table

KINDS: list[RecordKind] = [k for k in typing.get_args(RecordKind) if k in COLUMNS]
#: Columns of zero-padded codes, which polars and pandas read as numbers unless told.
PADDED = {"iso_numeric"}
#: Tables with a column empty in the first 100 rows (the crosswalk's former states come
#: last; the rosters' represented_by appears only in meeting rosters): polars.read_json
#: needs infer_schema_length=None for them (documented).
SPARSE = {"crosswalk", "rosters"}


def _tables(sco: Organisation) -> dict[str, Table]:
    out: dict[str, Table] = {kind: sco.records(kind) for kind in KINDS}
    out["panel"] = sco.country_year(1996, 2030, states="all")
    out["panel-cow"] = sco.country_year(2010, 2030, states="all", convention="cow")
    return out


@pytest.fixture(scope="module")
def tables(sco: Organisation) -> dict[str, Table]:
    return _tables(sco)


def _norm(value: Any) -> Any:
    """One cell as plain Python: None for every kind of missing, ISO text for dates.

    An empty text is missing too: in CSV the two are one (``missingValues: [""]``).
    """
    if value is None or value == "":
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    if isinstance(value, datetime) or type(value).__name__ == "Timestamp":
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        return _norm(value.item())
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _same(expected: Any, got: Any) -> bool:
    expected, got = _norm(expected), _norm(got)
    if expected == got and type(expected) is type(got):
        return True
    # A reader that guessed a number or a date in a text column: the same cell if it prints
    # the same. Never for booleans, never for a missing value.
    if isinstance(expected, str) and isinstance(got, (int, str)) and not isinstance(got, bool):
        return str(got) == expected
    return isinstance(expected, int) and isinstance(got, int) and expected == got


def _differences(table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    assert list(columns) == list(table.columns)
    assert len(rows) == len(table)
    out = []
    for index, (want, got) in enumerate(zip(table, rows, strict=True)):
        for column, value in zip(table.columns, got, strict=True):
            if not _same(want[column], value):
                out.append(f"row {index} {column}: {want[column]!r} read as {value!r}")
    return out[:10]


def _frame_rows(frame: Any) -> tuple[list[str], list[tuple[Any, ...]]]:
    if hasattr(frame, "iter_rows"):  # polars
        return list(frame.columns), list(frame.iter_rows())
    return list(frame.columns), list(frame.itertuples(index=False, name=None))  # pandas


def _duckdb_rows(relation: Any) -> tuple[list[str], list[tuple[Any, ...]]]:
    return list(relation.columns), relation.fetchall()


# -- the readers, each with its defaults ------------------------------------------------------


def _polars(fmt: str) -> Callable[[pathlib.Path], Any]:
    pl = pytest.importorskip("polars")
    read = {"csv": pl.read_csv, "json": _polars_json, "parquet": pl.read_parquet}
    return lambda path: _frame_rows(read.get(fmt, pl.read_ipc)(path))


def _polars_json(path: pathlib.Path) -> Any:
    """Read JSON with polars, whose types are guessed from the first 100 rows."""
    import polars as pl

    try:
        return pl.read_json(path)
    except pl.exceptions.ComputeError:
        assert path.stem in SPARSE, f"polars cannot read {path.name} with its defaults"
        return pl.read_json(path, infer_schema_length=None)


def _duckdb(fmt: str) -> Callable[[pathlib.Path], Any]:
    duckdb = pytest.importorskip("duckdb")
    if fmt == "arrow":  # DuckDB reads Arrow through pyarrow (its own reader is an extension)
        feather = pytest.importorskip("pyarrow.feather")
        return lambda path: _duckdb_rows(duckdb.from_arrow(feather.read_table(str(path))))
    read = {"csv": "read_csv", "json": "read_json", "parquet": "read_parquet"}[fmt]
    return lambda path: _duckdb_rows(duckdb.sql(f"SELECT * FROM {read}('{path}')"))


def _pandas(fmt: str) -> Callable[[pathlib.Path], Any]:
    pd = pytest.importorskip("pandas")
    # pandas 3 stops guessing dates with dtype=False (and deprecates convert_dates).
    dates = {"convert_dates": False} if int(pd.__version__.split(".")[0]) < 3 else {}
    read: dict[str, Callable[[pathlib.Path], Any]] = {
        # The documented lines: pandas reads Namibia's "NA" as missing unless told not to,
        # and guesses numbers and dates in JSON text unless told not to.
        "csv": lambda p: pd.read_csv(p, keep_default_na=False, na_values=[""]),
        "json": lambda p: pd.read_json(p, dtype=False, **dates),
        "parquet": pd.read_parquet,
        "arrow": pd.read_feather,
    }
    return lambda path: _frame_rows(read[fmt](path))


READERS = {"polars": _polars, "duckdb": _duckdb, "pandas": _pandas}
SUFFIX = {"csv": ".csv", "json": ".json", "parquet": ".parquet", "arrow": ".arrow"}


@pytest.mark.parametrize("reader", list(READERS))
@pytest.mark.parametrize("fmt", ["csv", "json", "parquet", "arrow"])
@pytest.mark.parametrize("kind", [*KINDS, "panel", "panel-cow"])
def test_every_reader_reads_the_same_table(
    tables: dict[str, Table], tmp_path: pathlib.Path, kind: str, fmt: str, reader: str
) -> None:
    if fmt in ("parquet", "arrow"):
        pytest.importorskip("pyarrow")
    read = READERS[reader](fmt)
    table = tables[kind]
    path = tmp_path / f"{kind}{SUFFIX[fmt]}"
    table.export(str(path))
    columns, rows = read(path)
    differences = _differences(table, columns, rows)
    if fmt == "csv" and reader in ("polars", "pandas") and PADDED & set(table.columns):
        # Zero-padded codes read as numbers by the defaults: the one documented exception.
        assert {d.split()[2].rstrip(":") for d in differences} <= PADDED
    else:
        assert differences == []
    if kind.startswith("panel"):
        namibia = [r for r in rows if r[0] == "NAM"]
        assert namibia
        assert all(r[1] == "NA" for r in namibia)


def test_zero_padded_codes(sco: Organisation, tmp_path: pathlib.Path) -> None:
    """Polars and pandas read "004" as 4 by default; told the type, they keep it."""
    pl = pytest.importorskip("polars")
    pd = pytest.importorskip("pandas")
    path = tmp_path / "states.csv"
    table = sco.records("states")
    table.to_csv(str(path))
    want = list(table.column("iso_numeric"))
    assert "004" in want  # Afghanistan
    kept = pl.read_csv(path, schema_overrides={"iso_numeric": pl.String})["iso_numeric"]
    assert kept.to_list() == want
    frame = pd.read_csv(path, keep_default_na=False, na_values=[""], dtype={"iso_numeric": str})
    assert frame["iso_numeric"].tolist() == want
    assert pl.read_csv(path)["iso_numeric"].to_list()[:1] == [4]  # the default guesses
    duckdb = pytest.importorskip("duckdb")
    assert duckdb.sql(f"SELECT iso_numeric FROM read_csv('{path}')").fetchall()[0] == ("004",)


def test_pandas_defaults_lose_namibia(sco: Organisation, tmp_path: pathlib.Path) -> None:
    """Why the docs show keep_default_na=False: pandas' defaults read "NA" as missing."""
    pd = pytest.importorskip("pandas")
    path = tmp_path / "panel.csv"
    sco.country_year(2020, 2020, states="all").to_csv(str(path))
    frame = pd.read_csv(path)
    assert frame.loc[frame["state"] == "NAM", "iso_alpha2"].isna().all()


def test_a_hash_in_a_cell_is_text(tmp_path: pathlib.Path) -> None:
    table = Table("relations", ("id", "note"), [{"id": "a", "note": "see # 3, not a comment"}], {})
    path = tmp_path / "notes.csv"
    table.to_csv(str(path))
    pl = pytest.importorskip("polars")
    assert pl.read_csv(path)["note"].to_list() == ["see # 3, not a comment"]
    duckdb = pytest.importorskip("duckdb")
    assert duckdb.sql(f"SELECT note FROM read_csv('{path}')").fetchall() == [
        ("see # 3, not a comment",)
    ]


# -- the metadata -----------------------------------------------------------------------------


def test_datapackage_describes_the_file(sco: Organisation, tmp_path: pathlib.Path) -> None:
    panel = sco.country_year(2020, 2030, states="all", convention="cow")
    data, descriptor = panel.export(str(tmp_path / "panel.csv"))
    assert pathlib.Path(descriptor).name == "datapackage.json"
    package = json.loads(pathlib.Path(descriptor).read_text(encoding="utf-8"))
    assert package["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert package["version"] == sco.data_version
    assert package["licenses"][0]["name"] == "CC-BY-SA-4.0"
    (resource,) = package["resources"]
    assert resource["path"] == "panel.csv"
    assert resource["type"] == "table"
    assert resource["format"] == "csv"
    assert resource["mediatype"] == "text/csv"
    fields = {f["name"]: f for f in resource["schema"]["fields"]}
    assert list(fields) == list(COLUMNS["panel"])
    assert fields["year"]["type"] == "integer"
    assert fields["carried_forward"]["type"] == "boolean"
    assert fields["status"]["constraints"]["enum"][0] == "member"
    assert resource["schema"]["missingValues"] == [""]
    meta = resource["shanghai_coop"]
    assert (meta["rule"], meta["convention"], meta["as_of"]) == ("any", "cow", str(sco.as_of))
    assert meta["data_version"] == sco.data_version
    titles = [s["title"] for s in resource["sources"]]
    assert titles
    assert all(isinstance(t, str) and t for t in titles)
    assert pathlib.Path(data).read_text(encoding="utf-8").startswith("state,")


def test_segments_datapackage_types_dates(sco: Organisation) -> None:
    package = sco.records("segments").datapackage("segments.json")
    (resource,) = package["resources"]
    fields = {f["name"]: f["type"] for f in resource["schema"]["fields"]}
    assert fields["start"] == fields["end"] == "date"
    assert fields["status_if_earliest"] == "string"
    assert resource["format"] == "json"
    assert resource["dialect"] == {"itemType": "object"}


def test_two_exports_share_one_datapackage(sco: Organisation, tmp_path: pathlib.Path) -> None:
    sco.records("spells").export(str(tmp_path / "spells.csv"))
    sco.records("summits").export(str(tmp_path / "summits.json"))
    sco.records("spells").export(str(tmp_path / "spells.csv"))  # again: replaced, not added
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in package["resources"]] == ["spells.csv", "summits.json"]


def test_a_foreign_datapackage_is_left_alone(sco: Organisation, tmp_path: pathlib.Path) -> None:
    foreign = tmp_path / "datapackage.json"
    foreign.write_text('{"resources": []}', encoding="utf-8")
    with pytest.raises(InvalidArgumentError, match=r"datapackage\.json"):
        sco.records("spells").export(str(tmp_path / "spells.csv"))
    assert foreign.read_text(encoding="utf-8") == '{"resources": []}'


def test_export_formats_and_errors(sco: Organisation, tmp_path: pathlib.Path) -> None:
    table = sco.records("relations")
    with pytest.raises(InvalidArgumentError, match="path"):
        table.export(str(tmp_path / "relations.xlsx"))
    with pytest.raises(InvalidArgumentError, match="format"):
        table.export(str(tmp_path / "relations.csv"), format="xlsx")  # type: ignore[arg-type]
    written = table.export(str(tmp_path / "relations.txt"), format="csv")
    assert written[0].endswith("relations.txt")


def test_arrow_and_parquet_carry_the_metadata(sco: Organisation, tmp_path: pathlib.Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    panel = sco.country_year(2020, 2021, convention="cow")
    arrow = panel.to_arrow()
    metadata = arrow.schema.metadata
    assert metadata[b"data_version"].decode() == sco.data_version
    assert metadata[b"as_of"].decode() == str(sco.as_of)
    assert metadata[b"licence"] == b"CC-BY-SA-4.0"
    package = json.loads(metadata[b"datapackage"])
    assert package["resources"][0]["shanghai_coop"]["convention"] == "cow"
    assert arrow.schema.field("year").type == "int64"
    assert arrow.schema.field("uncertain").type == "bool"
    assert arrow.schema.field("cow_igo").metadata[b"description"].startswith(b"COW IGO code")
    (path,) = panel.export(str(tmp_path / "panel.parquet"))
    schema = pq.read_schema(path)
    assert schema.metadata[b"data_version"].decode() == sco.data_version
    segments = sco.records("segments").to_arrow()
    assert str(segments.schema.field("start").type) == "date32[day]"
    assert segments.column("start")[0].as_py() == date(1, 1, 1)


def test_empty_table_to_arrow_and_frames(sco: Organisation) -> None:
    pytest.importorskip("pyarrow")
    empty = Table("panel", COLUMNS["panel"], [], {})
    assert empty.to_arrow().num_rows == 0
    assert empty.to_csv().strip() == ",".join(COLUMNS["panel"])
    assert json.loads(empty.to_json()) == []


def test_cli_export_parquet_needs_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    pytest.importorskip("pyarrow")
    assert main(["export", "segments", "--format", "parquet"]) == 2
    assert "--output" in capsys.readouterr().err
    target = tmp_path / "panel.parquet"
    arguments = ["export", "panel", "--convention", "cow", "--states", "all", "--output"]
    assert main([*arguments, str(target)]) == 0
    pl = pytest.importorskip("polars")
    frame = pl.read_parquet(target)
    assert frame.filter(pl.col("year") == 1996).filter(pl.col("state") == "KAZ")["cow_igo"][0] == 1


def test_export_into_a_missing_folder_is_a_typed_error(tmp_path: pathlib.Path) -> None:
    """Regression: a missing folder raised a raw FileNotFoundError from ``open``."""
    table = shanghai_coop.records("states")
    with pytest.raises(shanghai_coop.InvalidArgumentError, match="existing folder"):
        table.export(str(tmp_path / "no" / "such" / "states.csv"))


def test_two_formats_of_one_table_in_one_folder_have_unique_names(
    tmp_path: pathlib.Path,
) -> None:
    """Regression: panel.csv and panel.json beside each other were both named "panel"."""
    table = shanghai_coop.records("states")
    table.export(str(tmp_path / "states.csv"))
    table.export(str(tmp_path / "states.json"))
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    names = [resource["name"] for resource in package["resources"]]
    assert sorted(names) == ["states.csv", "states.json"]


def test_resource_names_stay_unique_and_stable(tmp_path: pathlib.Path) -> None:
    """Resource names stay unique and the same however often a folder is written.

    Regression: "a b.csv" and "a-b.csv" were both "a-b-csv", growing a "-csv" at each later
    export into the folder.
    """
    table = shanghai_coop.records("states")
    for name in ("a b.csv", "a-b.csv", "A.csv", "c (1).csv", "c.csv", "a b.csv"):
        table.export(str(tmp_path / name))
        package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
        names = [resource["name"] for resource in package["resources"]]
        assert len(set(names)) == len(names), names
        assert all(set(n) <= set("abcdefghijklmnopqrstuvwxyz0123456789-._") for n in names)
    by_path = {r["path"]: r["name"] for r in package["resources"]}
    assert by_path == {
        "A.csv": "a", "a b.csv": "a-b.csv", "a-b.csv": "a-b.csv-2", "c (1).csv": "c--1-",
        "c.csv": "c",
    }  # fmt: skip
