"""Read queries of dispositions: inboxes, chains, letters awaiting one."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from sopdesk.domain.agenda import LetterStatus
from sopdesk.domain.cases import DISPOSITION_STEP
from sopdesk.domain.disposition import (
    DispositionNode,
    DispositionRecord,
    InboxItem,
    InboxSummary,
    RecipientStatus,
    build_tree,
)
from sopdesk.store.case_repository import (
    OPEN_CASE_STATUSES,
)
from sopdesk.store.case_rows import CaseRow
from sopdesk.store.database import Database
from sopdesk.store.disposition_repository import disposition_records, recipient_record
from sopdesk.store.disposition_rows import DispositionRecipientRow, DispositionRow
from sopdesk.store.letter_rows import LetterRow
from sopdesk.store.queries import read_session
from sopdesk.store.rows import (
    UserRow,
)


def disposition(db: Database, disposition_id: int) -> DispositionRecord | None:
    with read_session(db) as s:
        row = s.get(DispositionRow, disposition_id)
        return None if row is None else disposition_records(s, [row])[0]


def dispositions_for_letter(db: Database, letter_id: int) -> list[DispositionRecord]:
    """Every disposition of a letter, withdrawn ones included, in the order written."""
    stmt = select(DispositionRow).where(DispositionRow.letter_id == letter_id).order_by(DispositionRow.id)
    with read_session(db) as s:
        return disposition_records(s, list(s.scalars(stmt)))


def dispositions_for_letters(db: Database, letter_ids: list[int]) -> dict[int, list[DispositionRecord]]:
    """Every disposition of each of these letters (withdrawn ones included), in the order
    written; for the agenda book, which names each letter's recipients."""
    found: dict[int, list[DispositionRecord]] = {}
    with read_session(db) as s:
        for start in range(0, len(letter_ids), 500):
            chunk = letter_ids[start : start + 500]
            stmt = select(DispositionRow).where(DispositionRow.letter_id.in_(chunk)).order_by(DispositionRow.id)
            for record in disposition_records(s, list(s.scalars(stmt))):
                found.setdefault(record.letter_id, []).append(record)
    return found


def disposition_tree(db: Database, letter_id: int) -> tuple[DispositionNode, ...]:
    """The chain of a letter as a tree (Kabag -> Kasubag -> Staf), each node with its recipients."""
    return build_tree(dispositions_for_letter(db, letter_id))


def _inbox_stmt(user_id: int, official_id: int | None) -> Select[DispositionRecipientRow, DispositionRow, LetterRow]:
    mine = DispositionRecipientRow.user_id == user_id
    if official_id is not None:
        mine = or_(mine, DispositionRecipientRow.official_id == official_id)
    return (
        select(DispositionRecipientRow, DispositionRow, LetterRow)
        .join(DispositionRow, DispositionRow.id == DispositionRecipientRow.disposition_id)
        .join(LetterRow, LetterRow.id == DispositionRow.letter_id)
        .where(mine, DispositionRow.withdrawn.is_(False), LetterRow.voided.is_(False))
    )


def _inbox_item(
    recipient: DispositionRecipientRow, row: DispositionRow, letter_row: LetterRow, today: date
) -> InboxItem:
    entry = recipient_record(recipient)
    return InboxItem(
        disposition_id=row.id,
        recipient_id=entry.id,
        letter_id=letter_row.id,
        letter_number=letter_row.number,
        perihal=letter_row.perihal,
        asal=letter_row.asal,
        nomor_surat=letter_row.nomor_surat,
        sifat=letter_row.sifat,
        urgensi=letter_row.urgensi,
        from_nama=row.from_nama,
        from_jabatan=row.from_jabatan,
        instructions=tuple(json.loads(row.instructions)),
        catatan=row.catatan,
        due_date=row.due_date,
        written_at=row.written_at,
        status=entry.status,
        status_at=entry.status_at,
        note=entry.note,
        overdue=row.due_date < today and entry.status is not RecipientStatus.SELESAI,
        parent_id=row.parent_id,
    )


def _official_of(s: Session, user_id: int) -> int | None:
    return s.scalar(select(UserRow.official_id).where(UserRow.id == user_id))


def inbox(
    db: Database, user_id: int, *, open_only: bool = False, today: date | None = None, limit: int = 500
) -> list[InboxItem]:
    """ "Disposisi Masuk" of a user: dispositions to the user or to the official the user is,
    withdrawn ones left out, newest first. ``open_only`` leaves out the finished ones."""
    today = today or date.today()
    with read_session(db) as s:
        stmt = _inbox_stmt(user_id, _official_of(s, user_id))
        if open_only:
            stmt = stmt.where(DispositionRecipientRow.status != RecipientStatus.SELESAI.value)
        stmt = stmt.order_by(DispositionRow.id.desc(), DispositionRecipientRow.position).limit(limit)
        return [_inbox_item(r, d, lt, today) for r, d, lt in s.execute(stmt).all()]


def inbox_summary(db: Database, user_id: int, *, today: date | None = None) -> InboxSummary:
    """The navigation's badge: open, unread and overdue items of the user, counted in SQL."""
    today = today or date.today()
    with read_session(db) as s:
        mine = DispositionRecipientRow.user_id == user_id
        official_id = _official_of(s, user_id)
        if official_id is not None:
            mine = or_(mine, DispositionRecipientRow.official_id == official_id)
        open_ = DispositionRecipientRow.status != RecipientStatus.SELESAI.value
        stmt = (
            select(
                func.count(),
                func.count().filter(DispositionRecipientRow.status == RecipientStatus.BELUM_DIBACA.value),
                func.count().filter(DispositionRow.due_date < today),
            )
            .select_from(DispositionRecipientRow)
            .join(DispositionRow, DispositionRow.id == DispositionRecipientRow.disposition_id)
            .join(LetterRow, LetterRow.id == DispositionRow.letter_id)
            .where(mine, open_, DispositionRow.withdrawn.is_(False), LetterRow.voided.is_(False))
        )
        total, unread, overdue = s.execute(stmt).one()
        return InboxSummary(open=int(total), unread=int(unread), overdue=int(overdue))


def new_dispositions_for_user(
    db: Database, user_id: int, since_id: int, *, today: date | None = None
) -> list[InboxItem]:
    """Dispositions to the user with an id above ``since_id`` (oldest first), for the alert."""
    today = today or date.today()
    with read_session(db) as s:
        stmt = (
            _inbox_stmt(user_id, _official_of(s, user_id))
            .where(DispositionRow.id > since_id)
            .order_by(DispositionRow.id, DispositionRecipientRow.position)
        )
        return [_inbox_item(r, d, lt, today) for r, d, lt in s.execute(stmt).all()]


def latest_disposition_id(db: Database) -> int:
    """The newest disposition id (0 when there is none): where an alert watch starts."""
    with read_session(db) as s:
        return int(s.scalar(select(func.max(DispositionRow.id))) or 0)


def _awaiting_disposition() -> Any:
    """Letters (not voided) waiting for the Kabag: not disposed yet, or their Berkas SP waits
    at the disposition step (SOP step 3) — the case marks the letter "diproses SOP" at once."""
    at_step_3 = (
        select(CaseRow.id)
        .where(
            CaseRow.letter_id == LetterRow.id,
            CaseRow.status.in_(OPEN_CASE_STATUSES),
            CaseRow.current_step == DISPOSITION_STEP,
        )
        .exists()
    )
    return (LetterRow.voided.is_(False)) & ((LetterRow.status == LetterStatus.BELUM.value) | at_step_3)


def letters_awaiting_disposition(db: Database, *, year: int | None = None) -> int:
    """How many letters wait for a disposition: the home screen's number."""
    stmt = select(func.count()).select_from(LetterRow).where(_awaiting_disposition())
    if year is not None:
        stmt = stmt.where(LetterRow.year == year)
    with read_session(db) as s:
        return int(s.scalar(stmt) or 0)


def letters_awaiting_disposition_ids(db: Database, *, limit: int = 200) -> list[int]:
    """The letters waiting for a disposition, oldest received first (for the Kabag's list)."""
    stmt = (
        select(LetterRow.id).where(_awaiting_disposition()).order_by(LetterRow.received_at, LetterRow.id).limit(limit)
    )
    with read_session(db) as s:
        return list(s.scalars(stmt))


def recent_dispositions(db: Database, *, limit: int = 500) -> list[DispositionRecord]:
    """The newest dispositions of every letter, newest first (withdrawn ones included)."""
    stmt = select(DispositionRow).order_by(DispositionRow.id.desc()).limit(limit)
    with read_session(db) as s:
        return disposition_records(s, list(s.scalars(stmt)))
