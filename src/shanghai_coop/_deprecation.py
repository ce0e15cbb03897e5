"""Renamed public names keep working, with a ``DeprecationWarning``, until the next major version.

Module-level names are renamed through ``shanghai_coop._DEPRECATED``; attributes and methods
of the public classes through each class's ``_RENAMED`` (old name to new name), read by the
``__getattr__`` of :class:`Renamable`. See "Deprecation" in ``docs/versions.md``.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from types import MappingProxyType
from typing import ClassVar

TYPE_CHECKING = False

__all__ = ["Renamable", "warn_renamed"]


def warn_renamed(old: str, new: str) -> None:
    """Warn that ``old`` is deprecated in favour of ``new`` (at the caller's caller)."""
    warnings.warn(f"{old} is deprecated; use {new}", DeprecationWarning, stacklevel=3)


class Renamable:
    """A base of the public classes: an attribute renamed in a minor release keeps working.

    A subclass lists its renamed attributes in ``_RENAMED`` (old name to new name); reading
    an old name warns and returns the new one's value. Type checkers see no ``__getattr__``,
    so a misspelt attribute stays an error to them.

    Example:
        >>> class Point(Renamable):
        ...     _RENAMED = {"lon": "x"}
        ...     x = 1
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     value = Point().lon
        >>> value, str(caught[0].message)
        (1, 'Point.lon is deprecated; use Point.x')
    """

    __slots__ = ()
    #: Renamed attributes: old name -> new name.
    _RENAMED: ClassVar[Mapping[str, str]] = MappingProxyType({})

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> object:
            cls = type(self)
            new = cls._RENAMED.get(name)
            if new is None:
                raise AttributeError(f"{cls.__name__!r} object has no attribute {name!r}")
            warn_renamed(f"{cls.__name__}.{name}", f"{cls.__name__}.{new}")
            return getattr(self, new)
