"""One engine factory: SQLite with safe pragmas and BEGIN IMMEDIATE, or PostgreSQL."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from sopdesk.domain.conninfo import masked
from sopdesk.domain.errors import DomainError
from sopdesk.store.faults import on_engine_error

BUSY_TIMEOUT_MS = 15_000
NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smbfs",
    "smb3",
    "afs",
    "ncpfs",
    "9p",
    "ceph",
    "glusterfs",
    "fuse.sshfs",
    "sshfs",
    "fuse.glusterfs",
    "fuse.cephfs",
    "davfs",
    "fuse.davfs2",
    "lustre",
}


class StoreError(DomainError):
    """The database cannot be used as it is; the message says what to do."""


@dataclass(frozen=True)
class Target:
    url: URL
    sqlite_path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_path is not None

    def display(self) -> str:
        """How the database is named to people: the file, or the address with no password in it
        (neither ``user:PASSWORD@`` nor ``?password=``)."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        shown = self.url.set(drivername=self.url.get_backend_name())
        return masked(shown.render_as_string(hide_password=True))


def parse_target(value: str) -> Target:
    """A path means a SQLite file; ``postgresql://`` (any driver) means PostgreSQL."""
    if "://" not in value:
        path = Path(value).expanduser().resolve()
        return Target(URL.create("sqlite+pysqlite", database=str(path)), path)
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(value)
        url.port  # noqa: B018  (a port that is not a number fails here, not at the first connection)
    except (ArgumentError, ValueError):
        raise StoreError(
            f"Alamat basis data '{masked(value)}' tidak dapat dibaca. Bentuknya "
            "postgresql://PENGGUNA@SERVER:PORT/NAMA_BASIS_DATA, atau postgresql:///?service=NAMA "
            "dengan berkas layanan PostgreSQL (lihat README)."
        ) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            return Target(url.set(drivername="sqlite+pysqlite"), None)
        path = Path(url.database).expanduser().resolve()
        return Target(url.set(drivername="sqlite+pysqlite", database=str(path)), path)
    if backend == "postgresql":
        return Target(url.set(drivername="postgresql+psycopg"), None)
    raise StoreError(f"Jenis basis data '{backend}' tidak didukung. Gunakan berkas SQLite atau URL postgresql://.")


def network_filesystem(path: Path, mounts_text: str | None = None) -> str | None:
    """The network filesystem type ``path`` lives on, or None when it is local.

    On Linux the mount table is read from ``/proc/mounts`` unless ``mounts_text`` (same
    format: device, mount point, type, ...) is given.
    """
    text = str(path)
    if sys.platform == "win32" and mounts_text is None:
        if text.startswith("\\\\"):
            return "berbagi jaringan Windows (UNC)"
        try:
            import ctypes

            drive = os.path.splitdrive(text)[0] + "\\"
            if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # type: ignore[attr-defined]
                return "drive jaringan"
        except (AttributeError, OSError):
            return None
        return None
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8")
        except OSError:
            return None
    mounts = mounts_text.splitlines()
    best, best_type = "", None
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (text == mount_point or text.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) >= len(best):
            best, best_type = mount_point, parts[2]
    if best_type and (best_type in NETWORK_FS or best_type.startswith("fuse.sshfs")):
        return best_type
    return None


def refuse_network_share(path: Path) -> None:
    fs = network_filesystem(path.parent if not path.exists() else path)
    if fs:
        raise StoreError(
            f"Berkas basis data {path} berada di {fs}. SQLite tidak aman dipakai bersama lewat "
            "jaringan: penguncian berkas tidak dapat diandalkan dan data bisa rusak. Untuk "
            "beberapa komputer, pasang PostgreSQL dan jalankan SOPDesk dengan "
            "--db postgresql://PENGGUNA@SERVER/sopdesk (lihat README, bagian PostgreSQL)."
        )


def read_only_filesystem(path: Path) -> bool:
    """Whether ``path`` lives on a file system mounted read-only (a write-protected stick, a
    read-only remount after disk errors). Not a permission problem: nobody can write there."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:  # Windows
        return False
    try:
        return bool(statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def sqlite_uri(path: Path, *, read_only: bool = False) -> str:
    """How SOPDesk's own sqlite3 connections (check, backup) name the file: read-only when
    asked; on a read-only file system immutable, since no one can change it there (SQLite
    cannot make the shared-memory file a WAL database needs)."""
    uri = f"file:{quote(str(path))}"
    if read_only_filesystem(path.parent):
        return uri + "?mode=ro&immutable=1"
    return uri + ("?mode=ro" if read_only else "")


def _read_only_target(path: Path) -> URL:
    """A database on a read-only file system, opened so that reading works and writing is
    refused with the read-only message."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise StoreError(
            f"Basis data {path} ada di media hanya-baca dan tidak ditutup dengan bersih (berkas {wal.name} "
            "masih berisi perubahan). Salin seluruh foldernya ke disk yang dapat ditulis, lalu buka salinan itu."
        )
    return URL.create("sqlite+pysqlite", database=f"file:{quote(str(path))}?mode=ro&immutable=1", query={"uri": "true"})


def _sqlite_on_connect(dbapi_connection: Any, _record: Any, where: str = "") -> None:
    # Take transaction control away from the pysqlite driver: SQLAlchemy emits BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA schema_version")  # reads the header: is this a database at all?
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") != "SQLITE_NOTADB":
            raise
        not_a_database = True
    else:
        not_a_database = False
    finally:
        cursor.close()
    if not_a_database:
        dbapi_connection.close()
        raise StoreError(
            f"Berkas {where} bukan basis data SQLite (rusak, terenkripsi, atau berkas lain); berkas tidak "
            "diubah. Pilih berkas yang benar dengan --db, atau pulihkan cadangan terakhir (folder backups)."
        )


def _sqlite_on_begin(conn: Any) -> None:
    # Writers take the lock at BEGIN, so two seats never read the same counter value and
    # a writer never fails half-way with "database is locked". Reads begin deferred.
    if conn.get_execution_options().get("sopdesk_readonly"):
        conn.exec_driver_sql("BEGIN")
        return
    # WAL is switched on by the first write (a new database's schema, a restored backup's
    # first save), never by connecting or reading: a file that start-up refuses (newer
    # schema, not a SOPDesk database) is left exactly as it was.
    mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    if str(mode).lower() not in ("wal", "memory"):
        conn.exec_driver_sql("PRAGMA journal_mode = WAL")
    _begin_immediate(conn)


def _begin_immediate(conn: Any) -> None:
    """Take the write lock, waiting for another writer in steps of a millisecond or two.

    SQLite's own busy handler sleeps 1, 2, 5, 10, 15, 20 … ms between tries, so a writer that
    meets another one (whose transaction lasts a few milliseconds) waits 18 or 33 ms where 5
    would do: with ten seats writing, that is most of a registration's p95. Here the tries come
    every 0.5 to 4 ms up to the same timeout, and the last try is SQLite's, through SQLAlchemy (its
    message and the fault it becomes are unchanged)."""
    raw = conn.connection.dbapi_connection
    raw.execute("PRAGMA busy_timeout = 0")
    try:
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        pause = 0.0005
        while time.monotonic() < deadline:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.Error as exc:
                if not str(getattr(exc, "sqlite_errorname", "")).startswith("SQLITE_BUSY"):
                    break  # another fault: SQLite says it again below, through the fault vocabulary
            time.sleep(pause)
            pause = min(pause * 1.5, 0.004)
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # the lock still held, or another fault: as ever
    finally:
        raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def make_engine(target: Target, *, echo: bool = False) -> Engine:
    """The only ``create_engine`` call in SOPDesk."""
    if target.url.get_backend_name() == "sqlite":
        if target.sqlite_path is not None:
            refuse_network_share(target.sqlite_path)
            if target.sqlite_path.exists() and read_only_filesystem(target.sqlite_path.parent):
                engine = create_engine(_read_only_target(target.sqlite_path), echo=echo)
            else:
                target.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
                engine = create_engine(target.url, echo=echo)
        else:
            from sqlalchemy.pool import StaticPool

            engine = create_engine(
                target.url,
                echo=echo,
                poolclass=StaticPool,
                connect_args={"check_same_thread": False},
            )
        where = target.display()
        event.listen(engine, "connect", lambda conn, record: _sqlite_on_connect(conn, record, where))
        event.listen(engine, "begin", _sqlite_on_begin)
        event.listen(engine, "handle_error", on_engine_error)
        return engine
    engine = create_engine(target.url, echo=echo, pool_pre_ping=True, connect_args=pg_connect_args(target.url))
    event.listen(engine, "handle_error", on_engine_error)
    return engine


# PostgreSQL: how long a seat waits before it says something is wrong. A server that does not
# answer the connection at all is given up after CONNECT_TIMEOUT_S; a dead network path is
# found by TCP keepalives within about 25 s; a statement or a lock that takes too long is
# cancelled by the server (STATEMENT_TIMEOUT_MS, LOCK_TIMEOUT_MS), and a transaction left idle
# (a client that vanished mid-transaction) is ended so it never holds the audit lock for long.
CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 30_000
LOCK_TIMEOUT_MS = BUSY_TIMEOUT_MS
IDLE_IN_TRANSACTION_MS = 60_000


def pg_connect_args(url: URL | None = None) -> dict[str, Any]:
    """libpq connection parameters every PostgreSQL connection of SOPDesk uses; a parameter the
    address names itself (``?connect_timeout=2``, ``?application_name=...``) is left to it."""
    args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
        "application_name": "sopdesk",
        "options": (
            f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout={LOCK_TIMEOUT_MS} "
            f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}"
        ),
    }
    if url is not None:
        for key in url.query:
            args.pop(key, None)
    return args
