"""Reading the data files: packaged (``importlib.resources``) or a user's copy.

Stage one, :func:`read`, is cheap and attrs-free: it reads the files as UTF-8, parses the
JSON and checks the headers; for a user's copy it also checks the SHA-256 of every file
against ``_meta.json`` (the packaged files' checksums are verified by the test suite and by
``shanghai-coop verify``, not on every import). Its result is
enough to answer status queries. Stage two, :func:`shanghai_coop._structure.structure`,
turns the documents into attrs objects through a strict cattrs converter and runs the data
linter; it runs eagerly for a user's copy and lazily, on first need, for the packaged data
(which the test suite has already validated).
"""

from __future__ import annotations

import _thread
import json
import os
from collections.abc import Callable, Mapping
from typing import Any

from .dates import parse_edtf
from .errors import DataError

__all__ = [
    "DATA_FILES",
    "META_FILE",
    "SCHEMA_VERSION",
    "RawData",
    "checksums",
    "read",
    "write_meta",
]

SCHEMA_VERSION = 2
META_FILE = "_meta.json"
#: The data files and the keys of each file's lists of records (the first is the main one).
DATA_FILES: Mapping[str, tuple[str, ...]] = {
    "sources.json": ("sources",),
    "organisations.json": ("organisations",),
    "states.json": ("states",),
    "countries.json": ("countries",),
    "identifiers.json": ("identifiers", "former_states"),
    "aliases.json": ("aliases", "ambiguous"),
    "spells.json": ("spells",),
    "summits.json": ("summits",),
    "offices.json": ("offices", "people", "terms"),
    "councils.json": ("rosters", "chairmanships"),
    "documents.json": ("documents", "accession"),
    "collation.json": ("collation",),
}
_HEADER_KEYS = ("schema_version", "data_version", "as_of")
_PACKAGE = "shanghai_coop"


class RawData:
    """The parsed JSON documents of one data set, checked for integrity but not structure.

    A user's copy is read whole and checksummed at once. The packaged data is read file by
    file on first need (the first status query needs neither the sources nor the list of
    all ISO countries); its checksums are verified by the test suite, not on every import.

    Attributes:
        origin: ``"package"`` or the directory the files came from.
        meta: The parsed ``_meta.json``.
    """

    __slots__ = ("_documents", "_lock", "_reader", "_verify", "meta", "origin")
    origin: str
    meta: dict[str, Any]

    def __init__(
        self,
        origin: str,
        meta: dict[str, Any],
        reader: Callable[[str], bytes],
        verify: bool,
    ) -> None:
        self.origin = origin
        self.meta = meta
        self._reader = reader
        self._verify = verify
        self._documents: dict[str, Any] = {}
        self._lock = _thread.allocate_lock()

    def document(self, file: str) -> dict[str, Any]:
        """Return one parsed document, reading it on first call (thread-safe)."""
        found = self._documents.get(file)
        if found is None:
            with self._lock:
                found = self._documents.get(file)
                if found is None:
                    found = self._load(file)
                    self._documents[file] = found
        return found

    def records(self, file: str, key: str | None = None) -> list[dict[str, Any]]:
        """Return a list of records of one file (by default its main list)."""
        records: list[dict[str, Any]] = self.document(file)[key or DATA_FILES[file][0]]
        return records

    def where(self, file: str) -> str:
        """Return the name to show for a file in messages."""
        return file if self.origin == "package" else os.path.join(self.origin, file)

    def _load(self, name: str) -> dict[str, Any]:
        where = self.where(name)
        blob = _read(self._reader, self.where, name)
        if self._verify:
            import hashlib

            digest = hashlib.sha256(blob).hexdigest()
            expected = self.meta["files"].get(name)
            if expected is None:
                raise DataError(self.where(META_FILE), [f"$.files: no checksum for {name}"])
            if expected != digest:
                raise DataError(
                    where,
                    [
                        f"SHA-256 {digest} does not match {expected!r} in {META_FILE}; if you"
                        " edited the file on purpose, run `shanghai-coop rehash DIRECTORY`"
                    ],
                )
        document = _parse(where, blob, strict=self._verify)
        if not isinstance(document, dict):
            raise DataError(where, ["$: expected a JSON object"])
        for header in _HEADER_KEYS:
            value, expected = document.get(header), self.meta.get(header)
            if value != expected or type(value) is not type(expected):
                raise DataError(
                    where,
                    [
                        f"$.{header}: {document.get(header)!r} differs from"
                        f" {self.meta.get(header)!r} in {META_FILE}"
                    ],
                )
        for key in DATA_FILES[name]:
            if not isinstance(document.get(key), list):
                raise DataError(where, [f"$.{key}: expected a list of records"])
            for index, record in enumerate(document[key]):
                if not isinstance(record, dict):
                    raise DataError(where, [f"$.{key}[{index}]: expected a JSON object"])
        return document


#: The largest data file read (the largest shipped is well under 1 MiB): a bound, so that a
#: file replaced by a link to /dev/zero or by a huge file is refused, not read into memory.
MAX_FILE_BYTES = 32 * 1024 * 1024


def _packaged_reader() -> Callable[[str], bytes]:
    from importlib.resources import files

    root = files(_PACKAGE).joinpath("data")

    def read_bytes(name: str) -> bytes:
        resource = root.joinpath(name)
        if isinstance(resource, os.PathLike):  # an installed file, not one inside a zip
            return _bounded(os.fspath(resource))
        with resource.open("rb") as handle:
            return _at_most(handle.read(MAX_FILE_BYTES + 1))

    return read_bytes


def _bounded(path: str) -> bytes:
    """The bytes of a regular file under the size bound; anything else is an ``OSError``."""
    import stat

    found = os.stat(path)  # follows links: a link to a device or a pipe is refused here
    if not stat.S_ISREG(found.st_mode):
        raise OSError(f"not a regular file (a link to a device, a pipe or a directory?): {path}")
    with open(path, "rb") as handle:
        return _at_most(handle.read(MAX_FILE_BYTES + 1))


def _at_most(blob: bytes) -> bytes:
    if len(blob) > MAX_FILE_BYTES:
        raise OSError(
            f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB, too large for a data file"
        )
    return blob


def _directory_reader(path: str | os.PathLike[str]) -> Callable[[str], bytes]:
    directory = os.fspath(path)
    if not os.path.isdir(directory):
        raise DataError(
            directory, ["not a directory; give the folder that holds _meta.json and the data files"]
        )

    def read_bytes(name: str) -> bytes:
        return _bounded(os.path.join(directory, name))

    return read_bytes


def read(path: str | os.PathLike[str] | None = None, *, verify: bool | None = None) -> RawData:
    """Read and check the data files.

    Args:
        path: A directory holding a copy of the data files, or ``None`` for the packaged
            data. A copy is read whole and every file's SHA-256 checked against
            ``_meta.json``; the packaged files are read on first need.
        verify: Read every file now and check its SHA-256; default: only for a copy.

    Returns:
        The parsed documents.

    Raises:
        DataError: A file is missing, is not UTF-8 JSON, starts with a byte-order mark, has a
            wrong checksum, or has a header that disagrees with ``_meta.json``.
    """
    reader = _packaged_reader() if path is None else _directory_reader(path)
    origin = "package" if path is None else os.fspath(path)

    def where(name: str) -> str:
        return name if path is None else os.path.join(origin, name)

    verify = path is not None if verify is None else verify
    meta = _parse(where(META_FILE), _read(reader, where, META_FILE), strict=verify)
    _check_meta(where(META_FILE), meta)
    raw = RawData(origin, meta, reader, verify=verify)
    if verify:
        problems: list[str] = []
        for name in DATA_FILES:  # read them all, so that one error lists every bad file
            try:
                raw.document(name)
            except DataError as error:
                problems += [f"{name}: {problem}" for problem in error.problems]
        if problems:
            raise DataError(origin, problems)
    return raw


def _read(reader: Callable[[str], bytes], where: Callable[[str], str], name: str) -> bytes:
    try:
        return reader(name)
    except FileNotFoundError:
        raise DataError(where(name), ["file is missing"]) from None
    except OSError as error:
        raise DataError(where(name), [f"cannot be read: {error.strerror or error}"]) from None
    except MemoryError:  # pragma: no cover - a resource reader without the size bound
        raise DataError(where(name), ["too large to read"]) from None


class _DuplicateKeyError(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            raise _DuplicateKeyError(f"key {key!r} appears twice in one object")
        seen.add(key)
    return dict(pairs)


def _parse(name: str, blob: bytes, *, strict: bool = False) -> Any:
    """Parse one file's JSON; ``strict`` (a user's copy) also refuses duplicate keys."""
    if blob.startswith(b"\xef\xbb\xbf"):
        raise DataError(
            name, ["starts with a UTF-8 byte-order mark; save it as UTF-8 without a BOM"]
        )
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DataError(name, [f"byte {error.start}: not UTF-8 ({error.reason})"]) from None
    try:
        return json.loads(text, object_pairs_hook=_unique_keys if strict else None)
    except _DuplicateKeyError as error:
        raise DataError(name, [f"invalid JSON: {error}"]) from None
    except json.JSONDecodeError as error:
        raise DataError(
            name, [f"line {error.lineno} column {error.colno}: invalid JSON: {error.msg}"]
        ) from None
    except RecursionError:
        raise DataError(name, ["invalid JSON: nested too deeply"]) from None


def _check_meta(name: str, meta: Any) -> None:
    problems = []
    if not isinstance(meta, dict):
        raise DataError(name, ["$: expected a JSON object"])
    version = meta.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        problems.append(
            f"$.schema_version: {meta.get('schema_version')!r} is not {SCHEMA_VERSION}, the"
            " version this release of shanghai_coop reads"
        )
    if not isinstance(meta.get("data_version"), str):
        problems.append("$.data_version: expected a string")
    as_of = meta.get("as_of")
    try:
        if not isinstance(as_of, str) or len(as_of) != 10:
            raise ValueError("not a day")
        parse_edtf(as_of)
    except ValueError:
        problems.append(f"$.as_of: {as_of!r} is not a calendar day 'YYYY-MM-DD'")
    files = meta.get("files")
    if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
        problems.append("$.files: expected an object of file name to SHA-256 hex digest")
    else:
        problems += [
            f"$.files: {file!r} is not a data file of this release"
            for file in files
            if file not in DATA_FILES
        ]
    if problems:
        raise DataError(name, problems)


def checksums(path: str | os.PathLike[str]) -> dict[str, str]:
    """Return the SHA-256 hex digest of every data file in a directory.

    Args:
        path: A directory holding the data files.

    Returns:
        File name to digest, for every name in :data:`DATA_FILES`.
    """
    import hashlib

    out = {}
    for name in DATA_FILES:
        with open(os.path.join(os.fspath(path), name), "rb") as handle:
            out[name] = hashlib.sha256(handle.read()).hexdigest()
    return out


def write_meta(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Recompute ``_meta.json`` in a data directory after an edit.

    Takes ``schema_version``, ``data_version`` and ``as_of`` from ``states.json`` and
    writes the SHA-256 of every data file.

    Args:
        path: The data directory.

    Returns:
        The new ``_meta.json`` content.

    Raises:
        DataError: The directory or a data file is missing or unreadable, or
            ``states.json`` is not JSON with the three header keys.
    """
    import hashlib

    reader = _directory_reader(path)
    directory = os.fspath(path)

    def where(name: str) -> str:
        return os.path.join(directory, name)

    header = _parse(where("states.json"), _read(reader, where, "states.json"))
    if not isinstance(header, dict) or not all(key in header for key in _HEADER_KEYS):
        raise DataError(where("states.json"), [f"$: expected an object with {_HEADER_KEYS}"])
    meta: dict[str, Any] = {key: header[key] for key in _HEADER_KEYS}
    meta["files"] = {
        name: hashlib.sha256(_read(reader, where, name)).hexdigest() for name in DATA_FILES
    }
    try:
        with open(where(META_FILE), "w", encoding="utf-8", newline="\n") as handle:
            json.dump(meta, handle, indent=2, sort_keys=True)
            handle.write("\n")
    except OSError as error:
        raise DataError(where(META_FILE), [f"cannot be written: {error.strerror}"]) from None
    return meta
