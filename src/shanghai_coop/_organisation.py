"""The root aggregate: :class:`Organisation`, whose methods answer every query.

One data set holds two organisations, the SCO and its predecessor the Shanghai Five; each
is an :class:`Organisation` over the same loaded data. The data is read once, lazily, on the
first query; status queries run on precomputed tables and never import attrs; the attrs
objects (states, spells, sources) are built on first need, under a lock.
"""

from __future__ import annotations

import _thread
import os
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from . import _load
from ._enums import Status
from ._index import Segment, StatusTable, build_tables
from .dates import ordinal, to_date
from .errors import (
    AmbiguousDateError,
    InvalidArgumentError,
    StateTypeError,
)
from .names import NameIndex, entries

if TYPE_CHECKING:
    from ._structure import Country, Dataset, OrganisationRecord
    from .model import Category, Membership, MemberState, PartialDate, Source

__all__ = ["Ambiguous", "Organisation"]

#: How to answer a query that falls inside a transition's uncertainty window.
Ambiguous = Literal["raise", "earliest", "latest"]
_POLICIES = ("raise", "earliest", "latest")


class _Store:
    """One loaded data set: raw documents, name indexes, status tables, lazy objects."""

    __slots__ = (
        "_all_names",
        "_countries",
        "_dataset",
        "_lock",
        "_states",
        "names",
        "organisations",
        "raw",
        "tables",
    )

    def __init__(self, raw: _load.RawData) -> None:
        self.raw = raw
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
            return self.all_names().lookup(name)
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

    Example:
        >>> sco = Organisation.load()
        >>> sco.status_of("Iran", "2023-07-04").value
        'member'
        >>> sco.predecessor.status_of("Kazakhstan", "1998-01-01").value
        'member'
    """

    __slots__ = ("_id", "_record", "_store", "_tables")

    def __init__(self, store: _Store, organisation_id: str) -> None:
        if organisation_id not in store.organisations:
            raise InvalidArgumentError("organisation", organisation_id, store.organisations)
        self._store = store
        self._id = organisation_id
        self._tables: dict[str, StatusTable] = store.tables.get(organisation_id, {})
        self._record: OrganisationRecord | None = None

    # -- construction --------------------------------------------------------------------

    @classmethod
    def load(
        cls, path: str | os.PathLike[str] | None = None, *, organisation: str = "SCO"
    ) -> Organisation:
        """Load the packaged data, or a copy of it in a directory.

        The packaged data is read once per process and shared; it is validated by the
        package's own tests and checksummed on every read. A copy in ``path`` is read anew
        on every call and validated in full before anything is returned: checksums,
        schema, and every rule of the data linter.

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
        raw = _load.read(path)
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

    def __reduce__(self) -> tuple[Any, ...]:
        origin = self._store.raw.origin
        return (_restore, (None if origin == "package" else origin, self._id))

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
            self._record = record
        return record

    @property
    def id(self) -> str:
        """The organisation's id in the data: ``"SCO"`` or ``"S5"``."""
        return self._id

    @property
    def name(self) -> str:
        """The English name, such as ``"Shanghai Cooperation Organisation"``."""
        return self._store.organisations[self._id]

    @property
    def names(self) -> dict[str, str]:
        """The names by language tag (``"en"``, ``"ru"``, ``"zh"``); a new dict each call."""
        names = self._info().names
        return {"en": names.en, "ru": names.ru, "zh": names.zh}

    @property
    def wikidata(self) -> str | None:
        """The organisation's Wikidata QID, or ``None``."""
        return self._info().wikidata

    @property
    def founded(self) -> PartialDate:
        """The founding date."""
        return self._info().founded

    @property
    def dissolved(self) -> PartialDate | None:
        """The date the organisation ceased, or ``None``."""
        return self._info().dissolved

    @property
    def predecessor(self) -> Organisation | None:
        """The predecessor organisation (the Shanghai Five for the SCO), or ``None``."""
        link = self._info().predecessor
        return None if link is None else Organisation(self._store, link)

    @property
    def successor(self) -> Organisation | None:
        """The successor organisation (the SCO for the Shanghai Five), or ``None``."""
        link = self._info().successor
        return None if link is None else Organisation(self._store, link)

    @property
    def categories(self) -> tuple[Category, ...]:
        """The status categories and when each existed, in time order."""
        return self._info().categories

    @property
    def data_version(self) -> str:
        """The data version, such as ``"2026.11.0"`` (see the data-version policy)."""
        return str(self._store.raw.meta["data_version"])

    @property
    def as_of(self) -> date:
        """The date up to which the data was checked against its sources."""
        return to_date(self._store.raw.meta["as_of"], "as_of")

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source the data cites, sorted by id."""
        return self._store.dataset().sources

    def source(self, source_id: str) -> Source:
        """Return one source by id.

        Args:
            source_id: The id a record cites.

        Returns:
            The :class:`~shanghai_coop.Source`.

        Raises:
            KeyError: No source has that id.

        Example:
            >>> Organisation.load().source("pajhwok-2012-afghanistan").published
            PartialDate('2012-06-07')
        """
        for source in self._store.dataset().sources:
            if source.id == source_id:
                return source
        raise KeyError(f"no source with id {source_id!r}")

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
        key = self._key(state)
        if ambiguous != "raise" and ambiguous not in _POLICIES:
            raise InvalidArgumentError("ambiguous", ambiguous, _POLICIES)
        segment, day = self._segment(key, on)
        exact = segment.exact
        if exact is not None:
            return exact
        if ambiguous == "earliest":
            return segment.earliest
        if ambiguous == "latest":
            return segment.latest
        raise self._ambiguity(key, day, segment)

    def _ambiguity(self, key: str, day: int, segment: Segment) -> AmbiguousDateError:
        low, high = segment.window or (day, day)
        return AmbiguousDateError(
            key,
            date.fromordinal(day),
            segment.possible,
            (date.fromordinal(low), date.fromordinal(high)),
        )

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
        return segment.possible

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
        if ambiguous != "raise" and ambiguous not in _POLICIES:
            raise InvalidArgumentError("ambiguous", ambiguous, _POLICIES)
        day = ordinal(on)
        keys = []
        for key, table in self._tables.items():
            segment = table.at(day)
            found = segment.exact
            if found is None:
                if ambiguous == "raise":
                    if wanted in segment.possible:
                        raise self._ambiguity(key, day, segment)
                    continue
                found = segment.earliest if ambiguous == "earliest" else segment.latest
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


_NONE = Segment(frozenset({Status.NONE}), Status.NONE, Status.NONE, None, Status.NONE)


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


def _restore(path: str | None, organisation_id: str) -> Organisation:
    return Organisation.load(path, organisation=organisation_id)
