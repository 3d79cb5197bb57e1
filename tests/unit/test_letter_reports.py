"""Papers of the agenda book: the book for a period, the tanda terima, the kartu kendali."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from sopdesk.domain.agenda import LetterInput
from sopdesk.domain.errors import ValidationError
from sopdesk.domain.printing import DocumentKind, find_mark_in_pdf
from sopdesk.reports.letter_documents import render_control_card, render_receipt
from sopdesk.reports.table_document import render_table
from sopdesk.services import agenda, printing
from sopdesk.store.database import Database
from tests.conftest import make_users
from tests.unit.test_sop_report import info, text_of


@pytest.fixture
def office(memory_db: Database):
    actors = make_users(memory_db)
    letters = [
        agenda.register_letter(
            memory_db,
            actors["staf"],
            LetterInput(
                datetime(2026, 11, day, 9, 15),
                asal,
                nomor,
                date(2026, 11, day - 1),
                perihal,
                kode="065",
                lampiran="1 berkas",
            ),
        ).letter
        for day, asal, nomor, perihal in (
            (10, "Dinas Kesehatan", "440/123/Dinkes", "Penyampaian rancangan maklumat pelayanan"),
            (12, "Kecamatan Cikupa", "100/5/Kec", "Undangan rapat koordinasi"),
            (25, "Bappeda", "050/9", "Laporan capaian SPM"),
        )
    ]
    agenda.void_letter(memory_db, actors["kasubag"], letters[1].id, "Tercatat dua kali")
    return memory_db, actors, letters


def test_agenda_book_for_a_period_holds_its_letters_and_voids(office, tmp_path: Path):
    db, actors, letters = office
    job = printing.prepare_agenda_book(db, actors["staf"], date(2026, 11, 1), date(2026, 11, 15))
    out = tmp_path / "agenda.pdf"
    pages = render_table(job.document, job.setup, job.mark, job.letterhead, out)
    text = text_of(out)
    assert "BUKU AGENDA SURAT MASUK" in text and "Periode 1 November 2026 s.d. 15 November 2026" in text
    assert letters[0].number in text and letters[1].number in text and letters[2].number not in text
    assert "DIBATALKAN: Tercatat dua kali" in text
    assert info(out)["Page size"].startswith("935.433 x 609.449")  # F4 landscape
    assert f"Halaman {pages} dari {pages}" in text
    with pytest.raises(ValidationError):
        printing.prepare_agenda_book(db, actors["staf"], date(2026, 11, 15), date(2026, 11, 1))


def test_tanda_terima_names_the_clerk_and_leaves_room_for_the_courier(office, tmp_path: Path):
    db, actors, letters = office
    job = printing.prepare_letter_print(db, actors["staf"], letters[0].id, DocumentKind.RECEIPT)
    out = tmp_path / "tanda-terima.pdf"
    render_receipt(job.letter, job.receiver, job.place, job.setup, job.mark, job.letterhead, out)
    text = text_of(out)
    for expected in (
        "TANDA TERIMA SURAT",
        letters[0].number,
        "Selasa, 10 November 2026 pukul 09.15",
        "Dinas Kesehatan",
        "440/123/Dinkes",
        "Penyampaian rancangan maklumat pelayanan",
        "1 berkas",
        "Yang menyerahkan,",
        "Yang menerima,",
        "Pengguna staf",
        "Tigaraksa, 10 November 2026",
    ):
        assert expected in text, expected
    assert info(out)["Page size"].startswith("609.449 x 467.716")  # half folio, 215 x 165 mm


def test_kartu_kendali_is_ten_by_fifteen_and_verifies_until_the_letter_changes(office, tmp_path: Path):
    db, actors, letters = office
    job = printing.prepare_letter_print(db, actors["staf"], letters[0].id, DocumentKind.CONTROL_CARD)
    out = tmp_path / "kartu.pdf"
    render_control_card(job.letter, job.setup, job.mark, out)
    text = text_of(out)
    for label in (
        "Indeks",
        "Kode",
        "No. urut",
        "Isi ringkas",
        "Lampiran",
        "Dari",
        "Kepada",
        "Tanggal / nomor surat",
        "Pengolah",
        "Paraf",
        "Catatan",
    ):
        assert label in text
    assert info(out)["Page size"].startswith("425.197 x 283.465")  # 150 x 100 mm
    ref = find_mark_in_pdf(out.read_bytes())
    assert printing.verify(db, ref).matches
    fixed = LetterInput(
        letters[0].received_at,
        "Dinas Kesehatan",
        "440/123/Dinkes",
        letters[0].tanggal_surat,
        "Penyampaian rancangan SP Dinas Kesehatan",
        kode="065",
    )
    agenda.correct_letter(db, actors["staf"], letters[0].id, fixed, "Perihal kurang lengkap")
    assert not printing.verify(db, ref).matches
