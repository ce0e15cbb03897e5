"""The code version, read once from the installed package's metadata."""

from __future__ import annotations

__all__ = ["version"]

_VERSION: str | None = None


def version() -> str:
    """Return the installed version of shanghai_coop (``"0+unknown"`` from a source tree).

    Example:
        >>> version().count(".") >= 1 or version() == "0+unknown"
        True
    """
    global _VERSION
    if _VERSION is None:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as installed

        try:
            _VERSION = installed("shanghai_coop")
        except PackageNotFoundError:  # imported from a source tree that is not installed
            _VERSION = "0+unknown"
    return _VERSION
