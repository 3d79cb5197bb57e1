"""The print log: one place where a print is logged, its files are fingerprinted, and a print
is found again. Every document of the catalogue (``services/documents.py``) goes through here.

A print is a service write. Logging it appends an audit event (``print.<kind>``: who printed
what, when, the record's content hash and the fields the paper shows) and a ``print_log`` row
under the same id, in one transaction; that id is the print's number ("cetakan no. N"), which
the mark carries into the PDF's Keywords and the QR code. Every file then written for the
print (the PDF, an .xlsx) gets its SHA-256 recorded (``print_file`` and a ``print.file`` audit
event), so ``verify`` can say a file is identical to what SOPDesk wrote, byte for byte.

The witness of the audit chain's head (issue 13) belongs in :func:`log_print`: read the head
in the same unit of work, put it in the audit event's ``after`` and in ``PrintMark.witness``;
the mark's payload already carries it as ``;w=...`` and ``parse_mark`` reads it back.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path
from typing import Any

from sopdesk.domain.dates import tanggal_jam
from sopdesk.domain.errors import ValidationError
from sopdesk.domain.printing import PrintMark
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission
from sopdesk.services import read
from sopdesk.store.database import Database
from sopdesk.store.uow import UnitOfWork

NO_USER = "Cetakan dicatat atas nama pengguna yang mencetaknya: masuk sebagai pengguna (di CLI: --as NAMA_PENGGUNA)."


def printer_of(db: Database, actor: Actor) -> tuple[str, str]:
    """Nama and NIP of the user who prints; a print always has one (never "Sistem")."""
    if actor.user_id is None:
        raise ValidationError.single("as_user", NO_USER)
    user = next((u for u in read.users(db) if u.id == actor.user_id), None)
    if user is None:
        raise ValidationError.single("as_user", NO_USER)
    return user.nama or user.username, user.nip


def log_print(
    db: Database,
    actor: Actor,
    kind: str,
    entity: str,
    record_id: str,
    label: str,
    content_hash: str,
    *,
    fields: tuple[tuple[str, str], ...] = (),
    standing: str = "",
    extra: dict[str, Any] | None = None,
) -> PrintMark:
    """Log a print of ``record_id`` (audit ``entity``) as document ``kind``; ``fields`` are what
    the paper shows (read back by ``verify --scan``), ``standing`` the record's state when
    printed ("" in force), ``extra`` what the user typed for this print only (``verify`` reads
    it back from the audit event)."""
    nama, nip = printer_of(db, actor)
    now = datetime.now().replace(microsecond=0)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.READ)
        # The log row names its event and is written first, so that the event seals it (issue 13).
        event_id = uow.audit.reserve_id()
        uow.prints.add(
            event_id,
            kind=kind,
            record_id=record_id,
            label=label,
            content_hash=content_hash,
            printed_at=now,
            printed_by=actor.username,
            printed_by_nama=nama,
            printed_by_nip=nip,
            fields=fields,
            standing=standing,
        )
        uow.audit.append(
            actor,
            f"print.{kind}",
            entity,
            record_id,
            after={
                "label": label,
                "content_hash": content_hash,
                "printed_at": now.isoformat(timespec="seconds"),
                "fields": [list(pair) for pair in fields],
                "standing": standing,
                **(extra or {}),
            },
            event_id=event_id,
        )
        uow.commit()
    return PrintMark(event_id, kind, record_id, label, content_hash, tanggal_jam(now), nama)


def record_file(db: Database, actor: Actor, mark: PrintMark, path: Path) -> str:
    """Fingerprint a file written for the print ``mark``; returns its SHA-256."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(block)
            size += len(block)
    sha = digest.hexdigest()
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.READ)
        uow.prints.add_file(mark.print_id, sha, size)
        uow.audit.append(
            actor, "print.file", "print_log", mark.print_id, after={"sha256": sha, "bytes": size, "name": path.name}
        )
        uow.commit()
    return sha
