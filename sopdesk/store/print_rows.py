"""Rows of the print log: every print, and every file made from it (mapped when first needed).

Both tables are append-only like the audit trail (triggers refuse UPDATE and DELETE): a print's
number is the id of the audit event that logged it, so ``print_log.id`` is that event's id.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sopdesk.domain.changes import Kind
from sopdesk.store.rows import Base


class PrintLogRow(Base):
    """One print: which document of which record, what the paper showed, who printed it, when."""

    changes_as = ((Kind.AUDIT, None),)
    __tablename__ = "print_log"
    __table_args__ = (Index("ix_print_log_kind_record", "kind", "record_id"),)

    # The id of the audit event that logged the print (no foreign key: audit_event keeps its
    # own guards, TRUNCATE included, exactly as they are).
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(40))  # the catalogue's key (services/documents.py)
    record_id: Mapped[str] = mapped_column(String(120))
    label: Mapped[str] = mapped_column(String(400))
    content_hash: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime]  # local office time, as printed on the paper
    printed_by: Mapped[str] = mapped_column(String(32))  # username
    printed_by_nama: Mapped[str] = mapped_column(String(200))
    printed_by_nip: Mapped[str] = mapped_column(String(18), default="")
    fields: Mapped[str] = mapped_column(Text, default="[]")  # JSON: [[label, value], ...] as printed
    standing: Mapped[str] = mapped_column(String(400), default="")  # "" in force, else e.g. "dibatalkan: ..."


class PrintFileRow(Base):
    """A file written for a print (the PDF, an .xlsx): its SHA-256 finds the print again."""

    changes_as = ((Kind.AUDIT, None),)
    __tablename__ = "print_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    print_id: Mapped[int] = mapped_column(ForeignKey("print_log.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]
    created_at: Mapped[datetime]  # UTC, like the audit trail
