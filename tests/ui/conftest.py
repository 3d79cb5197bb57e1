"""UI tests drive real widgets offscreen, on a real SQLite file, with QSettings isolated."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from sopdesk.domain.records import Actor
from sopdesk.paths import resource_dir
from sopdesk.store.database import Database
from sopdesk.ui import forms
from sopdesk.ui.binding import keep_none_alive
from sopdesk.ui.tasks import GuiGarbageCollector
from tests.conftest import make_users
from tests.ui.screens import offscreen_platform

# The windows open on the screen a clerk has (1366x768), not on the plugin's default 800x600:
# every window fits its screen (ui/windows.py), so the size of the screen shapes the layouts.
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = offscreen_platform(1366, 768)


@pytest.fixture(autouse=True, scope="session")
def gui_garbage_collector(qapp) -> Iterator[None]:
    """As in the application: cyclic garbage is collected on the GUI thread only (a worker
    thread collecting a cycle that holds Qt objects crashes Qt), and None keeps a reserve of
    references against the binding's fault (ui/binding.py)."""
    keep_none_alive()
    collector = GuiGarbageCollector(qapp)
    yield
    collector.timer.stop()
    gc.enable()


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(gui_garbage_collector) -> Iterator[None]:
    yield
    gc.collect()


def settle(qtbot, timeout: int = 20000) -> None:
    """Wait until every write the UI started has come back (saves run on worker threads, as
    they do for the user) and its results have been delivered on the GUI thread."""
    from sopdesk.ui import operations

    qtbot.waitUntil(lambda: operations.running() == 0, timeout=timeout)


def closed(widget) -> bool:
    """A dialog is closed: hidden, or already released (dialogs are deleted when they close)."""
    import shiboken6

    return not shiboken6.isValid(widget) or not widget.isVisible()


def keep(qtbot, dialog):
    """Register ``dialog`` with qtbot and keep it after it closes: the application releases a
    dialog when it closes; a test that looks at one afterwards keeps it alive."""
    from PySide6.QtCore import Qt

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture(autouse=True)
def no_write_left_running(qtbot) -> Iterator[None]:
    """A test ends only when the writes it started have ended (none leaks into the next)."""
    yield
    settle(qtbot)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp) -> Iterator[None]:
    QCoreApplication.setOrganizationName("SOPDeskTest")
    QCoreApplication.setApplicationName("SOPDeskTest")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture(autouse=True)
def no_desktop_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows in tests reach no desktop's notification service, unless a test gives them its
    own bus (tests/desktop.py): nothing pops up on a developer's screen."""
    from sopdesk.ui import notify

    monkeypatch.setattr(notify, "session_bus", lambda: "unix:path=/nonexistent/sopdesk-test-no-bus")


@pytest.fixture(autouse=True)
def no_modal_file_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file dialog or a replace question that a test did not answer fails it, instead of
    waiting forever for a user offscreen."""
    from sopdesk.ui import files

    def unanswered(*_args: object) -> None:
        raise AssertionError("a file dialog or question was shown that the test does not answer")

    monkeypatch.setattr(files, "run_dialog", unanswered)
    monkeypatch.setattr(files, "confirm_replace", unanswered)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes are recorded instead of blocking the test."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(forms, "show_error", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(forms, "show_info", lambda parent, title, text: shown.append((title, text)))
    return shown


@pytest.fixture
def ui_actors(sqlite_db: Database) -> dict[str, Actor]:
    return make_users(sqlite_db)


@pytest.fixture
def in_english(qapp):
    """The English interface (as --lang en installs it), put back to Indonesian afterwards."""
    translator = QTranslator()
    assert translator.load(str(Path(resource_dir()) / "translations" / "sopdesk_en.qm"))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale("en"))
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
