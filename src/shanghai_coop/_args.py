"""Checking the arguments a caller passes: integers, closed sets of strings, policies.

One place for the checks every query shares, so that a bad argument raises the same typed
error, with the same wording, whichever query it was given to.
"""

from __future__ import annotations

from typing import Any, Literal, Protocol

from ._enums import COUNCIL_SHORT_FORMS, Confidence, Council, Status
from .errors import ArgumentTypeError, InvalidArgumentError

__all__ = [
    "SCHEMES", "Ambiguous", "BulkAmbiguous", "ConfidenceName", "CouncilName", "DocumentKindName",
    "Errors", "ExportFormat", "OfficeName", "Reading", "RecordKind", "Rule", "Scheme",
    "SeriesLike", "StatusName", "SummitStatusName", "choice", "confidence", "council",
    "enum_value", "integer", "status",
]  # fmt: skip

#: How to answer a query that falls inside a transition's uncertainty window.
Ambiguous = Literal["raise", "earliest", "latest"]
#: The policies of bulk look-ups: those of :data:`Ambiguous`, and "missing" (a missing
#: value for a day inside an uncertainty window).
BulkAmbiguous = Literal["raise", "earliest", "latest", "missing"]
#: What bulk look-ups do with a pair they cannot read: raise, or answer a missing value.
Errors = Literal["raise", "coerce"]


class SeriesLike(Protocol):
    """What the type checkers know a pandas ``Series`` by (pandas need not be typed)."""

    @property
    def index(self) -> Any:
        """The Series' index."""

    @property
    def iloc(self) -> Any:
        """Its positional indexer."""


#: Which kind of name or code a value given to ``resolve(value, scheme=...)`` is: a name
#: (no codes), an ISO 3166-1 alpha-2, alpha-3 or numeric code, a Correlates of War number
#: or abbreviation, a Gleditsch-Ward number, or a Wikidata QID.
Scheme = Literal["name", "iso2", "iso3", "iso_numeric", "cow", "gw", "wikidata"]
#: The schemes, in the order of :data:`Scheme`.
SCHEMES: tuple[str, ...] = ("name", "iso2", "iso3", "iso_numeric", "cow", "gw", "wikidata")

# The closed sets of strings a caller passes, for the type checker: each equals its runtime
# set (the enum's values, ``tables.RULES``, ``tables.COLUMNS``...), which tests/test_types.py
# checks, so that a misspelt value fails under mypy and pyright before it fails at run time.

#: A council by its value or short form (:class:`~shanghai_coop.Council` also accepted).
CouncilName = Literal["heads_of_state", "heads_of_government", "state", "government"]
#: A status a state can hold, by value (:class:`~shanghai_coop.Status` also accepted).
StatusName = Literal["member", "observer", "dialogue_partner", "partner"]
#: A summit's status, by value (:class:`~shanghai_coop.SummitStatus` also accepted).
SummitStatusName = Literal["held", "planned", "not_held"]
#: An office of the organisation, by id.
OfficeName = Literal["executive_secretary", "secretary_general", "rats_director"]
#: A kind of document, by value (:class:`~shanghai_coop.DocumentKind` also accepted).
DocumentKindName = Literal[
    "declaration", "convention", "treaty", "charter", "agreement", "regulation", "strategy",
    "memorandum", "decision", "un_resolution",
]  # fmt: skip
#: A kind of record table (``records(kind)``, ``to_pandas(kind)``, ``export <kind>``).
RecordKind = Literal[
    "spells", "states", "summits", "terms", "relations", "applications", "rosters", "crosswalk",
    "segments",
]  # fmt: skip
#: A rule of the country-year panel (``country_year(rule=...)``).
Rule = Literal["jan1", "dec31", "any", "majority"]
#: A confidence grade, by value (:class:`~shanghai_coop.Confidence` also accepted).
ConfidenceName = Literal["verified", "single", "tertiary_only", "conflicting", "inferred"]
#: A reading of the rotation back-test (``rotation_backtest(reading=...)``).
Reading = Literal["handover", "cycle"]
#: A file format of ``Table.export``.
ExportFormat = Literal["csv", "json", "parquet", "arrow"]


def integer(value: object, argument: str, expected: str) -> int:
    """Return an integer argument: an ``int`` or anything with ``__index__`` (numpy), not a bool.

    Raises:
        ArgumentTypeError: ``value`` is a bool or no integer.
    """
    import operator

    if isinstance(value, bool):
        raise ArgumentTypeError(argument, value, expected)
    try:
        return operator.index(value)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    except TypeError:
        raise ArgumentTypeError(argument, value, expected) from None


def enum_value(kind: Any, value: object, argument: str) -> Any:
    """Return the member of an enum that ``value`` names (a council also by its short form).

    Raises:
        InvalidArgumentError: ``value`` names no member.
    """
    short = COUNCIL_SHORT_FORMS if kind is Council else {}
    if isinstance(value, str) and value in short:
        return short[value]
    try:
        return kind(value)
    except ValueError:
        raise InvalidArgumentError(argument, value, [m.value for m in kind] + [*short]) from None


def council(value: object, argument: str = "council") -> Council:
    """Return the :class:`Council` that ``value`` names (``"state"`` and ``"government"`` too)."""
    found: Council = enum_value(Council, value, argument)
    return found


def status(value: object) -> Status:
    """Return the :class:`Status` that ``value`` names; ``"none"`` is refused.

    Raises:
        InvalidArgumentError: ``value`` is no status, or ``"none"``.
    """
    allowed = [s.value for s in Status if s is not Status.NONE]
    try:
        found = Status(value)
    except ValueError:
        raise InvalidArgumentError("status", value, allowed) from None
    if found is Status.NONE:
        raise InvalidArgumentError("status", value, allowed)
    return found


def choice(value: object, argument: str, allowed: Any) -> str:
    """Return ``value`` if it is one of the strings ``allowed``.

    Raises:
        InvalidArgumentError: It is not.
    """
    if not isinstance(value, str) or value not in allowed:
        raise InvalidArgumentError(argument, value, allowed)
    return value


def confidence(value: object, argument: str = "min_confidence") -> Confidence:
    """Return the :class:`Confidence` that ``value`` names (a grade or its value).

    Raises:
        InvalidArgumentError: ``value`` is no grade.
    """
    found: Confidence = enum_value(Confidence, value, argument)
    return found
