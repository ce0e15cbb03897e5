"""shanghai_coop: the Shanghai Cooperation Organisation as typed, sourced data.

Statuses of every state in the SCO and its predecessor the Shanghai Five, day by day, with
the sources behind each date and honest answers where the sources are vague.

Quick start:

    >>> import shanghai_coop as sco
    >>> sco.status_of("Iran", "2023-07-04")
    <Status.MEMBER: 'member'>
    >>> [state.name for state in sco.members(on="2017-06-09")]
    ['China', 'India', 'Kazakhstan', 'Kyrgyzstan', 'Pakistan', 'Russia', 'Tajikistan', 'Uzbekistan']

Importing the package reads no data and imports neither attrs nor cattrs; the data is read
on the first query. Every public name below is importable from the package itself.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # the long name lists packed by hand, to keep this module under 500 lines
    from collections.abc import Iterable  # noqa: I001
    from typing import Any, Literal
    import pandas
    import polars
    from ._args import (
        Ambiguous, ConfidenceName, CouncilName, DocumentKindName, ExportFormat, OfficeName,
        Reading, RecordKind, Rule, Scheme, StatusName, SummitStatusName,
    )  # fmt: skip
    from ._enums import (
        AccessionStepKind, Confidence, Council, DocumentKind, Precision, QualifierKind,
        SourceKind, Status, SummitFormat, SummitStatus,
    )  # fmt: skip
    from ._organisation import Organisation
    from .errors import (
        AmbiguousDateError, AmbiguousStateError, ArgumentTypeError, DataError, DateTypeError,
        DateValueError, FormerStateError, InvalidArgumentError, MissingExtraError,
        MixedScriptError, NotRecordedError, ShanghaiCoopError, StateTypeError,
        UnknownDocumentError, UnknownSourceError, UnknownStateError, UnknownSummitError,
    )  # fmt: skip
    from .model import (
        AccessionStep, Answer, Application, Attendance, BacktestRow, Body, Category, Chairmanship,
        Charter, Document, Guest, Headquarters, History, Membership, MemberState, Names, Office,
        PartialDate, Person, Presiding, Projection, Qualifier, Relation, Roster, RosterEntry,
        RosterExclusion, Source, Summit, Term, Variant,
    )  # fmt: skip
    from .tables import Table

__all__ = [
    "AccessionStep", "AccessionStepKind", "Ambiguous", "AmbiguousDateError", "AmbiguousStateError",
    "Answer", "Application", "ArgumentTypeError", "Attendance", "BacktestRow", "Body", "Category",
    "Chairmanship", "Charter", "Confidence", "ConfidenceName", "Council", "CouncilName",
    "DataError", "DateTypeError", "DateValueError", "Document", "DocumentKind", "DocumentKindName",
    "ExportFormat", "FormerStateError", "Guest", "Headquarters", "History", "InvalidArgumentError",
    "MemberState", "Membership", "MissingExtraError", "MixedScriptError", "Names",
    "NotRecordedError", "Office", "OfficeName", "Organisation", "PartialDate", "Person",
    "Precision", "Presiding", "Projection", "Qualifier", "QualifierKind", "Reading", "RecordKind",
    "Relation", "Roster", "RosterEntry", "RosterExclusion", "Rule", "Scheme", "ShanghaiCoopError",
    "Source", "SourceKind", "StateTypeError", "Status", "StatusName", "Summit", "SummitFormat",
    "SummitStatus", "SummitStatusName", "Table", "Term", "UnknownDocumentError",
    "UnknownSourceError", "UnknownStateError", "UnknownSummitError", "Variant", "__version__",
    "accession_steps", "answer", "chair", "chairmanships", "council", "country_year",
    "data_version", "dialogue_partners", "document", "documents", "history", "members", "observers",
    "organisation", "partners", "plot_timeline", "possible_statuses", "projected_hosts",
    "rats_director", "records", "resolve", "rotation_backtest", "rotation_order",
    "secretary_general", "status_of", "status_of_many", "summit", "summits", "terms", "to_pandas",
    "to_polars",
]  # fmt: skip

#: Where the lazily imported public names live, searched in this order (cheapest first).
_HOMES = ("._enums", ".errors", "._args", "._organisation", ".tables", ".model")

#: Renamed public names: old name -> new name. Each keeps working, with a
#: DeprecationWarning, until the next major version (see docs/versions.md).
_DEPRECATED: dict[str, str] = {}


# Only at run time: to a type checker, an unknown attribute of the package stays an error.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        if name in _DEPRECATED:
            from ._deprecation import warn_renamed

            new = _DEPRECATED[name]
            warn_renamed(f"shanghai_coop.{name}", f"shanghai_coop.{new}")
            return globals()[new] if new in globals() else __getattr__(new)
        if name == "__version__":
            from ._version import version

            return version()
        if name in __all__:
            from importlib import import_module

            for home in _HOMES:
                value = getattr(import_module(home, __name__), name, _MISSING)
                if value is not _MISSING:
                    globals()[name] = value
                    return value
        raise AttributeError(f"module 'shanghai_coop' has no attribute {name!r}")

    _MISSING = object()


def __dir__() -> list[str]:
    return sorted(__all__)


# The shared organisation, and the shortcuts that answer from the generated fast index.
from ._shortcuts import (  # noqa: E402
    dialogue_partners,
    history,
    members,
    observers,
    organisation,
    partners,
    possible_statuses,
    resolve,
    status_of,
)  # fmt: skip

# -- shortcuts: each is the method of the same name on organisation(), documented there ---
# Their signatures are the methods' own (a test compares them); their docstrings say which
# method they call and show one example, and copy nothing else.


def answer(state: str | MemberState, on: object, *, ambiguous: Ambiguous = "raise") -> Answer:
    """Return a state's SCO status on a day in full: :meth:`Organisation.answer` of the SCO.

    Example:
        >>> answer("Iran", "2030-01-01").carried_forward  # after the data's as_of
        True
    """
    return organisation().answer(state, on, ambiguous=ambiguous)


def summits(
    council: Council | CouncilName | None = None,
    between: tuple[object, object] | None = None,
    host: str | MemberState | None = None,
    status: SummitStatus | SummitStatusName | None = None,
) -> tuple[Summit, ...]:
    """Return the SCO's recorded council meetings: :meth:`Organisation.summits`.

    Example:
        >>> [s.city for s in summits(council="heads_of_state", between=("2024-01-01", "2024-12-31"))]
        ['Astana']
    """  # noqa: E501
    return organisation().summits(council, between, host, status)


def summit(year: int, council: Council | CouncilName = "heads_of_state") -> Summit:
    """Return the SCO's one meeting of a council in a year: :meth:`Organisation.summit`.

    Example:
        >>> summit(2024, council="heads_of_government").city
        'Islamabad'
    """
    return organisation().summit(year, council)


def rotation_order(on: object) -> tuple[MemberState, ...]:
    """Return the SCO's members on a day in rotation order: :meth:`Organisation.rotation_order`.

    Example:
        >>> [s.names.ru_short for s in rotation_order("2026-01-01")][-1]
        'Узбекистан'
    """
    return organisation().rotation_order(on)


def projected_hosts(after: object, count: int = 1) -> tuple[Projection, ...]:
    """Project the next hosts of SCO summits: :meth:`Organisation.projected_hosts`.

    Example:
        >>> [(p.year, p.host.id) for p in projected_hosts(after=2026, count=3)]
        [(2027, 'PAK'), (2028, 'RUS'), (2029, 'TJK')]
    """
    return organisation().projected_hosts(after, count)


def rotation_backtest(reading: Reading = "handover", admitted: bool = False
) -> tuple[BacktestRow, ...]:  # fmt: skip
    """Compare every held SCO summit with the rotation rule: :meth:`Organisation.rotation_backtest`.

    Example:
        >>> sum(1 for row in rotation_backtest() if row.followed is False) > 0
        True
    """
    return organisation().rotation_backtest(reading, admitted)


def terms(office: OfficeName | None = None) -> tuple[Term, ...]:
    """Return the SCO's terms of office: :meth:`Organisation.terms`.

    Example:
        >>> [t.holder.name for t in terms("rats_director")][-1]
        'Ularbek Sharsheev'
    """
    return organisation().terms(office)


def secretary_general(on: object, *, ambiguous: Ambiguous = "raise") -> Term | None:
    """Return the head of the SCO Secretariat on a day: :meth:`Organisation.secretary_general`.

    Example:
        >>> secretary_general("2025-03-01").holder.name
        'Nurlan Yermekbayev'
    """
    return organisation().secretary_general(on, ambiguous=ambiguous)


def rats_director(on: object, *, ambiguous: Ambiguous = "raise") -> Term | None:
    """Return the Director of the RATS Executive Committee on a day: :meth:`Organisation.rats_director`.

    Example:
        >>> rats_director("2017-01-01").holder.name
        'Yevgeniy Sysoev'
    """  # noqa: E501
    return organisation().rats_director(on, ambiguous=ambiguous)


def council(kind: Council | CouncilName, on: object) -> Roster:
    """Return the latest roster of an SCO council on or before a day: :meth:`Organisation.council`.

    Example:
        >>> str(council("heads_of_government", on="2023-01-01").as_of)
        '2022-11-01'
    """
    return organisation().council(kind, on)


def chair(on: object, *, ambiguous: Ambiguous = "raise") -> Chairmanship:
    """Return who chairs the SCO on a day: :meth:`Organisation.chair`.

    Example:
        >>> chair(on="2025-01-01").state.name
        'China'
    """
    return organisation().chair(on, ambiguous=ambiguous)


def chairmanships() -> tuple[Chairmanship, ...]:
    """Return the SCO's recorded chairmanships: :meth:`Organisation.chairmanships`.

    Example:
        >>> chairmanships()[0].state.id
        'KAZ'
    """
    return organisation().chairmanships()


def documents(
    kind: DocumentKind | DocumentKindName | None = None, on: object = None
) -> tuple[Document, ...]:
    """Return the SCO's documents register: :meth:`Organisation.documents`.

    Example:
        >>> [d.id for d in documents(kind="charter")]
        ['sco-charter-2002']
    """
    return organisation().documents(kind, on)


def document(document_id: str) -> Document:
    """Return one document of the SCO's register: :meth:`Organisation.document`.

    Example:
        >>> str(document("sco-charter-2002").in_force)
        '2003-09-19'
    """
    return organisation().document(document_id)


def accession_steps(state: str | MemberState | None = None) -> tuple[AccessionStep, ...]:
    """Return the dated steps of accession to the SCO: :meth:`Organisation.accession_steps`.

    Example:
        >>> [s.step.value for s in accession_steps("Pakistan")][-1]
        'accession'
    """
    return organisation().accession_steps(state)


if not TYPE_CHECKING:  # typing is not imported at run time: the overloads are for checkers

    def overload(function: object) -> object:
        return function


if TYPE_CHECKING:
    from typing import overload

    import numpy as np
    from numpy.typing import NDArray

    from ._api_tables import SeriesT, States
    from ._args import BulkAmbiguous, Errors

    MinConfidence = Confidence | ConfidenceName | None


# fmt: off
@overload
def status_of_many(
    states: SeriesT, dates: object, *, ambiguous: BulkAmbiguous = ..., errors: Errors = ...,
    min_confidence: MinConfidence = ...,
) -> SeriesT: ...
@overload
def status_of_many(  # type: ignore[overload-overlap]  # pyright: ignore[reportOverlappingOverload]
    states: States | NDArray[Any], dates: SeriesT, *, ambiguous: BulkAmbiguous = ...,
    errors: Errors = ..., min_confidence: MinConfidence = ...,
) -> SeriesT: ...
@overload
def status_of_many(
    states: NDArray[Any], dates: object, *, ambiguous: BulkAmbiguous = ..., errors: Errors = ...,
    min_confidence: MinConfidence = ...,
) -> NDArray[np.object_]: ...
@overload
def status_of_many(  # type: ignore[overload-overlap]
    states: States, dates: NDArray[Any], *, ambiguous: BulkAmbiguous = ..., errors: Errors = ...,
    min_confidence: MinConfidence = ...,
) -> NDArray[np.object_]: ...
@overload
def status_of_many(
    states: States, dates: object, *, ambiguous: Ambiguous = ..., errors: Literal["raise"] = ...,
    min_confidence: None = ...,
) -> tuple[Status, ...]: ...
@overload
def status_of_many(
    states: States, dates: object, *, ambiguous: BulkAmbiguous = ..., errors: Errors = ...,
    min_confidence: MinConfidence = ...,
) -> tuple[Status | None, ...]: ...
# fmt: on
def status_of_many(
    states: Any,
    dates: Any,
    *,
    ambiguous: BulkAmbiguous = "raise",
    errors: Errors = "raise",
    min_confidence: Confidence | ConfidenceName | None = None,
) -> Any:
    """Answer many SCO status queries at once: :meth:`Organisation.status_of_many`.

    Example:
        >>> [s.value for s in status_of_many("Iran", ["2023-07-03", "2023-07-04"])]
        ['observer', 'member']
        >>> status_of_many(["Iran", "Atlantis"], "2023-07-04", errors="coerce")
        (<Status.MEMBER: 'member'>, None)
    """
    found = organisation().status_of_many
    return found(states, dates, ambiguous=ambiguous, errors=errors, min_confidence=min_confidence)


if not TYPE_CHECKING:
    del overload


def records(kind: RecordKind) -> Table:
    """Return one kind of SCO record as a table of plain dicts: :meth:`Organisation.records`.

    Example:
        >>> len(records("states")) == len(organisation().states)
        True
    """
    return organisation().records(kind)


def to_pandas(kind: RecordKind) -> pandas.DataFrame:
    """Return :func:`records` as a pandas DataFrame: :meth:`Organisation.to_pandas`.

    Example:
        >>> from importlib.util import find_spec  # is the extra installed?
        >>> to_pandas("spells")["status"].dtype.name if find_spec("pandas") else "category"
        'category'
    """
    return organisation().to_pandas(kind)


def to_polars(kind: RecordKind) -> polars.DataFrame:
    """Return :func:`records` as a polars DataFrame: :meth:`Organisation.to_polars`.

    Example:
        >>> from importlib.util import find_spec  # is the extra installed?
        >>> to_polars("summits").height > 50 if find_spec("polars") else True
        True
    """
    return organisation().to_polars(kind)


def country_year(
    start: int,
    end: int,
    states: str | MemberState | Iterable[Any] = "participants",
    rule: Rule | None = None,
    ambiguous: Literal["earliest", "latest"] = "earliest",
    *,
    convention: Literal["native", "cow"] = "native",
    observers: bool | None = None,
    min_confidence: Confidence | ConfidenceName | None = None,
) -> Table:
    """Return an SCO state-year panel: :meth:`Organisation.country_year`.

    Example:
        >>> panel = country_year(2022, 2023, states=["Saudi Arabia"], rule="dec31")
        >>> [(r["year"], r["status"], r["uncertain"]) for r in panel]
        [(2022, 'dialogue_partner', False), (2023, 'dialogue_partner', False)]
    """
    return organisation().country_year(
        start, end, states, rule, ambiguous, convention=convention, observers=observers,
        min_confidence=min_confidence,
    )  # fmt: skip


def plot_timeline(
    ax: Any = None,
    *,
    start: int = 1996,
    end: int | None = None,
    summits: bool = True,
    shanghai_five: bool = True,
) -> Any:
    """Draw the SCO membership timeline (extra ``plot``): :meth:`Organisation.plot_timeline`.

    Example:
        >>> from shanghai_coop import MissingExtraError
        >>> try:
        ...     import matplotlib
        ...     matplotlib.use("Agg")
        ...     title = plot_timeline(start=2020).get_title()
        ... except (ImportError, MissingExtraError):  # without the extra
        ...     title = "Shanghai Cooperation Organisation: membership history"
        >>> title.startswith("Shanghai Cooperation Organisation: membership history")
        True
    """
    return organisation().plot_timeline(
        ax, start=start, end=end, summits=summits, shanghai_five=shanghai_five
    )


def data_version() -> str:
    """Return the version of the packaged data, such as ``"2026.11.2"``.

    The data version changes whenever the data does, independently of the code version
    (``shanghai_coop.__version__``); ``organisation().as_of`` is the day of the newest
    dated source the data was checked against (later events are not in the data).

    Returns:
        The data version string.

    Example:
        >>> data_version().count(".")
        2
    """
    return organisation().data_version


if TYPE_CHECKING:
    __version__: str
