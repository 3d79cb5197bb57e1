"""Every write from the UI goes through here (the design of Anki's ``aqt.operations``).

    op = Operation(parent, lambda: agenda.void_letter(db, actor, letter_id, reason))
    op.success(on_done).failure(on_refused).run(initiator=page)

The service runs on a worker thread of its own pool, so the window keeps repainting whatever
the database does. When it returns, on the GUI thread: ``success(result)`` is called, then the
change value the store collected from the commits (a typed :class:`Changes`, never made by a
page) is broadcast to every page with its ``initiator``. When it raises, ``failure(exc)`` may
handle it (a form puts field errors next to its fields and keeps what was typed) by returning
True; otherwise the runner tells the user in one Indonesian message:

- a refusal of the domain (``DomainError``: validation, permission, a stale version, a storage
  fault translated by the store) is shown as it is written;
- anything else is a defect: the user reads that the save failed and nothing half-written was
  kept (every write is one transaction), and the traceback goes to the log, not the screen.

After ``BUSY_MS`` a busy cursor and a status-bar message show; after ``SLOW_MS`` the message says
the database is slow to answer and that the save will go on when it answers (what was typed
stays in the form). The window's pages are broadcast to through :func:`hub`, which the main
window connects to; dialogs and pages never build a change value themselves.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from sopdesk.domain.changes import Changes
from sopdesk.domain.errors import AccountChanged, DomainError
from sopdesk.store.changes import recording

log = logging.getLogger(__name__)

T = TypeVar("T")

BUSY_MS = 500
SLOW_MS = 10_000

_pool: QThreadPool | None = None
_running: set[Operation[Any]] = set()


def _op_pool() -> QThreadPool:
    """A pool of its own: a write stuck on a dead server never starves the window's reads."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(8)
        _pool.setExpiryTimeout(30_000)
    return _pool


def running() -> int:
    """How many operations are in flight (tests wait for 0; the window waits before closing)."""
    return len(_running)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until the operation workers are done (closing the window; tests)."""
    return _op_pool().waitForDone(timeout_ms)


class OperationHub(QObject):
    """Where finished operations announce what they changed; the main window listens."""

    executed = Signal(object)  # Changes, with its initiator
    account_changed = Signal(object)  # AccountChanged: the user's own account was changed elsewhere
    busy = Signal(str)  # a status-bar message while an operation waits; "" when done


_hub: OperationHub | None = None


def hub() -> OperationHub:
    global _hub
    if _hub is None:
        _hub = OperationHub()
    return _hub


class _Relay(QObject):
    done = Signal(object, object)  # result, Changes
    failed = Signal(object, str)  # exception, formatted traceback


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            with recording() as ledger:
                result = self.fn()
        except BaseException as exc:
            self._send(self.relay.failed, exc, traceback.format_exc())
        else:
            self._send(self.relay.done, result, ledger.changes)

    @staticmethod
    def _send(signal: Any, *values: object) -> None:
        try:
            signal.emit(*values)
        except RuntimeError:
            pass  # the relay's parent went away (the window closed): nothing to tell


class Operation(QObject, Generic[T]):
    """One user intention that writes: run on a worker, then report on the GUI thread."""

    finished = Signal()

    def __init__(self, parent: QWidget | None, fn: Callable[[], T], *, what: str = "") -> None:
        super().__init__(parent)
        self._fn = fn
        self._what = what
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[BaseException], bool | None] | None = None
        self._initiator: object = None
        self._relay = _Relay(self)
        self._relay.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.timeout.connect(self._show_busy)
        self._slow_timer = QTimer(self)
        self._slow_timer.setSingleShot(True)
        self._slow_timer.timeout.connect(self._show_slow)
        self._cursor = False
        self.changes = Changes()
        self.result: T | None = None
        self.error: BaseException | None = None

    def success(self, callback: Callable[[T], object]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], bool | None]) -> Operation[T]:
        """``callback(exc)`` returns True when it told the user itself (e.g. next to a field)."""
        self._on_failure = callback
        return self

    def run(self, initiator: object = None) -> Operation[T]:
        self._initiator = initiator
        _running.add(self)
        self._busy_timer.start(BUSY_MS)
        self._slow_timer.start(SLOW_MS)
        job = _Job(self._fn, self._relay)
        job.setAutoDelete(True)
        _op_pool().start(job)
        return self

    # --- on the GUI thread ------------------------------------------------------------------

    def _end(self) -> None:
        self._busy_timer.stop()
        self._slow_timer.stop()
        if self._cursor:
            QApplication.restoreOverrideCursor()
            self._cursor = False
        hub().busy.emit("")
        _running.discard(self)

    @Slot()
    def _show_busy(self) -> None:
        if not self._cursor:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor = True
        hub().busy.emit(self._what or self.tr("Menyimpan…"))

    @Slot()
    def _show_slow(self) -> None:
        hub().busy.emit(
            self.tr(
                "Basis data belum menjawab setelah 10 detik. Penyimpanan menunggu dan akan selesai "
                "begitu basis data menjawab; isian Anda tetap ada."
            )
        )

    @Slot(object, object)
    def _done(self, result: T, changes: Changes) -> None:
        self._end()
        self.result = result
        self.changes = changes.with_initiator(self._initiator)
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            if changes:
                hub().executed.emit(self.changes)
            self.finished.emit()
            self.deleteLater()

    @Slot(object, str)
    def _failed(self, exc: BaseException, formatted: str) -> None:
        self._end()
        self.error = exc
        try:
            if isinstance(exc, AccountChanged):
                hub().account_changed.emit(exc)
            handled = bool(self._on_failure(exc)) if self._on_failure is not None else False
            if not handled:
                if not isinstance(exc, DomainError):
                    log.error("Operasi gagal karena cacat program:\n%s", formatted)
                show_failure(self._parent_widget(), exc)
        finally:
            self.finished.emit()
            self.deleteLater()

    def _parent_widget(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None


def failure_message(exc: BaseException) -> str:
    """What the user reads when a write failed: the domain's own words, or a plain apology."""
    if isinstance(exc, DomainError):
        return str(exc)
    return QApplication.translate(
        "operations",
        "Penyimpanan gagal karena kesalahan program ({0}). Tidak ada yang tersimpan sebagian; "
        "isian Anda tetap ada. Laporkan kejadian ini kepada pengelola SOPDesk.",
    ).format(type(exc).__name__)


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    from sopdesk.ui.forms import show_error

    show_error(parent, QApplication.translate("operations", "Tidak tersimpan"), failure_message(exc))


def run_op(
    parent: QWidget | None,
    fn: Callable[[], T],
    on_success: Callable[[T], object] | None = None,
    *,
    initiator: object = None,
    on_failure: Callable[[BaseException], bool | None] | None = None,
    what: str = "",
) -> Operation[T]:
    """Shorthand: ``Operation(parent, fn).success(on_success).failure(on_failure).run(initiator)``."""
    op: Operation[T] = Operation(parent, fn, what=what)
    if on_success is not None:
        op.success(on_success)
    if on_failure is not None:
        op.failure(on_failure)
    return op.run(initiator=initiator)


__all__ = ["Operation", "OperationHub", "failure_message", "hub", "run_op", "running", "wait_for_all"]
