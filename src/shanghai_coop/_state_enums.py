"""The closed sets a state's records use: qualifiers, date precisions, sources, grades.

Apart from :mod:`._enums` (the register's closed sets: councils, summits, documents,
accession steps) so that a query returning states does not create those.
"""

from __future__ import annotations

import enum

TYPE_CHECKING = False  # not typing's: kept as light as the rest of the states' path
if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Confidence", "Precision", "QualifierKind", "SourceKind"]


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


# Pickled under their home up to 0.4.0 (which re-exports them), so that either version reads
# the other's pickles.
for _enum in (Confidence, Precision, QualifierKind, SourceKind):
    _enum.__module__ = "shanghai_coop._enums"
del _enum
