"""Offices, the people who held them, their terms, and council rosters."""

from __future__ import annotations

import attrs

from .._enums import Confidence, Council
from ._grade import Graded, Grades, grade_field, graded_field
from ._states import MemberState
from ._values import PartialDate, Record, Variant

__all__ = ["Office", "Person", "Roster", "RosterEntry", "RosterExclusion", "Term"]


@attrs.frozen
class Person(Graded, Record):
    """A person who held an office or sat on a council.

    Attributes:
        id: Stable id (``"vladimir-norov"``).
        en: English name.
        ru: Russian name, where a source gives it, else ``None``.
        zh: Chinese name, where a source gives it, else ``None``.
        wikidata: Wikidata QID, or ``None`` where no source read gives one.
        sources: Ids of the sources.
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> shanghai_coop.secretary_general("2020-06-01").holder.name
        'Vladimir Norov'
    """

    id: str
    en: str
    ru: str | None = None
    zh: str | None = None
    wikidata: str | None = None
    sources: tuple[str, ...] = ()
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()

    @property
    def name(self) -> str:
        """The English name."""
        return self.en

    def __str__(self) -> str:
        return self.en


@attrs.frozen
class Office(Graded, Record):
    """An office of the organisation and the half-open interval it existed in.

    Attributes:
        id: ``"executive_secretary"``, ``"secretary_general"`` or ``"rats_director"``.
        organisation: The organisation the office belongs to (``"SCO"``).
        en: English title.
        ru: Russian title, or ``None``.
        zh: Chinese title, or ``None``.
        body: The body it heads: ``"secretariat"`` or ``"rats"``.
        start: When the office was created.
        end: When it ceased (first day without it), or ``None``.
        successor: The id of the office that replaced it, or ``None``.
        sources: Ids of the sources.
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> shanghai_coop.secretary_general("2005-01-01").office.en
        'Executive Secretary'
    """

    id: str
    organisation: str
    en: str
    body: str
    start: PartialDate
    end: PartialDate | None
    sources: tuple[str, ...]
    ru: str | None = None
    zh: str | None = None
    successor: str | None = None
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()


@attrs.frozen
class Term(Graded, Record):
    """A term of office: one holder in one office for a half-open interval ``[start, end)``.

    Attributes:
        id: Stable id, ``"{office}/{start year}/{holder}"``.
        office: The :class:`Office`.
        holder: The :class:`Person`.
        state: The member state that nominated the holder, or ``None`` if not confirmed.
        start: First day in office (:class:`PartialDate`).
        end: First day out of office, or ``None`` while in office ("present").
        sources: Ids of the sources.
        variants: Other values sources give (tuple of :class:`Variant`).
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> term = shanghai_coop.rats_director("2017-01-01")
        >>> term.holder.name, term.office.id
        ('Yevgeniy Sysoev', 'rats_director')
    """

    id: str
    office: Office
    holder: Person
    state: MemberState | None
    start: PartialDate
    end: PartialDate | None
    sources: tuple[str, ...]
    variants: tuple[Variant, ...] = ()
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()

    #: Where a data set's object comes from, for pickling by reference (set by the data set).
    _ref: tuple[str | None, str, str, str] | None = attrs.field(
        default=None, init=False, eq=False, repr=False
    )

    def __copy__(self) -> Term:
        return self  # immutable

    def __deepcopy__(self, memo: dict[int, object]) -> Term:
        return self

    def __repr__(self) -> str:
        end = self.end or "present"
        return f"<Term {self.office.id}: {self.holder.en} {self.start}..{end}>"

    def _repr_html_(self) -> str:
        from html import escape

        state = f", {self.state.name}" if self.state else ""
        return (
            f"<p><strong>{escape(self.holder.en)}</strong>{escape(state)}:"
            f" {escape(self.office.en)}, {escape(str(self.start))} to"
            f" {escape(str(self.end or 'present'))}</p>"
        )


@attrs.frozen
class RosterEntry(Graded, Record):
    """One state's seat in a council roster.

    Attributes:
        state: The member state.
        member: Who held the seat (the head of state; at heads-of-state level India and
            Pakistan are represented by their prime ministers).
        role: The member's office (``"President"``, ``"acting President"``, ...).
        represented_by: Who attended instead, where a source says so, or ``None``.
        represented_role: That person's office, or ``None``.
        sources: Ids of the sources.
        variants: Other values sources give (tuple of :class:`Variant`).
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> roster = shanghai_coop.council("heads_of_state", on="2024-07-04")
        >>> [e.member.name for e in roster.entries if e.state.id == "IRN"]
        ['Mohammad Mokhber']
    """

    state: MemberState
    member: Person
    role: str
    sources: tuple[str, ...]
    represented_by: Person | None = None
    represented_role: str | None = None
    variants: tuple[Variant, ...] = ()
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()


@attrs.frozen
class RosterExclusion(Graded, Record):
    """A state the seed lists in a roster that does not belong in it, and why.

    Attributes:
        state: The state.
        seed_member: Who the seed lists, or ``None``.
        attended: Who really attended (in another capacity), or ``None``.
        attended_role: That person's capacity, or ``None``.
        sources: Ids of the sources.
        note: Why the entry is left out.

    Example:
        >>> import shanghai_coop
        >>> r = shanghai_coop.council("heads_of_government", on="2022-11-01")
        >>> [x.state.id for x in r.excluded]
        ['BLR']
    """

    state: MemberState
    sources: tuple[str, ...]
    seed_member: Person | None = None
    attended: Person | None = None
    attended_role: str | None = None
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()


@attrs.frozen
class Roster(Graded, Record):
    """A council line-up as a source records it on one day; never more than that.

    Attributes:
        id: Stable id, ``"{council}/{as_of}"``.
        organisation: The organisation whose council it is (``"SCO"``).
        council: A :class:`Council`.
        as_of: The day the roster describes.
        basis: ``"meeting"`` (who held each seat at a meeting that day), ``"gallery"`` (the
            seed's galleries of office-holders, dated by when all of them held office) or
            ``"delegations"`` (who led each member state's delegation at a meeting, as the
            sources list them: a deputy who attended is the ``member`` of the entry, and
            nothing is said of who held the seat; new in 0.4.0).
        entries: One :class:`RosterEntry` per state.
        sources: Ids of the sources.
        seed_section: The seed section the roster comes from, or ``None``.
        excluded: States the seed lists that do not belong in the roster
            (tuple of :class:`RosterExclusion`).
        note: Free-text remark.

    Example:
        >>> import shanghai_coop
        >>> r = shanghai_coop.council("heads_of_state", on="2024-07-10")
        >>> str(r.as_of), r.basis, len(r.entries)
        ('2024-07-04', 'meeting', 10)
    """

    id: str
    organisation: str
    council: Council
    as_of: PartialDate
    basis: str
    entries: tuple[RosterEntry, ...]
    sources: tuple[str, ...]
    seed_section: str | None = None
    excluded: tuple[RosterExclusion, ...] = ()
    note: str | None = None
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()
