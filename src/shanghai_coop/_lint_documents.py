"""The data linter's rules for the documents register, accession steps and chairmanships.

See :mod:`._lint` for what the linter checks and what it leaves to the JSON Schemas. The
rules here tie the newer records to the rest: a document's body is one of its
organisation's bodies, a category names a document of the register, a state's accession
steps come in order and agree with its spells and applications, a chairmanship begins and
ends at meetings of the Council of Heads of State and is held by the host of the meeting
it leads to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from ._enums import AccessionStepKind, Council, QualifierKind, Status, SummitStatus
from ._lint_rules import certainly_member, check_day, check_interval, check_variant, duplicates

if TYPE_CHECKING:
    from ._dataset import Dataset
    from .model import AccessionStep, Chairmanship, Document, PartialDate, Summit

__all__ = ["OUTSIDE_BODIES", "lint_accession", "lint_chairmanships", "lint_documents"]

Cite = Callable[[str, str, Iterable[str]], None]

#: Bodies outside the organisation that adopt documents about it.
OUTSIDE_BODIES = frozenset({"un_general_assembly"})


def lint_documents(data: Dataset, cite: Cite) -> list[str]:
    """Documents: ids unique and sorted, bodies known, dates in bounds, everything sourced."""
    file = "documents.json"
    documents = data.documents()
    problems = duplicates(file, [d.id for d in documents])
    order = [(d.date.earliest, d.id) for d in documents]
    if order != sorted(order):
        problems.append(f"{file}: documents are not sorted by date and id")
    for doc in documents:
        problems += _lint_document(data, doc, cite)
    ids = {d.id for d in documents}
    for org_id in data.organisations:
        for category in data.organisation(org_id).categories:
            where = f"organisations.json: {org_id} category {category.status.value}"
            if category.document is not None and category.document not in ids:
                problems.append(f"{where}: unknown document {category.document!r}")
            for variant in category.variants:
                cite("organisations.json", f"{where} variant", variant.sources)
                problems += check_variant(where, variant.field, variant.value)
    return problems


def _lint_document(data: Dataset, doc: Document, cite: Cite) -> list[str]:
    file = "documents.json"
    where = f"{file}: {doc.id}"
    problems: list[str] = []
    cite(file, doc.id, doc.sources)
    cite(file, f"{doc.id} title", doc.title_sources)
    cite(file, f"{doc.id} in_force", doc.in_force_sources)
    if doc.organisation not in data.organisations:
        problems.append(f"{where}: unknown organisation {doc.organisation!r}")
        return problems
    bodies = {b.id for b in data.organisation(doc.organisation).bodies} | OUTSIDE_BODIES
    if doc.body is not None and doc.body not in bodies:
        problems.append(f"{where}: unknown body {doc.body!r}; expected one of {sorted(bodies)}")
    problems += check_day(f"{where}: date", doc.date, data.as_of)
    if doc.in_force is not None:
        problems += check_day(f"{where}: in_force", doc.in_force, data.as_of)
        if doc.in_force.latest < doc.date.earliest:
            problems.append(f"{where}: in force {doc.in_force} before its date {doc.date}")
    if (doc.in_force is None) != (not doc.in_force_sources):
        problems.append(f"{where}: in_force and in_force_sources go together")
    parties = [p.id for p in doc.parties]
    twice = sorted({p for p in parties if parties.count(p) > 1})
    problems += [f"{where}: party {p} is listed twice" for p in twice]
    for variant in doc.variants:
        cite(file, f"{doc.id} variant {variant.field}", variant.sources)
        problems += check_variant(where, variant.field, variant.value)
    return problems


def lint_accession(data: Dataset, cite: Cite) -> list[str]:
    """Accession steps: ids from content, in order per state, agreeing with spells."""
    file = "documents.json"
    steps = data.accession_steps()
    problems = duplicates(file, [s.id for s in steps])
    order = [(s.organisation, s.state.id, s.date.earliest, s.step.rank) for s in steps]
    if order != sorted(order):
        problems.append(f"{file}: accession steps are not sorted by organisation, state, date")
    documents = {d.id for d in data.documents()}
    by_state: dict[tuple[str, str], list[AccessionStep]] = {}
    for step in steps:
        where = f"{file}: accession {step.id}"
        cite(file, f"accession {step.id}", step.sources)
        expected = f"{step.state.id}/{step.step.value}/{step.date}"
        if step.id != expected:
            problems.append(f"{where}: id does not match its content; expected {expected!r}")
        if step.organisation not in data.organisations:
            problems.append(f"{where}: unknown organisation {step.organisation!r}")
            continue
        problems += check_day(f"{where}: date", step.date, data.as_of)
        if step.document is not None and step.document not in documents:
            problems.append(f"{where}: unknown document {step.document!r}")
        for variant in step.variants:
            cite(file, f"accession {step.id} variant", variant.sources)
            problems += check_variant(where, variant.field, variant.value)
        problems += _agrees_with_record(data, step, where)
        by_state.setdefault((step.organisation, step.state.id), []).append(step)
    for (org_id, state_id), mine in sorted(by_state.items()):
        where = f"{file}: accession of {state_id} to {org_id}"
        kinds = [s.step for s in mine]
        problems += [f"{where}: two {k.value} steps" for k in set(kinds) if kinds.count(k) > 1]
        ranked = sorted(mine, key=lambda s: s.step.rank)
        for before, after in pairwise(ranked):
            if before.date.earliest > after.date.latest:
                problems.append(
                    f"{where}: {after.step.value} {after.date} before"
                    f" {before.step.value} {before.date}"
                )
    return problems


def _agrees_with_record(data: Dataset, step: AccessionStep, where: str) -> list[str]:
    """Accession is a member spell's start; the procedure, an accession-process qualifier's."""
    key = (step.organisation, step.state.id)
    spells = [s for s in data.spells() if (s.organisation, s.state) == key]
    if step.step is AccessionStepKind.ACCESSION:
        if not any(s.status is Status.MEMBER and s.start == step.date for s in spells):
            return [f"{where}: no member spell of {step.state.id} starts on {step.date}"]
    elif step.step is AccessionStepKind.PROCEDURE_STARTED:
        starts = [
            q.start
            for s in spells
            for q in s.qualifiers
            if q.kind is QualifierKind.ACCESSION_PROCESS
        ]
        if step.date not in starts:
            return [f"{where}: no accession-process qualifier of {step.state.id} starts then"]
    elif step.step is AccessionStepKind.APPLICATION:
        applications = data.organisation(step.organisation).applications
        if not any(
            a.state.id == step.state.id and a.applied_for is Status.MEMBER and a.date == step.date
            for a in applications
        ):
            return [f"{where}: no application of {step.state.id} for membership dated {step.date}"]
    return []


def lint_chairmanships(data: Dataset, cite: Cite) -> list[str]:
    """Chairmanships: held by the next host, from hand-over to hand-over, never overlapping."""
    file = "councils.json"
    chairs = data.chairmanships()
    problems = duplicates(file, [c.id for c in chairs], "chairmanship id")
    summits = {s.id: s for s in data.summits()}
    for chair in chairs:
        problems += _lint_chair(data, chair, summits, cite)
    for org_id in data.organisations:
        mine = [c for c in chairs if c.organisation == org_id]
        if [c.summit for c in mine] != sorted(c.summit for c in mine):
            problems.append(f"{file}: {org_id} chairmanships are not sorted by summit")
        for before, after in pairwise(sorted(mine, key=lambda c: c.summit)):
            problems += _consecutive(file, before, after)
    return problems


def _lint_chair(
    data: Dataset, chair: Chairmanship, summits: dict[str, Summit], cite: Cite
) -> list[str]:
    file = "councils.json"
    where = f"{file}: {chair.id}"
    problems: list[str] = []
    cite(file, chair.id, chair.sources)
    for variant in chair.variants:
        cite(file, f"{chair.id} variant", variant.sources)
        problems += check_variant(where, variant.field, variant.value)
    if chair.id != f"chair/{chair.summit}":
        problems.append(f"{where}: id does not match its content; expected 'chair/{chair.summit}'")
    if chair.start is None and chair.end is None:
        problems.append(f"{where}: neither start nor end is recorded")
    if chair.start is not None:
        problems += check_interval(where, chair.start, chair.end, data.as_of)
        if not certainly_member(data, chair.organisation, chair.state.id, chair.start.latest):
            problems.append(f"{where}: {chair.state.id} was not a member when it began")
    elif chair.end is not None:
        problems += check_day(f"{where}: end", chair.end, data.as_of)
    summit = summits.get(chair.summit)
    held = [
        s
        for s in data.summits()
        if s.organisation == chair.organisation
        and s.council is Council.HEADS_OF_STATE
        and s.status is SummitStatus.HELD
    ]
    if summit is None or summit.council is not Council.HEADS_OF_STATE:
        return [*problems, f"{where}: {chair.summit!r} is no meeting of the heads of state"]
    if summit.host is None or summit.host.id != chair.state.id:
        problems.append(f"{where}: {chair.state.id} is not the host of {chair.summit}")
    if chair.start is not None and not _at_a_meeting(chair.start, held):
        problems.append(f"{where}: start {chair.start} is not the last day of a meeting")
    if chair.end is not None and not _at_a_meeting(chair.end, [summit]):
        problems.append(f"{where}: end {chair.end} is not the last day of {chair.summit}")
    return problems


def _at_a_meeting(edge: PartialDate, meetings: Iterable[Summit]) -> bool:
    """Whether a hand-over date may be the last day of one of the meetings."""
    return any(edge.earliest <= m.last_day <= edge.latest for m in meetings)


def _consecutive(file: str, before: Chairmanship, after: Chairmanship) -> list[str]:
    if before.end is None and after.start is not None:
        return [
            f"{file}: {before.id} has no end, but {after.id} starts on {after.start}: one"
            " hand-over, give the same date to both"
        ]
    if (
        before.end is not None
        and after.start is not None
        and before.end != after.start
        and before.end.latest > after.start.earliest
    ):
        return [f"{file}: {before.id} overlaps {after.id}"]
    known_before = before.end or before.start
    known_after = after.start or after.end
    if (
        known_before is not None
        and known_after is not None
        and known_after.latest < known_before.earliest
    ):
        return [f"{file}: {after.id} is dated before {before.id}"]
    return []
