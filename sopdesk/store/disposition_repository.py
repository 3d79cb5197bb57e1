"""The dispositions' repository: a disposition with its recipients, and how far each got."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sopdesk.domain.disposition import (
    DispositionRecord,
    RecipientKind,
    RecipientRecord,
    RecipientRef,
    RecipientStatus,
    Signer,
)
from sopdesk.domain.errors import NotFound
from sopdesk.store.audit import now_utc
from sopdesk.store.changes import take_write_lock
from sopdesk.store.disposition_rows import DispositionRecipientRow, DispositionRow
from sopdesk.store.repositories import apply_changes, edit, locked_get
from sopdesk.store.rows import (
    UserRow,
)


def recipient_record(row: DispositionRecipientRow) -> RecipientRecord:
    return RecipientRecord(
        id=row.id,
        disposition_id=row.disposition_id,
        position=row.position,
        kind=RecipientKind(row.kind),
        user_id=row.user_id,
        official_id=row.official_id,
        nama=row.nama,
        jabatan=row.jabatan,
        status=RecipientStatus(row.status),
        read_at=row.read_at,
        followed_up_at=row.followed_up_at,
        done_at=row.done_at,
        note=row.note,
    )


def disposition_record(row: DispositionRow, recipients: list[DispositionRecipientRow]) -> DispositionRecord:
    return DispositionRecord(
        id=row.id,
        letter_id=row.letter_id,
        parent_id=row.parent_id,
        parent_recipient_id=row.parent_recipient_id,
        signer=Signer(row.from_nama, row.from_jabatan, row.from_nip, row.from_official_id, row.from_user_id),
        recorded_by_user_id=row.recorded_by_user_id,
        recorded_by=row.recorded_by,
        recorded_by_nama=row.recorded_by_nama,
        transcribed=row.transcribed,
        instructions=tuple(json.loads(row.instructions)),
        catatan=row.catatan,
        due_date=row.due_date,
        written_at=row.written_at,
        withdrawn=row.withdrawn,
        withdraw_reason=row.withdraw_reason,
        withdrawn_at=row.withdrawn_at,
        recipients=tuple(recipient_record(r) for r in sorted(recipients, key=lambda r: r.position)),
        version=row.version,
    )


def disposition_records(session: Session, rows: list[DispositionRow]) -> list[DispositionRecord]:
    """Records of ``rows`` with their recipients, read in one query."""
    if not rows:
        return []
    by_disposition: dict[int, list[DispositionRecipientRow]] = {r.id: [] for r in rows}
    stmt = select(DispositionRecipientRow).where(DispositionRecipientRow.disposition_id.in_(list(by_disposition)))
    for recipient in session.scalars(stmt):
        by_disposition[recipient.disposition_id].append(recipient)
    return [disposition_record(r, by_disposition[r.id]) for r in rows]


@dataclass(frozen=True)
class NewRecipient:
    ref: RecipientRef
    user_id: int | None
    official_id: int | None


class DispositionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, disposition_id: int) -> DispositionRow:
        row = locked_get(self.session, DispositionRow, disposition_id)
        if row is None:
            raise NotFound(f"Disposisi #{disposition_id} tidak ditemukan.")
        return row

    def get(self, disposition_id: int) -> DispositionRecord:
        return disposition_records(self.session, [self._row(disposition_id)])[0]

    def for_letter(self, letter_id: int) -> list[DispositionRecord]:
        stmt = select(DispositionRow).where(DispositionRow.letter_id == letter_id).order_by(DispositionRow.id)
        return disposition_records(self.session, list(self.session.scalars(stmt)))

    def children(self, disposition_id: int) -> list[DispositionRecord]:
        stmt = select(DispositionRow).where(DispositionRow.parent_id == disposition_id).order_by(DispositionRow.id)
        return disposition_records(self.session, list(self.session.scalars(stmt)))

    def add(
        self,
        *,
        letter_id: int,
        parent_id: int | None,
        parent_recipient_id: int | None,
        signer: Signer,
        recorded_by_user_id: int | None,
        recorded_by: str,
        recorded_by_nama: str,
        transcribed: bool,
        instructions: tuple[str, ...],
        catatan: str,
        due_date: date,
        written_at: datetime,
        recipients: list[NewRecipient],
    ) -> DispositionRecord:
        # Ids are taken under the write lock, so they grow in commit order and an inbox asking
        # "what is newer than id N" misses nothing committed later with a smaller id.
        take_write_lock(self.session)
        row = DispositionRow(
            letter_id=letter_id,
            parent_id=parent_id,
            parent_recipient_id=parent_recipient_id,
            from_user_id=signer.user_id,
            from_official_id=signer.official_id,
            from_nama=signer.nama,
            from_jabatan=signer.jabatan,
            from_nip=signer.nip,
            recorded_by_user_id=recorded_by_user_id,
            recorded_by=recorded_by,
            recorded_by_nama=recorded_by_nama,
            transcribed=transcribed,
            instructions=json.dumps(list(instructions), ensure_ascii=False),
            catatan=catatan,
            due_date=due_date,
            written_at=written_at,
            withdrawn=False,
            withdraw_reason="",
            created_at=now_utc(),
        )
        self.session.add(row)
        self.session.flush()
        for position, r in enumerate(recipients, start=1):
            self.session.add(
                DispositionRecipientRow(
                    disposition_id=row.id,
                    position=position,
                    kind=r.ref.kind.value,
                    user_id=r.user_id,
                    official_id=r.official_id,
                    nama=r.ref.nama,
                    jabatan=r.ref.jabatan,
                    status=RecipientStatus.BELUM_DIBACA.value,
                    note="",
                )
            )
        self.session.flush()
        return self.get(row.id)

    def update_recipient(self, recipient_id: int, **changes: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        row = self.session.get(DispositionRecipientRow, recipient_id)
        if row is None:
            raise NotFound(f"Penerima disposisi #{recipient_id} tidak ditemukan.")
        values = {k: (v.value if isinstance(v, StrEnum) else v) for k, v in changes.items()}
        return apply_changes(row, values)

    def withdraw(self, disposition_id: int, reason: str, at: datetime, expected_version: int | None = None) -> None:
        row = self._row(disposition_id)
        values = {"withdrawn": True, "withdraw_reason": reason, "withdrawn_at": at}
        edit(self.session, row, values, expected_version, entity="disposition", label=f"Disposisi #{disposition_id}")

    def user_for_official(self, official_id: int) -> int | None:
        """The active user who is ``official_id`` (the one with the lowest id if several)."""
        stmt = (
            select(UserRow.id)
            .where(UserRow.official_id == official_id, UserRow.active.is_(True))
            .order_by(UserRow.id)
            .limit(1)
        )
        return self.session.scalar(stmt)
