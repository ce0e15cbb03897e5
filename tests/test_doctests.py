"""Run every docstring example of the installed package as a doctest."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import shanghai_coop

MODULES = sorted(
    ["shanghai_coop"]
    + [
        f"shanghai_coop.{info.name}"
        for info in pkgutil.walk_packages(shanghai_coop.__path__)
        if info.name != "__main__"
    ]
)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    # The facade's parts document Organisation's methods, whose examples name the class.
    extra = {"Organisation": shanghai_coop.Organisation}
    result = doctest.testmod(module, extraglobs=extra, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"


#: The public typing aliases (``Literal`` types): no object to attach an example to.
_ALIASES = {
    "Ambiguous", "Scheme", "CouncilName", "DocumentKindName", "ExportFormat", "OfficeName",
    "RecordKind", "Rule", "StatusName", "SummitStatusName", "ConfidenceName", "Reading",
}  # fmt: skip


def test_every_public_name_has_an_example() -> None:
    missing = []
    for name in shanghai_coop.__all__:
        obj = getattr(shanghai_coop, name)
        if not callable(obj) or name in _ALIASES:  # typing aliases, described in prose
            continue
        doc = getattr(obj, "__doc__", None) or ""
        if name != "__version__" and ">>>" not in doc:
            missing.append(name)
    assert missing == []
