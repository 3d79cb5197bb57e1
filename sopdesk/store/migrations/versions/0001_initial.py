"""Initial schema: users, officials, master data, SOP versions, settings, audit trail.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sopdesk.store.triggers import create_audit_triggers

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "official",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lane", sa.String(32), nullable=False),
        sa.Column("nama", sa.String(200), nullable=False),
        sa.Column("jabatan", sa.String(200), nullable=False),
        sa.Column("nip", sa.String(18), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official")),
    )
    op.create_index(op.f("ix_official_lane"), "official", ["lane"])
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(32), nullable=False),
        sa.Column("nama", sa.String(200), nullable=False),
        sa.Column("nip", sa.String(18), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("official_id", sa.Integer(), nullable=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", sa.DateTime(), nullable=True),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("password_changed_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["official_id"], ["official.id"], name=op.f("fk_app_user_official_id_official")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "opd",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nama", sa.String(200), nullable=False),
        sa.Column("singkatan", sa.String(40), nullable=False),
        sa.Column("jenis", sa.String(40), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opd")),
        sa.UniqueConstraint("nama", name=op.f("uq_opd_nama")),
    )
    op.create_table(
        "classification_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.String(40), nullable=False),
        sa.Column("kode", sa.String(40), nullable=False),
        sa.Column("uraian", sa.String(300), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classification_code")),
        sa.UniqueConstraint("scheme", "kode", name="uq_classification_code_scheme_kode"),
    )
    op.create_table(
        "sop_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nomor", sa.String(40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("source", sa.String(500), nullable=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sop_version")),
        sa.UniqueConstraint("nomor", "version", name="uq_sop_version_nomor_version"),
        sa.UniqueConstraint("nomor", "content_hash", name="uq_sop_version_nomor_content_hash"),
    )
    op.create_table(
        "sop_lane",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sop_version_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("nama", sa.String(100), nullable=False),
        sa.ForeignKeyConstraint(
            ["sop_version_id"],
            ["sop_version.id"],
            name=op.f("fk_sop_lane_sop_version_id_sop_version"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sop_lane")),
        sa.UniqueConstraint("sop_version_id", "code", name="uq_sop_lane_version_code"),
    )
    op.create_index(op.f("ix_sop_lane_sop_version_id"), "sop_lane", ["sop_version_id"])
    op.create_table(
        "sop_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sop_version_id", sa.Integer(), nullable=False),
        sa.Column("no", sa.Integer(), nullable=False),
        sa.Column("uraian", sa.Text(), nullable=False),
        sa.Column("lanes", sa.Text(), nullable=False),
        sa.Column("lead_lane", sa.String(32), nullable=False),
        sa.Column("kelengkapan", sa.Text(), nullable=False),
        sa.Column("waktu_hari", sa.Numeric(6, 1), nullable=False),
        sa.Column("output", sa.Text(), nullable=False),
        sa.Column("keterangan", sa.Text(), nullable=False),
        sa.Column("returns_to", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sop_version_id"],
            ["sop_version.id"],
            name=op.f("fk_sop_step_sop_version_id_sop_version"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sop_step")),
        sa.UniqueConstraint("sop_version_id", "no", name="uq_sop_step_version_no"),
    )
    op.create_index(op.f("ix_sop_step_sop_version_id"), "sop_step", ["sop_version_id"])
    op.create_table(
        "setting",
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("on_behalf_of", sa.String(300), nullable=True),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_event_hash")),
    )
    op.create_index("ix_audit_event_entity", "audit_event", ["entity", "entity_id"])
    create_audit_triggers(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("SOPDesk tidak menurunkan skema: pulihkan dari cadangan.")
