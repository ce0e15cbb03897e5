"""Small rules the data linter applies to many kinds of record: dates, intervals, variants."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from ._enums import Status

if TYPE_CHECKING:
    from ._dataset import Dataset
    from .model import Membership, PartialDate

__all__ = [
    "EARLIEST",
    "certainly_member",
    "check_category",
    "check_day",
    "check_existence",
    "check_interval",
    "check_variant",
    "duplicates",
    "overlap",
]

#: No recorded event of the SCO or the Shanghai Five is earlier than this.
EARLIEST = date(1990, 1, 1)
_DATE_FIELDS = ("start", "end", "approved", "date", "in_force", "outcome_date")


def duplicates(file: str, ids: Iterable[object], what: str = "id") -> list[str]:
    """One problem per id used more than once."""
    counts = Counter(ids).items()
    return [f"{file}: {what} {i!r} is used {n} times" for i, n in counts if n > 1]


def check_day(where: str, day: PartialDate, as_of: date) -> list[str]:
    """A recorded event: between 1990 and the data's ``as_of`` (nothing after it is known)."""
    if day.latest < EARLIEST:
        return [f"{where} {day} is before 1990"]
    if day.earliest > as_of:
        return [f"{where} {day} is after the data's as_of {as_of}"]
    return []


def overlap(a: Any, b: Any) -> bool:
    """Whether two ``[start, end)`` intervals may share a day (meeting ends do not)."""
    if a.end == b.start or b.end == a.start:
        return False
    a_end = a.end.latest if a.end is not None else date.max
    b_end = b.end.latest if b.end is not None else date.max
    return bool(a.start.earliest < b_end and b.start.earliest < a_end)


def check_existence(where: str, spell: Membership, org: Any) -> list[str]:
    """A spell lies within the organisation's life, from its founding to its dissolution."""
    problems = []
    if spell.start.earliest < org.founded.earliest:
        problems.append(f"{where}: starts before {org.id} was founded ({org.founded})")
    if org.dissolved is not None and (spell.end is None or spell.end.latest > org.dissolved.latest):
        problems.append(f"{where}: ends after {org.id} was dissolved ({org.dissolved})")
    return problems


def check_interval(
    where: str, start: PartialDate, end: PartialDate | None, as_of: date
) -> list[str]:
    """An interval ``[start, end)``: both ends recorded events, and the end after the start."""
    problems = check_day(f"{where}: start", start, as_of)
    if end is not None:
        problems += check_day(f"{where}: end", end, as_of)
    if end is not None and not (start.earliest < end.earliest and start.latest < end.latest):
        problems.append(f"{where}: end {end} is not after start {start}")
    return problems


def check_category(where: str, spell: Membership, categories: Iterable[Any]) -> list[str]:
    """A spell's status existed in its organisation for the whole spell."""
    for category in categories:
        if category.status is not spell.status:
            continue
        c_start: PartialDate = category.start
        c_end: PartialDate | None = category.end
        after_start = c_start.latest <= spell.start.earliest
        before_end = c_end is None or (spell.end is not None and spell.end.latest <= c_end.earliest)
        if after_start and before_end:
            return []
    return [
        f"{where}: status {spell.status.value!r} did not exist in {spell.organisation} for the"
        f" whole spell {spell.start}..{spell.end}"
    ]


def check_variant(where: str, field: str, value: str) -> list[str]:
    """A date variant holds a real date (the schema checks only its form)."""
    if field not in _DATE_FIELDS:
        return []
    from .model import PartialDate

    try:
        PartialDate(value)
    except ValueError as error:
        return [f"{where}: variant {field} {value!r}: {error}"]
    return []


def certainly_member(data: Dataset, org: str, state: str, day: date) -> bool:
    """Whether a state was certainly a member of an organisation on a day."""
    return any(
        s.organisation == org
        and s.state == state
        and s.status is Status.MEMBER
        and s.start.latest <= day
        and (s.end is None or day < s.end.earliest)
        for s in data.spells()
    )
