"""Triggers that make ``audit_event`` append-only, on SQLite and PostgreSQL.

Alembic batch migrations on SQLite recreate tables and silently drop their triggers, so every
migration that touches ``audit_event`` calls :func:`create_audit_triggers` again, and
``sopdesk check`` reports a missing trigger.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

MESSAGE = "audit_event hanya boleh ditambah: UPDATE dan DELETE ditolak"

SQLITE_TRIGGERS = {
    "audit_event_no_update": f"""
        CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    "audit_event_no_delete": f"""
        CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
}

PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '{MESSAGE}';
END
$$"""

PG_TRIGGERS = {
    "audit_event_no_update": "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
    "audit_event_no_delete": "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
    "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
    "audit_event_no_truncate": "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()",
}


def expected_triggers(dialect: str) -> set[str]:
    return set(SQLITE_TRIGGERS if dialect == "sqlite" else PG_TRIGGERS)


def existing_triggers(conn: Connection) -> set[str]:
    if conn.dialect.name == "sqlite":
        rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'"))
    else:
        rows = conn.execute(
            text("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_event'::regclass AND NOT tgisinternal")
        )
    return {str(r[0]) for r in rows}


def create_audit_triggers(conn: Connection) -> None:
    have = existing_triggers(conn)
    if conn.dialect.name == "sqlite":
        for name, ddl in SQLITE_TRIGGERS.items():
            if name not in have:
                conn.execute(text(ddl))
        return
    conn.execute(text(PG_FUNCTION))
    for name, ddl in PG_TRIGGERS.items():
        if name not in have:
            conn.execute(text(ddl))
