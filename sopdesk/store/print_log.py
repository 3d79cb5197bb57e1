"""The print log in the store: appending a print and its files, finding a print again."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.domain.printing import PrintRecord, fields_from_json, fields_to_json
from sopdesk.store.audit import now_utc
from sopdesk.store.database import Database
from sopdesk.store.print_rows import PrintFileRow, PrintLogRow
from sopdesk.store.queries import read_session


class PrintLogRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(
        self,
        print_id: int,
        *,
        kind: str,
        record_id: str,
        label: str,
        content_hash: str,
        printed_at: datetime,
        printed_by: str,
        printed_by_nama: str,
        printed_by_nip: str,
        fields: tuple[tuple[str, str], ...],
        standing: str,
    ) -> None:
        self.session.add(
            PrintLogRow(
                id=print_id,
                kind=kind,
                record_id=record_id[:120],
                label=label[:400],
                content_hash=content_hash,
                printed_at=printed_at,
                printed_by=printed_by[:32],
                printed_by_nama=printed_by_nama[:200],
                printed_by_nip=printed_by_nip[:18],
                fields=fields_to_json(fields),
                standing=standing[:400],
            )
        )
        self.session.flush()

    def add_file(self, print_id: int, sha256: str, size: int) -> int:
        row = PrintFileRow(print_id=print_id, sha256=sha256, size=size, created_at=now_utc())
        self.session.add(row)
        self.session.flush()
        return row.id


def _record(row: PrintLogRow, files: list[str]) -> PrintRecord:
    return PrintRecord(
        id=row.id,
        kind=row.kind,
        record_id=row.record_id,
        label=row.label,
        content_hash=row.content_hash,
        printed_at=row.printed_at,
        printed_by=row.printed_by,
        printed_by_nama=row.printed_by_nama,
        printed_by_nip=row.printed_by_nip,
        fields=fields_from_json(row.fields),
        standing=row.standing,
        files=tuple(files),
    )


def print_record(db: Database, print_id: int) -> PrintRecord | None:
    with read_session(db) as s:
        row = s.get(PrintLogRow, print_id)
        if row is None:
            return None
        files = list(s.scalars(select(PrintFileRow.sha256).where(PrintFileRow.print_id == print_id)))
        return _record(row, files)


def print_by_file(db: Database, sha256: str) -> PrintRecord | None:
    """The print a file with this SHA-256 was made for (None: no file of this database)."""
    with read_session(db) as s:
        print_id = s.scalar(select(PrintFileRow.print_id).where(PrintFileRow.sha256 == sha256).limit(1))
    return None if print_id is None else print_record(db, print_id)


def print_event_after(db: Database, print_id: int) -> str | None:
    """The ``after`` of the audit event that logged a print (what the user typed for it)."""
    from sopdesk.store.rows import AuditEventRow

    with read_session(db) as s:
        return s.scalar(select(AuditEventRow.after).where(AuditEventRow.id == print_id))
