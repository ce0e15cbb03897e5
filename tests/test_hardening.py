"""Concurrency, copying, encodings and hostile input."""

from __future__ import annotations

import contextlib
import copy
import os
import pathlib
import pickle
import subprocess
import sys
import textwrap
from datetime import date, datetime, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shanghai_coop
from shanghai_coop import Names, Organisation, ShanghaiCoopError
from shanghai_coop.cli import main
from strategies import days, hostile_text, state_keys

# -- concurrency ---------------------------------------------------------------------------

THREADS = textwrap.dedent(
    """
    import sys, threading, json
    opened = []
    def audit(event, args):
        if event == "open" and isinstance(args[0], str) and args[0].endswith("spells.json"):
            opened.append(args[0])
    sys.addaudithook(audit)
    import shanghai_coop
    QUERIES = [("Iran", "2023-07-04"), ("India", "2016-01-01"), ("Belarus", "2015-07-10"),
               ("France", "2020-01-01"), ("Laos", "2026-01-01"), ("Kyrgyzstan", "2001-06-15")]
    barrier = threading.Barrier(32)
    results, errors = {}, []
    def work(n):
        barrier.wait()
        try:
            answers = [shanghai_coop.status_of(s, d).value for s, d in QUERIES]
            answers.append(len(shanghai_coop.members(on="2024-07-04")))
            answers.append(shanghai_coop.resolve("Türkiye").id)
            answers.append(shanghai_coop.summit(2024).city)
            results[n] = answers
        except BaseException as error:
            errors.append(repr(error))
    threads = [threading.Thread(target=work, args=(n,)) for n in range(32)]
    for t in threads: t.start()
    for t in threads: t.join()
    sequential = [shanghai_coop.status_of(s, d).value for s, d in QUERIES]
    sequential += [len(shanghai_coop.members(on="2024-07-04")), "TUR", "Astana"]
    print(json.dumps({"errors": errors, "distinct": len({json.dumps(r) for r in results.values()}),
                      "same": all(r == sequential for r in results.values()),
                      "count": len(results), "opened": len(opened)}))
    """
)


@pytest.mark.parametrize("run", range(3))
def test_32_threads_on_first_use(run: int) -> None:
    import json

    out = subprocess.run(
        [sys.executable, "-c", THREADS],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=120,
    )
    result = json.loads(out.stdout)
    assert result == {"errors": [], "distinct": 1, "same": True, "count": 32, "opened": 1}


# -- copying -------------------------------------------------------------------------------


def _values() -> list[Any]:
    sco = shanghai_coop.organisation()
    iran = sco.resolve("Iran")
    term = sco.secretary_general("2020-06-01")
    return [
        iran,
        sco.resolve("France"),
        iran.names,
        iran.spells[0],
        sco.history("Iran"),
        sco.history("India")[0].qualifiers[0],
        sco.history("Belarus")[0].variants[0],
        iran.spells[0].start,
        sco.categories[0],
        sco.sources[0],
        sco.summit(2024),
        sco.projected_hosts(2026)[0],
        sco.rotation_backtest()[3],
        term,
        term.holder if term else None,
        term.office if term else None,
        sco.council("heads_of_state", "2024-07-04"),
        sco.council("heads_of_state", "2024-07-04").entries[0],
        sco.relations()[0],
        sco.guests()[0],
        sco.applications()[0],
        sco.bodies[0],
        sco.headquarters[0],
        sco.charter,
        shanghai_coop.Status.MEMBER,
        shanghai_coop.Precision.YEAR,
        sco,
        sco.predecessor,
    ]


@pytest.mark.parametrize("index", range(len(_values())))
def test_copy_deepcopy_pickle_round_trip(index: int) -> None:
    value = _values()[index]
    assert value is not None
    for clone in (copy.copy(value), copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
        assert clone == value
        assert type(clone) is type(value)
        assert hash(clone) == hash(value)


def test_table_copies() -> None:
    table = shanghai_coop.records("summits")
    clone = pickle.loads(pickle.dumps(list(table)))
    assert clone == list(table)


def test_pickled_values_are_small_references() -> None:
    sco = shanghai_coop.organisation()
    values = [*sco.states, shanghai_coop.resolve("France"), *sco.summits(), *sco.terms()]
    sizes = {repr(value): len(pickle.dumps(value)) for value in values}
    assert max(sizes.values()) < 1024, max(sizes.items(), key=lambda item: item[1])
    assert len(pickle.dumps(sco)) < 300
    for value in values:  # a reference to the same object of the same data
        assert pickle.loads(pickle.dumps(value)) is value


def test_a_value_made_by_a_caller_pickles_whole() -> None:
    made = shanghai_coop.MemberState(
        id="XXX", iso_alpha2="XX", iso_alpha3="XXX", iso_numeric="999", names=Names("Nowhere")
    )
    clone = pickle.loads(pickle.dumps(made))
    assert clone == made
    assert clone is not made


def _status(pair: tuple[str, str]) -> str:
    return shanghai_coop.status_of(*pair, ambiguous="earliest").value


def test_process_pool_agrees_with_a_loop() -> None:
    from concurrent.futures import ProcessPoolExecutor

    pairs = [
        (s.id, f"{year}-07-01")
        for s in shanghai_coop.organisation().states
        for year in (2005, 2015, 2025)
    ]
    with ProcessPoolExecutor(2) as pool:
        parallel = list(pool.map(_status, pairs, chunksize=16))
    assert parallel == [_status(pair) for pair in pairs]


# -- encodings -----------------------------------------------------------------------------

# ASCII source (non-ASCII names as escapes), so that it passes an ASCII command line.
PROBE = ascii(
    "import shanghai_coop as s; "
    "print(s.status_of('Кыргызстан', '2001-06-15').value, s.resolve('中国').id, "
    "s.resolve('Türkiye').id, s.data_version())"
)
PROBE = f"exec({PROBE})"


def test_no_default_encoding_is_used() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-X",
            "warn_default_encoding",
            "-W",
            "error::EncodingWarning",
            "-c",
            PROBE + "; s.history('Iran'); s.summits(); s.terms(); s.records('spells')",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert out.stdout.split()[:3] == ["member", "CHN", "TUR"]


def test_data_loads_under_a_non_utf8_locale() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHON"))}
    env.update({"LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"})
    check = "import locale; assert locale.getpreferredencoding(False).lower() != 'utf-8'; "
    out = subprocess.run(
        [sys.executable, "-X", "utf8=0", "-c", check + PROBE],
        capture_output=True,
        env=env,
        check=True,
    )
    assert out.stdout.decode("ascii").split()[:3] == ["member", "CHN", "TUR"]


def test_cli_output_under_an_ascii_terminal() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHON"))}
    env.update({"LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"})
    out = subprocess.run(
        [sys.executable, "-X", "utf8=0", "-m", "shanghai_coop", "members", "--on", "2024-07-04"],
        capture_output=True,
        env=env,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert b"Kyrgyzstan" in out.stdout


# -- hostile input -------------------------------------------------------------------------

ALLOWED = (ShanghaiCoopError,)
anything = st.one_of(
    hostile_text,
    st.text(max_size=5000),
    st.binary(max_size=50),
    st.integers(),
    st.floats(allow_nan=True),
    st.none(),
    st.booleans(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.datetimes(timezones=st.just(timezone.utc)),
    st.dates(),
    st.just(object()),
    st.just(float("inf")),
    st.sampled_from(["\x00", "\u202e", "\ufeff", " " * 10_000, "Iran\x00", "I" * 300, "?"]),
)


@given(anything)
def test_resolve_raises_only_documented_errors(value: object) -> None:
    with contextlib.suppress(*ALLOWED):
        shanghai_coop.resolve(value)  # type: ignore[arg-type]


@given(anything, anything)
@settings(max_examples=200)
def test_status_of_raises_only_documented_errors(state: object, day: object) -> None:
    with contextlib.suppress(*ALLOWED):
        shanghai_coop.status_of(state, day)  # type: ignore[arg-type]


@given(state_keys, anything)
def test_date_coercion_raises_only_documented_errors(state: str, day: object) -> None:
    try:
        result = shanghai_coop.status_of(state, day, ambiguous="earliest")
    except ALLOWED:
        return
    assert isinstance(day, (date, datetime, str))
    assert isinstance(result, shanghai_coop.Status)


@given(st.lists(hostile_text, max_size=4))
@settings(max_examples=80)
def test_cli_never_shows_a_traceback(argv: list[str]) -> None:
    import contextlib
    import io

    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = exit_.code  # type: ignore[assignment]
    assert code in (0, 2)
    assert "Traceback" not in stderr.getvalue()


@pytest.mark.parametrize(
    "argv",
    [
        ["status", "\x00", "2023-07-04"],
        ["status", "Iran", "\u202e2023-07-04"],
        ["history", "I" * 100_000],
        ["members", "--on", "9999-12-31"],
        ["summits", "--year", "0"],
        ["who", "secretary_general", "--on", "0001-01-01"],
        ["export", "panel", "--start", "3"],
    ],
)
def test_cli_hostile_arguments(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code  # type: ignore[assignment]
    assert code in (0, 2)
    assert "Traceback" not in capsys.readouterr().err


def test_huge_and_control_inputs_are_fast() -> None:
    import time

    start = time.perf_counter()
    for value in ("x" * 10_000_000, "\x00" * 1_000_000, "İ" * 1_000_000, "a\u0301" * 500_000):
        with pytest.raises(ShanghaiCoopError):
            shanghai_coop.resolve(value)
    assert time.perf_counter() - start < 30  # a generous bound: what matters is no hang


@given(days, state_keys)
def test_status_never_depends_on_the_input_type(day: date, state: str) -> None:
    sco = shanghai_coop.organisation()
    assert sco.possible_statuses(state, day) == sco.possible_statuses(state, day.isoformat())


def test_mutating_returned_values_is_impossible() -> None:
    import attrs

    iran = shanghai_coop.resolve("Iran")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        iran.id = "XXX"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        iran.spells.append(None)  # type: ignore[attr-defined]
    names = shanghai_coop.organisation().names
    names["en"] = "NATO"
    assert shanghai_coop.organisation().names["en"] == "Shanghai Cooperation Organisation"
    assert isinstance(Organisation.load().states, tuple)


# -- hostile files and paths ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "huge", "directory"])
def test_a_data_file_that_is_not_a_small_regular_file_is_refused(
    data_copy: pathlib.Path, kind: str
) -> None:
    target = data_copy / "spells.json"
    target.unlink()
    if kind == "dev-zero":
        target.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(target)  # reading it would wait for a writer forever
    elif kind == "huge":
        with open(target, "wb") as handle:
            handle.truncate(33 * 1024 * 1024)  # sparse: no disk is used
    else:
        target.mkdir()
    with pytest.raises(shanghai_coop.DataError, match=r"spells\.json: cannot be read"):
        Organisation.load(data_copy)


def test_an_empty_path_is_not_the_current_directory() -> None:
    with pytest.raises(shanghai_coop.InvalidArgumentError, match="path"):
        Organisation.load("")
    with pytest.raises(shanghai_coop.InvalidArgumentError, match="path"):
        Organisation.load("   ")


def test_a_look_alike_letter_in_a_date_is_named() -> None:
    from shanghai_coop.dates import parse_edtf

    with pytest.raises(shanghai_coop.DateValueError, match=r"'с' \(U\+0441 CYRILLIC SMALL"):
        parse_edtf("26 Oсtober 2023")
    with pytest.raises(shanghai_coop.DateValueError, match=r"U\+FF10 FULLWIDTH DIGIT ZERO"):
        shanghai_coop.status_of("Iran", "2023-1０-01")


@pytest.mark.parametrize("index", range(len(_values())))
def test_every_value_has_a_notebook_view(index: int) -> None:
    value = _values()[index]
    if isinstance(value, (shanghai_coop.Status, shanghai_coop.Precision)):
        return  # enums show as text
    html = value._repr_html_()
    assert isinstance(html, str)
    assert html.startswith("<")
    assert "<script" not in html


def test_notebook_views_escape_the_data() -> None:
    variant = shanghai_coop.Variant("start", "<b>2015</b>", ("src",), note="a & b")
    html = variant._repr_html_()
    assert "&lt;b&gt;2015&lt;/b&gt;" in html
    assert "a &amp; b" in html
    answer = shanghai_coop.answer("Afghanistan", "2021-09-10")
    assert "possible_qualifiers" in answer._repr_html_()


def test_history_shows_each_spell_with_its_sources() -> None:
    """Regression: ``history()`` printed bare spells though the README says it shows sources."""
    sco = shanghai_coop.organisation()
    for state in sco.states:
        spells = sco.history(state)
        assert isinstance(spells, tuple)
        assert spells == tuple(spells)
        assert hash(spells) == hash(tuple(spells))
        text, html = repr(spells), spells._repr_html_()
        lines = text.splitlines()
        assert len(lines) == 1 + len(spells)
        for spell, line in zip(spells, lines[1:], strict=True):
            assert spell.status.value in line
            assert str(spell.start) in line
            assert line.endswith("  sources: " + "; ".join(spell.sources))
            assert f"  {spell.confidence.value}  " in line
            assert all(source in html for source in spell.sources)
        assert pickle.loads(pickle.dumps(spells)) == spells
    assert repr(sco.history("France")) == "History: no spells"
    # Regression: a slice was a plain tuple, and lost the view.
    assert isinstance(sco.history("Belarus")[1:], shanghai_coop.History)
    assert sco.history("Belarus")[1:] == tuple(sco.history("Belarus"))[1:]
