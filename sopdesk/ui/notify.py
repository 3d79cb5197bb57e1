"""Telling the user something happened while they looked elsewhere (a new disposition).

Three channels, best first:
- the desktop's notification service (``org.freedesktop.Notifications`` on the session bus:
  GNOME, KDE, XFCE, a notification daemon), which needs no system tray: a plain GNOME desktop
  has none. The notification carries the action "default", so a click on it opens what it was
  about (the service says so with ``ActionInvoked``);
- the system tray's balloon, where there is a tray but no such service (Windows, a desktop
  without a notification daemon);
- the window's status bar, always.

The window never waits on D-Bus: connecting to the bus, asking the service and sending go to a
worker thread, and a thread of its own listens for clicks; only their answers come back (the
tray balloon is shown then, when the service is not there). A bus that hangs holds those
threads, never the window.

Why jeepney (pure Python) and not QtDBus: the specification wants ``Notify(susssasa{sv}i)``, and
PySide6 sends a Python int as ``int32`` (strict services refuse the call); the one QtDBus way to
send a ``uint32`` (invoking the introspected interface's method) blocks inside Qt while holding
Python's interpreter lock, which freezes the window as surely as calling it on the GUI thread.
jeepney writes any D-Bus type and waits on plain sockets, which let the window run.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from sopdesk.ui.tasks import BackgroundTask

STATUS_MS = 30000
BALLOON_MS = 15000
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
CALL_TIMEOUT_S = 5.0
RETRY_S = 60.0  # after the service was found missing, how long before asking again
APP_NAME = "SOPDesk"


def session_bus() -> str:
    """The session bus's address for jeepney ("SESSION": the desktop's; tests give their own)."""
    return "SESSION"


def bus_possible() -> bool:
    """Whether a session bus may exist here at all (not on Windows or macOS)."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


class NoService(Exception):
    """No notification service answered on the session bus."""


def _connect(bus: str) -> Any:
    try:
        from jeepney.io.blocking import open_dbus_connection
    except ImportError as exc:  # a build without it: the tray and the status bar remain
        raise NoService(str(exc)) from None
    try:
        return open_dbus_connection(bus=bus, auth_timeout=CALL_TIMEOUT_S)
    except (OSError, KeyError, ValueError, TimeoutError) as exc:  # no bus, no address, no answer
        raise NoService(str(exc) or type(exc).__name__) from None


def send_on_bus(bus: str, title: str, text: str, icon: str) -> int:
    """``Notify`` on the bus (blocking: runs on a worker). Returns the notification's id."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.wrappers import DBusErrorResponse, unwrap_msg

    connection = _connect(bus)
    try:
        address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        message = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            (
                APP_NAME,
                0,  # replaces nothing
                icon,
                title,
                text,
                ["default", "Buka"],  # a click on the notification is "default"
                {"desktop-entry": ("s", "sopdesk")},
                -1,  # the service's own timeout
            ),
        )
        try:
            reply = connection.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)
            (notification_id,) = unwrap_msg(reply)
        except (DBusErrorResponse, OSError, TimeoutError, ValueError) as exc:
            raise NoService(str(exc) or type(exc).__name__) from None
        return int(notification_id)
    finally:
        connection.close()


class ClickListener:
    """A thread with a bus connection of its own that hears ``ActionInvoked`` and hands each
    ``(id, action)`` to ``deliver`` (which must be thread-safe: a queued Qt signal)."""

    def __init__(self, bus: str, deliver: Callable[[int, str], None]) -> None:
        self._bus = bus
        self._deliver = deliver
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sopdesk-notify-clicks", daemon=True)
        self._thread.start()

    def wait_ready(self, timeout: float = CALL_TIMEOUT_S) -> bool:
        return self._ready.wait(timeout)

    def _run(self) -> None:
        from jeepney import MatchRule, message_bus
        from jeepney.wrappers import unwrap_msg

        while not self._stop.is_set():
            try:
                connection = _connect(self._bus)
            except NoService:
                self._stop.wait(RETRY_S)
                continue
            rule = MatchRule(type="signal", interface=INTERFACE, member="ActionInvoked", path=PATH)
            try:
                unwrap_msg(connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S))
                with connection.filter(rule) as queue:
                    self._ready.set()
                    while not self._stop.is_set():
                        try:
                            signal = connection.recv_until_filtered(queue, timeout=0.5)
                        except TimeoutError:
                            continue
                        notification_id, action = signal.body[:2]
                        self._deliver(int(notification_id), str(action))
            except Exception:  # the bus went away: connect again after a pause
                self._stop.wait(1.0)
            finally:
                connection.close()

    def stop(self) -> None:
        self._stop.set()


class _Clicks(QObject):
    """Lives on the GUI thread; the listener's thread emits, the slot runs here (queued)."""

    invoked = Signal(int, str)


class Notifier(QObject):
    clicked = Signal()
    delivered = Signal(str)  # the channel a notification went out on: "dbus", "tray" or "status"

    def __init__(self, window: QMainWindow, bus: Callable[[], str] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._bus = bus or session_bus
        self.tray: QSystemTrayIcon | None = None
        self.last_channel = ""
        self._sent: set[int] = set()  # ids of our notifications on the bus
        self.listener: ClickListener | None = None
        self._no_service_until = 0.0 if bus is not None or bus_possible() else float("inf")
        self._jobs: list[BackgroundTask] = []
        self._clicks = _Clicks(self)
        self._clicks.invoked.connect(self._action_invoked)
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon()
            if icon.isNull():
                from PySide6.QtWidgets import QStyle  # ~4 ms to load: not before the window shows

                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip(self.tr("SOPDesk"))
            self.tray.messageClicked.connect(self._clicked)
            self.tray.activated.connect(self._clicked)
            self.tray.show()

    @property
    def channel(self) -> str:
        """How the last notification reached the user: "dbus", "tray" or "status"; before the
        first one, how the next is tried first."""
        if self.last_channel:
            return self.last_channel
        if time.monotonic() >= self._no_service_until:
            return "dbus"
        return "tray" if self.tray is not None else "status"

    def notify(self, title: str, text: str) -> None:
        self.window.statusBar().showMessage(f"{title}. {text}", STATUS_MS)
        if time.monotonic() >= self._no_service_until:
            self._send(title, text)
        else:
            self._fallback(title, text)

    def _send(self, title: str, text: str) -> None:
        bus = self._bus()
        if self.listener is None:  # clicks are heard from the first notification on
            self.listener = ClickListener(bus, self._clicks.invoked.emit)
        job = BackgroundTask(lambda: send_on_bus(bus, title, text, "sopdesk"), self)
        self._jobs.append(job)
        job.finished.connect(lambda nid: self._sent_on_bus(job, int(nid)))
        job.error.connect(lambda exc: self._not_sent(job, title, text, exc))
        job.start()

    def _done(self, job: BackgroundTask) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        job.deleteLater()

    def _sent_on_bus(self, job: BackgroundTask, notification_id: int) -> None:
        self._done(job)
        self._sent.add(notification_id)
        self.last_channel = "dbus"
        self.delivered.emit("dbus")

    def _not_sent(self, job: BackgroundTask, title: str, text: str, _exc: object) -> None:
        self._done(job)
        self._no_service_until = time.monotonic() + RETRY_S  # ask again later (a daemon may start)
        self._fallback(title, text)

    def _fallback(self, title: str, text: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, BALLOON_MS)
            self.last_channel = "tray"
        else:
            self.last_channel = "status"
        self.delivered.emit(self.last_channel)

    @Slot(int, str)
    def _action_invoked(self, notification_id: int, action: str) -> None:
        if notification_id in self._sent and action in ("default", "Buka"):
            self.clicked.emit()

    @Slot()
    def _clicked(self, *_args: object) -> None:
        self.clicked.emit()

    def close(self) -> None:
        if self.listener is not None:
            self.listener.stop()
        if self.tray is not None:
            self.tray.hide()
