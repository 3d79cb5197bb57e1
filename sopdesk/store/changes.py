"""What a unit of work wrote, collected from the rows themselves, and published at commit.

Every mapped row class says which kind of record it belongs to (``changes_as`` on the class:
the kind and the column holding that record's id, or None when the kind is re-read whole).
After each flush the session's new, changed and deleted rows are noted; Core statements that
bypass the ORM (bulk updates, imports) call :func:`note_change` themselves. So no service can
forget to say what it changed.

At commit the unit of work writes one ``change_log`` row with the kinds and ids (every seat
reads these: the change feed), sends a NOTIFY on PostgreSQL, and hands the value to whoever is
recording in this thread (the GUI's operation runner, which broadcasts it to the window's pages
at once; the feed then skips that row so the window does not hear its own write twice).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any, cast

from sqlalchemy import Table, event, insert, text
from sqlalchemy.orm import Session

from sopdesk.domain.changes import Changes, Kind
from sopdesk.store.rows import ChangeLogRow

CHANNEL = "sopdesk_changes"
# Any constant: PostgreSQL writers queue on it so the audit chain never forks and the change
# log's ids follow the order of the commits (a seat reading "after id N" never misses a row).
PG_WRITE_LOCK = 0x50_44_45_53  # "SDES"
# A NOTIFY payload must stay under 8,000 bytes; the row carries the full value anyway.
_INFO_KEY = "sopdesk_changes"


class ChangeCollector:
    """The kinds and ids one unit of work touched."""

    def __init__(self) -> None:
        self.ids: dict[Kind, set[int]] = {}
        self.whole: set[Kind] = set()
        self.actor = ""

    def note(self, kind: Kind, ids: tuple[int, ...] = ()) -> None:
        if ids:
            self.ids.setdefault(kind, set()).update(ids)
        else:
            self.whole.add(kind)

    def note_row(self, row: object) -> None:
        for kind, column in getattr(type(row), "changes_as", ()):
            if column is None:
                self.whole.add(kind)
                continue
            value = getattr(row, column, None)
            if isinstance(value, int):
                self.ids.setdefault(kind, set()).add(value)
            else:
                self.whole.add(kind)

    def changes(self) -> Changes:
        return Changes.from_map({k: v for k, v in self.ids.items()}, whole=self.whole)

    def clear(self) -> None:
        self.ids.clear()
        self.whole.clear()


def collector(session: Session) -> ChangeCollector | None:
    found = session.info.get(_INFO_KEY)
    return found if isinstance(found, ChangeCollector) else None


def start_collecting(session: Session) -> ChangeCollector:
    found = ChangeCollector()
    session.info[_INFO_KEY] = found
    return found


def note_change(session: Session, kind: Kind, ids: tuple[int, ...] = ()) -> None:
    """For Core statements that bypass the ORM: ``kind`` changed (``ids``, or all of it)."""
    found = collector(session)
    if found is not None:
        found.note(kind, ids)


def note_actor(session: Session, username: str) -> None:
    found = collector(session)
    if found is not None and username:
        found.actor = username


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    found = collector(session)
    if found is None:
        return
    for row in session.new:
        found.note_row(row)
    for row in session.deleted:
        found.note_row(row)
    for row in session.dirty:
        if session.is_modified(row, include_collections=False):
            found.note_row(row)


_LOCK_KEY = "sopdesk_write_lock"


def take_write_lock(session: Session) -> None:
    """PostgreSQL: writers take turns from here to commit (SQLite's BEGIN IMMEDIATE does it there).

    Taken once per transaction (asking again would cost a round trip inside the turn)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    transaction = session.get_transaction()
    if transaction is not None and session.info.get(_LOCK_KEY) is transaction:
        return
    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_WRITE_LOCK})
    session.info[_LOCK_KEY] = session.get_transaction()


def publish(session: Session, changes: Changes, *, origin: str, at: str) -> int:
    """Write the change-log row (and NOTIFY) inside the committing transaction; its id.

    One statement on either database (inside the writers' turn, nothing more is done there)."""
    found = collector(session)
    take_write_lock(session)
    values = {
        "at": at,
        "origin": origin,
        "actor": (found.actor if found else "")[:64],
        "payload": json.dumps(changes.to_payload(), separators=(",", ":")),
    }
    if session.get_bind().dialect.name == "postgresql":
        stmt = text(
            "WITH logged AS (INSERT INTO change_log (at, origin, actor, payload) "
            "VALUES (:at, :origin, :actor, :payload) RETURNING id) "
            "SELECT id, pg_notify(:channel, id::text) FROM logged"
        )
        return int(session.execute(stmt, {**values, "channel": CHANNEL}).scalar_one())
    return int(session.execute(_INSERT_LOG, values).scalar_one())


_LOG = cast(Table, ChangeLogRow.__table__)
_INSERT_LOG = insert(_LOG).returning(_LOG.c.id)  # Core: no ORM bulk-insert bookkeeping


# --- in this thread: who is recording the commits (the GUI's operation runner) -------------


@dataclass
class Ledger:
    """What the commits made in one operation changed, in the order they were made."""

    entries: list[tuple[int | None, Changes]] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        total = Changes()
        for _, value in self.entries:
            total = total | value
        return replace(total, origin="here")

    @property
    def log_ids(self) -> list[int]:
        return [i for i, _ in self.entries if i is not None]


_ledger: ContextVar[Ledger | None] = ContextVar("sopdesk_ledger", default=None)


@contextmanager
def recording() -> Iterator[Ledger]:
    """Collect the changes of every commit made in this thread (context) inside the block."""
    ledger = Ledger()
    token = _ledger.set(ledger)
    try:
        yield ledger
    finally:
        _ledger.reset(token)


def recorded(log_id: int | None, changes: Changes) -> bool:
    """Hand a commit's changes to the recording ledger; True when someone is recording."""
    ledger = _ledger.get()
    if ledger is None:
        return False
    ledger.entries.append((log_id, changes))
    return True
