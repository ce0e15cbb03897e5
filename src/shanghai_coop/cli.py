"""The command line: ``shanghai-coop`` and ``python -m shanghai_coop``.

Commands (``shanghai-coop COMMAND --help`` for each)::

    shanghai-coop status STATE DATE [--ambiguous raise|earliest|latest] [--organisation SCO|S5]
    shanghai-coop members [--on DATE] [--status STATUS] [--ambiguous ...] [--organisation ...]
    shanghai-coop history STATE [--organisation SCO|S5]
    shanghai-coop summits [--council state|government] [--year Y] [--host STATE]
    shanghai-coop rotation [--on DATE] [--backtest [--reading handover|cycle] [--admitted]]
    shanghai-coop next-host [--count N] [--after YEAR]
    shanghai-coop terms [--office OFFICE]
    shanghai-coop who OFFICE [--on DATE] [--ambiguous ...]
    shanghai-coop council state|government [--on DATE]
    shanghai-coop timeline --output FILE.svg|.png|.pdf [--start Y] [--end Y]
    shanghai-coop export KIND [--format csv|json|parquet|arrow] [--output F] [--start Y] [--end Y]
                              [--rule R] [--states participants|all] [--convention native|cow]
                              [--observers | --no-observers]
    shanghai-coop verify [DIRECTORY]
    shanghai-coop rehash DIRECTORY
    shanghai-coop --version

Errors print one line to standard error, with suggestions where there are any, and exit
with status 2; no traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from . import _cli_commands as cmd
from . import organisation as _default_organisation
from ._args import SCHEMES
from ._enums import Status
from .errors import AmbiguousDateError, ShanghaiCoopError
from .tables import COLUMNS, CONVENTIONS, RULES

__all__ = ["main"]

_KINDS = tuple(kind for kind in COLUMNS if kind != "panel")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on standard error and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"shanghai-coop: error: {message} (see shanghai-coop --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="shanghai-coop",
        description="Sourced facts on the Shanghai Cooperation Organisation.",
    )
    parser.add_argument("--version", action="store_true", help="print code and data versions")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _status_commands(commands)
    _summit_commands(commands)
    _office_commands(commands)
    _data_commands(commands)
    return parser


def _organisation_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--organisation",
        choices=("SCO", "S5"),
        default="SCO",
        help="SCO (default) or S5, the Shanghai Five",
    )


def _ambiguous_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--ambiguous",
        choices=("raise", "earliest", "latest"),
        default="raise",
        help="how to answer inside the uncertainty window of a roughly dated transition",
    )


def _scheme_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--scheme",
        choices=SCHEMES,
        help="what STATE is: a name, or a code of this scheme (cow: 640 or KYR; iso_numeric: 417)",
    )


def _status_commands(commands: Any) -> None:
    status = commands.add_parser("status", help="a state's status on a day, with its sources")
    status.add_argument(
        "state", help="name, alias, ISO code or Wikidata QID (or, with --scheme, a code)"
    )
    status.add_argument("date", help="YYYY-MM-DD")
    _scheme_option(status)
    _ambiguous_option(status)
    _organisation_option(status)
    status.set_defaults(run=cmd.cmd_status)

    members = commands.add_parser("members", help="the states holding a status on a day")
    members.add_argument("--on", help="YYYY-MM-DD (default: today)")
    members.add_argument(
        "--status",
        default="member",
        choices=[s.value for s in Status if s is not Status.NONE],
        help="default: member",
    )
    _ambiguous_option(members)
    _organisation_option(members)
    members.set_defaults(run=cmd.cmd_members)

    history = commands.add_parser("history", help="every status spell of a state")
    history.add_argument(
        "state", help="name, alias, ISO code or Wikidata QID (or, with --scheme, a code)"
    )
    _scheme_option(history)
    _organisation_option(history)
    history.set_defaults(run=cmd.cmd_history)


def _summit_commands(commands: Any) -> None:
    summits = commands.add_parser("summits", help="meetings of the councils")
    summits.add_argument("--council", choices=("state", "government"), help="default: both")
    summits.add_argument("--year", type=int, help="only meetings that may fall in this year")
    summits.add_argument("--host", help="only meetings hosted by this state")
    _organisation_option(summits)
    summits.set_defaults(run=cmd.cmd_summits)

    rotation = commands.add_parser("rotation", help="the rotation order of the members")
    rotation.add_argument("--on", help="YYYY-MM-DD (default: today)")
    rotation.add_argument(
        "--backtest", action="store_true", help="also compare the rule with history"
    )
    rotation.add_argument(
        "--reading",
        choices=("handover", "cycle"),
        default="handover",
        help="back-test from the previous actual host (handover) or the cycle's position",
    )
    rotation.add_argument(
        "--admitted",
        action="store_true",
        help="count a state admitted at the hand-over summit (Iran 2023 due in 2024)",
    )
    _organisation_option(rotation)
    rotation.set_defaults(run=cmd.cmd_rotation)

    next_host = commands.add_parser("next-host", help="projected hosts of the next summits")
    next_host.add_argument("--count", type=int, default=1, help="how many years (default 1)")
    next_host.add_argument(
        "--after", type=int, help="project from this year's summit (default: the latest)"
    )
    _organisation_option(next_host)
    next_host.set_defaults(run=cmd.cmd_next_host)


def _office_commands(commands: Any) -> None:
    terms = commands.add_parser("terms", help="terms of office")
    terms.add_argument("--office", choices=cmd.OFFICES, help="default: every office")
    terms.set_defaults(run=cmd.cmd_terms, organisation="SCO")

    who = commands.add_parser("who", help="who held an office on a day")
    who.add_argument("office", choices=cmd.OFFICES)
    who.add_argument("--on", help="YYYY-MM-DD (default: today)")
    _ambiguous_option(who)
    who.set_defaults(run=cmd.cmd_who, organisation="SCO")

    council = commands.add_parser("council", help="a council's latest recorded line-up")
    council.add_argument("kind", choices=("state", "government"))
    council.add_argument("--on", help="YYYY-MM-DD (default: today)")
    council.set_defaults(run=cmd.cmd_council, organisation="SCO")


def _data_commands(commands: Any) -> None:
    timeline = commands.add_parser("timeline", help="draw the membership timeline (extra: plot)")
    timeline.add_argument("--output", required=True, help="FILE.svg, FILE.png or FILE.pdf")
    timeline.add_argument("--start", type=int, default=1996, help="first year (default 1996)")
    timeline.add_argument(
        "--end", type=int, help="last year (default: the later of as_of's year and this year)"
    )
    timeline.set_defaults(run=cmd.cmd_timeline, organisation="SCO")

    _export_command(commands)

    rehash = commands.add_parser(
        "rehash", help="recompute _meta.json checksums of an edited copy of the data"
    )
    rehash.add_argument("directory")
    rehash.set_defaults(run=cmd.cmd_rehash)

    verify = commands.add_parser(
        "verify",
        help="check checksums, schemas, structure and rules of the packaged data or a copy",
    )
    verify.add_argument("directory", nargs="?", help="a copy of the data (default: packaged)")
    verify.set_defaults(run=cmd.cmd_verify)


def _export_command(commands: Any) -> None:
    export = commands.add_parser(
        "export",
        help="write records, segments or a panel as CSV, JSON, Parquet or Arrow",
        description=(
            "Write a table. With --output, CSV and JSON get a Frictionless datapackage.json"
            " beside them (field types, licence, sources, versions); Parquet and Arrow carry"
            " it in their schema metadata and need --output and the extra 'arrow'."
        ),
    )
    export.add_argument("kind", choices=(*_KINDS, "panel"))
    export.add_argument(
        "--format", choices=("csv", "json", "parquet", "arrow"), help="default: csv, or by suffix"
    )
    export.add_argument("--start", type=int, help="panel: first year (default 1996)")
    export.add_argument("--end", type=int, help="panel: last year (default: as_of's year)")
    export.add_argument(
        "--rule",
        choices=tuple(RULES),
        help="panel: how a year's status is decided (default jan1, any under --convention cow)",
    )
    export.add_argument(
        "--states",
        choices=("participants", "all"),
        default="participants",
        help="panel: participant states (default) or every ISO country",
    )
    export.add_argument(
        "--convention",
        choices=tuple(CONVENTIONS),
        default="native",
        help="panel: the coding of cow_igo (default native; cow: COW IGO v3's own)",
    )
    export.add_argument(
        "--observers",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="panel: code observers and partners 3 in cow_igo (default: native only)",
    )
    export.add_argument("--output", help="a file (default: standard output, CSV or JSON only)")
    export.set_defaults(run=cmd.cmd_export, organisation="SCO")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments after the program name; ``None`` for ``sys.argv[1:]``.

    Returns:
        The exit status: 0 on success, 2 on any error (after one line on standard error), 1
        when the reader of the output went away (a broken pipe, as in ``... | head``).

    Example:
        >>> main(["status", "Iran", "2023-07-04"])  # doctest: +ELLIPSIS
        Iran (IRN) on 2023-07-04: member of the Shanghai Cooperation Organisation
        spell: member from 2023-07-04, open [SCO/IRN/member/2023-07-04]
        confidence: verified
        accession steps:
          - 2008 application [IRN/application/2008]
        ...
        0
    """
    _escape_unprintable()
    argv = [_typed(arg) for arg in (sys.argv[1:] if argv is None else argv)]
    parser = _parser()
    args = parser.parse_args(argv)
    if args.version:
        from . import __version__, data_version

        sco = _default_organisation()
        print(f"shanghai_coop {__version__} (data {data_version()}, as of {sco.as_of.isoformat()})")
        return 0
    if args.command is None:
        parser.print_usage(sys.stderr)
        print("shanghai-coop: error: give a command, or --help", file=sys.stderr)
        return 2
    try:
        result: int = args.run(args)
    except ShanghaiCoopError as error:
        message = str(error)
        if isinstance(error, AmbiguousDateError):
            message = message.split("; pass ambiguous=")[0]
            message += "; pass --ambiguous earliest or --ambiguous latest to choose"
        print(f"shanghai-coop: error: {message}", file=sys.stderr)
        return 2
    except ImportError as error:  # an optional dependency imported directly (matplotlib)
        print(
            f"shanghai-coop: error: {error}; install it with: pip install 'shanghai_coop[plot]'",
            file=sys.stderr,
        )
        return 2
    except BrokenPipeError:  # `shanghai-coop members | head`: stop quietly, but say it failed
        _silence_stdout()
        return 1
    except OSError as error:  # output that cannot be written, such as a full disk
        where = f"{error.filename}: " if error.filename else ""
        print(f"shanghai-coop: error: {where}{error.strerror or error}", file=sys.stderr)
        return 2
    return result


def _escape_unprintable() -> None:
    """Russian and Chinese names on a terminal that cannot show them: escape, never crash.

    (Exports are written as UTF-8 bytes whatever the terminal: see ``_cli_commands``.)
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            reconfigure(errors="backslashreplace")


def _typed(arg: str) -> str:
    """An argument as the user typed it: UTF-8 bytes that the locale could not decode.

    Under ``LC_ALL=C`` Python decodes ``Казахстан`` into surrogate escapes; the bytes are
    UTF-8, so decode them as such. Bytes that are not UTF-8 keep their escapes (and will
    match nothing, with a clear error).
    """
    if arg.isascii() or not any("\udc80" <= char <= "\udcff" for char in arg):
        return arg
    try:
        return arg.encode(sys.getfilesystemencoding(), "surrogateescape").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return arg


def _silence_stdout() -> None:
    """After a broken pipe: send what is left to /dev/null, so that exiting prints nothing."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (captured output in tests)
        pass
