"""Read queries: filtered and sorted in SQL, returned as frozen domain records.

Here: users, master data, the SOP, settings and the audit trail. The agenda's, the
dispositions' and the Berkas SP's queries are in ``letter_queries``, ``disposition_queries`` and
``case_queries`` (imported when first used, see ``services.read``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sopdesk.domain.records import (
    AuditEventRecord,
    ClassificationRecord,
    DatabaseSummary,
    OfficialRecord,
    OpdRecord,
    SopVersionRecord,
    UserRecord,
)
from sopdesk.domain.sop import SopDefinition, sop_from_dict
from sopdesk.domain.workdays import CalendarOverride
from sopdesk.store.database import Database
from sopdesk.store.repositories import (
    CURRENT_SOP_FIRST,
    CalendarRepository,
    Credentials,
    SopRepository,
    UserRepository,
    classification_record,
    official_record,
    opd_record,
    user_record,
)
from sopdesk.store.rows import (
    AuditEventRow,
    ClassificationRow,
    OfficialRow,
    OpdRow,
    SettingRow,
    SopVersionRow,
    UserRow,
)


def read_session(db: Database) -> Session:
    return Session(db.read_engine)


def user_count(db: Database) -> int:
    with read_session(db) as s:
        return int(s.scalar(select(func.count()).select_from(UserRow)) or 0)


def credentials(db: Database, username: str) -> Credentials | None:
    """A user's password hash and failed attempts, read without taking the write lock."""
    with read_session(db) as s:
        return UserRepository(s).credentials(username)


def users(db: Database) -> list[UserRecord]:
    with read_session(db) as s:
        return [user_record(r) for r in s.scalars(select(UserRow).order_by(UserRow.username))]


def officials(db: Database, *, lane: str | None = None, active_only: bool = False) -> list[OfficialRecord]:
    stmt = select(OfficialRow).order_by(OfficialRow.lane, OfficialRow.nama)
    if lane is not None:
        stmt = stmt.where(OfficialRow.lane == lane)
    if active_only:
        stmt = stmt.where(OfficialRow.active.is_(True))
    with read_session(db) as s:
        return [official_record(r) for r in s.scalars(stmt)]


def opd_list(db: Database, *, active_only: bool = False) -> list[OpdRecord]:
    stmt = select(OpdRow).order_by(OpdRow.id)
    if active_only:
        stmt = stmt.where(OpdRow.active.is_(True))
    with read_session(db) as s:
        return [opd_record(r) for r in s.scalars(stmt)]


def classification_codes(db: Database, *, scheme: str | None = None) -> list[ClassificationRecord]:
    stmt = select(ClassificationRow).order_by(ClassificationRow.scheme, ClassificationRow.kode)
    if scheme is not None:
        stmt = stmt.where(ClassificationRow.scheme == scheme)
    with read_session(db) as s:
        return [classification_record(r) for r in s.scalars(stmt)]


def sop_versions(db: Database, nomor: str | None = None) -> list[SopVersionRecord]:
    stmt = select(SopVersionRow).order_by(SopVersionRow.nomor, SopVersionRow.version)
    if nomor is not None:
        stmt = stmt.where(SopVersionRow.nomor == nomor)
    with read_session(db) as s:
        rows = list(s.scalars(stmt))
        repository = SopRepository(s)
        in_force = {ref.id for n in {r.nomor for r in rows} if (ref := repository.current_version(n)) is not None}
    return [
        SopVersionRecord(
            id=r.id,
            nomor=r.nomor,
            version=r.version,
            content_hash=r.content_hash,
            source=r.source,
            loaded_at=r.loaded_at,
            current=r.id in in_force,
        )
        for r in rows
    ]


def sop_definition(db: Database, version_id: int | None = None, nomor: str | None = None) -> SopDefinition | None:
    """The definition of one version, or the version of ``nomor`` in force (loaded last)."""
    stmt = select(SopVersionRow)
    if version_id is not None:
        stmt = stmt.where(SopVersionRow.id == version_id)
    else:
        if nomor is not None:
            stmt = stmt.where(SopVersionRow.nomor == nomor)
        stmt = stmt.order_by(*CURRENT_SOP_FIRST).limit(1)
    with read_session(db) as s:
        row = s.scalar(stmt)
        if row is None:
            return None
        return sop_from_dict(json.loads(row.definition))


def setting(db: Database, key: str) -> object:
    with read_session(db) as s:
        row = s.get(SettingRow, key)
        return None if row is None else json.loads(row.value)


def settings(db: Database, keys: Sequence[str]) -> dict[str, object]:
    """Several settings in one query (those never saved are left out)."""
    with read_session(db) as s:
        rows = s.execute(select(SettingRow.key, SettingRow.value).where(SettingRow.key.in_(list(keys)))).all()
    return {key: json.loads(value) for key, value in rows}


def setting_versions(db: Database, keys: Sequence[str]) -> dict[str, int]:
    """The version of each setting (0 for one never saved): what a settings page was showing,
    so that its save is refused when another seat saved one of them since."""
    with read_session(db) as s:
        found = dict(s.execute(select(SettingRow.key, SettingRow.version).where(SettingRow.key.in_(list(keys)))).all())
    return {key: int(found.get(key, 0)) for key in keys}


def audit_events(
    db: Database, *, entity: str | None = None, entity_id: str | None = None, limit: int = 200
) -> list[AuditEventRecord]:
    stmt = select(AuditEventRow).order_by(AuditEventRow.id.desc()).limit(limit)
    if entity is not None:
        stmt = stmt.where(AuditEventRow.entity == entity)
    if entity_id is not None:
        stmt = stmt.where(AuditEventRow.entity_id == entity_id)
    with read_session(db) as s:
        return [
            AuditEventRecord(
                id=r.id,
                at=datetime.fromisoformat(r.at),
                actor=r.actor,
                on_behalf_of=r.on_behalf_of,
                action=r.action,
                entity=r.entity,
                entity_id=r.entity_id,
                before=r.before,
                after=r.after,
            )
            for r in s.scalars(stmt)
        ]


def summary(db: Database) -> DatabaseSummary:
    with read_session(db) as s:

        def count(model: type) -> int:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)

        return DatabaseSummary(
            users=count(UserRow),
            officials=count(OfficialRow),
            opd=count(OpdRow),
            classification_codes=count(ClassificationRow),
            sop_versions=count(SopVersionRow),
            audit_events=count(AuditEventRow),
        )


def calendar_overrides(db: Database) -> list[CalendarOverride]:
    with read_session(db) as s:
        return CalendarRepository(s).overrides()
