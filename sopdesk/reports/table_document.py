"""Lists under the letterhead (OPD, officials, codes, the agenda book): a header row
repeated on every page, wrapped cells, rows drawn straight onto the canvas; a voided row struck
through; the book's closing (count, date, signatures) after the last row.

A long word (a nomor surat "440/123/Dinkes/XI/2026") breaks after a "/", "-" or "." rather
than inside a token; only a token wider than its column is cut between characters.

Cells are plain text, wrapped with reportlab's simpleSplit and drawn as text lines (a
platypus Paragraph per cell costs twenty times as much). Two passes: the first wraps every
row to learn its height and so the page count (for
"Halaman X dari Y"); the second draws page by page. Only row heights are kept between the
passes, never the drawn pages, so a long list does not sit in memory whole.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from sopdesk.domain.flowchart import paginate
from sopdesk.domain.printing import Closing, Letterhead, PageSetup, PrintMark, SignerBlock, TableDocument
from sopdesk.reports.base import (
    FONT,
    FONT_BOLD,
    CancelledError,
    Footer,
    Frame,
    Progress,
    atomic_pdf,
    draw_letterhead,
    draw_signer,
    new_canvas,
    register_fonts,
    signer_height,
    strike,
)

PAD = 1.3 * mm
SIZE = 8.0
LEADING = 9.8
TITLE_H = 13 * mm

Wrapped = list[list[str]]  # lines per cell


def _edges(frame: Frame, doc: TableDocument) -> list[float]:
    total = sum(w for _, w in doc.columns)
    xs = [frame.left]
    for _, w in doc.columns:
        xs.append(xs[-1] + frame.content_width * w / total)
    return xs


BREAK_AFTER = "/-.,;_)"


def _pieces(word: str) -> list[str]:
    """A word split after its separators: "440/123/Dinkes" -> ["440/", "123/", "Dinkes"]."""
    pieces: list[str] = []
    current = ""
    for ch in word:
        current += ch
        if ch in BREAK_AFTER:
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    return pieces


def _cut(piece: str, font: str, width: float) -> list[str]:
    """A piece wider than the column, cut between characters (the last resort)."""
    out: list[str] = []
    while stringWidth(piece, font, SIZE) > width and len(piece) > 1:
        cut = len(piece) - 1
        while cut > 1 and stringWidth(piece[:cut], font, SIZE) > width:
            cut -= 1
        out.append(piece[:cut])
        piece = piece[cut:]
    out.append(piece)
    return out


def wrap_text(text: str, font: str, width: float) -> list[str]:
    """``text`` in lines within ``width``: at spaces, else after a separator inside a long word,
    else (a token wider than the column) between characters."""
    lines: list[str] = []
    for paragraph in text.split("\n") or [""]:
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, font, SIZE) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
                line = ""
            if stringWidth(word, font, SIZE) <= width:
                line = word
                continue
            for piece in _pieces(word):
                for part in _cut(piece, font, width):
                    if line and stringWidth(line + part, font, SIZE) <= width:
                        line += part
                    else:
                        if line:
                            lines.append(line)
                        line = part
        lines.append(line)
    return lines or [""]


def _wrap(texts: tuple[str, ...], xs: list[float], font: str) -> Wrapped:
    """Plain text cells broken into lines that fit their column."""
    return [wrap_text(text, font, xs[i + 1] - xs[i] - 2 * PAD) for i, text in enumerate(texts)]


def _height(cells: Wrapped) -> float:
    return float(max((len(lines) for lines in cells), default=1) * LEADING + 2 * PAD)


def render_table(
    doc: TableDocument,
    setup: PageSetup,
    mark: PrintMark,
    head: Letterhead,
    out: Path,
    progress: Progress | None = None,
) -> int:
    """Write the list to ``out``; returns the number of pages."""
    register_fonts()
    frame = Frame.of(setup)
    xs = _edges(frame, doc)
    header = _wrap(tuple(name for name, _ in doc.columns), xs, FONT_BOLD)
    header_h = _height(header)
    heights = [_height(_wrap(row, xs, FONT)) for row in doc.rows]
    closing_h = _closing_height(doc, frame)
    with atomic_pdf(out) as partial:
        canvas = new_canvas(partial, frame, doc.title, mark)
        footer = Footer(canvas, frame, mark)
        # The first page also carries the kop: measure it on the real canvas, then paginate.
        kop_bottom = draw_letterhead(canvas, frame, head)
        first_room = kop_bottom - TITLE_H - frame.bottom - header_h
        room = frame.top - frame.bottom - header_h
        pages = paginate(heights, first_room, room) or [()]
        # The closing stays whole: it goes on a page of its own when the last one is full.
        last_used = (
            sum(heights[i] for i in pages[-1]) + header_h + (TITLE_H + frame.top - kop_bottom if len(pages) == 1 else 0)
        )
        closing_on_new_page = closing_h > 0 and last_used + closing_h > frame.top - frame.bottom
        total = len(pages) + (1 if closing_on_new_page else 0)
        for number, rows in enumerate(pages, start=1):
            if number == 1:
                y = kop_bottom - 5 * mm
                canvas.setFont(FONT_BOLD, 11)
                canvas.drawCentredString((frame.left + frame.right) / 2, y, doc.title.upper())
                canvas.setFont(FONT, 8.5)
                canvas.drawCentredString((frame.left + frame.right) / 2, y - 4.5 * mm, doc.subtitle)
                y = kop_bottom - TITLE_H
            else:
                y = frame.top
            y = _draw_row(canvas, header, xs, FONT_BOLD, y, header_h, shade=True)
            for index in rows:
                y = _draw_row(
                    canvas, _wrap(doc.rows[index], xs, FONT), xs, FONT, y, heights[index], struck=doc.is_struck(index)
                )
            if number == len(pages) and closing_h and not closing_on_new_page:
                _draw_closing(canvas, doc, frame, y - 4 * mm)
            footer.draw(number, total)
            canvas.showPage()
            if progress and not progress(number, total):
                raise CancelledError
        if closing_on_new_page:
            _draw_closing(canvas, doc, frame, frame.top)
            footer.draw(total, total)
            canvas.showPage()
        canvas.save()
    return total


NOTE_SIZE = 7.5
CLOSING_SIZE = 8.5


def _closing_height(doc: TableDocument, frame: Frame) -> float:
    closing = doc.closing
    notes = len(doc.notes) * NOTE_SIZE * 1.3
    if closing is None:
        return notes + (4 * mm if notes else 0)
    width = frame.content_width / max(1, len(closing.signers))
    text = len(closing.lines) * CLOSING_SIZE * 1.35
    signers = max(
        (signer_height(_with_place(closing, i), width - 10 * mm) for i in range(len(closing.signers))), default=0
    )
    return float(notes + text + 4 * mm + signers + 4 * mm)


def _with_place(closing: Closing, index: int) -> SignerBlock:
    from dataclasses import replace

    block = closing.signers[index]
    if index == len(closing.signers) - 1 and not block.above and closing.place_date:
        return replace(block, above=closing.place_date)
    return block


def _draw_closing(canvas: Canvas, doc: TableDocument, frame: Frame, top: float) -> None:
    y = top
    canvas.setFont(FONT, NOTE_SIZE)
    for note in doc.notes:
        y -= NOTE_SIZE * 1.3
        canvas.drawString(frame.left, y, note)
    closing = doc.closing
    if closing is None:
        return
    canvas.setFont(FONT, CLOSING_SIZE)
    for line in closing.lines:
        y -= CLOSING_SIZE * 1.35
        canvas.drawString(frame.left, y, line)
    y -= 4 * mm
    count = max(1, len(closing.signers))
    width = frame.content_width / count
    for i in range(len(closing.signers)):
        block = _with_place(closing, i)
        centre = frame.left + width * (i + 0.5)
        draw_signer(canvas, block, centre, y, width - 10 * mm, size=CLOSING_SIZE)


def _draw_row(
    canvas: Canvas,
    cells: Wrapped,
    xs: list[float],
    font: str,
    top: float,
    height: float,
    shade: bool = False,
    struck: bool = False,
) -> float:
    if shade:
        canvas.setFillColor(colors.HexColor("#e6e6e6"))
        canvas.rect(xs[0], top - height, xs[-1] - xs[0], height, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
    canvas.setLineWidth(0.4)
    canvas.rect(xs[0], top - height, xs[-1] - xs[0], height)
    for x in xs[1:-1]:
        canvas.line(x, top, x, top - height)
    text = canvas.beginText()
    text.setFont(font, SIZE, LEADING)
    for x, lines in zip(xs, cells, strict=False):
        text.setTextOrigin(x + PAD, top - PAD - SIZE)
        for line in lines:
            text.textLine(line)
    canvas.drawText(text)
    if struck:
        # A voided entry, struck through as the clerk does in the paper book: every line of
        # every cell except the remark that says why (the number stays legible under the line).
        for column, (x, lines) in enumerate(zip(xs, cells, strict=False)):
            if column == len(cells) - 1:
                continue
            for i, line in enumerate(lines):
                strike(canvas, x + PAD, top - PAD - SIZE - i * LEADING, line, font, SIZE)
    return float(top - height)
