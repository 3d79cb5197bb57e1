"""Typed SQLAlchemy 2 rows. They never leave ``store/``: repositories return domain records.

This module holds the rows the program needs to open a database and log a user in (users,
master data, the SOP, settings, the audit trail). The agenda's, the dispositions' and the
Berkas SP's rows live in ``letter_rows``, ``disposition_rows`` and ``case_rows`` and are mapped
when first imported, so start-up does not pay for mapping every table. :func:`all_tables`
loads them all, for whatever needs the whole schema.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import ForeignKey, Index, MetaData, Numeric, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sopdesk.domain.changes import Kind

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    # Which record a row belongs to, for the change feed: (kind, column holding that record's
    # id, or None when the kind is re-read whole). Every row class says it (a test checks).
    changes_as: ClassVar[tuple[tuple[Kind, str | None], ...]] = ()


class UserRow(Base):
    changes_as = ((Kind.USER, "id"),)
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
    version: Mapped[int] = mapped_column(default=1, server_default="1")  # content edits only


class OfficialRow(Base):
    """An official who holds a lane (Bupati, Sekda, ...), with nama, jabatan and NIP."""

    changes_as = ((Kind.MASTER, None),)
    __tablename__ = "official"

    id: Mapped[int] = mapped_column(primary_key=True)
    lane: Mapped[str] = mapped_column(String(32), index=True)
    nama: Mapped[str] = mapped_column(String(200))
    jabatan: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str] = mapped_column(String(18), default="")
    pangkat: Mapped[str] = mapped_column(String(120), default="", server_default=text("''"))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1, server_default="1")  # content edits only


class OpdRow(Base):
    changes_as = ((Kind.MASTER, None),)
    __tablename__ = "opd"

    id: Mapped[int] = mapped_column(primary_key=True)
    nama: Mapped[str] = mapped_column(String(200), unique=True)
    singkatan: Mapped[str] = mapped_column(String(40), default="")
    jenis: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(default=1, server_default="1")  # content edits only


class ClassificationRow(Base):
    changes_as = ((Kind.MASTER, None),)
    __tablename__ = "classification_code"
    __table_args__ = (UniqueConstraint("scheme", "kode", name="uq_classification_code_scheme_kode"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme: Mapped[str] = mapped_column(String(40))
    kode: Mapped[str] = mapped_column(String(40))
    uraian: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(default=1, server_default="1")  # content edits only


class SopVersionRow(Base):
    changes_as = ((Kind.MASTER, None),)
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
    changes_as = ((Kind.MASTER, None),)
    __tablename__ = "sop_lane"
    __table_args__ = (UniqueConstraint("sop_version_id", "code", name="uq_sop_lane_version_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sop_version_id: Mapped[int] = mapped_column(ForeignKey("sop_version.id"), index=True)
    position: Mapped[int]
    code: Mapped[str] = mapped_column(String(32))
    nama: Mapped[str] = mapped_column(String(100))


class SopStepRow(Base):
    changes_as = ((Kind.MASTER, None),)
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
    changes_as = ((Kind.SETTING, None),)
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1, server_default="1")  # content edits only


class AuditEventRow(Base):
    """Append-only; triggers refuse UPDATE and DELETE. ``at`` is text so the hash is exact."""

    changes_as = ((Kind.AUDIT, None),)
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
    # The records the event's unit of work wrote (table, key, digest of their state), in the
    # hash; None for events that wrote none and for events older than sealing (issue 13).
    rows: Mapped[str | None] = mapped_column(Text)


class AuditRecordRow(Base):
    """A record's whole state as one audit event left it (``sopdesk.store.seal``). Append-only
    like the trail; the event's ``rows`` (inside the hash chain) carry each state's digest, so
    an edited or missing row here is found by ``sopdesk check``. ``outside`` keeps the fields
    the writing unit found changed outside SOPDesk since the record's previous state."""

    changes_as = ()
    __tablename__ = "audit_record"
    # Covering: the latest digest of a record is read from the index alone (check, a million times).
    __table_args__ = (Index("ix_audit_record_tbl_key", "tbl", "key", "event_id", "digest"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("audit_event.id"), primary_key=True)
    tbl: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    state: Mapped[str | None] = mapped_column(Text)
    outside: Mapped[str | None] = mapped_column(Text)


class NumberCounterRow(Base):
    """The last number given per series and year: bumped with an upsert in the same
    transaction as the record it numbers, so numbers have no gaps and no duplicates."""

    changes_as = ()
    __tablename__ = "number_counter"

    series: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last: Mapped[int]


class CalendarOverrideRow(Base):
    """An edit of the holiday list: an extra holiday, or a date that is a working day after all."""

    changes_as = ((Kind.CALENDAR, None),)
    __tablename__ = "calendar_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    tanggal: Mapped[date] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    keterangan: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(default=True)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]


class ChangeLogRow(Base):
    """One committed write: the kinds and ids it touched (JSON), who wrote it, from which seat.

    Every seat reads the rows after the last one it saw (the change feed). Not part of the
    record: old rows may be pruned."""

    changes_as = ()
    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    origin: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)


def all_tables() -> MetaData:
    """The metadata with every table of the program (for migrations and their tests)."""
    import sopdesk.store.case_rows
    import sopdesk.store.disposition_rows
    import sopdesk.store.letter_rows
    import sopdesk.store.print_rows
    import sopdesk.store.sp_rows  # noqa: F401

    return Base.metadata
