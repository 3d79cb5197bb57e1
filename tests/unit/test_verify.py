"""`sopdesk verify`: a file is proved identical to what SOPDesk wrote, or refused; the QR code of
a scanned page or of a printer's output names the print, what it showed and how its record
stands today.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from sopdesk.cli import main
from sopdesk.services.verify import verify_scan
from sopdesk.store.database import Database
from tests.unit.test_sop_report import PASSWORD, init_with_admin


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


@pytest.fixture
def letter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> tuple[Path, str]:
    data = tmp_path / "data"
    init_with_admin(data)
    monkeypatch.setenv("SOPDESK_PASSWORD", PASSWORD)
    add = ["--received", "02-11-2026 09:15", "--from", "Dinas Kesehatan", "--number", "440/123/Dinkes/2026"]
    add += ["--dated", "30-10-2026", "--subject", "Uji sq 1", "--kode", "065", "--as", "admin"]
    capsys.readouterr()
    assert run(data, "agenda", "add", *add) == 0
    return data, capsys.readouterr().out.strip()


def receipt(data: Path, number: str, out: Path, capsys) -> int:
    """Print the tanda terima; returns its print number."""
    capsys.readouterr()
    assert run(data, "report", "tanda-terima", number, "--out", str(out), "--as", "admin") == 0
    found = re.search(r"cetakan no\. (\d+)", capsys.readouterr().out)
    assert found is not None
    return int(found[1])


def edit_content_stream(source: Path, target: Path) -> None:
    """What a forger does: change a word in the page's content stream and save the PDF again."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ContentStream, NameObject

    reader = PdfReader(str(source))
    writer = PdfWriter(clone_from=reader)
    page = writer.pages[0]
    content = ContentStream(page.get_contents(), reader)
    for index, (operands, operator) in enumerate(content.operations):
        if operator == b"Tj" and operands:
            content.operations[index] = ([type(operands[0])(b"PALSU!!")], operator)
            break
    else:
        raise AssertionError("no text to change")
    page[NameObject("/Contents")] = content
    with target.open("wb") as fh:
        writer.write(fh)


def test_the_untouched_file_passes_an_edited_or_lengthened_one_fails(letter, tmp_path: Path, capsys):
    """Bar: a PDF edited in its content stream, and one with a byte appended, fail (exit 1)."""
    data, number = letter
    out = tmp_path / "tanda-terima.pdf"
    print_id = receipt(data, number, out, capsys)
    assert run(data, "verify", str(out)) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"COCOK: identik dengan cetakan no. {print_id} Tanda terima surat {number} dibuat ")
    assert "oleh Siti Admin (NIP 19900214 201503 2 001)" in said

    forged = tmp_path / "palsu.pdf"
    edit_content_stream(out, forged)
    assert b"PALSU!!" in forged.read_bytes() or forged.read_bytes() != out.read_bytes()
    assert run(data, "verify", str(forged)) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"TIDAK COCOK: berkas ini menyebut cetakan no. {print_id}")
    assert "TIDAK identik" in err and "Perihal" in err and "Uji sq 1" in err  # what the real print said

    longer = tmp_path / "tambah.pdf"
    longer.write_bytes(out.read_bytes() + b"\n")
    assert run(data, "verify", str(longer)) == 1
    assert "TIDAK identik" in capsys.readouterr().err


def test_a_150_dpi_scan_of_a_page_finds_the_print_and_what_it_said(letter, tmp_path: Path, capsys):
    """Bar: verify --scan on a 150 dpi PNG of a page finds the print."""
    data, number = letter
    out = tmp_path / "tanda-terima.pdf"
    print_id = receipt(data, number, out, capsys)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(out), str(tmp_path / "pindai")], check=True)
    assert run(data, "verify", "--scan", str(tmp_path / "pindai.png")) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"DITEMUKAN: cetakan no. {print_id} Tanda terima surat {number} dibuat ")
    for line in ("Nomor agenda", "Asal surat", "Perihal", "Yang menerima"):
        assert re.search(rf"^  {line} +: ", said, re.M), line
    assert "Uji sq 1" in said and "Siti Admin" in said
    assert "Data tidak berubah sejak dicetak dan masih berlaku." in said
    # The letter is voided afterwards: the same scan now says so.
    assert run(data, "agenda", "void", number, "--reason", "Tercatat dua kali", "--as", "admin") == 0
    capsys.readouterr()
    assert run(data, "verify", "--scan", str(tmp_path / "pindai.png")) == 0
    said = capsys.readouterr().out
    assert "PERHATIAN: sesudah dicetak, dibatalkan: Tercatat dua kali." in said
    # and so does the untouched file
    assert run(data, "verify", str(out)) == 0
    assert "PERHATIAN: sesudah dicetak, dibatalkan: Tercatat dua kali." in capsys.readouterr().out


def test_the_smallest_paper_scans_too(letter, tmp_path: Path, capsys):
    """The kartu kendali (10 x 15 cm) carries the same code: a 150 dpi scan of it reads."""
    data, number = letter
    out = tmp_path / "kartu.pdf"
    assert run(data, "report", "kartu-kendali", number, "--out", str(out), "--as", "admin") == 0
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "2", "-singlefile", str(out), str(tmp_path / "k")], check=True
    )
    capsys.readouterr()
    assert run(data, "verify", "--scan", str(tmp_path / "k.png")) == 0
    assert "DITEMUKAN: cetakan no." in capsys.readouterr().out


def test_a_scan_without_a_code_or_with_a_forged_one_is_refused(letter, tmp_path: Path, capsys):
    data, number = letter
    blank = tmp_path / "kosong.png"
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", "/dev/null", str(blank)], capture_output=True)
    from PIL import Image

    Image.new("L", (300, 300), 255).save(blank)
    capsys.readouterr()
    assert run(data, "verify", "--scan", str(blank)) == 1
    assert "tidak ada kode QR SOPDesk" in capsys.readouterr().err
    out = tmp_path / "tt.pdf"
    print_id = receipt(data, number, out, capsys)
    db = Database.connect(str(data / "sopdesk.sqlite3"))
    try:
        forged = verify_scan(db, [f"SOPDESK1;p={print_id};k=tanda-terima;r=1;h=0123456789abcdef"])
        assert not forged.ok and "bukan dari SOPDesk" in forged.lines[0]
        unknown = verify_scan(db, ["SOPDESK1;p=999999;k=tanda-terima;r=1;h=0123456789abcdef"])
        assert not unknown.ok and "tidak tercatat" in unknown.lines[0]
    finally:
        db.dispose()
    assert run(data, "verify", "--scan", str(tmp_path / "tidak-ada.png")) == 1
    assert run(data, "verify", "--scan", str(tmp_path / "tt.pdf")) == 0  # the PDF itself, rasterised


def test_the_print_through_the_real_cups_queue_is_found_by_its_code(letter, tmp_path: Path, capsys):
    """Bar: verify --scan on the PDF that came out of the CUPS queue (SOPDesk_PDF) finds the print;
    the file itself is not SOPDesk's (the queue rewrote it), so plain verify refuses it."""
    name, folder = os.environ.get("SOPDESK_TEST_PRINTER"), os.environ.get("SOPDESK_TEST_PRINT_DIR")
    if not name or not folder:
        if os.environ.get("SOPDESK_REQUIRE_PG"):
            pytest.fail("SOPDESK_TEST_PRINTER is not set: run the suite with `make test`")
        pytest.skip("no CUPS test printer (make test sets one up)")
    data, number = letter
    out = tmp_path / "tanda-terima.pdf"
    print_id = receipt(data, number, out, capsys)
    token = f"sopdesk-verify-{uuid.uuid4().hex[:12]}"
    subprocess.run(["lp", "-d", name, "-t", token, str(out)], check=True, capture_output=True)
    printed: Path | None = None
    deadline = time.monotonic() + 60
    while printed is None and time.monotonic() < deadline:
        for path in Path(folder).glob(f"*{token}*.pdf"):
            if subprocess.run(["pdfinfo", str(path)], capture_output=True).returncode == 0:
                printed = path
        time.sleep(0.5)
    assert printed is not None, f"no output for {token} in {folder} within 60 s"
    try:
        capsys.readouterr()
        assert run(data, "verify", "--scan", str(printed)) == 0
        assert capsys.readouterr().out.startswith(f"DITEMUKAN: cetakan no. {print_id} ")
        assert run(data, "verify", str(printed)) == 1
        assert f"menyebut cetakan no. {print_id}" in capsys.readouterr().err  # read off its QR code
    finally:
        printed.unlink(missing_ok=True)
