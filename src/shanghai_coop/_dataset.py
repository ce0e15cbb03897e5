"""The loaded data set: one immutable, indexed whole that every query reads.

A :class:`Dataset` wraps the parsed documents of one data set (:class:`~._load.RawData`) and
builds what queries need on first need, each part complete before anyone sees it:

* at once, from the raw JSON and without attrs: the index of the SCO states' names and the
  status tables of every organisation (what status queries need);
* on first need: the index of every ISO country's names; each :class:`MemberState` by key
  (its ``states.json`` record and its spells, structured alone, so that a query returning
  three states builds three); the summits, offices, people, terms, rosters, sources and the
  organisations' own records, each file structured straight into the model classes by the
  data set's converter (:mod:`._convert`).

Parts are built under one re-entrant lock (a term's holder is a person of the same file),
published whole, and never changed: what a caller receives is immutable, and nothing a caller
does reaches the shared data. A :class:`Scope` is one organisation's view of a data set.
"""

from __future__ import annotations

import _thread
import os
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from ._files import Files
from ._identifiers import Identifiers, display_names, integer_like
from ._index import StatusTable, build_tables
from ._load import RawData, read
from .dates import to_date
from .errors import ArgumentTypeError, DataError, StateTypeError
from .names import NameIndex, entries, refusals

if TYPE_CHECKING:
    import cattrs

    from ._convert import Country, OrganisationRecord
    from .model import Membership, MemberState

__all__ = ["Dataset", "Scope", "checked", "packaged", "reduce_by_reference", "restore"]

T = TypeVar("T")


class Dataset(Files):
    """One data set, packaged or a user's copy, with its indexes; parts built on first need.

    Args:
        raw: The parsed documents.

    Raises:
        DataError: The states' names conflict.
    """

    __slots__ = ("_states", "names", "organisations")
    names: NameIndex
    organisations: Mapping[str, str]

    def __init__(self, raw: RawData) -> None:
        super().__init__(raw)
        states = raw.records("states.json")
        self.organisations: Mapping[str, str] = {
            str(record["id"]): str(record["names"]["en"])
            for record in raw.records("organisations.json")
        }
        # Two tiers: the names of the SCO's states answer almost every query; the names of
        # all ISO countries are read and indexed on the first miss (all_names).
        display = {s["id"]: s["names"]["en_short"] for s in states}
        try:
            self.names = NameIndex(entries(states, ()), display)
        except ValueError as error:
            raise DataError(raw.where("states.json"), [str(error)]) from None
        self._states: dict[str, MemberState] = {}

    @property
    def tables(self) -> Mapping[str, Mapping[str, StatusTable]]:
        """The status tables, ``{organisation: {state: table}}``, built on first use.

        Raises:
            DataError: A spell record is faulty, or two spells overlap.
        """
        return self._part(
            "tables",
            lambda: build_tables(self.raw.records("spells.json"), self.raw.where("spells.json")),
        )

    # -- identity ----------------------------------------------------------------------------

    @property
    def origin(self) -> str:
        """``"package"`` or the directory the data came from."""
        return self.raw.origin

    @property
    def data_version(self) -> str:
        """The data version, ``YYYY.MM.N``."""
        return str(self.raw.meta["data_version"])

    @property
    def as_of(self) -> date:
        """The day of the newest dated source the data was checked against."""
        return to_date(self.raw.meta["as_of"], "as_of")

    # -- names -------------------------------------------------------------------------------

    def display(self) -> Mapping[str, str]:
        """The English short name of every state and country, by key."""
        return self._part("display", lambda: display_names(self.raw))

    def all_names(self) -> NameIndex:
        """Return the index of every name of every state and ISO country, and the refusals."""

        def build() -> NameIndex:
            raw = self.raw
            ambiguous = raw.records("aliases.json", "ambiguous")
            names = entries(
                raw.records("states.json"),
                raw.records("countries.json"),
                raw.records("aliases.json", "aliases"),
                ambiguous,
            )
            refused = refusals(ambiguous, raw.records("identifiers.json", "former_states"))
            try:
                return NameIndex(names, self.display(), refused)
            except ValueError as error:
                raise DataError(raw.where("aliases.json"), [str(error)]) from None

        return self._part("all_names", build)

    def identifiers(self) -> Identifiers:
        """The codes of every scheme, each state's COW and GW codes, the former states."""
        return self._part("identifiers", lambda: Identifiers(self.raw, self.display))

    def key(self, name: str) -> str:
        """Return the ISO alpha-3 key of a name; raise :class:`UnknownStateError` if none.

        Raises:
            AmbiguousStateError: ``name`` is a bare number, or a name of several states.
        """
        key = self.names.get(name)
        if key is None:
            if name.strip().isdecimal():
                raise self.identifiers().bare_number(name)
            key = self.all_names().lookup(name)
            self.names.remember(name, key)
        return key

    def key_of(self, state: object, scheme: str | None = None) -> str:
        """Return the key of a name, a code under ``scheme``, or a :class:`MemberState`.

        Raises:
            UnknownStateError: A name denotes no state (subclasses: ambiguous, former).
            StateTypeError: ``state`` is neither a string nor a ``MemberState``.
            InvalidArgumentError: ``scheme`` is no scheme.
        """
        if isinstance(state, str) and scheme is None:
            return self.key(str(state))
        if isinstance(state, _member_state_class()):
            return self.key(str(getattr(state, "id")))  # noqa: B009
        if scheme is not None:
            if scheme == "name":
                return self._name_key(state)
            return self.identifiers().lookup(state, scheme)
        if integer_like(state):
            raise self.identifiers().bare_number(state)
        raise StateTypeError(state)

    def _name_key(self, name: object) -> str:
        """The key of a name that is no code (``scheme="name"``)."""
        if not isinstance(name, str):
            raise ArgumentTypeError("name", name, "a string for scheme='name'")
        self.identifiers().refuse_code(name)
        return self.key(name)

    # -- states ------------------------------------------------------------------------------

    def state(self, key: str) -> MemberState:
        """Return the :class:`MemberState` of a key of ``states.json`` or ``countries.json``.

        Raises:
            KeyError: No state or country has that key.
            DataError: Its record is faulty.
        """
        found = self._states.get(key)
        if found is None:
            with self._lock:
                found = self._states.get(key)
                if found is None:
                    found = self._build_state(key)
                    self._states[key] = found
        return found

    def recorded_state(self, key: str) -> MemberState:
        """Return a state of ``states.json`` (what records may refer to); ``KeyError`` if none."""
        if key not in self._index("states.json", "states", "id"):
            raise KeyError(key)
        return self.state(key)

    def _build_state(self, key: str) -> MemberState:
        from .model._grade import grade_all

        positions = self._index("states.json", "states", "id").get(key)
        if positions is None:
            (country,) = self._structure(
                "countries.json",
                "countries",
                _country_class(),
                [self._index("countries.json", "countries", "alpha3")[key][0]],
            )
            found: MemberState = self.identifiers().complete(country.state())
            grade_all(found, self.source_info)
            self._refer(found, "state", key)
            return found
        from .model import Membership, MemberState

        (state,) = self._structure("states.json", "states", MemberState, positions[:1])
        spells = self._index("spells.json", "spells", "state").get(key, [])
        structured = self._structure("spells.json", "spells", Membership, spells)
        ordered = sorted(structured, key=lambda s: (s.start.earliest, s.organisation))
        import attrs

        found = self.identifiers().complete(attrs.evolve(state, spells=tuple(ordered)))
        grade_all(found, self.source_info)
        self._refer(found, "state", key)
        return found

    def states(self) -> tuple[MemberState, ...]:
        """Every state of ``states.json``, sorted by id."""
        return self._part(
            "states", lambda: tuple(self.state(k) for k in sorted(self._ids("states.json")))
        )

    def country_keys(self) -> tuple[str, ...]:
        """The ISO alpha-3 code of every ISO 3166-1 country, and Kosovo's XKX, sorted."""
        return self._part("country_keys", lambda: tuple(sorted(self._ids("countries.json"))))

    def countries(self) -> tuple[Country, ...]:
        """Every ISO country of ``countries.json``, in file order."""
        return self._file("countries.json", _country_class())

    def spells(self) -> tuple[Membership, ...]:
        """Every spell of ``spells.json``, in file order (states carry theirs too)."""
        from .model import Membership

        return self._file("spells.json", Membership)

    def converter(self) -> cattrs.Converter:
        """The data set's strict converter; its objects pickle as references to this data."""
        found = super().converter()
        _register_reducers()
        return found

    def check(self) -> None:
        """Structure every record of every file, so that a fault anywhere shows now.

        Raises:
            DataError: Every problem of every file at once, each naming file, record and
                field.
        """
        problems: list[str] = []
        for build in (
            self.sources, self.states, self.countries, self.spells, self.summits,
            self.offices, self.people, self.terms, self.rosters, self.chairmanships,
            self.documents, self.accession_steps, self.collation,
            lambda: [self.organisation(org) for org in self.organisations],
            self.all_names, self.identifiers,
        ):  # fmt: skip
            try:
                build()
            except DataError as error:
                problems += [f"{error.file}: {problem}" for problem in error.problems]
        if problems:
            where = "the packaged data" if self.origin == "package" else self.origin
            raise DataError(where, problems)


class Scope:
    """One organisation's view of a data set: the data, the organisation's id, its tables.

    Args:
        data: The data set.
        org: The organisation's id (``"SCO"`` or ``"S5"``).
    """

    __slots__ = ("data", "id", "tables")
    data: Dataset
    id: str
    tables: Mapping[str, StatusTable]

    def __init__(self, data: Dataset, org: str) -> None:
        self.data = data
        self.id = org
        self.tables = data.tables.get(org, {})

    @property
    def record(self) -> OrganisationRecord:
        """The organisation's own record."""
        return self.data.organisation(self.id)


_MEMBER_STATE: type | None = None


def _member_state_class() -> type:
    # Imported on first use, so that status queries by name never import attrs.
    global _MEMBER_STATE
    if _MEMBER_STATE is None:
        from .model import MemberState

        _MEMBER_STATE = MemberState
    return _MEMBER_STATE


def _country_class() -> type[Country]:
    from ._convert import Country

    return Country


_PACKAGED: Dataset | None = None
_PACKAGED_LOCK = _thread.allocate_lock()


def packaged() -> Dataset:
    """Return the packaged data set, read once per process (thread-safe)."""
    global _PACKAGED
    data = _PACKAGED
    if data is None:
        with _PACKAGED_LOCK:
            data = _PACKAGED
            if data is None:
                data = _PACKAGED = Dataset(read())
    return data


def checked(path: str | os.PathLike[str] | None) -> Dataset:
    """Read a data set and check it in full: checksums, schemas, records, rules across records.

    Args:
        path: A directory holding a copy of the data files, or ``None`` for the packaged data.

    Returns:
        The data set, every record of it structured.

    Raises:
        DataError: Every problem found, each naming file, record and field.
        MissingExtraError: ``jsonschema`` is not installed (extra ``validate``).
    """
    from ._lint import lint
    from ._validate import validate

    raw = read(None if path is None else os.path.abspath(path), verify=True)
    validate(raw)
    data = Dataset(raw)
    data.check()
    problems = lint(data)
    if problems:
        raise DataError("the packaged data" if path is None else os.fspath(path), problems)
    data.tables  # noqa: B018 - built now, so that a fault in them shows at load
    return data


def restore(origin: str | None, fingerprint: str, kind: str, key: str) -> object:
    """Unpickle a state, summit or term by reference: the same object of the same data.

    Raises:
        DataError: The data changed since the object was pickled (its data version or a
            file's checksum differs): nothing is answered from other data.
    """
    data = packaged() if origin is None else checked(origin)
    if data.fingerprint() != fingerprint:
        raise DataError(
            origin or "the packaged data",
            [
                f"the data changed since this {kind} was pickled (its data version or"
                " checksums differ); load it again instead of unpickling"
            ],
        )
    if kind == "state":
        return data.state(key)
    found = data.summits() if kind == "summit" else data.terms()
    return next(value for value in found if getattr(value, "id", None) == key)


def reduce_by_reference(value: Any) -> Any:
    """Pickle a data set's state, summit or term as a reference (tens of bytes)."""
    ref = value._ref
    if ref is None:  # made by a caller, not read from data: pickled whole
        return value.__reduce_ex__(2)
    return (restore, ref)


_REGISTERED = False


def _register_reducers() -> None:
    global _REGISTERED
    if not _REGISTERED:
        import copyreg

        from .model import MemberState, Summit, Term

        for cls in (MemberState, Summit, Term):
            copyreg.pickle(cls, reduce_by_reference)
        _REGISTERED = True
