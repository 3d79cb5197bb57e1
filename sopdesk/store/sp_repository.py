"""The Standar Pelayanan repository: the SP of each layanan, its versions, the case's SK and
FKP document, SIPP entries and reviews (inside a unit of work)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from sopdesk.domain.errors import NotFound
from sopdesk.domain.sp import Source as SpSource
from sopdesk.domain.sp import SpContent, SpRecord, SpVersion, layanan_key
from sopdesk.domain.sp_papers import SpDocument
from sopdesk.store.audit import now_utc
from sopdesk.store.seal import note_rows
from sopdesk.store.sp_rows import SpDocumentRow, SpRecordRow, SpReviewRow, SpSippEntryRow, SpVersionRow


def sp_record(row: SpRecordRow) -> SpRecord:
    return SpRecord(
        id=row.id,
        case_id=row.case_id,
        layanan=row.layanan,
        position=row.position,
        version=row.version,
        content=SpContent.from_dict(json.loads(row.content or "{}")),
        signed_at=row.signed_at,
        signed_version=row.signed_version,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
    )


def sp_version(row: SpVersionRow) -> SpVersion:
    return SpVersion(
        number=row.number,
        based_on=row.based_on,
        pass_no=row.pass_no,
        step=row.step,
        content=SpContent.from_dict(json.loads(row.content or "{}")),
        changed=tuple(int(n) for n in json.loads(row.changed or "[]")),
        source=SpSource(row.source),
        note=row.note,
        saved_by=row.saved_by,
        saved_by_nama=row.saved_by_nama,
        saved_at=row.saved_at,
    )


def sp_document(row: SpDocumentRow) -> SpDocument:
    return SpDocument.from_dict(
        json.loads(row.content or "{}"), version=row.version, updated_by=row.updated_by, updated_at=row.updated_at
    )


class SpRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _locked(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"

    def records(self, case_id: int) -> list[SpRecord]:
        rows = self.session.scalars(
            select(SpRecordRow).where(SpRecordRow.case_id == case_id).order_by(SpRecordRow.position)
        )
        return [sp_record(r) for r in rows]

    def record(self, case_id: int, layanan: str, *, lock: bool = False) -> SpRecord | None:
        stmt = select(SpRecordRow).where(
            SpRecordRow.case_id == case_id, SpRecordRow.layanan_key == layanan_key(layanan)
        )
        if lock and self._locked():
            stmt = stmt.with_for_update()
        row = self.session.scalar(stmt)
        return None if row is None else sp_record(row)

    def create(self, *, case_id: int, opd_id: int, layanan: str, position: int, by: str) -> int:
        now = now_utc()
        row = SpRecordRow(
            case_id=case_id,
            opd_id=opd_id,
            layanan=layanan,
            layanan_key=layanan_key(layanan),
            position=position,
            version=0,
            content="{}",
            updated_by=by,
            updated_at=now,
            created_at=now,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def versions(self, record_id: int) -> list[SpVersion]:
        rows = self.session.scalars(
            select(SpVersionRow).where(SpVersionRow.record_id == record_id).order_by(SpVersionRow.number)
        )
        return [sp_version(r) for r in rows]

    def add_version(self, record_id: int, version: SpVersion) -> None:
        """Append version ``version.number`` and make it the record's content."""
        content = version.content.canonical()
        self.session.add(
            SpVersionRow(
                record_id=record_id,
                number=version.number,
                based_on=version.based_on,
                pass_no=version.pass_no,
                step=version.step,
                content=content,
                changed=json.dumps(list(version.changed)),
                source=version.source.value,
                note=version.note[:500],
                saved_by=version.saved_by,
                saved_by_nama=version.saved_by_nama[:200],
                saved_at=version.saved_at,
            )
        )
        row = self.session.get(SpRecordRow, record_id)
        if row is None:
            raise NotFound(f"SP #{record_id} tidak ditemukan.")
        row.version = version.number
        row.content = content
        row.updated_by = version.saved_by
        row.updated_at = now_utc()
        self.session.flush()

    def sign(self, case_id: int, at: datetime) -> list[tuple[int, str, int]]:
        """Freeze every SP of the case as signed at ``at``: (record id, layanan, version)."""
        rows = list(self.session.scalars(select(SpRecordRow).where(SpRecordRow.case_id == case_id)))
        for row in rows:
            row.signed_at = at
            row.signed_version = row.version
        self.session.flush()
        return [(r.id, r.layanan, r.version) for r in rows]

    def add_sipp_entry(
        self, record_id: int, version: int, fields: list[list[str]], content_hash: str, at: datetime, by: str, note: str
    ) -> int:
        row = SpSippEntryRow(
            record_id=record_id,
            version=version,
            fields=json.dumps(fields, ensure_ascii=False),
            content_hash=content_hash,
            entered_at=at,
            entered_by=by,
            note=note[:500],
        )
        self.session.add(row)
        self.session.execute(update(SpRecordRow).where(SpRecordRow.id == record_id).values(sipp_at=at))
        note_rows(self.session, "sp_record", [(record_id,)], columns=("sipp_at",))
        self.session.flush()
        return row.id

    def document_row(self, case_id: int, *, lock: bool = False) -> SpDocumentRow | None:
        stmt = select(SpDocumentRow).where(SpDocumentRow.case_id == case_id)
        if lock and self._locked():
            stmt = stmt.with_for_update()
        return self.session.scalar(stmt)

    def document(self, case_id: int) -> SpDocument | None:
        row = self.document_row(case_id)
        return None if row is None else sp_document(row)

    def save_document(self, case_id: int, document: SpDocument, by: str) -> int:
        """Write the case's document, moving its version; the new version number."""
        row = self.document_row(case_id, lock=True)
        content = document.canonical()
        if row is None:
            row = SpDocumentRow(case_id=case_id, version=1, content=content, updated_by=by, updated_at=now_utc())
            self.session.add(row)
        else:
            row.version += 1
            row.content = content
            row.updated_by = by
            row.updated_at = now_utc()
        self.session.flush()
        return row.version

    def add_review(self, record_id: int, at: datetime, by: str, note: str) -> int:
        row = SpReviewRow(record_id=record_id, reviewed_at=at, reviewed_by=by, note=note[:1000])
        self.session.add(row)
        self.session.flush()
        return row.id

    def record_by_id(self, record_id: int) -> SpRecord:
        row = self.session.get(SpRecordRow, record_id)
        if row is None:
            raise NotFound(f"SP #{record_id} tidak ditemukan.")
        return sp_record(row)

    def last_review(self, record_id: int) -> datetime | None:
        value: Any = self.session.scalar(
            select(func.max(SpReviewRow.reviewed_at)).where(SpReviewRow.record_id == record_id)
        )
        return value if isinstance(value, datetime) else None
