"""The public API: a snapshot that fails on any change, typing checks, deprecations.

Renaming or removing a public function, changing a signature, an enum value, a table column
or a command-line option makes ``test_api_snapshot`` fail until the snapshot is updated on
purpose with ``UPDATE_SNAPSHOTS=1 pytest tests/test_api.py`` (and the change is listed in
the CHANGELOG).
"""

from __future__ import annotations

import argparse
import enum
import inspect
import json
import os
import pathlib
import warnings
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import shanghai_coop
from shanghai_coop.tables import COLUMNS

SNAPSHOT = pathlib.Path(__file__).parent / "snapshots" / "api.json"


def _members(cls: type) -> dict[str, str]:
    # Every public member, inherited ones too (Organisation is assembled from area parts).
    found: dict[str, object] = {}
    for klass in reversed(cls.__mro__[:-1]):
        found.update(vars(klass))
    out = {}
    for name, member in sorted(found.items()):
        if name.startswith("_") and name not in ("__init__",):
            continue
        if isinstance(member, property):
            out[name] = "property"
        elif isinstance(member, (classmethod, staticmethod)):
            out[name] = str(inspect.signature(member.__func__))
        elif inspect.isfunction(member):
            out[name] = str(inspect.signature(member))
    return out


def _cli() -> dict[str, list[str]]:
    from shanghai_coop.cli import _parser

    parser = _parser()
    out = {"": sorted(o for a in parser._actions for o in a.option_strings)}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in sorted(action.choices.items()):
                out[name] = sorted(o for a in sub._actions for o in (a.option_strings or [a.dest]))
    return out


def api() -> dict[str, Any]:
    """Describe the public API as plain data."""
    snapshot: dict[str, Any] = {"all": sorted(shanghai_coop.__all__), "objects": {}}
    for name in sorted(shanghai_coop.__all__):
        if name == "__version__":
            continue
        obj = getattr(shanghai_coop, name)
        if isinstance(obj, type) and issubclass(obj, enum.Enum):
            snapshot["objects"][name] = {"enum": [m.value for m in obj]}
        elif isinstance(obj, type) and issubclass(obj, BaseException):
            snapshot["objects"][name] = {
                "exception": [b.__name__ for b in obj.__mro__[1:] if b is not object]
            }
        elif isinstance(obj, type) and attrs.has(obj):
            snapshot["objects"][name] = {
                "fields": [f.name for f in attrs.fields(obj) if not f.name.startswith("_")],
                "members": _members(obj),
            }
        elif isinstance(obj, type):
            snapshot["objects"][name] = {"members": _members(obj)}
        else:
            snapshot["objects"][name] = {"signature": str(inspect.signature(obj))}
    snapshot["columns"] = {kind: list(columns) for kind, columns in COLUMNS.items()}
    snapshot["cli"] = _cli()
    return snapshot


def test_api_snapshot() -> None:
    current = api()
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(json.dumps(current, indent=1, ensure_ascii=False) + "\n", "utf-8")
    assert json.loads(SNAPSHOT.read_text(encoding="utf-8")) == current


def test_a_rename_fails_the_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    """The snapshot test can fail: renaming a public function changes the description."""
    before = api()
    renamed = [n if n != "status_of" else "status_on" for n in shanghai_coop.__all__]
    monkeypatch.setattr(shanghai_coop, "__all__", renamed)
    monkeypatch.setattr(shanghai_coop, "status_on", shanghai_coop.status_of, raising=False)
    assert api() != before


def test_deprecated_names_warn_and_work(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(shanghai_coop._DEPRECATED, "status_on", "status_of")
    with pytest.warns(DeprecationWarning, match=r"status_on is deprecated; use .*status_of"):
        old = shanghai_coop.status_on  # type: ignore[attr-defined]
    assert old is shanghai_coop.status_of
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert shanghai_coop.status_of("Iran", "2023-07-04") is shanghai_coop.Status.MEMBER


@pytest.mark.parametrize(
    ("cls", "value", "old", "new"),
    [
        ("MemberState", lambda: shanghai_coop.resolve("Iran"), "iso3", "iso_alpha3"),
        ("Summit", lambda: shanghai_coop.summit(2024), "place", "city"),
        ("Organisation", shanghai_coop.organisation, "short_name", "abbreviation"),
        ("Table", lambda: shanghai_coop.records("states"), "columns_", "columns"),
    ],
)
def test_renamed_attributes_warn_and_work(
    monkeypatch: pytest.MonkeyPatch, cls: str, value: Callable[[], object], old: str, new: str
) -> None:
    klass = getattr(shanghai_coop, cls)
    monkeypatch.setattr(klass, "_RENAMED", {old: new})
    found = value()
    with pytest.warns(DeprecationWarning, match=rf"{cls}\.{old} is deprecated; use {cls}\.{new}"):
        assert getattr(found, old) == getattr(found, new)
    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        getattr(found, "nonsense")  # noqa: B009
    monkeypatch.setattr(klass, "_RENAMED", {})
    with pytest.raises(AttributeError, match=old):
        getattr(found, old)
