"""The "Disposisi Keluar" list: dispositions a user gave (directly or as the official the user
is) or typed in on an official's behalf. Read-only; kept apart from queries.py so the
disposition back end's branch and the screen's branch do not touch the same file."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sopdesk.domain.disposition import DispositionRecord
from sopdesk.store.database import Database
from sopdesk.store.disposition_repository import disposition_records
from sopdesk.store.disposition_rows import DispositionRow
from sopdesk.store.rows import UserRow


def sent_dispositions(db: Database, user_id: int, *, limit: int = 300) -> list[DispositionRecord]:
    """Dispositions signed by the user (or the official the user is) or recorded by the user,
    withdrawn ones included, newest first."""
    with Session(db.read_engine) as s:
        official_id = s.scalar(select(UserRow.official_id).where(UserRow.id == user_id))
        mine = or_(DispositionRow.from_user_id == user_id, DispositionRow.recorded_by_user_id == user_id)
        if official_id is not None:
            mine = or_(mine, DispositionRow.from_official_id == official_id)
        stmt = select(DispositionRow).where(mine).order_by(DispositionRow.id.desc()).limit(limit)
        return disposition_records(s, list(s.scalars(stmt)))
