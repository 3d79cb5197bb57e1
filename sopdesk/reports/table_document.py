"""Lists under the letterhead (OPD, officials, codes; later the agenda book): a header row
repeated on every page, wrapped cells, rows drawn straight onto the canvas.

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
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from sopdesk.domain.flowchart import paginate
from sopdesk.domain.printing import Letterhead, PageSetup, PrintMark, TableDocument
from sopdesk.reports.base import (
    FONT,
    FONT_BOLD,
    CancelledError,
    Footer,
    Frame,
    Progress,
    atomic_pdf,
    draw_letterhead,
    new_canvas,
    register_fonts,
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


def _wrap(texts: tuple[str, ...], xs: list[float], font: str) -> Wrapped:
    """Plain text cells broken into lines that fit their column (a long word is cut)."""
    cells = []
    for i, text in enumerate(texts):
        width = xs[i + 1] - xs[i] - 2 * PAD
        lines: list[str] = []
        for line in simpleSplit(text, font, SIZE, width) or [""]:
            while stringWidth(line, font, SIZE) > width and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and stringWidth(line[:cut], font, SIZE) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
            lines.append(line)
        cells.append(lines)
    return cells


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
    with atomic_pdf(out) as partial:
        canvas = new_canvas(partial, frame, doc.title, mark)
        footer = Footer(canvas, frame, mark)
        # The first page also carries the kop: measure it on the real canvas, then paginate.
        kop_bottom = draw_letterhead(canvas, frame, head)
        first_room = kop_bottom - TITLE_H - frame.bottom - header_h
        room = frame.top - frame.bottom - header_h
        pages = paginate(heights, first_room, room) or [()]
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
                y = _draw_row(canvas, _wrap(doc.rows[index], xs, FONT), xs, FONT, y, heights[index])
            footer.draw(number, len(pages))
            canvas.showPage()
            if progress and not progress(number, len(pages)):
                raise CancelledError
        canvas.save()
    return len(pages)


def _draw_row(
    canvas: Canvas, cells: Wrapped, xs: list[float], font: str, top: float, height: float, shade: bool = False
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
    return float(top - height)
