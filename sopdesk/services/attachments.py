"""Scans and PDFs of incoming letters, checked against their SHA-256 whenever they are opened."""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from sopdesk.domain.agenda import AttachmentRecord, attachment_type
from sopdesk.domain.errors import DomainError
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission, require
from sopdesk.store.attachments import attachment_data
from sopdesk.store.attachments import attachments as list_attachments
from sopdesk.store.database import Database
from sopdesk.store.uow import UnitOfWork


class AttachmentDamaged(DomainError):
    """The stored bytes no longer match the SHA-256 taken when the file was attached."""


def attach(db: Database, actor: Actor, letter_id: int, filename: str, data: bytes) -> AttachmentRecord:
    name = PurePath(filename).name.strip() or "lampiran"
    mime = attachment_type(name, data)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.REGISTER_MAIL)
        letter = uow.letters.get(letter_id)
        record = uow.attachments.add(letter_id, name[:255], mime, data, actor.username)
        uow.audit.append(
            actor,
            "letter.attach",
            "letter",
            letter_id,
            after={
                "attachment_id": record.id,
                "filename": record.filename,
                "sha256": record.sha256,
                "size": record.size,
                "number": letter.number,
            },
        )
        uow.commit()
    return record


def attachments(db: Database, letter_id: int) -> list[AttachmentRecord]:
    return list_attachments(db, letter_id)


def open_attachment(db: Database, actor: Actor, attachment_id: int) -> tuple[AttachmentRecord, bytes]:
    """The attachment's bytes, after checking them against the hash taken when attached."""
    require(actor.role, Permission.READ)
    record, data = attachment_data(db, attachment_id)
    if hashlib.sha256(data).hexdigest() != record.sha256:
        raise AttachmentDamaged(
            f"Lampiran {record.filename} rusak atau diubah di luar SOPDesk (SHA-256 tidak cocok). "
            "Pulihkan dari cadangan dan jalankan 'sopdesk check'."
        )
    return record, data


__all__ = ["AttachmentDamaged", "attach", "attachments", "open_attachment"]
