"""Benchmarks against the targets of DESIGN.md section 9, printed as a table.

Run from the project root with the package installed (and, for the peer figures,
``pip install pycountry babel country_converter holidays`` into the same environment)::

    python benchmarks/bench.py            # all figures
    python benchmarks/bench.py --quick    # fewer repetitions

Figures are medians; process-level figures subtract a bare interpreter measured in the same
run, so ratios hold where absolute times drift. No figure here is asserted by the test
suite: speed is reported, not unit-tested.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import statistics
import subprocess
import sys
import timeit
from collections.abc import Callable

PROCESS_PROBES = {
    "bare interpreter": "pass",
    "import shanghai_coop": "import shanghai_coop",
    "import + first status_of": (
        "import shanghai_coop; shanghai_coop.status_of('Iran', '2023-07-04')"
    ),
    "import + first members(on)": ("import shanghai_coop; shanghai_coop.members(on='2024-07-04')"),
    "import attrs (reference)": "import attrs",
    "import cattrs (reference)": "import cattrs",
}
PEER_PROBES = {
    "pycountry: import + lookup": (
        "pycountry",
        "import pycountry; pycountry.countries.lookup('Iran')",
    ),
    "babel: import + territory name": (
        "babel",
        "from babel import Locale; Locale('en').territories['IR']",
    ),
    "holidays: import + one country-year": (
        "holidays",
        "import holidays; holidays.country_holidays('IR', years=2023)",
    ),
    "country_converter: import + convert": (
        "country_converter",
        "import country_converter as coco; coco.convert('Iran', to='ISO3')",
    ),
}


def process_ms(code: str, runs: int) -> float:
    """Median wall time of a fresh interpreter running ``code``, in milliseconds."""
    # Users' interpreters cache bytecode: measure with it cached (one warm-up run writes it).
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")
    }
    subprocess.run([sys.executable, "-c", code], check=False, env=env, capture_output=True)
    times = []
    for _ in range(runs):
        start = timeit.default_timer()
        subprocess.run([sys.executable, "-c", code], check=True, env=env, stderr=subprocess.DEVNULL)
        times.append(timeit.default_timer() - start)
    return statistics.median(times) * 1000


def per_call_us(func: Callable[[], object], number: int) -> float:
    """Best-of-five time per call, in microseconds."""
    return min(timeit.repeat(func, number=number, repeat=5)) / number * 1e6


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")  # pragma: no cover - not Linux


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runs = 7 if args.quick else 25
    number = 20_000 if args.quick else 200_000

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()}")
    print(f"python: {platform.python_version()} ({sys.executable})")
    rows: list[tuple[str, str, str]] = []
    bare = process_ms("pass", runs)
    for label, code in PROCESS_PROBES.items():
        value = bare if label == "bare interpreter" else process_ms(code, runs)
        shown = f"{value:.1f} ms" if label == "bare interpreter" else f"+{value - bare:.1f} ms"
        target = {
            "import shanghai_coop": "< +10 ms",
            "import + first status_of": "< +40 ms",
        }.get(label, "")
        rows.append((label, shown, target))
    for label, (module, code) in PEER_PROBES.items():
        if importlib.util.find_spec(module) is None:
            rows.append((label, "not installed", ""))
            continue
        try:
            rows.append((label, f"+{process_ms(code, runs) - bare:.1f} ms", "peer"))
        except subprocess.CalledProcessError:
            rows.append((label, "fails here", "peer"))

    before = rss_mb()
    import shanghai_coop

    sco = shanghai_coop.organisation()
    sco.status_of("Iran", "2023-07-04")
    after_index = rss_mb()
    sco.members("2024-07-04")
    after_objects = rss_mb()
    rows.append(
        ("RSS added: data read, status tables", f"{after_index - before:.1f} MB", "< 10 MB")
    )
    rows.append(("RSS added: + all objects (attrs)", f"{after_objects - before:.1f} MB", "< 10 MB"))

    iran = sco.resolve("Iran")
    status_of = shanghai_coop.status_of
    rows.append(
        (
            "warm status_of('Iran', str), module",
            f"{per_call_us(lambda: status_of('Iran', '2023-07-04'), number):.2f} µs",
            "< 1 µs",
        )
    )
    rows.append(
        (
            "warm sco.status_of('Iran', str)",
            f"{per_call_us(lambda: sco.status_of('Iran', '2023-07-04'), number):.2f} µs",
            "< 1 µs",
        )
    )
    from datetime import date

    day = date(2023, 7, 4)
    rows.append(
        (
            "warm sco.status_of('Iran', date)",
            f"{per_call_us(lambda: sco.status_of('Iran', day), number):.2f} µs",
            "< 1 µs",
        )
    )
    rows.append(
        (
            "warm sco.status_of(MemberState, date)",
            f"{per_call_us(lambda: sco.status_of(iran, day), number):.2f} µs",
            "< 1 µs",
        )
    )
    rows.append(
        ("warm resolve('Iran')", f"{per_call_us(lambda: sco.resolve('Iran'), number):.2f} µs", "")
    )
    rows.append(
        (
            "warm members(on=str)",
            f"{per_call_us(lambda: sco.members('2024-07-04'), number // 50):.1f} µs",
            "",
        )
    )
    if importlib.util.find_spec("pycountry") is not None:
        import pycountry

        pycountry.countries.lookup("Iran")
        rows.append(
            (
                "pycountry.countries.lookup('Iran') warm",
                f"{per_call_us(lambda: pycountry.countries.lookup('Iran'), number // 10):.2f} µs",
                "peer",
            )
        )

    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'figure':>14}  target")
    print(f"{'-' * width}  {'-' * 14}  ------")
    for label, value, target in rows:
        print(f"{label.ljust(width)}  {value:>14}  {target}")


if __name__ == "__main__":
    main()
