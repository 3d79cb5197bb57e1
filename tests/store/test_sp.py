"""The Standar Pelayanan in the store, on SQLite and PostgreSQL: versions that name what they
were based on, passes through steps 4-7 with the components a return names, the signed version
frozen, SIPP recorded at step 10, the register of SPs in force, append-only history, and two
processes saving the same component from the same version."""

from __future__ import annotations

import multiprocessing
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from sopdesk.domain.changes import Kind
from sopdesk.domain.errors import Conflict, PermissionDenied, StaleRecord, ValidationError
from sopdesk.domain.sp import MAKLUMAT, Fix, Source
from sopdesk.domain.sp_papers import Participant, Signer
from sopdesk.services import read, sp
from sopdesk.services.maintenance import check
from sopdesk.store.database import Database
from sopdesk.store.triggers import SP_APPEND_ONLY, existing_triggers, expected_triggers
from tests.conftest import make_users
from tests.sp_drafts import make_two_layanan
from tests.sp_office import LAYANAN, STEPS, complete, fill, send_back, start, walk


@pytest.fixture
def office(db: Database):
    return db, make_users(db)


def audit_count(db: Database) -> int:
    return len(read.audit_events(db, limit=100_000))


def test_a_save_names_its_version_and_a_stale_one_is_refused_naming_who_saved(office):
    db, actors = office
    case_id = start(db, actors)
    first = sp.save_sections(db, actors["staf"], case_id, LAYANAN[0], {1: "- KTP"}, expected_version=0)
    assert (first.version, first.changed) == (1, (1, MAKLUMAT))  # a new SP starts with the usual Maklumat
    before = audit_count(db)
    with pytest.raises(StaleRecord) as refused:
        sp.save_sections(db, actors["kasubag"], case_id, LAYANAN[0], {1: "- KTP-el"}, expected_version=0)
    assert "sudah diubah oleh Pengguna staf (staf)" in str(refused.value)
    assert audit_count(db) == before
    item = sp.sp_case_view(db, case_id).of(LAYANAN[0])
    assert item.record.version == 1 and item.content.section_text(1) == "- KTP"
    second = sp.save_sections(db, actors["kasubag"], case_id, LAYANAN[0], {1: "- KTP-el"}, expected_version=1)
    versions = sp.sp_case_view(db, case_id).of(LAYANAN[0]).versions
    assert [(v.number, v.based_on, v.pass_no, v.saved_by) for v in versions] == [
        (1, 0, 0, "staf"),
        (2, 1, 0, "kasubag"),
    ]
    assert second.changes.ids_of(Kind.SP) == {second.record_id}
    # the same content again: no new version
    again = sp.save_sections(db, actors["kasubag"], case_id, LAYANAN[0], {1: "- KTP-el"}, expected_version=2)
    assert again.version == 2 and again.changed == ()


def test_only_the_bureau_writes_and_only_known_components(office):
    db, actors = office
    case_id = start(db, actors)
    with pytest.raises(PermissionDenied):
        sp.save_sections(db, actors["pimpinan"], case_id, LAYANAN[0], {1: "- KTP"}, expected_version=0)
    with pytest.raises(ValidationError, match="Komponen 16 tidak ada"):
        sp.save_sections(db, actors["staf"], case_id, LAYANAN[0], {16: "x"}, expected_version=0)
    with pytest.raises(ValidationError, match="tidak punya jenis layanan 'Izin Toko'"):
        sp.save_sections(db, actors["staf"], case_id, "Izin Toko", {1: "- KTP"}, expected_version=0)


def test_passes_fixes_and_the_review_at_validation(office):
    db, actors = office
    case_id = start(db, actors)
    fill(db, actors["staf"], case_id)  # the OPD's draft, before step 4: pass 0
    walk(db, actors, case_id, 5)
    view = sp.sp_case_view(db, case_id)
    assert view.pass_no == 1 and "sampai langkah 4" in str(view.refusal)
    with pytest.raises(Conflict, match=r"berkas SP-2025-001 sekarang di langkah 5"):
        sp.save_sections(db, actors["staf"], case_id, LAYANAN[0], {4: "- Retribusi | Rp 1"}, expected_version=1)
    send_back(db, actors, case_id, Fix(4, LAYANAN[0], "tarif belum ada dasar"), Fix(6))
    view = sp.sp_case_view(db, case_id)
    assert view.refusal is None and view.pass_no == 2
    assert [(f.fix.section, f.changed) for f in view.of(LAYANAN[0]).fixes] == [(4, False), (6, False)]
    assert [f.fix.section for f in view.of(LAYANAN[1]).fixes] == [6]
    saved = sp.save_sections(
        db,
        actors["staf"],
        case_id,
        LAYANAN[0],
        {4: "- Retribusi izin | Rp 50.000\nDasar: Peraturan Daerah Nomor 1 Tahun 2024"},
        expected_version=1,
    )
    assert saved.version == 2
    at = STEPS[5][1]
    complete(db, actors, case_id, 4, at=at)
    complete(db, actors, case_id, 5, at=at + timedelta(hours=1))  # now at step 6
    reviews = {r.layanan: r for r in sp.sp_case_view(db, case_id).reviews()}
    bidan = reviews[LAYANAN[0]]
    assert (bidan.previous_version, bidan.version) == (1, 2)
    assert [c.section for c in bidan.changed] == [4]
    assert [(f.fix.section, f.changed) for f in bidan.fixes] == [(4, True), (6, False)]
    assert bidan.missing == ()  # every component and the maklumat complete
    assert len(reviews[LAYANAN[1]].missing) == 15
    document = sp.to_json(sp.sp_case_view(db, case_id), [LAYANAN[0]])["layanan"][0]
    assert [c["no"] for c in document["komponen"]] == list(range(1, 15))
    assert [v["pass"] for v in document["versions"]] == [0, 2]
    assert document["komponen"][3]["teks"].startswith("- Retribusi izin | Rp 50.000")


def test_signing_freezes_the_sp_and_step_10_records_what_sipp_was_given(office):
    db, actors = office
    case_id = start(db, actors)
    fill(db, actors["staf"], case_id)
    fill(db, actors["staf"], case_id, LAYANAN[1])
    walk(db, actors, case_id, 8)
    doc = sp.sp_case_view(db, case_id).document
    penetap = Signer(
        "Kepala Dinas Kesehatan Kabupaten Tangerang",
        "dr. Hendra Tarmizi, M.Kes",
        "197001011998031005",
        "Pembina Utama Muda (IV/c)",
    )
    doc = replace(
        doc,
        decree=replace(doc.decree, penetap=penetap),
        fkp=replace(doc.fkp, participants=(Participant("Pengguna layanan", "Siti", "Warga Cikupa"),)),
    )
    sp.save_document(db, actors["staf"], case_id, doc, expected_version=0)
    complete(db, actors, case_id, 8)
    view = sp.sp_case_view(db, case_id)
    assert all(i.record.signed_at == STEPS[8][1] for i in view.layanan)
    assert [i.record.signed_version for i in view.layanan] == [1, 1]
    assert "ditandatangani pada" in str(view.refusal) and "dibekukan" in str(view.refusal)
    with pytest.raises(Conflict, match="dibekukan"):
        sp.save_sections(db, actors["staf"], case_id, LAYANAN[0], {1: "- baru"}, expected_version=1)
    # after signing only the SK's number and date are recorded
    stored = sp.sp_case_view(db, case_id).document
    numbered = replace(stored, decree=replace(stored.decree, nomor="440/77/Dinkes/2025", tanggal=date(2025, 3, 18)))
    sp.save_document(db, actors["staf"], case_id, numbered, expected_version=1)
    changed = replace(stored, decree=replace(stored.decree, mengingat=("UU lain",)))
    with pytest.raises(Conflict, match="hanya nomor dan tanggal SK"):
        sp.save_document(db, actors["staf"], case_id, changed, expected_version=2)
    walk(db, actors, case_id, 10)
    complete(db, actors, case_id, 10)
    view = sp.sp_case_view(db, case_id)
    assert [i.sipp_at for i in view.layanan] == [STEPS[10][1]] * 2
    from sopdesk.store import sp_queries

    entries = sp_queries.sipp_entries(db, case_id)
    assert len(entries) == 2
    fields = dict(entries[0].fields)
    assert fields["Nama Layanan"] == LAYANAN[0]
    assert fields["Biaya/Tarif"] == "Tidak dipungut biaya"
    assert fields["Nomor SK Standar Pelayanan"] == "440/77/Dinkes/2025"
    assert entries[0].entered_by == "staf"


def test_the_register_holds_the_sp_in_force_per_opd_and_layanan_and_flags_old_ones(office):
    db, actors = office
    old_case = start(db, actors, 1, (LAYANAN[0],))
    fill(db, actors["staf"], old_case)
    walk(db, actors, old_case, 9)
    assert [(i.layanan, i.case_number, i.since) for i in sp.register(db)] == [
        (LAYANAN[0], "SP-2025-001", STEPS[8][1].date())
    ]
    due = sp.due_reviews(db, today=STEPS[8][1].date() + timedelta(days=400))
    assert [(d.item.layanan, d.months) for d in due] == [(LAYANAN[0], 13)]
    assert sp.due_reviews(db, today=STEPS[8][1].date() + timedelta(days=300)) == []
    record_id = sp.register(db)[0].record_id
    with pytest.raises(ValidationError, match="hasil peninjauan"):
        sp.record_review(db, actors["kasubag"], record_id, "ok")
    sp.record_review(
        db, actors["kasubag"], record_id, "Masih sesuai; tidak ada perubahan", at=datetime(2026, 3, 1, 9, 0)
    )
    assert sp.due_reviews(db, today=date(2026, 12, 1)) == []
    # a new case for the same layanan replaces the SP once signed
    new_case = start(db, actors, 2, (LAYANAN[0].upper(),))
    fill(db, actors["staf"], new_case, LAYANAN[0].upper())
    assert sp.register(db)[0].case_number == "SP-2025-001"
    walk(db, actors, new_case, 9)
    (in_force,) = sp.register(db)
    assert in_force.case_number == "SP-2025-002"
    listed = {i.case_number: i.state_label for i in sp.sp_list(db)}
    assert listed == {"SP-2025-002": "Berlaku", "SP-2025-001": "Dicabut (diganti SP-2025-002)"}


def test_import_makes_a_version_per_layanan_and_keeps_what_the_file_lacks(office, tmp_path):
    db, actors = office
    case_id = start(db, actors)
    sp.save_sections(db, actors["staf"], case_id, LAYANAN[1], {MAKLUMAT: "Kami sanggup."}, expected_version=0)
    result = sp.import_word(db, actors["staf"], case_id, make_two_layanan(tmp_path / "dua.docx"))
    assert [(s.layanan, s.version) for s in result.saved] == [(LAYANAN[0], 1), (LAYANAN[1], 2)]
    view = sp.sp_case_view(db, case_id)
    assert view.of(LAYANAN[1]).content.maklumat == "Kami sanggup."  # not in the file: kept
    assert view.of(LAYANAN[1]).versions[-1].source is Source.IMPORT
    again = sp.import_word(db, actors["staf"], case_id, tmp_path / "dua.docx")
    assert [s.version for s in again.saved] == [1, 2] and all(s.changed == () for s in again.saved)
    assert "isinya sama dengan versi 1" in again.report()[-2]


def test_the_history_is_append_only_and_check_reports_a_dropped_trigger(office):
    db, actors = office
    case_id = start(db, actors)
    fill(db, actors["staf"], case_id)
    with db.engine.connect() as conn:
        for table in SP_APPEND_ONLY:
            assert expected_triggers(db.dialect, table) <= existing_triggers(conn, table)
    for sql in ("UPDATE sp_version SET note = 'x'", "DELETE FROM sp_version"):
        with pytest.raises(DBAPIError, match="hanya boleh ditambah"), db.engine.begin() as conn:
            conn.execute(text(sql))
    assert check(db) == []
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER sp_version_no_update" + ("" if db.dialect == "sqlite" else " ON sp_version")))
    assert [p.where for p in check(db)] == ["trigger sp_version_no_update"]


def _seat(target: str, actor: object, case_id: int, text_value: str, barrier: object, results: object) -> None:
    database = Database.connect(target)
    try:
        barrier.wait()  # type: ignore[attr-defined]
        sp.save_sections(database, actor, case_id, LAYANAN[0], {1: text_value}, expected_version=1)  # type: ignore[arg-type]
        results.put(("ok", text_value))  # type: ignore[attr-defined]
    except StaleRecord as exc:
        results.put(("stale", str(exc)))  # type: ignore[attr-defined]
    finally:
        database.dispose()


def test_two_processes_saving_the_same_component_from_the_same_version(office, db_target):
    """The second is refused naming the first; the first's save stands."""
    db, actors = office
    case_id = start(db, actors)
    sp.save_sections(db, actors["staf"], case_id, LAYANAN[0], {1: "- KTP"}, expected_version=0)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    seats = [
        context.Process(target=_seat, args=(db_target, actors[who], case_id, f"- KTP ({who})", barrier, results))
        for who in ("staf", "kasubag")
    ]
    for p in seats:
        p.start()
    outcomes = sorted(results.get(timeout=120) for _ in seats)
    for p in seats:
        p.join(timeout=60)
    (ok, winner), (stale, message) = outcomes
    assert (ok, stale) == ("ok", "stale")
    who = "staf" if "(staf)" in winner else "kasubag"
    assert f"sudah diubah oleh Pengguna {who} ({who})" in message
    item = sp.sp_case_view(db, case_id).of(LAYANAN[0])
    assert item.record.version == 2 and item.content.section_text(1) == winner
    assert [v.number for v in item.versions] == [1, 2]


def test_step_10_is_recorded_even_when_the_sipp_layout_file_is_damaged(office, tmp_path, monkeypatch):
    db, actors = office
    case_id = start(db, actors, layanan=(LAYANAN[0],))
    fill(db, actors["staf"], case_id)
    walk(db, actors, case_id, 10)
    monkeypatch.setattr(sp, "_SIPP", None)
    monkeypatch.setattr(sp, "resource_dir", lambda: tmp_path / "tidak-ada")
    with pytest.raises(ValidationError, match="Susunan kolom SIPP"):
        sp.sipp_layout()
    complete(db, actors, case_id, 10)
    from sopdesk.store import sp_queries

    (entry,) = sp_queries.sipp_entries(db, case_id)
    assert dict(entry.fields)["Nama Layanan"] == LAYANAN[0] and "Persyaratan" in dict(entry.fields)
