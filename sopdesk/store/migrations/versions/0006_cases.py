"""Berkas SP: cases, their append-only events, and the edits of the working-day calendar.

Revision ID: 0006
Revises: 0004 (another branch adds 0005 on 0004; the two are relinked when merged)
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sopdesk.store.triggers import create_case_event_triggers

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sop_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("opd_id", sa.Integer(), nullable=False),
        sa.Column("jenis_layanan", sa.Text(), nullable=False),
        sa.Column("sop_version_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("current_step", sa.Integer(), nullable=True),
        sa.Column("lanes", sa.String(300), nullable=False),
        sa.Column("step_started_at", sa.DateTime(), nullable=True),
        sa.Column("step_due_at", sa.DateTime(), nullable=True),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("suspended_since", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("returns", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["letter_id"], ["letter.id"], name=op.f("fk_sop_case_letter_id_letter")),
        sa.ForeignKeyConstraint(["opd_id"], ["opd.id"], name=op.f("fk_sop_case_opd_id_opd")),
        sa.ForeignKeyConstraint(
            ["sop_version_id"], ["sop_version.id"], name=op.f("fk_sop_case_sop_version_id_sop_version")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sop_case")),
        sa.UniqueConstraint("number", name=op.f("uq_sop_case_number")),
        sa.UniqueConstraint("year", "seq", name="uq_sop_case_year_seq"),
    )
    op.create_index(op.f("ix_sop_case_letter_id"), "sop_case", ["letter_id"])
    op.create_index("ix_sop_case_status_step", "sop_case", ["status", "current_step"])
    op.create_table(
        "sop_case_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("on_behalf_of", sa.String(300), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["sop_case.id"], name=op.f("fk_sop_case_event_case_id_sop_case")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sop_case_event")),
        sa.UniqueConstraint("case_id", "seq", name="uq_sop_case_event_case_seq"),
    )
    op.create_index("ix_sop_case_event_at", "sop_case_event", ["at"])
    op.create_table(
        "calendar_override",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tanggal", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("keterangan", sa.String(300), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_override")),
        sa.UniqueConstraint("tanggal", name=op.f("uq_calendar_override_tanggal")),
    )
    create_case_event_triggers(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("SOPDesk tidak menurunkan skema: pulihkan dari cadangan.")
