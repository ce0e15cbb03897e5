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

from ._enums import Precision, QualifierKind, Status
from ._load import DATA_FILES, RawData
from .dates import to_date
from .errors import DataError, ShanghaiCoopError
from .model import Category, Membership, MemberState, Names, PartialDate, Source

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


@attrs.frozen
class OrganisationNames:
    """An organisation's names in English, Russian and Chinese."""

    en: str
    ru: str
    zh: str


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
    note: str | None = None


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
    for enum_class in (Status, QualifierKind, Precision):
        conv.register_structure_hook(enum_class, structure_enum)
    conv.register_unstructure_hook(PartialDate, lambda value: value.edtf)
    conv.register_unstructure_hook(date, lambda value: value.isoformat())
    return conv


converter = _make_converter()

_PATH = re.compile(r"\$\.(\w+)\[(\d+)\]")


def _structure_file(raw: RawData, file: str, cls: type[T]) -> tuple[T, ...]:
    key = DATA_FILES[file]
    records = raw.records(file)
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
    sources = _structure_file(raw, "sources.json", Source)
    organisations = _structure_file(raw, "organisations.json", OrganisationRecord)
    states = _structure_file(raw, "states.json", MemberState)
    countries = _structure_file(raw, "countries.json", Country)
    spells = _structure_file(raw, "spells.json", Membership)
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
    return Dataset(
        origin=raw.origin,
        data_version=raw.meta["data_version"],
        as_of=to_date(raw.meta["as_of"], "as_of"),
        sources=sources,
        organisations=organisations,
        states=states,
        countries=countries,
        spells=spells,
    )


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
