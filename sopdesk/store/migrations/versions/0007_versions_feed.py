"""Several seats: a version on every editable record, and the change feed.

- ``version`` (starting at 1) on letters, dispositions, OPD, officials, classification codes,
  users and settings. A save names the version it was based on; the store refuses a stale one.
  Only content edits move it (a letter's status following its dispositions does not).
  A case's version is the sequence number of its last event, so it needs no column.
- ``change_log``: one row per committed write, with the kinds and ids it touched, who wrote
  it and from which seat (``origin``). Every seat reads the rows after the last one it saw,
  woken by ``PRAGMA data_version`` (SQLite) or LISTEN/NOTIFY (PostgreSQL).

Columns are added with ALTER TABLE (no batch copy), so no trigger is dropped.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VERSIONED = ("letter", "disposition", "opd", "official", "classification_code", "app_user", "setting")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("origin", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )


def downgrade() -> None:
    raise NotImplementedError("SOPDesk tidak menurunkan skema: pulihkan dari cadangan.")
