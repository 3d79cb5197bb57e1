"""Read queries of the agenda book: filtered and sorted in SQL, returned as frozen records."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from datetime import datetime, timedelta
from datetime import time as time_of_day
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    column,
    extract,
    func,
    literal,
    literal_column,
    select,
    table,
    text,
    tuple_,
)
from sqlalchemy.exc import DBAPIError

from sopdesk.domain.agenda import (
    AgendaCount,
    AgendaQuery,
    AgendaWindow,
    LetterRecord,
    LetterStatus,
    NumberReference,
    Sifat,
    SortKey,
    Sumber,
    Urgensi,
    number_reference,
)
from sopdesk.store.database import Database
from sopdesk.store.letter_repository import LetterRepository, letter_record
from sopdesk.store.letter_rows import LetterRow
from sopdesk.store.queries import read_session
from sopdesk.store.rows import (
    NumberCounterRow,
)
from sopdesk.store.search import FIELDS, fts_match, pg_condition, pg_tsquery, search_terms

# The order of every sortable column, ending with the id so that each row has its own place:
# a page is read from the (column, id) index after the last row shown (keyset pagination).
_SORT_COLUMNS: dict[SortKey, tuple[Any, ...]] = {
    SortKey.NUMBER: (LetterRow.year, LetterRow.seq, LetterRow.id),
    SortKey.RECEIVED: (LetterRow.received_at, LetterRow.id),
    SortKey.ASAL: (LetterRow.asal, LetterRow.id),
    SortKey.NOMOR_SURAT: (LetterRow.nomor_surat, LetterRow.id),
    SortKey.TANGGAL_SURAT: (LetterRow.tanggal_surat, LetterRow.id),
    # As the index has it (literal bounds: SQLite matches the expression as written).
    SortKey.PERIHAL: (func.substr(LetterRow.perihal, literal_column("1"), literal_column("120")), LetterRow.id),
    SortKey.SIFAT: (LetterRow.sifat, LetterRow.id),
    SortKey.URGENSI: (LetterRow.urgensi, LetterRow.id),
    SortKey.STATUS: (LetterRow.status, LetterRow.id),
}
# Orders that follow the order letters are entered in (ids grow with them): a common word is
# then checked a stretch of ids at a time in the full-text index.
_ALONG_IDS = (SortKey.NUMBER, SortKey.RECEIVED)
_TEXT = tuple(getattr(LetterRow, f) for f in FIELDS)  # what the full-text index holds

PROBE = 2000  # a search with at most this many text matches reads them all and sorts them
CHUNK = 500  # rows walked at a time, in the chosen order, when a word is common (SQLite)
MAX_CHUNK = 16_000
COUNT_CAP = 10_000  # the count says "more than 10,000" beyond this
COUNT_SECONDS = 3.0  # a count that takes longer is given up ("more than the rows shown")

Key = tuple[Any, ...]


class AgendaReader:
    """One query of the agenda, read a window at a time, every order and filter in SQL.

    Made once per query (a keystroke, a filter, a sort): it looks up the agenda numbers the
    search may name (shown first) and measures the search's words once. A word found in at
    most ``PROBE`` letters is read whole and sorted in SQL; a common word is never sorted
    whole: on SQLite the letters are walked in the chosen order, ``CHUNK`` at a time, and each
    stretch is checked in the full-text index; on PostgreSQL the planner does the same from
    the statistics of the search vector.
    """

    def __init__(self, db: Database, query: AgendaQuery) -> None:
        self.db = db
        self.query = query
        self.order = _SORT_COLUMNS[query.sort]
        self.terms = search_terms(query.search)
        reference = number_reference(query.search)
        self._filters = _filters(query)
        # One or two characters naming a number ("3", "36") look up agenda numbers only; other
        # short searches ("ma") narrow nothing until the third character.
        self.only_numbers = reference is not None and not self.terms
        self._fts = fts_match(self.terms) if db.dialect == "sqlite" and self.terms else ""
        self._matched: tuple[int, ...] | None = None  # every text match, when few
        self.pinned: tuple[int, ...] = ()
        if reference is None and not self._fts:
            self._pinned_set: frozenset[int] = frozenset()
            return  # nothing to look up before the first window
        with self.db.read_engine.connect() as conn:
            self.pinned = self._numbered(conn, reference) if reference else ()
            if self._fts:
                probe = list(
                    conn.scalars(
                        text("SELECT rowid FROM letter_fts WHERE letter_fts MATCH :m LIMIT :n"),
                        {"m": self._fts, "n": PROBE + 1},
                    )
                )
                if len(probe) <= PROBE:
                    self._matched = tuple(probe)
        self._pinned_set = frozenset(self.pinned)

    # --- what the search names -------------------------------------------------------------

    def _numbered(self, conn: Connection, reference: NumberReference) -> tuple[int, ...]:
        """Letters whose agenda number the search names, in the query's order (the (year, seq)
        index, one look-up per year of the book)."""
        years = list(
            conn.scalars(select(NumberCounterRow.year).where(NumberCounterRow.series == LetterRepository.SERIES))
        )
        if not years:
            return ()
        needle = reference.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = (
            select(LetterRow.id)
            .where(
                LetterRow.year.in_(years),
                LetterRow.seq.in_(reference.seqs),
                func.lower(LetterRow.number).like(f"%{needle}%", escape="\\"),
                *self._filters,
            )
            .order_by(*self._ordered())
        )
        return tuple(conn.scalars(stmt))

    # --- windows ---------------------------------------------------------------------------

    def _ordered(self) -> list[ColumnElement[Any]]:
        return [c.desc() if self.query.descending else c.asc() for c in self.order]

    def _after(self, cursor: Key) -> ColumnElement[bool]:
        values = tuple_(*(literal(v, c.type) for v, c in zip(cursor, self.order, strict=True)))
        columns = tuple_(*self.order)
        return columns < values if self.query.descending else columns > values

    def _base(self, cursor: Key | None, *conditions: ColumnElement[bool], whole: bool = False) -> Select[Any]:
        """Ids and sort values after ``cursor`` in the query's order (``whole``: every column too)."""
        stmt = select(LetterRow.id, *self.order, *(_COLUMNS if whole else ())).where(*self._filters, *conditions)
        if cursor is not None:
            stmt = stmt.where(self._after(cursor))
        return stmt.order_by(*self._ordered())

    def window(self, cursor: Key | None = None, limit: int = 100, *, records: bool = True) -> AgendaWindow:
        """``limit`` rows after ``cursor`` (None: from the top, the named agenda numbers first)."""
        width = len(self.order) + 1
        with self.db.read_engine.connect() as conn:
            head = list(self.pinned) if cursor is None else []
            rows, more = self._stream(conn, cursor, limit, whole=records)
            ids = head + [int(r[0]) for r in rows]
            next_cursor = tuple(rows[-1][1:width]) if rows else cursor
            if not records:
                found: dict[int, LetterRecord] = {}
            elif rows and len(rows[0]) > width:  # read with the rows
                found = _records(conn, head) | {int(r[0]): _record(r[width:]) for r in rows}
            else:
                found = _records(conn, ids)
        return AgendaWindow(tuple(ids), tuple(found[i] for i in ids if i in found), next_cursor, more)

    def _stream(
        self, conn: Connection, cursor: Key | None, limit: int, *, whole: bool = False
    ) -> tuple[list[Sequence[Any]], bool]:
        """The rows after the named numbers: ids and their sort values, ``limit`` at most
        (``whole``: with every column, where one query gives both)."""
        if self.only_numbers:
            return [], False
        if not self.terms:
            conditions: list[ColumnElement[bool]] = []
        elif self._matched is not None:
            if not self._matched:
                return [], False
            conditions = [LetterRow.id.in_(self._matched)]
        elif self.db.dialect == "sqlite":
            return self._walk(conn, cursor, limit)
        else:
            conditions = [pg_condition(pg_tsquery(self.terms))]
        if self._pinned_set:
            conditions.append(LetterRow.id.not_in(self.pinned))
        rows = conn.execute(self._base(cursor, *conditions, whole=whole).limit(limit + 1)).all()
        return list(rows[:limit]), len(rows) > limit

    def _walk(self, conn: Connection, cursor: Key | None, limit: int) -> tuple[list[Sequence[Any]], bool]:
        """SQLite, a common word: walk the letters in the chosen order a stretch at a time and
        keep those that hold every term (never every match sorted at once).

        In the orders that follow the ids (number, date received) a stretch is checked with one
        range look-up in the full-text index; in the others its text is read and checked here,
        as the trigram index matches: every term a substring of a field, ignoring case."""
        taken: list[Sequence[Any]] = []
        size, walked = CHUNK, 0
        along_ids = self.query.sort in _ALONG_IDS
        while True:
            stmt = self._base(cursor) if along_ids else self._base(cursor).add_columns(*_TEXT)
            chunk = conn.execute(stmt.limit(size)).all()
            if not chunk:
                return taken, False
            keep = self._in_index(conn, chunk) if along_ids else self._in_text(chunk)
            width = len(self.order) + 1
            for row in chunk:
                if int(row[0]) in keep and int(row[0]) not in self._pinned_set:
                    taken.append(row[:width] if not along_ids else row)
                    if len(taken) == limit:
                        return taken, True
            if len(chunk) < size:
                return taken, False
            cursor = tuple(chunk[-1][1:width])
            walked += len(chunk)
            # As many rows as the matches so far say the rest needs (half as many again), at
            # least twice the last stretch while nothing matched.
            wanted = (limit - len(taken)) * walked * 3 // (2 * len(taken)) if taken else size * 2
            size = max(CHUNK, min(wanted, MAX_CHUNK))

    def _in_index(self, conn: Connection, chunk: Sequence[Sequence[Any]]) -> set[int]:
        ids = [int(r[0]) for r in chunk]
        found = conn.scalars(
            text("SELECT rowid FROM letter_fts WHERE letter_fts MATCH :m AND rowid BETWEEN :lo AND :hi"),
            {"m": self._fts, "lo": min(ids), "hi": max(ids)},
        ).all()
        return set(found) & set(ids)

    def _in_text(self, chunk: Sequence[Sequence[Any]]) -> set[int]:
        width = len(self.order) + 1
        terms = self.terms
        keep = set()
        for row in chunk:
            fields = [str(v).lower() for v in row[width:]]
            if all(any(term in field for field in fields) for term in terms):
                keep.add(int(row[0]))
        return keep

    # --- counting ---------------------------------------------------------------------------

    def count(self, cap: int | None = None, seconds: float | None = None) -> AgendaCount | None:
        """How many letters the query shows, counted up to ``cap`` (None: it took too long).

        Meant for a worker thread: it may read a good part of an index."""
        cap = COUNT_CAP if cap is None else cap
        seconds = COUNT_SECONDS if seconds is None else seconds
        if self.only_numbers:
            return AgendaCount(len(self.pinned), True)
        if self.terms and self._matched is not None:
            conditions: list[ColumnElement[bool]] = [LetterRow.id.in_(self._matched)] if self._matched else []
            if not self._matched:
                return AgendaCount(len(self.pinned), True)
        elif self.terms and self.db.dialect == "sqlite":
            fts = table("letter_fts", column("rowid"))
            stmt: Select[Any] = (
                select(literal(1)).select_from(fts).where(text("letter_fts MATCH :m").bindparams(m=self._fts))
            )
            if self._filters:
                letters = LetterRow.__table__
                stmt = stmt.join_from(fts, letters, letters.c.id == fts.c.rowid).where(*self._filters)
            if self._pinned_set:
                stmt = stmt.where(fts.c.rowid.not_in(self.pinned))  # counted with the named numbers
            return self._capped(stmt, cap, seconds)
        elif self.terms:
            conditions = [pg_condition(pg_tsquery(self.terms))]
        else:
            conditions = []
        if self._pinned_set:
            conditions.append(LetterRow.id.not_in(self.pinned))
        return self._capped(select(literal(1)).select_from(LetterRow).where(*self._filters, *conditions), cap, seconds)

    def _capped(self, stmt: Select[Any], cap: int, seconds: float) -> AgendaCount | None:
        counted = select(func.count()).select_from(stmt.limit(cap + 1).subquery())
        with self.db.read_engine.connect() as conn, _time_limit(conn, seconds) as expired:
            try:
                n = int(conn.scalar(counted) or 0)
            except DBAPIError:
                if expired():
                    return None
                raise
        n += len(self.pinned)
        return AgendaCount(min(n, cap + 1), n <= cap)


@contextmanager
def _time_limit(conn: Connection, seconds: float) -> Iterator[Callable[[], bool]]:
    """Cancel the statements run inside after ``seconds`` (SQLite: a progress handler;
    PostgreSQL: a statement timeout for this transaction)."""
    deadline = time.monotonic() + seconds
    if conn.dialect.name == "sqlite":
        raw: Any = conn.connection.driver_connection
        raw.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        try:
            yield lambda: time.monotonic() > deadline
        finally:
            raw.set_progress_handler(None, 0)
        return
    conn.execute(text(f"SET LOCAL statement_timeout = {int(seconds * 1000)}"))
    yield lambda: time.monotonic() > deadline - 0.05


def _filters(query: AgendaQuery) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if query.year is not None:
        where.append(LetterRow.year == query.year)
        # The year is the year received: the range lets the date order use its index too.
        where.append(LetterRow.received_at >= datetime(query.year, 1, 1))
        where.append(LetterRow.received_at < datetime(query.year + 1, 1, 1))
    if query.month is not None:
        if query.year is not None:
            start = datetime(query.year, query.month, 1)
            end = datetime(query.year + (query.month == 12), query.month % 12 + 1, 1)
            where += [LetterRow.received_at >= start, LetterRow.received_at < end]
        else:
            where.append(extract("month", LetterRow.received_at) == query.month)
    if query.received_from is not None:
        where.append(LetterRow.received_at >= datetime.combine(query.received_from, time_of_day.min))
    if query.received_to is not None:
        where.append(LetterRow.received_at < datetime.combine(query.received_to + timedelta(days=1), time_of_day.min))
    if query.sifat is not None:
        where.append(LetterRow.sifat == query.sifat.value)
    if query.urgensi is not None:
        where.append(LetterRow.urgensi == query.urgensi.value)
    if query.asal:
        where.append(LetterRow.asal == query.asal)
    if query.status is not None:
        where += [LetterRow.status == query.status.value, LetterRow.voided.is_(False)]
    if query.voided is not None:
        where.append(LetterRow.voided.is_(query.voided))
    return where


_FIELDS = tuple(f.name for f in fields(LetterRecord))
_COLUMNS = tuple(LetterRow.__table__.c[name] for name in _FIELDS)  # what a record holds, no more
_AT = {c.key: i for i, c in enumerate(_COLUMNS)}
_ENUMS: dict[str, dict[Any, Any]] = {
    "sifat": {m.value: m for m in Sifat},
    "urgensi": {m.value: m for m in Urgensi},
    "sumber": {m.value: m for m in Sumber},
    "status": {m.value: m for m in LetterStatus},
}
_PLAN = tuple((_AT[name], _ENUMS.get(name)) for name in _FIELDS)


def _record(values: Sequence[Any]) -> LetterRecord:
    """A letter from the table's columns, in their order (a window's rows: built by position,
    a hundred at a time, so cheaply)."""
    return LetterRecord(*(values[i] if enum is None else enum[values[i]] for i, enum in _PLAN))


def _records(conn: Connection, ids: list[int]) -> dict[int, LetterRecord]:
    if not ids:
        return {}
    rows = conn.execute(select(*_COLUMNS).where(LetterRow.id.in_(ids))).all()
    return {int(r[_AT["id"]]): _record(r) for r in rows}


def agenda_reader(db: Database, query: AgendaQuery) -> AgendaReader:
    return AgendaReader(db, query)


def agenda_ids(db: Database, query: AgendaQuery, limit: int | None = None) -> list[int]:
    """Ids of the letters the query shows, in its order (the named agenda numbers first): every
    one, or the first ``limit``. For exports and the CLI; the window reads pages instead."""
    reader = AgendaReader(db, query)
    ids: list[int] = []
    cursor: Key | None = None
    while limit is None or len(ids) < limit:
        want = 5000 if limit is None else min(5000, limit - len(ids))
        found = reader.window(cursor, want, records=False)
        ids += found.ids
        cursor = found.cursor
        if not found.more:
            break
    return ids if limit is None else ids[:limit]


def letters(db: Database, ids: list[int]) -> dict[int, LetterRecord]:
    """One page of the agenda: the records of ``ids``."""
    if not ids:
        return {}
    with db.read_engine.connect() as conn:
        return _records(conn, list(ids))


def letter(db: Database, letter_id: int) -> LetterRecord | None:
    with read_session(db) as s:
        row = s.get(LetterRow, letter_id)
        return None if row is None else letter_record(row)


def letter_by_number(db: Database, number: str) -> LetterRecord | None:
    with read_session(db) as s:
        row = s.scalar(select(LetterRow).where(LetterRow.number == number))
        return None if row is None else letter_record(row)


def past_senders(db: Database, limit: int = 2000, recent: int = 20_000) -> list[str]:
    """Senders used before, most used first among the last ``recent`` letters, for completing
    the asal surat field (a bounded read, whatever the size of the book)."""
    latest = select(LetterRow.asal).order_by(LetterRow.id.desc()).limit(recent).subquery()
    stmt = select(latest.c.asal).group_by(latest.c.asal).order_by(func.count().desc(), latest.c.asal).limit(limit)
    with read_session(db) as s:
        return list(s.scalars(stmt))


_YEARS = (
    select(NumberCounterRow.year)
    .where(NumberCounterRow.series == LetterRepository.SERIES)
    .order_by(NumberCounterRow.year.desc())
)


def agenda_years(db: Database) -> list[int]:
    """Years with letters: every one has its number counter, so no scan of the letters."""
    with db.read_engine.connect() as conn:
        return [int(y) for y in conn.execute(_YEARS).scalars()]


def senders(db: Database) -> list[str]:
    """Every sender in the book, alphabetically: one step along the (asal, id) index per sender
    (a recursive query), not a scan of every letter."""
    step = text(
        "WITH RECURSIVE s(asal) AS ("
        " SELECT min(asal) FROM letter"
        " UNION ALL SELECT (SELECT min(asal) FROM letter WHERE letter.asal > s.asal) FROM s WHERE s.asal IS NOT NULL"
        ") SELECT asal FROM s WHERE asal IS NOT NULL"
    )
    with db.read_engine.connect() as conn:
        return [str(a) for a in conn.scalars(step)]


def taken_seqs(db: Database, year: int, seqs: list[int]) -> set[int]:
    """Which of ``seqs`` already number a letter of ``year`` (for checking a back-filling import)."""
    found: set[int] = set()
    with read_session(db) as s:
        for start in range(0, len(seqs), 1000):
            chunk = seqs[start : start + 1000]
            found.update(s.scalars(select(LetterRow.seq).where(LetterRow.year == year, LetterRow.seq.in_(chunk))))
    return found


def registered_pairs(db: Database, nomors: list[str]) -> dict[tuple[str, str], list[str]]:
    """For an import's warnings: the agenda numbers of the letters (not voided) whose nomor
    surat is one of ``nomors``, keyed by (asal, nomor surat) in lower case."""
    found: dict[tuple[str, str], list[str]] = {}
    wanted = sorted({n.lower() for n in nomors if n})
    with read_session(db) as s:
        for start in range(0, len(wanted), 1000):
            chunk = wanted[start : start + 1000]
            rows = s.execute(
                select(LetterRow.asal, LetterRow.nomor_surat, LetterRow.number)
                .where(func.lower(LetterRow.nomor_surat).in_(chunk), LetterRow.voided.is_(False))
                .order_by(LetterRow.id)
            )
            for asal, nomor, number in rows:
                found.setdefault((asal.lower(), nomor.lower()), []).append(number)
    return found
