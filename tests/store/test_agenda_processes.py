"""The agenda book under stress from real processes: four seats at once, and a SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sopdesk.domain.agenda import AgendaQuery
from sopdesk.services import read
from sopdesk.services.maintenance import check
from sopdesk.store.database import Database
from tests.conftest import make_users

WRITER = """
import sys
from datetime import date, datetime, timedelta
from sopdesk.domain.agenda import LetterInput
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Role
from sopdesk.services.agenda import register_letter
from sopdesk.store.database import Database

db = Database.connect(sys.argv[1])
count = int(sys.argv[2])
clerk = Actor(None, f"seat{sys.argv[3]}", Role.STAF)
when = datetime.now() - timedelta(minutes=5)
for i in range(count):
    letter = LetterInput(when, "Dinas Kesehatan", f"{sys.argv[3]}/{i}", date.today(), "Uji beban", kode="065")
    number = register_letter(db, clerk, letter).letter.number
    print(number, flush=True)  # printed only after the commit: the clerk has seen it
"""


def spawn(target: str, count: int, seat: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, target, str(count), str(seat)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_four_processes_get_numbers_one_to_a_thousand(db: Database, db_target: str):
    make_users(db)
    seats = [spawn(db_target, 250, n) for n in range(4)]
    printed = []
    for seat in seats:
        out, err = seat.communicate(timeout=600)
        assert seat.returncode == 0, err
        printed += out.split()
    seqs = sorted(int(number.split("/")[1].split("-")[0]) for number in printed)
    assert seqs == list(range(1, 1001))
    letters = read.letters(db, read.agenda_ids(db, AgendaQuery()))
    assert sorted(r.seq for r in letters.values()) == list(range(1, 1001))
    assert check(db) == []


def test_a_killed_process_loses_no_letter_it_printed(sqlite_db: Database, sqlite_path: Path):
    writer = spawn(str(sqlite_path), 100_000, 9)
    assert writer.stdout is not None
    printed: list[str] = []
    deadline = time.monotonic() + 60
    while len(printed) < 150 and time.monotonic() < deadline:
        printed.append(writer.stdout.readline().strip())
    os.kill(writer.pid, signal.SIGKILL)  # in the middle of the loop, maybe mid-transaction
    writer.communicate(timeout=30)  # reap it and close its pipes
    assert len(printed) >= 150
    database = Database.connect(str(sqlite_path))
    try:
        saved = {r.number for r in read.letters(database, read.agenda_ids(database, AgendaQuery())).values()}
        assert set(printed) <= saved
        seqs = sorted(int(n.split("/")[1].split("-")[0]) for n in saved)
        assert seqs == list(range(1, len(seqs) + 1))  # no gap either
        assert check(database) == []
    finally:
        database.dispose()
