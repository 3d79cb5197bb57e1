"""Printing from the menus: the SOP document rendered off the GUI thread, previewed, exported;
letterhead and paper edited in Pengaturan."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from sopdesk.domain.printing import DocumentKind, Paper
from sopdesk.services import printing, read
from sopdesk.store.database import Database
from sopdesk.ui.main_window import MainWindow
from tests.ui.conftest import settle


def open_window(qtbot, db: Database, actor, tmp_path: Path) -> MainWindow:
    window = MainWindow(db, actor, tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    return window


def pdf_text(path: Path) -> str:
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(raw.split())


def test_print_entries_follow_the_page_on_screen(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    window = open_window(qtbot, sqlite_db, ui_actors["staf"], tmp_path)
    assert window.nav.currentRow() == 0
    assert window.print_action.isEnabled() and window.preview_action.isEnabled() and window.export_action.isEnabled()
    window.nav.setCurrentRow(2)  # Disposisi: nothing to print yet
    assert not window.print_action.isEnabled()
    assert "Tidak ada yang dapat dicetak" in window.export_action.toolTip()
    window.nav.setCurrentRow(0)
    assert window.print_action.isEnabled()


def test_export_renders_the_sop_off_the_gui_thread_and_logs_the_print(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
):
    window = open_window(qtbot, sqlite_db, ui_actors["staf"], tmp_path)
    target = tmp_path / "arsip" / "SOP.pdf"
    job = window.export_to(window.current_document(), target)
    settle(qtbot)
    with qtbot.waitSignal(job.rendered, timeout=30000):
        pass
    assert target.exists() and not target.with_name("SOP.pdf.partial").exists()
    assert "PDF disimpan" in window.statusBar().currentMessage()
    text = pdf_text(target)
    assert "Halaman 3 dari 3" in text and "Pengguna staf" in text
    logged, fingerprinted = read.audit_events(sqlite_db, limit=2)[::-1]
    assert (logged.action, logged.actor) == ("print.sop", "staf")
    assert (fingerprinted.action, fingerprinted.actor) == ("print.file", "staf")
    # The file the window wrote is the one the print log fingerprinted: verify proves it.
    from sopdesk.services.verify import verify_file

    found = verify_file(sqlite_db, target.read_bytes())
    assert found.ok and found.lines[0].startswith(f"COCOK: identik dengan cetakan no. {logged.id} ")


def test_help_sop_document_opens_the_print_preview(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    window = open_window(qtbot, sqlite_db, ui_actors["admin"], tmp_path)
    job = window.show_sop()
    with qtbot.waitSignal(job.rendered, timeout=30000):
        pass
    preview = window.findChild(QDialog, "print_preview")
    assert preview is not None and preview.isVisible()
    assert job.out.exists()
    preview.close()


def test_letterhead_and_paper_are_edited_in_settings(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    window = open_window(qtbot, sqlite_db, ui_actors["admin"], tmp_path)
    tab = window.settings_page.print_settings
    tab.lines.setPlainText("PEMERINTAH KABUPATEN TANGERANG\nSEKRETARIAT DAERAH\nBAGIAN ORGANISASI\n")
    paper, _orientation, margins = tab.paper[DocumentKind.SOP]
    paper.setCurrentIndex(paper.findData(Paper.A4))
    margins[0].setValue(3)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert tab.paper_errors.text("margins_sop") == "Margin antara 5 dan 50 mm."
    margins[0].setValue(10)
    tab.kop.set_logo(b"not an image")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert tab.kop_errors.text("logo") == "Lambang harus berkas PNG atau JPEG."
    tab.kop.set_logo(None)
    # The address block of the kop, field by field, with its refusals next to the field.
    tab.kop.alamat.setText("Jl. Uji Coba No. 1, Tigaraksa")
    tab.kop.kode_pos.setText("157")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert tab.kop_errors.text("kode_pos") == "Kode pos 5 angka."
    tab.kop.kode_pos.setText("15720")
    tab.kop.telepon.setText("(021) 000000")
    tab.kop.laman.setText("organisasi.uji.go.id")
    tab.kop.email.setText("organisasi@uji.go.id")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert tab.status.text() == "Tersimpan."
    assert printing.page_setup(sqlite_db, DocumentKind.SOP).paper is Paper.A4
    head = printing.letterhead(sqlite_db)
    assert head.lines[-1] == "BAGIAN ORGANISASI"
    assert (head.alamat, head.kode_pos, head.telepon, head.laman, head.email) == (
        "Jl. Uji Coba No. 1, Tigaraksa",
        "15720",
        "(021) 000000",
        "organisasi.uji.go.id",
        "organisasi@uji.go.id",
    )


def test_staff_see_the_print_settings_but_cannot_change_them(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    window = open_window(qtbot, sqlite_db, ui_actors["staf"], tmp_path)
    tab = window.settings_page.print_settings
    assert not tab.save_button.isEnabled()
    assert "Hanya administrator" in tab.status.text()


def test_settings_lists_print_under_the_letterhead(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    window = open_window(qtbot, sqlite_db, ui_actors["kasubag"], tmp_path)
    window.nav.setCurrentRow(5)
    page = window.settings_page
    page.tabs.setCurrentWidget(page.officials)
    assert window.export_action.isEnabled()
    page.tabs.setCurrentWidget(page.print_settings)
    assert not window.export_action.isEnabled()
    page.tabs.setCurrentWidget(page.opd)
    target = tmp_path / "opd.pdf"
    job = window.export_to(window.current_document(), target)
    settle(qtbot)
    with qtbot.waitSignal(job.rendered, timeout=30000):
        pass
    text = pdf_text(target)
    assert "DAFTAR PERANGKAT DAERAH (OPD)" in text and "Kecamatan Tigaraksa" in text
    assert "PEMERINTAH KABUPATEN TANGERANG" in text


def test_the_agenda_number_pattern_is_edited_with_a_live_example(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    from sopdesk.services import agenda

    window = open_window(qtbot, sqlite_db, ui_actors["admin"], tmp_path)
    tab = window.settings_page.print_settings
    assert tab.pattern.text() == "{kode}/{seq:03}-Org/{tahun}"
    tab.pattern.setText("{seq}/{kode}/{unit}")
    tab.unit.setText("OR")
    assert tab.example.text() == "7/000.8.3.2/OR"
    tab.pattern.setText("{nomor}/{tahun}")
    assert tab.example.text() == "Pola nomor harus memuat {seq} (nomor urut)."
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert tab.number_errors.text("pattern") == "Pola nomor harus memuat {seq} (nomor urut)."
    tab.pattern.setText("{seq}/{kode}/{unit}")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert agenda.number_pattern(sqlite_db) == ("{seq}/{kode}/{unit}", "OR")


def test_a_print_is_checked_from_the_window_by_file_and_by_scan(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    """Berkas › Periksa Keaslian Cetakan: what the paper tells its reader to do."""
    import subprocess

    from PySide6.QtWidgets import QMessageBox

    window = open_window(qtbot, sqlite_db, ui_actors["staf"], tmp_path)
    target = tmp_path / "SOP.pdf"
    job = window.export_to(window.current_document(), target)
    with qtbot.waitSignal(job.rendered, timeout=30000):
        pass
    task = window.check_print_file(target)
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    box = window.findChild(QMessageBox, "print_check")
    assert box is not None and box.text().startswith("COCOK: identik dengan cetakan no. ")
    box.close()
    box.deleteLater()
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(target), str(tmp_path / "pindai")], check=True)
    task = window.check_print_file(tmp_path / "pindai.png")
    with qtbot.waitSignal(task.finished, timeout=30000):
        pass
    assert window.check_result.text().startswith("DITEMUKAN: cetakan no. ")
    assert "Nomor SOP" in window.check_result.informativeText()
    window.check_result.close()


def test_the_blank_disposition_sheet_prints_without_a_letter(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    window = open_window(qtbot, sqlite_db, ui_actors["kabag"], tmp_path)
    assert window.blank_sheet_action.isEnabled()
    job = window.print_blank_sheet()
    assert job is not None
    with qtbot.waitSignal(job.rendered, timeout=30000):
        pass
    text = pdf_text(job.out)
    assert "LEMBAR DISPOSISI" in text and "Surat dari :" in text
    preview = window.findChild(QDialog, "print_preview")
    if preview is not None:
        preview.close()


def test_a_copy_printed_through_the_print_dialog_as_a_300_dpi_image_is_found(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
):
    """The print dialog sends each page as a 300 dpi image: the file is not SOPDesk's any more,
    but its QR code names the print."""
    from PySide6.QtPrintSupport import QPrinter

    from sopdesk.services.scan import read_codes
    from sopdesk.services.verify import verify_file, verify_scan
    from sopdesk.ui import printing as ui_printing

    window = open_window(qtbot, sqlite_db, ui_actors["staf"], tmp_path)
    source = tmp_path / "SOP.pdf"
    job = window.export_to(window.current_document(), source)
    with qtbot.waitSignal(job.rendered, timeout=30000):
        pass
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(300)
    copy = tmp_path / "cetak.pdf"
    printer.setOutputFileName(str(copy))
    assert ui_printing.print_pdf(source, printer) == 3
    assert not verify_file(sqlite_db, copy.read_bytes()).ok
    found = verify_scan(sqlite_db, read_codes(copy))
    assert found.ok and found.lines[0].startswith("DITEMUKAN: cetakan no. ")
