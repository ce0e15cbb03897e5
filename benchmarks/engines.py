"""Time the interval-join recipes of docs/howto-merge.md on many (state, day) rows.

Run from the checkout, with the extras ``arrow`` and ``engines`` installed::

    python benchmarks/engines.py            # 10**7 rows
    python benchmarks/engines.py --rows 1000000 --repeat 3

It writes the segments table and random (state, day) pairs (half of them from the states
with an SCO history, days from 1990 to 2035) as Parquet in a temporary folder, then times:

* **duckdb**: the SQL join of the how-to over the two Parquet files, the full answer
  fetched as an Arrow table (in row order);
* **dask**: ``map_partitions(status_of_many)`` over the pairs' Parquet file on a
  ``LocalCluster`` of two worker processes with one thread each, the full answer computed
  into the client (the cluster's start is timed apart);
* **status_of_many**: the package's own bulk call on the same pairs in this process, for
  scale.

Every answer is checked against ``status_of_many`` before anything is reported. Figures are
wall-clock seconds, the best of ``--repeat`` runs; nothing here is a test.
"""

from __future__ import annotations

import argparse
import pathlib
import platform
import tempfile
import time
from collections.abc import Callable
from typing import Any

import shanghai_coop

SQL = """
SELECT p.row_id, s.status_if_earliest
FROM read_parquet('{pairs}') AS p
LEFT JOIN read_parquet('{segments}') AS s
  ON s.state = p.state AND s.start <= p.day AND (s."end" IS NULL OR p.day < s."end")
ORDER BY p.row_id
"""


def make_pairs(rows: int, folder: pathlib.Path) -> tuple[pathlib.Path, Any, Any]:
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = np.random.default_rng(20261203)
    everyone = np.array(sorted(set(shanghai_coop.records("segments").column("state"))))
    related = np.array(sorted({s.id for s in shanghai_coop.organisation().states if s.spells}))
    states = np.where(
        rng.random(rows) < 0.5,
        related[rng.integers(0, len(related), rows)],
        everyone[rng.integers(0, len(everyone), rows)],
    )
    first = np.datetime64("1990-01-01", "D")
    days = first + rng.integers(0, 46 * 365, rows).astype("timedelta64[D]")
    # Days as timestamps, as pandas writes a datetime64 column: a Parquet DATE column reaches
    # pandas (and so status_of_many) as pyarrow dates, which it converts slowly (about 2 s
    # per million rows here), so convert such a column first (`pd.to_datetime`).
    table = pa.table(
        {"row_id": np.arange(rows), "state": states, "day": days.astype("datetime64[ms]")}
    )
    path = folder / "pairs.parquet"
    pq.write_table(table, path, row_group_size=1_000_000)
    return path, states, days


def best(repeat: int, run: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return min(times), result


def sco_status(part: Any) -> Any:
    import shanghai_coop

    answer = shanghai_coop.status_of_many(part["state"], part["day"], ambiguous="earliest")
    return answer.map(lambda s: shanghai_coop.Status(s).value).astype(object)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10**7)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    import dask.dataframe as dd
    import duckdb
    import numpy as np
    from distributed import Client, LocalCluster

    folder = pathlib.Path(tempfile.mkdtemp())
    segments = folder / "segments.parquet"
    shanghai_coop.records("segments").export(str(segments))
    pairs, states, days = make_pairs(args.rows, folder)
    print(
        f"{args.rows:,} rows; Python {platform.python_version()}, duckdb {duckdb.__version__},"
        f" shanghai_coop {shanghai_coop.__version__} (data {shanghai_coop.data_version()})"
    )

    seconds, expected = best(
        args.repeat,
        lambda: shanghai_coop.status_of_many(states, days, ambiguous="earliest"),
    )
    expected = np.array([s.value for s in expected], dtype=object)
    print(f"status_of_many (numpy, one process): {seconds:.2f} s")

    query = SQL.format(pairs=pairs, segments=segments)
    connection = duckdb.connect()

    def fetch() -> Any:
        relation = connection.sql(query)  # DuckDB 2 calls arrow() to_arrow_table()
        return (getattr(relation, "to_arrow_table", None) or relation.arrow)()

    seconds, arrow = best(args.repeat, fetch)
    got = np.array(arrow.column("status_if_earliest").to_pylist(), dtype=object)
    assert (got == expected).all(), "duckdb disagrees with status_of_many"
    print(f"duckdb SQL over Parquet, {arrow.num_rows:,} answers as Arrow: {seconds:.2f} s")

    start = time.perf_counter()
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster),
    ):
        print(f"dask LocalCluster start (2 processes): {time.perf_counter() - start:.2f} s")
        data = dd.read_parquet(pairs, columns=["state", "day"], split_row_groups=True)

        def run() -> Any:
            return data.map_partitions(sco_status, meta=("status", object)).compute()

        seconds, answer = best(args.repeat, run)
        assert (answer.to_numpy() == expected).all(), "dask disagrees with status_of_many"
        print(
            f"dask map_partitions(status_of_many), {data.npartitions} partitions,"
            f" {len(answer):,} answers into the client: {seconds:.2f} s"
        )


if __name__ == "__main__":
    main()
