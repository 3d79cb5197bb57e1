"""The SP's papers: the SK with one lampiran per layanan (every component name in order under
its part), the Maklumat, the Berita Acara FKP (participants by group), and the Buku Laporan
whose daftar isi page numbers are the pages the parts start on; all carry the integrity mark."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sopdesk.domain.printing import find_mark_in_pdf
from sopdesk.domain.sp import COMPONENTS, MAKLUMAT, Part
from sopdesk.domain.sp_papers import DEFAULT_MAKLUMAT, Participant, Signer
from sopdesk.reports.sp_documents import book_contents, render_ba_fkp, render_maklumat, render_sp_book, render_sp_decree
from sopdesk.services import sp, verify
from sopdesk.services.sp_reports import prepare_sp_paper
from tests.sp_office import FULL, LAYANAN, fill, start
from tests.unit.test_sop_report import info, text_of


def pages_of(pdf: Path) -> list[str]:
    raw = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return raw.split("\f")[:-1] if raw.endswith("\f") else raw.split("\f")


@pytest.fixture
def filled(memory_db, actors):
    db = memory_db
    case_id = start(db, actors)
    fill(db, actors["staf"], case_id)
    sp.save_sections(
        db,
        actors["staf"],
        case_id,
        LAYANAN[1],
        {1: "- STRA apoteker", 4: "- Retribusi | Rp 50.000\nDasar: Perda 1/2024"},
        expected_version=0,
    )
    view = sp.sp_case_view(db, case_id)
    document = replace(
        view.document,
        decree=replace(
            view.document.decree,
            nomor="440/77/Dinkes/2025",
            tanggal=date(2025, 3, 18),
            penetap=Signer(
                "Kepala Dinas Kesehatan Kabupaten Tangerang",
                "dr. Hendra Tarmizi, M.Kes",
                "197503152000122003",
                "Pembina Utama Muda (IV/c)",
            ),
            mencabut="Keputusan Kepala Dinas Kesehatan Nomor 440/12/Dinkes/2019 tentang Standar Pelayanan",
        ),
        fkp=replace(
            view.document.fkp,
            tanggal=date(2025, 3, 12),
            participants=(
                Participant("Media", "Rudi", "Tangerang Ekspres"),
                Participant("Pengguna layanan", "Siti Aminah", "Bidan praktik mandiri"),
                Participant("Instansi terkait", "Drs. Agus", "Inspektorat"),
            ),
            hasil="Persyaratan STR cukup fotokopi\nWaktu pelayanan 3 hari kerja disepakati",
            pimpinan=Signer("Sekretaris Dinas Kesehatan", "Ir. Bambang", "197001011998031005"),
            wakil=Signer("Ikatan Bidan Indonesia", "Siti Aminah"),
        ),
    )
    sp.save_document(db, actors["staf"], case_id, document, expected_version=0)
    return db, actors, case_id


def test_the_sk_prints_every_component_in_order_under_its_part_per_layanan(filled, tmp_path):
    db, actors, case_id = filled
    job = prepare_sp_paper(db, actors["staf"], case_id, "sp-sk")
    out = tmp_path / "sk.pdf"
    pages = render_sp_decree(job.book, job.setup, job.mark, job.letterhead, out)
    text = text_of(out)
    assert "KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN TANGERANG NOMOR: 440/77/Dinkes/2025" in text
    assert (
        "KEEMPAT : Dengan berlakunya Keputusan ini, Keputusan Kepala Dinas Kesehatan Nomor 440/12/Dinkes/2019" in text
    )
    assert "dr. Hendra Tarmizi, M.Kes Pembina Utama Muda (IV/c) NIP. 19750315 200012 2 003" in text
    for layanan in LAYANAN:
        title = f"STANDAR PELAYANAN {layanan.upper()}"
        assert title in text
        table = text[text.index(title) :]
        positions = [table.index(Part.PENYAMPAIAN.heading), table.index(Part.PENGELOLAAN.heading)]
        for c in COMPONENTS:
            positions.insert(-1 if c.part is Part.PENYAMPAIAN else len(positions), table.index(f"{c.no}. {c.nama}"))
        assert positions == sorted(positions), layanan
    assert pages == int(info(out)["Pages"]) >= 4
    assert f"Halaman {pages} dari {pages}" in text
    assert find_mark_in_pdf(out.read_bytes()).record_id == str(case_id)
    assert verify.examine_mark(db, find_mark_in_pdf(out.read_bytes())).unchanged


def test_a_later_version_no_longer_matches_a_print(filled, tmp_path):
    db, actors, case_id = filled
    job = prepare_sp_paper(db, actors["staf"], case_id, "maklumat")
    out = tmp_path / "maklumat.pdf"
    render_maklumat(job.book, job.setup, job.mark, job.letterhead, out)
    text = text_of(out)
    assert "MAKLUMAT PELAYANAN DINAS KESEHATAN" in text and " ".join(DEFAULT_MAKLUMAT.split()) in text
    assert info(out)["Page size"].startswith("595.276 x 841.89")  # A4 portrait, to be framed
    ref = find_mark_in_pdf(out.read_bytes())
    assert verify.examine_mark(db, ref).unchanged
    sp.save_sections(db, actors["staf"], case_id, LAYANAN[0], {MAKLUMAT: "Kami sanggup melayani."}, expected_version=1)
    assert verify.examine_mark(db, ref).changed


def test_the_berita_acara_lists_participants_by_group_and_both_signatures(filled, tmp_path):
    db, actors, case_id = filled
    job = prepare_sp_paper(db, actors["staf"], case_id, "ba-fkp")
    out = tmp_path / "ba.pdf"
    render_ba_fkp(job.book, job.setup, job.mark, job.letterhead, out, job.groups)
    text = text_of(out)
    assert "BERITA ACARA FORUM KONSULTASI PUBLIK" in text
    assert "Rabu, 12 Maret 2025" in text
    order = [
        text.index(word)
        for word in ("Pengguna layanan", "Siti Aminah", "Instansi terkait", "Drs. Agus", "Media", "Rudi")
    ]
    assert order == sorted(order)  # the office's order of groups, not the order typed
    assert "1. Persyaratan STR cukup fotokopi 2. Waktu pelayanan 3 hari kerja disepakati" in text
    assert "Wakil Peserta" in text and "Pimpinan Forum" in text and "NIP. 19700101 199803 1 005" in text


def test_the_buku_laporan_daftar_isi_names_the_pages_the_parts_start_on(filled, tmp_path):
    db, actors, case_id = filled
    job = prepare_sp_paper(db, actors["staf"], case_id, "buku-laporan")
    out = tmp_path / "buku.pdf"
    total, starts = render_sp_book(job.book, job.setup, job.mark, job.letterhead, out, job.groups)
    pages = pages_of(out)
    assert len(pages) == total == int(info(out)["Pages"])
    assert "BUKU LAPORAN" in pages[0] and "STANDAR PELAYANAN" in pages[0]
    toc = " ".join(pages[1].split())
    assert "DAFTAR ISI" in toc
    entries = book_contents(job.book)
    listed = {}
    for entry in entries:
        found = re.search(re.escape(entry.title) + r" (\d+)\b", toc)
        assert found, entry.title
        listed[entry.key] = int(found.group(1))
    assert listed == starts
    expected = {
        "sk": "KEPUTUSAN KEPALA DINAS KESEHATAN",
        "lampiran-1": f"STANDAR PELAYANAN {LAYANAN[0].upper()}",
        "lampiran-2": f"STANDAR PELAYANAN {LAYANAN[1].upper()}",
        "maklumat": "MAKLUMAT PELAYANAN",
        "ba": "BERITA ACARA",
    }
    for key, heading in expected.items():
        page = pages[listed[key] - 1]
        assert heading in " ".join(page.split()), key
        assert f"Halaman {listed[key]} dari {total}" in " ".join(page.split())
        if listed[key] > 1:
            assert heading not in " ".join(pages[listed[key] - 2].split()) or key.startswith("lampiran")
    assert find_mark_in_pdf(out.read_bytes()) is not None


def test_many_layanan_with_long_procedures_still_print(memory_db, actors, tmp_path):
    """A lampiran longer than a page runs over (the row is split), the header repeated."""
    db = memory_db
    names = tuple(f"Layanan {n}" for n in range(1, 13))
    case_id = start(db, actors, layanan=names)
    long = "\n".join(
        f"- Langkah {n}: petugas memeriksa kelengkapan dan keabsahan berkas | 15 menit" for n in range(1, 90)
    )
    for name in names[:2]:
        sp.save_sections(db, actors["staf"], case_id, name, {**FULL, 2: long}, expected_version=0)
    job = prepare_sp_paper(db, actors["staf"], case_id, "buku-laporan")
    total, starts = render_sp_book(job.book, job.setup, job.mark, job.letterhead, tmp_path / "b.pdf", job.groups)
    assert starts["lampiran-2"] - starts["lampiran-1"] >= 3
    assert len(starts) == len(names) + 3 and total > 20
    assert pages_of(tmp_path / "b.pdf")[starts["lampiran-1"]].count("KOMPONEN") >= 1  # header repeated
