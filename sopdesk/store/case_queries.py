"""Read queries of the Berkas SP: case lists, identities and events."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select

from sopdesk.domain.cases import CaseEvent, CaseInfo, CaseListItem, CaseStatus, EventKind
from sopdesk.domain.sop import SopDefinition
from sopdesk.store.case_repository import (
    OPEN_CASE_STATUSES,
    case_event_record,
    case_info_record,
    case_info_select,
    sop_definition_of,
    split_lanes,
)
from sopdesk.store.case_rows import CaseEventRow, CaseRow
from sopdesk.store.database import Database
from sopdesk.store.letter_rows import LetterRow
from sopdesk.store.queries import read_session
from sopdesk.store.rows import (
    OpdRow,
)

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
    with read_session(db) as s:
        return [_case_item(r) for r in s.execute(stmt)]


def case_item(db: Database, case_id: int) -> CaseListItem | None:
    found = case_items(db, open_only=False, ids=[case_id])
    return found[0] if found else None


def case_info(db: Database, case_id: int) -> CaseInfo | None:
    with read_session(db) as s:
        row = s.execute(case_info_select().where(CaseRow.id == case_id)).one_or_none()
        return None if row is None else case_info_record(row)


def case_infos(db: Database, ids: list[int]) -> dict[int, CaseInfo]:
    found: dict[int, CaseInfo] = {}
    with read_session(db) as s:
        for start in range(0, len(ids), 1000):
            for row in s.execute(case_info_select().where(CaseRow.id.in_(ids[start : start + 1000]))):
                found[row.id] = case_info_record(row)
    return found


def case_numbers_for_letters(db: Database, letter_ids: list[int]) -> dict[int, list[str]]:
    """The Berkas SP numbers started from each of these letters (for the agenda book)."""
    found: dict[int, list[str]] = {}
    with read_session(db) as s:
        for start in range(0, len(letter_ids), 500):
            stmt = (
                select(CaseRow.letter_id, CaseRow.number)
                .where(CaseRow.letter_id.in_(letter_ids[start : start + 500]))
                .order_by(CaseRow.id)
            )
            for letter_id, number in s.execute(stmt):
                found.setdefault(int(letter_id), []).append(str(number))
    return found


def case_id_by_number(db: Database, number: str) -> int | None:
    with read_session(db) as s:
        found = s.scalar(select(CaseRow.id).where(func.upper(CaseRow.number) == number.strip().upper()))
        return None if found is None else int(found)


def case_events(db: Database, case_id: int) -> list[CaseEvent]:
    stmt = select(CaseEventRow).where(CaseEventRow.case_id == case_id).order_by(CaseEventRow.seq)
    with read_session(db) as s:
        return [case_event_record(r) for r in s.scalars(stmt)]


def case_events_of(db: Database, ids: list[int]) -> dict[int, list[CaseEvent]]:
    """The events of many cases at once (reports), in order."""
    found: dict[int, list[CaseEvent]] = {i: [] for i in ids}
    with read_session(db) as s:
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
    with read_session(db) as s:
        return sorted(int(i) for i in s.scalars(stmt))


def sop_definition_of_version(db: Database, version_id: int) -> SopDefinition:
    """A case's SOP version (parsed once per process, versions never change)."""
    with read_session(db) as s:
        return sop_definition_of(s, version_id)
