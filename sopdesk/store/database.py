"""Opening a database safely: refuse a newer schema, back up before migrating, quick_check."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from sopdesk.store import migrations
from sopdesk.store.engine import StoreError, Target, make_engine, parse_target

if TYPE_CHECKING:
    from alembic.config import Config

    from sopdesk.store.feed import ChangeFeed


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
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
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

    def backup_to(self, out: Path) -> Path:
        """Online backup of a SQLite database, then ``integrity_check`` on the copy."""
        if self.target.sqlite_path is None:
            raise StoreError(
                "Cadangan dari aplikasi hanya untuk SQLite. Untuk PostgreSQL gunakan pg_dump (lihat README)."
            )
        out = out.expanduser().resolve()
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".partial")
        partial.unlink(missing_ok=True)
        source = sqlite3.connect(str(self.target.sqlite_path))
        dest = sqlite3.connect(str(partial))
        try:
            source.execute("PRAGMA busy_timeout = 15000")
            source.backup(dest, pages=1024)
            dest.execute("PRAGMA journal_mode = DELETE")
            result = [r[0] for r in dest.execute("PRAGMA integrity_check")]
        finally:
            dest.close()
            source.close()
        if result != ["ok"]:
            partial.unlink(missing_ok=True)
            raise StoreError(f"Salinan cadangan rusak: {'; '.join(result[:5])}")
        partial.replace(out)
        return out

    # --- change feed -------------------------------------------------------------------

    def change_feed(self, *, since: int | None = None) -> ChangeFeed:
        """What every seat (this one included, unless already told) wrote from now on (or
        after change-log row ``since``)."""
        from sopdesk.store.feed import ChangeFeed

        return ChangeFeed(self, since=since)

    def table_names(self) -> list[str]:
        with self.read_engine.connect() as conn:
            return list(inspect(conn).get_table_names())
