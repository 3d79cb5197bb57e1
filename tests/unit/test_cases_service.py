"""Berkas SP services: a case from letter to distribution, who may record what, and refusals
that write nothing."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from sopdesk.domain.agenda import LetterInput, LetterStatus
from sopdesk.domain.cases import (
    Cancel,
    CaseStatus,
    CompleteStep,
    Distribute,
    Extend,
    PassOutcome,
    Resume,
    ReturnStep,
    StartCase,
    StepSource,
    Suspend,
)
from sopdesk.domain.errors import Conflict, PermissionDenied, ValidationError
from sopdesk.domain.workdays import OfficeHours, OverrideKind
from sopdesk.services import agenda, cases, read
from sopdesk.services.calendar import (
    package_holidays,
    remove_override,
    save_office_hours,
    set_override,
    work_calendar,
    year_days,
)
from sopdesk.services.master import OfficialInput, save_official
from sopdesk.store.uow import UnitOfWork

RECEIVED = datetime(2025, 3, 3, 9, 0)  # Monday


def letter(db, actor, received=RECEIVED, asal="Dinas Kesehatan", nomor="440/12/Dinkes"):
    return agenda.register_letter(
        db,
        actor,
        LetterInput(received, asal, nomor, received.date(), "Penyampaian rancangan SP dan maklumat", kode="065"),
    ).letter


@pytest.fixture
def started(memory_db, actors):
    record = letter(memory_db, actors["staf"])
    result = cases.start_case(memory_db, actors["staf"], StartCase(record.id, ("Izin praktik bidan", "Izin apotek")))
    return memory_db, actors, record, result.case_id


def written(db, case_id):
    """What a refusal must leave alone: the audit trail and the case's events."""
    return len(read.audit_events(db, limit=100_000)), read.case_events(db, case_id), read.case_item(db, case_id)


def test_starting_a_case_completes_steps_1_and_2_from_the_letter(started):
    db, _, record, case_id = started
    state = cases.case_state(db, case_id)
    assert state.info.number == "SP-2025-001"
    assert state.info.opd_nama == "Dinas Kesehatan" and state.info.jenis_layanan == (
        "Izin praktik bidan",
        "Izin apotek",
    )
    assert state.current_step == 3 and state.lead_lane == "kabag"
    one, two = state.events
    assert (one.step, one.at, one.source) == (1, RECEIVED, StepSource.SURAT)
    # Typed in long after it arrived (back-filled): recorded on receipt, as the paper book has it.
    assert (two.step, two.at) == (2, RECEIVED)
    assert read.letter(db, record.id).status is LetterStatus.DIPROSES
    (audit,) = read.audit_events(db, entity="sop_case", entity_id=str(case_id))
    assert audit.action == "case.start" and audit.actor == "staf"
    item = read.case_item(db, case_id)
    assert item.current_step == 3 and item.lanes == ("kabag",) and item.due_at == state.due_at


def test_step_2_is_the_moment_the_letter_was_typed_in_on_the_day_it_arrived(memory_db, actors):
    now = datetime.now().replace(microsecond=0)
    received = now.replace(hour=0, minute=1, second=0)
    record = letter(memory_db, actors["staf"], received=received)
    case_id = cases.start_case(memory_db, actors["staf"], StartCase(record.id, ("Layanan",))).case_id
    two = cases.case_state(memory_db, case_id).events[1]
    assert received < two.at <= now


def test_a_letter_becomes_one_case_and_a_void_letter_none(started):
    db, actors, record, _ = started
    with pytest.raises(Conflict, match="sudah menjadi berkas SP-2025-001"):
        cases.start_case(db, actors["staf"], StartCase(record.id, ("Lain",)))
    other = letter(db, actors["staf"], nomor="440/13")
    agenda.void_letter(db, actors["kasubag"], other.id, "Tercatat dua kali")
    with pytest.raises(Conflict, match="sudah dibatalkan"):
        cases.start_case(db, actors["staf"], StartCase(other.id, ("Lain",)))


def test_a_sender_outside_the_opd_list_needs_its_opd_named(memory_db, actors):
    record = letter(memory_db, actors["staf"], asal="Puskesmas Cikupa")
    with pytest.raises(ValidationError) as info:
        cases.start_case(memory_db, actors["staf"], StartCase(record.id, ("Layanan",)))
    assert "tidak ada dalam daftar OPD" in info.value.fields["opd"]
    kesehatan = next(o for o in read.opd_list(memory_db) if o.nama == "Dinas Kesehatan")
    started = cases.start_case(memory_db, actors["staf"], StartCase(record.id, ("Layanan",), opd_id=kesehatan.id))
    assert cases.case_state(memory_db, started.case_id).info.opd_nama == "Dinas Kesehatan"
    with pytest.raises(ValidationError, match="minimal satu jenis layanan"):
        cases.start_case(memory_db, actors["staf"], StartCase(record.id, (" ",)))


def test_only_roles_of_the_steps_lanes_record_it_and_a_refusal_writes_nothing(started):
    db, actors, _, case_id = started
    before = written(db, case_id)
    with pytest.raises(PermissionDenied) as info:
        cases.complete_step(db, actors["staf"], case_id, CompleteStep(3, at=datetime(2025, 3, 3, 11, 0)))
    assert str(info.value) == ("Peran Staf tidak berwenang mencatat langkah 3: pelaksananya Kabag. Organisasi.")
    with pytest.raises(PermissionDenied):
        cases.complete_step(db, actors["pimpinan"], case_id, CompleteStep(3))
    with pytest.raises(PermissionDenied):
        cases.start_case(db, actors["kabag"], StartCase(1, ("x",)))
    assert written(db, case_id) == before
    cases.complete_step(db, actors["kabag"], case_id, CompleteStep(3, at=datetime(2025, 3, 3, 11, 0)))
    with pytest.raises(PermissionDenied, match="pelaksananya Kasubag, Staf"):
        cases.complete_step(db, actors["kabag"], case_id, CompleteStep(4, at=datetime(2025, 3, 4, 11, 0)))


def test_out_of_order_back_dated_and_future_moments_write_nothing(started):
    db, actors, _, case_id = started
    before = written(db, case_id)
    with pytest.raises(ValidationError, match="belum dapat diselesaikan"):
        cases.complete_step(db, actors["admin"], case_id, CompleteStep(5, at=datetime(2025, 3, 4, 9, 0)))
    with pytest.raises(ValidationError, match=r"terlalu awal: langkah 2 selesai pada 3 Maret 2025 09\.00"):
        cases.complete_step(db, actors["kabag"], case_id, CompleteStep(3, at=datetime(2025, 3, 3, 8, 0)))
    with pytest.raises(ValidationError, match="masa depan"):
        cases.complete_step(db, actors["kabag"], case_id, CompleteStep(3, at=datetime(2099, 1, 1)))
    with pytest.raises(ValidationError, match="tidak dapat mengembalikan"):
        cases.return_case(db, actors["kabag"], case_id, ReturnStep(2, "Kurang lengkap"))
    assert written(db, case_id) == before


def test_an_officials_step_is_recorded_on_their_behalf_and_both_are_kept(started):
    db, actors, _, case_id = started
    # The Kasubag transcribes the Kabag's disposition: the Kabag's lane official acted.
    cases.complete_step(db, actors["kasubag"], case_id, CompleteStep(3, at=datetime(2025, 3, 3, 11, 0)))
    done = cases.case_state(db, case_id).step(3).completion
    assert done.acted_by.lane == "kabag" and done.acted_by.jabatan == "Kepala Bagian Organisasi"
    assert done.recorded_by == "kasubag"
    audit = read.audit_events(db, entity="sop_case", entity_id=str(case_id))[0]
    assert audit.action == "case.step_done" and audit.actor == "kasubag"
    assert audit.on_behalf_of == "Kepala Bagian Organisasi"
    # Naming the official explicitly (the Sekda at step 7 later) keeps name and NIP.
    sekda = next(o for o in read.officials(db) if o.lane == "sekda")
    with pytest.raises(ValidationError, match="bukan pelaksana langkah 4"):
        cases.complete_step(db, actors["kasubag"], case_id, CompleteStep(4, official_id=sekda.id))


def test_a_user_who_is_the_official_acts_for_themselves(memory_db, actors):
    kabag = next(o for o in read.officials(memory_db) if o.lane == "kabag")
    save_official(memory_db, actors["admin"], OfficialInput("kabag", "Rina Marlina", "Kabag Organisasi", ""), kabag.id)
    from sopdesk.services.users import UserUpdate, update_user

    user = next(u for u in read.users(memory_db) if u.username == "kabag")
    update_user(memory_db, actors["admin"], UserUpdate(user.id, user.nama, "", user.role, True, kabag.id))
    record = letter(memory_db, actors["staf"])
    case_id = cases.start_case(memory_db, actors["staf"], StartCase(record.id, ("L",))).case_id
    cases.complete_step(memory_db, actors["kabag"], case_id, CompleteStep(3, at=datetime(2025, 3, 3, 10, 0)))
    done = cases.case_state(memory_db, case_id).step(3).completion
    assert done.acted_by.nama == "Rina Marlina"
    assert read.audit_events(memory_db, entity="sop_case", entity_id=str(case_id))[0].on_behalf_of is None


def run_to_step_5(db, actors, case_id):
    cases.complete_step(db, actors["kabag"], case_id, CompleteStep(3, at=datetime(2025, 3, 3, 11, 0)))
    cases.complete_step(
        db,
        actors["kasubag"],
        case_id,
        CompleteStep(4, at=datetime(2025, 4, 10, 10, 0), kelengkapan=("Disposisi",), outputs=("Notulen ekspose",)),
    )


def test_a_case_from_letter_to_distribution_with_one_return(started):
    db, actors, record, case_id = started
    run_to_step_5(db, actors, case_id)
    cases.return_case(
        db, actors["kabag"], case_id, ReturnStep(4, "Maklumat belum memuat kompensasi", at=datetime(2025, 4, 11, 9, 0))
    )
    state = cases.case_state(db, case_id)
    assert state.current_step == 4 and state.returns == 1 and state.step(4).current_pass.number == 2
    assert state.step(5).passes[0].outcome is PassOutcome.DIKEMBALIKAN
    cases.complete_step(db, actors["staf"], case_id, CompleteStep(4, at=datetime(2025, 4, 14, 9, 0)))
    cases.complete_step(db, actors["kabag"], case_id, CompleteStep(5, at=datetime(2025, 4, 15, 9, 0)))
    for step, at in (
        (6, datetime(2025, 4, 15, 14, 0)),
        (7, datetime(2025, 4, 16, 9, 0)),
        (8, datetime(2025, 4, 17, 9, 0)),
    ):
        cases.complete_step(db, actors["staf"], case_id, CompleteStep(step, at=at))
    seven = cases.case_state(db, case_id).step(7).completion
    # The Sekda is a gap the admin has not filled: the step names the office, never a guessed person.
    assert (seven.acted_by.jabatan, seven.acted_by.nama) == ("Sekretaris Daerah", "") and seven.recorded_by == "staf"
    cases.complete_step(db, actors["staf"], case_id, CompleteStep(9, at=datetime(2025, 4, 17, 11, 0)))
    cases.complete_step(db, actors["staf"], case_id, CompleteStep(10, at=datetime(2025, 4, 21, 11, 0)))
    with pytest.raises(ValidationError, match="minimal satu distribusi"):
        cases.complete_step(db, actors["staf"], case_id, CompleteStep(11, at=datetime(2025, 4, 22, 9, 0)))
    cases.record_distribution(
        db, actors["staf"], case_id, Distribute("Dinas Kesehatan", "Ani Suryani", at=datetime(2025, 4, 22, 9, 0))
    )
    cases.complete_step(db, actors["staf"], case_id, CompleteStep(11, at=datetime(2025, 4, 22, 10, 0)))
    done = cases.case_state(db, case_id)
    assert done.status is CaseStatus.SELESAI and done.finished_at == datetime(2025, 4, 22, 10, 0)
    assert [(d.to, d.received_by) for d in done.distributions] == [("Dinas Kesehatan", "Ani Suryani")]
    assert read.letter(db, record.id).status is LetterStatus.SELESAI
    assert cases.active_cases(db) == []
    assert read.case_item(db, case_id).status is CaseStatus.SELESAI
    actions = [e.action for e in read.audit_events(db, entity="sop_case", entity_id=str(case_id))]
    assert actions.count("case.step_done") == 10 and actions.count("case.return") == 1
    assert "case.distribute" in actions


def test_suspension_extension_and_cancellation(started):
    db, actors, record, case_id = started
    run_to_step_5(db, actors, case_id)
    cases.return_case(
        db, actors["kabag"], case_id, ReturnStep(4, "Data SPM belum lengkap", at=datetime(2025, 4, 11, 9, 0))
    )
    cases.suspend_case(db, actors["staf"], case_id, Suspend("Menunggu data dari OPD", at=datetime(2025, 4, 14, 7, 30)))
    item = read.case_item(db, case_id)
    assert item.status is CaseStatus.DITANGGUHKAN and item.suspended_since == datetime(2025, 4, 14, 7, 30)
    with pytest.raises(Conflict, match="lanjutkan berkas dulu"):
        cases.complete_step(db, actors["staf"], case_id, CompleteStep(4, at=datetime(2025, 4, 15, 9, 0)))
    cases.resume_case(db, actors["staf"], case_id, Resume("Data diterima", at=datetime(2025, 4, 16, 7, 30)))
    state = cases.case_state(db, case_id)
    # Pass 2 of step 4 started Friday 11 April 09:00; two working days (14, 15 April) do not count.
    assert state.step(4).current_pass.suspended_days == 2
    assert state.step_due_at == work_calendar(db).add(datetime(2025, 4, 11, 9, 0), 32)
    with pytest.raises(PermissionDenied, match="memperpanjang tenggat"):
        cases.extend_case(db, actors["staf"], case_id, Extend(Decimal(2), "Ekspose diundur"))
    cases.extend_case(db, actors["kasubag"], case_id, Extend(Decimal("2.5"), "Ekspose diundur"))
    assert read.case_item(db, case_id).step_due_at == work_calendar(db).add(datetime(2025, 4, 11, 9, 0), 34.5)
    with pytest.raises(ValidationError, match="alasan pembatalan"):
        cases.cancel_case(db, actors["kabag"], case_id, Cancel("x"))
    cases.cancel_case(db, actors["kabag"], case_id, Cancel("OPD menarik usulan"))
    assert read.case_item(db, case_id).status is CaseStatus.DIBATALKAN
    assert read.letter(db, record.id).status is LetterStatus.DIDISPOSISI  # the disposition stands
    # A cancelled case frees the letter for a new one.
    again = cases.start_case(db, actors["staf"], StartCase(record.id, ("Izin apotek",)))
    assert again.number == "SP-2025-002"
    assert [c.number for c in cases.cases_for_letter(db, record.id)] == ["SP-2025-002", "SP-2025-001"]


def test_step_3_completes_from_the_disposition_in_the_callers_transaction(started):
    db, actors, record, case_id = started
    with UnitOfWork(db) as uow:
        assert cases.complete_from_disposition(uow, actors["kabag"], record.id, at=datetime(2025, 3, 3, 10, 0))
        # Not committed by the service: the disposition's transaction decides.
    assert cases.case_state(db, case_id).current_step == 3
    with UnitOfWork(db) as uow:
        cases.complete_from_disposition(uow, actors["kabag"], record.id, at=datetime(2025, 3, 3, 10, 0))
        uow.commit()
    state = cases.case_state(db, case_id)
    assert state.current_step == 4 and state.step(3).completion.source is StepSource.DISPOSISI
    # Past step 3 (or no case for the letter): nothing to do, nothing written.
    assert not cases.complete_from_disposition(db, actors["kabag"], record.id, at=datetime(2025, 3, 4, 10, 0))
    other = letter(db, actors["staf"], nomor="440/99")
    assert not cases.complete_from_disposition(db, actors["kabag"], other.id, at=datetime(2025, 3, 4, 10, 0))


def test_overview_counts_lanes_overdue_and_tasks(memory_db, actors):
    now = datetime(2025, 3, 5, 9, 0)
    for n in range(3):
        record = letter(memory_db, actors["staf"], nomor=f"440/{n}")
        case_id = cases.start_case(memory_db, actors["staf"], StartCase(record.id, ("L",)), now=now).case_id
        if n:
            cases.complete_step(
                memory_db, actors["kabag"], case_id, CompleteStep(3, at=datetime(2025, 3, 3, 10)), now=now
            )
    view = cases.overview(memory_db, now=now)
    assert view.step_counts == {3: 1, 4: 2}
    assert view.lane_counts["kabag"] == 1 and view.lane_counts["kasubag"] == 2 and view.lane_counts["staf"] == 2
    assert [c.item.current_step for c in view.overdue] == [3]  # half a day from Monday 09:00
    assert {c.item.current_step for c in view.tasks_for(actors["kabag"].role)} == {3}
    assert {c.item.current_step for c in view.tasks_for(actors["staf"].role)} == {4}


# --- the calendar --------------------------------------------------------------------------------


def test_package_gives_idul_fitri_and_cuti_bersama_2025_and_2026():
    days = package_holidays(2025, 2026)
    lebaran_2025 = [d for d in sorted(days) if date(2025, 3, 27) <= d <= date(2025, 4, 8)]
    assert lebaran_2025 == [date(2025, 3, d) for d in (28, 29, 31)] + [date(2025, 4, d) for d in (1, 2, 3, 4, 7)]
    assert days[date(2025, 3, 31)] == "Hari Raya Idul Fitri"
    assert days[date(2025, 4, 7)] == "Cuti Bersama Hari Raya Idul Fitri"
    lebaran_2026 = [d for d in sorted(days) if date(2026, 3, 16) <= d <= date(2026, 3, 27)]
    assert lebaran_2026 == [date(2026, 3, d) for d in range(18, 25)]
    assert days[date(2026, 3, 21)] == "Hari Raya Idul Fitri" and "Cuti Bersama" in days[date(2026, 3, 20)]
    from tests.unit.test_workdays import LIBUR

    weekday_holidays = {d for d in days if d.weekday() < 5}
    assert {d for d in LIBUR if d.year in (2025, 2026) and d.weekday() < 5} == weekday_holidays


def test_calendar_edits_move_open_cases_and_are_audited(started):
    db, actors, _, case_id = started
    run_to_step_5(db, actors, case_id)
    cases.complete_step(db, actors["kabag"], case_id, CompleteStep(5, at=datetime(2025, 4, 11, 9, 0)))
    due = read.case_item(db, case_id).due_at
    assert due == datetime(2025, 5, 15, 13, 45)
    with pytest.raises(PermissionDenied):
        set_override(db, actors["staf"], date(2025, 5, 2), OverrideKind.LIBUR, "Libur daerah")
    set_override(db, actors["kasubag"], date(2025, 5, 2), OverrideKind.LIBUR, "HUT Kabupaten (SE Bupati)")
    assert read.case_item(db, case_id).due_at == datetime(2025, 5, 16, 13, 45)
    set_override(db, actors["kasubag"], date(2025, 5, 13), OverrideKind.KERJA, "Cuti bersama Waisak dicabut")
    assert read.case_item(db, case_id).due_at == datetime(2025, 5, 15, 13, 45)
    days = {d.tanggal: d for d in year_days(db, 2025)}
    assert days[date(2025, 5, 2)].source == "tambahan" and days[date(2025, 5, 13)].source == "dicabut"
    remove_override(db, actors["kasubag"], date(2025, 5, 2))
    remove_override(db, actors["kasubag"], date(2025, 5, 13))
    assert read.case_item(db, case_id).due_at == due
    actions = [e.action for e in read.audit_events(db, entity="calendar_override")]
    assert actions == ["calendar.remove", "calendar.remove", "calendar.set", "calendar.set"]
    # Shorter office hours do not change working days, only when in the day a due falls.
    save_office_hours(db, actors["admin"], OfficeHours(time(8, 0), time(16, 0), time(12, 0), time(12, 30)))
    assert read.case_item(db, case_id).due_at == work_calendar(db).add(datetime(2025, 3, 3, 9, 0), Decimal("42.5"))


def test_the_package_holidays_are_kept_in_the_cache_and_read_back_alike(tmp_path, monkeypatch):
    monkeypatch.setenv("SOPDESK_CACHE_DIR", str(tmp_path))
    package_holidays.cache_clear()
    computed = package_holidays(2024, 2026)
    files = list(tmp_path.glob("libur-ID-*.json"))
    assert len(files) == 1
    package_holidays.cache_clear()
    assert package_holidays(2024, 2026) == computed  # from the file this time
    files[0].write_text("rusak", encoding="utf-8")  # a damaged cache is rebuilt, not believed
    package_holidays.cache_clear()
    assert package_holidays(2024, 2026) == computed
    package_holidays.cache_clear()
