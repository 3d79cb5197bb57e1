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


def catalogue_renderer(key: str, request: object) -> Renderer:
    """The document ``key`` of the catalogue (services/documents.py) for ``request``: the print is
    logged, the PDF written and its SHA-256 recorded, on the worker thread."""

    def render(db: Database, actor: Actor, out: Path, progress: Callable[[int, int], bool]) -> int:
        from sopdesk.services.documents import document, produce

        return produce(db, actor, document(key), request, out, progress).pages

    return render


def render_sop_document(db: Database, actor: Actor, out: Path, progress: Callable[[int, int], bool]) -> int:
    from sopdesk.services.documents import SopRequest

    return catalogue_renderer("sop", SopRequest())(db, actor, out, progress)


def list_renderer(name: str) -> Renderer:
    """A master-data list (opd, pejabat, klasifikasi) under the letterhead."""
    from sopdesk.services.documents import ListRequest

    return catalogue_renderer("list", ListRequest(name))


def agenda_book_renderer(start: date, end: date) -> Renderer:
    """The agenda book of letters received from ``start`` to ``end``."""
    from sopdesk.services.documents import PeriodRequest

    return catalogue_renderer("agenda", PeriodRequest(start, end))


def letter_renderer(letter_id: int, kind: DocumentKind) -> Renderer:
    """The tanda terima or the kartu kendali of one letter."""
    from sopdesk.services.documents import LetterRequest

    key = "tanda-terima" if kind is DocumentKind.RECEIPT else "kartu-kendali"
    return catalogue_renderer(key, LetterRequest(letter_id))


def disposition_sheet_renderer(
    letter_id: int | None, disposition_id: int | None = None, *, blank: bool = False
) -> Renderer:
    """The Lembar Disposisi: blank (a letter's data, or none at all, and empty boxes) or filled."""
    from sopdesk.services.documents import SheetRequest

    return catalogue_renderer(
        "disposisi-kosong" if blank else "disposisi", SheetRequest(letter_id, disposition_id, blank)
    )


def routing_card_renderer(letter_id: int) -> Renderer:
    """The Kartu Penerus Disposisi of a letter: one row per hand-over, with paraf boxes."""
    from sopdesk.services.documents import LetterRequest

    return catalogue_renderer("kartu-penerus", LetterRequest(letter_id))


def case_dossier_renderer(case_id: int) -> Renderer:
    """One Berkas SP on paper: identity, every step pass with actor and recorder, the timeline."""
    from sopdesk.services.documents import CaseRequest

    return catalogue_renderer("case", CaseRequest(case_id))


def sla_renderer(start: date, end: date) -> Renderer:
    """Laporan capaian mutu baku for a period: per step against its mutu baku."""
    from sopdesk.services.documents import PeriodRequest

    return catalogue_renderer("sla", PeriodRequest(start, end))


def distribution_receipt_renderer(case_id: int, seq: int, description: str | None = None) -> Renderer:
    """The tanda terima of one distribution (step 11): what was handed over, to whom, when."""
    from sopdesk.services.documents import DistributionRequest

    return catalogue_renderer("distribusi", DistributionRequest(case_id, seq, description))


def sp_paper_renderer(case_id: int, kind: str) -> Renderer:
    """One of the Standar Pelayanan's papers of a case: ``sp-sk``, ``maklumat``, ``ba-fkp``, ``buku-laporan``."""
    from sopdesk.services.documents import SpPaperRequest

    return catalogue_renderer(kind, SpPaperRequest(case_id))


class _ProgressRelay(QObject):
    progressed = Signal(int, int)


class DocumentJob(QObject):
    """Renders one document on the thread pool with a progress dialog that can cancel.

    The job, its task and its progress dialog are released once the PDF is delivered (or the
    rendering failed or was cancelled)."""

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
        try:
            self.rendered.emit(self.out)
        finally:
            self._release()

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self.progress.reset()
        from sopdesk.reports.base import CancelledError

        try:
            if isinstance(exc, CancelledError):
                return
            message = str(exc) if isinstance(exc, DomainError | OSError) else f"{type(exc).__name__}: {exc}"
            show_error(self.parent_widget, self.tr("Dokumen tidak dapat dibuat"), message)
        finally:
            self._release()

    def _release(self) -> None:
        self.progress.deleteLater()
        self.deleteLater()


def ask_pdf_target(parent: QWidget, title: str) -> Path | None:
    from sopdesk.ui import files

    return files.ask_save(
        parent, files.FileKind.PDF, QCoreApplication.translate("documents", "Ekspor PDF"), f"{title}.pdf"
    )
