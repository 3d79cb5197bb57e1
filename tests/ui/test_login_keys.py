"""The login window and the user's own session: Enter is never lost while the database
opens, Berkas › Ganti Pengguna goes back to the login window, and each user comes back to
their own last page (issue 14)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sopdesk.app import Startup
from sopdesk.paths import Paths
from sopdesk.services.setup import initialise
from sopdesk.store.database import Database
from sopdesk.ui.login import FirstRunDialog, LoginDialog
from sopdesk.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD, PASSWORD, make_users
from tests.ui.conftest import closed, settle


@pytest.fixture
def office_file(tmp_path: Path) -> Path:
    target = tmp_path / "office.sqlite3"
    db = Database.connect(str(target))
    initialise(db, None)
    make_users(db)
    db.dispose()
    return target


@pytest.fixture
def no_quit(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The real quit would end every later event loop of the test session."""
    quits: list[str] = []
    monkeypatch.setattr(Startup, "_quit", lambda self: quits.append("quit"))
    return quits


def close_all(startup: Startup) -> None:
    if startup.window is not None:
        startup.window.close()
    if startup.db is not None:
        startup.db.dispose()


def log_in(qtbot, startup: Startup, username: str, password: str) -> MainWindow:
    dialog = startup.dialog
    assert isinstance(dialog, LoginDialog)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=20000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (dialog.username, dialog.password), timeout=5000)
    dialog.username.setFocus()
    dialog.username.selectAll()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    assert dialog.password.hasFocus()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: startup.window is not None and startup.window.actor.username == username, timeout=20000)
    window = startup.window
    assert window is not None  # closed by close_all: a switched-away window is released
    return window


def test_enter_pressed_while_the_database_opens_logs_in_once_it_is_open(
    qtbot, office_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_quit
) -> None:
    opened = threading.Event()
    real_open = Startup._open_database

    def slow_open(self: Startup):
        assert opened.wait(20)
        return real_open(self)

    monkeypatch.setattr(Startup, "_open_database", slow_open)
    startup = Startup(QApplication.instance(), Paths(tmp_path / "data"), str(office_file))
    dialog = startup.dialog
    assert isinstance(dialog, LoginDialog)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.username.hasFocus, timeout=5000)  # the login window takes the keys
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    assert not dialog.ok_button.isEnabled()  # the database is not open yet...
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # ...and Enter is pressed anyway
    assert dialog.queued
    assert dialog.status.text() == "Membuka basis data… Anda masuk begitu siap."
    opened.set()
    qtbot.waitUntil(lambda: startup.window is not None, timeout=20000)
    qtbot.addWidget(startup.window)
    assert startup.window.actor.username == "admin"
    assert not no_quit
    close_all(startup)


def test_switching_user_goes_back_to_the_login_and_each_user_opens_on_their_own_page(
    qtbot, office_file: Path, tmp_path: Path, no_quit
) -> None:
    startup = Startup(QApplication.instance(), Paths(tmp_path / "data"), str(office_file))
    qtbot.addWidget(startup.dialog)
    staf = log_in(qtbot, startup, "staf", PASSWORD)
    assert staf.nav.currentRow() == 0  # first time: Beranda
    staf.nav.setCurrentRow(1)  # she works in the agenda

    action = staf.findChild(type(staf.switch_user_action), "action_switch_user")
    assert action.text() == "Ganti Pengg&una…"
    action.trigger()
    settle(qtbot)
    login = startup.dialog
    assert isinstance(login, LoginDialog) and login.isVisible()
    assert startup.window is None
    qtbot.waitUntil(lambda: closed(staf), timeout=5000)
    assert login.ok_button.isEnabled()  # the database stayed open: no wait
    assert not no_quit  # closing her window did not end SOPDesk

    kabag = log_in(qtbot, startup, "kabag", PASSWORD)
    assert kabag.nav.currentRow() == 0  # the Kabag's own last page, not the clerk's
    kabag.nav.setCurrentRow(2)
    kabag.request_switch_user()
    settle(qtbot)
    again = log_in(qtbot, startup, "staf", PASSWORD)
    assert again.nav.currentRow() == 1  # hers again
    close_all(startup)


def test_the_first_run_form_asks_before_esc_throws_the_typing_away(qtbot, tmp_path: Path, no_quit) -> None:
    target = tmp_path / "data" / "sopdesk.sqlite3"
    startup = Startup(QApplication.instance(), Paths(tmp_path / "data"), str(target))
    dialog = startup.dialog
    assert isinstance(dialog, FirstRunDialog)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=20000)
    qtbot.waitUntil(dialog.nama.hasFocus, timeout=5000)
    qtbot.keyClicks(dialog.nama, "Rina Marlina")
    qtbot.keyClick(dialog.nama, Qt.Key.Key_Escape)
    question = dialog.findChild(QMessageBox, "discard_question")
    assert question is not None and question.isVisible()
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(question), timeout=5000)
    assert dialog.isVisible() and dialog.nama.text() == "Rina Marlina" and not no_quit
    close_all(startup)
