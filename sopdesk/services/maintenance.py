"""Backups and integrity checks."""

from __future__ import annotations

from pathlib import Path

from sopdesk.domain.records import Actor, CheckProblem
from sopdesk.domain.roles import Permission
from sopdesk.store.check import check_database
from sopdesk.store.database import Database
from sopdesk.store.uow import UnitOfWork


def backup(db: Database, actor: Actor, out: Path) -> Path:
    """Online backup to ``out`` (verified by integrity_check), recorded in the audit trail."""
    with UnitOfWork(db) as uow:  # refused before anything is copied
        uow.authorize(actor, Permission.BACKUP)
    path = db.backup_to(out)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.BACKUP)
        uow.audit.append(actor, "database.backup", "database", None, after={"file": str(path)})
        uow.commit()
    return path


def check(db: Database) -> list[CheckProblem]:
    return check_database(db)
