"""The change feed: what every seat wrote, delivered to every other seat.

Every unit of work that changes something writes one ``change_log`` row in its own transaction
(see :mod:`sopdesk.store.changes`). A seat's feed reads the rows after the last one it saw::

    feed = db.change_feed()        # one per window (or per `sopdesk watch`), own connections
    for item in feed.poll():       # blocking is allowed: the GUI polls on a worker thread
        ... item.changes ...       # kinds and ids, who, when
    feed.close()

What wakes it:
- SQLite: ``PRAGMA data_version`` on a connection of its own; it moves when any other
  connection (another process, or this program's own engine) commits to the file.
- PostgreSQL: every write sends ``NOTIFY sopdesk_changes`` at commit; the feed LISTENs on a
  dedicated autocommit psycopg connection and drains what arrived without waiting. A lost
  connection is reopened on a background thread (each attempt waits at most a few seconds),
  and the rows are read again then, so nothing committed meanwhile is missed.
- In any case the rows are read at least every ``SAFETY_READ_S`` seconds.

Rows are read in id order; ids follow commit order (SQLite has one writer at a time; on
PostgreSQL the id is taken under the writers' advisory lock), so "after id N" misses nothing.
A row this seat already broadcast itself (the operation runner did, at once) is skipped.
A seat that falls more than ``BATCH`` rows behind is told to re-read everything.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sopdesk.domain.changes import Changes, Kind
from sopdesk.store.changes import CHANNEL
from sopdesk.store.engine import CONNECT_TIMEOUT_S, pg_connect_args
from sopdesk.store.rows import ChangeLogRow

if TYPE_CHECKING:
    from datetime import datetime

    from sopdesk.store.database import Database

BATCH = 1000
SAFETY_READ_S = 5.0


@dataclass(frozen=True)
class FeedItem:
    """One committed write as the feed delivers it."""

    id: int
    origin: str  # the seat that wrote it (``Database.origin``)
    changes: Changes  # with ``actor``, ``at`` and ``origin`` ("here": this seat; "elsewhere")


class Wake(Protocol):
    def changed(self) -> bool:
        """True when something may have been committed since the last call."""
        ...

    def close(self) -> None: ...


class SqliteWake:
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
            return True  # let the read say what is wrong
        if version != self._version:
            self._version = version
            return True
        return False

    def close(self) -> None:
        self._conn.close()


class PostgresWake:
    """LISTEN on a dedicated autocommit psycopg connection; ``changed()`` drains without waiting.

    A lost connection is reopened on a background thread, so a server that has gone away never
    holds the caller; the first ``changed()`` after it is back says True, because notifications
    may have been missed meanwhile.
    """

    RETRY_SECONDS = 5.0

    def __init__(self, conninfo: str, connect_args: dict[str, Any] | None = None) -> None:
        self._conninfo = conninfo
        self._connect_args = pg_connect_args() if connect_args is None else dict(connect_args)
        self._conn: Any = None
        self._lock = threading.Lock()
        self._reopened: Any = None  # a connection the background attempt made, not yet taken
        self._trying: threading.Thread | None = None
        self._next_try = 0.0
        self._closed = False
        self._conn = self._open()

    def _open(self) -> Any:
        import psycopg

        args = dict(self._connect_args)
        args.pop("options", None)  # no statement timeout on a connection that only listens
        try:
            conn = psycopg.connect(self._conninfo, autocommit=True, **args)
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

    @property
    def connected(self) -> bool:
        return self._conn is not None

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

    def wait_reopened(self, timeout: float = CONNECT_TIMEOUT_S + 1) -> bool:
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


def _wake_for(db: Database) -> Wake | None:
    if db.dialect == "postgresql":
        url = db.target.url.set(drivername="postgresql")
        return PostgresWake(url.render_as_string(hide_password=False), pg_connect_args(db.target.url))
    if db.target.sqlite_path is not None:
        return SqliteWake(str(db.target.sqlite_path))
    return None  # in-memory SQLite (tests): read the rows every time


def last_log_id(db: Database) -> int:
    with Session(db.read_engine) as s:
        return int(s.scalar(select(func.max(ChangeLogRow.id))) or 0)


class ChangeFeed:
    """The writes of every seat after the moment the feed was made (see the module doc)."""

    def __init__(self, db: Database, *, since: int | None = None) -> None:
        self.db = db
        self._wake = _wake_for(db)
        self.last_id = last_log_id(db) if since is None else since
        self._last_read = time.monotonic()

    @property
    def wake(self) -> Wake | None:
        return self._wake

    def poll(self, *, force: bool = False) -> list[FeedItem]:
        """What was committed since the last poll (raises a ``StorageFault`` when the database
        cannot be read; the caller tries again later and nothing is lost)."""
        woke = self._wake.changed() if self._wake is not None else True
        if not (woke or force or time.monotonic() - self._last_read >= SAFETY_READ_S):
            return []
        self._last_read = time.monotonic()
        with Session(self.db.read_engine) as s:
            rows = list(
                s.execute(
                    select(
                        ChangeLogRow.id, ChangeLogRow.at, ChangeLogRow.origin, ChangeLogRow.actor, ChangeLogRow.payload
                    )
                    .where(ChangeLogRow.id > self.last_id)
                    .order_by(ChangeLogRow.id)
                    .limit(BATCH + 1)
                )
            )
            if len(rows) > BATCH:  # too far behind: everything is re-read
                newest = int(s.scalar(select(func.max(ChangeLogRow.id))) or self.last_id)
                self.last_id = newest
                return [FeedItem(newest, "", replace(Changes.everything(*Kind), origin="elsewhere"))]
        items = []
        for row in rows:
            self.last_id = row.id
            if self.db.take_delivered(row.id):
                continue
            try:
                payload = json.loads(row.payload)
            except ValueError:
                payload = {"kinds": [k.value for k in Kind]}
            if not isinstance(payload, dict):
                payload = {"kinds": [k.value for k in Kind]}
            origin = "here" if row.origin == self.db.origin else "elsewhere"
            changes = Changes.from_payload(payload, origin=origin, actor=row.actor, at=row.at)
            items.append(FeedItem(row.id, row.origin, changes))
        return items

    def close(self) -> None:
        if self._wake is not None:
            self._wake.close()
            self._wake = None


def prune(db: Database, before: datetime) -> int:
    """Forget change-log rows older than ``before`` (UTC): the feed only needs the recent tail."""
    with Session(db.engine) as s, s.begin():
        result = s.execute(delete(ChangeLogRow).where(ChangeLogRow.at < before.isoformat(timespec="microseconds")))
        return int(getattr(result, "rowcount", 0) or 0)
