"""Appending to the audit trail inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from sopdesk.domain.audit import GENESIS, AuditFields, canonical_json, chain_hashes, event_hash
from sopdesk.domain.changes import Kind
from sopdesk.domain.records import Actor
from sopdesk.store.bulk import insert_rows
from sopdesk.store.changes import note_actor, note_change, take_write_lock
from sopdesk.store.rows import AuditEventRow


def now_utc() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _json(value: dict[str, Any] | None) -> str | None:
    return None if value is None else canonical_json(value)


_EVENTS = cast(Table, AuditEventRow.__table__)
# Core (no ORM bulk-insert bookkeeping), built once; ids in the order of the rows given.
_INSERT_EVENTS = insert(_EVENTS).returning(_EVENTS.c.id, sort_by_parameter_order=True)


class AuditRepository:
    """The audit events of one unit of work.

    An event is noted when the service appends it and written when the unit commits, inside
    the writers' turn (PostgreSQL's advisory lock), chained to the last event written: what a
    writer does between taking that turn and committing is a few inserts, never the service's
    own work, so writers on other seats wait for each other as little as possible."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._pending: list[tuple[str, str | None, str, str, str | None, str | None, str | None]] = []

    def append(
        self,
        actor: Actor,
        action: str,
        entity: str,
        entity_id: object | None,
        *,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        on_behalf_of: str | None = None,
    ) -> None:
        """Note an event; it is written, chained, when the unit of work commits."""
        note_actor(self.session, actor.username)
        self._pending.append(
            (
                actor.username,
                on_behalf_of,
                action,
                entity,
                None if entity_id is None else str(entity_id),
                _json(before),
                _json(after),
            )
        )

    def append_now(
        self,
        actor: Actor,
        action: str,
        entity: str,
        entity_id: object | None,
        *,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        on_behalf_of: str | None = None,
    ) -> int:
        """Write an event at once (after those noted before it) and return its id: for a
        print's mark, which carries the id on the paper."""
        self.append(actor, action, entity, entity_id, before=before, after=after, on_behalf_of=on_behalf_of)
        return self.write_pending()[-1]

    def write_pending(self) -> list[int]:
        """Write the noted events, each chained to the one before (taking the writers' turn)."""
        if not self._pending:
            return []
        take_write_lock(self.session)  # PostgreSQL: the chain never forks
        prev = self.session.scalar(select(AuditEventRow.hash).order_by(AuditEventRow.id.desc()).limit(1)) or GENESIS
        rows = []
        for actor, on_behalf_of, action, entity, entity_id, before, after in self._pending:
            fields = AuditFields(
                at=now_utc().isoformat(timespec="microseconds"),
                actor=actor,
                on_behalf_of=on_behalf_of,
                action=action,
                entity=entity,
                entity_id=entity_id,
                before=before,
                after=after,
            )
            digest = event_hash(prev, fields)
            rows.append({**asdict(fields), "prev_hash": prev, "hash": digest})
            prev = digest
        self._pending.clear()
        # One statement, no unit-of-work bookkeeping: this runs inside the writers' turn.
        ids = [int(i) for i in self.session.scalars(_INSERT_EVENTS, rows)]
        note_change(self.session, Kind.AUDIT)
        return ids

    def append_many(self, actor: Actor, action: str, entity: str, events: Sequence[tuple[object, str]]) -> None:
        """One event per ``(entity_id, after_json)`` (canonical JSON, see
        :func:`~sopdesk.domain.audit.join_after`), chained as :meth:`append` chains them and
        written with one ``executemany``: an import of thousands of letters."""
        if not events:
            return
        self.write_pending()  # events noted before these come before them in the chain
        take_write_lock(self.session)
        note_actor(self.session, actor.username)
        prev = self.session.scalar(select(AuditEventRow.hash).order_by(AuditEventRow.id.desc()).limit(1)) or GENESIS
        at = now_utc().isoformat(timespec="microseconds")
        ids = [str(entity_id) for entity_id, _ in events]
        digests = chain_hashes(prev, at, actor.username, action, entity, zip(ids, (a for _, a in events), strict=True))
        previous = [prev, *digests[:-1]]
        rows = [
            (at, actor.username, None, action, entity, entity_id, None, after, before_hash, digest)
            for entity_id, (_, after), before_hash, digest in zip(ids, events, previous, digests, strict=True)
        ]
        names = ("at", "actor", "on_behalf_of", "action", "entity", "entity_id", "before", "after", "prev_hash", "hash")
        insert_rows(self.session, "audit_event", names, rows)
        note_change(self.session, Kind.AUDIT)

    def touched(self, entity: str, entity_id: object) -> bool:
        """Has any event been written about this record (an edit, a confirmation), or noted in
        this unit of work?"""
        if any(p[3] == entity and p[4] == str(entity_id) for p in self._pending):
            return True
        stmt = (
            select(AuditEventRow.id)
            .where(AuditEventRow.entity == entity, AuditEventRow.entity_id == str(entity_id))
            .limit(1)
        )
        return self.session.scalar(stmt) is not None
