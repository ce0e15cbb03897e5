"""Summits of the councils, and the rotation rule's projections and back-test rows."""

from __future__ import annotations

from datetime import date

import attrs

from .._enums import Confidence, Council, SummitFormat, SummitStatus
from ._grade import Graded, Grades, grade_field, graded_field
from ._offices import Person
from ._states import MemberState
from ._values import PartialDate, Record, Variant

__all__ = ["BacktestRow", "Chairmanship", "Presiding", "Projection", "Summit"]


@attrs.frozen
class Presiding(Graded, Record):
    """Who presided over a council meeting, as a source says.

    Attributes:
        state: The state whose representative presided.
        sources: Ids of the sources.
        person: Who presided, or ``None`` where the source names only the state.
        role: That person's office (``"President of Kazakhstan"``), or ``None``.
        note: How the source says it (a report after the meeting, an announcement
            before it), or other remarks.

    .. versionadded:: 0.4.0

    Example:
        >>> import shanghai_coop
        >>> p = shanghai_coop.summit(2024).presided_by
        >>> p.person.name, p.state.id
        ('Kassym-Jomart Tokayev', 'KAZ')
    """

    state: MemberState
    sources: tuple[str, ...]
    person: Person | None = None
    role: str | None = None
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()


@attrs.frozen
class Summit(Graded, Record):
    """A meeting of the Council of Heads of State or of Heads of Government.

    Attributes:
        id: Stable id, ``"{organisation}-{CHS|CHG}-{year}"`` (``"SCO-CHS-2024"``).
        organisation: ``"SCO"`` or ``"S5"`` (the Shanghai Five's summits of 1996-2000).
        council: A :class:`Council`.
        number: The meeting's ordinal number where a source gives it, else ``None``.
        start: First day (:class:`PartialDate`; a year or month where that is all that is
            known).
        end: Last day of a meeting of several days (inclusive), or ``None``.
        host: The host (chairing) state, or ``None`` where unknown or not held.
        city: The city, or ``None`` for a videoconference, an unknown venue or no meeting.
        format: A :class:`SummitFormat`, or ``None`` when unknown.
        status: A :class:`SummitStatus`: held, planned (announced) or not held.
        seed_row: The row of the seed article's table this record reproduces, or ``None``.
        sources: Ids of the sources.
        variants: Other values sources give (tuple of :class:`Variant`).
        note: Free-text remark.
        presided_by: Who presided over the meeting (:class:`Presiding`), where a source
            says; else ``None``. (New in 0.4.0.)

    Example:
        >>> import shanghai_coop
        >>> s = shanghai_coop.summit(2024)
        >>> s.host.name, s.city, str(s.start), str(s.end)
        ('Kazakhstan', 'Astana', '2024-07-03', '2024-07-04')
    """

    id: str
    organisation: str
    council: Council
    start: PartialDate
    host: MemberState | None
    city: str | None
    format: SummitFormat | None
    status: SummitStatus
    sources: tuple[str, ...]
    end: PartialDate | None = None
    number: int | None = None
    seed_row: str | None = None
    variants: tuple[Variant, ...] = ()
    note: str | None = None
    presided_by: Presiding | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()

    #: Where a data set's object comes from, for pickling by reference (set by the data set).
    _ref: tuple[str | None, str, str, str] | None = attrs.field(
        default=None, init=False, eq=False, repr=False
    )

    def __copy__(self) -> Summit:
        return self  # immutable

    def __deepcopy__(self, memo: dict[int, object]) -> Summit:
        return self

    @property
    def first_day(self) -> date:
        """The earliest possible first day."""
        return self.start.earliest

    @property
    def last_day(self) -> date:
        """The latest possible last day (inclusive)."""
        return (self.end or self.start).latest

    def __repr__(self) -> str:
        span = f"{self.start}..{self.end}" if self.end else str(self.start)
        host = self.host.id if self.host else None
        return f"<Summit {self.id} {span} {host} {self.city!r} {self.status.value}>"

    def _repr_html_(self) -> str:
        from html import escape

        span = f"{self.start} to {self.end}" if self.end else str(self.start)
        where = self.city or (self.format.value if self.format else "unknown venue")
        host = self.host.name if self.host else "unknown host"
        return (
            f"<p><strong>{escape(self.id)}</strong>: {escape(span)}, {escape(where)}"
            f" ({escape(host)}), {escape(self.status.value)}</p>"
        )


@attrs.frozen
class Projection(Record):
    """A host projected by the rotation rule: a projection, never a recorded fact.

    Attributes:
        year: The year of the projected summit.
        host: The projected host state.
        basis: The recorded summit the projection starts from.
        rule: The rule applied, in words.
        order: ISO alpha-3 codes of the rotation order used.
        recorded: The recorded summit of that year (held, or planned: an announcement of the
            real host), if the data holds one; for comparison, never merged.
        is_projection: Always ``True``.

    Example:
        >>> import shanghai_coop
        >>> p = shanghai_coop.projected_hosts(after=2026)[0]
        >>> p.is_projection, p.year, p.host.name
        (True, 2027, 'Pakistan')
    """

    year: int
    host: MemberState
    basis: Summit
    rule: str
    order: tuple[str, ...]
    recorded: Summit | None = None
    is_projection: bool = attrs.field(default=True, init=False)

    def __repr__(self) -> str:
        return f"<Projection {self.year}: {self.host.id} (projected after {self.basis.id})>"


@attrs.frozen
class BacktestRow(Record):
    """One recorded heads-of-state summit checked against the rotation rule.

    Attributes:
        summit: The summit.
        previous: The summit before it, whose host hands over the chair, or ``None``.
        predicted: The host the rule predicts, or ``None`` (first summit, or unknown host).
        actual: The recorded host, or ``None``.
        followed: ``True`` when the recorded host is the predicted one, ``False`` when
            not, ``None`` when there is nothing to compare.
        order: ISO alpha-3 codes of the rotation order the prediction used.
        reading: ``"handover"`` (the host predicted from the previous actual host) or
            ``"cycle"`` (from the position in the Charter's cycle, the previous predicted
            host). (New in 0.4.0.)
        admitted: Whether a state admitted at the hand-over summit counted in ``order``.
            (New in 0.4.0.)

    Example:
        >>> import shanghai_coop
        >>> row = shanghai_coop.rotation_backtest()[1]
        >>> row.summit.id, row.predicted.name, row.actual.name, row.followed
        ('SCO-CHS-2002', 'Kyrgyzstan', 'Russia', False)
    """

    summit: Summit
    previous: Summit | None
    predicted: MemberState | None
    actual: MemberState | None
    followed: bool | None
    order: tuple[str, ...]
    reading: str = "handover"
    admitted: bool = False


@attrs.frozen
class Chairmanship(Graded, Record):
    """A state's chairmanship of the organisation: a half-open interval ``[start, end)``.

    The chair passes at each meeting of the Council of Heads of State to the state that
    hosts the next one; on the day of the hand-over the new chair holds (although the
    outgoing chair presides over that day's meeting: see ``Summit.presided_by``).
    Only what sources say is recorded: a start or end that no source read gives is
    ``None``; a chairmanship whose end is ``None`` ends with the meeting it hosts once that
    meeting is held (``chair()`` then names no successor no source gives).

    Attributes:
        id: Stable id, ``"chair/{summit}"`` (``"chair/SCO-CHS-2025"``).
        organisation: ``"SCO"``.
        state: The chairing state.
        summit: The id of the meeting of the Council of Heads of State the chair hosts,
            at whose end it hands over (``"SCO-CHS-2025"``).
        start: The day it began (:class:`PartialDate`), or ``None`` where no source read
            gives it.
        end: The first day without it, or ``None`` where no source read gives it (see
            ``note``): then the end of the meeting it hosts, once held, ends it.
        sources: Ids of the sources.
        variants: Other values sources give (tuple of :class:`Variant`).
        note: Free-text remark.

    .. versionadded:: 0.4.0

    Example:
        >>> import shanghai_coop
        >>> c = shanghai_coop.chair(on="2025-01-01")
        >>> c.state.name, c.summit, str(c.start), str(c.end)
        ('China', 'SCO-CHS-2025', '2024-07-04', '2025-09-01')
    """

    id: str
    organisation: str
    state: MemberState
    summit: str
    start: PartialDate | None
    end: PartialDate | None
    sources: tuple[str, ...]
    variants: tuple[Variant, ...] = ()
    note: str | None = None
    inferred: bool = False
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()

    def __repr__(self) -> str:
        start = self.start or "?"
        end = self.end or "open"
        return f"<Chairmanship {self.state.id} {start}..{end} ({self.summit})>"
