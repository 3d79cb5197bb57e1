"""Read queries: filtered and sorted in SQL, returned as frozen domain records."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from sqlalchemy import Select, extract, func, or_, select
from sqlalchemy.orm import Session

from sopdesk.domain.agenda import AgendaQuery, LetterRecord, LetterStatus, SortKey
from sopdesk.domain.disposition import (
    DispositionNode,
    DispositionRecord,
    InboxItem,
    InboxSummary,
    RecipientStatus,
    build_tree,
)
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
from sopdesk.store.database import Database
from sopdesk.store.repositories import (
    LetterRepository,
    classification_record,
    disposition_records,
    letter_record,
    official_record,
    opd_record,
    recipient_record,
    user_record,
)
from sopdesk.store.rows import (
    AuditEventRow,
    ClassificationRow,
    DispositionRecipientRow,
    DispositionRow,
    LetterRow,
    NumberCounterRow,
    OfficialRow,
    OpdRow,
    SettingRow,
    SopVersionRow,
    UserRow,
)
from sopdesk.store.search import search_condition


def _session(db: Database) -> Session:
    return Session(db.read_engine)


def user_count(db: Database) -> int:
    with _session(db) as s:
        return int(s.scalar(select(func.count()).select_from(UserRow)) or 0)


def users(db: Database) -> list[UserRecord]:
    with _session(db) as s:
        return [user_record(r) for r in s.scalars(select(UserRow).order_by(UserRow.username))]


def officials(db: Database, *, lane: str | None = None, active_only: bool = False) -> list[OfficialRecord]:
    stmt = select(OfficialRow).order_by(OfficialRow.lane, OfficialRow.nama)
    if lane is not None:
        stmt = stmt.where(OfficialRow.lane == lane)
    if active_only:
        stmt = stmt.where(OfficialRow.active.is_(True))
    with _session(db) as s:
        return [official_record(r) for r in s.scalars(stmt)]


def opd_list(db: Database, *, active_only: bool = False) -> list[OpdRecord]:
    stmt = select(OpdRow).order_by(OpdRow.id)
    if active_only:
        stmt = stmt.where(OpdRow.active.is_(True))
    with _session(db) as s:
        return [opd_record(r) for r in s.scalars(stmt)]


def classification_codes(db: Database, *, scheme: str | None = None) -> list[ClassificationRecord]:
    stmt = select(ClassificationRow).order_by(ClassificationRow.scheme, ClassificationRow.kode)
    if scheme is not None:
        stmt = stmt.where(ClassificationRow.scheme == scheme)
    with _session(db) as s:
        return [classification_record(r) for r in s.scalars(stmt)]


def sop_versions(db: Database, nomor: str | None = None) -> list[SopVersionRecord]:
    stmt = select(SopVersionRow).order_by(SopVersionRow.nomor, SopVersionRow.version)
    if nomor is not None:
        stmt = stmt.where(SopVersionRow.nomor == nomor)
    with _session(db) as s:
        rows = list(s.scalars(stmt))
    latest: dict[str, int] = {}
    for r in rows:
        latest[r.nomor] = max(latest.get(r.nomor, 0), r.version)
    return [
        SopVersionRecord(
            id=r.id,
            nomor=r.nomor,
            version=r.version,
            content_hash=r.content_hash,
            source=r.source,
            loaded_at=r.loaded_at,
            current=r.version == latest[r.nomor],
        )
        for r in rows
    ]


def sop_definition(db: Database, version_id: int | None = None, nomor: str | None = None) -> SopDefinition | None:
    """The definition of one version, or the current (latest) version of ``nomor``."""
    stmt = select(SopVersionRow)
    if version_id is not None:
        stmt = stmt.where(SopVersionRow.id == version_id)
    else:
        if nomor is not None:
            # The current version of one SOP is its highest version number, as in sop_versions().
            stmt = stmt.where(SopVersionRow.nomor == nomor).order_by(SopVersionRow.version.desc()).limit(1)
        else:
            stmt = stmt.order_by(SopVersionRow.loaded_at.desc(), SopVersionRow.version.desc()).limit(1)
    with _session(db) as s:
        row = s.scalar(stmt)
        if row is None:
            return None
        return sop_from_dict(json.loads(row.definition))


def setting(db: Database, key: str) -> object:
    with _session(db) as s:
        row = s.get(SettingRow, key)
        return None if row is None else json.loads(row.value)


def audit_events(
    db: Database, *, entity: str | None = None, entity_id: str | None = None, limit: int = 200
) -> list[AuditEventRecord]:
    stmt = select(AuditEventRow).order_by(AuditEventRow.id.desc()).limit(limit)
    if entity is not None:
        stmt = stmt.where(AuditEventRow.entity == entity)
    if entity_id is not None:
        stmt = stmt.where(AuditEventRow.entity_id == entity_id)
    with _session(db) as s:
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
    with _session(db) as s:

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


# --- agenda ----------------------------------------------------------------------------------

_SORT_COLUMNS = {
    SortKey.NUMBER: (LetterRow.year, LetterRow.seq),
    SortKey.RECEIVED: (LetterRow.received_at, LetterRow.id),
    SortKey.ASAL: (LetterRow.asal, LetterRow.id),
    SortKey.NOMOR_SURAT: (LetterRow.nomor_surat, LetterRow.id),
    SortKey.TANGGAL_SURAT: (LetterRow.tanggal_surat, LetterRow.id),
    SortKey.PERIHAL: (LetterRow.perihal, LetterRow.id),
    SortKey.SIFAT: (LetterRow.sifat, LetterRow.id),
    SortKey.URGENSI: (LetterRow.urgensi, LetterRow.id),
    SortKey.STATUS: (LetterRow.status, LetterRow.id),
}


def agenda_ids(db: Database, query: AgendaQuery) -> list[int]:
    """Ids of the letters that pass the filters, in the chosen order (all in SQL)."""
    stmt = select(LetterRow.id)
    if query.year is not None:
        stmt = stmt.where(LetterRow.year == query.year)
    if query.month is not None:
        if query.year is not None:
            start = datetime(query.year, query.month, 1)
            end = datetime(query.year + (query.month == 12), query.month % 12 + 1, 1)
            stmt = stmt.where(LetterRow.received_at >= start, LetterRow.received_at < end)
        else:
            stmt = stmt.where(extract("month", LetterRow.received_at) == query.month)
    if query.received_from is not None:
        stmt = stmt.where(LetterRow.received_at >= datetime.combine(query.received_from, time.min))
    if query.received_to is not None:
        stmt = stmt.where(LetterRow.received_at < datetime.combine(query.received_to + timedelta(days=1), time.min))
    if query.sifat is not None:
        stmt = stmt.where(LetterRow.sifat == query.sifat.value)
    if query.urgensi is not None:
        stmt = stmt.where(LetterRow.urgensi == query.urgensi.value)
    if query.asal:
        stmt = stmt.where(LetterRow.asal == query.asal)
    if query.status is not None:
        stmt = stmt.where(LetterRow.status == query.status.value, LetterRow.voided.is_(False))
    condition = search_condition(db.dialect, query.search)
    if condition is not None:
        stmt = stmt.where(condition)
    columns = _SORT_COLUMNS[query.sort]
    stmt = stmt.order_by(*(c.desc() if query.descending else c.asc() for c in columns))
    with _session(db) as s:
        return list(s.scalars(stmt))


def letters(db: Database, ids: list[int]) -> dict[int, LetterRecord]:
    """One page of the agenda: the records of ``ids``."""
    if not ids:
        return {}
    with _session(db) as s:
        return {r.id: letter_record(r) for r in s.scalars(select(LetterRow).where(LetterRow.id.in_(ids)))}


def letter(db: Database, letter_id: int) -> LetterRecord | None:
    with _session(db) as s:
        row = s.get(LetterRow, letter_id)
        return None if row is None else letter_record(row)


def letter_by_number(db: Database, number: str) -> LetterRecord | None:
    with _session(db) as s:
        row = s.scalar(select(LetterRow).where(LetterRow.number == number))
        return None if row is None else letter_record(row)


def past_senders(db: Database, limit: int = 2000) -> list[str]:
    """Senders used before, most used first, for completing the asal surat field."""
    stmt = select(LetterRow.asal).group_by(LetterRow.asal).order_by(func.count().desc()).limit(limit)
    with _session(db) as s:
        return list(s.scalars(stmt))


def agenda_years(db: Database) -> list[int]:
    """Years with letters: every one has its number counter, so no scan of the letters."""
    stmt = (
        select(NumberCounterRow.year)
        .where(NumberCounterRow.series == LetterRepository.SERIES)
        .order_by(NumberCounterRow.year.desc())
    )
    with _session(db) as s:
        return list(s.scalars(stmt))


def senders(db: Database) -> list[str]:
    """Every sender in the book, alphabetically (read from the asal index)."""
    with _session(db) as s:
        return list(s.scalars(select(LetterRow.asal).distinct().order_by(LetterRow.asal)))


def taken_seqs(db: Database, year: int, seqs: list[int]) -> set[int]:
    """Which of ``seqs`` already number a letter of ``year`` (for checking a back-filling import)."""
    found: set[int] = set()
    with _session(db) as s:
        for start in range(0, len(seqs), 1000):
            chunk = seqs[start : start + 1000]
            found.update(s.scalars(select(LetterRow.seq).where(LetterRow.year == year, LetterRow.seq.in_(chunk))))
    return found


# --- dispositions (disposisi) ----------------------------------------------------------------


def disposition(db: Database, disposition_id: int) -> DispositionRecord | None:
    with _session(db) as s:
        row = s.get(DispositionRow, disposition_id)
        return None if row is None else disposition_records(s, [row])[0]


def dispositions_for_letter(db: Database, letter_id: int) -> list[DispositionRecord]:
    """Every disposition of a letter, withdrawn ones included, in the order written."""
    stmt = select(DispositionRow).where(DispositionRow.letter_id == letter_id).order_by(DispositionRow.id)
    with _session(db) as s:
        return disposition_records(s, list(s.scalars(stmt)))


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
    with _session(db) as s:
        stmt = _inbox_stmt(user_id, _official_of(s, user_id))
        if open_only:
            stmt = stmt.where(DispositionRecipientRow.status != RecipientStatus.SELESAI.value)
        stmt = stmt.order_by(DispositionRow.id.desc(), DispositionRecipientRow.position).limit(limit)
        return [_inbox_item(r, d, lt, today) for r, d, lt in s.execute(stmt).all()]


def inbox_summary(db: Database, user_id: int, *, today: date | None = None) -> InboxSummary:
    """The navigation's badge: open, unread and overdue items of the user, counted in SQL."""
    today = today or date.today()
    with _session(db) as s:
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
    with _session(db) as s:
        stmt = (
            _inbox_stmt(user_id, _official_of(s, user_id))
            .where(DispositionRow.id > since_id)
            .order_by(DispositionRow.id, DispositionRecipientRow.position)
        )
        return [_inbox_item(r, d, lt, today) for r, d, lt in s.execute(stmt).all()]


def latest_disposition_id(db: Database) -> int:
    """The newest disposition id (0 when there is none): where an alert watch starts."""
    with _session(db) as s:
        return int(s.scalar(select(func.max(DispositionRow.id))) or 0)


def letters_awaiting_disposition(db: Database, *, year: int | None = None) -> int:
    """How many letters (not voided) wait for a disposition: the home screen's number."""
    stmt = (
        select(func.count())
        .select_from(LetterRow)
        .where(LetterRow.status == LetterStatus.BELUM.value, LetterRow.voided.is_(False))
    )
    if year is not None:
        stmt = stmt.where(LetterRow.year == year)
    with _session(db) as s:
        return int(s.scalar(stmt) or 0)


def letters_awaiting_disposition_ids(db: Database, *, limit: int = 200) -> list[int]:
    """The letters waiting for a disposition, oldest received first (for the Kabag's list)."""
    stmt = (
        select(LetterRow.id)
        .where(LetterRow.status == LetterStatus.BELUM.value, LetterRow.voided.is_(False))
        .order_by(LetterRow.received_at, LetterRow.id)
        .limit(limit)
    )
    with _session(db) as s:
        return list(s.scalars(stmt))


def recent_dispositions(db: Database, *, limit: int = 500) -> list[DispositionRecord]:
    """The newest dispositions of every letter, newest first (withdrawn ones included)."""
    stmt = select(DispositionRow).order_by(DispositionRow.id.desc()).limit(limit)
    with _session(db) as s:
        return disposition_records(s, list(s.scalars(stmt)))
