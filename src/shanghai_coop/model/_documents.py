"""The documents register: :class:`Document`."""

from __future__ import annotations

from typing import Literal

import attrs

from .._enums import Confidence, DocumentKind
from ._grade import Graded, Grades, grade_field, graded_field
from ._states import MemberState
from ._values import PartialDate, Record, Variant

__all__ = ["Document"]


@attrs.frozen
class Document(Graded, Record):
    """One of the organisation's founding or key documents, or a UN resolution on it.

    Attributes:
        id: Stable id (``"shanghai-convention-2001"``, ``"observer-regulation-2004"``).
        organisation: The organisation whose document it is (``"SCO"``).
        kind: A :class:`DocumentKind` (charter, convention, regulation, ...).
        en: The English title.
        date: The day of signing or adoption (:class:`PartialDate`, as precise as the
            sources give it).
        act: ``"signed"`` or ``"adopted"``: what happened on ``date``.
        sources: Ids of the sources of the date and the place (its grade rests on them).
        ru: The Russian title, where a source read gives it, else ``None``.
        zh: The Chinese title, where a source read gives it, else ``None``.
        title_sources: Ids of the sources of the titles that are not already in
            ``sources`` (a source that gives only the title is no evidence of the date).
        place: Where it was signed or adopted, or ``None`` where unknown.
        body: Who signed or adopted it: the id of one of the organisation's bodies
            (``"heads_of_state"``, see ``Organisation.bodies``) or
            ``"un_general_assembly"``; ``None`` where the signatories were not yet a body of
            the organisation (the founding declaration) or no source says.
        number: Its number, where it has one (``"64/183"``, ``"No. 9"``), else ``None``.
        parties: The states a source names as its signatories or parties, in the
            order given (tuple of :class:`MemberState`); ``()`` where none is named or the
            notion does not apply (a resolution, a regulation).
        in_force: When it entered into force, or ``None`` where no source read gives a day
            (or it does not apply, as for a declaration).
        in_force_sources: Ids of the sources of ``in_force``.
        variants: Other values sources give (tuple of :class:`Variant`; ``field`` is
            ``"date"``, ``"in_force"`` or ``"place"``).
        note: Free-text remark.

    .. versionadded:: 0.4.0

    Example:
        >>> import shanghai_coop
        >>> doc = shanghai_coop.document("shanghai-convention-2001")
        >>> doc.kind.value, str(doc.date), doc.place, str(doc.in_force)
        ('convention', '2001-06-15', 'Shanghai', '2003-03-29')
    """

    id: str
    organisation: str
    kind: DocumentKind
    en: str
    date: PartialDate
    act: Literal["signed", "adopted"]
    sources: tuple[str, ...]
    ru: str | None = None
    zh: str | None = None
    title_sources: tuple[str, ...] = ()
    place: str | None = None
    body: str | None = None
    number: str | None = None
    parties: tuple[MemberState, ...] = ()
    in_force: PartialDate | None = None
    in_force_sources: tuple[str, ...] = ()
    variants: tuple[Variant, ...] = ()
    note: str | None = None
    inferred: bool = False
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()
    _FACTS = (("in_force_sources", ("in_force",)),)

    @property
    def title(self) -> str:
        """The English title."""
        return self.en

    def __str__(self) -> str:
        return self.en

    def __repr__(self) -> str:
        return f"<Document {self.id} {self.kind.value} {self.act} {self.date}>"
