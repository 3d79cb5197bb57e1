"""Papers of one incoming letter: the tanda terima for the courier and the kartu kendali."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from sopdesk.domain.agenda import LetterRecord
from sopdesk.domain.dates import hari_tanggal, tanggal, tanggal_jam
from sopdesk.domain.printing import Letterhead, PageSetup, PrintMark
from sopdesk.reports.base import FONT, FONT_BOLD, Footer, Frame, atomic_pdf, draw_letterhead, new_canvas


def _field_rows(
    canvas: Canvas, x: float, y: float, label_w: float, width: float, rows: list[tuple[str, str]], size: float = 9.0
) -> float:
    """Label : value lines, values wrapped; returns the y below the last."""
    leading = size * 1.35
    for label, value in rows:
        canvas.setFont(FONT, size)
        canvas.drawString(x, y, label)
        canvas.drawString(x + label_w - 3 * mm, y, ":")
        lines = simpleSplit(value or "-", FONT, size, width - label_w) or ["-"]
        for line in lines:
            canvas.drawString(x + label_w, y, line)
            y -= leading
    return y


def render_receipt(
    letter: LetterRecord,
    receiver: tuple[str, str],
    place: str,
    setup: PageSetup,
    mark: PrintMark,
    head: Letterhead,
    out: Path,
) -> int:
    """Tanda terima: who handed the letter over, who received it, when, what; two signatures."""
    frame = Frame.of(setup)
    with atomic_pdf(out) as partial:
        canvas = new_canvas(partial, frame, f"Tanda Terima {letter.number}", mark)
        footer = Footer(canvas, frame, mark)
        y = draw_letterhead(canvas, frame, head) - 3 * mm
        canvas.setFont(FONT_BOLD, 12)
        canvas.drawCentredString((frame.left + frame.right) / 2, y, "TANDA TERIMA SURAT")
        canvas.setFont(FONT, 9)
        canvas.drawCentredString((frame.left + frame.right) / 2, y - 5 * mm, f"Nomor agenda {letter.number}")
        y = _field_rows(
            canvas,
            frame.left,
            y - 13 * mm,
            42 * mm,
            frame.content_width,
            [
                ("Diterima pada", f"{hari_tanggal(letter.received_at.date())} pukul {letter.received_at:%H.%M}"),
                ("Asal surat", letter.asal),
                ("Nomor surat", letter.nomor_surat),
                ("Tanggal surat", tanggal(letter.tanggal_surat)),
                ("Perihal", letter.perihal),
                ("Lampiran", letter.lampiran),
            ],
        )
        # Two signature blocks: the courier (name written by hand) and the clerk who received it.
        y -= 4 * mm
        half = frame.content_width / 2
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(frame.left + half * 1.5, y, f"{place}, {tanggal(letter.received_at.date())}")
        y -= 5 * mm
        canvas.drawCentredString(frame.left + half / 2, y, "Yang menyerahkan,")
        canvas.drawCentredString(frame.left + half * 1.5, y, "Yang menerima,")
        y -= 17 * mm
        canvas.drawCentredString(frame.left + half / 2, y, "(.................................................)")
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawCentredString(frame.left + half * 1.5, y, receiver[0])
        canvas.setFont(FONT, 8.5)
        if receiver[1]:
            canvas.drawCentredString(frame.left + half * 1.5, y - 4 * mm, f"NIP. {receiver[1]}")
        footer.draw(1, 1)
        canvas.showPage()
        canvas.save()
    return 1


def render_control_card(letter: LetterRecord, setup: PageSetup, mark: PrintMark, out: Path) -> int:
    """Kartu kendali, 10 x 15 cm: indeks, kode, no. urut, tanggal, isi ringkas, lampiran, dari,
    kepada, tgl/no. surat, pengolah, paraf, catatan."""
    frame = Frame.of(setup)
    with atomic_pdf(out) as partial:
        canvas = new_canvas(partial, frame, f"Kartu Kendali {letter.number}", mark)
        footer = Footer(canvas, frame, mark)
        left, right, top = frame.left, frame.right, frame.top
        w = right - left
        row = 6.2 * mm
        canvas.setLineWidth(0.6)
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawCentredString(left + w / 2, top - 4 * mm, "KARTU KENDALI SURAT MASUK")
        y = top - 6.5 * mm

        def boxes(cells: list[tuple[str, str, float]], height: float = row) -> None:
            nonlocal y
            x = left
            for label, value, share in cells:
                cw = w * share
                canvas.rect(x, y - height, cw, height)
                canvas.setFont(FONT, 5.8)
                canvas.drawString(x + 1 * mm, y - 2.3 * mm, label)
                canvas.setFont(FONT_BOLD, 7.2)
                lines = simpleSplit(value, FONT_BOLD, 7.2, cw - 2 * mm)
                for i, line in enumerate(lines[: max(1, int((height - 3 * mm) / (3 * mm)))]):
                    canvas.drawString(x + 1 * mm, y - 5 * mm - i * 3 * mm, line)
                x += cw
            y -= height

        boxes([("Indeks", letter.asal[:40], 0.4), ("Kode", letter.kode, 0.3), ("No. urut", str(letter.seq), 0.3)])
        boxes([("Isi ringkas", letter.isi_ringkas or letter.perihal, 1.0)], row * 2.2)
        boxes([("Lampiran", letter.lampiran or "-", 0.4), ("Tanggal terima", tanggal_jam(letter.received_at), 0.6)])
        boxes([("Dari", letter.asal, 0.5), ("Kepada", letter.diteruskan_kepada or "-", 0.5)])
        boxes([("Tanggal / nomor surat", f"{tanggal(letter.tanggal_surat)} / {letter.nomor_surat}", 1.0)])
        boxes(
            [("Pengolah", "", 0.5), ("Paraf", "", 0.2), ("Catatan", letter.keterangan, 0.3)], max(row, y - frame.bottom)
        )
        footer.draw(1, 1)
        canvas.showPage()
        canvas.save()
    return 1
