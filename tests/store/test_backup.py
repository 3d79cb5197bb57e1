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


def test_read_only_user_cannot_make_a_backup(sqlite_db: Database, tmp_path: Path):
    actors = make_users(sqlite_db)
    before = read.summary(sqlite_db).audit_events
    with pytest.raises(PermissionDenied):
        backup(sqlite_db, actors["pimpinan"], tmp_path / "cadangan.sqlite3")
    assert not (tmp_path / "cadangan.sqlite3").exists()
    assert read.summary(sqlite_db).audit_events == before


def test_backup_overwrites_an_older_copy(sqlite_db: Database, tmp_path: Path):
    out = tmp_path / "cadangan.sqlite3"
    out.write_bytes(b"salinan lama yang rusak")
    sqlite_db.backup_to(out)
    copy = Database.connect(str(out))
    try:
        assert read.summary(copy).opd == 62
    finally:
        copy.dispose()


def test_postgresql_points_to_pg_dump(pg_url: str, tmp_path: Path):
    database = Database.connect(pg_url)
    try:
        with pytest.raises(StoreError, match="pg_dump"):
            database.backup_to(tmp_path / "cadangan.sqlite3")
    finally:
        database.dispose()
    assert not (tmp_path / "cadangan.sqlite3").exists()
