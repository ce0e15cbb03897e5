"""The segments table, and the interval-join recipes of docs/howto-merge.md, run for real.

Each recipe answers 100,000 random (state, day) pairs and must agree with
``status_of_many`` on every one, under ``ambiguous="earliest"`` and ``"latest"``: DuckDB
SQL over the segments' Parquet file, a polars lazy ``join_asof``, and Dask's
``map_partitions(status_of_many)`` on a local cluster of two worker processes. Spark runs
the same SQL where pyspark is installed.
"""

from __future__ import annotations

import itertools
import pathlib
import random
from datetime import date, timedelta
from typing import Any, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import shanghai_coop
from shanghai_coop import Organisation, Status
from strategies import days

N_PAIRS = 100_000
POLICIES: tuple[Literal["earliest"], Literal["latest"]] = ("earliest", "latest")

#: The join of docs/howto-merge.md: each pair meets the one interval of its state that
#: contains its day (half-open; the last interval has no end).
SQL = """
SELECT p.row_id, s.status_if_earliest, s.status_if_latest, s.uncertain, s.carried_forward
FROM pairs AS p
LEFT JOIN segments AS s
  ON s.state = p.state AND s.start <= p.day AND (s."end" IS NULL OR p.day < s."end")
ORDER BY p.row_id
"""


# -- the table --------------------------------------------------------------------------------


@pytest.mark.parametrize("organisation", ["SCO", "S5"])
def test_segments_tile_every_state_s_time_line(organisation: str) -> None:
    org = Organisation.load(organisation=organisation)
    table = org.records("segments")
    by_state = {
        state: list(rows) for state, rows in itertools.groupby(table, key=lambda r: r["state"])
    }
    assert len(by_state) == len(table.column("state")) - sum(
        len(rows) - 1 for rows in by_state.values()
    )  # each state's rows are together
    assert set(by_state) == {r["state"] for r in org.records("crosswalk") if r["state"]}
    cut = (org.as_of + timedelta(days=1)).isoformat()
    for rows in by_state.values():
        assert rows[0]["start"] == "0001-01-01"
        assert rows[-1]["end"] is None
        for before, after in itertools.pairwise(rows):
            assert before["end"] == after["start"]
            assert before["start"] < before["end"]
        assert cut in [r["start"] for r in rows]  # cut after as_of
        for row in rows:
            assert row["carried_forward"] == (row["start"] >= cut)
            assert row["uncertain"] == ("|" in row["possible"])
            assert row["organisation"] == organisation


@given(st.sampled_from(["IRN", "SAU", "BLR", "IND", "FRA", "MNG", "LAO", "AFG"]), days)
def test_a_segment_answers_as_status_of(state: str, day: date) -> None:
    sco = shanghai_coop.organisation()
    rows = [r for r in _segments_rows() if r["state"] == state]
    iso = day.isoformat()
    (row,) = [r for r in rows if r["start"] <= iso and (r["end"] is None or iso < r["end"])]
    assert row["status_if_earliest"] == sco.status_of(state, day, ambiguous="earliest").value
    assert row["status_if_latest"] == sco.status_of(state, day, ambiguous="latest").value
    possible = {s.value for s in sco.possible_statuses(state, day)}
    assert set(row["possible"].split("|")) == possible
    assert row["carried_forward"] == sco.answer(state, day, ambiguous="earliest").carried_forward


def _segments_rows() -> list[dict[str, Any]]:
    return list(shanghai_coop.records("segments"))


# -- the recipes ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pairs() -> tuple[list[str], list[date]]:
    """100,000 pairs: half from the states with an SCO history, days 1990-2035."""
    rng = random.Random(20261203)
    everyone = list(shanghai_coop.records("segments").column("state"))
    related = sorted({s.id for s in shanghai_coop.organisation().states if s.spells})
    first, span = date(1990, 1, 1).toordinal(), 46 * 365
    states = [rng.choice(related if i % 2 else everyone) for i in range(N_PAIRS)]
    when = [date.fromordinal(first + rng.randrange(span)) for _ in range(N_PAIRS)]
    return states, when


@pytest.fixture(scope="module")
def expected(pairs: tuple[list[str], list[date]]) -> dict[str, list[str]]:
    states, when = pairs
    return {
        policy: [s.value for s in shanghai_coop.status_of_many(states, when, ambiguous=policy)]
        for policy in POLICIES
    }


@pytest.fixture(scope="module")
def segments_parquet(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    pytest.importorskip("pyarrow")
    path = tmp_path_factory.mktemp("engines") / "segments.parquet"
    shanghai_coop.records("segments").export(str(path))
    return path


def _frame(pairs: tuple[list[str], list[date]]) -> Any:
    pd = pytest.importorskip("pandas")
    states, when = pairs
    return pd.DataFrame(
        {"row_id": range(len(states)), "state": states, "day": pd.to_datetime(when)}
    )


def test_duckdb_sql_over_the_parquet_file(
    pairs: tuple[list[str], list[date]],
    expected: dict[str, list[str]],
    segments_parquet: pathlib.Path,
) -> None:
    duckdb = pytest.importorskip("duckdb")
    connection = duckdb.connect()
    frame = _frame(pairs)  # noqa: F841  (DuckDB finds the data frame by its name)
    connection.execute(
        "CREATE VIEW pairs AS SELECT row_id, state, CAST(day AS DATE) AS day FROM frame"
    )
    connection.execute(f"CREATE VIEW segments AS SELECT * FROM read_parquet('{segments_parquet}')")
    rows = connection.execute(SQL).fetchall()
    assert len(rows) == N_PAIRS
    assert [r[1] for r in rows] == expected["earliest"]
    assert [r[2] for r in rows] == expected["latest"]
    assert sum(1 for r in rows if r[3]) > 0  # the sample meets uncertainty windows
    assert sum(1 for r in rows if r[4]) > 0  # and days past as_of


def test_polars_lazy_join_asof(
    pairs: tuple[list[str], list[date]],
    expected: dict[str, list[str]],
    segments_parquet: pathlib.Path,
) -> None:
    pl = pytest.importorskip("polars")
    states, when = pairs
    wanted = pl.LazyFrame({"state": states, "day": when}).with_row_index("row_id")
    segments = pl.scan_parquet(segments_parquet).select(
        "state", "start", "status_if_earliest", "status_if_latest"
    )
    joined = (
        wanted.sort("day")
        .join_asof(segments.sort("start"), left_on="day", right_on="start", by="state")
        .sort("row_id")
        .collect()
    )
    assert joined["status_if_earliest"].to_list() == expected["earliest"]
    assert joined["status_if_latest"].to_list() == expected["latest"]


@pytest.mark.slow
def test_dask_map_partitions_on_a_local_cluster(
    pairs: tuple[list[str], list[date]], expected: dict[str, list[str]]
) -> None:
    pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")

    def sco_status(part: Any, policy: Literal["earliest", "latest"]) -> Any:
        import shanghai_coop

        answer = shanghai_coop.status_of_many(part["state"], part["day"], ambiguous=policy)
        # Status(...) both under pandas 2 (Status categories) and 3 (plain text categories)
        return answer.map(lambda s: shanghai_coop.Status(s).value).astype(object)

    frame = _frame(pairs)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        data = dd.from_pandas(frame, npartitions=8)
        for policy in POLICIES:
            answers = data.map_partitions(sco_status, policy, meta=("status", object))
            assert answers.compute().tolist() == expected[policy]


def test_spark_runs_the_same_sql(
    pairs: tuple[list[str], list[date]],
    expected: dict[str, list[str]],
    segments_parquet: pathlib.Path,
) -> None:
    pyspark_sql = pytest.importorskip("pyspark.sql", reason="pyspark is not installed")
    spark = pyspark_sql.SparkSession.builder.master("local[2]").getOrCreate()
    try:
        spark.read.parquet(str(segments_parquet)).createOrReplaceTempView("segments")
        states, when = pairs
        spark.createDataFrame(
            list(zip(range(N_PAIRS), states, when, strict=True)), ["row_id", "state", "day"]
        ).createOrReplaceTempView("pairs")
        rows = spark.sql(SQL).collect()
        assert [r["status_if_earliest"] for r in rows] == expected["earliest"]
        assert [r["status_if_latest"] for r in rows] == expected["latest"]
    finally:
        spark.stop()


def test_the_sql_in_the_docs_is_the_tested_sql() -> None:
    page = pathlib.Path(__file__).resolve().parents[1] / "docs" / "howto-merge.md"
    text = " ".join(page.read_text(encoding="utf-8").split())
    assert " ".join(SQL.split()) in text


def test_every_status_appears(expected: dict[str, list[str]]) -> None:
    """The sample is no trivial one: it meets every status."""
    assert set(expected["earliest"]) == {s.value for s in Status}
