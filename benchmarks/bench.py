"""Benchmarks against the performance targets (see docs/performance.md), printed as a table.

Run from the project root with the package installed::

    python benchmarks/bench.py                       # all figures
    python benchmarks/bench.py --quick               # fewer repetitions
    python benchmarks/bench.py --peers /path/python  # peers from another interpreter

The peers (pycountry, babel, holidays, country_converter) are measured in the same run,
with the interpreter given by ``--peers`` (default: this one), in which they must be
installed; a peer that is missing or fails is reported as such.

Process figures are medians of fresh interpreters with bytecode cached, minus a bare
interpreter measured in the same run (ratios hold where absolute times drift). Warm figures
are best-of-five per-call times. No figure here is asserted by the test suite: speed is
reported, not unit-tested.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import textwrap
import timeit
from collections.abc import Callable

ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")}

PROCESS = {
    "import shanghai_coop": ("import shanghai_coop", "< +10 ms"),
    "import + first status_of": (
        "import shanghai_coop; shanghai_coop.status_of('Iran', '2023-07-04')",
        "< +40 ms",
    ),
    "import + first members(on) (builds objects)": (
        "import shanghai_coop; shanghai_coop.members(on='2024-07-04')",
        "",
    ),
    "reference: import importlib.resources": ("import importlib.resources", ""),
    "reference: import attrs": ("import attrs", ""),
    "reference: import attrs, cattrs": ("import attrs, cattrs", ""),
}
PEERS = {
    "peer: pycountry import + lookup": "import pycountry; pycountry.countries.lookup('Iran')",
    "peer: babel import + territory name": (
        "from babel import Locale; Locale('en').territories['IR']"
    ),
    "peer: holidays import + one country-year": (
        "import holidays; holidays.country_holidays('IR', years=2023)"
    ),
    "peer: country_converter import + convert": (
        "import country_converter as coco; coco.convert('Iran', to='ISO3')"
    ),
}
WARM_PEERS = {
    "peer warm: pycountry.countries.lookup('Iran')": (
        "import pycountry; pycountry.countries.lookup('Iran')",
        "pycountry.countries.lookup('Iran')",
        20_000,
    ),
    "peer warm: country_converter.convert('Iran')": (
        "import country_converter as coco; c = coco.CountryConverter(); c.convert('Iran', to='ISO3')",
        "c.convert('Iran', to='ISO3')",
        200,
    ),
}
MEMORY = textwrap.dedent(
    """
    import gc, json, tracemalloc
    def rss():
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    import importlib.resources, json as _json, bisect, unicodedata, attrs, cattrs
    import shanghai_coop
    from shanghai_coop import _organisation, _structure, model, tables, rotation
    gc.collect(); before = rss(); tracemalloc.start()
    sco = shanghai_coop.organisation()
    sco.status_of("Iran", "2023-07-04")
    gc.collect(); tables_rss = rss() - before; tables_py = tracemalloc.get_traced_memory()[0]
    sco._store.all_names(); sco._store.dataset(); sco.rotation_order("2026-01-01")
    [sco.resolve(s.id) for s in sco.states]
    gc.collect(); all_rss = rss() - before; all_py = tracemalloc.get_traced_memory()[0]
    print(json.dumps([tables_rss, tables_py / 2**20, all_rss, all_py / 2**20]))
    """
)


def process_ms(python: str, code: str, runs: int) -> float:
    """Median wall time of a fresh interpreter running ``code``, in milliseconds."""
    subprocess.run([python, "-c", code], env=ENV, capture_output=True, check=False)
    times = []
    for _ in range(runs):
        start = timeit.default_timer()
        subprocess.run([python, "-c", code], env=ENV, check=True, capture_output=True)
        times.append(timeit.default_timer() - start)
    return statistics.median(times) * 1000


def warm_us(python: str, setup: str, statement: str, number: int) -> float:
    """Best-of-five time per call of ``statement`` after ``setup``, in microseconds."""
    code = (
        f"import timeit; setup = {setup!r}; stmt = {statement!r}; "
        f"print(min(timeit.repeat(stmt, setup, number={number}, repeat=5)) / {number} * 1e6)"
    )
    out = subprocess.run(
        [python, "-c", code], env=ENV, capture_output=True, text=True, encoding="utf-8", check=True
    )
    return float(out.stdout)


def per_call_us(func: Callable[[], object], number: int) -> float:
    return min(timeit.repeat(func, number=number, repeat=5)) / number * 1e6


def importtime_ms(python: str) -> float:
    """The cumulative ``-X importtime`` of ``shanghai_coop``, in milliseconds."""
    out = subprocess.run(
        [python, "-X", "importtime", "-c", "import shanghai_coop"],
        env=ENV,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    for line in out.stderr.splitlines():
        if line.rstrip().endswith("| shanghai_coop"):
            return int(line.split("|")[1]) / 1000
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--peers", default=sys.executable, help="interpreter with the peers")
    args = parser.parse_args()
    runs = 9 if args.quick else 31
    number = 50_000 if args.quick else 500_000
    python = sys.executable
    rows: list[tuple[str, str, str]] = []

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()}"
        f" {platform.release()}"
    )
    print(f"python: {platform.python_version()} ({python}); peers: {args.peers}")
    bare = process_ms(python, "pass", runs)
    rows.append(("bare interpreter", f"{bare:.1f} ms", ""))
    rows.append(
        ("import shanghai_coop, -X importtime (cumulative)", f"{importtime_ms(python):.2f} ms", "")
    )
    for label, (code, target) in PROCESS.items():
        rows.append((label, f"+{process_ms(python, code, runs) - bare:.1f} ms", target))
    peer_bare = process_ms(args.peers, "pass", runs)
    for label, code in PEERS.items():
        try:
            rows.append((label, f"+{process_ms(args.peers, code, runs) - peer_bare:.1f} ms", ""))
        except subprocess.CalledProcessError:
            rows.append((label, "not installed or fails", ""))

    out = subprocess.run(
        [python, "-c", MEMORY],
        env=ENV,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    tables_rss, tables_py, all_rss, all_py = json.loads(out.stdout)
    rows.append(
        (
            "memory: first query (tables), RSS / Python heap",
            f"{tables_rss:.1f} / {tables_py:.1f} MB",
            "< 10 MB",
        )
    )
    rows.append(
        (
            "memory: every object built, RSS / Python heap",
            f"{all_rss:.1f} / {all_py:.1f} MB",
            "< 10 MB",
        )
    )

    import shanghai_coop

    sco = shanghai_coop.organisation()
    iran = sco.resolve("Iran")
    from datetime import date

    day = date(2023, 7, 4)
    status_of = shanghai_coop.status_of
    for label, func in (
        (
            "warm shanghai_coop.status_of('Iran', '2023-07-04')",
            lambda: status_of("Iran", "2023-07-04"),
        ),
        ("warm sco.status_of('Iran', date)", lambda: sco.status_of("Iran", day)),
        ("warm sco.status_of(MemberState, date)", lambda: sco.status_of(iran, day)),
        ("warm sco.resolve('Iran')", lambda: sco.resolve("Iran")),
    ):
        target = "< 1 µs" if "status_of" in label else ""
        rows.append((label, f"{per_call_us(func, number):.2f} µs", target))
    rows.append(
        (
            "warm sco.members('2024-07-04')",
            f"{per_call_us(lambda: sco.members('2024-07-04'), number // 100):.1f} µs",
            "",
        )
    )
    for label, (setup, statement, count) in WARM_PEERS.items():
        try:
            rows.append((label, f"{warm_us(args.peers, setup, statement, count):.2f} µs", ""))
        except subprocess.CalledProcessError:
            rows.append((label, "not installed or fails", ""))

    import random

    random.seed(0)
    keys = [s.id for s in sco.states]
    n = 1_000_000
    states = [random.choice(keys) for _ in range(n)]
    dates = [date.fromordinal(729_000 + random.randrange(11_000)).isoformat() for _ in range(n)]
    sco.status_of_many(states[:10], dates[:10], ambiguous="earliest")

    def bulk(label: str, many_states: object, many_dates: object, target: str, repeat: int) -> None:
        best = min(
            timeit.repeat(
                lambda: sco.status_of_many(many_states, many_dates, ambiguous="earliest"),
                number=1,
                repeat=repeat,
            )
        )
        rows.append((f"status_of_many, 1e6 pairs, {label}", f"{best * 1000:.0f} ms", target))

    bulk("lists of str (pure Python)", states, dates, "< 1000 ms", 3)
    try:
        import numpy as np
    except ImportError:
        rows.append(("status_of_many, 1e6 pairs, numpy", "numpy not installed", "< 50 ms"))
    else:
        days = np.array(dates, dtype="datetime64[D]")
        bulk("numpy str + datetime64[D]", np.array(states), days, "< 50 ms", 5)
        name_of = {s.id: s.name for s in sco.states}
        names = np.array([name_of[k] for k in states])
        bulk("numpy English names + datetime64[D]", names, days, "", 5)
        try:
            import pandas as pd
        except ImportError:
            pass
        else:
            codes = pd.Series(states, dtype="category")
            bulk("pandas categorical + datetime64", codes, pd.Series(days), "< 50 ms", 5)

    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'figure':>18}  target")
    print(f"{'-' * width}  {'-' * 18}  ------")
    for label, value, target in rows:
        print(f"{label.ljust(width)}  {value:>18}  {target}")


if __name__ == "__main__":
    main()
