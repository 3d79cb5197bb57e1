"""Agenda book: letters, yearly number counters, full-text search.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sopdesk.store.search import create_letter_search

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "number_counter",
        sa.Column("series", sa.String(32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series", "year", name=op.f("pk_number_counter")),
    )
    op.create_table(
        "letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(80), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("asal", sa.String(300), nullable=False),
        sa.Column("asal_opd_id", sa.Integer(), nullable=True),
        sa.Column("nomor_surat", sa.String(255), nullable=False),
        sa.Column("tanggal_surat", sa.Date(), nullable=False),
        sa.Column("perihal", sa.Text(), nullable=False),
        sa.Column("isi_ringkas", sa.Text(), nullable=False),
        sa.Column("sifat", sa.String(20), nullable=False),
        sa.Column("urgensi", sa.String(20), nullable=False),
        sa.Column("lampiran", sa.String(300), nullable=False),
        sa.Column("kode", sa.String(40), nullable=False),
        sa.Column("sumber", sa.String(20), nullable=False),
        sa.Column("srikandi_no", sa.String(300), nullable=False),
        sa.Column("diteruskan_kepada", sa.String(300), nullable=False),
        sa.Column("keterangan", sa.Text(), nullable=False),
        sa.Column("status", sa.String(30), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["asal_opd_id"], ["opd.id"], name=op.f("fk_letter_asal_opd_id_opd")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter")),
        sa.UniqueConstraint("year", "seq", name="uq_letter_year_seq"),
    )
    op.create_index("ix_letter_received_at", "letter", ["received_at"])
    op.create_index("ix_letter_asal", "letter", ["asal"])
    op.create_index("ix_letter_status", "letter", ["status"])
    op.create_index("ix_letter_nomor_surat_lower", "letter", [sa.text("lower(nomor_surat)")])
    create_letter_search(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("SOPDesk tidak menurunkan skema: pulihkan dari cadangan.")
