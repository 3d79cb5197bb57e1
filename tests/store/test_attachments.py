"""Attachments of letters on SQLite and PostgreSQL: stored, listed, checked when opened."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import text

from sopdesk.domain.agenda import LetterInput
from sopdesk.domain.errors import PermissionDenied, ValidationError
from sopdesk.services import agenda, read
from sopdesk.services.attachments import AttachmentDamaged, attach, attachments, open_attachment
from sopdesk.services.maintenance import check
from sopdesk.store.database import Database
from tests.conftest import make_users

PDF = b"%PDF-1.4\n% scan surat\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


@pytest.fixture
def letter(db: Database):
    actors = make_users(db)
    record = agenda.register_letter(
        db,
        actors["staf"],
        LetterInput(
            datetime(2026, 11, 20, 9, 0), "Dinas Kesehatan", "440/1", date(2026, 11, 19), "Rancangan SP", kode="065"
        ),
    ).letter
    return actors, record


def test_a_scan_is_kept_with_its_hash_and_opens_intact(db: Database, letter):
    actors, record = letter
    saved = attach(db, actors["staf"], record.id, "/home/staf/Pindaian/surat dinkes.pdf", PDF)
    assert (saved.filename, saved.mime, saved.size) == ("surat dinkes.pdf", "application/pdf", len(PDF))
    assert [a.id for a in attachments(db, record.id)] == [saved.id]
    opened, data = open_attachment(db, actors["pimpinan"], saved.id)
    assert data == PDF and opened.sha256 == saved.sha256
    event = read.audit_events(db, entity="letter", entity_id=str(record.id), limit=1)[0]
    assert event.action == "letter.attach" and saved.sha256 in (event.after or "")
    assert check(db) == []


def test_a_changed_attachment_is_refused_and_reported_by_check(db: Database, letter):
    actors, record = letter
    saved = attach(db, actors["staf"], record.id, "scan.pdf", PDF)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE letter_attachment SET data = :d WHERE id = :i"), {"d": PDF + b"x", "i": saved.id})
    with pytest.raises(AttachmentDamaged, match="SHA-256 tidak cocok"):
        open_attachment(db, actors["staf"], saved.id)
    assert [p.where for p in check(db)] == [f"letter_attachment id {saved.id}"]


def test_only_scans_and_pdfs_from_allowed_users(db: Database, letter):
    actors, record = letter
    with pytest.raises(ValidationError) as err:
        attach(db, actors["staf"], record.id, "surat.docx", b"PK\x03\x04")
    assert err.value.fields == {"file": "Lampiran harus PDF, JPG, PNG atau TIFF."}
    with pytest.raises(ValidationError) as err:
        attach(db, actors["staf"], record.id, "surat.pdf", b"not really a pdf")
    assert err.value.fields == {"file": "Isi berkas bukan PDF yang sah."}
    with pytest.raises(PermissionDenied):
        attach(db, actors["pimpinan"], record.id, "surat.pdf", PDF)
    assert attachments(db, record.id) == []
