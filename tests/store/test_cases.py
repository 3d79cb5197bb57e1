"""Berkas SP in the store, on SQLite and PostgreSQL: append-only events, gapless case numbers,
two seats recording the same step, the lists read from the case rows."""

from __future__ import annotations

import threading
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from sopdesk.domain.agenda import LetterInput
from sopdesk.domain.cases import CaseStatus, CompleteStep, Distribute, Extend, StartCase, Suspend
from sopdesk.domain.errors import DomainError
from sopdesk.services import agenda, cases, read
from sopdesk.services.maintenance import check
from sopdesk.store.database import Database
from sopdesk.store.triggers import existing_triggers, expected_triggers
from tests.conftest import make_users


def new_case(db: Database, actors, n: int = 1, layanan=("Izin praktik bidan",)) -> int:
    record = agenda.register_letter(
        db,
        actors["staf"],
        LetterInput(
            datetime(2025, 3, 3, 9, 0), "Dinas Kesehatan", f"440/{n}", datetime(2025, 3, 3).date(), "SP", kode="065"
        ),
    ).letter
    return cases.start_case(db, actors["staf"], StartCase(record.id, layanan)).case_id


@pytest.fixture
def office(db: Database):
    return db, make_users(db)


def test_case_events_are_append_only(office):
    db, actors = office
    case_id = new_case(db, actors)
    with db.engine.connect() as conn:
        assert expected_triggers(db.dialect, "sop_case_event") <= existing_triggers(conn, "sop_case_event")
    for sql in ("UPDATE sop_case_event SET payload = '{}'", "DELETE FROM sop_case_event"):
        with pytest.raises(DBAPIError, match="hanya boleh ditambah"), db.engine.begin() as conn:
            conn.execute(text(sql))
    assert len(read.case_events(db, case_id)) == 2


def test_check_reports_a_dropped_case_event_trigger(office):
    db, _ = office
    assert check(db) == []
    with db.engine.begin() as conn:
        conn.execute(
            text("DROP TRIGGER sop_case_event_no_delete" + ("" if db.dialect == "sqlite" else " ON sop_case_event"))
        )
    problems = check(db)
    assert [p.where for p in problems] == ["trigger sop_case_event_no_delete"]


def test_events_and_rows_read_back_as_written(office):
    db, actors = office
    case_id = new_case(db, actors, layanan=("Pelayanan KTP-el", "Akta kelahiran – anak"))
    cases.complete_step(db, actors["kabag"], case_id, CompleteStep(3, at=datetime(2025, 3, 3, 10, 0), note="Segera"))
    cases.extend_case(db, actors["kasubag"], case_id, Extend(Decimal("1.5"), "Narasumber berhalangan"))
    cases.suspend_case(db, actors["staf"], case_id, Suspend("Menunggu berita acara OPD", at=datetime(2025, 3, 5, 9, 0)))
    state = cases.case_state(db, case_id)
    assert state.info.jenis_layanan == ("Pelayanan KTP-el", "Akta kelahiran – anak")
    assert [e.kind.value for e in state.events] == ["step_done", "step_done", "step_done", "extended", "suspended"]
    assert state.events[2].note == "Segera" and state.events[3].days == Decimal("1.5")
    item = read.case_item(db, case_id)
    assert item.status is CaseStatus.DITANGGUHKAN and item.lanes == ("kasubag", "staf")
    assert item.suspended_since == datetime(2025, 3, 5, 9, 0)
    assert item.step_due_at == state.step_due_at and item.due_at == state.due_at
    assert read.case_events_of(db, [case_id])[case_id] == list(state.events)
    assert read.case_ids_with_step_events(db, datetime(2025, 3, 3), datetime(2025, 3, 4)) == [case_id]
    assert read.case_ids_with_step_events(db, datetime(2025, 3, 4), datetime(2025, 3, 9)) == []


def test_case_numbers_are_gapless_per_year_and_lists_come_soonest_due_first(office):
    db, actors = office
    ids = [new_case(db, actors, n) for n in range(1, 4)]
    assert [read.case_item(db, i).number for i in ids] == ["SP-2025-001", "SP-2025-002", "SP-2025-003"]
    cases.complete_step(db, actors["kabag"], ids[0], CompleteStep(3, at=datetime(2025, 3, 3, 10, 0)))
    listed = read.case_items(db)
    assert [i.id for i in listed] == [ids[1], ids[2], ids[0]]  # step 3 falls due before step 4
    assert read.case_items(db, step=4)[0].id == ids[0]
    assert cases.find_case(db, "sp-2025-002") == ids[1] and cases.find_case(db, f"#{ids[2]}") == ids[2]


def test_two_seats_recording_the_same_step_record_it_once(office, db_target: str):
    db, actors = office
    case_id = new_case(db, actors)
    start = threading.Barrier(2)
    outcomes: list[object] = []

    def seat() -> None:
        database = Database.connect(db_target)
        try:
            start.wait()
            cases.complete_step(database, actors["kabag"], case_id, CompleteStep(3, at=datetime(2025, 3, 3, 10, 0)))
            outcomes.append("ok")
        except DomainError as exc:
            outcomes.append(str(exc))
        finally:
            database.dispose()

    threads = [threading.Thread(target=seat) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    ok, refused = sorted(map(str, outcomes))
    assert ok == "ok" and refused.startswith("step: Langkah 3 sudah selesai; berkas sekarang di langkah 4")
    assert [e.seq for e in read.case_events(db, case_id)] == [1, 2, 3]


def test_distribution_rows_and_letter_lookups(office):
    db, actors = office
    case_id = new_case(db, actors)
    letter_id = read.case_info(db, case_id).letter_id
    assert [c.id for c in cases.cases_for_letter(db, letter_id)] == [case_id]
    with pytest.raises(DomainError, match="Distribusi dicatat pada langkah 11"):
        cases.record_distribution(db, actors["staf"], case_id, Distribute("Dinkes", "Ani"))
