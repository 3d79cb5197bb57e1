"""The Standar Pelayanan of a Berkas SP: one function per intention.

Every write opens one unit of work, checks the user's current permission there, refuses a save
based on an older version (naming who saved the newer one), writes the new version and its
audit event in the same transaction, and returns what changed. The SP of a layanan is edited
up to step 4; from step 5 the submitted version is validated and approved (a return to step 4
names the components to fix and reopens it); completing step 8 freezes the signed version,
and completing step 10 records what was entered into SIPP and when (:func:`after_step`,
called by the case service in the step's own transaction).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sopdesk.domain.cases import CaseInfo, CaseState, CaseStatus, StepReturned, StepStatus
from sopdesk.domain.changes import Changes
from sopdesk.domain.errors import Conflict, NotFound, ValidationError
from sopdesk.domain.records import Actor, OpdRecord
from sopdesk.domain.roles import Permission
from sopdesk.domain.sop import SopDefinition
from sopdesk.domain.sp import (
    DRAFTING_STEP,
    MAKLUMAT,
    REVIEW_MONTHS,
    SIGNING_STEP,
    SIPP_STEP,
    Fix,
    FixStatus,
    Review,
    SectionCheck,
    Source,
    SpContent,
    SpRecord,
    SpVersion,
    changed_sections,
    check_section_text,
    check_sections,
    component,
    edit_refusal,
    layanan_key,
    review,
    section_label,
    version_for_pass,
)
from sopdesk.domain.sp_import import ImportPlan, plan_import
from sopdesk.domain.sp_papers import (
    SETTINGS_KEY,
    BookLayanan,
    Defaults,
    SippColumn,
    SippRow,
    SpBook,
    SpDocument,
    check_document,
    default_document,
    sipp_columns,
    sipp_hash,
    sipp_row,
)
from sopdesk.domain.validation import clean_text
from sopdesk.paths import resource_dir
from sopdesk.services import read
from sopdesk.store.database import Database
from sopdesk.store.uow import UnitOfWork

PLACE_KEY = "tempat"
DEFAULT_PLACE = "Tigaraksa"


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


# --- defaults and SIPP columns (editable data) --------------------------------------------------


def defaults(db: Database) -> Defaults:
    return Defaults.from_setting(read.setting(db, SETTINGS_KEY))


def _place(value: object) -> str:
    return value if isinstance(value, str) and value.strip() else DEFAULT_PLACE


_SIPP: tuple[SippColumn, ...] | None = None
FALLBACK_SIPP = (
    SippColumn("Nama Layanan", "layanan"),
    *(SippColumn(component(no).nama, f"komponen:{no}") for no in range(1, 8)),
    SippColumn("Penyelenggara", "penyelenggara"),
)


def sipp_layout(path: Path | None = None) -> tuple[SippColumn, ...]:
    """The SIPP workbook's columns (``resources/sp/sipp.toml``), read once."""
    global _SIPP
    if path is None and _SIPP is not None:
        return _SIPP
    source = path or resource_dir() / "sp" / "sipp.toml"
    try:
        columns = sipp_columns(tomllib.loads(source.read_text(encoding="utf-8")))
    except (OSError, ValueError) as exc:
        raise ValidationError.single("sipp", f"Susunan kolom SIPP ({source}) tidak sah: {exc}.") from None
    if path is None:
        _SIPP = columns
    return columns


# --- reading one case's SP ------------------------------------------------------------------------


@dataclass(frozen=True)
class LayananView:
    """The SP of one jenis layanan of the case, as the editor shows it."""

    layanan: str
    record: SpRecord  # id None and version 0 while nothing is saved
    versions: tuple[SpVersion, ...]
    checks: tuple[SectionCheck, ...]
    fixes: tuple[FixStatus, ...]  # what the last return to step 4 asked to fix here
    sipp_at: datetime | None = None

    @property
    def content(self) -> SpContent:
        return self.record.content

    def version(self, number: int) -> SpVersion:
        for v in self.versions:
            if v.number == number:
                return v
        raise NotFound(f"SP {self.layanan} tidak punya versi {number}.")

    @property
    def complete_count(self) -> int:
        return sum(1 for c in self.checks if c.status.value == "lengkap")


@dataclass(frozen=True)
class SpCaseView:
    state: CaseState
    sop: SopDefinition
    opd: OpdRecord | None
    layanan: tuple[LayananView, ...]
    document: SpDocument  # stored, or the defaults (version 0)
    defaults: Defaults
    refusal: str | None  # why the SP cannot be edited now (None: it can)
    document_refusal: str | None  # why the SK/FKP cannot be edited (None: it can)
    pass_no: int  # passes of step 4 so far (0: not reached)
    last_return: StepReturned | None  # the last return to step 4

    @property
    def info(self) -> CaseInfo:
        return self.state.info

    def of(self, layanan: str) -> LayananView:
        key = layanan_key(layanan)
        for item in self.layanan:
            if layanan_key(item.layanan) == key:
                return item
        names = ", ".join(item.layanan for item in self.layanan)
        raise NotFound(f"Berkas {self.info.number} tidak punya jenis layanan '{layanan}' (ada: {names}).")

    @property
    def signed(self) -> bool:
        return (
            self.state.step(SIGNING_STEP).status is StepStatus.SELESAI if _has_step(self.sop, SIGNING_STEP) else False
        )

    def reviews(self) -> list[Review]:
        """What the step-5 validation and the step-6/7 approvals show, per layanan."""
        fixes = self.last_return.perbaikan if self.last_return else ()
        return [review(v.layanan, v.versions, self.pass_no, fixes, v.content) for v in self.layanan]


def _has_step(sop: SopDefinition, no: int) -> bool:
    return any(s.no == no for s in sop.steps)


def _pass_no(state: CaseState, sop: SopDefinition) -> int:
    return len(state.step(DRAFTING_STEP).passes) if _has_step(sop, DRAFTING_STEP) else 0


def _last_return(state: CaseState) -> StepReturned | None:
    found = [e for e in state.events if isinstance(e, StepReturned) and e.to_step == DRAFTING_STEP]
    return found[-1] if found else None


def _step_label(sop: SopDefinition, no: int | None) -> str:
    if no is None or not _has_step(sop, no):
        return ""
    step = sop.step(no)
    lanes = ", ".join(sop.lane(code).nama for code in step.lanes)
    return f"langkah {no} ({lanes})"


def _refusal(state: CaseState, sop: SopDefinition, signed_at: datetime | None) -> str | None:
    return edit_refusal(
        number=state.info.number,
        open_case=state.status.open,
        current_step=state.current_step,
        signed_at=signed_at,
        step_label=_step_label(sop, state.current_step),
    )


def _document_refusal(state: CaseState, sop: SopDefinition) -> str | None:
    """The SK and the Berita Acara are written until the SP is signed (step 8); the SK's number
    and date can still be recorded afterwards."""
    if state.status is CaseStatus.DIBATALKAN:
        return f"Berkas {state.info.number} sudah dibatalkan."
    if _has_step(sop, SIGNING_STEP) and state.step(SIGNING_STEP).status is StepStatus.SELESAI:
        return (
            "SK dan berita acara sudah ditandatangani (langkah 8); hanya nomor dan tanggal SK yang masih dapat dicatat."
        )
    return None


def _opd(db: Database, opd_id: int) -> OpdRecord | None:
    return next((o for o in read.opd_list(db) if o.id == opd_id), None)


def sp_case_view(db: Database, case_id: int, *, now: datetime | None = None) -> SpCaseView:
    """The SP of every jenis layanan of a case, its versions, completeness and papers' data."""
    from sopdesk.services.cases import case_view
    from sopdesk.store import sp_queries

    view = case_view(db, case_id, now=now)
    state, sop = view.state, view.sop
    stored = {layanan_key(r.layanan): r for r in sp_queries.case_records(db, case_id)}
    last = _last_return(state)
    pass_no = _pass_no(state, sop)
    fixes = last.perbaikan if last else ()
    entries = {e.record_id: e.entered_at for e in sp_queries.sipp_entries(db, case_id)}
    items = []
    for position, name in enumerate(state.info.jenis_layanan, start=1):
        record = stored.get(layanan_key(name)) or SpRecord(None, case_id, name, position, 0, SpContent())
        versions = tuple(sp_queries.record_versions(db, record.id)) if record.id is not None else ()
        rv = review(name, versions, pass_no, fixes, record.content)
        items.append(
            LayananView(name, record, versions, rv.checks, rv.fixes, entries.get(record.id) if record.id else None)
        )
    settings = defaults(db)
    opd = _opd(db, state.info.opd_id)
    document = sp_queries.case_document(db, case_id) or default_document(
        state.info.opd_nama, opd.jenis if opd else "", settings, _place(read.setting(db, PLACE_KEY))
    )
    signed_at = next((i.record.signed_at for i in items if i.record.signed_at), None)
    return SpCaseView(
        state=state,
        sop=sop,
        opd=opd,
        layanan=tuple(items),
        document=document,
        defaults=settings,
        refusal=_refusal(state, sop, signed_at),
        document_refusal=_document_refusal(state, sop),
        pass_no=pass_no,
        last_return=last,
    )


# --- writes ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpSaved:
    record_id: int
    layanan: str
    version: int
    changed: tuple[int, ...]
    changes: Changes


@dataclass
class _OpenSp:
    """A case's SP loaded inside a write transaction (the case row locked)."""

    uow: UnitOfWork
    state: CaseState
    sop: SopDefinition
    now: datetime

    @property
    def info(self) -> CaseInfo:
        return self.state.info


def _open(uow: UnitOfWork, case_id: int, now: datetime) -> _OpenSp:
    from sopdesk.services.cases import _open as open_case

    case = open_case(uow, case_id, now)
    return _OpenSp(uow, case.state, case.sop, now)


def _layanan_name(info: CaseInfo, layanan: str) -> tuple[str, int]:
    key = layanan_key(layanan)
    for position, name in enumerate(info.jenis_layanan, start=1):
        if layanan_key(name) == key:
            return name, position
    if len(info.jenis_layanan) == 1 and not layanan.strip():
        return info.jenis_layanan[0], 1
    names = ", ".join(info.jenis_layanan)
    raise ValidationError.single(
        "layanan", f"Berkas {info.number} tidak punya jenis layanan '{layanan}' (ada: {names})."
    )


def _save_version(
    sp: _OpenSp,
    actor: Actor,
    layanan: str,
    make: Any,
    *,
    expected_version: int | None,
    source: Source,
    note: str,
    action: str,
) -> tuple[int, str, int, tuple[int, ...]]:
    """Write a new version of the SP of ``layanan`` whose content is ``make(current content)``.

    Returns (record id, layanan, new version, changed sections); nothing is written when the
    content does not change (the version stays)."""
    uow, info = sp.uow, sp.info
    name, position = _layanan_name(info, layanan)
    record = uow.sp.record(info.id, name, lock=True)
    current = record.version if record else 0
    label = f"SP {name} berkas {info.number}"
    if expected_version is not None and expected_version != current:
        if record is None or record.id is None:
            raise Conflict(f"{label} berubah sejak dibuka. Muat ulang, lalu ulangi.")
        raise uow.stale("sp_record", record.id, label, current)
    refusal = _refusal(sp.state, sp.sop, record.signed_at if record else None)
    if refusal:
        raise Conflict(refusal)
    if record is not None:
        old = record.content
    else:  # a new SP starts with the office's usual Maklumat, which the OPD's text replaces
        old = SpContent(maklumat=Defaults.from_setting(uow.settings.get(SETTINGS_KEY)).maklumat)
    new = make(old)
    changed = changed_sections(old if record is not None else SpContent(), new)
    if record is not None and record.id is not None and old == new:
        return record.id, name, current, ()
    record_id = record.id if record and record.id is not None else None
    if record_id is None:
        record_id = uow.sp.create(
            case_id=info.id, opd_id=info.opd_id, layanan=name, position=position, by=actor.username
        )
    version = SpVersion(
        number=current + 1,
        based_on=current,
        pass_no=_pass_no(sp.state, sp.sop),
        step=sp.state.current_step,
        content=new,
        changed=changed,
        source=source,
        note=clean_text(note)[:500],
        saved_by=actor.username,
        saved_by_nama=actor.nama,
        saved_at=sp.now,
    )
    uow.sp.add_version(record_id, version)
    uow.audit.append(
        actor,
        action,
        "sp_record",
        record_id,
        before={"version": current, **{section_label(n): old.section_text(n) for n in changed}},
        after={
            "case": info.number,
            "layanan": name,
            "version": current + 1,
            "pass": version.pass_no,
            "source": source.value,
            **{section_label(n): new.section_text(n) for n in changed},
        },
    )
    return record_id, name, current + 1, changed


def save_sections(
    db: Database,
    actor: Actor,
    case_id: int,
    layanan: str,
    texts: Mapping[int, str],
    *,
    expected_version: int | None,
    source: Source = Source.EDITOR,
    note: str = "",
    now: datetime | None = None,
) -> SpSaved:
    """Save components of the SP of one layanan (their canonical text; see ``domain.sp``) as a
    new version based on ``expected_version`` (None: whatever is current, as the CLI does)."""
    parsed = {no: check_section_text(no, text) for no, text in texts.items()}

    def make(old: SpContent) -> SpContent:
        new = old
        for no, content in parsed.items():
            new = new.with_section(no, content)
        return new

    now = _now(now)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.EDIT_SP)
        sp = _open(uow, case_id, now)
        record_id, name, version, changed = _save_version(
            sp, actor, layanan, make, expected_version=expected_version, source=source, note=note, action="sp.save"
        )
        uow.commit()
    return SpSaved(record_id, name, version, changed, uow.changes)


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    saved: tuple[SpSaved, ...]
    changes: Changes

    def report(self) -> list[str]:
        lines = self.plan.report()
        for s in self.saved:
            if s.changed:
                lines.append(
                    f"{s.layanan}: disimpan sebagai versi {s.version} (berubah: {', '.join(map(str, s.changed))})."
                )
            else:
                lines.append(f"{s.layanan}: isinya sama dengan versi {s.version}; tidak ada versi baru.")
        return lines


def plan_word_import(db: Database, case_id: int, source: Path | bytes) -> ImportPlan:
    """What importing a Word file would do, without writing anything (a preview)."""
    from sopdesk.services.word import read_tables

    info = read.case_info(db, case_id)
    if info is None:
        raise NotFound(f"Berkas #{case_id} tidak ditemukan.")
    return plan_import(read_tables(source), info.jenis_layanan)


def import_word(
    db: Database,
    actor: Actor,
    case_id: int,
    source: Path | bytes,
    *,
    expected_versions: Mapping[str, int] | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Import an OPD's draft (.docx, a NO | KOMPONEN | URAIAN table per layanan): each layanan it
    fills gets a new version; components the file lacks keep their content. Nothing is written
    when no table could be placed."""
    from sopdesk.services.word import read_tables

    tables = read_tables(source)
    now = _now(now)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.EDIT_SP)
        sp = _open(uow, case_id, now)
        plan = plan_import(tables, sp.info.jenis_layanan)
        if not plan.placed:
            raise ValidationError.single(
                "berkas",
                "Tidak ada tabel standar pelayanan (NO | KOMPONEN | URAIAN) yang cocok dengan jenis layanan "
                "berkas ini. " + " ".join(plan.report()),
            )
        saved = []
        for placement in plan.placed:
            assert placement.layanan is not None
            sections = placement.draft.sections()

            def make(old: SpContent, sections: Mapping[int, Any] = sections) -> SpContent:
                new = old
                for no, content in sections.items():
                    new = new.with_section(no, content)
                return new

            expected = None
            if expected_versions is not None:
                expected = expected_versions.get(placement.layanan, 0)
            record_id, name, version, changed = _save_version(
                sp,
                actor,
                placement.layanan,
                make,
                expected_version=expected,
                source=Source.IMPORT,
                note="Impor dari berkas Word",
                action="sp.import",
            )
            saved.append(SpSaved(record_id, name, version, changed, Changes()))
        uow.commit()
    return ImportResult(plan, tuple(saved), uow.changes)


def save_document(
    db: Database,
    actor: Actor,
    case_id: int,
    document: SpDocument,
    *,
    expected_version: int | None,
    now: datetime | None = None,
) -> Changes:
    """Save the case's SK and Berita Acara FKP data, based on ``expected_version`` (0: the
    defaults were shown). Once signed (step 8) only the SK's number and date may change."""
    document = check_document(document)
    now = _now(now)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.EDIT_SP)
        sp = _open(uow, case_id, now)
        row = uow.sp.document_row(case_id, lock=True)
        current = row.version if row is not None else 0
        label = f"SK dan berita acara berkas {sp.info.number}"
        if expected_version is not None and expected_version != current:
            if row is None:
                raise Conflict(f"{label} berubah sejak dibuka. Muat ulang, lalu ulangi.")
            raise uow.stale("sp_document", case_id, label, current)
        from sopdesk.store.sp_repository import sp_document

        old = sp_document(row) if row is not None else None
        refusal = _document_refusal(sp.state, sp.sop)
        if refusal and sp.state.status is CaseStatus.DIBATALKAN:
            raise Conflict(refusal)
        if refusal and old is not None:
            allowed = replace(
                old, decree=replace(old.decree, nomor=document.decree.nomor, tanggal=document.decree.tanggal)
            )
            if allowed.canonical() != replace(document, version=old.version).canonical():
                raise Conflict(refusal)
        if old is not None and old.canonical() == document.canonical():
            return Changes()
        version = uow.sp.save_document(case_id, document, actor.username)
        uow.audit.append(
            actor,
            "sp.document",
            "sp_document",
            case_id,
            before=old.to_dict() | {"version": current} if old else {"version": 0},
            after={"case": sp.info.number, "version": version, **document.to_dict()},
        )
        uow.commit()
    return uow.changes


def record_review(
    db: Database, actor: Actor, record_id: int, note: str, *, at: datetime | None = None, now: datetime | None = None
) -> Changes:
    """A review found the SP in force still fit: the 12-month flag starts again from ``at``."""
    note = clean_text(note)
    if len(note) < 5:
        raise ValidationError.single("note", "Tuliskan hasil peninjauan (minimal 5 karakter).")
    now = _now(now)
    at = (at or now).replace(microsecond=0)
    if at > now:
        raise ValidationError.single("at", "Waktu tidak boleh di masa depan.")
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.EDIT_SP)
        record = uow.sp.record_by_id(record_id)
        if record.signed_at is None:
            raise Conflict(f"SP {record.layanan} belum ditandatangani; yang ditinjau hanya SP yang berlaku.")
        if at < record.signed_at:
            raise ValidationError.single("at", "Peninjauan tidak boleh sebelum SP ditandatangani.")
        uow.sp.add_review(record_id, at, actor.username, note)
        uow.audit.append(
            actor,
            "sp.review",
            "sp_record",
            record_id,
            after={"layanan": record.layanan, "at": at.isoformat(), "note": note},
        )
        uow.commit()
    return uow.changes


# --- the step hooks (called by services.cases in the step's transaction) ------------------------


def after_step(uow: UnitOfWork, actor: Actor, info: CaseInfo, step_no: int, at: datetime) -> None:
    """Step 8 done: every SP of the case is frozen as signed. Step 10 done: what SIPP was given
    for every layanan is recorded with the moment."""
    if step_no == SIGNING_STEP:
        signed = uow.sp.sign(info.id, at)
        if signed:
            uow.audit.append(
                actor,
                "sp.sign",
                "sop_case",
                info.id,
                after={"case": info.number, "at": at.isoformat(), "versions": {name: v for _, name, v in signed}},
            )
    elif step_no == SIPP_STEP:
        records = [r for r in uow.sp.records(info.id) if r.id is not None and r.version > 0]
        if not records:
            return
        document = uow.sp.document(info.id)
        try:
            columns = sipp_layout()
        except ValidationError:  # a damaged sipp.toml must not stop step 10: record the SP's own fields
            columns = FALLBACK_SIPP
        opd = uow.opd.by_name(info.opd_nama)
        singkatan = opd.singkatan if opd is not None else ""
        for record in records:
            assert record.id is not None
            row = sipp_row(
                record.position,
                record.layanan,
                record.content,
                columns,
                opd_nama=info.opd_nama,
                opd_singkatan=singkatan,
                decree=document.decree if document else None,
                fields=document.sipp_of(record.layanan) if document else None,
            )
            fields = [[h, v] for h, v in row.values]
            uow.sp.add_sipp_entry(record.id, record.version, fields, sipp_hash([row]), at, actor.username, "")
        uow.audit.append(
            actor,
            "sp.sipp",
            "sop_case",
            info.id,
            after={"case": info.number, "at": at.isoformat(), "layanan": [r.layanan for r in records]},
        )


# --- SIPP -----------------------------------------------------------------------------------------


def sipp_rows(db: Database, case_id: int, view: SpCaseView | None = None) -> list[SippRow]:
    """Per layanan, what SIPP asks, filled from the SP (the signed version once signed)."""
    view = view or sp_case_view(db, case_id)
    columns = sipp_layout()
    return [
        sipp_row(
            n,
            item.layanan,
            item.content,
            columns,
            opd_nama=view.info.opd_nama,
            opd_singkatan=view.opd.singkatan if view.opd else "",
            decree=view.document.decree,
            fields=view.document.sipp_of(item.layanan),
        )
        for n, item in enumerate(view.layanan, start=1)
    ]


def export_sipp(db: Database, actor: Actor, case_id: int, out: Path) -> int:
    """The SIPP workbook of a case (one row per layanan, audited); the number of rows written."""
    from sopdesk.services.excel import export_sipp_workbook

    view = sp_case_view(db, case_id)
    rows = sipp_rows(db, case_id, view)
    about = f"Berkas {view.info.number}, {view.info.opd_nama}"
    export_sipp_workbook(
        db, actor, out, sipp_layout(), rows, case_id=case_id, about=about, content_hash=sipp_hash(rows)
    )
    return len(rows)


# --- lists: every SP, and the register of SPs in force -------------------------------------------


@dataclass(frozen=True)
class SpListItem:
    record_id: int
    case_id: int
    case_number: str
    case_status: str
    case_step: int | None
    opd_id: int
    opd_nama: str
    layanan: str
    version: int
    complete: int  # sections complete, of 15 (-1: not counted)
    signed_at: datetime | None
    sipp_at: datetime | None
    sk_nomor: str
    sk_tanggal: date | None
    in_force: bool
    replaced_by: str  # the case whose SP replaced this one
    last_review: datetime | None

    @property
    def state_label(self) -> str:
        if self.in_force:
            return "Berlaku"
        if self.replaced_by:
            return f"Dicabut (diganti {self.replaced_by})"
        if self.signed_at is not None:
            return "Ditandatangani"
        if self.case_status == CaseStatus.DIBATALKAN.value:
            return "Berkas dibatalkan"
        if self.case_step is not None and self.case_step > DRAFTING_STEP:
            if self.case_step == DRAFTING_STEP + 1:
                return f"Validasi (langkah {self.case_step})"
            if self.case_step < SIGNING_STEP:
                return f"Persetujuan (langkah {self.case_step})"
            return f"Menunggu tanda tangan (langkah {self.case_step})"
        return "Penyusunan"

    @property
    def since(self) -> date | None:
        """Since when the SP is in force: its SK's date, else the day it was signed."""
        return self.sk_tanggal or (self.signed_at.date() if self.signed_at else None)

    @property
    def reviewed(self) -> date | None:
        moments = [d for d in (self.since, self.last_review.date() if self.last_review else None) if d]
        return max(moments) if moments else None


def _months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (1 if end.day < start.day else 0)


def sp_list(db: Database, *, opd_id: int | None = None, checks: bool = True) -> list[SpListItem]:
    """Every SP held (drafts too), newest case first, with whether it is in force
    (``checks=False``: without counting the complete components, for Beranda)."""
    import json

    from sopdesk.store import sp_queries

    rows = sp_queries.sp_rows(db, opd_id=opd_id)
    items: list[SpListItem] = []
    for r in rows:
        complete = -1
        if checks:
            content = SpContent.from_dict(json.loads(r.content or "{}"))
            complete = sum(1 for c in check_sections(content) if c.status.value == "lengkap")
        document = SpDocument.from_dict(json.loads(r.document)) if r.document else None
        items.append(
            SpListItem(
                record_id=r.record_id,
                case_id=r.case_id,
                case_number=r.case_number,
                case_status=r.case_status,
                case_step=r.case_step,
                opd_id=r.opd_id,
                opd_nama=r.opd_nama,
                layanan=r.layanan,
                version=r.version,
                complete=complete,
                signed_at=r.signed_at,
                sipp_at=r.sipp_at,
                sk_nomor=document.decree.nomor if document else "",
                sk_tanggal=document.decree.tanggal if document else None,
                in_force=False,
                replaced_by="",
                last_review=r.last_review,
            )
        )
    # In force: per OPD and layanan, the SP signed last; earlier signed ones are replaced by it.
    latest: dict[tuple[int, str], SpListItem] = {}
    for item in items:
        if item.signed_at is None or item.case_status == CaseStatus.DIBATALKAN.value:
            continue
        key = (item.opd_id, layanan_key(item.layanan))
        best = latest.get(key)
        if best is None or (item.since or date.min, item.signed_at) > (
            best.since or date.min,
            best.signed_at or datetime.min,
        ):
            latest[key] = item
    out = []
    for item in items:
        key = (item.opd_id, layanan_key(item.layanan))
        winner = latest.get(key)
        if winner is item:
            out.append(replace(item, in_force=True))
        elif winner is not None and item.signed_at is not None:
            out.append(replace(item, replaced_by=winner.case_number))
        else:
            out.append(item)
    return out


def register(db: Database, *, opd_id: int | None = None) -> list[SpListItem]:
    """The SPs in force, per OPD and layanan (which SK, since when, from which case)."""
    found = [i for i in sp_list(db, opd_id=opd_id) if i.in_force]
    return sorted(found, key=lambda i: (i.opd_nama.casefold(), layanan_key(i.layanan)))


@dataclass(frozen=True)
class DueReview:
    item: SpListItem
    months: int  # since it was last reviewed
    under_review: str  # an open case for the same OPD and layanan, if any


def due_reviews(db: Database, *, today: date | None = None, months: int = REVIEW_MONTHS) -> list[DueReview]:
    """SPs in force not reviewed for ``months`` months (Beranda flags them)."""
    today = today or date.today()
    items = sp_list(db, checks=False)
    drafting = {
        (i.opd_id, layanan_key(i.layanan)): i.case_number
        for i in items
        if i.signed_at is None and i.case_status in (CaseStatus.AKTIF.value, CaseStatus.DITANGGUHKAN.value)
    }
    out = []
    for item in items:
        if not item.in_force or item.reviewed is None:
            continue
        age = _months_between(item.reviewed, today)
        if age >= months:
            out.append(DueReview(item, age, drafting.get((item.opd_id, layanan_key(item.layanan)), "")))
    return sorted(out, key=lambda d: (-d.months, d.item.opd_nama))


# --- the papers ------------------------------------------------------------------------------------


def book(db: Database, case_id: int, view: SpCaseView | None = None) -> SpBook:
    """What the SK, the Maklumat, the Berita Acara and the Buku Laporan print for a case (the
    signed versions once signed)."""
    view = view or sp_case_view(db, case_id)
    entries = []
    for item in view.layanan:
        content = item.content
        if item.record.signed_version is not None and item.versions:
            content = item.version(item.record.signed_version).content
        entries.append(BookLayanan(item.layanan, content, item.record.signed_version or item.record.version))
    year = (view.document.decree.tanggal or view.info.started_at.date()).year
    return SpBook(
        case_id=view.info.id,
        case_number=view.info.number,
        opd_nama=view.info.opd_nama,
        layanan=tuple(entries),
        document=view.document,
        signed=view.signed,
        year=year,
        place=view.document.decree.tempat or _place(read.setting(db, PLACE_KEY)),
    )


def submitted(view: SpCaseView, layanan: str, pass_no: int) -> SpVersion | None:
    return version_for_pass(view.of(layanan).versions, pass_no)


def fixes_for(view: SpCaseView, layanan: str) -> tuple[Fix, ...]:
    fixes = view.last_return.perbaikan if view.last_return else ()
    return tuple(f for f in fixes if f.applies_to(layanan))


def sections_of(view: SpCaseView, layanan: str, version: int | None = None) -> SpContent:
    item = view.of(layanan)
    return item.content if version is None else item.version(version).content


def to_json(view: SpCaseView, layanan: Sequence[str] | None = None) -> dict[str, Any]:
    """``sp show --format json``: per layanan the 14 components in order, each with its part,
    then the Maklumat; version, completeness and the fixes asked."""
    from sopdesk.domain.sp import COMPONENTS, content_text, plain_text

    chosen = [view.of(name) for name in layanan] if layanan else list(view.layanan)
    out: dict[str, Any] = {
        "case": view.info.number,
        "opd": view.info.opd_nama,
        "step": view.state.current_step,
        "pass": view.pass_no,
        "editable": view.refusal is None,
        "refusal": view.refusal or "",
        "sk": {
            "nomor": view.document.decree.nomor,
            "tanggal": view.document.decree.tanggal.isoformat() if view.document.decree.tanggal else "",
        },
        "layanan": [],
    }
    for item in chosen:
        checks = {c.section: c for c in item.checks}
        comps = []
        for c in COMPONENTS:
            content = item.content.get(c.no)
            comps.append(
                {
                    "no": c.no,
                    "nama": c.nama,
                    "bagian": c.part.value,
                    "bentuk": c.shape.value,
                    "teks": content_text(c.shape, content),
                    "uraian": plain_text(c.no, content),
                    "isi": content.to_dict(),
                    "kelengkapan": checks[c.no].status.value,
                    "catatan": [p.message for p in checks[c.no].problems],
                }
            )
        out["layanan"].append(
            {
                "layanan": item.layanan,
                "version": item.record.version,
                "signed_version": item.record.signed_version,
                "signed_at": item.record.signed_at.isoformat() if item.record.signed_at else None,
                "komponen": comps,
                "maklumat": {
                    "teks": item.content.maklumat,
                    "kelengkapan": checks[MAKLUMAT].status.value,
                },
                "deskripsi": view.document.sipp_of(item.layanan).deskripsi,
                "lokasi": view.document.sipp_of(item.layanan).lokasi,
                "perbaikan": [
                    {
                        "komponen": f.fix.section,
                        "nama": section_label(f.fix.section),
                        "catatan": f.fix.catatan,
                        "diubah": f.changed,
                    }
                    for f in item.fixes
                ],
                "versions": [
                    {
                        "number": v.number,
                        "based_on": v.based_on,
                        "pass": v.pass_no,
                        "step": v.step,
                        "changed": list(v.changed),
                        "source": v.source.value,
                        "saved_by": v.saved_by,
                        "saved_at": v.saved_at.isoformat(),
                    }
                    for v in item.versions
                ],
            }
        )
    return out


def save_sipp_fields(
    db: Database,
    actor: Actor,
    case_id: int,
    layanan: str,
    deskripsi: str,
    lokasi: str,
    *,
    expected_version: int | None,
    now: datetime | None = None,
) -> Changes:
    """What SIPP asks of a layanan besides its SP (a description, where it is given); kept with
    the case's document, so it can be written at step 10, after the SP is signed."""
    from sopdesk.domain.sp_papers import SippFields

    view = sp_case_view(db, case_id, now=now)
    name = view.of(layanan).layanan
    document = view.document.with_sipp(SippFields(name, deskripsi, lokasi))
    return save_document(db, actor, case_id, document, expected_version=expected_version, now=now)
