"""A cited source and a status category: :class:`Source`, :class:`Category`.

Apart from :mod:`._values` so that a query returning states does not create these classes.
"""

from __future__ import annotations

from datetime import date

import attrs

from .._enums import Confidence, SourceKind, Status
from ._grade import Graded, Grades, grade_field, graded_field
from ._values import PartialDate, Record, Variant

__all__ = ["Category", "Source"]


@attrs.frozen
class Source(Record):
    """A source the data cites.

    Attributes:
        id: The id records cite (``"tass-2025-tianjin-declaration"``).
        title: Title of the document or page.
        url: Where it can be read, or ``None``.
        publisher: Who published the text read: for a copy, the original's publisher (an
            agency's story reprinted by a newspaper is the agency's; an SCO document copied
            by a database is the SCO's). One spelling per publisher, so that two sources are
            independent exactly when their publishers differ.
        kind: A :class:`SourceKind`: ``PRIMARY`` (the SCO's or a government's own text),
            ``SECONDARY`` (news agency, newspaper, scholarly work, NGO or think-tank page,
            database compiled by others) or ``TERTIARY`` (an encyclopaedia article).
        accessed: The day the source was read for this data.
        published: Publication date, or ``None``.
        section: For a long document, the section read, or ``None``.
        note: What it says, briefly, or why it is cited.
        form: What the source is: ``"seed"`` (the seed article), ``"official"`` (an
            official page), ``"official-text"`` (the text of an official document),
            ``"news"``, ``"database"`` or ``"reference"``; ``None`` if not recorded.
        host: Where the text was read when that is not the publisher's own publication (a
            mirror, a reprint, a database), or ``None``.

    .. versionchanged:: 0.4.0
       ``kind`` is a :class:`SourceKind`; the former kinds are in ``form``; ``publisher``
       is always given and names the original publisher of a copy, whose site is ``host``.

    Example:
        >>> import shanghai_coop
        >>> s = shanghai_coop.organisation().source("wikipedia-sco/membership")
        >>> s.publisher, s.kind.value, s.form
        ('Wikipedia', 'tertiary', 'seed')
        >>> s = shanghai_coop.organisation().source("people-2022-samarkand")
        >>> s.publisher, s.host
        ('Xinhua', "People's Daily Online")
    """

    id: str
    title: str
    url: str | None
    publisher: str
    kind: SourceKind
    accessed: date
    published: PartialDate | None = None
    section: str | None = None
    note: str | None = None
    form: str | None = None
    host: str | None = None


@attrs.frozen
class Category(Graded, Record):
    """A status category of an organisation and the half-open interval it existed in.

    Attributes:
        status: The :class:`Status`.
        start: When the category was created.
        end: When it ceased (first day without it), or ``None``.
        sources: Ids of the sources.
        note: Free-text remark.
        document: The id of the document that created it, in the documents register
            (``"observer-regulation-2004"``; see ``Organisation.document``), or ``None``
            where none is known. (New in 0.4.0.)
        variants: Other values sources give (tuple of :class:`Variant`). (New in 0.4.0.)

    Example:
        >>> import shanghai_coop
        >>> [c.status.value for c in shanghai_coop.organisation().categories]
        ['member', 'observer', 'dialogue_partner', 'partner']
    """

    status: Status
    start: PartialDate
    end: PartialDate | None
    sources: tuple[str, ...]
    note: str | None = None
    document: str | None = None
    variants: tuple[Variant, ...] = ()
    _grade: Grades = grade_field()
    _graded: tuple[Confidence, ...] | None = graded_field()
