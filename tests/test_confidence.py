"""The confidence grade: the derivation rule, and a grade on every record of every file."""

from __future__ import annotations

import itertools
import pathlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import shanghai_coop
from conftest import edit_data
from shanghai_coop import Confidence, Organisation, RecordKind, SourceKind
from shanghai_coop._dataset import packaged
from shanghai_coop.model import PartialDate, Variant, derive_confidence
from shanghai_coop.model._grade import SourceInfo, disagrees

P, S, T = SourceKind.PRIMARY, SourceKind.SECONDARY, SourceKind.TERTIARY

source_infos = st.one_of(
    st.none(),
    st.tuples(st.sampled_from(list(SourceKind)), st.sampled_from(["SCO", "TASS", "Xinhua", "W"])),
)
source_lists = st.lists(source_infos, max_size=6)


def _expected(sources: list[SourceInfo | None]) -> Confidence:
    """The rule of docs/data.md, written out independently of the library's function."""
    known = [found for found in sources if found is not None]
    firm = [found for found in known if found[0] is not T]
    if not firm:
        return Confidence.TERTIARY_ONLY
    publishers = {publisher for _, publisher in known}
    return Confidence.VERIFIED if len(publishers) >= 2 else Confidence.SINGLE


@given(source_lists)
def test_rule_over_source_lists(sources: list[SourceInfo | None]) -> None:
    assert derive_confidence(sources) is _expected(sources)


@given(source_lists, st.lists(source_lists, max_size=3), st.booleans())
def test_rule_with_variants_and_inference(
    sources: list[SourceInfo | None], variants: list[list[SourceInfo | None]], inferred: bool
) -> None:
    found = derive_confidence(sources, disagreeing=variants, inferred=inferred)
    firm_variant = any(v is not None and v[0] is not T for group in variants for v in group)
    if inferred:
        assert found is Confidence.INFERRED
    elif firm_variant:
        assert found is Confidence.CONFLICTING
    else:
        assert found is _expected(sources)


@given(source_lists, source_lists)
def test_more_sources_never_make_a_fact_less_firm(
    sources: list[SourceInfo | None], more: list[SourceInfo | None]
) -> None:
    assert derive_confidence(sources + more).rank <= derive_confidence(sources).rank


def test_rule_examples() -> None:
    assert derive_confidence([(T, "Wikipedia"), (S, "TASS")]) is Confidence.VERIFIED
    assert derive_confidence([(T, "Wikipedia"), (T, "Britannica")]) is Confidence.TERTIARY_ONLY
    assert derive_confidence([(S, "TASS"), (P, "TASS")]) is Confidence.SINGLE
    assert derive_confidence([]) is Confidence.TERTIARY_ONLY
    # A seed variant does not make a fact conflicting; a secondary one does.
    assert derive_confidence([(P, "SCO")], disagreeing=[[(T, "W")]]) is Confidence.SINGLE
    assert derive_confidence([(P, "SCO")], disagreeing=[[(S, "H")]]) is Confidence.CONFLICTING


def test_order_and_comparison() -> None:
    assert [c.rank for c in Confidence] == [0, 1, 2, 3, 4]
    assert Confidence.VERIFIED.at_least("single")
    assert not Confidence.CONFLICTING.at_least(Confidence.TERTIARY_ONLY)
    with pytest.raises(ValueError, match="sure"):
        Confidence.VERIFIED.at_least("sure")


def test_variants_disagree_only_when_they_cannot_both_hold() -> None:
    assert not disagrees(PartialDate("2014-09-12"), "2014-09")
    assert disagrees(PartialDate("2004-06-17"), "2004-04-24")
    assert not disagrees(None, "2012-05")
    assert disagrees("application", "interest")


def _all_records() -> dict[str, list[Any]]:
    data = packaged()
    groups: dict[str, list[Any]] = {
        "spells": list(data.spells()),
        "qualifiers": [q for s in data.spells() for q in s.qualifiers],
        "summits": list(data.summits()),
        "chairmanships": list(data.chairmanships()),
        "terms": list(data.terms()),
        "people": list(data.people()),
        "offices": list(data.offices()),
        "rosters": list(data.rosters()),
        "roster entries": [e for r in data.rosters() for e in r.entries],
        "documents": list(data.documents()),
        "accession steps": list(data.accession_steps()),
        "states": list(data.states()),
    }
    for org in ("SCO", "S5"):
        record = data.organisation(org)
        for name in ("applications", "relations", "guests", "categories", "bodies"):
            groups[f"{org} {name}"] = list(getattr(record, name))
    return groups


def test_every_record_of_every_file_has_a_grade_from_its_data() -> None:
    for name, records in _all_records().items():
        for record in records:
            assert record._grade is not None, (name, record)
            assert isinstance(record.confidence, Confidence)


def test_grades_in_the_packaged_data(sco: Organisation) -> None:
    # The observer category: two primary texts against HRIC's secondary 24 April.
    observer = next(c for c in sco.categories if c.status.value == "observer")
    assert observer.confidence is Confidence.CONFLICTING
    # Russia's chair from 12 September 2014: the day is deduced from the end of Tajikistan's.
    russia = next(c for c in sco.chairmanships() if c.id == "chair/SCO-CHS-2015")
    assert russia.inferred
    assert russia.confidence is Confidence.INFERRED
    # UN GA resolution 71/14: dated from "on Monday" in a report of 24 November 2016.
    assert sco.document("un-ga-71-14").confidence is Confidence.INFERRED
    # Bishkek 2026 rests on People's Daily alone.
    assert sco.summit(2026).confidence is Confidence.SINGLE
    assert sco.chair(on="2025-01-01").confidence is Confidence.VERIFIED


def test_a_document_grades_its_entry_into_force_apart(sco: Organisation) -> None:
    charter = sco.document("sco-charter-2002")
    assert charter.confidence_of("date") is Confidence.VERIFIED
    assert charter.confidence_of("in_force") is Confidence.SINGLE
    assert charter.confidence is Confidence.SINGLE  # the least firm wins


def test_a_record_built_by_hand_is_graded_as_if_its_sources_were_tertiary() -> None:
    assert Variant("start", "2015", ("x",)).__class__ is Variant  # not graded
    spell = shanghai_coop.history("India")[0]
    rebuilt = type(spell)(**{
        a: getattr(spell, a) for a in ("id", "organisation", "state", "status", "start", "end")
    }, sources=spell.sources)  # fmt: skip
    assert rebuilt.confidence is Confidence.TERTIARY_ONLY


def test_a_source_made_tertiary_lowers_the_grade(data_copy: pathlib.Path) -> None:
    def tertiary(document: dict[str, Any]) -> None:
        for source in document["sources"]:
            source["kind"] = "tertiary"

    edit_data(data_copy, "sources.json", tertiary)
    copy = Organisation.load(data_copy)
    assert {s.confidence for s in copy.history("India")} <= {
        Confidence.TERTIARY_ONLY,
        Confidence.INFERRED,
    }


def test_inferred_must_be_a_boolean(data_copy: pathlib.Path) -> None:
    def bad(document: dict[str, Any]) -> None:
        document["chairmanships"][0]["inferred"] = 1

    edit_data(data_copy, "councils.json", bad)
    with pytest.raises(shanghai_coop.DataError, match="inferred"):
        Organisation.load(data_copy).chairmanships()


@pytest.mark.parametrize(
    "kind", ["spells", "states", "summits", "terms", "relations", "applications", "rosters"]
)
def test_every_record_table_has_a_confidence_column(sco: Organisation, kind: RecordKind) -> None:
    table = sco.records(kind)
    assert "confidence" in table.columns
    assert {row["confidence"] for row in table} <= {c.value for c in Confidence}


def test_the_panel_has_a_confidence_column_and_filters_on_it(sco: Organisation) -> None:
    panel = sco.country_year(2001, 2025)
    assert "confidence" in panel.columns
    grades = {row["confidence"] for row in panel}
    assert "conflicting" in grades
    firm = sco.country_year(2001, 2025, min_confidence="verified")
    assert 0 < len(firm) < len(panel)
    assert {row["confidence"] for row in firm} <= {"verified", None}
    assert len(sco.country_year(2001, 2025, min_confidence=Confidence.INFERRED)) == len(panel)
    with pytest.raises(shanghai_coop.InvalidArgumentError, match="min_confidence"):
        sco.country_year(2001, 2002, min_confidence="sure")  # type: ignore[arg-type]


def test_spells_table_reports_possible_qualifiers(sco: Organisation) -> None:
    rows = [r for r in sco.records("spells") if r["state"] == "AFG"]
    assert any(r["possible_qualifiers"] == "inactive 2021-09-01..2021-09-30" for r in rows)


def test_cli_shows_grades_and_possible_qualifiers(capsys: pytest.CaptureFixture[str]) -> None:
    from shanghai_coop.cli import main

    assert main(["status", "Afghanistan", "2021-09-10"]) == 0
    out = capsys.readouterr().out
    assert "confidence: verified" in out
    assert "possible qualifier: inactive" in out
    assert main(["history", "India"]) == 0
    assert "confidence" in capsys.readouterr().out


def test_bulk_lookups_blank_answers_below_min_confidence(sco: Organisation) -> None:
    weak = next(
        (state.id, spell.start.latest)
        for state in sco.states
        for spell in sco.history(state)
        if not spell.confidence.at_least("verified")
    )
    states, days = [weak[0], "India", "France"], [weak[1]] * 3
    plain = sco.status_of_many(states, days)
    assert None not in plain
    firm = sco.status_of_many(states, days, min_confidence="verified")
    assert firm == (None, plain[1], plain[2])
    assert sco.status_of_many(states, days, min_confidence="inferred") == plain
    assert shanghai_coop.status_of_many(states, days, min_confidence="verified") == firm
    with pytest.raises(shanghai_coop.InvalidArgumentError, match="min_confidence"):
        sco.status_of_many(states, days, min_confidence="sure")  # type: ignore[call-overload]


def test_bulk_filter_keeps_the_shape_of_numpy_and_pandas_answers(sco: Organisation) -> None:
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    weak = next(
        (state.id, spell.start.latest)
        for state in sco.states
        for spell in sco.history(state)
        if not spell.confidence.at_least("verified")
    )
    array = sco.status_of_many(
        np.array([weak[0], "IND"]), np.datetime64(weak[1]), min_confidence="verified"
    )
    assert array[0] is None
    assert array[1] is not None
    series = sco.status_of_many(
        pd.Series([weak[0], "IND"]), pd.Series([weak[1]] * 2), min_confidence="verified"
    )
    assert series.isna().tolist() == [True, False]


def test_cli_lists_show_grades(capsys: pytest.CaptureFixture[str]) -> None:
    from shanghai_coop.cli import main

    assert main(["summits", "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "confidence" in out.splitlines()[1]
    assert "single" in out  # Bishkek 2026 rests on People's Daily alone
    assert main(["terms"]) == 0
    assert "confidence" in capsys.readouterr().out
    assert main(["who", "secretary_general", "--on", "2020-01-01"]) == 0
    assert "confidence: " in capsys.readouterr().out


def test_grades_are_made_on_first_need_and_travel_with_a_copy(data_copy: pathlib.Path) -> None:
    import copy
    import pickle

    copy_org = Organisation.load(data_copy)
    data = copy_org._scope.data
    spell = copy_org.history("India")[0]
    assert "source_info" not in data._parts  # no grade asked for: sources.json not read
    document = copy_org.document("un-ga-71-14")
    for record in (spell, document, copy_org.applications()[0]):
        clone = pickle.loads(pickle.dumps(record))
        assert clone.confidence is record.confidence
        assert copy.copy(record).confidence is record.confidence
    assert "source_info" in data._parts
    assert document.confidence is Confidence.INFERRED


def test_the_grades_docs_data_md_states_are_the_derived_ones(sco: Organisation) -> None:
    """The tables of facts in docs/data.md give each record's grade; the rule must agree."""
    import re

    records: dict[str, Any] = {}
    for group in (sco.documents(), sco.accession_steps(), sco.chairmanships(), sco.rosters()):
        records.update({r.id: r for r in group})
    records.update({a.id: a for a in sco.applications()})
    text = (pathlib.Path(__file__).parents[1] / "docs" / "data.md").read_text(encoding="utf-8")
    start = text.index("### Every fact added or changed in data 2026.12.1")
    header: list[str] | None = None
    checked = 0
    for line in text[start : text.index("## Identifiers", start)].splitlines():
        if not line.startswith("|"):
            header = None
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if header is None:
            header = cells
            continue
        found = re.match(r"`([^`]+)`(.*)", cells[0])
        if "grade" not in header or not found or found.group(1) not in records:
            continue
        record = records[found.group(1)]
        if getattr(record, "inferred", False):
            continue  # graded `inferred` since data 2026.12.3; the table says so
        # An application's row grades the application; its outcome has its own column.
        field = "in_force" if "in force" in found.group(2) else "date"
        derived = record.confidence_of(field) if hasattr(record, "date") else record.confidence
        assert cells[header.index("grade")].split()[0] == derived.value, found.group(1)
        checked += 1
    assert checked > 100


def test_evolve_regrades_from_the_new_fields(sco: Organisation) -> None:
    """An evolved record is graded on its own fields and the sources it carries.

    Regression: ``attrs.evolve`` of a graded record gave ``tertiary_only`` (its look-up of
    sources was dropped, so it was graded as built by hand).
    """
    import attrs

    for spell in sco.history("Iran"):
        assert attrs.evolve(spell, note="edited").confidence is spell.confidence
    spell = sco.history("Iran")[0]
    tertiary = [s for s in spell.sources if s.startswith("wikipedia")]
    assert attrs.evolve(spell, sources=tuple(tertiary)).confidence is Confidence.TERTIARY_ONLY


def test_confidence_of_a_field_the_record_lacks_is_refused(sco: Organisation) -> None:
    """Regression: a misspelt field silently gave the record's main grade."""
    charter = sco.document("sco-charter-2002")
    with pytest.raises(shanghai_coop.InvalidArgumentError, match="in_forse"):
        charter.confidence_of("in_forse")
    assert charter.confidence_of("in_force") is Confidence.SINGLE


def test_grades_order_by_firmness_not_by_text() -> None:
    """Regression: ``Confidence.TERTIARY_ONLY >= Confidence.SINGLE`` was True (str order)."""
    grades = list(Confidence)
    for firmer, less in itertools.pairwise(grades):
        assert firmer > less
        assert less < firmer
        assert firmer >= less
        assert not firmer <= less
    assert sorted(Confidence) == grades[::-1]
    assert max(Confidence) is Confidence.VERIFIED
    assert Confidence.SINGLE < "verified"
    with pytest.raises(shanghai_coop.InvalidArgumentError, match="bogus"):
        Confidence.SINGLE.at_least("bogus")
    with pytest.raises(shanghai_coop.InvalidArgumentError, match="grade"):
        assert Confidence.SINGLE < "sure"
    with pytest.raises(TypeError):
        assert Confidence.SINGLE < 3
