"""The public API's types, checked statically: mypy --strict and pyright read this file.

Each ``assert_type`` states the type a caller's checker infers; the plain asserts check that
the run time agrees. A call that must NOT type-check carries a targeted ignore comment: mypy
(``warn_unused_ignores``) and pyright (``reportUnnecessaryTypeIgnoreComment``) then fail the
moment the call would be accepted.
"""

from __future__ import annotations

import sys
from datetime import date

import shanghai_coop

if sys.version_info >= (3, 11):
    from typing import assert_type
else:  # pragma: no cover - Python 3.10
    from typing_extensions import assert_type


def test_public_types() -> None:
    """assert_type checks, verified by mypy --strict; the asserts check the runtime too."""
    status = shanghai_coop.status_of("Iran", date(2023, 7, 4))
    assert_type(status, shanghai_coop.Status)
    possible = shanghai_coop.possible_statuses("Iran", "2023-07-04")
    assert_type(possible, frozenset[shanghai_coop.Status])
    members = shanghai_coop.members(on="2024-07-04")
    assert_type(members, tuple[shanghai_coop.MemberState, ...])
    spells = shanghai_coop.history("Iran")
    assert_type(spells, tuple[shanghai_coop.Membership, ...])
    state = shanghai_coop.resolve("Iran")
    assert_type(state, shanghai_coop.MemberState)
    org = shanghai_coop.organisation()
    assert_type(org, shanghai_coop.Organisation)
    assert_type(org.predecessor, shanghai_coop.Organisation | None)
    assert_type(org.membership("Iran", "2024-01-01"), shanghai_coop.Membership | None)
    assert_type(shanghai_coop.summit(2024), shanghai_coop.Summit)
    assert_type(shanghai_coop.summits(), tuple[shanghai_coop.Summit, ...])
    assert_type(shanghai_coop.projected_hosts(2026), tuple[shanghai_coop.Projection, ...])
    assert_type(shanghai_coop.rotation_backtest(), tuple[shanghai_coop.BacktestRow, ...])
    assert_type(shanghai_coop.secretary_general("2020-01-01"), shanghai_coop.Term | None)
    assert_type(shanghai_coop.council("heads_of_state", "2025-01-01"), shanghai_coop.Roster)
    assert_type(shanghai_coop.records("spells"), shanghai_coop.Table)
    assert_type(shanghai_coop.data_version(), str)
    start = shanghai_coop.history("Iran")[0].start
    assert_type(start, shanghai_coop.PartialDate)
    assert_type(start.earliest, date)
    assert isinstance(status, shanghai_coop.Status)
    assert isinstance(start.earliest, date)
