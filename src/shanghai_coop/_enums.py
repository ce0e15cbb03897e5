"""Closed sets of values: every enum of the library, importable from here.

Kept apart from :mod:`shanghai_coop.model` so that the first status query, which returns a
:class:`Status`, does not have to import attrs. :class:`Status` lives in :mod:`._status`
and the closed sets of a state's records (qualifiers, date precisions, source kinds,
grades) in :mod:`._state_enums`, so that the shortcuts' first answers create only those;
the register's (councils, summits, documents, accession steps) are defined here.
"""

from __future__ import annotations

import enum

from ._state_enums import Confidence, Precision, QualifierKind, SourceKind
from ._status import Status

__all__ = [
    "AccessionStepKind",
    "Confidence",
    "Council",
    "DocumentKind",
    "Precision",
    "QualifierKind",
    "SourceKind",
    "Status",
    "SummitFormat",
    "SummitStatus",
]


class Council(str, enum.Enum):
    """The two councils whose meetings are the SCO's summits.

    Attributes:
        HEADS_OF_STATE: ``"heads_of_state"``, the Council of Heads of State (the supreme
            body; its annual meeting is "the SCO summit").
        HEADS_OF_GOVERNMENT: ``"heads_of_government"``, the Council of Heads of Government
            (Prime Ministers).

    Queries also take the short forms ``"state"`` and ``"government"`` (as on the command
    line); the enum itself, and so the data files, take only the full values.

    .. versionchanged:: 0.3.0
       Queries take the short forms.

    Example:
        >>> Council("heads_of_government").name
        'HEADS_OF_GOVERNMENT'
    """

    HEADS_OF_STATE = "heads_of_state"
    HEADS_OF_GOVERNMENT = "heads_of_government"

    def __str__(self) -> str:
        return self.value


#: The short forms a query may use for a council (the data files use the full values).
COUNCIL_SHORT_FORMS = {"state": Council.HEADS_OF_STATE, "government": Council.HEADS_OF_GOVERNMENT}


class SummitFormat(str, enum.Enum):
    """How a council meeting was held.

    Attributes:
        IN_PERSON: ``"in_person"``.
        VIDEOCONFERENCE: ``"videoconference"``, chaired from the host state.
        HYBRID: ``"hybrid"``, some leaders present and some by video link.

    Example:
        >>> SummitFormat.HYBRID.value
        'hybrid'
    """

    IN_PERSON = "in_person"
    VIDEOCONFERENCE = "videoconference"
    HYBRID = "hybrid"

    def __str__(self) -> str:
        return self.value


class SummitStatus(str, enum.Enum):
    """Whether a recorded meeting took place.

    Attributes:
        HELD: ``"held"``, a source reports that it took place.
        PLANNED: ``"planned"``, announced; no source read reports that it took place.
        NOT_HELD: ``"not_held"``, a year in which the council did not meet.

    Example:
        >>> SummitStatus("planned") is SummitStatus.PLANNED
        True
    """

    HELD = "held"
    PLANNED = "planned"
    NOT_HELD = "not_held"

    def __str__(self) -> str:
        return self.value


class DocumentKind(str, enum.Enum):
    """What kind of document a record of the documents register is.

    Attributes:
        DECLARATION: ``"declaration"`` (the Declaration on the Establishment of the SCO).
        CONVENTION: ``"convention"`` (the Shanghai Convention of 2001).
        TREATY: ``"treaty"`` (the Treaty on Long-Term Good-Neighbourliness of 2007).
        CHARTER: ``"charter"`` (the SCO Charter).
        AGREEMENT: ``"agreement"`` (the agreement on the Regional Anti-Terrorist Structure).
        REGULATION: ``"regulation"`` (the regulations on observer and dialogue-partner status,
            on admitting new members).
        STRATEGY: ``"strategy"`` (the development strategies until 2025 and 2035).
        MEMORANDUM: ``"memorandum"`` (a memorandum of obligations of an applicant state).
        DECISION: ``"decision"`` (a decision of the Council of Heads of State).
        UN_RESOLUTION: ``"un_resolution"`` (a resolution of the UN General Assembly on the SCO).

    .. versionadded:: 0.4.0

    Example:
        >>> DocumentKind("un_resolution").name
        'UN_RESOLUTION'
    """

    DECLARATION = "declaration"
    CONVENTION = "convention"
    TREATY = "treaty"
    CHARTER = "charter"
    AGREEMENT = "agreement"
    REGULATION = "regulation"
    STRATEGY = "strategy"
    MEMORANDUM = "memorandum"
    DECISION = "decision"
    UN_RESOLUTION = "un_resolution"

    def __str__(self) -> str:
        return self.value


class AccessionStepKind(str, enum.Enum):
    """A step of a state's accession to membership, in the order the steps are taken.

    Attributes:
        APPLICATION: ``"application"``, the application that led to the procedure.
        PROCEDURE_STARTED: ``"procedure_started"``, the Council of Heads of State's decision
            to start the procedure of admission (the accession-process qualifier begins).
        CONSULTATIONS: ``"consultations"``, the minutes of the consultations between the
            applicant and the member states signed.
        MEMORANDUM_SIGNED: ``"memorandum_signed"``, the memorandum of obligations signed.
        MEMORANDUM_RATIFIED: ``"memorandum_ratified"``, the applicant ratified it.
        ADMISSION_DECISION: ``"admission_decision"``, the Council's decision to admit.
        ACCESSION: ``"accession"``, the day membership begins (the member spell's start).

    .. versionadded:: 0.4.0

    Example:
        >>> AccessionStepKind.MEMORANDUM_SIGNED.label
        'memorandum of obligations signed'
    """

    APPLICATION = "application"
    PROCEDURE_STARTED = "procedure_started"
    CONSULTATIONS = "consultations"
    MEMORANDUM_SIGNED = "memorandum_signed"
    MEMORANDUM_RATIFIED = "memorandum_ratified"
    ADMISSION_DECISION = "admission_decision"
    ACCESSION = "accession"

    @property
    def label(self) -> str:
        """The step in words (``"memorandum of obligations signed"``)."""
        return _STEP_LABELS[self.value]

    @property
    def rank(self) -> int:
        """The step's place in the order of accession (0 for the application)."""
        return list(_STEP_LABELS).index(self.value)

    def __str__(self) -> str:
        return self.value


_STEP_LABELS = {
    "application": "application",
    "procedure_started": "procedure of admission started",
    "consultations": "minutes of consultations signed",
    "memorandum_signed": "memorandum of obligations signed",
    "memorandum_ratified": "memorandum of obligations ratified",
    "admission_decision": "decision to admit",
    "accession": "accession (membership begins)",
}
