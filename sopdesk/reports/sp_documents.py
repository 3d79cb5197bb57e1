"""The papers of a Standar Pelayanan: the SK of the head of the OPD with one lampiran per jenis
layanan, the Maklumat Pelayanan (for display), the Berita Acara of the Forum Konsultasi Publik,
and the Buku Laporan that binds them (cover, daftar isi, the SK and every lampiran, the
Maklumat, the Berita Acara).

Read models in (:class:`~sopdesk.domain.sp_papers.SpBook`), PDF out. The text flows with
reportlab's platypus (a lampiran runs over as many pages as its components need, the table's
header repeated); every page carries the kop where a paper starts, and the integrity mark of
:mod:`sopdesk.reports.base` with "Halaman X dari Y". The Buku Laporan is laid out twice: the
first pass finds the page each part starts on, the second writes those numbers into the daftar
isi (the same number of lines both times, so nothing moves).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.frames import Frame as PdfFrame

from sopdesk.domain.dates import hari_tanggal, tanggal
from sopdesk.domain.printing import Letterhead, PageSetup, PrintMark
from sopdesk.domain.sp_papers import (
    BookLayanan,
    Participant,
    Signer,
    SpBook,
    decree_subject,
    decree_title,
    diktum,
    group_nip,
    lampiran_rows,
)
from sopdesk.reports.base import FONT, FONT_BOLD, Footer, Frame, atomic_pdf, draw_letterhead, register_fonts

SIZE = 11.0
LEADING = 14.5
GREY = colors.HexColor("#e6e6e6")
BLANK = "…………………………"


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=LEADING, alignment=TA_JUSTIFY)
    return {
        "body": base,
        "left": ParagraphStyle("left", parent=base, alignment=TA_LEFT),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, alignment=TA_CENTER, fontSize=12, leading=16),
        "big": ParagraphStyle("big", parent=base, fontName=FONT_BOLD, alignment=TA_CENTER, fontSize=20, leading=26),
        "pledge": ParagraphStyle("pledge", parent=base, fontSize=17, leading=27, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12.2, alignment=TA_LEFT),
        "cellb": ParagraphStyle(
            "cellb", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12.2, alignment=TA_LEFT
        ),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12, alignment=TA_CENTER),
        "small": ParagraphStyle("small", parent=base, fontSize=9.5, leading=12, alignment=TA_LEFT),
        "toc": ParagraphStyle("toc", parent=base, alignment=TA_LEFT, leading=16),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
    }


STYLES: dict[str, ParagraphStyle] = {}


def _s(name: str) -> ParagraphStyle:
    if not STYLES:
        register_fonts()
        STYLES.update(_styles())
    return STYLES[name]


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), _s(style))


# --- the page: kop where a paper starts, the integrity mark on every page --------------------------


class _Kop(Flowable):  # type: ignore[misc]
    """The letterhead at the top of the frame, where a paper starts."""

    def __init__(self, head: Letterhead) -> None:
        super().__init__()
        self.head = head
        lines = [line for line in head.lines if line.strip()]
        self.kop_height = max(20 * mm, 6 * mm * len(lines) + 3 * mm) + 6 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.kop_height

    def draw(self) -> None:
        frame = Frame(self.width, self.kop_height, 0, self.width, self.kop_height, 0)
        draw_letterhead(self.canv, frame, self.head)


class _Logo(Flowable):  # type: ignore[misc]
    """The letterhead's logo, centred, ``height`` high."""

    def __init__(self, data: bytes, height: float) -> None:
        super().__init__()
        from reportlab.lib.utils import ImageReader

        self.image = ImageReader(io.BytesIO(data))
        iw, ih = self.image.getSize()
        self.logo_height = height
        self.logo_width = height * iw / ih

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.logo_height

    def draw(self) -> None:
        x = (self.width - self.logo_width) / 2
        self.canv.drawImage(self.image, x, 0, self.logo_width, self.logo_height, mask="auto")


class _Marker(Flowable):  # type: ignore[misc]
    """Zero-size: remembers the page a part of the book starts on."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pages = getattr(self.canv, "sp_marks", None)
        if isinstance(pages, dict):
            pages.setdefault(self.key, self.canv.getPageNumber())


def _canvas_maker(frame: Frame, mark: PrintMark, title: str, marks: dict[str, int]) -> Callable[..., Canvas]:
    class PagedCanvas(Canvas):  # type: ignore[misc]
        """Pages are kept until the end, so each footer knows how many pages there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Our font from the start (the doc template passes None): otherwise every page
            # names Helvetica, a font that is not embedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 9
            super().__init__(*args, **kwargs)
            self.sp_marks = marks
            self._pages: list[dict[str, Any]] = []
            self._footer = Footer(self, frame, mark)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer.draw(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return PagedCanvas


def _build(
    out: Path, setup: PageSetup, mark: PrintMark, title: str, story: list[Flowable]
) -> tuple[int, dict[str, int]]:
    """Lay ``story`` out on the page setup; (pages, the page each marker fell on)."""
    register_fonts()
    frame = Frame.of(setup)
    marks: dict[str, int] = {}
    counted: list[int] = []
    with atomic_pdf(out) as partial:
        doc = BaseDocTemplate(
            str(partial),
            pagesize=(frame.width, frame.height),
            leftMargin=frame.left,
            rightMargin=frame.width - frame.right,
            topMargin=frame.height - frame.top,
            bottomMargin=frame.bottom,
            title=title,
            author=f"SOPDesk, dicetak oleh {mark.printed_by}",
            creator="SOPDesk",
            subject=mark.footer_text(),
            keywords=mark.payload(),  # read back by `sopdesk verify`
            pageCompression=1,
        )
        body = PdfFrame(frame.left, frame.bottom, frame.content_width, frame.top - frame.bottom, 0, 0, 0, 0, id="body")

        def count(canvas: Canvas, _doc: Any) -> None:
            counted.append(canvas.getPageNumber())

        doc.addPageTemplates([PageTemplate(id="page", frames=[body], onPage=count)])
        doc.build(story, canvasmaker=_canvas_maker(frame, mark, title, marks))
    return len(counted), marks


# --- pieces ----------------------------------------------------------------------------------------


def _table_style(commands: list[Any]) -> TableStyle:
    """Every table cell in our font, empty ones too: otherwise the page names Helvetica, which
    is not embedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def signer_block(
    signer: Signer, place_date: Sequence[str] = (), width: float = 80 * mm, *, civil_servant: bool = True
) -> Table:
    """Jabatan, about 25 mm for the wet signature and the cap, NAMA bold and underlined,
    pangkat/golongan, NIP grouped as BKN writes it."""
    rows: list[list[Any]] = [[_p(line, "left")] for line in place_date]
    if signer.jabatan:
        rows.append([_p(signer.jabatan.upper() + ",", "left")])
    rows.append([Spacer(1, 25 * mm)])
    name = escape(signer.nama) if signer.nama else BLANK
    rows.append([Paragraph(f"<b><u>{name}</u></b>", _s("left"))])
    if signer.pangkat:
        rows.append([_p(signer.pangkat, "left")])
    if signer.nip or civil_servant:
        rows.append([_p(f"NIP. {group_nip(signer.nip)}" if signer.nip else "NIP. " + BLANK, "left")])
    table = Table(rows, colWidths=[width])
    table.setStyle(_table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _right(block: Flowable, total: float, width: float = 80 * mm) -> Table:
    table = Table([["", block]], colWidths=[total - width, width])
    table.setStyle(_table_style([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _labelled(rows: Sequence[tuple[str, str, str]], total: float, label_w: float = 28 * mm) -> Table:
    """ "Menimbang : a. bahwa ...": label, colon, marker, text."""
    data = [
        [_p(label, "left"), _p(":" if label else "", "left"), _p(marker, "left"), _p(text, "left")]
        for label, marker, text in rows
    ]
    table = Table(data, colWidths=[label_w, 5 * mm, 9 * mm, total - label_w - 14 * mm])
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _numbered(lines: Sequence[str], total: float) -> Table:
    """1. text, 2. text ... with hanging numbers."""
    table = Table(
        [[_p(f"{n}.", "left"), _p(line)] for n, line in enumerate(lines, start=1)], colWidths=[9 * mm, total - 9 * mm]
    )
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _letters(n: int) -> str:
    return chr(ord("a") + n) if n < 26 else str(n + 1)


def _width(setup: PageSetup) -> float:
    return Frame.of(setup).content_width


# --- the SK and its lampiran -------------------------------------------------------------------------


def _decree_story(book: SpBook, setup: PageSetup, head: Letterhead, marker: bool = False) -> list[Flowable]:
    decree = book.document.decree
    width = _width(setup)
    jabatan = decree.penetap.jabatan.upper() or "KEPALA PERANGKAT DAERAH"
    story: list[Flowable] = [_Kop(head)]
    if marker:
        story.append(_Marker("sk"))
    story += [
        _p(decree_title(decree), "title"),
        _p(f"NOMOR: {decree.nomor or BLANK}", "center"),
        Spacer(1, 3 * mm),
        _p("TENTANG", "title"),
        _p(decree_subject(book.opd_nama), "title"),
        Spacer(1, 5 * mm),
        _p(f"{jabatan},", "title"),
        Spacer(1, 5 * mm),
    ]
    story.append(
        _labelled(
            [("Menimbang" if n == 0 else "", f"{_letters(n)}.", line + ";") for n, line in enumerate(decree.menimbang)],
            width,
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        _labelled(
            [("Mengingat" if n == 0 else "", f"{n + 1}.", line + ";") for n, line in enumerate(decree.mengingat)], width
        )
    )
    story += [Spacer(1, 4 * mm), _p("MEMUTUSKAN:", "title"), Spacer(1, 3 * mm)]
    story.append(
        _labelled(
            [("Menetapkan", "", f"{decree_title(decree)} TENTANG {decree_subject(book.opd_nama)}.")],
            width,
            label_w=28 * mm,
        )
    )
    layanan = [b.layanan for b in book.layanan]
    story.append(_labelled([(name, "", text) for name, text in diktum(decree, book.opd_nama, layanan)], width))
    story.append(Spacer(1, 6 * mm))
    place_date = (
        f"Ditetapkan di {decree.tempat or book.place}",
        f"pada tanggal {tanggal(decree.tanggal) if decree.tanggal else BLANK}",
    )
    story.append(KeepTogether([_right(signer_block(decree.penetap, place_date), width)]))
    for n, item in enumerate(book.layanan, start=1):
        story += _lampiran(book, item, n, setup, marker)
    return story


def _uraian(lines: Sequence[tuple[int, str]]) -> list[Paragraph]:
    out = []
    for level, text in lines:
        found = re.match(r"^(\d+\.|[a-z]\)|-)\s+(.*)$", text, re.DOTALL)
        indent = level * 5 * mm
        if found:
            style = ParagraphStyle(
                f"item{level}", parent=_s("cell"), leftIndent=indent + 5.5 * mm, bulletIndent=indent, spaceAfter=0.6
            )
            out.append(Paragraph(escape(found.group(2)), style, bulletText=found.group(1)))
        else:
            style = ParagraphStyle(f"text{level}", parent=_s("cell"), leftIndent=indent, spaceAfter=0.6)
            out.append(Paragraph(escape(text), style))
    return out


def lampiran_table(item: BookLayanan, width: float) -> Table:
    """NO | KOMPONEN | URAIAN, the part headings as rows, the header repeated on every page."""
    no_w, name_w = 11 * mm, 48 * mm
    data: list[list[Any]] = [[_p("NO", "head"), _p("KOMPONEN", "head"), _p("URAIAN", "head")]]
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in lampiran_rows(item.content):
        index = len(data)
        if row.kind == "part":
            data.append([_p(f"{row.number}.", "cellb"), _p(row.komponen, "cellb"), ""])
            style += [("SPAN", (1, index), (2, index)), ("BACKGROUND", (0, index), (-1, index), GREY)]
        else:
            data.append([_p(row.number + ".", "cell"), _p(row.komponen, "cell"), _uraian(row.lines)])
    table = Table(data, colWidths=[no_w, name_w, width - no_w - name_w], repeatRows=1, splitInRow=1)
    table.setStyle(_table_style(style))
    return table


def _lampiran(book: SpBook, item: BookLayanan, n: int, setup: PageSetup, marker: bool) -> list[Flowable]:
    decree = book.document.decree
    width = _width(setup)
    block = [
        ["LAMPIRAN" + (f" {_roman(n)}" if len(book.layanan) > 1 else ""), ":", decree_title(decree)],
        ["NOMOR", ":", decree.nomor or BLANK],
        ["TANGGAL", ":", tanggal(decree.tanggal) if decree.tanggal else BLANK],
        ["TENTANG", ":", decree_subject(book.opd_nama)],
    ]
    header = Table(
        [[_p(a, "small"), _p(b, "small"), _p(c, "small")] for a, b, c in block],
        colWidths=[24 * mm, 4 * mm, 72 * mm],
    )
    header.setStyle(
        _table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story: list[Flowable] = [PageBreak()]
    if marker:
        story.append(_Marker(f"lampiran-{n}"))
    story += [
        _right(header, width, 100 * mm),
        Spacer(1, 8 * mm),
        _p(f"STANDAR PELAYANAN {item.layanan.upper()}", "title"),
        _p(book.opd_nama.upper(), "title"),
        Spacer(1, 5 * mm),
        lampiran_table(item, width),
        Spacer(1, 8 * mm),
        KeepTogether([_right(signer_block(decree.penetap), width)]),
    ]
    return story


def _roman(n: int) -> str:
    values = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, numeral in ((50, "L"), (40, "XL"), *values):
        while n >= value:
            out += numeral
            n -= value
    return out


def render_sp_decree(book: SpBook, setup: PageSetup, mark: PrintMark, head: Letterhead, out: Path) -> int:
    """The SK with one lampiran per jenis layanan; the number of pages."""
    pages, _ = _build(out, setup, mark, f"SK Standar Pelayanan {book.opd_nama}", _decree_story(book, setup, head))
    return pages


# --- the Maklumat ----------------------------------------------------------------------------------------


def _maklumat_story(book: SpBook, setup: PageSetup, head: Letterhead, marker: bool = False) -> list[Flowable]:
    width = _width(setup)
    story: list[Flowable] = []
    pages = book.maklumat_pages() or [("", [b.layanan for b in book.layanan])]
    for n, (layanan, _names) in enumerate(pages):
        if n:
            story.append(PageBreak())
        story.append(_Kop(head))
        if marker and n == 0:
            story.append(_Marker("maklumat"))
        story += [
            Spacer(1, 10 * mm),
            _p("MAKLUMAT PELAYANAN", "big"),
            Spacer(1, 2 * mm),
            _p(book.opd_nama.upper(), "title"),
        ]
        if layanan:
            story.append(_p(f"Pelayanan {layanan}", "center"))
        text = book.maklumat_text(layanan) or BLANK
        story += [Spacer(1, 18 * mm)]
        story += [_p(paragraph, "pledge") for paragraph in text.split("\n") if paragraph.strip()]
        story += [Spacer(1, 20 * mm)]
        place_date = (
            f"{book.document.decree.tempat or book.place}, "
            f"{tanggal(book.document.decree.tanggal) if book.document.decree.tanggal else BLANK}",
        )
        story.append(KeepTogether([_right(signer_block(book.document.decree.penetap, place_date), width)]))
    return story


def render_maklumat(book: SpBook, setup: PageSetup, mark: PrintMark, head: Letterhead, out: Path) -> int:
    """The Maklumat Pelayanan in large type for the service counter; the number of pages."""
    pages, _ = _build(out, setup, mark, f"Maklumat Pelayanan {book.opd_nama}", _maklumat_story(book, setup, head))
    return pages


# --- the Berita Acara of the Forum Konsultasi Publik ----------------------------------------------------


def _ba_story(
    book: SpBook, setup: PageSetup, head: Letterhead, groups: Sequence[str], marker: bool = False
) -> list[Flowable]:
    fkp = book.document.fkp
    width = _width(setup)
    story: list[Flowable] = [_Kop(head)]
    if marker:
        story.append(_Marker("ba"))
    when = hari_tanggal(fkp.tanggal) if fkp.tanggal else f"{BLANK} tanggal {BLANK}"
    layanan = "; ".join(b.layanan for b in book.layanan)
    story += [
        _p("BERITA ACARA", "title"),
        _p("FORUM KONSULTASI PUBLIK", "title"),
        _p(f"Nomor: {fkp.nomor or BLANK}", "center"),
        Spacer(1, 6 * mm),
        _p(
            f"Pada hari ini, {when}, bertempat di {fkp.tempat or book.place}, telah diselenggarakan Forum "
            f"Konsultasi Publik {book.opd_nama} dengan agenda "
            f"{fkp.agenda or 'pembahasan rancangan Standar Pelayanan'}, "
            f"untuk jenis layanan: {layanan}. Forum dihadiri oleh peserta sebagai berikut:"
        ),
        Spacer(1, 3 * mm),
    ]
    data: list[list[Any]] = [
        [_p("NO", "head"), _p("NAMA", "head"), _p("INSTANSI/ASAL", "head"), _p("TANDA TANGAN", "head")]
    ]
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
    ]
    grouped = fkp.by_group(groups)
    if not grouped:
        grouped = [(g, []) for g in groups[:5]]
    number = 0
    for group, people in grouped:
        index = len(data)
        data.append([_p(group, "cellb"), "", "", ""])
        style += [
            ("SPAN", (0, index), (-1, index)),
            ("BACKGROUND", (0, index), (-1, index), colors.HexColor("#f3f3f3")),
        ]
        listed: list[Participant | None] = list(people) or [None, None]  # blank lines to write in
        for person in listed:
            number += 1
            data.append(
                [
                    _p(f"{number}.", "cell"),
                    _p(person.nama if person else "", "cell"),
                    _p(person.instansi if person else "", "cell"),
                    _p(f"{number}. ", "cell"),
                ]
            )
    table = Table(data, colWidths=[11 * mm, 55 * mm, width - 11 * mm - 55 * mm - 40 * mm, 40 * mm], repeatRows=1)
    table.setStyle(_table_style(style))
    story += [table, Spacer(1, 5 * mm), _p("Hasil Forum Konsultasi Publik:", "left")]
    results = [line for line in fkp.hasil.split("\n") if line.strip()] or [BLANK]
    story.append(_numbered(results, width))
    story += [
        Spacer(1, 4 * mm),
        _p("Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya."),
        Spacer(1, 6 * mm),
    ]
    left = signer_block(fkp.wakil, ("Wakil Peserta",), 75 * mm, civil_servant=False)
    right = signer_block(fkp.pimpinan, ("Pimpinan Forum",), 75 * mm)
    signatures = Table([[left, "", right]], colWidths=[75 * mm, width - 150 * mm, 75 * mm])
    signatures.setStyle(_table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(KeepTogether([signatures]))
    return story


def render_ba_fkp(
    book: SpBook, setup: PageSetup, mark: PrintMark, head: Letterhead, out: Path, groups: Sequence[str]
) -> int:
    """The Berita Acara of the Forum Konsultasi Publik: participants by group, results, signatures."""
    story = _ba_story(book, setup, head, groups)
    pages, _ = _build(out, setup, mark, f"Berita Acara FKP {book.opd_nama}", story)
    return pages


# --- the Buku Laporan -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TocEntry:
    key: str
    title: str
    level: int = 0


def book_contents(book: SpBook) -> list[TocEntry]:
    entries = [TocEntry("sk", f"{decree_title(book.document.decree).title()} tentang Standar Pelayanan")]
    for n, item in enumerate(book.layanan, start=1):
        entries.append(TocEntry(f"lampiran-{n}", f"Lampiran {_roman(n)}: Standar Pelayanan {item.layanan}", 1))
    entries += [TocEntry("maklumat", "Maklumat Pelayanan"), TocEntry("ba", "Berita Acara Forum Konsultasi Publik")]
    return entries


def _cover(book: SpBook, head: Letterhead, setup: PageSetup) -> list[Flowable]:
    lines = [line for line in head.lines if line.strip()]
    story: list[Flowable] = [Spacer(1, 30 * mm)]
    if head.logo:
        story += [_Logo(head.logo, 35 * mm), Spacer(1, 10 * mm)]
    story += [_p("BUKU LAPORAN", "big"), _p("STANDAR PELAYANAN", "big"), Spacer(1, 10 * mm)]
    story += [_p(book.opd_nama.upper(), "title"), _p(f"TAHUN {book.year}", "title"), Spacer(1, 12 * mm)]
    story += [_p("Jenis layanan:", "center")] + [_p(b.layanan, "center") for b in book.layanan]
    story += [Spacer(1, 60 * mm)] + [_p(line, "title") for line in lines]
    story += [Spacer(1, 3 * mm), _p(f"Berkas {book.case_number}", "center")]
    return story


def _toc(entries: Sequence[TocEntry], pages: dict[str, int], width: float) -> Table:
    data = []
    for entry in entries:
        number = pages.get(entry.key)
        style = ParagraphStyle(f"toc{entry.level}", parent=_s("toc"), leftIndent=entry.level * 8 * mm)
        data.append([Paragraph(escape(entry.title), style), Paragraph(str(number) if number else "000", _s("right"))])
    table = Table(data, colWidths=[width - 18 * mm, 18 * mm])
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9a9a9a")),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def render_sp_book(
    book: SpBook, setup: PageSetup, mark: PrintMark, head: Letterhead, out: Path, groups: Sequence[str]
) -> tuple[int, dict[str, int]]:
    """The bound Buku Laporan; the number of pages and the page each part starts on (as the
    daftar isi lists them)."""
    entries = book_contents(book)
    width = _width(setup)

    def story(pages: dict[str, int]) -> list[Flowable]:
        parts: list[Flowable] = [*_cover(book, head, setup), PageBreak()]
        parts += [_p("DAFTAR ISI", "title"), Spacer(1, 6 * mm), _toc(entries, pages, width)]
        parts += [Spacer(1, 4 * mm)]
        parts += [_p("Nomor halaman mengikuti nomor \u201cHalaman X dari Y\u201d di kaki setiap halaman.", "small")]
        parts.append(PageBreak())
        parts += _decree_story(book, setup, head, marker=True)
        parts.append(PageBreak())
        parts += _maklumat_story(book, setup, head, marker=True)
        parts.append(PageBreak())
        parts += _ba_story(book, setup, head, groups, marker=True)
        return parts

    title = f"Buku Laporan Standar Pelayanan {book.opd_nama}"
    _, found = _build(out, setup, mark, title, story({}))
    pages, placed = _build(out, setup, mark, title, story(found))
    return pages, placed
