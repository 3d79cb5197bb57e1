"""Read queries of the agenda book: filtered and sorted in SQL, returned as frozen records."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import extract, func, select

from sopdesk.domain.agenda import AgendaQuery, LetterRecord, SortKey
from sopdesk.store.database import Database
from sopdesk.store.letter_repository import LetterRepository, letter_record
from sopdesk.store.letter_rows import LetterRow
from sopdesk.store.queries import read_session
from sopdesk.store.rows import (
    NumberCounterRow,
)
from sopdesk.store.search import search_condition

_SORT_COLUMNS = {
    SortKey.NUMBER: (LetterRow.year, LetterRow.seq),
    SortKey.RECEIVED: (LetterRow.received_at, LetterRow.id),
    SortKey.ASAL: (LetterRow.asal, LetterRow.id),
    SortKey.NOMOR_SURAT: (LetterRow.nomor_surat, LetterRow.id),
    SortKey.TANGGAL_SURAT: (LetterRow.tanggal_surat, LetterRow.id),
    SortKey.PERIHAL: (LetterRow.perihal, LetterRow.id),
    SortKey.SIFAT: (LetterRow.sifat, LetterRow.id),
    SortKey.URGENSI: (LetterRow.urgensi, LetterRow.id),
    SortKey.STATUS: (LetterRow.status, LetterRow.id),
}


def agenda_ids(db: Database, query: AgendaQuery) -> list[int]:
    """Ids of the letters that pass the filters, in the chosen order (all in SQL)."""
    stmt = select(LetterRow.id)
    if query.year is not None:
        stmt = stmt.where(LetterRow.year == query.year)
    if query.month is not None:
        if query.year is not None:
            start = datetime(query.year, query.month, 1)
            end = datetime(query.year + (query.month == 12), query.month % 12 + 1, 1)
            stmt = stmt.where(LetterRow.received_at >= start, LetterRow.received_at < end)
        else:
            stmt = stmt.where(extract("month", LetterRow.received_at) == query.month)
    if query.received_from is not None:
        stmt = stmt.where(LetterRow.received_at >= datetime.combine(query.received_from, time.min))
    if query.received_to is not None:
        stmt = stmt.where(LetterRow.received_at < datetime.combine(query.received_to + timedelta(days=1), time.min))
    if query.sifat is not None:
        stmt = stmt.where(LetterRow.sifat == query.sifat.value)
    if query.urgensi is not None:
        stmt = stmt.where(LetterRow.urgensi == query.urgensi.value)
    if query.asal:
        stmt = stmt.where(LetterRow.asal == query.asal)
    if query.status is not None:
        stmt = stmt.where(LetterRow.status == query.status.value, LetterRow.voided.is_(False))
    if query.voided is not None:
        stmt = stmt.where(LetterRow.voided.is_(query.voided))
    condition = search_condition(db.dialect, query.search)
    if condition is not None:
        stmt = stmt.where(condition)
    columns = _SORT_COLUMNS[query.sort]
    stmt = stmt.order_by(*(c.desc() if query.descending else c.asc() for c in columns))
    with read_session(db) as s:
        return list(s.scalars(stmt))


def letters(db: Database, ids: list[int]) -> dict[int, LetterRecord]:
    """One page of the agenda: the records of ``ids``."""
    if not ids:
        return {}
    with read_session(db) as s:
        return {r.id: letter_record(r) for r in s.scalars(select(LetterRow).where(LetterRow.id.in_(ids)))}


def letter(db: Database, letter_id: int) -> LetterRecord | None:
    with read_session(db) as s:
        row = s.get(LetterRow, letter_id)
        return None if row is None else letter_record(row)


def letter_by_number(db: Database, number: str) -> LetterRecord | None:
    with read_session(db) as s:
        row = s.scalar(select(LetterRow).where(LetterRow.number == number))
        return None if row is None else letter_record(row)


def past_senders(db: Database, limit: int = 2000) -> list[str]:
    """Senders used before, most used first, for completing the asal surat field."""
    stmt = select(LetterRow.asal).group_by(LetterRow.asal).order_by(func.count().desc()).limit(limit)
    with read_session(db) as s:
        return list(s.scalars(stmt))


def agenda_years(db: Database) -> list[int]:
    """Years with letters: every one has its number counter, so no scan of the letters."""
    stmt = (
        select(NumberCounterRow.year)
        .where(NumberCounterRow.series == LetterRepository.SERIES)
        .order_by(NumberCounterRow.year.desc())
    )
    with read_session(db) as s:
        return list(s.scalars(stmt))


def senders(db: Database) -> list[str]:
    """Every sender in the book, alphabetically (read from the asal index)."""
    with read_session(db) as s:
        return list(s.scalars(select(LetterRow.asal).distinct().order_by(LetterRow.asal)))


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
