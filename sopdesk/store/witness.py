"""The audit chain's head, witnessed outside the database (issue 13).

The hash chain proves that no event was changed or removed in the middle; it cannot prove that
the newest events are still there, nor that the tail was not rewritten with fresh hashes. A
head seen outside the database can: each seat keeps the last head it saw in a small witness
file in its data folder (written after every commit that appended to the trail), every backup
carries the chain up to its own backup event, and every print carries the head of its print
event. ``sopdesk check`` compares them with the chain: a witnessed event that is gone, or that
now has another hash, means the tail was cut or rewritten after that witness.

The witness file is JSON, one entry per database location: the hash of the chain's first
event (which database), the head's id and hash, and when it was seen. An entry only moves
forward, and only while the head it holds is still in the chain, so evidence is never
overwritten by the writes that follow a tampering.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import threading
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, text

from sopdesk.domain.audit import Witness
from sopdesk.domain.errors import DomainError
from sopdesk.store.database import Database

FORMAT = 1
_LOCK = threading.Lock()


def chain_ends(conn: Connection) -> tuple[str, int, str] | None:
    """(hash of the first event, id and hash of the last) or None for an empty trail."""
    first = conn.execute(text("SELECT hash FROM audit_event ORDER BY id LIMIT 1")).scalar()
    last = conn.execute(text("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")).first()
    if first is None or last is None:
        return None
    return str(first), int(last[0]), str(last[1])


def audit_head(db: Database) -> tuple[int, str] | None:
    """The chain's current head (event id, hash): what a print's mark and a print log witness."""
    with db.read_engine.connect() as conn:
        ends = chain_ends(conn)
    return None if ends is None else (ends[1], ends[2])


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"format": FORMAT, "basis_data": {}}
    except (OSError, ValueError, UnicodeDecodeError):
        raise
    if not isinstance(data, dict) or not isinstance(data.get("basis_data"), dict):
        raise ValueError("bukan berkas saksi SOPDesk")
    return data


def _save(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".saksi-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class WitnessKeeper:
    """Keeps this seat's witness file for one database: after every commit (and whenever the
    GUI sees other seats' writes) the head is written, if the head already written is still
    in the chain. ``problem`` holds why the last attempt failed (the CLI warns)."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path
        self.problem: str | None = None
        self._genesis: str | None = None
        self._replace = False
        db.on_commit(self.seen)

    def new_database(self) -> None:
        """This program just created the database at this location: an entry left by an
        earlier database there is replaced at the next head (not reported)."""
        self._replace = True

    def refresh(self) -> None:
        """Witness the current head (the GUI calls this when other seats wrote)."""
        head = audit_head(self.db)
        if head is not None:
            self.seen(head)

    def seen(self, head: tuple[int, str]) -> None:
        try:
            self._record(head)
            self.problem = None
        except (OSError, ValueError, DomainError) as exc:
            self.problem = f"berkas saksi {self.path} tidak dapat diperbarui ({exc})"

    def _record(self, head: tuple[int, str]) -> None:
        with self.db.read_engine.connect() as conn:
            if self._genesis is None:
                ends = chain_ends(conn)
                if ends is None:
                    return
                self._genesis = ends[0]
            with _LOCK:
                data = _load(self.path)
                entries: dict[str, Any] = data["basis_data"]
                location = self.db.display()
                old = entries.get(location)
                if isinstance(old, dict) and not self._replace:
                    if old.get("awal") != self._genesis:
                        return  # another chain was here: keep that evidence for `check`
                    old_id = int(old.get("id", 0))
                    if head[0] <= old_id:
                        return  # never move back
                    still = conn.execute(text("SELECT hash FROM audit_event WHERE id = :i"), {"i": old_id}).scalar()
                    if still != old.get("hash"):
                        return  # the witnessed head is gone or rewritten: keep the evidence
                entries[location] = {
                    "awal": self._genesis,
                    "id": head[0],
                    "hash": head[1],
                    "dilihat": datetime.now().isoformat(timespec="seconds"),
                }
                data["format"] = FORMAT
                _save(self.path, data)
                self._replace = False


def read_witness_file(path: Path) -> list[Witness]:
    """Every head a witness file holds (for any database location)."""
    data = _load(path)
    found = []
    for location, entry in data["basis_data"].items():
        if not isinstance(entry, dict):
            continue
        try:
            found.append(
                Witness(
                    source=f"berkas saksi {path}",
                    genesis=str(entry["awal"]),
                    head_id=int(entry["id"]),
                    head_hash=str(entry["hash"]),
                    at=str(entry.get("dilihat", "")),
                    location=str(location),
                )
            )
        except (KeyError, TypeError, ValueError):
            continue
    return found


def backup_witness(path: Path) -> Witness | None:
    """The chain's head inside a backup copy (a SQLite file), or None when it has none."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            first = conn.execute("SELECT hash FROM audit_event ORDER BY id LIMIT 1").fetchone()
            last = conn.execute("SELECT id, hash, at FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise ValueError(f"bukan salinan basis data SOPDesk: {exc}") from None
    if first is None or last is None:
        return None
    return Witness(
        source=f"cadangan {path}",
        genesis=str(first[0]),
        head_id=int(last[0]),
        head_hash=str(last[1]),
        at=str(last[2]),
    )
