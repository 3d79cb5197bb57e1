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
import threading
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
    """LISTEN on a dedicated autocommit psycopg connection; ``changed()`` drains without waiting.

    A lost connection is reopened on a background thread, so a server that has gone away never
    holds the window (a connection attempt may take its full timeout); the first ``changed()``
    after it is back says True, because notifications may have been missed meanwhile.
    """

    RETRY_SECONDS = 10.0

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo
        self._conn: Any = None
        self._lock = threading.Lock()
        self._reopened: Any = None  # a connection the background attempt made, not yet taken
        self._trying: threading.Thread | None = None
        self._next_try = 0.0
        self._closed = False
        self._conn = self._open()

    def _open(self) -> Any:
        import psycopg

        try:
            conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=3)
            conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error:
            return None
        return conn

    def _reopen_in_background(self) -> None:
        if self._trying is not None and self._trying.is_alive():
            return
        if time.monotonic() < self._next_try:
            return
        self._next_try = time.monotonic() + self.RETRY_SECONDS

        def attempt() -> None:
            conn = self._open()
            with self._lock:
                if self._closed and conn is not None:
                    conn.close()
                else:
                    self._reopened = conn

        self._trying = threading.Thread(target=attempt, name="sopdesk-listen", daemon=True)
        self._trying.start()

    def _take_reopened(self) -> bool:
        with self._lock:
            conn, self._reopened = self._reopened, None
        if conn is None:
            return False
        self._conn = conn
        return True

    def changed(self) -> bool:
        import psycopg

        if self._conn is None:
            if self._take_reopened():
                return True  # back: whatever happened meanwhile must be re-read
            self._reopen_in_background()
            return False
        try:
            return bool(list(self._conn.notifies(timeout=0)))
        except psycopg.Error:
            self._conn.close()
            self._conn = None
            self._next_try = 0.0
            self._reopen_in_background()
            return False

    def wait_reopened(self, timeout: float) -> bool:
        """For tests and shutdown: wait for a background reconnection attempt to end."""
        trying = self._trying
        if trying is not None:
            trying.join(timeout)
        return self._reopened is not None or self._conn is not None

    def close(self) -> None:
        with self._lock:
            self._closed = True
            reopened, self._reopened = self._reopened, None
        if reopened is not None:
            reopened.close()
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
