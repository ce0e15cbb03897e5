"""Regenerate ``src/shanghai_coop/data/collation.json``: Russian collation keys of state names.

The rotation rule orders member states by their Russian short names. The order must come
from a real collation (Unicode Collation Algorithm with the Default Unicode Collation
Element Table, which is CLDR's collation for Russian text: "Ё" sorts as "Е" with a
secondary difference, i.e. just after it), not from code points. Computing UCA keys at run
time would make pyuca (and its 1.4 MB table, about 0.15 s to load) a runtime dependency,
so this maintenance script computes the keys once with pyuca and commits them; the test
suite recomputes them with pyuca and fails on any difference.

Usage (needs the development dependency ``pyuca``)::

    python scripts/update_collation.py && shanghai-coop rehash src/shanghai_coop/data
"""

from __future__ import annotations

import json
import pathlib
import sys

DATA = pathlib.Path(__file__).resolve().parents[1] / "src" / "shanghai_coop" / "data"


def collator():  # type: ignore[no-untyped-def]
    """Return the pyuca collator the committed keys are computed with (DUCET 10.0.0)."""
    from pyuca.collator import Collator_10_0_0

    return Collator_10_0_0()


def keys_for(states: list[dict[str, object]]) -> list[dict[str, object]]:
    """Return the collation records for every state that has a Russian short name."""
    uca = collator()
    out = []
    for state in states:
        names = state["names"]
        assert isinstance(names, dict)
        name = names.get("ru_short")
        if name:
            out.append({"state": state["id"], "name": name, "key": list(uca.sort_key(name))})
    return out


def write(data: pathlib.Path = DATA) -> None:
    """Rewrite ``collation.json`` in a data directory from its ``states.json``."""
    from importlib.metadata import version

    states = json.loads((data / "states.json").read_text(encoding="utf-8"))
    doc = {
        "schema_version": states["schema_version"],
        "data_version": states["data_version"],
        "as_of": states["as_of"],
        "generated_from": {"pyuca": version("pyuca"), "ducet": "10.0.0"},
        "sources": ["pyuca-ducet"],
        "collation": keys_for(states["states"]),
    }
    # One record per line: the keys are long lists of integers.
    records = doc.pop("collation")
    head = json.dumps(doc, ensure_ascii=False, indent=2)[:-2]
    lines = ",\n".join("    " + json.dumps(r, ensure_ascii=False) for r in records)  # type: ignore[arg-type]
    text = f'{head},\n  "collation": [\n{lines}\n  ]\n}}\n'
    json.loads(text)
    (data / "collation.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DATA)
    print("wrote collation.json")
