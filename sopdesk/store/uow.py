"""One unit of work per user action: one transaction, its audit events included."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar, cast

from sqlalchemy.orm import Session

from sopdesk.domain.changes import Changes
from sopdesk.domain.errors import AccountChanged, StaleRecord
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission, allowed, require
from sopdesk.store.audit import AuditRepository, now_utc
from sopdesk.store.changes import note_actor, publish, recorded, start_collecting
from sopdesk.store.database import Database
from sopdesk.store.repositories import (
    CalendarRepository,
    ClassificationRepository,
    OfficialRepository,
    OpdRepository,
    SettingsRepository,
    SopRepository,
    UserRepository,
    stale_record,
)
from sopdesk.store.seal import start_sealing

if TYPE_CHECKING:
    from sopdesk.store.attachments import AttachmentRepository
    from sopdesk.store.case_repository import CaseRepository
    from sopdesk.store.disposition_repository import DispositionRepository
    from sopdesk.store.letter_repository import LetterRepository
    from sopdesk.store.print_log import PrintLogRepository
    from sopdesk.store.sp_repository import SpRepository

R = TypeVar("R")
BULK_CACHE_KIB = -65536  # SQLite's cache_size: negative is KiB


class UnitOfWork:
    """``with UnitOfWork(db) as uow: ...; uow.commit()``. Leaving without commit rolls back.

    The repositories of the agenda, the dispositions and the Berkas SP (and their rows) are
    imported the first time a unit of work asks for them: logging in needs none of them.
    """

    users: UserRepository
    officials: OfficialRepository
    opd: OpdRepository
    classification: ClassificationRepository
    sop: SopRepository
    settings: SettingsRepository
    audit: AuditRepository
    calendar: CalendarRepository

    def __init__(self, db: Database) -> None:
        self.db = db
        self._session: Session | None = None
        self._repositories: dict[object, object] = {}

    def __enter__(self) -> UnitOfWork:
        session = Session(self.db.engine, expire_on_commit=False, autoflush=True)
        self._session = session
        self._collector = start_collecting(session)
        start_sealing(session)
        self.changes = Changes()
        self.users = UserRepository(session)
        self.officials = OfficialRepository(session)
        self.opd = OpdRepository(session)
        self.classification = ClassificationRepository(session)
        self.sop = SopRepository(session)
        self.settings = SettingsRepository(session)
        self.audit = AuditRepository(session)
        self.calendar = CalendarRepository(session)
        self._repositories = {}
        return self

    def _repository(self, make: Callable[[Session], R]) -> R:
        """The repository ``make`` builds over this unit's session, built once per unit."""
        assert self._session is not None, "a repository outside 'with UnitOfWork(db)'"
        if make not in self._repositories:
            self._repositories[make] = make(self._session)
        return cast(R, self._repositories[make])

    @property
    def letters(self) -> LetterRepository:
        from sopdesk.store.letter_repository import LetterRepository

        return self._repository(LetterRepository)

    @property
    def attachments(self) -> AttachmentRepository:
        from sopdesk.store.attachments import AttachmentRepository

        return self._repository(AttachmentRepository)

    @property
    def dispositions(self) -> DispositionRepository:
        from sopdesk.store.disposition_repository import DispositionRepository

        return self._repository(DispositionRepository)

    @property
    def cases(self) -> CaseRepository:
        from sopdesk.store.case_repository import CaseRepository

        return self._repository(CaseRepository)

    @property
    def sp(self) -> SpRepository:
        from sopdesk.store.sp_repository import SpRepository

        return self._repository(SpRepository)

    @property
    def prints(self) -> PrintLogRepository:
        from sopdesk.store.print_log import PrintLogRepository

        return self._repository(PrintLogRepository)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._session is not None
        try:
            self._session.rollback()
        finally:
            self._session.close()
            self._session = None
            self._repositories = {}

    def commit(self) -> Changes:
        """Commit, publishing what was written to the change feed in the same transaction.

        Returns the change value (also kept in ``self.changes``), and hands it to whoever
        records this thread's commits (the GUI's operation runner)."""
        session = self._session
        assert session is not None
        session.flush()
        self.audit.seal_remaining(self._collector.actor)
        self.audit.write_pending()  # the writers' turn starts here (PostgreSQL), so it is short
        changes = self._collector.changes()
        log_id = None
        at = now_utc().isoformat(timespec="microseconds")
        if changes:
            log_id = publish(session, changes, origin=self.db.origin, at=at)
        try:
            session.commit()
        except BaseException:
            self._collector.clear()
            raise
        self.changes = self.changes | replace(changes, actor=self._collector.actor, at=at)
        self._collector.clear()
        if changes and recorded(log_id, self.changes):
            self.db.delivered(log_id)
        if self.audit.head is not None:
            self.db.committed(self.audit.head)
        return self.changes

    def stale(self, entity: str, entity_id: object, label: str, current: int) -> StaleRecord:
        """The refusal of an action based on an older version of a record (who changed it, when)."""
        assert self._session is not None
        return stale_record(self._session, entity, entity_id, label, current)

    def authorize(self, actor: Actor, permission: Permission) -> Actor:
        """The actor as the database knows them now, allowed ``permission``; else refused.

        Every write checks the user's current row, not the role they logged in with: a user
        deactivated or demoted by an administrator on another seat is refused at once, and the
        message says why. The system actor (set-up, migrations) has no row."""
        assert self._session is not None
        if actor.user_id is None:
            require(actor.role, permission)
            return actor
        current = self.users.current(actor.user_id, lock=True)
        if current is None or not current.active:
            raise AccountChanged(
                f"Akun {actor.username} sudah dinonaktifkan oleh administrator. Tidak ada yang disimpan; "
                "hubungi administrator.",
                active=False,
                role=None,
            )
        if current.role is not actor.role:
            if not allowed(current.role, permission):
                raise AccountChanged(
                    f"Peran Anda sudah diubah oleh administrator menjadi {current.role.label}; "
                    "tindakan ini tidak diizinkan untuk peran itu. Tidak ada yang disimpan.",
                    active=True,
                    role=current.role,
                )
            actor = replace(actor, role=current.role)
        require(actor.role, permission)
        note_actor(self._session, actor.username)
        return actor

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Thousands of rows in this transaction (an import): on SQLite a page cache large enough
        for the indexes being filled (64 MB instead of 2), put back afterwards. The writing is
        two to three times quicker, and the write lock is held that much shorter."""
        assert self._session is not None
        sqlite = self._session.get_bind().dialect.name == "sqlite"
        connection = self._session.connection()
        if sqlite:
            default = connection.exec_driver_sql("PRAGMA cache_size").scalar()
            connection.exec_driver_sql(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
        try:
            yield
        finally:
            if sqlite:
                connection.exec_driver_sql(f"PRAGMA cache_size = {int(default or -2000)}")

    def rollback(self) -> None:
        assert self._session is not None
        self._session.rollback()
