"""Opening a database safely: refuse a newer schema, back up before migrating, quick_check."""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from sopdesk.domain.errors import StorageFault
from sopdesk.store import migrations
from sopdesk.store.engine import StoreError, Target, make_engine, parse_target, sqlite_uri
from sopdesk.store.faults import os_fault, translate

if TYPE_CHECKING:
    from alembic.config import Config

    from sopdesk.store.feed import ChangeFeed


COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def _is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows: folders cannot be opened; the rename is durable there
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _open_source(path: Path) -> sqlite3.Connection:
    """The database to copy, read-only (immutable on a read-only file system)."""
    return sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "sopdesk.store:migrations")
    return cfg


def head_revision() -> str:
    """This program's schema revision (Alembic is imported only when a migration is due)."""
    return migrations.HEAD


def script_revisions() -> tuple[str | None, set[str]]:
    """The migration scripts' head and every revision they know."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return script.get_current_head(), {rev.revision for rev in script.walk_revisions()}


@dataclass(frozen=True)
class OpenReport:
    created: bool
    migrated_from: str | None
    backup: Path | None
    revision: str


class Database:
    """An engine plus what SOPDesk knows about the database behind it."""

    def __init__(self, target: Target, engine: Engine) -> None:
        self.target = target
        self.engine = engine
        self.read_engine = engine.execution_options(sopdesk_readonly=True)
        # This seat, as the change feed names it: writes made through this object carry it.
        self.origin = uuid.uuid4().hex[:16]
        # Change-log rows this seat already told its own window about (the operation runner
        # broadcast them at once), so its change feed does not deliver them a second time.
        self._delivered: set[int] = set()
        self._delivered_lock = threading.Lock()
        # Called with the chain's head (event id, hash) after each commit that appended to the
        # audit trail: the seat's witness file (issue 13) keeps it outside the database.
        self._commit_hooks: list[Callable[[tuple[int, str]], None]] = []

    def on_commit(self, hook: Callable[[tuple[int, str]], None]) -> None:
        self._commit_hooks.append(hook)

    def committed(self, head: tuple[int, str]) -> None:
        """A unit of work committed with ``head`` as the chain's last event."""
        for hook in list(self._commit_hooks):
            hook(head)

    def delivered(self, log_id: int | None) -> None:
        """The change-log row ``log_id`` was broadcast in this process already."""
        if log_id is not None:
            with self._delivered_lock:
                self._delivered.add(log_id)

    def take_delivered(self, log_id: int) -> bool:
        """Whether ``log_id`` was delivered here already (forgotten once asked: it is asked once)."""
        with self._delivered_lock:
            if log_id in self._delivered:
                self._delivered.discard(log_id)
                return True
            return False

    @classmethod
    def connect(cls, value: str) -> Database:
        target = parse_target(value)
        return cls(target, make_engine(target))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def display(self) -> str:
        return self.target.display()

    def dispose(self) -> None:
        self.engine.dispose()

    # --- schema ----------------------------------------------------------------------

    def current_revision(self) -> str | None:
        """The database's ``alembic_version``, or None for an empty database."""
        with self.read_engine.connect() as conn:
            self._refuse_hidden_schema(conn)
            if not inspect(conn).has_table("alembic_version"):
                return None
            try:
                rows = [str(r[0]) for r in conn.execute(text("SELECT version_num FROM alembic_version"))]
            except DBAPIError:
                return None
        return rows[0] if len(rows) == 1 else None

    def is_empty(self) -> bool:
        with self.read_engine.connect() as conn:
            self._refuse_hidden_schema(conn)
            return not inspect(conn).get_table_names()

    def _refuse_hidden_schema(self, conn: Connection) -> None:
        """PostgreSQL: an account without USAGE on the schema sees no tables at all; say so
        rather than take the database for an empty one (and try to create it)."""
        if conn.dialect.name != "postgresql":
            return
        schema = conn.execute(text("SELECT current_schema()")).scalar()
        if schema is None:
            from sopdesk.store.faults import Where, no_rights

            wanted = "public"
            path = str(conn.execute(text("SELECT current_setting('search_path')")).scalar() or "")
            for name in (part.strip().strip('"') for part in path.split(",")):
                if name and name != "$user":
                    wanted = name
                    break
            raise no_rights(f"permission denied for schema {wanted}", Where.of(self.target.url))

    def open(self, backup_dir: Path | None) -> OpenReport:
        """Bring the schema to this program's head, protecting the data on the way."""
        head = head_revision()
        existed = self.target.sqlite_path is not None and self.target.sqlite_path.exists()
        current = self.current_revision()
        if current == head:
            self.quick_check()
            return OpenReport(created=False, migrated_from=None, backup=None, revision=head)
        if current is not None:
            _, known = script_revisions()
            if current not in known:
                raise StoreError(
                    f"Basis data {self.display()} dibuat oleh versi SOPDesk yang lebih baru "
                    f"(revisi skema {current}; program ini mengenal sampai {head}). "
                    "Pasang SOPDesk versi terbaru; basis data tidak diubah."
                )
        elif not self.is_empty():
            raise StoreError(
                f"{self.display()} berisi tabel tetapi bukan basis data SOPDesk. Pilih berkas lain dengan --db."
            )
        self.quick_check()
        backup = None
        if current != head:
            if current is not None and existed and backup_dir is not None:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                backup = backup_dir / f"sopdesk-{stamp}-sebelum-migrasi-{current}.sqlite3"
                self.backup_to(backup)
            from alembic import command

            cfg = alembic_config()
            try:
                with self.engine.begin() as conn:
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
            except Exception as exc:
                # The migration ran in one transaction and was rolled back: the database is as it
                # was, so the backup just made is the same file again; it is not kept (a program
                # that fails here every time must not fill the disk with copies).
                if backup is not None:
                    backup.unlink(missing_ok=True)
                if isinstance(exc, StorageFault):
                    raise
                detail = str(getattr(exc, "orig", None) or exc).splitlines()
                raise StoreError(
                    f"Pemutakhiran skema basis data {self.display()} dari revisi {current or '(kosong)'} gagal "
                    f"({detail[0][:200] if detail else type(exc).__name__}); basis data tidak diubah. Skema berkas "
                    "ini tidak sesuai dengan revisinya (mungkin diubah di luar SOPDesk): pulihkan cadangan "
                    "terakhir, atau minta pengelola memeriksanya."
                ) from exc
            self.quick_check()
        return OpenReport(
            created=current is None,
            migrated_from=current if current != head else None,
            backup=backup,
            revision=head,
        )

    # --- integrity -------------------------------------------------------------------

    def quick_check(self) -> None:
        if self.dialect != "sqlite":
            return
        with self.read_engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check")]
        if rows != ["ok"]:
            raise StoreError(
                f"Pemeriksaan cepat basis data {self.display()} gagal: {'; '.join(rows[:5])}. "
                "Jangan lanjutkan bekerja: pulihkan cadangan terakhir (folder backups) dan "
                "jalankan 'sopdesk check'."
            )

    def companions(self) -> list[Path]:
        """The live database file and the files SQLite keeps beside it."""
        path = self.target.sqlite_path
        if path is None:
            return []
        return [path, *(path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES)]

    def backup_target(self, out: Path) -> Path:
        """Where a backup to ``out`` goes, or a refusal that says why (nothing is written).

        Refused: the live database or one of its companion files (-wal, -shm, -journal), by
        name and by inode, through symbolic and hard links; a file that is not an earlier
        SQLite copy; a SQLite file that is in use (companion files beside it). A folder gets a
        dated file name inside it."""
        if self.target.sqlite_path is None:
            raise StoreError(
                "Cadangan dari aplikasi hanya untuk SQLite. Untuk PostgreSQL gunakan pg_dump (lihat README)."
            )
        out = Path(os.path.abspath(out.expanduser()))
        if out.is_dir():
            out = out / f"sopdesk-cadangan-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
        resolved = out.resolve()
        live = self.companions()
        identities = set()
        for candidate in live:
            try:
                st = candidate.stat()
            except OSError:
                continue
            identities.add((st.st_dev, st.st_ino))
        refused = (
            f"Tujuan cadangan {out} adalah basis data yang sedang dipakai (atau berkas pendampingnya -wal, -shm, "
            "-journal), langsung atau lewat tautan. Menulis ke sana akan merusaknya; tidak ada yang ditulis. "
            "Pilih berkas lain, sebaiknya di disk lain."
        )
        if any(resolved == p.resolve() for p in live):
            raise StoreError(refused)
        try:
            st = out.stat()
        except FileNotFoundError:
            return resolved
        except OSError as exc:
            fault = os_fault(exc, "berkas cadangan")
            raise fault or StoreError(f"Tujuan cadangan {out} tidak dapat diperiksa: {exc}") from exc
        if (st.st_dev, st.st_ino) in identities:
            raise StoreError(refused)
        if not stat.S_ISREG(st.st_mode):
            raise StoreError(f"Tujuan cadangan {out} bukan berkas biasa; tidak ada yang ditulis. Pilih berkas lain.")
        if not _is_sqlite_file(resolved):
            raise StoreError(
                f"Tujuan cadangan {out} sudah ada dan bukan salinan basis data; tidak ditimpa. Pilih nama lain."
            )
        if any(resolved.with_name(resolved.name + suffix).exists() for suffix in COMPANION_SUFFIXES):
            raise StoreError(
                f"Tujuan cadangan {out} tampak sedang dipakai sebagai basis data (ada berkas -wal, -shm atau "
                "-journal di sebelahnya); tidak ditimpa. Pilih nama lain."
            )
        return resolved

    def backup_to(self, out: Path) -> Path:
        """A consistent copy of a SQLite database, verified by ``integrity_check``.

        ``VACUUM INTO`` reads one snapshot while other seats keep writing (WAL), so the copy
        finishes however busy the database is. It is written to a temporary name in the target
        folder and renamed into place only when whole and checked; whatever a failure leaves
        is removed. Disk full, a read-only folder and the like become a :class:`StorageFault`.
        """
        target = self.backup_target(out)
        assert self.target.sqlite_path is not None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".sopdesk-cadangan-", suffix=".tmp", dir=target.parent)
        except OSError as exc:
            raise os_fault(exc, "berkas cadangan") or StoreError(f"Cadangan tidak dapat dibuat: {exc}") from exc
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            self._copy_into(tmp)
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, target)
            _fsync_dir(target.parent)
        except BaseException as exc:
            for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in COMPANION_SUFFIXES)):
                leftover.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise os_fault(exc, "berkas cadangan") or StoreError(f"Cadangan gagal: {exc}") from exc
            if isinstance(exc, sqlite3.Error):  # the copy is written to the target's disk
                fault = translate(exc, target.parent)
                raise fault or StoreError(f"Cadangan gagal: {exc}") from exc
            raise
        return target

    def _copy_into(self, tmp: Path) -> None:
        source_path = self.target.sqlite_path
        assert source_path is not None
        source = _open_source(source_path)
        try:
            source.execute("PRAGMA busy_timeout = 15000")
            source.execute("VACUUM INTO ?", (str(tmp),))
        finally:
            source.close()
        dest = sqlite3.connect(str(tmp))
        try:
            dest.execute("PRAGMA journal_mode = DELETE")
            result = [str(r[0]) for r in dest.execute("PRAGMA integrity_check")]
        finally:
            dest.close()
        if result != ["ok"]:
            raise StoreError(f"Salinan cadangan rusak: {'; '.join(result[:5])}. Tidak ada cadangan yang ditulis.")

    # --- change feed -------------------------------------------------------------------

    def change_feed(self, *, since: int | None = None) -> ChangeFeed:
        """What every seat (this one included, unless already told) wrote from now on (or
        after change-log row ``since``)."""
        from sopdesk.store.feed import ChangeFeed

        return ChangeFeed(self, since=since)

    def table_names(self) -> list[str]:
        with self.read_engine.connect() as conn:
            return list(inspect(conn).get_table_names())
