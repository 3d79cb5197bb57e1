"""The catalogue of printed documents: one entry per document, used by the CLI, the UI and
``verify`` alike (no Qt here).

An entry says, for one kind of paper:

- ``key``: its name in the print log, in the mark's ``k=`` field and on the command line;
- ``prepare(db, actor, request) -> Job``: read the record, log the print (it gets its number),
  return what the renderer needs;
- ``render(job, out, progress) -> pages``: write the file (a PDF from ``reports/``, or an .xlsx);
- ``now(db, record_id, logged) -> Now``: the content hash a print of that record would carry
  today and the record's standing (voided, withdrawn, cancelled), which ``verify`` compares with
  what the print log kept.

:func:`produce` runs the three steps and fingerprints the file it wrote, so every file SOPDesk
hands out can later be proved identical (``verify FILE``).

How to add a document (e.g. the Standar Pelayanan papers of issue 16): write its ``prepare_*``
next to the record's other services (call ``print_log.log_print`` with the fields the paper
shows and the record's standing), its renderer in ``reports/`` (draw the kop with
``draw_letterhead`` and the mark with ``Footer``), a request dataclass, and one
``_register(Document(...))`` line below; give it a ``DocumentKind`` (paper settings) in
``domain/printing.py``. The CLI's ``report`` command and ``verify`` need nothing more; the UI
asks for ``documents.job(key, request)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar

from sopdesk.domain.agenda import letter_hash
from sopdesk.domain.errors import NotFound
from sopdesk.domain.printing import DocumentKind, Letterhead, PageSetup, PrintMark
from sopdesk.domain.records import Actor
from sopdesk.services import read
from sopdesk.services.print_log import record_file
from sopdesk.store.database import Database

Progress = Callable[[int, int], bool]
R = TypeVar("R")


@dataclass(frozen=True)
class Job:
    """A print logged and ready to render."""

    mark: PrintMark
    setup: PageSetup
    letterhead: Letterhead
    content: Any  # the prepare_* result the renderer takes
    summary: str = ""  # what the CLI says after the file name ("25 surat")


@dataclass(frozen=True)
class Now:
    """The record as the database holds it now: the hash a print would carry (None: the record
    is gone) and its standing ("" in force, else e.g. "dibatalkan: salah catat")."""

    content_hash: str | None
    standing: str = ""


@dataclass(frozen=True)
class Document(Generic[R]):
    key: str
    title: str
    paper: DocumentKind
    prepare: Callable[[Database, Actor, R], Job]
    render: Callable[[Job, Path, Progress | None], int]
    now: Callable[[Database, str, Mapping[str, Any]], Now]
    suffix: str = ".pdf"


@dataclass(frozen=True)
class Produced:
    path: Path
    pages: int
    mark: PrintMark
    sha256: str
    summary: str


CATALOGUE: dict[str, Document[Any]] = {}
# Marks written before the catalogue named the receipt and the card apart.
ALIASES = {"letter": "tanda-terima"}


def _register(document: Document[Any]) -> None:
    CATALOGUE[document.key] = document


def document(key: str) -> Document[Any]:
    found = CATALOGUE.get(ALIASES.get(key, key))
    if found is None:
        raise NotFound(f"Jenis dokumen '{key}' tidak dikenal.")
    return found


def produce(
    db: Database, actor: Actor, doc: Document[R], request: R, out: Path, progress: Progress | None = None
) -> Produced:
    """Log the print, write the file to ``out`` (atomically), and record its SHA-256."""
    job = doc.prepare(db, actor, request)
    pages = doc.render(job, out, progress)
    sha = record_file(db, actor, job.mark, out)
    return Produced(out, pages, job.mark, sha, job.summary)


# --- requests ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SopRequest:
    paper: str | None = None  # "a4" / "f4", else the setting


@dataclass(frozen=True)
class ListRequest:
    name: str  # opd, pejabat, klasifikasi


@dataclass(frozen=True)
class PeriodRequest:
    start: date
    end: date


@dataclass(frozen=True)
class LetterRequest:
    letter_id: int


@dataclass(frozen=True)
class SheetRequest:
    letter_id: int | None  # None: a blank sheet with no letter
    disposition_id: int | None = None
    blank: bool = False


@dataclass(frozen=True)
class CaseRequest:
    case_id: int


@dataclass(frozen=True)
class SpPaperRequest:
    case_id: int


@dataclass(frozen=True)
class DistributionRequest:
    case_id: int
    seq: int
    description: str | None = None


# --- the documents -------------------------------------------------------------------------------


def _job(prepared: Any, summary: str = "") -> Job:
    return Job(prepared.mark, prepared.setup, prepared.letterhead, prepared, summary)


def _period(record_id: str) -> tuple[date, date] | None:
    try:
        start, end = (date.fromisoformat(part) for part in record_id.split("_"))
    except ValueError:
        return None
    return start, end


# SOP document


def _sop_prepare(db: Database, actor: Actor, request: SopRequest) -> Job:
    from sopdesk.services.printing import prepare_sop_print

    job = prepare_sop_print(db, actor, request.paper)
    return _job(job, job.setup.paper.label)


def _sop_render(job: Job, out: Path, progress: Progress | None) -> int:
    from sopdesk.reports.sop_document import render_sop

    p = job.content
    return render_sop(p.sop, p.setup, p.mark, p.letterhead, out, progress, dates=p.dates)


def _sop_now(db: Database, record_id: str, logged: Mapping[str, Any]) -> Now:
    from sopdesk.services.printing import sop_standing

    sop = read.sop_definition(db, version_id=int(record_id)) if record_id.isdigit() else None
    return Now(None if sop is None else sop.content_hash(), sop_standing(db, record_id))


_register(Document("sop", "Dokumen SOP", DocumentKind.SOP, _sop_prepare, _sop_render, _sop_now))


# Lists of master data and the agenda book (tables under the kop)


def _table_render(job: Job, out: Path, progress: Progress | None) -> int:
    from sopdesk.reports.table_document import render_table

    p = job.content
    return render_table(p.document, p.setup, p.mark, p.letterhead, out, progress)


def _list_prepare(db: Database, actor: Actor, request: ListRequest) -> Job:
    from sopdesk.services.printing import prepare_list_print

    job = prepare_list_print(db, actor, request.name)
    return _job(job, f"{len(job.document.rows)} baris")


def _list_now(db: Database, record_id: str, logged: Mapping[str, Any]) -> Now:
    from sopdesk.services.printing import LISTS, list_document

    return Now(list_document(db, record_id).content_hash() if record_id in LISTS else None)


_register(Document("list", "Daftar data induk", DocumentKind.LIST, _list_prepare, _table_render, _list_now))


def _agenda_prepare(db: Database, actor: Actor, request: PeriodRequest) -> Job:
    from sopdesk.services.printing import prepare_agenda_book

    job = prepare_agenda_book(db, actor, request.start, request.end)
    return _job(job, f"{len(job.document.rows)} surat")


def _agenda_now(db: Database, record_id: str, logged: Mapping[str, Any]) -> Now:
    from sopdesk.services.printing import agenda_book_document

    period = _period(record_id)
    return Now(None if period is None else agenda_book_document(db, *period).content_hash())


_register(Document("agenda", "Buku Agenda", DocumentKind.AGENDA_BOOK, _agenda_prepare, _table_render, _agenda_now))


# Papers of one letter


def _letter_now(db: Database, record_id: str, logged: Mapping[str, Any]) -> Now:
    from sopdesk.services.printing import letter_standing

    letter = read.letter(db, int(record_id)) if record_id.isdigit() else None
    if letter is None:
        return Now(None)
    return Now(letter_hash(letter), letter_standing(letter))


def _receipt_prepare(db: Database, actor: Actor, request: LetterRequest) -> Job:
    from sopdesk.services.printing import prepare_letter_print

    return _job(prepare_letter_print(db, actor, request.letter_id, DocumentKind.RECEIPT))


def _receipt_render(job: Job, out: Path, progress: Progress | None) -> int:
    from sopdesk.reports.letter_documents import render_receipt

    p = job.content
    return render_receipt(p.letter, p.receiver, p.place, p.setup, p.mark, p.letterhead, out)


def _card_prepare(db: Database, actor: Actor, request: LetterRequest) -> Job:
    from sopdesk.services.printing import prepare_letter_print

    return _job(prepare_letter_print(db, actor, request.letter_id, DocumentKind.CONTROL_CARD))


def _card_render(job: Job, out: Path, progress: Progress | None) -> int:
    from sopdesk.reports.letter_documents import render_control_card

    p = job.content
    return render_control_card(p.letter, p.card, p.setup, p.mark, p.letterhead, out)


_register(
    Document("tanda-terima", "Tanda Terima Surat", DocumentKind.RECEIPT, _receipt_prepare, _receipt_render, _letter_now)
)
_register(
    Document("kartu-kendali", "Kartu Kendali", DocumentKind.CONTROL_CARD, _card_prepare, _card_render, _letter_now)
)


# Dispositions


def _sheet_prepare(db: Database, actor: Actor, request: SheetRequest) -> Job:
    from sopdesk.services.printing import prepare_disposition_sheet

    job = prepare_disposition_sheet(
        db, actor, request.letter_id, disposition_id=request.disposition_id, blank=request.blank
    )
    return _job(job)


def _sheet_render(job: Job, out: Path, progress: Progress | None) -> int:
    from sopdesk.reports.disposition_documents import render_disposition_sheet

    p = job.content
    return render_disposition_sheet(p.sheet, p.setup, p.mark, p.letterhead, out)


def _disposition_now(kind: str) -> Callable[[Database, str, Mapping[str, Any]], Now]:
    def now(db: Database, record_id: str, logged: Mapping[str, Any]) -> Now:
        from sopdesk.services.printing import disposition_print_hash, disposition_standing

        return Now(disposition_print_hash(db, kind, record_id), disposition_standing(db, kind, record_id))

    return now


def _routing_prepare(db: Database, actor: Actor, request: LetterRequest) -> Job:
    from sopdesk.services.printing import prepare_routing_card

    return _job(prepare_routing_card(db, actor, request.letter_id))


def _routing_render(job: Job, out: Path, progress: Progress | None) -> int:
    from sopdesk.reports.disposition_documents import render_routing_card

    p = job.content
    return render_routing_card(p.card, p.setup, p.mark, p.letterhead, out)


_register(
    Document(
        "disposisi",
        "Lembar Disposisi",
        DocumentKind.DISPOSITION_SHEET,
        _sheet_prepare,
        _sheet_render,
        _disposition_now("disposisi"),
    )
)
_register(
    Document(
        "disposisi-kosong",
        "Lembar Disposisi (kosong)",
        DocumentKind.DISPOSITION_SHEET,
        _sheet_prepare,
        _sheet_render,
        _disposition_now("disposisi-kosong"),
    )
)
_register(
    Document(
        "kartu-penerus",
        "Kartu Penerus Disposisi",
        DocumentKind.ROUTING_CARD,
        _routing_prepare,
        _routing_render,
        _disposition_now("kartu-penerus"),
    )
)


# Berkas SP


def _case_prepare(db: Database, actor: Actor, request: CaseRequest) -> Job:
    from sopdesk.services.case_reports import prepare_case_dossier

    return _job(prepare_case_dossier(db, actor, request.case_id))


def _case_render(job: Job, out: Path, progress: Progress | None) -> int:
    from sopdesk.reports.case_documents import render_case_dossier

    p = job.content
    view = p.view
    return render_case_dossier(
        view.state, view.sop, view.calendar, p.setup, p.mark, p.letterhead, out, p.dispositions, p.signer
    )


def _case_now(kind: str) -> Callable[[Database, str, Mapping[str, Any]], Now]:
    def now(db: Database, record_id: str, logged: Mapping[str, Any]) -> Now:
        from sopdesk.services.case_reports import case_standing, current_hash

        case_id = record_id.partition(".")[0]
        return Now(current_hash(db, kind, record_id, dict(logged)), case_standing(db, case_id))

    return now


_register(Document("case", "Berkas SP", DocumentKind.CASE_DOSSIER, _case_prepare, _case_render, _case_now("case")))


def _distribution_prepare(db: Database, actor: Actor, request: DistributionRequest) -> Job:
    from sopdesk.services.case_reports import prepare_distribution_receipt

    return _job(prepare_distribution_receipt(db, actor, request.case_id, request.seq, description=request.description))


def _distribution_render(job: Job, out: Path, progress: Progress | None) -> int:
    from sopdesk.reports.distribution_documents import render_distribution_receipt

    p = job.content
    return render_distribution_receipt(p.receipt, p.giver, p.place, p.setup, p.mark, p.letterhead, out)


_register(
    Document(
        "distribusi",
        "Tanda Terima Distribusi",
        DocumentKind.DISTRIBUTION_RECEIPT,
        _distribution_prepare,
        _distribution_render,
        _case_now("distribusi"),
    )
)


def _sla_prepare(kind: str) -> Callable[[Database, Actor, PeriodRequest], Job]:
    def prepare(db: Database, actor: Actor, request: PeriodRequest) -> Job:
        from sopdesk.services.case_reports import prepare_sla_report

        job = prepare_sla_report(db, actor, request.start, request.end, kind=kind)
        return _job(job, f"{job.report.passes} lintasan langkah")

    return prepare


def _sla_render(job: Job, out: Path, progress: Progress | None) -> int:
    from sopdesk.reports.case_documents import render_sla

    p = job.content
    return render_sla(p.report, p.setup, p.mark, p.letterhead, out, p.signer)


def _sla_workbook(job: Job, out: Path, progress: Progress | None) -> int:
    from sopdesk.services.excel import write_sla_workbook

    p = job.content
    write_sla_workbook(p.report, p.letterhead, p.mark, p.signer, out)
    return 1


def _sla_now(db: Database, record_id: str, logged: Mapping[str, Any]) -> Now:
    from sopdesk.services.case_reports import current_hash

    return Now(current_hash(db, "sla", record_id, dict(logged)))


_register(
    Document("sla", "Laporan Capaian Mutu Baku", DocumentKind.SLA_REPORT, _sla_prepare("sla"), _sla_render, _sla_now)
)
_register(
    Document(
        "sla-xlsx",
        "Laporan Capaian Mutu Baku (Excel)",
        DocumentKind.SLA_REPORT,
        _sla_prepare("sla-xlsx"),
        _sla_workbook,
        _sla_now,
        suffix=".xlsx",
    )
)


# The Standar Pelayanan's papers of a case (issue 16)


def _sp_prepare(kind: str) -> Callable[[Database, Actor, SpPaperRequest], Job]:
    def prepare(db: Database, actor: Actor, request: SpPaperRequest) -> Job:
        from sopdesk.services.sp_reports import prepare_sp_paper

        job = prepare_sp_paper(db, actor, request.case_id, kind)
        return _job(job, f"{len(job.book.layanan)} jenis layanan")

    return prepare


def _sp_render(job: Job, out: Path, progress: Progress | None) -> int:
    from sopdesk.reports.sp_documents import render_ba_fkp, render_maklumat, render_sp_book, render_sp_decree

    p = job.content
    if p.kind == "sp-sk":
        return render_sp_decree(p.book, p.setup, p.mark, p.letterhead, out)
    if p.kind == "maklumat":
        return render_maklumat(p.book, p.setup, p.mark, p.letterhead, out)
    if p.kind == "ba-fkp":
        return render_ba_fkp(p.book, p.setup, p.mark, p.letterhead, out, p.groups)
    pages, _ = render_sp_book(p.book, p.setup, p.mark, p.letterhead, out, p.groups)
    return pages


def _sp_now(kind: str) -> Callable[[Database, str, Mapping[str, Any]], Now]:
    def now(db: Database, record_id: str, logged: Mapping[str, Any]) -> Now:
        from sopdesk.services.case_reports import case_standing
        from sopdesk.services.sp_reports import current_hash

        return Now(current_hash(db, kind, record_id), case_standing(db, record_id))

    return now


def _register_sp_papers() -> None:
    from sopdesk.services.sp_reports import PAPERS

    for kind, (paper, title) in PAPERS.items():
        _register(Document(kind, title, paper, _sp_prepare(kind), _sp_render, _sp_now(kind)))


_register_sp_papers()
