"""Start-up protects data: a newer or foreign database is refused untouched; network shares too."""

from __future__ import annotations

import hashlib
import importlib
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from sopdesk.services import read
from sopdesk.services.setup import initialise
from sopdesk.store import engine as engine_module
from sopdesk.store.database import Database, head_revision
from sopdesk.store.engine import StoreError, network_filesystem, parse_target
from tests.conftest import ADMIN_PASSWORD, make_users


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sqlite_exec(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        for sql in statements:
            conn.execute(sql)
        conn.commit()


def refused(path: Path) -> StoreError:
    database = Database.connect(str(path))
    try:
        with pytest.raises(StoreError) as info:
            database.open(path.parent / "backups")
    finally:
        database.dispose()
    return info.value


# --- opening ---------------------------------------------------------------------------------


def test_new_file_is_created_then_opened_as_is(sqlite_path: Path):
    database = Database.connect(str(sqlite_path))
    try:
        first = database.open(None)
        assert (first.created, first.migrated_from, first.backup) == (True, None, None)
        second = database.open(None)
        assert (second.created, second.migrated_from) == (False, None)
        assert second.revision == first.revision == database.current_revision()
    finally:
        database.dispose()


def test_database_of_a_newer_sopdesk_is_refused_and_left_untouched(sqlite_path: Path, tmp_path: Path):
    database = Database.connect(str(sqlite_path))
    initialise(database, None)
    database.dispose()
    sqlite_exec(sqlite_path, "UPDATE alembic_version SET version_num = 'ffff'")
    before = digest(sqlite_path)

    err = refused(sqlite_path)
    assert "lebih baru" in str(err)
    assert "ffff" in str(err)
    assert "Pasang SOPDesk versi terbaru" in str(err)
    assert digest(sqlite_path) == before
    assert not (tmp_path / "backups").exists()


def test_newer_database_restored_from_a_backup_is_left_untouched(sqlite_path: Path, tmp_path: Path):
    """A backup is a single file in rollback-journal mode; refusing it must not convert it."""
    source = Database.connect(str(tmp_path / "asal.sqlite3"))
    initialise(source, None)
    source.backup_to(sqlite_path)
    source.dispose()
    sqlite_exec(sqlite_path, "UPDATE alembic_version SET version_num = 'ffff'")
    before = digest(sqlite_path)

    assert "lebih baru" in str(refused(sqlite_path))
    assert digest(sqlite_path) == before
    with closing(sqlite3.connect(sqlite_path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_foreign_sqlite_file_is_refused_and_left_untouched(sqlite_path: Path):
    sqlite_exec(sqlite_path, "CREATE TABLE resep (nama TEXT)", "INSERT INTO resep VALUES ('rendang')")
    before = digest(sqlite_path)
    assert "bukan basis data SOPDesk" in str(refused(sqlite_path))
    assert digest(sqlite_path) == before


def test_file_that_is_not_a_database_is_refused_clearly_and_left_untouched(sqlite_path: Path):
    sqlite_path.write_bytes(b"Ini laporan, bukan basis data.\n" * 200)
    before = digest(sqlite_path)
    err = refused(sqlite_path)
    assert str(err).startswith(f"Berkas {sqlite_path} bukan basis data SQLite")
    assert "pulihkan cadangan" in str(err)
    assert digest(sqlite_path) == before


def test_restored_backup_of_this_version_opens_and_writes_in_wal_mode(sqlite_path: Path, tmp_path: Path):
    source = Database.connect(str(tmp_path / "asal.sqlite3"))
    initialise(source, None)
    source.backup_to(sqlite_path)
    source.dispose()

    database = Database.connect(str(sqlite_path))
    try:
        initialise(database, None)
        from sopdesk.domain.records import Actor
        from sopdesk.services.master import set_setting

        set_setting(database, Actor.system(), "kertas", "F4")
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        database.dispose()


# --- where the database may live ---------------------------------------------------------------


def test_a_path_is_a_sqlite_file(tmp_path: Path):
    target = parse_target(str(tmp_path / "data" / ".." / "sopdesk.sqlite3"))
    assert target.is_sqlite
    assert target.sqlite_path == tmp_path / "sopdesk.sqlite3"
    assert target.display() == str(tmp_path / "sopdesk.sqlite3")
    assert target.url.drivername == "sqlite+pysqlite"


def test_home_folder_is_expanded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert parse_target("~/sopdesk.sqlite3").sqlite_path == tmp_path / "sopdesk.sqlite3"


def test_sqlite_urls(tmp_path: Path):
    memory = parse_target("sqlite://")
    assert memory.sqlite_path is None and memory.url.get_backend_name() == "sqlite"
    file_url = parse_target(f"sqlite:///{tmp_path}/a.sqlite3")
    assert file_url.sqlite_path == tmp_path / "a.sqlite3"


@pytest.mark.parametrize("scheme", ["postgresql", "postgresql+psycopg2", "postgresql+psycopg"])
def test_postgresql_url_uses_psycopg_and_hides_the_password(scheme):
    target = parse_target(f"{scheme}://kantor:rahasia@server/sopdesk")
    assert not target.is_sqlite
    assert target.url.drivername == "postgresql+psycopg"
    assert "rahasia" not in target.display()
    assert target.display() == "postgresql://kantor:***@server/sopdesk"  # the driver is ours to know, not the user's


def test_other_databases_are_refused():
    with pytest.raises(StoreError, match="'mysql' tidak didukung"):
        parse_target("mysql://u@server/sopdesk")


MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda1 / ext4 rw,relatime 0 0
/dev/sdb1 /home ext4 rw,relatime 0 0
fileserver:/export/kantor /mnt/kantor nfs4 rw,relatime,vers=4.2 0 0
//nas/Data\\040Bersama /media/Data\\040Bersama cifs rw,relatime,vers=3.0 0 0
/dev/sdc1 /mnt/kantor/lokal ext4 rw,relatime 0 0
budi@laptop:/srv /mnt/ssh fuse.sshfs rw,nosuid,nodev 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/budi/SOPDesk/sopdesk.sqlite3", None),
        ("/var/lib/sopdesk.sqlite3", None),
        ("/mnt/kantor/sopdesk.sqlite3", "nfs4"),
        ("/mnt/kantor", "nfs4"),
        ("/mnt/kantor-lain/sopdesk.sqlite3", None),  # a sibling, not inside the share
        ("/mnt/kantor/lokal/sopdesk.sqlite3", None),  # a local disk mounted inside the share
        ("/media/Data Bersama/sopdesk.sqlite3", "cifs"),  # \040 is a space in the mount table
        ("/mnt/ssh/sopdesk.sqlite3", "fuse.sshfs"),
    ],
)
def test_network_filesystem_from_the_mount_table(path, expected):
    assert network_filesystem(Path(path), mounts_text=MOUNTS) == expected


def test_sqlite_on_a_network_share_is_refused_with_advice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    share = tmp_path / "share"
    mounts = f"/dev/sda1 / ext4 rw 0 0\nnas:/kantor {share} cifs rw 0 0\n"
    real = engine_module.network_filesystem
    monkeypatch.setattr(engine_module, "network_filesystem", lambda p: real(p, mounts_text=mounts))
    with pytest.raises(StoreError) as info:
        Database.connect(str(share / "sopdesk.sqlite3"))
    message = str(info.value)
    assert "cifs" in message
    assert "PostgreSQL" in message and "postgresql://" in message
    assert not share.exists()
    # The same folder outside the share is fine.
    Database.connect(str(tmp_path / "lokal" / "sopdesk.sqlite3")).dispose()


def test_an_older_schema_is_backed_up_before_it_is_migrated(sqlite_path: Path, tmp_path: Path):
    """A file of the first release (schema 0001, before the agenda) is copied before Alembic runs."""
    from alembic import command

    from sopdesk.store.database import alembic_config

    old = Database.connect(str(sqlite_path))
    cfg = alembic_config()
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    old.dispose()
    with sqlite3.connect(sqlite_path) as conn:
        conn.execute("INSERT INTO opd (nama, singkatan, jenis, active) VALUES ('Dinas Lama', '', 'dinas', 1)")

    upgraded = Database.connect(str(sqlite_path))
    report = upgraded.open(tmp_path / "backups")
    upgraded.dispose()
    assert report.migrated_from == "0001"
    assert report.backup is not None and report.backup.parent == tmp_path / "backups"
    assert "sebelum-migrasi-0001" in report.backup.name
    with sqlite3.connect(report.backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert conn.execute("SELECT nama FROM opd").fetchall() == [("Dinas Lama",)]
    with sqlite3.connect(sqlite_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert conn.execute("SELECT count(*) FROM letter").fetchone()[0] == 0
        assert conn.execute("SELECT nama FROM opd").fetchall() == [("Dinas Lama",)]


# --- what start-up loads -----------------------------------------------------------------------

LOGIN_ONLY = """
import sys
from sopdesk.services import read
from sopdesk.services.auth import authenticate
from sopdesk.services.setup import initialise
from sopdesk.store.database import Database

db = Database.connect(sys.argv[1])
initialise(db, None)
assert read.user_count(db) == 5
authenticate(db, "admin", sys.argv[2])
print(" ".join(sorted(m for m in sys.modules if m.startswith("sopdesk"))))
read.letters(db, [])
read.case_items(db)
read.latest_disposition_id(db)
print(" ".join(sorted(m for m in sys.modules if m.startswith("sopdesk"))))
"""

WORK_MODULES = {
    "sopdesk.domain.agenda",
    "sopdesk.domain.cases",
    "sopdesk.domain.disposition",
    "sopdesk.store.letter_rows",
    "sopdesk.store.disposition_rows",
    "sopdesk.store.case_rows",
    "sopdesk.store.letter_queries",
    "sopdesk.store.case_queries",
}


def test_opening_and_logging_in_leave_the_agenda_and_cases_unloaded(sqlite_db: Database, sqlite_path: Path):
    """Start-up maps only the tables login needs; the rest load on first use and still work."""
    make_users(sqlite_db)
    done = subprocess.run(
        [sys.executable, "-c", LOGIN_ONLY, str(sqlite_path), ADMIN_PASSWORD],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    at_login, after_use = (set(line.split()) for line in done.stdout.splitlines())
    assert not WORK_MODULES & at_login
    assert after_use >= WORK_MODULES


def test_every_read_query_resolves_to_the_store_function_of_its_name():
    homes = ["queries", "letter_queries", "disposition_queries", "case_queries", "print_log"]
    store = [importlib.import_module(f"sopdesk.store.{name}") for name in homes]
    for name in read.__all__:
        found = [getattr(module, name) for module in store if hasattr(module, name)]
        assert found == [getattr(read, name)], name
    with pytest.raises(AttributeError):
        read.no_such_query  # noqa: B018
