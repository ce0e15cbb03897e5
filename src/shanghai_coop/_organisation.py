"""The root aggregate: :class:`Organisation`, whose methods answer every query.

One data set holds two organisations, the SCO and its predecessor the Shanghai Five; each
is an :class:`Organisation` over the same loaded data. The data is read once, lazily, on the
first query; status queries run on precomputed tables and never import attrs; the attrs
objects (states, spells, sources) are built on first need, under a lock.
"""

from __future__ import annotations

import _thread
import os
from bisect import bisect_right
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from . import _load
from ._enums import COUNCIL_SHORT_FORMS, Council, Status, SummitStatus
from ._index import AMBIGUOUS, POLICIES, Segment, StatusTable, build_tables, check_policy
from .dates import _ORDINALS, ordinal, to_date
from .errors import (
    AmbiguousDateError,
    ArgumentTypeError,
    DataError,
    InvalidArgumentError,
    NotRecordedError,
    StateTypeError,
    UnknownSourceError,
    UnknownSummitError,
)
from .names import NameIndex, entries

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from ._structure import Country, Dataset, Facts, OrganisationRecord
    from .model import (
        Application,
        BacktestRow,
        Body,
        Category,
        Charter,
        Guest,
        Headquarters,
        Membership,
        MemberState,
        Office,
        PartialDate,
        Projection,
        Qualifier,
        Relation,
        Roster,
        Source,
        Summit,
        Term,
    )
    from .tables import Table

__all__ = ["Ambiguous", "Organisation"]

#: How to answer a query that falls inside a transition's uncertainty window.
Ambiguous = Literal["raise", "earliest", "latest"]
_POLICIES = POLICIES


class _Store:
    """One loaded data set: raw documents, name indexes, status tables, lazy objects."""

    __slots__ = (
        "_all_names",
        "_countries",
        "_dataset",
        "_fingerprint",
        "_lock",
        "_states",
        "_terms",
        "names",
        "organisations",
        "raw",
        "tables",
    )

    def __init__(self, raw: _load.RawData) -> None:
        self.raw = raw
        self._fingerprint: str | None = None
        states = raw.records("states.json")
        self.organisations = {
            str(record["id"]): str(record["names"]["en"])
            for record in raw.records("organisations.json")
        }
        # Two tiers: the names of the SCO's states answer almost every query; the names of
        # all ISO countries are read and indexed on the first miss.
        display = {s["id"]: s["names"]["en_short"] for s in states}
        try:
            self.names = NameIndex(entries(states, ()), display)
        except ValueError as error:
            raise _data_error(raw, "states.json", str(error)) from None
        self.tables = build_tables(raw.records("spells.json"))
        self._lock = _thread.allocate_lock()
        self._all_names: NameIndex | None = None
        self._dataset: Dataset | None = None
        self._states: dict[str, MemberState] = {}
        self._countries: dict[str, Country] = {}
        self._terms: dict[str, tuple[StatusTable, dict[str, Term]]] = {}

    def fingerprint(self) -> str:
        """The data's identity (version and checksums), for equality and pickles; cached."""
        if self._fingerprint is None:
            self._fingerprint = _fingerprint(self.raw.meta)
        return self._fingerprint

    def all_names(self) -> NameIndex:
        """Return the index of every name of every state and ISO country."""
        index = self._all_names
        if index is None:
            with self._lock:
                index = self._all_names
                if index is None:
                    states = self.raw.records("states.json")
                    countries = self.raw.records("countries.json")
                    display = {
                        c["alpha3"]: c.get("common_name") or c["cldr_en"] or c["name"]
                        for c in countries
                    }
                    display.update({s["id"]: s["names"]["en_short"] for s in states})
                    try:
                        index = NameIndex(entries(states, countries), display)
                    except ValueError as error:
                        raise _data_error(self.raw, "countries.json", str(error)) from None
                    self._all_names = index
        return index

    def key(self, name: str) -> str:
        """Return the ISO alpha-3 key of a name; raise :class:`UnknownStateError` if none."""
        key = self.names.get(name)
        if key is None:
            key = self.all_names().lookup(name)
            self.names.remember(name, key)
        return key

    def dataset(self) -> Dataset:
        """Return the structured data set, structuring it on first call."""
        dataset = self._dataset
        if dataset is None:
            with self._lock:
                dataset = self._dataset
                if dataset is None:
                    from ._structure import structure

                    dataset = structure(self.raw)
                    self._countries = {c.alpha3: c for c in dataset.countries}
                    self._states = {s.id: s for s in dataset.states}
                    self._dataset = dataset
        return dataset

    def term_table(self, office: str) -> tuple[StatusTable, dict[str, Term]]:
        """Return the table of an office and the offices it replaced, and its terms by id."""
        found = self._terms.get(office)
        if found is None:
            found = self._build_term_table(office)
            with self._lock:
                found = self._terms.setdefault(office, found)
        return found

    def _build_term_table(self, office: str) -> tuple[StatusTable, dict[str, Term]]:
        dataset = self.dataset()
        chain = {office}
        changed = True
        while changed:
            changed = False
            for candidate in dataset.offices:
                if candidate.successor in chain and candidate.id not in chain:
                    chain.add(candidate.id)
                    changed = True
        terms = [t for t in dataset.terms if t.office.id in chain]
        records = [
            {"id": t.id, "start": t.start.edtf, "end": t.end.edtf if t.end else None} for t in terms
        ]
        from ._index import build_term_table

        return build_term_table(records), {t.id: t for t in terms}

    def collation_keys(self) -> dict[str, tuple[int, ...]]:
        """Return ISO alpha-3 to the collation key of the Russian short name."""
        return {r.state: r.key for r in self.dataset().collation}

    def state(self, key: str) -> MemberState:
        """Return the :class:`MemberState` of a key (ISO alpha-3) known to the name index."""
        found = self._states.get(key)
        if found is not None:
            return found
        self.dataset()
        with self._lock:
            found = self._states.get(key)
            if found is None:
                from ._structure import names_of
                from .model import MemberState

                country = self._countries[key]
                found = MemberState(
                    id=country.alpha3,
                    iso_alpha2=country.alpha2,
                    iso_alpha3=country.alpha3,
                    iso_numeric=country.numeric,
                    names=names_of(country),
                    sources=("pycountry", "cldr-49"),
                )
                self._states[key] = found
        return found


def _data_error(raw: _load.RawData, file: str, problem: str) -> Exception:
    from .errors import DataError

    return DataError(raw.where(file), [problem])


_PACKAGED: _Store | None = None
_PACKAGED_LOCK = _thread.allocate_lock()


def _packaged_store() -> _Store:
    global _PACKAGED
    store = _PACKAGED
    if store is None:
        with _PACKAGED_LOCK:
            store = _PACKAGED
            if store is None:
                store = _Store(_load.read())
                _PACKAGED = store
    return store


class Organisation:
    """An organisation and every query about it: statuses, members, histories, sources.

    Get one with :meth:`Organisation.load` (or :func:`shanghai_coop.organisation` for the
    shared default). Dates are calendar dates; spells are half-open ``[start, end)``: on the
    day of a transition the new status holds. After the data's ``as_of`` date the answers
    are the last known state of affairs.

    Two organisations are equal when they have the same id, were loaded from the same place
    (the package or a directory) and their files have the same checksums: an edited and
    rehashed copy is not equal to the copy as it was. A pickled organisation is loaded
    again when unpickled; if its files changed in the meantime, unpickling raises
    :class:`~shanghai_coop.DataError` rather than answer from other data.

    Example:
        >>> sco = Organisation.load()
        >>> sco.status_of("Iran", "2023-07-04").value
        'member'
        >>> import pickle
        >>> pickle.loads(pickle.dumps(sco)) == sco
        True
        >>> sco.predecessor.status_of("Kazakhstan", "1998-01-01").value
        'member'
    """

    __slots__ = ("_id", "_record", "_store", "_tables")
    _id: str
    _record: OrganisationRecord | None
    _store: _Store
    _tables: dict[str, StatusTable]

    def __init__(self, store: _Store, organisation_id: str) -> None:
        if not isinstance(organisation_id, str) or organisation_id not in store.organisations:
            raise InvalidArgumentError("organisation", organisation_id, store.organisations)
        setattr_ = object.__setattr__
        setattr_(self, "_store", store)
        setattr_(self, "_id", organisation_id)
        setattr_(self, "_tables", store.tables.get(organisation_id, {}))
        setattr_(self, "_record", None)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Organisation is read-only: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Organisation is read-only: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Organisation):
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self) -> int:
        return hash(self._identity())

    def _identity(self) -> tuple[str, str, str]:
        # Equal organisations answer alike: same id, origin and file contents (checksums).
        return (self._id, self._store.raw.origin, self._store.fingerprint())

    # -- construction --------------------------------------------------------------------

    @classmethod
    def load(
        cls, path: str | os.PathLike[str] | None = None, *, organisation: str = "SCO"
    ) -> Organisation:
        """Load the packaged data, or a copy of it in a directory.

        The packaged data is read once per process, file by file as queries need it, and
        shared; its checksums, schema and rules are verified by the package's own test suite
        (and by ``shanghai-coop verify``), not on every import. A copy in ``path`` is read
        anew on every call and validated in full before anything is returned: the SHA-256
        of every file against ``_meta.json``, the structure of every record (a strict
        converter: types, required and unknown fields, enum values, EDTF dates), and every
        rule of the data linter (which also applies the JSON Schemas' patterns for ids, codes
        and URLs).

        Args:
            path: A directory with ``_meta.json`` and the data files, or ``None`` for the
                data shipped in the package.
            organisation: ``"SCO"`` (default) or ``"S5"`` (the Shanghai Five).

        Returns:
            The organisation.

        Raises:
            DataError: A file is missing, corrupt, or breaks the schema or a rule; the
                message names file, record and field.
            InvalidArgumentError: ``organisation`` is not in the data.

        Example:
            >>> Organisation.load(organisation="S5").name
            'Shanghai Five'
        """
        if path is None:
            return cls(_packaged_store(), organisation)
        if isinstance(path, bytes) or not isinstance(path, (str, os.PathLike)):
            raise ArgumentTypeError("path", path, "a directory as str or os.PathLike, or None")
        raw = _load.read(os.path.abspath(path))
        from ._lint import lint
        from ._structure import structure
        from .errors import DataError

        dataset = structure(raw)
        problems = lint(dataset)
        if problems:
            raise DataError(os.fspath(path), problems)
        store = _Store(raw)
        store.all_names()  # a conflict between names is found here, not on first use
        store._dataset = dataset
        store._countries = {c.alpha3: c for c in dataset.countries}
        store._states = {s.id: s for s in dataset.states}
        return cls(store, organisation)

    def __copy__(self) -> Organisation:
        return self  # immutable: a copy is the same organisation, without re-reading files

    def __deepcopy__(self, memo: dict[int, Any]) -> Organisation:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        origin = self._store.raw.origin
        path = None if origin == "package" else origin
        return (_restore, (path, self._id, self._store.fingerprint()))

    def __repr__(self) -> str:
        return (
            f"<Organisation {self._id}: {self.name}; data {self.data_version}"
            f" as of {self.as_of.isoformat()}>"
        )

    def _repr_html_(self) -> str:
        from html import escape

        return (
            f"<strong>{escape(self.name)}</strong> ({escape(self._id)}), data"
            f" {escape(self.data_version)} as of {self.as_of.isoformat()}"
        )

    # -- the organisation's own facts ----------------------------------------------------

    def _info(self) -> OrganisationRecord:
        record = self._record
        if record is None:
            record = next(o for o in self._store.dataset().organisations if o.id == self._id)
            object.__setattr__(self, "_record", record)
        return record

    @property
    def id(self) -> str:
        """The organisation's id in the data: ``"SCO"`` or ``"S5"``.

        Example:
            >>> Organisation.load().id
            'SCO'
        """
        return self._id

    @property
    def name(self) -> str:
        """The English name, such as ``"Shanghai Cooperation Organisation"``.

        Example:
            >>> Organisation.load(organisation="S5").name
            'Shanghai Five'
        """
        return self._store.organisations[self._id]

    @property
    def names(self) -> dict[str, str]:
        """The names by language tag (``"en"``, ``"ru"``, ``"zh"``); a new dict each call.

        Example:
            >>> Organisation.load().names["zh"]
            '上海合作组织'
        """
        names = self._info().names
        return {"en": names.en, "ru": names.ru, "zh": names.zh}

    @property
    def wikidata(self) -> str | None:
        """The organisation's Wikidata QID, or ``None``.

        Example:
            >>> Organisation.load().wikidata
            'Q485207'
        """
        return self._info().wikidata

    @property
    def founded(self) -> PartialDate:
        """The founding date (a :class:`~shanghai_coop.PartialDate`).

        Example:
            >>> str(Organisation.load().founded)
            '2001-06-15'
        """
        return self._info().founded

    @property
    def dissolved(self) -> PartialDate | None:
        """The date the organisation ceased (its first day without it), or ``None``.

        Example:
            >>> str(Organisation.load(organisation="S5").dissolved)
            '2001-06-15'
        """
        return self._info().dissolved

    @property
    def predecessor(self) -> Organisation | None:
        """The predecessor organisation (the Shanghai Five for the SCO), or ``None``.

        Example:
            >>> Organisation.load().predecessor.id
            'S5'
        """
        link = self._info().predecessor
        return None if link is None else Organisation(self._store, link)

    @property
    def successor(self) -> Organisation | None:
        """The successor organisation (the SCO for the Shanghai Five), or ``None``.

        Example:
            >>> Organisation.load(organisation="S5").successor.id
            'SCO'
        """
        link = self._info().successor
        return None if link is None else Organisation(self._store, link)

    @property
    def categories(self) -> tuple[Category, ...]:
        """The status categories and when each existed, in time order.

        Example:
            >>> [(c.status.value, str(c.end)) for c in Organisation.load().categories][1]
            ('observer', '2025-09-01')
        """
        return self._info().categories

    @property
    def data_version(self) -> str:
        """The data version, ``YYYY.MM.N`` (see the data-version policy in the docs).

        Example:
            >>> Organisation.load().data_version.startswith("2026.")
            True
        """
        return str(self._store.raw.meta["data_version"])

    @property
    def as_of(self) -> date:
        """The day of the newest dated source the data was checked against.

        What happened after it is not in the data: answers for later days are the last
        known state of affairs (open spells continue, planned summits stay planned). The
        day of the check itself is each source's ``accessed``.

        Example:
            >>> Organisation.load().as_of.year >= 2026
            True
        """
        return to_date(self._store.raw.meta["as_of"], "as_of")

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source the data cites, sorted by id.

        Example:
            >>> len(Organisation.load().sources) > 100
            True
        """
        return self._store.dataset().sources

    def source(self, source_id: str) -> Source:
        """Return one source by id.

        Args:
            source_id: The id a record cites.

        Returns:
            The :class:`~shanghai_coop.Source`.

        Raises:
            UnknownSourceError: No source has that id (a ``KeyError``); ``suggestions``
                lists close ids.

        Example:
            >>> Organisation.load().source("pajhwok-2012-afghanistan").published
            PartialDate('2012-06-07')
        """
        sources = self._store.dataset().sources
        for source in sources:
            if source.id == source_id:
                return source
        import difflib

        ids = [s.id for s in sources]
        close = difflib.get_close_matches(str(source_id), ids, n=3, cutoff=0.6)
        raise UnknownSourceError(source_id, close)

    # -- states ---------------------------------------------------------------------------

    def _key(self, state: object) -> str:
        if type(state) is str:
            return self._store.key(state)
        if isinstance(state, _member_state_class()):
            return self._store.key(str(getattr(state, "id")))  # noqa: B009
        if isinstance(state, str):
            return self._store.key(str(state))
        raise StateTypeError(state)

    def resolve(self, name: str | MemberState) -> MemberState:
        """Return the state that a name, alias, code or QID denotes.

        Matching ignores case, diacritics, punctuation and spacing; it is exact on the
        result and never fuzzy: a near miss raises with suggestions.

        Args:
            name: An English, Russian or Chinese name (short or official), an alias or former
                name, an ISO 3166-1 alpha-2 or alpha-3 code, a Wikidata QID, or a
                :class:`~shanghai_coop.MemberState`.

        Returns:
            The :class:`~shanghai_coop.MemberState`. Any ISO 3166-1 country resolves; one
            with no SCO relation has no spells.

        Raises:
            UnknownStateError: Nothing matches; ``suggestions`` holds close matches.
            MixedScriptError: The name mixes Latin with Cyrillic or Greek letters.
            StateTypeError: ``name`` is neither a string nor a ``MemberState``.

        Example:
            >>> sco = Organisation.load()
            >>> sco.resolve("Türkiye").id, sco.resolve("Кыргызстан").id, sco.resolve("Q794").id
            ('TUR', 'KGZ', 'IRN')
        """
        return self._store.state(self._key(name))

    @property
    def states(self) -> tuple[MemberState, ...]:
        """Every state the data records in connection with the SCO or the Shanghai Five.

        Members, observers, dialogue partners and partners past and present, applicants,
        states that expressed interest, and guests; sorted by ISO alpha-3 code. (Any other
        ISO country is available through :meth:`resolve`.)
        """
        return self._store.dataset().states

    # -- status queries -------------------------------------------------------------------

    def _segment(self, key: str, on: object) -> tuple[Segment, int]:
        day = ordinal(on)
        table = self._tables.get(key)
        if table is None:
            return _NONE, day
        return table.at(day), day

    def status_of(
        self, state: str | MemberState, on: object, *, ambiguous: Ambiguous = "raise"
    ) -> Status:
        """Return a state's status on a day.

        Args:
            state: Anything :meth:`resolve` accepts.
            on: The day: ``datetime.date``, ``datetime.datetime`` (its own calendar date),
                ``pandas.Timestamp``, ``numpy.datetime64`` or ISO string ``"YYYY-MM-DD"``.
            ambiguous: For a day inside the uncertainty window of a transition dated only
                to a month, a year or an either-or set: ``"raise"`` (default) raises
                :class:`~shanghai_coop.AmbiguousDateError`; ``"earliest"`` answers as if
                the transition happened as early as possible; ``"latest"`` as late as
                possible. Outside such windows every answer is exact and this is ignored.

        Returns:
            The :class:`~shanghai_coop.Status`; ``Status.NONE`` when the state had none
            (always before the organisation existed, and for any country never related).

        Raises:
            AmbiguousDateError: ``on`` is inside an uncertainty window and
                ``ambiguous="raise"``.
            UnknownStateError: ``state`` denotes no state.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day (``"2015"``, ``"2015-02-30"``).
            InvalidArgumentError: ``ambiguous`` is not one of the three policies.

        Example:
            >>> sco = Organisation.load()
            >>> sco.status_of("Iran", "2023-07-03").value, sco.status_of("Iran", "2023-07-04").value
            ('observer', 'member')
            >>> sco.status_of("Saudi Arabia", "2022-09-20", ambiguous="latest").value
            'none'
        """
        # The hot path, inlined: memoised name and date, one dict look-up, one bisect.
        key = self._store.names._memo.get(state) if type(state) is str else None
        if key is None:
            key = self._key(state)
        if ambiguous != "raise":
            check_policy(ambiguous)
        day = _ORDINALS.get(on) if type(on) is str else None
        if day is None:
            day = ordinal(on)
        table = self._tables.get(key)
        if table is None:
            return Status.NONE
        index = bisect_right(table.breaks, day) - 1
        segment = table.segments[index] if index >= 0 else table.before
        found = segment.exact
        if found is AMBIGUOUS:
            found = segment.pick(ambiguous)
            if found is AMBIGUOUS:
                raise _ambiguity(key, day, segment)
        return found  # type: ignore[no-any-return]

    def _ambiguity(self, key: str, day: int, segment: Segment) -> AmbiguousDateError:
        return _ambiguity(key, day, segment)

    def possible_statuses(self, state: str | MemberState, on: object) -> frozenset[Status]:
        """Return every status a state may have had on a day, given the dates' precision.

        Args:
            state: Anything :meth:`resolve` accepts.
            on: A date-like value, as for :meth:`status_of`.

        Returns:
            A ``frozenset`` of :class:`~shanghai_coop.Status`: one element outside any
            uncertainty window, more inside one.

        Raises:
            UnknownStateError: ``state`` denotes no state.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day.

        Example:
            >>> sco = Organisation.load()
            >>> sorted(s.value for s in sco.possible_statuses("Saudi Arabia", "2022-09-20"))
            ['dialogue_partner', 'none']
        """
        segment, _ = self._segment(self._key(state), on)
        possible: frozenset[Status] = segment.possible
        return possible

    def membership(
        self, state: str | MemberState, on: object, *, ambiguous: Ambiguous = "raise"
    ) -> Membership | None:
        """Return the spell that holds on a day, with its qualifiers and sources.

        Args:
            state: Anything :meth:`resolve` accepts.
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: As for :meth:`status_of`.

        Returns:
            The :class:`~shanghai_coop.Membership`, or ``None`` when the status is none.

        Raises:
            AmbiguousDateError: As :meth:`status_of`.
            UnknownStateError: ``state`` denotes no state.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day.

        Example:
            >>> spell = Organisation.load().membership("India", "2016-01-01")
            >>> spell.status.value, str(spell.start), [q.kind.value for q in spell.qualifiers]
            ('observer', '2005-07-05', ['accession_process'])
        """
        status = self.status_of(state, on, ambiguous=ambiguous)
        if status is Status.NONE:
            return None
        day = to_date(on)
        for spell in self.history(state):
            if (
                spell.status is status
                and spell.start.earliest <= day
                and (spell.end is None or day < spell.end.latest)
            ):
                return spell
        return None  # pragma: no cover - the tables and the spells agree (tested)

    def with_status(
        self, status: Status | str, on: object, *, ambiguous: Ambiguous = "raise"
    ) -> tuple[MemberState, ...]:
        """Return the states that held a status on a day.

        Args:
            status: A :class:`~shanghai_coop.Status` or its value (``"observer"``); not
                ``"none"``.
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: As for :meth:`status_of`, applied to every state.

        Returns:
            The states, sorted by English short name.

        Raises:
            AmbiguousDateError: A state's status is uncertain that day and
                ``ambiguous="raise"``.
            InvalidArgumentError: ``status`` is no status, or is ``"none"``.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day.

        Example:
            >>> [s.name for s in Organisation.load().with_status("observer", "2013-01-01")]
            ['Afghanistan', 'India', 'Iran', 'Mongolia', 'Pakistan']
        """
        wanted = _status(status)
        check_policy(ambiguous)
        day = ordinal(on)
        keys = []
        for key, table in self._tables.items():
            segment = table.at(day)
            found = segment.pick(ambiguous)
            if found is AMBIGUOUS:
                if wanted in segment.possible:
                    raise _ambiguity(key, day, segment)
                continue
            if found is wanted:
                keys.append(key)
        states = [self._store.state(key) for key in keys]
        return tuple(sorted(states, key=lambda s: s.names.en_short))

    def members(self, on: object, *, ambiguous: Ambiguous = "raise") -> tuple[MemberState, ...]:
        """Return the member states on a day, sorted by English short name.

        Args:
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: As for :meth:`status_of`.

        Returns:
            The members (for the Shanghai Five, its participants).

        Raises:
            AmbiguousDateError: As :meth:`with_status`.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day.

        Example:
            >>> sco = Organisation.load()
            >>> len(sco.members("2017-06-09")), len(sco.members("2024-07-04"))
            (8, 10)
        """
        return self.with_status(Status.MEMBER, on, ambiguous=ambiguous)

    def observers(self, on: object, *, ambiguous: Ambiguous = "raise") -> tuple[MemberState, ...]:
        """Return the observer states on a day (none after 31 August 2025).

        Args:
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: As for :meth:`status_of`.

        Returns:
            The observers, sorted by English short name.

        Raises:
            AmbiguousDateError: As :meth:`with_status`.

        Example:
            >>> [s.name for s in Organisation.load().observers("2005-07-05")]
            ['India', 'Iran', 'Mongolia', 'Pakistan']
        """
        return self.with_status(Status.OBSERVER, on, ambiguous=ambiguous)

    def dialogue_partners(
        self, on: object, *, ambiguous: Ambiguous = "raise"
    ) -> tuple[MemberState, ...]:
        """Return the dialogue partners on a day (none after 31 August 2025).

        Args:
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: As for :meth:`status_of`.

        Returns:
            The dialogue partners, sorted by English short name.

        Raises:
            AmbiguousDateError: As :meth:`with_status`.

        Example:
            >>> [s.name for s in Organisation.load().dialogue_partners("2011-01-01")]
            ['Belarus', 'Sri Lanka']
        """
        return self.with_status(Status.DIALOGUE_PARTNER, on, ambiguous=ambiguous)

    def partners(self, on: object, *, ambiguous: Ambiguous = "raise") -> tuple[MemberState, ...]:
        """Return the "SCO partners" on a day (the category since 1 September 2025).

        Args:
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: As for :meth:`status_of`.

        Returns:
            The partners, sorted by English short name.

        Raises:
            AmbiguousDateError: As :meth:`with_status`.

        Example:
            >>> len(Organisation.load().partners("2025-09-01"))
            17
        """
        return self.with_status(Status.PARTNER, on, ambiguous=ambiguous)

    # -- summits and rotation ---------------------------------------------------------------

    def _all_summits(self) -> tuple[Summit, ...]:
        return tuple(s for s in self._store.dataset().summits if s.organisation == self._id)

    def _collation_keys(self) -> dict[str, tuple[int, ...]]:
        return self._store.collation_keys()

    def summits(
        self,
        council: Council | str | None = None,
        between: tuple[object, object] | None = None,
        host: str | MemberState | None = None,
        status: SummitStatus | str | None = None,
    ) -> tuple[Summit, ...]:
        """Return the recorded meetings of the councils, in time order.

        Args:
            council: ``"heads_of_state"``, ``"heads_of_government"`` (or a
                :class:`~shanghai_coop.Council`), or ``None`` for both.
            between: ``(first, last)``: two date-like values, both ends inclusive. A summit
                is included when it may overlap the range: when the days it may have taken
                (from its earliest possible first day to its latest possible last day) meet
                ``[first, last]``; so a summit dated only "2026" is in any range that
                touches 2026.
            host: A state (anything :meth:`resolve` accepts): only summits it hosted.
            status: ``"held"``, ``"planned"`` or ``"not_held"``; ``None`` (default) gives
                held and planned meetings (a year without a meeting is not a meeting).

        Returns:
            The :class:`~shanghai_coop.Summit` records, sorted by first day.

        Raises:
            InvalidArgumentError: ``council`` or ``status`` is not one of its values, or
                ``between`` is not a pair with ``first <= last``.
            DateTypeError: A bound of ``between`` is not date-like.
            DateValueError: A bound of ``between`` is no calendar day.
            UnknownStateError: ``host`` denotes no state.

        Example:
            >>> sco = Organisation.load()
            >>> [s.id for s in sco.summits(between=("2024-01-01", "2024-12-31"))]
            ['SCO-CHS-2024', 'SCO-CHG-2024']
            >>> [s.city for s in sco.summits(council="heads_of_state", host="Uzbekistan")]
            ['Tashkent', 'Tashkent', 'Tashkent', 'Samarkand']
        """
        wanted_council = _enum(Council, council, "council") if council is not None else None
        wanted_status = _enum(SummitStatus, status, "status") if status is not None else None
        host_key = self._key(host) if host is not None else None
        first = last = None
        if between is not None:
            if not isinstance(between, (tuple, list)) or len(between) != 2:
                raise InvalidArgumentError("between", between, ["a pair (first, last)"])
            first, last = to_date(between[0], "between"), to_date(between[1], "between")
            if first > last:
                raise InvalidArgumentError("between", between, ["a pair with first <= last"])
        out = []
        for summit in self._all_summits():
            if wanted_status is None:
                if summit.status is SummitStatus.NOT_HELD:
                    continue
            elif summit.status is not wanted_status:
                continue
            if wanted_council is not None and summit.council is not wanted_council:
                continue
            if host_key is not None and (summit.host is None or summit.host.id != host_key):
                continue
            if (
                first is not None
                and last is not None
                and (summit.last_day < first or summit.first_day > last)
            ):
                continue
            out.append(summit)
        return tuple(sorted(out, key=lambda s: (s.first_day, s.council.value)))

    def summit(self, year: int, council: Council | str = Council.HEADS_OF_STATE) -> Summit:
        """Return the one meeting of a council in a year.

        Args:
            year: The calendar year.
            council: ``"heads_of_state"`` (default) or ``"heads_of_government"``.

        Returns:
            The :class:`~shanghai_coop.Summit` (held or planned).

        Raises:
            UnknownSummitError: The data records no meeting of that council in that year,
                or records that it did not meet (a ``LookupError``).
            InvalidArgumentError: ``year`` is not an integer or ``council`` is unknown.

        Example:
            >>> Organisation.load().summit(2015).city
            'Ufa'
        """
        year = _integer(year, "year", "an integer year such as 2024")
        wanted = _enum(Council, council, "council")
        found = [s for s in self._all_summits() if s.council is wanted and s.first_day.year == year]
        meetings = [s for s in found if s.status is not SummitStatus.NOT_HELD]
        if len(meetings) == 1:
            return meetings[0]
        if meetings:
            raise UnknownSummitError(
                f"{len(meetings)} meetings of the {wanted.value} council in {year}:"
                f" {', '.join(s.id for s in meetings)}; use summits(between=...)"
            )
        if found:
            raise UnknownSummitError(
                f"the {wanted.value} council of the {self._id} did not meet in {year}"
                f" (record {found[0].id})"
            )
        years = sorted({s.first_day.year for s in self._all_summits() if s.council is wanted})
        span = f"{years[0]}-{years[-1]}" if years else "none"
        raise UnknownSummitError(
            f"no recorded meeting of the {wanted.value} council of the {self._id} in {year}"
            f" (recorded years: {span})"
        )

    def rotation_order(self, on: object) -> tuple[MemberState, ...]:
        """Return the members on a day in the order of the rotation rule.

        The members sorted by their Russian short names under the Unicode Collation
        Algorithm (CLDR's collation of Russian: "Ё" sorts as "Е" with a secondary
        difference, after "Е" and before "Ж"); see
        :mod:`shanghai_coop.rotation`.

        Args:
            on: A date-like value, as for :meth:`status_of`.

        Returns:
            A permutation of :meth:`members` ``(on)``.

        Raises:
            AmbiguousDateError: A membership is uncertain that day.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day.
            NotRecordedError: This is the Shanghai Five, which the Charter's rule never
                governed.

        Example:
            >>> [s.names.ru_short for s in Organisation.load().rotation_order("2026-01-01")][:3]
            ['Беларусь', 'Индия', 'Иран']
        """
        from .rotation import _order

        return _order(self, on)

    def projected_hosts(self, after: object, count: int = 1) -> tuple[Projection, ...]:
        """Project the hosts of the next heads-of-state summits by the rotation rule.

        Args:
            after: The summit to project from: a year (its heads-of-state summit), a summit
                id such as ``"SCO-CHS-2026"``, or a :class:`~shanghai_coop.Summit`.
            count: How many years to project, 1 to 100.

        Returns:
            :class:`~shanghai_coop.Projection` objects, one per following year. Each says
            it is a projection, names the rule and the order used, and carries the
            recorded summit of that year (an announcement) if the data holds one.

        Raises:
            UnknownSummitError: No heads-of-state summit is recorded for the year given.
            InvalidArgumentError: ``after`` or ``count`` is not valid, or ``after`` is a
                summit of another organisation.
            ArgumentTypeError: ``after`` or ``count`` has the wrong type.
            NotRecordedError: This is the Shanghai Five, which the Charter's rule never
                governed.

        Example:
            >>> p = Organisation.load().projected_hosts(after=2026)[0]
            >>> p.host.name, p.is_projection, p.recorded.host.name
            ('Pakistan', True, 'Pakistan')
        """
        from .rotation import _project

        return _project(self, after, count)

    def rotation_backtest(self) -> tuple[BacktestRow, ...]:
        """Compare every heads-of-state summit that was held with the host the rule predicts.

        The prediction for a summit is the member after the previous summit's host, in the
        rotation order of the members on the day before the previous summit began (a state
        admitted at the hand-over summit joins the rotation from the next hand-over).
        Planned (announced) summits are not history and are left out; compare them with
        :meth:`projected_hosts`.

        Returns:
            :class:`~shanghai_coop.BacktestRow` objects in time order; ``followed`` is
            ``False`` where history deviated from the rule.

        Raises:
            NotRecordedError: This is the Shanghai Five, which the Charter's rule never
                governed.

        Example:
            >>> rows = Organisation.load().rotation_backtest()
            >>> [r.summit.first_day.year for r in rows if r.followed is False][:3]
            [2002, 2003, 2004]
        """
        from .rotation import _backtest

        return _backtest(self)

    # -- offices, councils and the organisation's own record --------------------------------

    def _facts(self) -> Facts:
        return self._store.dataset().facts[self._id]

    @property
    def abbreviation(self) -> str | None:
        """The English abbreviation (``"SCO"``), or ``None``.

        Example:
            >>> Organisation.load().abbreviation
            'SCO'
        """
        return self._info().abbreviation

    @property
    def charter(self) -> Charter | None:
        """The founding treaty: signed, where, in force (``None`` for the Shanghai Five).

        Example:
            >>> Organisation.load().charter.signed_place
            'Saint Petersburg'
        """
        return self._facts().charter

    @property
    def headquarters(self) -> tuple[Headquarters, ...]:
        """Where the permanent bodies sit (the Secretariat, the RATS).

        Example:
            >>> [(h.body, h.city) for h in Organisation.load().headquarters]
            [('secretariat', 'Beijing'), ('rats', 'Tashkent')]
        """
        return self._facts().headquarters

    @property
    def official_languages(self) -> tuple[str, ...]:
        """The official languages as ISO 639-1 codes.

        Example:
            >>> Organisation.load().official_languages
            ('ru', 'zh')
        """
        return self._facts().languages

    @property
    def bodies(self) -> tuple[Body, ...]:
        """The bodies the Charter lists, in its order.

        Example:
            >>> len(Organisation.load().bodies)
            7
        """
        return self._facts().bodies

    def relations(self) -> tuple[Relation, ...]:
        """Return the relations with other organisations, in time order.

        Returns:
            :class:`~shanghai_coop.Relation` records sorted by start.

        Example:
            >>> [(r.id, r.start.earliest.year) for r in Organisation.load().relations()][:2]
            [('UN', 2004), ('CIS', 2005)]
        """
        return tuple(sorted(self._facts().relations, key=lambda r: r.start.earliest))

    def guests(self) -> tuple[Guest, ...]:
        """Return the guest attendees of summits (organisations and one state).

        Returns:
            :class:`~shanghai_coop.Guest` records, organisations first, then states.

        Example:
            >>> [g.id for g in Organisation.load().guests()]
            ['ASEAN', 'CIS', 'UN', 'TKM']
        """
        return tuple(sorted(self._facts().guests, key=lambda g: (g.kind != "organisation", g.id)))

    def applications(self) -> tuple[Application, ...]:
        """Return applications for a status and expressions of interest, in time order.

        These are events, not statuses: an application changes no answer of
        :meth:`status_of`.

        Returns:
            :class:`~shanghai_coop.Application` records sorted by date (undated last).

        Example:
            >>> [a.state.id for a in Organisation.load().applications() if a.applied_for.value == "member"]
            ['IRN', 'IRN', 'IND', 'PAK', 'ARM']
        """  # noqa: E501
        undated = date.max
        return tuple(
            sorted(
                self._facts().applications,
                key=lambda a: (a.date.earliest if a.date else undated, a.id),
            )
        )

    def offices(self) -> tuple[Office, ...]:
        """Return the offices the data records (Executive Secretary, Secretary-General, ...).

        Example:
            >>> [o.id for o in Organisation.load().offices()]
            ['executive_secretary', 'rats_director', 'secretary_general']
        """
        return tuple(o for o in self._store.dataset().offices if o.organisation == self._id)

    def terms(self, office: str | None = None) -> tuple[Term, ...]:
        """Return the terms of office, by office and then in time order.

        Each office lists only its own terms. The heads of the Secretariat were an
        Executive Secretary (Zhang Deguang, 2004-2006) and then Secretaries-General, so
        ``terms("secretary_general")`` leaves Zhang Deguang out, while :meth:`holder`
        answers for the office and the one it replaced. For every head of the Secretariat
        take ``terms("executive_secretary") + terms("secretary_general")``.

        Args:
            office: ``"executive_secretary"``, ``"secretary_general"``, ``"rats_director"``,
                or ``None`` for all.

        Returns:
            :class:`~shanghai_coop.Term` records.

        Raises:
            InvalidArgumentError: ``office`` is not one of the offices.

        Example:
            >>> sco = Organisation.load()
            >>> [t.holder.name for t in sco.terms("secretary_general")][:2]
            ['Bolat Nurgaliyev', 'Muratbek Imanaliev']
            >>> heads = sco.terms("executive_secretary") + sco.terms("secretary_general")
            >>> len(heads), heads[0].holder.name
            (8, 'Zhang Deguang')
        """
        terms = tuple(t for t in self._store.dataset().terms if t.office.organisation == self._id)
        if office is not None:
            self._office(office)
            terms = tuple(t for t in terms if t.office.id == office)
        return tuple(sorted(terms, key=lambda t: (t.office.id, t.start.earliest)))

    def _office(self, office: object) -> Office:
        offices = self.offices()
        for candidate in offices:
            if candidate.id == office:
                return candidate
        if not offices:
            raise NotRecordedError(f"the data records no offices of the {self.name}")
        raise InvalidArgumentError("office", office, [o.id for o in offices])

    def holder(self, office: str, on: object, *, ambiguous: Ambiguous = "raise") -> Term | None:
        """Return the term of office that holds on a day.

        An office answers for itself and for the offices it replaced: the Secretariat was
        headed by an Executive Secretary until the post became that of Secretary-General,
        so ``holder("secretary_general", "2005-01-01")`` is Zhang Deguang's term, whose
        ``office`` says it was the Executive Secretary. Terms are half-open ``[start, end)``
        like status spells, and a term dated only to a year, a month or a range of days is
        answered like a status (see :doc:`concepts`, dates and their precision): inside its
        window ``ambiguous`` decides.

        Args:
            office: ``"secretary_general"``, ``"rats_director"`` or
                ``"executive_secretary"``.
            on: A date-like value, as for :meth:`status_of`.
            ambiguous: ``"raise"`` (default), ``"earliest"`` or ``"latest"``.

        Returns:
            The :class:`~shanghai_coop.Term`, or ``None`` when the office did not exist
            or was vacant that day.

        Raises:
            AmbiguousDateError: ``on`` falls inside the window of a transition dated only
                to a month, a year or a range of days (with ``"raise"``); ``possible``
                holds the terms.
            InvalidArgumentError: ``office`` or ``ambiguous`` is not valid.
            DateTypeError: ``on`` is not date-like.
            DateValueError: ``on`` is no calendar day.

        Example:
            >>> sco = Organisation.load()
            >>> sco.holder("rats_director", "2017-01-01").holder.name
            'Yevgeniy Sysoev'
            >>> sco.holder("rats_director", "2010-03-01", ambiguous="latest").holder.name
            'Myrzakan Subanov'
        """
        check_policy(ambiguous)
        table, by_id = self._term_table(office)
        day = ordinal(on)
        segment = table.at(day)
        found = segment.pick(ambiguous)
        if found is AMBIGUOUS:
            possible = frozenset(by_id.get(v) for v in segment.possible)
            raise _ambiguity(office, day, segment, possible, what="holder")
        return None if found is None else by_id[found]

    def possible_holders(self, office: str, on: object) -> frozenset[Term | None]:
        """Return every term that may hold on a day (``None`` for a possible vacancy).

        Args:
            office: As for :meth:`holder`.
            on: A date-like value.

        Returns:
            A ``frozenset`` of :class:`~shanghai_coop.Term` (and ``None``).

        Example:
            >>> sorted(t.holder.name for t in Organisation.load().possible_holders("rats_director", "2010-03-01"))
            ['Dzhenisbek Dzhumanbekov', 'Myrzakan Subanov']
        """  # noqa: E501
        table, by_id = self._term_table(office)
        return frozenset(by_id.get(v) for v in table.at(ordinal(on)).possible)

    def _term_table(self, office: str) -> tuple[StatusTable, dict[str, Term]]:
        return self._store.term_table(self._office(office).id)

    def secretary_general(self, on: object, *, ambiguous: Ambiguous = "raise") -> Term | None:
        """Return the head of the Secretariat on a day; see :meth:`holder`.

        Before the post of Secretary-General existed, the term of the Executive Secretary.

        Args:
            on: A date-like value.
            ambiguous: As for :meth:`holder`.

        Returns:
            The :class:`~shanghai_coop.Term` (its ``office`` names the post), or ``None``.

        Raises:
            AmbiguousDateError: As :meth:`holder`.

        Example:
            >>> t = Organisation.load().secretary_general("2005-01-01")
            >>> t.holder.name, t.office.en
            ('Zhang Deguang', 'Executive Secretary')
        """
        return self.holder("secretary_general", on, ambiguous=ambiguous)

    def rats_director(self, on: object, *, ambiguous: Ambiguous = "raise") -> Term | None:
        """Return the Director of the RATS Executive Committee on a day; see :meth:`holder`.

        Args:
            on: A date-like value.
            ambiguous: As for :meth:`holder`.

        Returns:
            The :class:`~shanghai_coop.Term`, or ``None``.

        Raises:
            AmbiguousDateError: As :meth:`holder`.

        Example:
            >>> Organisation.load().rats_director("2023-01-01").holder.name
            'Ruslan Mirzaev'
        """
        return self.holder("rats_director", on, ambiguous=ambiguous)

    def rosters(self, council: Council | str | None = None) -> tuple[Roster, ...]:
        """Return the recorded council rosters, in time order.

        Args:
            council: ``"heads_of_state"``, ``"heads_of_government"`` or ``None`` for both.

        Returns:
            :class:`~shanghai_coop.Roster` records.

        Example:
            >>> [r.id for r in Organisation.load().rosters("heads_of_state")]
            ['heads_of_state/2024-07-04', 'heads_of_state/gallery']
        """
        wanted = _enum(Council, council, "council") if council is not None else None
        rosters = self._store.dataset().rosters
        return tuple(
            sorted(
                (r for r in rosters if r.organisation == self._id and wanted in (None, r.council)),
                key=lambda r: (r.as_of.earliest, r.council.value),
            )
        )

    def council(self, kind: Council | str, on: object) -> Roster:
        """Return the latest recorded roster of a council on or before a day.

        The roster is what a source records on its own date (``as_of``); it is never
        presented as more: a later change of government is not in it.

        Args:
            kind: ``"heads_of_state"`` or ``"heads_of_government"``.
            on: A date-like value.

        Returns:
            The :class:`~shanghai_coop.Roster`, whose ``as_of`` says when it was recorded.

        Raises:
            NotRecordedError: No roster of that council is recorded on or before ``on``
                (a ``LookupError``).
            InvalidArgumentError: ``kind`` is not a council.

        Example:
            >>> r = Organisation.load().council("heads_of_state", on="2024-07-04")
            >>> str(r.as_of), r.basis, [e.member.name for e in r.entries][:2]
            ('2024-07-04', 'meeting', ['Alexander Lukashenko', 'Xi Jinping'])
        """
        wanted = _enum(Council, kind, "kind")
        day = to_date(on)
        candidates = [r for r in self.rosters(wanted) if r.as_of.latest <= day]
        if not candidates:
            first = self.rosters(wanted)
            earliest = f"; the earliest is of {first[0].as_of}" if first else ""
            raise NotRecordedError(
                f"no roster of the {wanted.value} council is recorded on or before"
                f" {day.isoformat()}{earliest}"
            )
        return candidates[-1]

    # -- tables --------------------------------------------------------------------------

    def status_of_many(self, states: Any, dates: Any, *, ambiguous: Ambiguous = "raise") -> Any:
        """Answer many status queries at once, exactly as :meth:`status_of` would one by one.

        Args:
            states: A sequence, numpy array or pandas Series of states (anything
                :meth:`resolve` accepts), or one state for every date.
            dates: A sequence, numpy ``datetime64`` array or pandas Series of dates (anything
                :meth:`status_of` accepts), or one date for every state. Two sequences must
                have the same length.
            ambiguous: As for :meth:`status_of`, applied to every pair.

        Pairs are matched by position. Two Series must have the same index (they are not
        aligned). A categorical Series is resolved by the categories it uses, so unused
        categories need not be states.

        Returns:
            A ``tuple`` of :class:`~shanghai_coop.Status` for plain sequences; a numpy
            object array of them when an input is a numpy array or scalar (such as a
            ``numpy.datetime64`` date); a categorical pandas
            ``Series`` (with the input's index) when an input is a Series.

        Raises:
            AmbiguousDateError: A pair falls inside an uncertainty window and
                ``ambiguous="raise"`` (the first such pair is named).
            UnknownStateError: A state is unknown.
            DateTypeError: A date is not date-like.
            DateValueError: A date is no calendar day (``NaT``, a week or month unit).
            InvalidArgumentError: Lengths differ, two Series have different indexes, both
                inputs are scalars, or ``ambiguous`` is not a policy.
            ArgumentTypeError: An input is a set or dict (no order to match answers to), or
                a generator or iterator (make it a list first).

        An error about one element names its position (``"... (at position 3)"``).

        Example:
            >>> sco = Organisation.load()
            >>> [s.value for s in sco.status_of_many(["Iran", "India"], "2020-01-01")]
            ['observer', 'member']
        """
        from ._bulk import status_of_many

        return status_of_many(self, states, dates, ambiguous)

    def records(self, kind: str) -> Table:
        """Return one kind of record as a table of plain dicts (no optional dependency).

        Args:
            kind: ``"spells"``, ``"states"``, ``"summits"``, ``"terms"``, ``"relations"``,
                ``"applications"`` or ``"rosters"``; the columns of each are in
                :data:`shanghai_coop.tables.COLUMNS` and never change within a major version.

        Returns:
            A :class:`~shanghai_coop.tables.Table`: a sequence of ``dict`` rows with ISO
            date strings, ``.to_pandas()``, ``.to_polars()``, ``.to_csv()``, ``.to_json()``.

        Raises:
            InvalidArgumentError: ``kind`` is not one of these.

        Example:
            >>> table = Organisation.load().records("summits")
            >>> table[0]["id"], table[0]["start_earliest"]
            ('SCO-CHS-2001', '2001-06-14')
        """
        from .tables import _records

        return _records(self, kind)

    def to_pandas(self, kind: str) -> Any:
        """Return :meth:`records` as a pandas DataFrame.

        Args:
            kind: As for :meth:`records`.

        Returns:
            A ``pandas.DataFrame`` with dates as ``datetime64`` and statuses as categoricals.

        Raises:
            MissingExtraError: pandas is not installed (extra ``pandas``).
            InvalidArgumentError: ``kind`` is unknown.

        Example:
            >>> from shanghai_coop import MissingExtraError
            >>> try:
            ...     frame = Organisation.load().to_pandas("summits")
            ... except MissingExtraError:  # without the extra
            ...     frame = None
            >>> frame is None or frame["council"].dtype.name == "category"
            True
        """
        return self.records(kind).to_pandas()

    def to_polars(self, kind: str) -> Any:
        """Return :meth:`records` as a polars DataFrame.

        Args:
            kind: As for :meth:`records`.

        Returns:
            A ``polars.DataFrame`` with ``pl.Date`` dates and ``pl.Enum`` statuses.

        Raises:
            MissingExtraError: polars is not installed (extra ``polars``).
            InvalidArgumentError: ``kind`` is unknown.

        Example:
            >>> from shanghai_coop import MissingExtraError
            >>> try:
            ...     frame = Organisation.load().to_polars("terms")
            ... except MissingExtraError:  # without the extra
            ...     frame = None
            >>> frame is None or frame.height == len(Organisation.load().terms())
            True
        """
        return self.records(kind).to_polars()

    def country_year(
        self,
        start: int,
        end: int,
        states: str | MemberState | Iterable[Any] = "participants",
        rule: str = "jan1",
        ambiguous: Literal["earliest", "latest"] = "earliest",
    ) -> Table:
        """Return a state-year panel of status, for merging into country-year data sets.

        One row per state and year from ``start`` to ``end`` (both inclusive). The status
        of a year follows ``rule``; ``uncertain`` flags a year whose answer depends on a
        date known only to a month or year (``possible`` lists the candidates), and the
        status shown is then the one ``ambiguous`` chooses.

        Differences from the Correlates of War IGO data (codes 0 none, 1 full member,
        2 associate, 3 observer, -9 missing, -1 not in existence): COW dates the SCO from
        1996, treating the Shanghai Five as the SCO, stops in 2014 and records no observers.
        Here the SCO exists from 15 June 2001 (``cow_igo`` is -1 before, under the rule),
        the Shanghai Five is a separate column, observers are 3, the post-2025 "partners"
        are 3, dialogue partners (which COW has no code for) are 0, and nothing is -9.

        Args:
            start: First year.
            end: Last year.
            states: ``"participants"`` (every state with a spell in the SCO or the Shanghai
                Five), ``"all"`` (every ISO 3166-1 country), one state (a name,
                code or ``MemberState``), or a list of states (a set is put in ISO-code
                order).
            rule: ``"jan1"`` (status on 1 January), ``"dec31"`` (on 31 December), ``"any"``
                (the highest status held on any day of the year), or ``"majority"`` (held
                on most days of the year).
            ambiguous: ``"earliest"`` (default) or ``"latest"``, for uncertain years.

        Returns:
            A :class:`~shanghai_coop.tables.Table` with the columns of
            ``COLUMNS["panel"]``; its ``meta`` states the rule.

        Raises:
            InvalidArgumentError: A year, the rule, ``states`` or ``ambiguous`` is invalid,
                or the panel would have more than 1,000,000 rows.
            ArgumentTypeError: A year is not an integer, or ``states`` is of no accepted
                type (``None``, a dict).
            UnknownStateError: A state in ``states`` is unknown.

        Example:
            >>> panel = Organisation.load().country_year(2016, 2017, states=["India"])
            >>> [(r["year"], r["status"], r["cow_igo"]) for r in panel]
            [(2016, 'observer', 3), (2017, 'observer', 3)]
            >>> panel.meta["rule"]
            'jan1'
        """
        from .tables import _country_year

        return _country_year(self, start, end, states, rule, ambiguous)

    def plot_timeline(
        self,
        ax: Any = None,
        *,
        start: int = 1996,
        end: int | None = None,
        summits: bool = True,
        shanghai_five: bool = True,
    ) -> Any:
        """Draw the membership history as a timeline chart (extra ``plot``: matplotlib).

        One row per state that ever held a status, a band per status spell (colour per
        status), the Shanghai Five band before 2001, hatched grey where a transition is
        dated only roughly, and dotted lines at the heads-of-state summits.

        Args:
            ax: A matplotlib ``Axes`` to draw on, or ``None`` for a new figure.
            start: First year shown.
            end: Last year shown (default: the later of ``as_of`` and today).
            summits: Mark the heads-of-state summits.
            shanghai_five: Draw the Shanghai Five band.

        Returns:
            The matplotlib ``Axes``.

        Raises:
            MissingExtraError: matplotlib is not installed
                (``pip install 'shanghai_coop[plot]'``).
            ArgumentTypeError: A year is not an integer, a flag not a bool, or ``ax`` no
                ``Axes``.
            InvalidArgumentError: The years are not ``1 <= start <= end <= 9998``.

        Example:
            >>> from shanghai_coop import MissingExtraError
            >>> try:
            ...     import matplotlib
            ...     matplotlib.use("Agg")
            ...     ax = Organisation.load().plot_timeline(start=2000)
            ...     shown = ax.get_yticklabels()[0].get_text()
            ... except (ImportError, MissingExtraError):  # without the extra
            ...     shown = "China"
            >>> shown
            'China'
        """
        from .plot import _plot_timeline

        return _plot_timeline(
            self, ax, start=start, end=end, summits=summits, shanghai_five=shanghai_five
        )

    def history(self, state: str | MemberState) -> tuple[Membership, ...]:
        """Return every spell of a state in this organisation, in time order.

        Args:
            state: Anything :meth:`resolve` accepts.

        Returns:
            The :class:`~shanghai_coop.Membership` spells (empty for a state never related).

        Raises:
            UnknownStateError: ``state`` denotes no state.

        Example:
            >>> [(s.status.value, str(s.start)) for s in Organisation.load().history("Belarus")]
            [('dialogue_partner', '2010-04-28'), ('observer', '2015-07-10'), ('member', '2024-07-04')]
        """  # noqa: E501
        found = self.resolve(state)
        return tuple(spell for spell in found.spells if spell.organisation == self._id)

    def qualifier_since(self, spell: Membership, qualifier: Qualifier) -> PartialDate:
        """Return when a qualifier began, followed back across changes of status.

        A qualifier is stored per spell and clipped to it. Where it continues without a gap
        from the spell before (the same kind, ending on the day this spell starts),
        its start is that earlier qualifier's, and so on back.

        Args:
            spell: A spell of this organisation (from :meth:`history` or
                :meth:`membership`).
            qualifier: One of ``spell.qualifiers``.

        Returns:
            The :class:`~shanghai_coop.PartialDate` the qualifier began; ``qualifier.start``
            where it did not continue from an earlier spell.

        Raises:
            InvalidArgumentError: ``spell`` is not a spell of this organisation, or
                ``qualifier`` is not one of its qualifiers.
            UnknownStateError: ``spell`` names a state these data do not know.

        .. versionadded:: 0.3.0

        Example:
            >>> sco = Organisation.load()
            >>> spell = sco.membership("Afghanistan", "2026-01-01")
            >>> str(spell.qualifiers[0].start), str(sco.qualifier_since(spell, spell.qualifiers[0]))
            ('2025-09-01', '2021-09')
        """
        from .model import Membership

        history = self.history(spell.state) if isinstance(spell, Membership) else ()
        if spell not in history:
            raise InvalidArgumentError("spell", spell, [f"a spell of the {self._id}"])
        if qualifier not in spell.qualifiers:
            raise InvalidArgumentError("qualifier", qualifier, ["one of spell.qualifiers"])
        start, index = qualifier.start, history.index(spell)
        while index > 0 and history[index - 1].end == history[index].start == start:
            earlier = [
                q
                for q in history[index - 1].qualifiers
                if q.kind is qualifier.kind and q.end == start
            ]
            if not earlier:
                break
            start, index = earlier[0].start, index - 1
        return start


_NONE = Segment(frozenset({Status.NONE}), Status.NONE, Status.NONE, None, Status.NONE)


def _ambiguity(
    subject: str,
    day: int,
    segment: Segment,
    possible: frozenset[Any] | None = None,
    what: str = "status",
) -> AmbiguousDateError:
    """The error for a day inside an uncertainty window (one place for every query)."""
    low, high = segment.window or (day, day)
    return AmbiguousDateError(
        subject,
        date.fromordinal(day),
        segment.possible if possible is None else possible,
        (date.fromordinal(low), date.fromordinal(high)),
        what=what,
    )


def _integer(value: object, argument: str, expected: str) -> int:
    """An integer argument: an ``int`` or anything with ``__index__`` (numpy), not a bool."""
    import operator

    if isinstance(value, bool):
        raise ArgumentTypeError(argument, value, expected)
    try:
        return operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise ArgumentTypeError(argument, value, expected) from None


def _enum(kind: Any, value: object, argument: str) -> Any:
    short = COUNCIL_SHORT_FORMS if kind is Council else {}
    if isinstance(value, str) and value in short:
        return short[value]
    try:
        return kind(value)
    except ValueError:
        raise InvalidArgumentError(argument, value, [m.value for m in kind] + [*short]) from None


def _status(value: object) -> Status:
    try:
        status = Status(value)
    except ValueError:
        raise InvalidArgumentError(
            "status", value, [s.value for s in Status if s is not Status.NONE]
        ) from None
    if status is Status.NONE:
        raise InvalidArgumentError(
            "status", value, [s.value for s in Status if s is not Status.NONE]
        )
    return status


_MEMBER_STATE: type | None = None


def _member_state_class() -> type:
    # Imported on first use so that status queries by name never import attrs.
    global _MEMBER_STATE
    if _MEMBER_STATE is None:
        from .model import MemberState

        _MEMBER_STATE = MemberState
    return _MEMBER_STATE


def _fingerprint(meta: Mapping[str, Any]) -> str:
    """The data version and every file's checksum, condensed into one SHA-256 digest."""
    from hashlib import sha256

    files = sorted(meta["files"].items())
    text = ";".join([meta["data_version"], *(f"{name}={digest}" for name, digest in files)])
    return sha256(text.encode()).hexdigest()


def _restore(
    path: str | None, organisation_id: str, fingerprint: str | None = None
) -> Organisation:
    """Unpickle: load again, and refuse data that changed since the pickle was made."""
    org = Organisation.load(path, organisation=organisation_id)
    if fingerprint is not None and org._store.fingerprint() != fingerprint:
        raise DataError(
            path or "the packaged data",
            [
                "the data changed since this Organisation was pickled (its data version or"
                " checksums differ); load it again instead of unpickling"
            ],
        )
    return org
