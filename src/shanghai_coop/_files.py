"""A data set's files and the machinery that structures them on first need.

The base of :class:`~._dataset.Dataset`: the parsed documents, a re-entrant lock, parts
built once and published whole, the strict converter (:mod:`._convert`), and the records of
every file other than states and spells (sources, organisations, summits, offices, people,
terms, rosters, collation keys). See :mod:`._dataset`.
"""

from __future__ import annotations

import _thread
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ._index import StatusTable, build_term_table
from ._load import DATA_FILES, RawData
from .errors import DataError

if TYPE_CHECKING:
    import cattrs

    from ._convert import CollationRecord, OrganisationRecord
    from ._enums import SourceKind
    from .model import (
        AccessionStep,
        Chairmanship,
        Document,
        MemberState,
        Office,
        Person,
        Roster,
        Source,
        Summit,
        Term,
    )

__all__ = ["Files"]

T = TypeVar("T")


class Files:
    """The machinery of a data set and its files other than states and spells.

    Parts are built on first need under a re-entrant lock and published whole; see
    :class:`Dataset`.
    """

    __slots__ = ("_converter", "_lock", "_parts", "raw")
    raw: RawData

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

        return self._file("summits.json", Summit, ref="summit")

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

        return self._file("offices.json", Term, "terms", ref="term")

    def rosters(self) -> tuple[Roster, ...]:
        """Every council roster, in file order."""
        from .model import Roster

        return self._file("councils.json", Roster)

    def chairmanships(self) -> tuple[Chairmanship, ...]:
        """Every chairmanship of ``councils.json``, in file order."""
        from .model import Chairmanship

        return self._file("councils.json", Chairmanship, "chairmanships")

    def documents(self) -> tuple[Document, ...]:
        """Every document of the register, in file order."""
        from .model import Document

        return self._file("documents.json", Document)

    def accession_steps(self) -> tuple[AccessionStep, ...]:
        """Every accession step of ``documents.json``, in file order."""
        from .model import AccessionStep

        return self._file("documents.json", AccessionStep, "accession")

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

    def _file(self, file: str, cls: type[T], key: str = "", ref: str = "") -> tuple[T, ...]:
        key = key or DATA_FILES[file][0]

        def build() -> tuple[T, ...]:
            found = self._structure(file, key, cls, None)
            for value in found if ref else ():
                self._refer(value, ref, str(getattr(value, "id")))  # noqa: B009
            return found

        return self._part(f"file/{file}/{key}", build)

    def _refer(self, value: object, kind: str, key: str) -> None:
        """Mark an object as this data set's, so that it pickles as a reference."""
        origin = None if self.raw.origin == "package" else self.raw.origin
        object.__setattr__(value, "_ref", (origin, self.fingerprint(), kind, key))

    def fingerprint(self) -> str:
        """The data version and every file's checksum, condensed into one SHA-256 digest."""

        def digest() -> str:
            from hashlib import sha256

            meta = self.raw.meta
            files = sorted(meta["files"].items())
            text = ";".join([meta["data_version"], *(f"{n}={d}" for n, d in files)])
            return sha256(text.encode()).hexdigest()

        return self._part("fingerprint", digest)

    def _structure(
        self, file: str, key: str, cls: type[T], positions: list[int] | None
    ) -> tuple[T, ...]:
        from ._convert import structure_records

        records = self.raw.records(file, key)
        found = structure_records(self.converter(), file, key, records, cls, positions)
        if file != "sources.json":
            from .model._grade import grade_all

            grade_all(found, self.source_info)
        return found

    def source_info(self, key: str) -> tuple[SourceKind, str] | None:
        """A source's kind and publisher, as grading needs them; ``None`` for an unknown id."""

        def build() -> dict[str, tuple[SourceKind, str]]:
            from ._enums import SourceKind

            out: dict[str, tuple[SourceKind, str]] = {}
            for record in self.raw.records("sources.json"):
                try:
                    out[str(record["id"])] = (SourceKind(record["kind"]), str(record["publisher"]))
                except (KeyError, ValueError):
                    continue  # a fault the structuring of sources.json reports
            return out

        return self._part("source_info", build).get(key)

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


class _Refs:
    """The converter's look-ups: states of ``states.json``, people and offices by id."""

    __slots__ = ("_data",)

    def __init__(self, data: Files) -> None:
        self._data = data

    def state(self, key: str) -> MemberState:
        return self._data.recorded_state(key)

    def person(self, key: str) -> Person:
        return self._data.person(key)

    def office(self, key: str) -> Office:
        return self._data.office(key)
