"""The shared default organisation and the shortcuts that answer from the fast index.

``status_of``, ``possible_statuses``, ``members``, ``observers``, ``dialogue_partners``,
``partners`` and ``resolve`` of the package answer from :mod:`._fast` (a generated index of
the packaged data) when they can, and otherwise ask :func:`organisation`, which reads the
JSON: the answers, and the errors, are those of the full path (a test compares them on every
state and every day from 1990 to 2035). Importing this module imports nothing else.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from ._args import Ambiguous, Scheme, StatusName
    from ._enums import Status
    from ._organisation import Organisation
    from .model import History, MemberState
    from .model._grade import SourceInfo

__all__ = [
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


def _load_status(state: object, on: object, ambiguous: object) -> Status | None:
    """The fast status look-up, imported on first use (then called directly)."""
    global _status, _WARM, _OFFSETS, _ANSWERS
    from ._fast import ANSWERS, OFFSETS, WARM, status

    # The answers first, so that another thread never sees the tables without them.
    _ANSWERS, _OFFSETS, _WARM, _status = ANSWERS, OFFSETS, WARM, status
    return status(state, on, ambiguous)


_status: Callable[[object, object, object], Status | None] = _load_status
# The warm look-up of :mod:`._fast`, bound on first use: a name and a day seen before are
# answered by four subscripts (see ``_fast.WARM``); anything else raises KeyError or
# TypeError here (or IndexError, while another thread binds them) and goes through
# ``_status``.
_WARM: dict[str, dict[object, bytes]] = {}
_OFFSETS: dict[object, int] = {}
_ANSWERS: tuple[Status | None, ...] = ()


def status_of(state: str | MemberState, on: object, *, ambiguous: Ambiguous = "raise") -> Status:
    """Return a state's SCO status on a day: :meth:`Organisation.status_of` of the SCO.

    Example:
        >>> status_of("Pakistan", "2016-01-01").value
        'observer'
    """
    try:
        found = _ANSWERS[_WARM[ambiguous][state][_OFFSETS[on]]]
    except (LookupError, TypeError):  # not seen yet (or, in another thread, half bound)
        found = _status(state, on, ambiguous)
    if found is not None:
        return found
    sco = _SCO if _SCO is not None else organisation()
    return sco.status_of(state, on, ambiguous=ambiguous)


def possible_statuses(state: str | MemberState, on: object) -> frozenset[Status]:
    """Return every status a state may have had on a day: :meth:`Organisation.possible_statuses`.

    Example:
        >>> sorted(s.value for s in possible_statuses("Saudi Arabia", "2022-09-20"))
        ['dialogue_partner', 'none']
    """
    from ._fast import possible

    found = possible(state, on)
    return found if found is not None else organisation().possible_statuses(state, on)


#: The states built from the generated module, by key (see the module's docstring).
_BUILT: dict[str, MemberState] = {}


def _state(key: str) -> MemberState:
    """A state as the full path builds it, from :mod:`._faststates` (no JSON read)."""
    found = _BUILT.get(key)
    if found is not None:
        return found
    from ._faststates import BUILD, FINGERPRINT

    build = BUILD.get(key)
    if build is None:
        return organisation().resolve(key)
    from .model._grade import grade_all

    found = build()
    grade_all(found, _source_info)
    object.__setattr__(found, "_ref", (None, FINGERPRINT, "state", key))
    if not _BUILT:
        import copyreg

        copyreg.pickle(type(found), _reduce)
    return _BUILT.setdefault(key, found)


def _source_info(key: str) -> SourceInfo | None:
    """The kind and publisher of a source of the packaged data (read on first grade)."""
    from ._dataset import packaged

    return packaged().source_info(key)


def _reduce(state: MemberState) -> Any:
    """Pickle a state as the full path does: a reference to the packaged data."""
    from ._dataset import reduce_by_reference

    return reduce_by_reference(state)


def _with(wanted: StatusName, on: object, ambiguous: Ambiguous) -> tuple[MemberState, ...]:
    """The states holding a status on a day; only those returned are built."""
    from ._fast import keys_with
    from ._status import Status

    keys = keys_with(Status(wanted), on, ambiguous)
    if keys is None:
        return organisation().with_status(wanted, on, ambiguous=ambiguous)
    return tuple(_state(key) for key in keys)


def members(on: object, *, ambiguous: Ambiguous = "raise") -> tuple[MemberState, ...]:
    """Return the SCO's member states on a day: :meth:`Organisation.members`.

    Example:
        >>> len(members(on="2024-07-04"))
        10
    """
    return _with("member", on, ambiguous)


def observers(on: object, *, ambiguous: Ambiguous = "raise") -> tuple[MemberState, ...]:
    """Return the SCO's observer states on a day: :meth:`Organisation.observers`.

    Example:
        >>> [s.name for s in observers(on="2020-01-01")]
        ['Afghanistan', 'Belarus', 'Iran', 'Mongolia']
    """
    return _with("observer", on, ambiguous)


def dialogue_partners(on: object, *, ambiguous: Ambiguous = "raise") -> tuple[MemberState, ...]:
    """Return the SCO's dialogue partners on a day: :meth:`Organisation.dialogue_partners`.

    Example:
        >>> len(dialogue_partners(on="2024-01-01"))
        14
    """
    return _with("dialogue_partner", on, ambiguous)


def partners(on: object, *, ambiguous: Ambiguous = "raise") -> tuple[MemberState, ...]:
    """Return the "SCO partners" on a day: :meth:`Organisation.partners`.

    Example:
        >>> "Laos" in [s.name for s in partners(on="2026-01-01")]
        True
    """
    return _with("partner", on, ambiguous)


def history(state: str | MemberState) -> History:
    """Return a state's SCO spells in time order: :meth:`Organisation.history`.

    Example:
        >>> [s.status.value for s in history("Mongolia")]
        ['observer', 'partner']
    """
    from ._fast import lookup
    from ._fastindex import ORGANISATION
    from .model import History

    key = lookup(state)
    if key is None:
        return organisation().history(state)
    return History(s for s in _state(key).spells if s.organisation == ORGANISATION)


def resolve(name: str | int | MemberState, *, scheme: Scheme | None = None) -> MemberState:
    """Return the state a name, code or QID denotes: :meth:`Organisation.resolve`.

    Example:
        >>> resolve("byelorussia").id, resolve(640, scheme="cow").id
        ('BLR', 'TUR')
    """
    from ._fast import lookup

    key = lookup(name) if scheme is None else None
    if key is None:  # the full path checks and resolves; the state is the shortcuts' own
        key = organisation().resolve(name, scheme=scheme).id
    return _state(key)


# The package's own functions, documented and pickled under its name.
for _function in (
    organisation, status_of, possible_statuses, members, observers, dialogue_partners,
    partners, resolve, history,
):  # fmt: skip
    _function.__module__ = "shanghai_coop"
del _function
