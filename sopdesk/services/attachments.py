"""Scans and PDFs of incoming letters, checked against their SHA-256 whenever they are opened."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path, PurePath

from sopdesk.domain.agenda import MAX_ATTACHMENT, AttachmentRecord, attachment_type
from sopdesk.domain.errors import Conflict, DomainError, ValidationError
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission, require
from sopdesk.domain.validation import clean_text
from sopdesk.store.attachments import attachment_data
from sopdesk.store.attachments import attachments as list_attachments
from sopdesk.store.database import Database
from sopdesk.store.uow import UnitOfWork


class AttachmentDamaged(DomainError):
    """The stored bytes no longer match the SHA-256 taken when the file was attached."""


def read_attachment_file(db: Database, path: Path) -> bytes:
    """The bytes of a scan or PDF to attach, checked before anything is read: a regular file
    (not a folder, a device such as /dev/zero, or a pipe that would never end), not the
    database itself, and at most 25 MB."""
    name = clean_text(path.name) or str(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise ValidationError.single("file", f"{name} tidak dapat dibuka: {exc.strerror or exc}.") from None
    live = set()
    for companion in db.companions():
        try:
            other = companion.stat()
        except OSError:
            continue
        live.add((other.st_dev, other.st_ino))
    if (st.st_dev, st.st_ino) in live:
        raise ValidationError.single("file", f"{name} adalah basis data SOPDesk sendiri, bukan pindaian surat.")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ValidationError.single("file", f"{name} tidak dapat dibuka: {exc.strerror or exc}.") from None
    try:
        st = os.fstat(fd)  # the file opened, not the name: a swap after the check changes nothing
        if not stat.S_ISREG(st.st_mode):
            raise ValidationError.single(
                "file", f"{name} bukan berkas biasa (folder, perangkat atau pipa). Pilih berkas PDF atau gambar."
            )
        if st.st_size > MAX_ATTACHMENT:
            raise ValidationError.single(
                "file", f"{name} berukuran {st.st_size / 2**20:,.0f} MB; lampiran paling besar 25 MB."
            )
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read(MAX_ATTACHMENT + 1)
    except OSError as exc:
        raise ValidationError.single("file", f"{name} tidak dapat dibaca: {exc.strerror or exc}.") from None
    finally:
        os.close(fd)
    if len(data) > MAX_ATTACHMENT:
        raise ValidationError.single("file", "Lampiran paling besar 25 MB.")
    return data


def attach_file(db: Database, actor: Actor, letter_id: int, path: Path) -> AttachmentRecord:
    """Attach the scan or PDF at ``path`` (see :func:`read_attachment_file`)."""
    return attach(db, actor, letter_id, path.name, read_attachment_file(db, path))


def attach(db: Database, actor: Actor, letter_id: int, filename: str, data: bytes) -> AttachmentRecord:
    name = clean_text(PurePath(filename).name)[:255] or "lampiran"  # no control or bidi characters
    mime = attachment_type(name, data)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.REGISTER_MAIL)
        letter = uow.letters.get(letter_id)
        if letter.voided:
            raise Conflict(f"Surat {letter.number} sudah dibatalkan: lampiran tidak dapat ditambahkan.")
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


__all__ = ["AttachmentDamaged", "attach", "attach_file", "attachments", "open_attachment", "read_attachment_file"]
