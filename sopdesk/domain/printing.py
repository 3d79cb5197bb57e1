"""Paper, page setup, letterhead and the integrity mark printed on every record (pure)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sopdesk.domain.errors import ValidationError


class Paper(StrEnum):
    A4 = "a4"
    F4 = "f4"
    HALF_FOLIO = "half-folio"
    CARD = "kartu"

    @property
    def size_mm(self) -> tuple[float, float]:
        """Portrait width and height in millimetres. F4 is Indonesian folio, 215 x 330."""
        return PAPER_MM[self]

    @property
    def label(self) -> str:
        return PAPER_LABELS[self]


PAPER_MM: dict[Paper, tuple[float, float]] = {
    Paper.A4: (210.0, 297.0),
    Paper.F4: (215.0, 330.0),
    Paper.HALF_FOLIO: (215.0, 165.0),
    Paper.CARD: (100.0, 150.0),
}
PAPER_LABELS: dict[Paper, str] = {
    Paper.A4: "A4 (210 x 297 mm)",
    Paper.F4: "F4 / Folio (215 x 330 mm)",
    Paper.HALF_FOLIO: "Setengah folio (215 x 165 mm)",
    Paper.CARD: "Kartu (100 x 150 mm)",
}


@dataclass(frozen=True)
class PageSetup:
    paper: Paper
    landscape: bool
    margins_mm: tuple[float, float, float, float] = (15.0, 15.0, 15.0, 15.0)  # top, right, bottom, left

    @property
    def size_mm(self) -> tuple[float, float]:
        w, h = self.paper.size_mm
        if self.paper in (Paper.HALF_FOLIO,):
            return (w, h)  # half folio is already wider than tall
        return (h, w) if self.landscape else (w, h)

    def to_dict(self) -> dict[str, Any]:
        return {"paper": self.paper.value, "landscape": self.landscape, "margins_mm": list(self.margins_mm)}

    @classmethod
    def from_dict(cls, data: dict[str, Any], default: PageSetup) -> PageSetup:
        try:
            margins = tuple(float(m) for m in data.get("margins_mm", default.margins_mm))
            if len(margins) != 4:
                return default
            return cls(
                Paper(data.get("paper", default.paper.value)),
                bool(data.get("landscape", default.landscape)),
                (margins[0], margins[1], margins[2], margins[3]),
            )
        except (ValueError, TypeError):
            return default


class DocumentKind(StrEnum):
    SOP = "sop"
    LIST = "list"
    AGENDA_BOOK = "agenda"
    RECEIPT = "tanda-terima"
    CONTROL_CARD = "kartu-kendali"
    DISPOSITION_SHEET = "lembar-disposisi"
    ROUTING_CARD = "kartu-penerus"
    CASE_DOSSIER = "berkas"  # issue 6
    SLA_REPORT = "sla"  # issue 6
    DISTRIBUTION_RECEIPT = "tanda-terima-distribusi"  # issue 6: step 11
    SP_DECREE = "sk-sp"  # issue 16: the SK with one lampiran per layanan
    MAKLUMAT = "maklumat"  # issue 16: the Maklumat Pelayanan, for display
    BA_FKP = "ba-fkp"  # issue 16: the Berita Acara of the Forum Konsultasi Publik
    SP_BOOK = "buku-laporan-sp"  # issue 16: the bound Buku Laporan (step 11)

    @property
    def label(self) -> str:
        return DOCUMENT_LABELS[self]


DOCUMENT_LABELS = {
    DocumentKind.SOP: "Dokumen SOP",
    DocumentKind.LIST: "Daftar data induk",
    DocumentKind.AGENDA_BOOK: "Buku Agenda",
    DocumentKind.RECEIPT: "Tanda terima surat",
    DocumentKind.CONTROL_CARD: "Kartu kendali",
    DocumentKind.DISPOSITION_SHEET: "Lembar disposisi",
    DocumentKind.ROUTING_CARD: "Kartu penerus disposisi",
    DocumentKind.CASE_DOSSIER: "Berkas SP",
    DocumentKind.SLA_REPORT: "Laporan capaian mutu baku",
    DocumentKind.DISTRIBUTION_RECEIPT: "Tanda terima distribusi",
    DocumentKind.SP_DECREE: "SK Standar Pelayanan",
    DocumentKind.MAKLUMAT: "Maklumat Pelayanan",
    DocumentKind.BA_FKP: "Berita Acara FKP",
    DocumentKind.SP_BOOK: "Buku Laporan SP",
}

DEFAULT_PAGE_SETUP: dict[DocumentKind, PageSetup] = {
    DocumentKind.SOP: PageSetup(Paper.F4, landscape=True, margins_mm=(12.0, 12.0, 12.0, 12.0)),
    DocumentKind.LIST: PageSetup(Paper.F4, landscape=False, margins_mm=(15.0, 15.0, 15.0, 20.0)),
    DocumentKind.AGENDA_BOOK: PageSetup(Paper.F4, landscape=True, margins_mm=(12.0, 12.0, 12.0, 15.0)),
    DocumentKind.RECEIPT: PageSetup(Paper.HALF_FOLIO, landscape=True, margins_mm=(10.0, 12.0, 8.0, 12.0)),
    DocumentKind.CONTROL_CARD: PageSetup(Paper.CARD, landscape=True, margins_mm=(6.0, 6.0, 5.0, 6.0)),
    DocumentKind.DISPOSITION_SHEET: PageSetup(Paper.HALF_FOLIO, landscape=True, margins_mm=(8.0, 10.0, 5.0, 12.0)),
    DocumentKind.ROUTING_CARD: PageSetup(Paper.HALF_FOLIO, landscape=True, margins_mm=(8.0, 10.0, 5.0, 12.0)),
    DocumentKind.CASE_DOSSIER: PageSetup(Paper.F4, landscape=True, margins_mm=(12.0, 12.0, 12.0, 15.0)),
    DocumentKind.SLA_REPORT: PageSetup(Paper.F4, landscape=True, margins_mm=(12.0, 12.0, 12.0, 15.0)),
    # Half folio, like the letter's tanda terima: the paper offices cut a receipt from.
    DocumentKind.DISTRIBUTION_RECEIPT: PageSetup(Paper.HALF_FOLIO, landscape=True, margins_mm=(10.0, 12.0, 8.0, 12.0)),
    # The SP's papers: portrait folio as naskah dinas are bound; the Maklumat on A4 to be framed.
    DocumentKind.SP_DECREE: PageSetup(Paper.F4, landscape=False, margins_mm=(20.0, 20.0, 10.0, 25.0)),
    DocumentKind.MAKLUMAT: PageSetup(Paper.A4, landscape=False, margins_mm=(20.0, 20.0, 10.0, 20.0)),
    DocumentKind.BA_FKP: PageSetup(Paper.F4, landscape=False, margins_mm=(20.0, 20.0, 10.0, 25.0)),
    DocumentKind.SP_BOOK: PageSetup(Paper.F4, landscape=False, margins_mm=(20.0, 20.0, 10.0, 25.0)),
}


@dataclass(frozen=True)
class TableDocument:
    """A list printed under the letterhead: title, columns with relative widths, text rows."""

    title: str
    subtitle: str
    columns: tuple[tuple[str, float], ...]
    rows: tuple[tuple[str, ...], ...]

    def content_hash(self) -> str:
        payload = json.dumps([self.title, self.columns, self.rows], ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


PAGE_SETUP_KEY = "page_setup"
LETTERHEAD_KEY = "letterhead"


def validate_page_setup(setup: PageSetup) -> None:
    w, h = setup.size_mm
    top, right, bottom, left = setup.margins_mm
    errors = {}
    if any(m < 5 or m > 50 for m in setup.margins_mm):
        errors["margins_mm"] = "Margin antara 5 dan 50 mm."
    elif left + right > w * 0.5 or top + bottom > h * 0.5:
        errors["margins_mm"] = "Margin terlalu besar untuk ukuran kertas ini."
    if errors:
        raise ValidationError(errors)


def page_setup_for(kind: DocumentKind, stored: Any) -> PageSetup:
    """The stored setting for ``kind`` (a dict per kind in the database), else the default."""
    default = DEFAULT_PAGE_SETUP[kind]
    if isinstance(stored, dict) and isinstance(stored.get(kind.value), dict):
        return PageSetup.from_dict(stored[kind.value], default)
    return default


@dataclass(frozen=True)
class Letterhead:
    """Kop surat: lines of text (the first ones larger) and an optional logo (PNG/JPEG bytes)."""

    lines: tuple[str, ...] = (
        "PEMERINTAH KABUPATEN TANGERANG",
        "SEKRETARIAT DAERAH",
        "BAGIAN ORGANISASI",
    )
    logo: bytes | None = field(default=None, repr=False)


MAX_LOGO_BYTES = 2 * 1024 * 1024


def validate_letterhead(head: Letterhead) -> None:
    lines = [line for line in head.lines if line.strip()]
    errors: dict[str, str] = {}
    if not lines:
        errors["lines"] = "Kop surat minimal satu baris."
    elif len(lines) > 6:
        errors["lines"] = "Kop surat paling banyak 6 baris."
    elif any(len(line) > 120 for line in lines):
        errors["lines"] = "Setiap baris kop paling panjang 120 karakter."
    if head.logo is not None:
        if len(head.logo) > MAX_LOGO_BYTES:
            errors["logo"] = "Logo paling besar 2 MB."
        elif not (head.logo.startswith(b"\x89PNG\r\n\x1a\n") or head.logo.startswith(b"\xff\xd8\xff")):
            errors["logo"] = "Logo harus berkas PNG atau JPEG."
    if errors:
        raise ValidationError(errors)


# --- integrity mark ------------------------------------------------------------------------

MARK_PREFIX = "SOPDESK1"
_MARK_RE = re.compile(r"SOPDESK1;p=(?P<p>\d+);k=(?P<k>[a-z0-9-]+);r=(?P<r>[A-Za-z0-9._/-]+);h=(?P<h>[0-9a-f]{16})")


@dataclass(frozen=True)
class PrintMark:
    """What the footer and QR code of a printed record carry."""

    print_id: int  # the audit event that recorded this print
    kind: str
    record_id: str
    record_label: str  # e.g. "SOP 01.048.2017 versi 1"
    content_hash: str  # full SHA-256 of the record's content when printed
    printed_at: str  # Indonesian date and time
    printed_by: str

    @property
    def short_hash(self) -> str:
        return self.content_hash[:16]

    def payload(self) -> str:
        return f"{MARK_PREFIX};p={self.print_id};k={self.kind};r={self.record_id};h={self.short_hash}"

    def footer_text(self) -> str:
        return f"{self.record_label} · dicetak {self.printed_at} oleh {self.printed_by} · #{self.short_hash}"


@dataclass(frozen=True)
class MarkRef:
    print_id: int
    kind: str
    record_id: str
    short_hash: str


def parse_mark(text: str) -> MarkRef | None:
    match = _MARK_RE.search(text)
    if match is None:
        return None
    return MarkRef(int(match["p"]), match["k"], match["r"], match["h"])


def find_mark_in_pdf(data: bytes) -> MarkRef | None:
    """The mark SOPDesk writes into the PDF's document information (Keywords)."""
    return parse_mark(data.decode("latin-1", errors="replace"))
