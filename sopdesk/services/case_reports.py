"""Papers of the Berkas SP: the case dossier and the SLA report for a period.

Each print is logged like every other (an audit event whose id goes into the footer and the
QR code), with the content hash that ``sopdesk verify`` compares later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sopdesk.domain.cases import CaseState, fold
from sopdesk.domain.errors import NotFound, ValidationError
from sopdesk.domain.printing import DocumentKind, Letterhead, PageSetup, PrintMark
from sopdesk.domain.records import Actor
from sopdesk.domain.sla import SlaReport, sla_report
from sopdesk.services import read
from sopdesk.services.calendar import work_calendar
from sopdesk.services.cases import CaseView, case_view
from sopdesk.services.printing import _log_print, letterhead, page_setup
from sopdesk.store.database import Database


@dataclass(frozen=True)
class CaseDossierPrint:
    view: CaseView
    mark: PrintMark
    setup: PageSetup
    letterhead: Letterhead


def prepare_case_dossier(db: Database, actor: Actor, case_id: int, *, now: datetime | None = None) -> CaseDossierPrint:
    """One case with every step and its timeline, logged with the case's hash."""
    view = case_view(db, case_id, now=now)
    state = view.state
    mark = _log_print(db, actor, "case", str(case_id), f"Berkas {state.info.number}", state.content_hash())
    return CaseDossierPrint(view, mark, page_setup(db, DocumentKind.CASE_DOSSIER), letterhead(db))


def case_states_between(db: Database, start: date, end: date, *, now: datetime | None = None) -> list[CaseState]:
    """Every case in which a step pass ended from ``start`` to ``end`` (inclusive)."""
    ids = read.case_ids_with_step_events(
        db, datetime.combine(start, time.min), datetime.combine(end + timedelta(days=1), time.min)
    )
    infos = read.case_infos(db, ids)
    events = read.case_events_of(db, ids)
    cal = work_calendar(db)
    as_of = (now or datetime.now()).replace(microsecond=0)
    return [
        fold(infos[i], read.sop_definition_of_version(db, infos[i].sop_version_id), events[i], cal, as_of) for i in ids
    ]


def sla_report_for(db: Database, start: date, end: date, *, now: datetime | None = None) -> SlaReport:
    if end < start:
        raise ValidationError.single("end", "Tanggal akhir tidak boleh sebelum tanggal awal.")
    sop = read.sop_definition(db)
    if sop is None:
        raise NotFound("Belum ada SOP dimuat. Jalankan 'sopdesk init'.")
    return sla_report(case_states_between(db, start, end, now=now), sop, start, end)


@dataclass(frozen=True)
class SlaPrint:
    report: SlaReport
    mark: PrintMark
    setup: PageSetup
    letterhead: Letterhead


def prepare_sla_report(db: Database, actor: Actor, start: date, end: date) -> SlaPrint:
    report = sla_report_for(db, start, end)
    record_id = f"{start.isoformat()}_{end.isoformat()}"
    mark = _log_print(db, actor, "sla", record_id, f"{report.title}, {report.subtitle}", report.content_hash())
    return SlaPrint(report, mark, page_setup(db, DocumentKind.SLA_REPORT), letterhead(db))


def current_hash(db: Database, kind: str, record_id: str) -> str | None:
    """For ``sopdesk verify``: the hash a print of this record would carry now."""
    if kind == "case":
        if not record_id.isdigit() or read.case_info(db, int(record_id)) is None:
            return None
        return case_view(db, int(record_id)).state.content_hash()
    try:
        start, end = (date.fromisoformat(part) for part in record_id.split("_"))
    except ValueError:
        return None
    return sla_report_for(db, start, end).content_hash()
