"""Papers of the agenda book: the book for a period, the tanda terima, the kartu kendali.

Printed through the catalogue (as the CLI and the UI print them) and read back with poppler as
a clerk, the Kasubag or an auditor would read the paper.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from sopdesk.domain.agenda import LetterInput, Sifat
from sopdesk.domain.agenda_book import period_text
from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef
from sopdesk.domain.errors import ValidationError
from sopdesk.domain.printing import DocumentKind, find_mark_in_pdf
from sopdesk.services import agenda, printing, read
from sopdesk.services import disposition as disp
from sopdesk.services.documents import LetterRequest, PeriodRequest, document, produce
from sopdesk.services.verify import examine_mark, verify_file
from sopdesk.store.database import Database
from tests.office import make_office
from tests.unit.test_sop_report import info, text_of

NOMOR_PANJANG = "000.8.3.2/1234/Dinas-Penanaman-Modal-dan-PTSP/XI/2026"


@pytest.fixture
def office(memory_db: Database):
    """Three November letters registered out of the order they were received (the second was
    found in the mailroom later), one of them Sangat Rahasia, one voided, one disposed down the
    chain Kabag → Kasubag → Staf."""
    office = make_office(memory_db, received=datetime(2026, 11, 2, 8, 0))
    db, actors = memory_db, office.actors
    letters = [
        agenda.register_letter(
            db,
            actors["staf"],
            LetterInput(
                datetime(2026, 11, day, 9, 15),
                asal,
                nomor,
                date(2026, 11, day - 1),
                perihal,
                kode="065",
                lampiran="1 berkas",
                sifat=sifat,
            ),
        ).letter
        for day, asal, nomor, perihal, sifat in (
            (12, "Dinas Kesehatan", "440/123/Dinkes", "Penyampaian rancangan maklumat pelayanan", Sifat.BIASA),
            (10, "Kecamatan Cikupa", "100/5/Kec", "Undangan rapat koordinasi", Sifat.BIASA),
            (11, "Bappeda", NOMOR_PANJANG, "Laporan capaian SPM", Sifat.SANGAT_RAHASIA),
        )
    ]
    agenda.void_letter(db, actors["kasubag"], letters[1].id, "Tercatat dua kali")
    kasubag = RecipientRef(RecipientKind.OFFICIAL, office.kasubag.id, office.kasubag.nama, office.kasubag.jabatan)
    root = disp.write_disposition(
        db,
        actors["kabag"],
        DispositionInput(letters[0].id, (kasubag,), ("Proses lebih lanjut",)),
        now=datetime(2026, 11, 12, 10, 0),
    )
    staf = actors["staf"]
    disp.forward_disposition(
        db,
        actors["kasubag"],
        DispositionInput(
            letters[0].id,
            (RecipientRef(RecipientKind.USER, staf.user_id, staf.nama),),
            ("Siapkan bahan",),
            parent_id=root.id,
        ),
        now=datetime(2026, 11, 12, 11, 0),
    )
    return db, actors, office.letters + letters


def test_agenda_book_of_a_month_names_recipients_voids_sifat_in_number_order(office, tmp_path: Path):
    """Bar: Diteruskan Kepada from the dispositions, Keterangan with the void, agenda-number order."""
    db, actors, letters = office
    made = produce(
        db, actors["staf"], document("agenda"), PeriodRequest(date(2026, 11, 1), date(2026, 11, 30)), tmp_path / "a.pdf"
    )
    text = text_of(made.path)
    assert "BUKU AGENDA SURAT MASUK" in text and "Periode 1 November 2026 s.d. 30 November 2026" in text
    for column in ("No. Agenda", "Sifat", "Diteruskan Kepada", "Keterangan"):
        assert column in text
    # Agenda-number order, although the fifth letter was received before the fourth.
    positions = [text.index(letter.number) for letter in letters]
    assert positions == sorted(positions)
    assert letters[3].received_at > letters[4].received_at
    # The disposed letter names the Kasubag and, down the chain, the clerk.
    assert "Kepala Subbagian, Bagian Organisasi → Pengguna staf" in text
    # The void and its reason; the Sangat Rahasia letter is marked as such.
    assert "DIBATALKAN: Tercatat dua kali" in text
    assert "Sangat Rahasia" in text
    # A long letter number breaks only after a separator, never inside "2026".
    assert NOMOR_PANJANG in re.sub(r"(?<=[/.\-]) ", "", text)
    # The closing: the count, when it was closed, the clerk's and the Kasubag's signatures.
    assert "Buku agenda ini ditutup pada" in text and "dengan jumlah 6 surat, 1 di antaranya dibatalkan" in text
    assert "Mengetahui," in text and "Budi Santoso, S.IP" in text and "NIP. 19810722 200604 1 008" in text
    assert "Petugas Agenda," in text and "Pengguna staf" in text
    assert info(made.path)["Page size"].startswith("935.433 x 609.449")  # F4 landscape
    with pytest.raises(ValidationError):
        printing.prepare_agenda_book(db, actors["staf"], date(2026, 11, 15), date(2026, 11, 1))


def test_a_voided_row_is_struck_through_on_paper(office, tmp_path: Path):
    from pypdf import PdfReader

    db, actors, _ = office
    struck = produce(
        db,
        actors["staf"],
        document("agenda"),
        PeriodRequest(date(2026, 11, 10), date(2026, 11, 10)),
        tmp_path / "v.pdf",
    )
    clean = produce(
        db,
        actors["staf"],
        document("agenda"),
        PeriodRequest(date(2026, 11, 12), date(2026, 11, 12)),
        tmp_path / "c.pdf",
    )

    def strokes(path: Path) -> int:  # strike lines are drawn 0.6 pt wide, the grid 0.4 pt
        content = PdfReader(str(path)).pages[0].get_contents()
        assert content is not None
        return len(re.findall(rb"(?<![\d.])\.6 w", content.get_data()))

    assert strokes(struck.path) > strokes(clean.path)


def test_a_year_still_running_is_printed_up_to_today_not_as_complete():
    today = date(2026, 12, 6)
    assert period_text(date(2026, 1, 1), date(2026, 12, 31), today) == (
        "Periode 1 Januari 2026 sampai dengan 6 Desember 2026 (periode masih berjalan)",
        False,
    )
    assert period_text(date(2025, 1, 1), date(2025, 12, 31), today) == (
        "Tahun 2025 (1 Januari s.d. 31 Desember 2025)",
        True,
    )


def test_the_running_year_is_not_closed_on_paper(office, tmp_path: Path):
    db, actors, _ = office
    end = date.today() + timedelta(days=30)
    made = produce(db, actors["staf"], document("agenda"), PeriodRequest(date(2026, 11, 1), end), tmp_path / "y.pdf")
    text = text_of(made.path)
    assert "sampai dengan" in text and "(periode masih berjalan)" in text
    assert "belum ditutup" in text and "ditutup pada" not in text


def test_tanda_terima_names_the_clerk_who_prints_it_and_the_courier_writes_in(office, tmp_path: Path):
    """Bar: the tanda terima printed by a clerk names that clerk and NIP; never "Sistem"."""
    db, actors, letters = office
    from sopdesk.services.users import UserUpdate, update_user

    user = next(u for u in read.users(db) if u.username == "staf")
    update_user(
        db,
        actors["admin"],
        UserUpdate(user.id, "Siti Nurhaliza, A.Md", "199002142015032001", user.role, True, None, user.version),
    )
    made = produce(db, actors["staf"], document("tanda-terima"), LetterRequest(letters[3].id), tmp_path / "tt.pdf")
    text = text_of(made.path)
    for expected in (
        "TANDA TERIMA SURAT",
        letters[3].number,
        "Kamis, 12 November 2026 pukul 09.15",
        "Dinas Kesehatan",
        "440/123/Dinkes",
        "Penyampaian rancangan maklumat pelayanan",
        "1 berkas",
        "Yang menyerahkan,",
        "Nama :",
        "Instansi :",
        "Telepon :",
        "Tanda tangan dan cap",
        "Yang menerima,",
        "Siti Nurhaliza, A.Md",
        "NIP. 19900214 201503 2 001",
        "Tigaraksa, 12 November 2026",
    ):
        assert expected in text, expected
    assert "Sistem" not in text
    assert info(made.path)["Page size"].startswith("609.449 x 467.716")  # half folio, 215 x 165 mm


def test_kartu_kendali_in_three_copies_with_indeks_kepada_pengolah(office, tmp_path: Path):
    db, actors, letters = office
    indeks = next(c.uraian for c in read.classification_codes(db) if c.kode == "065")
    made = produce(db, actors["staf"], document("kartu-kendali"), LetterRequest(letters[3].id), tmp_path / "kk.pdf")
    text = text_of(made.path)
    assert info(made.path)["Page size"].startswith("425.197 x 283.465")  # 150 x 100 mm
    assert info(made.path)["Pages"] == "3"
    for copy in ("Lembar 1 · putih", "Lembar 2 · kuning", "Lembar 3 · merah"):
        assert copy in text
    for label in (
        "Indeks",
        "Kode",
        "No. urut",
        "Isi ringkas",
        "Lampiran",
        "Dari",
        "Kepada",
        "Pengolah",
        "Paraf",
        "Catatan",
    ):
        assert label in text
    assert "KARTU KENDALI SURAT MASUK Lembar 1 · putih M" in text  # the M (masuk) mark
    assert f"Indeks {indeks}" in text  # indeks from the classification, not the sender
    assert "Kepala Subbagian, Bagian Organisasi (Budi Santoso, S.IP)" in text  # kepada: the first disposition
    assert "Pengguna staf" in text  # pengolah: the end of the chain
    assert "Halaman" not in text
    ref = find_mark_in_pdf(made.path.read_bytes())
    assert ref is not None
    before = examine_mark(db, ref)
    assert before is not None and before.unchanged
    fixed = LetterInput(
        letters[3].received_at,
        "Dinas Kesehatan",
        "440/123/Dinkes",
        letters[3].tanggal_surat,
        "Penyampaian rancangan SP Dinas Kesehatan",
        kode="065",
    )
    agenda.correct_letter(db, actors["staf"], letters[3].id, fixed, "Perihal kurang lengkap")
    after = examine_mark(db, ref)
    assert after is not None and after.changed and not after.unchanged
    # The file itself is still the one SOPDesk wrote, and says the record changed since.
    found = verify_file(db, made.path.read_bytes())
    assert found.ok and any("BERUBAH" in line for line in found.lines)


def test_a_print_of_a_letter_voided_later_says_so(office, tmp_path: Path):
    """Bar: a print of a record voided later says so."""
    db, actors, letters = office
    made = produce(db, actors["staf"], document("tanda-terima"), LetterRequest(letters[5].id), tmp_path / "tt.pdf")
    agenda.void_letter(db, actors["kasubag"], letters[5].id, "Salah alamat, dikembalikan")
    found = verify_file(db, made.path.read_bytes())
    assert found.ok
    assert "PERHATIAN: sesudah dicetak, dibatalkan: Salah alamat, dikembalikan." in found.lines


def test_prepare_refuses_a_print_without_a_real_user(office):
    from sopdesk.domain.records import Actor

    db, _, letters = office
    with pytest.raises(ValidationError):
        printing.prepare_letter_print(db, Actor.system(), letters[3].id, DocumentKind.RECEIPT)
