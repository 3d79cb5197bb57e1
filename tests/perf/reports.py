"""Report rendering benchmark (issue 3): the SOP document and a 1,000-row table, each next to
a floor: the same pages drawn directly on a reportlab canvas (fixed rows, no wrapping, no
symbols, no QR code). Prints the ratio.

Run: make bench   (or: .venv/bin/python -m tests.perf.reports)
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from sopdesk.domain.printing import Letterhead, PageSetup, Paper, PrintMark, TableDocument
from sopdesk.domain.sop import load_sop_file
from sopdesk.paths import sop_dir
from sopdesk.reports.base import FONT, Frame, register_fonts
from sopdesk.reports.sop_document import render_sop
from sopdesk.reports.table_document import render_table

RUNS = 5
MARK = PrintMark(1, "bench", "1", "Benchmark", "0" * 64, "27 November 2026 10.00", "bench")


def timed(fn) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def floor(out: Path, rows: list[tuple[str, ...]], setup: PageSetup, row_h: float) -> int:
    """The same number of rows drawn as plain text lines and rules, page after page."""
    frame = Frame.of(setup)
    canvas = Canvas(str(out), pagesize=(frame.width, frame.height))
    y, pages = frame.top, 1
    for row in rows:
        if y - row_h < frame.bottom:
            canvas.showPage()
            y, pages = frame.top, pages + 1
        canvas.setFont(FONT, 8)
        x = frame.left
        for cell in row:
            canvas.drawString(x + 2, y - 10, cell[:60])
            x += frame.content_width / len(row)
        canvas.line(frame.left, y - row_h, frame.right, y - row_h)
        y -= row_h
    canvas.save()
    return pages


def main() -> int:
    register_fonts()
    work = Path(tempfile.mkdtemp(prefix="sopdesk-bench-"))
    sop = load_sop_file(sop_dir() / "01.048.2017.toml")
    sop_setup = PageSetup(Paper.F4, True, (12, 12, 12, 12))
    sop_rows = [
        (
            str(s.no),
            s.uraian,
            *("" for _ in sop.lanes),
            " ".join(s.kelengkapan),
            str(s.waktu_hari),
            " ".join(s.output),
            s.keterangan,
        )
        for s in sop.steps
    ]
    t_sop = timed(lambda: render_sop(sop, sop_setup, MARK, Letterhead(), work / "sop.pdf"))
    t_sop_floor = timed(lambda: floor(work / "sop-floor.pdf", sop_rows * 3, sop_setup, 17 * mm))

    rows = tuple(
        (
            str(i),
            f"Dinas contoh {i}",
            f"Surat nomor 800/{i:04d}-Org/2026 perihal penyusunan standar pelayanan dan maklumat pelayanan",
            "Biasa",
        )
        for i in range(1, 1001)
    )
    doc = TableDocument("Daftar uji 1.000 baris", "", (("No", 6), ("Asal", 25), ("Perihal", 60), ("Sifat", 10)), rows)
    list_setup = PageSetup(Paper.F4, False)
    pages = render_table(doc, list_setup, MARK, Letterhead(), work / "table.pdf")
    t_table = timed(lambda: render_table(doc, list_setup, MARK, Letterhead(), work / "table.pdf"))
    t_table_floor = timed(lambda: floor(work / "table-floor.pdf", list(rows), list_setup, 2 * 9.8 + 2 * 1.3 * mm))

    print(f"Report rendering, median of {RUNS} runs (seconds):")
    print(
        f"  SOP document (3 pages, F4 landscape)        {t_sop:6.3f}   floor {t_sop_floor:6.3f}   "
        f"ratio {t_sop / t_sop_floor:5.1f}x"
    )
    print(
        f"  1,000-row table ({pages} pages, F4, wrapped)   {t_table:6.3f}   floor {t_table_floor:6.3f}   "
        f"ratio {t_table / t_table_floor:5.1f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
