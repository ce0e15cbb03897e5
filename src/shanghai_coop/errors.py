"""The exceptions raised by shanghai_coop.

Every exception derives from :class:`ShanghaiCoopError` and also from the builtin a caller
would naturally catch (``LookupError``, ``ValueError``, ``TypeError``, ``ImportError``), so
``except LookupError`` keeps working for code that does not know this library.

This module imports nothing heavy; it is safe to import at any time.

Example:
    >>> import shanghai_coop
    >>> try:
    ...     shanghai_coop.resolve("Frnace")
    ... except LookupError as error:
    ...     print(type(error).__name__, "France" in error.suggestions)
    UnknownStateError True
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

TYPE_CHECKING = False
if TYPE_CHECKING:
    pass

__all__ = [
    "AmbiguousDateError",
    "AmbiguousStateError",
    "ArgumentTypeError",
    "DataError",
    "DateTypeError",
    "DateValueError",
    "FormerStateError",
    "InvalidArgumentError",
    "MissingExtraError",
    "MixedScriptError",
    "NotRecordedError",
    "ShanghaiCoopError",
    "StateTypeError",
    "UnknownSourceError",
    "UnknownStateError",
    "UnknownSummitError",
]


class ShanghaiCoopError(Exception):
    """Base class of every error this library raises on purpose.

    Every subclass survives ``pickle`` and ``copy`` with its message and attributes, so an
    error raised in a worker process reaches the parent intact.

    Example:
        >>> issubclass(UnknownStateError, ShanghaiCoopError)
        True
    """

    _init_args: tuple[object, ...] | None = None
    #: For an error about one element of a bulk call, that element's position; else ``None``.
    #: (New in 0.3.0.)
    position: int | None = None

    def __reduce__(self) -> str | tuple[Any, ...]:
        if self._init_args is None:
            return super().__reduce__()
        # The message as it stands (a bulk call adds the position to it) and the position.
        state: dict[str, object] = {"args": self.args}
        if self.position is not None:
            state["position"] = self.position
        return (type(self), self._init_args, state)


class UnknownStateError(ShanghaiCoopError, LookupError):
    """A name, code or object that denotes no state the library knows.

    Attributes:
        query: The input exactly as the caller gave it.
        suggestions: Up to five English short names of close matches, best first (a tuple of
            ``str``, possibly empty). Nothing is ever matched silently: a close match is only
            ever offered here.

    Example:
        >>> error = UnknownStateError("Frnace", ("France",))
        >>> error.suggestions
        ('France',)
        >>> print(error)
        unknown state 'Frnace'; did you mean: France?
    """

    def __init__(self, query: object, suggestions: Iterable[str] = (), reason: str = "") -> None:
        self._init_args = (query, tuple(suggestions), reason)
        self.query = query
        self.suggestions = tuple(suggestions)
        message = reason or f"unknown state {_short_repr(query)}"
        if self.suggestions:
            message += "; did you mean: " + ", ".join(self.suggestions) + "?"
        elif not reason:  # a reason says what is wrong, and so what to give
            message += (
                "; give an English, Russian or Chinese name, an alias, an ISO 3166-1"
                " alpha-2 or alpha-3 code, or a Wikidata QID"
            )
        super().__init__(message)


class AmbiguousStateError(UnknownStateError):
    """An input that denotes more than one state: a name such as "Congo", or a bare number.

    "Congo" is the Republic of the Congo in ISO 3166-1 and the UN's lists, but analysts'
    data often mean the Democratic Republic; a bare number such as ``703`` is Kyrgyzstan as a
    Correlates of War code and Slovakia as an ISO 3166-1 numeric code. The library refuses
    to choose. A subclass of :class:`UnknownStateError`, so that code which handles an
    unresolvable state handles this too.

    Attributes:
        query: The input exactly as the caller gave it.
        candidates: The keys (ISO 3166-1 alpha-3) of the states it may denote, a tuple of
            ``str`` (empty for a bare number that is no code in any scheme).
        suggestions: Their English short names, in the same order.

    .. versionadded:: 0.4.0

    Example:
        >>> error = AmbiguousStateError("Congo", ("COG", "COD"), ("Congo", "DR Congo"))
        >>> error.candidates
        ('COG', 'COD')
        >>> print(error)
        'Congo' denotes more than one state: Congo (COG), DR Congo (COD); give a more specific name or a code
    """  # noqa: E501

    def __init__(
        self,
        query: object,
        candidates: Iterable[str],
        names: Iterable[str],
        reason: str = "",
    ) -> None:
        candidates, names = tuple(candidates), tuple(names)
        listed = ", ".join(f"{name} ({key})" for key, name in zip(candidates, names, strict=True))
        reason = reason or (
            f"{_short_repr(query)} denotes more than one state: {listed}; give a more specific"
            " name or a code"
        )
        super().__init__(query, (), reason)
        self._init_args = (query, candidates, names, reason)
        self.candidates = candidates
        self.suggestions = names


class FormerStateError(UnknownStateError):
    """A name or code of a state that no longer exists and that no present-day state continues.

    The Soviet Union, Yugoslavia, Czechoslovakia, the German Democratic Republic and the
    former states of the Correlates of War list (Bavaria, the Republic of Vietnam...) had no
    SCO status and are no state of today; the library names them and their successors
    rather than answer for one of the successors silently. A subclass of
    :class:`UnknownStateError`.

    Attributes:
        query: The input exactly as the caller gave it.
        former: The id of the former state's record (``"soviet-union"``).
        name: Its name.
        successors: The keys (ISO 3166-1 alpha-3) of its successor states.
        suggestions: The successors' English short names.

    .. versionadded:: 0.4.0

    Example:
        >>> error = FormerStateError("USSR", "soviet-union", "Soviet Union", ("RUS",), ("Russia",))
        >>> print(error)
        'USSR' is a former state (Soviet Union) with no SCO status; its successor states: Russia (RUS)
    """  # noqa: E501

    def __init__(
        self,
        query: object,
        former: str,
        name: str,
        successors: Iterable[str],
        names: Iterable[str],
        detail: str = "",
    ) -> None:
        successors, names = tuple(successors), tuple(names)
        listed = ", ".join(f"{n} ({key})" for key, n in zip(successors, names, strict=True))
        same = isinstance(query, str) and query.strip().casefold() == name.casefold()
        reason = (
            f"{_short_repr(query)} is a former state{'' if same else f' ({name})'} with no SCO"
            f" status; its successor states: {listed}"
        )
        if detail:
            reason += f"; {detail}"
        super().__init__(query, (), reason)
        self._init_args = (query, former, name, successors, names, detail)
        self.former = former
        self.name = name
        self.successors = successors
        self.suggestions = names


class UnknownSummitError(ShanghaiCoopError, LookupError):
    """No recorded summit matches the query (or the record says the council did not meet).

    Example:
        >>> print(UnknownSummitError("no meeting of the heads_of_state council in 1999"))
        no meeting of the heads_of_state council in 1999
    """


class UnknownSourceError(ShanghaiCoopError, KeyError):
    """No source has the id asked for.

    Attributes:
        source_id: The id asked for.
        suggestions: Close ids, best first.

    Example:
        >>> print(UnknownSourceError("pajhwok-2012", ("pajhwok-2012-afghanistan",)))
        no source with id 'pajhwok-2012'; did you mean: pajhwok-2012-afghanistan?
    """

    def __init__(self, source_id: object, suggestions: Iterable[str] = ()) -> None:
        self._init_args = (source_id, tuple(suggestions))
        self.source_id = source_id
        self.suggestions = tuple(suggestions)
        hint = f"; did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        self.message = f"no source with id {_short_repr(source_id)}{hint}"
        super().__init__(self.message)

    def __str__(self) -> str:  # KeyError would show the message quoted
        return self.message


class ArgumentTypeError(ShanghaiCoopError, TypeError):
    """An argument of the wrong type, such as a year given as a string.

    Example:
        >>> print(ArgumentTypeError("year", "2024", "an integer year such as 2024"))
        invalid year='2024' (str); expected an integer year such as 2024
    """

    def __init__(self, argument: str, value: object, expected: str) -> None:
        self._init_args = (argument, value, expected)
        self.argument = argument
        self.value = value
        super().__init__(
            f"invalid {argument}={_short_repr(value)} ({type(value).__name__}); expected {expected}"
        )


class NotRecordedError(ShanghaiCoopError, LookupError):
    """The data records nothing that answers the query (such as no roster before a date).

    Example:
        >>> print(NotRecordedError("no roster recorded on or before 2001-01-01"))
        no roster recorded on or before 2001-01-01
    """


class StateTypeError(ShanghaiCoopError, TypeError):
    """A value of a type that cannot denote a state was given where a state is needed.

    Example:
        >>> print(StateTypeError(42))
        expected a state name, code or MemberState, got 42 (int)
    """

    def __init__(self, value: object) -> None:
        self._init_args = (value,)
        self.value = value
        super().__init__(
            f"expected a state name, code or MemberState, got {_short_repr(value)}"
            f" ({type(value).__name__})"
        )


class MixedScriptError(UnknownStateError):
    """A state name that mixes alphabets, such as a Cyrillic letter inside a Latin name.

    Look-alike letters from another alphabet ("Kаzakhstan" with a Cyrillic ``а``) are a
    classic copy-and-paste trap; the name is rejected rather than guessed.

    Attributes:
        character: The first offending character.
        codepoint: Its code point as ``"U+0430"``.
        position: Its zero-based index in the input string.

    Example:
        >>> error = MixedScriptError("Kаzakhstan", "а", 1, ("Kazakhstan",))
        >>> print(error)  # doctest: +NORMALIZE_WHITESPACE
        state name 'Kаzakhstan' mixes alphabets: character 'а' (U+0430 CYRILLIC SMALL LETTER A)
        at position 1 is not Latin like the rest; did you mean: Kazakhstan?
    """

    def __init__(
        self,
        query: str,
        character: str,
        position: int,
        suggestions: Iterable[str] = (),
        script: str = "Latin",
    ) -> None:
        import unicodedata

        init_args = (query, character, position, tuple(suggestions), script)
        codepoint = f"U+{ord(character):04X}"
        name = unicodedata.name(character, "UNNAMED CHARACTER")
        reason = (
            f"state name {_short_repr(query)} mixes alphabets: character {character!r}"
            f" ({codepoint} {name}) at position {position} is not {script} like the rest"
        )
        super().__init__(query, suggestions, reason)
        self._init_args = init_args
        self.character = character
        self.codepoint = f"U+{ord(character):04X}"
        self.position = position


class AmbiguousDateError(ShanghaiCoopError, ValueError):
    """A query date falls inside the uncertainty window of a transition.

    The sources date the transition only to a year, a month, a range or a set of days, so
    the day asked about has more than one possible answer. Pass ``ambiguous="earliest"`` or
    ``ambiguous="latest"`` to choose, or ask ``possible_statuses()`` (``possible_holders()``
    for an office) for the set.

    Attributes:
        subject: What was asked about: the ISO 3166-1 alpha-3 code of a state, or the id of
            an office.
        state: The same as ``subject`` (the name for status questions).
        on: The calendar date asked about.
        possible: The possible answers: a ``frozenset`` of :class:`~shanghai_coop.Status`
            (for an office, of :class:`~shanghai_coop.Term`, with ``None`` for a vacancy).
        transition: ``(earliest, latest)``: the first and last day on which the uncertain
            transition may have happened.
        window: ``(first, last)``: the days, both inclusive, on which the answer is
            uncertain: from the transition's earliest day to the day before its latest day
            (on the latest day it has certainly happened, so the answer is exact).

    Example:
        >>> import shanghai_coop
        >>> try:
        ...     shanghai_coop.status_of("Saudi Arabia", "2022-09-15")
        ... except shanghai_coop.AmbiguousDateError as error:
        ...     print(sorted(s.value for s in error.possible), error.window[0], error.window[1])
        ['dialogue_partner', 'none'] 2022-09-01 2022-09-29
    """

    def __init__(
        self,
        subject: str,
        on: date,
        possible: frozenset[Any],
        transition: tuple[date, date],
        what: str = "status",
    ) -> None:
        from datetime import timedelta

        self._init_args = (subject, on, possible, transition, what)
        self.subject = subject
        self.state = subject
        self.on = on
        self.possible = possible
        self.transition = transition
        self.window = (transition[0], max(transition[0], transition[1] - timedelta(days=1)))
        names = " or ".join(sorted(_label(value) for value in possible))
        companion = "possible_statuses()" if what == "status" else "possible_holders()"
        message = (
            f"the {what} of {subject} on {on.isoformat()} is uncertain: it was {names} (a"
            f" transition dated between {transition[0].isoformat()} and"
            f" {transition[1].isoformat()}); pass ambiguous='earliest' or"
            f" ambiguous='latest' to choose, or call {companion}"
        )
        super().__init__(message)


class DateTypeError(ShanghaiCoopError, TypeError):
    """A value that is not of a date-like type was given where a date is needed.

    Example:
        >>> print(DateTypeError(3.5))
        expected a date, got 3.5 (float); give a datetime.date, datetime.datetime, pandas.Timestamp, numpy.datetime64 or an ISO 8601 string 'YYYY-MM-DD'
    """  # noqa: E501

    def __init__(self, value: object, argument: str = "") -> None:
        self._init_args = (value, argument)
        self.value = value
        where = f" for {argument!r}" if argument else ""
        super().__init__(
            f"expected a date{where}, got {_short_repr(value)} ({type(value).__name__}); give a"
            " datetime.date, datetime.datetime, pandas.Timestamp, numpy.datetime64 or an"
            " ISO 8601 string 'YYYY-MM-DD'"
        )


class DateValueError(ShanghaiCoopError, ValueError):
    """A date-like value of an accepted type whose content is not a valid calendar day.

    Example:
        >>> print(DateValueError("2023-7-4", "write the day as 'YYYY-MM-DD'"))
        invalid date '2023-7-4': write the day as 'YYYY-MM-DD'
    """

    def __init__(self, value: object, reason: str) -> None:
        self._init_args = (value, reason)
        self.value = value
        super().__init__(f"invalid date {_short_repr(value)}: {reason}")


class InvalidArgumentError(ShanghaiCoopError, ValueError):
    """An argument outside its documented set of values, such as ``ambiguous="first"``.

    Example:
        >>> print(InvalidArgumentError("ambiguous", "first", ("raise", "earliest", "latest")))
        invalid ambiguous='first'; expected one of 'raise', 'earliest', 'latest'
    """

    def __init__(self, argument: str, value: object, allowed: Iterable[str]) -> None:
        self._init_args = (argument, value, tuple(allowed))
        self.argument = argument
        self.value = value
        self.allowed = tuple(allowed)
        choices = ", ".join(repr(choice) for choice in self.allowed)
        super().__init__(f"invalid {argument}={_short_repr(value)}; expected one of {choices}")


class DataError(ShanghaiCoopError, ValueError):
    """A data file that cannot be read, or whose content breaks the schema or the rules.

    Attributes:
        file: The file's name (``"spells.json"``) or path.
        problems: Every problem found, each a one-line string that names the record and field
            (``"$.spells[12].start (SCO/IRN/member): ..."``).

    Example:
        >>> error = DataError("spells.json", ["$.spells[3].start: '2015-13' is not EDTF"])
        >>> print(error)
        spells.json: $.spells[3].start: '2015-13' is not EDTF
    """

    def __init__(self, file: str, problems: Iterable[str]) -> None:
        self._init_args = (file, tuple(problems))
        self.file = file
        self.problems = tuple(problems)
        head = "; ".join(self.problems[:5])
        more = f" (and {len(self.problems) - 5} more)" if len(self.problems) > 5 else ""
        super().__init__(f"{file}: {head}{more}")


class MissingExtraError(ShanghaiCoopError, ImportError):
    """An optional dependency is needed for the call and is not installed.

    Example:
        >>> print(MissingExtraError("pandas", "pandas"))
        this needs the optional dependency 'pandas'; install it with: pip install 'shanghai_coop[pandas]'
    """  # noqa: E501

    def __init__(self, module: str, extra: str) -> None:
        self._init_args = (module, extra)
        self.module = module
        self.extra = extra
        super().__init__(
            f"this needs the optional dependency {module!r}; install it with:"
            f" pip install 'shanghai_coop[{extra}]'",
            name=module,
        )


def _label(value: object) -> str:
    """Name one possible answer: a status by its value, a term by its holder."""
    if value is None:
        return "vacant"
    inner = getattr(value, "value", None)
    if isinstance(inner, str):
        return repr(inner)
    holder = getattr(value, "holder", None)
    if holder is not None:
        return (
            f"{holder} ({getattr(value, 'start', '')}..{getattr(value, 'end', None) or 'present'})"
        )
    return repr(value)


def _short_repr(value: object, limit: int = 80) -> str:
    """Return ``repr(value)`` cut to ``limit`` characters, so a huge input stays readable."""
    try:
        text = repr(value)
    except Exception:  # a hostile __repr__ must not hide the real error
        text = f"<unrepresentable {type(value).__name__}>"
    if len(text) <= limit:
        return text
    return f"{text[: limit - 20]}... ({len(text)} characters)"
