"""Write the local fallback inventories of intersphinx (``docs/_inventories/*.inv``).

The docs build reads each project's real ``objects.inv`` first and these only when it
cannot (a machine without web access). They hold just the outside objects the docs
reference, with the URI each has in the project's real inventory, so a link from a build
that used them is the same link. Run ``python docs/_inventories/make.py`` (needs sphobjinv,
in the ``docs`` extra) after the docs reference a new outside object; a nitpicky build
names any that is missing.
"""

from __future__ import annotations

import pathlib

import sphobjinv as soi

HERE = pathlib.Path(__file__).parent

#: project -> (project name in the inventory, version, [(name, role, uri)]).
#: A URI ending in "#$" has the object's name as its anchor (sphobjinv's contraction).
OBJECTS: dict[str, tuple[str, str, list[tuple[str, str, str]]]] = {
    "python": (
        "Python",
        "3",
        [
            ("datetime.date", "class", "library/datetime.html#$"),
            ("datetime.datetime", "class", "library/datetime.html#$"),
            ("enum.Enum", "class", "library/enum.html#$"),
            ("collections.abc.Mapping", "class", "library/collections.abc.html#$"),
            ("collections.abc.Sequence", "class", "library/collections.abc.html#$"),
            ("collections.abc.Iterable", "class", "library/collections.abc.html#$"),
            ("os.PathLike", "class", "library/os.html#$"),
            ("typing.Literal", "data", "library/typing.html#$"),
            ("str", "class", "library/stdtypes.html#$"),
            ("int", "class", "library/functions.html#$"),
            ("bool", "class", "library/functions.html#$"),
            ("float", "class", "library/functions.html#$"),
            ("tuple", "class", "library/stdtypes.html#$"),
            ("list", "class", "library/stdtypes.html#$"),
            ("dict", "class", "library/stdtypes.html#$"),
            ("frozenset", "class", "library/stdtypes.html#$"),
            ("bytes", "class", "library/stdtypes.html#$"),
            ("object", "class", "library/functions.html#$"),
            ("LookupError", "exception", "library/exceptions.html#$"),
            ("KeyError", "exception", "library/exceptions.html#$"),
            ("ValueError", "exception", "library/exceptions.html#$"),
            ("TypeError", "exception", "library/exceptions.html#$"),
            ("Exception", "exception", "library/exceptions.html#$"),
            ("ImportError", "exception", "library/exceptions.html#$"),
        ],
    ),
    "pandas": (
        "pandas",
        "2",
        [
            ("pandas.DataFrame", "class", "reference/api/pandas.DataFrame.html#$"),
            ("pandas.Series", "class", "reference/api/pandas.Series.html#$"),
            ("pandas.Timestamp", "class", "reference/api/pandas.Timestamp.html#$"),
        ],
    ),
    "polars": (
        "Polars",
        "1",
        [
            ("polars.DataFrame", "class", "reference/dataframe/index.html#$"),
            ("polars.LazyFrame", "class", "reference/lazyframe/index.html#$"),
        ],
    ),
    "numpy": (
        "NumPy",
        "2",
        [
            ("numpy.ndarray", "class", "reference/generated/numpy.ndarray.html#$"),
            ("numpy.datetime64", "class", "reference/arrays.scalars.html#$"),
        ],
    ),
    "pyarrow": (
        "Apache Arrow",
        "22",
        [("pyarrow.Table", "class", "python/generated/pyarrow.Table.html#$")],
    ),
    "attrs": (
        "attrs",
        "25",
        [
            ("attrs.frozen", "function", "api.html#$"),
            ("attrs.evolve", "function", "api.html#$"),
            ("attrs.asdict", "function", "api.html#$"),
        ],
    ),
}


def main() -> None:
    """Write one ``<project>.inv`` per entry of :data:`OBJECTS`."""
    for key, (project, version, objects) in OBJECTS.items():
        inventory = soi.Inventory()
        inventory.project = project
        inventory.version = version
        for name, role, uri in objects:
            inventory.objects.append(
                soi.DataObjStr(
                    name=name, domain="py", role=role, priority="1", uri=uri, dispname="-"
                )
            )
        text = inventory.data_file(contract=True)
        soi.writebytes(HERE / f"{key}.inv", soi.compress(text))


if __name__ == "__main__":
    main()
