"""Papers of a disposition: the Lembar Disposisi (blank or filled) on half folio under the
letterhead, and the Kartu Penerus Disposisi that travels with the letter."""

from __future__ import annotations

import math
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from sopdesk.domain.dates import hari_tanggal, tanggal
from sopdesk.domain.disposition import DispositionSheet, HandOver, RoutingCard
from sopdesk.domain.printing import Letterhead, PageSetup, PrintMark, SignerBlock
from sopdesk.reports.base import (
    FONT,
    FONT_BOLD,
    Footer,
    Frame,
    atomic_pdf,
    draw_letterhead,
    draw_signer,
    letterhead_height,
    new_canvas,
)

TICK = "\u2713"
BOX = 3.0 * mm
ROW = 4.6 * mm
PAD = 1.6 * mm
SMALL = 7.0
TEXT = 8.0
BLANK_LINES = 2
DOTS_GREY = (0.3, 0.3, 0.3)
SIGN_SPACE = 20 * mm  # the half folio's room for the signature and cap


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` within ``width``; a word longer than the line (a long nomor surat
    without spaces) is broken between characters."""
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width) or [""]:
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def _fit(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """``text`` wrapped to ``width``; the last allowed line ends in "…" when it does not fit."""
    lines = _wrap(text, font, size, width)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and stringWidth(last + " …", font, size) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + " …"
    return kept


def _one_line(canvas: Canvas, x: float, y: float, text: str, width: float, size: float = TEXT) -> None:
    """One line of text in ``width``: smaller type (down to 6.5 pt) before it is cut short."""
    while size > 6.5 and stringWidth(text, FONT, size) > width:
        size -= 0.25
    canvas.setFont(FONT, size)
    canvas.drawString(x, y, _fit(text, FONT, size, width, 1)[0])


def _dotted(canvas: Canvas, x0: float, x1: float, y: float) -> None:
    canvas.saveState()
    canvas.setStrokeColorRGB(*DOTS_GREY)
    canvas.setLineWidth(0.4)
    canvas.setDash(0.6, 1.6)
    canvas.line(x0, y, x1, y)
    canvas.restoreState()


def _checkbox(canvas: Canvas, x: float, y: float, ticked: bool) -> None:
    """A box whose bottom-left is (x, y - 0.6 mm), ticked with a check mark when asked."""
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.rect(x, y - 0.6 * mm, BOX, BOX)
    if ticked:
        canvas.setFont(FONT_BOLD, 9.5)
        canvas.drawString(x + 0.25 * mm, y - 0.1 * mm, TICK)
    canvas.restoreState()


def _label_value(
    canvas: Canvas, x: float, y: float, label_w: float, width: float, label: str, value: str | None, max_lines: int = 2
) -> float:
    """ "Label : value" with the value wrapped in the rest of ``width``; returns the next y."""
    canvas.setFont(FONT, TEXT)
    canvas.drawString(x, y, label)
    canvas.drawString(x + label_w - 2 * mm, y, ":")
    if value is None:  # a blank sheet without a letter: a line to write on
        _dotted(canvas, x + label_w, x + width, y - 0.4 * mm)
        return float(y - ROW)
    lines = _fit(value or "-", FONT, TEXT, width - label_w, max_lines)
    for line in lines:
        canvas.drawString(x + label_w, y, line)
        y -= ROW * 0.85
    return float(y - ROW * 0.15)


# --- Lembar Disposisi ----------------------------------------------------------------------


def render_disposition_sheet(
    sheet: DispositionSheet, setup: PageSetup, mark: PrintMark, head: Letterhead, out: Path
) -> int:
    """The office's Lembar Disposisi: letter data, "diteruskan kepada" and "dengan hormat harap"
    with boxes, catatan, batas waktu and the signer block. Blank: boxes empty, lines to write on."""
    frame = Frame.of(setup)
    with atomic_pdf(out) as partial:
        title = f"Lembar Disposisi {sheet.letter_number}" + (" (kosong)" if sheet.blank else "")
        canvas = new_canvas(partial, frame, title, mark)
        footer = Footer(canvas, frame, mark)
        left, right = frame.left, frame.right
        width = right - left
        y = draw_letterhead(canvas, frame, head) - 1.5 * mm
        canvas.setFont(FONT_BOLD, 12)
        canvas.drawCentredString(left + width / 2, y - 3 * mm, "LEMBAR DISPOSISI")
        if sheet.withdrawn:
            canvas.saveState()
            canvas.setFillColorRGB(0.75, 0.0, 0.0)
            canvas.setFont(FONT_BOLD, 8)
            canvas.drawRightString(right, y - 3 * mm, f"DITARIK: {sheet.withdraw_reason}"[:90])
            canvas.restoreState()
        top = y - 5.5 * mm
        bottom = frame.bottom
        canvas.setLineWidth(0.8)
        canvas.rect(left, bottom, width, top - bottom)
        canvas.setLineWidth(0.5)

        # A: the letter, two columns (a blank sheet without a letter: lines to write on).
        known = sheet.has_letter

        def v(value: str) -> str | None:
            return value if known else None

        split = left + width * 0.56
        lw = split - left - 2 * PAD
        y_left = _label_value(canvas, left + PAD, top - ROW, 24 * mm, lw, "Surat dari", v(sheet.asal))
        y_left = _label_value(canvas, left + PAD, y_left, 24 * mm, lw, "No. Surat", v(sheet.nomor_surat))
        y_left = _label_value(
            canvas,
            left + PAD,
            y_left,
            24 * mm,
            lw,
            "Tgl. Surat",
            v(tanggal(sheet.tanggal_surat)) if sheet.tanggal_surat else None,
            1,
        )
        rw = right - split - 2 * PAD
        received = tanggal(sheet.received_at.date()) if sheet.received_at else None
        y_right = _label_value(canvas, split + PAD, top - ROW, 24 * mm, rw, "Diterima Tgl.", received, 1)
        y_right = _label_value(canvas, split + PAD, y_right, 24 * mm, rw, "No. Agenda", v(sheet.letter_number), 1)
        y_right = _label_value(canvas, split + PAD, y_right, 24 * mm, rw, "Sifat", v(sheet.sifat), 1)
        y_right = _label_value(canvas, split + PAD, y_right, 24 * mm, rw, "Urgensi", v(sheet.urgensi), 1)
        y = min(y_left, y_right) + ROW * 0.35
        canvas.line(split, top, split, y)
        canvas.line(left, y, right, y)

        # B: perihal, full width.
        y = (
            _label_value(canvas, left + PAD, y - ROW, 24 * mm, width - 2 * PAD, "Perihal", v(sheet.perihal))
            + ROW * 0.35
        )
        canvas.line(left, y, right, y)

        # C: diteruskan kepada | dengan hormat harap.
        split = left + width * 0.5
        items = list(sheet.instruction_lines)
        half = math.ceil(len(items) / 2)
        extra = list(sheet.extra_instructions)
        extra_rows = max(BLANK_LINES, len(extra))
        rows = max(len(sheet.recipient_lines) + BLANK_LINES, half + extra_rows)
        section_top = y
        canvas.setFont(FONT_BOLD, TEXT)
        canvas.drawString(left + PAD, y - ROW, "Diteruskan kepada Sdr.:")
        canvas.drawString(split + PAD, y - ROW, "Dengan hormat harap:")
        y_rows = y - ROW * 2
        for i in range(rows):
            ry = y_rows - i * ROW
            if i < len(sheet.recipient_lines):
                label, ticked = sheet.recipient_lines[i]
                _checkbox(canvas, left + PAD, ry, ticked)
                _one_line(canvas, left + PAD + BOX + 1.5 * mm, ry, label, split - left - BOX - 2 * PAD - 1.5 * mm)
            elif i < len(sheet.recipient_lines) + BLANK_LINES:
                _checkbox(canvas, left + PAD, ry, False)
                _dotted(canvas, left + PAD + BOX + 1.5 * mm, split - 2 * PAD, ry - 0.3 * mm)
        col_w = (right - split - 2 * PAD) / 2
        for i, (item, ticked) in enumerate(items):
            x = split + PAD + (i // half) * col_w
            ry = y_rows - (i % half) * ROW
            _checkbox(canvas, x, ry, ticked)
            _one_line(canvas, x + BOX + 1.5 * mm, ry, item, col_w - BOX - 3 * mm)
        for j in range(extra_rows):
            ry = y_rows - (half + j) * ROW
            x = split + PAD
            _checkbox(canvas, x, ry, j < len(extra))
            if j < len(extra):
                _one_line(canvas, x + BOX + 1.5 * mm, ry, extra[j], right - x - BOX - 2 * PAD - 1.5 * mm)
            else:
                _dotted(canvas, x + BOX + 1.5 * mm, right - 2 * PAD, ry - 0.3 * mm)
        y = y_rows - (rows - 1) * ROW - ROW * 0.75
        canvas.line(split, section_top, split, y)
        canvas.line(left, y, right, y)

        # D: catatan and batas waktu | the signer.
        split = left + width * 0.56
        canvas.line(split, y, split, bottom)
        _notes(canvas, sheet, left + PAD, split - PAD, y - ROW, bottom + PAD)
        _signer(canvas, sheet, (split + right) / 2, y - ROW, bottom + PAD)
        footer.draw(1, 1)
        canvas.showPage()
        canvas.save()
    return 1


def _notes(canvas: Canvas, sheet: DispositionSheet, x0: float, x1: float, y: float, floor: float) -> None:
    canvas.setFont(FONT_BOLD, TEXT)
    canvas.drawString(x0, y, "Catatan (petunjuk dan arahan):")
    due_y = floor + 1.2 * mm
    canvas.setFont(FONT_BOLD, TEXT)
    canvas.drawString(x0, due_y, "Batas waktu")
    canvas.drawString(x0 + 19 * mm, due_y, ":")
    if sheet.due_date is not None:
        canvas.drawString(x0 + 21 * mm, due_y, hari_tanggal(sheet.due_date))
    else:
        _dotted(canvas, x0 + 21 * mm, x1, due_y - 0.5 * mm)
    room_top, room_bottom = y - ROW, due_y + ROW * 0.9
    if sheet.transcribed_by:
        canvas.setFont(FONT, 6.3)
        canvas.setFillColorRGB(0.3, 0.3, 0.3)
        canvas.drawString(
            x0, room_bottom - 0.6 * mm, f"Disalin dari disposisi tulisan tangan oleh {sheet.transcribed_by}."
        )
        canvas.setFillColorRGB(0, 0, 0)
        room_bottom += ROW * 0.7
    if sheet.blank:
        ly = room_top
        while ly >= room_bottom:
            _dotted(canvas, x0, x1, ly - 0.3 * mm)
            ly -= ROW
        return
    size = TEXT + 0.5
    capacity = int((room_top - room_bottom) / (size * 1.3)) + 1
    paragraphs = sheet.catatan.splitlines() or [""]
    lines = [part for p in paragraphs for part in _wrap(p, FONT, size, x1 - x0)]
    while len(lines) > capacity and size > 6.5:
        size -= 0.5
        capacity = int((room_top - room_bottom) / (size * 1.3)) + 1
        lines = [part for p in paragraphs for part in _wrap(p, FONT, size, x1 - x0)]
    if len(lines) > capacity:
        lines = [*lines[: capacity - 1], "… (selengkapnya di SOPDesk)"]
    canvas.setFont(FONT, size)
    ly = room_top
    for line in lines:
        canvas.drawString(x0, ly, line)
        ly -= size * 1.3


def _signer(canvas: Canvas, sheet: DispositionSheet, centre: float, y: float, floor: float) -> None:
    """The signer block: place and date, the jabatan, room for the signature and cap, the NAME
    bold and underlined, pangkat/golongan, the NIP grouped as BKN writes it. Blank: lines."""
    when = tanggal(sheet.written_at.date()) if sheet.written_at is not None else "." * 40
    if sheet.signer is not None:
        block = SignerBlock(
            sheet.signer.jabatan, sheet.signer.nama, sheet.signer_pangkat, sheet.signer.nip, f"{sheet.place}, {when}"
        )
    else:
        block = SignerBlock(sheet.signer_jabatan, "", "", "", f"{sheet.place}, {when}")
    room = y + ROW - floor
    space = SIGN_SPACE if room > 38 * mm else max(12 * mm, room - 24 * mm)
    draw_signer(canvas, block, centre, y + ROW * 0.7, 80 * mm, size=TEXT, space=space)


# --- Kartu Penerus Disposisi -----------------------------------------------------------------

CARD_COLUMNS = (
    ("No", 0.05),
    ("Tanggal", 0.11),
    ("Dari", 0.19),
    ("Kepada", 0.21),
    ("Instruksi / isi disposisi", 0.24),
    ("Batas waktu", 0.10),
    ("Paraf", 0.10),
)
CARD_ROW = 7.6 * mm


def render_routing_card(card: RoutingCard, setup: PageSetup, mark: PrintMark, head: Letterhead, out: Path) -> int:
    """The routing card: the letter and its first disposition, then one row per hand-over with
    date and a paraf box, and empty rows to fill by hand; more pages when the chain is long."""
    frame = Frame.of(setup)
    pages = _card_pages(list(card.rows), frame, letterhead_height(frame, head) + HEADER_H)
    with atomic_pdf(out) as partial:
        canvas = new_canvas(partial, frame, f"Kartu Penerus Disposisi {card.letter_number}", mark)
        footer = Footer(canvas, frame, mark)
        start = 0
        for number, page in enumerate(pages, start=1):
            if number == 1:
                top = _card_header(canvas, card, head, frame)
            else:
                canvas.setFont(FONT_BOLD, 8)
                canvas.drawString(
                    frame.left, frame.top - 4 * mm, f"KARTU PENERUS DISPOSISI {card.letter_number} (lanjutan)"
                )
                top = frame.top - CONTINUED_H
            _card_table(canvas, page, frame.left, frame.right - frame.left, top, start)
            start += len(page)
            footer.draw(number, len(pages))
            canvas.showPage()
        canvas.save()
    return len(pages)


HEADER_H = 51.7 * mm  # under the kop: the title and the four rows of boxes above the table
CONTINUED_H = 8 * mm


def _card_pages(rows: list[HandOver], frame: Frame, first_header: float) -> list[list[HandOver | None]]:
    """Rows per page; the last page is filled up with empty rows for hand-overs on paper."""
    pages: list[list[HandOver | None]] = []
    remaining: list[HandOver | None] = list(rows)
    while True:
        top = frame.top - (first_header if not pages else CONTINUED_H)
        capacity = max(1, int((top - frame.bottom - 5.5 * mm - 1 * mm) / CARD_ROW))
        page, remaining = remaining[:capacity], remaining[capacity:]
        if not remaining:
            pages.append(page + [None] * (capacity - len(page)))
            return pages
        pages.append(page)


def _card_header(canvas: Canvas, card: RoutingCard, head: Letterhead, frame: Frame) -> float:
    left, right = frame.left, frame.right
    width = right - left
    top = draw_letterhead(canvas, frame, head)
    canvas.setFont(FONT_BOLD, 12)
    canvas.drawCentredString(left + width / 2, top - 4 * mm, "KARTU PENERUS DISPOSISI")
    y = top - 6 * mm
    canvas.setLineWidth(0.6)
    box_row = 8.2 * mm

    def boxes(cells: list[tuple[str, str, float]], height: float = box_row) -> None:
        nonlocal y
        x = left
        for label, value, share in cells:
            cw = width * share
            canvas.rect(x, y - height, cw, height)
            canvas.setFont(FONT, 6.5)
            canvas.drawString(x + 1.2 * mm, y - 2.7 * mm, label)
            canvas.setFont(FONT_BOLD, 7.8)
            max_lines = max(1, int((height - 3.2 * mm) / (3.3 * mm)))
            if value:
                for i, line in enumerate(_fit(value, FONT_BOLD, 7.8, cw - 2.4 * mm, max_lines)):
                    canvas.drawString(x + 1.2 * mm, y - 5.8 * mm - i * 3.3 * mm, line)
            else:
                _dotted(canvas, x + 1.2 * mm, x + cw - 1.2 * mm, y - height + 1.6 * mm)
            x += cw
        y -= height

    boxes(
        [
            ("No. Agenda", card.letter_number, 0.25),
            ("Tanggal terima", tanggal(card.received_at.date()) if card.received_at else "", 0.2),
            ("Asal surat", card.asal, 0.55),
        ]
    )
    boxes(
        [
            ("Nomor surat", card.nomor_surat, 0.45),
            ("Tanggal surat", tanggal(card.tanggal_surat), 0.2),
            ("Perihal", card.perihal, 0.35),
        ],
        box_row + 3.3 * mm,
    )
    boxes([("Dari", card.from_nama, 0.4), ("Kepada", card.to_nama, 0.6)], box_row + 3.3 * mm)
    boxes(
        [
            ("Instruksi", card.instruction, 0.75),
            ("Batas waktu", tanggal(card.due_date) if card.due_date else "", 0.25),
        ],
        box_row + 3.3 * mm,
    )
    return float(y - 3 * mm)


def _card_table(canvas: Canvas, rows: list[HandOver | None], left: float, width: float, top: float, start: int) -> None:
    header_h = 5.5 * mm
    x = left
    canvas.setLineWidth(0.6)
    canvas.setFillColorRGB(0.9, 0.92, 0.95)
    canvas.rect(left, top - header_h, width, header_h, fill=1, stroke=0)
    canvas.setFillColorRGB(0, 0, 0)
    for label, share in CARD_COLUMNS:
        cw = width * share
        canvas.rect(x, top - header_h, cw, header_h)
        canvas.setFont(FONT_BOLD, 7)
        canvas.drawCentredString(x + cw / 2, top - 3.7 * mm, label)
        x += cw
    y = top - header_h
    for n, row in enumerate(rows, start=start + 1):
        x = left
        values = (
            [
                str(n),
                row.tanggal.strftime("%d-%m-%Y"),
                row.from_nama,
                row.to_nama,
                row.instruction,
                row.due_date.strftime("%d-%m-%Y") if row.due_date else "",
                "",
            ]
            if row
            else [str(n), "", "", "", "", "", ""]
        )
        for (_label, share), value in zip(CARD_COLUMNS, values, strict=True):
            cw = width * share
            canvas.rect(x, y - CARD_ROW, cw, CARD_ROW)
            canvas.setFont(FONT, 6.8)
            for i, line in enumerate(_fit(value, FONT, 6.8, cw - 2 * mm, 2)):
                canvas.drawString(x + 1 * mm, y - 3 * mm - i * 3 * mm, line)
            x += cw
        y -= CARD_ROW
