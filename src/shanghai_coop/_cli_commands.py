"""The commands of the command line (:mod:`shanghai_coop.cli`): one function per command.

Each takes the parsed arguments, prints its answer to standard output and returns the exit
status; errors are raised and turned into one line on standard error by ``cli.main``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from . import _args
from . import organisation as _default_organisation
from ._enums import Status
from ._organisation import Organisation
from .dates import to_date
from .errors import InvalidArgumentError, NotRecordedError

if TYPE_CHECKING:
    from .model import Answer, Membership, Qualifier, Summit, Term

#: The offices ``who`` and ``terms`` know.
OFFICES = ("secretary_general", "rats_director", "executive_secretary")


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
    where = f", {source.section}" if source.section and source.form == "seed" else ""
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


def _accession(answer: Answer) -> None:
    """The accession steps taken by the day (and those possibly taken), in order."""
    if answer.accession_steps or answer.possible_accession_steps:
        print("accession steps:")
    for step in answer.accession_steps:
        print(f"  - {step.date} {step.step.label} [{step.id}]")
    for step in answer.possible_accession_steps:
        print(f"  - {step.date} {step.step.label} (possibly by then) [{step.id}]")


def cmd_status(args: argparse.Namespace) -> int:
    org = _org(args)
    state = org.resolve(args.state, scheme=args.scheme)
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
    print(f"confidence: {spell.confidence.value}")
    if spell.approved is not None:
        print(f"approved: {spell.approved}")
    for qualifier in spell.qualifiers_on(on):
        print(f"qualifier: {qualifier.kind.value} {_qualifier_span(org, spell, qualifier)}")
    for qualifier in spell.possible_qualifiers_on(on):
        span = _qualifier_span(org, spell, qualifier)
        print(
            f"possible qualifier: {qualifier.kind.value} {span} (its date is not known to the day)"
        )
    _accession(org.answer(state, on, ambiguous=args.ambiguous))
    if spell.note:
        print(f"note: {spell.note}")
    _sources(org, spell.sources)
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    org = _org(args)
    on = _on(args)
    states = org.with_status(args.status, on, ambiguous=args.ambiguous)
    print(f"{args.status} of the {org.name} on {on}: {len(states)}")
    _after_as_of(org, on)
    rows = [(s.id, s.name, s.names.ru_short or "", s.names.zh_short or "") for s in states]
    _table(("ISO", "name", "Russian", "Chinese"), rows)
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    org = _org(args)
    state = org.resolve(args.state, scheme=args.scheme)
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
                spell.confidence.value,
                "; ".join(x for x in (approved, extra) if x),
            )
        )
    _table(("status", "from", "until", "confidence", "remarks"), rows)
    return 0


def _dates(summit: Summit) -> str:
    return f"{summit.start}..{summit.end}" if summit.end else str(summit.start)


def cmd_summits(args: argparse.Namespace) -> int:
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
            s.confidence.value,
        )
        for s in found
    ]
    if not rows and args.year is not None:
        print(_no_meeting(org, council, args.year))
        return 0
    print(f"{len(rows)} meeting{'' if len(rows) == 1 else 's'} of the {org.name}")
    _table(("id", "dates", "council", "host", "city", "format", "status", "confidence"), rows)
    return 0


_COUNCILS = {"state": "Council of Heads of State", "government": "Council of Heads of Government"}


def _no_meeting(org: Organisation, council: str | None, year: int) -> str:
    """Why a year has no meeting: the record says the council did not meet, or none is known."""
    sentences = []
    for short in (council,) if council else ("state", "government"):
        name = _COUNCILS[short]
        skipped = [
            s
            for s in org.summits(council=_args.council(short), status="not_held")
            if s.first_day.year == year
        ]
        if skipped:
            sentences.append(f"the {name} did not meet in {year} [{skipped[0].id}]")
        else:
            sentences.append(f"no meeting of the {name} in {year} is recorded")
    return f"{org.name}: " + "; ".join(sentences)


def cmd_rotation(args: argparse.Namespace) -> int:
    org = _org(args)
    on = _on(args)
    order = org.rotation_order(on)
    print(f"rotation order of the {org.name} on {on} (Russian alphabetical order):")
    rows = [(str(i), s.names.ru_short or "", s.name, s.id) for i, s in enumerate(order, 1)]
    _table(("#", "Russian", "English", "ISO"), rows)
    if args.backtest:
        print()
        admitted = "counted" if args.admitted else "not counted"
        print(
            "back-test of the rule against the heads-of-state summits held"
            f" (reading: {args.reading}; a state admitted at the hand-over summit {admitted}):"
        )
        backtest = [
            (
                r.summit.id,
                r.summit.status.value,
                r.actual.name if r.actual else "unknown",
                r.predicted.name if r.predicted else "-",
                {True: "yes", False: "NO", None: "-"}[r.followed],
            )
            for r in org.rotation_backtest(args.reading, args.admitted)
        ]
        _table(("summit", "status", "host", "rule predicts", "followed"), backtest)
    return 0


def cmd_next_host(args: argparse.Namespace) -> int:
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


def _term_row(term: Term) -> tuple[str, str, str, str, str, str]:
    return (
        term.office.en,
        term.holder.name,
        term.state.name if term.state else "not confirmed",
        str(term.start),
        str(term.end) if term.end else "present",
        term.confidence.value,
    )


def cmd_terms(args: argparse.Namespace) -> int:
    org = _org(args)
    terms = org.terms(args.office)
    print(f"{len(terms)} term(s) of office in the {org.name} (intervals [from, until))")
    headers = ("office", "holder", "nominated by", "from", "until", "confidence")
    _table(headers, [_term_row(t) for t in terms])
    return 0


def cmd_who(args: argparse.Namespace) -> int:
    org = _org(args)
    on = _on(args)
    term = org.holder(args.office, on, ambiguous=args.ambiguous)
    if term is None:
        office = next(o for o in org.offices() if o.id == args.office)
        why = "did not exist yet" if on < office.start.earliest.isoformat() else "was vacant"
        print(f"{office.en} on {on}: nobody held the office (it {why})")
        return 0
    state = f", {term.state.name}" if term.state else ""
    print(f"{term.office.en} on {on}: {term.holder.name}{state}")
    _after_as_of(org, on)
    until = term.end or "present"
    print(f"term: {term.start} to {until} (that day excluded) [{term.id}]")
    print(f"confidence: {term.confidence.value}")
    if term.note:
        print(f"note: {term.note}")
    _sources(org, term.sources)
    return 0


def cmd_council(args: argparse.Namespace) -> int:
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


def cmd_timeline(args: argparse.Namespace) -> int:
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


def cmd_export(args: argparse.Namespace) -> int:
    org = _org(args)
    if args.kind == "panel":
        start = args.start if args.start is not None else 1996
        end = args.end if args.end is not None else org.as_of.year
        table = org.country_year(
            start,
            end,
            states=args.states,
            rule=args.rule,
            convention=args.convention,
            observers=args.observers,
        )
    else:
        table = org.records(args.kind)
    if args.output:
        data_file, *descriptor = table.export(args.output, format=args.format)
        also = f" (metadata: {descriptor[0]})" if descriptor else ""
        print(f"wrote {len(table)} rows to {data_file}{also}", file=sys.stderr)
        return 0
    if args.format in ("parquet", "arrow"):
        raise InvalidArgumentError("--output", None, [f"a file to write {args.format} to"])
    text = table.to_json() if args.format == "json" else table.to_csv()
    # UTF-8 bytes whatever the terminal's encoding: a file, not a display
    write_bytes(text.encode("utf-8"))
    return 0


def write_bytes(blob: bytes) -> None:
    """Write bytes to standard output, all of them or a ``BrokenPipeError``.

    Written to the file descriptor in blocks, so that a reader that goes away (``| head``)
    is noticed at once rather than lost in a buffered writer's partial write.
    """
    sys.stdout.flush()
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # no descriptor: captured output
        sys.stdout.buffer.write(blob)
        sys.stdout.buffer.flush()
        return
    import os

    view = memoryview(blob)
    while view:
        view = view[os.write(descriptor, view[: 1 << 16]) :]


def cmd_verify(args: argparse.Namespace) -> int:
    from ._dataset import checked
    from ._load import DATA_FILES

    data = checked(args.directory)
    where = args.directory or "the packaged data"
    print(
        f"{where}: OK: {len(DATA_FILES)} files match their checksums and their JSON Schemas,"
        f" every record is well-formed and passes the linter (data {data.data_version},"
        f" as of {data.as_of.isoformat()})"
    )
    return 0


def cmd_rehash(args: argparse.Namespace) -> int:
    from ._load import write_meta

    meta = write_meta(args.directory)
    print(f"wrote {args.directory}/_meta.json for {len(meta['files'])} files")
    return 0


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        cells = (str(cell).ljust(width) for cell, width in zip(row, widths, strict=True))
        print("  ".join(cells).rstrip())
