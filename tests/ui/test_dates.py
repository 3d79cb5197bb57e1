"""Date fields take what the clerk types, refuse an impossible date, and let Tab leave them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from sopdesk.domain.agenda import AgendaQuery
from sopdesk.services import read
from sopdesk.store.database import Database
from sopdesk.ui.agenda import LetterDialog
from sopdesk.ui.dates import DateField, DateTimeField
from tests.ui.conftest import closed
from tests.ui.test_agenda import open_agenda, settle, visible


def _form(qtbot, field: QWidget) -> tuple[QWidget, QLineEdit, QLineEdit]:
    form = QWidget()
    before, after = QLineEdit(), QLineEdit()
    box = QVBoxLayout(form)
    for widget in (before, field, after):
        box.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form, timeout=3000)
    return form, before, after


def test_typed_dates_in_every_way_a_clerk_writes_them(qtbot):
    field = DateTimeField()
    form = _form(qtbot, field)
    for typed, kept in (
        ("30112026 1405", "30-11-2026 14:05"),
        ("30-11-2026 14.05", "30-11-2026 14:05"),
        ("30/11/26 14:05", "30-11-2026 14:05"),
        ("1 Des 2026 0930", "01-12-2026 09:30"),
        ("30112026", "30-11-2026 00:00"),
    ):
        field.line.setFocus()
        field.line.clear()
        qtbot.keyClicks(field.line, typed)
        qtbot.keyClick(field.line, Qt.Key.Key_Tab)
        assert field.text() == kept, typed
    assert field.value() == datetime(2026, 11, 30, 0, 0)
    form[0].close()


def test_an_impossible_date_is_refused_next_to_the_field_never_moved(qtbot):
    field = DateField(date(2026, 2, 1))
    _keep = _form(qtbot, field)
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, "31-02-2026")
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)
    assert field.text() == "31-02-2026"  # as typed, not 28-02-2026
    assert field.message.isVisible()
    assert field.message.text() == "Tanggal '31-02-2026' tidak ada: Februari 2026 hanya sampai tanggal 28."
    qtbot.keyClicks(field.line, "x")  # typing again takes the message away
    assert not field.message.isVisible()


def test_tab_leaves_the_field_and_shift_tab_comes_back(qtbot):
    field = DateTimeField(datetime(2026, 11, 30, 14, 5))
    _form_widget, before, after = _form(qtbot, field)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field.line
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)  # not into day, month, year: out of the field
    assert QApplication.focusWidget() is after
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is field.line
    qtbot.keyClicks(field.line, "x")
    assert field.text().endswith("x")  # Shift+Tab and typing never turns into the year 4513


def test_the_calendar_is_there_for_the_mouse(qtbot):
    field = DateTimeField(datetime(2026, 11, 30, 14, 5))
    _keep = _form(qtbot, field)
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    assert field.calendar.selectedDate() == QDate(2026, 11, 30)
    assert field.calendar.isVisible()
    field.calendar.clicked.emit(QDate(2026, 11, 27))
    assert field.text() == "27-11-2026 14:05"  # the day changes, the time stays
    assert not field.calendar.isVisible()
    assert field.button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_letter_received_30112026_1405_is_stored_as_typed_and_31_02_refused(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
):
    _window, page = open_agenda(qtbot, sqlite_db, ui_actors["staf"], tmp_path)
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = visible(LetterDialog)
    dialog.print_receipt.setChecked(False)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    dialog.received.setFocus()
    dialog.received.line.selectAll()
    qtbot.keyClicks(dialog.received.line, "30112026 1405")
    qtbot.keyClick(dialog.received.line, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.asal  # Tab left the date for the next field
    qtbot.keyClicks(dialog.asal, "Dinas Kesehatan")
    qtbot.keyClicks(dialog.nomor, "440/9/Dinkes")
    dialog.dated.line.selectAll()
    qtbot.keyClicks(dialog.dated.line, "31-02-2026")
    qtbot.keyClicks(dialog.perihal, "Penyampaian rancangan SP")
    dialog.kode.setCurrentIndex(dialog.kode.findData("065"))
    qtbot.keyClick(dialog.perihal, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.isVisible()
    assert (
        dialog.errors.text("tanggal_surat") == "Tanggal '31-02-2026' tidak ada: Februari 2026 hanya sampai tanggal 28."
    )
    assert read.agenda_ids(sqlite_db, AgendaQuery()) == []

    dialog.dated.line.selectAll()
    qtbot.keyClicks(dialog.dated.line, "27-11-2026")
    qtbot.keyClick(dialog.perihal, Qt.Key.Key_Return)
    settle(qtbot)
    assert closed(dialog)
    (saved,) = read.letters(sqlite_db, read.agenda_ids(sqlite_db, AgendaQuery())).values()
    assert saved.received_at == datetime(2026, 11, 30, 14, 5)  # as typed, not moved to "now"
    assert saved.tanggal_surat == date(2026, 11, 27)
