"""The SQLite engine on a real file: safe pragmas, and writers that queue instead of failing."""

from __future__ import annotations

from pathlib import Path

from sopdesk.services import read
from sopdesk.store.check import check_database
from sopdesk.store.database import Database
from sopdesk.store.engine import BUSY_TIMEOUT_MS
from tests.conftest import write_from_two_seats


def pragma(conn, name: str):
    return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_every_connection_gets_the_safe_pragmas(sqlite_db: Database):
    for engine in (sqlite_db.engine, sqlite_db.read_engine):
        with engine.connect() as conn:
            assert pragma(conn, "journal_mode") == "wal"
            assert pragma(conn, "synchronous") == 2  # FULL
            assert pragma(conn, "foreign_keys") == 1
            assert pragma(conn, "busy_timeout") == BUSY_TIMEOUT_MS > 0


def test_wal_is_kept_in_the_file(sqlite_db: Database, sqlite_path: Path):
    import sqlite3
    from contextlib import closing

    sqlite_db.dispose()
    with closing(sqlite3.connect(sqlite_path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_are_enforced(sqlite_db: Database):
    import pytest
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError, match="FOREIGN KEY"), sqlite_db.engine.begin() as conn:
        conn.execute(text("INSERT INTO sop_lane (sop_version_id, position, code, nama) VALUES (9999, 1, 'x', 'X')"))


def test_two_seats_writing_at_once_both_succeed_and_keep_one_audit_chain(sqlite_db: Database, sqlite_path: Path):
    """Each write reads the last audit hash and then inserts: without BEGIN IMMEDIATE the two
    seats both hold a read lock, neither can upgrade, and one fails with "database is locked"."""
    writes = 40
    before = read.summary(sqlite_db).audit_events
    assert write_from_two_seats(str(sqlite_path), writes) == []
    assert read.summary(sqlite_db).audit_events == before + 2 * writes
    assert read.setting(sqlite_db, "penghitung_a") == read.setting(sqlite_db, "penghitung_b") == writes - 1
    assert check_database(sqlite_db) == []


def test_a_save_does_not_wait_for_a_screen_that_is_reading(sqlite_db: Database):
    """WAL: a seat commits while another seat is in the middle of a read, and the reader keeps
    a consistent view. In rollback-journal mode the commit would wait for the reader."""
    from sqlalchemy import text

    count = text("SELECT count(*) FROM app_user")
    other = Database.connect(str(sqlite_db.target.sqlite_path))
    try:
        with other.read_engine.connect() as reader:
            before = reader.execute(count).scalar()  # the read transaction stays open
            with sqlite_db.engine.begin() as writer:
                writer.exec_driver_sql("PRAGMA busy_timeout = 1000")  # fail fast instead of waiting 15 s
                writer.execute(
                    text(
                        "INSERT INTO app_user (username, nama, nip, role, password_hash, active, failed_attempts,"
                        " password_changed_at, created_at) VALUES ('baru', 'Baru', '', 'staf', 'x', 1, 0,"
                        " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
                    )
                )
            assert reader.execute(count).scalar() == before
        assert read.user_count(other) == before + 1
    finally:
        other.dispose()
