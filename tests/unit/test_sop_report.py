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


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert run(folder, "init") == 0
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
    waktu = re.findall(r"(?<![\d.])(30|0\.5|1|2|5)(?![\d.])", text)
    for value in ("1", "0.5", "30", "2", "5"):
        assert value in waktu
    ident = sop.identity
    for field in (
        ident.nomor,
        ident.judul.upper(),
        ident.disahkan_oleh.nama,
        ident.disahkan_oleh.nip,
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


def test_verify_matches_then_catches_a_changed_record(data: Path, tmp_path: Path, capsys):
    out = tmp_path / "sop.pdf"
    assert run(data, "report", "sop", "--out", str(out)) == 0
    assert run(data, "verify", str(out)) == 0
    assert "COCOK" in capsys.readouterr().out
    with sqlite3.connect(data / "sopdesk.sqlite3") as conn:
        conn.execute("UPDATE sop_version SET definition = replace(definition, 'Faraf', 'Paraf')")
    assert run(data, "verify", str(out)) == 1
    assert "TIDAK cocok" in capsys.readouterr().err


def test_verify_refuses_unknown_prints_and_foreign_files(data: Path, tmp_path: Path, capsys):
    other = tmp_path / "other"
    assert run(other, "init") == 0
    out = tmp_path / "sop.pdf"
    assert run(other, "report", "sop", "--out", str(out)) == 0
    foreign = tmp_path / "foreign.pdf"
    foreign.write_bytes(b"%PDF-1.4\n%%EOF\n")
    capsys.readouterr()
    assert run(data, "verify", str(foreign)) == 1
    assert "Tidak ada tanda SOPDesk" in capsys.readouterr().err
    # Printed from another office's database: this one never logged that print.
    assert run(data, "verify", str(out)) == 1
    assert "tidak tercatat" in capsys.readouterr().err
    assert run(data, "verify", str(tmp_path / "missing.pdf")) == 1
    assert "tidak dapat dibaca" in capsys.readouterr().err


def test_each_print_is_logged_with_who_printed(memory_db: Database, tmp_path: Path):
    actors = make_users(memory_db)
    job = printing.prepare_sop_print(memory_db, actors["pimpinan"])
    event = read.audit_events(memory_db, limit=1)[0]
    assert (event.id, event.action, event.actor) == (job.mark.print_id, "print.sop", "pimpinan")
    assert job.mark.content_hash == job.sop.content_hash()
    assert job.mark.printed_by == "Pengguna pimpinan"


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
    assert err.value.fields == {"logo": "Logo harus berkas PNG atau JPEG."}
    with pytest.raises(PermissionDenied):
        printing.save_letterhead(memory_db, actors["staf"], Letterhead(("KOP",)))
    assert printing.letterhead(memory_db) == Letterhead()
