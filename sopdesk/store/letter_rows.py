"""Rows of the agenda book: letters and their attachments (mapped when first needed)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint, func, text
from sqlalchemy.orm import Mapped, mapped_column

from sopdesk.domain.changes import Kind
from sopdesk.store.rows import Base


class LetterRow(Base):
    """A letter in the agenda book. Never deleted: a mistaken entry is voided with a reason."""

    changes_as = ((Kind.LETTER, "id"),)
    __tablename__ = "letter"
    __table_args__ = (
        UniqueConstraint("year", "seq", name="uq_letter_year_seq"),
        # Covering the agenda's usual orders: the id list comes from the index alone.
        Index("ix_letter_year_seq_id", "year", "seq", "id"),
        Index("ix_letter_received_at_id", "received_at", "id"),
        # One (column, id) index per order the table offers: a page in any order is read from
        # an index after the last row shown (keyset), never by sorting the book.
        *(
            Index(f"ix_letter_{c}_id", c, "id")
            for c in ("asal", "status", "nomor_surat", "tanggal_surat", "sifat", "urgensi")
        ),
        Index("ix_letter_perihal_id", func.substr(text("perihal"), 1, 120), "id"),
        Index("ix_letter_number", "number"),
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
    version: Mapped[int] = mapped_column(default=1, server_default="1")  # content edits only


class AttachmentRow(Base):
    """A scan or PDF of a letter, kept in the database (every seat sees it, backups carry it).
    Never deleted; its SHA-256 is checked every time it is opened."""

    changes_as = ((Kind.LETTER, "letter_id"),)
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
