"""Appending to the audit trail inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
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


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

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
    ) -> int:
        take_write_lock(self.session)  # PostgreSQL: the chain never forks
        note_actor(self.session, actor.username)
        prev = self.session.scalar(select(AuditEventRow.hash).order_by(AuditEventRow.id.desc()).limit(1))
        fields = AuditFields(
            at=now_utc().isoformat(timespec="microseconds"),
            actor=actor.username,
            on_behalf_of=on_behalf_of,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            before=_json(before),
            after=_json(after),
        )
        prev_hash = prev or GENESIS
        row = AuditEventRow(
            at=fields.at,
            actor=fields.actor,
            on_behalf_of=fields.on_behalf_of,
            action=fields.action,
            entity=fields.entity,
            entity_id=fields.entity_id,
            before=fields.before,
            after=fields.after,
            prev_hash=prev_hash,
            hash=event_hash(prev_hash, fields),
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def append_many(self, actor: Actor, action: str, entity: str, events: Sequence[tuple[object, str]]) -> None:
        """One event per ``(entity_id, after_json)`` (canonical JSON, see
        :func:`~sopdesk.domain.audit.join_after`), chained as :meth:`append` chains them and
        written with one ``executemany``: an import of thousands of letters."""
        if not events:
            return
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
        """Has any event been written about this record (an edit, a confirmation)?"""
        stmt = (
            select(AuditEventRow.id)
            .where(AuditEventRow.entity == entity, AuditEventRow.entity_id == str(entity_id))
            .limit(1)
        )
        return self.session.scalar(stmt) is not None
