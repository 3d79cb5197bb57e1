"""The agenda book's repository: letters, numbered without gaps, never deleted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, text
from sqlalchemy.orm import Session

from sopdesk.domain.agenda import LetterInput, LetterRecord, LetterStatus, Sifat, Sumber, Urgensi
from sopdesk.domain.changes import Kind
from sopdesk.domain.errors import Conflict, NotFound
from sopdesk.store import counters
from sopdesk.store.audit import now_utc
from sopdesk.store.bulk import insert_rows
from sopdesk.store.changes import note_change
from sopdesk.store.counters import Numbered
from sopdesk.store.database import Database
from sopdesk.store.letter_rows import LetterRow
from sopdesk.store.repositories import apply_changes, edit, locked_get
from sopdesk.store.rows import OpdRow
from sopdesk.store.seal import note_rows
from sopdesk.store.search import indexed_in_bulk


def letter_record(row: LetterRow) -> LetterRecord:
    return LetterRecord(
        id=row.id,
        year=row.year,
        seq=row.seq,
        number=row.number,
        received_at=row.received_at,
        asal=row.asal,
        nomor_surat=row.nomor_surat,
        tanggal_surat=row.tanggal_surat,
        perihal=row.perihal,
        isi_ringkas=row.isi_ringkas,
        sifat=Sifat(row.sifat),
        urgensi=Urgensi(row.urgensi),
        lampiran=row.lampiran,
        kode=row.kode,
        sumber=Sumber(row.sumber),
        srikandi_no=row.srikandi_no,
        diteruskan_kepada=row.diteruskan_kepada,
        keterangan=row.keterangan,
        status=LetterStatus(row.status),
        voided=row.voided,
        void_reason=row.void_reason,
        created_by=row.created_by,
        version=row.version,
    )


LETTER_FIELDS = (
    "received_at",
    "asal",
    "nomor_surat",
    "tanggal_surat",
    "perihal",
    "isi_ringkas",
    "sifat",
    "urgensi",
    "lampiran",
    "kode",
    "sumber",
    "srikandi_no",
    "diteruskan_kepada",
    "keterangan",
)


def letter_values(cmd: LetterInput) -> dict[str, Any]:
    return {name: getattr(cmd, name) for name in LETTER_FIELDS}


@dataclass(frozen=True)
class PreparedLetters:
    """Letters of an import as the driver takes them, made ready before the write lock is taken:
    each row's values in column order, bound as the dialect binds them, lacking seq and number."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    seq_at: int  # where seq and number go in a row
    year_at: int


def prepare_letters(
    db: Database, letters: Sequence[tuple[dict[str, Any], int | None]], *, created_by: str
) -> PreparedLetters:
    """``(letter_values(letter), asal_opd_id)`` per letter -> driver rows for :meth:`add_many`."""
    table = LetterRow.__table__
    assert isinstance(table, Table)
    dialect = db.engine.dialect
    columns = [c for c in table.columns if c.name != "id"]
    late = ("seq", "number")
    early = [c for c in columns if c.name not in late]
    order = [*early[:1], *(c for c in columns if c.name in late), *early[1:]]
    processors = [c.type.bind_processor(dialect) for c in early]
    now = now_utc()
    fixed = {
        "status": LetterStatus.BELUM.value,
        "voided": False,
        "void_reason": "",
        "created_by": created_by,
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }
    rows = []
    for values, opd_id in letters:
        given = {
            **{k: (v.value if isinstance(v, StrEnum) else v) for k, v in values.items()},
            **fixed,
            "year": values["received_at"].year,
            "asal_opd_id": opd_id,
        }
        rows.append(
            tuple(
                given[c.name] if process is None else process(given[c.name])
                for c, process in zip(early, processors, strict=True)
            )
        )
    year_at = [c.name for c in early].index("year")
    return PreparedLetters(tuple(c.name for c in order), rows, 1, year_at)


# One statement, built once (its values are parameters): the letter, linked to the OPD its
# sender names.
_INSERT_LETTER = (
    insert(cast(Table, LetterRow.__table__))  # Core: no ORM bulk-insert bookkeeping
    .values(
        asal_opd_id=select(OpdRow.id)
        .where(func.lower(OpdRow.nama) == func.lower(bindparam("sender")))
        .limit(1)
        .scalar_subquery()
    )
    .returning(LetterRow.__table__.c.id)
)


class LetterRepository:
    SERIES = "agenda"

    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, letter_id: int, *, lock: bool = False) -> LetterRow:
        row = locked_get(self.session, LetterRow, letter_id) if lock else self.session.get(LetterRow, letter_id)
        if row is None:
            raise NotFound(f"Surat #{letter_id} tidak ditemukan.")
        return row

    def get(self, letter_id: int) -> LetterRecord:
        return letter_record(self._row(letter_id))

    def by_number(self, number: str) -> LetterRecord | None:
        row = self.session.scalar(select(LetterRow).where(LetterRow.number == number))
        return None if row is None else letter_record(row)

    def next_seq(self, year: int) -> Numbered:
        """Take the next free number of ``year`` (the counter row is locked until commit).

        Taken as late as the caller can (after its reads), and followed only by single-statement
        inserts, so the row is held briefly. The writers' turn (PostgreSQL's advisory lock) comes
        after the counter, at commit, in every writer (an import reserves its numbers the same
        way), so two writers never wait for each other crosswise."""
        return counters.take_next(self.session, self.SERIES, year, LetterRow.year, LetterRow.seq)

    def claim_seq(self, year: int, seq: int) -> int:
        """Back-filling: keep a letter's original number and move the counter up to it.
        Returns the counter before (0: the year had none)."""
        if self.session.scalar(select(LetterRow.id).where(LetterRow.year == year, LetterRow.seq == seq)):
            raise Conflict(f"Nomor urut {seq} tahun {year} sudah dipakai.")
        return counters.claim(self.session, self.SERIES, year, seq)

    def give_back_seq(self, letter_id: int) -> int | None:
        """After voiding a back-filled letter that moved its year's counter, and while no number
        was given after it: the counter returns to the year's highest other number."""
        row = self._row(letter_id)
        if row.created_at.year <= row.year:  # registered in its own year: not a back-fill
            return None
        highest = self.session.scalar(
            select(func.max(LetterRow.seq)).where(LetterRow.year == row.year, LetterRow.id != row.id)
        )
        return counters.give_back(self.session, self.SERIES, row.year, row.seq, highest)

    def taken(self, year: int, seqs: Sequence[int]) -> set[int]:
        """Which of ``seqs`` already number a letter of ``year`` (one range scan of the index)."""
        if not seqs:
            return set()
        stmt = select(LetterRow.seq).where(LetterRow.year == year, LetterRow.seq.between(min(seqs), max(seqs)))
        return set(self.session.scalars(stmt)) & set(seqs)

    def claim_up_to(self, year: int, seq: int) -> None:
        """Back-filling many letters: move the counter of ``year`` past ``seq`` (the highest
        original number claimed), once; the caller checked that none of them is taken."""
        stmt = text(
            "INSERT INTO number_counter (series, year, last) VALUES (:series, :year, :seq) "
            "ON CONFLICT (series, year) DO UPDATE SET last = CASE WHEN number_counter.last < :seq "
            "THEN :seq ELSE number_counter.last END"
        )
        self.session.execute(stmt, {"series": self.SERIES, "year": year, "seq": seq})
        note_rows(self.session, "number_counter", [(self.SERIES, year)])  # inserted or updated

    def reserve(self, year: int, count: int) -> int:
        """Take ``count`` consecutive numbers of ``year`` at once; the first of them."""
        stmt = text(
            "INSERT INTO number_counter (series, year, last) VALUES (:series, :year, :count) "
            "ON CONFLICT (series, year) DO UPDATE SET last = number_counter.last + :count RETURNING last"
        )
        last = int(self.session.execute(stmt, {"series": self.SERIES, "year": year, "count": count}).scalar_one())
        note_rows(self.session, "number_counter", [(self.SERIES, year)])  # inserted or updated
        return last - count + 1

    def add_many(self, prepared: PreparedLetters, seqs: Sequence[int], numbers: Sequence[str]) -> list[int]:
        """Insert the letters :func:`prepare_letters` made ready, under ``seqs`` and ``numbers``
        (in the same order), with one ``executemany`` (an import); their ids in that order. The
        change feed hears "letters, re-read whole".

        The ids are read back by (year, seq), which is unique: every writer holds the write lock
        until it commits (the caller took it), so no other letter commits meanwhile."""
        if not prepared.rows:
            return []
        where = prepared.seq_at
        rows = [
            (*row[:where], seq, number, *row[where:])
            for row, seq, number in zip(prepared.rows, seqs, numbers, strict=True)
        ]
        before = self.session.scalar(select(func.coalesce(func.max(LetterRow.id), 0)))
        with indexed_in_bulk(self.session) as ids:
            insert_rows(self.session, "letter", prepared.columns, rows)
            found = {
                (year, seq): letter_id
                for letter_id, year, seq in self.session.execute(
                    select(LetterRow.id, LetterRow.year, LetterRow.seq).where(LetterRow.id > before)
                )
            }
            ids.extend(found[(row[prepared.year_at], seq)] for row, seq in zip(prepared.rows, seqs, strict=True))
        note_change(self.session, Kind.LETTER)
        note_rows(self.session, "letter", [(i,) for i in ids], new=True)  # sealed at commit, with the import
        return ids

    def add(self, cmd: LetterInput, *, year: int, seq: int, number: str, created_by: str) -> LetterRecord:
        """Insert the letter, linked to the OPD its sender names (one statement, no unit-of-work
        bookkeeping: the year's counter row is held from ``next_seq`` to commit)."""
        now = now_utc()
        values: dict[str, Any] = {
            "year": year,
            "seq": seq,
            "number": number,
            "status": LetterStatus.BELUM.value,
            "voided": False,
            "void_reason": "",
            "created_by": created_by,
            "created_at": now,
            "updated_at": now,
            "version": 1,
            **{k: (v.value if isinstance(v, StrEnum) else v) for k, v in letter_values(cmd).items()},
        }
        letter_id = int(self.session.execute(_INSERT_LETTER, {**values, "sender": cmd.asal}).scalar_one())
        note_change(self.session, Kind.LETTER, (letter_id,))
        note_rows(self.session, "letter", [(letter_id,)], new=True)  # Core: sealed with its event
        return letter_record(cast(LetterRow, SimpleNamespace(**{**values, "id": letter_id})))

    def update(self, letter_id: int, **changes: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        """Bookkeeping that is not an edit of the letter (its status): the version stays."""
        row = self._row(letter_id)
        values = {k: (v.value if isinstance(v, StrEnum) else v) for k, v in changes.items()}
        before, after = apply_changes(row, values)
        if after:
            row.updated_at = now_utc()
        return before, after

    def edit(
        self, letter_id: int, expected_version: int | None = None, **changes: Any
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """A correction or a void, based on ``expected_version``: refused when another seat
        saved a newer version meanwhile (naming who and when); moves the version."""
        row = self._row(letter_id, lock=True)
        values = {k: (v.value if isinstance(v, StrEnum) else v) for k, v in changes.items()}
        label = f"Surat {row.number}"
        before, after = edit(self.session, row, values, expected_version, entity="letter", label=label)
        if after:
            row.updated_at = now_utc()
        return before, after

    def same_sender_and_number(self, asal: str, nomor_surat: str) -> list[LetterRecord]:
        rows = self.session.scalars(
            select(LetterRow).where(
                func.lower(LetterRow.asal) == asal.lower(),
                func.lower(LetterRow.nomor_surat) == nomor_surat.lower(),
                LetterRow.voided.is_(False),
            )
        )
        return [letter_record(r) for r in rows]
