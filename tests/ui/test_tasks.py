"""Background work and the garbage collector that keeps Qt objects on the GUI thread."""

from __future__ import annotations

import gc
import threading
import weakref

from sopdesk.ui.tasks import BackgroundTask


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_cycles_are_collected_on_the_gui_thread_only(qtbot, gui_garbage_collector) -> None:
    assert not gc.isenabled()  # a worker allocating never starts a collection
    seen: list[str] = []

    class Watched(Node):
        def __del__(self) -> None:
            seen.append(threading.current_thread().name)

    def work() -> int:
        for _ in range(5000):  # far past the first generation's threshold
            Node()
        Watched()
        return 1

    task = BackgroundTask(work)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)  # the timer collected it...
    assert seen == [threading.main_thread().name]  # ...on the GUI thread


def test_a_result_for_a_closed_page_is_dropped(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    page = QWidget()
    started = threading.Event()
    release = threading.Event()

    def slow() -> str:
        started.set()
        release.wait(5)
        return "terlambat"

    task = BackgroundTask(slow, page)
    got: list[object] = []
    task.finished.connect(got.append)
    task.start()
    assert started.wait(5)
    ref = weakref.ref(task)
    page.deleteLater()
    qtbot.waitUntil(lambda: ref() is None or not _alive(task), timeout=5000)
    release.set()
    qtbot.wait(200)
    assert got == []


def _alive(obj: object) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


def test_a_finished_task_is_released_and_beranda_refreshes_leave_none_behind(qtbot, sqlite_db, ui_actors) -> None:
    """A day of Beranda refreshes used to keep every background task (555 in a soak)."""
    import shiboken6
    from PySide6.QtWidgets import QWidget

    from sopdesk.ui.pages import HomePage

    holder = QWidget()
    task = BackgroundTask(lambda: 1, holder)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    qtbot.waitUntil(lambda: not shiboken6.isValid(task), timeout=5000)  # delivered, then released
    assert holder.findChildren(BackgroundTask) == []

    home = HomePage(sqlite_db, ui_actors["staf"])
    qtbot.addWidget(home)
    for _ in range(20):
        home.reload()
        qtbot.waitUntil(lambda: home.ready, timeout=10000)
    qtbot.wait(50)
    assert home.findChildren(BackgroundTask) == []
