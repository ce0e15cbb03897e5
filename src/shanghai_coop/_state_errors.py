"""The errors about a state's name or code (see :mod:`shanghai_coop.errors`).

Defined here to keep each module readable; they are documented, imported and pickled as
``shanghai_coop.errors.*``.
"""

from __future__ import annotations

from collections.abc import Iterable

from ._error_base import ShanghaiCoopError
from ._error_base import short_repr as _short_repr

__all__ = [
    "AmbiguousStateError",
    "FormerStateError",
    "MixedScriptError",
    "StateTypeError",
    "UnknownStateError",
]


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

    __module__ = "shanghai_coop.errors"

    def __init__(self, query: object, suggestions: Iterable[str] = (), reason: str = "") -> None:
        self._init_args = (query, tuple(suggestions), reason)
        self.query: object = query
        self.suggestions: tuple[str, ...] = tuple(suggestions)
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

    __module__ = "shanghai_coop.errors"

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

    __module__ = "shanghai_coop.errors"

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


class StateTypeError(ShanghaiCoopError, TypeError):
    """A value of a type that cannot denote a state was given where a state is needed.

    Example:
        >>> print(StateTypeError(42))
        expected a state name, code or MemberState, got 42 (int)
    """

    __module__ = "shanghai_coop.errors"

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
        character_position: Its zero-based index in the input string. (``position``, as
            for every error, is the element of a bulk call the error is about, or ``None``.)

    Example:
        >>> error = MixedScriptError("Kаzakhstan", "а", 1, ("Kazakhstan",))
        >>> print(error)  # doctest: +NORMALIZE_WHITESPACE
        state name 'Kаzakhstan' mixes alphabets: character 'а' (U+0430 CYRILLIC SMALL LETTER A)
        at position 1 is not Latin like the rest; did you mean: Kazakhstan?
    """

    __module__ = "shanghai_coop.errors"

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
        self.character: str = character
        self.codepoint: str = f"U+{ord(character):04X}"
        self.character_position: int = position
