"""Papers of the Berkas SP: the case dossier and the SLA report for a period.

Each print is logged like every other (an audit event whose id goes into the footer and the
QR code), with the content hash that ``sopdesk verify`` compares later.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sopdesk.domain.cases import CaseState, DistributionReceipt, distribution_receipt, fold, receipt_items
from sopdesk.domain.dates import tanggal, tanggal_jam
from sopdesk.domain.disposition import DispositionNode, chain_hash
from sopdesk.domain.errors import NotFound, ValidationError
from sopdesk.domain.printing import DocumentKind, Letterhead, PageSetup, PrintMark, SignerBlock
from sopdesk.domain.records import Actor
from sopdesk.domain.sla import SlaReport, sla_report
from sopdesk.services import read
from sopdesk.services.calendar import work_calendar
from sopdesk.services.cases import CaseView, case_view
from sopdesk.services.print_log import log_print
from sopdesk.services.printing import letterhead, official_block, page_setup, place
from sopdesk.store.database import Database


@dataclass(frozen=True)
class CaseDossierPrint:
    view: CaseView
    mark: PrintMark
    setup: PageSetup
    letterhead: Letterhead
    dispositions: tuple[DispositionNode, ...] = ()  # the letter's chain, withdrawn ones included
    signer: SignerBlock | None = None  # the Kabag, who signs the dossier off


def _dossier_hash(state: CaseState, dispositions: tuple[DispositionNode, ...]) -> str:
    """What the dossier prints: the case's identity and events, and the letter's chain."""
    chain = chain_hash(d for node in dispositions for _, d in node.walk())
    return hashlib.sha256((state.content_hash() + chain).encode("ascii")).hexdigest()


def prepare_case_dossier(db: Database, actor: Actor, case_id: int, *, now: datetime | None = None) -> CaseDossierPrint:
    """One case with every step, its timeline and its letter's dispositions, logged with a
    hash of all of it (a later step, or a disposition read or withdrawn, breaks the match)."""
    view = case_view(db, case_id, now=now)
    state = view.state
    dispositions = read.disposition_tree(db, state.info.letter_id)
    content = _dossier_hash(state, dispositions)
    info = state.info
    fields = (
        ("Nomor berkas", info.number),
        ("Surat (no. agenda)", info.letter_number),
        ("OPD pengaju", info.opd_nama),
        ("Jenis layanan", "; ".join(info.jenis_layanan)),
        ("Status", state.status.label + (f", langkah {state.current_step}" if state.current_step else "")),
        ("Dikembalikan", f"{state.returns} kali"),
        ("Keadaan per", tanggal_jam(state.as_of)),
    )
    mark = log_print(
        db,
        actor,
        "case",
        "sop_case",
        str(case_id),
        f"Berkas {info.number}",
        content,
        fields=fields,
        standing=case_standing(db, str(case_id)),
    )
    signer = official_block(db, "kabag", above=f"{place(db)}, {tanggal(date.today())}")
    return CaseDossierPrint(view, mark, page_setup(db, DocumentKind.CASE_DOSSIER), letterhead(db), dispositions, signer)


def case_standing(db: Database, record_id: str) -> str:
    """A case cancelled; "" otherwise (a finished case is in force: it is the record)."""
    from sopdesk.domain.cases import CaseStatus

    info = read.case_item(db, int(record_id)) if record_id.isdigit() else None
    if info is None:
        return ""
    return "berkas dibatalkan" if info.status is CaseStatus.DIBATALKAN else ""


# --- the tanda terima of a distribution (step 11) ------------------------------------------------


@dataclass(frozen=True)
class DistributionReceiptPrint:
    receipt: DistributionReceipt
    giver: tuple[str, str, str]  # nama, NIP, jabatan of the clerk who handed it over
    place: str
    mark: PrintMark
    setup: PageSetup
    letterhead: Letterhead


def distribution_receipt_for(
    db: Database, case_id: int, seq: int, description: str | None = None
) -> DistributionReceipt:
    """The tanda terima of the case's distribution ``seq`` (its event number, as ``case show``
    lists it); ``description`` is what was handed over, one item a line (default: the SOP's
    output of the last step)."""
    view = case_view(db, case_id)
    return distribution_receipt(view.state, view.sop, seq, receipt_items(description, view.sop))


def _giver(db: Database, receipt: DistributionReceipt) -> tuple[str, str, str]:
    user = next((u for u in read.users(db) if u.username == receipt.giver_username), None)
    if user is None:
        return receipt.giver_nama, "", ""
    official = next((o for o in read.officials(db) if o.id == user.official_id), None)
    return receipt.giver_nama, user.nip or (official.nip if official else ""), official.jabatan if official else ""


def prepare_distribution_receipt(
    db: Database, actor: Actor, case_id: int, seq: int, *, description: str | None = None
) -> DistributionReceiptPrint:
    """The tanda terima of one distribution, logged with its hash and the items it lists."""
    receipt = distribution_receipt_for(db, case_id, seq, description)
    fields = (
        ("Nomor berkas", receipt.case_number),
        ("Distribusi ke", str(receipt.number)),
        ("Diserahkan kepada", receipt.to),
        ("Diterima oleh", receipt.received_by),
        ("Waktu penyerahan", tanggal_jam(receipt.at)),
        ("Yang diserahkan", "; ".join(receipt.items)),
    )
    mark = log_print(
        db,
        actor,
        "distribusi",
        "sop_case_distribution",
        f"{case_id}.{seq}",
        f"Tanda terima distribusi {receipt.case_number} no. {receipt.number}",
        receipt.content_hash(),
        fields=fields,
        standing=case_standing(db, str(case_id)),
        extra={"items": list(receipt.items)},
    )
    return DistributionReceiptPrint(
        receipt,
        _giver(db, receipt),
        place(db),
        mark,
        page_setup(db, DocumentKind.DISTRIBUTION_RECEIPT),
        letterhead(db),
    )


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
    signer: SignerBlock | None = None  # the Kabag, who signs the report for the Sekda


def prepare_sla_report(db: Database, actor: Actor, start: date, end: date, *, kind: str = "sla") -> SlaPrint:
    """The SLA report, logged; ``kind`` is the catalogue's key (``sla`` the PDF, ``sla-xlsx``
    the workbook)."""
    report = sla_report_for(db, start, end)
    record_id = f"{start.isoformat()}_{end.isoformat()}"
    measured = report.measured
    fields = (
        ("Laporan", report.title),
        ("Periode", report.subtitle),
        ("Lintasan langkah yang diukur", str(measured.count)),
        ("Tepat waktu", f"{measured.on_time} dari {measured.count}" if measured.count else "-"),
        ("Berkas selesai", str(report.cases_finished)),
    )
    mark = log_print(
        db,
        actor,
        kind,
        "sla_report",
        record_id,
        f"{report.title}, {report.subtitle}",
        report.content_hash(),
        fields=fields,
    )
    signer = official_block(db, "kabag", above=f"{place(db)}, {tanggal(date.today())}")
    return SlaPrint(report, mark, page_setup(db, DocumentKind.SLA_REPORT), letterhead(db), signer)


def current_hash(db: Database, kind: str, record_id: str, logged: dict[str, object] | None = None) -> str | None:
    """For ``sopdesk verify``: the hash a print of this record would carry now (``logged``:
    the print's audit event, which keeps the items a tanda terima listed)."""
    if kind == "case":
        if not record_id.isdigit() or read.case_info(db, int(record_id)) is None:
            return None
        state = case_view(db, int(record_id)).state
        return _dossier_hash(state, read.disposition_tree(db, state.info.letter_id))
    if kind == "distribusi":
        return _distribution_hash(db, record_id, (logged or {}).get("items"))
    try:
        start, end = (date.fromisoformat(part) for part in record_id.split("_"))
    except ValueError:
        return None
    return sla_report_for(db, start, end).content_hash()


def _distribution_hash(db: Database, record_id: str, items: object) -> str | None:
    case_id, _, seq = record_id.partition(".")
    if not (case_id.isdigit() and seq.isdigit()) or read.case_info(db, int(case_id)) is None:
        return None
    view = case_view(db, int(case_id))
    listed = tuple(str(i) for i in items) if isinstance(items, list) else receipt_items(None, view.sop)
    try:
        return distribution_receipt(view.state, view.sop, int(seq), listed).content_hash()
    except NotFound:
        return None
