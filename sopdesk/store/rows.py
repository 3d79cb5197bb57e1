"""Typed SQLAlchemy 2 rows. They never leave ``store/``: repositories return domain records."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, LargeBinary, MetaData, Numeric, String, Text, UniqueConstraint, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UserRow(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    nama: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str] = mapped_column(String(18), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    official_id: Mapped[int | None] = mapped_column(ForeignKey("official.id"))
    failed_attempts: Mapped[int] = mapped_column(default=0)
    last_failed_at: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]
    password_changed_at: Mapped[datetime]
    created_at: Mapped[datetime]


class OfficialRow(Base):
    """An official who holds a lane (Bupati, Sekda, ...), with nama, jabatan and NIP."""

    __tablename__ = "official"

    id: Mapped[int] = mapped_column(primary_key=True)
    lane: Mapped[str] = mapped_column(String(32), index=True)
    nama: Mapped[str] = mapped_column(String(200))
    jabatan: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str] = mapped_column(String(18), default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]


class OpdRow(Base):
    __tablename__ = "opd"

    id: Mapped[int] = mapped_column(primary_key=True)
    nama: Mapped[str] = mapped_column(String(200), unique=True)
    singkatan: Mapped[str] = mapped_column(String(40), default="")
    jenis: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(default=True)


class ClassificationRow(Base):
    __tablename__ = "classification_code"
    __table_args__ = (UniqueConstraint("scheme", "kode", name="uq_classification_code_scheme_kode"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme: Mapped[str] = mapped_column(String(40))
    kode: Mapped[str] = mapped_column(String(40))
    uraian: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(default=True)


class SopVersionRow(Base):
    __tablename__ = "sop_version"
    __table_args__ = (
        UniqueConstraint("nomor", "version", name="uq_sop_version_nomor_version"),
        UniqueConstraint("nomor", "content_hash", name="uq_sop_version_nomor_content_hash"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    nomor: Mapped[str] = mapped_column(String(40))
    version: Mapped[int]
    content_hash: Mapped[str] = mapped_column(String(64))
    definition: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(500), default="")
    loaded_at: Mapped[datetime]


class SopLaneRow(Base):
    __tablename__ = "sop_lane"
    __table_args__ = (UniqueConstraint("sop_version_id", "code", name="uq_sop_lane_version_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sop_version_id: Mapped[int] = mapped_column(ForeignKey("sop_version.id"), index=True)
    position: Mapped[int]
    code: Mapped[str] = mapped_column(String(32))
    nama: Mapped[str] = mapped_column(String(100))


class SopStepRow(Base):
    __tablename__ = "sop_step"
    __table_args__ = (UniqueConstraint("sop_version_id", "no", name="uq_sop_step_version_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sop_version_id: Mapped[int] = mapped_column(ForeignKey("sop_version.id"), index=True)
    no: Mapped[int]
    uraian: Mapped[str] = mapped_column(Text)
    lanes: Mapped[str] = mapped_column(Text)  # JSON list, lead lane first
    lead_lane: Mapped[str] = mapped_column(String(32))
    kelengkapan: Mapped[str] = mapped_column(Text)  # JSON list
    waktu_hari: Mapped[Decimal] = mapped_column(Numeric(6, 1))
    output: Mapped[str] = mapped_column(Text)  # JSON list
    keterangan: Mapped[str] = mapped_column(Text, default="")
    returns_to: Mapped[int | None]


class SettingRow(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[datetime]


class AuditEventRow(Base):
    """Append-only; triggers refuse UPDATE and DELETE. ``at`` is text so the hash is exact."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    on_behalf_of: Mapped[str | None] = mapped_column(String(300))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class NumberCounterRow(Base):
    """The last number given per series and year: bumped with an upsert in the same
    transaction as the record it numbers, so numbers have no gaps and no duplicates."""

    __tablename__ = "number_counter"

    series: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last: Mapped[int]


class LetterRow(Base):
    """A letter in the agenda book. Never deleted: a mistaken entry is voided with a reason."""

    __tablename__ = "letter"
    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_letter_year_seq"),
        # Covering the agenda's usual orders: the id list comes from the index alone.
        Index("ix_letter_year_seq_id", "year", "seq", "id"),
        Index("ix_letter_received_at_id", "received_at", "id"),
        Index("ix_letter_asal", "asal"),
        Index("ix_letter_status", "status"),
        # The repeated-letter warning looks up a nomor surat case-insensitively.
        Index("ix_letter_nomor_surat_lower", func.lower(text("nomor_surat"))),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    seq: Mapped[int]
    number: Mapped[str] = mapped_column(String(80))
    received_at: Mapped[datetime]
    asal: Mapped[str] = mapped_column(String(300))
    asal_opd_id: Mapped[int | None] = mapped_column(ForeignKey("opd.id"))
    nomor_surat: Mapped[str] = mapped_column(String(255))
    tanggal_surat: Mapped[date]
    perihal: Mapped[str] = mapped_column(Text)
    isi_ringkas: Mapped[str] = mapped_column(Text, default="")
    sifat: Mapped[str] = mapped_column(String(20))
    urgensi: Mapped[str] = mapped_column(String(20))
    lampiran: Mapped[str] = mapped_column(String(300), default="")
    kode: Mapped[str] = mapped_column(String(40), default="")
    sumber: Mapped[str] = mapped_column(String(20))
    srikandi_no: Mapped[str] = mapped_column(String(300), default="")
    diteruskan_kepada: Mapped[str] = mapped_column(String(300), default="")
    keterangan: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(30))
    voided: Mapped[bool] = mapped_column(default=False)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class AttachmentRow(Base):
    """A scan or PDF of a letter, kept in the database (every seat sees it, backups carry it).
    Never deleted; its SHA-256 is checked every time it is opened."""

    __tablename__ = "letter_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letter.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(80))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime]
    added_by: Mapped[str] = mapped_column(String(64))


# --- Berkas SP (issue 6) ----------------------------------------------------------------------


class CaseRow(Base):
    """A Berkas SP: one OPD submission through the SOP's steps. Never deleted (cancelled with a
    reason). Its identity never changes; the columns from ``status`` on are derived from its
    events (:class:`sopdesk.domain.cases.CaseSummary`) and rewritten in the same transaction as
    each event, so the home screen and the overview read them without folding any events."""

    __tablename__ = "sop_case"
    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_sop_case_year_seq"),
        Index("ix_sop_case_status_step", "status", "current_step"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int]
    seq: Mapped[int]
    letter_id: Mapped[int] = mapped_column(ForeignKey("letter.id"), index=True)
    opd_id: Mapped[int] = mapped_column(ForeignKey("opd.id"))
    jenis_layanan: Mapped[str] = mapped_column(Text)  # JSON list
    sop_version_id: Mapped[int] = mapped_column(ForeignKey("sop_version.id"))
    started_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    # Derived from the events (local office time, like started_at).
    status: Mapped[str] = mapped_column(String(20))
    current_step: Mapped[int | None]
    lanes: Mapped[str] = mapped_column(String(300), default="")  # lane codes of the current step, lead first
    step_started_at: Mapped[datetime | None]
    step_due_at: Mapped[datetime | None]
    due_at: Mapped[datetime]
    suspended_since: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    returns: Mapped[int] = mapped_column(default=0)
    last_seq: Mapped[int] = mapped_column(default=0)
    updated_at: Mapped[datetime]


class CaseEventRow(Base):
    """An event of a Berkas SP (a step done, a return, a suspension, ...). Append-only:
    triggers refuse UPDATE and DELETE; every event has its audit event too."""

    __tablename__ = "sop_case_event"
    __table_args__ = (
        UniqueConstraint("case_id", "seq", name="uq_sop_case_event_case_seq"),
        Index("ix_sop_case_event_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("sop_case.id"))
    seq: Mapped[int]
    kind: Mapped[str] = mapped_column(String(20))
    step: Mapped[int | None]
    at: Mapped[datetime]  # when it happened (may be back-dated)
    payload: Mapped[str] = mapped_column(Text)  # JSON, see domain.cases.CaseEvent.payload
    recorded_by: Mapped[str] = mapped_column(String(64))
    on_behalf_of: Mapped[str | None] = mapped_column(String(300))
    recorded_at: Mapped[datetime]


class CalendarOverrideRow(Base):
    """An edit of the holiday list: an extra holiday, or a date that is a working day after all."""

    __tablename__ = "calendar_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    tanggal: Mapped[date] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    keterangan: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(default=True)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]
