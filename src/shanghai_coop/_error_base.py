"""The base of every exception of shanghai_coop (see :mod:`shanghai_coop.errors`)."""

from __future__ import annotations

from typing import Any

__all__ = ["ShanghaiCoopError", "short_repr"]


class ShanghaiCoopError(Exception):
    """Base class of every error this library raises on purpose.

    Every subclass survives ``pickle`` and ``copy`` with its message and attributes, so an
    error raised in a worker process reaches the parent intact.

    Example:
        >>> issubclass(UnknownStateError, ShanghaiCoopError)
        True
    """

    __module__ = "shanghai_coop.errors"
    _init_args: tuple[object, ...] | None = None
    #: For an error about one element of a bulk call, that element's position; else ``None``.
    #: (New in 0.3.0.)
    position: int | None = None

    def __reduce__(self) -> str | tuple[Any, ...]:
        if self._init_args is None:
            return super().__reduce__()
        # The message as it stands (a bulk call adds the position to it) and the position.
        state: dict[str, object] = {"args": self.args}
        if self.position is not None:
            state["position"] = self.position
        return (type(self), self._init_args, state)


def short_repr(value: object, limit: int = 80) -> str:
    """Return ``repr(value)`` cut to ``limit`` characters, so a huge input stays readable."""
    try:
        text = repr(value)
    except Exception:  # a hostile __repr__ must not hide the real error
        text = f"<unrepresentable {type(value).__name__}>"
    if len(text) <= limit:
        return text
    return f"{text[: limit - 20]}... ({len(text)} characters)"
