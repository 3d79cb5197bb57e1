"""Backups: a verified copy that opens with the same data, recorded in the audit trail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sopdesk.domain.errors import PermissionDenied
from sopdesk.services import read
from sopdesk.services.maintenance import backup
from sopdesk.store.check import check_database
from sopdesk.store.database import Database
from sopdesk.store.engine import StoreError
from tests.conftest import make_users


def test_backup_copy_opens_with_the_same_data(sqlite_db: Database, tmp_path: Path):
    make_users(sqlite_db)
    out = sqlite_db.backup_to(tmp_path / "cadangan" / "sopdesk-2026.sqlite3")
    assert out == tmp_path / "cadangan" / "sopdesk-2026.sqlite3"
    assert not out.with_name(out.name + ".partial").exists()

    copy = Database.connect(str(out))
    try:
        assert read.user_count(copy) == read.user_count(sqlite_db) == 5
        assert read.summary(copy) == read.summary(sqlite_db)
        assert [u.username for u in read.users(copy)] == [u.username for u in read.users(sqlite_db)]
        assert check_database(copy) == []
    finally:
        copy.dispose()


def test_backup_is_recorded_in_the_audit_trail(sqlite_db: Database, tmp_path: Path):
    actors = make_users(sqlite_db)
    before = read.summary(sqlite_db).audit_events
    out = backup(sqlite_db, actors["kasubag"], tmp_path / "cadangan.sqlite3")
    assert out.exists()
    assert read.summary(sqlite_db).audit_events == before + 1
    event = read.audit_events(sqlite_db, limit=1)[0]
    assert (event.action, event.actor, event.entity) == ("database.backup", "kasubag", "database")
    assert json.loads(event.after or "") == {"file": str(out)}
    assert check_database(sqlite_db) == []
    copy = Database.connect(str(out))  # the copy carries its own backup event: it witnesses the head
    try:
        assert read.audit_events(copy, limit=1)[0].id == event.id
    finally:
        copy.dispose()


def test_read_only_user_cannot_make_a_backup(sqlite_db: Database, tmp_path: Path):
    actors = make_users(sqlite_db)
    before = read.summary(sqlite_db).audit_events
    with pytest.raises(PermissionDenied):
        backup(sqlite_db, actors["pimpinan"], tmp_path / "cadangan.sqlite3")
    assert not (tmp_path / "cadangan.sqlite3").exists()
    assert read.summary(sqlite_db).audit_events == before


def test_backup_overwrites_an_older_copy_but_no_other_file(sqlite_db: Database, tmp_path: Path):
    out = tmp_path / "cadangan.sqlite3"
    sqlite_db.backup_to(out)
    make_users(sqlite_db)
    sqlite_db.backup_to(out)
    copy = Database.connect(str(out))
    try:
        assert read.user_count(copy) == 5
    finally:
        copy.dispose()
    other = tmp_path / "laporan.pdf"
    other.write_bytes(b"%PDF-1.4 bukan cadangan")
    with pytest.raises(StoreError, match="bukan salinan basis data"):
        sqlite_db.backup_to(other)
    assert other.read_bytes() == b"%PDF-1.4 bukan cadangan"


def test_postgresql_points_to_pg_dump(pg_url: str, tmp_path: Path):
    database = Database.connect(pg_url)
    try:
        with pytest.raises(StoreError, match="pg_dump"):
            database.backup_to(tmp_path / "cadangan.sqlite3")
    finally:
        database.dispose()
    assert not (tmp_path / "cadangan.sqlite3").exists()


# --- issue 13: a backup can never hurt the database it copies ----------------------------------


def _letter(i: int):
    from datetime import datetime

    from sopdesk.domain.agenda import LetterInput

    now = datetime.now().replace(microsecond=0)
    return LetterInput(now, "Dinas Kesehatan", f"440/{i}/Dinkes", now.date(), f"Surat nomor {i}", kode="065")


class Writer:
    """Another seat registering letters as fast as it can until stopped; what it was told."""

    def __init__(self, target: str) -> None:
        import threading

        self.target = target
        self.numbers: list[str] = []
        self.errors: list[BaseException] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        from sopdesk.domain.records import Actor
        from sopdesk.domain.roles import Role
        from sopdesk.services import agenda

        database = Database.connect(self.target)
        actor = Actor(None, "system", Role.ADMIN, "Sistem")
        try:
            i = 0
            while not self.stop.is_set():
                i += 1
                self.numbers.append(agenda.register_letter(database, actor, _letter(i)).letter.number)
        except BaseException as exc:
            self.errors.append(exc)
        finally:
            database.dispose()

    def __enter__(self) -> Writer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=60)


def test_backup_onto_the_live_database_its_companions_or_a_link_is_refused(sqlite_db: Database, tmp_path: Path):
    import os

    actors = make_users(sqlite_db)
    live = sqlite_db.target.sqlite_path
    assert live is not None
    (tmp_path / "tautan.sqlite3").symlink_to(live)
    (tmp_path / "tautan-wal").symlink_to(live.with_name(live.name + "-wal"))
    os.link(live, tmp_path / "keras.sqlite3")
    targets = [
        live,
        live.with_name(live.name + "-wal"),
        live.with_name(live.name + "-shm"),
        live.with_name(live.name + "-journal"),
        live.parent / "." / ".." / live.parent.name / live.name,
        tmp_path / "tautan.sqlite3",
        tmp_path / "tautan-wal",
        tmp_path / "keras.sqlite3",
    ]
    with Writer(str(live)) as writer:
        for target in targets:
            before = read.summary(sqlite_db).audit_events
            with pytest.raises(StoreError, match="sedang dipakai"):
                backup(sqlite_db, actors["admin"], target)
            assert read.summary(sqlite_db).audit_events >= before  # refused before anything was recorded
    assert writer.errors == [] and len(writer.numbers) > 0
    # The database stayed whole: every letter the writer was told about is there, check is clean.
    assert {r.number for r in read.letters(sqlite_db, read.agenda_ids(sqlite_db, _all())).values()} >= set(
        writer.numbers
    )
    assert check_database(sqlite_db) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".sopdesk")) == []


def _all():
    from sopdesk.domain.agenda import AgendaQuery

    return AgendaQuery()


def test_backup_finishes_under_constant_writes_and_leaves_nothing_else(sqlite_db: Database, tmp_path: Path):
    import time

    actors = make_users(sqlite_db)
    live = sqlite_db.target.sqlite_path
    assert live is not None
    with Writer(str(live)) as writer:
        time.sleep(0.5)
        start = time.perf_counter()
        out = backup(sqlite_db, actors["admin"], tmp_path / "cadangan" / "salinan.sqlite3")
        took = time.perf_counter() - start
        time.sleep(0.5)
    assert writer.errors == [] and len(writer.numbers) > 5
    assert took < 30
    assert sorted(p.name for p in out.parent.iterdir()) == ["salinan.sqlite3"]
    copy = Database.connect(str(out))
    try:
        assert check_database(copy) == []  # a consistent snapshot: every letter with its trail
        copied = len(read.agenda_ids(copy, _all()))
    finally:
        copy.dispose()
    assert 0 < copied < len(writer.numbers)
