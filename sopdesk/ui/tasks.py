"""Background work: the GUI thread never waits. Results come back by signal."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot


class GuiGarbageCollector(QObject):
    """Python's cyclic garbage collector, run on the GUI thread only.

    Left to itself the collector runs in whichever thread happens to allocate, a worker too;
    when a cycle holds Qt objects they are then destroyed off the GUI thread, and Qt crashes.
    So automatic collection is switched off and this timer does the same work, by the same
    thresholds, on the GUI thread (the arrangement long-lived PyQt applications use).
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        gc.disable()
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    @Slot()
    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] > self.threshold[0]:
            generation = 2 if counts[2] > self.threshold[2] else 1 if counts[1] > self.threshold[1] else 0
            gc.collect(generation)


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
    """Run ``fn`` on the shared thread pool and call back on the GUI thread.

    A task is released once it has delivered its result (``deleteLater`` after ``finished`` or
    ``error``): a day of refreshes leaves no tasks behind. Whoever keeps a reference to one
    only reads ``running`` from it afterwards (a plain attribute, safe after the release)."""

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
        try:
            self.finished.emit(result)
        finally:
            self._release()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.running = False
        try:
            self.error.emit(exc)
        finally:
            self._release()

    def _release(self) -> None:
        self._job.fn = _done  # the closure (and what it holds) goes now, not with the task
        self.deleteLater()


def _done() -> None:
    return None
