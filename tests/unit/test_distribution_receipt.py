"""The tanda terima of a distribution (step 11 of the Berkas SP): what it prints, its paper,
and that `sopdesk verify` checks it against the case, the letter and what it listed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from sopdesk.domain.agenda import LetterInput
from sopdesk.domain.cases import CompleteStep, Distribute, StartCase
from sopdesk.domain.errors import NotFound, ValidationError
from sopdesk.domain.printing import DocumentKind, PageSetup, Paper, find_mark_in_pdf
from sopdesk.reports.distribution_documents import render_distribution_receipt
from sopdesk.services import agenda, cases, printing, read
from sopdesk.services.case_reports import DistributionReceiptPrint, prepare_distribution_receipt
from sopdesk.services.verify import examine_mark
from tests.unit.test_cases_service import letter
from tests.unit.test_sop_report import info, text_of


@pytest.fixture
def distributed(memory_db, actors):
    """A case at step 11 with two distributions: to the OPD, and to the Inspektorat with a note."""
    db = memory_db
    record = letter(db, actors["staf"], received=datetime(2026, 3, 9, 9, 0))
    layanan = ("Izin praktik bidan", "Izin apotek")
    case_id = cases.start_case(db, actors["staf"], StartCase(record.id, layanan)).case_id
    cases.complete_step(db, actors["kabag"], case_id, CompleteStep(3, at=datetime(2026, 3, 9, 11, 0)))
    cases.complete_step(db, actors["kasubag"], case_id, CompleteStep(4, at=datetime(2026, 4, 20, 10, 0)))
    cases.complete_step(db, actors["kabag"], case_id, CompleteStep(5, at=datetime(2026, 4, 27, 10, 0)))
    for step, at in ((6, (4, 27, 14)), (7, (4, 28, 9)), (8, (4, 29, 10)), (9, (4, 29, 14)), (10, (5, 4, 9))):
        cases.complete_step(db, actors["staf"], case_id, CompleteStep(step, at=datetime(2026, *at, 0)))
    cases.record_distribution(
        db, actors["staf"], case_id, Distribute("Dinas Kesehatan", "Ani Suryani", at=datetime(2026, 5, 6, 10, 0))
    )
    cases.record_distribution(
        db,
        actors["kasubag"],
        case_id,
        Distribute("Inspektorat", "Joko Widodo", at=datetime(2026, 5, 6, 14, 30), note="Tembusan untuk pengawasan"),
    )
    return db, actors, record, case_id


def unchanged(db, pdf: Path) -> bool:
    ref = find_mark_in_pdf(pdf.read_bytes())
    assert ref is not None
    found = examine_mark(db, ref)
    return found is not None and found.unchanged


def render(job: DistributionReceiptPrint, out: Path) -> int:
    return render_distribution_receipt(job.receipt, job.giver, job.place, job.setup, job.mark, job.letterhead, out)


def test_the_receipt_names_the_case_what_was_handed_over_to_whom_and_when(distributed, tmp_path: Path):
    db, actors, record, case_id = distributed
    first = cases.case_state(db, case_id).distributions[0]
    job = prepare_distribution_receipt(db, actors["pimpinan"], case_id, first.seq)
    out = tmp_path / "tanda-terima.pdf"
    assert render(job, out) == 1
    text = text_of(out)
    for expected in (
        "PEMERINTAH KABUPATEN TANGERANG",  # the letterhead
        "TANDA TERIMA",
        "Pendistribusian Berkas SP-2026-001 · distribusi ke-1",
        "Nomor berkas : SP-2026-001",
        "OPD pengaju : Dinas Kesehatan",
        "Jenis layanan : Izin praktik bidan; Izin apotek",
        f"Surat (no. agenda) : {record.number}",
        "Perihal surat : Penyampaian rancangan SP dan maklumat",
        "Yang diserahkan : Buku Laporan SPM",  # the SOP's output of step 11
        "Diserahkan kepada : Dinas Kesehatan",
        "Waktu penyerahan : Rabu, 6 Mei 2026 pukul 10.00",
        "Tigaraksa, 6 Mei 2026",
        "Yang menyerahkan, Yang menerima,",
        "Pengguna staf Ani Suryani",  # the clerk who recorded it, and the receiver, under the signatures
        "NIP. ....",
    ):
        assert expected in text, expected
    assert "Catatan" not in text
    assert info(out)["Page size"].startswith("609.449 x 467.71")  # half folio, 215 x 165 mm
    assert "Halaman" not in text and f"cetakan no. {job.mark.print_id}" in text
    (event,) = read.audit_events(db, entity="sop_case_distribution", entity_id=f"{case_id}.{first.seq}")
    assert event.action == "print.distribusi" and event.actor == "pimpinan"
    assert unchanged(db, out)


def test_a_typed_description_is_listed_and_verified_from_the_print_log(distributed, tmp_path: Path):
    db, actors, _, case_id = distributed
    second = cases.case_state(db, case_id).distributions[1]
    description = "Buku Laporan Standar Pelayanan (2 eksemplar, dijilid)\n\n  Maklumat Pelayanan berbingkai "
    job = prepare_distribution_receipt(db, actors["staf"], case_id, second.seq, description=description)
    out = tmp_path / "kedua.pdf"
    render(job, out)
    text = text_of(out)
    assert "distribusi ke-2" in text and "Diserahkan kepada : Inspektorat" in text
    assert "1. Buku Laporan Standar Pelayanan (2 eksemplar, dijilid) 2. Maklumat Pelayanan berbingkai" in text
    assert "Buku Laporan SPM" not in text
    assert "Catatan : Tembusan untuk pengawasan" in text
    assert "Pengguna kasubag Joko Widodo" in text  # handed over by the kasubag who recorded it
    assert "Rabu, 6 Mei 2026 pukul 14.30" in text
    assert unchanged(db, out)


def test_a_corrected_letter_no_longer_matches_its_printed_receipt(distributed, tmp_path: Path):
    db, actors, record, case_id = distributed
    seq = cases.case_state(db, case_id).distributions[0].seq
    out = tmp_path / "tanda-terima.pdf"
    render(prepare_distribution_receipt(db, actors["staf"], case_id, seq), out)
    fixed = LetterInput(
        record.received_at, record.asal, record.nomor_surat, record.tanggal_surat, "Rancangan SP Dinkes", kode="065"
    )
    agenda.correct_letter(db, actors["staf"], record.id, fixed, "Perihal salah ketik")
    assert not unchanged(db, out)


def test_only_a_distribution_has_a_receipt_and_the_description_has_limits(distributed):
    db, actors, _, case_id = distributed
    seqs = [d.seq for d in cases.case_state(db, case_id).distributions]
    with pytest.raises(NotFound, match=f"tidak punya distribusi #1 \\(distribusi: #{seqs[0]}, #{seqs[1]}\\)"):
        prepare_distribution_receipt(db, actors["staf"], case_id, 1)  # seq 1 is step 1, not a distribution
    with pytest.raises(ValidationError) as err:
        prepare_distribution_receipt(
            db, actors["staf"], case_id, seqs[0], description="\n".join(f"Buku {i}" for i in range(21))
        )
    assert err.value.fields == {"isi": "Paling banyak 20 baris barang yang diserahkan."}


def test_the_paper_is_a_setting_of_its_own(distributed, tmp_path: Path):
    db, actors, _, case_id = distributed
    a4 = PageSetup(Paper.A4, landscape=False, margins_mm=(15.0, 15.0, 15.0, 20.0))
    printing.save_page_setup(db, actors["admin"], DocumentKind.DISTRIBUTION_RECEIPT, a4)
    assert printing.page_setup(db, DocumentKind.RECEIPT).paper is Paper.HALF_FOLIO  # the letter's stays
    seq = cases.case_state(db, case_id).distributions[0].seq
    out = tmp_path / "a4.pdf"
    render(prepare_distribution_receipt(db, actors["staf"], case_id, seq), out)
    assert info(out)["Page size"].startswith("595.276 x 841.89")
