"""A long session does not end in a crash, whatever the Qt binding does with None.

PySide6 6.12.0 returns None from a Qt call that yields nothing without taking a reference to
it (see sopdesk/ui/binding.py). On Python 3.11 a session making more such calls than None has
references aborts with "deallocating None"; the application gives None a reserve at start-up.
"""

from __future__ import annotations

import os
import subprocess
import sys

SESSION = """
import sys
from sopdesk.app import make_application

app = make_application([])
from PySide6.QtWidgets import QGraphicsPathItem, QListWidget

item, listing = QGraphicsPathItem(), QListWidget()
for _ in range(300_000):  # a long day of clicks and hovers: far more than None's own references
    item.data(7)           # no data under that key
    item.parentItem()      # no parent
    listing.currentItem()  # nothing chosen
print("session over")
"""


def test_a_long_session_of_qt_calls_that_return_nothing_does_not_abort(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", SESSION], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "session over"


# Widgets used without the application's start-up: a benchmark, a tool, a test run alone.
WIDGETS_ONLY = """
from PySide6.QtWidgets import QApplication, QGraphicsPathItem, QListWidget

app = QApplication([])
import sopdesk.ui.swimlane  # any module of the Qt front end; never sopdesk.app

item, listing = QGraphicsPathItem(), QListWidget()
for _ in range(300_000):
    item.data(7)
    item.parentItem()
    listing.currentItem()
print("session over")
"""


def test_a_process_that_only_imports_the_widgets_is_protected_too(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", WIDGETS_ONLY], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "session over"
