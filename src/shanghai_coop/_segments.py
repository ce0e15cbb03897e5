"""The segments table: every state's history as intervals of constant answer, for joins.

Each state's time line, from 0001-01-01 on, is cut into half-open intervals
``[start, end)`` inside which every status query has the same answer: the status under
``ambiguous="earliest"`` and under ``"latest"``, the possible statuses and whether there
are several. The intervals of one state tile the time line without gap or overlap (the
last has no ``end``), and every state of the data set is in the table (a state never
related to the organisation has one or two intervals of ``none``), so an interval join
answers exactly as :meth:`Organisation.status_of_many` does, in SQL or any data-frame
engine. The interval that contains ``as_of`` is cut after it, so that ``carried_forward``
marks every day whose answer is carried forward past the data's ``as_of``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ._enums import Confidence, Status
from ._index import NO_STATUS
from ._tablemeta import cited_sources, meta, provenance, state_codes
from .tables import COLUMNS, Table

if TYPE_CHECKING:
    from ._dataset import Scope
    from ._index import Segment, StatusTable

__all__ = ["segments"]

_FIRST = date.min.toordinal()


def _pieces(table: StatusTable | None, cut: int) -> list[tuple[int, int | None, Segment]]:
    """The (start, end, answer) intervals of one state, cut at ``cut`` (an ordinal)."""
    if table is None:
        starts, answers = [_FIRST], [NO_STATUS]
    else:
        starts, answers = [_FIRST, *table.breaks], [table.before, *table.segments]
    if cut not in starts:
        at = sum(1 for s in starts if s < cut)
        starts.insert(at, cut)
        answers.insert(at, answers[at - 1])
    ends: list[int | None] = [*starts[1:], None]
    return list(zip(starts, ends, answers, strict=True))


def _status(value: Any) -> str:
    return value.value if isinstance(value, Status) else str(value)


def _grade(scope: Scope, state: Any, start: int, end: int | None, possible: Any) -> str | None:
    """The least firm grade of the spells a segment's possible statuses rest on, if any."""
    grades = [
        spell.confidence
        for spell in state.spells
        if spell.organisation == scope.id
        and spell.status in possible
        and spell.start.earliest.toordinal() < (end if end is not None else _LAST)
        and (spell.end is None or spell.end.latest.toordinal() > start)
    ]
    least = Confidence.least_firm(grades)
    return least.value if least else None


_LAST = date.max.toordinal()


def segments(scope: Scope) -> Table:
    """Build the segments table; see :meth:`Organisation.records` (kind ``"segments"``)."""
    data = scope.data
    cut = (data.as_of + timedelta(days=1)).toordinal()
    cited = provenance(scope)
    rows = []
    for key in data.country_keys():
        state = data.state(key)
        codes = state_codes(state)
        for start, end, answer in _pieces(scope.tables.get(key), cut):
            rows.append(
                {
                    "organisation": scope.id,
                    **codes,
                    "start": date.fromordinal(start).isoformat(),
                    "end": date.fromordinal(end).isoformat() if end is not None else None,
                    "status_if_earliest": _status(answer.earliest),
                    "status_if_latest": _status(answer.latest),
                    "possible": "|".join(sorted(_status(s) for s in answer.possible)),
                    "uncertain": len(answer.possible) > 1,
                    "carried_forward": start >= cut,
                    "provenance": cited,
                    "confidence": _grade(scope, state, start, end, answer.possible),
                }
            )
    ids = [s for spell in data.spells() if spell.organisation == scope.id for s in spell.sources]
    table_meta = meta(scope, "segments")
    table_meta["intervals"] = "half-open [start, end); no end: continues"
    return Table("segments", COLUMNS["segments"], rows, table_meta, cited_sources(scope, ids))
