"""Attachments of letters: scans and PDFs kept in the database with their SHA-256.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letter_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("mime", sa.String(80), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["letter_id"], ["letter.id"], name=op.f("fk_letter_attachment_letter_id_letter")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_attachment")),
    )
    op.create_index(op.f("ix_letter_attachment_letter_id"), "letter_attachment", ["letter_id"])


def downgrade() -> None:
    raise NotImplementedError("SOPDesk tidak menurunkan skema: pulihkan dari cadangan.")
