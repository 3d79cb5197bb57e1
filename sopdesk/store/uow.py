"""One unit of work per user action: one transaction, its audit events included."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.orm import Session

from sopdesk.store.attachments import AttachmentRepository
from sopdesk.store.audit import AuditRepository
from sopdesk.store.database import Database
from sopdesk.store.repositories import (
    CalendarRepository,
    CaseRepository,
    ClassificationRepository,
    LetterRepository,
    OfficialRepository,
    OpdRepository,
    SettingsRepository,
    SopRepository,
    UserRepository,
)


class UnitOfWork:
    """``with UnitOfWork(db) as uow: ...; uow.commit()``. Leaving without commit rolls back."""

    users: UserRepository
    officials: OfficialRepository
    opd: OpdRepository
    classification: ClassificationRepository
    sop: SopRepository
    settings: SettingsRepository
    audit: AuditRepository
    letters: LetterRepository
    attachments: AttachmentRepository
    # Berkas SP (issue 6)
    cases: CaseRepository
    calendar: CalendarRepository

    def __init__(self, db: Database) -> None:
        self.db = db
        self._session: Session | None = None

    def __enter__(self) -> UnitOfWork:
        session = Session(self.db.engine, expire_on_commit=False, autoflush=True)
        self._session = session
        self.users = UserRepository(session)
        self.officials = OfficialRepository(session)
        self.opd = OpdRepository(session)
        self.classification = ClassificationRepository(session)
        self.sop = SopRepository(session)
        self.settings = SettingsRepository(session)
        self.audit = AuditRepository(session)
        self.letters = LetterRepository(session)
        self.attachments = AttachmentRepository(session)
        # Berkas SP (issue 6)
        self.cases = CaseRepository(session)
        self.calendar = CalendarRepository(session)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._session is not None
        try:
            self._session.rollback()
        finally:
            self._session.close()
            self._session = None

    def commit(self) -> None:
        assert self._session is not None
        self._session.commit()

    def rollback(self) -> None:
        assert self._session is not None
        self._session.rollback()
