"""Records that prove themselves (issue 13): every record's state sealed into the audit chain.

- ``audit_event.rows``: the records an event's unit of work wrote (table, key, digest of their
  state), inside the event's hash. Older events keep ``rows`` NULL and their hash as it was.
- ``audit_record``: each record's whole state as an event left it; append-only (triggers).
- The first seal: every record already in the database is sealed as it is found now, in
  ``integrity.baseline`` events of at most 1,000 records, so ``sopdesk check`` compares every
  record from here on. What was changed outside SOPDesk before this upgrade cannot be told
  apart from honest data (the README says so).

Columns are added with ALTER TABLE (no batch copy), so no trigger is dropped.

Revision ID: 0011_integrity
Revises: 0010_scale
Create Date: 2026-12-06
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from sopdesk.domain.audit import GENESIS, AuditFields, canonical_json, event_hash
from sopdesk.domain.seal import rows_entry, rows_json, state_digest
from sopdesk.store.seal import UNSEALED, database_spec, stream_states
from sopdesk.store.triggers import create_audit_record_triggers

revision = "0011_integrity"
down_revision = "0010_scale"
branch_labels = None
depends_on = None

CHUNK = 1000


def upgrade() -> None:
    op.add_column("audit_event", sa.Column("rows", sa.Text(), nullable=True))
    op.create_table(
        "audit_record",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(64), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("state", sa.Text(), nullable=True),
        sa.Column("outside", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["audit_event.id"], name=op.f("fk_audit_record_event_id_audit_event")),
        sa.PrimaryKeyConstraint("event_id", "tbl", "key", name=op.f("pk_audit_record")),
    )
    op.create_index("ix_audit_record_tbl_key", "audit_record", ["tbl", "key", "event_id", "digest"])
    conn = op.get_bind()
    create_audit_record_triggers(conn)
    seal_everything(conn)


def seal_everything(conn: sa.Connection) -> None:
    """Seal every record of every table as it is now (the first seal)."""
    names = sorted(
        n
        for n in sa.inspect(conn).get_table_names()
        if n not in UNSEALED and not n.startswith(("sqlite_", "letter_fts"))
    )
    if not names:
        return
    last = conn.execute(sa.text("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")).scalar()
    state = {"prev": last or GENESIS}
    for name in names:
        spec = database_spec(conn, name)
        if spec is None or not spec.pk:
            continue
        chunk: list[tuple[str, str]] = []
        for item in stream_states(conn, spec):
            chunk.append(item)
            if len(chunk) == CHUNK:
                _baseline_event(conn, name, chunk, state)
                chunk = []
        if chunk:
            _baseline_event(conn, name, chunk, state)


def _baseline_event(conn: sa.Connection, table: str, chunk: list[tuple[str, str]], state: dict[str, str]) -> None:
    records = [(key, s, state_digest(s)) for key, s in chunk]
    rows = rows_json([rows_entry(table, key, digest, None) for key, _, digest in records])
    fields = AuditFields(
        at=datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="microseconds"),
        actor="system",
        on_behalf_of=None,
        action="integrity.baseline",
        entity="database",
        entity_id=None,
        before=None,
        after=canonical_json({"tabel": table, "baris": len(records), "revisi": revision}),
        rows=rows,
    )
    digest = event_hash(state["prev"], fields)
    event_id = conn.execute(
        sa.text(
            "INSERT INTO audit_event (at, actor, on_behalf_of, action, entity, entity_id, before, after, rows, "
            "prev_hash, hash) VALUES (:at, :actor, NULL, :action, :entity, NULL, NULL, :after, :rows, :prev, :hash) "
            "RETURNING id"
        ),
        {
            "at": fields.at,
            "actor": fields.actor,
            "action": fields.action,
            "entity": fields.entity,
            "after": fields.after,
            "rows": rows,
            "prev": state["prev"],
            "hash": digest,
        },
    ).scalar_one()
    conn.execute(
        sa.text(
            "INSERT INTO audit_record (event_id, tbl, key, digest, state, outside) "
            "VALUES (:event_id, :tbl, :key, :digest, :state, NULL)"
        ),
        [{"event_id": event_id, "tbl": table, "key": key, "digest": d, "state": s} for key, s, d in records],
    )
    state["prev"] = digest


def downgrade() -> None:
    raise NotImplementedError("SOPDesk tidak menurunkan skema: pulihkan dari cadangan.")
