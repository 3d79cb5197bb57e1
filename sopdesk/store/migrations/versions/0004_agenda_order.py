"""Covering indexes for the agenda's two usual orders (by number, by date received), so
the window's id list is read from an index alone, without sorting the letters.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_letter_year_seq_id", "letter", ["year", "seq", "id"])
    op.drop_index("ix_letter_received_at", table_name="letter")
    op.create_index("ix_letter_received_at_id", "letter", ["received_at", "id"])


def downgrade() -> None:
    raise NotImplementedError("SOPDesk tidak menurunkan skema: pulihkan dari cadangan.")
