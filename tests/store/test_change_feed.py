"""The change feed behind disposition alerts: another seat's or process's write is seen within
3 seconds, on SQLite (PRAGMA data_version) and PostgreSQL (LISTEN/NOTIFY)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy.orm import Session

from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef
from sopdesk.services import disposition as disp
from sopdesk.store.database import Database
from sopdesk.store.notify import notify_change
from tests.office import Office, make_office


def seen_within(watcher, seconds: float = 3.0) -> float | None:
    """Poll like the GUI's timer (every 0.1 s here); the delay until changed(), or None."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if watcher.changed():
            return time.monotonic() - start
        time.sleep(0.1)
    return None


def quiet(watcher) -> None:
    while watcher.changed():
        time.sleep(0.05)


def to_staf(office: Office, letter: int = 0) -> DispositionInput:
    staf = office.actors["staf"]
    return DispositionInput(
        office.letters[letter].id,
        (RecipientRef(RecipientKind.USER, staf.user_id, staf.nama),),
        ("Siapkan bahan",),
    )


def test_a_write_from_another_seat_is_seen_within_three_seconds(db: Database, db_target: str):
    office = make_office(db)
    seat = Database.connect(db_target)  # the Staf's computer: its own engine and watcher
    watcher = seat.change_watcher()
    try:
        quiet(watcher)
        assert not watcher.changed()
        since = disp.latest_id(seat)
        disp.write_disposition(db, office.actors["kabag"], to_staf(office))
        assert seen_within(watcher) is not None
        (item,) = disp.new_for_user(seat, office.actors["staf"].user_id, since)
        assert item.letter_number == office.letters[0].number
        assert disp.new_for_user(seat, office.actors["kasubag"].user_id, since) == []
        # Reading it on the Staf's seat is a change the Kabag's seat sees too.
        kabag_watcher = db.change_watcher()
        try:
            quiet(kabag_watcher)
            disp.mark_read(seat, office.actors["staf"], item.disposition_id)
            assert seen_within(kabag_watcher) is not None
        finally:
            kabag_watcher.close()
    finally:
        watcher.close()
        seat.dispose()


WRITER = """
import sys
from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Role
from sopdesk.services.disposition import write_disposition
from sopdesk.store.database import Database

db = Database.connect(sys.argv[1])
kabag = Actor(int(sys.argv[2]), "kabag", Role.KABAG, "Kabag")
to = RecipientRef(RecipientKind.USER, int(sys.argv[4]), "Staf")
record = write_disposition(db, kabag, DispositionInput(int(sys.argv[3]), (to,), ("Untuk diketahui",)))
print(record.id, flush=True)
db.dispose()
"""


def test_a_write_from_another_process_is_seen_within_three_seconds(db: Database, db_target: str):
    office = make_office(db)
    watcher = db.change_watcher()
    try:
        quiet(watcher)
        since = disp.latest_id(db)
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        args = [str(office.actors["kabag"].user_id), str(office.letters[1].id), str(office.actors["staf"].user_id)]
        done = subprocess.run(
            [sys.executable, "-c", WRITER, db_target, *args], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        written = int(done.stdout)
        assert seen_within(watcher) is not None
        assert [i.disposition_id for i in disp.new_for_user(db, office.actors["staf"].user_id, since)] == [written]
    finally:
        watcher.close()


def test_a_rolled_back_write_sends_nothing_on_postgresql(db: Database, db_target: str):
    if db.dialect != "postgresql":
        return  # SQLite's data_version only moves on commit by construction
    seat = Database.connect(db_target)
    watcher = seat.change_watcher()
    try:
        quiet(watcher)
        with Session(db.engine) as session:
            notify_change(session, "disposition", 1)
            session.rollback()
        assert seen_within(watcher, 1.0) is None
        with Session(db.engine) as session:
            notify_change(session, "disposition", 1)
            session.commit()
        assert seen_within(watcher) is not None
    finally:
        watcher.close()
        seat.dispose()


def test_a_lost_postgresql_connection_is_reopened_and_reported(db: Database, db_target: str):
    if db.dialect != "postgresql":
        return
    from sopdesk.store.notify import PostgresWatcher

    watcher = db.change_watcher()
    assert isinstance(watcher, PostgresWatcher)
    try:
        quiet(watcher)
        watcher._conn.close()  # the connection went away
        started = time.monotonic()
        assert not watcher.changed()  # the window is not held while it reconnects...
        assert time.monotonic() - started < 0.5
        assert watcher.wait_reopened(10)
        assert watcher.changed()  # ...and once back, whatever happened meanwhile must be re-read
        office = make_office(db)
        quiet(watcher)
        disp.write_disposition(db, office.actors["kabag"], to_staf(office))
        assert seen_within(watcher) is not None
    finally:
        watcher.close()


def test_an_unreachable_postgresql_server_never_holds_the_window():
    from sopdesk.store.notify import PostgresWatcher

    watcher = PostgresWatcher("postgresql://sopdesk@127.0.0.1:1/sopdesk")  # nothing listens there
    try:
        watcher.RETRY_SECONDS = 0.0
        for _ in range(5):
            started = time.monotonic()
            assert watcher.changed() is False
            assert time.monotonic() - started < 0.2
            watcher.wait_reopened(5)
    finally:
        watcher.close()
