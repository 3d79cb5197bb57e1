"""Dispositions: the disposition on a letter (signer, instructions, note, due date) and its
recipients with their status; re-dispositions point at their parent.

The audit triggers guard only ``audit_event``, which this revision does not touch, so they
need not be recreated here.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

PARENT_RECIPIENT_FK = "fk_disposition_parent_recipient_id_disposition_recipient"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    # disposition.parent_recipient_id and disposition_recipient.disposition_id point at each
    # other: SQLite takes the reference to a table created later, PostgreSQL gets it added after.
    circular = (
        [sa.ForeignKeyConstraint(["parent_recipient_id"], ["disposition_recipient.id"], name=op.f(PARENT_RECIPIENT_FK))]
        if sqlite
        else []
    )
    op.create_table(
        "disposition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("parent_recipient_id", sa.Integer(), nullable=True),
        sa.Column("from_user_id", sa.Integer(), nullable=True),
        sa.Column("from_official_id", sa.Integer(), nullable=True),
        sa.Column("from_nama", sa.String(200), nullable=False),
        sa.Column("from_jabatan", sa.String(200), nullable=False),
        sa.Column("from_nip", sa.String(18), nullable=False),
        sa.Column("recorded_by_user_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_by_nama", sa.String(200), nullable=False),
        sa.Column("transcribed", sa.Boolean(), nullable=False),
        sa.Column("instructions", sa.Text(), nullable=False),
        sa.Column("catatan", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("withdraw_reason", sa.Text(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["letter_id"], ["letter.id"], name=op.f("fk_disposition_letter_id_letter")),
        sa.ForeignKeyConstraint(["parent_id"], ["disposition.id"], name=op.f("fk_disposition_parent_id_disposition")),
        sa.ForeignKeyConstraint(["from_user_id"], ["app_user.id"], name=op.f("fk_disposition_from_user_id_app_user")),
        sa.ForeignKeyConstraint(
            ["from_official_id"], ["official.id"], name=op.f("fk_disposition_from_official_id_official")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_user_id"], ["app_user.id"], name=op.f("fk_disposition_recorded_by_user_id_app_user")
        ),
        *circular,
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disposition")),
    )
    op.create_index(op.f("ix_disposition_letter_id"), "disposition", ["letter_id"])
    op.create_index(op.f("ix_disposition_parent_id"), "disposition", ["parent_id"])
    op.create_table(
        "disposition_recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("disposition_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("official_id", sa.Integer(), nullable=True),
        sa.Column("nama", sa.String(200), nullable=False),
        sa.Column("jabatan", sa.String(200), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=True),
        sa.Column("followed_up_at", sa.DateTime(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["disposition_id"], ["disposition.id"], name=op.f("fk_disposition_recipient_disposition_id_disposition")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_disposition_recipient_user_id_app_user")),
        sa.ForeignKeyConstraint(
            ["official_id"], ["official.id"], name=op.f("fk_disposition_recipient_official_id_official")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disposition_recipient")),
        sa.UniqueConstraint("disposition_id", "position", name="uq_disposition_recipient_disposition_position"),
    )
    op.create_index(op.f("ix_disposition_recipient_disposition_id"), "disposition_recipient", ["disposition_id"])
    op.create_index(op.f("ix_disposition_recipient_user_id"), "disposition_recipient", ["user_id"])
    op.create_index(op.f("ix_disposition_recipient_official_id"), "disposition_recipient", ["official_id"])
    if not sqlite:
        op.create_foreign_key(
            op.f(PARENT_RECIPIENT_FK), "disposition", "disposition_recipient", ["parent_recipient_id"], ["id"]
        )


def downgrade() -> None:
    raise NotImplementedError("SOPDesk tidak menurunkan skema: pulihkan dari cadangan.")
