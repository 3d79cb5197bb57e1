"""Agenda books as clerks keep them import whole, or are refused naming exactly their bad rows."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from sopdesk.cli import main
from sopdesk.domain.agenda import AgendaQuery, LetterRecord
from sopdesk.domain.agenda_words import WordRule
from sopdesk.domain.errors import DomainError
from sopdesk.services import excel, read
from sopdesk.services.excel import ImportCancelled
from sopdesk.store.database import Database
from tests.conftest import make_users
from tests.unit import agenda_books
from tests.unit.agenda_books import FIXTURE, FIXTURE_YEAR, kept_book, kept_book_letters, libreoffice
from tests.unit.test_table_report import _Lines

NOW = datetime.now()
LAST = NOW.year - 1


def letters(db: Database) -> list[LetterRecord]:
    ids = read.agenda_ids(db, AgendaQuery(descending=False))
    found = read.letters(db, ids)
    return [found[i] for i in ids]


def auto(path: Path) -> excel.ImportMapping:
    return excel.auto_mapping(excel.read_workbook(path))


def check_kept_book(db: Database, path: Path, year: int) -> None:
    staf = make_users(db)["staf"]
    preview = excel.read_workbook(path)
    assert preview.header_row == 4
    assert preview.rows[0][:3] == (f"JANUARI {year}", "", "")  # the column numbers are not shown
    mapping = excel.auto_mapping(preview)
    assert mapping.seq_column == 0 and "kode" not in mapping.columns
    assert mapping.columns["sifat"] == 6 and mapping.columns["keterangan"] == 7

    report = excel.import_agenda(db, staf, path, mapping)

    assert report.errors == () and report.rows == 8
    assert [(s.row, s.reason) for s in report.skipped] == [
        (5, "nomor kolom"),
        (6, f"judul atau catatan 'JANUARI {year}'"),
        (13, "baris jumlah"),
        (14, f"judul atau catatan 'FEBRUARI {year}'"),
        (16, "tanpa isi surat (nomor 7)"),
    ]
    assert report.numbers == tuple(f"{seq:03}-Org/{year}" for seq in (1, 2, 3, 4, 5, 6, 8, 9))
    saved = letters(db)
    assert [(r.seq, r.received_at, r.sifat.value, r.urgensi.value, r.keterangan) for r in saved] == (
        kept_book_letters(year)
    )
    assert [r.tanggal_surat for r in saved] == [
        date(year, 1, 6), date(year, 1, 7), date(year, 1, 10), date(year, 1, 9), date(year, 1, 9),
        date(year, 2, 3), date(year, 2, 4), date(year, 2, 4),
    ]  # fmt: skip
    assert {r.kode for r in saved} == {""}
    events = [e for e in read.audit_events(db, limit=100) if e.action == "letter.register"]
    assert len(events) == 8 and {e.entity_id for e in events} == {str(r.id) for r in saved}


def test_the_book_a_clerk_keeps_in_excel_imports_whole(memory_db: Database, tmp_path: Path):
    check_kept_book(memory_db, kept_book(LAST).xlsx(tmp_path / "agenda.xlsx"), LAST)


def test_the_same_book_written_by_libreoffice_imports_whole(memory_db: Database):
    check_kept_book(memory_db, FIXTURE, FIXTURE_YEAR)


@pytest.mark.skipif(libreoffice() is None, reason="LibreOffice is not installed")
def test_libreoffice_writes_the_book_afresh_and_it_imports_whole(memory_db: Database, tmp_path: Path):
    check_kept_book(memory_db, kept_book(LAST).by_libreoffice(tmp_path), LAST)


def test_a_header_over_two_rows_a_time_column_and_whole_agenda_numbers(memory_db: Database, tmp_path: Path):
    staf = make_users(memory_db)["staf"]
    path = agenda_books.two_row_book(LAST).xlsx(tmp_path / "dua-baris.xlsx")
    preview = excel.read_workbook(path)
    assert preview.header_row == 3
    assert preview.headers[:6] == ("No. Agenda", "Diterima", "Jam", "Dari Surat", "Nomor Surat", "Tanggal Surat")
    mapping = excel.auto_mapping(preview)
    assert mapping.columns["received_time"] == 2 and mapping.columns["urgensi"] == 7

    report = excel.import_agenda(memory_db, staf, path, mapping)

    assert report.errors == ()
    # The kode written in the number is kept; "14-Org" has none.
    assert report.numbers == (f"065/012-Org/{LAST}", f"065/013-Org/{LAST}", f"014-Org/{LAST}")
    saved = letters(memory_db)
    assert [r.received_at for r in saved] == [
        datetime(LAST, 3, 2, 8, 30), datetime(LAST, 3, 3, 13, 45), datetime(LAST, 3, 4, 0, 0)
    ]  # fmt: skip
    # A sifat word under "Derajat" still counts as sifat.
    assert [(r.sifat.value, r.urgensi.value) for r in saved] == [
        ("Biasa", "Segera"), ("Terbatas", "Biasa"), ("Rahasia", "Biasa"),
    ]  # fmt: skip


def test_a_book_with_bad_rows_is_refused_naming_exactly_those_rows(memory_db: Database, tmp_path: Path):
    staf = make_users(memory_db)["staf"]
    path = agenda_books.bad_book(LAST, NOW.year).xlsx(tmp_path / "salah.xlsx")

    report = excel.import_agenda(memory_db, staf, path, auto(path))

    assert [str(e) for e in report.errors] == [
        f"Baris 4 (No. 2), kolom B (TGL TERIMA): Tanggal '31-02-{LAST}' tidak ada: Februari {LAST} hanya sampai "
        "tanggal 28.",
        "Baris 5 (No. 3), kolom G (SIFAT): Kata 'banget' tidak dikenal sebagai sifat atau urgensi. Yang dikenal: "
        "Biasa, Terbatas, Rahasia, Sangat Rahasia, Segera, Sangat Segera dan kata lama di aturan kata (tambahkan "
        "di sana bila perlu).",
        "Baris 6 (No. 1e+20), kolom A (NO): Nomor agenda '1e+20' tidak masuk akal: nomor urut 1 sampai 999.999.",
        "Baris 7 (No. 5), kolom A (NO): Nomor urut asli hanya untuk surat tahun-tahun sebelumnya "
        "(nomor 1 sampai 999.999).",
    ]
    assert report.rows == 6 and report.bad_rows == 4 and report.numbers == ()
    assert report.error_kinds == (("NO", 2), ("SIFAT", 1), ("TGL TERIMA", 1))
    assert letters(memory_db) == []


def test_the_clerk_changes_what_an_old_word_means(memory_db: Database, tmp_path: Path):
    staf = make_users(memory_db)["staf"]
    path = kept_book(LAST).xlsx(tmp_path / "agenda.xlsx")
    words = (WordRule("Penting", "Biasa"), WordRule("Kilat", "Segera"), WordRule("Amat Segera", "Sangat Segera"))
    report = excel.import_agenda(memory_db, staf, path, replace(auto(path), words=words))
    assert report.ok
    by_seq = {r.seq: r for r in letters(memory_db)}
    assert (by_seq[4].urgensi.value, by_seq[4].keterangan) == ("Biasa", "Sifat di buku asal: Penting")
    assert by_seq[5].urgensi.value == "Segera"

    # Without a rule for it, an older word is refused, never guessed.
    other = kept_book(LAST - 1).xlsx(tmp_path / "lama.xlsx")
    report = excel.import_agenda(memory_db, staf, other, replace(auto(other), words=()), dry_run=True)
    assert [(e.row, e.agenda, e.column) for e in report.errors] == [(10, "4", "G"), (11, "5", "G"), (15, "6", "G")]


def test_a_default_kode_for_the_rows_without_one(memory_db: Database, tmp_path: Path):
    staf = make_users(memory_db)["staf"]
    path = kept_book(LAST).xlsx(tmp_path / "agenda.xlsx")
    mapping = auto(path)
    report = excel.import_agenda(memory_db, staf, path, replace(mapping, defaults={"kode": "065"}))
    assert report.numbers[:2] == (f"065/001-Org/{LAST}", f"065/002-Org/{LAST}")


def test_errors_are_listed_up_to_200_and_counted_whole(memory_db: Database, tmp_path: Path):
    staf = make_users(memory_db)["staf"]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Tanggal Terima", "Asal Surat", "Nomor Surat", "Tanggal Surat", "Perihal", "Kode"])
    junk = "x" * 30_000  # a huge cell is quoted, never repeated whole
    for i in range(3000):
        ws.append([junk, "Bappeda", f"050/{i}", f"01-02-{LAST}", "Laporan" if i % 2 else "", "050"])
    path = tmp_path / "sampah.xlsx"
    wb.save(path)

    report = excel.import_agenda(memory_db, staf, path, auto(path))

    assert len(report.errors) == 200 and report.error_count == 4500 and report.bad_rows == 3000
    assert report.error_kinds == (("Tanggal Terima", 3000), ("Perihal", 1500))
    assert max(len(str(e)) for e in report.errors) < 200


def test_progress_is_told_and_cancel_writes_nothing(memory_db: Database, tmp_path: Path):
    staf = make_users(memory_db)["staf"]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Tanggal Terima", "Asal Surat", "Nomor Surat", "Tanggal Surat", "Perihal", "Kode"])
    for i in range(2000):
        ws.append([datetime(LAST, 5, 1, 9), "Bappeda", f"050/{i}", date(LAST, 5, 1), "Laporan", "050"])
    path = tmp_path / "banyak.xlsx"
    wb.save(path)
    heard: list[tuple[str, int, int]] = []
    stop = threading.Event()

    def progress(what: str, done: int, total: int) -> None:
        heard.append((what, done, total))
        if done >= 1000:
            stop.set()

    with pytest.raises(ImportCancelled, match=r"Impor dibatalkan\. Tidak ada surat yang ditulis\."):
        excel.import_agenda(memory_db, staf, path, auto(path), progress=progress, cancel=stop)
    assert heard[:3] == [("Membaca baris", 0, 2000), ("Membaca baris", 499, 2000), ("Membaca baris", 999, 2000)]
    assert letters(memory_db) == []

    heard.clear()
    report = excel.import_agenda(memory_db, staf, path, auto(path), progress=lambda *a: heard.append(a))
    assert len(report.numbers) == 2000
    assert [h[0] for h in heard][-2:] == ["Memeriksa nomor agenda dan surat berulang", "Menulis"]
    assert len(report.warnings) == 0


def _damage(path: Path, out: Path) -> Path:
    """The same workbook with its sheet's XML cut in the middle."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) * 2 // 3] + b"<row r=<<"
            dst.writestr(item, data)
    return out


def test_a_workbook_with_malformed_sheet_xml_gets_a_message(memory_db: Database, tmp_path: Path):
    staf = make_users(memory_db)["staf"]
    good = kept_book(LAST).xlsx(tmp_path / "agenda.xlsx")
    bad = _damage(good, tmp_path / "rusak.xlsx")
    with pytest.raises(DomainError, match="rusak atau bukan buku kerja Excel"):
        excel.import_agenda(memory_db, staf, bad, auto(good))
    assert letters(memory_db) == []


PASSWORD = "sandi-rahasia-1"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    assert (
        main(["--data-dir", str(folder), "init", "--admin", "admin", "--name", "Admin"], stdin=_Lines(PASSWORD + "\n"))
        == 0
    )
    monkeypatch.setenv("SOPDESK_PASSWORD", PASSWORD)
    return folder


def test_cli_imports_the_kept_book_and_names_the_bad_rows(data: Path, tmp_path: Path, capsys):
    run = ["--data-dir", str(data), "agenda", "import"]
    bad = agenda_books.bad_book(LAST, NOW.year).xlsx(tmp_path / "salah.xlsx")
    capsys.readouterr()
    assert main([*run, str(bad), "--as", "admin"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0].startswith(f"Baris 4 (No. 2), kolom B (TGL TERIMA): Tanggal '31-02-{LAST}' tidak ada")
    assert err.splitlines()[-1] == (
        "4 kesalahan pada 4 baris dari 6 (NO 2, SIFAT 1, TGL TERIMA 1): tidak ada surat yang diimpor."
    )

    good = kept_book(LAST).xlsx(tmp_path / "agenda.xlsx")
    assert main([*run, str(good), "--kata", "Penting=Biasa", "--kode", "065", "--as", "admin"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == f"065/001-Org/{LAST}"
    assert out.splitlines()[-1] == f"8 surat diimpor dari lembar Agenda {LAST}."
    assert "5 baris bukan surat dilewati (baris 5, 6, 13, 14, 16)." in err
    assert main([*run, str(good), "--kata", "Penting", "--as", "admin"]) == 1
    assert "Aturan kata 'Penting' tidak sah: tulis KATA=NILAI" in capsys.readouterr().err


def test_cli_a_damaged_or_huge_workbook_never_prints_a_traceback_nor_megabytes(data: Path, tmp_path: Path):
    good = kept_book(LAST).xlsx(tmp_path / "agenda.xlsx")
    bad = _damage(good, tmp_path / "rusak.xlsx")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Tanggal Terima", "Asal Surat", "Nomor Surat", "Tanggal Surat", "Perihal", "No. Urut"])
    for i in range(5000):
        ws.append(["y" * 5000, "Bappeda", f"050/{i}", "z" * 5000, "", "9" * 400])
    huge = tmp_path / "besar.xlsx"
    wb.save(huge)
    said = []
    for path in (bad, huge):
        done = subprocess.run(
            [sys.executable, "-m", "sopdesk", "--data-dir", str(data), "agenda", "import", str(path), "--as", "admin"],
            capture_output=True,
            text=True,
            env={**os.environ, "SOPDESK_PASSWORD": PASSWORD},
            timeout=300,
        )
        assert done.returncode == 1
        assert "Traceback" not in done.stderr
        assert len(done.stderr) < 100_000
        said.append(done.stderr)
    assert "rusak.xlsx rusak atau bukan buku kerja Excel" in said[0]
    assert (
        said[1]
        .splitlines()[-1]
        .startswith("20.000 kesalahan pada 5.000 baris dari 5.000 (No. Urut 5.000, Perihal 5.000,")
    )
