"""Triggers that make ``audit_event`` append-only, on SQLite and PostgreSQL.

Alembic batch migrations on SQLite recreate tables and silently drop their triggers, so every
migration that touches ``audit_event`` calls :func:`create_audit_triggers` again, and
``sopdesk check`` reports a missing trigger.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

MESSAGE = "audit_event hanya boleh ditambah: UPDATE dan DELETE ditolak"
CASE_EVENT_MESSAGE = "sop_case_event hanya boleh ditambah: UPDATE dan DELETE ditolak"
RECORD_MESSAGE = "audit_record hanya boleh ditambah: UPDATE dan DELETE ditolak"
APPEND_ONLY = {  # table -> refusal
    "audit_event": MESSAGE,
    "sop_case_event": CASE_EVENT_MESSAGE,
    "print_log": "print_log hanya boleh ditambah: UPDATE dan DELETE ditolak",
    "print_file": "print_file hanya boleh ditambah: UPDATE dan DELETE ditolak",
    "audit_record": RECORD_MESSAGE,
}
# The Standar Pelayanan's history (issue 16): its versions, what was entered into SIPP, reviews.
SP_APPEND_ONLY = ("sp_version", "sp_sipp_entry", "sp_review")
APPEND_ONLY |= {table: f"{table} hanya boleh ditambah: UPDATE dan DELETE ditolak" for table in SP_APPEND_ONLY}


def _sqlite_triggers(table: str) -> dict[str, str]:
    message = APPEND_ONLY[table]
    return {
        f"{table}_no_{verb}": f"""
        CREATE TRIGGER IF NOT EXISTS {table}_no_{verb} BEFORE {verb.upper()} ON {table}
        BEGIN SELECT RAISE(ABORT, '{message}'); END"""
        for verb in ("update", "delete")
    }


def _pg_function(table: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '{APPEND_ONLY[table]}';
END
$$"""


def _pg_triggers(table: str) -> dict[str, str]:
    return {
        f"{table}_no_{verb}": f"CREATE TRIGGER {table}_no_{verb} BEFORE {verb.upper()} ON {table} "
        f"FOR EACH {level} EXECUTE FUNCTION {table}_append_only()"
        for verb, level in (("update", "ROW"), ("delete", "ROW"), ("truncate", "STATEMENT"))
    }


def expected_triggers(dialect: str, table: str = "audit_event") -> set[str]:
    return set(_sqlite_triggers(table) if dialect == "sqlite" else _pg_triggers(table))


def existing_triggers(conn: Connection, table: str = "audit_event") -> set[str]:
    assert table in APPEND_ONLY  # the name goes into SQL text
    if conn.dialect.name == "sqlite":
        rows = conn.execute(text(f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '{table}'"))
    else:
        rows = conn.execute(
            text(f"SELECT tgname FROM pg_trigger WHERE tgrelid = '{table}'::regclass AND NOT tgisinternal")
        )
    return {str(r[0]) for r in rows}


def create_append_only_triggers(conn: Connection, table: str) -> None:
    """The triggers that refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL) on ``table``;
    the ones already there are left alone."""
    have = existing_triggers(conn, table)
    if conn.dialect.name == "sqlite":
        ddls = _sqlite_triggers(table)
    else:
        conn.execute(text(_pg_function(table)))
        ddls = _pg_triggers(table)
    for name, ddl in ddls.items():
        if name not in have:
            conn.execute(text(ddl))


# Names the migrations were written against (a migration never changes once released).
def create_audit_triggers(conn: Connection) -> None:
    create_append_only_triggers(conn, "audit_event")


def create_case_event_triggers(conn: Connection) -> None:
    create_append_only_triggers(conn, "sop_case_event")


def create_audit_record_triggers(conn: Connection) -> None:
    create_append_only_triggers(conn, "audit_record")


def create_sp_triggers(conn: Connection) -> None:
    for table in SP_APPEND_ONLY:
        create_append_only_triggers(conn, table)
