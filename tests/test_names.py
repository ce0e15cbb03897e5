from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given

import shanghai_coop
from shanghai_coop import MixedScriptError, StateTypeError, UnknownStateError
from shanghai_coop.names import normalise
from strategies import hostile_text, state_names


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("TÜRKİYE", "turkiye"),
        (unicodedata.normalize("NFD", "Türkiye"), "turkiye"),
        ("Côte d’Ivoire", "cote divoire"),
        ("Côte d'Ivoire", "cote divoire"),
        ("Guinea-Bissau", "guinea bissau"),
        ("Sri\u00a0Lanka", "sri lanka"),
        ("Sri\u2009Lanka", "sri lanka"),
        ("Sri\u200bLanka", "srilanka"),
        ("  Saudi   Arabia\t", "saudi arabia"),
        ("Ｃｈｉｎａ", "china"),  # full-width letters (NFKC)
        ("Россия", "россия"),
        ("Объединённые Арабские Эмираты", "объединенные арабские эмираты"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@given(hostile_text)
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@given(state_names())
def test_every_recorded_name_resolves_to_its_state(pair: tuple[str, str]) -> None:
    name, expected = pair
    assert shanghai_coop.resolve(name).id == expected
    assert shanghai_coop.resolve(name.upper()).id == expected
    assert shanghai_coop.resolve(f"  {name.lower()} ").id == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kirghizia", "KGZ"),
        ("Kyrgyz Republic", "KGZ"),
        ("Кыргызстан", "KGZ"),
        ("Киргизия", "KGZ"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("TURKIYE", "TUR"),
        ("UAE", "ARE"),
        ("Byelorussia", "BLR"),
        ("Белоруссия", "BLR"),
        ("中国", "CHN"),
        ("Q794", "IRN"),
        ("ir", "IRN"),
        ("IRN", "IRN"),
        ("Burma", "MMR"),
        ("Lao PDR", "LAO"),
        ("France", "FRA"),
        ("Франция", "FRA"),
        ("Côte d’Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
    ],
)
def test_resolve_names(name: str, expected: str) -> None:
    assert shanghai_coop.resolve(name).id == expected


def test_resolve_accepts_member_state() -> None:
    iran = shanghai_coop.resolve("Iran")
    assert shanghai_coop.resolve(iran) is iran


def test_resolve_iso_only_country_has_no_spells() -> None:
    france = shanghai_coop.resolve("France")
    assert france.spells == ()
    assert france.iso_alpha2 == "FR"
    assert france.names.ru_short == "Франция"


def test_misspelt_name_suggests() -> None:
    with pytest.raises(UnknownStateError) as info:
        shanghai_coop.resolve("Frnace")
    assert "France" in info.value.suggestions
    assert isinstance(info.value, LookupError)
    assert "did you mean: France" in str(info.value)


def test_no_fuzzy_match_is_silent() -> None:
    for near_miss in ("Kazakstn", "Uzbekstan", "Chinaa", "Irann"):
        with pytest.raises(UnknownStateError) as info:
            shanghai_coop.resolve(near_miss)
        assert info.value.suggestions, near_miss


def test_nonsense_has_no_suggestions_but_says_what_is_valid() -> None:
    with pytest.raises(UnknownStateError, match="ISO 3166-1") as info:
        shanghai_coop.resolve("qqqqqqqq")
    assert info.value.suggestions == ()


def test_cyrillic_letter_inside_latin_name() -> None:
    with pytest.raises(MixedScriptError) as info:
        shanghai_coop.resolve("Kаzakhstan")  # Cyrillic а at index 1
    error = info.value
    assert (error.character, error.codepoint, error.position) == ("а", "U+0430", 1)
    assert "CYRILLIC SMALL LETTER A" in str(error)
    assert error.suggestions == ("Kazakhstan",)
    assert isinstance(error, UnknownStateError)


def test_latin_letter_inside_cyrillic_name() -> None:
    with pytest.raises(MixedScriptError) as info:
        shanghai_coop.resolve("Рoссия")  # Latin o at index 1
    assert info.value.codepoint == "U+006F"
    assert info.value.position == 1


@pytest.mark.parametrize("value", [None, 3.5, b"Iran", ["Iran"], True])
def test_resolve_rejects_non_names(value: object) -> None:
    with pytest.raises(StateTypeError, match="expected a state name"):
        shanghai_coop.resolve(value)  # type: ignore[arg-type]


def test_huge_input_is_rejected_quickly() -> None:
    with pytest.raises(UnknownStateError):
        shanghai_coop.resolve("x" * 1_000_000)


def test_normalise_refuses_non_strings() -> None:
    with pytest.raises(shanghai_coop.ArgumentTypeError, match="text"):
        normalise(5)  # type: ignore[arg-type]
