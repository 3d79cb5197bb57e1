"""``sopdesk check``: integrity, foreign keys, audit triggers and the audit hash chain."""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from sopdesk.domain.audit import AuditFields, verify_chain
from sopdesk.domain.records import CheckProblem
from sopdesk.store.database import Database, head_revision
from sopdesk.store.letter_rows import AttachmentRow
from sopdesk.store.rows import AuditEventRow
from sopdesk.store.triggers import SP_APPEND_ONLY, existing_triggers, expected_triggers


def check_database(db: Database) -> list[CheckProblem]:
    problems: list[CheckProblem] = []
    revision = db.current_revision()
    if revision != head_revision():
        problems.append(CheckProblem("skema", f"revisi skema {revision}, seharusnya {head_revision()}"))
    with db.read_engine.connect() as conn:
        if db.dialect == "sqlite":
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problems.extend(CheckProblem("integrity_check", r) for r in rows)
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(CheckProblem(f"{table} baris {rowid}", f"kunci asing ke {parent} tidak ada"))
        missing = expected_triggers(db.dialect) - existing_triggers(conn)
        for name in sorted(missing):
            problems.append(CheckProblem(f"trigger {name}", "pelindung audit_event hilang (tabel bisa diubah)"))
        events = [
            (
                r.id,
                r.prev_hash,
                r.hash,
                AuditFields(
                    at=r.at,
                    actor=r.actor,
                    on_behalf_of=r.on_behalf_of,
                    action=r.action,
                    entity=r.entity,
                    entity_id=r.entity_id,
                    before=r.before,
                    after=r.after,
                ),
            )
            for r in conn.execute(select(AuditEventRow.__table__).order_by(AuditEventRow.id))
        ]
    for p in verify_chain(events):
        problems.append(CheckProblem(f"audit_event id {p.event_id}", p.message))
    problems.extend(_check_attachments(db))
    problems.extend(_check_append_only_triggers(db))
    return problems


def _check_attachments(db: Database) -> list[CheckProblem]:
    """Every stored scan or PDF still has the SHA-256 taken when it was attached."""
    found = []
    with db.read_engine.connect() as conn:
        for row in conn.execute(select(AttachmentRow.id, AttachmentRow.sha256, AttachmentRow.data)):
            if hashlib.sha256(bytes(row.data)).hexdigest() != row.sha256:
                found.append(CheckProblem(f"letter_attachment id {row.id}", "isi lampiran tidak cocok dengan SHA-256"))
    return found


# --- Berkas SP (issue 6) -----------------------------------------------------------------------


# Every append-only table besides audit_event (checked above), and what its lost guard allows.
GUARDED = {
    "sop_case_event": "riwayat berkas bisa diubah",
    **{table: "riwayat standar pelayanan bisa diubah" for table in SP_APPEND_ONLY},
    "print_log": "catatan cetakan bisa diubah",
    "print_file": "catatan cetakan bisa diubah",
}


def _check_append_only_triggers(db: Database) -> list[CheckProblem]:
    """Case events, the SP's history and the print log are append-only like the audit trail;
    a missing trigger is reported."""
    problems = []
    with db.read_engine.connect() as conn:
        for table, risk in GUARDED.items():
            missing = expected_triggers(db.dialect, table) - existing_triggers(conn, table)
            problems += [
                CheckProblem(f"trigger {name}", f"pelindung {table} hilang ({risk})") for name in sorted(missing)
            ]
    return problems
