"""The SOP document in the Permenpan RB 35/2012 format: identity page, then the flowchart
table with the five symbols, its header row repeated on every page."""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, Paragraph, Spacer, Table, TableStyle

from sopdesk.domain.flowchart import Anchor, FlowPage, FlowSymbol, Point, SymbolKind, layout, paginate
from sopdesk.domain.printing import Letterhead, PageSetup, PrintMark, nip_bkn
from sopdesk.domain.sop import SopDefinition
from sopdesk.domain.workdays import format_days
from sopdesk.reports.base import (
    FONT,
    FONT_BOLD,
    CancelledError,
    Footer,
    Frame,
    Progress,
    atomic_pdf,
    new_canvas,
    register_fonts,
)

# Relative column widths: No, Uraian, each lane, Kelengkapan, Waktu, Output, Keterangan.
W_NO, W_URAIAN, W_LANE, W_KEL, W_WAKTU, W_OUTPUT, W_KET = 8, 46, 20, 36, 11, 26, 24
HEADER_H = (7 * mm, 9 * mm)
MIN_ROW_H = 17 * mm
TITLE_H = 8 * mm
PAD = 1.4 * mm


def _style(size: float = 7.2, bold: bool = False, align: int = 0) -> ParagraphStyle:
    return ParagraphStyle(
        "s", fontName=FONT_BOLD if bold else FONT, fontSize=size, leading=size * 1.22, alignment=align
    )


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _dashes(items: tuple[str, ...]) -> str:
    return "<br/>".join(f"- {_esc(i)}" for i in items)


def _numbered(items: tuple[str, ...]) -> str:
    return "<br/>".join(f"{n}. {_esc(i)}" for n, i in enumerate(items, start=1)) or "–"


def format_waktu(value: object) -> str:
    """Working days as the office writes them on paper: "0,5", "30"."""
    return format_days(Decimal(str(value)))


@dataclass(frozen=True)
class Columns:
    xs: tuple[float, ...]  # left edge of every column, then the right edge of the last
    lanes: int

    @property
    def lane_left(self) -> float:
        return self.xs[2]

    @property
    def lane_width(self) -> float:
        return self.xs[3] - self.xs[2]

    def cell(self, index: int) -> tuple[float, float]:
        return self.xs[index], self.xs[index + 1] - self.xs[index]


def columns(frame: Frame, lanes: int) -> Columns:
    weights = [W_NO, W_URAIAN] + [W_LANE] * lanes + [W_KEL, W_WAKTU, W_OUTPUT, W_KET]
    scale = frame.content_width / sum(weights)
    xs = [frame.left]
    for w in weights:
        xs.append(xs[-1] + w * scale)
    return Columns(tuple(xs), lanes)


def _row_cells(sop: SopDefinition, step_no: int) -> list[tuple[int, Paragraph]]:
    """The text cells of a step row: (column index, paragraph), lanes excluded."""
    step = sop.step(step_no)
    n = len(sop.lanes)
    return [
        (0, Paragraph(str(step.no), _style(align=TA_CENTER))),
        (1, Paragraph(_esc(step.uraian), _style())),
        (2 + n, Paragraph(_dashes(step.kelengkapan), _style())),
        (3 + n, Paragraph(format_waktu(step.waktu_hari), _style(align=TA_CENTER))),
        (4 + n, Paragraph(_dashes(step.output), _style())),
        (5 + n, Paragraph(_esc(step.keterangan), _style())),
    ]


def _row_height(cells: list[tuple[int, Paragraph]], cols: Columns) -> float:
    tallest = 0.0
    for index, para in cells:
        _, width = cols.cell(index)
        _, h = para.wrap(width - 2 * PAD, 10_000)
        tallest = max(tallest, h)
    return float(max(MIN_ROW_H, tallest + 2 * PAD))


def _identity_table(
    sop: SopDefinition, frame: Frame, head: Letterhead, size: float, dates: tuple[str, str, str]
) -> Table:
    ident = sop.identity
    s, b, c = _style(size), _style(size, bold=True), _style(size + 1.5, bold=True, align=TA_CENTER)
    # Logo and units: the office's letterhead (Pengaturan › Kop dan Kertas), as on its other papers.
    units = [Paragraph(_esc(line.upper()), c) for line in head.lines]
    left: list[object] = []
    if head.logo:
        image = ImageReader(io.BytesIO(head.logo))
        iw, ih = image.getSize()
        left.append(Image(io.BytesIO(head.logo), width=22 * mm * iw / ih, height=22 * mm))
    left.extend(units)
    signer = ident.disahkan_oleh
    # The signer block: jabatan, room for the wet signature and cap (about 25 mm), the name bold
    # and underlined, the NIP grouped as BKN writes it.
    signed = [
        Paragraph(f"<b>{_esc(signer.jabatan.upper())}</b>", _style(size, align=TA_CENTER)),
        Spacer(1, 22 * mm),
        Paragraph(f"<b><u>{_esc(signer.nama)}</u></b>", _style(size, align=TA_CENTER)),
        Paragraph(f"NIP. {_esc(nip_bkn(signer.nip))}", _style(size, align=TA_CENTER)),
    ]
    dash = "–"
    made, revised, effective = dates
    data = [
        [left, Paragraph("Nomor SOP", s), Paragraph(_esc(ident.nomor), b)],
        ["", Paragraph("Tanggal Pembuatan", s), Paragraph(_esc(made or dash), s)],
        ["", Paragraph("Tanggal Revisi", s), Paragraph(_esc(revised or dash), s)],
        ["", Paragraph("Tanggal Efektif", s), Paragraph(_esc(effective or dash), s)],
        ["", Paragraph("Disahkan oleh", s), signed],
        ["", Paragraph("Nama SOP", s), Paragraph(_esc(ident.judul.upper()), b)],
        [Paragraph("Dasar Hukum:", b), Paragraph("Kualifikasi Pelaksana:", b), ""],
        [Paragraph(_numbered(ident.dasar_hukum), s), Paragraph(_numbered(ident.kualifikasi_pelaksana), s), ""],
        [Paragraph("Keterkaitan:", b), Paragraph("Peralatan/Perlengkapan:", b), ""],
        [Paragraph(_numbered(ident.keterkaitan), s), Paragraph(_numbered(ident.peralatan), s), ""],
        [Paragraph("Peringatan:", b), Paragraph("Pencatatan dan Pendataan:", b), ""],
        [Paragraph(_numbered(ident.peringatan), s), Paragraph(_numbered(ident.pencatatan), s), ""],
    ]
    w = frame.content_width
    table = Table(data, colWidths=[w * 0.5, w * 0.17, w * 0.33])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # empty cells too: no Helvetica on the page
                ("SPAN", (0, 0), (0, 5)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (0, 5), "MIDDLE"),
                ("ALIGN", (0, 0), (0, 5), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
                *[("SPAN", (1, r), (2, r)) for r in range(6, 12)],
                *[("LINEBELOW", (0, r), (-1, r), 0, colors.white) for r in (6, 8, 10)],
                *[("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eeeeee")) for r in (6, 8, 10)],
            ]
        )
    )
    return table


def _draw_identity(
    canvas: Canvas, sop: SopDefinition, frame: Frame, head: Letterhead, dates: tuple[str, str, str]
) -> None:
    room = frame.top - frame.bottom
    for size in (9.0, 8.5, 8.0, 7.5, 7.0):  # never below 7 pt: the body of the identity page
        table = _identity_table(sop, frame, head, size, dates)
        _, h = table.wrap(frame.content_width, room)
        if h <= room:
            break
    table.drawOn(canvas, frame.left, frame.top - h)


def _draw_header(canvas: Canvas, sop: SopDefinition, cols: Columns, top: float) -> float:
    """The two header rows; returns the y below them."""
    n = len(sop.lanes)
    h1, h2 = HEADER_H
    canvas.setFillColor(colors.HexColor("#e6e6e6"))
    canvas.rect(cols.xs[0], top - h1 - h2, cols.xs[-1] - cols.xs[0], h1 + h2, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    canvas.setLineWidth(0.6)
    canvas.rect(cols.xs[0], top - h1 - h2, cols.xs[-1] - cols.xs[0], h1 + h2)
    canvas.line(cols.xs[2], top - h1, cols.xs[2 + n + 3], top - h1)
    for i, x in enumerate(cols.xs[1:-1], start=1):
        spans_group = (2 < i < 2 + n) or (2 + n < i < 2 + n + 3)
        canvas.line(x, top - h1 - h2, x, top - h1 if spans_group else top)

    def centred(text: str, x0: float, x1: float, y0: float, h: float, size: float = 7.2) -> None:
        para = Paragraph(text, _style(size, bold=True, align=TA_CENTER))
        _, ph = para.wrap(x1 - x0 - 2, h)
        para.drawOn(canvas, x0 + 1, y0 + (h - ph) / 2)

    whole = h1 + h2
    centred("No", cols.xs[0], cols.xs[1], top - whole, whole)
    centred("Uraian Prosedur", cols.xs[1], cols.xs[2], top - whole, whole)
    centred("Pelaksana", cols.xs[2], cols.xs[2 + n], top - h1, h1)
    centred("Mutu Baku", cols.xs[2 + n], cols.xs[5 + n], top - h1, h1)
    centred("Ket", cols.xs[5 + n], cols.xs[6 + n], top - whole, whole)
    for i, lane in enumerate(sop.lanes):
        centred(_esc(lane.nama), cols.xs[2 + i], cols.xs[3 + i], top - whole, h2, 6.5)
    for i, text in enumerate(("Kelengkapan", "Waktu (hari)", "Output")):
        centred(text, cols.xs[2 + n + i], cols.xs[3 + n + i], top - whole, h2, 6.8)
    return float(top - whole)


@dataclass(frozen=True)
class _Rows:
    tops: list[float]
    heights: list[float]

    def y(self, row_units: float) -> float:
        row = min(int(row_units), len(self.tops) - 1)
        return self.tops[row] - (row_units - row) * self.heights[row]


def _symbol_box(sym: FlowSymbol, cols: Columns, rows: _Rows) -> tuple[float, float, float, float]:
    """(centre x, centre y, width, height) in points."""
    row = min(int(sym.y), len(rows.tops) - 1)
    cx = cols.lane_left + sym.x * cols.lane_width
    cy = rows.y(sym.y)
    w = sym.width * cols.lane_width
    if sym.kind is SymbolKind.OFF_PAGE:
        h = min(5.5 * mm, w * 0.9)
    elif sym.kind is SymbolKind.DECISION:
        h = min(rows.heights[row] * 0.62, 12 * mm)
    else:
        h = min(rows.heights[row] * 0.5, (6 if sym.secondary else 8) * mm)
    return cx, cy, w, h


def _anchor(
    point: Point | Anchor,
    symbols: tuple[FlowSymbol, ...],
    boxes: list[tuple[float, float, float, float]],
    cols: Columns,
    rows: _Rows,
) -> tuple[float, float]:
    if isinstance(point, Point):
        return cols.lane_left + point.x * cols.lane_width + point.nudge_mm * mm, rows.y(point.y)
    cx, cy, w, h = boxes[point.symbol]
    # On a diamond the point halfway up a side lies on its slanted edge.
    upper = w / 4 if symbols[point.symbol].kind is SymbolKind.DECISION else w / 2
    return {
        "top": (cx, cy + h / 2),
        "bottom": (cx, cy - h / 2),
        "left": (cx - w / 2, cy),
        "right": (cx + w / 2, cy),
        "upper_left": (cx - upper, cy + h / 4),
        "upper_right": (cx + upper, cy + h / 4),
    }[point.side]


def _draw_symbol(canvas: Canvas, sym: FlowSymbol, box: tuple[float, float, float, float]) -> None:
    cx, cy, w, h = box
    canvas.setLineWidth(0.8)
    canvas.setFillColor(colors.white)
    if sym.kind is SymbolKind.TERMINATOR:
        canvas.roundRect(cx - w / 2, cy - h / 2, w, h, h / 2, stroke=1, fill=1)
    elif sym.kind is SymbolKind.PROCESS:
        canvas.rect(cx - w / 2, cy - h / 2, w, h, stroke=1, fill=1)
    elif sym.kind is SymbolKind.DECISION:
        path = canvas.beginPath()
        path.moveTo(cx, cy + h / 2)
        path.lineTo(cx + w / 2, cy)
        path.lineTo(cx, cy - h / 2)
        path.lineTo(cx - w / 2, cy)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
    else:  # off-page connector: a pentagon pointing down
        path = canvas.beginPath()
        path.moveTo(cx - w / 2, cy + h / 2)
        path.lineTo(cx + w / 2, cy + h / 2)
        path.lineTo(cx + w / 2, cy - h / 6)
        path.lineTo(cx, cy - h / 2)
        path.lineTo(cx - w / 2, cy - h / 6)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT_BOLD, 6.5)
        canvas.drawCentredString(cx, cy - 0.5 * mm, sym.label)
    canvas.setFillColor(colors.black)


def _arrow_head(canvas: Canvas, x0: float, y0: float, x1: float, y1: float) -> None:
    size = 1.6 * mm
    dx, dy = x1 - x0, y1 - y0
    length = max((dx * dx + dy * dy) ** 0.5, 0.001)
    ux, uy = dx / length, dy / length
    path = canvas.beginPath()
    path.moveTo(x1, y1)
    path.lineTo(x1 - size * ux + size * 0.45 * uy, y1 - size * uy - size * 0.45 * ux)
    path.lineTo(x1 - size * ux - size * 0.45 * uy, y1 - size * uy + size * 0.45 * ux)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


LABEL_SIZE = 7.0


def _label(canvas: Canvas, text: str, pts: list[tuple[float, float]]) -> None:
    """ "Ya" / "Tidak" beside the first segment of its line, clear of the symbols and runs:
    - a line leaving downwards and then turning: beside the vertical, on the side away from
      the turn, just above the run;
    - a line leaving sideways and rising (a return): right of its vertical run, above the
      exit, higher than the boxes the step joins in its row;
    - a line leaving sideways and falling (to an off-page connector): under the exit."""
    (x0, y0), (x1, y1) = pts[0], pts[1]
    canvas.setFont(FONT_BOLD, LABEL_SIZE)
    if abs(x1 - x0) < 0.5:  # out of the bottom
        if len(pts) > 2 and abs(pts[2][0] - x1) > 0.5:
            if pts[2][0] < x1:  # the run turns left: the label right of the vertical
                canvas.drawString(x0 + 2 * mm, y1 + 0.7 * mm, text)
            else:
                canvas.drawRightString(x0 - 2 * mm, y1 + 0.7 * mm, text)
        else:
            canvas.drawString(x0 + 1.2 * mm, y0 - LABEL_SIZE - 0.6 * mm, text)
        return
    if len(pts) > 2 and pts[2][1] > y1:  # sideways, then up
        canvas.drawString(x1 + 1 * mm, y1 + 3.8 * mm, text)
    else:
        canvas.drawString(x0 + 1 * mm, y0 - LABEL_SIZE - 0.8 * mm, text)


def _draw_flow(canvas: Canvas, page: FlowPage, cols: Columns, rows: _Rows) -> None:
    boxes = [_symbol_box(s, cols, rows) for s in page.symbols]
    canvas.setLineWidth(0.7)
    for line in page.lines:
        pts = [_anchor(p, page.symbols, boxes, cols, rows) for p in line.points]
        a, b = line.points[0], line.points[-1]
        if (
            len(pts) == 2
            and isinstance(a, Anchor)
            and isinstance(b, Anchor)
            and a.side.startswith("upper")
            and b.side.startswith("upper")
        ):
            # A join between the lanes of one step runs level, at the height it leaves the lead.
            pts[1] = (pts[1][0], pts[0][1])
        path = canvas.beginPath()
        path.moveTo(*pts[0])
        for pt in pts[1:]:
            path.lineTo(*pt)
        canvas.drawPath(path, stroke=1, fill=0)
        if line.arrow:
            _arrow_head(canvas, *pts[-2], *pts[-1])
        if line.label:
            _label(canvas, line.label, pts)
    for sym, box in zip(page.symbols, boxes, strict=True):
        _draw_symbol(canvas, sym, box)


def plan_pages(sop: SopDefinition, frame: Frame) -> tuple[Columns, list[float], list[tuple[int, ...]]]:
    """Column edges, row heights and the steps on each flowchart page."""
    register_fonts()
    cols = columns(frame, len(sop.lanes))
    heights = [_row_height(_row_cells(sop, s.no), cols) for s in sop.steps]
    room = frame.top - frame.bottom - TITLE_H - sum(HEADER_H)
    indices = paginate(heights, room, room)
    return cols, heights, [tuple(sop.steps[i].no for i in page) for page in indices]


def render_sop(
    sop: SopDefinition,
    setup: PageSetup,
    mark: PrintMark,
    head: Letterhead,
    out: Path,
    progress: Progress | None = None,
    *,
    dates: tuple[str, str, str] = ("", "", ""),
) -> int:
    """Write the SOP document to ``out``; returns the number of pages. ``dates``: Tanggal
    Pembuatan, Revisi and Efektif as printed (``services.printing.sop_dates``)."""
    frame = Frame.of(setup)
    cols, heights, pages = plan_pages(sop, frame)
    flow = layout(sop, pages)
    total = 1 + len(flow)
    with atomic_pdf(out) as partial:
        canvas = new_canvas(partial, frame, f"SOP {sop.nomor} {sop.identity.judul}", mark)
        footer = Footer(canvas, frame, mark)
        _draw_identity(canvas, sop, frame, head, dates)
        footer.draw(1, total)
        canvas.showPage()
        if progress and not progress(1, total):
            raise CancelledError
        height_of = {s.no: h for s, h in zip(sop.steps, heights, strict=True)}
        for number, page in enumerate(flow, start=2):
            canvas.setFont(FONT_BOLD, 9)
            canvas.drawCentredString(
                (frame.left + frame.right) / 2, frame.top - 5 * mm, sop.identity.nama_prosedur.upper()
            )
            y = _draw_header(canvas, sop, cols, frame.top - TITLE_H)
            tops, row_heights = [], []
            for step_no in page.steps:
                h = height_of[step_no]
                tops.append(y)
                row_heights.append(h)
                canvas.setLineWidth(0.5)
                canvas.rect(cols.xs[0], y - h, cols.xs[-1] - cols.xs[0], h)
                for x in cols.xs[1:-1]:
                    canvas.line(x, y, x, y - h)
                for index, para in _row_cells(sop, step_no):
                    x, width = cols.cell(index)
                    _, ph = para.wrap(width - 2 * PAD, h)
                    para.drawOn(canvas, x + PAD, y - PAD - ph)
                y -= h
            _draw_flow(canvas, page, cols, _Rows(tops, row_heights))
            footer.draw(number, total)
            canvas.showPage()
            if progress and not progress(number, total):
                raise CancelledError
        canvas.save()
    return total
