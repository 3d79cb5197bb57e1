"""Appending to the audit trail inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from sopdesk.domain.audit import GENESIS, AuditFields, canonical_json, chain_hashes, event_hash
from sopdesk.domain.changes import Kind
from sopdesk.domain.records import Actor
from sopdesk.domain.seal import rows_json
from sopdesk.store.bulk import insert_rows
from sopdesk.store.changes import note_actor, note_change, take_write_lock
from sopdesk.store.rows import AuditEventRow
from sopdesk.store.seal import pending, take_seals, write_seals


def now_utc() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _json(value: dict[str, Any] | None) -> str | None:
    return None if value is None else canonical_json(value)


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
        # The last event this unit appended (id, hash): the chain's head once it commits.
        self.head: tuple[int, str] | None = None

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
        event_id: int | None = None,
    ) -> int:
        """Append an event; the records the unit wrote so far are sealed into it (``event_id``:
        the id :meth:`reserve_id` gave)."""
        return self._append(
            actor.username,
            action,
            entity,
            entity_id,
            before=before,
            after=after,
            on_behalf_of=on_behalf_of,
            event_id=event_id,
        )

    def count_other_than(self, actions: frozenset[str]) -> int:
        """How many events have an action not in ``actions``."""
        return int(
            self.session.scalar(
                select(func.count()).select_from(AuditEventRow).where(AuditEventRow.action.not_in(actions))
            )
            or 0
        )

    def reserve_id(self) -> int:
        """The id the next event of this unit will have, for a record that must name its event
        and be written before it (a print's log row), so that the event seals it: call
        :meth:`append` with ``event_id`` right after. Writers hold the write lock meanwhile."""
        take_write_lock(self.session)
        if self.session.get_bind().dialect.name == "postgresql":
            value = self.session.scalar(text("SELECT nextval(pg_get_serial_sequence('audit_event', 'id'))"))
        else:
            value = self.session.scalar(select(func.coalesce(func.max(AuditEventRow.id), 0) + 1))
        return int(value or 0)

    def seal_remaining(self, username: str) -> None:
        """At commit: seal what the unit wrote after its last event (or wrote without one)."""
        if pending(self.session):
            self._append(username or "system", "record.seal", "database", None)

    def _append(
        self,
        username: str,
        action: str,
        entity: str,
        entity_id: object | None,
        *,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        on_behalf_of: str | None = None,
        event_id: int | None = None,
    ) -> int:
        take_write_lock(self.session)  # PostgreSQL: the chain never forks
        note_actor(self.session, username)
        seals = take_seals(self.session)
        prev = self.session.scalar(select(AuditEventRow.hash).order_by(AuditEventRow.id.desc()).limit(1))
        fields = AuditFields(
            at=now_utc().isoformat(timespec="microseconds"),
            actor=username,
            on_behalf_of=on_behalf_of,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            before=_json(before),
            after=_json(after),
            rows=rows_json([s.entry() for s in seals]) if seals else None,
        )
        prev_hash = prev or GENESIS
        row = AuditEventRow(
            id=event_id,
            at=fields.at,
            actor=fields.actor,
            on_behalf_of=fields.on_behalf_of,
            action=fields.action,
            entity=fields.entity,
            entity_id=fields.entity_id,
            before=fields.before,
            after=fields.after,
            rows=fields.rows,
            prev_hash=prev_hash,
            hash=event_hash(prev_hash, fields),
        )
        self.session.add(row)
        self.session.flush()
        write_seals(self.session.connection(), row.id, seals)
        self.head = (row.id, row.hash)
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
