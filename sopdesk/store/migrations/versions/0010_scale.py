"""The agenda at kabupaten scale: an index for every order the table offers, the agenda number
looked up by index, and PostgreSQL's full text split at every separator.

- ``(column, id)`` indexes for each sortable column, so a page of the agenda in any order is
  read from an index after the last row shown (keyset), never by sorting the whole book.
  Perihal is ordered by its first 120 characters (a PostgreSQL index entry has a size limit).
  ``(asal, id)`` and ``(status, id)`` replace the single-column indexes.
- ``number``: the CLI and the search find a letter by its agenda number without a scan.
- PostgreSQL: the search vector splits "440/368/Dinkes" and "368-Org" into words, so a number
  is found through the index instead of a ``LIKE '%…%'`` over every letter.

Indexes are created and dropped without rebuilding the table, so no trigger is lost.

Revision ID: 0010_scale
Revises: 0009_paper
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sopdesk.store.search import create_pg_search

revision = "0010_scale"
down_revision = "0009_paper"
branch_labels = None
depends_on = None

ORDERS = ("asal", "status", "nomor_surat", "tanggal_surat", "sifat", "urgensi")


def upgrade() -> None:
    op.drop_index("ix_letter_asal", table_name="letter")
    op.drop_index("ix_letter_status", table_name="letter")
    for column in ORDERS:
        op.create_index(f"ix_letter_{column}_id", "letter", [column, "id"])
    op.create_index("ix_letter_perihal_id", "letter", [sa.text("substr(perihal, 1, 120)"), "id"])
    op.create_index("ix_letter_number", "letter", ["number"])
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.drop_index("ix_letter_search", table_name="letter")
        op.drop_column("letter", "search")
        create_pg_search(bind)
        op.execute("ANALYZE letter")  # the planner's statistics of the new vector and indexes
    else:
        op.execute("PRAGMA analysis_limit = 1000")  # a sample per index: seconds, not minutes
        op.execute("ANALYZE letter")


def downgrade() -> None:
    raise NotImplementedError("SOPDesk tidak menurunkan skema: pulihkan dari cadangan.")
