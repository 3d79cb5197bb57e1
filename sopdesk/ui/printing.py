"""The one way from PDF to paper: preview with QtPdf, print by rendering pages onto a QPrinter.

Every printable document in SOPDesk is first a PDF written by ``sopdesk.reports``. This module
shows that PDF (zoom, page navigation, fit width), prints it after a ``QPrintDialog`` (printer,
copies, page range) by rendering each page at the printer's resolution onto the printer, and
exports it to a file chosen by the user (written to a temporary name and renamed into place).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSettings, QSize, QSizeF, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
)
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressDialog,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from sopdesk.ui import forms
from sopdesk.ui.windows import FRAME_MARGIN, TITLE_BAR, Dialog, available_geometry

Progress = Callable[[int, int], bool]
"""``progress(done, total)``: called before the first page and after each page; False cancels."""

# Pages are rasterised at the printer's resolution, but never finer than this: a 215 x 330 mm
# page at 1200 dpi (what Qt reports for CUPS and PDF printers in HighResolution mode) is a
# 630 MB image; at 600 dpi it is 160 MB, and 600 dpi is what office laser printers resolve.
MAX_PRINT_DPI = 600

ZOOM_STEP = 1.25
MIN_ZOOM = 0.25
MAX_ZOOM = 8.0
SETTINGS_GEOMETRY = "pratinjau_cetak/geometri"


class PrintError(Exception):
    """Printing could not start or continue; the message is for the user, in Indonesian."""


def _open_document(pdf_path: Path) -> QPdfDocument:
    document = QPdfDocument()
    error = document.load(str(pdf_path))
    if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
        document.close()
        raise PrintError(
            QCoreApplication.translate("printing", "Berkas PDF tidak dapat dibuka: %1").replace("%1", str(pdf_path))
        )
    return document


def _pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """Zero-based page indexes in the printer's page range (1-based, inclusive in Qt)."""
    first, last = 1, page_count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() if printer.toPage() > 0 else page_count)
    indexes = list(range(first - 1, last))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        indexes.reverse()
    return indexes


def _page_sequence(printer: QPrinter, indexes: list[int]) -> list[int]:
    """Copies are the printer's (CUPS, the Windows driver) when it can make them; otherwise here."""
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return indexes * copies
    return [index for index in indexes for _ in range(copies)]


def _page_layout_for(size_points: QSizeF) -> QPageLayout:
    """The PDF page's own size, kept exact: a custom 215 x 330 mm would otherwise snap to 215.9 x 330."""
    width, height = size_points.width(), size_points.height()
    portrait = QSizeF(min(width, height), max(width, height))
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    layout = QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def _can_change_layout(printer: QPrinter) -> bool:
    # Qt's PDF engine (PDF files, and CUPS on Linux) takes a new page size between pages; the
    # native Windows and macOS engines refuse (with a warning) once the job has begun.
    if printer.printerState() != QPrinter.PrinterState.Active:
        return True
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Pdf


def _set_page_layout(printer: QPrinter, size_points: QSizeF) -> None:
    wanted = _page_layout_for(size_points)
    if printer.pageLayout().isEquivalentTo(wanted) or not _can_change_layout(printer):
        return
    printer.setPageLayout(wanted)


def _render_page(document: QPdfDocument, index: int, pixel_size: QSize) -> QImage:
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
    image = document.render(index, pixel_size, options)
    if image.isNull():
        raise PrintError(
            QCoreApplication.translate("printing", "Halaman %1 tidak dapat digambar.").replace("%1", str(index + 1))
        )
    # QtPdf leaves the page transparent. Paint white behind it in place (no second copy of a
    # large image), then call it opaque so the printer gets a plain image with no alpha mask.
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), Qt.GlobalColor.white)
    painter.end()
    if image.format() == QImage.Format.Format_ARGB32:
        image.reinterpretAsFormat(QImage.Format.Format_RGB32)
    return image


def _fit(source: QSizeF, target: QRectF) -> QRectF:
    """``source`` scaled to fit ``target``, centred (exact when the page sizes match)."""
    scale = min(target.width() / source.width(), target.height() / source.height())
    size = QSizeF(source.width() * scale, source.height() * scale)
    offset = QPointF((target.width() - size.width()) / 2, (target.height() - size.height()) / 2)
    return QRectF(target.topLeft() + offset, size)


def print_pdf(pdf_path: Path, printer: QPrinter, progress: Progress | None = None) -> int:
    """Print the pages of ``pdf_path`` in the printer's page range; return how many were printed.

    Each page is rendered at the printer's resolution (at most ``MAX_PRINT_DPI``) onto white and
    drawn over the whole sheet, whose size is set from the PDF page. ``progress(done, total)``
    returning False stops before the next page; pages already drawn are still sent, as Qt's PDF
    and CUPS engines cannot withdraw a job once it has begun.
    """
    document = _open_document(pdf_path)
    try:
        sequence = _page_sequence(printer, _pages_to_print(printer, document.pageCount()))
        total = len(sequence)
        if progress is not None and not progress(0, total):
            return 0
        printer.setFullPage(True)
        painter = QPainter()
        printed = 0
        try:
            for index in sequence:
                size_points = document.pagePointSize(index)
                _set_page_layout(printer, size_points)
                if printed == 0:
                    if not painter.begin(printer):
                        raise PrintError(
                            QCoreApplication.translate("printing", "Pencetak %1 tidak dapat dipakai.").replace(
                                "%1", printer.printerName()
                            )
                        )
                elif not printer.newPage():
                    raise PrintError(QCoreApplication.translate("printing", "Pencetak menolak halaman berikutnya."))
                target = _fit(size_points, printer.paperRect(QPrinter.Unit.DevicePixel))
                dpi = min(printer.resolution(), MAX_PRINT_DPI)
                scale = dpi / printer.resolution()
                pixels = QSize(max(1, round(target.width() * scale)), max(1, round(target.height() * scale)))
                image = _render_page(document, index, pixels)
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, scale < 1)
                painter.drawImage(target, image)
                printed += 1
                if progress is not None and not progress(printed, total):
                    break
        finally:
            if painter.isActive():
                painter.end()
        return printed
    finally:
        document.close()


def page_count(pdf_path: Path) -> int:
    document = _open_document(pdf_path)
    try:
        return document.pageCount()
    finally:
        document.close()


class PrintProgress:
    """A ``Progress`` callback shown as a modal "Mencetak halaman N dari M…" with Batal.

    Printing stays on the GUI thread on purpose. Qt documents a QPainter on a QPrinter as
    usable from a worker thread, but the QPrinter was set up by QPrintDialog on the GUI thread
    and carries native state from there (a Windows printer DC, a macOS print session) that
    cannot be tested off that thread here, and Qt's own print progress on macOS needs the GUI
    thread. So the loop renders one page at a time and lets the event loop run between pages:
    the window repaints, Batal is honoured before the next page, and the longest pause is one
    page (about 0.5 s for F4 at 600 dpi on a 2-core machine). The slow work before printing,
    writing the PDF itself, is what runs on a worker (``sopdesk.ui.tasks``).
    """

    def __init__(self, parent: QWidget | None) -> None:
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("print_progress")
        self.dialog.setWindowTitle(QCoreApplication.translate("printing", "Mencetak"))
        self.dialog.setCancelButton(QPushButton(QCoreApplication.translate("printing", "Batal")))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(True)
        self.dialog.setAutoReset(True)

    def __call__(self, done: int, total: int) -> bool:
        if self.dialog.wasCanceled():
            return False
        self.dialog.setMaximum(max(total, 1))
        if done < total:
            self.dialog.setLabelText(
                QCoreApplication.translate("printing", "Mencetak halaman %1 dari %2…")
                .replace("%1", str(done + 1))
                .replace("%2", str(total))
            )
        self.dialog.setValue(done)
        QCoreApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()


def print_with_progress(pdf_path: Path, printer: QPrinter, parent: QWidget | None = None) -> int:
    progress = PrintProgress(parent)
    try:
        return print_pdf(pdf_path, printer, progress)
    finally:
        progress.close()


def choose_printer_and_print(
    pdf_path: Path, parent: QWidget | None = None, title: str = "", current_page: int | None = None
) -> int | None:
    """Ask for printer, copies and page range, then print. None when the user cancels.

    ``current_page`` (zero-based) offers "current page" in the dialog, e.g. from the preview.
    """
    count = page_count(pdf_path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title or pdf_path.stem)
    printer.setFullPage(True)
    printer.setFromTo(1, count)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Cetak"))
    dialog.setMinMax(1, count)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, current_page is not None)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if printer.printRange() == QPrinter.PrintRange.CurrentPage and current_page is not None:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(current_page + 1, current_page + 1)
    return print_with_progress(pdf_path, printer, parent)


def export_pdf(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` through ``target.partial``, so ``target`` is whole or absent."""
    partial = target.with_name(target.name + ".partial")
    try:
        with source.open("rb") as reader, partial.open("wb") as writer:
            shutil.copyfileobj(reader, writer, 1024 * 1024)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def ask_and_export_pdf(source: Path, parent: QWidget | None = None, suggested_name: str = "") -> Path | None:
    """Ask where to save a copy of the PDF, then export it; None when the user cancels."""
    from sopdesk.ui import files

    name = suggested_name or source.name
    if not name.lower().endswith(".pdf"):
        name += ".pdf"
    target = files.ask_save(parent, files.FileKind.PDF, QCoreApplication.translate("printing", "Simpan PDF"), name)
    if target is None:
        return None
    try:
        export_pdf(source, target)
    except OSError as exc:
        forms.show_error(
            parent,
            QCoreApplication.translate("printing", "Simpan PDF"),
            QCoreApplication.translate("printing", "PDF tidak dapat disimpan ke %1:\n%2")
            .replace("%1", str(target))
            .replace("%2", str(exc)),
        )
        return None
    return target


class PrintPreviewDialog(Dialog):
    """Shows a PDF as it will come out of the printer; prints it or saves a copy.

    It opens as tall as the screen allows (a page of F4 at a readable width), never taller, so
    Cetak, Simpan PDF and Tutup are always on screen; the focus is on the page (arrow keys and
    Page Up/Down scroll it), Ctrl+P prints, Esc closes."""

    printed = Signal(int)  # pages sent to the printer
    exported = Signal(object)  # the Path written

    def __init__(self, pdf_path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf_path = pdf_path
        self.title = title
        self.setObjectName("print_preview")
        self.setWindowTitle(self.tr("Pratinjau Cetak — %1").replace("%1", title))

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.navigator = self.view.pageNavigator()

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("preview_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.zoom_out_action = self._action("zoom_out", self.tr("Perkecil"), QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_action = self._action("zoom_in", self.tr("Perbesar"), QKeySequence.StandardKey.ZoomIn)
        self.fit_width_action = self._action("fit_width", self.tr("Sesuaikan Lebar"))
        self.fit_page_action = self._action("fit_page", self.tr("Satu Halaman"))
        self.fit_width_action.setCheckable(True)
        self.fit_page_action.setCheckable(True)
        self.toolbar.addSeparator()
        self.previous_action = self._action("previous_page", self.tr("Sebelumnya"), QKeySequence("Ctrl+PgUp"))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("page_indicator")
        self.page_label.setContentsMargins(8, 0, 8, 0)
        self.toolbar.addWidget(self.page_label)
        self.next_action = self._action("next_page", self.tr("Berikutnya"), QKeySequence("Ctrl+PgDown"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoom_indicator")
        self.zoom_label.setContentsMargins(8, 0, 0, 0)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.zoom_label)

        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("buttons")
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.print_button.setObjectName("print")
        self.print_button.setDefault(True)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.export_button = QPushButton(self.tr("Simpan PDF…"))
        self.export_button.setObjectName("export")
        self.export_button.setAutoDefault(False)
        self.export_button.setShortcut(QKeySequence.StandardKey.Save)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.setObjectName("close")
        self.close_button.setAutoDefault(False)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

        self.zoom_out_action.triggered.connect(self.zoom_out)
        self.zoom_in_action.triggered.connect(self.zoom_in)
        self.fit_width_action.triggered.connect(self.fit_width)
        self.fit_page_action.triggered.connect(self.fit_page)
        self.previous_action.triggered.connect(self.previous_page)
        self.next_action.triggered.connect(self.next_page)
        self.print_button.clicked.connect(self.print_document)
        self.export_button.clicked.connect(self.export_document)
        self.buttons.rejected.connect(self.reject)
        self.navigator.currentPageChanged.connect(self._update_page)
        self.view.zoomModeChanged.connect(self._update_zoom)
        self.view.zoomFactorChanged.connect(self._update_zoom)

        area = available_geometry(self)
        self.resize(min(900, area.width() - 2 * FRAME_MARGIN), area.height() - TITLE_BAR - 2 * FRAME_MARGIN)
        geometry = QSettings().value(SETTINGS_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)  # then fitted to this screen when shown
        self.set_first_input(self.view)
        self._load()

    def has_changes(self) -> bool:
        return False  # nothing typed here: Esc closes at once

    def _action(self, name: str, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = self.toolbar.addAction(text)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        return action

    def _load(self) -> None:
        error = self.document.load(str(self.pdf_path))
        ok = error == QPdfDocument.Error.None_ and self.document.pageCount() > 0
        for widget in (self.print_button, self.export_button):
            widget.setEnabled(ok)
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_width_action,
            self.fit_page_action,
            self.previous_action,
            self.next_action,
        ):
            action.setEnabled(ok)
        if not ok:
            self.page_label.setText(self.tr("Berkas PDF tidak dapat dibuka."))
            return
        self._update_page()
        self._update_zoom()

    # -- navigation and zoom ----------------------------------------------------------------

    def current_page(self) -> int:
        """Zero-based page shown at the top of the view."""
        return self.navigator.currentPage()

    def go_to_page(self, page: int) -> None:
        page = max(0, min(page, self.document.pageCount() - 1))
        self.navigator.jump(page, QPointF(), self.navigator.currentZoom())

    @Slot()
    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    @Slot()
    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _effective_zoom(self) -> float:
        """The zoom factor on screen, also in the fit modes (where QPdfView keeps its own)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return self.view.zoomFactor()
        page = self.document.pagePointSize(max(0, self.current_page()))
        if page.isEmpty():
            return 1.0
        dpi = self.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        height = self.view.viewport().height() - margins.top() - margins.bottom()
        factor = width / (page.width() * dpi)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitInView:
            factor = min(factor, height / (page.height() * dpi))
        return max(MIN_ZOOM, min(MAX_ZOOM, factor))

    def _set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    @Slot()
    def zoom_in(self) -> None:
        self._set_zoom(self._effective_zoom() * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._set_zoom(self._effective_zoom() / ZOOM_STEP)

    @Slot()
    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom()

    @Slot()
    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._update_zoom()

    @Slot()
    def _update_page(self) -> None:
        count = self.document.pageCount()
        page = self.current_page()
        self.page_label.setText(self.tr("Halaman %1 dari %2").replace("%1", str(page + 1)).replace("%2", str(count)))
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < count - 1)

    @Slot()
    def _update_zoom(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_action.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_action.setChecked(mode == QPdfView.ZoomMode.FitInView)
        if mode == QPdfView.ZoomMode.Custom:
            self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)}%")
        else:
            self.zoom_label.setText("")

    # -- print and export -------------------------------------------------------------------

    @Slot()
    def print_document(self) -> None:
        try:
            pages = choose_printer_and_print(self.pdf_path, self, self.title, self.current_page())
        except PrintError as exc:
            forms.show_error(self, self.tr("Cetak"), str(exc))
            return
        if pages is not None:
            self.printed.emit(pages)

    @Slot()
    def export_document(self) -> None:
        target = ask_and_export_pdf(self.pdf_path, self, self.title)
        if target is not None:
            self.exported.emit(target)

    def done(self, result: int) -> None:
        QSettings().setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        super().done(result)
