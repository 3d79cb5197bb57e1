"""One unit of work per user action: one transaction, its audit events included."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar, cast

from sqlalchemy.orm import Session

from sopdesk.store.audit import AuditRepository
from sopdesk.store.database import Database
from sopdesk.store.repositories import (
    CalendarRepository,
    ClassificationRepository,
    OfficialRepository,
    OpdRepository,
    SettingsRepository,
    SopRepository,
    UserRepository,
)

if TYPE_CHECKING:
    from sopdesk.store.attachments import AttachmentRepository
    from sopdesk.store.case_repository import CaseRepository
    from sopdesk.store.disposition_repository import DispositionRepository
    from sopdesk.store.letter_repository import LetterRepository
    from sopdesk.store.print_log import PrintLogRepository

R = TypeVar("R")


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

    def commit(self) -> None:
        assert self._session is not None
        self._session.commit()

    def rollback(self) -> None:
        assert self._session is not None
        self._session.rollback()
