"""Yearly numbers (agenda, Berkas SP): a counter row per (series, year), bumped in the same
transaction as the record it numbers, with a unique constraint on the records as a backstop.

A number already taken is never handed out again: when the counter stands on a taken number
(a back-filled letter far ahead of it, or a counter set back outside SOPDesk) the next free
number after it is used and the counter moves there; how many were passed over is returned so
the audit event can say so. Every change of a counter row is sealed into the audit chain.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, func, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from sopdesk.store.rows import NumberCounterRow
from sopdesk.store.seal import note_rows


@dataclass(frozen=True)
class Numbered:
    seq: int
    passed_over: int  # taken numbers the counter stood on and that were skipped
    counter_before: int  # the counter's value before (0: the year had none)


def _counter(session: Session, series: str, year: int) -> int | None:
    return session.scalar(
        select(NumberCounterRow.last).where(NumberCounterRow.series == series, NumberCounterRow.year == year)
    )


def _note(session: Session, series: str, year: int, existed: bool) -> None:
    note_rows(session, "number_counter", [(series, year)], new=not existed, columns=("last",))


def _set(session: Session, series: str, year: int, last: int) -> None:
    session.execute(
        text(
            "INSERT INTO number_counter (series, year, last) VALUES (:series, :year, :last) "
            "ON CONFLICT (series, year) DO UPDATE SET last = :last"
        ),
        {"series": series, "year": year, "last": last},
    )


def take_next(
    session: Session,
    series: str,
    year: int,
    year_col: InstrumentedAttribute[int],
    seq_col: InstrumentedAttribute[int],
) -> Numbered:
    """The next free number of ``year`` in ``series``; the counter row is locked until commit.

    ``year_col``/``seq_col`` are the numbered records' columns (taken numbers are looked up there).
    """
    before = _counter(session, series, year)
    seq = int(
        session.execute(
            text(
                "INSERT INTO number_counter (series, year, last) VALUES (:series, :year, 1) "
                "ON CONFLICT (series, year) DO UPDATE SET last = number_counter.last + 1 RETURNING last"
            ),
            {"series": series, "year": year},
        ).scalar_one()
    )
    _note(session, series, year, before is not None)

    def taken(n: int | ColumnElement[int]) -> ColumnElement[bool]:
        return exists().where(year_col == year, seq_col == n)

    if not session.scalar(select(taken(seq))):
        return Numbered(seq, 0, before or 0)
    # The first free number after ``seq``: the end of the run of taken numbers that starts there.
    table = seq_col.class_
    inner = select(seq_col).where(year_col == year, seq_col >= seq).subquery()
    other = select(1).select_from(table).where(year_col == year, seq_col == inner.c[seq_col.key] + 1)
    free = session.scalar(select(func.min(inner.c[seq_col.key] + 1)).where(~other.exists()))
    assert free is not None
    _set(session, series, year, int(free))
    return Numbered(int(free), int(free) - seq, before or 0)


def claim(session: Session, series: str, year: int, seq: int) -> int:
    """Back-filling: ``seq`` is taken under its original number; the counter moves up to it
    (numbers given later continue after it, as in the paper book). Returns the counter before."""
    before = _counter(session, series, year)
    if before is None or before < seq:
        _set(session, series, year, seq)
        _note(session, series, year, before is not None)
    return before or 0


def give_back(session: Session, series: str, year: int, seq: int, highest_other: int | None) -> int | None:
    """A voided back-filled number that moved the counter and was the last one given: the
    counter returns to the highest other number of the year. Returns the new value, or None
    when the counter stays (a later number was given after it)."""
    current = _counter(session, series, year)
    if current != seq:
        return None
    value = highest_other or 0
    if value >= seq:
        return None
    _set(session, series, year, value)
    _note(session, series, year, True)
    return value
