"""The change feed: every seat hears what every other seat wrote (kinds, ids, who, when), on
SQLite (PRAGMA data_version + the change log) and PostgreSQL (LISTEN/NOTIFY + the change log),
from another Database in this process and from another process; a seat is not told twice
about its own write; a rolled-back write says nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from sopdesk.domain.changes import Changes, Kind
from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef
from sopdesk.domain.workdays import OverrideKind
from sopdesk.services import agenda, calendar
from sopdesk.services import disposition as disp
from sopdesk.store.changes import recording
from sopdesk.store.database import Database
from sopdesk.store.feed import ChangeFeed, FeedItem, PostgresWake
from sopdesk.store.rows import Base, all_tables
from tests.office import Office, make_office

ROOT = Path(__file__).resolve().parents[2]


def heard_within(feed: ChangeFeed, seconds: float = 3.0) -> list[FeedItem]:
    """Poll like the GUI's feed thread (every 0.1 s here) until something arrives."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        items = feed.poll()
        if items:
            return items
        time.sleep(0.1)
    return []


def drain(feed: ChangeFeed) -> None:
    feed.poll(force=True)


def to_staf(office: Office, letter: int = 0) -> DispositionInput:
    staf = office.actors["staf"]
    return DispositionInput(
        office.letters[letter].id,
        (RecipientRef(RecipientKind.USER, staf.user_id, staf.nama),),
        ("Siapkan bahan",),
    )


def test_every_row_class_says_which_record_it_belongs_to():
    tables = set(all_tables().tables)  # maps every row module
    declared = {m.class_.__tablename__: "changes_as" in m.class_.__dict__ for m in Base.registry.mappers}
    assert set(declared) == tables
    assert all(declared.values()), [t for t, ok in declared.items() if not ok]


def test_another_seat_hears_a_disposition_with_its_kinds_ids_and_writer(db: Database, db_target: str):
    office = make_office(db)
    seat = Database.connect(db_target)  # the Staf's computer: its own engine and feed
    feed = seat.change_feed()
    try:
        drain(feed)
        assert feed.poll(force=True) == []
        record = disp.write_disposition(db, office.actors["kabag"], to_staf(office))
        (item,) = heard_within(feed)
        assert item.changes.ids_of(Kind.DISPOSITION) == {record.id}
        assert office.letters[0].id in item.changes.ids_of(Kind.LETTER)  # its status moved
        assert item.changes.actor == "kabag" and item.changes.origin == "elsewhere"
        assert item.origin == db.origin != seat.origin
    finally:
        feed.close()
        seat.dispose()


def test_a_seat_is_not_told_twice_about_what_its_window_already_broadcast(db: Database, db_target: str):
    office = make_office(db)
    other = Database.connect(db_target)
    own, elsewhere = db.change_feed(), other.change_feed()
    try:
        drain(own)
        drain(elsewhere)
        with recording() as ledger:  # the operation runner records the commits it makes
            agenda.void_letter(db, office.actors["kasubag"], office.letters[2].id, "Salah catat, surat ganda")
        assert ledger.changes.ids_of(Kind.LETTER) == {office.letters[2].id}
        (heard,) = heard_within(elsewhere)
        assert heard.changes.ids_of(Kind.LETTER) == {office.letters[2].id}
        assert own.poll(force=True) == []  # the window heard it from its runner already
        # A write of this seat made outside the runner (a background job) is still delivered, once.
        agenda.void_letter(db, office.actors["kasubag"], office.letters[1].id, "Salah catat, surat ganda")
        (item,) = heard_within(own)
        assert item.changes.origin == "here" and item.changes.ids_of(Kind.LETTER) == {office.letters[1].id}
        assert own.poll(force=True) == []
    finally:
        own.close()
        elsewhere.close()
        other.dispose()


def test_a_calendar_edit_is_heard_with_every_open_case_it_moved(db: Database, db_target: str):
    from datetime import date

    office = make_office(db)
    seat = Database.connect(db_target)
    feed = seat.change_feed()
    try:
        drain(feed)
        calendar.set_override(db, office.actors["admin"], date(2027, 3, 1), OverrideKind.LIBUR, "Hari jadi kabupaten")
        (item,) = heard_within(feed)
        assert item.changes.touches(Kind.CALENDAR)
    finally:
        feed.close()
        seat.dispose()


def test_a_rolled_back_write_says_nothing(db: Database, db_target: str):
    office = make_office(db)
    seat = Database.connect(db_target)
    feed = seat.change_feed()
    try:
        drain(feed)
        with pytest.raises(Exception, match="alasan"):
            agenda.void_letter(db, office.actors["kasubag"], office.letters[0].id, "x")
        assert heard_within(feed, 1.0) == []
    finally:
        feed.close()
        seat.dispose()


WRITER = """
import sys
from datetime import datetime
from sopdesk.domain.agenda import LetterInput
from sopdesk.services.agenda import register_letter
from sopdesk.services.auth import authenticate
from sopdesk.store.database import Database

db = Database.connect(sys.argv[1])
actor = authenticate(db, "staf", sys.argv[2]).actor
now = datetime.now().replace(second=0, microsecond=0)
record = register_letter(db, actor, LetterInput(now, "Dinas Kesehatan", "800/9-Dinkes", now.date(), "Dari proses lain", kode="060"))
print(record.letter.id, flush=True)
db.dispose()
"""


def test_a_letter_registered_by_another_process_is_heard_within_two_seconds(db: Database, db_target: str):
    from tests.conftest import PASSWORD

    make_office(db)
    feed = db.change_feed()
    try:
        drain(feed)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-c", WRITER, db_target, PASSWORD], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        written = int(done.stdout)
        started = time.monotonic()
        items = []  # its login is a write too (the audit trail): then the letter
        while time.monotonic() - started < 2.0 and not any(i.changes.touches(Kind.LETTER) for i in items):
            items += heard_within(feed, 0.2)
        (item,) = [i for i in items if i.changes.touches(Kind.LETTER)]
        assert item.changes.ids_of(Kind.LETTER) == {written} and item.changes.actor == "staf"
    finally:
        feed.close()


def test_a_seat_far_behind_is_told_to_read_everything_again(db: Database, monkeypatch: pytest.MonkeyPatch):
    import sopdesk.store.feed as feed_module

    office = make_office(db)
    feed = db.change_feed(since=0)
    monkeypatch.setattr(feed_module, "BATCH", 3)
    (item,) = feed.poll(force=True)
    assert item.changes.kinds == Changes.everything(*Kind).kinds and not item.changes.ids
    assert feed.poll(force=True) == []
    agenda.void_letter(db, office.actors["kasubag"], office.letters[0].id, "Salah catat, surat ganda")
    assert [i.changes.ids_of(Kind.LETTER) for i in feed.poll(force=True)] == [{office.letters[0].id}]
    feed.close()


def test_a_lost_postgresql_connection_is_reopened_and_nothing_is_missed(db: Database, db_target: str):
    if db.dialect != "postgresql":
        pytest.skip("PostgreSQL only")
    office = make_office(db)
    feed = db.change_feed()
    wake = feed.wake
    assert isinstance(wake, PostgresWake)
    other = Database.connect(db_target)
    try:
        drain(feed)
        with Session(other.engine) as s, s.begin():  # the server drops the listening connection
            s.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE query LIKE 'LISTEN%' AND datname = current_database()"
                )
            )
        started = time.monotonic()
        feed.poll()  # the caller is not held while it reconnects...
        assert time.monotonic() - started < 0.5
        record = disp.write_disposition(other, office.actors["kabag"], to_staf(office))  # written meanwhile
        assert wake.wait_reopened()
        items = heard_within(feed)  # ...and once back, what was written meanwhile is read
        assert any(record.id in i.changes.ids_of(Kind.DISPOSITION) for i in items)
    finally:
        feed.close()
        other.dispose()


def test_an_unreachable_postgresql_server_never_holds_the_caller():
    wake = PostgresWake("postgresql://sopdesk@127.0.0.1:1/sopdesk")  # nothing listens there
    try:
        wake.RETRY_SECONDS = 0.0
        for _ in range(5):
            started = time.monotonic()
            assert wake.changed() is False
            assert time.monotonic() - started < 0.2
            wake.wait_reopened(5)
    finally:
        wake.close()
