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


# --- Berkas SP (issue 6): case events are append-only as well --------------------------------

CASE_EVENT_MESSAGE = "sop_case_event hanya boleh ditambah: UPDATE dan DELETE ditolak"

CASE_EVENT_SQLITE_TRIGGERS = {
    "sop_case_event_no_update": f"""
        CREATE TRIGGER IF NOT EXISTS sop_case_event_no_update BEFORE UPDATE ON sop_case_event
        BEGIN SELECT RAISE(ABORT, '{CASE_EVENT_MESSAGE}'); END""",
    "sop_case_event_no_delete": f"""
        CREATE TRIGGER IF NOT EXISTS sop_case_event_no_delete BEFORE DELETE ON sop_case_event
        BEGIN SELECT RAISE(ABORT, '{CASE_EVENT_MESSAGE}'); END""",
}

CASE_EVENT_PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION sop_case_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '{CASE_EVENT_MESSAGE}';
END
$$"""

CASE_EVENT_PG_TRIGGERS = {
    "sop_case_event_no_update": "CREATE TRIGGER sop_case_event_no_update BEFORE UPDATE ON sop_case_event "
    "FOR EACH ROW EXECUTE FUNCTION sop_case_event_append_only()",
    "sop_case_event_no_delete": "CREATE TRIGGER sop_case_event_no_delete BEFORE DELETE ON sop_case_event "
    "FOR EACH ROW EXECUTE FUNCTION sop_case_event_append_only()",
    "sop_case_event_no_truncate": "CREATE TRIGGER sop_case_event_no_truncate BEFORE TRUNCATE ON sop_case_event "
    "FOR EACH STATEMENT EXECUTE FUNCTION sop_case_event_append_only()",
}


def expected_case_event_triggers(dialect: str) -> set[str]:
    return set(CASE_EVENT_SQLITE_TRIGGERS if dialect == "sqlite" else CASE_EVENT_PG_TRIGGERS)


def existing_case_event_triggers(conn: Connection) -> set[str]:
    if conn.dialect.name == "sqlite":
        rows = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sop_case_event'")
        )
    else:
        rows = conn.execute(
            text("SELECT tgname FROM pg_trigger WHERE tgrelid = 'sop_case_event'::regclass AND NOT tgisinternal")
        )
    return {str(r[0]) for r in rows}


def create_case_event_triggers(conn: Connection) -> None:
    """Alembic batch migrations on SQLite drop triggers: a migration that touches
    ``sop_case_event`` calls this again."""
    have = existing_case_event_triggers(conn)
    if conn.dialect.name == "sqlite":
        for name, ddl in CASE_EVENT_SQLITE_TRIGGERS.items():
            if name not in have:
                conn.execute(text(ddl))
        return
    conn.execute(text(CASE_EVENT_PG_FUNCTION))
    for name, ddl in CASE_EVENT_PG_TRIGGERS.items():
        if name not in have:
            conn.execute(text(ddl))
