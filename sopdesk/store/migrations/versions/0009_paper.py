"""The print log: every print (what the paper showed, who printed it, when) and the SHA-256 of
every file made from it, so ``sopdesk verify`` can say a file is identical to a print; and the
officials' pangkat/golongan for the signer blocks.

Earlier prints (audit events ``print.*``) are copied into the log, without a file hash: their
files cannot be proved identical, only found by their mark. Both new tables are append-only
(triggers, as for ``audit_event``). ``official`` gains a column with ALTER TABLE ADD COLUMN, so
SQLite keeps its triggers; the audit triggers are not touched.

Revision ID: 0009_paper
Revises: 0008_sp
Create Date: 2026-12-05
"""

from __future__ import annotations

import json
from datetime import datetime

import sqlalchemy as sa
from alembic import op

from sopdesk.store.triggers import create_append_only_triggers

revision = "0009_paper"
down_revision = "0008_sp"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("official", sa.Column("pangkat", sa.String(120), nullable=False, server_default=sa.text("''")))
    op.create_table(
        "print_log",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(120), nullable=False),
        sa.Column("label", sa.String(400), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column("printed_by", sa.String(32), nullable=False),
        sa.Column("printed_by_nama", sa.String(200), nullable=False),
        sa.Column("printed_by_nip", sa.String(18), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("standing", sa.String(400), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_log")),
    )
    op.create_index("ix_print_log_kind_record", "print_log", ["kind", "record_id"])
    op.create_table(
        "print_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("print_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["print_id"], ["print_log.id"], name=op.f("fk_print_file_print_id_print_log")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_file")),
    )
    op.create_index(op.f("ix_print_file_print_id"), "print_file", ["print_id"])
    op.create_index(op.f("ix_print_file_sha256"), "print_file", ["sha256"])
    _copy_earlier_prints()
    bind = op.get_bind()
    create_append_only_triggers(bind, "print_log")
    create_append_only_triggers(bind, "print_file")


def _copy_earlier_prints() -> None:
    bind = op.get_bind()
    users = {
        str(r[0]): (str(r[1]), str(r[2] or ""))
        for r in bind.execute(sa.text("SELECT username, nama, nip FROM app_user"))
    }
    rows = bind.execute(
        sa.text(
            "SELECT id, at, actor, action, entity_id, after FROM audit_event WHERE action LIKE 'print.%' ORDER BY id"
        )
    )
    values = []
    for event_id, at, actor, action, entity_id, after in rows:
        try:
            logged = json.loads(after) if after else {}
        except ValueError:
            logged = {}
        if not isinstance(logged, dict):
            logged = {}
        try:
            printed_at = datetime.fromisoformat(str(logged.get("printed_at") or at))
        except ValueError:
            printed_at = datetime.fromisoformat(str(at))
        nama, nip = users.get(str(actor), ("Sistem" if actor == "system" else str(actor), ""))
        values.append(
            {
                "id": event_id,
                "kind": str(action)[len("print.") :][:40],
                "record_id": str(entity_id or "")[:120],
                "label": str(logged.get("label", ""))[:400],
                "content_hash": str(logged.get("content_hash", ""))[:64],
                "printed_at": printed_at.replace(tzinfo=None, microsecond=0),
                "printed_by": str(actor)[:32],
                "printed_by_nama": nama[:200],
                "printed_by_nip": nip[:18],
                "fields": "[]",
                "standing": "",
            }
        )
    if values:
        table = sa.table(
            "print_log",
            *(
                sa.column(name)
                for name in (
                    "id",
                    "kind",
                    "record_id",
                    "label",
                    "content_hash",
                    "printed_at",
                    "printed_by",
                    "printed_by_nama",
                    "printed_by_nip",
                    "fields",
                    "standing",
                )
            ),
        )
        op.bulk_insert(table, values)


def downgrade() -> None:
    raise NotImplementedError("SOPDesk tidak menurunkan skema: pulihkan dari cadangan.")
