"""Read queries: filtered and sorted in SQL, returned as frozen domain records."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, extract, func, select
from sqlalchemy.orm import Session

from sopdesk.domain.agenda import AgendaQuery, LetterRecord, SortKey
from sopdesk.domain.cases import CaseEvent, CaseInfo, CaseListItem, CaseStatus, EventKind
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
    OPEN_CASE_STATUSES,
    CalendarRepository,
    LetterRepository,
    case_event_record,
    case_info_record,
    case_info_select,
    classification_record,
    letter_record,
    official_record,
    opd_record,
    sop_definition_of,
    split_lanes,
    user_record,
)
from sopdesk.store.rows import (
    AuditEventRow,
    CaseEventRow,
    CaseRow,
    ClassificationRow,
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


# --- Berkas SP (issue 6) ----------------------------------------------------------------------


_CASE_ITEM_COLUMNS: tuple[Any, ...] = (
    CaseRow.id,
    CaseRow.number,
    CaseRow.letter_id,
    LetterRow.number.label("letter_number"),
    LetterRow.perihal,
    OpdRow.nama.label("opd_nama"),
    CaseRow.jenis_layanan,
    CaseRow.sop_version_id,
    CaseRow.status,
    CaseRow.current_step,
    CaseRow.lanes,
    CaseRow.started_at,
    CaseRow.step_started_at,
    CaseRow.step_due_at,
    CaseRow.due_at,
    CaseRow.suspended_since,
    CaseRow.finished_at,
    CaseRow.returns,
)


def _case_item_select() -> Select[Any]:
    return (
        select(*_CASE_ITEM_COLUMNS)
        .join(LetterRow, LetterRow.id == CaseRow.letter_id)
        .join(OpdRow, OpdRow.id == CaseRow.opd_id)
    )


def _case_item(r: Any) -> CaseListItem:
    return CaseListItem(
        id=r.id,
        number=r.number,
        letter_id=r.letter_id,
        letter_number=r.letter_number,
        perihal=r.perihal,
        opd_nama=r.opd_nama,
        jenis_layanan=tuple(json.loads(r.jenis_layanan)),
        sop_version_id=r.sop_version_id,
        status=CaseStatus(r.status),
        current_step=r.current_step,
        lanes=split_lanes(r.lanes),
        started_at=r.started_at,
        step_started_at=r.step_started_at,
        step_due_at=r.step_due_at,
        due_at=r.due_at,
        suspended_since=r.suspended_since,
        finished_at=r.finished_at,
        returns=r.returns,
    )


def case_items(
    db: Database,
    *,
    open_only: bool = True,
    letter_id: int | None = None,
    step: int | None = None,
    ids: list[int] | None = None,
) -> list[CaseListItem]:
    """Cases as lists show them, from the case rows alone (no events folded). Open cases come
    soonest-due first (the home screen's order); with ``open_only=False``, newest first."""
    stmt = _case_item_select()
    if open_only:
        stmt = stmt.where(CaseRow.status.in_(OPEN_CASE_STATUSES)).order_by(CaseRow.step_due_at, CaseRow.id)
    else:
        stmt = stmt.order_by(CaseRow.id.desc())
    if letter_id is not None:
        stmt = stmt.where(CaseRow.letter_id == letter_id)
    if step is not None:
        stmt = stmt.where(CaseRow.current_step == step)
    if ids is not None:
        stmt = stmt.where(CaseRow.id.in_(ids))
    with _session(db) as s:
        return [_case_item(r) for r in s.execute(stmt)]


def case_item(db: Database, case_id: int) -> CaseListItem | None:
    found = case_items(db, open_only=False, ids=[case_id])
    return found[0] if found else None


def case_info(db: Database, case_id: int) -> CaseInfo | None:
    with _session(db) as s:
        row = s.execute(case_info_select().where(CaseRow.id == case_id)).one_or_none()
        return None if row is None else case_info_record(row)


def case_infos(db: Database, ids: list[int]) -> dict[int, CaseInfo]:
    found: dict[int, CaseInfo] = {}
    with _session(db) as s:
        for start in range(0, len(ids), 1000):
            for row in s.execute(case_info_select().where(CaseRow.id.in_(ids[start : start + 1000]))):
                found[row.id] = case_info_record(row)
    return found


def case_id_by_number(db: Database, number: str) -> int | None:
    with _session(db) as s:
        found = s.scalar(select(CaseRow.id).where(func.upper(CaseRow.number) == number.strip().upper()))
        return None if found is None else int(found)


def case_events(db: Database, case_id: int) -> list[CaseEvent]:
    stmt = select(CaseEventRow).where(CaseEventRow.case_id == case_id).order_by(CaseEventRow.seq)
    with _session(db) as s:
        return [case_event_record(r) for r in s.scalars(stmt)]


def case_events_of(db: Database, ids: list[int]) -> dict[int, list[CaseEvent]]:
    """The events of many cases at once (reports), in order."""
    found: dict[int, list[CaseEvent]] = {i: [] for i in ids}
    with _session(db) as s:
        for start in range(0, len(ids), 1000):
            stmt = (
                select(CaseEventRow)
                .where(CaseEventRow.case_id.in_(ids[start : start + 1000]))
                .order_by(CaseEventRow.case_id, CaseEventRow.seq)
            )
            for r in s.scalars(stmt):
                found[r.case_id].append(case_event_record(r))
    return found


def case_ids_with_step_events(db: Database, start: datetime, end: datetime) -> list[int]:
    """Cases in which a step pass ended (done, sent back, cancelled) from ``start`` to before ``end``."""
    kinds = (EventKind.STEP_DONE.value, EventKind.RETURNED.value, EventKind.CANCELLED.value)
    stmt = (
        select(CaseEventRow.case_id)
        .where(CaseEventRow.at >= start, CaseEventRow.at < end, CaseEventRow.kind.in_(kinds))
        .distinct()
    )
    with _session(db) as s:
        return sorted(int(i) for i in s.scalars(stmt))


def calendar_overrides(db: Database) -> list[CalendarOverride]:
    with _session(db) as s:
        return CalendarRepository(s).overrides()


def sop_definition_of_version(db: Database, version_id: int) -> SopDefinition:
    """A case's SOP version (parsed once per process, versions never change)."""
    with _session(db) as s:
        return sop_definition_of(s, version_id)
