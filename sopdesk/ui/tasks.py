"""Background work: the GUI thread never waits. Results come back by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives in the GUI thread; a queued signal carries the worker's result home."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            self._send(self.relay.failed, exc)
        else:
            self._send(self.relay.done, result)

    @staticmethod
    def _send(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # whoever asked was closed meanwhile (a page of a window being shut): drop it


class BackgroundTask(QObject):
    """Run ``fn`` on the shared thread pool and call back on the GUI thread."""

    finished = Signal(object)
    error = Signal(object)

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._job = _Job(fn, self._relay)
        self._job.setAutoDelete(False)
        self.running = False

    def start(self) -> None:
        self.running = True
        QThreadPool.globalInstance().start(self._job)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self.running = False
        self.finished.emit(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.running = False
        self.error.emit(exc)
