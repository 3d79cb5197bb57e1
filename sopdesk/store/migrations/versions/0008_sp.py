"""The Standar Pelayanan held as data (issue 16): the SP of each jenis layanan of a Berkas SP
and its numbered versions, the case's SK and FKP data, SIPP entries and reviews.

``sp_version``, ``sp_sipp_entry`` and ``sp_review`` are append-only (triggers refuse UPDATE and
DELETE, and TRUNCATE on PostgreSQL), like ``audit_event`` and ``sop_case_event``.

Revision ID: 0008_sp
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sopdesk.store.triggers import create_sp_triggers

revision = "0008_sp"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sp_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("opd_id", sa.Integer(), nullable=False),
        sa.Column("layanan", sa.String(200), nullable=False),
        sa.Column("layanan_key", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("signed_version", sa.Integer(), nullable=True),
        sa.Column("sipp_at", sa.DateTime(), nullable=True),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["sop_case.id"], name=op.f("fk_sp_record_case_id_sop_case")),
        sa.ForeignKeyConstraint(["opd_id"], ["opd.id"], name=op.f("fk_sp_record_opd_id_opd")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sp_record")),
        sa.UniqueConstraint("case_id", "layanan_key", name="uq_sp_record_case_layanan"),
    )
    op.create_index("ix_sp_record_opd_layanan", "sp_record", ["opd_id", "layanan_key"])
    op.create_table(
        "sp_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("based_on", sa.Integer(), nullable=False),
        sa.Column("pass_no", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("changed", sa.String(200), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("note", sa.String(500), nullable=False),
        sa.Column("saved_by", sa.String(64), nullable=False),
        sa.Column("saved_by_nama", sa.String(200), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["sp_record.id"], name=op.f("fk_sp_version_record_id_sp_record")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sp_version")),
        sa.UniqueConstraint("record_id", "number", name="uq_sp_version_record_number"),
    )
    op.create_table(
        "sp_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["sop_case.id"], name=op.f("fk_sp_document_case_id_sop_case")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sp_document")),
        sa.UniqueConstraint("case_id", name=op.f("uq_sp_document_case_id")),
    )
    op.create_table(
        "sp_sipp_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.Column("entered_by", sa.String(64), nullable=False),
        sa.Column("note", sa.String(500), nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["sp_record.id"], name=op.f("fk_sp_sipp_entry_record_id_sp_record")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sp_sipp_entry")),
    )
    op.create_index(op.f("ix_sp_sipp_entry_record_id"), "sp_sipp_entry", ["record_id"])
    op.create_table(
        "sp_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("reviewed_by", sa.String(64), nullable=False),
        sa.Column("note", sa.String(1000), nullable=False),
        sa.ForeignKeyConstraint(["record_id"], ["sp_record.id"], name=op.f("fk_sp_review_record_id_sp_record")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sp_review")),
    )
    op.create_index(op.f("ix_sp_review_record_id"), "sp_review", ["record_id"])
    create_sp_triggers(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("SOPDesk tidak menurunkan skema: pulihkan dari cadangan.")
