"""Appending to the audit trail inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from sopdesk.domain.audit import GENESIS, AuditFields, canonical_json, chain_hashes, event_hash
from sopdesk.domain.changes import Kind
from sopdesk.domain.records import Actor
from sopdesk.domain.seal import rows_json
from sopdesk.store.bulk import insert_rows
from sopdesk.store.changes import note_actor, note_change, take_write_lock
from sopdesk.store.rows import AuditEventRow
from sopdesk.store.seal import Seal, pending, take_seals, write_seals


def now_utc() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _json(value: dict[str, Any] | None) -> str | None:
    return None if value is None else canonical_json(value)


_EVENTS = cast(Table, AuditEventRow.__table__)
# Core (no ORM bulk-insert bookkeeping), built once; ids in the order of the rows given.
_INSERT_EVENTS = insert(_EVENTS).returning(_EVENTS.c.id, sort_by_parameter_order=True)
_INSERT_ONE_EVENT = insert(_EVENTS).returning(_EVENTS.c.id)


@dataclass(frozen=True)
class _Noted:
    """An event noted by a service, with the records it seals (their state read when noted)."""

    actor: str
    on_behalf_of: str | None
    action: str
    entity: str
    entity_id: str | None
    before: str | None
    after: str | None
    seals: list[Seal]
    event_id: int | None  # given by reserve_id


class AuditRepository:
    """The audit events of one unit of work.

    An event is noted when the service appends it, with the records the unit wrote so far
    sealed into it (issue 13), and written when the unit commits, inside the writers' turn
    (PostgreSQL's advisory lock), chained to the last event written: what a writer does
    between taking that turn and committing is a few inserts, never the service's own work,
    so writers on other seats wait for each other as little as possible."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._pending: list[_Noted] = []
        # The last event this unit wrote (id, hash): the chain's head once it commits.
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
    ) -> None:
        """Note an event, sealing the records the unit wrote so far into it; it is written,
        chained, when the unit commits (``event_id``: the id :meth:`reserve_id` gave)."""
        self._note(actor.username, action, entity, entity_id, before, after, on_behalf_of, event_id)

    def _note(
        self,
        username: str,
        action: str,
        entity: str,
        entity_id: object | None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        on_behalf_of: str | None = None,
        event_id: int | None = None,
    ) -> None:
        note_actor(self.session, username)
        self._pending.append(
            _Noted(
                username,
                on_behalf_of,
                action,
                entity,
                None if entity_id is None else str(entity_id),
                _json(before),
                _json(after),
                take_seals(self.session),
                event_id,
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
        """Write an event at once (after those noted before it) and return its id."""
        self.append(actor, action, entity, entity_id, before=before, after=after, on_behalf_of=on_behalf_of)
        return self.write_pending()[-1]

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
        :meth:`append` with ``event_id`` right after. The events noted before are written
        first, and the writers' turn is held from here to commit."""
        self.write_pending()
        take_write_lock(self.session)
        if self.session.get_bind().dialect.name == "postgresql":
            value = self.session.scalar(text("SELECT nextval(pg_get_serial_sequence('audit_event', 'id'))"))
        else:
            value = self.session.scalar(select(func.coalesce(func.max(AuditEventRow.id), 0) + 1))
        return int(value or 0)

    def seal_remaining(self, username: str) -> None:
        """At commit: seal what the unit wrote after its last event (or wrote without one)."""
        if pending(self.session):
            self._note(username or "system", "record.seal", "database", None)

    def write_pending(self) -> list[int]:
        """Write the noted events, each chained to the one before (taking the writers' turn),
        with the states they seal."""
        if not self._pending:
            return []
        take_write_lock(self.session)  # PostgreSQL: the chain never forks
        prev = self.session.scalar(select(AuditEventRow.hash).order_by(AuditEventRow.id.desc()).limit(1)) or GENESIS
        rows: list[dict[str, Any]] = []
        for noted in self._pending:
            fields = AuditFields(
                at=now_utc().isoformat(timespec="microseconds"),
                actor=noted.actor,
                on_behalf_of=noted.on_behalf_of,
                action=noted.action,
                entity=noted.entity,
                entity_id=noted.entity_id,
                before=noted.before,
                after=noted.after,
                rows=rows_json([s.entry() for s in noted.seals]) if noted.seals else None,
            )
            digest = event_hash(prev, fields)
            row = {**asdict(fields), "prev_hash": prev, "hash": digest}
            if noted.event_id is not None:
                row["id"] = noted.event_id
            rows.append(row)
            prev = digest
        written, self._pending = self._pending, []
        # One statement, no unit-of-work bookkeeping: this runs inside the writers' turn. An
        # event with a reserved id (a print's) is written on its own, in its place.
        if any(noted.event_id is not None for noted in written):
            ids = [int(self.session.execute(_INSERT_ONE_EVENT, row).scalar_one()) for row in rows]
        else:
            ids = [int(i) for i in self.session.scalars(_INSERT_EVENTS, rows)]
        conn = self.session.connection()
        for event_id, noted in zip(ids, written, strict=True):
            write_seals(conn, event_id, noted.seals)
        note_change(self.session, Kind.AUDIT)
        self.head = (ids[-1], prev)
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
        if any(p.entity == entity and p.entity_id == str(entity_id) for p in self._pending):
            return True
        stmt = (
            select(AuditEventRow.id)
            .where(AuditEventRow.entity == entity, AuditEventRow.entity_id == str(entity_id))
            .limit(1)
        )
        return self.session.scalar(stmt) is not None
