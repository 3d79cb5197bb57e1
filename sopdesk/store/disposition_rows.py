"""Rows of dispositions and their recipients (mapped when first needed)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

import sopdesk.store.letter_rows  # noqa: F401  (the letter table its foreign keys name)
from sopdesk.domain.changes import Kind
from sopdesk.store.rows import Base


class DispositionRow(Base):
    """A disposition on a letter: its signer (kept as written), instructions, note and due
    date. A re-disposition points at its parent and at the parent's recipient entry it passes
    on. Never deleted: withdrawn with a reason while nobody has read it."""

    changes_as = ((Kind.DISPOSITION, "id"), (Kind.LETTER, "letter_id"))
    __tablename__ = "disposition"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letter.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("disposition.id"), index=True)
    parent_recipient_id: Mapped[int | None] = mapped_column(ForeignKey("disposition_recipient.id", use_alter=True))
    from_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    from_official_id: Mapped[int | None] = mapped_column(ForeignKey("official.id"))
    from_nama: Mapped[str] = mapped_column(String(200))
    from_jabatan: Mapped[str] = mapped_column(String(200))
    from_nip: Mapped[str] = mapped_column(String(18), default="")
    recorded_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_by_nama: Mapped[str] = mapped_column(String(200), default="")
    transcribed: Mapped[bool] = mapped_column(default=False)
    instructions: Mapped[str] = mapped_column(Text)  # JSON list, checklist items first
    catatan: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[date]
    written_at: Mapped[datetime]
    withdrawn: Mapped[bool] = mapped_column(default=False)
    withdraw_reason: Mapped[str] = mapped_column(Text, default="")
    withdrawn_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1, server_default="1")  # content edits only


class DispositionRecipientRow(Base):
    """One recipient of a disposition (a user, an official or a unit) and how far they got."""

    changes_as = ((Kind.DISPOSITION, "disposition_id"),)
    __tablename__ = "disposition_recipient"
    __table_args__ = (
        UniqueConstraint("disposition_id", "position", name="uq_disposition_recipient_disposition_position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    disposition_id: Mapped[int] = mapped_column(ForeignKey("disposition.id"), index=True)
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    official_id: Mapped[int | None] = mapped_column(ForeignKey("official.id"), index=True)
    nama: Mapped[str] = mapped_column(String(200))
    jabatan: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20))
    read_at: Mapped[datetime | None]
    followed_up_at: Mapped[datetime | None]
    done_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")
