"""A 50,000-row import does not hold the house: while it runs in one process, a clerk on another
seat (another process) registers letters, each within 5 seconds, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from sopdesk.domain.agenda import AgendaQuery
from sopdesk.services import read
from sopdesk.services.maintenance import check
from sopdesk.store.database import Database
from tests.conftest import make_users
from tests.perf.agenda_import import workbook

ROWS = 50_000
LAST = datetime.now().year - 1
ROOT = Path(__file__).resolve().parents[2]

IMPORTER = """
import json, sys, time
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Role
from sopdesk.services import excel
from sopdesk.store.database import Database
from sopdesk.store.uow import UnitOfWork

db = Database.connect(sys.argv[1])
path = sys.argv[2]
real_authorize, real_commit = UnitOfWork.authorize, UnitOfWork.commit
def authorize(self, *a, **k):
    print(json.dumps({"write_begins": time.time()}), flush=True)
    return real_authorize(self, *a, **k)
def commit(self):
    try:
        return real_commit(self)
    finally:
        print(json.dumps({"write_ends": time.time()}), flush=True)
UnitOfWork.authorize, UnitOfWork.commit = authorize, commit
def progress(what, done, total):
    if done == 0:
        print(json.dumps({"phase": what, "at": time.time()}), flush=True)
mapping = excel.auto_mapping(excel.read_workbook(excel.Path(path)))
report = excel.import_agenda(db, Actor(None, "importir", Role.STAF), excel.Path(path), mapping, progress=progress)
print(json.dumps({"written": len(report.numbers), "errors": [str(e) for e in report.errors[:5]]}), flush=True)
"""

CLERK = """
import json, os, sys, time
from datetime import date, datetime, timedelta
from sopdesk.domain.agenda import LetterInput
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Role
from sopdesk.services.agenda import register_letter

from sopdesk.store.database import Database
db = Database.connect(sys.argv[1])
stop = sys.argv[2]
clerk = Actor(None, "loket", Role.STAF)
i = 0
while not os.path.exists(stop):
    i += 1
    letter = LetterInput(datetime.now() - timedelta(minutes=1), "Dinas Kesehatan", f"loket/{i}", date.today(),
                         "Surat di loket", kode="065")
    began = time.time()
    try:
        number = register_letter(db, clerk, letter).letter.number
        print(json.dumps({"began": began, "ended": time.time(), "number": number}), flush=True)
    except Exception as exc:
        print(json.dumps({"began": began, "ended": time.time(), "failed": f"{type(exc).__name__}: {exc}"}), flush=True)
    time.sleep(0.2)
"""


@pytest.fixture(scope="module")
def big_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return workbook(tmp_path_factory.mktemp("book") / "agenda-50000.xlsx", ROWS, LAST)


def _spawn(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_a_registration_on_another_seat_succeeds_within_5_s_while_50000_rows_import(
    db: Database, db_target: str, big_book: Path, tmp_path: Path
):
    make_users(db)
    stop = tmp_path / "stop"
    importer = _spawn(IMPORTER, db_target, str(big_book))
    assert importer.stdout is not None
    first = json.loads(importer.stdout.readline())  # the reading has begun: now the clerk works
    assert first["phase"] == "Membaca baris"
    clerk = _spawn(CLERK, db_target, str(stop))
    out, err = importer.communicate(timeout=900)
    assert importer.returncode == 0, err
    time.sleep(1.0)  # one more registration after the import
    stop.touch()
    clerk_out, clerk_err = clerk.communicate(timeout=60)
    assert clerk.returncode == 0, clerk_err

    said = [json.loads(line) for line in out.splitlines()]
    done = said[-1]
    assert done == {"written": ROWS, "errors": []}
    begins = next(s["write_begins"] for s in said if "write_begins" in s)
    ends = next(s["write_ends"] for s in said if "write_ends" in s)
    registrations = [json.loads(line) for line in clerk_out.splitlines()]
    assert [r for r in registrations if "failed" in r] == []
    waits = [r["ended"] - r["began"] for r in registrations]
    held = ends - begins
    assert len(registrations) >= 10
    # What the design promises anywhere: nobody waits longer than the import's short write.
    assert max(waits) < held + 1.0, (max(waits), held)
    # The bar (an office PC): within 5 s. A test machine shared by many suites at once runs
    # several times slower; there only the promise above is checked, and the figure printed.
    if db_target.startswith("postgresql") or os.getloadavg()[0] / (os.cpu_count() or 1) <= 2.0:
        assert max(waits) < 5.0, (max(waits), held)
    print(f"longest wait of a registration: {max(waits):.2f} s; the import's write: {held:.2f} s")
    # The clerk's work overlapped the import's write (so this measured the wait behind it).
    assert any(r["began"] < ends and r["ended"] > begins for r in registrations), (begins, ends)

    ids = read.agenda_ids(db, AgendaQuery(year=datetime.now().year))
    seqs = sorted(r.seq for r in read.letters(db, ids).values())
    assert seqs == list(range(1, len(registrations) + 1))  # the clerk's numbers have no gap
    assert len(read.agenda_ids(db, AgendaQuery(year=LAST))) == ROWS
    assert check(db) == []
