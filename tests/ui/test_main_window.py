"""The main window as each role sees it: navigation, menus, settings, backup, state."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sopdesk.domain.records import Actor
from sopdesk.services import read
from sopdesk.store.database import Database
from sopdesk.ui.dialogs import OfficialDialog, OpdDialog
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.models import Column, RecordTableModel
from tests.ui.conftest import closed, settle


def open_window(qtbot, db: Database, actor: Actor, tmp_path: Path) -> MainWindow:
    window = MainWindow(db, actor, tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.home.ready, timeout=10000)
    return window


def nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def menu_texts(window: MainWindow) -> dict[str, list[str]]:
    return {
        m.title(): [a.text() for a in m.actions() if not a.isSeparator()]
        for m in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
    }


def test_navigation_menus_and_status_bar(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path) -> None:
    window = open_window(qtbot, sqlite_db, ui_actors["admin"], tmp_path)
    assert nav_titles(window) == ["Beranda", "Agenda", "Disposisi", "Berkas SP", "Laporan", "Pengaturan"]
    menus = menu_texts(window)
    assert menus["&Berkas"] == [
        "&Cetak…",
        "&Pratinjau Cetak…",
        "&Ekspor PDF…",
        "Cetak &Lembar Disposisi Kosong…",
        "Cetak Kartu Pe&nerus Disposisi…",
        "Periksa &Keaslian Cetakan…",
        "Ca&dangkan Basis Data…",
        "&Ganti Kata Sandi…",
        "Ganti Pengg&una…",
        "&Keluar",
    ]
    assert menus["Ban&tuan"] == ["&Dokumen SOP", "&Tentang SOPDesk"]
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    assert window.role_label.text() == "Peran: Administrator"
    assert "42,5 hari kerja" in window.home.sop.text()
    assert "Kepala Bagian Organisasi" in window.home.notices.text()

    window.nav.setCurrentRow(5)
    assert window.stack.currentWidget() is window.settings_page
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is window.agenda
    window.nav.setCurrentRow(2)
    assert window.stack.currentWidget() is window.disposisi
    window.nav.setCurrentRow(3)
    assert window.stack.currentWidget() is window.cases_page


def test_read_only_role_cannot_edit_master_data(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path) -> None:
    window = open_window(qtbot, sqlite_db, ui_actors["pimpinan"], tmp_path)
    page = window.settings_page
    for tab in (page.opd, page.codes, page.officials, page.users):
        assert not tab.add_button.isEnabled()
        assert not tab.edit_button.isEnabled()
    assert not window.backup_action.isEnabled()
    assert page.opd.model.rowCount() == 62


def test_adding_an_opd_shows_errors_next_to_the_field_then_saves(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
) -> None:
    window = open_window(qtbot, sqlite_db, ui_actors["admin"], tmp_path)
    page = window.settings_page
    before_events = read.summary(sqlite_db).audit_events
    qtbot.mouseClick(page.opd.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, OpdDialog) and w.isVisible())
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.isVisible()
    assert dialog.errors.text("nama") == "Nama OPD wajib diisi."

    qtbot.keyClicks(dialog.nama, "Kecamatan   Pasar  Kemis")  # an OPD that already exists
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.isVisible()
    assert "sudah ada" in dialog.status.text()

    dialog.nama.setText("Dinas Pemadam Kebakaran dan Penyelamatan")
    dialog.singkatan.setText("Damkar")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert closed(dialog)
    names = [page.opd.model.record(r).nama for r in range(page.opd.model.rowCount())]
    assert "Dinas Pemadam Kebakaran dan Penyelamatan" in names
    qtbot.waitUntil(lambda: window.home.admin_tiles["opd"].value.text() == "63", timeout=10000)
    assert read.summary(sqlite_db).audit_events == before_events + 1
    audit = page.audit.model.record(0)
    assert audit.action == "opd.create" and audit.actor == "admin"


def test_completing_an_official_clears_the_home_notice(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path) -> None:
    window = open_window(qtbot, sqlite_db, ui_actors["admin"], tmp_path)
    page = window.settings_page
    row = next(r for r in range(page.officials.model.rowCount()) if page.officials.model.record(r).lane == "kabag")
    page.officials.view.selectRow(row)
    qtbot.mouseClick(page.officials.edit_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, OfficialDialog) and w.isVisible())
    qtbot.keyClicks(dialog.nama, "Rina Marlina, S.Sos, M.Si")
    qtbot.keyClicks(dialog.nip, "1975031520001220")  # two digits short
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.errors.text("nip") == "NIP harus 18 angka."
    qtbot.keyClicks(dialog.nip, "03")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert closed(dialog)
    kabag = next(o for o in read.officials(sqlite_db) if o.lane == "kabag")
    assert (kabag.nama, kabag.nip) == ("Rina Marlina, S.Sos, M.Si", "197503152000122003")
    qtbot.waitUntil(lambda: "Kepala Bagian Organisasi" not in window.home.notices.text(), timeout=10000)


def test_backup_runs_in_the_background_and_the_copy_is_complete(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
) -> None:
    window = open_window(qtbot, sqlite_db, ui_actors["admin"], tmp_path)
    out = tmp_path / "cadangan" / "salinan.sqlite3"
    with qtbot.waitSignal(window.start_backup(out).finished, timeout=20000):
        pass
    assert "Cadangan selesai" in window.statusBar().currentMessage()
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT count(*) FROM app_user").fetchone()[0] == 5
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert read.audit_events(sqlite_db, limit=1)[0].action == "database.backup"


def test_window_state_and_page_are_remembered(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path) -> None:
    window = open_window(qtbot, sqlite_db, ui_actors["admin"], tmp_path)
    window.resize(1000, 650)
    window.nav.setCurrentRow(5)
    window.close()
    again = open_window(qtbot, sqlite_db, ui_actors["admin"], tmp_path)
    assert again.nav.currentRow() == 5
    assert again.stack.currentWidget() is again.settings_page
    # The offscreen screen is narrow, so only the height survives its clamping unchanged.
    assert again.size().height() == 650


def test_record_model_passes_the_model_tester(qtmodeltester, sqlite_db: Database) -> None:
    model = RecordTableModel([Column("Nama", lambda r: r.nama), Column("Aktif", lambda r: r.active)])
    model.set_records(read.opd_list(sqlite_db))
    qtmodeltester.check(model)
    assert model.rowCount() == 62


@pytest.mark.pg
def test_the_status_bar_never_shows_the_database_password(qtbot, pg_url: str, tmp_path: Path) -> None:
    from sopdesk.services.setup import initialise
    from tests.conftest import make_users

    secret = "RahasiaServer9"  # the test server takes any password
    url = pg_url.replace("postgresql://postgres@", f"postgresql://postgres:{secret}@") + f"?password={secret}"
    db = Database.connect(url)
    try:
        initialise(db, None)
        window = MainWindow(db, make_users(db)["admin"], tmp_path / "backups")
        qtbot.addWidget(window)
        shown = window.db_label.text()
        assert secret not in shown and "postgres:***@" in shown and "password=***" in shown
        window.close()
    finally:
        db.dispose()
