"""Where SOPDesk keeps its files: platformdirs, or ``--data-dir``; and where its resources are."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "SOPDesk"
APP_AUTHOR = "BagianOrganisasi"
DB_FILENAME = "sopdesk.sqlite3"


def resource_dir() -> Path:
    """``resources/`` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def seeds_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "database" / "seeds"
    return Path(__file__).resolve().parent.parent / "database" / "seeds"


def sop_dir() -> Path:
    return resource_dir() / "sop"


def cache_dir() -> Path:
    """Rebuildable files (``SOPDESK_CACHE_DIR``, or the user's cache folder)."""
    env = os.environ.get("SOPDESK_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


class Paths:
    def __init__(self, data_dir: Path | None = None) -> None:
        if data_dir is None:
            env = os.environ.get("SOPDESK_DATA_DIR")
            if env:
                data_dir = Path(env)
        if data_dir is None:
            import platformdirs

            data_dir = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=True))
        self.data_dir = data_dir.expanduser().resolve()

    @property
    def database_file(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def witness_file(self) -> Path:
        """The last head of each database's audit chain this seat saw (``store.witness``): a
        file of its own in the data folder, never beside the database as a companion file."""
        return self.data_dir / "saksi-audit.json"

    def ensure(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.backup_dir.mkdir(parents=True, exist_ok=True)


def database_target(db: str | None, paths: Paths) -> str:
    """The ``--db`` value, or ``SOPDESK_DATABASE_URL``, or the SQLite file in the data folder.

    Returns either a URL (contains ``://``) or a filesystem path for SQLite.
    """
    if db:
        return db
    env = os.environ.get("SOPDESK_DATABASE_URL")
    if env:
        return env
    return str(paths.database_file)
