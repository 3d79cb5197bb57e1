"""Backups and integrity checks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sopdesk.domain.audit import Witness
from sopdesk.domain.errors import FAULT_READ_ONLY, DomainError, StorageFault
from sopdesk.domain.records import Actor, CheckProblem
from sopdesk.domain.roles import Permission, require
from sopdesk.store.check import check_database
from sopdesk.store.database import Database
from sopdesk.store.uow import UnitOfWork


def backup(db: Database, actor: Actor, out: Path) -> Path:
    """A verified copy of the SQLite database at ``out``, recorded in the audit trail.

    The target is checked first (never the live database or its companion files); then the
    backup is recorded, so that the copy carries its own backup event as the head of its chain
    (a witness of everything before it); then the copy is made. A copy that fails is recorded
    as failed and leaves nothing behind."""
    _allowed(db, actor)  # refused before anything is looked at or copied
    target = db.backup_target(out)
    try:
        with UnitOfWork(db) as uow:
            actor = uow.authorize(actor, Permission.BACKUP)
            uow.audit.append(actor, "database.backup", "database", None, after={"file": str(target)})
            uow.commit()
    except StorageFault as fault:
        if fault.kind != FAULT_READ_ONLY:
            raise
        # A database on a write-protected medium cannot record its backup; a rescue copy is
        # still made (the role was checked against the row as it is).
    try:
        return db.backup_to(target)
    except DomainError as exc:
        try:
            with UnitOfWork(db) as uow:
                uow.audit.append(
                    actor, "database.backup_failed", "database", None, after={"file": str(target), "alasan": str(exc)}
                )
                uow.commit()
        except StorageFault:
            pass  # the database cannot be written now: the failure is told to the user anyway
        raise


def _allowed(db: Database, actor: Actor) -> None:
    try:
        with UnitOfWork(db) as uow:
            uow.authorize(actor, Permission.BACKUP)
    except StorageFault as fault:
        if fault.kind != FAULT_READ_ONLY:
            raise
        require(actor.role, Permission.BACKUP)  # a read-only medium: the role the user logged in with


def check(db: Database, witnesses: Sequence[Witness] = ()) -> list[CheckProblem]:
    return check_database(db, witnesses)
