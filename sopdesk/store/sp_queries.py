"""Read queries of the Standar Pelayanan: a case's SPs and versions, SIPP entries, and the SPs
of every case with their SK (for ``sp list`` and the register of SPs in force)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from sopdesk.domain.sp import SpRecord, SpVersion
from sopdesk.domain.sp_papers import SpDocument
from sopdesk.store.case_rows import CaseRow
from sopdesk.store.database import Database
from sopdesk.store.queries import read_session
from sopdesk.store.rows import OpdRow
from sopdesk.store.sp_repository import sp_document, sp_record, sp_version
from sopdesk.store.sp_rows import SpDocumentRow, SpRecordRow, SpReviewRow, SpSippEntryRow, SpVersionRow


def case_records(db: Database, case_id: int) -> list[SpRecord]:
    with read_session(db) as s:
        rows = s.scalars(select(SpRecordRow).where(SpRecordRow.case_id == case_id).order_by(SpRecordRow.position))
        return [sp_record(r) for r in rows]


def record_versions(db: Database, record_id: int) -> list[SpVersion]:
    with read_session(db) as s:
        rows = s.scalars(select(SpVersionRow).where(SpVersionRow.record_id == record_id).order_by(SpVersionRow.number))
        return [sp_version(r) for r in rows]


def case_document(db: Database, case_id: int) -> SpDocument | None:
    with read_session(db) as s:
        row = s.scalar(select(SpDocumentRow).where(SpDocumentRow.case_id == case_id))
        return None if row is None else sp_document(row)


@dataclass(frozen=True)
class SippEntry:
    record_id: int
    version: int
    fields: tuple[tuple[str, str], ...]
    content_hash: str
    entered_at: datetime
    entered_by: str
    note: str


def sipp_entries(db: Database, case_id: int) -> list[SippEntry]:
    with read_session(db) as s:
        stmt = (
            select(SpSippEntryRow)
            .join(SpRecordRow, SpRecordRow.id == SpSippEntryRow.record_id)
            .where(SpRecordRow.case_id == case_id)
            .order_by(SpSippEntryRow.id)
        )
        return [
            SippEntry(
                r.record_id,
                r.version,
                tuple((str(a), str(b)) for a, b in json.loads(r.fields)),
                r.content_hash,
                r.entered_at,
                r.entered_by,
                r.note,
            )
            for r in s.scalars(stmt)
        ]


@dataclass(frozen=True)
class SpRow:
    """One SP with its case, OPD and SK, as lists and the register read it."""

    record_id: int
    case_id: int
    case_number: str
    case_status: str
    case_step: int | None
    opd_id: int
    opd_nama: str
    layanan: str
    layanan_key: str
    version: int
    content: str
    signed_at: datetime | None
    sipp_at: datetime | None
    document: str | None
    last_review: datetime | None


def sp_rows(db: Database, *, opd_id: int | None = None) -> list[SpRow]:
    """Every SP of every case (newest case first), with what lists need."""
    reviews = (
        select(SpReviewRow.record_id, func.max(SpReviewRow.reviewed_at).label("last_review"))
        .group_by(SpReviewRow.record_id)
        .subquery()
    )
    stmt = (
        select(
            SpRecordRow.id.label("record_id"),
            SpRecordRow.case_id,
            CaseRow.number.label("case_number"),
            CaseRow.status.label("case_status"),
            CaseRow.current_step.label("case_step"),
            SpRecordRow.opd_id,
            OpdRow.nama.label("opd_nama"),
            SpRecordRow.layanan,
            SpRecordRow.layanan_key,
            SpRecordRow.version,
            SpRecordRow.content,
            SpRecordRow.signed_at,
            SpRecordRow.sipp_at,
            SpDocumentRow.content.label("document"),
            reviews.c.last_review,
        )
        .join(CaseRow, CaseRow.id == SpRecordRow.case_id)
        .join(OpdRow, OpdRow.id == SpRecordRow.opd_id)
        .outerjoin(SpDocumentRow, SpDocumentRow.case_id == SpRecordRow.case_id)
        .outerjoin(reviews, reviews.c.record_id == SpRecordRow.id)
        .order_by(CaseRow.started_at.desc(), CaseRow.id.desc(), SpRecordRow.position)
    )
    if opd_id is not None:
        stmt = stmt.where(SpRecordRow.opd_id == opd_id)
    with read_session(db) as s:
        return [SpRow(**r._mapping) for r in s.execute(stmt)]
