"""The shape of the code: layers that import one way only, no cycles, sizes a reader can hold.

The layers are those of DESIGN section 7 and ``docs/concepts.md`` ("The layout of the
code"): values and parsing, then loading and the data set, then the domain modules, then
the ``Organisation`` facade, then the package's shortcuts and the command line. A module
may import its own layer and those below; every import counts, those inside functions too,
except imports under ``if TYPE_CHECKING:`` (annotations only). A new module must be given a
layer here, which is where the test makes its author decide.
"""

from __future__ import annotations

import ast
import pathlib

import pytest

import shanghai_coop

PACKAGE = pathlib.Path(shanghai_coop.__file__).parent

LAYERS: dict[int, set[str]] = {
    0: {  # values and parsing
        "_enums", "_status", "_state_enums", "errors", "_error_base", "_state_errors", "dates",
        "names", "_args", "_version", "_deprecation", "model", "_fastindex", "_fastnames",
        "_daytable",
        "model._values", "model._states", "model._summits", "model._offices", "model._register",
        "model._documents", "model._grade", "model._answers", "model._sources", "_faststates",
    },
    1: {  # loading, the data set, validation and the linter
        "_load", "_convert", "_index", "_files", "_dataset", "_validate", "_lint", "_lint_rules",
        "_lint_records", "_lint_documents", "_lint_identifiers", "_identifiers", "_fast",
    },
    2: {  # domain modules: the queries, as functions over the data set
        "_membership", "_summits", "rotation", "_offices", "_register", "tables", "_records",
        "_panel", "_bulk", "_bulk_blocks", "plot", "_documents", "_export", "_frames", "_segments",
        "_tablemeta",
    },
    3: {  # the facade
        "_organisation", "_api_status", "_api_summits", "_api_offices", "_api_register",
        "_api_tables", "_api_documents",
    },
    4: {"__init__", "_shortcuts", "cli", "_cli_commands", "__main__"},  # shortcuts, command line
}  # fmt: skip
LAYER = {module: layer for layer, modules in LAYERS.items() for module in modules}


def _modules() -> dict[str, pathlib.Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts[-1] == "__init__" and len(parts) > 1:
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _imports(name: str, path: pathlib.Path) -> set[str]:
    """The package's modules that a module imports, at run time (TYPE_CHECKING aside)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(inner) for statement in node.body for inner in ast.walk(statement))
    package = name.split(".")[:-1] if path.name != "__init__.py" else name.split(".")
    if name == "__init__":
        package = []
    known = set(_modules())
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            target = [*base, *(node.module.split(".") if node.module else [])]
            for alias in node.names:
                submodule = ".".join([*target, alias.name])
                if submodule in known:  # a module imported from its package
                    found.add(submodule)
                else:  # a name defined in the module (or the package) itself
                    found.add(".".join(target) or "__init__")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            module = node.module if isinstance(node, ast.ImportFrom) else None
            for alias in node.names:
                full = module or alias.name
                if full == "shanghai_coop":
                    found.add("__init__")
                elif full.startswith("shanghai_coop."):
                    found.add(full.removeprefix("shanghai_coop."))
    found.discard(name)
    return found


def _graph() -> dict[str, set[str]]:
    return {name: _imports(name, path) for name, path in _modules().items()}


def test_every_module_has_a_layer() -> None:
    assert set(_modules()) == set(LAYER)


def test_no_module_imports_a_higher_layer() -> None:
    upward = [
        f"{module} (layer {LAYER[module]}) imports {target} (layer {LAYER[target]})"
        for module, targets in _graph().items()
        for target in targets
        if LAYER[target] > LAYER[module]
    ]
    assert upward == []


def test_no_import_cycle() -> None:
    graph = _graph()
    cycles: list[list[str]] = []
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            cycles.append([*path[path.index(module) :], module])
            return
        if module in done:
            return
        for target in sorted(graph[module]):
            visit(target, [*path, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
    assert cycles == []


def test_the_walker_sees_inner_and_relative_imports() -> None:
    # The test can fail: an import inside a function counts, one for type checkers does not.
    graph = _graph()
    assert "_convert" in graph["_dataset"]  # imported inside a method
    assert "model" in graph["_dataset"]
    assert "_organisation" not in graph["_api_status"]
    assert "__init__" in graph["cli"]


@pytest.mark.parametrize(("kind", "limit"), [("module", 500), ("class", 300), ("function", 60)])
def test_sizes_a_reader_can_hold(kind: str, limit: int) -> None:
    too_big = []
    for name, path in _modules().items():
        text = path.read_text(encoding="utf-8")
        if "generated" in "\n".join(text.splitlines()[:3]).lower():
            continue  # a generated module, whose source is its generator
        if kind == "module":
            if len(text.splitlines()) > limit:
                too_big.append(f"{name}: {len(text.splitlines())} lines")
            continue
        wanted = ast.ClassDef if kind == "class" else (ast.FunctionDef, ast.AsyncFunctionDef)
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, wanted) and node.end_lineno is not None:
                size = node.end_lineno - node.lineno + 1
                if size > limit:
                    too_big.append(f"{name}:{node.lineno} {node.name}: {size} lines")
    assert too_big == []


MODEL_PROBE = """
import sys
import shanghai_coop.model as model
print("attr" in sys.modules)
from shanghai_coop.model import MemberState
print(sorted(m for m in sys.modules if m.startswith("shanghai_coop.model.")))
"""


def test_the_model_imports_each_area_on_first_use() -> None:
    """``shanghai_coop.model`` imports nothing itself; a name imports its own module only."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", MODEL_PROBE],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    assert result.stdout.splitlines() == [
        "False",
        "['shanghai_coop.model._grade', 'shanghai_coop.model._states', "
        "'shanghai_coop.model._values']",
    ]


def test_every_name_of_the_model_is_what_its_module_defines() -> None:
    import importlib

    from shanghai_coop import model

    assert sorted(model.__all__) == dir(model)
    for name in model.__all__:
        value = getattr(model, name)
        home = importlib.import_module(model._HOMES[name], model.__name__)
        assert value is getattr(home, name)
    with pytest.raises(AttributeError, match="no attribute 'Summitt'"):
        model.Summitt  # type: ignore[attr-defined]  # noqa: B018
