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
    event = read.audit_events(sqlite_db, limit=1)[0]
    assert (event.action, event.actor) == ("print.sop", "staf")


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
    tab.set_logo(b"not an image")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert tab.kop_errors.text("logo") == "Logo harus berkas PNG atau JPEG."
    tab.set_logo(None)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert tab.status.text() == "Tersimpan."
    assert printing.page_setup(sqlite_db, DocumentKind.SOP).paper is Paper.A4
    assert printing.letterhead(sqlite_db).lines[-1] == "BAGIAN ORGANISASI"


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
