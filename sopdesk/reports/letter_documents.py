"""Papers of one incoming letter: the tanda terima for the courier and the kartu kendali."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from sopdesk.domain.agenda import LetterRecord
from sopdesk.domain.dates import hari_tanggal, tanggal, tanggal_jam
from sopdesk.domain.printing import ControlCardInfo, Letterhead, PageSetup, PrintMark, SignerBlock
from sopdesk.reports.base import (
    FONT,
    FONT_BOLD,
    Footer,
    Frame,
    atomic_pdf,
    draw_letterhead,
    draw_signer,
    new_canvas,
)

DOTS = "." * 60


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


def _dotted(canvas: Canvas, x0: float, x1: float, y: float) -> None:
    canvas.saveState()
    canvas.setStrokeColorRGB(0.35, 0.35, 0.35)
    canvas.setLineWidth(0.5)
    canvas.setDash(0.6, 1.6)
    canvas.line(x0, y, x1, y)
    canvas.restoreState()


def render_receipt(
    letter: LetterRecord,
    receiver: SignerBlock,
    place: str,
    setup: PageSetup,
    mark: PrintMark,
    head: Letterhead,
    out: Path,
) -> int:
    """Tanda terima: the letter received (when, from whom, what), then two blocks: the courier
    who hands it over (name, instansi, telephone written in, signature and cap) and the clerk
    who receives it and prints this paper (jabatan, name, NIP)."""
    frame = Frame.of(setup)
    with atomic_pdf(out) as partial:
        canvas = new_canvas(partial, frame, f"Tanda Terima {letter.number}", mark)
        footer = Footer(canvas, frame, mark)
        y = draw_letterhead(canvas, frame, head) - 3.5 * mm
        centre = (frame.left + frame.right) / 2
        canvas.setFont(FONT_BOLD, 12)
        canvas.drawCentredString(centre, y, "TANDA TERIMA SURAT")
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(centre, y - 4.5 * mm, f"Nomor agenda {letter.number}")
        y = _field_rows(
            canvas,
            frame.left,
            y - 11 * mm,
            38 * mm,
            frame.content_width,
            [
                ("Diterima pada", f"{hari_tanggal(letter.received_at.date())} pukul {letter.received_at:%H.%M}"),
                ("Asal surat", letter.asal),
                ("Nomor / tanggal surat", f"{letter.nomor_surat} / {tanggal(letter.tanggal_surat)}"),
                ("Perihal", letter.perihal),
                ("Sifat / urgensi", f"{letter.sifat.value} / {letter.urgensi.value}"),
                ("Lampiran", letter.lampiran or "-"),
            ],
        )
        if letter.voided:
            canvas.setFont(FONT_BOLD, 9)
            canvas.drawString(frame.left, y, f"SURAT INI DIBATALKAN: {letter.void_reason}"[:110])
            y -= 4 * mm
        half = frame.content_width / 2
        left_c, right_c = frame.left + half / 2, frame.left + half * 1.5
        size = 9.0
        leading = size * 1.3
        y -= 2 * mm
        canvas.setFont(FONT, size)
        canvas.drawCentredString(right_c, y - size, f"{place}, {tanggal(letter.received_at.date())}")
        top = y - leading
        # The courier: written in by hand at the desk.
        canvas.drawCentredString(left_c, top - size, "Yang menyerahkan,")
        x0 = frame.left + 4 * mm
        x1 = frame.left + half - 6 * mm
        ly = top - size - leading - 1.5 * mm
        for label in ("Nama", "Instansi", "Telepon"):
            canvas.setFont(FONT, size - 0.5)
            canvas.drawString(x0, ly, label)
            canvas.drawString(x0 + 17 * mm, ly, ":")
            _dotted(canvas, x0 + 19 * mm, x1, ly - 0.6 * mm)
            ly -= 5.5 * mm
        bottom = draw_signer(canvas, receiver, right_c, top, half - 10 * mm, size=size)
        # Signature and cap of the courier, on the line where the clerk's name stands.
        name_y = bottom + size * 0.4 + leading * (1 + bool(receiver.pangkat))
        canvas.setFont(FONT, size - 1.5)
        canvas.setFillColorRGB(0.35, 0.35, 0.35)
        canvas.drawString(x0, ly + 1 * mm, "Tanda tangan dan cap:")
        canvas.setFillColorRGB(0, 0, 0)
        _dotted(canvas, left_c - 30 * mm, left_c + 30 * mm, name_y - 0.8 * mm)
        footer.draw(1, 1)
        canvas.showPage()
        canvas.save()
    return 1


def render_control_card(
    letter: LetterRecord,
    card: ControlCardInfo,
    setup: PageSetup,
    mark: PrintMark,
    head: Letterhead,
    out: Path,
) -> int:
    """Kartu kendali (ANRI, pola baru), 10 x 15 cm, in three copies (putih, kuning, merah; one
    page each, for the coloured card stock): the M (surat masuk) mark, indeks, kode, nomor urut,
    isi ringkas, lampiran, dari, kepada, tanggal and nomor surat, pengolah, paraf, catatan."""
    frame = Frame.of(setup)
    with atomic_pdf(out) as partial:
        canvas = new_canvas(partial, frame, f"Kartu Kendali {letter.number}", mark)
        footer = Footer(canvas, frame, mark)
        for copy, (label, colour) in enumerate(card.copies, start=1):
            _card_page(canvas, frame, head, letter, card, label, colour)
            footer.draw(copy, len(card.copies), label="")  # the copy is named at the top
            canvas.showPage()
        canvas.save()
    return len(card.copies)


def _card_page(
    canvas: Canvas,
    frame: Frame,
    head: Letterhead,
    letter: LetterRecord,
    card: ControlCardInfo,
    label: str,
    colour: tuple[float, float, float],
) -> None:
    left, right = frame.left, frame.right
    w = right - left
    if colour != (1.0, 1.0, 1.0):  # a band on the copy's colour, for white stock too
        canvas.saveState()
        canvas.setFillColorRGB(*colour)
        canvas.rect(0, frame.height - 3 * mm, frame.width, 3 * mm, stroke=0, fill=1)
        canvas.restoreState()
    top = draw_letterhead(canvas, frame, head, compact=True)
    canvas.setFont(FONT_BOLD, 9)
    canvas.drawString(left, top - 3.2 * mm, "KARTU KENDALI SURAT MASUK")
    canvas.setFont(FONT, 7)
    canvas.drawRightString(right - 9 * mm, top - 3.2 * mm, label)
    # M/K: this card is for an incoming letter (M), boxed.
    canvas.setLineWidth(0.8)
    canvas.rect(right - 6.5 * mm, top - 4.6 * mm, 6.5 * mm, 5 * mm)
    canvas.setFont(FONT_BOLD, 10)
    canvas.drawCentredString(right - 3.25 * mm, top - 3.6 * mm, "M")
    y = top - 5.5 * mm
    row = 6.6 * mm
    canvas.setLineWidth(0.6)

    def boxes(cells: list[tuple[str, str, float]], height: float = row) -> None:
        nonlocal y
        x = left
        for name, value, share in cells:
            cw = w * share
            canvas.rect(x, y - height, cw, height)
            canvas.setFont(FONT, 6)
            canvas.drawString(x + 1 * mm, y - 2.4 * mm, name)
            canvas.setFont(FONT_BOLD, 7)
            room = max(1, int((height - 2.9 * mm) / (2.9 * mm)))
            lines = simpleSplit(value, FONT_BOLD, 7, cw - 2 * mm)
            if len(lines) > room:
                lines = [*lines[: room - 1], lines[room - 1].rstrip() + " …"]
            for i, line in enumerate(lines):
                canvas.drawString(x + 1 * mm, y - 5.1 * mm - i * 2.9 * mm, line)
            x += cw
        y -= height

    boxes(
        [
            ("Indeks", card.indeks or "", 0.45),
            ("Kode", letter.kode, 0.3),
            ("No. urut (agenda)", str(letter.seq), 0.25),
        ]
    )
    isi = letter.perihal + (f" — {letter.isi_ringkas}" if letter.isi_ringkas else "")
    boxes([("Isi ringkas", isi, 0.75), ("Lampiran", letter.lampiran or "-", 0.25)], row * 1.45)
    boxes([("Dari", letter.asal, 0.5), ("Kepada", card.kepada or "", 0.5)], row * 1.45)
    boxes(
        [
            ("Tanggal surat", tanggal(letter.tanggal_surat), 0.3),
            ("Nomor surat", letter.nomor_surat, 0.45),
            ("Diterima", tanggal_jam(letter.received_at), 0.25),
        ],
        row * 1.2,
    )
    note = letter.keterangan
    if letter.voided:
        note = f"DIBATALKAN: {letter.void_reason}" + (f"; {note}" if note else "")
    boxes(
        [("Pengolah", card.pengolah or "", 0.45), ("Paraf", "", 0.15), ("Catatan", note, 0.4)],
        max(row, y - frame.bottom - 1 * mm),
    )
