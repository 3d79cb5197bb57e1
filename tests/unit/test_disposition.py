"""Dispositions: the rules of the form, the chain Kabag -> Kasubag -> Staf, and the letter's status."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from sopdesk.domain.agenda import LetterStatus, Urgensi
from sopdesk.domain.changes import Kind
from sopdesk.domain.disposition import (
    DEFAULT_INSTRUCTIONS,
    DispositionInput,
    RecipientKind,
    RecipientRef,
    RecipientStatus,
    add_working_days,
    due_hint,
    normalise_disposition,
    suggest_due_date,
    working_days_between,
)
from sopdesk.domain.errors import Conflict, PermissionDenied, ValidationError
from sopdesk.services import disposition as disp
from sopdesk.services import read
from sopdesk.store.database import Database
from tests.office import KABAG, KASUBAG, Office, make_office

FRIDAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 10, 0)


# --- working days and the hint ---------------------------------------------------------------


def test_working_days_skip_the_weekend():
    assert add_working_days(FRIDAY, 5) == date(2026, 12, 4)
    assert add_working_days(FRIDAY, 1) == date(2026, 11, 30)  # Monday
    assert add_working_days(date(2026, 11, 28), 0) == date(2026, 11, 30)  # Saturday -> Monday
    assert add_working_days(date(2026, 11, 26), 2) == date(2026, 11, 30)  # Thursday + 2
    # The day received never counts, working or not: Sunday + 5 is Friday, as the hint counts it.
    sunday = date(2026, 12, 6)
    assert add_working_days(sunday, 5) == date(2026, 12, 11)
    assert working_days_between(sunday, add_working_days(sunday, 5)) == 5
    assert working_days_between(FRIDAY, date(2026, 12, 4)) == 5


def test_due_date_follows_the_letters_urgency_with_a_hint():
    assert suggest_due_date(FRIDAY, Urgensi.BIASA) == date(2026, 12, 4)
    assert suggest_due_date(FRIDAY, Urgensi.SEGERA) == date(2026, 12, 1)
    assert suggest_due_date(FRIDAY, Urgensi.SANGAT_SEGERA) == date(2026, 11, 30)
    assert suggest_due_date(FRIDAY, Urgensi.BIASA, {Urgensi.BIASA: 3}) == date(2026, 12, 2)
    assert due_hint(FRIDAY, date(2026, 12, 4)) == "5 hari kerja, Jumat 4 Desember 2026"
    assert due_hint(FRIDAY, FRIDAY) == "hari ini, Jumat 27 November 2026"


# --- the form's rules ------------------------------------------------------------------------

UNIT = RecipientRef(RecipientKind.UNIT, None, "Subbagian Tata Laksana")


def test_form_rules_name_each_field_in_indonesian():
    bad = DispositionInput(1, (), (), "  ", due_date=FRIDAY - timedelta(days=1))
    with pytest.raises(ValidationError) as err:
        normalise_disposition(bad, now=NOW)
    assert err.value.fields == {
        "recipients": "Pilih minimal satu penerima disposisi.",
        "instructions": "Centang minimal satu instruksi atau tulis catatan.",
        "due_date": "Batas waktu tidak boleh sebelum hari ini.",
    }
    twice = DispositionInput(1, (UNIT, UNIT), ("arsipkan",))
    with pytest.raises(ValidationError) as err:
        normalise_disposition(twice, now=NOW)
    assert err.value.fields == {"recipients": "Subbagian Tata Laksana dipilih dua kali."}


def test_a_note_alone_is_enough_and_checklist_items_keep_their_spelling():
    cmd = normalise_disposition(DispositionInput(1, (UNIT,), (), " Segera pelajari. "), now=NOW)
    assert cmd.catatan == "Segera pelajari." and cmd.written_at == NOW
    cmd = normalise_disposition(
        DispositionInput(1, (UNIT,), ("untuk DIKETAHUI", "Untuk diketahui", "Bahas di rapat staf")), now=NOW
    )
    assert cmd.instructions == ("Untuk diketahui", "Bahas di rapat staf")


def test_a_transcribed_disposition_may_carry_the_due_date_written_on_paper():
    written = NOW - timedelta(days=3)
    cmd = DispositionInput(1, (UNIT,), ("Arsipkan",), due_date=FRIDAY - timedelta(days=1), written_at=written)
    assert normalise_disposition(cmd, now=NOW).due_date == FRIDAY - timedelta(days=1)
    with pytest.raises(ValidationError) as err:
        normalise_disposition(DispositionInput(1, (UNIT,), ("Arsipkan",), written_at=NOW + timedelta(hours=1)), now=NOW)
    assert err.value.fields == {"written_at": "Waktu disposisi tidak boleh di masa depan."}


# --- the services ----------------------------------------------------------------------------


@pytest.fixture
def office(memory_db: Database) -> Office:
    return make_office(memory_db)


def to(*refs: RecipientRef) -> tuple[RecipientRef, ...]:
    return refs


def official(office: Office, lane: str) -> RecipientRef:
    o = office.kabag if lane == "kabag" else office.kasubag
    return RecipientRef(RecipientKind.OFFICIAL, o.id, o.nama, o.jabatan)


def user(office: Office, name: str) -> RecipientRef:
    a = office.actors[name]
    return RecipientRef(RecipientKind.USER, a.user_id, a.nama)


def test_the_kabag_disposes_in_her_own_name_and_the_letter_follows(office: Office):
    db, kabag = office.db, office.actors["kabag"]
    letter = office.letters[1]  # Segera
    record = disp.write_disposition(
        db,
        kabag,
        DispositionInput(letter.id, to(official(office, "kasubag")), ("Proses lebih lanjut",), "Koordinasikan."),
    )
    assert (record.signer.nama, record.signer.nip) == KABAG
    assert record.signer.jabatan == "Kepala Bagian Organisasi"
    assert not record.transcribed and record.recorded_by == "kabag"
    today = date.today()
    assert record.due_date == add_working_days(today, 2)
    (entry,) = record.recipients
    assert (entry.nama, entry.status, entry.user_id) == (
        KASUBAG[0],
        RecipientStatus.BELUM_DIBACA,
        office.actors["kasubag"].user_id,
    )
    assert read.letter(db, letter.id).status is LetterStatus.DIDISPOSISI
    actions = [e.action for e in read.audit_events(db, entity="disposition", entity_id=str(record.id))]
    assert actions == ["disposition.write"]
    assert "letter.status" in [e.action for e in read.audit_events(db, entity="letter", entity_id=str(letter.id))]
    assert disp.awaiting_count(db) == 2


def test_bad_form_writes_nothing(office: Office):
    db = office.db
    before = read.summary(db).audit_events
    with pytest.raises(ValidationError) as err:
        disp.write_disposition(db, office.actors["kabag"], DispositionInput(office.letters[0].id, ()))
    assert set(err.value.fields) == {"recipients", "instructions"}
    with pytest.raises(ValidationError) as err:
        disp.write_disposition(
            db,
            office.actors["kabag"],
            DispositionInput(office.letters[0].id, to(official(office, "kabag")), ("Arsipkan",)),
        )
    assert err.value.fields == {"recipients": "Disposisi tidak dapat ditujukan kepada penanda tangannya sendiri."}
    assert read.summary(db).audit_events == before
    assert read.letter(db, office.letters[0].id).status is LetterStatus.BELUM


def test_a_clerk_without_the_transcribe_permission_cannot_write_in_the_kabags_name(office: Office):
    db, letter = office.db, office.letters[0]
    cmd = DispositionInput(letter.id, to(official(office, "kasubag")), ("Arsipkan",))
    with pytest.raises(PermissionDenied, match="mencatat disposisi atas nama pejabat"):
        disp.transcribe_disposition(db, office.actors["staf"], office.kabag.id, cmd)
    with pytest.raises(PermissionDenied, match="menulis disposisi"):
        disp.write_disposition(db, office.actors["staf"], cmd)
    assert read.dispositions_for_letter(db, letter.id) == []


def test_transcribing_records_both_the_official_and_the_clerk(office: Office):
    db, letter, kasubag = office.db, office.letters[0], office.actors["kasubag"]
    written = datetime.now().replace(microsecond=0) - timedelta(minutes=30)
    cmd = DispositionInput(letter.id, to(user(office, "staf")), ("Siapkan bahan",), written_at=written)
    record = disp.transcribe_disposition(db, kasubag, office.kabag.id, cmd)
    assert (record.signer.nama, record.signer.nip, record.transcribed) == (*KABAG, True)
    assert (record.recorded_by, record.written_at) == ("kasubag", written)
    (event,) = read.audit_events(db, entity="disposition", entity_id=str(record.id))
    assert event.action == "disposition.transcribe" and event.actor == "kasubag"
    assert event.on_behalf_of == f"{KABAG[0]} (Kepala Bagian Organisasi)"


def test_the_chain_kabag_kasubag_staf_to_done(office: Office):
    db, a = office.db, office.actors
    letter = office.letters[0]
    root = disp.write_disposition(
        db, a["kabag"], DispositionInput(letter.id, to(official(office, "kasubag")), ("Proses lebih lanjut",))
    )
    summary = disp.inbox_summary(db, a["kasubag"])
    assert (summary.open, summary.unread) == (1, 1)
    (item,) = disp.inbox(db, a["kasubag"])
    assert (item.letter_number, item.from_nama, item.unread) == (letter.number, KABAG[0], True)
    disp.mark_read(db, a["kasubag"], root.id)
    assert disp.inbox_summary(db, a["kasubag"]).unread == 0
    assert read.letter(db, letter.id).status is LetterStatus.DIDISPOSISI

    # Only a recipient passes it on.
    onward = DispositionInput(
        letter.id, to(user(office, "staf")), ("Siapkan bahan",), "Draf minggu ini.", parent_id=root.id
    )
    with pytest.raises(PermissionDenied, match="Hanya penerima"):
        disp.forward_disposition(db, a["staf2"], onward)
    child = disp.forward_disposition(db, a["kasubag"], onward)
    assert (child.parent_id, child.signer.nama) == (root.id, KASUBAG[0])
    parent_entry = read.disposition(db, root.id).recipients[0]
    assert parent_entry.status is RecipientStatus.DITINDAKLANJUTI
    assert parent_entry.note == "Diteruskan kepada Pengguna staf"
    assert read.letter(db, letter.id).status is LetterStatus.DIPROSES

    (tree,) = disp.chain(db, letter.id)
    assert [(depth, d.signer.nama) for depth, d in tree.walk()] == [(0, KABAG[0]), (1, KASUBAG[0])]

    with pytest.raises(PermissionDenied, match="bukan penerima"):
        disp.mark_done(db, a["staf2"], child.id, "Selesai")
    disp.mark_done(db, a["staf"], child.id, "Draf SP dikirim ke Kasubag.")
    staf_entry = read.disposition(db, child.id).recipients[0]
    assert (staf_entry.status, staf_entry.note) == (RecipientStatus.SELESAI, "Draf SP dikirim ke Kasubag.")
    assert staf_entry.read_at is not None and staf_entry.done_at is not None
    # Everyone it was passed to is done: the Kasubag's entry is done by the chain, so is the letter.
    assert read.disposition(db, root.id).recipients[0].status is RecipientStatus.SELESAI
    assert read.letter(db, letter.id).status is LetterStatus.SELESAI
    assert disp.inbox_summary(db, a["kasubag"]).open == 0
    with pytest.raises(Conflict):
        disp.mark_done(db, a["staf"], child.id)


def test_follow_up_needs_a_note_and_a_read_only_user_cannot_record_work(office: Office):
    db, a = office.db, office.actors
    root = disp.write_disposition(
        db,
        a["kabag"],
        DispositionInput(office.letters[0].id, to(user(office, "staf"), user(office, "pimpinan")), ("Arsipkan",)),
    )
    with pytest.raises(ValidationError) as err:
        disp.mark_followed_up(db, a["staf"], root.id, " ")
    assert "note" in err.value.fields
    disp.mark_followed_up(db, a["staf"], root.id, "Sudah diarsipkan sementara.")
    assert read.letter(db, office.letters[0].id).status is LetterStatus.DIPROSES
    with pytest.raises(PermissionDenied):
        disp.mark_done(db, a["pimpinan"], root.id)
    disp.mark_read(db, a["pimpinan"], root.id)  # reading is allowed
    # A clerk with the transcribe permission records it for the other recipient.
    entry = read.disposition(db, root.id).recipients[1]
    disp.mark_done(db, a["kasubag"], root.id, "Dicatat atas laporan lisan.", recipient_id=entry.id)
    event = read.audit_events(db, entity="disposition", entity_id=str(root.id), limit=1)[0]
    assert event.action == "disposition.done" and event.on_behalf_of.startswith("Pengguna pimpinan")
    assert read.letter(db, office.letters[0].id).status is LetterStatus.DIPROSES
    disp.mark_done(db, a["staf"], root.id)
    assert read.letter(db, office.letters[0].id).status is LetterStatus.SELESAI


def test_withdraw_only_while_unread_and_only_by_its_writer(office: Office):
    db, a = office.db, office.actors
    letter = office.letters[0]
    first = disp.write_disposition(
        db, a["kabag"], DispositionInput(letter.id, to(official(office, "kasubag")), ("Arsipkan",))
    )
    with pytest.raises(PermissionDenied):
        disp.withdraw_disposition(db, a["staf"], first.id, "Salah surat")
    with pytest.raises(ValidationError):
        disp.withdraw_disposition(db, a["kabag"], first.id, "x")
    disp.withdraw_disposition(db, a["kabag"], first.id, "Salah memilih surat")
    record = read.disposition(db, first.id)
    assert record.withdrawn and record.withdraw_reason == "Salah memilih surat"
    assert read.letter(db, letter.id).status is LetterStatus.BELUM
    assert disp.inbox(db, a["kasubag"]) == []
    second = disp.write_disposition(
        db, a["kabag"], DispositionInput(letter.id, to(official(office, "kasubag")), ("Arsipkan",))
    )
    disp.mark_read(db, a["kasubag"], second.id)
    with pytest.raises(Conflict, match="sudah dibaca oleh Budi Santoso"):
        disp.withdraw_disposition(db, a["kabag"], second.id, "Berubah pikiran")
    with pytest.raises(Conflict, match="sudah ditarik"):
        disp.mark_read(db, a["kasubag"], first.id)


def test_overdue_items_are_flagged_and_counted(office: Office):
    db, a = office.db, office.actors
    record = disp.write_disposition(
        db, a["kabag"], DispositionInput(office.letters[2].id, to(user(office, "staf")), ("Tanggapan dan saran",))
    )
    later = record.due_date + timedelta(days=1)
    (item,) = disp.inbox(db, a["staf"], today=later)
    assert item.overdue and not disp.inbox(db, a["staf"], today=record.due_date)[0].overdue
    assert disp.inbox_summary(db, a["staf"], today=later).overdue == 1
    disp.mark_done(db, a["staf"], record.id)
    assert not disp.inbox(db, a["staf"], today=later)[0].overdue
    assert disp.inbox(db, a["staf"], open_only=True) == []


def test_new_for_user_gives_what_arrived_after_the_watch_began(office: Office):
    db, a = office.db, office.actors
    since = disp.latest_id(db)
    assert disp.new_for_user(db, a["staf"].user_id, since) == []
    disp.write_disposition(
        db, a["kabag"], DispositionInput(office.letters[0].id, to(official(office, "kasubag")), ("Arsipkan",))
    )
    mine = disp.write_disposition(
        db, a["kabag"], DispositionInput(office.letters[1].id, to(user(office, "staf")), ("Siapkan bahan",))
    )
    (item,) = disp.new_for_user(db, a["staf"].user_id, since)
    assert (item.disposition_id, item.perihal) == (mine.id, office.letters[1].perihal)
    assert disp.new_for_user(db, a["staf"].user_id, mine.id) == []


def test_recipient_choices_and_names_on_the_command_line(office: Office):
    db, a = office.db, office.actors
    options = disp.recipient_options(db, a["kabag"])
    names = [o.ref.nama for o in options]
    assert names[0] == KASUBAG[0] and KABAG[0] not in names  # not to herself
    assert "Pengguna staf" in names and "Subbagian Tata Laksana" in names
    assert "Pengguna kasubag" not in names  # the Kasubag is listed once, as the official
    assert disp.find_recipient(db, "kasubag", a["kabag"]).kind is RecipientKind.OFFICIAL
    assert disp.find_recipient(db, "staf", a["kabag"]).ref_id == a["staf"].user_id
    assert disp.find_recipient(db, "subbagian tata laksana").kind is RecipientKind.UNIT
    assert disp.find_official(db, "kabag").nama == KABAG[0]
    hint = disp.suggest_due(db, office.letters[0].id, FRIDAY)
    assert (hint.due_date, hint.hint) == (date(2026, 12, 4), "5 hari kerja, Jumat 4 Desember 2026")
    assert disp.checklist(db) == DEFAULT_INSTRUCTIONS
    disp.save_checklist(db, a["admin"], ["Pelajari", "Arsipkan"])
    assert disp.checklist(db) == ("Pelajari", "Arsipkan")
    with pytest.raises(PermissionDenied):
        disp.save_units(db, a["kabag"], ["Tim SP"])


def test_demo_adds_chains_in_every_state(memory_db: Database):
    from collections import Counter

    from sopdesk.domain.agenda import AgendaQuery
    from sopdesk.domain.records import Actor
    from sopdesk.domain.roles import Role
    from sopdesk.services.demo import fill_demo, fill_demo_dispositions, fill_demo_letters
    from sopdesk.services.maintenance import check
    from sopdesk.services.users import NewUser, create_first_admin
    from tests.conftest import ADMIN_PASSWORD

    admin = create_first_admin(memory_db, NewUser("admin", "Administrator", "", Role.ADMIN, ADMIN_PASSWORD))
    fill_demo(memory_db, Actor(admin.id, admin.username, admin.role, admin.nama))
    fill_demo_letters(memory_db)
    assert fill_demo_dispositions(memory_db) > 0
    assert fill_demo_dispositions(memory_db) == 0  # once only
    statuses = Counter(
        r.status for r in read.letters(memory_db, read.agenda_ids(memory_db, AgendaQuery())).values() if not r.voided
    )
    assert statuses[LetterStatus.SELESAI] > 100
    assert statuses[LetterStatus.BELUM] >= 1 and statuses[LetterStatus.DIDISPOSISI] >= 1
    users = {u.username: u.id for u in read.users(memory_db)}
    items = (
        read.inbox(memory_db, users["kasubag"])
        + read.inbox(memory_db, users["staf1"])
        + read.inbox(memory_db, users["staf2"])
    )
    seen = {i.status for i in items}
    assert seen == set(RecipientStatus)
    assert any(i.overdue for i in items)
    (tree,) = read.disposition_tree(memory_db, items[-1].letter_id)
    assert [d.signer.nama for _, d in tree.walk()][:2] == ["Rina Marlina, S.Sos, M.Si", "Budi Santoso, S.IP"]
    assert check(memory_db) == []


def test_the_kabags_disposition_completes_step_3_of_the_letters_case(office: Office):
    from sopdesk.domain.cases import StartCase, StepSource
    from sopdesk.services import cases

    db = office.db
    letter = office.letters[0]
    case_id = cases.start_case(db, office.actors["staf"], StartCase(letter.id, ("Izin usaha",), opd_id=1)).case_id
    assert cases.case_state(db, case_id).current_step == 3
    # Transcribed by the Kasubag on the Kabag's behalf: the step is the Kabag's, typed by him.
    disp.transcribe_disposition(
        db,
        office.actors["kasubag"],
        office.kabag.id,
        DispositionInput(letter.id, to(user(office, "staf")), ("Siapkan bahan",), ""),
    )
    state = cases.case_state(db, case_id)
    assert state.current_step == 4 and state.lead_lane == "kasubag"
    done = state.step(3).completion
    assert done is not None and done.source is StepSource.DISPOSISI
    assert done.acted_by is not None and done.acted_by.nama == KABAG[0]
    assert done.recorded_by == "kasubag"


def test_withdrawing_the_kabags_disposition_sends_the_case_back_to_step_3(office: Office):
    """Step 3 stood on the disposition: withdrawn, the case waits for the Kabag again (a return
    whose reason says why), and her corrected disposition completes the step anew. Once step 4
    is done, the disposition the work was built on can no longer be withdrawn."""
    from sopdesk.domain.cases import CompleteStep, StartCase, StepStatus
    from sopdesk.services import cases

    db, kabag = office.db, office.actors["kabag"]
    letter = office.letters[0]
    case_id = cases.start_case(db, office.actors["staf"], StartCase(letter.id, ("Izin usaha",), opd_id=1)).case_id
    first = disp.write_disposition(db, kabag, DispositionInput(letter.id, to(user(office, "staf")), ("Siapkan",)))
    assert cases.case_state(db, case_id).current_step == 4

    changes = disp.withdraw_disposition(db, kabag, first.id, "Salah memilih penerima")
    assert changes.ids_of(Kind.CASE) == {case_id} and changes.ids_of(Kind.DISPOSITION) == {first.id}
    state = cases.case_state(db, case_id)
    assert state.current_step == 3 and state.lead_lane == "kabag"
    step4 = state.step(4).passes[-1]
    assert step4.returned is not None and step4.returned.reason == "Disposisi ditarik: Salah memilih penerima"
    assert state.step(3).status is StepStatus.BERJALAN and len(state.step(3).passes) == 2
    assert disp.awaiting_count(db) == 3  # the letter waits for a disposition again
    actions = [e.action for e in read.audit_events(db, limit=3)]
    assert {"disposition.withdraw", "case.return"} <= set(actions)  # one transaction, both audited

    second = disp.write_disposition(db, kabag, DispositionInput(letter.id, to(user(office, "staf")), ("Siapkan",)))
    state = cases.case_state(db, case_id)
    assert state.current_step == 4
    done = state.step(3).completion
    assert done is not None and done.note == f"Disposisi #{second.id}"

    # A second disposition standing beside a withdrawn one keeps step 3 done.
    extra = disp.write_disposition(db, kabag, DispositionInput(letter.id, to(user(office, "staf")), ("Arsipkan",)))
    disp.withdraw_disposition(db, kabag, extra.id, "Tertulis dua kali")
    assert cases.case_state(db, case_id).current_step == 4

    # Step 4 done: the work stands on the disposition, which can no longer be withdrawn.
    cases.complete_step(db, office.actors["kasubag"], case_id, CompleteStep(4))
    with pytest.raises(Conflict, match="sudah melewati langkah 4"):
        disp.withdraw_disposition(db, kabag, second.id, "Terlambat ditarik")
    assert not read.disposition(db, second.id).withdrawn
    assert cases.case_state(db, case_id).current_step == 5


def test_an_open_case_keeps_the_letter_in_process_when_its_dispositions_are_done(office: Office):
    from sopdesk.domain.cases import StartCase
    from sopdesk.services import cases

    db, kabag, kasubag = office.db, office.actors["kabag"], office.actors["kasubag"]
    letter = office.letters[0]
    cases.start_case(db, office.actors["staf"], StartCase(letter.id, ("Izin usaha",), opd_id=1))
    assert disp.awaiting_count(db) == 3  # its case waits at step 3 for the Kabag
    record = disp.write_disposition(
        db, kabag, DispositionInput(letter.id, to(official(office, "kasubag")), ("Untuk diketahui",), "")
    )
    assert disp.awaiting_count(db) == 2
    disp.mark_done(db, kasubag, record.id, "Sudah diketahui")
    assert read.letter(db, letter.id).status is LetterStatus.DIPROSES  # the case is still running
    other = office.letters[1]
    done = disp.write_disposition(
        db, kabag, DispositionInput(other.id, to(official(office, "kasubag")), ("Untuk diketahui",), "")
    )
    disp.mark_done(db, kasubag, done.id, "Sudah diketahui")
    assert read.letter(db, other.id).status is LetterStatus.SELESAI  # no case: the dispositions decide


def test_a_voided_letter_leaves_the_inbox_and_the_due_days_are_a_setting(office: Office):
    from sopdesk.services import agenda

    db, a = office.db, office.actors
    record = disp.write_disposition(
        db, a["kabag"], DispositionInput(office.letters[0].id, to(user(office, "staf")), ("Arsipkan",))
    )
    assert disp.inbox_summary(db, a["staf"]).unread == 1
    agenda.void_letter(db, a["kasubag"], office.letters[0].id, "Tercatat dua kali")
    assert disp.inbox(db, a["staf"]) == [] and disp.inbox_summary(db, a["staf"]).unread == 0
    assert read.disposition(db, record.id) is not None  # kept on record
    assert disp.suggest_due(db, office.letters[1].id, FRIDAY).due_date == date(2026, 12, 1)  # Segera: 2 days
    disp.save_due_days(db, a["admin"], {Urgensi.SEGERA: 3})
    assert disp.suggest_due(db, office.letters[1].id, FRIDAY).hint == "3 hari kerja, Rabu 2 Desember 2026"
    with pytest.raises(ValidationError):
        disp.save_due_days(db, a["admin"], {Urgensi.BIASA: 99})
    with pytest.raises(Conflict, match="sudah dibatalkan"):
        disp.write_disposition(
            db, a["kabag"], DispositionInput(office.letters[0].id, to(user(office, "staf")), ("Arsipkan",))
        )


def test_the_due_date_skips_holidays_and_cuti_bersama():
    from sopdesk.services.calendar import package_holidays

    libur = package_holidays(2026, 2026)
    working = lambda d: d.weekday() < 5 and d not in libur  # noqa: E731
    # Tuesday 17 March 2026: Nyepi (19), Idul Fitri (20-21) and cuti bersama follow.
    start = date(2026, 3, 17)
    due = add_working_days(start, 2, working)
    assert due == date(2026, 3, 26)  # 18-24 March are holidays and cuti bersama
    assert all(working(d) is False for d in (date(2026, 3, 19), date(2026, 3, 20)))
    assert due_hint(start, due, working).startswith("2 hari kerja, ")
