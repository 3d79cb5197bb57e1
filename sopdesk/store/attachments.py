"""Attachments of letters: stored bytes with their SHA-256, listed without their bytes."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.domain.agenda import AttachmentRecord
from sopdesk.domain.errors import NotFound
from sopdesk.store.audit import now_utc
from sopdesk.store.database import Database
from sopdesk.store.letter_rows import AttachmentRow, LetterRow

_LISTED = (
    AttachmentRow.id,
    AttachmentRow.letter_id,
    AttachmentRow.filename,
    AttachmentRow.mime,
    AttachmentRow.size,
    AttachmentRow.sha256,
    AttachmentRow.added_at,
    AttachmentRow.added_by,
)


class AttachmentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, letter_id: int, filename: str, mime: str, data: bytes, added_by: str) -> AttachmentRecord:
        if self.session.get(LetterRow, letter_id) is None:
            raise NotFound(f"Surat #{letter_id} tidak ditemukan.")
        row = AttachmentRow(
            letter_id=letter_id,
            filename=filename,
            mime=mime,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            data=data,
            added_at=now_utc(),
            added_by=added_by,
        )
        self.session.add(row)
        self.session.flush()
        return AttachmentRecord(
            row.id, row.letter_id, row.filename, row.mime, row.size, row.sha256, row.added_at, row.added_by
        )


def attachments(db: Database, letter_id: int) -> list[AttachmentRecord]:
    """A letter's attachments, oldest first, without loading their bytes."""
    with Session(db.read_engine) as s:
        rows = s.execute(select(*_LISTED).where(AttachmentRow.letter_id == letter_id).order_by(AttachmentRow.id))
        return [AttachmentRecord(*row) for row in rows]


def attachment_data(db: Database, attachment_id: int) -> tuple[AttachmentRecord, bytes]:
    with Session(db.read_engine) as s:
        row = s.get(AttachmentRow, attachment_id)
        if row is None:
            raise NotFound(f"Lampiran #{attachment_id} tidak ditemukan.")
        record = AttachmentRecord(
            row.id, row.letter_id, row.filename, row.mime, row.size, row.sha256, row.added_at, row.added_by
        )
        return record, bytes(row.data)
