"""The facade: :class:`Organisation`, the public root of every query.

One data set holds two organisations, the SCO and its predecessor the Shanghai Five; each is
an :class:`Organisation` over the same loaded :class:`~._dataset.Dataset`. The class is
thin: it knows how to load, compare, pickle and describe itself; every query is a method of
one of its area parts (:mod:`._api_status`, :mod:`._api_summits`, :mod:`._api_offices`,
:mod:`._api_register`, :mod:`._api_documents`, :mod:`._api_tables`), written once with its
docstring and delegating in a line or two to the domain module of its area. See "The layout
of the code" in ``docs/concepts.md``.

(The module is private, ``_organisation``, because ``shanghai_coop.organisation`` is the
function that returns the shared default organisation.)
"""

from __future__ import annotations

import os
from datetime import date  # at run time: the docs resolve ``as_of``'s return type by it
from typing import TYPE_CHECKING, Any

from ._api_documents import DocumentQueries
from ._api_offices import OfficeQueries
from ._api_register import RegisterQueries
from ._api_status import MemberQueries, StatusQueries
from ._api_summits import SummitQueries
from ._api_tables import TableQueries
from ._dataset import Dataset, Scope, checked, packaged
from ._deprecation import Renamable
from .errors import ArgumentTypeError, DataError, InvalidArgumentError

if TYPE_CHECKING:
    from .model import Category, PartialDate

__all__ = ["Organisation"]


class Organisation(
    Renamable,
    StatusQueries,
    MemberQueries,
    SummitQueries,
    OfficeQueries,
    RegisterQueries,
    DocumentQueries,
    TableQueries,
):
    """An organisation and every query about it: statuses, members, histories, sources.

    Get one with :meth:`Organisation.load` (or :func:`shanghai_coop.organisation` for the
    shared default). Dates are calendar dates; spells are half-open ``[start, end)``: on the
    day of a transition the new status holds. After the data's ``as_of`` date the answers
    are the last known state of affairs.

    Two organisations are equal when they have the same id, were loaded from the same place
    (the package or a directory) and their files have the same checksums: an edited and
    rehashed copy is not equal to the copy as it was. A pickled organisation is loaded
    again when unpickled; if its files changed in the meantime, unpickling raises
    :class:`~shanghai_coop.DataError` rather than answer from other data.

    Example:
        >>> sco = Organisation.load()
        >>> sco.status_of("Iran", "2023-07-04").value
        'member'
        >>> import pickle
        >>> pickle.loads(pickle.dumps(sco)) == sco
        True
        >>> sco.predecessor.status_of("Kazakhstan", "1998-01-01").value
        'member'
    """

    __slots__ = ("_scope",)
    _scope: Scope

    def __init__(self, data: Dataset, organisation_id: str) -> None:
        if not isinstance(organisation_id, str) or organisation_id not in data.organisations:
            raise InvalidArgumentError("organisation", organisation_id, data.organisations)
        object.__setattr__(self, "_scope", Scope(data, organisation_id))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Organisation is read-only: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Organisation is read-only: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Organisation):
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self) -> int:
        return hash(self._identity())

    def _identity(self) -> tuple[str, str, str]:
        # Equal organisations answer alike: same id, origin and file contents (checksums).
        data = self._scope.data
        return (self._scope.id, data.origin, data.fingerprint())

    @classmethod
    def load(
        cls, path: str | os.PathLike[str] | None = None, *, organisation: str = "SCO"
    ) -> Organisation:
        """Load the packaged data, or a copy of it in a directory.

        The packaged data is read once per process, file by file as queries need it, and
        shared; its checksums, schemas and rules are verified by the package's own test
        suite (and by ``shanghai-coop verify``), not on every import. A copy in ``path`` is
        read anew on every call and validated in full before anything is returned: the
        SHA-256 of every file against ``_meta.json``; every file against the JSON Schema
        shipped for it (``shanghai_coop/data/schema/``; this needs the extra ``validate``,
        the ``jsonschema`` package); the structure of every record; and every rule across
        records of the data linter (references resolve, spells sorted and not overlapping,
        dates up to ``as_of``, ...).

        Args:
            path: A directory with ``_meta.json`` and the data files, or ``None`` for the
                data shipped in the package.
            organisation: ``"SCO"`` (default) or ``"S5"`` (the Shanghai Five).

        Returns:
            The organisation.

        Raises:
            DataError: A file is missing, corrupt, or breaks its schema or a rule; the
                message names file, record and field.
            MissingExtraError: ``path`` is given and ``jsonschema`` is not installed
                (``pip install 'shanghai_coop[validate]'``).
            InvalidArgumentError: ``organisation`` is not in the data, or ``path`` is an
                empty string (write ``"."`` for the current directory).
            ArgumentTypeError: ``path`` is neither ``None``, a ``str`` nor a path.

        Example:
            >>> Organisation.load(organisation="S5").name
            'Shanghai Five'
        """
        if path is None:
            return cls(packaged(), organisation)
        if isinstance(path, bytes) or not isinstance(path, (str, os.PathLike)):
            raise ArgumentTypeError("path", path, "a directory as str or os.PathLike, or None")
        if isinstance(path, str) and not path.strip():  # "" would silently mean the cwd
            raise InvalidArgumentError(
                "path", path, ["a directory's path", "None for the packaged data"]
            )
        return cls(checked(path), organisation)

    def __copy__(self) -> Organisation:
        return self  # immutable: a copy is the same organisation, without re-reading files

    def __deepcopy__(self, memo: dict[int, Any]) -> Organisation:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        data = self._scope.data
        path = None if data.origin == "package" else data.origin
        return (_restore, (path, self._scope.id, data.fingerprint()))

    def __repr__(self) -> str:
        return (
            f"<Organisation {self.id}: {self.name}; data {self.data_version}"
            f" as of {self.as_of.isoformat()}>"
        )

    def _repr_html_(self) -> str:
        from html import escape

        return (
            f"<strong>{escape(self.name)}</strong> ({escape(self.id)}), data"
            f" {escape(self.data_version)} as of {self.as_of.isoformat()}"
        )

    # -- the organisation's own facts ----------------------------------------------------

    @property
    def id(self) -> str:
        """The organisation's id in the data, ``"SCO"`` or ``"S5"``.

        Example:
            >>> Organisation.load().id
            'SCO'
        """
        return self._scope.id

    @property
    def name(self) -> str:
        """The English name, such as ``"Shanghai Cooperation Organisation"``.

        Example:
            >>> Organisation.load(organisation="S5").name
            'Shanghai Five'
        """
        return self._scope.data.organisations[self._scope.id]

    @property
    def names(self) -> dict[str, str]:
        """The names by language tag (``"en"``, ``"ru"``, ``"zh"``); a new dict each call.

        Example:
            >>> Organisation.load().names["zh"]
            '上海合作组织'
        """
        names = self._scope.record.names
        return {"en": names.en, "ru": names.ru, "zh": names.zh}

    @property
    def wikidata(self) -> str | None:
        """The organisation's Wikidata QID, or ``None``.

        Example:
            >>> Organisation.load().wikidata
            'Q485207'
        """
        return self._scope.record.wikidata

    @property
    def founded(self) -> PartialDate:
        """The founding date (a :class:`~shanghai_coop.PartialDate`).

        Example:
            >>> str(Organisation.load().founded)
            '2001-06-15'
        """
        return self._scope.record.founded

    @property
    def dissolved(self) -> PartialDate | None:
        """The date the organisation ceased (its first day without it), or ``None``.

        Example:
            >>> str(Organisation.load(organisation="S5").dissolved)
            '2001-06-15'
        """
        return self._scope.record.dissolved

    @property
    def predecessor(self) -> Organisation | None:
        """The predecessor organisation (the Shanghai Five for the SCO), or ``None``.

        Example:
            >>> Organisation.load().predecessor.id
            'S5'
        """
        link = self._scope.record.predecessor
        return None if link is None else Organisation(self._scope.data, link)

    @property
    def successor(self) -> Organisation | None:
        """The successor organisation (the SCO for the Shanghai Five), or ``None``.

        Example:
            >>> Organisation.load(organisation="S5").successor.id
            'SCO'
        """
        link = self._scope.record.successor
        return None if link is None else Organisation(self._scope.data, link)

    @property
    def categories(self) -> tuple[Category, ...]:
        """The status categories and when each existed, in time order.

        Example:
            >>> [(c.status.value, str(c.end)) for c in Organisation.load().categories][1]
            ('observer', '2025-09-01')
        """
        return self._scope.record.categories

    @property
    def data_version(self) -> str:
        """The data version, ``YYYY.MM.N`` (see the data-version policy in the docs).

        Example:
            >>> Organisation.load().data_version.startswith("2026.")
            True
        """
        return self._scope.data.data_version

    @property
    def as_of(self) -> date:
        """The day of the newest dated source the data was checked against.

        What happened after it is not in the data: answers for later days are the last
        known state of affairs (open spells continue, planned summits stay planned). The
        day of the check itself is each source's ``accessed``.

        Example:
            >>> Organisation.load().as_of.year >= 2026
            True
        """
        return self._scope.data.as_of


def _restore(
    path: str | None, organisation_id: str, fingerprint: str | None = None
) -> Organisation:
    """Unpickle: load again, and refuse data that changed since the pickle was made."""
    org = Organisation.load(path, organisation=organisation_id)
    if fingerprint is not None and org._scope.data.fingerprint() != fingerprint:
        raise DataError(
            path or "the packaged data",
            [
                "the data changed since this Organisation was pickled (its data version or"
                " checksums differ); load it again instead of unpickling"
            ],
        )
    return org
