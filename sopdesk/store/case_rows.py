"""Rows of the Berkas SP: cases and their events (mapped when first needed)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

import sopdesk.store.letter_rows  # noqa: F401  (the letter table its foreign keys name)
from sopdesk.domain.changes import Kind
from sopdesk.store.rows import Base


class CaseRow(Base):
    """A Berkas SP: one OPD submission through the SOP's steps. Never deleted (cancelled with a
    reason). Its identity never changes; the columns from ``status`` on are derived from its
    events (:class:`sopdesk.domain.cases.CaseSummary`) and rewritten in the same transaction as
    each event, so the home screen and the overview read them without folding any events."""

    changes_as = ((Kind.CASE, "id"), (Kind.LETTER, "letter_id"))
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

    changes_as = ((Kind.CASE, "case_id"),)
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
