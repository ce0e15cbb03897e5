"""Strict conversion of parsed JSON straight into the public model classes (cattrs).

One private ``cattrs.Converter(forbid_extra_keys=True)`` per data set. Its hooks do what the
JSON's shape asks of the model classes, so that every field is declared once, in
:mod:`shanghai_coop.model`:

* an EDTF string becomes a :class:`~shanghai_coop.PartialDate`, an ISO string a ``date``;
* an id where the model holds an object (a summit's ``host``, a term's ``office``,
  ``holder`` and ``state``) becomes that object, looked up in the data set being read;
* the ``names`` object of a person, an office, a body or a document fills its ``en``,
  ``ru`` and ``zh``.

An unknown key, a missing field, a wrong type, a bad date, an unknown enum value or an id
that resolves to nothing is a :class:`~shanghai_coop.DataError` naming the file, the record
(by index and id) and the field: ``spells.json: $.spells[12].status (record '...'): ...``.

The few classes defined here are records with no public class of their own: an ISO country,
an organisation's own record, a collation key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any, Protocol, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.v import format_exception

from ._enums import (
    AccessionStepKind,
    Council,
    DocumentKind,
    Precision,
    QualifierKind,
    SourceKind,
    Status,
    SummitFormat,
    SummitStatus,
)
from .dates import to_date
from .errors import DataError, ShanghaiCoopError
from .model import (
    Application,
    Body,
    Category,
    Charter,
    Document,
    Guest,
    Headquarters,
    MemberState,
    Names,
    Office,
    PartialDate,
    Person,
    Relation,
)
from .model._grade import Graded, Grades

__all__ = [
    "CollationRecord",
    "Country",
    "OrganisationRecord",
    "Refs",
    "make_converter",
    "structure_records",
]

T = TypeVar("T")


class Refs(Protocol):
    """What the converter looks ids up in: the data set being structured."""

    def state(self, key: str) -> MemberState:
        """Return the state of ``states.json`` with this id; ``KeyError`` if none."""
        ...

    def person(self, key: str) -> Person:
        """Return the person with this id; ``KeyError`` if none."""
        ...

    def office(self, key: str) -> Office:
        """Return the office with this id; ``KeyError`` if none."""
        ...


@attrs.frozen
class Country:
    """One ISO 3166-1 country, or Kosovo, as generated from pycountry and CLDR."""

    alpha2: str
    alpha3: str
    numeric: str | None
    name: str
    official_name: str | None
    common_name: str | None
    cldr_en: str | None
    cldr_ru: str | None
    cldr_zh: str | None
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...] = ("pycountry", "cldr-49")
    note: str | None = None

    def state(self) -> MemberState:
        """Return the :class:`MemberState` of a country that has no record in ``states.json``."""
        return MemberState(
            id=self.alpha3,
            iso_alpha2=self.alpha2,
            iso_alpha3=self.alpha3,
            iso_numeric=self.numeric,
            names=Names(
                en_short=self.common_name or self.cldr_en or self.name,
                en_official=self.official_name,
                ru_short=self.cldr_ru,
                zh_short=self.cldr_zh,
            ),
            sources=self.sources,
            note=self.note,
        )


@attrs.frozen
class OrganisationNames:
    """An organisation's names in English, Russian and Chinese."""

    en: str
    ru: str
    zh: str


@attrs.frozen
class Languages:
    """``organisations.json``: the official languages (ISO 639-1 codes)."""

    codes: tuple[str, ...]
    sources: tuple[str, ...]
    note: str | None = None


@attrs.frozen
class OrganisationRecord:
    """One organisation's own record in ``organisations.json``."""

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
    headquarters: tuple[Headquarters, ...] = ()
    languages: Languages | None = None
    bodies: tuple[Body, ...] = ()
    relations: tuple[Relation, ...] = ()
    guests: tuple[Guest, ...] = ()
    applications: tuple[Application, ...] = ()
    note: str | None = None


@attrs.frozen
class CollationRecord:
    """One record of ``collation.json``: the UCA sort key of a state's Russian short name."""

    state: str
    name: str
    key: tuple[int, ...]


def _scalar_hooks(conv: cattrs.Converter) -> None:
    """Strict scalars: JSON gives exactly the type the model declares, or it is an error."""

    def partial(value: Any, _: Any) -> PartialDate:
        if not isinstance(value, str):
            raise ValueError(f"expected an EDTF date string, got {value!r}")
        return PartialDate(value)

    def day(value: Any, _: Any) -> date:
        if not isinstance(value, str):
            raise ValueError(f"expected an ISO date string, got {value!r}")
        return to_date(value)

    def text(value: Any, _: Any) -> str:
        if not isinstance(value, str):
            raise ValueError(f"expected a string, got {value!r}")
        return value

    def number(value: Any, _: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"expected an integer, got {value!r}")
        return value

    def flag(value: Any, _: Any) -> bool:
        if not isinstance(value, bool):
            raise ValueError(f"expected true or false, got {value!r}")
        return value

    def member(value: Any, kind: Any) -> Any:
        # Status etc. are str subclasses: without this the str hook would accept any text.
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(repr(member.value) for member in kind)
            raise ValueError(f"{value!r} is not one of {allowed}") from None

    conv.register_structure_hook(PartialDate, partial)
    conv.register_structure_hook(date, day)
    conv.register_structure_hook(str, text)
    conv.register_structure_hook(int, number)
    conv.register_structure_hook(bool, flag)
    for enum_class in (
        Status, QualifierKind, Precision, Council, SummitFormat, SummitStatus, SourceKind,
        DocumentKind, AccessionStepKind,
    ):  # fmt: skip
        conv.register_structure_hook(enum_class, member)


def _tuple_hooks(conv: cattrs.Converter) -> None:
    """Tuples from JSON arrays only: a string or an object must not be iterated silently."""

    def is_tuple(kind: Any) -> bool:
        args = get_args(kind)
        return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis

    def hook(kind: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
        item_kind = get_args(kind)[0]

        def structure_tuple(value: Any, _: Any) -> tuple[Any, ...]:
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
                    error.__notes__ = [*getattr(error, "__notes__", []), note]  # type: ignore[attr-defined]
                    errors.append(error)
            if errors:
                # (cattrs builds it in __new__; pyright reads ExceptionGroup's __init__.)
                raise IterableValidationError(
                    f"While structuring {kind!r}",
                    errors,
                    kind,  # pyright: ignore[reportCallIssue]
                )
            return tuple(out)

        return structure_tuple

    conv.register_structure_hook_factory(is_tuple, hook)


def _reference_hooks(conv: cattrs.Converter, refs: Refs) -> None:
    """An id stands for an object of the same data set; a JSON object is the record itself.

    A person, an office, a body or a document carries its names in a ``names`` object,
    which fills the class's ``en``, ``ru`` and ``zh``.
    """
    lookups: Mapping[type, Callable[[str], Any]] = {
        MemberState: refs.state,
        Person: refs.person,
        Office: refs.office,
    }
    for cls in (MemberState, Person, Office, Body, Document):
        conv.register_structure_hook(
            cls,
            _reference_hook(
                make_dict_structure_fn(cls, conv), lookups.get(cls), cls is not MemberState
            ),
        )


_WHAT = {MemberState: "state", Person: "person", Office: "office"}


def _reference_hook(
    record: Callable[[Any, Any], Any], lookup: Callable[[str], Any] | None, flatten: bool
) -> Callable[[Any, Any], Any]:
    def hook(value: Any, kind: Any) -> Any:
        if lookup is not None and isinstance(value, str):
            try:
                return lookup(value)
            except KeyError:
                raise ValueError(f"unknown {_WHAT[kind]} id {value!r}") from None
        if flatten and isinstance(value, dict) and isinstance(value.get("names"), dict):
            value = {**{k: v for k, v in value.items() if k != "names"}, **value["names"]}
        return record(value, kind)

    return hook


def make_converter(refs: Refs) -> cattrs.Converter:
    """Return the strict converter of one data set, whose ids resolve through ``refs``.

    Args:
        refs: The data set's look-ups of states, people and offices by id.

    Returns:
        A ``cattrs.Converter`` that structures JSON records into the model classes.
    """
    conv = cattrs.Converter(forbid_extra_keys=True)
    # A record's private look-up of sources is the data set's to give (``_files``), never
    # the file's: whatever a file puts there is dropped.
    conv.register_structure_hook_func(lambda t: t == Grades, lambda value, _: None)
    conv.register_unstructure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, Graded),
        lambda t: make_dict_unstructure_fn(t, conv, _grade=override(omit=True)),
    )
    _scalar_hooks(conv)
    _tuple_hooks(conv)
    _reference_hooks(conv, refs)
    conv.register_unstructure_hook(PartialDate, lambda value: value.edtf)
    conv.register_unstructure_hook(date, lambda value: value.isoformat())
    return conv


def structure_records(
    conv: cattrs.Converter,
    where: str,
    key: str,
    records: Sequence[Mapping[str, Any]],
    cls: type[T],
    indices: Iterable[int] | None = None,
) -> tuple[T, ...]:
    """Structure records of one list of one file, reporting every fault at once.

    Args:
        conv: The data set's converter.
        where: The file, as messages show it.
        key: The list's key in the file (``"spells"``).
        records: The list's records.
        cls: The class to structure into.
        indices: Which records (positions in ``records``); default all.

    Returns:
        The objects, in the order of ``indices``.

    Raises:
        DataError: A record is faulty; each problem names ``$.key[index].field``.
    """
    out: list[T] = []
    problems: list[str] = []
    for index in range(len(records)) if indices is None else indices:
        record = records[index]
        try:
            out.append(conv.structure(record, cls))
        except (cattrs.BaseValidationError, ValueError, TypeError, ShanghaiCoopError) as error:
            problems += _messages(error, f"$.{key}[{index}]", record)
    if problems:
        raise DataError(where, problems)
    return tuple(out)


def _describe(error: BaseException, kind: type | None) -> str:
    """Say what was wrong with a value: our own messages in full, cattrs' otherwise."""
    if isinstance(error, (ValueError, ShanghaiCoopError)) and not isinstance(
        error, cattrs.BaseValidationError
    ):
        return str(error)
    return format_exception(error, kind)


def _messages(error: Exception, path: str, record: Mapping[str, Any]) -> list[str]:
    record_id = record.get("id") if isinstance(record, Mapping) else None
    suffix = f" (record {record_id!r})" if record_id is not None else ""
    if not isinstance(error, cattrs.BaseValidationError):
        return [f"{path}: {error}{suffix}"]
    messages = cattrs.transform_error(error, path=path, format_exception=_describe)
    # cattrs says "what @ where"; the library's messages say "where: what".
    return [
        f"{where}: {what}{suffix}"
        for what, _, where in (message.rpartition(" @ ") for message in messages)
    ]
