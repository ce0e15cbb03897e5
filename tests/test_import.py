"""Importing the package is cheap: no data file is opened, nothing heavy is imported."""

from __future__ import annotations

import importlib
import pathlib
import subprocess
import sys
import textwrap

import pytest

import shanghai_coop

PROBE = textwrap.dedent(
    """
    import sys
    opened = []
    def audit(event, args):
        if event == "open" and isinstance(args[0], str) and args[0].endswith(".json"):
            opened.append(args[0])
    sys.addaudithook(audit)
    import shanghai_coop
    heavy = sorted(m for m in ("attrs", "attr", "cattrs", "pandas", "numpy", "json")
                   if m in sys.modules)
    print("opened-at-import", opened)
    print("heavy-at-import", heavy)
    shanghai_coop.status_of("Iran", "2023-07-04")
    print("opened-after-query", len(opened) > 0)
    print("attrs-after-query", "attrs" in sys.modules or "attr" in sys.modules)
    print("cattrs-after-query", "cattrs" in sys.modules)
    """
)


def _run() -> dict[str, str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, encoding="utf-8", check=True
    )
    return dict(line.split(" ", 1) for line in result.stdout.splitlines())


def test_import_opens_no_data_and_imports_nothing_heavy() -> None:
    seen = _run()
    assert seen["opened-at-import"] == "[]"
    assert seen["heavy-at-import"] == "[]"
    # The first status query answers from the generated index: no JSON, no attrs or cattrs.
    assert seen["opened-after-query"] == "False"
    assert seen["attrs-after-query"] == "False"
    assert seen["cattrs-after-query"] == "False"


def test_public_surface() -> None:
    assert dir(shanghai_coop) == sorted(shanghai_coop.__all__)
    # __all__ lists exactly the public functions defined in the package and the lazy names.
    defined = {
        name
        for name, value in vars(shanghai_coop).items()
        if callable(value)
        and not name.startswith("_")
        and getattr(value, "__module__", "") == "shanghai_coop"
    }
    lazy = _type_checking_imports()
    assert set(shanghai_coop.__all__) == defined | set(lazy) | {"__version__"}
    # Each lazy name is, at run time, the very object the type checker is told it is.
    for name, module in lazy.items():
        home = importlib.import_module(module, "shanghai_coop")
        assert getattr(shanghai_coop, name) is getattr(home, name), name
    from importlib.metadata import version

    assert shanghai_coop.__version__ == version("shanghai_coop")
    assert shanghai_coop.__version__.count(".") == 2


def _type_checking_imports() -> dict[str, str]:
    """The names ``__init__.py`` imports for type checkers, and the module of each."""
    import ast

    tree = ast.parse(pathlib.Path(shanghai_coop.__file__).read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    return {
        alias.asname or alias.name: "." * node.level + (node.module or "")
        for node in block.body
        if isinstance(node, ast.ImportFrom) and node.level == 1
        for alias in node.names
    }


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        shanghai_coop.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_error_hierarchy() -> None:
    from shanghai_coop import errors

    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, shanghai_coop.ShanghaiCoopError), name
        builtins = [
            b
            for b in cls.__mro__
            if b.__module__ == "builtins" and b not in (object, BaseException, Exception)
        ]
        if cls is not shanghai_coop.ShanghaiCoopError:
            assert builtins, f"{name} inherits no builtin a caller would catch"
