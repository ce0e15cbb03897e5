"""Validating a user's copy of the data against the JSON Schemas shipped with the package.

The schemas in ``shanghai_coop/data/schema/`` are the one statement of the file formats:
types, required and allowed fields, enumerations, patterns and ranges. A copy is checked
against them by ``jsonschema`` (the extra ``validate``), every problem of every file at once;
the data linter (:mod:`._lint`) then checks only what crosses records. The packaged data is
validated by the package's own test suite and checked by its checksums, so the default path
never imports ``jsonschema``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from ._load import DATA_FILES, META_FILE, RawData
from .errors import DataError, MissingExtraError

__all__ = ["schema", "validate"]


def schema(file: str) -> dict[str, Any]:
    """Return the JSON Schema shipped for a data file (``"spells.json"``).

    Raises:
        KeyError: ``file`` is not a data file.
    """
    if file != META_FILE and file not in DATA_FILES:
        raise KeyError(file)
    from importlib.resources import files

    name = file.removesuffix(".json") + ".schema.json"
    text = files("shanghai_coop").joinpath(f"data/schema/{name}").read_text(encoding="utf-8")
    found: dict[str, Any] = json.loads(text)
    return found


def validate(raw: RawData) -> None:
    """Validate every file of a data set against its schema.

    Args:
        raw: The data set's parsed documents.

    Raises:
        MissingExtraError: ``jsonschema`` is not installed (extra ``validate``).
        DataError: Every problem of every file, each naming the file, the JSON path of the
            field (``$.spells[12].status``) and the record's id.
    """
    try:
        import jsonschema
    except ImportError:
        raise MissingExtraError("jsonschema", "validate") from None
    problems: list[str] = []
    from jsonschema.exceptions import best_match

    for file in (META_FILE, *DATA_FILES):
        document = raw.meta if file == META_FILE else raw.document(file)
        validator = jsonschema.Draft202012Validator(schema(file))
        # One problem per faulty value; for "any of" rules, the alternative that came closest.
        errors = [best_match([error]) for error in validator.iter_errors(document)]
        errors.sort(key=lambda e: _path(e.absolute_path))
        problems += [f"{file}: {_describe(error, document)}" for error in errors]
    if problems:
        raise DataError(raw.origin if raw.origin != "package" else "the packaged data", problems)


def _path(parts: Iterable[object]) -> str:
    """A JSON path in the form the library's messages use: ``$.spells[12].status``."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _describe(error: Any, document: Mapping[str, Any]) -> str:
    parts = list(error.absolute_path)
    message = f"{_path(parts)}: {error.message}"
    if len(parts) >= 2 and isinstance(parts[0], str) and isinstance(parts[1], int):
        records = document.get(parts[0])
        record = records[parts[1]] if isinstance(records, list) else None
        if isinstance(record, Mapping) and isinstance(record.get("id"), str):
            message += f" (record {record['id']!r})"
    return message
