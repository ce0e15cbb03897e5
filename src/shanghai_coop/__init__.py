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
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any, Literal

    from ._enums import Council, Precision, QualifierKind, Status, SummitFormat, SummitStatus
    from ._organisation import Ambiguous, Organisation
    from .errors import (
        AmbiguousDateError,
        ArgumentTypeError,
        DataError,
        DateTypeError,
        DateValueError,
        InvalidArgumentError,
        MissingExtraError,
        MixedScriptError,
        NotRecordedError,
        ShanghaiCoopError,
        StateTypeError,
        UnknownSourceError,
        UnknownStateError,
        UnknownSummitError,
    )
    from .model import (
        Application,
        Attendance,
        BacktestRow,
        Body,
        Category,
        Charter,
        Guest,
        Headquarters,
        Membership,
        MemberState,
        Names,
        Office,
        PartialDate,
        Person,
        Projection,
        Qualifier,
        Relation,
        Roster,
        RosterEntry,
        RosterExclusion,
        Source,
        Summit,
        Term,
        Variant,
    )
    from .tables import Table

__all__ = [
    "Ambiguous",
    "AmbiguousDateError",
    "Application",
    "ArgumentTypeError",
    "Attendance",
    "BacktestRow",
    "Body",
    "Category",
    "Charter",
    "Council",
    "DataError",
    "DateTypeError",
    "DateValueError",
    "Guest",
    "Headquarters",
    "InvalidArgumentError",
    "MemberState",
    "Membership",
    "MissingExtraError",
    "MixedScriptError",
    "Names",
    "NotRecordedError",
    "Office",
    "Organisation",
    "PartialDate",
    "Person",
    "Precision",
    "Projection",
    "Qualifier",
    "QualifierKind",
    "Relation",
    "Roster",
    "RosterEntry",
    "RosterExclusion",
    "ShanghaiCoopError",
    "Source",
    "StateTypeError",
    "Status",
    "Summit",
    "SummitFormat",
    "SummitStatus",
    "Table",
    "Term",
    "UnknownSourceError",
    "UnknownStateError",
    "UnknownSummitError",
    "Variant",
    "__version__",
    "council",
    "country_year",
    "data_version",
    "dialogue_partners",
    "history",
    "members",
    "observers",
    "organisation",
    "partners",
    "plot_timeline",
    "possible_statuses",
    "projected_hosts",
    "rats_director",
    "records",
    "resolve",
    "rotation_backtest",
    "rotation_order",
    "secretary_general",
    "status_of",
    "status_of_many",
    "summit",
    "summits",
    "terms",
    "to_pandas",
    "to_polars",
]

_LAZY = {
    "Status": "._enums",
    "Precision": "._enums",
    "QualifierKind": "._enums",
    "Council": "._enums",
    "SummitFormat": "._enums",
    "SummitStatus": "._enums",
    "BacktestRow": ".model",
    "Projection": ".model",
    "Summit": ".model",
    "UnknownSummitError": ".errors",
    "UnknownSourceError": ".errors",
    "ArgumentTypeError": ".errors",
    "NotRecordedError": ".errors",
    "Application": ".model",
    "Attendance": ".model",
    "Body": ".model",
    "Charter": ".model",
    "Guest": ".model",
    "Headquarters": ".model",
    "Office": ".model",
    "Person": ".model",
    "Relation": ".model",
    "Roster": ".model",
    "RosterEntry": ".model",
    "RosterExclusion": ".model",
    "Term": ".model",
    "Table": ".tables",
    "Category": ".model",
    "MemberState": ".model",
    "Membership": ".model",
    "Names": ".model",
    "PartialDate": ".model",
    "Qualifier": ".model",
    "Source": ".model",
    "Variant": ".model",
    "Organisation": "._organisation",
    "Ambiguous": "._organisation",
    "AmbiguousDateError": ".errors",
    "DataError": ".errors",
    "DateTypeError": ".errors",
    "DateValueError": ".errors",
    "InvalidArgumentError": ".errors",
    "MissingExtraError": ".errors",
    "MixedScriptError": ".errors",
    "ShanghaiCoopError": ".errors",
    "StateTypeError": ".errors",
    "UnknownStateError": ".errors",
}


#: Renamed public names: old name -> new name. Each keeps working, with a
#: DeprecationWarning, until the next major version (see docs/versions.md).
_DEPRECATED: dict[str, str] = {}


# Only at run time: to a type checker, an unknown attribute of the package stays an error.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        if name in _DEPRECATED:
            import warnings

            new = _DEPRECATED[name]
            warnings.warn(
                f"shanghai_coop.{name} is deprecated; use shanghai_coop.{new}",
                DeprecationWarning,
                stacklevel=2,
            )
            return globals()[new] if new in globals() else __getattr__(new)
        module = _LAZY.get(name)
        if module is not None:
            from importlib import import_module

            value = getattr(import_module(module, __name__), name)
            globals()[name] = value
            return value
        if name == "__version__":
            from importlib.metadata import PackageNotFoundError, version

            try:
                return version("shanghai_coop")
            except PackageNotFoundError:  # imported from a source tree that is not installed
                return "0+unknown"
        raise AttributeError(f"module 'shanghai_coop' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)


_SCO: Organisation | None = None
_LOCK = __import__("_thread").allocate_lock()  # _thread is built in: no import cost


def organisation() -> Organisation:
    """Return the shared default organisation: the SCO over the packaged data.

    Loaded on first call (thread-safe) and reused; the module-level query functions all
    use it. ``organisation().predecessor`` is the Shanghai Five.

    Returns:
        The :class:`Organisation` for the SCO.

    Raises:
        DataError: The packaged data is corrupt (a broken installation).

    Example:
        >>> organisation().id
        'SCO'
    """
    global _SCO
    sco = _SCO
    if sco is None:
        with _LOCK:
            sco = _SCO
            if sco is None:
                from ._organisation import Organisation

                sco = _SCO = Organisation.load()
    return sco


def status_of(state: str | MemberState, on: object, *, ambiguous: Ambiguous = "raise") -> Status:
    """Return a state's SCO status on a day; see :meth:`Organisation.status_of`.

    Args:
        state: A name, alias, code, QID or :class:`MemberState`.
        on: A ``date``, ``datetime``, ``pandas.Timestamp``, ``numpy.datetime64`` or
            ``"YYYY-MM-DD"``.
        ambiguous: ``"raise"``, ``"earliest"`` or ``"latest"``, for days inside the
            uncertainty window of a transition dated only roughly.

    Returns:
        The :class:`Status`.

    Raises:
        AmbiguousDateError: ``on`` falls inside an uncertainty window (with ``"raise"``).
        UnknownStateError: ``state`` denotes no state.
        DateTypeError: ``on`` is not date-like.
        DateValueError: ``on`` is no calendar day.

    Example:
        >>> status_of("Pakistan", "2016-01-01").value
        'observer'
        >>> status_of("France", "2020-01-01").value
        'none'
    """
    sco = _SCO if _SCO is not None else organisation()
    return sco.status_of(state, on, ambiguous=ambiguous)


def possible_statuses(state: str | MemberState, on: object) -> frozenset[Status]:
    """Return every SCO status a state may have had on a day; see :meth:`Organisation.possible_statuses`.

    Args:
        state: A name, alias, code, QID or :class:`MemberState`.
        on: A date-like value.

    Returns:
        A ``frozenset`` of :class:`Status`.

    Raises:
        UnknownStateError: ``state`` denotes no state.
        DateTypeError: ``on`` is not date-like.
        DateValueError: ``on`` is no calendar day.

    Example:
        >>> sorted(s.value for s in possible_statuses("Iran", "2023-07-04"))
        ['member']
    """  # noqa: E501
    return organisation().possible_statuses(state, on)


def members(on: object, *, ambiguous: Ambiguous = "raise") -> tuple[MemberState, ...]:
    """Return the SCO member states on a day; see :meth:`Organisation.members`.

    Args:
        on: A date-like value.
        ambiguous: As for :func:`status_of`.

    Returns:
        The members, sorted by English short name.

    Raises:
        AmbiguousDateError: A status is uncertain that day (with ``"raise"``).
        DateTypeError: ``on`` is not date-like.
        DateValueError: ``on`` is no calendar day.

    Example:
        >>> len(members(on="2024-07-04"))
        10
    """
    return organisation().members(on, ambiguous=ambiguous)


def observers(on: object, *, ambiguous: Ambiguous = "raise") -> tuple[MemberState, ...]:
    """Return the SCO observer states on a day; see :meth:`Organisation.observers`.

    Args:
        on: A date-like value.
        ambiguous: As for :func:`status_of`.

    Returns:
        The observers, sorted by English short name.

    Raises:
        AmbiguousDateError: A status is uncertain that day (with ``"raise"``).

    Example:
        >>> [s.name for s in observers(on="2020-01-01")]
        ['Afghanistan', 'Belarus', 'Iran', 'Mongolia']
    """
    return organisation().observers(on, ambiguous=ambiguous)


def dialogue_partners(on: object, *, ambiguous: Ambiguous = "raise") -> tuple[MemberState, ...]:
    """Return the SCO dialogue partners on a day; see :meth:`Organisation.dialogue_partners`.

    Args:
        on: A date-like value.
        ambiguous: As for :func:`status_of`.

    Returns:
        The dialogue partners, sorted by English short name.

    Raises:
        AmbiguousDateError: A status is uncertain that day (with ``"raise"``).

    Example:
        >>> len(dialogue_partners(on="2024-01-01"))
        14
    """
    return organisation().dialogue_partners(on, ambiguous=ambiguous)


def partners(on: object, *, ambiguous: Ambiguous = "raise") -> tuple[MemberState, ...]:
    """Return the "SCO partners" on a day; see :meth:`Organisation.partners`.

    Args:
        on: A date-like value.
        ambiguous: As for :func:`status_of`.

    Returns:
        The partners, sorted by English short name.

    Raises:
        AmbiguousDateError: A status is uncertain that day (with ``"raise"``).

    Example:
        >>> "Laos" in [s.name for s in partners(on="2026-01-01")]
        True
    """
    return organisation().partners(on, ambiguous=ambiguous)


def history(state: str | MemberState) -> tuple[Membership, ...]:
    """Return a state's SCO spells in time order; see :meth:`Organisation.history`.

    Args:
        state: A name, alias, code, QID or :class:`MemberState`.

    Returns:
        The :class:`Membership` spells.

    Raises:
        UnknownStateError: ``state`` denotes no state.

    Example:
        >>> [s.status.value for s in history("Mongolia")]
        ['observer', 'partner']
    """
    return organisation().history(state)


def resolve(name: str | MemberState) -> MemberState:
    """Return the state a name denotes; see :meth:`Organisation.resolve`.

    Args:
        name: A name, alias, code, QID or :class:`MemberState`.

    Returns:
        The :class:`MemberState`.

    Raises:
        UnknownStateError: Nothing matches; ``suggestions`` lists close matches.
        MixedScriptError: The name mixes alphabets.

    Example:
        >>> resolve("byelorussia").id
        'BLR'
    """
    return organisation().resolve(name)


def summits(
    council: Council | str | None = None,
    between: tuple[object, object] | None = None,
    host: str | MemberState | None = None,
    status: SummitStatus | str | None = None,
) -> tuple[Summit, ...]:
    """Return the SCO's recorded council meetings; see :meth:`Organisation.summits`.

    Args:
        council: ``"heads_of_state"``, ``"heads_of_government"`` or ``None`` for both.
        between: ``(first, last)`` date-likes, both inclusive; overlapping summits count.
        host: Only summits hosted by this state.
        status: ``"held"``, ``"planned"``, ``"not_held"``; ``None`` for held and planned.

    Returns:
        The :class:`Summit` records in time order.

    Raises:
        InvalidArgumentError: An argument is not one of its values.

    Example:
        >>> [s.city for s in summits(council="heads_of_state", between=("2024-01-01", "2024-12-31"))]
        ['Astana']
    """  # noqa: E501
    return organisation().summits(council, between, host, status)


def summit(year: int, council: Council | str = "heads_of_state") -> Summit:
    """Return the SCO's one meeting of a council in a year; see :meth:`Organisation.summit`.

    Args:
        year: The calendar year.
        council: ``"heads_of_state"`` (default) or ``"heads_of_government"``.

    Returns:
        The :class:`Summit`.

    Raises:
        UnknownSummitError: No meeting of that council is recorded for the year.

    Example:
        >>> summit(2024, council="heads_of_government").city
        'Islamabad'
    """
    return organisation().summit(year, council)


def rotation_order(on: object) -> tuple[MemberState, ...]:
    """Return the SCO members on a day in rotation order; see :meth:`Organisation.rotation_order`.

    Args:
        on: A date-like value.

    Returns:
        The members sorted by Russian short name under a Russian collation.

    Raises:
        AmbiguousDateError: A membership is uncertain that day.

    Example:
        >>> [s.names.ru_short for s in rotation_order("2026-01-01")][-1]
        'Узбекистан'
    """
    return organisation().rotation_order(on)


def projected_hosts(after: object, count: int = 1) -> tuple[Projection, ...]:
    """Project the next heads-of-state summit hosts; see :meth:`Organisation.projected_hosts`.

    Args:
        after: A year, a summit id or a :class:`Summit`.
        count: How many years to project (1 to 100).

    Returns:
        :class:`Projection` objects, labelled as projections.

    Raises:
        UnknownSummitError: No heads-of-state summit is recorded for the year given.
        InvalidArgumentError: ``count`` is out of range, or ``after`` is a summit of the
            Shanghai Five or of the Council of Heads of Government.
        ArgumentTypeError: ``after`` or ``count`` has the wrong type.

    Example:
        >>> [(p.year, p.host.id) for p in projected_hosts(after=2026, count=3)]
        [(2027, 'PAK'), (2028, 'RUS'), (2029, 'TJK')]
    """
    return organisation().projected_hosts(after, count)


def rotation_backtest() -> tuple[BacktestRow, ...]:
    """Compare every recorded heads-of-state summit with the rule; see :meth:`Organisation.rotation_backtest`.

    Returns:
        :class:`BacktestRow` objects in time order.

    Example:
        >>> sum(1 for row in rotation_backtest() if row.followed is False) > 0
        True
    """  # noqa: E501
    return organisation().rotation_backtest()


def terms(office: str | None = None) -> tuple[Term, ...]:
    """Return the SCO's terms of office; see :meth:`Organisation.terms`.

    Args:
        office: ``"executive_secretary"``, ``"secretary_general"``, ``"rats_director"`` or
            ``None`` for all.

    Returns:
        :class:`Term` records, by office and in time order.

    Raises:
        InvalidArgumentError: ``office`` is not one of the offices.

    Example:
        >>> [t.holder.name for t in terms("rats_director")][-1]
        'Ularbek Sharsheev'
    """
    return organisation().terms(office)


def secretary_general(on: object, *, ambiguous: Ambiguous = "raise") -> Term | None:
    """Return the head of the SCO Secretariat on a day; see :meth:`Organisation.secretary_general`.

    Args:
        on: A date-like value.
        ambiguous: ``"raise"``, ``"earliest"`` or ``"latest"``, for a day inside a
            transition dated only to a month or year.

    Returns:
        The :class:`Term` (its ``office`` says whether the post was that of the Executive
        Secretary or of the Secretary-General), or ``None`` before the Secretariat existed.

    Raises:
        AmbiguousDateError: ``on`` is inside an uncertain transition (with ``"raise"``).

    Example:
        >>> secretary_general("2025-03-01").holder.name
        'Nurlan Yermekbayev'
    """
    return organisation().secretary_general(on, ambiguous=ambiguous)


def rats_director(on: object, *, ambiguous: Ambiguous = "raise") -> Term | None:
    """Return the Director of the RATS Executive Committee on a day; see :meth:`Organisation.rats_director`.

    Args:
        on: A date-like value.
        ambiguous: As for :func:`secretary_general`.

    Returns:
        The :class:`Term`, or ``None`` before the RATS existed.

    Raises:
        AmbiguousDateError: ``on`` is inside an uncertain transition (with ``"raise"``).

    Example:
        >>> rats_director("2017-01-01").holder.name
        'Yevgeniy Sysoev'
    """  # noqa: E501
    return organisation().rats_director(on, ambiguous=ambiguous)


def council(kind: Council | str, on: object) -> Roster:
    """Return the latest recorded roster of an SCO council on or before a day; see :meth:`Organisation.council`.

    Args:
        kind: ``"heads_of_state"`` or ``"heads_of_government"``.
        on: A date-like value.

    Returns:
        The :class:`Roster`; its ``as_of`` is the day it describes.

    Raises:
        NotRecordedError: No roster of that council is recorded on or before ``on``.

    Example:
        >>> str(council("heads_of_government", on="2023-01-01").as_of)
        '2022-11-01'
    """  # noqa: E501
    return organisation().council(kind, on)


def status_of_many(states: Any, dates: Any, *, ambiguous: Ambiguous = "raise") -> Any:
    """Answer many SCO status queries at once; see :meth:`Organisation.status_of_many`.

    Args:
        states: A sequence, numpy array or pandas Series of states, or one state.
        dates: A sequence, numpy ``datetime64`` array or pandas Series of dates, or one date.
        ambiguous: As for :func:`status_of`, for every pair.

    Returns:
        A tuple of :class:`Status` (a numpy array for numpy input, a categorical Series
        for pandas input).

    Raises:
        AmbiguousDateError: A pair is inside an uncertainty window (with ``"raise"``).
        UnknownStateError: A state is unknown.
        ArgumentTypeError: An input is a set, dict, generator or iterator.
        InvalidArgumentError: Lengths or Series indexes differ.

    Errors about one element name its position. See
    :meth:`Organisation.status_of_many`.

    Example:
        >>> [s.value for s in status_of_many("Iran", ["2023-07-03", "2023-07-04"])]
        ['observer', 'member']
    """
    return organisation().status_of_many(states, dates, ambiguous=ambiguous)


def records(kind: str) -> Table:
    """Return one kind of SCO record as a table of plain dicts; see :meth:`Organisation.records`.

    Args:
        kind: ``"spells"``, ``"states"``, ``"summits"``, ``"terms"``, ``"relations"``,
            ``"applications"`` or ``"rosters"``.

    Returns:
        A :class:`Table`.

    Raises:
        InvalidArgumentError: ``kind`` is unknown.

    Example:
        >>> len(records("states")) == len(organisation().states)
        True
    """
    return organisation().records(kind)


def to_pandas(kind: str) -> Any:
    """Return :func:`records` as a pandas DataFrame (extra ``pandas``).

    Args:
        kind: As for :func:`records`.

    Returns:
        A ``pandas.DataFrame``.

    Raises:
        MissingExtraError: pandas is not installed.

    Example:
        >>> from shanghai_coop import MissingExtraError
        >>> try:
        ...     kind = to_pandas("spells")["status"].dtype.name
        ... except MissingExtraError:  # without the extra
        ...     kind = "category"
        >>> kind
        'category'
    """
    return organisation().to_pandas(kind)


def to_polars(kind: str) -> Any:
    """Return :func:`records` as a polars DataFrame (extra ``polars``).

    Args:
        kind: As for :func:`records`.

    Returns:
        A ``polars.DataFrame``.

    Raises:
        MissingExtraError: polars is not installed.

    Example:
        >>> from shanghai_coop import MissingExtraError
        >>> try:
        ...     many = to_polars("summits").height > 50
        ... except MissingExtraError:  # without the extra
        ...     many = True
        >>> many
        True
    """
    return organisation().to_polars(kind)


def country_year(
    start: int,
    end: int,
    states: str | MemberState | Iterable[Any] = "participants",
    rule: str = "jan1",
    ambiguous: Literal["earliest", "latest"] = "earliest",
) -> Table:
    """Return an SCO state-year panel; see :meth:`Organisation.country_year`.

    Args:
        start: First year.
        end: Last year.
        states: ``"participants"``, ``"all"``, one state (a name, code or
            :class:`MemberState`), or a list or set of states.
        rule: ``"jan1"``, ``"dec31"``, ``"any"`` or ``"majority"``.
        ambiguous: ``"earliest"`` or ``"latest"``, for uncertain years (which are flagged).

    Returns:
        A :class:`Table` whose ``meta`` states the rule.

    Raises:
        InvalidArgumentError: An argument is invalid, or the panel would have more than
            1,000,000 rows.
        ArgumentTypeError: A year is not an integer, or ``states`` is of no accepted type.
        UnknownStateError: A state in a list of states is unknown.

    Example:
        >>> panel = country_year(2022, 2023, states=["Saudi Arabia"], rule="dec31")
        >>> [(r["year"], r["status"], r["uncertain"]) for r in panel]
        [(2022, 'dialogue_partner', False), (2023, 'dialogue_partner', False)]
    """
    return organisation().country_year(start, end, states, rule, ambiguous)


def plot_timeline(ax: Any = None, **options: Any) -> Any:
    """Draw the SCO membership timeline (extra ``plot``); see :meth:`Organisation.plot_timeline`.

    Args:
        ax: A matplotlib ``Axes``, or ``None`` for a new figure.
        **options: ``start``, ``end``, ``summits``, ``shanghai_five``.

    Returns:
        The matplotlib ``Axes``.

    Raises:
        MissingExtraError: matplotlib is not installed.
        ArgumentTypeError: A year, flag or ``ax`` has the wrong type.
        InvalidArgumentError: The years are not ``1 <= start <= end <= 9998``.

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
    return organisation().plot_timeline(ax, **options)


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
