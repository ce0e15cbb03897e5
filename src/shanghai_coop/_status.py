"""The relation of a state to an organisation on one day: :class:`Status`.

Alone in its module, so that the first status answer of the shortcuts creates one enum.
"""

from __future__ import annotations

import enum

__all__ = ["Status"]


class Status(str, enum.Enum):
    """The relation of a state to an organisation on one day.

    The values are stable strings, safe to store and to compare with plain text.
    Which statuses existed when is data, not code (see ``Organisation.categories``): the SCO
    created the dialogue-partner status in 2008, and on 1 September 2025 merged observers and
    dialogue partners into one category of "SCO partners".

    Attributes:
        MEMBER: ``"member"``, a full member state (for the Shanghai Five: a participant).
        OBSERVER: ``"observer"``, an observer state.
        DIALOGUE_PARTNER: ``"dialogue_partner"``, a dialogue partner.
        PARTNER: ``"partner"``, an "SCO partner", the category that replaced observers and
            dialogue partners on 1 September 2025.
        NONE: ``"none"``, no status at all.

    Example:
        >>> Status("observer") is Status.OBSERVER
        True
        >>> Status.MEMBER == "member"
        True
    """

    MEMBER = "member"
    OBSERVER = "observer"
    DIALOGUE_PARTNER = "dialogue_partner"
    PARTNER = "partner"
    NONE = "none"

    def __str__(self) -> str:
        return self.value


# Pickled under its home up to 0.4.0 (which re-exports it), so that either version reads the
# other's pickles.
Status.__module__ = "shanghai_coop._enums"
