"""A new disposition reaches the user on a desktop without a system tray (plain GNOME): through
the desktop's notification service on the session bus, with a click that opens it; the status
bar says it too; the window never waits on D-Bus. Against a real bus (dbus-daemon) and a
notification service as strict about types as a desktop's (tests/desktop.py)."""

from __future__ import annotations

import itertools
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef
from sopdesk.services import disposition as disp
from sopdesk.store.database import Database
from sopdesk.ui import notify
from sopdesk.ui.main_window import MainWindow
from tests.desktop import NotificationService, SessionBus
from tests.office import Office, make_office


@pytest.fixture
def office(sqlite_db: Database) -> Office:
    return make_office(sqlite_db)


@pytest.fixture
def bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[SessionBus]:
    with SessionBus() as session:
        monkeypatch.setattr(notify, "session_bus", lambda: session.address)
        yield session


def kasubag_window(qtbot, office: Office, tmp_path: Path) -> MainWindow:
    window = MainWindow(office.db, office.actors["kasubag"], tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.watching)
    return window


def write_to_kasubag(office: Office, letter: int = 0) -> int:
    k = office.kasubag
    ref = RecipientRef(RecipientKind.OFFICIAL, k.id, k.nama, k.jabatan)
    return disp.write_disposition(office.db, office.actors["kabag"], DispositionInput(office.letters[letter].id, (ref,), ("Proses",))).id


def test_without_a_tray_a_new_disposition_is_a_desktop_notification_and_its_click_opens_it(
    qtbot, office: Office, tmp_path: Path, bus: SessionBus
):
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: no tray, as on plain GNOME
    with NotificationService(bus.address, tmp_path / "notifikasi.jsonl") as service:
        window = kasubag_window(qtbot, office, tmp_path)
        disposition_id = write_to_kasubag(office)  # by the Kabag, on another seat
        with qtbot.waitSignal(window.notifier.delivered, timeout=10000) as delivered:
            pass  # heard by the window's change feed within about a second
        assert "Disposisi baru" in window.statusBar().currentMessage()  # the status bar too
        assert delivered.args == ["dbus"] and window.notifier.channel == "dbus"
        (sent,) = service.wait_for(1)
        letter = office.letters[0]
        assert sent["app_name"] == "SOPDesk" and sent["replaces_id"] == 0
        assert sent["summary"] == "Disposisi baru"
        assert letter.number in str(sent["body"]) and letter.perihal in str(sent["body"])
        assert sent["actions"][:1] == ["default"]  # type: ignore[index]
        assert sent["hints"] == {"desktop-entry": "sopdesk"}

        assert window.notifier.listener is not None and window.notifier.listener.wait_ready()
        window.nav.setCurrentRow(0)  # the user is elsewhere; a click on the notification...
        with qtbot.waitSignal(window.notifier.clicked, timeout=5000):
            service.click(int(sent["id"]))  # type: ignore[arg-type]
        assert window.nav.currentRow() == 2  # ...opens Disposisi with that disposition chosen
        assert window.disposisi.current_disposition_id() == disposition_id
        service.click(999)  # a click on someone else's notification is not ours
        qtbot.wait(300)
        window.close()


def test_with_no_notification_service_and_no_tray_the_status_bar_says_it(
    qtbot, office: Office, tmp_path: Path, bus: SessionBus
):
    window = kasubag_window(qtbot, office, tmp_path)
    write_to_kasubag(office)
    with qtbot.waitSignal(window.notifier.delivered, timeout=10000) as delivered:
        pass
    assert delivered.args == ["status"]
    assert "Disposisi baru" in window.statusBar().currentMessage()
    window.close()


def test_a_hung_bus_never_holds_the_window(qtbot, office: Office, tmp_path: Path, bus: SessionBus):
    window = kasubag_window(qtbot, office, tmp_path)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    os.kill(bus.process.pid, signal.SIGSTOP)  # the bus daemon answers nothing
    try:
        write_to_kasubag(office)
        with qtbot.waitSignal(window.disposition_alert, timeout=10000):
            pass
        assert "Disposisi baru" in window.statusBar().currentMessage()
        qtbot.wait(2000)  # the notification waits on the bus meanwhile; the window does not
        assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.5
    finally:
        os.kill(bus.process.pid, signal.SIGCONT)
        timer.stop()
    with qtbot.waitSignal(window.notifier.delivered, timeout=30000):
        pass  # then, the bus back (with no service on it), the status bar remains
    window.close()
