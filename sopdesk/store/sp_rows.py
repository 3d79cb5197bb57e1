"""Rows of the Standar Pelayanan held as data (mapped when first needed): the SP of each jenis
layanan of a Berkas SP, its numbered versions (append-only), the case's SK and FKP data, what
was entered into SIPP at step 10, and the reviews of SPs in force."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

import sopdesk.store.case_rows  # noqa: F401  (the case table its foreign keys name)
from sopdesk.domain.changes import Kind
from sopdesk.store.rows import Base


class SpRecordRow(Base):
    """The SP of one jenis layanan of a case: its newest version, denormalised for lists and
    the register. ``version`` is the number of its newest :class:`SpVersionRow`; a save names
    the version it was based on. ``signed_at`` is set when step 8 completes: frozen from then."""

    changes_as = ((Kind.SP, "id"), (Kind.CASE, "case_id"))
    __tablename__ = "sp_record"
    __table_args__ = (
        UniqueConstraint("case_id", "layanan_key", name="uq_sp_record_case_layanan"),
        Index("ix_sp_record_opd_layanan", "opd_id", "layanan_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("sop_case.id"))
    opd_id: Mapped[int] = mapped_column(ForeignKey("opd.id"))
    layanan: Mapped[str] = mapped_column(String(200))
    layanan_key: Mapped[str] = mapped_column(String(200))
    position: Mapped[int]
    version: Mapped[int] = mapped_column(default=0)
    content: Mapped[str] = mapped_column(Text)  # JSON, see domain.sp.SpContent.to_dict
    signed_at: Mapped[datetime | None]
    signed_version: Mapped[int | None]
    sipp_at: Mapped[datetime | None]  # entered into SIPP (step 10)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]
    created_at: Mapped[datetime]


class SpVersionRow(Base):
    """One saved version of an SP. Append-only: triggers refuse UPDATE and DELETE."""

    changes_as = ((Kind.SP, "record_id"),)
    __tablename__ = "sp_version"
    __table_args__ = (UniqueConstraint("record_id", "number", name="uq_sp_version_record_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("sp_record.id"))
    number: Mapped[int]
    based_on: Mapped[int]
    pass_no: Mapped[int]
    step: Mapped[int | None]
    content: Mapped[str] = mapped_column(Text)
    changed: Mapped[str] = mapped_column(String(200))  # JSON list of section numbers
    source: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(500), default="")
    saved_by: Mapped[str] = mapped_column(String(64))
    saved_by_nama: Mapped[str] = mapped_column(String(200), default="")
    saved_at: Mapped[datetime]


class SpDocumentRow(Base):
    """The case's SK (nomor, tanggal, penetap, menimbang, mengingat, what it revokes) and its
    Forum Konsultasi Publik (participants by group, results, signers). One per case."""

    changes_as = ((Kind.SP, None), (Kind.CASE, "case_id"))
    __tablename__ = "sp_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("sop_case.id"), unique=True)
    version: Mapped[int] = mapped_column(default=1)
    content: Mapped[str] = mapped_column(Text)  # JSON, see domain.sp_papers.SpDocument.to_dict
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]


class SpSippEntryRow(Base):
    """What was entered into SIPP for one layanan, and when (step 10). Append-only."""

    changes_as = ((Kind.SP, "record_id"),)
    __tablename__ = "sp_sipp_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("sp_record.id"), index=True)
    version: Mapped[int]  # the SP version the fields were taken from
    fields: Mapped[str] = mapped_column(Text)  # JSON [[column, value], ...]
    content_hash: Mapped[str] = mapped_column(String(64))
    entered_at: Mapped[datetime]
    entered_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(String(500), default="")


class SpReviewRow(Base):
    """A review of an SP in force that found it still fit (resets the 12-month flag). Append-only."""

    changes_as = ((Kind.SP, "record_id"),)
    __tablename__ = "sp_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("sp_record.id"), index=True)
    reviewed_at: Mapped[datetime]
    reviewed_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(String(1000))
