"""A state's accession steps, and a full answer: :class:`AccessionStep`, :class:`Answer`.

Apart from :mod:`._states` so that a query returning states does not create these classes.
"""

from __future__ import annotations

from datetime import date

import attrs

from .._enums import AccessionStepKind, Confidence, QualifierKind, Status
from ._grade import Graded, Grades, grade_field, graded_field
from ._states import Membership, MemberState, Qualifier
from ._values import PartialDate, Record, Variant

__all__ = ["AccessionStep", "Answer"]


@attrs.frozen
class AccessionStep(Graded, Record):
    """One dated step of a state's accession to membership: a fact, not a status.

    A state's steps, in time order, run from the application that led to the procedure
    to the day its membership began; the accession-process qualifier holds from the
    decision to start the procedure until then. Applications that led to no procedure are
    in ``Organisation.applications`` only.

    Attributes:
        id: Stable id, ``"{state}/{step}/{date}"`` (``"IND/memorandum_signed/2016-06-24"``).
        organisation: ``"SCO"`` or ``"S5"``.
        state: The acceding state.
        step: An :class:`AccessionStepKind`.
        date: When (:class:`PartialDate`).
        sources: Ids of the sources.
        place: Where, or ``None`` where no source says or the step had no place.
        document: The id of the document of the step in the documents register (the
            memorandum, the Council's decision), or ``None``.
        variants: Other values sources give (tuple of :class:`Variant`).
        note: Free-text remark.

    .. versionadded:: 0.4.0

    Example:
        >>> import shanghai_coop
        >>> step = shanghai_coop.accession_steps("India")[2]
        >>> str(step)
        'memorandum of obligations signed 2016-06-24'
    """

    id: str
    organisation: str
    state: MemberState
    step: AccessionStepKind
    date: PartialDate
    sources: tuple[str, ...]
    place: str | None = None
    document: str | None = None
    variants: tuple[Variant, ...] = ()
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()

    def __str__(self) -> str:
        return f"{self.step.label} {self.date}"

    def __repr__(self) -> str:
        return f"<AccessionStep {self.organisation} {self.id}>"


@attrs.frozen
class Answer(Record):
    """A status query answered in full: the status on a day, how firm it is, what it rests on.

    What :meth:`~shanghai_coop.Organisation.answer` returns;
    :meth:`~shanghai_coop.Organisation.status_of` gives ``status`` alone.

    Attributes:
        state: The state asked about.
        day: The calendar day asked about (``datetime.date``).
        status: The :class:`Status` held that day, under the ambiguity policy asked for.
        possible: Every status the state may have held that day (a ``frozenset``): one
            outside an uncertainty window, more inside one.
        carried_forward: ``True`` when ``day`` is after the data's ``as_of``: the answer is
            the last known state of affairs carried forward, not an observation.
        as_of: The data's ``as_of`` (``datetime.date``).
        spell: The :class:`Membership` that holds, or ``None`` when the status is none.
        qualifiers: The spell's qualifiers that certainly hold that day.
        possible_qualifiers: Those that may hold that day and do not certainly (a qualifier
            whose start is known only to a month, inside that month).
        accession_steps: The state's :class:`AccessionStep` records certainly taken by that
            day (dated on or before it), in order: India's application, the start of the
            procedure and its memorandum of obligations on 2016-06-24. (New in 0.4.0.)
        possible_accession_steps: Those that may have been taken by that day and not
            certainly (a step dated to a month, inside that month). (New in 0.4.0.)

    .. versionadded:: 0.4.0

    Example:
        >>> import shanghai_coop
        >>> a = shanghai_coop.answer("Afghanistan", "2021-09-10")
        >>> a.status.value, a.carried_forward, [q.kind.value for q in a.possible_qualifiers]
        ('observer', False, ['inactive'])
        >>> shanghai_coop.answer("Iran", "2030-01-01").carried_forward
        True
    """

    state: MemberState
    day: date
    status: Status
    possible: frozenset[Status]
    carried_forward: bool
    as_of: date
    spell: Membership | None = None
    qualifiers: tuple[Qualifier, ...] = ()
    possible_qualifiers: tuple[Qualifier, ...] = ()
    accession_steps: tuple[AccessionStep, ...] = ()
    possible_accession_steps: tuple[AccessionStep, ...] = ()

    def __repr__(self) -> str:
        later = ", carried forward" if self.carried_forward else ""
        return f"<Answer {self.state.id} {self.day}: {self.status.value}{later}>"

    def __str__(self) -> str:
        """The answer in words: the status, its qualifiers, the last accession step.

        Example:
            >>> import shanghai_coop
            >>> print(shanghai_coop.answer("India", "2016-06-24"))
            observer; accession process: memorandum of obligations signed 2016-06-24
        """
        words = [self.status.value]
        words += [
            q.kind.value.replace("_", " ")
            for q in self.qualifiers
            if q.kind is not QualifierKind.ACCESSION_PROCESS
        ]
        words += [f"possibly {q.kind.value.replace('_', ' ')}" for q in self.possible_qualifiers]
        in_process = any(q.kind is QualifierKind.ACCESSION_PROCESS for q in self.qualifiers)
        if in_process:
            last = self.accession_steps[-1] if self.accession_steps else None
            words.append(f"accession process: {last}" if last else "accession process")
        if self.carried_forward:
            words.append(f"carried forward from {self.as_of}")
        return "; ".join(words)
