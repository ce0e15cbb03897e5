"""Side-by-side benchmark of shanghai_coop and its peers on several Pythons, in one run.

Usage, from the repository root (the parent process needs only the standard library)::

    python benchmarks/bench.py --setup                    # create the environments (once)
    python benchmarks/bench.py                            # measure 3.10-3.13, print the table
    python benchmarks/bench.py --runs 11 --json out.json  # fewer runs, save the raw figures
    python benchmarks/bench.py --pythons 3.12 --quick     # a smoke test
    python benchmarks/bench.py --pythons 3.12 --importtime  # where the first answer's import goes

``--setup`` creates, under the cache directory (``--cache``, default ``.bench/``), two
virtual environments per Python: ``lib-3.X`` with this project installed from the
repository root (``pip install .[pandas]``, so numpy and pandas too) and ``peers-3.X`` with
the peers (pycountry, babel, holidays, country_converter). Run it again after changing the
source: the lib environments install the tree as it was at setup, and a run warns when the
source has changed since.

One run interleaves everything: for each of ``--runs`` rounds the list of (Python,
command) pairs is shuffled and each is run once, so that drift on a shared machine hits
all alike. Measured as fresh processes (wall time from the parent, ``-X importtime`` off,
bytecode cached by an untimed first run, ``PYTHON*`` variables removed): a bare
interpreter (``-c pass``), ``import shanghai_coop``, import plus the first ``status_of``,
import plus the first ``members`` (a query that returns objects), and for the peers import
alone and import plus a first answer. Each is reported in ms above the median bare
interpreter of the same environment in the same run.

Measured in-process, in fresh processes run in some of the rounds (``--inproc-runs``):
warm ``status_of("Iran", day)`` over every day 1996-01-01..2026-12-31 as ISO strings and
as ``date`` objects (µs per call, ``time.perf_counter_ns``, garbage collector off during a
loop, a first untimed pass), warm peer look-ups, and ``status_of_many`` on 10⁶ and 10⁷
pairs from lists (pure Python) and from numpy (``U3`` ISO codes + ``datetime64[D]``), with
the peak resident memory added by the call (VmHWM after the call, reset through
``/proc/self/clear_refs``, minus VmRSS before it). ``--skip-pure-1e7`` leaves out the
slowest of them.

The table gives, per Python, the median, min-max over the samples and, for this library's
rows, the ratio of its median to the best (lowest) peer median of the same kind and Python.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import gc
import hashlib
import importlib
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYTHONS = ("3.10", "3.11", "3.12", "3.13")
# country_converter 1.3 fails on pandas 3 ("first argument must be string or compiled pattern").
PEER_REQUIREMENTS = ("pycountry", "babel", "holidays", "country_converter", "pandas<3")
LIB_PACKAGES = ("shanghai_coop", "attrs", "cattrs", "numpy", "pandas")
PEER_PACKAGES = ("pycountry", "babel", "holidays", "country_converter", "pandas", "numpy")
STAMP = "bench-source.json"

# ISO alpha-3 codes for the bulk queries: 26 states with an SCO status at some time since 1996,
# and four without, so that the answers mix every status.
CODES = (
    *("AFG", "ARE", "ARM", "AZE", "BHR", "BLR", "CHN", "EGY", "IND", "IRN", "KAZ", "KGZ"),
    *("KHM", "KWT", "LKA", "MDV", "MMR", "MNG", "NPL", "PAK", "QAT", "RUS", "SAU", "TJK"),
    *("TUR", "UZB", "FRA", "USA", "BRA", "JPN"),
)
FIRST_DAY = datetime.date(1996, 1, 1)
LAST_DAY = datetime.date(2026, 12, 31)


@dataclass(frozen=True)
class Measure:
    """One row of the table: what is measured, in which environment, compared with what."""

    key: str
    label: str
    env: str  # "lib" or "peers"
    kind: str  # rows of one kind are compared: import, first, objects, warm, bulk, ...
    unit: str
    code: str = ""  # for a fresh-process measure: the ``-c`` program


PROCESS = (
    Measure("bare-lib", "bare interpreter (lib venv), absolute", "lib", "bare", "ms", "pass"),
    Measure("bare-peers", "bare interpreter (peers venv), absolute", "peers", "bare", "ms", "pass"),
    Measure("import", "shanghai_coop: import", "lib", "import", "ms", "import shanghai_coop"),
    Measure("import-babel", "babel: import", "peers", "import", "ms", "import babel"),
    Measure("import-pycountry", "pycountry: import", "peers", "import", "ms", "import pycountry"),
    Measure("import-holidays", "holidays: import", "peers", "import", "ms", "import holidays"),
    Measure(
        "import-coco",
        "country_converter: import",
        "peers",
        "import",
        "ms",
        "import country_converter",
    ),
    Measure(
        "first",
        "shanghai_coop: import + status_of('Iran', '2023-07-04')",
        "lib",
        "first",
        "ms",
        "import shanghai_coop; shanghai_coop.status_of('Iran', '2023-07-04')",
    ),
    Measure(
        "first-babel",
        "babel: import + Locale('en').territories['IR']",
        "peers",
        "first",
        "ms",
        "from babel import Locale; Locale('en').territories['IR']",
    ),
    Measure(
        "first-pycountry",
        "pycountry: import + countries.lookup('Iran')",
        "peers",
        "first",
        "ms",
        "import pycountry; pycountry.countries.lookup('Iran')",
    ),
    Measure(
        "first-holidays",
        "holidays: import + '2023-07-04' in country_holidays('IR', years=2023)",
        "peers",
        "first",
        "ms",
        "import holidays; '2023-07-04' in holidays.country_holidays('IR', years=2023)",
    ),
    Measure(
        "first-coco",
        "country_converter: import + convert('Iran', to='ISO3')",
        "peers",
        "first",
        "ms",
        "import country_converter as coco; coco.convert('Iran', to='ISO3')",
    ),
    Measure(
        "objects",
        "shanghai_coop: import + members(on='2024-07-04')",
        "lib",
        "objects",
        "ms",
        "import shanghai_coop; shanghai_coop.members(on='2024-07-04')",
    ),
    Measure(
        "ref-resources",
        "reference: import importlib.resources",
        "lib",
        "reference",
        "ms",
        "import importlib.resources",
    ),
)
# What each kind of this library's rows is compared with (the best peer of that kind).
PEER_KIND = {"import": "import", "first": "first", "objects": "first", "warm": "warm"}
KIND_TITLE = {
    "bare": "bare interpreters (absolute ms)",
    "import": "import alone, ms above bare",
    "first": "import + first answer, ms above bare",
    "objects": "import + first object-returning query, ms above bare",
    "reference": "reference, ms above bare",
    "warm": "warm look-ups, µs per call",
    "bulk": "bulk status_of_many, ms per call after the first in its process",
    "bulk-first": "bulk status_of_many, ms for the first call in its process",
    "memory": "bulk status_of_many, peak resident memory added, MiB",
}
KIND_ORDER = tuple(KIND_TITLE)


# -- the child side: run by the benchmark's own environments ---------------------------------


def _days() -> list[datetime.date]:
    count = (LAST_DAY - FIRST_DAY).days + 1
    return [FIRST_DAY + datetime.timedelta(days=i) for i in range(count)]


def _loop_us(func: Any, values: list[Any]) -> float:
    """µs per call of ``func(v)`` over ``values``, after one untimed pass, the collector off."""
    for value in values:
        func(value)
    gc.disable()
    start = time.perf_counter_ns()
    for value in values:
        func(value)
    elapsed = time.perf_counter_ns() - start
    gc.enable()
    return elapsed / len(values) / 1000


def _child_warm(repeat: int) -> dict[str, list[float]]:
    sco = importlib.import_module("shanghai_coop")
    status_of = sco.status_of
    days = _days()
    isos = [day.isoformat() for day in days]
    out: dict[str, list[float]] = {"warm-str": [], "warm-date": [], "warm-one": []}
    for _ in range(repeat):
        # One day first, then every day as ISO strings, then as dates (the order of 0.3.0,
        # whose string memo kept only the first 8,192 days it saw).
        for key, values in (
            ("warm-one", ["2023-07-04"] * len(days)),
            ("warm-str", isos),
            ("warm-date", days),
        ):
            out[key].append(_loop_us(lambda on: status_of("Iran", on), values))
    return out


def _child_peers_warm(repeat: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    days = _days()
    pycountry = importlib.import_module("pycountry")
    lookup = pycountry.countries.lookup
    babel = importlib.import_module("babel")
    locale = babel.Locale
    holidays = importlib.import_module("holidays")
    calendar = holidays.country_holidays("IR")
    loops: dict[str, tuple[Any, list[Any]]] = {
        "warm-pycountry": (lookup, ["Iran"] * len(days)),
        "warm-babel": (lambda code: locale("en").territories[code], ["IR"] * len(days)),
        "warm-holidays": (lambda day: day in calendar, days),
    }
    for _ in range(repeat):
        for key, (func, values) in loops.items():
            out.setdefault(key, []).append(_loop_us(func, values))
    return out


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> bool:
    """Reset VmHWM to the current resident size; ``False`` where the kernel does not allow it."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
    except OSError:
        return False
    return True


def _child_bulk(kind: str, size: int, repeat: int) -> dict[str, Any]:
    sco = importlib.import_module("shanghai_coop")
    count = (LAST_DAY - FIRST_DAY).days + 1
    states: Any
    dates: Any
    if kind == "pure":
        rng = random.Random(size)
        isos = [day.isoformat() for day in _days()]
        states = rng.choices(CODES, k=size)
        dates = rng.choices(isos, k=size)
    else:
        np = importlib.import_module("numpy")
        generator = np.random.default_rng(size)
        states = np.array(CODES)[generator.integers(0, len(CODES), size)]
        offsets = generator.integers(0, count, size).astype("timedelta64[D]")
        dates = np.datetime64(FIRST_DAY.isoformat(), "D") + offsets
    sco.status_of_many(states[:10], dates[:10], ambiguous="earliest")
    times: list[float] = []
    peaks: list[float] = []
    reset = True
    for _ in range(repeat):
        gc.collect()
        reset = _reset_peak()
        before = _status_kb("VmRSS") if reset else _status_kb("VmHWM")
        start = time.perf_counter_ns()
        result = sco.status_of_many(states, dates, ambiguous="earliest")
        elapsed = time.perf_counter_ns() - start
        peaks.append((_status_kb("VmHWM") - before) / 1024)
        if len(result) != size:
            raise RuntimeError(f"{len(result)} answers for {size} pairs")
        del result
        times.append(elapsed / 1e6)
    return {"times": times, "peaks": peaks, "peak_method": "clear_refs" if reset else "no reset"}


def child_main(argv: list[str]) -> None:
    """Entry point of the child processes (``bench.py --child ...``); prints JSON."""
    parser = argparse.ArgumentParser(prog="bench.py --child")
    parser.add_argument("job", choices=("warm", "peers-warm", "bulk", "versions"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--kind", choices=("pure", "numpy"), default="pure")
    parser.add_argument("--size", type=int, default=10**6)
    args = parser.parse_args(argv)
    result: Any
    if args.job == "warm":
        result = _child_warm(args.repeat)
    elif args.job == "peers-warm":
        result = _child_peers_warm(args.repeat)
    elif args.job == "bulk":
        result = _child_bulk(args.kind, args.size, args.repeat)
    else:
        from importlib import metadata

        versions: dict[str, str] = {"python": platform.python_version()}
        for name in sorted({*LIB_PACKAGES, *PEER_PACKAGES}):
            with contextlib.suppress(metadata.PackageNotFoundError):
                versions[name] = metadata.version(name)
        result = versions
    print(json.dumps(result))


# -- the parent side: environments -------------------------------------------------------------


def _child_env() -> dict[str, str]:
    """This process's environment without what changes how an interpreter starts."""
    drop = ("VIRTUAL_ENV", "PYENV_VERSION", "__PYVENV_LAUNCHER__")
    return {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k not in drop}


def find_python(minor: str) -> Path:
    """The newest interpreter of a minor version: pyenv first, then ``pythonX.Y`` on PATH."""
    pattern = re.compile(rf"{re.escape(minor)}\.(\d+)")
    try:
        listed = subprocess.run(
            ["pyenv", "versions", "--bare"], capture_output=True, text=True, check=True
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        listed = []
    found = [v for v in listed if pattern.fullmatch(v)]
    if found:
        best = max(found, key=lambda v: int(v.rsplit(".", 1)[1]))
        prefix = subprocess.run(
            ["pyenv", "prefix", best], capture_output=True, text=True, check=True
        ).stdout.strip()
        return Path(prefix) / "bin" / "python"
    globbed = sorted((Path.home() / ".pyenv" / "versions").glob(f"{minor}.*/bin/python"))
    if globbed:
        return globbed[-1]
    which = shutil.which(f"python{minor}")
    if which:
        return Path(which)
    raise SystemExit(f"no Python {minor} found (pyenv versions, ~/.pyenv, python{minor})")


def venv_python(cache: Path, env: str, minor: str) -> Path:
    """The interpreter of one benchmark environment."""
    return cache / f"{env}-{minor}" / "bin" / "python"


def source_hash() -> str:
    """A digest of what ``pip install .`` installs: ``src/`` and ``pyproject.toml``."""
    digest = hashlib.sha256()
    files = [ROOT / "pyproject.toml", *sorted((ROOT / "src").rglob("*"))]
    for path in files:
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _pip(python: Path, *args: str) -> None:
    command = [str(python), "-m", "pip", "--disable-pip-version-check", "install", *args]
    print("  $", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT, env=_child_env())


def setup(cache: Path, pythons: dict[str, Path]) -> None:
    """Create (or update) the two environments of each Python under ``cache``."""
    cache.mkdir(parents=True, exist_ok=True)
    digest = source_hash()
    for minor, base in pythons.items():
        for env in ("lib", "peers"):
            python = venv_python(cache, env, minor)
            if not python.exists():
                print(f"creating {python.parent.parent} from {base}", flush=True)
                subprocess.run([str(base), "-m", "venv", str(python.parent.parent)], check=True)
        _pip(venv_python(cache, "lib", minor), "--quiet", "--upgrade", f"{ROOT}[pandas]")
        (cache / f"lib-{minor}" / STAMP).write_text(
            json.dumps({"source_sha256": digest, "installed": _now()}), encoding="utf-8"
        )
        _pip(venv_python(cache, "peers", minor), "--quiet", "--upgrade", *PEER_REQUIREMENTS)
    print(f"environments ready under {cache}")


# -- the parent side: running ----------------------------------------------------------------


@dataclass
class Job:
    """One (Python, command) pair of the interleaved schedule."""

    minor: str
    name: str  # a process measure's key, or "warm", "peers-warm", "bulk-pure-1000000", ...
    argv: list[str]
    process: bool  # a fresh-process timing (else: the child prints JSON)


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


class Runner:
    """Runs jobs and keeps their samples, their failures and notes for the report."""

    def __init__(self, cache: Path) -> None:
        self.env = _child_env()
        self.cwd = cache / "cwd"  # an empty directory: nothing importable beside the command
        self.cwd.mkdir(parents=True, exist_ok=True)
        self.samples: dict[str, dict[str, list[float]]] = {}
        self.failed: dict[tuple[str, str], str] = {}
        self.notes: set[str] = set()

    def add(self, minor: str, key: str, values: list[float]) -> None:
        """Record samples of one measure."""
        self.samples.setdefault(minor, {}).setdefault(key, []).extend(values)

    def _error(self, job: Job) -> str:
        out = subprocess.run(
            job.argv, env=self.env, cwd=self.cwd, capture_output=True, text=True, check=False
        )
        lines = (out.stderr or out.stdout or f"exit status {out.returncode}").strip().splitlines()
        return lines[-1] if lines else f"exit status {out.returncode}"

    def run(self, job: Job, *, record: bool = True) -> None:
        """Run one job once; a failure is kept (with its last line of output) and not retried."""
        if (job.minor, job.name) in self.failed:
            return
        if job.process:
            start = time.perf_counter()
            code = subprocess.run(
                job.argv,
                env=self.env,
                cwd=self.cwd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            ).returncode
            elapsed = (time.perf_counter() - start) * 1000
            if code:
                self.failed[job.minor, job.name] = self._error(job)
            elif record:
                self.add(job.minor, job.name, [elapsed])
            return
        out = subprocess.run(
            job.argv, env=self.env, cwd=self.cwd, capture_output=True, text=True, check=False
        )
        if out.returncode:
            lines = (out.stderr or f"exit status {out.returncode}").strip().splitlines()
            self.failed[job.minor, job.name] = lines[-1]
            return
        data = json.loads(out.stdout)
        if not record:
            return
        if job.name.startswith("bulk-"):
            times = data["times"]
            self.add(job.minor, job.name.replace("bulk-", "bulk1-"), times[:1])
            self.add(job.minor, job.name, times[1:] or times)
            self.add(job.minor, job.name.replace("bulk-", "memory-"), data["peaks"])
            if data["peak_method"] != "clear_refs":
                self.notes.add(
                    "/proc/self/clear_refs is not writable: peak memory is the growth of the"
                    " process's high-water mark, an underestimate"
                )
        else:
            for key, values in data.items():
                self.add(job.minor, key, values)


def bulk_measures(sizes: tuple[int, int], skip_pure_large: bool) -> list[tuple[str, int]]:
    """The (kind, size) pairs of the bulk rows."""
    pairs = [("pure", sizes[0]), ("numpy", sizes[0]), ("numpy", sizes[1])]
    if not skip_pure_large:
        pairs.insert(1, ("pure", sizes[1]))
    return pairs


def _power(size: int) -> str:
    exponent = len(str(size)) - 1
    return f"10^{exponent}" if size == 10**exponent else str(size)


def inproc_measures(sizes: tuple[int, int], skip_pure_large: bool) -> list[Measure]:
    """The rows measured inside a child process."""
    rows = [
        Measure(
            "warm-str",
            "shanghai_coop: status_of('Iran', iso) over every day 1996-2026",
            "lib",
            "warm",
            "µs",
        ),
        Measure(
            "warm-date",
            "shanghai_coop: status_of('Iran', date) over every day 1996-2026",
            "lib",
            "warm",
            "µs",
        ),
        Measure(
            "warm-one",
            "shanghai_coop: status_of('Iran', '2023-07-04') repeated",
            "lib",
            "warm",
            "µs",
        ),
        Measure("warm-pycountry", "pycountry: countries.lookup('Iran')", "peers", "warm", "µs"),
        Measure("warm-babel", "babel: Locale('en').territories['IR']", "peers", "warm", "µs"),
        Measure(
            "warm-holidays",
            "holidays: date in country_holidays('IR'), every day 1996-2026",
            "peers",
            "warm",
            "µs",
        ),
    ]
    for kind, size in bulk_measures(sizes, skip_pure_large):
        what = f"{_power(size)} pairs, " + (
            "lists of str" if kind == "pure" else "numpy U3 + datetime64[D]"
        )
        rows.append(Measure(f"bulk-{kind}-{size}", what, "lib", "bulk", "ms"))
        rows.append(Measure(f"bulk1-{kind}-{size}", what, "lib", "bulk-first", "ms"))
        rows.append(Measure(f"memory-{kind}-{size}", what, "lib", "memory", "MiB"))
    return rows


def _versions(
    runner: Runner, cache: Path, minors: list[str]
) -> dict[str, dict[str, dict[str, str]]]:
    versions: dict[str, dict[str, dict[str, str]]] = {}
    for minor in minors:
        for env in ("lib", "peers"):
            out = subprocess.run(
                [str(venv_python(cache, env, minor)), __file__, "--child", "versions"],
                env=runner.env,
                cwd=runner.cwd,
                capture_output=True,
                text=True,
                check=True,
            )
            versions.setdefault(minor, {})[env] = json.loads(out.stdout)
    return versions


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            kb = int(handle.readline().split()[1])
            memory = f"{kb / 2**20:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    uname = platform.uname()
    return {
        "uname": f"{uname.system} {uname.release} {uname.version} {uname.machine}",
        "node": uname.node,
        "cores": os.cpu_count(),
        "cpu": model,
        "memory": memory,
        "openblas": {k: v for k, v in os.environ.items() if k.startswith("OPENBLAS")},
    }


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def _fmt(value: float) -> str:
    size = abs(value)
    if size >= 100:
        return f"{value:.0f}"
    if size >= 10:
        return f"{value:.1f}"
    if size >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


@dataclass
class Figure:
    """The summary of one measure on one Python."""

    median: float
    low: float
    high: float
    count: int
    ratio: float | None = None
    best_peer: str = ""


def summarise(
    runner: Runner, measures: list[Measure], minors: list[str]
) -> dict[str, dict[str, Figure]]:
    """Medians, ranges and ratios; fresh-process rows are taken above their bare interpreter."""
    table: dict[str, dict[str, Figure]] = {}
    for minor in minors:
        samples = runner.samples.get(minor, {})
        bare = {
            env: statistics.median(samples[f"bare-{env}"])
            for env in ("lib", "peers")
            if samples.get(f"bare-{env}")
        }
        figures: dict[str, Figure] = {}
        for measure in measures:
            values = samples.get(measure.key)
            if not values:
                continue
            if measure.code and measure.kind != "bare":
                if measure.env not in bare:
                    continue
                values = [v - bare[measure.env] for v in values]
            figures[measure.key] = Figure(
                statistics.median(values), min(values), max(values), len(values)
            )
        for measure in measures:
            figure = figures.get(measure.key)
            if figure is None or measure.env != "lib" or measure.kind not in PEER_KIND:
                continue
            peers = [
                (figures[m.key].median, m)
                for m in measures
                if m.env == "peers" and m.kind == PEER_KIND[measure.kind] and m.key in figures
            ]
            if peers:
                best, peer = min(peers, key=lambda pair: pair[0])
                # A median at or below zero is within the noise: no ratio.
                figure.ratio = figure.median / best if best > 0 and figure.median > 0 else None
                figure.best_peer = peer.label.split(":")[0]
        table[minor] = figures
    return table


def print_tables(
    table: dict[str, dict[str, Figure]], measures: list[Measure], minors: list[str]
) -> None:
    """One table per Python (median, min-max, n, ratio), then medians side by side."""
    width = max(len(m.label) for m in measures) + 2
    for minor in minors:
        figures = table[minor]
        print(f"\nPython {minor}")
        print(f"  {'measure'.ljust(width)} {'median':>9} {'min-max':>17} {'n':>4}  vs best peer")
        for kind in KIND_ORDER:
            rows = [m for m in measures if m.kind == kind and m.key in figures]
            if not rows:
                continue
            print(f"  -- {KIND_TITLE[kind]}")
            for measure in rows:
                f = figures[measure.key]
                span = f"{_fmt(f.low)}-{_fmt(f.high)}"
                ratio = f"{f.ratio:.2f} ({f.best_peer})" if f.ratio is not None else ""
                print(
                    f"    {measure.label.ljust(width - 2)} {_fmt(f.median):>9} {span:>17} {f.count:>4}  {ratio}"
                )
    print("\nMedians side by side (ratio to the best peer in brackets)")
    header = "".join(f"{minor:>16}" for minor in minors)
    print(f"  {'measure'.ljust(width)} {'unit':>4}{header}")
    for kind in KIND_ORDER:
        rows = [m for m in measures if m.kind == kind and any(m.key in table[x] for x in minors)]
        if not rows:
            continue
        print(f"  -- {KIND_TITLE[kind]}")
        for measure in rows:
            cells = ""
            for minor in minors:
                cell = table[minor].get(measure.key)
                if cell is None:
                    cells += f"{'-':>16}"
                    continue
                ratio = f" [{cell.ratio:.2f}]" if cell.ratio is not None else ""
                cells += f"{_fmt(cell.median) + ratio:>16}"
            print(f"    {measure.label.ljust(width - 2)} {measure.unit:>4}{cells}")


def importtime(cache: Path, minors: list[str], top: int) -> None:
    """Print the imports with the largest cumulative ``-X importtime`` for the first answer."""
    code = "import shanghai_coop; shanghai_coop.status_of('Iran', '2023-07-04')"
    for minor in minors:
        python = str(venv_python(cache, "lib", minor))
        subprocess.run([python, "-c", code], env=_child_env(), check=True)
        out = subprocess.run(
            [python, "-X", "importtime", "-c", code],
            env=_child_env(),
            capture_output=True,
            text=True,
            check=True,
        )
        rows = []
        for line in out.stderr.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[1].strip().isdigit():
                rows.append((int(parts[1]), int(parts[0].split(":")[1]), parts[2].rstrip()))
        print(f"\nPython {minor}: -X importtime, top {top} by cumulative time (µs)")
        print(f"  {'cumulative':>10} {'self':>8}  module")
        for cumulative, own, name in sorted(rows, reverse=True)[:top]:
            print(f"  {cumulative:>10} {own:>8}  {name}")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line (see the module docstring)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    add = parser.add_argument
    add("--setup", action="store_true", help="create or update the environments, then exit")
    add("--pythons", default=",".join(PYTHONS), help="minor versions, comma-separated")
    add("--cache", type=Path, default=ROOT / ".bench", help="where the environments live")
    add("--runs", type=int, help="fresh processes per measure (default 25, 3 with --quick)")
    add(
        "--inproc-runs",
        type=int,
        help="fresh processes per warm or bulk job (default 5; 0: fresh-process measures only)",
    )
    add("--quick", action="store_true", help="few runs and small bulk sizes: a smoke test")
    add("--skip-pure-1e7", action="store_true", help="leave out 10^7 pairs in pure Python")
    add("--json", type=Path, help="write the raw samples and the summary to this file")
    add("--seed", type=int, help="seed of the shuffles (default: random)")
    add("--importtime", action="store_true", help="print the first answer's top imports, exit")
    return parser.parse_args(argv)


@dataclass(frozen=True)
class Plan:
    """How much to measure."""

    runs: int
    inproc_runs: int
    sizes: tuple[int, int]
    warm_repeat: int
    skip_pure_large: bool
    quick: bool

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Plan:
        """The defaults of a full run, or of ``--quick``, overridden by the options."""
        runs = args.runs or (3 if args.quick else 25)
        return cls(
            runs=runs,
            inproc_runs=min(
                runs,
                args.inproc_runs if args.inproc_runs is not None else (1 if args.quick else 5),
            ),
            sizes=(10**4, 10**5) if args.quick else (10**6, 10**7),
            warm_repeat=3 if args.quick else 15,
            skip_pure_large=args.skip_pure_1e7,
            quick=args.quick,
        )


def schedule(cache: Path, minors: list[str], plan: Plan) -> tuple[list[Job], list[Job]]:
    """The fresh-process jobs (every round) and the in-process ones (some rounds)."""
    here = str(Path(__file__).resolve())
    process = [
        Job(minor, m.key, [str(venv_python(cache, m.env, minor)), "-c", m.code], True)
        for minor in minors
        for m in PROCESS
    ]
    inproc: list[Job] = []
    for minor in minors:
        lib = [str(venv_python(cache, "lib", minor)), here, "--child"]
        peers = [str(venv_python(cache, "peers", minor)), here, "--child"]
        warm = ["--repeat", str(plan.warm_repeat)]
        inproc.append(Job(minor, "warm", [*lib, "warm", *warm], False))
        inproc.append(Job(minor, "peers-warm", [*peers, "peers-warm", *warm], False))
        for kind, size in bulk_measures(plan.sizes, plan.skip_pure_large):
            repeat = 2 if plan.quick else (5 if size < plan.sizes[1] else 3)
            options = ["--kind", kind, "--size", str(size), "--repeat", str(repeat)]
            inproc.append(Job(minor, f"bulk-{kind}-{size}", [*lib, "bulk", *options], False))
    return process, inproc


def stale_environments(cache: Path, minors: list[str]) -> list[str]:
    """The Pythons whose lib environment was installed from another source tree."""
    digest = source_hash()
    stale = []
    for minor in minors:
        stamp = cache / f"lib-{minor}" / STAMP
        if (
            not stamp.exists()
            or json.loads(stamp.read_text(encoding="utf-8")).get("source_sha256") != digest
        ):
            stale.append(minor)
    return stale


def run_rounds(
    runner: Runner, process: list[Job], inproc: list[Job], plan: Plan, seed: int
) -> None:
    """The interleaved run: each round shuffles its (Python, command) pairs and runs each once."""
    shuffler = random.Random(seed)
    print(f"warming up ({len(process)} commands, bytecode cached)...", file=sys.stderr, flush=True)
    for job in process:
        runner.run(job, record=False)
    # The in-process jobs take part in rounds spread evenly over the run.
    # (--inproc-runs 0: fresh-process measures only.)
    inproc_rounds = {round(i * plan.runs / plan.inproc_runs) for i in range(plan.inproc_runs)}
    for round_ in range(plan.runs):
        jobs = process + (inproc if round_ in inproc_rounds else [])
        shuffler.shuffle(jobs)
        begin = time.perf_counter()
        for job in jobs:
            runner.run(job)
        elapsed = time.perf_counter() - begin
        print(
            f"round {round_ + 1}/{plan.runs}: {len(jobs)} jobs in {elapsed:.1f} s",
            file=sys.stderr,
            flush=True,
        )


def print_header(info: dict[str, Any], plan: Plan, minors: list[str]) -> None:
    """The date, the machine, the plan and every version."""
    m = info["machine"]
    print(f"\nshanghai_coop side by side with its peers, {info['date']}")
    print(f"machine: {m['uname']}")
    print(f"         {m['cores']} cores, {m['cpu'] or 'CPU model unknown'}, {m['memory']}")
    print(f"load average at start {info['load_start']}, at end {info['load_end']}")
    print(
        f"{plan.runs} rounds in {info['seconds']} s, shuffled (seed {info['seed']}); "
        f"warm and bulk: {plan.inproc_runs} fresh processes each"
    )
    for minor in minors:
        lib, peers = info["versions"][minor]["lib"], info["versions"][minor]["peers"]
        print(f"Python {lib['python']}:")
        print("  lib:   " + ", ".join(f"{k} {lib[k]}" for k in LIB_PACKAGES if k in lib))
        print("  peers: " + ", ".join(f"{k} {peers[k]}" for k in PEER_PACKAGES if k in peers))


def main() -> None:
    """Set up, or run, print and save."""
    if sys.argv[1:2] == ["--child"]:
        child_main(sys.argv[2:])
        return
    args = parse_args()
    minors = [m.strip() for m in args.pythons.split(",") if m.strip()]
    cache: Path = args.cache.resolve()
    if args.setup:
        setup(cache, {minor: find_python(minor) for minor in minors})
        return
    missing = [
        str(venv_python(cache, env, m))
        for m in minors
        for env in ("lib", "peers")
        if not venv_python(cache, env, m).exists()
    ]
    if missing:
        raise SystemExit(f"missing {', '.join(missing)}: run {sys.argv[0]} --setup first")
    if args.importtime:
        importtime(cache, minors, 10)
        return

    plan = Plan.from_args(args)
    runner = Runner(cache)
    stale = stale_environments(cache, minors)
    if stale:
        note = f"the source changed since --setup for {', '.join(stale)}: run --setup again"
        runner.notes.add(note)
        print(f"warning: {note}", file=sys.stderr)
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    info: dict[str, Any] = {"date": _now(), "machine": machine(), "seed": seed}
    info["versions"] = _versions(runner, cache, minors)
    info["load_start"] = _load()
    started = time.perf_counter()
    run_rounds(runner, *schedule(cache, minors, plan), plan, seed)
    info["seconds"] = round(time.perf_counter() - started, 1)
    info["load_end"] = _load()

    measures = [*PROCESS, *inproc_measures(plan.sizes, plan.skip_pure_large)]
    table = summarise(runner, measures, minors)
    print_header(info, plan, minors)
    print_tables(table, measures, minors)
    for (minor, name), error in sorted(runner.failed.items()):
        print(f"FAILED on {minor}: {name}: {error}")
    for note in sorted(runner.notes):
        print(f"note: {note}")
    if args.json:
        info["plan"] = vars(plan)
        info["measures"] = {m.key: vars(m) for m in measures}
        info["samples"] = runner.samples
        info["failed"] = {
            f"{minor} {name}": error for (minor, name), error in runner.failed.items()
        }
        info["notes"] = sorted(runner.notes)
        info["summary"] = {
            minor: {key: vars(f) for key, f in figures.items()} for minor, figures in table.items()
        }
        args.json.write_text(
            json.dumps(info, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"raw samples and summary written to {args.json}")


if __name__ == "__main__":
    main()
