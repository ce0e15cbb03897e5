"""Codes beyond names: ISO numeric, Correlates of War, Gleditsch-Ward; former states; schemes.

Built on first need from ``identifiers.json``, ``aliases.json``, ``countries.json`` and
``states.json``. A code is looked up only under an explicit scheme (as countrycode's
``origin=``): the same number is a different state in different schemes (703 is Kyrgyzstan
as a COW code and Slovakia as an ISO numeric code), and COW abbreviations collide with ISO
alpha-3 codes (COW's ``AUS`` is Austria, ISO's Australia). Without a scheme a bare number is
refused with :class:`~shanghai_coop.AmbiguousStateError`, which names what it would be in
each scheme.

A code of a former state (COW 315 Czechoslovakia, ISO 3166-3 ``SUN``) raises
:class:`~shanghai_coop.FormerStateError` naming the successors.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._args import SCHEMES
from .errors import (
    AmbiguousStateError,
    ArgumentTypeError,
    FormerStateError,
    InvalidArgumentError,
    UnknownStateError,
)
from .names import normalise

if TYPE_CHECKING:
    from ._load import RawData
    from .model import MemberState

__all__ = ["SCHEME_NAMES", "Identifiers", "display_names", "integer_like"]

#: What each scheme is called in messages.
SCHEME_NAMES: Mapping[str, str] = {
    "name": "name",
    "iso2": "ISO 3166-1 alpha-2 code",
    "iso3": "ISO 3166-1 alpha-3 code",
    "iso_numeric": "ISO 3166-1 numeric code",
    "cow": "Correlates of War code",
    "gw": "Gleditsch-Ward code",
    "wikidata": "Wikidata QID",
}
_NUMERIC = ("cow", "gw", "iso_numeric")
_FORMER = "#"  # prefix of a former state's id among the targets of a code


def display_names(raw: RawData) -> dict[str, str]:
    """The English short name of every state and country of a data set, by key."""
    countries = raw.records("countries.json")
    out = {c["alpha3"]: c.get("common_name") or c["cldr_en"] or c["name"] for c in countries}
    out.update({s["id"]: s["names"]["en_short"] for s in raw.records("states.json")})
    return out


def integer_like(value: object) -> bool:
    """Whether ``value`` is an integer (``int``, numpy integer), not a bool."""
    import numbers

    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


class Identifiers:
    """The code indexes of one data set, and each state's codes and extra names.

    Reading a state's codes needs ``identifiers.json`` and ``aliases.json`` only; the
    indexes of codes (which need ``countries.json`` too) are built on the first look-up.

    Args:
        raw: The data set's parsed documents.
        display: Returns ``key -> English short name`` of every state (called on need).
    """

    __slots__ = ("_codes", "_display", "_names_of_codes", "_raw", "aliases", "by_state", "former")

    def __init__(self, raw: RawData, display: Callable[[], Mapping[str, str]]) -> None:
        self._raw = raw
        self._display = display
        self.by_state: dict[str, dict[str, Any]] = {
            r["state"]: r for r in raw.records("identifiers.json", "identifiers")
        }
        self.former: dict[str, dict[str, Any]] = {
            r["id"]: r for r in raw.records("identifiers.json", "former_states")
        }
        self.aliases: dict[str, list[dict[str, Any]]] = {}
        for alias in raw.records("aliases.json", "aliases"):
            self.aliases.setdefault(alias["state"], []).append(alias)
        self._codes: dict[str, dict[str, str]] | None = None
        self._names_of_codes: frozenset[str] = frozenset()

    def codes(self) -> dict[str, dict[str, str]]:
        """``scheme -> code -> key`` (a former state's key is ``"#"`` and its id)."""
        found = self._codes
        if found is None:
            found = self._build_codes()
            self._names_of_codes = frozenset(
                normalise(code) for scheme in ("iso2", "iso3", "wikidata") for code in found[scheme]
            )
            self._codes = found  # published whole: a racing thread builds the same
        return found

    def _build_codes(self) -> dict[str, dict[str, str]]:
        raw = self._raw
        codes: dict[str, dict[str, str]] = {scheme: {} for scheme in SCHEMES}
        for country in raw.records("countries.json"):
            key = country["alpha3"]
            codes["iso2"][country["alpha2"]] = key
            codes["iso3"][key] = key
            if country.get("numeric"):
                codes["iso_numeric"][country["numeric"]] = key
        for state in raw.records("states.json"):
            if state.get("wikidata"):
                codes["wikidata"][state["wikidata"]] = state["id"]
            for field, scheme in (("cow_code", "cow"), ("cow_abbrev", "cow")):
                if state.get(field) is not None and state["id"] not in self.by_state:
                    codes[scheme][str(state[field])] = state["id"]  # a copy without identifiers
        for key, record in self.by_state.items():
            _add_codes(codes, record, key)
        for former_id, record in self.former.items():
            _add_codes(codes, record, _FORMER + former_id)
            iso = record.get("iso3166_3") or {}
            if iso.get("alpha3"):
                codes["iso3"].setdefault(iso["alpha3"], _FORMER + former_id)
            numeric = iso.get("numeric")
            if (
                numeric
                and sum(
                    (r.get("iso3166_3") or {}).get("numeric") == numeric
                    for r in self.former.values()
                )
                == 1
            ):  # 891 was Yugoslavia's and then Serbia and Montenegro's: neither
                codes["iso_numeric"].setdefault(numeric, _FORMER + former_id)
        return codes

    # -- look-ups -------------------------------------------------------------------------

    def lookup(self, value: object, scheme: str) -> str:
        """Return the key of the state ``value`` denotes under ``scheme`` (not ``"name"``).

        Raises:
            InvalidArgumentError: ``scheme`` is no scheme.
            ArgumentTypeError: ``value`` is neither a string nor (for a numeric scheme) an
                integer.
            UnknownStateError: No state has that code.
            FormerStateError: The code is a former state's.
        """
        if scheme not in SCHEMES or scheme == "name":
            raise InvalidArgumentError("scheme", scheme, SCHEMES)
        code = _code(value, scheme)
        target = self.codes()[scheme].get(code) if code is not None else None
        if target is None:
            raise UnknownStateError(value, (), self._unknown(value, code, scheme))
        if target.startswith(_FORMER):
            raise self.former_error(value, target[1:], f"{SCHEME_NAMES[scheme]} {code}")
        return target

    def refuse_code(self, name: str) -> None:
        """Raise :class:`UnknownStateError` if ``name`` is an ISO code or a QID, not a name."""
        self.codes()
        if normalise(name) in self._names_of_codes:
            reason = f"{name!r} is a code, not a name (scheme='name' takes names only)"
            raise UnknownStateError(name, (), reason)

    def bare_number(self, value: object) -> AmbiguousStateError:
        """Return the error for a number given without a scheme, naming what it would be."""
        text = str(value).strip()
        meanings: dict[str, list[str]] = {}
        for scheme in _NUMERIC:
            target = self.codes()[scheme].get(_code(text, scheme) or "")
            if target is not None:
                meanings.setdefault(target, []).append(scheme)
        candidates = [t for t in meanings if not t.startswith(_FORMER)]
        parts = [
            f"{self._label(target)} as {_a(' or '.join(SCHEME_NAMES[s] for s in schemes))}"
            for target, schemes in meanings.items()
        ]
        if not parts:  # no scheme has it: naming one would not help
            schemes = ", ".join(SCHEME_NAMES[scheme] for scheme in _NUMERIC)
            reason = (
                f"{text} is no code in any scheme ({schemes}); give a name, an ISO 3166-1"
                " alpha-2 or alpha-3 code or a Wikidata QID, or a number that is a code"
                " with its scheme: resolve(703, scheme='cow') (on the command line: --scheme"
                " cow)"
            )
            return AmbiguousStateError(value, (), (), reason)
        reason = (
            f"a bare number does not say which code it is: {text} is {'; '.join(parts)}; say"
            f" which: resolve({value!r}, scheme='cow') (or 'gw', 'iso_numeric'), then query"
            " with the state it returns (on the command line: --scheme cow)"
        )
        return AmbiguousStateError(
            value, candidates, [self._display().get(k, k) for k in candidates], reason
        )

    def former_error(self, value: object, former_id: str, detail: str = "") -> FormerStateError:
        """Return the error for a former state's name or code."""
        record = self.former[former_id]
        successors = tuple(record["successors"])
        return FormerStateError(
            value,
            former_id,
            record["name"],
            successors,
            [self._display().get(k, k) for k in successors],
            detail,
        )

    def _label(self, target: str) -> str:
        if target.startswith(_FORMER):
            return f"{self.former[target[1:]]['name']} (a former state)"
        return f"{self._display().get(target, target)} ({target})"

    def _unknown(self, value: object, code: str | None, scheme: str) -> str:
        what = SCHEME_NAMES[scheme]
        if code is None:
            shape = {
                "iso2": "two letters",
                "iso3": "three letters",
                "iso_numeric": "a number",
                "cow": "a number or three letters",
                "gw": "a number",
                "wikidata": "'Q' and a number",
            }[scheme]
            return f"{value!r} is not {_a(what)} ({shape})"
        reason = f"no state has the {what} {code}"
        meanings: dict[str, list[str]] = {}
        for other in (*_NUMERIC, "iso3"):
            target = self.codes()[other].get(_code(code, other) or "")
            if other != scheme and target is not None:
                meanings.setdefault(target, []).append(SCHEME_NAMES[other])
        others = [
            f"as {_a(' or '.join(schemes))} it is {self._label(target)}"
            for target, schemes in meanings.items()
        ]
        return reason + (f" ({'; '.join(others)})" if others else "")

    # -- what a state carries ---------------------------------------------------------------

    def complete(self, state: MemberState) -> MemberState:
        """Return the state with its COW and GW codes and the names of ``aliases.json``."""
        import attrs

        record = self.by_state.get(state.id)
        changes: dict[str, Any] = {}
        sources = list(state.sources)
        if record is not None:
            changes.update(
                cow_code=record["cow_code"],
                cow_abbrev=record["cow_abbrev"],
                gw_code=record["gw_code"],
            )
            sources += record["sources"]
        aliases, former = list(state.aliases), list(state.former_names)
        for alias in self.aliases.get(state.id, ()):
            target = former if alias["schemes"] == ["former_name"] else aliases
            target.append(alias["name"])
            sources += alias["sources"]
        changes.update(
            aliases=tuple(aliases),
            former_names=tuple(former),
            sources=tuple(sorted(set(sources))),
        )
        return attrs.evolve(state, **changes)


def _a(what: str) -> str:
    """``what`` with its indefinite article ("an ISO ... code", "a Correlates of War code")."""
    what = what.replace(" code or ", " or ")
    return f"an {what}" if what.startswith("ISO") else f"a {what}"


def _add_codes(codes: dict[str, dict[str, str]], record: Mapping[str, Any], target: str) -> None:
    if record.get("cow_code") is not None:
        codes["cow"].setdefault(str(record["cow_code"]), target)
    if record.get("cow_abbrev"):
        codes["cow"].setdefault(record["cow_abbrev"], target)
    if record.get("gw_code") is not None:
        codes["gw"].setdefault(str(record["gw_code"]), target)


def _code(value: object, scheme: str) -> str | None:
    """The code as the index holds it (``"640"``, ``"KYR"``, ``"004"``); ``None`` if none.

    Raises:
        ArgumentTypeError: ``value`` is of a type no code of the scheme has.
    """
    numeric = scheme in _NUMERIC
    if integer_like(value) and numeric:
        number = int(value)  # type: ignore[call-overload]  # pyright: ignore[reportArgumentType]
        text = str(number) if number >= 0 else ""
    elif isinstance(value, str):
        text = value.strip().upper()
    else:
        expected = "an integer or a string" if numeric else "a string"
        raise ArgumentTypeError("name", value, f"{expected} for scheme={scheme!r}")
    if text.isascii() and text.isdecimal():
        if not numeric or len(text) > 3:
            return None
        return text.zfill(3) if scheme == "iso_numeric" else str(int(text))
    if not text.isascii() or not text.isalnum():
        return None
    shapes = {"iso2": 2, "iso3": 3, "cow": 3}
    if scheme in shapes:
        return text if text.isalpha() and len(text) == shapes[scheme] else None
    if scheme == "wikidata":
        ok = len(text) > 1 and text[0] == "Q" and text[1:].isdecimal() and text[1] != "0"
        return text if ok else None
    return None
