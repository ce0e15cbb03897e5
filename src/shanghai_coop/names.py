"""State names in, state identifiers out: normalisation and resolution.

A name is matched after :func:`normalise`, which folds case, width, diacritics, punctuation
and every kind of space, so that ``"TÜRKİYE"``, ``"türkiye"`` and ``"Turkiye"`` are the same
key. Matching is exact on that key: a near miss raises
:class:`~shanghai_coop.UnknownStateError` with close matches as suggestions, never a silent
guess. A name that mixes Latin with Cyrillic or Greek letters (a look-alike letter pasted into
a Latin name) raises :class:`~shanghai_coop.MixedScriptError`, which names the character. A
name that denotes more than one state ("Congo") raises
:class:`~shanghai_coop.AmbiguousStateError`, and the name of a former state ("USSR")
:class:`~shanghai_coop.FormerStateError`.

:func:`entries` is the one place that lists the names of every state (from ``states.json``,
``countries.json`` and ``aliases.json``); :func:`refusals` lists the names that resolve to no
single state (``aliases.json`` and ``identifiers.json``).

This module is free of attrs; :meth:`shanghai_coop.Organisation.resolve` returns the
:class:`~shanghai_coop.MemberState` for a key found here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from .errors import (
    AmbiguousStateError,
    ArgumentTypeError,
    FormerStateError,
    MixedScriptError,
    UnknownStateError,
)

__all__ = ["normalise"]

#: A name that resolves to no single state: ``("ambiguous", candidate keys)`` or
#: ``("former", (former state id, its name, successor keys))``.
Refusal = tuple[str, Any]

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


_CUTOFF = 0.75
_STOPWORDS = frozenset({"of", "the", "and", "&"})
# Words of many official names, which make unrelated names look alike.
_GENERIC = _STOPWORDS | frozenset(
    {
        "republic", "democratic", "people", "peoples", "federal", "federation", "islamic",
        "kingdom", "state", "states", "united", "arab", "socialist", "union", "commonwealth",
        "principality", "grand", "duchy", "rep", "dem", "fed",
    }
)  # fmt: skip


def _content(name: str, fuzzy: bool = False) -> str:
    """The words of a normalised name that are not generic ("republic of france": "france").

    With ``fuzzy``, a misspelt generic word ("republc") counts as generic too.
    """
    import difflib

    def generic(word: str) -> bool:
        if word in _GENERIC:
            return True
        return fuzzy and len(word) >= 5 and bool(difflib.get_close_matches(word, _GENERIC, 1, 0.85))

    return " ".join(word for word in name.split() if not generic(word))


def _begins_words(words: list[str], tokens: tuple[str, ...]) -> bool:
    """Whether every word begins a different one of ``tokens``, in any order."""
    free = list(tokens)
    for word in words:
        for index, token in enumerate(free):
            if token.startswith(word):
                del free[index]
                break
        else:
            return False
    return True


class NameIndex:
    """An exact map from normalised names to state keys, with suggestions for misses.

    Args:
        entries: ``(name, key)`` pairs: every name, alias and code of every state.
        display: ``key -> display name`` used for suggestions.
        refusals: ``(name, refusal)`` pairs (see :func:`refusals`): names that denote more
            than one state or a former state; looking one up raises.

    Raises:
        ValueError: Two states claim the same normalised name, or a refused name is also a
            state's name.

    Example:
        >>> index = NameIndex([("France", "FRA"), ("FR", "FRA")], {"FRA": "France"})
        >>> index.lookup("france")
        'FRA'
        >>> index.lookup("Frnace")
        Traceback (most recent call last):
        ...
        shanghai_coop.errors.UnknownStateError: unknown state 'Frnace'; did you mean: France?
    """

    __slots__ = ("_display", "_keys", "_memo", "_refused", "_tokens")

    def __init__(
        self,
        entries: Iterable[tuple[str, str]],
        display: Mapping[str, str],
        refusals: Iterable[tuple[str, Refusal]] = (),
    ) -> None:
        keys: dict[str, str] = {}
        for name, key in entries:
            norm = normalise(name)
            if not norm:
                continue
            known = keys.setdefault(norm, key)
            if known != key:
                raise ValueError(f"name {name!r} ({norm!r}) denotes both {known} and {key}")
        refused: dict[str, Refusal] = {}
        for name, refusal in refusals:
            norm = normalise(name)
            if norm in keys:
                raise ValueError(f"name {name!r} ({norm!r}) is both {keys[norm]} and refused")
            if refused.setdefault(norm, refusal) != refusal:
                raise ValueError(f"name {name!r} ({norm!r}) is refused twice, differently")
        self._keys = keys
        self._refused = refused
        self._display = dict(display)
        self._memo: dict[str, str] = {}
        self._tokens: list[tuple[str, tuple[str, ...]]] | None = None

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
            AmbiguousStateError: The name denotes more than one state.
            FormerStateError: The name is a former state's.
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
        refusal = self._refused.get(normalise(head))
        if refusal is not None:
            raise self._refuse(name, refusal)
        raise UnknownStateError(name, self.suggest(name))

    def _refuse(self, name: str, refusal: Refusal) -> UnknownStateError:
        kind, value = refusal
        display = self._display
        if kind == "ambiguous":
            return AmbiguousStateError(name, value, [display.get(k) or k for k in value])
        former, former_name, successors = value
        names = [display.get(key) or key for key in successors]
        return FormerStateError(name, former, former_name, successors, names)

    def suggest(self, name: str, limit: int = 5) -> tuple[str, ...]:
        """Return display names of up to ``limit`` states whose names are close to ``name``.

        Each state is scored by its closest name: the similarity of the whole name
        (``difflib``), a part of a name (every word of the input begins a different word of
        the name: "Bosnia", "Sao Tome", "Islamic Republic"), or one word of the input close
        to a one-word name ("Republic of Frnace"). The best first; ties by display name.

        Args:
            name: The unmatched input.
            limit: The most suggestions to return.

        Returns:
            Display names, best match first, without repeats.
        """
        norm = normalise(name.strip()[:_MAX_LENGTH])
        if not norm:
            return ()
        scores: dict[str, float] = {}
        for key, score in self._scored(norm):
            if score > scores.get(key, 0.0):
                scores[key] = score
        ranked = sorted(scores, key=lambda key: (-scores[key], self._display[key]))
        out: list[str] = []
        for key in ranked:
            shown = self._display[key]
            if shown not in out:
                out.append(shown)
        return tuple(out[:limit])

    def _scored(self, norm: str) -> Iterator[tuple[str, float]]:
        """``(key, score)`` pairs for every name close to ``norm`` (scores 0.75 to 1)."""
        import difflib

        matcher = difflib.SequenceMatcher()
        matcher.set_seq2(norm)
        content = _content(norm, fuzzy=True)
        for candidate, key in self._keys.items():
            matcher.set_seq1(candidate)
            if matcher.real_quick_ratio() >= _CUTOFF and matcher.quick_ratio() >= _CUTOFF:
                ratio = matcher.ratio()
                if ratio >= _CUTOFF and content and (other := _content(candidate)):
                    # "Republic of Frnace" is not close to "Republic of Ghana".
                    ratio = min(ratio, difflib.SequenceMatcher(None, content, other).ratio())
                if ratio >= _CUTOFF:
                    yield key, ratio
        words = [word for word in norm.split() if word not in _STOPWORDS and len(word) > 1]
        if words and len(norm) >= 3:
            for candidate, tokens in self._token_list():
                if len(candidate) > len(norm) and _begins_words(words, tokens):
                    yield self._keys[candidate], 0.85 + 0.15 * len(norm) / len(candidate)
        if len(words) > 1:
            singles = [candidate for candidate, tokens in self._token_list() if len(tokens) == 1]
            for word in words:
                if len(word) >= 4:
                    for match in difflib.get_close_matches(word, singles, n=5, cutoff=0.8):
                        ratio = difflib.SequenceMatcher(None, word, match).ratio()
                        yield self._keys[match], 0.95 * ratio

    def _token_list(self) -> list[tuple[str, tuple[str, ...]]]:
        tokens = self._tokens
        if tokens is None:
            tokens = self._tokens = [(name, tuple(name.split())) for name in self._keys]
        return tokens

    def names(self) -> frozenset[str]:
        """Return every normalised name in the index."""
        return frozenset(self._keys)


def entries(
    states: Iterable[Mapping[str, Any]],
    countries: Iterable[Mapping[str, Any]],
    aliases: Iterable[Mapping[str, Any]] = (),
    ambiguous: Iterable[Mapping[str, Any]] = (),
) -> list[tuple[str, str]]:
    """Return every ``(name, state id)`` pair of a data set, for :class:`NameIndex`.

    The one place that lists a state's names and codes (ISO alpha-2 and alpha-3, the
    Wikidata QID): anything that indexes names (the name index, a generated fast index, the
    linter) builds on it. Numeric codes and COW and GW codes are not names: they resolve
    only with an explicit scheme.

    Args:
        states: Records as in ``states.json``: codes, QID, names, aliases, former names.
        countries: Records as in ``countries.json``: codes and ISO, official, common and
            CLDR names of every ISO 3166-1 country (and Kosovo).
        aliases: Records as in ``aliases.json`` (``aliases``): names analysts meet, each
            for one state.
        ambiguous: Records as in ``aliases.json`` (``ambiguous``): names that denote more
            than one state, left out here even where ISO gives them to one ("Congo").

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
    out += [(alias["name"], alias["state"]) for alias in aliases]
    refused = {normalise(record["name"]) for record in ambiguous}
    if refused:
        out = [(name, key) for name, key in out if normalise(name) not in refused]
    return out


def refusals(
    ambiguous: Iterable[Mapping[str, Any]], former_states: Iterable[Mapping[str, Any]]
) -> list[tuple[str, Refusal]]:
    """Return the names that resolve to no single state, for :class:`NameIndex`.

    Args:
        ambiguous: Records as in ``aliases.json`` (``ambiguous``): a name and the keys of
            the states it may denote.
        former_states: Records as in ``identifiers.json`` (``former_states``): the names of
            each former state and its ISO 3166-3 alpha-3 code, if any.

    Returns:
        ``(name, refusal)`` pairs: ``("ambiguous", candidate keys)`` or ``("former", (id,
        name, successor keys))``.

    Example:
        >>> refusals([{"name": "Congo", "candidates": ["COG", "COD"]}], [])
        [('Congo', ('ambiguous', ('COG', 'COD')))]
    """
    out: list[tuple[str, Refusal]] = [
        (record["name"], ("ambiguous", tuple(record["candidates"]))) for record in ambiguous
    ]
    for record in former_states:
        value = (record["id"], record["name"], tuple(record["successors"]))
        iso = record.get("iso3166_3") or {}
        for name in (*record["names"], iso.get("alpha3")):
            if name:
                out.append((name, ("former", value)))
    return out
