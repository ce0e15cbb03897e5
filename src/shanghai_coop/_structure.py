"""Strict conversion of the parsed JSON into attrs objects (cattrs), and back.

A private ``cattrs.Converter(forbid_extra_keys=True)``: an unknown key, a missing field, a
wrong type, a bad EDTF date or an unknown enum value is a :class:`DataError` that names the
file, the record (by index and id) and the field, such as
``spells.json: $.spells[12].start (record 'SCO/IRN/member/2023-07-04'): ...``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.v import format_exception

from ._enums import Council, Precision, QualifierKind, Status, SummitFormat, SummitStatus
from ._load import DATA_FILES, RawData
from .dates import to_date
from .errors import DataError, ShanghaiCoopError
from .model import (
    Application,
    Attendance,
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
    Relation,
    Roster,
    RosterEntry,
    RosterExclusion,
    Source,
    Summit,
    Term,
    Variant,
)

__all__ = ["Country", "Dataset", "OrganisationRecord", "converter", "structure"]

T = TypeVar("T")


@attrs.frozen
class Country:
    """One ISO 3166-1 country as generated from pycountry and CLDR (``countries.json``)."""

    alpha2: str
    alpha3: str
    numeric: str
    name: str
    official_name: str | None
    common_name: str | None
    cldr_en: str | None
    cldr_ru: str | None
    cldr_zh: str | None
    aliases: tuple[str, ...] = ()


@attrs.frozen
class OrganisationNames:
    """An organisation's names in English, Russian and Chinese."""

    en: str
    ru: str
    zh: str


@attrs.frozen
class LangNames:
    """Names in English and, where known, Russian and Chinese."""

    en: str
    ru: str | None = None
    zh: str | None = None


@attrs.frozen
class HeadquartersRecord:
    """``organisations.json``: where a permanent body sits (the state as an id)."""

    body: str
    city: str
    state: str
    sources: tuple[str, ...]
    since: PartialDate | None = None
    note: str | None = None


@attrs.frozen
class BodyRecord:
    """``organisations.json``: a body of the organisation."""

    id: str
    names: LangNames
    sources: tuple[str, ...]
    note: str | None = None


@attrs.frozen
class LanguagesRecord:
    """``organisations.json``: the official languages (ISO 639-1 codes)."""

    codes: tuple[str, ...]
    sources: tuple[str, ...]
    note: str | None = None


@attrs.frozen
class GuestRecord:
    """``organisations.json``: a guest attendee (the state as an id)."""

    id: str
    guest: str
    kind: str
    sources: tuple[str, ...]
    state: str | None = None
    since: PartialDate | None = None
    attested: tuple[Attendance, ...] = ()
    note: str | None = None


@attrs.frozen
class ApplicationRecord:
    """``organisations.json``: an application or expression of interest (state as an id)."""

    id: str
    state: str
    applied_for: Status
    date: PartialDate | None
    kind: str
    sources: tuple[str, ...]
    date_basis: str | None = None
    outcome: str | None = None
    outcome_date: PartialDate | None = None
    variants: tuple[Variant, ...] = ()
    note: str | None = None


@attrs.frozen
class OrganisationRecord:
    """One organisation's record in ``organisations.json``."""

    id: str
    names: OrganisationNames
    founded: PartialDate
    categories: tuple[Category, ...]
    sources: tuple[str, ...]
    wikidata: str | None = None
    abbreviation: str | None = None
    dissolved: PartialDate | None = None
    predecessor: str | None = None
    successor: str | None = None
    charter: Charter | None = None
    headquarters: tuple[HeadquartersRecord, ...] = ()
    languages: LanguagesRecord | None = None
    bodies: tuple[BodyRecord, ...] = ()
    relations: tuple[Relation, ...] = ()
    guests: tuple[GuestRecord, ...] = ()
    applications: tuple[ApplicationRecord, ...] = ()
    note: str | None = None


@attrs.frozen
class OfficeRecord:
    """``offices.json``: an office."""

    id: str
    organisation: str
    names: LangNames
    body: str
    start: PartialDate
    end: PartialDate | None
    sources: tuple[str, ...]
    successor: str | None = None
    note: str | None = None


@attrs.frozen
class PersonRecord:
    """``offices.json``: a person."""

    id: str
    names: LangNames
    sources: tuple[str, ...]
    wikidata: str | None = None
    note: str | None = None


@attrs.frozen
class TermRecord:
    """``offices.json``: a term of office (office, holder and state as ids)."""

    id: str
    office: str
    holder: str
    state: str | None
    start: PartialDate
    end: PartialDate | None
    sources: tuple[str, ...]
    variants: tuple[Variant, ...] = ()
    note: str | None = None


@attrs.frozen
class EntryRecord:
    """``councils.json``: a roster entry (state and people as ids)."""

    state: str
    member: str
    role: str
    sources: tuple[str, ...]
    represented_by: str | None = None
    represented_role: str | None = None
    variants: tuple[Variant, ...] = ()
    note: str | None = None


@attrs.frozen
class ExclusionRecord:
    """``councils.json``: a state left out of a roster (state and people as ids)."""

    state: str
    sources: tuple[str, ...]
    seed_member: str | None = None
    attended: str | None = None
    attended_role: str | None = None
    note: str | None = None


@attrs.frozen
class RosterRecord:
    """``councils.json``: a council roster."""

    id: str
    organisation: str
    council: Council
    as_of: PartialDate
    basis: str
    entries: tuple[EntryRecord, ...]
    sources: tuple[str, ...]
    seed_section: str | None = None
    excluded: tuple[ExclusionRecord, ...] = ()
    note: str | None = None


@attrs.frozen
class Facts:
    """An organisation's own record, resolved into public objects."""

    charter: Charter | None
    headquarters: tuple[Headquarters, ...]
    languages: tuple[str, ...]
    bodies: tuple[Body, ...]
    relations: tuple[Relation, ...]
    guests: tuple[Guest, ...]
    applications: tuple[Application, ...]


@attrs.frozen
class SummitRecord:
    """One record of ``summits.json`` (the host as an ISO alpha-3 code)."""

    id: str
    organisation: str
    council: Council
    start: PartialDate
    end: PartialDate | None
    host: str | None
    city: str | None
    format: SummitFormat | None
    status: SummitStatus
    sources: tuple[str, ...]
    number: int | None = None
    seed_row: str | None = None
    variants: tuple[Variant, ...] = ()
    note: str | None = None


@attrs.frozen
class CollationRecord:
    """One record of ``collation.json``: the UCA sort key of a state's Russian short name."""

    state: str
    name: str
    key: tuple[int, ...]


@attrs.frozen
class Dataset:
    """Every record of one data set, structured."""

    origin: str
    data_version: str
    as_of: date
    sources: tuple[Source, ...]
    organisations: tuple[OrganisationRecord, ...]
    states: tuple[MemberState, ...]
    countries: tuple[Country, ...]
    spells: tuple[Membership, ...]
    summit_records: tuple[SummitRecord, ...]
    summits: tuple[Summit, ...]
    collation: tuple[CollationRecord, ...]
    office_records: tuple[OfficeRecord, ...]
    people: tuple[Person, ...]
    term_records: tuple[TermRecord, ...]
    offices: tuple[Office, ...]
    terms: tuple[Term, ...]
    roster_records: tuple[RosterRecord, ...]
    rosters: tuple[Roster, ...]
    facts: dict[str, Facts]
    document_sources: tuple[tuple[str, ...], ...]


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True)

    def structure_partial(value: Any, _: Any) -> PartialDate:
        if not isinstance(value, str):
            raise ValueError(f"expected an EDTF date string, got {value!r}")
        return PartialDate(value)

    def structure_date(value: Any, _: Any) -> date:
        if not isinstance(value, str):
            raise ValueError(f"expected an ISO date string, got {value!r}")
        return to_date(value)

    def structure_str(value: Any, _: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(f"expected a string, got {value!r}")
        return value

    def structure_int(value: Any, _: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"expected an integer, got {value!r}")
        return value

    def structure_enum(value: Any, kind: Any) -> Any:
        # Status etc. are str subclasses: without this the str hook would accept any text.
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(repr(member.value) for member in kind)
            raise ValueError(f"{value!r} is not one of {allowed}") from None

    def is_tuple(kind: Any) -> bool:
        args = get_args(kind)
        return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis

    def tuple_hook(kind: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
        item_kind = get_args(kind)[0]

        def structure_tuple(value: Any, _: Any) -> tuple[Any, ...]:
            # JSON arrays only: a string or an object must not be iterated silently.
            if not isinstance(value, list):
                raise ValueError(f"expected a list, got {type(value).__name__} {value!r:.60}")
            out, errors = [], []
            for index, item in enumerate(value):
                try:
                    out.append(conv.structure(item, item_kind))
                except Exception as error:
                    note = IterableValidationNote(
                        f"Structuring {kind} @ index {index}", index, item_kind
                    )
                    notes = [*getattr(error, "__notes__", []), note]
                    error.__notes__ = notes  # type: ignore[attr-defined]
                    errors.append(error)
            if errors:
                raise IterableValidationError(f"While structuring {kind!r}", errors, kind)
            return tuple(out)

        return structure_tuple

    conv.register_structure_hook(PartialDate, structure_partial)
    conv.register_structure_hook(date, structure_date)
    conv.register_structure_hook(str, structure_str)
    conv.register_structure_hook(int, structure_int)
    conv.register_structure_hook_factory(is_tuple, tuple_hook)
    for enum_class in (Status, QualifierKind, Precision, Council, SummitFormat, SummitStatus):
        conv.register_structure_hook(enum_class, structure_enum)
    conv.register_unstructure_hook(PartialDate, lambda value: value.edtf)
    conv.register_unstructure_hook(date, lambda value: value.isoformat())
    return conv


converter = _make_converter()

_PATH = re.compile(r"\$\.(\w+)\[(\d+)\]")


def _structure_file(raw: RawData, file: str, cls: type[T], key: str = "") -> tuple[T, ...]:
    key = key or DATA_FILES[file][0]
    records = raw.records(file, key)
    try:
        return tuple(converter.structure(records, tuple[cls, ...]))  # type: ignore[valid-type]
    except cattrs.BaseValidationError as error:
        raise DataError(raw.where(file), _messages(error, key, records)) from None
    except (ValueError, TypeError, ShanghaiCoopError) as error:
        raise DataError(raw.where(file), [f"$.{key}: {error}"]) from None


def _describe(error: BaseException, kind: type | None) -> str:
    """Say what was wrong with a value: our own messages in full, cattrs' otherwise."""
    if isinstance(error, (ValueError, ShanghaiCoopError)) and not isinstance(
        error, cattrs.BaseValidationError
    ):
        return str(error)
    return format_exception(error, kind)


def _messages(error: Exception, key: str, records: list[dict[str, Any]]) -> list[str]:
    messages = []
    for message in cattrs.transform_error(error, path=f"$.{key}", format_exception=_describe):
        match = _PATH.search(message)
        if match:
            index = int(match.group(2))
            record_id = records[index].get("id") if index < len(records) else None
            if record_id is not None:
                message = f"{message} (record {record_id!r})"
        messages.append(message)
    return messages


def structure(raw: RawData) -> Dataset:
    """Structure every file of a data set into attrs objects.

    Args:
        raw: The parsed documents from :func:`shanghai_coop._load.read`.

    Returns:
        The structured :class:`Dataset`; the states carry their spells.

    Raises:
        DataError: A record breaks the schema; the message names file, record and field.
    """
    # Every file is structured even after a bad one, so that one error lists all problems.
    problems: list[str] = []

    def part(file: str, cls: type[T], key: str = "") -> tuple[T, ...]:
        try:
            return _structure_file(raw, file, cls, key)
        except DataError as error:
            problems.extend(f"{file}: {problem}" for problem in error.problems)
            return ()

    sources = part("sources.json", Source)
    organisations = part("organisations.json", OrganisationRecord)
    states = part("states.json", MemberState)
    countries = part("countries.json", Country)
    spells = part("spells.json", Membership)
    summit_records = part("summits.json", SummitRecord)
    collation = part("collation.json", CollationRecord)
    office_records = part("offices.json", OfficeRecord, "offices")
    person_records = part("offices.json", PersonRecord, "people")
    term_records = part("offices.json", TermRecord, "terms")
    roster_records = part("councils.json", RosterRecord)
    if problems:
        raise DataError(raw.origin if raw.origin != "package" else "the packaged data", problems)

    def ref(table: dict[str, Any], key: str, where: str) -> Any:
        found = table.get(key)
        if found is None:
            problems.append(f"{where}: unknown id {key!r}")
        return found

    by_state: dict[str, list[Membership]] = {}
    for spell in spells:
        by_state.setdefault(spell.state, []).append(spell)
    states = tuple(
        attrs.evolve(
            state,
            spells=tuple(
                sorted(by_state.get(state.id, ()), key=lambda s: (s.start.earliest, s.organisation))
            ),
        )
        for state in states
    )
    by_id = {state.id: state for state in states}
    summits = tuple(
        Summit(
            id=r.id,
            organisation=r.organisation,
            council=r.council,
            start=r.start,
            end=r.end,
            host=ref(by_id, r.host, f"summits.json: {r.id}: host") if r.host else None,
            city=r.city,
            format=r.format,
            status=r.status,
            sources=r.sources,
            number=r.number,
            seed_row=r.seed_row,
            variants=r.variants,
            note=r.note,
        )
        for r in summit_records
    )

    people = tuple(
        Person(
            id=p.id,
            en=p.names.en,
            ru=p.names.ru,
            zh=p.names.zh,
            wikidata=p.wikidata,
            sources=p.sources,
            note=p.note,
        )
        for p in person_records
    )
    person_by_id = {p.id: p for p in people}
    offices = tuple(
        Office(
            id=o.id,
            organisation=o.organisation,
            en=o.names.en,
            ru=o.names.ru,
            zh=o.names.zh,
            body=o.body,
            start=o.start,
            end=o.end,
            successor=o.successor,
            sources=o.sources,
            note=o.note,
        )
        for o in office_records
    )
    office_by_id = {o.id: o for o in offices}
    terms = tuple(
        Term(
            id=t.id,
            office=ref(office_by_id, t.office, f"offices.json: term {t.id}"),
            holder=ref(person_by_id, t.holder, f"offices.json: term {t.id}"),
            state=ref(by_id, t.state, f"offices.json: term {t.id}") if t.state else None,
            start=t.start,
            end=t.end,
            sources=t.sources,
            variants=t.variants,
            note=t.note,
        )
        for t in term_records
    )
    rosters = tuple(
        Roster(
            id=r.id,
            organisation=r.organisation,
            council=r.council,
            as_of=r.as_of,
            basis=r.basis,
            entries=tuple(
                RosterEntry(
                    state=ref(by_id, e.state, f"councils.json: {r.id}"),
                    member=ref(person_by_id, e.member, f"councils.json: {r.id}"),
                    role=e.role,
                    sources=e.sources,
                    represented_by=ref(person_by_id, e.represented_by, f"councils.json: {r.id}")
                    if e.represented_by
                    else None,
                    represented_role=e.represented_role,
                    variants=e.variants,
                    note=e.note,
                )
                for e in r.entries
            ),
            sources=r.sources,
            seed_section=r.seed_section,
            excluded=tuple(
                RosterExclusion(
                    state=ref(by_id, x.state, f"councils.json: {r.id}"),
                    sources=x.sources,
                    seed_member=(
                        ref(person_by_id, x.seed_member, f"councils.json: {r.id}")
                        if x.seed_member
                        else None
                    ),
                    attended=(
                        ref(person_by_id, x.attended, f"councils.json: {r.id}")
                        if x.attended
                        else None
                    ),
                    attended_role=x.attended_role,
                    note=x.note,
                )
                for x in r.excluded
            ),
            note=r.note,
        )
        for r in roster_records
    )
    facts = {}
    for org in organisations:
        where = f"organisations.json: {org.id}"
        facts[org.id] = Facts(
            charter=org.charter,
            headquarters=tuple(
                Headquarters(
                    body=h.body,
                    city=h.city,
                    state=ref(by_id, h.state, where),
                    sources=h.sources,
                    since=h.since,
                    note=h.note,
                )
                for h in org.headquarters
            ),
            languages=org.languages.codes if org.languages else (),
            bodies=tuple(
                Body(
                    id=b.id,
                    en=b.names.en,
                    ru=b.names.ru,
                    zh=b.names.zh,
                    sources=b.sources,
                    note=b.note,
                )
                for b in org.bodies
            ),
            relations=org.relations,
            guests=tuple(
                Guest(
                    id=g.id,
                    guest=g.guest,
                    kind=g.kind,
                    sources=g.sources,
                    state=ref(by_id, g.state, where) if g.state else None,
                    since=g.since,
                    attested=g.attested,
                    note=g.note,
                )
                for g in org.guests
            ),
            applications=tuple(
                Application(
                    id=a.id,
                    state=ref(by_id, a.state, where),
                    applied_for=a.applied_for,
                    date=a.date,
                    kind=a.kind,
                    sources=a.sources,
                    date_basis=a.date_basis,
                    outcome=a.outcome,
                    outcome_date=a.outcome_date,
                    variants=a.variants,
                    note=a.note,
                )
                for a in org.applications
            ),
        )
    if problems:
        raise DataError(raw.origin if raw.origin != "package" else "the packaged data", problems)
    return Dataset(
        origin=raw.origin,
        data_version=raw.meta["data_version"],
        as_of=to_date(raw.meta["as_of"], "as_of"),
        sources=sources,
        organisations=organisations,
        states=states,
        countries=countries,
        spells=spells,
        summit_records=summit_records,
        summits=summits,
        collation=collation,
        office_records=office_records,
        people=people,
        term_records=term_records,
        offices=offices,
        terms=terms,
        roster_records=roster_records,
        rosters=rosters,
        facts=facts,
        document_sources=tuple(
            _document_sources(raw, name) for name in ("countries.json", "collation.json")
        ),
    )


def _document_sources(raw: RawData, name: str) -> tuple[str, ...]:
    value = raw.document(name).get("sources")
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise DataError(raw.where(name), ["$.sources: expected a list of source ids"])
    return tuple(value)


def names_of(country: Country) -> Names:
    """Return the :class:`Names` of an ISO country that has no record in ``states.json``."""
    return Names(
        en_short=country.common_name or country.cldr_en or country.name,
        en_official=country.official_name,
        ru_short=country.cldr_ru,
        zh_short=country.cldr_zh,
    )


def unstructure(value: object) -> Any:
    """Return the JSON-ready form of any value class."""
    return converter.unstructure(value)
