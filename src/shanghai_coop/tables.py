"""Tables for analysts: records as plain dicts, frames, country-year panels, bulk look-ups.

Everything here works without optional dependencies: a :class:`Table` is a sequence of
plain ``dict`` rows with stable, documented column names and ISO 8601 date strings. pandas
and polars frames (extras ``pandas`` and ``polars``) are built only when asked for, and
import their library only then.

Column conventions:

* a partial date ``X`` appears as three columns: ``X`` (the EDTF text, as stored),
  ``X_earliest`` and ``X_latest`` (ISO dates, the first and last possible day);
* an interval is half-open ``[start, end)``; ``end`` is empty while it continues; the one
  exception is a summit, whose days run from ``start`` to ``last_day``, both inclusive
  (a one-day summit has ``last_day`` equal to ``start``);
* several values in one cell (sources, aliases) are joined with ``"; "``;
* states are ISO 3166-1 alpha-3 codes, with a ``*_name`` column for the English name.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from datetime import date, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, overload

from ._enums import Council, Status, SummitFormat, SummitStatus
from ._index import StatusTable
from .errors import ArgumentTypeError, InvalidArgumentError, MissingExtraError, UnknownStateError

if TYPE_CHECKING:
    from ._organisation import Organisation
    from .model import PartialDate

__all__ = ["COLUMNS", "COW_IGO", "RULES", "Table"]

Kind = Literal["spells", "states", "summits", "terms", "relations", "applications", "rosters"]


def _dates(name: str) -> tuple[str, str, str]:
    return (name, f"{name}_earliest", f"{name}_latest")


#: The columns of every kind of record, in order. Changing them is a breaking change.
COLUMNS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "spells": (
            "id", "organisation", "state", "state_name", "status",
            *_dates("start"), *_dates("end"), *_dates("approved"),
            "qualifiers", "sources", "note",
        ),
        "states": (
            "id", "iso_alpha2", "iso_alpha3", "iso_numeric", "wikidata", "cow_code", "cow_abbrev",
            "name", "official_name", "name_ru", "official_name_ru", "name_zh", "official_name_zh",
            "aliases", "former_names", "sources",
        ),
        "summits": (
            "id", "organisation", "council", "number", *_dates("start"), *_dates("last_day"),
            "host", "host_name", "city", "format", "status", "sources", "note",
        ),
        "terms": (
            "id", "office", "office_name", "holder", "holder_name", "holder_wikidata", "state",
            "state_name", *_dates("start"), *_dates("end"), "sources", "note",
        ),
        "relations": (
            "id", "partner", "kind", "party", *_dates("start"), "what", "sources", "note",
        ),
        "applications": (
            "id", "state", "state_name", "applied_for", "kind", *_dates("date"), "date_basis",
            "outcome", "sources", "note",
        ),
        "rosters": (
            "roster", "council", *_dates("as_of"), "basis", "state", "state_name", "member",
            "member_name", "role", "represented_by", "represented_by_name", "represented_role",
            "sources",
        ),
        "panel": (
            "state", "iso_alpha2", "state_name", "cow_code", "cow_abbrev", "year", "status",
            "uncertain", "possible", "cow_igo", "shanghai_five",
        ),
    }
)  # fmt: skip

#: Columns holding categories (enum values) and the categories in order.
_CATEGORIES: Mapping[str, tuple[str, ...]] = {
    "status": tuple(s.value for s in Status),
    "shanghai_five": tuple(s.value for s in Status),
    "applied_for": tuple(s.value for s in Status),
    "council": tuple(c.value for c in Council),
    "format": tuple(f.value for f in SummitFormat),
    "organisation": ("S5", "SCO"),
}
_SUMMIT_CATEGORIES: Mapping[str, tuple[str, ...]] = {
    **_CATEGORIES,
    "status": tuple(s.value for s in SummitStatus),
}
_INTEGERS = ("cow_code", "number", "year", "cow_igo")


def _categories(kind: str) -> Mapping[str, tuple[str, ...]]:
    """The categorical columns of one kind of table (summits have their own statuses)."""
    return _SUMMIT_CATEGORIES if kind == "summits" else _CATEGORIES


_BOOLEANS = ("uncertain",)

#: The rules of :func:`country_year`.
RULES: Mapping[str, str] = MappingProxyType(
    {
        "jan1": "the status held on 1 January of the year",
        "dec31": "the status held on 31 December of the year",
        "any": (
            "the highest status held on any day of the year (member > partner > observer >"
            " dialogue_partner > none)"
        ),
        "majority": ("the status held on most days of the year (ties go to the higher status)"),
    }
)
_RANK = {
    Status.NONE: 0,
    Status.DIALOGUE_PARTNER: 1,
    Status.OBSERVER: 2,
    Status.PARTNER: 3,
    Status.MEMBER: 4,
}
#: Correlates of War IGO codes (IGO data v3, state-year format: 0 no membership, 1 full
#: membership, 2 associate membership, 3 observer, -9 missing data, -1 IGO not in
#: existence; as documented for ``state_year_format3`` by the igoR package,
#: https://dieghernan.github.io/igoR/reference/state_year_format3.html). COW has no
#: dialogue partners; "partner" merged observers into itself, so it is coded as observer.
COW_IGO: Mapping[Status, int] = MappingProxyType(
    {
        Status.MEMBER: 1,
        Status.OBSERVER: 3,
        Status.PARTNER: 3,
        Status.DIALOGUE_PARTNER: 0,
        Status.NONE: 0,
    }
)


# The most rows :meth:`Organisation.country_year` builds (every ISO country over 4,000
# years); a larger panel is refused rather than exhaust memory (about 1 kB per row).
_MAX_PANEL_ROWS = 1_000_000


class Table(Sequence[dict[str, Any]]):
    """Rows of plain dicts with fixed columns and metadata; frames on demand.

    A ``Table`` is an immutable sequence of rows: ``table[i]`` and iteration give fresh
    ``dict`` copies, so nothing a caller does to a row changes the table. A slice,
    ``table[a:b]``, is a plain ``list`` of such dicts (not a ``Table``: it has no ``meta``).
    ``table.column(name)`` gives one column as a tuple; ``table["name"]`` is an error
    that says so.

    Attributes:
        kind: What the rows are (``"spells"``, ``"panel"``, ...).
        columns: The column names, in order (see :data:`COLUMNS`).
        meta: Read-only metadata: ``data_version``, ``as_of``, ``code_version``, and for a
            panel the rule and the ambiguity policy.

    Example:
        >>> import shanghai_coop
        >>> table = shanghai_coop.organisation().records("spells")
        >>> table.columns[:5]
        ('id', 'organisation', 'state', 'state_name', 'status')
        >>> table[0]["state"], table.meta["data_version"] == shanghai_coop.data_version()
        ('AFG', True)
    """

    __slots__ = ("_columns", "_kind", "_meta", "_rows")
    _columns: tuple[str, ...]
    _kind: str
    _meta: dict[str, Any]
    _rows: tuple[tuple[Any, ...], ...]

    def __init__(
        self,
        kind: str,
        columns: Sequence[str],
        rows: Sequence[Mapping[str, Any]],
        meta: Mapping[str, Any],
    ) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "_kind", kind)
        setattr_(self, "_columns", tuple(columns))
        setattr_(self, "_rows", tuple(tuple(row[c] for c in self._columns) for row in rows))
        setattr_(self, "_meta", dict(meta))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Table is read-only: cannot set {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self._kind, self._columns, self._rows, self._meta))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Table):
            return NotImplemented
        return (self._kind, self._columns, self._rows, self._meta) == (
            other._kind,
            other._columns,
            other._rows,
            other._meta,
        )

    def __hash__(self) -> int:
        return hash((self._kind, self._columns, self._rows))

    @property
    def kind(self) -> str:
        """What the rows are (``"spells"``, ``"panel"``, ...)."""
        return self._kind

    @property
    def columns(self) -> tuple[str, ...]:
        """The column names, in order."""
        return self._columns

    @property
    def meta(self) -> Mapping[str, Any]:
        """Read-only metadata: versions, and for a panel its rule."""
        return MappingProxyType(self._meta)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice | str) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, (str, bytes)):
            raise ArgumentTypeError(
                "index", index, f"a row number or slice; for a column use .column({index!r})"
            )
        if isinstance(index, slice):
            return [dict(zip(self.columns, row, strict=True)) for row in self._rows[index]]
        return dict(zip(self.columns, self._rows[index], strict=True))

    def column(self, name: str) -> tuple[Any, ...]:
        """Return one column's values, in row order.

        Args:
            name: A column name (one of :attr:`columns`).

        Returns:
            A ``tuple`` with one value per row.

        Raises:
            InvalidArgumentError: ``name`` is not a column.
            ArgumentTypeError: ``name`` is not a string.

        .. versionadded:: 0.3.0

        Example:
            >>> import shanghai_coop
            >>> shanghai_coop.organisation().records("summits").column("id")[:2]
            ('SCO-CHS-2001', 'SCO-CHG-2001')
        """
        if not isinstance(name, str):
            raise ArgumentTypeError("name", name, "a column name (str)")
        if name not in self._columns:
            raise InvalidArgumentError("name", name, self._columns)
        position = self._columns.index(name)
        return tuple(row[position] for row in self._rows)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for row in self._rows:
            yield dict(zip(self.columns, row, strict=True))

    def __repr__(self) -> str:
        return f"<Table {self.kind}: {len(self)} rows x {len(self.columns)} columns>"

    def _repr_html_(self) -> str:
        from html import escape

        head = "".join(f"<th>{escape(c)}</th>" for c in self.columns)
        shown = self._rows[:20]
        body = "".join(
            "<tr>"
            + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in row)
            + "</tr>"
            for row in shown
        )
        more = f"<p>{len(self) - len(shown)} more rows</p>" if len(self) > len(shown) else ""
        meta = escape(", ".join(f"{k}: {v}" for k, v in self.meta.items()))
        return (
            f"<p><strong>{escape(self.kind)}</strong>: {len(self)} rows; {meta}</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"
        )

    def to_csv(self, path: str | None = None) -> str:
        """Write the rows as CSV, with the metadata in leading ``#`` comment lines.

        Read it back with ``pandas.read_csv(path, comment="#", keep_default_na=False,
        na_values=[""])`` (without ``keep_default_na=False`` pandas reads Namibia's ISO code
        ``NA`` as a missing value), or skip lines starting with ``#``.

        Args:
            path: A file to write (UTF-8), or ``None`` to only return the text.

        Returns:
            The CSV text.

        Example:
            >>> import shanghai_coop
            >>> text = shanghai_coop.organisation().records("relations").to_csv()
            >>> text.splitlines()[0].startswith("# shanghai_coop relations")
            True
        """
        buffer = io.StringIO()
        meta = "; ".join(f"{k}: {v}" for k, v in self.meta.items())
        buffer.write(f"# shanghai_coop {self.kind}; {meta}\n")
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(self.columns)
        for row in self._rows:
            writer.writerow(["" if v is None else v for v in row])
        text = buffer.getvalue()
        if path is not None:
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        return text

    def to_json(self, path: str | None = None) -> str:
        """Write ``{"meta": {...}, "columns": [...], "rows": [{...}, ...]}`` as JSON.

        Args:
            path: A file to write (UTF-8), or ``None`` to only return the text.

        Returns:
            The JSON text.

        Example:
            >>> import json, shanghai_coop
            >>> doc = json.loads(shanghai_coop.organisation().records("states").to_json())
            >>> sorted(doc)
            ['columns', 'meta', 'rows']
        """
        import json

        doc = {"meta": dict(self.meta), "columns": list(self.columns), "rows": list(self)}
        text = json.dumps(doc, ensure_ascii=False, indent=1)
        if path is not None:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
        return text

    def to_pandas(self) -> Any:
        """Return a ``pandas.DataFrame`` with proper dtypes (extra ``pandas``).

        Dates are ``datetime64``, statuses and other closed sets are (unordered) categoricals,
        counts are nullable integers; the metadata is in ``DataFrame.attrs``.

        Returns:
            A ``pandas.DataFrame``.

        Raises:
            MissingExtraError: pandas is not installed (``pip install 'shanghai_coop[pandas]'``).
        """
        try:
            import pandas as pd
        except ImportError:
            raise MissingExtraError("pandas", "pandas") from None
        frame = pd.DataFrame.from_records(list(self._rows), columns=list(self.columns))
        categories = _categories(self.kind)
        for column in self.columns:
            if column.endswith(("_earliest", "_latest")):
                frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d")
            elif column in categories:
                frame[column] = pd.Categorical(frame[column], categories=categories[column])
            elif column in _INTEGERS:
                frame[column] = frame[column].astype("Int64")
            elif column in _BOOLEANS:
                frame[column] = frame[column].astype("boolean")
        frame.attrs.update(self.meta)
        return frame

    def to_polars(self) -> Any:
        """Return a ``polars.DataFrame`` with proper dtypes (extra ``polars``).

        Dates are ``pl.Date``, statuses and other closed sets ``pl.Enum``, counts ``Int64``.
        polars frames carry no metadata; read it from :attr:`meta`.

        Returns:
            A ``polars.DataFrame``.

        Raises:
            MissingExtraError: polars is not installed (``pip install 'shanghai_coop[polars]'``).
        """
        try:
            import polars as pl
        except ImportError:
            raise MissingExtraError("polars", "polars") from None
        schema: dict[str, Any] = {}
        categories = _categories(self.kind)
        for column in self.columns:
            if column.endswith(("_earliest", "_latest")):
                schema[column] = pl.Date
            elif column in categories:
                schema[column] = pl.Enum(list(categories[column]))
            elif column in _INTEGERS:
                schema[column] = pl.Int64
            elif column in _BOOLEANS:
                schema[column] = pl.Boolean
            else:
                schema[column] = pl.String
        data = (
            {
                column: [
                    date.fromisoformat(v) if v is not None and schema[column] is pl.Date else v
                    for v in values
                ]
                for column, values in zip(self.columns, zip(*self._rows, strict=True), strict=True)
            }
            if self._rows
            else {column: [] for column in self.columns}
        )
        return pl.DataFrame(data, schema=schema)


def _rebuild(
    kind: str, columns: tuple[str, ...], rows: tuple[tuple[Any, ...], ...], meta: dict[str, Any]
) -> Table:
    return Table(kind, columns, [dict(zip(columns, row, strict=True)) for row in rows], meta)


def _partial(prefix: str, value: PartialDate | None) -> dict[str, Any]:
    if value is None:
        return {prefix: None, f"{prefix}_earliest": None, f"{prefix}_latest": None}
    return {
        prefix: value.edtf,
        f"{prefix}_earliest": value.earliest.isoformat(),
        f"{prefix}_latest": value.latest.isoformat(),
    }


def _join(values: Sequence[str]) -> str:
    return "; ".join(values)


def _meta(org: Organisation, kind: str) -> dict[str, Any]:
    from . import __version__

    return {
        "kind": kind,
        "organisation": org.id,
        "data_version": org.data_version,
        "as_of": org.as_of.isoformat(),
        "code_version": __version__,
    }


def _records(org: Organisation, kind: str) -> Table:
    """Return the records of one kind; see :meth:`Organisation.records`."""
    if not isinstance(kind, str) or kind not in COLUMNS or kind == "panel":
        raise InvalidArgumentError("kind", kind, [k for k in COLUMNS if k != "panel"])
    rows: list[dict[str, Any]] = []
    if kind == "spells":
        for state in org.states:
            for spell in org.history(state):
                rows.append(
                    {
                        "id": spell.id,
                        "organisation": spell.organisation,
                        "state": spell.state,
                        "state_name": state.name,
                        "status": spell.status.value,
                        **_partial("start", spell.start),
                        **_partial("end", spell.end),
                        **_partial("approved", spell.approved),
                        "qualifiers": _join(
                            [f"{q.kind.value} {q.start}..{q.end or ''}" for q in spell.qualifiers]
                        ),
                        "sources": _join(spell.sources),
                        "note": spell.note,
                    }
                )
        rows.sort(key=lambda r: (r["organisation"] != "S5", r["state"], r["start_earliest"]))
    elif kind == "states":
        for state in org.states:
            n = state.names
            rows.append(
                {
                    "id": state.id,
                    "iso_alpha2": state.iso_alpha2,
                    "iso_alpha3": state.iso_alpha3,
                    "iso_numeric": state.iso_numeric,
                    "wikidata": state.wikidata,
                    "cow_code": state.cow_code,
                    "cow_abbrev": state.cow_abbrev,
                    "name": n.en_short,
                    "official_name": n.en_official,
                    "name_ru": n.ru_short,
                    "official_name_ru": n.ru_official,
                    "name_zh": n.zh_short,
                    "official_name_zh": n.zh_official,
                    "aliases": _join(state.aliases),
                    "former_names": _join(state.former_names),
                    "sources": _join(state.sources),
                }
            )
    elif kind == "summits":
        for s in sorted(org._all_summits(), key=lambda s: (s.first_day, s.council.value)):
            rows.append(
                {
                    "id": s.id,
                    "organisation": s.organisation,
                    "council": s.council.value,
                    "number": s.number,
                    **_partial("start", s.start),
                    **_partial("last_day", s.end or s.start),
                    "host": s.host.id if s.host else None,
                    "host_name": s.host.name if s.host else None,
                    "city": s.city,
                    "format": s.format.value if s.format else None,
                    "status": s.status.value,
                    "sources": _join(s.sources),
                    "note": s.note,
                }
            )
    elif kind == "terms":
        for t in org.terms():
            rows.append(
                {
                    "id": t.id,
                    "office": t.office.id,
                    "office_name": t.office.en,
                    "holder": t.holder.id,
                    "holder_name": t.holder.name,
                    "holder_wikidata": t.holder.wikidata,
                    "state": t.state.id if t.state else None,
                    "state_name": t.state.name if t.state else None,
                    **_partial("start", t.start),
                    **_partial("end", t.end),
                    "sources": _join(t.sources),
                    "note": t.note,
                }
            )
    elif kind == "relations":
        for r in org.relations():
            rows.append(
                {
                    "id": r.id,
                    "partner": r.partner,
                    "kind": r.kind,
                    "party": r.party,
                    **_partial("start", r.start),
                    "what": r.what,
                    "sources": _join(r.sources),
                    "note": r.note,
                }
            )
    elif kind == "applications":
        for a in org.applications():
            rows.append(
                {
                    "id": a.id,
                    "state": a.state.id,
                    "state_name": a.state.name,
                    "applied_for": a.applied_for.value,
                    "kind": a.kind,
                    **_partial("date", a.date),
                    "date_basis": a.date_basis,
                    "outcome": a.outcome,
                    "sources": _join(a.sources),
                    "note": a.note,
                }
            )
    else:  # rosters
        for roster in org.rosters():
            for e in roster.entries:
                rows.append(
                    {
                        "roster": roster.id,
                        "council": roster.council.value,
                        **_partial("as_of", roster.as_of),
                        "basis": roster.basis,
                        "state": e.state.id,
                        "state_name": e.state.name,
                        "member": e.member.id,
                        "member_name": e.member.name,
                        "role": e.role,
                        "represented_by": e.represented_by.id if e.represented_by else None,
                        "represented_by_name": (
                            e.represented_by.name if e.represented_by else None
                        ),
                        "represented_role": e.represented_role,
                        "sources": _join(e.sources),
                    }
                )
    return Table(kind, COLUMNS[kind], rows, _meta(org, kind))


# -- country-year panels -------------------------------------------------------------------


def _on(table: StatusTable | None, day: date, policy: str) -> tuple[Status, frozenset[Status]]:
    if table is None:
        return Status.NONE, frozenset({Status.NONE})
    segment = table.at(day.toordinal())
    return segment.pick(policy), segment.possible


def _days(table: StatusTable | None, year: int, policy: str) -> dict[Status, int]:
    """Days of the year spent in each status, under an ambiguity policy."""
    first, last = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal() + 1
    if table is None:
        return {Status.NONE: last - first}
    cuts = [first, *(b for b in table.breaks if first < b < last), last]
    out: dict[Status, int] = {}
    for low, high in itertools.pairwise(cuts):
        segment = table.at(low)
        status = segment.pick(policy)
        out[status] = out.get(status, 0) + high - low
    return out


def _by_rule(table: StatusTable | None, year: int, rule: str, policy: str) -> Status:
    if rule == "jan1":
        return _on(table, date(year, 1, 1), policy)[0]
    if rule == "dec31":
        return _on(table, date(year, 12, 31), policy)[0]
    days = _days(table, year, policy)
    if rule == "any":
        return max(days, key=lambda s: _RANK[s])
    return max(days, key=lambda s: (days[s], _RANK[s]))


def _existed(org: Organisation, year: int, rule: str) -> bool:
    """Whether the organisation existed in a year under the rule (COW code -1 if not)."""
    first = org.founded.latest  # from its founding day ...
    last = org.dissolved.earliest - timedelta(days=1) if org.dissolved else date.max  # ... on
    jan1, dec31 = date(year, 1, 1), date(year, 12, 31)
    if rule == "jan1":
        return first <= jan1 <= last
    if rule == "dec31":
        return first <= dec31 <= last
    days = (min(last, dec31) - max(first, jan1)).days + 1
    if rule == "majority":
        return days * 2 > (dec31 - jan1).days + 1
    return days > 0


def _country_year(
    org: Organisation,
    start: int,
    end: int,
    states: Any = "participants",
    rule: str = "jan1",
    ambiguous: str = "earliest",
) -> Table:
    """Build a state-year panel; see :meth:`Organisation.country_year`."""
    from ._organisation import _integer, _member_state_class

    start = _integer(start, "start", "an integer year")
    end = _integer(end, "end", "an integer year")
    if not 1 <= start <= end <= 9998:
        raise InvalidArgumentError("start/end", (start, end), ["1 <= start <= end <= 9998"])
    if not isinstance(rule, str) or rule not in RULES:
        raise InvalidArgumentError("rule", rule, RULES)
    if not isinstance(ambiguous, str) or ambiguous not in ("earliest", "latest"):
        raise InvalidArgumentError("ambiguous", ambiguous, ("earliest", "latest"))
    store = org._store
    if isinstance(states, str):
        if states == "participants":
            keys = sorted({k for tables in store.tables.values() for k in tables})
        elif states == "all":
            keys = sorted(c["alpha3"] for c in store.raw.records("countries.json"))
        else:  # one state by name or code
            try:
                keys = [org._key(states)]
            except UnknownStateError as error:
                options = ["'participants'", "'all'", "a state's name or code", "a list of states"]
                raise InvalidArgumentError(
                    "states", states, [*options, *(repr(s) for s in error.suggestions)]
                ) from error
    elif isinstance(states, _member_state_class()):
        keys = [org._key(states)]
    elif isinstance(states, Set):  # no order of its own: the panel's order (by ISO code)
        keys = sorted({org._key(s) for s in states})
    elif isinstance(states, Iterable) and not isinstance(states, (Mapping, bytes)):
        keys = list(dict.fromkeys(org._key(s) for s in states))
    else:
        raise ArgumentTypeError(
            "states",
            states,
            "'participants', 'all', a MemberState, or a list of states (names, codes or"
            " MemberState objects)",
        )
    rows_wanted = len(keys) * (end - start + 1)
    if rows_wanted > _MAX_PANEL_ROWS:
        raise InvalidArgumentError(
            "start/end/states",
            f"{len(keys)} states x {end - start + 1} years = {rows_wanted:,} rows",
            [f"a panel of at most {_MAX_PANEL_ROWS:,} rows: fewer years or fewer states"],
        )
    s5 = org.predecessor if org.id == "SCO" else None
    s5_tables = store.tables.get(s5.id, {}) if s5 is not None else {}
    other = "latest" if ambiguous == "earliest" else "earliest"
    rows = []
    for key in keys:
        state = store.state(key)
        table = org._tables.get(key)
        for year in range(start, end + 1):
            status = _by_rule(table, year, rule, ambiguous)
            if rule in ("jan1", "dec31"):
                day = date(year, 1, 1) if rule == "jan1" else date(year, 12, 31)
                possible = _on(table, day, ambiguous)[1]
            else:
                possible = frozenset({status, _by_rule(table, year, rule, other)})
            existed = _existed(org, year, rule)
            rows.append(
                {
                    "state": key,
                    "iso_alpha2": state.iso_alpha2,
                    "state_name": state.name,
                    "cow_code": state.cow_code,
                    "cow_abbrev": state.cow_abbrev,
                    "year": year,
                    "status": status.value,
                    "uncertain": len(possible) > 1,
                    "possible": "|".join(sorted(s.value for s in possible)),
                    "cow_igo": COW_IGO[status] if existed else -1,
                    "shanghai_five": (
                        _by_rule(s5_tables.get(key), year, rule, ambiguous).value
                        if s5 is not None
                        else None
                    ),
                }
            )
    meta = _meta(org, "panel")
    meta.update(
        {
            "rule": rule,
            "rule_text": RULES[rule],
            "ambiguous": ambiguous,
            "states": states
            if isinstance(states, str) and states in ("participants", "all")
            else "given",
            "years": f"{start}-{end}",
            "cow_igo": (
                "COW IGO codes from the status: 1 member, 3 observer or partner, 0 dialogue"
                " partner or none, -1 the SCO did not exist under the rule"
            ),
        }
    )
    return Table("panel", COLUMNS["panel"], rows, meta)
