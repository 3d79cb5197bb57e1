"""A change feed across processes and seats, for alerts that must not wait for a restart.

The GUI polls ``watcher.changed()`` from a timer (about once a second); when it says True the
GUI asks the services what is new (for a disposition alert: ``new_for_user``)::

    watcher = db.change_watcher()      # one per window, on its own connection
    ...
    if watcher.changed():              # cheap, never blocks for long
        items = disposition.new_for_user(db, user_id, since_id)
    ...
    watcher.close()

- SQLite: ``PRAGMA data_version`` on a dedicated connection. It changes when any other
  connection (another process, another seat, or this program's own engine) commits to the
  file, so ``changed()`` also answers True for writes that are not dispositions: re-query.
- PostgreSQL: every disposition write sends ``NOTIFY sopdesk_changes`` in its own
  transaction (delivered at commit, dropped at rollback); the watcher LISTENs on a dedicated
  psycopg connection in autocommit mode and drains what arrived without waiting. A broken
  connection is reopened at once and reported as a change (notifications may have been
  missed); when the server cannot be reached, the next attempt waits 10 s (each attempt
  waits at most 3 s for the server).
- An in-memory SQLite database (tests) has no second connection: the watcher compares the
  newest audit event id instead, which every service write moves.
"""

from __future__ import annotations

import sqlite3
import time
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from sopdesk.store.rows import AuditEventRow

if TYPE_CHECKING:
    from sopdesk.store.database import Database

CHANNEL = "sopdesk_changes"


def notify_change(session: Session, topic: str, record_id: object) -> None:
    """Tell the other seats, at commit, that ``topic`` changed (PostgreSQL; SQLite needs nothing)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": f"{topic}:{record_id}"}
        )


class ChangeWatcher(Protocol):
    def changed(self) -> bool:
        """True when another connection committed since the last call (or since creation)."""
        ...

    def close(self) -> None: ...


class SqliteWatcher:
    """``PRAGMA data_version`` on a connection of its own, never used for anything else."""

    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA busy_timeout = 2000")
        self._version = self._read()

    def _read(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        try:
            version = self._read()
        except sqlite3.Error:
            return False
        if version != self._version:
            self._version = version
            return True
        return False

    def close(self) -> None:
        self._conn.close()


class PostgresWatcher:
    """LISTEN on a dedicated autocommit psycopg connection; ``changed()`` drains without waiting."""

    RETRY_SECONDS = 10.0

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo
        self._conn: Any = None
        self._next_try = 0.0
        self._connect()

    def _connect(self) -> bool:
        import psycopg

        self._next_try = time.monotonic() + self.RETRY_SECONDS
        try:
            conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=3)
            conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error:
            self._conn = None
            return False
        self._conn = conn
        return True

    def changed(self) -> bool:
        import psycopg

        if self._conn is None:
            if time.monotonic() < self._next_try:
                return False
            return self._connect()  # reconnected: something may have been missed
        try:
            return bool(list(self._conn.notifies(timeout=0)))
        except psycopg.Error:
            self._conn.close()
            self._conn = None
            return self._connect()  # reopened: report a change, notifications may be lost

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class AuditWatcher:
    """The newest audit event id (in-memory SQLite, which has no second connection)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._last = self._read()

    def _read(self) -> int:
        with Session(self._db.read_engine) as s:
            return int(s.scalar(select(func.max(AuditEventRow.id))) or 0)

    def changed(self) -> bool:
        last = self._read()
        if last != self._last:
            self._last = last
            return True
        return False

    def close(self) -> None:
        return None


def change_watcher(db: Database) -> ChangeWatcher:
    if db.dialect == "postgresql":
        url = db.target.url.set(drivername="postgresql")
        return PostgresWatcher(url.render_as_string(hide_password=False))
    if db.target.sqlite_path is not None:
        return SqliteWatcher(str(db.target.sqlite_path))
    return AuditWatcher(db)
