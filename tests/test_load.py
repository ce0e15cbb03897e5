"""Loading a user's copy of the data: every kind of fault is a DataError naming the place."""

from __future__ import annotations

import pathlib
from collections.abc import Callable
from typing import Any

import pytest

import shanghai_coop
from conftest import edit_data as edit
from shanghai_coop import DataError, Organisation
from shanghai_coop._load import write_meta


def spell(document: dict[str, Any], spell_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(s for s in document["spells"] if s["id"] == spell_id)
    return found


def test_an_unchanged_copy_loads_and_answers(data_copy: pathlib.Path) -> None:
    org = Organisation.load(data_copy)
    assert org.status_of("Iran", "2023-07-04") is shanghai_coop.Status.MEMBER
    assert org.data_version == shanghai_coop.data_version()
    assert repr(org).startswith("<Organisation SCO: Shanghai Cooperation Organisation; data")


def test_a_corrected_copy_changes_the_answer(data_copy: pathlib.Path) -> None:
    edit(
        data_copy,
        "spells.json",
        lambda d: spell(d, "SCO/IRN/member/2023-07-04").update(note="edited by a user"),
    )
    org = Organisation.load(data_copy)
    assert org.history("Iran")[-1].note == "edited by a user"
    # The shared packaged data is untouched.
    assert shanghai_coop.history("Iran")[-1].note is None


@pytest.mark.parametrize(
    ("name", "change", "expected"),
    [
        (
            "spells.json",
            lambda d: spell(d, "SCO/IRN/member/2023-07-04").update(start="2023-13-04"),
            ["spells.json", "$.spells[", ".start", "SCO/IRN/member/2023-07-04", "no such"],
        ),
        (
            "spells.json",
            lambda d: spell(d, "SCO/IRN/member/2023-07-04").pop("status"),
            ["$.spells[", "'status' is a required property", "SCO/IRN/member/2023-07-04"],
        ),
        (
            "spells.json",
            lambda d: spell(d, "SCO/IRN/member/2023-07-04").update(status="full member"),
            [".status", "'full member' is not one of"],
        ),
        (
            "spells.json",
            lambda d: spell(d, "SCO/IRN/member/2023-07-04").update(colour="green"),
            ["Additional properties are not allowed", "colour"],
        ),
        (
            "spells.json",
            lambda d: spell(d, "SCO/IRN/member/2023-07-04").update(sources="wikipedia-sco"),
            [".sources", "is not of type 'array'"],
        ),
        (
            "spells.json",
            lambda d: spell(d, "SCO/IRN/member/2023-07-04").update(state="XXX"),
            ["SCO/IRN/member/2023-07-04", "state 'XXX' is not in states.json"],
        ),
        (
            "spells.json",
            lambda d: spell(d, "SCO/IRN/member/2023-07-04").update(start="2023-06-01"),
            ["SCO/IRN/observer/2005-07-05 overlaps SCO/IRN/member/2023-07-04"],
        ),
        (
            "spells.json",
            lambda d: spell(d, "SCO/IRN/member/2023-07-04").update(sources=["nowhere"]),
            ["SCO/IRN/member/2023-07-04", "unknown source 'nowhere'"],
        ),
        (
            "spells.json",
            lambda d: spell(d, "SCO/IRN/member/2023-07-04").update(sources=[]),
            ["SCO/IRN/member/2023-07-04", ".sources", "should be non-empty"],
        ),
        (
            "spells.json",
            lambda d: spell(d, "SCO/MNG/observer/2004-06-17").update(start="1999"),
            ["status 'observer' did not exist", "SCO/MNG/observer/2004-06-17"],
        ),
        (
            "spells.json",
            lambda d: spell(d, "SCO/IND/observer/2005-07-05")["qualifiers"][0].update(
                end="2018-01-01"
            ),
            ["SCO/IND/observer/2005-07-05 qualifier accession_process", "ends after the spell"],
        ),
        (
            "spells.json",
            lambda d: d["spells"].append(dict(spell(d, "SCO/IRN/member/2023-07-04"))),
            ["id 'SCO/IRN/member/2023-07-04' is used 2 times"],
        ),
        (
            "states.json",
            lambda d: d["states"][0]["aliases"].append("France"),
            ["denotes both"],
        ),
        (
            "states.json",
            lambda d: d["states"][0].update(cow_code="700"),
            ["$.states[0].cow_code", "is not of type 'integer'"],
        ),
        (
            "sources.json",
            lambda d: d["sources"][0].update(accessed="yesterday"),
            ["$.sources[0].accessed", "does not match"],
        ),
    ],
)
def test_faults_are_reported_with_file_record_and_field(
    data_copy: pathlib.Path,
    name: str,
    change: Callable[[dict[str, Any]], None],
    expected: list[str],
) -> None:
    edit(data_copy, name, change)
    with pytest.raises(DataError) as info:
        Organisation.load(data_copy)
    message = "\n".join(info.value.problems) + "\n" + str(info.value)
    for fragment in expected:
        assert fragment in message


def test_bad_json_names_line_and_column(data_copy: pathlib.Path) -> None:
    (data_copy / "spells.json").write_text('{"spells": [', encoding="utf-8")
    write_meta(data_copy)
    with pytest.raises(DataError, match=r"spells\.json: line 1 column 13: invalid JSON"):
        Organisation.load(data_copy)


def test_wrong_checksum(data_copy: pathlib.Path) -> None:
    text = (data_copy / "states.json").read_text(encoding="utf-8")
    (data_copy / "states.json").write_text(text.replace("Kirghizia", "Kirgizia!"), encoding="utf-8")
    with pytest.raises(DataError, match=r"states\.json: SHA-256 .* does not match"):
        Organisation.load(data_copy)


def test_byte_order_mark_is_rejected_clearly(data_copy: pathlib.Path) -> None:
    blob = (data_copy / "sources.json").read_bytes()
    (data_copy / "sources.json").write_bytes(b"\xef\xbb\xbf" + blob)
    write_meta(data_copy)
    with pytest.raises(DataError, match="byte-order mark"):
        Organisation.load(data_copy)


def test_not_utf8(data_copy: pathlib.Path) -> None:
    (data_copy / "sources.json").write_bytes('{"é": 1}'.encode("latin-1"))
    write_meta(data_copy)
    with pytest.raises(DataError, match="not UTF-8"):
        Organisation.load(data_copy)


def test_missing_file_and_missing_directory(data_copy: pathlib.Path) -> None:
    (data_copy / "spells.json").unlink()
    with pytest.raises(DataError, match=r"spells\.json: file is missing"):
        Organisation.load(data_copy)
    with pytest.raises(DataError, match="not a directory"):
        Organisation.load(data_copy / "nowhere")


def test_header_mismatch(data_copy: pathlib.Path) -> None:
    edit(data_copy, "spells.json", lambda d: d.update(data_version="1999.1.0"))
    with pytest.raises(DataError, match=r"\$\.data_version: '1999\.1\.0' differs"):
        Organisation.load(data_copy)


def test_all_problems_are_reported_at_once(data_copy: pathlib.Path) -> None:
    def two_faults(d: dict[str, Any]) -> None:
        spell(d, "SCO/IRN/member/2023-07-04").update(sources=["nowhere"])
        spell(d, "SCO/IND/member/2017-06-09").update(sources=["elsewhere"])

    edit(data_copy, "spells.json", two_faults)
    with pytest.raises(DataError) as info:
        Organisation.load(data_copy)
    unknown = [p for p in info.value.problems if "unknown source" in p]
    assert len(unknown) == 2


def test_a_failed_load_leaves_the_shared_data_intact(data_copy: pathlib.Path) -> None:
    before = shanghai_coop.status_of("Iran", "2023-07-04")
    edit(data_copy, "spells.json", lambda d: d["spells"].clear())
    (data_copy / "states.json").write_text("{", encoding="utf-8")
    with pytest.raises(DataError):
        Organisation.load(data_copy)
    assert shanghai_coop.status_of("Iran", "2023-07-04") is before
