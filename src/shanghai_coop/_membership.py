"""Statuses: a state's status on a day, the possible statuses, spells, qualifiers, members.

Functions over one organisation's :class:`~._dataset.Scope`. Status answers come from the
precomputed tables (:mod:`._index`: one ``bisect`` per query, no attrs); spells and states
are the model objects the data set builds on first need. The meaning of every answer (half-open
spells, uncertainty windows, the ``ambiguous`` policies) is in ``docs/concepts.md``.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from . import _args
from ._args import SCHEMES
from ._documents import steps_by
from ._enums import Status
from ._index import AMBIGUOUS, NO_STATUS, Segment, ambiguity, check_policy
from .dates import _ORDINALS, ordinal, to_date
from .errors import InvalidArgumentError

if TYPE_CHECKING:
    from ._dataset import Scope
    from .model import Answer, History, Membership, MemberState, PartialDate, Qualifier

__all__ = [
    "answer",
    "history",
    "membership",
    "possible_statuses",
    "qualifier_since",
    "resolve",
    "segment",
    "status_of",
    "with_status",
]


def resolve(scope: Scope, name: object, scheme: object = None) -> MemberState:
    """Return the state a name, code, QID or ``MemberState`` denotes (under ``scheme``)."""
    data = scope.data
    if scheme is not None:
        scheme = _args.choice(scheme, "scheme", SCHEMES)
    return data.state(data.key_of(name, scheme))


def status_of(scope: Scope, state: object, on: object, ambiguous: str = "raise") -> Status:
    """Return a state's status on a day (the hot path: memoised name and day, one bisect)."""
    names = scope.data.names
    key = names._memo.get(state) if type(state) is str else None
    if key is None:
        key = scope.data.key_of(state)
    if ambiguous != "raise":
        check_policy(ambiguous)
    day = _ORDINALS.get(on) if type(on) is str else None
    if day is None:
        day = ordinal(on)
    table = scope.tables.get(key)
    if table is None:
        return Status.NONE
    index = bisect_right(table.breaks, day) - 1
    found_segment = table.segments[index] if index >= 0 else table.before
    found = found_segment.exact
    if found is AMBIGUOUS:
        found = found_segment.pick(ambiguous)
        if found is AMBIGUOUS:
            raise ambiguity(key, day, found_segment)
    return found  # type: ignore[no-any-return]


def segment(scope: Scope, key: str, day: int) -> Segment:
    """Return the segment of a state's table that holds on a day ordinal."""
    table = scope.tables.get(key)
    return NO_STATUS if table is None else table.at(day)


def possible_statuses(scope: Scope, state: object, on: object) -> frozenset[Status]:
    """Return every status a state may have had on a day."""
    possible: frozenset[Status] = segment(scope, scope.data.key_of(state), ordinal(on)).possible
    return possible


def history(scope: Scope, state: object) -> History:
    """Return a state's spells in this organisation, in time order."""
    from .model import History

    found = resolve(scope, state)
    return History(spell for spell in found.spells if spell.organisation == scope.id)


def membership(
    scope: Scope, state: object, on: object, ambiguous: str = "raise"
) -> Membership | None:
    """Return the spell that holds on a day, or ``None`` when the status is none."""
    status = status_of(scope, state, on, ambiguous)
    if status is Status.NONE:
        return None
    day = to_date(on)
    for spell in history(scope, state):
        if (
            spell.status is status
            and spell.start.earliest <= day
            and (spell.end is None or day < spell.end.latest)
        ):
            return spell
    return None  # pragma: no cover - the tables and the spells agree (tested)


def with_status(
    scope: Scope, status: object, on: object, ambiguous: str = "raise"
) -> tuple[MemberState, ...]:
    """Return the states that held a status on a day, sorted by English short name."""
    wanted = _args.status(status)
    check_policy(ambiguous)
    day = ordinal(on)
    keys = []
    for key, table in scope.tables.items():
        found_segment = table.at(day)
        found = found_segment.pick(ambiguous)
        if found is AMBIGUOUS:
            if wanted in found_segment.possible:
                raise ambiguity(key, day, found_segment)
            continue
        if found is wanted:
            keys.append(key)
    states = [scope.data.state(key) for key in keys]
    return tuple(sorted(states, key=lambda s: s.names.en_short))


def qualifier_since(scope: Scope, spell: Membership, qualifier: Qualifier) -> PartialDate:
    """Return when a qualifier began, followed back across changes of status."""
    from .model import Membership

    spells = history(scope, spell.state) if isinstance(spell, Membership) else ()
    if spell not in spells:
        raise InvalidArgumentError("spell", spell, [f"a spell of the {scope.id}"])
    if qualifier not in spell.qualifiers:
        raise InvalidArgumentError("qualifier", qualifier, ["one of spell.qualifiers"])
    start, index = qualifier.start, spells.index(spell)
    while index > 0 and spells[index - 1].end == spells[index].start == start:
        earlier = [
            q for q in spells[index - 1].qualifiers if q.kind is qualifier.kind and q.end == start
        ]
        if not earlier:
            break
        start, index = earlier[0].start, index - 1
    return start


def answer(scope: Scope, state: object, on: object, ambiguous: str = "raise") -> Answer:
    """Return the status on a day with what it rests on; see :meth:`Organisation.answer`."""
    from .model import Answer

    found = resolve(scope, state)
    day = to_date(on)
    status = status_of(scope, found, day, ambiguous)
    spell = membership(scope, found, day, ambiguous) if status is not Status.NONE else None
    as_of = scope.data.as_of
    steps, possible_steps = steps_by(scope, found.id, day)
    return Answer(
        state=found,
        day=day,
        status=status,
        possible=possible_statuses(scope, found, day),
        carried_forward=day > as_of,
        as_of=as_of,
        spell=spell,
        qualifiers=spell.qualifiers_on(day) if spell is not None else (),
        possible_qualifiers=spell.possible_qualifiers_on(day) if spell is not None else (),
        accession_steps=steps,
        possible_accession_steps=possible_steps,
    )
