"""The confidence grade of a record: one pure rule over its sources, applied per fact.

A record's sources are ids; what grades them is each source's kind and publisher
(``sources.json``). The data set that structures a record gives it its look-up of sources
(``_grade``, like ``_ref`` set by the data set, not by the caller); the first read of
:attr:`Graded.confidence` replaces the look-up by the kind and publisher of the sources the
record cites (a few entries), so that a query that never asks for a grade never reads
``sources.json``, and grades the record with :func:`grade_record`, keeping the grades apart
(``_graded``). Those source facts travel with the record: through a pickle, and through
``attrs.evolve``, which regrades the new record from its own fields (a source id it
newly cites is unknown to it and counts as tertiary). A record built by hand, outside a
data set, knows no source: its sources count as tertiary (the least firm reading), so it is
never firmer than its data would make it.

Where a record separates the sources of its facts (a document's signing and its entry into
force; an application and its outcome), each fact is graded on its own sources and the
variants of its own fields, and the record's grade is the least firm of its facts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any, ClassVar, SupportsIndex, TypeAlias

import attrs

from .._state_enums import Confidence, SourceKind
from ..dates import parse_edtf
from ..errors import InvalidArgumentError

__all__ = [
    "Graded",
    "Grades",
    "SourceInfo",
    "derive_confidence",
    "disagrees",
    "grade_all",
    "grade_field",
    "grade_record",
    "graded_field",
]

#: What grading needs of a source: its kind and its publisher.
SourceInfo: TypeAlias = tuple[SourceKind, str]

#: Looks a source id up: its kind and publisher, or ``None`` where the id is unknown.
Lookup: TypeAlias = Callable[[str], SourceInfo | None]

#: What a record's ``_grade`` holds: the data set's look-up of sources, the kind and
#: publisher of each source the record cites (once graded), or nothing (built by hand).
Grades: TypeAlias = Mapping[str, SourceInfo | None] | Lookup | None


def derive_confidence(
    sources: Iterable[SourceInfo | None],
    *,
    disagreeing: Iterable[Iterable[SourceInfo | None]] = (),
    inferred: bool = False,
) -> Confidence:
    """Grade one fact from its sources: the one rule of the library.

    In order: ``INFERRED`` where the fact is marked deduced; ``CONFLICTING`` where another
    value that cannot be true together with the fact's (a disagreeing variant) has a source
    that is not tertiary; ``TERTIARY_ONLY`` where no source of the fact is primary or
    secondary (an unknown source, ``None``, counts as tertiary); ``VERIFIED`` where the
    sources have at least two publishers (independent sources); else ``SINGLE``.

    Args:
        sources: The fact's sources, as ``(kind, publisher)``; ``None`` for one unknown.
        disagreeing: The sources of each variant that disagrees with the fact's value.
        inferred: Whether the data marks the fact as deduced rather than reported.

    Returns:
        The :class:`~shanghai_coop.Confidence`.

    Example:
        >>> P, S, T = SourceKind.PRIMARY, SourceKind.SECONDARY, SourceKind.TERTIARY
        >>> derive_confidence([(P, "SCO"), (T, "Wikipedia")]).value
        'verified'
        >>> derive_confidence([(S, "TASS"), (S, "TASS")]).value
        'single'
        >>> derive_confidence([(T, "Wikipedia")]).value
        'tertiary_only'
        >>> derive_confidence([(P, "SCO"), (S, "TASS")], disagreeing=[[(S, "AFP")]]).value
        'conflicting'
        >>> derive_confidence([(P, "SCO"), (S, "TASS")], inferred=True).value
        'inferred'
    """
    if inferred:
        return Confidence.INFERRED
    for group in disagreeing:
        if any(found is not None and found[0] is not SourceKind.TERTIARY for found in group):
            return Confidence.CONFLICTING
    known = [found for found in sources if found is not None]
    if all(kind is SourceKind.TERTIARY for kind, _ in known):
        return Confidence.TERTIARY_ONLY
    if len({publisher for _, publisher in known}) >= 2:
        return Confidence.VERIFIED
    return Confidence.SINGLE


def disagrees(value: object, other: str) -> bool:
    """Whether a variant's value cannot be true together with the record's value.

    Dates disagree when their intervals of possible days do not meet (``"2014-09"`` agrees
    with ``2014-09-12``; ``"2004-04-24"`` disagrees with ``2004-06-17``). A missing value
    (``None``: not recorded) agrees with anything. Other values disagree when their text
    differs (a state or a person by id, an enum by value).

    Example:
        >>> from shanghai_coop.model import PartialDate
        >>> disagrees(PartialDate("2014-09-12"), "2014-09"), disagrees(PartialDate("2004-06-17"), "2004-04-24")
        (False, True)
    """  # noqa: E501
    if value is None:
        return False
    low: object = value if isinstance(value, date) else getattr(value, "earliest", None)
    high: object = value if isinstance(value, date) else getattr(value, "latest", None)
    if isinstance(low, date) and isinstance(high, date):
        try:
            bounds = parse_edtf(other)
        except ValueError:
            return True
        return bounds.latest < low or bounds.earliest > high
    text = getattr(value, "id", None) or getattr(value, "value", None) or value
    return str(text) != other


def grade_field() -> Grades:
    """The private attribute a data set fills with its look-up (``attrs.evolve`` carries it)."""
    found: Grades = attrs.field(default=None, kw_only=True, alias="_grade", eq=False, repr=False)
    return found


def graded_field() -> tuple[Confidence, ...] | None:
    """The private cache of a record's grades (not carried by ``attrs.evolve``)."""
    found: tuple[Confidence, ...] | None = attrs.field(
        default=None, init=False, eq=False, repr=False
    )
    return found


class Graded:
    """A record with a confidence grade derived from its sources (a mixin of the model).

    ``_FACTS`` lists the record's facts that have sources of their own, each as the
    attribute holding those sources and the fields the fact is about; the record's
    ``sources`` grade every other field. A fact whose fields are all ``None`` is not there
    to grade; one whose own sources are empty rests on ``sources``.
    """

    __slots__ = ()
    _FACTS: ClassVar[tuple[tuple[str, tuple[str, ...]], ...]] = ()

    @property
    def confidence(self) -> Confidence:
        """How firm the record is, the least firm grade of its facts (see ``Confidence``).

        .. versionadded:: 0.4.0
        """
        least = Confidence.least_firm(self._grades())
        assert least is not None  # a record has at least its main fact
        return least

    def confidence_of(self, field: str) -> Confidence:
        """Return the grade of the fact a field belongs to.

        Args:
            field: The name of one of the record's fields (``"in_force"`` of a document).

        Returns:
            The :class:`~shanghai_coop.Confidence` of the fact: the field's own sources
            where the record keeps them apart, else the record's ``sources``.

        Raises:
            InvalidArgumentError: ``field`` is not a field of the record.

        Example:
            >>> import shanghai_coop
            >>> charter = shanghai_coop.document("sco-charter-2002")
            >>> charter.confidence_of("date").value, charter.confidence_of("in_force").value
            ('verified', 'single')

        .. versionadded:: 0.4.0
        """
        public = [f.name for f in attrs.fields(type(self)) if not f.name.startswith("_")]  # type: ignore[arg-type]
        if field not in public:
            raise InvalidArgumentError("field", field, public)
        names = [fields for _, fields in self._FACTS]
        grades = self._grades()
        for index, fields in enumerate(names):
            if field in fields and index + 1 < len(grades):
                return grades[index + 1]
        return grades[0]

    def _grades(self) -> tuple[Confidence, ...]:
        graded: tuple[Confidence, ...] | None = getattr(self, "_graded", None)
        if graded is not None:
            return graded
        known = self._known()
        graded = grade_record(self, known.get)
        object.__setattr__(self, "_graded", graded)
        return graded

    def _known(self) -> Mapping[str, SourceInfo | None]:
        """The kind and publisher of each source the record cites (the look-up replaced)."""
        found: Grades = getattr(self, "_grade", None)
        if found is None:  # built by hand: no source kinds known
            return {}
        if not callable(found):
            return found
        facts = [getattr(self, attribute) or () for attribute, _ in self._FACTS]
        variants = [v.sources for v in getattr(self, "variants", ())]
        cited = {k for group in (getattr(self, "sources", ()), *facts, *variants) for k in group}
        known = {key: found(key) for key in sorted(cited)}
        object.__setattr__(self, "_grade", known)
        return known

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        self._known()  # the sources' kinds travel, the data set's look-up does not
        return super().__reduce_ex__(protocol)


def grade_record(record: object, lookup: Lookup) -> tuple[Confidence, ...]:
    """Grade a record's facts: first every field on ``sources``, then each of ``_FACTS``.

    A fact not present (its fields all ``None``) repeats the main grade, so that the
    positions stay those of ``_FACTS``.

    Example:
        >>> from shanghai_coop.model import Variant
        >>> from shanghai_coop.model import Membership
        >>> grade_record(Variant("start", "2015", ("x",)), lambda _: None)
        (<Confidence.TERTIARY_ONLY: 'tertiary_only'>,)
    """
    facts: Sequence[tuple[str, tuple[str, ...]]] = getattr(record, "_FACTS", ())
    own = {field for _, fields in facts for field in fields}
    inferred = bool(getattr(record, "inferred", False))
    main: tuple[str, ...] = getattr(record, "sources", ())
    variants = getattr(record, "variants", ())

    def grade(sources: Sequence[str], wanted: Callable[[str], bool]) -> Confidence:
        against = [
            [lookup(key) for key in variant.sources]
            for variant in variants
            if wanted(variant.field)
            and disagrees(getattr(record, variant.field, None), variant.value)
        ]
        return derive_confidence(
            [lookup(key) for key in sources], disagreeing=against, inferred=inferred
        )

    first = grade(main, lambda field: field not in own)
    out = [first]
    for attribute, fields in facts:
        if all(getattr(record, field, None) is None for field in fields):
            out.append(first)
            continue
        sources = getattr(record, attribute) or main
        out.append(grade(sources, lambda field, fields=fields: field in fields))  # type: ignore[misc]
    return tuple(out)


def grade_all(values: object, lookup: Lookup) -> None:
    """Give every record among ``values`` (and inside them) the look-up that grades it."""
    stack: list[Any] = [values]
    while stack:
        value = stack.pop()
        if isinstance(value, tuple):
            stack.extend(value)
            continue
        plan = _PLANS.get(type(value))
        if plan is None:
            plan = _PLANS[type(value)] = _plan(type(value))
        graded, fields = plan
        if graded:
            if value._grade is not None:
                continue  # given already, with all it holds
            object.__setattr__(value, "_grade", lookup)  # graded on first need
        stack.extend(getattr(value, name) for name in fields)


#: Per type: whether its records take a look-up, and the fields that may hold records.
_PLANS: dict[type, tuple[bool, tuple[str, ...]]] = {}


def _plan(kind: type) -> tuple[bool, tuple[str, ...]]:
    """What :func:`grade_all` does with a value of a type (not a record: nothing)."""
    if not attrs.has(kind):
        return False, ()
    names = tuple(f.name for f in attrs.fields(kind))
    public = tuple(n for n in names if n not in ("_grade", "_graded", "_ref"))
    return "_grade" in names, public
