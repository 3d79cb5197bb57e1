"""`sopdesk watch` in one process prints, within 2 s, a letter registered, a case step and a
calendar edit made by another process (the CLI, as a clerk, the Kabag and the administrator
would), on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from sopdesk.store.database import Database
from tests.conftest import ADMIN_PASSWORD, PASSWORD
from tests.office import make_office

ROOT = Path(__file__).resolve().parents[2]
DELIVERY_S = 2.0


class Watcher:
    """``sopdesk watch`` in its own process; every line it prints, stamped when it arrived."""

    def __init__(self, target: str, *extra: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sopdesk", "--db", target, "watch", *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None and self.process.stderr is not None
        ready = self.process.stderr.readline()  # said once the feed is listening
        assert ready.startswith("Mendengarkan perubahan di"), ready + self.process.stderr.read()
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put((time.monotonic(), line.rstrip("\n")))

    def next_touching(self, kind: str, deadline: float) -> tuple[float, dict[str, object]]:
        """The first line that names ``kind``, and when it arrived; fails at ``deadline``."""
        while True:
            left = deadline - time.monotonic()
            try:
                at, line = self.lines.get(timeout=max(left, 0.01))
            except queue.Empty:
                pytest.fail(f"sopdesk watch printed no {kind} change in time")
            change = json.loads(line)
            if kind in change["kinds"]:
                return at, change

    def stop(self) -> str:
        self.process.terminate()
        _, err = self.process.communicate(timeout=30)
        return err


def write(target: str, user: str, *argv: str) -> tuple[float, str]:
    """One CLI command in its own process as ``user``: when it ended, and what it printed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOPDESK_PASSWORD": ADMIN_PASSWORD if user == "admin" else PASSWORD}
    done = subprocess.run(
        [sys.executable, "-m", "sopdesk", "--db", target, *argv, "--as", user],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    ended = time.monotonic()
    assert done.returncode == 0, done.stderr
    return ended, done.stdout.strip()


def test_watch_prints_a_letter_a_case_step_and_a_calendar_edit_of_another_process_within_two_seconds(
    db: Database, db_target: str
):
    make_office(db)
    watcher = Watcher(db_target, "--format", "json")
    try:
        ended, number = write(
            db_target, "staf", "agenda", "add", "--received", "01-12-2026 09:00", "--from", "Dinas Kesehatan",
            "--number", "440/77/Dinkes", "--dated", "30-11-2026", "--subject", "Rancangan SP puskesmas", "--kode", "065",
        )  # fmt: skip
        arrived, change = watcher.next_touching("letter", ended + DELIVERY_S)
        assert arrived - ended < DELIVERY_S
        assert change["actor"] == "staf" and len(change["ids"]["letter"]) == 1  # type: ignore[index, arg-type]
        assert change["at"] and change["id"]

        _, case_number = write(db_target, "staf", "case", "start", number, "--layanan", "Izin praktik bidan")
        watcher.next_touching("case", time.monotonic() + DELIVERY_S)  # the case itself
        ended, said = write(db_target, "kabag", "case", "done", case_number, "--step", "3")
        assert "langkah 3 selesai" in said
        arrived, change = watcher.next_touching("case", ended + DELIVERY_S)
        assert arrived - ended < DELIVERY_S and change["actor"] == "kabag"

        ended, _ = write(db_target, "admin", "calendar", "set", "04-01-2027", "libur", "--note", "Libur daerah")
        arrived, change = watcher.next_touching("calendar", ended + DELIVERY_S)
        assert arrived - ended < DELIVERY_S and change["actor"] == "admin"
    finally:
        err = watcher.stop()
    assert "Traceback" not in err


def test_watch_stops_after_count_changes_or_says_the_time_ran_out(db: Database, db_target: str, capsys):
    from sopdesk.cli import main
    from tests.conftest import make_users

    make_users(db)
    assert main(["--db", db_target, "watch", "--count", "1", "--timeout", "0.5"]) == 1
    assert "Waktu habis: 0 dari 1 perubahan diterima." in capsys.readouterr().err
    assert main(["--db", db_target, "watch", "--timeout", "0.3"]) == 0  # no --count: the time is the end
    # --since: what was written before it started, one line per change, text form
    assert main(["--db", db_target, "watch", "--since", "0", "--count", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[0].startswith("#1  ") and "  system  master *" in lines[0]  # the seeding
