"""From PDF to paper: the preview, printing onto a PDF printer and a real CUPS queue, export.

Printed pages are images (each PDF page is rendered, then drawn onto the printer), so text
cannot be extracted from the output. Each test page therefore carries a black bar whose length
says which page it is (page N: N x 80 mm); the output is rasterised with pdftoppm and the bar
measured, which shows the right pages came out, in the right order, at the right scale.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QPushButton

from sopdesk.ui import printing
from tests.ui.conftest import closed, keep, settle

MM = 72 / 25.4
F4_LANDSCAPE_PT = (330 * MM, 215 * MM)  # 935.43 x 609.45
BAR_MM = 80
BAR_LEFT_MM = 20
BAR_BOTTOM_MM = 100  # 100 to 115 mm: centred on the page's middle line (107.5 of 215 mm)
BAR_HEIGHT_MM = 15

needs_poppler = pytest.mark.skipif(
    shutil.which("pdfinfo") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (make test) not installed",
)


def make_sample_pdf(path: Path, pages: int = 3) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=F4_LANDSCAPE_PT)
    for number in range(1, pages + 1):
        c.setFont("Helvetica-Bold", 28)
        c.drawString(20 * MM, 160 * MM, f"Halaman uji {number}")
        c.rect(BAR_LEFT_MM * MM, BAR_BOTTOM_MM * MM, number * BAR_MM * MM, BAR_HEIGHT_MM * MM, stroke=0, fill=1)
        c.showPage()
    c.save()
    return path


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three F4 landscape pages (215 x 330 mm), "Halaman uji 1" to "Halaman uji 3"."""
    return make_sample_pdf(tmp_path_factory.mktemp("pdf") / "uji.pdf")


def pdf_pages(path: Path) -> list[tuple[float, float]]:
    """Each page's size in points, read by poppler."""
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9999", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out, re.M)]


def bar_length_mm(path: Path, page: int) -> float:
    """Length of the black bar on a page of ``path``, measured on a 25 dpi grey rendering.

    The bar lies on the page's middle line, so it is measured along the middle row of a
    landscape sheet, or the middle column when a printer turned the page onto portrait paper.
    """
    pgm = subprocess.run(
        ["pdftoppm", "-gray", "-r", "25", "-f", str(page), "-l", str(page), str(path)],
        capture_output=True,
        check=True,
    ).stdout
    match = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", pgm)
    assert match, "pdftoppm did not write a PGM image"
    width, height = int(match.group(1)), int(match.group(2))
    pixels = pgm[match.end() : match.end() + width * height]
    middle_row = pixels[(height // 2) * width : (height // 2 + 1) * width]
    line = middle_row if width >= height else pixels[width // 2 :: width]
    dark = sum(1 for value in line if value < 100)
    return dark / len(line) * 330


def assert_f4(size: tuple[float, float], landscape: bool = True) -> None:
    # Qt's PDF engine writes the page box in whole points (935 x 609). The point of the check
    # is that the page stays 215 mm wide and does not snap to 215.9 mm (612 pt).
    width, height = size if landscape else (size[1], size[0])
    assert abs(width - F4_LANDSCAPE_PT[0]) < 1, size
    assert abs(height - F4_LANDSCAPE_PT[1]) < 1, size


def pdf_printer(path: Path, mode: QPrinter.PrinterMode = QPrinter.PrinterMode.ScreenResolution) -> QPrinter:
    """A printer writing a PDF file; 96 dpi unless asked (HighResolution is 1200 dpi)."""
    printer = QPrinter(mode)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


# -- the preview -------------------------------------------------------------------------------


def test_preview_opens_on_page_one_at_fit_width_and_pages_through(qtbot, sample_pdf: Path) -> None:
    dialog = printing.PrintPreviewDialog(sample_pdf, "Buku Agenda 2026")
    keep(qtbot, dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.windowTitle() == "Pratinjau Cetak — Buku Agenda 2026"
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dialog.fit_width_action.isChecked()
    assert dialog.fit_width_action.text() == "Sesuaikan Lebar"
    assert dialog.page_label.text() == "Halaman 1 dari 3"
    assert not dialog.previous_action.isEnabled()
    assert [dialog.print_button.text(), dialog.export_button.text(), dialog.close_button.text()] == [
        "Cetak…",
        "Simpan PDF…",
        "Tutup",
    ]

    dialog.next_action.trigger()
    qtbot.waitUntil(lambda: dialog.page_label.text() == "Halaman 2 dari 3")
    dialog.next_action.trigger()
    qtbot.waitUntil(lambda: dialog.page_label.text() == "Halaman 3 dari 3")
    assert not dialog.next_action.isEnabled()
    dialog.previous_action.trigger()
    qtbot.waitUntil(lambda: dialog.page_label.text() == "Halaman 2 dari 3")

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert closed(dialog)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_preview_zooms_from_the_fitted_size_and_back(qtbot, sample_pdf: Path) -> None:
    dialog = printing.PrintPreviewDialog(sample_pdf, "Buku Agenda")
    keep(qtbot, dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fitted = dialog._effective_zoom()

    dialog.zoom_in_action.trigger()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(fitted * printing.ZOOM_STEP)
    assert dialog.zoom_label.text() == f"{round(fitted * printing.ZOOM_STEP * 100)}%"
    assert not dialog.fit_width_action.isChecked()
    dialog.zoom_out_action.trigger()
    dialog.zoom_out_action.trigger()
    assert dialog.view.zoomFactor() == pytest.approx(fitted / printing.ZOOM_STEP)

    dialog.fit_page_action.trigger()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert dialog.fit_page_action.isChecked() and not dialog.fit_width_action.isChecked()
    dialog.fit_width_action.trigger()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dialog.zoom_label.text() == ""


def test_preview_of_a_broken_file_says_so_and_offers_nothing(qtbot, tmp_path: Path) -> None:
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"bukan PDF")
    dialog = printing.PrintPreviewDialog(broken, "Rusak")
    keep(qtbot, dialog)
    assert dialog.page_label.text() == "Berkas PDF tidak dapat dibuka."
    assert not dialog.print_button.isEnabled()
    assert not dialog.export_button.isEnabled()


# -- printing onto a PDF printer ---------------------------------------------------------------


@needs_poppler
def test_print_pdf_prints_every_page_at_exact_f4(sample_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "cetak.pdf"
    printer = pdf_printer(out, QPrinter.PrinterMode.HighResolution)
    assert printing.print_pdf(sample_pdf, printer) == 3

    sizes = pdf_pages(out)
    assert len(sizes) == 3
    for size in sizes:
        assert_f4(size)
    assert [round(bar_length_mm(out, page) / BAR_MM) for page in (1, 2, 3)] == [1, 2, 3]
    assert bar_length_mm(out, 3) == pytest.approx(3 * BAR_MM, abs=5)  # drawn 1:1, not shrunk


@needs_poppler
def test_print_pdf_honours_the_page_range(sample_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "halaman-2-3.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)

    assert printing.print_pdf(sample_pdf, printer) == 2
    assert len(pdf_pages(out)) == 2
    assert [round(bar_length_mm(out, page) / BAR_MM) for page in (1, 2)] == [2, 3]


@needs_poppler
def test_copies_are_made_here_when_the_printer_cannot(sample_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "dua-rangkap.pdf"
    printer = pdf_printer(out)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    assert not printer.supportsMultipleCopies()  # a PDF file cannot make copies itself

    assert printing.print_pdf(sample_pdf, printer) == 6
    assert [round(bar_length_mm(out, page) / BAR_MM) for page in range(1, 7)] == [1, 2, 3, 1, 2, 3]


@needs_poppler
def test_cancelling_stops_after_the_first_page(sample_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "batal.pdf"
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 1

    assert printing.print_pdf(sample_pdf, pdf_printer(out), progress) == 1
    assert calls == [(0, 3), (1, 3)]
    assert len(pdf_pages(out)) == 1


def test_cancelling_before_the_first_page_sends_nothing(sample_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "tidak-ada.pdf"
    assert printing.print_pdf(sample_pdf, pdf_printer(out), lambda done, total: False) == 0
    assert not out.exists()


def test_a_file_that_is_not_a_pdf_is_refused_in_indonesian(tmp_path: Path) -> None:
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"bukan PDF")
    with pytest.raises(printing.PrintError, match="Berkas PDF tidak dapat dibuka"):
        printing.print_pdf(broken, pdf_printer(tmp_path / "keluar.pdf"))


def test_progress_dialog_counts_pages_and_cancels(qtbot) -> None:
    progress = printing.PrintProgress(None)
    qtbot.addWidget(progress.dialog)
    assert progress(0, 3)
    assert progress.dialog.labelText() == "Mencetak halaman 1 dari 3…"
    assert progress(1, 3)
    assert progress.dialog.labelText() == "Mencetak halaman 2 dari 3…"
    assert progress.dialog.findChild(QPushButton).text() == "Batal"
    progress.dialog.cancel()
    assert not progress(2, 3)
    progress.close()


class FakePrintDialog:
    """Stands in for QPrintDialog: records what it offered and "chooses" a PDF file printer."""

    seen: dict[str, object]
    output: Path
    accept = True

    def __init__(self, printer: QPrinter, parent: object = None) -> None:
        self.printer = printer
        FakePrintDialog.seen = {"from_to": (printer.fromPage(), printer.toPage()), "options": []}

    def setWindowTitle(self, title: str) -> None:
        self.seen["title"] = title

    def setMinMax(self, low: int, high: int) -> None:
        self.seen["min_max"] = (low, high)

    def setOption(self, option: QAbstractPrintDialog.PrintDialogOption, on: bool = True) -> None:
        if on:
            self.seen["options"].append(option)

    def exec(self) -> int:
        if not self.accept:
            return QDialog.DialogCode.Rejected.value
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.output))
        return QDialog.DialogCode.Accepted.value


@needs_poppler
def test_cetak_button_asks_for_a_printer_and_prints(
    qtbot, sample_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    FakePrintDialog.output = tmp_path / "dari-pratinjau.pdf"
    monkeypatch.setattr(printing, "QPrintDialog", FakePrintDialog)
    dialog = printing.PrintPreviewDialog(sample_pdf, "Lembar Disposisi")
    keep(qtbot, dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    with qtbot.waitSignal(dialog.printed) as printed:
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
    assert printed.args == [3]
    assert FakePrintDialog.seen["title"] == "Cetak"
    assert FakePrintDialog.seen["min_max"] == (1, 3)
    assert FakePrintDialog.seen["from_to"] == (1, 3)
    assert QAbstractPrintDialog.PrintDialogOption.PrintPageRange in FakePrintDialog.seen["options"]
    assert len(pdf_pages(FakePrintDialog.output)) == 3


def test_cancelling_the_print_dialog_prints_nothing(
    sample_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    FakePrintDialog.output = tmp_path / "tidak-dicetak.pdf"
    monkeypatch.setattr(printing, "QPrintDialog", FakePrintDialog)
    monkeypatch.setattr(FakePrintDialog, "accept", False)
    assert printing.choose_printer_and_print(sample_pdf, None) is None
    assert not FakePrintDialog.output.exists()


# -- printing on a real printer (CUPS) ---------------------------------------------------------


def cups_printer_or_skip() -> tuple[str, Path]:
    name = os.environ.get("SOPDESK_TEST_PRINTER")
    folder = os.environ.get("SOPDESK_TEST_PRINT_DIR")
    if not name or not folder:
        if os.environ.get("SOPDESK_REQUIRE_PG"):
            pytest.fail("SOPDESK_TEST_PRINTER is not set: run the suite with `make test`")
        pytest.skip("no CUPS test printer (make test sets one up)")
    return name, Path(folder)


def wait_for(check: Callable[[], Path | None], timeout: float = 60) -> Path | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found is not None:
            return found
        time.sleep(0.5)
    return None


@needs_poppler
def test_prints_on_the_cups_test_printer(sample_pdf: Path) -> None:
    name, folder = cups_printer_or_skip()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    assert printer.isValid(), f"CUPS does not know the printer {name}"
    assert printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    token = f"sopdesk-uji-{uuid.uuid4().hex[:12]}"
    printer.setDocName(token)

    assert printing.print_pdf(sample_pdf, printer) == 3

    def finished_job() -> Path | None:
        # cups-pdf writes job_<id>-<title>.pdf through Ghostscript: wait until it is whole.
        for path in folder.glob(f"*{token}*.pdf"):
            info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
            if info.returncode == 0 and re.search(r"^Pages:\s+3$", info.stdout, re.M):
                return path
        return None

    out = wait_for(finished_job)
    assert out is not None, f"no 3-page output for {token} in {folder} within 60 s (lpstat -W all -o {name})"
    try:
        sizes = pdf_pages(out)
        assert len(sizes) == 3
        for size in sizes:
            # A printer feeds paper short edge first: CUPS turns the landscape page onto a
            # portrait 215 x 330 mm sheet (pdftoppm shows the page turned a quarter).
            assert_f4(size, landscape=size[0] > size[1])
        assert [round(bar_length_mm(out, page) / BAR_MM) for page in (1, 2, 3)] == [1, 2, 3]
    finally:
        out.unlink(missing_ok=True)


# -- export ------------------------------------------------------------------------------------


def test_export_replaces_the_target_whole(sample_pdf: Path, tmp_path: Path) -> None:
    target = tmp_path / "arsip" / "agenda.pdf"
    target.parent.mkdir()
    target.write_bytes(b"versi lama")

    assert printing.export_pdf(sample_pdf, target) == target
    assert target.read_bytes() == sample_pdf.read_bytes()
    assert sorted(p.name for p in target.parent.iterdir()) == ["agenda.pdf"]


def test_failed_export_leaves_the_old_file_and_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "agenda.pdf"
    target.write_bytes(b"versi lama")
    with pytest.raises(FileNotFoundError):
        printing.export_pdf(tmp_path / "tidak-ada.pdf", target)
    assert target.read_bytes() == b"versi lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.pdf"]


def test_simpan_pdf_asks_for_a_name_and_adds_the_extension(
    qtbot, sample_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    from sopdesk.ui import files

    def run_dialog(dialog) -> str:
        asked.extend([dialog.windowTitle(), dialog.selectedFiles()[0], ";".join(dialog.nameFilters())])
        return str(tmp_path / "Agenda Januari")

    monkeypatch.setattr(files, "run_dialog", run_dialog)
    replaced: list[Path] = []
    monkeypatch.setattr(files, "confirm_replace", lambda parent, path: replaced.append(path) or True)
    dialog = printing.PrintPreviewDialog(sample_pdf, "Buku Agenda: Januari/2026")
    keep(qtbot, dialog)

    with qtbot.waitSignal(dialog.exported) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
    target = tmp_path / "Agenda Januari.pdf"
    assert exported.args == [target]
    assert target.read_bytes() == sample_pdf.read_bytes()
    assert asked[0] == "Simpan PDF"
    assert Path(asked[1]).name == "Buku Agenda- Januari-2026.pdf"
    assert asked[2] == "Dokumen PDF (*.pdf)"

    # The next export starts in the folder used last time.
    printing.ask_and_export_pdf(sample_pdf, dialog, "Kedua")
    assert Path(asked[4]) == tmp_path / "Kedua.pdf"
    assert replaced == [target]  # the user chose the same name again: asked before it is replaced
