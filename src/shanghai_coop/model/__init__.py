"""The value classes: immutable, hashable, picklable records built with attrs.

Every class here is ``@attrs.frozen`` with slots; collections are tuples; nothing a caller
receives can change the library's shared data. Instances compare and hash by value.

The classes are the public shapes of the packaged JSON (see ``docs/data.md``). The JSON is
structured straight into them by a private cattrs converter (:mod:`shanghai_coop._convert`),
whose hooks turn an id into its object and an EDTF string into a :class:`PartialDate`: each
field is declared once, here.

The classes live in one module per area (``_values``, ``_states``, ``_answers``,
``_sources``, ``_summits``, ``_offices``, ``_register``, ``_documents``) and are all
importable from here. Each name is imported on first use (PEP 562): importing this package
imports nothing, and a query that returns states (``shanghai_coop.members``) imports the
modules of states only (``_values``, ``_grade``, ``_states``).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
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
    from ._answers import AccessionStep, Answer
    from ._documents import Document
    from ._grade import derive_confidence
    from ._offices import Office, Person, Roster, RosterEntry, RosterExclusion, Term
    from ._register import Application, Attendance, Body, Charter, Guest, Headquarters, Relation
    from ._sources import Category, Source
    from ._states import History, Membership, MemberState, Qualifier
    from ._summits import BacktestRow, Chairmanship, Presiding, Projection, Summit
    from ._values import Names, PartialDate, Variant

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

#: Where each public name is defined, relative to this package.
_HOMES: dict[str, str] = {
    **dict.fromkeys(
        (
            "AccessionStepKind", "Confidence", "Council", "DocumentKind", "Precision",
            "QualifierKind", "SourceKind", "Status", "SummitFormat", "SummitStatus",
        ),
        ".._enums",
    ),
    "Document": "._documents",
    "derive_confidence": "._grade",
    **dict.fromkeys(
        ("Office", "Person", "Roster", "RosterEntry", "RosterExclusion", "Term"), "._offices"
    ),
    **dict.fromkeys(
        ("Application", "Attendance", "Body", "Charter", "Guest", "Headquarters", "Relation"),
        "._register",
    ),
    **dict.fromkeys(("AccessionStep", "Answer"), "._answers"),
    **dict.fromkeys(("History", "Membership", "MemberState", "Qualifier"), "._states"),
    **dict.fromkeys(
        ("BacktestRow", "Chairmanship", "Presiding", "Projection", "Summit"), "._summits"
    ),
    **dict.fromkeys(("Category", "Source"), "._sources"),
    **dict.fromkeys(("Names", "PartialDate", "Variant"), "._values"),
}  # fmt: skip

# Only at run time: to a type checker, the names are the imports above.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module 'shanghai_coop.model' has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(home, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
