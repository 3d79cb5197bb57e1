"""The print log on a real SQLite file and a real PostgreSQL database: a print and its file's
SHA-256 are written with their audit events, found again, and cannot be edited or deleted; a
database with prints from before the log gets them copied in by the migration."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from sopdesk.services import read
from sopdesk.services.documents import LetterRequest, document, produce
from sopdesk.services.maintenance import check
from sopdesk.services.verify import verify_file
from sopdesk.store.database import Database
from tests.office import make_office

pytestmark = pytest.mark.pg


def test_a_print_and_its_file_are_logged_and_found_by_the_files_hash(db: Database, tmp_path: Path):
    office = make_office(db)
    made = produce(
        db, office.actors["staf"], document("tanda-terima"), LetterRequest(office.letters[0].id), tmp_path / "tt.pdf"
    )
    record = read.print_by_file(db, made.sha256)
    assert record is not None and record.id == made.mark.print_id
    assert (record.kind, record.record_id, record.printed_by) == ("tanda-terima", str(office.letters[0].id), "staf")
    assert ("Nomor agenda", office.letters[0].number) in record.fields and record.files == (made.sha256,)
    actions = [e.action for e in read.audit_events(db, limit=2)]
    assert actions == ["print.file", "print.tanda-terima"]
    assert verify_file(db, made.path.read_bytes()).ok
    assert not verify_file(db, made.path.read_bytes() + b" ").ok


def test_the_print_log_is_append_only(db: Database, tmp_path: Path):
    office = make_office(db)
    produce(
        db, office.actors["staf"], document("kartu-kendali"), LetterRequest(office.letters[0].id), tmp_path / "k.pdf"
    )
    for table, column in (("print_log", "printed_by"), ("print_file", "sha256")):
        for sql in (f"UPDATE {table} SET {column} = 'palsu'", f"DELETE FROM {table}"):
            with pytest.raises(DBAPIError, match=f"{table} hanya boleh ditambah"), db.engine.begin() as conn:
                conn.execute(text(sql))
    assert check(db) == []  # and `sopdesk check` finds their guards in place


def test_prints_made_before_the_log_are_copied_in_by_the_migration(db_target: str, tmp_path: Path):
    """An upgraded database: its earlier ``print.*`` audit events become print log rows (no file
    hash), so their marks are still found."""
    from alembic import command

    from sopdesk.store.database import alembic_config
    from sopdesk.store.migrations import HEAD

    db = Database.connect(db_target)
    try:
        config = alembic_config()
        with db.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0007")
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO audit_event (at, actor, action, entity, entity_id, after, prev_hash, hash) "
                    "VALUES ('2026-11-01T02:00:00.000000', 'staf1', 'print.letter', 'letter', '7', "
                    '\'{"label": "Tanda terima surat 065/007-Org/2026", "content_hash": "' + "a" * 64 + '", '
                    "\"printed_at\": \"2026-11-01T09:00:00\"}', 'x', 'y')"
                )
            )
        with db.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, HEAD)
        with db.engine.connect() as conn:
            event_id = conn.execute(text("SELECT max(id) FROM audit_event WHERE action = 'print.letter'")).scalar()
        record = read.print_record(db, int(event_id))
        assert record is not None
        assert (record.kind, record.record_id, record.label) == ("letter", "7", "Tanda terima surat 065/007-Org/2026")
        assert record.printed_at.isoformat() == "2026-11-01T09:00:00" and record.files == ()
    finally:
        db.dispose()
