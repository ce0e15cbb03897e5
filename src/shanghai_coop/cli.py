"""The command line: ``shanghai-coop`` and ``python -m shanghai_coop``.

Commands::

    shanghai-coop status STATE DATE [--ambiguous raise|earliest|latest] [--organisation SCO|S5]
    shanghai-coop members [--on DATE] [--status STATUS] [--organisation SCO|S5]
    shanghai-coop history STATE [--organisation SCO|S5]
    shanghai-coop rehash DIRECTORY
    shanghai-coop --version

Errors print one line to standard error, with suggestions where there are any, and exit
with status 2; no traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date

from . import organisation as _default_organisation
from ._enums import Status
from ._organisation import Organisation
from .errors import AmbiguousDateError, ShanghaiCoopError

__all__ = ["main"]


def _org(args: argparse.Namespace) -> Organisation:
    sco = _default_organisation()
    if args.organisation == "SCO":
        return sco
    return Organisation.load(organisation=args.organisation)


def _source_line(org: Organisation, source_id: str) -> str:
    source = org.source(source_id)
    where = f", {source.section}" if source.section and source.kind == "seed" else ""
    who = f" ({source.publisher}{', ' + str(source.published) if source.published else ''})"
    url = f" <{source.url}>" if source.url else ""
    return f"  - {source.title}{where}{who}{url}"


def _span(start: object, end: object) -> str:
    return f"from {start} to {end}" if end is not None else f"from {start}, open"


def _cmd_status(args: argparse.Namespace) -> int:
    org = _org(args)
    state = org.resolve(args.state)
    status = org.status_of(state, args.date, ambiguous=args.ambiguous)
    on = args.date
    print(f"{state.name} ({state.id}) on {on}: {status.value} of the {org.name}")
    spell = org.membership(state, on, ambiguous=args.ambiguous)
    if spell is None:
        print("no spell: the state had no status in the organisation that day")
        return 0
    print(f"spell: {spell.status.value} {_span(spell.start, spell.end)} [{spell.id}]")
    if spell.approved is not None:
        print(f"approved: {spell.approved}")
    for qualifier in spell.qualifiers_on(on):
        print(f"qualifier: {qualifier.kind.value} {_span(qualifier.start, qualifier.end)}")
    if spell.note:
        print(f"note: {spell.note}")
    print("sources:")
    for source_id in spell.sources:
        print(_source_line(org, source_id))
    return 0


def _cmd_members(args: argparse.Namespace) -> int:
    org = _org(args)
    on = args.on or date.today().isoformat()
    states = org.with_status(args.status, on, ambiguous=args.ambiguous)
    print(f"{args.status} of the {org.name} on {on}: {len(states)}")
    rows = [(s.id, s.name, s.names.ru_short or "", s.names.zh_short or "") for s in states]
    _table(("ISO", "name", "Russian", "Chinese"), rows)
    return 0


def _cmd_history(args: argparse.Namespace) -> int:
    org = _org(args)
    state = org.resolve(args.state)
    spells = org.history(state)
    print(f"{state.name} ({state.id}) in the {org.name}: {len(spells)} spell(s)")
    rows = []
    for spell in spells:
        extra = ", ".join(f"{q.kind.value} {_span(q.start, q.end)}" for q in spell.qualifiers)
        approved = f"approved {spell.approved}" if spell.approved else ""
        rows.append(
            (
                spell.status.value,
                str(spell.start),
                str(spell.end) if spell.end else "open",
                "; ".join(x for x in (approved, extra) if x),
            )
        )
    _table(("status", "from", "until", "remarks"), rows)
    return 0


def _cmd_rehash(args: argparse.Namespace) -> int:
    from ._load import write_meta

    meta = write_meta(args.directory)
    print(f"wrote {args.directory}/_meta.json for {len(meta['files'])} files")
    return 0


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        cells = (str(cell).ljust(width) for cell, width in zip(row, widths, strict=True))
        print("  ".join(cells).rstrip())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shanghai-coop",
        description="Sourced facts on the Shanghai Cooperation Organisation.",
    )
    parser.add_argument("--version", action="store_true", help="print code and data versions")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def organisation_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--organisation",
            choices=("SCO", "S5"),
            default="SCO",
            help="SCO (default) or S5, the Shanghai Five",
        )

    def ambiguous_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--ambiguous",
            choices=("raise", "earliest", "latest"),
            default="raise",
            help="how to answer inside the uncertainty window of a roughly dated transition",
        )

    status = commands.add_parser("status", help="a state's status on a day, with its sources")
    status.add_argument("state", help="name, alias, ISO code or Wikidata QID")
    status.add_argument("date", help="YYYY-MM-DD")
    ambiguous_option(status)
    organisation_option(status)
    status.set_defaults(run=_cmd_status)

    members = commands.add_parser("members", help="the states holding a status on a day")
    members.add_argument("--on", help="YYYY-MM-DD (default: today)")
    members.add_argument(
        "--status",
        default="member",
        choices=[s.value for s in Status if s is not Status.NONE],
        help="default: member",
    )
    ambiguous_option(members)
    organisation_option(members)
    members.set_defaults(run=_cmd_members)

    history = commands.add_parser("history", help="every status spell of a state")
    history.add_argument("state", help="name, alias, ISO code or Wikidata QID")
    organisation_option(history)
    history.set_defaults(run=_cmd_history)

    rehash = commands.add_parser(
        "rehash", help="recompute _meta.json checksums of an edited copy of the data"
    )
    rehash.add_argument("directory")
    rehash.set_defaults(run=_cmd_rehash)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments after the program name; ``None`` for ``sys.argv[1:]``.

    Returns:
        The exit status: 0 on success, 2 on any error (after one line on standard error).

    Example:
        >>> main(["status", "Iran", "2023-07-04"])  # doctest: +ELLIPSIS
        Iran (IRN) on 2023-07-04: member of the Shanghai Cooperation Organisation
        spell: member from 2023-07-04, open [SCO/IRN/member/2023-07-04]
        sources:
        ...
        0
    """
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
    except BrokenPipeError:  # `shanghai-coop members | head`
        sys.stderr.close()
        return 0
    return result
