"""Small agenda items (issue 14): a correction is no repeat of itself; a voided letter says so."""

from __future__ import annotations

from pathlib import Path

from sopdesk.services import agenda
from sopdesk.store.database import Database
from tests.ui.test_agenda import add, open_agenda


def test_a_correction_does_not_warn_that_the_letter_repeats_itself(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
):
    staf = ui_actors["staf"]
    first = add(sqlite_db, staf, 20, "Rancangan SP", nomor="440/7")
    _window, page = open_agenda(qtbot, sqlite_db, staf, tmp_path)
    page.select_letter(first.id)
    dialog = page.correct_selected()
    assert dialog is not None
    dialog.nomor.editingFinished.emit()
    assert not dialog.duplicate.isVisibleTo(dialog)
    dialog.reject()

    # A real repeat (the same nomor surat from the same sender, another letter) is still named.
    second = add(sqlite_db, staf, 21, "Rancangan SP (kiriman ulang)", nomor="440/7")
    page.apply_filters()
    page.select_letter(second.id)
    dialog = page.correct_selected()
    assert dialog is not None
    dialog.nomor.editingFinished.emit()
    assert dialog.duplicate.isVisibleTo(dialog)
    assert first.number in dialog.duplicate.text() and second.number not in dialog.duplicate.text()
    dialog.reject()


def test_a_voided_letter_says_dibatalkan_and_the_status_filter_finds_it(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
):
    staf = ui_actors["staf"]
    kept = add(sqlite_db, staf, 20, "Rancangan SP")
    mistaken = add(sqlite_db, staf, 21, "Salah catat")
    agenda.void_letter(sqlite_db, ui_actors["admin"], mistaken.id, "Tercatat dua kali")
    _window, page = open_agenda(qtbot, sqlite_db, staf, tmp_path)
    page.select_letter(mistaken.id)
    assert "<b>Status:</b> dibatalkan" in page.detail.text()
    assert "belum didisposisi" not in page.detail.text()

    page.status.setCurrentIndex(page.status.findText("dibatalkan"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.record(0).id == mistaken.id
    page.status.setCurrentIndex(page.status.findText("belum didisposisi"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.record(0).id == kept.id
