"""An import's one write, on SQLite and PostgreSQL: letters, numbers, search, audit events and the
change feed as a registration leaves them; a number taken meanwhile writes nothing."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from sopdesk.domain.agenda import AgendaQuery, LetterInput
from sopdesk.domain.changes import Kind
from sopdesk.services import agenda, excel, read
from sopdesk.services.agenda import NumbersTaken, StagedLetter
from sopdesk.services.maintenance import check
from sopdesk.store.changes import recording
from sopdesk.store.database import Database
from tests.conftest import make_users
from tests.unit.agenda_books import kept_book

LAST = datetime.now().year - 1
PATTERN = "{kode}/{seq:03}-Org/{tahun}"


def test_an_import_leaves_what_registrations_leave(db: Database, tmp_path: Path):
    staf = make_users(db)["staf"]
    by_hand = agenda.register_letter(
        db,
        staf,
        LetterInput(datetime(LAST - 1, 1, 2, 9), "Bappeda", "050/1", date(LAST - 1, 1, 2), "Laporan", kode="050"),
    )
    path = kept_book(LAST).xlsx(tmp_path / "agenda.xlsx")
    with recording() as ledger:
        report = excel.import_agenda(db, staf, path, excel.auto_mapping(excel.read_workbook(path)))
    assert report.ok and len(report.numbers) == 8
    assert ledger.changes.all_of(Kind.LETTER)  # every seat re-reads the agenda

    assert report.numbers[0] == f"001-Org/{LAST}"
    events = {e.entity_id: e for e in read.audit_events(db, limit=50) if e.action == "letter.register"}
    hand = json.loads(events[str(by_hand.letter.id)].after or "{}")
    ids = read.agenda_ids(db, AgendaQuery(year=LAST, descending=False))
    imported = list(read.letters(db, ids).values())
    assert len(imported) == 8
    for record in imported:
        after = json.loads(events[str(record.id)].after or "{}")
        assert set(after) == set(hand)  # the same after-state as a registration writes
        assert after["number"] == record.number and after["perihal"] == record.perihal
    # Found by search at once (SQLite indexes the import in bulk, then puts its trigger back).
    found = read.agenda_ids(db, AgendaQuery(search="penertiban"))
    assert [read.letter(db, i).nomor_surat for i in found] == ["300/4"]
    assert check(db) == []
    later = agenda.register_letter(
        db, staf, LetterInput(datetime(LAST, 12, 1, 9), "Bappeda", "050/2", date(LAST, 12, 1), "Susulan", kode="050")
    )
    assert later.letter.seq == 10  # after the highest paper number
    assert read.agenda_ids(db, AgendaQuery(search="susulan")) == [later.letter.id]  # the trigger is back


def test_a_number_taken_between_the_check_and_the_write_writes_nothing(db: Database):
    staf = make_users(db)["staf"]
    letter = LetterInput(datetime(LAST, 3, 1, 9), "Bappeda", "050/3", date(LAST, 3, 1), "Laporan", kode="050")
    agenda.register_letter(db, staf, letter, seq=7)
    before = read.summary(db).audit_events
    staged = [StagedLetter(letter, 6), StagedLetter(letter, 7), StagedLetter(letter, None)]
    with pytest.raises(NumbersTaken) as refused:
        agenda.import_letters(db, staf, staged, pattern=PATTERN, unit="Org")
    assert refused.value.taken == frozenset({(LAST, 7)})
    assert len(read.agenda_ids(db, AgendaQuery())) == 1 and read.summary(db).audit_events == before
    assert check(db) == []


def test_the_search_trigger_survives_a_failed_import(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch):
    staf = make_users(sqlite_db)["staf"]
    letter = LetterInput(datetime(LAST, 3, 1, 9), "Bappeda", "050/3", date(LAST, 3, 1), "Laporan", kode="050")
    from sopdesk.store.audit import AuditRepository

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(AuditRepository, "append_many", broken)
    with pytest.raises(OSError):
        agenda.import_letters(sqlite_db, staf, [StagedLetter(letter, None)], pattern=PATTERN, unit="Org")
    with sqlite_db.engine.connect() as conn:
        triggers = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    assert "letter_fts_insert" in triggers
    assert read.agenda_ids(sqlite_db, AgendaQuery()) == []
