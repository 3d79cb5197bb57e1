"""The Berkas SP repository: cases, their append-only events and derived summaries."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from sopdesk.domain.cases import (
    NUMBER_SERIES,
    CaseEvent,
    CaseInfo,
    CaseStatus,
    CaseSummary,
    event_from_stored,
    event_step,
)
from sopdesk.domain.changes import Kind
from sopdesk.domain.errors import NotFound
from sopdesk.domain.records import (
    OfficialRecord,
)
from sopdesk.domain.sop import SopDefinition, sop_from_dict
from sopdesk.store import counters
from sopdesk.store.audit import now_utc
from sopdesk.store.case_rows import CaseEventRow, CaseRow
from sopdesk.store.changes import note_change
from sopdesk.store.letter_rows import LetterRow
from sopdesk.store.repositories import CURRENT_SOP_FIRST, official_record
from sopdesk.store.rows import (
    OfficialRow,
    OpdRow,
    SopVersionRow,
)
from sopdesk.store.seal import note_rows

OPEN_CASE_STATUSES = (CaseStatus.AKTIF.value, CaseStatus.DITANGGUHKAN.value)
_SOP_CACHE: dict[str, SopDefinition] = {}  # by content hash: a stored version never changes


def split_lanes(text_value: str) -> tuple[str, ...]:
    return tuple(code for code in text_value.split(",") if code)


def case_event_record(row: CaseEventRow) -> CaseEvent:
    return event_from_stored(row.kind, row.seq, row.at, row.recorded_by, row.recorded_at, json.loads(row.payload))


def case_info_columns() -> tuple[Any, ...]:
    """The columns :func:`case_info_record` reads: the case joined to its letter, OPD and SOP."""
    return (
        CaseRow.id,
        CaseRow.number,
        CaseRow.letter_id,
        LetterRow.number.label("letter_number"),
        LetterRow.perihal,
        CaseRow.opd_id,
        OpdRow.nama.label("opd_nama"),
        CaseRow.jenis_layanan,
        CaseRow.sop_version_id,
        SopVersionRow.nomor.label("sop_nomor"),
        SopVersionRow.version.label("sop_version"),
        CaseRow.started_at,
        CaseRow.created_by,
        CaseRow.created_at,
    )


def case_info_select() -> Select[Any]:
    return (
        select(*case_info_columns())
        .join(LetterRow, LetterRow.id == CaseRow.letter_id)
        .join(OpdRow, OpdRow.id == CaseRow.opd_id)
        .join(SopVersionRow, SopVersionRow.id == CaseRow.sop_version_id)
    )


def case_info_record(row: Any) -> CaseInfo:
    return CaseInfo(
        id=row.id,
        number=row.number,
        letter_id=row.letter_id,
        letter_number=row.letter_number,
        perihal=row.perihal,
        opd_id=row.opd_id,
        opd_nama=row.opd_nama,
        jenis_layanan=tuple(json.loads(row.jenis_layanan)),
        sop_version_id=row.sop_version_id,
        sop_nomor=row.sop_nomor,
        sop_version=row.sop_version,
        started_at=row.started_at,
        created_by=row.created_by,
        created_at=row.created_at,
    )


def summary_values(summary: CaseSummary) -> dict[str, Any]:
    return {
        "status": summary.status.value,
        "current_step": summary.current_step,
        "lanes": ",".join(summary.lanes),
        "step_started_at": summary.step_started_at,
        "step_due_at": summary.step_due_at,
        "due_at": summary.due_at,
        "suspended_since": summary.suspended_since,
        "finished_at": summary.finished_at,
        "returns": summary.returns,
        "last_seq": summary.last_seq,
    }


def sop_definition_of(session: Session, version_id: int) -> SopDefinition:
    """A stored SOP version's definition, parsed once per process per content."""
    digest = session.scalar(select(SopVersionRow.content_hash).where(SopVersionRow.id == version_id))
    if digest is None:
        raise NotFound(f"Versi SOP #{version_id} tidak ditemukan.")
    cached = _SOP_CACHE.get(digest)
    if cached is None:
        stored = session.scalar(select(SopVersionRow.definition).where(SopVersionRow.id == version_id))
        cached = sop_from_dict(json.loads(stored or "{}"))
        _SOP_CACHE[digest] = cached
    return cached


class CaseRepository:
    SERIES = NUMBER_SERIES

    def __init__(self, session: Session) -> None:
        self.session = session

    def next_seq(self, year: int) -> int:
        """The next case number of ``year``, gapless like the agenda (locked until commit)."""
        return counters.take_next(self.session, self.SERIES, year, CaseRow.year, CaseRow.seq).seq

    def current_sop_version_id(self) -> int:
        """The SOP in force: the newest version of the SOP loaded last."""
        version_id = self.session.scalar(select(SopVersionRow.id).order_by(*CURRENT_SOP_FIRST).limit(1))
        if version_id is None:
            raise NotFound("Belum ada SOP dimuat. Jalankan 'sopdesk init'.")
        return int(version_id)

    def sop_definition(self, version_id: int) -> SopDefinition:
        return sop_definition_of(self.session, version_id)

    def letter_facts(self, letter_id: int) -> tuple[int | None, datetime]:
        """The OPD a letter came from (if it is in the OPD list) and when it was typed in (UTC)."""
        row = self.session.execute(
            select(LetterRow.asal_opd_id, LetterRow.created_at).where(LetterRow.id == letter_id)
        ).one_or_none()
        if row is None:
            raise NotFound(f"Surat #{letter_id} tidak ditemukan.")
        return row.asal_opd_id, row.created_at

    def opd_name(self, opd_id: int) -> str:
        nama = self.session.scalar(select(OpdRow.nama).where(OpdRow.id == opd_id))
        if nama is None:
            raise NotFound(f"OPD #{opd_id} tidak ditemukan.")
        return str(nama)

    def lane_official(self, lane: str) -> OfficialRecord | None:
        """The active official holding ``lane`` (the first registered, if several)."""
        row = self.session.scalar(
            select(OfficialRow).where(OfficialRow.lane == lane, OfficialRow.active.is_(True)).order_by(OfficialRow.id)
        )
        return None if row is None else official_record(row)

    def for_letter(self, letter_id: int) -> list[tuple[int, str, CaseStatus]]:
        """(id, number, status) of every case of a letter, oldest first."""
        stmt = select(CaseRow.id, CaseRow.number, CaseRow.status).where(CaseRow.letter_id == letter_id)
        rows = self.session.execute(stmt.order_by(CaseRow.id))
        return [(r.id, r.number, CaseStatus(r.status)) for r in rows]

    def add(
        self,
        *,
        year: int,
        seq: int,
        number: str,
        letter_id: int,
        opd_id: int,
        jenis_layanan: tuple[str, ...],
        sop_version_id: int,
        started_at: datetime,
        created_by: str,
        summary: CaseSummary,
    ) -> int:
        now = now_utc()
        row = CaseRow(
            year=year,
            seq=seq,
            number=number,
            letter_id=letter_id,
            opd_id=opd_id,
            jenis_layanan=json.dumps(list(jenis_layanan), ensure_ascii=False),
            sop_version_id=sop_version_id,
            started_at=started_at,
            created_by=created_by,
            created_at=now,
            updated_at=now,
            **summary_values(summary),
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def info(self, case_id: int, *, lock: bool = False) -> CaseInfo:
        """The case's identity; ``lock`` holds the case row until commit (PostgreSQL), so two
        seats recording on the same case take turns and the second sees the first's event."""
        if lock:
            self.session.execute(select(CaseRow.id).where(CaseRow.id == case_id).with_for_update())
        row = self.session.execute(case_info_select().where(CaseRow.id == case_id)).one_or_none()
        if row is None:
            raise NotFound(f"Berkas #{case_id} tidak ditemukan.")
        return case_info_record(row)

    def events(self, case_id: int) -> list[CaseEvent]:
        rows = self.session.scalars(
            select(CaseEventRow).where(CaseEventRow.case_id == case_id).order_by(CaseEventRow.seq)
        )
        return [case_event_record(r) for r in rows]

    def append(self, case_id: int, event: CaseEvent, on_behalf_of: str | None = None) -> int:
        row = CaseEventRow(
            case_id=case_id,
            seq=event.seq,
            kind=event.kind.value,
            step=event_step(event),
            at=event.at,
            payload=json.dumps(event.payload(), ensure_ascii=False, sort_keys=True),
            recorded_by=event.recorded_by,
            on_behalf_of=on_behalf_of,
            recorded_at=event.recorded_at,
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def save_summary(self, case_id: int, summary: CaseSummary) -> None:
        values = summary_values(summary)
        self.session.execute(update(CaseRow).where(CaseRow.id == case_id).values(updated_at=now_utc(), **values))
        note_change(self.session, Kind.CASE, (case_id,))
        note_rows(self.session, "sop_case", [(case_id,)], columns=("updated_at", *values))

    def infos(self, ids: list[int]) -> dict[int, CaseInfo]:
        found: dict[int, CaseInfo] = {}
        for start in range(0, len(ids), 1000):
            for row in self.session.execute(case_info_select().where(CaseRow.id.in_(ids[start : start + 1000]))):
                found[row.id] = case_info_record(row)
        return found

    def events_of(self, ids: list[int]) -> dict[int, list[CaseEvent]]:
        found: dict[int, list[CaseEvent]] = {i: [] for i in ids}
        for start in range(0, len(ids), 1000):
            stmt = (
                select(CaseEventRow)
                .where(CaseEventRow.case_id.in_(ids[start : start + 1000]))
                .order_by(CaseEventRow.case_id, CaseEventRow.seq)
            )
            for r in self.session.scalars(stmt):
                found[r.case_id].append(case_event_record(r))
        return found

    def save_summaries(self, summaries: dict[int, CaseSummary]) -> None:
        """Many cases' derived columns at once (an UPDATE by primary key per row, batched)."""
        now = now_utc()
        rows = [{"id": case_id, "updated_at": now, **summary_values(s)} for case_id, s in summaries.items()]
        if rows:
            self.session.execute(update(CaseRow), rows)
            note_change(self.session, Kind.CASE, tuple(summaries))
            note_rows(self.session, "sop_case", [(i,) for i in summaries], columns=rows[0].keys() - {"id"})

    def open_ids(self) -> list[int]:
        return list(self.session.scalars(select(CaseRow.id).where(CaseRow.status.in_(OPEN_CASE_STATUSES))))
