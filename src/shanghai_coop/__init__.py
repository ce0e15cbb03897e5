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
    from ._enums import Precision, QualifierKind, Status
    from ._organisation import Ambiguous, Organisation
    from .errors import (
        AmbiguousDateError,
        DataError,
        DateTypeError,
        DateValueError,
        InvalidArgumentError,
        MissingExtraError,
        MixedScriptError,
        ShanghaiCoopError,
        StateTypeError,
        UnknownStateError,
    )
    from .model import (
        Category,
        Membership,
        MemberState,
        Names,
        PartialDate,
        Qualifier,
        Source,
        Variant,
    )

__all__ = [
    "AmbiguousDateError",
    "Category",
    "DataError",
    "DateTypeError",
    "DateValueError",
    "InvalidArgumentError",
    "MemberState",
    "Membership",
    "MissingExtraError",
    "MixedScriptError",
    "Names",
    "Organisation",
    "PartialDate",
    "Precision",
    "Qualifier",
    "QualifierKind",
    "ShanghaiCoopError",
    "Source",
    "StateTypeError",
    "Status",
    "UnknownStateError",
    "Variant",
    "__version__",
    "data_version",
    "dialogue_partners",
    "history",
    "members",
    "observers",
    "organisation",
    "partners",
    "possible_statuses",
    "resolve",
    "status_of",
]

_LAZY = {
    "Status": "._enums",
    "Precision": "._enums",
    "QualifierKind": "._enums",
    "Category": ".model",
    "MemberState": ".model",
    "Membership": ".model",
    "Names": ".model",
    "PartialDate": ".model",
    "Qualifier": ".model",
    "Source": ".model",
    "Variant": ".model",
    "Organisation": "._organisation",
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


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is not None:
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value
    if name == "__version__":
        from importlib.metadata import version

        return version("shanghai_coop")
    raise AttributeError(f"module 'shanghai_coop' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)


_SCO: Organisation | None = None


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


def data_version() -> str:
    """Return the version of the packaged data, such as ``"2026.11.0"``.

    The data version changes whenever the data does, independently of the code version
    (``shanghai_coop.__version__``); ``organisation().as_of`` is the day it was checked.

    Returns:
        The data version string.

    Example:
        >>> data_version().count(".")
        2
    """
    return organisation().data_version


if TYPE_CHECKING:
    __version__: str
