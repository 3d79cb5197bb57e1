"""Word drafts of a Standar Pelayanan as OPDs send them, made by the tests with python-docx.

Each builder writes one variant of the usual layout (a NO | KOMPONEN | URAIAN table per
layanan) with the habits seen in the offices' files: the layanan in a heading above the table
or in its first row, the two part headings as merged rows, numbered and nested lists, a
procedure as a small table inside its cell, a component name merged down over two rows,
names written differently ("Biaya / Tarif", "Sarana, prasarana, dan/atau fasilitas", "Waktu
Penyelesaian"), and a row nobody can place.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.shared import Pt

# The content of one layanan as an OPD writes it: (NO, KOMPONEN, URAIAN lines); a line starting
# with "#" is a numbered list item, "##" a nested one, "|" a row of a table inside the cell.
BIDAN = [
    (
        "1",
        "Persyaratan",
        [
            "#Surat permohonan",
            "#Fotokopi KTP-el",
            "#Fotokopi STR Bidan yang masih berlaku",
            "##dilegalisir",
            "#Pas foto 4x6 (2 lembar)",
        ],
    ),
    (
        "2",
        "Sistem, Mekanisme dan Prosedur",
        [
            "|1|Pemohon menyerahkan berkas di loket|10 menit",
            "|2|Verifikasi berkas oleh petugas|1 hari kerja",
            "|3|Penandatanganan izin oleh Kepala Dinas|1 hari kerja",
        ],
    ),
    ("3", "Waktu Penyelesaian", ["3 (tiga) hari kerja sejak berkas dinyatakan lengkap"]),
    ("4", "Biaya / Tarif", ["Tidak dipungut biaya"]),
    ("5", "Produk Pelayanan", ["#Surat Izin Praktik Bidan (SIPB)"]),
    (
        "6",
        "Penanganan Pengaduan, Saran dan Masukan",
        [
            "Pengaduan disampaikan melalui:",
            "#Telepon: (021) 5991234",
            "#E-mail: dinkes@tangerangkab.go.id",
            "#www.lapor.go.id",
            "#Kotak saran di ruang pelayanan",
        ],
    ),
    (
        "7",
        "Dasar Hukum",
        [
            "#Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
            "#Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
            "#Peraturan Bupati Tangerang Nomor 12 Tahun 2019 tentang Perizinan Tenaga Kesehatan",
        ],
    ),
    (
        "8",
        "Sarana, prasarana, dan/atau fasilitas",
        [
            "#Ruang tunggu ber-AC",
            "#Loket pelayanan",
            "#Komputer dan printer",
            "#Kursi roda dan jalur landai bagi kelompok rentan",
        ],
    ),
    (
        "9",
        "Kompetensi Pelaksana",
        ["Memahami peraturan perizinan tenaga kesehatan; mampu mengoperasikan komputer; ramah dan komunikatif."],
    ),
    ("10", "Pengawasan Internal", ["Dilakukan oleh atasan langsung secara berjenjang dan oleh Inspektorat."]),
    ("11", "Jumlah Pelaksana", ["3 (tiga) orang"]),
    ("12", "Jaminan Pelayanan", ["Pelayanan dilaksanakan sesuai standar pelayanan yang ditetapkan."]),
    (
        "13",
        "Jaminan Keamanan dan Keselamatan Pelayanan",
        ["Berkas pemohon dijaga kerahasiaannya; ruang pelayanan dilengkapi APAR dan CCTV."],
    ),
    (
        "14",
        "Evaluasi Kinerja Pelaksana",
        ["Survei kepuasan masyarakat setiap semester dan evaluasi oleh atasan setiap bulan."],
    ),
]

APOTEK = [
    ("1", "Persyaratan", ["#Surat permohonan", "#STRA apoteker", "#Denah lokasi apotek"]),
    (
        "2",
        "Prosedur",
        [
            "#Pemohon mendaftar secara daring (15 menit)",
            "#Peninjauan lokasi (2 hari kerja)",
            "#Penerbitan izin (1 hari kerja)",
        ],
    ),
    ("3", "Jangka Waktu Pelayanan", ["5 hari kerja"]),
    ("4", "Biaya/Tarif", ["Rp 0,-"]),
    ("5", "Produk Pelayanan", ["#Surat Izin Apotek"]),
    ("6", "Pengaduan", ["#SMS/WA: 0812 1234 5678", "#Website: https://dinkes.tangerangkab.go.id"]),
    ("7", "Dasar Hukum", ["#Peraturan Menteri Kesehatan Nomor 9 Tahun 2017 tentang Apotek"]),
    ("8", "Sarana dan Prasarana", ["#Ruang pelayanan"]),
    ("9", "Kompetensi Pelaksana", ["Apoteker dan staf administrasi yang memahami perizinan."]),
    ("10", "Pengawasan Internal", ["Kepala Bidang Sumber Daya Kesehatan."]),
    ("11", "Jumlah Pelaksana", ["2 orang"]),
    ("12", "Jaminan Pelayanan", ["Maklumat pelayanan dipajang di ruang pelayanan."]),
    ("13", "Jaminan Keamanan dan Keselamatan Pelayanan", ["Data pemohon dilindungi."]),
    ("14", "Evaluasi Kinerja Pelaksana", ["Evaluasi triwulanan."]),
]

PARTS = (
    "A. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN (SERVICE DELIVERY)",
    "B. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN (MANUFACTURING)",
)


def _fill(cell, lines: list[str]) -> None:
    first = True
    nested_rows = [line for line in lines if line.startswith("|")]
    for line in lines:
        if line.startswith("|"):
            continue
        style = None
        text = line
        if line.startswith("##"):
            style, text = "List Number 2", line[2:]
        elif line.startswith("#"):
            style, text = "List Number", line[1:]
        if first:
            paragraph = cell.paragraphs[0]
            paragraph.text = text
            if style:
                paragraph.style = style
            first = False
        else:
            cell.add_paragraph(text, style=style)
    if nested_rows:
        parts = [line.strip("|").split("|") for line in nested_rows]
        inner = cell.add_table(rows=0, cols=len(parts[0]))
        for values in parts:
            row = inner.add_row()
            for c, value in zip(row.cells, values, strict=True):
                c.text = value


def _table(document, rows, *, title_row: str | None = None, merged_name: bool = False, extra_row: bool = False):
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("NO", "KOMPONEN", "URAIAN"), strict=True):
        cell.text = text
    if title_row:
        row = table.add_row()
        row.cells[0].merge(row.cells[2]).text = title_row
        # the title above the header, as some OPDs write it
        table._tbl.remove(row._tr)
        table._tbl.insert(table._tbl.index(table.rows[0]._tr), row._tr)
    for part_index, part in enumerate(PARTS):
        row = table.add_row()
        row.cells[0].merge(row.cells[2]).text = part
        for no, name, lines in rows:
            if (int(no) <= 6) != (part_index == 0):
                continue
            if merged_name and no == "1":
                # the name merged down over two rows, the uraian split between them
                first, second = table.add_row(), table.add_row()
                first.cells[0].text = no
                first.cells[1].merge(second.cells[1]).text = name
                _fill(first.cells[2], lines[:2])
                _fill(second.cells[2], lines[2:])
                continue
            row = table.add_row()
            row.cells[0].text = no
            row.cells[1].text = name
            _fill(row.cells[2], lines)
    if extra_row:
        row = table.add_row()
        row.cells[0].text = "15"
        row.cells[1].text = "Keterangan lain-lain"
        row.cells[2].text = "Formulir dapat diunduh di laman dinas."
    return table


def make_standard(
    path: Path, *, layanan: str = "Penerbitan Surat Izin Praktik Bidan", merged_name: bool = False
) -> Path:
    """One layanan, the heading above the table, lists, a procedure table in its cell."""
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph("LAMPIRAN KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN TANGERANG")
    document.add_paragraph("NOMOR 440/123/DINKES/2026")
    document.add_paragraph(f"STANDAR PELAYANAN {layanan.upper()} PADA DINAS KESEHATAN")
    _table(document, BIDAN, merged_name=merged_name, extra_row=True)
    document.add_paragraph("MAKLUMAT PELAYANAN")
    document.save(path)
    return path


def make_two_layanan(path: Path) -> Path:
    """Two layanan, each named in the first row of its own table, no heading paragraphs."""
    document = Document()
    _table(document, BIDAN, title_row="JENIS PELAYANAN : PENERBITAN SURAT IZIN PRAKTIK BIDAN")
    document.add_paragraph("")
    _table(document, APOTEK, title_row="JENIS PELAYANAN : IZIN APOTEK")
    document.save(path)
    return path


def make_not_a_table(path: Path) -> Path:
    document = Document()
    document.add_paragraph("Kepada Yth. Kepala Bagian Organisasi")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Nama"
    table.cell(0, 1).text = "Alamat"
    document.save(path)
    return path
