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

from ._error_base import ShanghaiCoopError
from ._error_base import short_repr as _short_repr
from ._state_errors import (
    AmbiguousStateError,
    FormerStateError,
    MixedScriptError,
    StateTypeError,
    UnknownStateError,
)

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
    "UnknownDocumentError",
    "UnknownSourceError",
    "UnknownStateError",
    "UnknownSummitError",
]


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
        self.source_id: object = source_id
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        hint = f"; did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        self.message: str = f"no source with id {_short_repr(source_id)}{hint}"
        super().__init__(self.message)

    def __str__(self) -> str:  # KeyError would show the message quoted
        return self.message


class UnknownDocumentError(ShanghaiCoopError, KeyError):
    """No document of the register has the id asked for.

    Attributes:
        document_id: The id asked for.
        suggestions: Close ids, best first.

    .. versionadded:: 0.4.0

    Example:
        >>> print(UnknownDocumentError("sco-charter", ("sco-charter-2002",)))
        no document with id 'sco-charter'; did you mean: sco-charter-2002?
    """

    def __init__(self, document_id: object, suggestions: Iterable[str] = ()) -> None:
        self._init_args = (document_id, tuple(suggestions))
        self.document_id: object = document_id
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        hint = f"; did you mean: {', '.join(self.suggestions)}?" if self.suggestions else ""
        self.message: str = f"no document with id {_short_repr(document_id)}{hint}"
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
        self.window: tuple[date, date] = (
            transition[0],
            max(transition[0], transition[1] - timedelta(days=1)),
        )
        names = " or ".join(sorted(_label(value) for value in possible))
        companions = {"status": "possible_statuses()", "chair": "chairmanships()"}
        companion = companions.get(what, "possible_holders()")
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

    A date written with a character that only looks like an ASCII one (a Cyrillic "с" in
    "Oсtober", a full-width digit) is named, with its code point.

    Example:
        >>> print(DateValueError("2023-7-4", "write the day as 'YYYY-MM-DD'"))
        invalid date '2023-7-4': write the day as 'YYYY-MM-DD'
        >>> print(DateValueError("26 Oсtober 2023", "not a date"))
        invalid date '26 Oсtober 2023': not a date; it contains 'с' (U+0441 CYRILLIC SMALL LETTER ES), which is not an ASCII character
    """  # noqa: E501

    def __init__(self, value: object, reason: str) -> None:
        self._init_args = (value, reason)
        self.value = value
        super().__init__(f"invalid date {_short_repr(value)}: {reason}{_foreign(value)}")


def _choice(allowed: object) -> str:
    """An accepted value quoted, a description of one (it has a space) as written."""
    text = str(allowed)
    if " " in text or (len(text) > 1 and text[0] == text[-1] and text[0] in "'\""):
        return text
    return repr(allowed)


def _foreign(value: object) -> str:
    """Name the first non-ASCII character of a text, if any, with its code point."""
    if not isinstance(value, str) or value.isascii():
        return ""
    import unicodedata

    char = next(c for c in value if not c.isascii())
    name = unicodedata.name(char, "unnamed")
    return f"; it contains {char!r} (U+{ord(char):04X} {name}), which is not an ASCII character"


class InvalidArgumentError(ShanghaiCoopError, ValueError):
    """An argument outside its documented set of values, such as ``ambiguous="first"``.

    ``allowed`` lists the accepted values (shown quoted) or descriptions of them (any item
    with a space, shown as written).

    Example:
        >>> print(InvalidArgumentError("ambiguous", "first", ("raise", "earliest", "latest")))
        invalid ambiguous='first'; expected 'raise', 'earliest' or 'latest'
        >>> print(InvalidArgumentError("--year", 0, ["a year from 1 to 9999"]))
        invalid --year=0; expected a year from 1 to 9999
    """

    def __init__(self, argument: str, value: object, allowed: Iterable[str]) -> None:
        self._init_args = (argument, value, tuple(allowed))
        self.argument = argument
        self.value = value
        self.allowed: tuple[str, ...] = tuple(allowed)
        shown = [_choice(a) for a in self.allowed] or ["another value"]
        choices = " or ".join([", ".join(shown[:-1]), shown[-1]] if len(shown) > 1 else shown)
        super().__init__(f"invalid {argument}={_short_repr(value)}; expected {choices}")


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
        self.problems: tuple[str, ...] = tuple(problems)
        head = "; ".join(self.problems[:5])
        more = f" (and {len(self.problems) - 5} more)" if len(self.problems) > 5 else ""
        super().__init__(f"{file}: {head}{more}")


class MissingExtraError(ShanghaiCoopError, ImportError):
    """An optional dependency is needed for the call and is not installed.

    Example:
        >>> print(MissingExtraError("pandas", "pandas"))
        this needs the optional dependency 'pandas'; install the extra 'pandas': pip install 'shanghai_coop[pandas]' (or, in a clone of the repository, pip install '.[pandas]')
    """  # noqa: E501

    def __init__(self, module: str, extra: str) -> None:
        self._init_args = (module, extra)
        self.module = module
        self.extra = extra
        super().__init__(
            f"this needs the optional dependency {module!r}; install the extra {extra!r}:"
            f" pip install 'shanghai_coop[{extra}]' (or, in a clone of the repository,"
            f" pip install '.[{extra}]')",
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
