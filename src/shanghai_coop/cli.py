"""The command line: ``shanghai-coop`` and ``python -m shanghai_coop``.

Commands (``shanghai-coop COMMAND --help`` for each)::

    shanghai-coop status STATE DATE [--ambiguous raise|earliest|latest] [--organisation SCO|S5]
    shanghai-coop members [--on DATE] [--status STATUS] [--ambiguous ...] [--organisation ...]
    shanghai-coop history STATE [--organisation SCO|S5]
    shanghai-coop summits [--council state|government] [--year Y] [--host STATE]
    shanghai-coop rotation [--on DATE] [--backtest]
    shanghai-coop next-host [--count N] [--after YEAR]
    shanghai-coop terms [--office OFFICE]
    shanghai-coop who OFFICE [--on DATE] [--ambiguous ...]
    shanghai-coop council state|government [--on DATE]
    shanghai-coop timeline --output FILE.svg|.png|.pdf [--start Y] [--end Y]
    shanghai-coop export KIND [--format csv|json] [--start Y] [--end Y] [--rule R] [--output F]
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
from datetime import date
from typing import TYPE_CHECKING, NoReturn

from . import organisation as _default_organisation
from ._enums import Status
from ._organisation import Organisation
from .dates import to_date
from .errors import (
    AmbiguousDateError,
    InvalidArgumentError,
    NotRecordedError,
    ShanghaiCoopError,
)

if TYPE_CHECKING:
    from .model import Membership, Qualifier, Summit, Term

__all__ = ["main"]


def _org(args: argparse.Namespace) -> Organisation:
    sco = _default_organisation()
    if args.organisation == "SCO":
        return sco
    return Organisation.load(organisation=args.organisation)


def _on(args: argparse.Namespace) -> str:
    """The ``--on`` date as ISO text; today when not given (an empty value is an error)."""
    if args.on is None:
        return date.today().isoformat()
    return to_date(args.on, "--on").isoformat()


def _sources(org: Organisation, source_ids: Sequence[str]) -> None:
    print("sources:")
    for source_id in source_ids:
        print(_source_line(org, source_id))


def _source_line(org: Organisation, source_id: str) -> str:
    source = org.source(source_id)
    where = f", {source.section}" if source.section and source.kind == "seed" else ""
    who = f" ({source.publisher}{', ' + str(source.published) if source.published else ''})"
    url = f" <{source.url}>" if source.url else ""
    return f"  - {source.title}{where}{who}{url}"


def _span(start: object, end: object) -> str:
    return f"from {start} to {end}" if end is not None else f"from {start}, open"


def _qualifier_span(org: Organisation, spell: Membership, qualifier: Qualifier) -> str:
    """The qualifier's span, from when it began if it continued from an earlier spell."""
    since = org.qualifier_since(spell, qualifier)
    if since == qualifier.start:
        return _span(qualifier.start, qualifier.end)
    continued = f"{since} (continued across the change of status on {qualifier.start})"
    return _span(continued, qualifier.end)


def _after_as_of(org: Organisation, on: str) -> None:
    """Say so when a day lies after the data's as_of: the answer is the last known state."""
    if on > org.as_of.isoformat():
        print(f"note: {on} is after the data's as_of ({org.as_of}): the last known state")


def _cmd_status(args: argparse.Namespace) -> int:
    org = _org(args)
    state = org.resolve(args.state)
    on = to_date(args.date, "DATE").isoformat()
    status = org.status_of(state, on, ambiguous=args.ambiguous)
    if status is Status.NONE:
        print(f"{state.name} ({state.id}) on {on}: no status in the {org.name}")
        _after_as_of(org, on)
        return 0
    print(f"{state.name} ({state.id}) on {on}: {status.value} of the {org.name}")
    _after_as_of(org, on)
    spell = org.membership(state, on, ambiguous=args.ambiguous)
    if spell is None:  # pragma: no cover - status and spells agree (tested)
        return 0
    print(f"spell: {spell.status.value} {_span(spell.start, spell.end)} [{spell.id}]")
    if spell.approved is not None:
        print(f"approved: {spell.approved}")
    for qualifier in spell.qualifiers_on(on):
        print(f"qualifier: {qualifier.kind.value} {_qualifier_span(org, spell, qualifier)}")
    if spell.note:
        print(f"note: {spell.note}")
    _sources(org, spell.sources)
    return 0


def _cmd_members(args: argparse.Namespace) -> int:
    org = _org(args)
    on = _on(args)
    states = org.with_status(args.status, on, ambiguous=args.ambiguous)
    print(f"{args.status} of the {org.name} on {on}: {len(states)}")
    _after_as_of(org, on)
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
        extra = ", ".join(
            f"{q.kind.value} {_qualifier_span(org, spell, q)}" for q in spell.qualifiers
        )
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


def _dates(summit: Summit) -> str:
    return f"{summit.start}..{summit.end}" if summit.end else str(summit.start)


def _cmd_summits(args: argparse.Namespace) -> int:
    org = _org(args)
    council = args.council  # "state", "government" or None: short forms the API takes
    between = None
    if args.year is not None:
        if not 1 <= args.year <= 9999:
            raise InvalidArgumentError("--year", args.year, ["a year from 1 to 9999"])
        between = (f"{args.year:04d}-01-01", f"{args.year:04d}-12-31")
    found = org.summits(council=council, between=between, host=args.host)
    rows = [
        (
            s.id,
            _dates(s),
            "state" if s.council.value == "heads_of_state" else "government",
            s.host.name if s.host else "unknown",
            s.city
            or (
                "(videoconference)"
                if s.format and s.format.value == "videoconference"
                else "unknown"
            ),
            s.format.value if s.format else "unknown",
            s.status.value,
        )
        for s in found
    ]
    print(f"{len(rows)} meeting(s) of the {org.name}")
    _table(("id", "dates", "council", "host", "city", "format", "status"), rows)
    return 0


def _cmd_rotation(args: argparse.Namespace) -> int:
    org = _org(args)
    on = _on(args)
    order = org.rotation_order(on)
    print(f"rotation order of the {org.name} on {on} (Russian alphabetical order):")
    rows = [(str(i), s.names.ru_short or "", s.name, s.id) for i, s in enumerate(order, 1)]
    _table(("#", "Russian", "English", "ISO"), rows)
    if args.backtest:
        print()
        print("back-test of the rule against the heads-of-state summits held:")
        backtest = [
            (
                r.summit.id,
                r.summit.status.value,
                r.actual.name if r.actual else "unknown",
                r.predicted.name if r.predicted else "-",
                {True: "yes", False: "NO", None: "-"}[r.followed],
            )
            for r in org.rotation_backtest()
        ]
        _table(("summit", "status", "host", "rule predicts", "followed"), backtest)
    return 0


def _cmd_next_host(args: argparse.Namespace) -> int:
    org = _org(args)
    after: object = args.after
    if after is None:  # the latest summit of this year or before, held or planned
        this_year = date.today().year
        known = [s for s in org.summits(council="heads_of_state") if s.first_day.year <= this_year]
        if not known:
            raise NotRecordedError(
                f"the {org.name} records no heads-of-state summit to project from"
            )
        after = known[-1]
    projections = org.projected_hosts(after, args.count)
    basis = projections[0].basis
    host = basis.host.name if basis.host else "unknown host"
    print(
        f"PROJECTION by the rotation rule, after {basis.id} ({host}, {basis.status.value});"
        " not a recorded fact"
    )
    rows = []
    for p in projections:
        recorded = "-"
        if p.recorded is not None:
            host = p.recorded.host.name if p.recorded.host else "unknown"
            recorded = f"{host} ({p.recorded.status.value}, {p.recorded.id})"
        rows.append((str(p.year), p.host.name, p.host.names.ru_short or "", recorded))
    _table(("year", "projected host", "Russian", "recorded in the data"), rows)
    print(f"rule: {projections[0].rule}")
    return 0


_OFFICES = ("secretary_general", "rats_director", "executive_secretary")


def _term_row(term: Term) -> tuple[str, str, str, str, str]:
    return (
        term.office.en,
        term.holder.name,
        term.state.name if term.state else "not confirmed",
        str(term.start),
        str(term.end) if term.end else "present",
    )


def _cmd_terms(args: argparse.Namespace) -> int:
    org = _org(args)
    terms = org.terms(args.office)
    print(f"{len(terms)} term(s) of office in the {org.name} (intervals [from, until))")
    _table(("office", "holder", "nominated by", "from", "until"), [_term_row(t) for t in terms])
    return 0


def _cmd_who(args: argparse.Namespace) -> int:
    org = _org(args)
    on = _on(args)
    term = org.holder(args.office, on, ambiguous=args.ambiguous)
    if term is None:
        print(f"{args.office} on {on}: nobody (the office did not exist or was vacant)")
        return 0
    state = f", {term.state.name}" if term.state else ""
    print(f"{term.office.en} on {on}: {term.holder.name}{state}")
    _after_as_of(org, on)
    until = term.end or "present"
    print(f"term: {term.start} to {until} (that day excluded) [{term.id}]")
    if term.note:
        print(f"note: {term.note}")
    _sources(org, term.sources)
    return 0


def _cmd_council(args: argparse.Namespace) -> int:
    org = _org(args)
    on = _on(args)
    roster = org.council(args.kind, on)
    print(
        f"Council of Heads of {args.kind.capitalize()} as recorded on {roster.as_of}"
        f" ({roster.basis}; the latest roster on or before {on})"
    )
    rows = []
    for entry in roster.entries:
        attended = ""
        if entry.represented_by is not None:
            attended = f"{entry.represented_by.name} ({entry.represented_role or 'deputy'})"
        rows.append((entry.state.name, entry.member.name, entry.role, attended))
    _table(("state", "member", "role", "attended instead"), rows)
    for excluded in roster.excluded:
        print(f"left out: {excluded.state.name}: {excluded.note or ''}")
    return 0


def _cmd_timeline(args: argparse.Namespace) -> int:
    import os

    suffix = os.path.splitext(args.output)[1].lower()
    if suffix not in (".svg", ".png", ".pdf"):
        raise InvalidArgumentError("--output", args.output, ["a file ending .svg, .png or .pdf"])
    import matplotlib

    matplotlib.use("Agg")
    org = _org(args)
    ax = org.plot_timeline(start=args.start, end=args.end)
    ax.figure.savefig(args.output, dpi=150)
    print(f"wrote {args.output}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    org = _org(args)
    if args.kind == "panel":
        start = args.start if args.start is not None else 1996
        end = args.end if args.end is not None else org.as_of.year
        table = org.country_year(start, end, states=args.states, rule=args.rule)
    else:
        table = org.records(args.kind)
    text = table.to_csv() if args.format == "csv" else table.to_json() + "\n"
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        print(f"wrote {len(table)} rows to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    from ._lint import lint
    from ._load import DATA_FILES, read
    from ._structure import structure
    from .errors import DataError

    raw = read(args.directory, verify=True)
    problems = lint(structure(raw))
    where = args.directory or "the packaged data"
    if problems:
        raise DataError(where, problems)
    print(
        f"{where}: OK: {len(DATA_FILES)} files match their checksums, every record is"
        f" well-formed and passes the linter (data {raw.meta['data_version']},"
        f" as of {raw.meta['as_of']})"
    )
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

    summits = commands.add_parser("summits", help="meetings of the councils")
    summits.add_argument("--council", choices=("state", "government"), help="default: both")
    summits.add_argument("--year", type=int, help="only meetings that may fall in this year")
    summits.add_argument("--host", help="only meetings hosted by this state")
    organisation_option(summits)
    summits.set_defaults(run=_cmd_summits)

    rotation = commands.add_parser("rotation", help="the rotation order of the members")
    rotation.add_argument("--on", help="YYYY-MM-DD (default: today)")
    rotation.add_argument(
        "--backtest", action="store_true", help="also compare the rule with history"
    )
    organisation_option(rotation)
    rotation.set_defaults(run=_cmd_rotation)

    next_host = commands.add_parser("next-host", help="projected hosts of the next summits")
    next_host.add_argument("--count", type=int, default=1, help="how many years (default 1)")
    next_host.add_argument(
        "--after", type=int, help="project from this year's summit (default: the latest)"
    )
    organisation_option(next_host)
    next_host.set_defaults(run=_cmd_next_host)

    terms = commands.add_parser("terms", help="terms of office")
    terms.add_argument("--office", choices=_OFFICES, help="default: every office")
    terms.set_defaults(run=_cmd_terms, organisation="SCO")

    who = commands.add_parser("who", help="who held an office on a day")
    who.add_argument("office", choices=_OFFICES)
    who.add_argument("--on", help="YYYY-MM-DD (default: today)")
    ambiguous_option(who)
    who.set_defaults(run=_cmd_who, organisation="SCO")

    council = commands.add_parser("council", help="a council's latest recorded line-up")
    council.add_argument("kind", choices=("state", "government"))
    council.add_argument("--on", help="YYYY-MM-DD (default: today)")
    council.set_defaults(run=_cmd_council, organisation="SCO")

    timeline = commands.add_parser("timeline", help="draw the membership timeline (extra: plot)")
    timeline.add_argument("--output", required=True, help="FILE.svg, FILE.png or FILE.pdf")
    timeline.add_argument("--start", type=int, default=1996, help="first year (default 1996)")
    timeline.add_argument(
        "--end", type=int, help="last year (default: the later of as_of's year and this year)"
    )
    timeline.set_defaults(run=_cmd_timeline, organisation="SCO")

    export = commands.add_parser("export", help="write records or a panel as CSV or JSON")
    export.add_argument(
        "kind",
        choices=(
            "spells",
            "states",
            "summits",
            "terms",
            "relations",
            "applications",
            "rosters",
            "panel",
        ),
    )
    export.add_argument("--format", choices=("csv", "json"), default="csv")
    export.add_argument("--start", type=int, help="panel: first year (default 1996)")
    export.add_argument("--end", type=int, help="panel: last year (default: as_of's year)")
    export.add_argument(
        "--rule",
        choices=("jan1", "dec31", "any", "majority"),
        default="jan1",
        help="panel: how a year's status is decided (default jan1)",
    )
    export.add_argument(
        "--states",
        choices=("participants", "all"),
        default="participants",
        help="panel: participant states (default) or every ISO country",
    )
    export.add_argument("--output", help="a file (default: standard output)")
    export.set_defaults(run=_cmd_export, organisation="SCO")

    rehash = commands.add_parser(
        "rehash", help="recompute _meta.json checksums of an edited copy of the data"
    )
    rehash.add_argument("directory")
    rehash.set_defaults(run=_cmd_rehash)

    verify = commands.add_parser(
        "verify", help="check checksums, structure and rules of the packaged data or a copy"
    )
    verify.add_argument("directory", nargs="?", help="a copy of the data (default: packaged)")
    verify.set_defaults(run=_cmd_verify)
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
    for stream in (sys.stdout, sys.stderr):
        # Russian and Chinese names on a terminal that cannot show them: escape, never crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            reconfigure(errors="backslashreplace")
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
    except BrokenPipeError:  # `shanghai-coop members | head`
        sys.stderr.close()
        return 0
    except OSError as error:  # output that cannot be written, such as a full disk
        where = f"{error.filename}: " if error.filename else ""
        print(f"shanghai-coop: error: {where}{error.strerror or error}", file=sys.stderr)
        return 2
    return result
