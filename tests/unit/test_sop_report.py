"""The printed SOP document and the integrity mark, read back with poppler as a clerk would."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from pathlib import Path

import pytest

from sopdesk.cli import main
from sopdesk.domain.errors import PermissionDenied, ValidationError
from sopdesk.domain.printing import DocumentKind, Letterhead, PageSetup, Paper
from sopdesk.domain.sop import load_sop_file
from sopdesk.paths import sop_dir
from sopdesk.reports.base import Frame
from sopdesk.reports.sop_document import PAD, _row_cells, plan_pages
from sopdesk.services import printing, read
from sopdesk.store.database import Database
from tests.conftest import make_users

SIZES = {"f4": "935.433 x 609.449", "a4": "841.89 x 595.276"}


def text_of(pdf: Path) -> str:
    raw = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(raw.split())


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


PASSWORD = "sandi-rahasia-1"


def run(data: Path, *args: str) -> int:
    """A command; a ``report`` is printed in the name of the administrator (``--as``)."""
    if args and args[0] == "report" and "--as" not in args:
        args = (*args, "--as", "admin")
    return main(["--data-dir", str(data), *args])


def init_with_admin(folder: Path) -> None:
    from tests.unit.test_table_report import _Lines

    argv = [
        "--data-dir",
        str(folder),
        "init",
        "--admin",
        "admin",
        "--name",
        "Siti Admin",
        "--nip",
        "199002142015032001",
    ]
    assert main(argv, stdin=_Lines(PASSWORD + "\n")) == 0


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    init_with_admin(folder)
    monkeypatch.setenv("SOPDESK_PASSWORD", PASSWORD)
    return folder


@pytest.mark.parametrize("paper", ["f4", "a4"])
def test_sop_document_holds_every_step_and_identity_field(data: Path, tmp_path: Path, paper: str, capsys):
    out = tmp_path / f"sop-{paper}.pdf"
    assert run(data, "report", "sop", "--out", str(out), "--paper", paper) == 0
    assert "3 halaman" in capsys.readouterr().out
    meta = info(out)
    assert meta["Pages"] == "3"
    assert meta["Page size"].startswith(SIZES[paper])  # exact, landscape
    text = text_of(out)
    sop = load_sop_file(sop_dir() / "01.048.2017.toml")
    for step in sop.steps:
        assert step.uraian in text, step.no
        for item in step.output:
            assert item in text
    # Waktu with a decimal comma, as on paper: "0,5", never "0.5".
    waktu = re.findall(r"(?<![\d.,])(30|0,5|1|2|5)(?![\d.,])", text)
    for value in ("1", "0,5", "30", "2", "5"):
        assert value in waktu
    assert not re.search(r"(?<![\d.,])0\.5(?![\d])", text)  # (a time such as "pukul 20.53" is not a waktu)
    ident = sop.identity
    for field in (
        ident.nomor,
        ident.judul.upper(),
        ident.disahkan_oleh.nama,
        "19650517 198603 1 014",  # the NIP grouped as BKN writes it
        ident.disahkan_oleh.jabatan.upper(),
        *ident.dasar_hukum,
        *ident.kualifikasi_pelaksana,
        *ident.keterkaitan,
        *ident.peralatan,
        *ident.peringatan,
        *ident.pencatatan,
    ):
        assert field in text, field
    for label in (
        "Tanggal Pembuatan",
        "Tanggal Revisi",
        "Tanggal Efektif",
        "Disahkan oleh",
        "Nama SOP",
        "Dasar Hukum",
        "Kualifikasi Pelaksana",
        "Keterkaitan",
        "Peralatan/Perlengkapan",
        "Peringatan",
        "Pencatatan dan Pendataan",
    ):
        assert label in text
    # The three dates come from the version (the definition file may set them): never "–".
    from datetime import date

    from sopdesk.domain.dates import tanggal

    assert "Tanggal Pembuatan Tahun 2017" in text
    assert "Tanggal Revisi Belum pernah direvisi" in text
    assert f"Tanggal Efektif {tanggal(date.today())}" in text
    # The header row repeats on each flowchart page, with "Halaman X dari 3" on every page.
    assert text.count("Uraian Prosedur") == 2
    for page in (1, 2, 3):
        assert f"Halaman {page} dari 3" in text


@pytest.mark.parametrize("paper", [Paper.F4, Paper.A4])
def test_no_step_text_is_taller_than_its_row(paper: Paper):
    sop = load_sop_file(sop_dir() / "01.048.2017.toml")
    frame = Frame.of(PageSetup(paper, True))
    cols, heights, pages = plan_pages(sop, frame)
    assert [s for page in pages for s in page] == [s.no for s in sop.steps]
    for step, height in zip(sop.steps, heights, strict=True):
        for index, para in _row_cells(sop, step.no):
            _, width = cols.cell(index)
            _, h = para.wrap(width - 2 * PAD, 10_000)
            assert h + 2 * PAD <= height + 0.01
            assert max(para.getActualLineWidths0() or [0]) <= width - 2 * PAD + 0.01


def test_verify_names_the_print_then_says_the_record_changed(data: Path, tmp_path: Path, capsys):
    out = tmp_path / "sop.pdf"
    assert run(data, "report", "sop", "--out", str(out)) == 0
    capsys.readouterr()
    assert run(data, "verify", str(out)) == 0
    said = capsys.readouterr().out
    assert said.startswith("COCOK: identik dengan cetakan no. ")
    assert "SOP 01.048.2017 versi 1 dibuat " in said and "oleh Siti Admin (NIP 19900214 201503 2 001)" in said
    assert "Data tidak berubah sejak dicetak" in said
    with sqlite3.connect(data / "sopdesk.sqlite3") as conn:
        conn.execute("UPDATE sop_version SET definition = replace(definition, 'Faraf', 'Paraf')")
    # The file is still the one SOPDesk wrote; what it printed is no longer what the database holds.
    assert run(data, "verify", str(out)) == 0
    assert "PERHATIAN: data telah BERUBAH sejak dicetak" in capsys.readouterr().out


def test_verify_refuses_unknown_prints_and_foreign_files(data: Path, tmp_path: Path, capsys):
    other = tmp_path / "other"
    init_with_admin(other)
    out = tmp_path / "sop.pdf"
    assert run(other, "report", "sop", "--out", str(out)) == 0
    foreign = tmp_path / "foreign.pdf"
    foreign.write_bytes(b"%PDF-1.4\n%%EOF\n")
    capsys.readouterr()
    assert run(data, "verify", str(foreign)) == 1
    assert "bukan berkas yang dibuat SOPDesk" in capsys.readouterr().err
    # Printed from another office's database: this one never made that file.
    assert run(data, "verify", str(out)) == 1
    assert "TIDAK COCOK" in capsys.readouterr().err
    assert run(data, "verify", str(tmp_path / "missing.pdf")) == 1
    assert "tidak dapat dibaca" in capsys.readouterr().err


def test_every_report_needs_the_user_who_prints_it(data: Path, tmp_path: Path, capsys):
    """A print is signed by a person: without --as nothing is printed (never "Sistem")."""
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(data), "report", "sop", "--out", str(tmp_path / "x.pdf")])
    assert exit_.value.code == 2
    assert "--as" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_each_print_is_logged_with_who_printed(memory_db: Database, tmp_path: Path):
    actors = make_users(memory_db)
    job = printing.prepare_sop_print(memory_db, actors["pimpinan"])
    event = read.audit_events(memory_db, limit=1)[0]
    assert (event.id, event.action, event.actor) == (job.mark.print_id, "print.sop", "pimpinan")
    assert job.mark.content_hash == job.sop.content_hash()
    assert job.mark.printed_by == "Pengguna pimpinan"
    record = read.print_record(memory_db, job.mark.print_id)
    assert record is not None and record.printed_by == "pimpinan" and ("Nomor SOP", "01.048.2017") in record.fields


def test_letterhead_and_paper_are_settings_every_seat_shares(memory_db: Database, tmp_path: Path):
    from sopdesk.reports.sop_document import render_sop

    actors = make_users(memory_db)
    printing.save_letterhead(memory_db, actors["admin"], Letterhead(("PEMKAB TANGERANG", "  ", "BAGIAN UJI COBA")))
    printing.save_page_setup(memory_db, actors["admin"], DocumentKind.SOP, PageSetup(Paper.A4, True, (10, 10, 10, 10)))
    job = printing.prepare_sop_print(memory_db, actors["staf"])
    assert job.letterhead.lines == ("PEMKAB TANGERANG", "BAGIAN UJI COBA")
    assert job.setup.paper is Paper.A4
    out = tmp_path / "sop.pdf"
    render_sop(job.sop, job.setup, job.mark, job.letterhead, out)
    assert "BAGIAN UJI COBA" in text_of(out)
    # The address block under the unit's lines, as the office's kop carries it.
    head = Letterhead(
        ("PEMERINTAH KABUPATEN TANGERANG", "SEKRETARIAT DAERAH"),
        alamat="Jl. Uji Coba No. 1, Tigaraksa",
        kode_pos="15720",
        telepon="(021) 000000",
        laman="uji.tangerangkab.go.id",
        email="organisasi@uji.go.id",
    )
    printing.save_letterhead(memory_db, actors["admin"], head)
    assert printing.letterhead(memory_db) == head
    assert head.address_lines == (
        "Jl. Uji Coba No. 1, Tigaraksa 15720",
        "Telp. (021) 000000 Laman: uji.tangerangkab.go.id Pos-el: organisasi@uji.go.id",
    )
    with pytest.raises(ValidationError) as err:
        printing.save_letterhead(memory_db, actors["admin"], Letterhead(("KOP",), kode_pos="157", email="bukan"))
    assert set(err.value.fields) == {"kode_pos", "email"}
    assert info(out)["Page size"].startswith(SIZES["a4"])


def test_bad_page_setup_and_logo_are_refused_field_by_field(memory_db: Database):
    actors = make_users(memory_db)
    with pytest.raises(ValidationError) as err:
        printing.save_page_setup(
            memory_db, actors["admin"], DocumentKind.SOP, PageSetup(Paper.A4, True, (2, 10, 10, 10))
        )
    assert err.value.fields == {"margins_mm": "Margin antara 5 dan 50 mm."}
    with pytest.raises(ValidationError) as err:
        printing.save_letterhead(memory_db, actors["admin"], Letterhead(("KOP",), b"GIF89a not a png"))
    assert err.value.fields == {"logo": "Lambang harus berkas PNG atau JPEG."}
    with pytest.raises(PermissionDenied):
        printing.save_letterhead(memory_db, actors["staf"], Letterhead(("KOP",)))
    assert printing.letterhead(memory_db) == Letterhead()


def test_init_with_the_first_administrator_takes_the_kop_too(tmp_path: Path, capsys):
    from tests.unit.test_table_report import _Lines, tiny_png

    lambang = tmp_path / "lambang.png"
    lambang.write_bytes(tiny_png(40, 50))
    folder = tmp_path / "data"
    argv = ["--data-dir", str(folder), "init", "--admin", "admin", "--name", "Siti Admin"]
    assert main([*argv, "--kode-pos", "123"], stdin=_Lines(PASSWORD + "\n")) == 1
    assert "Kesalahan kode_pos: Kode pos 5 angka." in capsys.readouterr().err
    kop = ["--lambang", str(lambang), "--alamat", "Jl. Uji Coba No. 1, Tigaraksa", "--kode-pos", "15720"]
    assert main([*argv, *kop, "--telepon", "(021) 000000"], stdin=_Lines(PASSWORD + "\n")) == 0
    assert "Kop surat disimpan: Jl. Uji Coba No. 1, Tigaraksa 15720" in capsys.readouterr().out
    db = Database.connect(str(folder / "sopdesk.sqlite3"))
    try:
        head = printing.letterhead(db)
        assert head.complete and head.logo == tiny_png(40, 50) and head.telepon == "(021) 000000"
    finally:
        db.dispose()
