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
from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from ._identifiers import Identifiers, display_names, integer_like
from ._index import StatusTable, build_tables, build_term_table
from ._load import DATA_FILES, RawData
from .dates import to_date
from .errors import ArgumentTypeError, DataError, StateTypeError
from .names import NameIndex, entries, refusals

if TYPE_CHECKING:
    import cattrs

    from ._convert import CollationRecord, Country, OrganisationRecord
    from .model import Membership, MemberState, Office, Person, Roster, Source, Summit, Term

__all__ = ["Dataset", "Scope"]

T = TypeVar("T")


class _Files:
    """The machinery of a data set and its files other than states and spells.

    Parts are built on first need under a re-entrant lock and published whole; see
    :class:`Dataset`.
    """

    __slots__ = ("_converter", "_lock", "_parts", "raw")

    def __init__(self, raw: RawData) -> None:
        self.raw = raw
        self._lock = _thread.RLock()
        self._parts: dict[str, Any] = {}
        self._converter: cattrs.Converter | None = None

    def recorded_state(self, key: str) -> MemberState:
        """Return a state of ``states.json`` (what records may refer to); ``KeyError`` if none.

        The files alone know no states: :class:`Dataset` answers this.
        """
        raise KeyError(key)

    # -- the other files ---------------------------------------------------------------------

    def sources(self) -> tuple[Source, ...]:
        """Every source, in file order."""
        from .model import Source

        return self._file("sources.json", Source)

    def organisation(self, org: str) -> OrganisationRecord:
        """Return an organisation's own record from ``organisations.json``."""
        from ._convert import OrganisationRecord

        records = self._file("organisations.json", OrganisationRecord)
        return next(record for record in records if record.id == org)

    def summits(self) -> tuple[Summit, ...]:
        """Every summit, in file order."""
        from .model import Summit

        return self._file("summits.json", Summit)

    def offices(self) -> tuple[Office, ...]:
        """Every office, in file order."""
        from .model import Office

        return self._file("offices.json", Office, "offices")

    def people(self) -> tuple[Person, ...]:
        """Every person, in file order."""
        from .model import Person

        return self._file("offices.json", Person, "people")

    def terms(self) -> tuple[Term, ...]:
        """Every term of office, in file order."""
        from .model import Term

        return self._file("offices.json", Term, "terms")

    def rosters(self) -> tuple[Roster, ...]:
        """Every council roster, in file order."""
        from .model import Roster

        return self._file("councils.json", Roster)

    def collation(self) -> tuple[CollationRecord, ...]:
        """The collation keys of the states' Russian short names."""
        from ._convert import CollationRecord

        return self._file("collation.json", CollationRecord)

    def collation_keys(self) -> Mapping[str, tuple[int, ...]]:
        """ISO alpha-3 to the collation key of the Russian short name."""
        return self._part("collation_keys", lambda: {r.state: r.key for r in self.collation()})

    def document_sources(self, file: str) -> tuple[str, ...]:
        """The sources a generated file (countries, collation) cites for itself."""
        value = self.raw.document(file).get("sources")
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise DataError(self.raw.where(file), ["$.sources: expected a list of source ids"])
        return tuple(value)

    def person(self, key: str) -> Person:
        """Return a person by id; ``KeyError`` if none."""
        return self._part("person_by_id", lambda: {p.id: p for p in self.people()})[key]

    def office(self, key: str) -> Office:
        """Return an office by id; ``KeyError`` if none."""
        return self._part("office_by_id", lambda: {o.id: o for o in self.offices()})[key]

    def term_table(self, office: str) -> tuple[StatusTable, Mapping[str, Term]]:
        """Return the table of an office and of the offices it replaced, and its terms by id."""

        def build() -> tuple[StatusTable, Mapping[str, Term]]:
            chain = {office}
            while True:
                more = {o.id for o in self.offices() if o.successor in chain} - chain
                if not more:
                    break
                chain |= more
            terms = [t for t in self.terms() if t.office.id in chain]
            records = [
                {"id": t.id, "start": t.start.edtf, "end": t.end.edtf if t.end else None}
                for t in terms
            ]
            return build_term_table(records, self.raw.where("offices.json")), {
                t.id: t for t in terms
            }

        return self._part(f"term_table/{office}", build)

    # -- machinery ---------------------------------------------------------------------------

    def _part(self, name: str, build: Callable[[], T]) -> T:
        found = self._parts.get(name)
        if found is None:
            with self._lock:
                found = self._parts.get(name)
                if found is None:
                    found = build()
                    self._parts[name] = found
        return found

    def _index(self, file: str, key: str, field: str) -> Mapping[str, list[int]]:
        """The positions of a file's records by the value of one field."""

        def build() -> dict[str, list[int]]:
            out: dict[str, list[int]] = {}
            for position, record in enumerate(self.raw.records(file, key)):
                out.setdefault(str(record.get(field)), []).append(position)
            return out

        return self._part(f"index/{file}/{key}/{field}", build)

    def _ids(self, file: str) -> list[str]:
        key, field = {"states.json": ("states", "id"), "countries.json": ("countries", "alpha3")}[
            file
        ]
        return list(self._index(file, key, field))

    def _file(self, file: str, cls: type[T], key: str = "") -> tuple[T, ...]:
        key = key or DATA_FILES[file][0]
        return self._part(f"file/{file}/{key}", lambda: self._structure(file, key, cls, None))

    def _structure(
        self, file: str, key: str, cls: type[T], positions: list[int] | None
    ) -> tuple[T, ...]:
        from ._convert import structure_records

        records = self.raw.records(file, key)
        return structure_records(self.converter(), file, key, records, cls, positions)

    def converter(self) -> cattrs.Converter:
        """The data set's strict converter, whose ids resolve in this data set."""
        found = self._converter
        if found is None:
            from ._convert import make_converter

            with self._lock:
                found = self._converter
                if found is None:
                    found = self._converter = make_converter(_Refs(self))
        return found


class Dataset(_Files):
    """One data set, packaged or a user's copy, with its indexes; parts built on first need.

    Args:
        raw: The parsed documents.

    Raises:
        DataError: The states' names conflict.
    """

    __slots__ = ("_states", "names", "organisations")

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

    def fingerprint(self) -> str:
        """The data version and every file's checksum, condensed into one SHA-256 digest."""

        def digest() -> str:
            from hashlib import sha256

            meta = self.raw.meta
            files = sorted(meta["files"].items())
            text = ";".join([meta["data_version"], *(f"{n}={d}" for n, d in files)])
            return sha256(text.encode()).hexdigest()

        return self._part("fingerprint", digest)

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
        positions = self._index("states.json", "states", "id").get(key)
        if positions is None:
            (country,) = self._structure(
                "countries.json",
                "countries",
                _country_class(),
                [self._index("countries.json", "countries", "alpha3")[key][0]],
            )
            return self.identifiers().complete(country.state())
        from .model import Membership, MemberState

        (state,) = self._structure("states.json", "states", MemberState, positions[:1])
        spells = self._index("spells.json", "spells", "state").get(key, [])
        structured = self._structure("spells.json", "spells", Membership, spells)
        ordered = sorted(structured, key=lambda s: (s.start.earliest, s.organisation))
        import attrs

        return self.identifiers().complete(attrs.evolve(state, spells=tuple(ordered)))

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

    def check(self) -> None:
        """Structure every record of every file, so that a fault anywhere shows now.

        Raises:
            DataError: Every problem of every file at once, each naming file, record and
                field.
        """
        problems: list[str] = []
        for build in (
            self.sources, self.states, self.countries, self.spells, self.summits,
            self.offices, self.people, self.terms, self.rosters, self.collation,
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


class _Refs:
    """The converter's look-ups: states of ``states.json``, people and offices by id."""

    __slots__ = ("_data",)

    def __init__(self, data: _Files) -> None:
        self._data = data

    def state(self, key: str) -> MemberState:
        return self._data.recorded_state(key)

    def person(self, key: str) -> Person:
        return self._data.person(key)

    def office(self, key: str) -> Office:
        return self._data.office(key)


class Scope:
    """One organisation's view of a data set: the data, the organisation's id, its tables.

    Args:
        data: The data set.
        org: The organisation's id (``"SCO"`` or ``"S5"``).
    """

    __slots__ = ("data", "id", "tables")

    def __init__(self, data: Dataset, org: str) -> None:
        self.data = data
        self.id = org
        self.tables: Mapping[str, StatusTable] = data.tables.get(org, {})

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
