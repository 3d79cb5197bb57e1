"""The window's ear on the change feed: a thread that polls, so the GUI thread never waits.

Every half second the thread asks the store's :class:`~sopdesk.store.feed.ChangeFeed` what the
other seats (and this seat's background jobs) wrote, runs the window's follow-up reads there too
(``extra``: new dispositions for the user, the inbox count, the user's own account), and sends
both home by a queued signal. A poll that hangs (a stopped or unreachable server) holds only
this thread; the window notices within ``STALL_MS`` and says so until it answers again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from sopdesk.domain.errors import DomainError
from sopdesk.store.database import Database

POLL_S = 0.5
STALL_MS = 8000  # the user hears of a database that does not answer within 10 s


class SeatFeed(QObject):
    """``arrived(items, extra)`` per batch; ``trouble(message)`` while the database cannot be
    read ("" once it answers again)."""

    arrived = Signal(object, object)
    trouble = Signal(str)
    _failed = Signal(str)

    def __init__(
        self,
        db: Database,
        extra: Callable[[list[Any]], object] | None = None,
        parent: QObject | None = None,
        interval_s: float = POLL_S,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._extra = extra
        self._interval = interval_s
        self._stop = threading.Event()
        self._poll_started: float | None = None
        self._failing = ""
        self._shown = ""
        self._feed = db.change_feed()  # marks "now": what is written from here on is heard
        self._thread = threading.Thread(target=self._run, name="sopdesk-feed", daemon=True)
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(1000)
        self._watchdog.timeout.connect(self._check_stall)
        self._failed.connect(self._on_failed)

    def start(self) -> None:
        self._thread.start()
        self._watchdog.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, wait_s: float = 2.0) -> None:
        """Stop polling; a poll stuck on a dead server is left to die with the process."""
        self._stop.set()
        self._watchdog.stop()
        if self._thread.is_alive():
            self._thread.join(wait_s)
        if not self._thread.is_alive():
            self._feed.close()

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            self._poll_started = time.monotonic()
            try:
                items = self._feed.poll()
                extra = self._extra(items) if (items and self._extra is not None) else None
            except DomainError as exc:
                self._emit(self._failed, str(exc))
                continue
            except Exception as exc:
                self._emit(self._failed, f"{type(exc).__name__}: {exc}")
                continue
            finally:
                self._poll_started = None
            if self._failing:
                self._emit(self._failed, "")
            if items:
                self._emit(self.arrived, items, extra)

    @staticmethod
    def _emit(signal: Any, *values: object) -> None:
        try:
            signal.emit(*values)
        except RuntimeError:
            pass  # the window went away meanwhile

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._failing = message
        self._check_stall()

    @Slot()
    def _check_stall(self) -> None:
        started = self._poll_started
        message = self._failing
        if not message and started is not None and (time.monotonic() - started) * 1000 >= STALL_MS:
            waited = int(time.monotonic() - started)
            message = self.tr(
                "Basis data tidak menjawab sejak %1 detik lalu. Anda dapat terus mengetik; "
                "yang disimpan menunggu sampai basis data menjawab."
            ).replace("%1", str(waited))
        if message != self._shown:
            self._shown = message
            self.trouble.emit(message)
