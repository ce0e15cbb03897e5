"""Identifiers beyond names: COW and Gleditsch-Ward codes, ISO numeric codes, the crosswalk.

The codes come from ``identifiers.json`` (COW State System Membership List v2016; Gleditsch
and Ward's lists). Where the COW IGO v3 extract is present (``cow_igo_sco.csv``: CI has it)
every code of it is checked against these data; elsewhere those tests skip with a reason.
"""

from __future__ import annotations

import csv
import json
import pathlib
from datetime import date

import pytest
from hypothesis import given

import shanghai_coop
from conftest import edit_data, read_data
from cow import ENV, cow_file
from shanghai_coop import (
    AmbiguousStateError,
    ArgumentTypeError,
    DataError,
    FormerStateError,
    InvalidArgumentError,
    Organisation,
    StateTypeError,
    UnknownStateError,
)
from strategies import numeric_codes

ROOT = pathlib.Path(__file__).resolve().parents[1]


COW_IGO = cow_file()
needs_cow_igo = pytest.mark.skipif(
    COW_IGO is None, reason=f"the COW IGO v3 extract cow_igo_sco.csv is not here (set {ENV})"
)


def _igo_rows() -> list[dict[str, str]]:
    assert COW_IGO is not None
    with COW_IGO.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _identifiers() -> dict[str, list[dict[str, object]]]:
    document: dict[str, list[dict[str, object]]] = json.loads(read_data("identifiers.json"))
    return document


# -- what issue 13 asks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "scheme", "expected"),
    [
        (640, "cow", "Türkiye"),
        ("640", "cow", "Türkiye"),
        ("KYR", "cow", "Kyrgyzstan"),
        ("kyr", "cow", "Kyrgyzstan"),
        ("417", "iso_numeric", "Kyrgyzstan"),
        (417, "iso_numeric", "Kyrgyzstan"),
        ("004", "iso_numeric", "Afghanistan"),
        (4, "iso_numeric", "Afghanistan"),
        ("4", "iso_numeric", "Afghanistan"),
        (703, "gw", "Kyrgyzstan"),
        (260, "gw", "Germany"),  # GW continues the Federal Republic
        (340, "gw", "Serbia"),
        (678, "gw", "Yemen"),
        (970, "gw", "Kiribati"),  # ... while COW 970 is Nauru
        (970, "cow", "Nauru"),
        (345, "cow", "Serbia"),  # COW v2016 "Yugoslavia", held by Serbia today
        (347, "cow", "Kosovo"),
        ("KG", "iso2", "Kyrgyzstan"),
        ("kgz", "iso3", "Kyrgyzstan"),
        ("Q813", "wikidata", "Kyrgyzstan"),
        ("Kirghizia", "name", "Kyrgyzstan"),
    ],
)
def test_resolve_with_a_scheme(value: object, scheme: str, expected: str) -> None:
    assert shanghai_coop.resolve(value, scheme=scheme).name == expected  # type: ignore[arg-type]


def test_the_same_number_is_another_state_in_another_scheme() -> None:
    # COW 703 Kyrgyzstan, ISO 703 Slovakia: the reason a bare number is refused.
    assert shanghai_coop.resolve(703, scheme="cow").id == "KGZ"
    assert shanghai_coop.resolve(703, scheme="iso_numeric").id == "SVK"
    # COW abbreviations that are other states' ISO alpha-3 codes.
    for abbrev, cow, iso in [("AUS", "AUT", "AUS"), ("SWZ", "CHE", "SWZ"), ("MNG", "MNE", "MNG")]:
        assert shanghai_coop.resolve(abbrev, scheme="cow").id == cow
        assert shanghai_coop.resolve(abbrev, scheme="iso3").id == iso
        assert shanghai_coop.resolve(abbrev).id == iso  # without a scheme, ISO


@pytest.mark.parametrize("value", [640, "640", " 703 ", "004"])
def test_a_bare_number_is_refused_naming_the_schemes(value: object) -> None:
    with pytest.raises(AmbiguousStateError, match=r"\(or 'gw', 'iso_numeric'\)"):
        shanghai_coop.resolve(value)  # type: ignore[arg-type]


def test_a_bare_number_names_what_it_would_be() -> None:
    with pytest.raises(AmbiguousStateError) as info:
        shanghai_coop.resolve(703)
    assert info.value.candidates == ("KGZ", "SVK")
    assert info.value.suggestions == ("Kyrgyzstan", "Slovakia")
    assert "Gleditsch-Ward" in str(info.value)
    assert isinstance(info.value, LookupError)


def test_numpy_integers_are_numbers() -> None:
    np = pytest.importorskip("numpy")
    assert shanghai_coop.resolve(np.int64(640), scheme="cow").id == "TUR"
    with pytest.raises(AmbiguousStateError):
        shanghai_coop.resolve(np.int16(640))


def test_a_status_query_refuses_a_bare_number_too() -> None:
    with pytest.raises(AmbiguousStateError):
        shanghai_coop.status_of(703, "2020-01-01")  # type: ignore[arg-type]
    kgz = shanghai_coop.resolve(703, scheme="cow")
    assert shanghai_coop.status_of(kgz, "2020-01-01").value == "member"


@pytest.mark.parametrize(
    ("value", "scheme", "error", "fragment"),
    [
        (999, "cow", UnknownStateError, "no state has the Correlates of War code 999"),
        ("640", "iso_numeric", UnknownStateError, "as a Correlates of War or"),
        ("ABCD", "iso3", UnknownStateError, "not an ISO 3166-1 alpha-3 code"),
        ("Q0", "wikidata", UnknownStateError, "not a Wikidata QID"),
        (1.5, "cow", ArgumentTypeError, "an integer or a string"),
        (640, "iso2", ArgumentTypeError, "a string for scheme='iso2'"),
        ("KG", "name", UnknownStateError, "is a code, not a name"),
        ("Kyrgyzstan", "cow", UnknownStateError, "not a Correlates of War code"),
        (640, "cown", InvalidArgumentError, "expected 'name', 'iso2'"),
    ],
)
def test_a_code_that_is_not_one(value: object, scheme: str, error: type, fragment: str) -> None:
    with pytest.raises(error, match=fragment):
        shanghai_coop.resolve(value, scheme=scheme)  # type: ignore[arg-type]


def test_a_member_state_passes_under_any_scheme() -> None:
    kgz = shanghai_coop.resolve("Kyrgyzstan")
    assert shanghai_coop.resolve(kgz, scheme="cow") is kgz


@pytest.mark.parametrize("value", [None, 3.5, True, b"640"])
def test_resolve_without_scheme_refuses_other_types(value: object) -> None:
    with pytest.raises(StateTypeError):
        shanghai_coop.resolve(value)  # type: ignore[arg-type]


# -- former states --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "scheme", "former", "successor"),
    [
        ("Soviet Union", None, "soviet-union", "RUS"),
        ("USSR", None, "soviet-union", "RUS"),
        ("SUN", None, "soviet-union", "RUS"),
        ("810", "iso_numeric", "soviet-union", "RUS"),
        ("Yugoslavia", None, "yugoslavia", "SRB"),
        ("Czechoslovakia", None, "czechoslovakia", "SVK"),
        (315, "cow", "czechoslovakia", "CZE"),
        ("CZE", "cow", "czechoslovakia", "CZE"),  # COW's CZE; ISO's CZE is Czechia
        ("East Germany", None, "german-democratic-republic", "DEU"),
        (265, "gw", "german-democratic-republic", "DEU"),
        (260, "cow", "german-federal-republic", "DEU"),
        (817, "cow", "republic-of-vietnam", "VNM"),
        (730, "cow", "korea-1887-1905", "PRK"),
        ("Serbia and Montenegro", None, "serbia-and-montenegro", "MNE"),
        ("Bavaria", None, "bavaria", "DEU"),
    ],
)
def test_former_states_are_named_never_answered_for(
    value: object, scheme: str | None, former: str, successor: str
) -> None:
    with pytest.raises(FormerStateError) as info:
        shanghai_coop.resolve(value, scheme=scheme)  # type: ignore[arg-type]
    assert info.value.former == former
    assert successor in info.value.successors
    assert len(info.value.suggestions) == len(info.value.successors)


def test_the_soviet_union_is_never_russia_silently() -> None:
    with pytest.raises(FormerStateError, match="former state") as info:
        shanghai_coop.resolve("Soviet Union")
    assert len(info.value.successors) == 15
    # COW and GW code the Russian Empire, the USSR and Russia as one state: 365 is Russia.
    assert shanghai_coop.resolve(365, scheme="cow").id == "RUS"


# -- the data -------------------------------------------------------------------------------


def test_every_state_in_the_cow_system_has_its_code() -> None:
    document = _identifiers()
    records = [*document["identifiers"], *document["former_states"]]
    codes = [r["cow_code"] for r in records if r["cow_code"] is not None]
    assert len(codes) == len(set(codes)) == 217  # COW State System v2016: 217 codes
    abbrevs = [r["cow_abbrev"] for r in records if r["cow_abbrev"] is not None]
    assert len(abbrevs) == len(set(abbrevs)) == 217
    gw = [r["gw_code"] for r in records if r["gw_code"] is not None]
    assert len(gw) == len(set(gw))


def test_states_json_states_carry_the_codes_of_identifiers_json(sco: Organisation) -> None:
    # One source of truth: states.json no longer states COW codes; every state gets them.
    assert all("cow_code" not in r for r in json.loads(read_data("states.json"))["states"])
    assert [(s.id, s.cow_code, s.cow_abbrev) for s in sco.states if s.cow_abbrev != s.id][:4] == [
        ("ARE", 696, "UAE"),
        ("BGD", 771, "BNG"),
        ("BHR", 692, "BAH"),
        ("DZA", 615, "ALG"),
    ]
    kz = sco.resolve("Kazakhstan")
    assert (kz.cow_code, kz.cow_abbrev, kz.gw_code) == (705, "KZK", 705)
    assert "cow-states2016" in kz.sources


def test_kosovo_is_a_state_without_an_iso_numeric_code() -> None:
    kosovo = shanghai_coop.resolve("Kosovo")
    assert (kosovo.id, kosovo.iso_alpha2, kosovo.iso_numeric) == ("XKX", "XK", None)
    assert (kosovo.cow_code, kosovo.gw_code) == (347, 347)
    assert kosovo.names.ru_short == "Косово"
    assert shanghai_coop.status_of(kosovo, "2024-01-01").value == "none"


def test_a_copy_with_a_code_twice_is_refused(data_copy: pathlib.Path) -> None:
    def twice(document: dict[str, list[dict[str, object]]]) -> None:
        document["identifiers"][1]["cow_code"] = document["identifiers"][0]["cow_code"]

    edit_data(data_copy, "identifiers.json", twice)
    with pytest.raises(DataError, match="cow_code 700 is held by AFG, AGO"):
        Organisation.load(data_copy)


def test_a_copy_whose_states_json_disagrees_is_refused(data_copy: pathlib.Path) -> None:
    def disagree(document: dict[str, list[dict[str, object]]]) -> None:
        document["states"][0].update(cow_code=701, cow_abbrev="AFG")

    edit_data(data_copy, "states.json", disagree)
    with pytest.raises(DataError, match="AFG: cow_code/cow_abbrev 701/AFG differ"):
        Organisation.load(data_copy)


# -- the crosswalk --------------------------------------------------------------------------


def test_crosswalk_has_every_code_once(sco: Organisation) -> None:
    table = sco.records("crosswalk")
    assert table.columns == shanghai_coop.tables.COLUMNS["crosswalk"]
    states = [row for row in table if row["state"] is not None]
    assert len(states) == 250  # ISO 3166-1 and Kosovo
    cow = [row["cow_code"] for row in table if row["cow_code"] is not None]
    assert len(cow) == len(set(cow)) == 217
    kgz = next(row for row in table if row["state"] == "KGZ")
    assert (kgz["iso_numeric"], kgz["cow_code"], kgz["cow_abbrev"], kgz["gw_code"]) == (
        "417",
        703,
        "KYR",
        703,
    )
    ussr = next(row for row in table if row["former_state"] == "soviet-union")
    assert (ussr["state"], ussr["cow_code"], ussr["iso3166_3"]) == (None, None, "SUN")


def test_crosswalk_resolves_back(sco: Organisation) -> None:
    for row in sco.records("crosswalk"):
        if row["state"] is not None and row["cow_code"] is not None:
            assert sco.resolve(row["cow_code"], scheme="cow").id == row["state"]
            assert sco.resolve(row["cow_abbrev"], scheme="cow").id == row["state"]
        if row["state"] is not None and row["gw_code"] is not None:
            assert sco.resolve(row["gw_code"], scheme="gw").id == row["state"]


@given(numeric_codes)
def test_any_number_resolves_or_raises_a_lookup_error(code: tuple[int, str]) -> None:
    number, scheme = code
    try:
        state = shanghai_coop.resolve(number, scheme=scheme)  # type: ignore[arg-type]
    except FormerStateError as error:
        successors = error.successors
        assert successors
    except UnknownStateError:
        pass
    else:
        held = {"cow": state.cow_code, "gw": state.gw_code, "iso_numeric": state.iso_numeric}
        assert str(held[scheme]).zfill(3 if scheme == "iso_numeric" else 1) == (
            str(number).zfill(3) if scheme == "iso_numeric" else str(number)
        )


# -- against the COW IGO v3 file ------------------------------------------------------------


@needs_cow_igo
def test_every_cow_code_of_2014_is_its_state() -> None:
    """Every ccode of the COW file's 2014 system resolves to the state COW names."""
    document = _identifiers()
    cow_names = {r["cow_code"]: r["cow_name"] for r in document["identifiers"]}
    rows = [row for row in _igo_rows() if row["year"] == "2014"]
    assert len(rows) == 195
    keys = set()
    for row in rows:
        state = shanghai_coop.resolve(int(row["ccode"]), scheme="cow")
        assert state.cow_code == int(row["ccode"])
        assert cow_names[state.cow_code] == row["state_name"], row
        keys.add(state.id)
    assert len(keys) == 195


@needs_cow_igo
def test_cow_spells_give_the_state_years_of_the_cow_file() -> None:
    """A state has a row in a year iff one of its COW spells overlaps the year.

    The one exception: the four states that ended in 1990 (GFR, GDR, YAR, YPR) have no row
    for 1990 in the IGO file.
    """
    document = _identifiers()
    spells = {
        r["cow_code"]: r["cow_spells"]
        for r in [*document["identifiers"], *document["former_states"]]
        if r["cow_code"] is not None
    }
    by_year: dict[int, set[int]] = {}
    for row in _igo_rows():
        by_year.setdefault(int(row["year"]), set()).add(int(row["ccode"]))
    for year, codes in sorted(by_year.items()):
        first, after = date(year, 1, 1).isoformat(), date(year + 1, 1, 1).isoformat()
        expected = {
            code
            for code, spans in spells.items()
            for span in spans  # type: ignore[attr-defined]
            if span["start"] < after and (span["end"] is None or span["end"] > first)
        }
        if year == 1990:
            expected -= {260, 265, 678, 680}
        assert codes == expected, year


def test_cli_takes_a_scheme(capsys: pytest.CaptureFixture[str]) -> None:
    from shanghai_coop.cli import main

    assert main(["status", "703", "2020-01-01", "--scheme", "cow"]) == 0
    assert capsys.readouterr().out.startswith("Kyrgyzstan (KGZ) on 2020-01-01: member")
    assert main(["history", "KYR", "--scheme", "cow"]) == 0
    assert main(["status", "703", "2020-01-01"]) == 2
    assert "(on the command line: --scheme cow)" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["123", 123, "999", 99999])
def test_a_number_that_is_no_code_says_so_without_proposing_a_scheme(value: object) -> None:
    """Regression: it told the user to say which scheme, where no scheme has the number."""
    with pytest.raises(shanghai_coop.AmbiguousStateError) as info:
        shanghai_coop.resolve(value)  # type: ignore[arg-type]
    message = str(info.value)
    assert info.value.candidates == ()
    assert "is no code in any scheme (Correlates of War code" in message
    assert "say which" not in message
