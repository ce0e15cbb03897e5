"""The one home of the hypothesis strategies used across the test suite."""

from __future__ import annotations

import importlib.util
from datetime import date, datetime, timedelta, timezone

from hypothesis import strategies as st

import shanghai_coop

#: Calendar days across the whole range of the data, with margin.
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))

#: Names, aliases and codes of the states that have SCO relations.
_sco = shanghai_coop.organisation()
state_keys = st.sampled_from(sorted(state.id for state in _sco.states))


@st.composite
def state_names(draw: st.DrawFn) -> tuple[str, str]:
    """A (name, expected ISO alpha-3) pair drawn from every name the data records."""
    state = draw(st.sampled_from(_sco.states))
    names = [
        state.iso_alpha2,
        state.iso_alpha3,
        *(
            n
            for n in (
                state.names.en_short,
                state.names.en_official,
                state.names.ru_short,
                state.names.ru_official,
                state.names.zh_short,
                state.names.zh_official,
            )
            if n
        ),
        *state.aliases,
        *state.former_names,
    ]
    if state.wikidata:
        names.append(state.wikidata)
    return draw(st.sampled_from(names)), state.id


_KINDS = ["date", "datetime", "aware", "iso"] + [
    kind for kind in ("pandas", "numpy") if importlib.util.find_spec(kind) is not None
]


@st.composite
def same_day_inputs(draw: st.DrawFn, day: date) -> object:
    """One date-like value (of any accepted type) denoting ``day``."""
    kind = draw(st.sampled_from(_KINDS))
    if kind == "date":
        return day
    if kind == "datetime":
        return datetime(day.year, day.month, day.day, draw(st.integers(0, 23)))
    if kind == "aware":
        offset = timezone(timedelta(hours=draw(st.integers(-12, 14))))
        return datetime(day.year, day.month, day.day, draw(st.integers(0, 23)), tzinfo=offset)
    if kind == "iso":
        return day.isoformat()
    if kind == "pandas":
        import pandas as pd

        return pd.Timestamp(day.isoformat()) + pd.Timedelta(hours=draw(st.integers(0, 23)))
    import numpy as np

    unit = draw(st.sampled_from(["D", "h", "s", "ns"]))
    return np.datetime64(day.isoformat()).astype(f"datetime64[{unit}]")


#: Arbitrary text, including the characters that trip up normalisers.
hostile_text = st.text(
    alphabet=st.characters(codec="utf-8")
    | st.sampled_from(list("\u00a0\u2009\u200b\u2019\u0130\u0307\u0301ёЁ  \t\n")),
    max_size=60,
)


_NAMES = _sco._scope.data.raw
#: The records of ``aliases.json``: a name analysts meet and its one state.
alias_records = st.sampled_from(_NAMES.records("aliases.json", "aliases"))
#: The records of ``aliases.json`` naming more than one state.
ambiguous_records = st.sampled_from(_NAMES.records("aliases.json", "ambiguous"))
#: A number and a numeric scheme: (number, "cow" | "gw" | "iso_numeric").
numeric_codes = st.tuples(
    st.integers(min_value=-5, max_value=1200), st.sampled_from(["cow", "gw", "iso_numeric"])
)
