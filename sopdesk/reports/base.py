"""The page template every printed document shares: fonts, paper, kop, footer with the
integrity mark (text and QR code), "Halaman X dari Y", and writing the file atomically."""

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
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from sopdesk.domain.printing import Letterhead, PageSetup, PrintMark
from sopdesk.paths import resource_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FOOTER_H = 16 * mm
QR_SIZE = 14 * mm

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
    canvas = Canvas(str(path), pagesize=(frame.width, frame.height), pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(f"SOPDesk, dicetak oleh {mark.printed_by}")
    canvas.setCreator("SOPDesk")
    canvas.setSubject(mark.footer_text())
    canvas.setKeywords(mark.payload())  # read back by `sopdesk verify`
    return canvas


class Footer:
    """The integrity mark on every page: record, print time, who printed, short hash, the QR
    code and "Halaman X dari Y". The QR code is drawn once into a form and reused per page."""

    FORM = "sopdesk_qr"

    def __init__(self, canvas: Canvas, frame: Frame, mark: PrintMark) -> None:
        self.canvas = canvas
        self.frame = frame
        self.mark = mark
        widget = QrCodeWidget(mark.payload(), barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0])
        drawing.add(widget)
        canvas.beginForm(self.FORM)
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.endForm()

    def draw(self, page: int, pages: int) -> None:
        canvas, frame, mark = self.canvas, self.frame, self.mark
        y = frame.bottom - FOOTER_H + 2 * mm
        canvas.saveState()
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.setLineWidth(0.4)
        canvas.line(frame.left, frame.bottom - 2 * mm, frame.right, frame.bottom - 2 * mm)
        canvas.saveState()
        canvas.translate(frame.right - QR_SIZE, y - 1 * mm)
        canvas.doForm(self.FORM)
        canvas.restoreState()
        canvas.setFillColorRGB(0.2, 0.2, 0.2)
        number = f"Halaman {page} dari {pages}"
        number_x = frame.right - QR_SIZE - 3 * mm
        canvas.setFont(FONT_BOLD, 8)
        canvas.drawRightString(number_x, y + 5 * mm, number)
        # The mark's text shrinks on small papers (a receipt, a card) rather than run under the number.
        room = number_x - stringWidth(number, FONT_BOLD, 8) - 3 * mm - frame.left
        check = f"Cetakan no. {mark.print_id}. Periksa keaslian: sopdesk verify BERKAS.pdf"
        size = min(7.0, 7.0 * room / max(stringWidth(mark.footer_text(), FONT, 7), stringWidth(check, FONT, 7)))
        canvas.setFont(FONT, size)
        canvas.drawString(frame.left, y + 7 * mm, mark.footer_text())
        canvas.drawString(frame.left, y + 3 * mm, check)
        canvas.restoreState()


def draw_letterhead(canvas: Canvas, frame: Frame, head: Letterhead) -> float:
    """Kop surat at the top of the content box: logo left, lines centred, a double rule.

    Returns the y just below the rule.
    """
    lines = [line for line in head.lines if line.strip()]
    height = max(20 * mm, 6 * mm * len(lines) + 3 * mm)
    logo_w = 0.0
    if head.logo:
        image = ImageReader(io.BytesIO(head.logo))
        iw, ih = image.getSize()
        logo_h = height - 2 * mm
        logo_w = logo_h * iw / ih
        canvas.drawImage(image, frame.left, frame.top - logo_h, logo_w, logo_h, mask="auto")
    centre = frame.left + logo_w + (frame.content_width - logo_w) / 2
    y = frame.top - 5 * mm
    for i, line in enumerate(lines):
        size = 13.0 if i == 0 else 11.5
        canvas.setFont(FONT_BOLD, size)
        canvas.drawCentredString(centre, y, line)
        y -= size * 0.42 * mm + 1.6 * mm
    rule = frame.top - height
    canvas.setLineWidth(1.6)
    canvas.line(frame.left, rule, frame.right, rule)
    canvas.setLineWidth(0.5)
    canvas.line(frame.left, rule - 1 * mm, frame.right, rule - 1 * mm)
    return float(rule - 3 * mm)
