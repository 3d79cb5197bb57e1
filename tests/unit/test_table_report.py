"""Lists under the letterhead: repeated header, page numbers, integrity mark."""

from __future__ import annotations

from pathlib import Path

from sopdesk.cli import main
from sopdesk.domain.printing import Letterhead, PageSetup, Paper, PrintMark, TableDocument
from sopdesk.reports.table_document import render_table
from tests.unit.test_sop_report import info, text_of


def mark() -> PrintMark:
    return PrintMark(1, "list", "uji", "Daftar uji", "0" * 64, "27 November 2026 10.00", "Staf Uji")


def test_a_long_list_repeats_its_header_and_numbers_every_page(tmp_path: Path):
    rows = tuple(
        (str(i), f"Surat nomor {i:04d} perihal uji coba pencetakan daftar panjang", "Biasa") for i in range(1, 1001)
    )
    doc = TableDocument("Daftar uji", "Keadaan per 27 November 2026", (("No", 6), ("Perihal", 70), ("Sifat", 14)), rows)
    out = tmp_path / "panjang.pdf"
    pages = render_table(doc, PageSetup(Paper.F4, False), mark(), Letterhead(), out)
    assert info(out)["Pages"] == str(pages) and pages > 10
    text = text_of(out)
    assert text.count("No Perihal Sifat") == pages
    for page in range(1, pages + 1):
        assert f"Halaman {page} dari {pages}" in text
    assert "Surat nomor 0001" in text and "Surat nomor 1000" in text
    assert text.count("PEMERINTAH KABUPATEN TANGERANG") == 1  # the kop heads the first page only


def test_an_empty_list_still_prints_one_page(tmp_path: Path):
    doc = TableDocument("Daftar kosong", "", (("No", 1), ("Nama", 5)), ())
    out = tmp_path / "kosong.pdf"
    assert render_table(doc, PageSetup(Paper.A4, False), mark(), Letterhead(), out) == 1
    text = text_of(out)
    assert "DAFTAR KOSONG" in text and "cetakan no. 1" in text
    assert "Halaman" not in text  # a one-page paper carries no page number


def test_printed_opd_list_verifies_until_the_list_changes(tmp_path: Path, capsys):
    data = tmp_path / "data"
    assert (
        main(
            ["--data-dir", str(data), "init", "--admin", "admin", "--name", "Admin"], stdin=_Lines("sandi-rahasia-1\n")
        )
        == 0
    )
    out = tmp_path / "opd.pdf"
    report = ["--data-dir", str(data), "report", "list", "opd", "--out", str(out), "--as", "admin"]
    assert main(report, stdin=_Lines("sandi-rahasia-1\n")) == 0
    text = text_of(out)
    assert "DAFTAR PERANGKAT DAERAH (OPD)" in text and "Kecamatan Tigaraksa" in text
    assert main(["--data-dir", str(data), "verify", str(out)]) == 0
    from sopdesk.domain.records import Actor
    from sopdesk.services.auth import authenticate
    from sopdesk.services.master import OpdInput, save_opd
    from sopdesk.store.database import Database

    db = Database.connect(str(data / "sopdesk.sqlite3"))
    actor: Actor = authenticate(db, "admin", "sandi-rahasia-1").actor
    save_opd(db, actor, OpdInput("Dinas Pemadam Kebakaran"))
    db.dispose()
    capsys.readouterr()
    assert main(["--data-dir", str(data), "verify", str(out)]) == 0  # the file is still SOPDesk's own
    assert "PERHATIAN: data telah BERUBAH sejak dicetak" in capsys.readouterr().out


class _Lines:
    """A stdin that is not a terminal."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        return self.lines.pop(0) if self.lines else ""


def tiny_png(width: int, height: int) -> bytes:
    import struct
    import zlib

    raw = b"".join(b"\x00" + bytes([200, 30, 30]) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def test_the_letterhead_logo_is_printed_on_lists_and_on_the_sop(tmp_path: Path):
    import subprocess

    from sopdesk.domain.sop import load_sop_file
    from sopdesk.paths import sop_dir
    from sopdesk.reports.sop_document import render_sop

    head = Letterhead(Letterhead().lines, tiny_png(40, 50))
    listing, sop = tmp_path / "list.pdf", tmp_path / "sop.pdf"
    render_table(TableDocument("T", "", (("A", 1),), (("a",),)), PageSetup(Paper.A4, False), mark(), head, listing)
    render_sop(load_sop_file(sop_dir() / "01.048.2017.toml"), PageSetup(Paper.F4, True), mark(), head, sop)
    for pdf in (listing, sop):
        images = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True).stdout
        assert " 40    50  rgb" in images
