"""The tanda terima of one distribution of the Berkas SP (the SOP's last step): what was
handed over, for which case and letter, to whom, when, and two signature blocks.

Half folio by default. A long list (many jenis layanan, many items, a long note) runs on to a
second page rather than being cut; the signature blocks always stay together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from sopdesk.domain.cases import DistributionReceipt
from sopdesk.domain.dates import hari_tanggal, tanggal
from sopdesk.domain.printing import Letterhead, PageSetup, PrintMark, nip_bkn
from sopdesk.reports.base import (
    FONT,
    FONT_BOLD,
    Footer,
    Frame,
    atomic_pdf,
    draw_letterhead,
    new_canvas,
    register_fonts,
)

SIZE = 9.0
LEADING = SIZE * 1.4
LABEL_W = 40 * mm
SIGN_SPACE = 22 * mm  # room for the signature and the cap above the name
BLANK_NIP = "NIP. ......................................"

Draw = Callable[[Canvas, float], None]


@dataclass(frozen=True)
class _Line:
    height: float
    draw: Draw


def _field(label: str, values: tuple[str, ...], x: float, width: float, *, bold: bool = False) -> list[_Line]:
    """``label : value`` with the value wrapped under itself; several values are numbered, one
    a line, with a hanging indent."""
    lines: list[_Line] = []
    value_x = x + LABEL_W
    font = FONT_BOLD if bold else FONT
    numbered = len(values) > 1
    indent = 6 * mm if numbered else 0.0
    for number, value in enumerate(values or ("-",), start=1):
        wrapped = simpleSplit(value or "-", font, SIZE, width - LABEL_W - indent) or ["-"]
        for index, part in enumerate(wrapped):
            first_of_value = index == 0

            def draw(
                canvas: Canvas,
                y: float,
                part: str = part,
                show_label: bool = not lines,
                prefix: str = f"{number}." if numbered and first_of_value else "",
            ) -> None:
                canvas.setFont(FONT, SIZE)
                if show_label:
                    canvas.drawString(x, y, label)
                    canvas.drawString(value_x - 3 * mm, y, ":")
                if prefix:
                    canvas.drawString(value_x, y, prefix)
                canvas.setFont(font, SIZE)
                canvas.drawString(value_x + indent, y, part)

            lines.append(_Line(LEADING, draw))
    return lines


def _signatures(receipt: DistributionReceipt, giver: tuple[str, str, str], place: str, frame: Frame) -> _Line:
    """Place and date, then "Yang menyerahkan" (the clerk) and "Yang menerima" (for the unit),
    names under the room for signatures; the receiver's NIP is left to be written in."""
    half = frame.content_width / 2
    left_c, right_c = frame.left + half / 2, frame.left + half * 1.5
    width = half - 8 * mm
    giver_nama, giver_nip, giver_jabatan = giver
    left_role = simpleSplit(giver_jabatan, FONT, SIZE - 0.5, width)[:2] if giver_jabatan else []
    right_role = simpleSplit(receipt.to, FONT, SIZE - 0.5, width)[:2]
    role_lines = max(len(left_role), len(right_role))
    height = LEADING * (3 + role_lines) + SIGN_SPACE + LEADING + 2 * mm

    def draw(canvas: Canvas, y: float) -> None:
        canvas.setFont(FONT, SIZE)
        canvas.drawCentredString(right_c, y, f"{place}, {tanggal(receipt.at.date())}")
        y -= LEADING + 1 * mm
        canvas.drawCentredString(left_c, y, "Yang menyerahkan,")
        canvas.drawCentredString(right_c, y, "Yang menerima,")
        canvas.setFont(FONT, SIZE - 0.5)
        for i in range(role_lines):
            y -= LEADING
            if i < len(left_role):
                canvas.drawCentredString(left_c, y, left_role[i])
            if i < len(right_role):
                canvas.drawCentredString(right_c, y, right_role[i])
        y -= SIGN_SPACE + LEADING
        for centre, nama in ((left_c, giver_nama), (right_c, receipt.received_by)):
            canvas.setFont(FONT_BOLD, SIZE)
            text = (simpleSplit(nama, FONT_BOLD, SIZE, width) or ["-"])[0]
            canvas.drawCentredString(centre, y, text)
            line_w = max(canvas.stringWidth(text, FONT_BOLD, SIZE), 45 * mm)
            canvas.setLineWidth(0.5)
            canvas.line(centre - line_w / 2, y - 1.2 * mm, centre + line_w / 2, y - 1.2 * mm)
        y -= LEADING + 0.8 * mm
        canvas.setFont(FONT, SIZE - 0.5)
        canvas.drawCentredString(left_c, y, f"NIP. {nip_bkn(giver_nip)}" if giver_nip else BLANK_NIP)
        canvas.drawCentredString(right_c, y, BLANK_NIP)

    return _Line(height, draw)


def _layout(lines: list[_Line], first_top: float, top: float, bottom: float) -> list[tuple[int, float, _Line]]:
    """(page, y, line) for every line; a line that does not fit starts the next page."""
    placed: list[tuple[int, float, _Line]] = []
    page, y = 1, first_top
    for line in lines:
        if y - line.height < bottom and y != top:
            page, y = page + 1, top
        placed.append((page, y, line))
        y -= line.height
    return placed


def render_distribution_receipt(
    receipt: DistributionReceipt,
    giver: tuple[str, str, str],
    place: str,
    setup: PageSetup,
    mark: PrintMark,
    head: Letterhead,
    out: Path,
) -> int:
    """The tanda terima under the letterhead; returns the number of pages (1 unless the lists
    are very long)."""
    register_fonts()  # the lines are measured before the canvas exists
    frame = Frame.of(setup)
    x, width = frame.left, frame.content_width
    centre = (frame.left + frame.right) / 2
    at = receipt.at
    fields: list[_Line] = []
    for label, values, bold in (
        ("Nomor berkas", (receipt.case_number,), True),
        ("OPD pengaju", (receipt.opd_nama,), False),
        ("Jenis layanan", ("; ".join(receipt.jenis_layanan),), False),
        ("Surat (no. agenda)", (receipt.letter_number,), False),
        ("Perihal surat", (receipt.perihal,), False),
        ("Yang diserahkan", receipt.items, True),
        ("Diserahkan kepada", (receipt.to,), True),
        ("Waktu penyerahan", (f"{hari_tanggal(at.date())} pukul {at:%H.%M}",), False),
        *((("Catatan", (receipt.note,), False),) if receipt.note else ()),
    ):
        fields.extend(_field(label, values, x, width, bold=bold))
    spacer = _Line(3 * mm, lambda canvas, y: None)
    lines = [*fields, spacer, _signatures(receipt, giver, place, frame)]
    with atomic_pdf(out) as partial:
        canvas = new_canvas(partial, frame, f"Tanda Terima {receipt.case_number} no. {receipt.number}", mark)
        footer = Footer(canvas, frame, mark)
        y = draw_letterhead(canvas, frame, head) - 3 * mm
        canvas.setFont(FONT_BOLD, 12)
        canvas.drawCentredString(centre, y, "TANDA TERIMA")
        canvas.setFont(FONT, SIZE)
        canvas.drawCentredString(
            centre, y - 4.8 * mm, f"{receipt.step_uraian} Berkas {receipt.case_number} · distribusi ke-{receipt.number}"
        )
        placed = _layout(lines, y - 12 * mm, frame.top - 3 * LEADING, frame.bottom)
        pages = placed[-1][0]
        for page in range(1, pages + 1):
            if page > 1:
                canvas.setFont(FONT_BOLD, SIZE)
                canvas.drawString(frame.left, frame.top - LEADING, "TANDA TERIMA (lanjutan)")
                canvas.setFont(FONT, SIZE)
                canvas.drawRightString(
                    frame.right, frame.top - LEADING, f"Berkas {receipt.case_number} · distribusi ke-{receipt.number}"
                )
            for on, line_y, line in placed:
                if on == page:
                    line.draw(canvas, line_y)
            footer.draw(page, pages)
            canvas.showPage()
        canvas.save()
    return pages
