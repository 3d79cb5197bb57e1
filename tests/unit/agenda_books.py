"""A small corpus of agenda workbooks kept the way clerks keep them, made by the tests.

Each book is a list of rows (cells as Python values) with the merged ranges a clerk draws, and
is written twice: by openpyxl (as Excel writes), and as a flat OpenDocument file that
LibreOffice converts to .xlsx (LibreOffice's own XML, shared strings and date styles).

``tests/data/agenda-libreoffice.xlsx`` is :func:`kept_book` written by LibreOffice 7.4, kept so
that the suite checks a LibreOffice workbook on machines without LibreOffice. Make it again with

    .venv/bin/python -m tests.unit.agenda_books tests/data/agenda-libreoffice.xlsx

(needs ``libreoffice``; Debian: ``apt-get install libreoffice-calc-nogui``). The year in it is
the fixture's: its tests read the year from the file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

Cell = object  # str, int, float, date, datetime, time or None
FIXTURE = Path(__file__).resolve().parents[1] / "data" / "agenda-libreoffice.xlsx"
FIXTURE_YEAR = 2025


@dataclass
class Book:
    sheet: str
    rows: list[list[Cell]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # row, col, last row, last col (1-based)
    other_sheets: tuple[str, ...] = ("Rekap",)

    def xlsx(self, path: Path) -> Path:
        """As Excel (openpyxl) writes it: dates as date cells, with the merges."""
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.title = self.sheet
        for row in self.rows:
            ws.append(list(row))
        for r1, c1, r2, c2 in self.merged:
            ws.merge_cells(f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}")
        for r, row in enumerate(self.rows, start=1):
            for c, value in enumerate(row, start=1):
                if isinstance(value, datetime):
                    ws.cell(r, c).number_format = "dd-mm-yyyy hh:mm"
                elif isinstance(value, date):
                    ws.cell(r, c).number_format = "dd-mm-yyyy"
        for name in self.other_sheets:
            wb.create_sheet(name).append(["catatan"])
        wb.save(path)
        return path

    def fods(self, path: Path) -> Path:
        """A flat OpenDocument spreadsheet (LibreOffice's format, as text)."""
        spans = {(r1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in self.merged}
        covered = {
            (r, c)
            for r1, c1, r2, c2 in self.merged
            for r in range(r1, r2 + 1)
            for c in range(c1, c2 + 1)
            if (r, c) != (r1, c1)
        }
        body: list[str] = []
        for r, row in enumerate(self.rows, start=1):
            cells = []
            for c, value in enumerate(row, start=1):
                if (r, c) in covered:
                    cells.append("<table:covered-table-cell/>")
                    continue
                span = spans.get((r, c))
                attrs = (
                    f' table:number-rows-spanned="{span[0]}" table:number-columns-spanned="{span[1]}"' if span else ""
                )
                cells.append(_fods_cell(value, attrs))
            body.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        sheets = [f'<table:table table:name="{escape(self.sheet)}">{"".join(body)}</table:table>']
        for name in self.other_sheets:
            sheets.append(
                f'<table:table table:name="{escape(name)}"><table:table-row>'
                '<table:table-cell office:value-type="string"><text:p>catatan</text:p></table:table-cell>'
                "</table:table-row></table:table>"
            )
        path.write_text(_FODS.format(tables="".join(sheets)), encoding="utf-8")
        return path

    def by_libreoffice(self, folder: Path) -> Path:
        """The book written by LibreOffice: the flat file converted to .xlsx by ``soffice``."""
        source = self.fods(folder / "buku.fods")
        profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
        try:
            subprocess.run(
                [
                    libreoffice() or "soffice",
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML",
                    "--outdir",
                    str(folder),
                    str(source),
                ],
                check=True,
                capture_output=True,
                timeout=180,
            )
        finally:
            shutil.rmtree(profile, ignore_errors=True)
        return folder / "buku.xlsx"


def libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _fods_cell(value: Cell, attrs: str) -> str:
    if value is None or value == "":
        return f"<table:table-cell{attrs}/>"
    if isinstance(value, datetime):
        return (
            f'<table:table-cell{attrs} table:style-name="ceDT" office:value-type="date" '
            f'office:date-value="{value:%Y-%m-%dT%H:%M:%S}"><text:p>{value:%d-%m-%Y %H:%M}</text:p></table:table-cell>'
        )
    if isinstance(value, date):
        return (
            f'<table:table-cell{attrs} table:style-name="ceD" office:value-type="date" '
            f'office:date-value="{value:%Y-%m-%d}"><text:p>{value:%d-%m-%Y}</text:p></table:table-cell>'
        )
    if isinstance(value, time):
        return (
            f'<table:table-cell{attrs} table:style-name="ceT" office:value-type="time" '
            f'office:time-value="PT{value.hour:02d}H{value.minute:02d}M00S"><text:p>{value:%H:%M}</text:p>'
            "</table:table-cell>"
        )
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (
            f'<table:table-cell{attrs} office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell{attrs} office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'
    )


_FODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="ND"><number:day number:style="long"/><number:text>-</number:text>
<number:month number:style="long"/><number:text>-</number:text><number:year number:style="long"/></number:date-style>
<number:date-style style:name="NDT"><number:day number:style="long"/><number:text>-</number:text>
<number:month number:style="long"/><number:text>-</number:text><number:year number:style="long"/>
<number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text>
<number:minutes number:style="long"/></number:date-style>
<number:time-style style:name="NT"><number:hours number:style="long"/><number:text>:</number:text>
<number:minutes number:style="long"/></number:time-style>
<style:style style:name="ceD" style:family="table-cell" style:data-style-name="ND"/>
<style:style style:name="ceDT" style:family="table-cell" style:data-style-name="NDT"/>
<style:style style:name="ceT" style:family="table-cell" style:data-style-name="NT"/>
</office:automatic-styles>
<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>
</office:document>
"""


# --- the books -------------------------------------------------------------------------------------


def kept_book(year: int) -> Book:
    """The agenda book of ``year`` as a clerk keeps it in Excel: a merged title over two rows,
    column titles and a row numbering them, month headings, dates in every style, urgency words
    in a column headed "Sifat" (older words too), blank rows, a month's total, a number the
    paper book left unused, and no classification-code column."""
    yy = year % 100
    serial = to_excel(date(year, 1, 9))
    rows: list[list[Cell]] = [
        ["BUKU AGENDA SURAT MASUK", None, None, None, None, None, None, None],
        [f"BAGIAN ORGANISASI SETDA KABUPATEN TANGERANG TAHUN {year}", None, None, None, None, None, None, None],
        [None] * 8,
        ["NO", "TGL TERIMA", "ASAL SURAT", "NOMOR SURAT", "TGL SURAT", "PERIHAL", "SIFAT", "KETERANGAN"],
        [1, 2, 3, 4, 5, 6, 7, 8],
        [f"JANUARI {year}", None, None, None, None, None, None, None],
        [1, datetime(year, 1, 8, 9, 15), "Dinas Kesehatan", "440/12/Dinkes", date(year, 1, 6),
         "Penyampaian rancangan standar pelayanan", "Biasa", None],
        [2, f"08-01-{year}", "Kecamatan Cikupa", "005/3-Kec", f"07-01-{year}", "Undangan rapat koordinasi",
         "Segera", None],
        [3, f"13/01/{year}", "Bappeda", "050/7", f"10/01/{yy:02d}", "Laporan triwulan", "Sangat Segera",
         "asli menyusul"],
        [4, f"10 Januari {year}", "BKPSDM", "800/1", f"9 Jan {year}", "Mutasi pegawai", "Penting", None],
        [5, f"10 Jan {year} 14.05", "Inspektorat", "700/2", serial, "Pemeriksaan reguler", "Kilat", None],
        [None] * 8,
        [None, "Jumlah surat bulan Januari", None, None, None, None, 5, None],
        [f"FEBRUARI {year}", None, None, None, None, None, None, None],
        [6, datetime(year, 2, 3, 10, 0), "Dinas Pendidikan", "421/5", f"03-02-{yy:02d}", "Permohonan fasilitasi",
         "Amat Segera", None],
        [7, None, None, None, None, None, None, None],
        [8, f"04-02-{year} 1405", "Kecamatan Kosambi", "005/9", f"0402{year}", "Undangan sosialisasi",
         "Rahasia, Segera", None],
        [9, f"5 Pebruari {year}", "Satpol PP", "300/4", f"4 Peb {year}", "Laporan penertiban", None, None],
    ]  # fmt: skip
    merged = [(1, 1, 1, 8), (2, 1, 2, 8), (6, 1, 6, 8), (13, 2, 13, 6), (14, 1, 14, 8)]
    return Book("Agenda " + str(year), rows, merged)


# What kept_book(year) must become: (seq, received, sifat, urgensi, keterangan).
def kept_book_letters(year: int) -> list[tuple[int, datetime, str, str, str]]:
    return [
        (1, datetime(year, 1, 8, 9, 15), "Biasa", "Biasa", ""),
        (2, datetime(year, 1, 8, 0, 0), "Biasa", "Segera", ""),
        (3, datetime(year, 1, 13, 0, 0), "Biasa", "Sangat Segera", "asli menyusul"),
        (4, datetime(year, 1, 10, 0, 0), "Biasa", "Segera", "Sifat di buku asal: Penting"),
        (5, datetime(year, 1, 10, 14, 5), "Biasa", "Sangat Segera", "Sifat di buku asal: Kilat"),
        (6, datetime(year, 2, 3, 10, 0), "Biasa", "Sangat Segera", "Sifat di buku asal: Amat Segera"),
        (8, datetime(year, 2, 4, 14, 5), "Rahasia", "Segera", ""),
        (9, datetime(year, 2, 5, 0, 0), "Biasa", "Biasa", ""),
    ]


def two_row_book(year: int) -> Book:
    """Column titles over two rows ("Surat" over Dari | Nomor | Tanggal), the time in its own
    column, a "Derajat" column, and agenda numbers written whole (their kode kept)."""
    rows: list[list[Cell]] = [
        [f"AGENDA SURAT MASUK {year}", None, None, None, None, None, None, None, None],
        ["No. Agenda", "Diterima", "Jam", "Surat", None, None, "Perihal", "Derajat", "Sifat"],
        [None, None, None, "Dari", "Nomor", "Tanggal", None, None, None],
        [f"065/012-Org/{year}", date(year, 3, 2), time(8, 30), "Dinas Kesehatan", "440/1", date(year, 3, 1),
         "Rancangan SP", "Segera", "Biasa"],
        [f"065/013-Org/{year}", f"03-03-{year}", "13.45", "Bappeda", "050/2", f"02-03-{year}", "Laporan",
         "Biasa", "Terbatas"],
        ["14-Org", f"4 Maret {year}", None, "Kecamatan Legok", "005/1", f"3 Mar {year}", "Undangan",
         "Rahasia", None],
    ]  # fmt: skip
    merged = [(1, 1, 1, 9), (2, 4, 2, 6), (2, 1, 3, 1), (2, 2, 3, 2), (2, 3, 3, 3), (2, 7, 3, 7)]
    return Book("Surat Masuk", rows, merged)


def bad_book(year: int, now_year: int) -> Book:
    """The kept book's layout with exactly four bad rows among good ones."""
    rows: list[list[Cell]] = [
        ["BUKU AGENDA SURAT MASUK", None, None, None, None, None, None],
        ["NO", "TGL TERIMA", "ASAL SURAT", "NOMOR SURAT", "TGL SURAT", "PERIHAL", "SIFAT"],
        [1, f"08-01-{year}", "Dinas Kesehatan", "440/1", f"07-01-{year}", "Rancangan SP", "Segera"],
        [2, f"31-02-{year}", "Bappeda", "050/2", f"01-02-{year}", "Laporan", "Biasa"],
        [3, f"09-01-{year}", "BKPSDM", "800/3", f"08-01-{year}", "Mutasi", "Penting banget"],
        [10**20, f"10-01-{year}", "Inspektorat", "700/4", f"09-01-{year}", "Pemeriksaan", "Biasa"],
        [5, f"02-01-{now_year} 08.00", "Satpol PP", "300/5", f"02-01-{now_year}", "Laporan", "Biasa"],
        [6, f"11-01-{year}", "Kecamatan Cikupa", "005/6", f"10-01-{year}", "Undangan", "Kilat"],
    ]
    return Book("Agenda", rows, [(1, 1, 1, 7)])


def main(argv: list[str]) -> int:
    """Write the LibreOffice fixture: ``python -m tests.unit.agenda_books OUT.xlsx``."""
    out = Path(argv[0]) if argv else FIXTURE
    if libreoffice() is None:
        print("libreoffice tidak terpasang (apt-get install libreoffice-calc-nogui)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        made = kept_book(FIXTURE_YEAR).by_libreoffice(Path(folder))
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(made, out)
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
