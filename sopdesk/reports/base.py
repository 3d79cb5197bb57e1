"""The page template every printed document shares: fonts, paper, footer with the
integrity mark (text and QR code), "Halaman X dari Y", and writing the file atomically."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from sopdesk.domain.printing import PageSetup, PrintMark
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


def draw_footer(canvas: Canvas, frame: Frame, mark: PrintMark, page: int, pages: int) -> None:
    """The integrity mark: record, print time, who printed, short hash, QR code, page number."""
    y = frame.bottom - FOOTER_H + 2 * mm
    canvas.saveState()
    canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
    canvas.setLineWidth(0.4)
    canvas.line(frame.left, frame.bottom - 2 * mm, frame.right, frame.bottom - 2 * mm)
    widget = QrCodeWidget(mark.payload(), barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, frame.right - QR_SIZE, y - 1 * mm)
    canvas.setFillColorRGB(0.2, 0.2, 0.2)
    canvas.setFont(FONT, 7)
    canvas.drawString(frame.left, y + 7 * mm, mark.footer_text())
    canvas.drawString(
        frame.left, y + 3 * mm, f"Cetakan no. {mark.print_id}. Periksa keaslian: sopdesk verify BERKAS.pdf"
    )
    canvas.setFont(FONT_BOLD, 8)
    canvas.drawRightString(frame.right - QR_SIZE - 3 * mm, y + 5 * mm, f"Halaman {page} dari {pages}")
    canvas.restoreState()
