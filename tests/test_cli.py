from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import shanghai_coop
from shanghai_coop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_status_prints_status_spell_and_sources(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "status", "Iran", "2023-07-04")
    assert code == 0
    assert err == ""
    assert out.startswith("Iran (IRN) on 2023-07-04: member of the Shanghai Cooperation")
    assert "spell: member from 2023-07-04, open" in out
    assert "lokmattimes.com" in out


def test_status_none_and_qualifiers(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "status", "France", "2020-01-01")
    assert code == 0
    assert "no status in the Shanghai Cooperation Organisation" in out
    code, out, _ = run(capsys, "status", "India", "2016-01-01")
    assert code == 0
    assert "qualifier: accession_process from 2015-07-10 to 2017-06-09" in out


def test_status_shanghai_five(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "status", "Kazakhstan", "1998-01-01", "--organisation", "S5")
    assert code == 0
    assert "member of the Shanghai Five" in out


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["status", "Frnace", "2020-01-01"], "did you mean: France"),
        (["status", "Iran", "2020"], "a year alone is not a day"),
        (["status", "Saudi Arabia", "2022-09-10"], "--ambiguous"),
        (["history", "Kаzakhstan"], "U+0430"),
        (["members", "--on", "yesterday"], "YYYY-MM-DD"),
    ],
)
def test_errors_are_one_line_with_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("shanghai-coop: error: ")
    assert fragment in err
    assert "Traceback" not in err


def test_ambiguous_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "status", "Saudi Arabia", "2022-09-10", "--ambiguous", "earliest")
    assert code == 0
    assert "dialogue_partner of the" in out


def test_members(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "members", "--on", "2017-06-09")
    assert code == 0
    assert out.splitlines()[0] == "member of the Shanghai Cooperation Organisation on 2017-06-09: 8"
    assert "Кыргызстан" in out
    code, out, _ = run(capsys, "members", "--on", "2026-01-01", "--status", "partner")
    assert out.splitlines()[0].endswith(": 17")


def test_history(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "history", "Belarus")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()[3:]] == [
        "dialogue_partner",
        "observer",
        "member",
    ]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.startswith(f"shanghai_coop {shanghai_coop.__version__} (data 2026.")


def test_no_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys)
    assert code == 2
    assert "give a command" in err


def test_bad_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["members", "--status", "overlord"])
    assert info.value.code == 2


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "shanghai_coop", "status", "Iran", "2023-07-04"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0
    assert "member of the Shanghai Cooperation Organisation" in result.stdout


def test_status_follows_a_qualifier_back_across_a_change_of_status(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Afghanistan's inactivity began in 2021-09, in its observer spell, not on 2025-09-01.
    code, out, _ = run(capsys, "status", "Afghanistan", "2026-01-01")
    assert code == 0
    assert (
        "qualifier: inactive from 2021-09 (continued across the change of status on"
        " 2025-09-01), open"
    ) in out
    code, out, _ = run(capsys, "status", "Afghanistan", "2023-01-01")
    assert "qualifier: inactive from 2021-09 to 2025-09-01" in out


def test_history_shows_when_a_continued_qualifier_began(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "history", "Afghanistan")
    assert code == 0
    assert "inactive from 2021-09 (continued across the change of status on 2025-09-01)" in out


def test_answers_after_as_of_say_so(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "status", "Iran", "2099-01-01")
    assert code == 0
    assert "note: 2099-01-01 is after the data's as_of" in out
    code, out, _ = run(capsys, "status", "Iran", "2024-01-01")
    assert "note:" not in out
    code, out, _ = run(capsys, "who", "secretary_general", "--on", "2020-06-01")
    assert "2022-01-01 (that day excluded)" in out


# -- hostile terminals and pipes ----------------------------------------------------------------


def _cli(*argv: str, **env_changes: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHON"))}
    env.update(env_changes)
    return subprocess.run(
        [sys.executable, "-m", "shanghai_coop", *argv], capture_output=True, env=env, check=False
    )


C_LOCALE = {"LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"}


@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "cp1252"}, C_LOCALE])
def test_exports_are_utf8_whatever_the_terminal(env: dict[str, str]) -> None:
    csv_out = _cli("export", "states", **env)
    assert csv_out.returncode == 0, csv_out.stderr
    assert "Кыргызстан" in csv_out.stdout.decode("utf-8")
    json_out = _cli("export", "states", "--format", "json", **env)
    assert json_out.returncode == 0, json_out.stderr
    rows = json.loads(json_out.stdout.decode("utf-8"))
    assert "Кыргызстан" in json.dumps(rows, ensure_ascii=False)


def test_arguments_are_read_as_typed_under_a_c_locale() -> None:
    found = _cli("status", "Казахстан", "2014-01-01", **C_LOCALE)
    assert found.returncode == 0, found.stderr
    assert found.stdout.startswith(b"Kazakhstan (KAZ) on 2014-01-01: member")
    # A Latin name with one Cyrillic look-alike keeps its mixed-script error.
    mixed = _cli("status", "Kazakhstаn", "2014-01-01", **C_LOCALE)  # Cyrillic "а"
    assert mixed.returncode == 2
    assert b"mixes" in mixed.stderr or b"Cyrillic" in mixed.stderr


def test_a_closed_pipe_exits_non_zero_quietly() -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "shanghai_coop", "export", "panel", "--states", "all",
         "--start", "1100", "--end", "2020"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:  # fmt: skip
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()
        err = process.stderr.read()
        assert process.wait(timeout=120) == 1
    assert err == b""


def test_the_command_line_speaks_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["who", "secretary_general", "--on", "1990-01-01"]) == 0
    assert capsys.readouterr().out == (
        "Secretary-General on 1990-01-01: nobody held the office (it did not exist yet)\n"
    )
    assert main(["summits", "--council", "government", "--year", "2002"]) == 0
    out = capsys.readouterr().out
    assert "the Council of Heads of Government did not meet in 2002" in out
    assert main(["summits", "--year", "0"]) == 2
    assert "expected a year from 1 to 9999" in capsys.readouterr().err
