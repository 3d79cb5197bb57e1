"""Papers of the Berkas SP: the dossier (timeline, every pass, who acted and who recorded) and
the SLA report (median and P90 against mutu baku, share on time, returns)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from sopdesk.domain.cases import (
    CompleteStep,
    Distribute,
    Resume,
    ReturnStep,
    StartCase,
    Suspend,
)
from sopdesk.domain.printing import find_mark_in_pdf
from sopdesk.domain.sla import nearest_rank, sla_report
from sopdesk.reports.case_documents import render_case_dossier, render_sla
from sopdesk.services import cases, read
from sopdesk.services.case_reports import prepare_case_dossier, prepare_sla_report, sla_report_for
from sopdesk.services.master import OfficialInput, save_official
from sopdesk.services.verify import examine_mark
from tests.unit.test_case_engine import CAL, SOP, Case, full_run
from tests.unit.test_cases_service import letter
from tests.unit.test_sop_report import info, text_of

SEKDA = ("Dr. H. Uji Coba, M.Si", "197001012000031001")  # fictional, for the tests


def unchanged(db, pdf: Path) -> bool:
    ref = find_mark_in_pdf(pdf.read_bytes())
    assert ref is not None
    found = examine_mark(db, ref)
    return found is not None and found.unchanged


@pytest.fixture
def finished(memory_db, actors):
    """A case through every step, with a suspension, a return from 5 and a distribution."""
    db = memory_db
    sekda = next(o for o in read.officials(db) if o.lane == "sekda")
    save_official(
        db, actors["admin"], OfficialInput("sekda", SEKDA[0], sekda.jabatan, SEKDA[1], version=sekda.version), sekda.id
    )
    record = letter(db, actors["staf"], received=datetime(2026, 3, 9, 9, 0))
    case_id = cases.start_case(db, actors["staf"], StartCase(record.id, ("Izin praktik bidan",))).case_id
    do = lambda who, step, at: cases.complete_step(db, actors[who], case_id, CompleteStep(step, at=at))  # noqa: E731
    do("kabag", 3, datetime(2026, 3, 9, 11, 0))
    cases.suspend_case(db, actors["staf"], case_id, Suspend("Menunggu data OPD", at=datetime(2026, 3, 16, 13, 0)))
    cases.resume_case(db, actors["staf"], case_id, Resume(at=datetime(2026, 3, 25, 13, 0)))
    do("kasubag", 4, datetime(2026, 4, 20, 10, 0))
    cases.return_case(
        db, actors["kabag"], case_id, ReturnStep(4, "Notulen ekspose belum ada", at=datetime(2026, 4, 21, 9, 0))
    )
    do("kasubag", 4, datetime(2026, 4, 24, 10, 0))
    do("kabag", 5, datetime(2026, 4, 27, 10, 0))
    for step, at in ((6, (4, 27, 14)), (7, (4, 28, 9)), (8, (4, 29, 10)), (9, (4, 29, 14)), (10, (5, 4, 9))):
        do("staf", step, datetime(2026, *at, 0))
    cases.record_distribution(
        db, actors["staf"], case_id, Distribute("Dinas Kesehatan", "Ani Suryani", at=datetime(2026, 5, 6, 10, 0))
    )
    do("staf", 11, datetime(2026, 5, 7, 9, 0))
    return db, actors, case_id


def test_the_dossier_shows_every_pass_with_actor_recorder_and_the_timeline(finished, tmp_path: Path):
    db, actors, case_id = finished
    job = prepare_case_dossier(db, actors["kasubag"], case_id)
    out = tmp_path / "berkas.pdf"
    pages = render_case_dossier(
        job.view.state, job.view.sop, job.view.calendar, job.setup, job.mark, job.letterhead, out, (), job.signer
    )
    text = text_of(out)
    assert info(out)["Page size"].startswith("935.433 x 609.449")  # F4 landscape
    assert "sisa -" not in text and "sisa" not in text.split("Waktu kerja")[1][:80]  # a closed case
    assert "BERKAS PENYUSUNAN STANDAR PELAYANAN" in text and "SP-2026-001" in text
    assert "Izin praktik bidan" in text and "Dinas Kesehatan" in text
    # The timeline over March to May 2026 with its legend; no "today" line for a finished case.
    for word in ("Maret 2026", "April 2026", "Mei 2026", "Libur nasional / cuti bersama", "Tenggat"):
        assert word in text
    assert "hari ini" not in text
    # The Sekda's paraf (step 7) recorded by the clerk on his behalf: both on paper.
    assert f"{SEKDA[0]} Sekretaris Daerah NIP 19700101 200003 1 001" in text  # no nested brackets
    assert "Pengguna staf" in text
    # Steps the Staf did themselves name the clerk, not only the role.
    assert "Pengguna staf Staf" in text
    # Step names whole in the timeline (never cut with "…"), and no "Sep 26"-style month.
    assert "…" not in text
    assert "Mar 26" not in text and "Apr 26" not in text
    # Signed off by the Kabag: jabatan, name, NIP (or lines to write them in).
    assert "Kepala Bagian Organisasi," in text
    assert "dikembalikan ke langkah 4: Notulen ekspose belum ada" in text
    assert "Ditangguhkan: Menunggu data OPD" in text
    assert "Didistribusikan kepada Dinas Kesehatan, diterima oleh Ani Suryani" in text
    assert f"Halaman {pages} dari {pages}" in text and pages >= 2
    # The print is logged and verifiable; a later change of the case breaks the match.
    assert unchanged(db, out)


def test_a_changed_case_no_longer_matches_its_printed_dossier(memory_db, actors, tmp_path: Path):
    record = letter(memory_db, actors["staf"], received=datetime(2026, 3, 9, 9, 0))
    case_id = cases.start_case(memory_db, actors["staf"], StartCase(record.id, ("Izin",))).case_id
    job = prepare_case_dossier(memory_db, actors["staf"], case_id)
    out = tmp_path / "berkas.pdf"
    render_case_dossier(job.view.state, job.view.sop, job.view.calendar, job.setup, job.mark, job.letterhead, out)
    assert "hari ini" in text_of(out)
    cases.complete_step(memory_db, actors["kabag"], case_id, CompleteStep(3, at=datetime(2026, 3, 9, 10, 0)))
    assert not unchanged(memory_db, out)


def test_many_passes_run_over_pages_with_the_header_repeated(memory_db, actors, tmp_path: Path):
    record = letter(memory_db, actors["staf"], received=datetime(2025, 1, 6, 9, 0))
    case_id = cases.start_case(memory_db, actors["staf"], StartCase(record.id, ("Izin",))).case_id
    cases.complete_step(memory_db, actors["kabag"], case_id, CompleteStep(3, at=datetime(2025, 1, 6, 10, 0)))
    day = datetime(2025, 1, 7, 9, 0)
    for _ in range(14):
        cases.complete_step(memory_db, actors["kasubag"], case_id, CompleteStep(4, at=day))
        later = CAL.add(day, 0.25)
        cases.return_case(memory_db, actors["kabag"], case_id, ReturnStep(4, "Belum sesuai arahan", at=later))
        day = CAL.add(later, 1)
    job = prepare_case_dossier(memory_db, actors["staf"], case_id)
    out = tmp_path / "panjang.pdf"
    pages = render_case_dossier(
        job.view.state, job.view.sop, job.view.calendar, job.setup, job.mark, job.letterhead, out
    )
    text = text_of(out)
    assert pages >= 3
    assert text.count("Dicatat oleh") == pages - 1  # the header row on every table page
    assert "Halaman 3 dari" in text


# --- SLA ---------------------------------------------------------------------------------------------


def test_nearest_rank_percentile():
    assert nearest_rank([5.0, 1.0, 3.0, 2.0, 4.0], 0.9) == 5.0
    assert nearest_rank(list(map(float, range(1, 11))), 0.9) == 9.0
    assert nearest_rank([0.5], 0.9) == 0.5


def test_sla_counts_passes_that_ended_in_the_period():
    case = Case()
    full_run(case)  # returns from 5 and from 6 (see the engine tests), ends at step 11
    state = case.state()
    report = sla_report([state], SOP, date(2025, 3, 1), date(2025, 4, 30))
    four = report.rows[3]
    assert (four.count, four.returns) == (3, 0)
    assert four.on_time == 3 and four.median_days == round(state.step(4).passes[1].elapsed_days, 2)
    five, six = report.rows[4], report.rows[5]
    assert (five.count, five.returns, six.count, six.returns) == (3, 1, 2, 1)
    three = report.rows[2]
    assert three.count == 1 and three.on_time == 0  # 5 hours for a half day
    assert report.rows[10].count == 0 and report.rows[10].median_days is None
    assert report.cases_finished == 0 and report.cases_open == 1
    # Only April: step 3 (March) drops out.
    april = sla_report([state], SOP, date(2025, 4, 1), date(2025, 4, 30))
    assert april.rows[2].count == 0 and april.rows[3].count == 3


def test_sla_report_service_pdf_and_hash(finished, tmp_path: Path):
    db, actors, _ = finished
    report = sla_report_for(db, date(2026, 3, 1), date(2026, 5, 31))
    assert report.cases_finished == 1 and report.cases_on_time == 1
    assert [r.count for r in report.rows] == [1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1]
    assert report.rows[3].returns == 0 and report.rows[4].returns == 1
    job = prepare_sla_report(db, actors["kabag"], date(2026, 3, 1), date(2026, 5, 31))
    out = tmp_path / "sla.pdf"
    render_sla(job.report, job.setup, job.mark, job.letterhead, out, job.signer)
    text = text_of(out)
    assert "LAPORAN CAPAIAN MUTU BAKU WAKTU BERKAS SP" in text
    assert "periode 1 Maret 2026 s.d. 31 Mei 2026" in text
    assert "Berkas selesai dalam periode: 1 berkas" in text
    # Steps 1-2 are counted but not measured: "tidak diukur", never "1 (100%)", and out of the capaian.
    assert text.count("tidak diukur") == 3  # steps 1 and 2, and the note that says why
    measured = sum(r.count for r in report.rows[2:])
    on_time = sum(r.on_time for r in report.rows[2:])
    assert f"Capaian: {on_time} dari {measured} lintasan langkah terukur (langkah 3–11)" in text
    # Words the Sekda reads, not "P90"; the place, date and the Kabag's signature.
    assert "P90" not in text and "90% selesai dalam" in text
    assert "Tigaraksa, " in text and "Kepala Bagian Organisasi," in text
    assert unchanged(db, out)
    empty = sla_report_for(db, date(2024, 1, 1), date(2024, 12, 31))
    assert empty.passes == 0 and empty.cases_finished == 0


# --- the letter's dispositions in the dossier -------------------------------------------------------


def test_the_dossier_lists_the_letters_dispositions_and_its_hash_follows_them(memory_db, tmp_path: Path):
    from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef
    from sopdesk.services import disposition as disp
    from tests.office import make_office

    office = make_office(memory_db)
    db, a, record = office.db, office.actors, office.letters[0]
    case_id = cases.start_case(db, a["staf"], StartCase(record.id, ("Izin praktik bidan",))).case_id
    kasubag = RecipientRef(RecipientKind.OFFICIAL, office.kasubag.id, office.kasubag.nama, office.kasubag.jabatan)
    unit = RecipientRef(RecipientKind.UNIT, None, "Subbagian Tata Laksana")

    def person(name: str) -> RecipientRef:
        return RecipientRef(RecipientKind.USER, a[name].user_id, a[name].nama)

    root = disp.write_disposition(
        db, a["kabag"], DispositionInput(record.id, (kasubag, unit), ("Proses lebih lanjut",), "Libatkan tenaga ahli.")
    )
    child = disp.forward_disposition(
        db, a["kasubag"], DispositionInput(record.id, (person("staf"),), ("Siapkan bahan",), parent_id=root.id)
    )
    disp.mark_read(db, a["staf"], child.id)
    wrong = disp.write_disposition(db, a["kabag"], DispositionInput(record.id, (person("staf2"),), ("Arsipkan",)))
    disp.withdraw_disposition(db, a["kabag"], wrong.id, "Salah memilih penerima")
    copied = disp.transcribe_disposition(
        db, a["kasubag"], office.kabag.id, DispositionInput(record.id, (person("staf2"),), ("Untuk diketahui",))
    )
    assert cases.case_state(db, case_id).step(3).status.value == "selesai"  # the disposition did step 3

    job = prepare_case_dossier(db, a["kabag"], case_id)
    assert [d.id for node in job.dispositions for _, d in node.walk()] == [root.id, child.id, wrong.id, copied.id]
    out = tmp_path / "berkas.pdf"
    view = job.view
    render_case_dossier(view.state, view.sop, view.calendar, job.setup, job.mark, job.letterhead, out, job.dispositions)
    text = text_of(out)
    assert f"Disposisi surat {record.number}" in text
    assert "Kepada: status dan waktu" in text and "Instruksi dan catatan" in text
    read_at = read.disposition(db, child.id).recipients[0].read_at
    assert read_at is not None
    for expected in (
        "Rina Marlina, S.Sos, M.Si",  # the Kabag signs the root
        "↳ Budi Santoso, S.IP",  # the Kasubag passes it on, one level down
        "1.1",
        "• Subbagian Tata Laksana: belum dibaca",  # one bullet per recipient
        f"Pengguna staf: dibaca {read_at:%d-%m-%Y %H.%M}",
        "ditindaklanjuti",  # the Kasubag's entry once passed on
        "Catatan: Libatkan tenaga ahli.",
        f"{root.due_date:%d-%m-%Y}",
        "DITARIK",
        "Salah memilih penerima",
        "Disalin oleh Budi Santoso, S.IP",  # typed in by the Kasubag for the Kabag
    ):
        assert expected in text, expected
    assert unchanged(db, out)
    # A recipient reading a disposition changes what the dossier shows: the print no longer matches.
    disp.mark_read(db, a["staf2"], copied.id)
    assert not unchanged(db, out)
