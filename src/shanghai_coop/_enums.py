"""Closed sets of values: statuses, qualifiers, date precisions.

Kept apart from :mod:`shanghai_coop.model` so that the first status query, which returns a
:class:`Status`, does not have to import attrs.
"""

from __future__ import annotations

import enum

TYPE_CHECKING = False  # not typing's: the first status query must not import typing
if TYPE_CHECKING:
    from collections.abc import Iterable

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


class QualifierKind(str, enum.Enum):
    """A qualifier that holds on top of a status for part of a spell.

    Attributes:
        ACCESSION_PROCESS: ``"accession_process"``, the state is in the process of joining as a
            member (from the decision to start the procedure until membership).
        INACTIVE: ``"inactive"``, the state holds the status but takes no part (Afghanistan's
            observer status since September 2021).

    Example:
        >>> QualifierKind("inactive").name
        'INACTIVE'
    """

    ACCESSION_PROCESS = "accession_process"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return self.value


class Precision(str, enum.Enum):
    """How precisely a source dates an event.

    Attributes:
        DAY: one known day (EDTF ``2023-07-04``).
        MONTH: a month (EDTF ``2021-09``).
        YEAR: a year (EDTF ``2015``).
        ONE_OF: one of a set of days (EDTF ``[2009-06-15,2009-06-16]``).
        RANGE: one day in a range of days, both ends included (EDTF
            ``[2010-01-01..2010-04-30]``): known to be no earlier and no later than these.
            (New in 0.3.0.)

    Example:
        >>> Precision.YEAR.value
        'year'
    """

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    ONE_OF = "one_of"
    RANGE = "range"

    def __str__(self) -> str:
        return self.value


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


class SourceKind(str, enum.Enum):
    """How close a source stands to the facts it reports.

    Attributes:
        PRIMARY: ``"primary"``, the SCO's own text or a government's (or another
            intergovernmental body's, such as the UN's) own text: an official site, a legal
            database, or the document's verbatim text copied elsewhere.
        SECONDARY: ``"secondary"``, a report or compilation by others: a news agency, a
            newspaper, a scholarly work, an NGO or think-tank page, a database compiled by
            others.
        TERTIARY: ``"tertiary"``, an encyclopaedia article: the seed Wikipedia article, other
            Wikipedias and encyclopaedic compilations.

    .. versionadded:: 0.4.0

    Example:
        >>> import shanghai_coop
        >>> shanghai_coop.organisation().source("wikipedia-sco/membership").kind
        <SourceKind.TERTIARY: 'tertiary'>
    """

    PRIMARY = "primary"
    SECONDARY = "secondary"
    TERTIARY = "tertiary"

    def __str__(self) -> str:
        return self.value


class Confidence(str, enum.Enum):
    """How firm a fact is, derived from its sources (never typed by hand).

    The members are declared from the firmest to the least firm; :attr:`rank` gives the
    place (0 for ``VERIFIED``), :meth:`at_least` compares, and so do ``<``, ``>``, ``<=``
    and ``>=``: by firmness (the firmer is the greater), never by the text of the value. The rule is
    :func:`shanghai_coop.model.derive_confidence`, explained in ``docs/data.md``
    ("How firm is each fact").

    Attributes:
        VERIFIED: ``"verified"``, two independent sources (different publishers), at
            least one of them not tertiary, give the value.
        SINGLE: ``"single"``, one source that is not tertiary (or several of one
            publisher) gives it.
        TERTIARY_ONLY: ``"tertiary_only"``, only encyclopaedia articles give it (or no
            source whose kind is known).
        CONFLICTING: ``"conflicting"``, a source that is not tertiary gives another value
            that cannot be true together with the one used (a recorded variant).
        INFERRED: ``"inferred"``, the value is deduced (the data marks the record
            ``inferred``), not reported by a source.

    .. versionadded:: 0.4.0

    Example:
        >>> Confidence.SINGLE.rank, Confidence.SINGLE.at_least("tertiary_only")
        (1, True)
        >>> Confidence.VERIFIED > Confidence.SINGLE, max(Confidence).value
        (True, 'verified')
        >>> Confidence.INFERRED.at_least(Confidence.VERIFIED)
        False
    """

    VERIFIED = "verified"
    SINGLE = "single"
    TERTIARY_ONLY = "tertiary_only"
    CONFLICTING = "conflicting"
    INFERRED = "inferred"

    @property
    def rank(self) -> int:
        """The place from the firmest (0, ``VERIFIED``) to the least firm (4, ``INFERRED``)."""
        return _CONFIDENCE_ORDER.index(self)

    def at_least(self, other: Confidence | str) -> bool:
        """Whether this grade is as firm as ``other`` or firmer.

        Raises:
            InvalidArgumentError: ``other`` is not a grade.
        """
        return self >= _grade(other)

    # Grades order by firmness, not by their text: the firmer is the greater, so that
    # ``sorted`` runs from the least firm and ``max`` is the firmest. A plain string is
    # compared as the grade it names; anything else is refused.
    def __lt__(self, other: object) -> bool:
        if not isinstance(other, str):
            return NotImplemented  # Python's TypeError, as for any unorderable pair
        return self.rank > _grade(other).rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, str):
            return NotImplemented
        return self.rank >= _grade(other).rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, str):
            return NotImplemented
        return self.rank < _grade(other).rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, str):
            return NotImplemented
        return self.rank <= _grade(other).rank

    @classmethod
    def least_firm(cls, grades: Iterable[Confidence]) -> Confidence | None:
        """Return the least firm of some grades (a record's, from its facts), or ``None``.

        Example:
            >>> Confidence.least_firm([Confidence.VERIFIED, Confidence.SINGLE])
            <Confidence.SINGLE: 'single'>
            >>> Confidence.least_firm([]) is None
            True
        """
        return max(grades, key=_CONFIDENCE_ORDER.index, default=None)

    def __str__(self) -> str:
        return self.value


#: The grades from the firmest, in the order the class declares them.
_CONFIDENCE_ORDER: tuple[Confidence, ...] = tuple(Confidence)


def _grade(value: object) -> Confidence:
    """The grade ``value`` is or names; else ``InvalidArgumentError``."""
    if isinstance(value, Confidence):
        return value
    try:
        return Confidence(value)
    except ValueError:
        from .errors import InvalidArgumentError

        raise InvalidArgumentError("grade", value, [c.value for c in Confidence]) from None


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
