"""The public API's types, checked statically: mypy --strict and pyright read this file.

Each ``assert_type`` states the type a caller's checker infers; the plain asserts check that
the run time agrees. A call that must NOT type-check carries a targeted ignore comment: mypy
(``warn_unused_ignores``) and pyright (``reportUnnecessaryTypeIgnoreComment``) then fail the
moment the call would be accepted.
"""

from __future__ import annotations

import contextlib
import sys
import typing
from datetime import date

import pytest

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
    assert_type(spells, shanghai_coop.History)
    assert isinstance(spells, tuple)
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


def test_status_of_many_types_follow_the_input() -> None:
    """A sequence gives a tuple, a numpy array an ndarray, a pandas Series a Series."""
    many = shanghai_coop.status_of_many(["Iran", "India"], "2020-01-01")
    assert_type(many, tuple[shanghai_coop.Status, ...])
    assert many == (shanghai_coop.Status.OBSERVER, shanghai_coop.Status.MEMBER)
    coerced = shanghai_coop.status_of_many(["Iran", "Atlantis"], "2020-01-01", errors="coerce")
    assert_type(coerced, tuple[shanghai_coop.Status | None, ...])
    assert coerced[1] is None
    missing = shanghai_coop.status_of_many("Saudi Arabia", ["2022-09-20"], ambiguous="missing")
    assert_type(missing, tuple[shanghai_coop.Status | None, ...])
    org = shanghai_coop.organisation()
    assert_type(org.status_of_many(["Iran"], "2020-01-01"), tuple[shanghai_coop.Status, ...])
    import importlib.util

    if importlib.util.find_spec("pandas") is None:  # pragma: no cover - without the extra
        return
    import numpy as np
    import pandas as pd
    from numpy.typing import NDArray

    codes: NDArray[np.str_] = np.array(["IRN", "IND"])
    array = shanghai_coop.status_of_many(codes, "2020-01-01")
    assert_type(array, NDArray[np.object_])
    assert isinstance(array, np.ndarray)
    dates = np.array(["2020-01-01"], dtype="datetime64[D]")
    # Not asserted statically: with numpy 2.5 (Python 3.12+) mypy infers Any for a numpy
    # array of dates with one state (several overloads fit; numpy 2.4 gives the ndarray).
    assert isinstance(org.status_of_many("Iran", dates), np.ndarray)
    series = shanghai_coop.status_of_many(pd.Series(["Iran"], index=[7]), "2020-01-01")
    assert_type(series, pd.Series)
    assert list(series.index) == [7]
    assert_type(shanghai_coop.status_of_many(["Iran"], pd.Series(dates)), pd.Series)
    with contextlib.suppress(shanghai_coop.InvalidArgumentError):  # refused at run time too
        shanghai_coop.status_of_many(["Iran"], "2020-01-01", errors="ignore")  # type: ignore[call-overload]  # pyright: ignore[reportCallIssue, reportArgumentType]


def test_closed_sets_of_strings_are_literal_types() -> None:
    """Each closed set a caller passes is a ``Literal`` equal to the set the run time accepts."""
    from shanghai_coop import _args, tables
    from shanghai_coop._enums import COUNCIL_SHORT_FORMS
    from shanghai_coop._export import FORMATS

    def values(alias: object) -> set[str]:
        return set(typing.get_args(alias))

    council_values = {c.value for c in shanghai_coop.Council} | set(COUNCIL_SHORT_FORMS)
    assert values(_args.CouncilName) == council_values
    statuses = {s.value for s in shanghai_coop.Status if s is not shanghai_coop.Status.NONE}
    assert values(_args.StatusName) == statuses
    assert values(_args.SummitStatusName) == {s.value for s in shanghai_coop.SummitStatus}
    assert values(_args.DocumentKindName) == {k.value for k in shanghai_coop.DocumentKind}
    offices = {o.id for o in shanghai_coop.organisation().offices()}
    assert values(_args.OfficeName) == offices
    assert values(tables.RecordKind) == set(tables.COLUMNS) - {"panel"}
    assert values(tables.Rule) == set(tables.RULES)
    assert values(tables.ExportFormat) == set(FORMATS)
    assert values(_args.ConfidenceName) == {c.value for c in shanghai_coop.Confidence}
    assert values(_args.Reading) == {"handover", "cycle"}
    with pytest.raises(shanghai_coop.InvalidArgumentError, match="reading"):
        shanghai_coop.rotation_backtest(reading="spiral")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def test_misspelt_closed_set_values_fail_the_type_checkers() -> None:
    """Each call below is refused by mypy and pyright, and raises at run time.

    An ignore comment that is not needed fails both checkers, so each call is proven to be
    refused statically.
    """
    org = shanghai_coop.organisation()
    with pytest.raises(shanghai_coop.InvalidArgumentError):
        org.records("spellz")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    with pytest.raises(shanghai_coop.InvalidArgumentError):
        shanghai_coop.records("spellz")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    with pytest.raises(shanghai_coop.InvalidArgumentError):
        org.country_year(2000, 2001, rule="jan2")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    with pytest.raises(shanghai_coop.InvalidArgumentError):
        shanghai_coop.terms("secretary_generall")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    with pytest.raises(shanghai_coop.InvalidArgumentError):
        org.council("heads_of_states", "2020-01-01")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    with pytest.raises(shanghai_coop.InvalidArgumentError):
        shanghai_coop.summits(status="cancelled")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    with pytest.raises(shanghai_coop.InvalidArgumentError):
        org.with_status("full_member", "2020-01-01")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    with pytest.raises(shanghai_coop.InvalidArgumentError):
        shanghai_coop.documents(kind="poem")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    with pytest.raises(shanghai_coop.InvalidArgumentError):
        org.to_pandas("spellz")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def test_frames_and_closed_sets_have_real_types() -> None:
    """The frame functions return the frame classes, not ``Any`` (under the checkers)."""
    if typing.TYPE_CHECKING:
        import pandas
        import polars

        org = shanghai_coop.organisation()
        assert_type(org.to_polars("terms"), polars.DataFrame)
        assert_type(shanghai_coop.to_polars("terms"), polars.DataFrame)
        assert_type(org.records("spells").to_pandas(), pandas.DataFrame)
    assert_type(shanghai_coop.records("summits").kind, str)
