"""Paper, page setup, letterhead and the integrity mark printed on every record (pure)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
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
class Closing:
    """How a book is closed on paper: the count and the closing date (or, for a period still
    running, "sampai dengan" its last day so far), then the signatures side by side."""

    lines: tuple[str, ...]
    signers: tuple[SignerBlock, ...] = ()
    place_date: str = ""  # "Tigaraksa, 5 Desember 2026", over the last signer


@dataclass(frozen=True)
class TableDocument:
    """A list printed under the letterhead: title, columns with relative widths, text rows;
    rows may be struck through (a voided agenda entry), and a closing may follow the table."""

    title: str
    subtitle: str
    columns: tuple[tuple[str, float], ...]
    rows: tuple[tuple[str, ...], ...]
    struck: tuple[bool, ...] = ()
    closing: Closing | None = None
    notes: tuple[str, ...] = ()  # printed under the table, before the closing

    def is_struck(self, index: int) -> bool:
        return index < len(self.struck) and self.struck[index]

    def content_hash(self) -> str:
        content: list[Any] = [self.title, self.columns, self.rows]
        if any(self.struck):  # lists without struck rows hash as they always did
            content.append(list(self.struck))
        payload = json.dumps(content, ensure_ascii=False)
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
    """Kop surat: the unit's lines (the first ones larger), the address block and the lambang
    daerah (PNG/JPEG bytes), as the office's own forms carry them: lambang at the left, the
    lines centred, then the address, telephone, laman, e-mail and kode pos, a double rule.

    The lambang is the office's to give (Pengaturan › Kop, or the first-run setup): SOPDesk
    ships no emblem of its own."""

    lines: tuple[str, ...] = (
        "PEMERINTAH KABUPATEN TANGERANG",
        "SEKRETARIAT DAERAH",
        "BAGIAN ORGANISASI",
    )
    logo: bytes | None = field(default=None, repr=False)
    alamat: str = ""  # street, building, town: "Jl. ... No. 1, Tigaraksa"
    telepon: str = ""
    laman: str = ""  # web site, without http://
    email: str = ""
    kode_pos: str = ""

    @property
    def address_lines(self) -> tuple[str, ...]:
        """The address block as the kop prints it, under the unit's lines: the street (with the
        kode pos), then telephone, laman and e-mail on one line."""
        first = self.alamat
        if self.kode_pos:
            first = f"{first} {self.kode_pos}".strip() if first else f"Kode Pos {self.kode_pos}"
        contact = " ".join(
            part
            for part in (
                f"Telp. {self.telepon}" if self.telepon else "",
                f"Laman: {self.laman}" if self.laman else "",
                f"Pos-el: {self.email}" if self.email else "",
            )
            if part
        )
        return tuple(line for line in (first, contact) if line)

    @property
    def complete(self) -> bool:
        """Has the office given its lambang and address (what the first-run setup asks)?"""
        return self.logo is not None and bool(self.alamat) and bool(self.kode_pos)


MAX_LOGO_BYTES = 2 * 1024 * 1024
_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


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
            errors["logo"] = "Lambang paling besar 2 MB."
        elif not (head.logo.startswith(b"\x89PNG\r\n\x1a\n") or head.logo.startswith(b"\xff\xd8\xff")):
            errors["logo"] = "Lambang harus berkas PNG atau JPEG."
    if len(head.alamat) > 160:
        errors["alamat"] = "Alamat paling panjang 160 karakter."
    if head.kode_pos and not re.fullmatch(r"\d{5}", head.kode_pos):
        errors["kode_pos"] = "Kode pos 5 angka."
    if len(head.telepon) > 60 or (head.telepon and not re.fullmatch(r"[0-9 ()+\-/.,]+", head.telepon)):
        errors["telepon"] = "Telepon hanya angka, spasi dan ( ) + - / . (paling panjang 60)."
    if len(head.laman) > 80 or " " in head.laman:
        errors["laman"] = "Laman tanpa spasi, paling panjang 80 karakter."
    if head.email and (len(head.email) > 80 or not _EMAIL_RE.fullmatch(head.email)):
        errors["email"] = "Alamat e-mail tidak sah."
    if errors:
        raise ValidationError(errors)


# --- integrity mark ------------------------------------------------------------------------
#
# Every print is logged (``services/print_log.py``: the audit event whose id is the print's
# number, a ``print_log`` row with what the paper showed, and the SHA-256 of every file made
# from it). The mark ties the paper to that log: its payload goes into the PDF's Keywords and
# into the QR code on every page. ``verify`` finds the print by the file's SHA-256 (a file) or
# by this payload (a scan of the paper).

MARK_PREFIX = "SOPDESK1"
_MARK_RE = re.compile(
    r"SOPDESK1;p=(?P<p>\d+);k=(?P<k>[a-z0-9-]+);r=(?P<r>[A-Za-z0-9._/-]+);h=(?P<h>[0-9a-f]{16})"
    r"(?P<extra>(?:;[a-z]=[A-Za-z0-9._-]+)*)"
)


@dataclass(frozen=True)
class PrintMark:
    """What the footer and QR code of a printed record carry."""

    print_id: int  # the audit event that recorded this print: "cetakan no. N"
    kind: str  # the catalogue's key of the document (services/documents.py)
    record_id: str
    record_label: str  # e.g. "SOP 01.048.2017 versi 1"
    content_hash: str  # full SHA-256 of the record's content when printed
    printed_at: str  # Indonesian date and time
    printed_by: str
    # The audit chain's head when this print was logged (issue 13 fills it; empty until then).
    # It travels in the payload as ";w=..." so a scan of the paper witnesses the chain.
    witness: str = ""

    @property
    def short_hash(self) -> str:
        return self.content_hash[:16]

    def payload(self) -> str:
        base = f"{MARK_PREFIX};p={self.print_id};k={self.kind};r={self.record_id};h={self.short_hash}"
        return base + (f";w={self.witness}" if self.witness else "")

    def footer_text(self) -> str:
        return f"{self.record_label} · dicetak {self.printed_at} oleh {self.printed_by} · cetakan no. {self.print_id}"

    def check_text(self) -> str:
        """What a reader of the paper is told to do, in words (no command line)."""
        return (
            "Periksa keaslian: pindai kode QR di samping dengan SOPDesk (menu Berkas › Periksa Keaslian Cetakan), "
            f"atau minta Bagian Organisasi memeriksa cetakan no. {self.print_id}."
        )


@dataclass(frozen=True)
class MarkRef:
    print_id: int
    kind: str
    record_id: str
    short_hash: str
    extra: tuple[tuple[str, str], ...] = ()  # further fields (";w=..."), as read

    @property
    def witness(self) -> str:
        return dict(self.extra).get("w", "")


def parse_mark(text: str) -> MarkRef | None:
    match = _MARK_RE.search(text)
    if match is None:
        return None
    extra = tuple((key, value) for key, _, value in (part.partition("=") for part in match["extra"].split(";") if part))
    return MarkRef(int(match["p"]), match["k"], match["r"], match["h"], extra)


_KEYWORDS_RE = re.compile(rb"/Keywords\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _pdf_string(token: bytes) -> str:
    """A PDF string object as text: a literal ``(...)`` with its escapes (another program that
    saves the file may write ``;`` as ``\\073``), or a hex string ``<...>`` (UTF-16 or bytes)."""
    if token.startswith(b"<"):
        raw = bytes.fromhex(token[1:-1].decode("ascii").replace(" ", "").replace("\n", ""))
    else:
        body = token[1:-1]
        out = bytearray()
        i = 0
        while i < len(body):
            ch = body[i : i + 1]
            if ch == b"\\" and i + 1 < len(body):
                nxt = body[i + 1 : i + 2]
                octal = re.match(rb"[0-7]{1,3}", body[i + 1 : i + 4])
                if octal:
                    out.append(int(octal.group(0), 8) & 0xFF)
                    i += 1 + len(octal.group(0))
                    continue
                out += _ESCAPES.get(nxt, nxt)
                i += 2
                continue
            out += ch
            i += 1
        raw = bytes(out)
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    return raw.decode("latin-1", errors="replace")


def find_mark_in_pdf(data: bytes) -> MarkRef | None:
    """The mark SOPDesk writes into the PDF's document information (Keywords), also when
    another program saved the file again and wrote the string with escapes."""
    found = parse_mark(data.decode("latin-1", errors="replace"))
    if found is not None:
        return found
    for match in _KEYWORDS_RE.finditer(data):
        found = parse_mark(_pdf_string(match.group(1)))
        if found is not None:
            return found
    return None


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- how the office writes things on paper ----------------------------------------------------


def nip_bkn(nip: str) -> str:
    """An 18-digit NIP grouped as BKN writes it: ``19750315 200012 2 003`` (birth date,
    appointment month, sex, sequence). Anything else is returned as it is."""
    digits = nip.replace(" ", "")
    if len(digits) != 18 or not digits.isdigit():
        return nip
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


@dataclass(frozen=True)
class SignerBlock:
    """A signature block as the office's forms print it: the jabatan, room for a wet signature
    and cap (about 25 mm), the NAME bold and underlined, pangkat/golongan, and the NIP grouped
    as BKN writes it. An empty name leaves a dotted line to write it by hand."""

    jabatan: str
    nama: str = ""
    pangkat: str = ""
    nip: str = ""
    above: str = ""  # a line above the jabatan: "Tigaraksa, 3 Desember 2026" or "Yang menerima,"

    @property
    def nip_line(self) -> str:
        return f"NIP. {nip_bkn(self.nip)}" if self.nip else ""


# --- the print log as read back --------------------------------------------------------------


@dataclass(frozen=True)
class PrintRecord:
    """One logged print: what the paper showed (``fields``: label and value, in the order
    printed), who printed it and when, and the SHA-256 of every file made from it."""

    id: int
    kind: str
    record_id: str
    label: str
    content_hash: str
    printed_at: datetime  # local office time, as on the paper
    printed_by: str
    printed_by_nama: str
    printed_by_nip: str
    fields: tuple[tuple[str, str], ...]
    standing: str  # "" when the record was in force, else what it was (e.g. "dibatalkan: …")
    files: tuple[str, ...] = ()

    @property
    def who(self) -> str:
        return self.printed_by_nama + (f" (NIP {nip_bkn(self.printed_by_nip)})" if self.printed_by_nip else "")


def fields_to_json(fields: tuple[tuple[str, str], ...]) -> str:
    return json.dumps([list(pair) for pair in fields], ensure_ascii=False)


def fields_from_json(text: str) -> tuple[tuple[str, str], ...]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return ()
    if not isinstance(value, list):
        return ()
    return tuple((str(p[0]), str(p[1])) for p in value if isinstance(p, list) and len(p) == 2)


@dataclass(frozen=True)
class ControlCardInfo:
    """What the kartu kendali adds to the letter (ANRI, pola baru): the indeks (the subject of the
    letter's classification code), "kepada" (whom it was forwarded to) and the pengolah (who
    works on it, at the end of the chain)."""

    indeks: str
    kepada: str
    pengolah: str

    copies: tuple[tuple[str, tuple[float, float, float]], ...] = (
        ("Lembar 1 · putih", (1.0, 1.0, 1.0)),
        ("Lembar 2 · kuning", (0.98, 0.85, 0.2)),
        ("Lembar 3 · merah", (0.85, 0.2, 0.2)),
    )
