"""Records that prove themselves (issue 13), on SQLite and PostgreSQL: direct edits made with a
SQL console are named by ``check`` with their table, key and field; a cut or rewritten tail of
the audit chain is caught by a witness kept outside the database."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from sopdesk.domain.agenda import LetterInput
from sopdesk.domain.audit import AuditFields, event_hash
from sopdesk.domain.cases import StartCase
from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef
from sopdesk.domain.errors import ValidationError
from sopdesk.domain.records import Actor
from sopdesk.services import agenda, cases, read
from sopdesk.services import disposition as disp
from sopdesk.services.attachments import attach
from sopdesk.store.check import check_database
from sopdesk.store.database import Database
from sopdesk.store.witness import WitnessKeeper, audit_head, read_witness_file
from tests.office import make_office
from tests.store.test_audit_trail import raw_exec

PDF = b"%PDF-1.4\n% scan surat\n" + bytes(range(256)) * 8 + b"\n%%EOF\n"


@dataclass
class Records:
    db: Database
    target: str
    actors: dict[str, Actor]
    letter_id: int
    disposition_id: int
    case_id: int
    attachment_id: int


@pytest.fixture
def records(db: Database, db_target: str) -> Records:
    office = make_office(db)
    a = office.actors
    letter = office.letters[0]  # from Dinas Kesehatan: a Berkas SP, then the Kabag's disposition (step 3)
    case = cases.start_case(db, a["staf"], StartCase(letter.id, ("Izin praktik bidan",))).case_id
    kasubag = RecipientRef(RecipientKind.OFFICIAL, office.kasubag.id, office.kasubag.nama)
    given = disp.write_disposition(db, a["kabag"], DispositionInput(letter.id, (kasubag,), ("Proses lebih lanjut",)))
    saved = attach(db, a["staf"], office.letters[1].id, "scan.pdf", PDF)
    return Records(db, db_target, a, letter.id, given.id, case, saved.id)


def problems(db: Database, witnesses=()) -> list[tuple[str, str]]:
    return [(p.where, p.message) for p in check_database(db, witnesses)]


def drop_triggers(db: Database, table: str) -> list[str]:
    on = f" ON {table}" if db.dialect == "postgresql" else ""
    return [f"DROP TRIGGER {table}_no_{verb}{on}" for verb in ("update", "delete")]


def recreate_triggers(db: Database, table: str) -> None:
    from sopdesk.store.triggers import create_append_only_triggers

    with db.engine.begin() as conn:
        create_append_only_triggers(conn, table)


def test_an_office_full_of_honest_writes_checks_clean(records: Records):
    assert problems(records.db) == []


def test_a_letters_perihal_edited_in_the_file_is_named_with_its_field(records: Records):
    raw_exec(records.db, records.target, f"UPDATE letter SET perihal = 'Diubah' WHERE id = {records.letter_id}")
    ((where, message),) = problems(records.db)
    assert where == f"letter id {records.letter_id}"
    assert "perihal: tercatat " in message and "sekarang 'Diubah'" in message


def test_a_letter_voided_or_renumbered_directly_is_named(records: Records):
    other = read.letters(records.db, [records.letter_id + 1])[records.letter_id + 1]
    raw_exec(
        records.db,
        records.target,
        f"UPDATE letter SET voided = {'true' if records.db.dialect == 'postgresql' else 1} WHERE id = {records.letter_id}",
        f"UPDATE letter SET number = '{other.number}-x' WHERE id = {other.id}",
    )
    found = dict(problems(records.db))
    assert "voided" in found[f"letter id {records.letter_id}"]
    assert "number" in found[f"letter id {other.id}"]


def test_a_users_role_raised_to_admin_is_named(records: Records):
    pimpinan = records.actors["pimpinan"].user_id
    raw_exec(records.db, records.target, f"UPDATE app_user SET role = 'admin' WHERE id = {pimpinan}")
    ((where, message),) = problems(records.db)
    assert where == f"app_user id {pimpinan}"
    assert "role: tercatat 'pimpinan', sekarang 'admin'" in message


def test_a_password_hash_swapped_is_found_without_copying_hashes_into_the_trail(records: Records):
    staf = records.actors["staf"].user_id
    raw_exec(records.db, records.target, f"UPDATE app_user SET password_hash = 'x' WHERE id = {staf}")
    ((where, message),) = problems(records.db)
    assert where == f"app_user id {staf}" and "password_hash" in message
    with records.db.read_engine.connect() as conn:
        states = [r[0] for r in conn.execute(text("SELECT state FROM audit_record WHERE tbl = 'app_user'"))]
    assert not any("argon2" in s for s in states)


def test_a_dispositions_catatan_and_a_recipients_status_edited_are_named(records: Records):
    raw_exec(
        records.db,
        records.target,
        f"UPDATE disposition SET catatan = 'Tambahan' WHERE id = {records.disposition_id}",
        f"UPDATE disposition_recipient SET status = 'selesai' WHERE disposition_id = {records.disposition_id}",
    )
    found = dict(problems(records.db))
    assert "catatan" in found[f"disposition id {records.disposition_id}"]
    assert any(w.startswith("disposition_recipient id") and "status" in m for w, m in found.items())


def test_rows_added_or_removed_behind_the_program_are_named(records: Records):
    db = records.db
    with db.read_engine.connect() as conn:
        letter = conn.execute(text("SELECT * FROM letter WHERE id = :i"), {"i": records.letter_id}).mappings().one()
        event = conn.execute(text("SELECT * FROM sop_case_event ORDER BY id LIMIT 1")).mappings().one()
    cols = [c for c in letter if c not in ("id", "search")]
    values = {c: letter[c] for c in cols} | {"seq": 999, "number": "065/999-Org/x"}
    ecols = [c for c in event if c != "id"]
    evalues = {c: event[c] for c in ecols} | {"seq": 99}
    sha = hashlib.sha256(PDF).hexdigest()
    with db.engine.begin() as conn:  # a SQL console: rows inserted as the program would
        conn.execute(
            text(f"INSERT INTO letter ({', '.join(cols)}) VALUES ({', '.join(':' + c for c in cols)})"), values
        )
        conn.execute(
            text(f"INSERT INTO sop_case_event ({', '.join(ecols)}) VALUES ({', '.join(':' + c for c in ecols)})"),
            evalues,
        )
        conn.execute(
            text(
                "INSERT INTO letter_attachment (letter_id, filename, mime, size, sha256, data, added_at, added_by) "
                "VALUES (:l, 'palsu.pdf', 'application/pdf', :n, :s, :d, :t, 'staf')"
            ),
            {"l": records.letter_id, "n": len(PDF), "s": sha, "d": PDF, "t": datetime(2026, 1, 5)},
        )
    raw_exec(db, records.target, *drop_triggers(db, "sop_case_event"))
    recreate_triggers(db, "sop_case_event")  # "a case event with its triggers recreated"
    with db.engine.begin() as conn:  # and one letter gone (its attachments and case rows first)
        gone = records.letter_id + 1
        conn.execute(text("DELETE FROM letter_attachment WHERE letter_id = :i"), {"i": gone})
        conn.execute(text("DELETE FROM letter WHERE id = :i"), {"i": gone})
    found = problems(db)
    messages = dict(found)
    added = [w for w, m in found if "tanpa jejak audit" in m]
    assert any(w.startswith("letter id ") for w in added)
    assert any(w.startswith("sop_case_event id ") for w in added)
    assert any(w.startswith("letter_attachment id ") for w in added)
    assert "dihapus di luar SOPDesk" in messages[f"letter id {gone}"]
    assert "dihapus di luar SOPDesk" in messages[f"letter_attachment id {records.attachment_id}"]


def test_a_rewound_counter_is_named_and_the_next_letter_still_gets_a_free_number(records: Records):
    db = records.db
    year = datetime.now().year
    raw_exec(db, records.target, f"UPDATE number_counter SET last = 1 WHERE series = 'agenda' AND year = {year}")
    ((where, message),) = problems(db)
    assert where == f"number_counter (agenda, {year})" and "last: tercatat 3, sekarang 1" in message
    # The next registration neither fails nor reuses a number; the trail says numbers were passed over.
    registered = agenda.register_letter(
        db,
        records.actors["staf"],
        LetterInput(
            datetime.now().replace(hour=8, minute=0), "Dinas Sosial", "1/A", datetime.now().date(), "Surat", kode="065"
        ),
    ).letter
    assert registered.seq == 4
    last = read.audit_events(db, entity="letter", entity_id=str(registered.id), limit=1)[0]
    assert json.loads(last.after or "{}")["nomor_dilewati"] == 2


def test_an_edit_washed_over_by_an_honest_write_is_still_reported(records: Records):
    """Someone edits a letter's perihal; later the program writes the same letter (its status
    follows a disposition). The seal of that write keeps what it found, for good."""
    db = records.db
    raw_exec(db, records.target, f"UPDATE letter SET perihal = 'Disusupkan' WHERE id = {records.letter_id}")
    from sopdesk.domain.agenda import LetterStatus
    from sopdesk.store.uow import UnitOfWork

    with UnitOfWork(db) as uow:  # any honest write of the row
        uow.letters.update(records.letter_id, status=LetterStatus.SELESAI)
        uow.audit.append(Actor.system(), "letter.status", "letter", records.letter_id, after={"status": "selesai"})
        uow.commit()
    ((where, message),) = problems(db)
    assert where == f"letter id {records.letter_id}"
    assert "diubah di luar SOPDesk sebelum peristiwa audit" in message and "'Disusupkan'" in message


def test_a_state_forged_in_the_trail_too_is_caught_by_the_chain(records: Records):
    db = records.db
    raw_exec(db, records.target, *drop_triggers(db, "audit_record"))
    raw_exec(
        db,
        records.target,
        f"UPDATE letter SET perihal = 'Palsu' WHERE id = {records.letter_id}",
        'UPDATE audit_record SET state = replace(state, \'"perihal":"\', \'"perihal":"Palsu\') '
        f"WHERE tbl = 'letter' AND key = '{records.letter_id}'",
    )
    found = problems(db)
    assert any(w == f"letter id {records.letter_id}" for w, _ in found)
    assert any(w == "trigger audit_record_no_update" for w, _ in found)


def _keeper(db: Database, tmp_path: Path) -> WitnessKeeper:
    keeper = WitnessKeeper(db, tmp_path / "saksi-audit.json")
    keeper.refresh()
    return keeper


def test_the_last_five_events_cut_are_caught_by_the_witness(records: Records, tmp_path: Path):
    db = records.db
    keeper = _keeper(db, tmp_path)
    head = audit_head(db)
    assert head is not None
    witnesses = read_witness_file(keeper.path)
    assert [(w.head_id, w.head_hash) for w in witnesses] == [head]
    assert problems(db, witnesses) == []
    # Cut the last five events and their sealed states, then put the triggers back.
    statements = [*drop_triggers(db, "audit_event"), *drop_triggers(db, "audit_record")]
    statements += [
        f"DELETE FROM audit_record WHERE event_id > {head[0] - 5}",
        f"DELETE FROM audit_event WHERE id > {head[0] - 5}",
    ]
    raw_exec(db, db.target.display() if db.dialect == "sqlite" else records.target, *statements)
    recreate_triggers(db, "audit_event")
    recreate_triggers(db, "audit_record")
    found = problems(db, read_witness_file(keeper.path))
    assert (
        f"audit_event id {head[0]}",
        f"ekor rantai audit hilang: berkas saksi {keeper.path} menyaksikan "
        f"peristiwa #{head[0]} ({witnesses[0].at}), basis data hanya sampai #{head[0] - 5}",
    ) in found
    # The writes that follow do not overwrite the evidence.
    agenda.void_letter(db, records.actors["kasubag"], records.letter_id, "Salah catat berulang")
    assert read_witness_file(keeper.path) == witnesses


def test_a_tail_rewritten_with_fresh_hashes_is_caught_by_the_witness(records: Records, tmp_path: Path):
    db = records.db
    keeper = _keeper(db, tmp_path)
    head = audit_head(db)
    assert head is not None
    # Rewrite the last event's content and recompute its hash (the chain has no secret).
    with db.read_engine.connect() as conn:
        ev = conn.execute(text("SELECT * FROM audit_event WHERE id = :i"), {"i": head[0]}).mappings().one()
    fields = AuditFields(
        ev["at"],
        "mallory",
        ev["on_behalf_of"],
        ev["action"],
        ev["entity"],
        ev["entity_id"],
        ev["before"],
        ev["after"],
        ev["rows"],
    )
    forged = event_hash(ev["prev_hash"], fields)
    raw_exec(
        db,
        records.target,
        *drop_triggers(db, "audit_event"),
        f"UPDATE audit_event SET actor = 'mallory', hash = '{forged}' WHERE id = {head[0]}",
    )
    recreate_triggers(db, "audit_event")
    assert problems(db) == []  # the chain alone cannot tell
    found = problems(db, read_witness_file(keeper.path))
    assert [w for w, m in found if "ditulis ulang" in m] == [f"audit_event id {head[0]}"]


def test_a_backup_witnesses_the_head_it_was_made_at(records: Records, tmp_path: Path):
    if records.db.dialect != "sqlite":
        pytest.skip("sopdesk backup is for SQLite files")
    from sopdesk.services.maintenance import backup
    from sopdesk.store.witness import backup_witness

    db = records.db
    copy = backup(db, records.actors["admin"], tmp_path / "cadangan.sqlite3")
    witness = backup_witness(copy)
    assert witness is not None and (witness.head_id, witness.head_hash) == audit_head(db)
    head = witness.head_id
    raw_exec(
        db,
        records.target,
        *drop_triggers(db, "audit_event"),
        f"DELETE FROM audit_event WHERE id = {head}",
    )
    recreate_triggers(db, "audit_event")
    assert any(w == f"audit_event id {head}" and "ekor rantai audit hilang" in m for w, m in problems(db, [witness]))


def test_a_mistyped_back_fill_moves_the_counter_visibly_and_a_void_gives_it_back(records: Records):
    """Issue 13: --seq 99999 for last year moved that year's counter for good, unnoticed."""
    db = records.db
    year = datetime.now().year - 1
    staf, kasubag = records.actors["staf"], records.actors["kasubag"]

    def old_letter(n: int, seq: int | None = None):
        moment = datetime(year, 6, 2, 9, 0)
        cmd = LetterInput(moment, "Dinas Sosial", f"{n}/B", moment.date(), "Surat tahun lalu", kode="065")
        return agenda.register_letter(db, staf, cmd, seq=seq)

    assert old_letter(1, seq=7).counter_jumped_from == 0
    assert old_letter(2, seq=8).counter_jumped_from is None  # the next one: no jump
    typo = old_letter(3, seq=99_999)
    assert typo.counter_jumped_from == 8
    event = read.audit_events(db, entity="letter", entity_id=str(typo.letter.id), limit=1)[0]
    assert json.loads(event.after or "{}")["penghitung_kini"] == 99_999
    with pytest.raises(ValidationError):
        old_letter(4, seq=1_000_000)
    agenda.void_letter(db, kasubag, typo.letter.id, "Salah ketik nomor urut")
    event = read.audit_events(db, entity="letter", entity_id=str(typo.letter.id), limit=1)[0]
    assert json.loads(event.after or "{}")["penghitung_kembali_ke"] == 8
    assert old_letter(5).letter.seq == 9  # numbering goes on from the paper book's last number
    assert problems(db) == []
