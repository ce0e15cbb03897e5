"""State names in, state identifiers out: normalisation and resolution.

A name is matched after :func:`normalise`, which folds case, width, diacritics, punctuation
and every kind of space, so that ``"TÜRKİYE"``, ``"türkiye"`` and ``"Turkiye"`` are the same
key. Matching is exact on that key: a near miss raises
:class:`~shanghai_coop.UnknownStateError` with close matches as suggestions, never a silent
guess. A name that mixes Latin with Cyrillic or Greek letters (a look-alike letter pasted into
a Latin name) raises :class:`~shanghai_coop.MixedScriptError`, which names the character.

This module is free of attrs; :meth:`shanghai_coop.Organisation.resolve` returns the
:class:`~shanghai_coop.MemberState` for a key found here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from .errors import ArgumentTypeError, MixedScriptError, UnknownStateError

__all__ = ["normalise"]

# Apostrophes and similar marks vanish ("Cote d'Ivoire" = "Cote dIvoire"); every other
# punctuation or symbol character becomes a space ("Guinea-Bissau" = "Guinea Bissau");
# combining marks (diacritics after NFKD) and format characters (zero-width space) vanish.
_APOSTROPHES = frozenset("'`´‘’‛′ʼʻ")
_DROP = frozenset({"Mn", "Me", "Cf"})
_SPACE = frozenset(
    {"Zs", "Zl", "Zp", "Cc", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"}
)
# Look-alike letters, for the suggestion of a mixed-alphabet error.
_CYRILLIC_LIKE = "аеорсухіјѕԁһАВЕКМНОРСТХІЈЅ"
_LATIN_LIKE = "aeopcyxijsdhABEKMHOPCTXIJS"
_TO_LATIN = str.maketrans(
    _CYRILLIC_LIKE + "αεορτυνικΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", _LATIN_LIKE + "aeoptuvikABEZHIKMNOPTYX"
)
_TO_CYRILLIC = str.maketrans(_LATIN_LIKE, _CYRILLIC_LIKE)
_MAX_LENGTH = 200


class _CharMap(dict[int, "str | None"]):
    """A ``str.translate`` table computed per character on first sight, then cached.

    Keeps :func:`normalise` at C speed for every character seen before, without a table
    of all of Unicode.
    """

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        if char in _APOSTROPHES:
            result: str | None = None
        else:
            category = unicodedata.category(char)
            if category in _DROP:
                result = None
            elif category in _SPACE or char.isspace():
                result = " "
            else:
                result = char
        if len(self) < 65536:
            self[code] = result
        return result


_CHARS = _CharMap()


def normalise(text: str) -> str:
    """Return the matching key of a name.

    Unicode NFKC, case folding, diacritics removed (so Russian ``ё`` matches ``е`` and the
    Turkish dotted ``İ`` matches ``i``), apostrophes (straight or curly) removed, other
    punctuation and every kind of space (no-break, thin, zero-width) turned into single
    spaces, and the ends trimmed. The result is idempotent:
    ``normalise(normalise(s)) == normalise(s)``.

    Args:
        text: Any string.

    Returns:
        The key, a possibly empty string.

    Raises:
        ArgumentTypeError: ``text`` is not a string.

    Example:
        >>> normalise("  TÜRKİYE ")
        'turkiye'
        >>> normalise("Côte d’Ivoire")
        'cote divoire'
        >>> normalise("Guinea-Bissau") == normalise("guinea bissau")
        True
        >>> normalise("Кыргызстан")
        'кыргызстан'
    """
    if not isinstance(text, str):
        raise ArgumentTypeError("text", text, "a str")
    folded = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFKD", folded)
    return " ".join(decomposed.translate(_CHARS).split())


def _script(char: str) -> str:
    """Return "latin", "cyrillic", "greek" or "" for a letter (other scripts do not clash)."""
    name = unicodedata.name(char, "")
    for script in ("LATIN", "CYRILLIC", "GREEK"):
        if name.startswith(script):
            return script.lower()
    return ""


def _mixed(text: str) -> tuple[int, str, str] | None:
    """Return (position, character, intended script) of the first letter off-script, if any."""
    counts: dict[str, int] = {}
    scripts: list[tuple[int, str, str]] = []
    for position, char in enumerate(text):
        if char.isalpha():
            script = _script(char)
            if script:
                counts[script] = counts.get(script, 0) + 1
                scripts.append((position, char, script))
    if len(counts) < 2:
        return None
    # The majority script is the intended one; on a tie, Latin.
    main = max(sorted(counts), key=lambda script: (counts[script], script == "latin"))
    return next((p, c, main) for p, c, script in scripts if script != main)


def _script_count(text: str) -> int:
    return len({_script(char) for char in text if char.isalpha()} - {""})


class NameIndex:
    """An exact map from normalised names to state keys, with suggestions for misses.

    Args:
        entries: ``(name, key)`` pairs: every name, alias and code of every state.
        display: ``key -> display name`` used for suggestions.

    Raises:
        ValueError: Two states claim the same normalised name.

    Example:
        >>> index = NameIndex([("France", "FRA"), ("FR", "FRA")], {"FRA": "France"})
        >>> index.lookup("france")
        'FRA'
        >>> index.lookup("Frnace")
        Traceback (most recent call last):
        ...
        shanghai_coop.errors.UnknownStateError: unknown state 'Frnace'; did you mean: France?
    """

    __slots__ = ("_display", "_keys", "_memo")

    def __init__(self, entries: Iterable[tuple[str, str]], display: Mapping[str, str]) -> None:
        keys: dict[str, str] = {}
        for name, key in entries:
            norm = normalise(name)
            if not norm:
                continue
            known = keys.setdefault(norm, key)
            if known != key:
                raise ValueError(f"name {name!r} ({norm!r}) denotes both {known} and {key}")
        self._keys = keys
        self._display = dict(display)
        self._memo: dict[str, str] = {}

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def get(self, name: str) -> str | None:
        """Return the key for ``name``, or ``None`` when no state has that name.

        Args:
            name: A name, alias or code.

        Returns:
            The state key (ISO alpha-3), or ``None``.
        """
        key = self._memo.get(name)
        if key is not None:
            return key
        if len(name) > _MAX_LENGTH:
            name = name.strip()
            if len(name) > _MAX_LENGTH:
                return None
        key = self._keys.get(normalise(name))
        if key is not None and len(self._memo) < 4096:
            self._memo[name] = key
        return key

    def remember(self, name: str, key: str) -> None:
        """Memoise a name that another index resolved (bounded; only for the fast path)."""
        if len(self._memo) < 4096:
            self._memo[name] = key

    def lookup(self, name: str) -> str:
        """Return the key for ``name``.

        Args:
            name: A name, alias or code.

        Returns:
            The state key (ISO alpha-3).

        Raises:
            MixedScriptError: The name mixes alphabets.
            UnknownStateError: No state has that name; ``suggestions`` lists close matches.
        """
        key = self.get(name)
        if key is not None:
            return key
        head = name[:_MAX_LENGTH]
        found = _mixed(head)
        if found is not None:
            # Suggest the names that the input denotes with look-alikes swapped either way.
            position, char, main = found
            suggestions: list[str] = []
            for table in (_TO_LATIN, _TO_CYRILLIC):
                candidate = self.get(head.translate(table))
                if candidate is not None and self._display[candidate] not in suggestions:
                    suggestions.append(self._display[candidate])
            raise MixedScriptError(name, char, position, suggestions, main.capitalize())
        raise UnknownStateError(name, self.suggest(name))

    def suggest(self, name: str, limit: int = 5) -> tuple[str, ...]:
        """Return display names of up to ``limit`` states whose names are close to ``name``.

        Args:
            name: The unmatched input.
            limit: The most suggestions to return.

        Returns:
            Display names, best match first, without repeats.
        """
        import difflib

        norm = normalise(name.strip()[:_MAX_LENGTH])
        if not norm:
            return ()
        # Close matches of single words come first ("Republic of Frnace" -> France), then
        # of the whole name.
        matches: list[str] = []
        words = norm.split()
        if len(words) > 1:
            for word in words:
                if len(word) >= 4:
                    matches += difflib.get_close_matches(word, self._keys, n=limit, cutoff=0.8)
        matches += difflib.get_close_matches(norm, self._keys, n=limit * 3, cutoff=0.75)
        out: list[str] = []
        for match in matches:
            shown = self._display[self._keys[match]]
            if shown not in out:
                out.append(shown)
        return tuple(out[:limit])

    def names(self) -> frozenset[str]:
        """Return every normalised name in the index."""
        return frozenset(self._keys)


def entries(
    states: Iterable[Mapping[str, Any]], countries: Iterable[Mapping[str, Any]]
) -> list[tuple[str, str]]:
    """Return every ``(name, state id)`` pair of a data set, for :class:`NameIndex`.

    Args:
        states: Records as in ``states.json``: codes, QID, names, aliases, former names.
        countries: Records as in ``countries.json``: codes and ISO, official, common and
            CLDR names of every ISO 3166-1 country.

    Returns:
        The pairs; a state's own names come first.
    """
    out: list[tuple[str, str]] = []
    for state in states:
        key = state["id"]
        names = state["names"]
        out += [(state[code], key) for code in ("iso_alpha2", "iso_alpha3") if state[code]]
        if state.get("wikidata"):
            out.append((state["wikidata"], key))
        out += [(name, key) for name in names.values() if name]
        out += [(name, key) for name in state.get("aliases", ())]
        out += [(name, key) for name in state.get("former_names", ())]
    for country in countries:
        key = country["alpha3"]
        out += [
            (country[field], key)
            for field in (
                "alpha2",
                "alpha3",
                "name",
                "official_name",
                "common_name",
                "cldr_en",
                "cldr_ru",
                "cldr_zh",
            )
            if country.get(field)
        ]
        out += [(name, key) for name in country.get("aliases", ())]
    return out
