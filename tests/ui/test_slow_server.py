"""A seat on a PostgreSQL server that stops answering (SIGSTOP, as a hung server or a dead
network path looks from the client): the window keeps repainting, says within 10 s that the
database does not answer, and once the server carries on (SIGCONT) the save the clerk made
meanwhile goes through with what she typed. The server is the test's own, started by the
project's script on a port of its own, so stopping it disturbs no other test."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from sopdesk.services import read
from sopdesk.services.setup import initialise
from sopdesk.store.database import Database
from sopdesk.ui.main_window import MainWindow
from tests.conftest import make_users
from tests.ui.conftest import closed, settle

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "database" / "pg-test-server.sh"


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """A PostgreSQL server of this test's own (port 55499), torn down afterwards."""
    if not os.environ.get("SOPDESK_TEST_PG_URL"):
        pytest.skip("no PostgreSQL (make test installs and starts it)")
    env = {
        **os.environ,
        "SOPDESK_TEST_PG_PORT": "55499",
        "SOPDESK_TEST_PG_DIR": f"/tmp/sopdesk-pg-stopped-{uuid.uuid4().hex[:8]}",
    }
    subprocess.run([str(SCRIPT), "start"], env=env, check=True, capture_output=True, timeout=120)
    url = subprocess.run([str(SCRIPT), "url"], env=env, check=True, capture_output=True, text=True).stdout.strip()
    try:
        yield url, env
    finally:
        for pid in server_pids(env):
            os.kill(pid, signal.SIGCONT)
        subprocess.run([str(SCRIPT), "stop"], env=env, capture_output=True, timeout=120)
        subprocess.run(["rm", "-rf", env["SOPDESK_TEST_PG_DIR"]], check=False)


def server_pids(env: dict[str, str]) -> list[int]:
    """The postmaster of the test's server and every process it started (the backends)."""
    pid_file = Path(env["SOPDESK_TEST_PG_DIR"]) / "postmaster.pid"
    if not pid_file.exists():
        return []
    postmaster = int(pid_file.read_text().split()[0])
    children = subprocess.run(["pgrep", "-P", str(postmaster)], capture_output=True, text=True).stdout.split()
    return [postmaster, *(int(c) for c in children)]


def test_a_stopped_server_never_freezes_the_window_and_the_typed_save_lands_after(qtbot, own_server, tmp_path: Path):
    url, env = own_server
    db = Database.connect(url)
    initialise(db, tmp_path / "backups")
    actors = make_users(db)
    window = MainWindow(db, actors["staf"], tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.watching, timeout=5000)
    window.nav.setCurrentRow(1)
    page = window.agenda
    dialog = page.register()
    dialog.print_receipt.setChecked(False)
    received = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    dialog.received.set_value(dialog.received.value() - timedelta(hours=1))
    dialog.asal.setText("Dinas Kesehatan")
    dialog.nomor.setText("440/88/Dinkes")
    dialog.perihal.setText("Diketik saat server macet")
    dialog.kode.setCurrentIndex(dialog.kode.findData("065"))

    ticks = []
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: ticks.append(time.monotonic()))
    heartbeat.start(100)
    stopped = server_pids(env)
    assert stopped
    for pid in stopped:
        os.kill(pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        qtbot.keyClick(dialog.perihal, Qt.Key.Key_Return)  # save: runs on a worker, which waits
        # The window says so within 10 s: the feed's watchdog, or the save's slow message.
        qtbot.waitUntil(
            lambda: window.trouble_label.isVisible() or "belum menjawab" in window.statusBar().currentMessage(),
            timeout=10500,
        )
        assert time.monotonic() - started <= 10.5
        said = window.trouble_label.text() or window.statusBar().currentMessage()
        assert "menjawab" in said
        # ...and it kept repainting all along: the heartbeat never stalled.
        during = [t for t in ticks if t >= started]
        assert len(during) >= 50 and max(b - a for a, b in itertools.pairwise(during)) < 1.0
        assert dialog.isVisible() and dialog.perihal.text() == "Diketik saat server macet"
        window.grab()  # paints
    finally:
        for pid in stopped:
            os.kill(pid, signal.SIGCONT)
    settle(qtbot, timeout=60000)
    assert closed(dialog), dialog.status.text()
    letters = [r for r in read.letters(db, read.agenda_ids(db, page.current_query())).values()]
    assert [r.perihal for r in letters] == ["Diketik saat server macet"]
    assert letters[0].received_at == received
    qtbot.waitUntil(lambda: not window.trouble_label.isVisible(), timeout=15000)
    window.close()
    db.dispose()
