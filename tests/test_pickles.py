"""Pickles written by 0.4.0 load in this version, and enums pickle as 0.4.0's did.

``tests/fixtures/pickles-0.4.0.pickle`` holds values pickled by shanghai_coop 0.4.0 (commit
424d852) with protocol 4: a state and a summit (references to the data they came from, so
they load only on that data), a spell (by value) and one member of each enum. Enums moved to
lighter modules in this version but still name ``shanghai_coop._enums`` in their pickles, so
that either version reads the other's. (``AccessionStep``, ``Answer``, ``Source`` and
``Category`` moved too; 0.4.0's pickles of those by value do not load here: see the
changelog.)
"""

from __future__ import annotations

import io
import pathlib
import pickle

import pytest

import shanghai_coop
from shanghai_coop import DataError

FIXTURE = pathlib.Path(__file__).parent / "fixtures" / "pickles-0.4.0.pickle"
REFERENCES = ("state", "summit")  # they name the data set they came from
NAMES = [
    "state", "spell", "summit", "status", "confidence", "council", "precision",
    "qualifier_kind", "source_kind", "summit_format", "summit_status", "document_kind",
    "accession_step_kind",
]  # fmt: skip


def _fixture() -> dict[str, object]:
    with FIXTURE.open("rb") as handle:
        found: dict[str, object] = pickle.load(handle)  # our own fixture
    return found


def _packaged_fingerprint() -> str:
    from shanghai_coop._dataset import packaged

    return packaged().fingerprint()


def test_the_fixture_is_0_4_0s_and_complete() -> None:
    fixture = _fixture()
    assert fixture["version"] == "0.4.0"
    assert sorted(fixture["values"]) == sorted(NAMES)  # type: ignore[call-overload]


@pytest.mark.parametrize("name", NAMES)
def test_a_0_4_0_pickle_loads(name: str) -> None:
    fixture = _fixture()
    data = fixture["values"][name]  # type: ignore[index]
    expected = fixture["reprs"][name]  # type: ignore[index]
    if name in REFERENCES and fixture["fingerprint"] != _packaged_fingerprint():
        # The data changed since 0.4.0: a state is refused, as documented, not misread.
        with pytest.raises(DataError, match="data changed"):
            pickle.loads(data)
        return
    assert repr(pickle.loads(data)) == expected


def test_enums_pickle_under_their_0_4_0_module() -> None:
    for enum in (shanghai_coop.Status, shanghai_coop.Confidence, shanghai_coop.Precision):
        member = next(iter(enum))
        assert b"shanghai_coop._enums" in pickle.dumps(member, protocol=4)
        assert pickle.loads(pickle.dumps(member)) is member


@pytest.mark.parametrize(
    "name", ["Status", "Confidence", "Precision", "QualifierKind", "SourceKind", "Council"]
)
def test_an_unpickler_finds_each_enum_where_0_4_0_put_it(name: str) -> None:
    found = pickle.Unpickler(io.BytesIO(b"")).find_class("shanghai_coop._enums", name)
    assert found is getattr(shanghai_coop, name)
