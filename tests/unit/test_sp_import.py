"""Importing an OPD's Word draft: a corpus of .docx files made by the tests (python-docx), one
made once by LibreOffice and kept as a fixture (tests/data/sp), and any drafts kept outside the
repository (``SOPDESK_SP_DRAFTS``: a folder of real .docx files)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sopdesk.domain.errors import ValidationError
from sopdesk.domain.sp import MAKLUMAT
from sopdesk.domain.sp_import import layanan_from_heading, plan_import
from sopdesk.services.word import read_tables
from tests.sp_drafts import make_not_a_table, make_standard, make_two_layanan

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "sp" / "rancangan-libreoffice.docx"


def test_the_common_layout_fills_all_fourteen_components_and_reports_the_row_it_cannot_place(tmp_path):
    path = make_standard(tmp_path / "bidan.docx", merged_name=True)
    plan = plan_import(read_tables(path), ["Penerbitan Surat Izin Praktik Bidan"])
    (placement,) = plan.placed
    sections = placement.draft.sections()
    assert sorted(sections) == list(range(1, 15))
    # the name merged down over two rows: both rows' uraian in Persyaratan, nesting kept
    assert [(i.text, i.level) for i in sections[1].items] == [
        ("Surat permohonan", 0),
        ("Fotokopi KTP-el", 0),
        ("Fotokopi STR Bidan yang masih berlaku", 0),
        ("dilegalisir", 1),
        ("Pas foto 4x6 (2 lembar)", 0),
    ]
    # the procedure written as a table inside its cell: steps with their time
    assert [(i.text, i.detail) for i in sections[2].items][1] == ("Verifikasi berkas oleh petugas", "1 hari kerja")
    assert sections[3].unit == "hari kerja" and sections[4].free
    assert [i.kind for i in sections[6].items] == ["Telepon", "E-mail", "SP4N-LAPOR!", "Kotak saran"]
    report = plan.report()
    assert report[0].startswith("Penerbitan Surat Izin Praktik Bidan: 14 dari 14 komponen dari tabel 1")
    assert any("'Keterangan lain-lain' tidak dapat ditempatkan" in line for line in report)


def test_each_table_names_its_layanan_in_its_first_row(tmp_path):
    path = make_two_layanan(tmp_path / "dua.docx")
    plan = plan_import(read_tables(path), ["Izin Apotek", "Penerbitan Surat Izin Praktik Bidan"])
    assert [(p.draft.layanan.casefold(), p.layanan) for p in plan.placements] == [
        ("penerbitan surat izin praktik bidan", "Penerbitan Surat Izin Praktik Bidan"),
        ("izin apotek", "Izin Apotek"),
    ]
    apotek = plan.placements[1].draft.sections()
    assert next((i.text, i.detail) for i in apotek[2].items) == ("Pemohon mendaftar secara daring", "15 menit")
    assert apotek[4].free  # "Rp 0,-"


def test_a_draft_made_by_libreoffice_imports_with_merged_rows_and_nested_lists():
    plan = plan_import(read_tables(FIXTURE), ["Penerbitan KTP-el", "Penerbitan Akta Kelahiran"])
    assert [p.layanan for p in plan.placed] == ["Penerbitan KTP-el", "Penerbitan Akta Kelahiran"]
    ktp = plan.placed[0].draft.sections()
    assert sorted(ktp) == list(range(1, 15))
    assert [(i.text, i.level) for i in ktp[1].items][:4] == [
        ("Surat pengantar RT/RW", 0),
        ("Kartu Keluarga", 0),
        ("asli", 1),
        ("fotokopi 1 lembar", 1),
    ]
    assert "Akta pendirian" in [i.text for i in ktp[1].items]  # the second row of the spanned name
    assert (ktp[3].amount, ktp[3].unit) == (60, "menit")


def test_a_table_for_another_layanan_is_reported_not_imported(tmp_path):
    path = make_two_layanan(tmp_path / "dua.docx")
    plan = plan_import(read_tables(path), ["Izin Apotek", "Izin Toko Obat"])
    assert [p.layanan for p in plan.placements] == [None, "Izin Apotek"]
    assert "tidak cocok dengan jenis layanan berkas ini" in plan.report()[0]


def test_a_file_that_is_not_a_draft_says_so(tmp_path):
    plan = plan_import(read_tables(make_not_a_table(tmp_path / "surat.docx")), ["Izin Apotek"])
    assert not plan.placed and plan.skipped_tables == (1,)
    assert plan.report() == ["Tabel 1 bukan tabel standar pelayanan (tidak ada komponen yang dikenali); dilewati."]
    bad = tmp_path / "bukan.docx"
    bad.write_bytes(b"%PDF-1.4 bukan word")
    with pytest.raises(ValidationError, match="bukan dokumen Word"):
        read_tables(bad)
    with pytest.raises(ValidationError, match="tidak ditemukan"):
        read_tables(tmp_path / "tidak-ada.docx")


@pytest.mark.parametrize(
    ("paragraphs", "name"),
    [
        (
            ["LAMPIRAN KEPUTUSAN KEPALA DINAS", "STANDAR PELAYANAN PENERBITAN IZIN APOTEK PADA DINAS KESEHATAN"],
            "PENERBITAN IZIN APOTEK",
        ),
        (["Jenis Layanan: Legalisir Ijazah"], "Legalisir Ijazah"),
        (["2. Pelayanan Surat Keterangan Domisili"], "Surat Keterangan Domisili"),
        (["Rekomendasi Izin Usaha"], "Rekomendasi Izin Usaha"),
        (["NOMOR 440/1/2026"], ""),
        ([], ""),
    ],
)
def test_the_layanan_is_read_from_the_heading_above_the_table(paragraphs, name):
    assert layanan_from_heading(paragraphs) == name


def outside_drafts() -> list[Path]:
    folder = os.environ.get("SOPDESK_SP_DRAFTS")
    return sorted(Path(folder).glob("*.docx")) if folder else []


@pytest.mark.skipif(not outside_drafts(), reason="SOPDESK_SP_DRAFTS: no folder of real drafts given")
@pytest.mark.parametrize("path", outside_drafts(), ids=lambda p: p.name)
def test_real_drafts_kept_outside_the_repository_import(path):
    """Each real draft fills at least the six published components of every table it holds."""
    tables = read_tables(path)
    from sopdesk.domain.sp_import import read_drafts

    drafts, unplaced, _ = read_drafts(tables)
    assert drafts, f"{path.name}: tidak ada tabel standar pelayanan"
    for draft in drafts:
        assert set(range(1, 7)) <= set(draft.sections()), (path.name, draft.layanan, sorted(draft.texts), unplaced)
        assert MAKLUMAT not in draft.sections() or draft.sections()[MAKLUMAT].text
