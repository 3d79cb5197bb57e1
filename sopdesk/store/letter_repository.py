"""The agenda book's repository: letters, numbered without gaps, never deleted."""

from __future__ import annotations

from enum import StrEnum
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from sopdesk.domain.agenda import LetterInput, LetterRecord, LetterStatus, Sifat, Sumber, Urgensi
from sopdesk.domain.changes import Kind
from sopdesk.domain.errors import Conflict, NotFound
from sopdesk.store.audit import now_utc
from sopdesk.store.changes import note_change, take_write_lock
from sopdesk.store.letter_rows import LetterRow
from sopdesk.store.repositories import apply_changes, edit, locked_get
from sopdesk.store.rows import OpdRow


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

    def next_seq(self, year: int) -> int:
        """Take the next number of ``year``: an upsert that locks the counter row until commit.

        The writers' turn is taken first (PostgreSQL), so the counter row is held only for the
        few inserts left before commit, never while this writer waits for another's turn."""
        take_write_lock(self.session)
        stmt = text(
            "INSERT INTO number_counter (series, year, last) VALUES (:series, :year, 1) "
            "ON CONFLICT (series, year) DO UPDATE SET last = number_counter.last + 1 RETURNING last"
        )
        return int(self.session.execute(stmt, {"series": self.SERIES, "year": year}).scalar_one())

    def claim_seq(self, year: int, seq: int) -> None:
        """Back-filling: keep a letter's original number and move the counter past it."""
        take_write_lock(self.session)
        if self.session.scalar(select(LetterRow.id).where(LetterRow.year == year, LetterRow.seq == seq)):
            raise Conflict(f"Nomor urut {seq} tahun {year} sudah dipakai.")
        stmt = text(
            "INSERT INTO number_counter (series, year, last) VALUES (:series, :year, :seq) "
            "ON CONFLICT (series, year) DO UPDATE SET last = CASE WHEN number_counter.last < :seq "
            "THEN :seq ELSE number_counter.last END"
        )
        self.session.execute(stmt, {"series": self.SERIES, "year": year, "seq": seq})

    def add(self, cmd: LetterInput, *, year: int, seq: int, number: str, created_by: str) -> LetterRecord:
        """Insert the letter, linked to the OPD its sender names (one statement, no unit-of-work
        bookkeeping: it runs inside the writers' turn, which ``next_seq`` took)."""
        now = now_utc()
        opd = select(OpdRow.id).where(func.lower(OpdRow.nama) == cmd.asal.lower()).limit(1).scalar_subquery()
        values: dict[str, Any] = {
            "year": year,
            "seq": seq,
            "number": number,
            "asal_opd_id": opd,
            "status": LetterStatus.BELUM.value,
            "voided": False,
            "void_reason": "",
            "created_by": created_by,
            "created_at": now,
            "updated_at": now,
            "version": 1,
            **{k: (v.value if isinstance(v, StrEnum) else v) for k, v in letter_values(cmd).items()},
        }
        letter_id = int(self.session.execute(insert(LetterRow).values(values).returning(LetterRow.id)).scalar_one())
        note_change(self.session, Kind.LETTER, (letter_id,))
        return letter_record(cast(LetterRow, SimpleNamespace(**{**values, "id": letter_id, "asal_opd_id": None})))

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
