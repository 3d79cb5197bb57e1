"""Papers of a disposition: the Lembar Disposisi, blank and filled, and the Kartu Penerus."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sopdesk.domain.agenda import LetterInput
from sopdesk.domain.dates import hari_tanggal, tanggal
from sopdesk.domain.disposition import (
    DEFAULT_INSTRUCTIONS,
    DispositionInput,
    HandOver,
    RecipientKind,
    RecipientRef,
)
from sopdesk.domain.errors import NotFound
from sopdesk.domain.printing import MarkRef, find_mark_in_pdf
from sopdesk.reports.disposition_documents import render_disposition_sheet, render_routing_card
from sopdesk.services import agenda, printing
from sopdesk.services import disposition as disp
from sopdesk.services.verify import examine_mark
from sopdesk.store.database import Database
from tests.office import KABAG, KASUBAG, Office, make_office
from tests.unit.test_sop_report import info, text_of

TICKED = ("Tanggapan dan saran", "Koordinasi/konfirmasikan", "Hadiri/wakili")
NOTE = "Mohon dipelajari bersama tenaga ahli dan laporkan hasil verifikasinya."


@pytest.fixture
def office(memory_db: Database) -> Office:
    return make_office(memory_db)


def dispose(office: Office, letter: int = 0):
    kasubag = RecipientRef(RecipientKind.OFFICIAL, office.kasubag.id, office.kasubag.nama)
    unit = RecipientRef(RecipientKind.UNIT, None, "Subbagian Tata Laksana")
    return disp.write_disposition(
        office.db,
        office.actors["kabag"],
        DispositionInput(office.letters[letter].id, (kasubag, unit), (*TICKED, "Bahas di rapat staf"), NOTE),
    )


def unchanged(db: Database, ref: MarkRef | None) -> bool:
    """Is the record a print's mark names as it was printed, and still in force?"""
    assert ref is not None
    found = examine_mark(db, ref)
    return found is not None and found.unchanged


KABAG_NIP = "19750315 200012 2 003"  # as BKN writes it


def lines_of(pdf: Path) -> list[str]:
    raw = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return [" ".join(line.split()) for line in raw.splitlines()]


def test_filled_sheet_holds_the_letter_every_tick_the_note_and_the_signer(office: Office, tmp_path: Path):
    record = dispose(office)
    letter = office.letters[0]
    job = printing.prepare_disposition_sheet(office.db, office.actors["staf"], letter.id)
    out = tmp_path / "disposisi.pdf"
    assert render_disposition_sheet(job.sheet, job.setup, job.mark, job.letterhead, out) == 1
    text, lines = text_of(out), lines_of(out)
    for expected in ("LEMBAR DISPOSISI", letter.number, letter.nomor_surat, letter.perihal, NOTE, KABAG[0]):
        assert expected in text, expected
    assert f"NIP. {KABAG_NIP}" in text and "Kepala Bagian Organisasi," in text
    assert "Sifat : Biasa" in text and "Urgensi : Biasa" in text  # two fields, not "Biasa / Biasa"
    for item in (*TICKED, "Bahas di rapat staf"):
        assert f"✓ {item}" in lines, item
    for item in set(DEFAULT_INSTRUCTIONS) - set(TICKED):
        assert item in lines, item  # printed with an empty box
    assert f"✓ Kepala Subbagian, Bagian Organisasi ({KASUBAG[0]})" in lines
    assert "✓ Subbagian Tata Laksana" in lines and "Subbagian Pelayanan Publik" in lines
    assert text.count("✓") == 6
    assert f"Batas waktu : {hari_tanggal(record.due_date)}" in text
    assert info(out)["Page size"].startswith("609.449 x 467.716")  # half folio, 215 x 165 mm
    assert unchanged(office.db, find_mark_in_pdf(out.read_bytes()))


def test_blank_sheet_holds_the_letter_data_and_no_ticks(office: Office, tmp_path: Path):
    letter = office.letters[1]
    job = printing.prepare_disposition_sheet(office.db, office.actors["staf"], letter.id, blank=True)
    out = tmp_path / "kosong.pdf"
    render_disposition_sheet(job.sheet, job.setup, job.mark, job.letterhead, out)
    text = text_of(out)
    for expected in (
        letter.number,
        letter.nomor_surat,
        letter.perihal,
        letter.asal,
        tanggal(letter.received_at.date()),
        "Sifat : Biasa",
        "Urgensi : Segera",
        *DEFAULT_INSTRUCTIONS,
        "Kepala Bagian Organisasi,",
    ):
        assert expected in text, expected
    assert "✓" not in text
    assert KABAG[0] not in text  # the signer writes by hand; the Kabag is not offered as her own recipient
    assert f"Kepala Subbagian, Bagian Organisasi ({KASUBAG[0]})" in text
    ref = find_mark_in_pdf(out.read_bytes())
    assert ref is not None and ref.kind == "disposisi-kosong"
    assert unchanged(office.db, ref)


def test_filled_sheet_needs_a_disposition_and_stops_matching_after_a_correction(office: Office, tmp_path: Path):
    with pytest.raises(NotFound, match="belum didisposisi"):
        printing.prepare_disposition_sheet(office.db, office.actors["staf"], office.letters[0].id)
    dispose(office)
    job = printing.prepare_disposition_sheet(office.db, office.actors["staf"], office.letters[0].id)
    out = tmp_path / "disposisi.pdf"
    render_disposition_sheet(job.sheet, job.setup, job.mark, job.letterhead, out)
    ref = find_mark_in_pdf(out.read_bytes())
    assert unchanged(office.db, ref)
    letter = office.letters[0]
    fixed = LetterInput(
        letter.received_at, letter.asal, letter.nomor_surat, letter.tanggal_surat, "Perihal yang dibetulkan", kode="065"
    )
    agenda.correct_letter(office.db, office.actors["staf"], letter.id, fixed, "Perihal salah ketik")
    assert not unchanged(office.db, ref)


def test_a_transcribed_disposition_says_who_typed_it(office: Office, tmp_path: Path):
    staf = RecipientRef(RecipientKind.USER, office.actors["staf"].user_id, office.actors["staf"].nama)
    disp.transcribe_disposition(
        office.db,
        office.actors["kasubag"],
        office.kabag.id,
        DispositionInput(office.letters[2].id, (staf,), ("Arsipkan",)),
    )
    job = printing.prepare_disposition_sheet(office.db, office.actors["kasubag"], office.letters[2].id)
    out = tmp_path / "salinan.pdf"
    render_disposition_sheet(job.sheet, job.setup, job.mark, job.letterhead, out)
    text = text_of(out)
    assert f"Disalin dari disposisi tulisan tangan oleh {KASUBAG[0]}." in text
    assert f"✓ {office.actors['staf'].nama}, Staf" in lines_of(out) and KABAG[0] in text


def test_long_fields_stay_inside_the_half_folio(office: Office, tmp_path: Path):
    dispose(office)
    job = printing.prepare_disposition_sheet(office.db, office.actors["staf"], office.letters[0].id)
    sheet = replace(job.sheet, nomor_surat="440/" + "9" * 250, catatan="Arahan panjang. " * 120)
    out = tmp_path / "panjang.pdf"
    assert render_disposition_sheet(sheet, job.setup, job.mark, job.letterhead, out) == 1
    text = text_of(out)
    assert "… (selengkapnya di SOPDesk)" in text and "…" in text.split("No. Surat")[1][:300]
    assert "NIP. " + KABAG_NIP in text  # the signer is still there


def test_routing_card_lists_every_hand_over_with_room_to_sign(office: Office, tmp_path: Path):
    record = dispose(office)
    staf = RecipientRef(RecipientKind.USER, office.actors["staf"].user_id, office.actors["staf"].nama)
    disp.forward_disposition(
        office.db,
        office.actors["kasubag"],
        DispositionInput(office.letters[0].id, (staf,), ("Siapkan bahan",), parent_id=record.id),
    )
    job = printing.prepare_routing_card(office.db, office.actors["staf"], office.letters[0].id)
    out = tmp_path / "kartu-penerus.pdf"
    assert render_routing_card(job.card, job.setup, job.mark, job.letterhead, out) == 1
    text = text_of(out)
    for expected in ("KARTU PENERUS DISPOSISI", office.letters[0].number, "No. Agenda", "Dari", "Kepada", "Paraf"):
        assert expected in text, expected
    assert "Batas waktu" in text and "Instruksi" in text
    assert [r.to_nama for r in job.card.rows] == [
        f"Kepala Subbagian, Bagian Organisasi ({KASUBAG[0]})",
        "Subbagian Tata Laksana",
        staf.nama,
    ]
    assert job.card.rows[2].from_nama == KASUBAG[0] and "Siapkan bahan" in text
    assert unchanged(office.db, find_mark_in_pdf(out.read_bytes()))


def test_routing_card_of_a_new_letter_is_blank_and_a_long_chain_runs_over(office: Office, tmp_path: Path):
    job = printing.prepare_routing_card(office.db, office.actors["staf"], office.letters[1].id)
    out = tmp_path / "baru.pdf"
    assert render_routing_card(job.card, job.setup, job.mark, job.letterhead, out) == 1
    assert job.card.rows == () and office.letters[1].number in text_of(out)
    many = tuple(
        HandOver(date(2026, 11, 27), "Budi Santoso, S.IP", f"Penerima {i}", "Siapkan bahan", None, "belum dibaca")
        for i in range(30)
    )
    card = replace(job.card, rows=many)
    pages = render_routing_card(card, job.setup, job.mark, job.letterhead, out)
    text = text_of(out)
    assert pages >= 3 and f"Halaman {pages} dari {pages}" in text and "(lanjutan)" in text
    assert "Penerima 0" in text and "Penerima 29" in text


def test_the_paper_kinds_default_to_half_folio(office: Office):
    from sopdesk.domain.printing import DocumentKind, Paper

    for kind in (DocumentKind.DISPOSITION_SHEET, DocumentKind.ROUTING_CARD):
        assert printing.page_setup(office.db, kind).paper is Paper.HALF_FOLIO


def test_the_signer_block_has_pangkat_and_the_nip_grouped(office: Office, tmp_path: Path):
    from sopdesk.services.master import OfficialInput, save_official

    kabag = office.kabag
    save_official(
        office.db,
        office.actors["admin"],
        OfficialInput("kabag", kabag.nama, kabag.jabatan, kabag.nip, version=kabag.version, pangkat="Pembina (IV/a)"),
        kabag.id,
    )
    dispose(office)
    job = printing.prepare_disposition_sheet(office.db, office.actors["staf"], office.letters[0].id)
    out = tmp_path / "disposisi.pdf"
    render_disposition_sheet(job.sheet, job.setup, job.mark, job.letterhead, out)
    lines = lines_of(out)
    name = lines.index(KABAG[0])
    assert lines[name + 1 : name + 3] == ["Pembina (IV/a)", f"NIP. {KABAG_NIP}"]


def test_the_kasubags_sheet_never_offers_the_kabag(office: Office):
    """A disposition only goes down the chain: the Kasubag's own sheet lists no Kabag."""
    record = dispose(office)
    disp.forward_disposition(
        office.db,
        office.actors["kasubag"],
        DispositionInput(
            office.letters[0].id,
            (RecipientRef(RecipientKind.USER, office.actors["staf"].user_id, office.actors["staf"].nama),),
            ("Siapkan bahan",),
            parent_id=record.id,
        ),
    )
    child = next(d for d in disp_records(office) if d.parent_id == record.id)
    sheet = printing.disposition_sheet(office.db, office.letters[0].id, disposition_id=child.id)
    labels = [label for label, _ in sheet.recipient_lines]
    assert not any(KABAG[0] in label or "Kepala Bagian" in label for label in labels), labels
    assert not any(KASUBAG[0] in label for label in labels)  # nor herself


def disp_records(office: Office):
    from sopdesk.services import read

    return read.dispositions_for_letter(office.db, office.letters[0].id)


def test_a_blank_sheet_without_a_letter_has_lines_to_write_on(office: Office, tmp_path: Path):
    from sopdesk.services.documents import SheetRequest, document, produce

    made = produce(
        office.db,
        office.actors["staf"],
        document("disposisi-kosong"),
        SheetRequest(None, blank=True),
        tmp_path / "k.pdf",
    )
    text = text_of(made.path)
    for label in (
        "Surat dari",
        "No. Surat",
        "Tgl. Surat",
        "Diterima Tgl.",
        "No. Agenda",
        "Sifat",
        "Urgensi",
        "Perihal",
    ):
        assert f"{label} :" in text
    assert "Batas waktu :" in text and "Kepala Bagian Organisasi," in text
    assert office.letters[0].number not in text
    ref = find_mark_in_pdf(made.path.read_bytes())
    assert ref is not None and ref.kind == "disposisi-kosong" and ref.record_id == "0"
    assert unchanged(office.db, ref)
