"""The page template every printed document shares: fonts, paper, the kop (lambang, the
unit's lines, the address block, a double rule), the signer block, the footer with the
integrity mark (text and QR code, and what a reader of the paper should do, in words),
"Halaman X dari Y", and writing the file atomically.

No text on paper is smaller than ``MIN_SIZE`` (6 pt): what does not fit wraps instead.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from sopdesk.domain.printing import Letterhead, PageSetup, PrintMark, SignerBlock
from sopdesk.paths import resource_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FOOTER_H = 18 * mm
QR_SIZE = 16 * mm  # read from a 150 dpi scan of the paper
MIN_SIZE = 6.0  # points: nothing on paper is smaller
SIGN_SPACE = 25 * mm  # room for a wet signature and the cap

_registered = False


def register_fonts() -> None:
    """The same DejaVu Sans files the screen uses, so paper and screen match everywhere."""
    global _registered
    if _registered:
        return
    fonts = resource_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _registered = True


@dataclass(frozen=True)
class Frame:
    """The page in points: paper size and the content box inside the margins and footer."""

    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float  # above the footer

    @property
    def content_width(self) -> float:
        return self.right - self.left

    @classmethod
    def of(cls, setup: PageSetup) -> Frame:
        w_mm, h_mm = setup.size_mm
        top, right, bottom, left = setup.margins_mm
        width, height = w_mm * mm, h_mm * mm
        return cls(width, height, left * mm, width - right * mm, height - top * mm, bottom * mm + FOOTER_H)


class CancelledError(Exception):
    """Rendering stopped because the user cancelled."""


Progress = Callable[[int, int], bool]


@contextmanager
def atomic_pdf(out: Path) -> Iterator[Path]:
    """Write to ``out.partial`` and rename into place only when the whole file is written."""
    out = out.expanduser().resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    try:
        yield partial
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)


def new_canvas(path: Path, frame: Frame, title: str, mark: PrintMark) -> Canvas:
    register_fonts()
    # The initial font is ours too: otherwise every page names Helvetica, a font not embedded.
    canvas = Canvas(
        str(path), pagesize=(frame.width, frame.height), pageCompression=1, initialFontName=FONT, initialFontSize=9
    )
    canvas.setTitle(title)
    canvas.setAuthor(f"SOPDesk, dicetak oleh {mark.printed_by}")
    canvas.setCreator("SOPDesk")
    canvas.setSubject(mark.footer_text())
    canvas.setKeywords(mark.payload())  # read back by `sopdesk verify`
    return canvas


class Footer:
    """The integrity mark on every page: record, print time, who printed, the print's number,
    what to do to check it (in words), the QR code and "Halaman X dari Y". The QR code is drawn
    once into a form and reused per page."""

    FORM = "sopdesk_qr"
    SIZE = 6.5

    def __init__(self, canvas: Canvas, frame: Frame, mark: PrintMark) -> None:
        self.canvas = canvas
        self.frame = frame
        self.mark = mark
        widget = QrCodeWidget(mark.payload(), barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0])
        drawing.add(widget)
        # reportlab's graphics start from Helvetica, which would then be named (not embedded)
        # on every page: start the code's form from our own font.
        drawing.__dict__["initialFontName"] = FONT
        canvas.beginForm(self.FORM)
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.endForm()

    def draw(self, page: int, pages: int, label: str | None = None) -> None:
        """``label`` replaces "Halaman X dari Y" (a card's "Lembar 2 · kuning"); a one-page
        paper carries no page number."""
        canvas, frame, mark = self.canvas, self.frame, self.mark
        base = frame.bottom - FOOTER_H
        canvas.saveState()
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.setLineWidth(0.4)
        canvas.line(frame.left, frame.bottom - 1.5 * mm, frame.right, frame.bottom - 1.5 * mm)
        canvas.saveState()
        canvas.translate(frame.right - QR_SIZE, base)
        canvas.doForm(self.FORM)
        canvas.restoreState()
        canvas.setFillColorRGB(0.15, 0.15, 0.15)
        number = label if label is not None else (f"Halaman {page} dari {pages}" if pages > 1 else "")
        right = frame.right - QR_SIZE - 2 * mm
        if number:
            canvas.setFont(FONT_BOLD, 8)
            canvas.drawRightString(right, base + 2 * mm, number)
        width = right - frame.left
        lines = simpleSplit(mark.footer_text(), FONT, self.SIZE, width) + simpleSplit(
            mark.check_text(), FONT, self.SIZE, width - (stringWidth(number, FONT_BOLD, 8) + 3 * mm if number else 0)
        )
        leading = self.SIZE * 1.22
        y = frame.bottom - 1.5 * mm - 1.6 * mm - self.SIZE
        canvas.setFont(FONT, self.SIZE)
        for line in lines[:5]:
            canvas.drawString(frame.left, y, line)
            y -= leading
        canvas.restoreState()


@dataclass(frozen=True)
class _Kop:
    lines: list[str]
    sizes: list[float]
    address: list[str]
    address_size: float
    logo_w: float
    logo_h: float
    text_h: float
    height: float


def _kop(frame: Frame, head: Letterhead, compact: bool) -> _Kop:
    register_fonts()
    lines = [line for line in head.lines if line.strip()]
    sizes = [(11.0 if compact else 14.0) if i == 0 else (9.5 if compact else 12.0) for i in range(len(lines))]
    address_size = 6.5 if compact else 8.5
    width = frame.content_width
    logo_h = (14 if compact else 22) * mm
    logo_w = 0.0
    if head.logo:
        iw, ih = ImageReader(io.BytesIO(head.logo)).getSize()
        logo_w = min(logo_h * iw / ih, width * 0.2)
    # Text is centred on the page, as on the office's kop, clear of the lambang on both sides.
    text_w = width - 2 * (logo_w + 3 * mm) if logo_w else width
    address = [part for line in head.address_lines for part in simpleSplit(line, FONT, address_size, text_w)]
    text_h = sum(size * 1.18 for size in sizes) + len(address) * address_size * 1.25
    height = max(logo_h + 1 * mm if logo_w else 0.0, text_h + 3 * mm)
    return _Kop(lines, sizes, address, address_size, logo_w, logo_h, text_h, height)


def letterhead_height(frame: Frame, head: Letterhead, *, compact: bool = False) -> float:
    """How far below ``frame.top`` :func:`draw_letterhead` returns."""
    return float(_kop(frame, head, compact).height + 2.5 * mm)


def draw_letterhead(canvas: Canvas, frame: Frame, head: Letterhead, *, compact: bool = False) -> float:
    """Kop surat at the top of the content box, as the office's forms carry it: the lambang at
    the left, the unit's lines centred (the first largest), the address block under them, a
    double rule (thick over thin). ``compact`` for a small paper (a card): smaller type.

    Returns the y just below the rule."""
    kop = _kop(frame, head, compact)
    centre = frame.left + frame.content_width / 2
    if head.logo and kop.logo_w:
        canvas.drawImage(
            ImageReader(io.BytesIO(head.logo)),
            frame.left,
            frame.top - (kop.height + kop.logo_h) / 2,
            kop.logo_w,
            kop.logo_h,
            mask="auto",
            preserveAspectRatio=True,
        )
    y = frame.top - (kop.height - kop.text_h) / 2
    for line, size in zip(kop.lines, kop.sizes, strict=True):
        y -= size
        canvas.setFont(FONT_BOLD, size)
        canvas.drawCentredString(centre, y, line.upper())
        y -= size * 0.18
    canvas.setFont(FONT, kop.address_size)
    for line in kop.address:
        y -= kop.address_size * 1.05
        canvas.drawCentredString(centre, y, line)
        y -= kop.address_size * 0.2
    rule = frame.top - kop.height
    canvas.saveState()
    canvas.setLineWidth(1.2 if compact else 1.8)
    canvas.line(frame.left, rule, frame.right, rule)
    canvas.setLineWidth(0.5)
    canvas.line(frame.left, rule - 0.9 * mm, frame.right, rule - 0.9 * mm)
    canvas.restoreState()
    return float(rule - 2.5 * mm)


def signer_height(block: SignerBlock, width: float, size: float = 9.0, space: float = SIGN_SPACE) -> float:
    """How tall :func:`draw_signer` draws ``block``."""
    leading = size * 1.3
    jabatan = simpleSplit(block.jabatan + ",", FONT, size, width) if block.jabatan else []
    lines = max(1, (1 if block.above else 0) + len(jabatan))
    return float(size + (lines - 1) * leading + space + leading * (1 + bool(block.pangkat)) + size * 0.4)


def draw_signer(
    canvas: Canvas,
    block: SignerBlock,
    centre: float,
    top: float,
    width: float,
    *,
    size: float = 9.0,
    space: float = SIGN_SPACE,
) -> float:
    """The signer block centred on ``centre`` from ``top`` down: the line above (place and
    date, or "Mengetahui,"), the jabatan, room for the signature and cap, the NAME bold and
    underlined (a dotted line when nobody is named yet), pangkat/golongan and the NIP grouped as
    BKN writes it. Returns the y below it."""
    leading = size * 1.3
    y = top - size
    canvas.setFont(FONT, size)
    if block.above:
        canvas.drawCentredString(centre, y, block.above)
        y -= leading
    if block.jabatan:
        for line in simpleSplit(block.jabatan + ",", FONT, size, width):
            canvas.drawCentredString(centre, y, line)
            y -= leading
    y -= space - leading
    if block.nama:
        name = simpleSplit(block.nama, FONT_BOLD, size, width)[0]
        canvas.setFont(FONT_BOLD, size)
        canvas.drawCentredString(centre, y, name)
        w = stringWidth(name, FONT_BOLD, size)
        canvas.setLineWidth(0.6)
        canvas.line(centre - w / 2, y - 1.1, centre + w / 2, y - 1.1)
    else:
        canvas.setFont(FONT, size)
        canvas.drawCentredString(centre, y, "(" + "." * 48 + ")")
    canvas.setFont(FONT, size)
    if block.pangkat:
        y -= leading
        canvas.drawCentredString(centre, y, block.pangkat)
    y -= leading
    canvas.drawCentredString(centre, y, block.nip_line or ("NIP. " + "." * 36 if not block.nama else ""))
    return float(y - size * 0.4)


def strike(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """A line through ``text`` drawn at (x, y): how a voided entry is struck on paper."""
    w = stringWidth(text, font, size)
    if w <= 0:
        return
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.line(x, y + size * 0.32, x + w, y + size * 0.32)
    canvas.restoreState()
