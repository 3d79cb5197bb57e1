"""Documents the main window can print: rendered to PDF on a worker thread, then previewed,
printed or exported through ui/printing.py. One path from record to paper."""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from sopdesk.domain.errors import DomainError
from sopdesk.domain.printing import DocumentKind
from sopdesk.domain.records import Actor
from sopdesk.store.database import Database
from sopdesk.ui.forms import show_error
from sopdesk.ui.tasks import BackgroundTask

# A render function: (database, actor, output file, progress) -> pages written.
Renderer = Callable[[Database, Actor, Path, Callable[[int, int], bool]], int]


def render_sop_document(db: Database, actor: Actor, out: Path, progress: Callable[[int, int], bool]) -> int:
    from sopdesk.reports.sop_document import render_sop
    from sopdesk.services.printing import prepare_sop_print

    job = prepare_sop_print(db, actor)
    return render_sop(job.sop, job.setup, job.mark, job.letterhead, out, progress)


def list_renderer(name: str) -> Renderer:
    """A master-data list (opd, pejabat, klasifikasi) under the letterhead."""

    def render(db: Database, actor: Actor, out: Path, progress: Callable[[int, int], bool]) -> int:
        from sopdesk.reports.table_document import render_table
        from sopdesk.services.printing import prepare_list_print

        job = prepare_list_print(db, actor, name)
        return render_table(job.document, job.setup, job.mark, job.letterhead, out, progress)

    return render


def agenda_book_renderer(start: date, end: date) -> Renderer:
    """The agenda book of letters received from ``start`` to ``end``."""

    def render(db: Database, actor: Actor, out: Path, progress: Callable[[int, int], bool]) -> int:
        from sopdesk.reports.table_document import render_table
        from sopdesk.services.printing import prepare_agenda_book

        job = prepare_agenda_book(db, actor, start, end)
        return render_table(job.document, job.setup, job.mark, job.letterhead, out, progress)

    return render


def letter_renderer(letter_id: int, kind: DocumentKind) -> Renderer:
    """The tanda terima or the kartu kendali of one letter."""

    def render(db: Database, actor: Actor, out: Path, progress: Callable[[int, int], bool]) -> int:
        from sopdesk.reports.letter_documents import render_control_card, render_receipt
        from sopdesk.services.printing import prepare_letter_print

        job = prepare_letter_print(db, actor, letter_id, kind)
        if kind is DocumentKind.RECEIPT:
            return render_receipt(job.letter, job.receiver, job.place, job.setup, job.mark, job.letterhead, out)
        return render_control_card(job.letter, job.setup, job.mark, out)

    return render


# --- dispositions (disposisi-ui) -------------------------------------------------------------


def disposition_sheet_renderer(letter_id: int, disposition_id: int | None = None, *, blank: bool = False) -> Renderer:
    """The Lembar Disposisi of a letter: blank (letter data, empty boxes) or filled with one disposition."""

    def render(db: Database, actor: Actor, out: Path, progress: Callable[[int, int], bool]) -> int:
        from sopdesk.reports.disposition_documents import render_disposition_sheet
        from sopdesk.services.printing import prepare_disposition_sheet

        job = prepare_disposition_sheet(db, actor, letter_id, disposition_id=disposition_id, blank=blank)
        return render_disposition_sheet(job.sheet, job.setup, job.mark, job.letterhead, out)

    return render


def routing_card_renderer(letter_id: int) -> Renderer:
    """The Kartu Penerus Disposisi of a letter: one row per hand-over, with paraf boxes."""

    def render(db: Database, actor: Actor, out: Path, progress: Callable[[int, int], bool]) -> int:
        from sopdesk.reports.disposition_documents import render_routing_card
        from sopdesk.services.printing import prepare_routing_card

        job = prepare_routing_card(db, actor, letter_id)
        return render_routing_card(job.card, job.setup, job.mark, job.letterhead, out)

    return render


def case_dossier_renderer(case_id: int) -> Renderer:
    """One Berkas SP on paper: identity, every step pass with actor and recorder, the timeline."""

    def render(db: Database, actor: Actor, out: Path, progress: Callable[[int, int], bool]) -> int:
        from sopdesk.reports.case_documents import render_case_dossier
        from sopdesk.services.case_reports import prepare_case_dossier

        job = prepare_case_dossier(db, actor, case_id)
        view = job.view
        return render_case_dossier(
            view.state, view.sop, view.calendar, job.setup, job.mark, job.letterhead, out, job.dispositions
        )

    return render


def sla_renderer(start: date, end: date) -> Renderer:
    """Laporan capaian mutu baku for a period: per step against its mutu baku."""

    def render(db: Database, actor: Actor, out: Path, progress: Callable[[int, int], bool]) -> int:
        from sopdesk.reports.case_documents import render_sla
        from sopdesk.services.case_reports import prepare_sla_report

        job = prepare_sla_report(db, actor, start, end)
        return render_sla(job.report, job.setup, job.mark, job.letterhead, out)

    return render


def distribution_receipt_renderer(case_id: int, seq: int, description: str | None = None) -> Renderer:
    """The tanda terima of one distribution (step 11): what was handed over, to whom, when."""

    def render(db: Database, actor: Actor, out: Path, progress: Callable[[int, int], bool]) -> int:
        from sopdesk.reports.distribution_documents import render_distribution_receipt
        from sopdesk.services.case_reports import prepare_distribution_receipt

        job = prepare_distribution_receipt(db, actor, case_id, seq, description=description)
        return render_distribution_receipt(job.receipt, job.giver, job.place, job.setup, job.mark, job.letterhead, out)

    return render


class _ProgressRelay(QObject):
    progressed = Signal(int, int)


class DocumentJob(QObject):
    """Renders one document on the thread pool with a progress dialog that can cancel."""

    rendered = Signal(object)  # Path of the finished PDF

    def __init__(
        self, title: str, renderer: Renderer, db: Database, actor: Actor, out: Path | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.parent_widget = parent
        if out is None:
            folder = Path(tempfile.mkdtemp(prefix="sopdesk-cetak-"))
            out = folder / f"{title}.pdf"
        self.out = out
        self._cancel = threading.Event()
        self._relay = _ProgressRelay(self)
        self.progress = QProgressDialog(self.tr("Menyiapkan %1…").replace("%1", title), self.tr("Batal"), 0, 0, parent)
        self.progress.setWindowTitle(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(self._cancel.set)
        self._relay.progressed.connect(self._on_progress)

        def work() -> int:
            def report(done: int, total: int) -> bool:
                self._relay.progressed.emit(done, total)
                return not self._cancel.is_set()

            return renderer(db, actor, self.out, report)

        self.task = BackgroundTask(work, self)
        self.task.finished.connect(self._done)
        self.task.error.connect(self._failed)

    def start(self) -> None:
        self.task.start()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setLabelText(self.tr("Halaman %1 dari %2…").replace("%1", str(done)).replace("%2", str(total)))

    @Slot(object)
    def _done(self, _pages: object) -> None:
        self.progress.reset()
        self.rendered.emit(self.out)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self.progress.reset()
        from sopdesk.reports.base import CancelledError

        if isinstance(exc, CancelledError):
            return
        message = str(exc) if isinstance(exc, DomainError | OSError) else f"{type(exc).__name__}: {exc}"
        show_error(self.parent_widget, self.tr("Dokumen tidak dapat dibuat"), message)


def ask_pdf_target(parent: QWidget, title: str) -> Path | None:
    from sopdesk.ui import files

    return files.ask_save(
        parent, files.FileKind.PDF, QCoreApplication.translate("documents", "Ekspor PDF"), f"{title}.pdf"
    )
