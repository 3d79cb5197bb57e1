"""The agenda book in Excel: export the filtered view, import an old agenda workbook all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from sopdesk.cli import main
from sopdesk.domain.agenda import AgendaQuery, LetterInput, LetterRecord, Sifat, SortKey, Sumber, Urgensi
from sopdesk.domain.errors import DomainError, PermissionDenied, ValidationError
from sopdesk.services import agenda, excel, read
from sopdesk.services.excel import ImportMapping, RowError
from sopdesk.services.setup import initialise
from sopdesk.store.database import Database
from tests.conftest import make_users
from tests.unit.test_table_report import _Lines

NOW = datetime.now()
LAST = NOW.year - 1  # back-filling is for earlier years
HEADERS = ["No. Urut", "Tanggal Terima", "Asal Surat", "Nomor Surat", "Tanggal Surat", "Perihal", "Sifat", "Kode"]


def workbook(path: Path, rows: Sequence[Sequence[object]], headers: Sequence[str] = HEADERS, title: str = "") -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Agenda"
    if title:
        ws.append([title])
        ws.append([])
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    wb.create_sheet("Catatan").append(["bukan surat"])
    wb.save(path)
    return path


def letters(db: Database) -> list[LetterRecord]:
    ids = read.agenda_ids(db, AgendaQuery(descending=False))
    found = read.letters(db, ids)
    return [found[i] for i in ids]


def same(record: LetterRecord) -> tuple[object, ...]:
    """What a clerk reads in the agenda book (ids, status and who typed it aside)."""
    return (
        record.number,
        record.received_at,
        record.asal,
        record.nomor_surat,
        record.tanggal_surat,
        record.perihal,
        record.isi_ringkas,
        record.sifat,
        record.urgensi,
        record.lampiran,
        record.kode,
        record.sumber,
        record.srikandi_no,
        record.diteruskan_kepada,
        record.keterangan,
    )


def fresh_db() -> Database:
    db = Database.connect("sqlite://")
    initialise(db, None)
    return db


def import_auto(db: Database, actor, path: Path, *, dry_run: bool = False, **changes) -> excel.ImportReport:
    mapping = replace(excel.auto_mapping(excel.read_workbook(path)), **changes)
    return excel.import_agenda(db, actor, path, mapping, dry_run=dry_run)


def test_export_then_reimport_into_a_fresh_database_gives_the_same_letters(memory_db: Database, tmp_path: Path):
    staf = make_users(memory_db)["staf"]
    varied = [
        LetterInput(datetime(LAST - 1, 12, 30, 14, 5), "Dinas Kesehatan", "440/77/Dinkes", date(LAST - 1, 12, 28),
                    "Rancangan maklumat pelayanan", kode="065"),
        LetterInput(datetime(LAST, 1, 3, 8, 15), "Kecamatan Cikupa", "005/12-Kec", date(LAST, 1, 2),
                    "=Undangan rapat koordinasi", isi_ringkas="Rapat SP 2025", sifat=Sifat.RAHASIA,
                    urgensi=Urgensi.SANGAT_SEGERA, lampiran="2 berkas", kode="005", sumber=Sumber.SRIKANDI,
                    srikandi_no="SRK-2025-123456", diteruskan_kepada="Kasubag Kelembagaan",
                    keterangan="asli menyusul"),
        LetterInput(datetime(LAST, 6, 30, 23, 59), "Bappeda", "050/3", date(LAST, 6, 30), "Laporan tahunan",
                    kode="050", sumber=Sumber.EMAIL),
    ]  # fmt: skip
    for seq, cmd in zip((41, 1, 2), varied, strict=True):
        agenda.register_letter(memory_db, staf, cmd, seq=seq)
    before = letters(memory_db)
    out = tmp_path / "agenda.xlsx"

    assert excel.export_agenda(memory_db, staf, AgendaQuery(sort=SortKey.RECEIVED), out) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.xlsx"]  # no .partial left behind
    event = read.audit_events(memory_db, limit=1)[0]
    assert (event.action, event.actor) == ("agenda.export", "staf")
    assert '"count":3' in (event.after or "")

    # The sheet a clerk opens: the screen's columns, real dates, a bold frozen header with a filter.
    ws = load_workbook(out).active
    assert ws is not None
    header = [c.value for c in ws[1]]
    assert header[:9] == [
        "No. Agenda", "Tanggal Terima", "Asal Surat", "Nomor Surat", "Tanggal Surat", "Perihal", "Sifat",
        "Urgensi", "Status",
    ]  # fmt: skip
    assert header[9:] == [
        "Isi Ringkas", "Kode", "Lampiran", "Sumber", "No. Srikandi", "Diteruskan Kepada", "Keterangan",
        "Dibatalkan", "Alasan Pembatalan",
    ]  # fmt: skip
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:R4"
    assert ws["A2"].value == f"050/002-Org/{LAST}"  # the newest first, as on screen
    assert ws["B2"].value == datetime(LAST, 6, 30, 23, 59) and ws["B2"].number_format == "dd-mm-yyyy hh:mm"
    assert ws["E2"].is_date and ws["E2"].number_format == "dd-mm-yyyy"
    assert ws["F3"].value == "=Undangan rapat koordinasi" and ws["F3"].data_type == "s"  # text, not a formula
    assert ws.column_dimensions["F"].width >= 20 and ws.column_dimensions["A"].width >= 12

    other = fresh_db()
    try:
        clerk = make_users(other)["staf"]
        report = import_auto(other, clerk, out)
        assert report.ok and report.rows == 3
        assert report.numbers == (f"050/002-Org/{LAST}", f"005/001-Org/{LAST}", f"065/041-Org/{LAST - 1}")
        assert [same(r) for r in letters(other)] == [same(r) for r in before]
        registered = [e for e in read.audit_events(other, limit=100) if e.action == "letter.register"]
        assert len(registered) == 3  # one audit event per letter
    finally:
        other.dispose()


def test_export_reads_the_letters_a_page_at_a_time(memory_db: Database, tmp_path: Path, monkeypatch):
    staf = make_users(memory_db)["staf"]
    for day in range(1, 8):
        agenda.register_letter(
            memory_db, staf, LetterInput(datetime(LAST, 3, day, 9), "Bappeda", f"050/{day}", date(LAST, 3, day),
                                         "Laporan", kode="050")
        )  # fmt: skip
    pages: list[int] = []
    real = read.letters
    monkeypatch.setattr(excel, "CHUNK", 3)
    monkeypatch.setattr(read, "letters", lambda db, ids: pages.append(len(ids)) or real(db, ids))
    out = tmp_path / "maret.xlsx"
    query = AgendaQuery(year=LAST, search="laporan", descending=False)
    assert excel.export_agenda(memory_db, staf, query, out) == 7
    assert pages == [3, 3, 1]
    ws = load_workbook(out).active
    assert ws is not None
    assert [ws.cell(row, 1).value for row in range(2, 9)] == [f"050/{n:03}-Org/{LAST}" for n in range(1, 8)]


def test_a_failed_export_leaves_neither_the_file_nor_a_partial(memory_db: Database, tmp_path: Path, monkeypatch):
    staf = make_users(memory_db)["staf"]

    def disk_full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(excel.os, "replace", disk_full)
    with pytest.raises(OSError):
        excel.export_agenda(memory_db, staf, AgendaQuery(), tmp_path / "kosong.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_a_workbook_with_bad_rows_imports_nothing_and_says_where(memory_db: Database, tmp_path: Path):
    staf = make_users(memory_db)["staf"]
    future = NOW + timedelta(days=400)
    path = workbook(
        tmp_path / "lama.xlsx",
        [
            [None, datetime(LAST, 2, 1, 9, 0), "Dinas Kesehatan", "440/1", datetime(LAST, 1, 30), "Rancangan SP", "Biasa", "065"],
            [None, future, "Bappeda", "050/2", date(LAST, 2, 1), "Laporan", "Biasa", "050"],
            [None, "03-02-" + str(LAST) + " 10:15", "Kecamatan Cikupa", "005/3", "01-02-" + str(LAST), "Undangan", "segera", "005"],
            [None, datetime(LAST, 2, 4), "Inspektorat", "700/4", datetime(LAST, 2, 4), "   ", "Biasa", "700"],
            [None, datetime(LAST, 2, 5), "BKPSDM", "800/5", date(LAST, 2, 9), "Mutasi", "Biasa", "800"],
            [None, "kemarin", "DPMPTSP", "500/6", date(LAST, 2, 1), "Izin", "Penting", "500"],
        ],
    )  # fmt: skip
    before = read.summary(memory_db).audit_events

    report = import_auto(memory_db, staf, path)

    assert not report.ok and report.numbers == () and report.rows == 6
    # "segera" under Sifat is an urgency word, "Penting" an older one (mapped by a rule): both pass.
    assert report.errors == (
        RowError(3, "B", "Tanggal Terima", "Tanggal terima tidak boleh di masa depan."),
        RowError(5, "F", "Perihal", "Perihal wajib diisi."),
        RowError(6, "E", "Tanggal Surat", "Tanggal surat tidak boleh sesudah tanggal terima."),
        RowError(7, "B", "Tanggal Terima", "Tanggal 'kemarin' tidak sah: tulis hh-bb-tttt, misalnya 23-11-2026."),
    )
    assert str(report.errors[1]) == "Baris 5, kolom F (Perihal): Perihal wajib diisi."
    assert report.error_count == 4 and report.bad_rows == 4
    assert report.error_kinds == (("Tanggal Terima", 2), ("Perihal", 1), ("Tanggal Surat", 1))
    assert letters(memory_db) == []
    assert read.summary(memory_db).audit_events == before


def test_a_dry_run_checks_everything_and_writes_nothing(memory_db: Database, tmp_path: Path):
    staf = make_users(memory_db)["staf"]
    path = workbook(
        tmp_path / "baik.xlsx",
        [
            [None, datetime(LAST, 5, 2, 10), "Bappeda", "050/2", date(LAST, 5, 1), "Laporan", "", "050"],
            [None, datetime(LAST, 5, 1, 9), "Dinas Kesehatan", "440/1", date(LAST, 4, 30), "Rancangan SP", "Terbatas", "065"],
        ],
    )  # fmt: skip
    before = read.summary(memory_db).audit_events

    report = import_auto(memory_db, staf, path, dry_run=True)

    assert report.ok and report.dry_run and report.rows == 2 and report.numbers == ()
    assert [p.row for p in report.preview] == [2, 3]
    assert report.preview[1].values["asal"] == "Dinas Kesehatan"
    assert report.preview[1].values["received_at"] == f"01-05-{LAST} 09:00"
    assert letters(memory_db) == [] and read.summary(memory_db).audit_events == before

    report = import_auto(memory_db, staf, path)
    # Numbered in order of receipt; the report lists the numbers in sheet order.
    assert report.numbers == (f"050/002-Org/{LAST}", f"065/001-Org/{LAST}")
    assert [r.sifat for r in letters(memory_db)] == [Sifat.TERBATAS, Sifat.BIASA]


def test_back_filled_numbers_of_an_earlier_year_are_kept(memory_db: Database, tmp_path: Path):
    staf = make_users(memory_db)["staf"]
    rows = [
        [17, datetime(LAST, 3, 1, 9), "Bappeda", "050/1", date(LAST, 3, 1), "Laporan", "Biasa", "050"],
        [3, datetime(LAST, 1, 9, 9), "Dinas Kesehatan", "440/1", date(LAST, 1, 8), "Rancangan SP", "Biasa", "065"],
        [None, datetime(LAST, 2, 1, 9), "Inspektorat", "700/1", date(LAST, 2, 1), "Pemeriksaan", "Biasa", "700"],
    ]
    report = import_auto(memory_db, staf, workbook(tmp_path / "2025.xlsx", rows))
    assert report.ok
    # The row without a number follows the highest original number of its year.
    assert report.numbers == (f"050/017-Org/{LAST}", f"065/003-Org/{LAST}", f"700/018-Org/{LAST}")
    nxt = agenda.register_letter(
        memory_db,
        staf,
        LetterInput(datetime(LAST, 12, 1), "Bappeda", "050/9", date(LAST, 12, 1), "Susulan", kode="050"),
    )
    assert nxt.letter.seq == 19

    # A number used twice in the sheet, one already in the book, and one for this year are refused.
    clash = [
        [5, datetime(LAST, 4, 1, 9), "Bappeda", "050/5", date(LAST, 4, 1), "Laporan", "Biasa", "050"],
        [5, datetime(LAST, 4, 2, 9), "Bappeda", "050/6", date(LAST, 4, 2), "Laporan", "Biasa", "050"],
        [17, datetime(LAST, 4, 3, 9), "Bappeda", "050/7", date(LAST, 4, 3), "Laporan", "Biasa", "050"],
        [1, NOW.replace(month=1, day=1, hour=0, minute=0), "Bappeda", "050/8", NOW.date().replace(month=1, day=1),
         "Laporan", "Biasa", "050"],
    ]  # fmt: skip
    report = import_auto(memory_db, staf, workbook(tmp_path / "bentrok.xlsx", clash))
    assert [str(e) for e in report.errors] == [
        f"Baris 3 (No. 5), kolom A (No. Urut): Nomor urut 5 tahun {LAST} dipakai juga di baris 2.",
        f"Baris 4 (No. 17), kolom A (No. Urut): Nomor urut 17 tahun {LAST} sudah dipakai di buku agenda.",
        "Baris 5 (No. 1), kolom A (No. Urut): Nomor urut asli hanya untuk surat tahun-tahun sebelumnya "
        "(nomor 1 sampai 999.999).",
    ]
    assert len(letters(memory_db)) == 4


def test_a_title_above_the_header_and_a_fixed_kode(memory_db: Database, tmp_path: Path):
    staf = make_users(memory_db)["staf"]
    headers = ["NO URUT", "tanggal  terima", "ASAL SURAT", "No Surat", "Tgl. Surat", "PERIHAL", "Isi ringkas"]
    path = workbook(
        tmp_path / "judul.xlsx",
        [[1, datetime(LAST, 7, 1, 8), "Bappeda", "050/1", date(LAST, 7, 1), "Laporan", "Triwulan II"]],
        headers=headers,
        title=f"BUKU AGENDA SURAT MASUK TAHUN {LAST}",
    )
    preview = excel.read_workbook(path)
    assert preview.sheets == ("Agenda", "Catatan") and preview.sheet == "Agenda"
    assert preview.header_row == 3
    assert preview.rows == (
        ("1", f"01-07-{LAST} 08:00", "Bappeda", "050/1", f"01-07-{LAST}", "Laporan", "Triwulan II"),
    )
    mapping = excel.auto_mapping(preview)
    assert mapping.seq_column == 0 and mapping.columns["isi_ringkas"] == 6 and "kode" not in mapping.columns

    # A row of this year has no paper number to keep: its number carries the kode, so one is needed.
    this_year = workbook(
        tmp_path / "kini.xlsx",
        [[None, NOW.replace(month=1, day=2, hour=8, minute=0), "Bappeda", "050/1", NOW.date().replace(month=1, day=2),
          "Laporan", "Triwulan II"]],
        headers=headers,
    )  # fmt: skip
    report = excel.import_agenda(memory_db, staf, this_year, excel.auto_mapping(excel.read_workbook(this_year)))
    assert report.errors == (RowError(2, "", "Kode", "Kode klasifikasi wajib: nomor agenda memuatnya."),)

    # A back-filled row keeps its paper number without a kode, unless the clerk chose one for the sheet.
    report = excel.import_agenda(memory_db, staf, path, replace(mapping, defaults={"kode": "050"}), dry_run=True)
    assert report.ok
    report = excel.import_agenda(memory_db, staf, path, mapping)
    assert report.numbers == (f"001-Org/{LAST}",)
    assert letters(memory_db)[0].isi_ringkas == "Triwulan II" and letters(memory_db)[0].kode == ""


def test_a_mapping_without_the_required_columns_is_refused(memory_db: Database, tmp_path: Path):
    staf = make_users(memory_db)["staf"]
    path = workbook(tmp_path / "sedikit.xlsx", [], headers=["Perihal"])
    with pytest.raises(ValidationError) as err:
        excel.import_agenda(memory_db, staf, path, ImportMapping(columns={"perihal": 0}))
    assert err.value.fields == {
        "received_at": "Pilih kolom untuk Tanggal Terima.",
        "asal": "Pilih kolom untuk Asal Surat.",
        "nomor_surat": "Pilih kolom untuk Nomor Surat.",
        "tanggal_surat": "Pilih kolom untuk Tanggal Surat.",
    }


def test_only_those_who_register_mail_may_import(memory_db: Database, tmp_path: Path):
    pimpinan = make_users(memory_db)["pimpinan"]
    path = workbook(tmp_path / "x.xlsx", [])
    with pytest.raises(PermissionDenied):
        import_auto(memory_db, pimpinan, path, dry_run=True)


def test_a_file_that_is_not_a_workbook_is_refused_in_indonesian(tmp_path: Path):
    bad = tmp_path / "bukan.xlsx"
    bad.write_text("halo")
    with pytest.raises(DomainError, match="bukan buku kerja Excel"):
        excel.read_workbook(bad)
    with pytest.raises(DomainError, match="Lembar 'Tidak Ada' tidak ada"):
        excel.read_workbook(workbook(tmp_path / "ok.xlsx", []), "Tidak Ada")


def test_register_letters_is_one_transaction(memory_db: Database):
    staf = make_users(memory_db)["staf"]
    good = LetterInput(datetime(LAST, 1, 5, 9), "Bappeda", "050/1", date(LAST, 1, 5), "Laporan", kode="050")
    with pytest.raises(ValidationError) as err:
        agenda.register_letters(memory_db, staf, [good, replace(good, perihal="")], [None, None])
    assert err.value.fields == {"perihal": "Perihal wajib diisi."}
    assert letters(memory_db) == []
    done = agenda.register_letters(memory_db, staf, [good, replace(good, nomor_surat="050/2")], [None, 7])
    assert [r.letter.number for r in done] == [f"050/001-Org/{LAST}", f"050/007-Org/{LAST}"]


# --- the command line --------------------------------------------------------------------------

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


def test_cli_export_and_import(data: Path, tmp_path: Path, capsys):
    good = workbook(
        tmp_path / "lama.xlsx",
        [
            [12, datetime(LAST, 8, 1, 9), "Bappeda", "050/1", date(LAST, 8, 1), "Laporan", "Biasa", "050"],
            [13, datetime(LAST, 8, 2, 9), "Dinas Kesehatan", "440/1", date(LAST, 8, 2), "Rancangan SP", "Segera", "065"],
        ],
        headers=[*HEADERS[:6], "Urgensi", "Kode"],
    )  # fmt: skip
    run = ["--data-dir", str(data), "agenda"]
    capsys.readouterr()
    assert main([*run, "import", str(good), "--dry-run", "--as", "admin"]) == 0
    assert "2 surat siap diimpor dari lembar Agenda (tidak ditulis)" in capsys.readouterr().out
    assert main([*run, "import", str(good), "--sheet", "Agenda", "--as", "admin"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"050/012-Org/{LAST}",
        f"065/013-Org/{LAST}",
        "2 surat diimpor dari lembar Agenda.",
    ]
    # The same file again: both numbers are taken now; nothing is written, exit 1.
    assert main([*run, "import", str(good), "--as", "admin"]) == 1
    err = capsys.readouterr().err
    assert f"Baris 2 (No. 12), kolom A (No. Urut): Nomor urut 12 tahun {LAST} sudah dipakai di buku agenda." in err
    assert "2 kesalahan pada 2 baris dari 2 (No. Urut 2): tidak ada surat yang diimpor." in err
    # ...unless the clerk asks for new numbers.
    assert main([*run, "import", str(good), "--renumber", "--as", "admin"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[:2] == [f"050/014-Org/{LAST}", f"065/015-Org/{LAST}"]
    assert f"sudah tercatat sebagai 050/012-Org/{LAST}" in err  # a warning, not a block

    target = tmp_path / "ekspor.xlsx"
    assert (
        main([*run, "export", "--year", str(LAST), "--out", str(target), "--search", "laporan", "--as", "admin"]) == 0
    )
    assert capsys.readouterr().out == f"{target}: 2 surat\n"
    ws = load_workbook(target).active
    assert ws is not None
    assert [ws.cell(r, 1).value for r in (2, 3)] == [f"050/012-Org/{LAST}", f"050/014-Org/{LAST}"]
    assert main([*run, "export", "--year", str(LAST), "--out", str(tmp_path / "x.csv"), "--as", "admin"]) == 1
