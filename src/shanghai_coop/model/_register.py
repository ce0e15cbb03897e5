"""The organisation's register: relations, guests, applications, bodies, seats, charter."""

from __future__ import annotations

import attrs

from .._enums import Confidence, Status
from ._grade import Graded, Grades, grade_field, graded_field
from ._states import MemberState
from ._values import PartialDate, Record, Variant

__all__ = ["Application", "Attendance", "Body", "Charter", "Guest", "Headquarters", "Relation"]


@attrs.frozen
class Relation(Graded, Record):
    """A relation between the SCO and another organisation, with the day it began.

    Attributes:
        id: Stable id (``"UN"``).
        partner: The other organisation's name.
        start: When the relation began.
        what: What the relation is (``"observer status in the UN General Assembly"``).
        sources: Ids of the sources.
        kind: What the partner is: ``"organisation"``.
        party: Which part of the SCO is party to it: ``"organisation"``, ``"secretariat"``
            or ``"rats"``; ``None`` where no source says.
        variants: Other values sources give.
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> [str(r.start) for r in shanghai_coop.organisation().relations() if r.id == "ASEAN"]
        ['2005-04-21']
    """

    id: str
    partner: str
    start: PartialDate
    what: str
    sources: tuple[str, ...]
    kind: str = "organisation"
    party: str | None = None
    variants: tuple[Variant, ...] = ()
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()


@attrs.frozen
class Attendance(Graded, Record):
    """One attested attendance of a guest.

    Attributes:
        date: When.
        sources: Ids of the sources.
        note: Who attended, in what capacity.

    Example:
        >>> import shanghai_coop
        >>> tkm = shanghai_coop.organisation().guests()[-1]
        >>> str(tkm.attested[0].date)
        '2007-08-16'
    """

    date: PartialDate
    sources: tuple[str, ...]
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()


@attrs.frozen
class Guest(Graded, Record):
    """A guest attendee of SCO summits (a state or an organisation).

    Attributes:
        id: Stable id.
        guest: The guest's name.
        kind: ``"state"`` or ``"organisation"``.
        state: The state, for a state guest, else ``None``.
        since: Since when, where a source says, else ``None``.
        sources: Ids of the sources.
        attested: Attendances a source reports (tuple of :class:`Attendance`).
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> [g.guest for g in shanghai_coop.organisation().guests() if g.kind == "state"]
        ['Turkmenistan']
    """

    id: str
    guest: str
    kind: str
    sources: tuple[str, ...]
    state: MemberState | None = None
    since: PartialDate | None = None
    attested: tuple[Attendance, ...] = ()
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()


@attrs.frozen
class Application(Graded, Record):
    """An application for a status, or an expression of interest: an event, not a status.

    Attributes:
        id: Stable id, ``"{state}/{status}/{date}"``.
        state: The applicant state.
        applied_for: The :class:`Status` sought.
        date: When (:class:`PartialDate`), or ``None`` where no source dates it.
        kind: ``"application"`` or ``"interest"`` (interest expressed, no application); a
            dialogue partner's request to become an observer is an application.
        sources: Ids of the sources.
        date_basis: ``"source"`` (the source dates the act), ``"report"`` (the date is the
            report's; the act was on or before it) or ``"none"``.
        outcome: What became of it, where a source says: ``"granted"`` (the status applied
            for), ``"granted_other"`` (another status instead), ``"procedure_started"`` (for
            membership: the procedure of admission began; its steps are in
            :meth:`~shanghai_coop.Organisation.accession_steps`), ``"superseded"`` (by a
            later application), ``"rejected"``, ``"blocked"`` (reported vetoed),
            ``"not_considered"``, ``"pending"`` (no decision reported up to the data's
            ``as_of``) or ``"moot"`` (overtaken by the merger of the observer and
            dialogue-partner statuses on 1 September 2025); ``None`` where nothing is known.
            (The closed set is new in 0.4.0.)
        outcome_date: When that happened, or ``None``.
        outcome_sources: Ids of the sources of the outcome that are not already in
            ``sources`` (which are those of the application itself). (New in 0.4.0.)
        variants: Other values sources give.
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> apps = shanghai_coop.organisation().applications()
        >>> any(a.state.id == "ISR" for a in apps)
        True
    """

    id: str
    state: MemberState
    applied_for: Status
    date: PartialDate | None
    kind: str
    sources: tuple[str, ...]
    date_basis: str | None = None
    outcome: str | None = None
    outcome_date: PartialDate | None = None
    variants: tuple[Variant, ...] = ()
    note: str | None = None
    outcome_sources: tuple[str, ...] = ()
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()
    _FACTS = (("outcome_sources", ("outcome", "outcome_date")),)


@attrs.frozen
class Body(Graded, Record):
    """A body of the organisation, as its Charter lists them.

    Attributes:
        id: Stable id (``"heads_of_state"``, ``"secretariat"``, ...).
        en: English name.
        ru: Russian name, or ``None``.
        zh: Chinese name, or ``None``.
        sources: Ids of the sources.
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> [b.en for b in shanghai_coop.organisation().bodies][0]
        'Council of Heads of State'
    """

    id: str
    en: str
    sources: tuple[str, ...]
    ru: str | None = None
    zh: str | None = None
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()


@attrs.frozen
class Headquarters(Graded, Record):
    """Where a permanent body sits.

    Attributes:
        body: ``"secretariat"`` or ``"rats"``.
        city: The city.
        state: The host state.
        since: Since when, or ``None``.
        sources: Ids of the sources.
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> [h.city for h in shanghai_coop.organisation().headquarters]
        ['Beijing', 'Tashkent']
    """

    body: str
    city: str
    state: MemberState
    sources: tuple[str, ...]
    since: PartialDate | None = None
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()


@attrs.frozen
class Charter(Graded, Record):
    """The organisation's founding treaty.

    Attributes:
        signed: When it was signed.
        signed_place: Where.
        in_force: When it entered into force.
        sources: Ids of the sources.
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> c = shanghai_coop.organisation().charter
        >>> str(c.signed), c.signed_place, str(c.in_force)
        ('2002-06-07', 'Saint Petersburg', '2003-09-19')
    """

    signed: PartialDate
    signed_place: str
    in_force: PartialDate
    sources: tuple[str, ...]
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()
