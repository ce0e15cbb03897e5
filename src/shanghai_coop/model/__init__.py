"""The value classes: immutable, hashable, picklable records built with attrs.

Every class here is ``@attrs.frozen`` with slots; collections are tuples; nothing a caller
receives can change the library's shared data. Instances compare and hash by value.

The classes are the public shapes of the packaged JSON (see ``docs/data.md``). The JSON is
structured straight into them by a private cattrs converter (:mod:`shanghai_coop._convert`),
whose hooks turn an id into its object and an EDTF string into a :class:`PartialDate`: each
field is declared once, here.

The classes live in one module per area (``_values``, ``_states``, ``_summits``,
``_offices``, ``_register``, ``_documents``) and are all importable from here. Importing
this package imports attrs, so the first status query (which needs none of these objects)
does not.
"""

from __future__ import annotations

from .._enums import (
    AccessionStepKind,
    Confidence,
    Council,
    DocumentKind,
    Precision,
    QualifierKind,
    SourceKind,
    Status,
    SummitFormat,
    SummitStatus,
)
from ._documents import Document
from ._grade import derive_confidence
from ._offices import Office, Person, Roster, RosterEntry, RosterExclusion, Term
from ._register import Application, Attendance, Body, Charter, Guest, Headquarters, Relation
from ._states import AccessionStep, Answer, History, Membership, MemberState, Qualifier
from ._summits import BacktestRow, Chairmanship, Presiding, Projection, Summit
from ._values import Category, Names, PartialDate, Source, Variant

__all__ = [
    "AccessionStep",
    "AccessionStepKind",
    "Answer",
    "Application",
    "Attendance",
    "BacktestRow",
    "Body",
    "Category",
    "Chairmanship",
    "Charter",
    "Confidence",
    "Council",
    "Document",
    "DocumentKind",
    "Guest",
    "Headquarters",
    "History",
    "MemberState",
    "Membership",
    "Names",
    "Office",
    "PartialDate",
    "Person",
    "Precision",
    "Presiding",
    "Projection",
    "Qualifier",
    "QualifierKind",
    "Relation",
    "Roster",
    "RosterEntry",
    "RosterExclusion",
    "Source",
    "SourceKind",
    "Status",
    "Summit",
    "SummitFormat",
    "SummitStatus",
    "Term",
    "Variant",
    "derive_confidence",
]
