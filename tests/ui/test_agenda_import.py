"""Excel on the agenda page: Ctrl+E exports what the filters show; Impor Excel… maps, checks, imports."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt

from sopdesk.domain.agenda import LetterInput
from sopdesk.services import agenda, read
from sopdesk.store.database import Database
from sopdesk.ui import files
from sopdesk.ui.agenda_import import ImportDialog
from tests.ui.conftest import closed, settle
from tests.ui.test_agenda import open_agenda, visible

LAST = datetime.now().year - 1


def workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Surat Masuk"
    # "Datang Dari" is no header SOPDesk knows: the clerk maps it by hand.
    ws.append(["Tanggal Terima", "Datang Dari", "Nomor Surat", "Tanggal Surat", "Perihal", "Kode"])
    for row in rows:
        ws.append(row)
    wb.create_sheet("Rekap")
    wb.save(path)
    return path


def test_the_import_dialog_maps_checks_shows_the_errors_and_imports_a_good_file(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    bad = workbook(
        tmp_path / "salah.xlsx",
        [
            [datetime(LAST, 3, 1, 9), "Bappeda", "050/1", date(LAST, 3, 1), "Laporan triwulan", "050"],
            [datetime(LAST, 3, 2, 9), "Dinas Kesehatan", "440/2", date(LAST, 3, 5), "Rancangan SP", "065"],
            [f"03-03-{LAST} 10:00", "Inspektorat", "700/3", f"02-03-{LAST}", "", "700"],
        ],
    )
    good = workbook(
        tmp_path / "benar.xlsx",
        [
            [datetime(LAST, 3, 2, 9), "Dinas Kesehatan", "440/2", date(LAST, 3, 1), "Rancangan SP", "065"],
            [f"01-03-{LAST} 08:30", "Bappeda", "050/1", f"28-02-{LAST}", "Laporan triwulan", "050"],
        ],
    )
    chosen = [bad]
    monkeypatch.setattr(files, "run_dialog", lambda dialog: str(chosen[0]))
    window, page = open_agenda(qtbot, sqlite_db, ui_actors["staf"], tmp_path)

    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = visible(ImportDialog)
    assert not dialog.check_button.isEnabled() and not dialog.run_button.isEnabled()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy, timeout=5000)
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == ["Surat Masuk", "Rekap"]
    assert dialog.preview_table.rowCount() == 3
    # Known headers are mapped already; the sender's column is not.
    assert dialog.columns["received_at"].currentText() == "A — Tanggal Terima"
    assert dialog.columns["perihal"].currentData() == 4
    assert dialog.columns["asal"].currentData() is None

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.summary.text() == "Pilih kolom untuk Asal Surat."
    assert not dialog.run_button.isEnabled()

    dialog.columns["asal"].setCurrentIndex(dialog.columns["asal"].findData(1))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy, timeout=5000)
    table = dialog.report_table
    assert [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())] == [
        ["3", "", "D — Tanggal Surat", "Tanggal surat tidak boleh sesudah tanggal terima."],
        ["4", "", "E — Perihal", "Perihal wajib diisi."],
    ]
    assert dialog.summary.text() == (
        "2 kesalahan pada 2 baris dari 3 (Perihal 1, Tanggal Surat 1): tidak ada yang diimpor. Perbaiki buku "
        "kerja (atau pemetaan, aturan kata), lalu Periksa."
    )
    assert dialog.preview_table.item(1, 1).text() == f"02-03-{LAST} 09:00"  # as mapped: Baris, Tanggal Terima, …
    assert not dialog.run_button.isEnabled()
    assert read.agenda_ids(sqlite_db, page.model.query) == []

    chosen[0] = good
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy, timeout=5000)
    dialog.columns["asal"].setCurrentIndex(dialog.columns["asal"].findData(1))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled(), timeout=5000)
    assert dialog.report_table.rowCount() == 0
    assert dialog.summary.text() == "2 surat lolos pemeriksaan dan siap diimpor."
    dialog.defaults["keterangan"].setText("impor buku lama")  # a change asks for a new check
    assert not dialog.run_button.isEnabled()
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled(), timeout=5000)

    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)
    assert dialog.report is not None
    assert dialog.report.numbers == (f"065/002-Org/{LAST}", f"050/001-Org/{LAST}")  # numbered in order of receipt
    assert page.model.rowCount() == 2
    assert {page.model.record(r).keterangan for r in range(2)} == {"impor buku lama"}
    assert window.statusBar().currentMessage() == "2 surat diimpor dari Excel."


def test_ctrl_e_exports_the_filtered_view(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    staf = ui_actors["staf"]
    for day, perihal in ((2, "Laporan maklumat"), (3, "Undangan rapat"), (4, "Maklumat pelayanan")):
        agenda.register_letter(
            sqlite_db,
            staf,
            LetterInput(datetime(LAST, 5, day, 9), "Bappeda", f"050/{day}", date(LAST, 5, day), perihal, kode="050"),
        )
    asked: list[str] = []

    def save_as(dialog):
        asked.append(dialog.selectedFiles()[0].rsplit("/", 1)[-1])
        return str(tmp_path / "maklumat")

    monkeypatch.setattr(files, "run_dialog", save_as)
    window, page = open_agenda(qtbot, sqlite_db, staf, tmp_path)
    page.year.setCurrentIndex(page.year.findData(LAST))
    qtbot.keyClicks(page.search, "maklumat")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)

    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    target = tmp_path / "maklumat.xlsx"
    qtbot.waitUntil(lambda: "diekspor" in window.statusBar().currentMessage(), timeout=10000)
    assert asked == [f"Buku Agenda {LAST}.xlsx"]
    assert window.statusBar().currentMessage() == f"2 surat diekspor ke {target}"
    assert not (tmp_path / "maklumat.xlsx.partial").exists()
    ws = load_workbook(target).active
    assert ws is not None
    assert [ws.cell(r, 6).value for r in (2, 3)] == ["Maklumat pelayanan", "Laporan maklumat"]  # as on screen
    assert ws.max_row == 3
    assert read.audit_events(sqlite_db, limit=1)[0].action == "agenda.export"


def test_who_may_not_register_mail_cannot_import(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    _window, page = open_agenda(qtbot, sqlite_db, ui_actors["pimpinan"], tmp_path)
    assert not page.import_button.isEnabled()
    assert page.import_excel() is None
    assert page.export_button.isEnabled()  # reading (and exporting) is for everyone


def test_a_clerks_book_imports_whole_with_a_default_kode_and_her_meaning_of_an_old_word(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from sopdesk.domain.agenda import AgendaQuery
    from tests.unit.agenda_books import kept_book

    book = kept_book(LAST).xlsx(tmp_path / "agenda.xlsx")
    monkeypatch.setattr(files, "run_dialog", lambda dialog: str(book))
    window, page = open_agenda(qtbot, sqlite_db, ui_actors["staf"], tmp_path)
    dialog = page.import_excel()
    assert dialog is not None
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy, timeout=5000)
    assert dialog.header_label.text() == "Judul kolom di baris 4; data mulai baris 5."
    assert dialog.columns["seq"].currentText() == "A — NO" and dialog.columns["sifat"].currentData() == 6

    # The clerk's own reading of "Penting", and one kode for the rows without one.
    words = dialog.rules()
    assert ("Penting", "Segera") in [(r.word, r.target) for r in words]
    row = [r.word for r in words].index("Penting")
    target = dialog.words.cellWidget(row, 1)
    target.setCurrentIndex(target.findData("Biasa"))
    dialog.default_kode.setCurrentIndex(dialog.default_kode.findData("065"))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled(), timeout=10000)
    assert dialog.summary.text().splitlines() == [
        "8 surat lolos pemeriksaan dan siap diimpor.",
        "5 baris bukan surat dilewati (judul, jumlah, baris kosong bernomor).",
    ]
    skipped = [dialog.report_table.item(r, 0).text() for r in range(dialog.report_table.rowCount())]
    assert skipped == ["5", "6", "13", "14", "16"]

    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=10000)
    assert window.statusBar().currentMessage() == "8 surat diimpor dari Excel."
    saved = {r.seq: r for r in read.letters(sqlite_db, read.agenda_ids(sqlite_db, AgendaQuery())).values()}
    assert saved[4].number == f"065/004-Org/{LAST}" and saved[4].urgensi.value == "Biasa"
    assert saved[4].keterangan == "Sifat di buku asal: Penting"
    qtbot.waitUntil(lambda: page.model.rowCount() == 8, timeout=5000)


def test_the_check_shows_its_progress_and_batal_or_esc_stops_it(qtbot, sqlite_db: Database, ui_actors, tmp_path):
    from sopdesk.services.excel import import_agenda

    staf = ui_actors["staf"]
    rows = [[datetime(LAST, 4, 1, 9), "Bappeda", f"050/{i}", date(LAST, 4, 1), "Laporan", "050"] for i in range(1500)]
    path = workbook(tmp_path / "banyak.xlsx", rows)
    started = []

    def check(path, mapping, progress, cancel):
        started.append(True)
        cancel.wait(10)  # held until the clerk presses Batal (or Esc)
        return import_agenda(sqlite_db, staf, path, mapping, dry_run=True, progress=progress, cancel=cancel)

    dialog = ImportDialog(check, check, None, [("050", "Perencanaan")])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy, timeout=5000)
    dialog.columns["asal"].setCurrentIndex(dialog.columns["asal"].findData(1))
    for stop in ("button", "escape"):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.busy and dialog.progress.isVisible(), timeout=5000)
        assert dialog.cancel_button.isVisible() and not dialog.close_button.isEnabled()
        if stop == "button":
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc stops the work; the dialog stays
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
        assert dialog.isVisible()
        assert dialog.summary.text() == "Impor dibatalkan. Tidak ada surat yang ditulis."
        assert not dialog.progress.isVisible() and not dialog.run_button.isEnabled()
    assert read.agenda_ids(sqlite_db, page_query()) == []


def page_query():
    from sopdesk.domain.agenda import AgendaQuery

    return AgendaQuery()
