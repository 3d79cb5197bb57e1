"""The Standar Pelayanan held as data (pure Python): its fourteen components in two parts, the
content of each, the rules that say whether a component is complete, and the word-level
comparison of two versions.

Permenpan RB 15/2014 (Pedoman Standar Pelayanan) divides the components of a Standar
Pelayanan in two: those of *penyampaian pelayanan* (service delivery: what the public is
told) and those of *pengelolaan pelayanan* (manufacturing: what the office arranges inside).
The numbering used here (1 to 14, delivery first) is the one the issue and the OPDs' drafts
use; see ``docs/standar-pelayanan.md`` for the sources.

A component's content has a *shape*: formatted text, a list (persyaratan, produk, dasar hukum,
sarana), procedure steps each with its time, a duration (hari kerja, jam, menit), a fee
(amounts, or "tidak dipungut biaya", with its legal basis) or complaint channels (with the
address, telephone, e-mail or web of each). Every shape has one canonical text form, which
the editor's text box, the command line (``sp set --text``) and the Word import all read with
:func:`parse_content`, and which :func:`content_text` writes back: ``parse(text(c)) == c``.

Versions: the SP of a layanan is saved as numbered versions, each naming the version it was
based on; a save based on an older version is refused. Each version remembers the pass of
step 4 (penyusunan) it was made in, so the content submitted to validation (step 5) and the
approvals (6, 7) in each pass is the last version of that pass. The version current when step
8 (penandatanganan) completes is the signed one, and the SP is frozen from then on.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sopdesk.domain.dates import tanggal_jam
from sopdesk.domain.errors import ValidationError

# The steps of SOP 01.048.2017 that the SP's life hangs on (integration points, like the
# engine's LETTER_STEPS and DISPOSITION_STEP): the SP is edited up to step 4, submitted from
# step 4 to validation and approvals (the steps that return to 4), frozen when step 8 (signing)
# completes, and entered into SIPP at step 10.
DRAFTING_STEP = 4
SIGNING_STEP = 8
SIPP_STEP = 10

MAKLUMAT = 15  # the Maklumat Pelayanan, kept and versioned with the components
MAX_TEXT = 20_000  # characters per component
MAX_ITEMS = 200
MAX_LAYANAN = 200
REVIEW_MONTHS = 12  # an SP in force not reviewed for this long is flagged on Beranda


class Part(StrEnum):
    PENYAMPAIAN = "penyampaian"
    PENGELOLAAN = "pengelolaan"

    @property
    def label(self) -> str:
        return "Penyampaian pelayanan" if self is Part.PENYAMPAIAN else "Pengelolaan pelayanan"

    @property
    def heading(self) -> str:
        """The part's row in the printed table."""
        if self is Part.PENYAMPAIAN:
            return "KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN (SERVICE DELIVERY)"
        return "KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN (MANUFACTURING)"

    @property
    def letter(self) -> str:
        return "A" if self is Part.PENYAMPAIAN else "B"


class Shape(StrEnum):
    TEXT = "teks"  # formatted text: paragraphs, lines starting with "-" are list items
    LIST = "daftar"  # items, one a line, nested by indentation
    STEPS = "langkah"  # procedure steps, each with its time ("- Kegiatan | 15 menit")
    DURATION = "waktu"  # a number of hari kerja, hari, jam or menit, and a note
    FEE = "biaya"  # "Tidak dipungut biaya", or items with amounts; the legal basis
    CHANNELS = "saluran"  # complaint channels ("- Telepon: (021) 5991234")


@dataclass(frozen=True)
class ComponentDef:
    no: int
    nama: str
    part: Part
    shape: Shape
    uraian: str  # what the component holds (the editor's hint)
    pattern: str  # how the OPDs name it in their drafts (a regular expression on folded text)

    @property
    def label(self) -> str:
        return f"{self.no}. {self.nama}"


COMPONENTS: tuple[ComponentDef, ...] = (
    ComponentDef(
        1,
        "Persyaratan",
        Part.PENYAMPAIAN,
        Shape.LIST,
        "Dokumen, barang atau hal lain yang harus dipenuhi pemohon, teknis maupun administratif; "
        "satu syarat per baris.",
        r"\bpersyaratan\b|\bsyarat\b",
    ),
    ComponentDef(
        2,
        "Sistem, mekanisme dan prosedur",
        Part.PENYAMPAIAN,
        Shape.STEPS,
        "Tata cara pelayanan yang dibakukan bagi pemohon, langkah demi langkah, dengan waktu tiap langkah.",
        r"\bprosedur\b|\bmekanisme\b|\bsistem\b|\balur\b|\btata cara\b",
    ),
    ComponentDef(
        3,
        "Jangka waktu pelayanan",
        Part.PENYAMPAIAN,
        Shape.DURATION,
        "Waktu untuk menyelesaikan seluruh proses pelayanan, dalam hari kerja, jam atau menit.",
        r"\bjangka waktu\b|\bwaktu (pelayanan|penyelesaian|layanan)\b|\blama (pelayanan|proses)\b|^waktu$",
    ),
    ComponentDef(
        4,
        "Biaya/tarif",
        Part.PENYAMPAIAN,
        Shape.FEE,
        "Ongkos yang dikenakan kepada pemohon (besarnya dan dasar hukumnya), atau 'Tidak dipungut biaya'.",
        r"\bbiaya\b|\btarif\b|\bretribusi\b",
    ),
    ComponentDef(
        5,
        "Produk pelayanan",
        Part.PENYAMPAIAN,
        Shape.LIST,
        "Hasil pelayanan yang diterima pemohon.",
        r"\bproduk\b|\bhasil (pelayanan|layanan)\b|\boutput\b",
    ),
    ComponentDef(
        6,
        "Penanganan pengaduan, saran dan masukan",
        Part.PENYAMPAIAN,
        Shape.CHANNELS,
        "Tata cara menyampaikan pengaduan dan tindak lanjutnya, dengan saluran (alamat, telepon, e-mail, laman).",
        r"\bpengaduan\b|\bsaran\b|\bmasukan\b|\bkeluhan\b",
    ),
    ComponentDef(
        7,
        "Dasar hukum",
        Part.PENGELOLAAN,
        Shape.LIST,
        "Peraturan perundang-undangan yang menjadi dasar penyelenggaraan pelayanan.",
        r"\bdasar hukum\b|\blandasan hukum\b|\bregulasi\b|\bdasar pelayanan\b",
    ),
    ComponentDef(
        8,
        "Sarana, prasarana dan/atau fasilitas",
        Part.PENGELOLAAN,
        Shape.LIST,
        "Peralatan dan fasilitas yang diperlukan, termasuk bagi kelompok rentan.",
        r"\bsarana\b|\bprasarana\b|\bfasilitas\b",
    ),
    ComponentDef(
        9,
        "Kompetensi pelaksana",
        Part.PENGELOLAAN,
        Shape.TEXT,
        "Kemampuan yang harus dimiliki pelaksana: pengetahuan, keahlian, keterampilan dan pengalaman.",
        r"\bkompetensi\b|\bkualifikasi\b",
    ),
    ComponentDef(
        10,
        "Pengawasan internal",
        Part.PENGELOLAAN,
        Shape.TEXT,
        "Pengendalian oleh atasan langsung dan aparat pengawasan intern.",
        r"\bpengawasan\b|\bpengendalian\b",
    ),
    ComponentDef(
        11,
        "Jumlah pelaksana",
        Part.PENGELOLAAN,
        Shape.TEXT,
        "Banyaknya pelaksana sesuai beban kerja (sebutkan angkanya).",
        r"\bjumlah (pelaksana|petugas|pegawai|personil|sdm)\b",
    ),
    ComponentDef(
        12,
        "Jaminan pelayanan",
        Part.PENGELOLAAN,
        Shape.TEXT,
        "Kepastian bahwa pelayanan dilaksanakan sesuai standar pelayanan.",
        r"\bjaminan (pelayanan|layanan)\b",
    ),
    ComponentDef(
        13,
        "Jaminan keamanan dan keselamatan pelayanan",
        Part.PENGELOLAAN,
        Shape.TEXT,
        "Rasa aman, bebas dari bahaya, risiko dan keragu-raguan.",
        r"\bkeamanan\b|\bkeselamatan\b",
    ),
    ComponentDef(
        14,
        "Evaluasi kinerja pelaksana",
        Part.PENGELOLAAN,
        Shape.TEXT,
        "Penilaian berkala apakah pelaksanaan kegiatan sesuai standar pelayanan.",
        r"\bevaluasi\b|\bpenilaian kinerja\b",
    ),
)
MAKLUMAT_NAME = "Maklumat pelayanan"


def component(no: int) -> ComponentDef:
    if not 1 <= no <= len(COMPONENTS):
        raise KeyError(no)
    return COMPONENTS[no - 1]


def section_name(no: int) -> str:
    """A component's name, or "Maklumat pelayanan" for :data:`MAKLUMAT`."""
    return MAKLUMAT_NAME if no == MAKLUMAT else component(no).nama


def section_label(no: int) -> str:
    return MAKLUMAT_NAME if no == MAKLUMAT else component(no).label


def components_of(part: Part) -> tuple[ComponentDef, ...]:
    return tuple(c for c in COMPONENTS if c.part is part)


SECTIONS = (*range(1, len(COMPONENTS) + 1), MAKLUMAT)


def fold_name(text: str) -> str:
    """Lower case, "dan/atau" and punctuation as spaces, one space between words."""
    text = text.casefold().replace("dan/atau", "dan atau")
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def match_component(name: str) -> int | None:
    """The component an OPD's KOMPONEN cell names ("Dasar Hukum", "Biaya / Tarif", "Sarana,
    prasarana, dan/atau fasilitas", "Waktu Penyelesaian" ...), or None."""
    folded = fold_name(name)
    if not folded:
        return None
    if "maklumat" in folded:
        return MAKLUMAT
    # The specific names first: "jaminan keamanan" before "jaminan pelayanan", "jumlah
    # pelaksana" before "kompetensi pelaksana", "waktu" before "sistem".
    for no in (13, 12, 11, 9, 14, 3, 4, 7, 8, 5, 6, 10, 1, 2):
        if re.search(component(no).pattern, folded):
            return no
    return None


# --- content -----------------------------------------------------------------------------------

DURATION_UNITS = ("hari kerja", "hari kalender", "hari", "jam", "menit", "bulan")
MINUTES_PER_WORKDAY = 450  # 07.30-16.00 less the break: 7.5 hours (the office-hours setting's default)
_UNIT_MINUTES = {"menit": 1, "jam": 60, "hari kerja": MINUTES_PER_WORKDAY, "hari": MINUTES_PER_WORKDAY}

CHANNEL_KINDS = (
    "Datang langsung",
    "Alamat",
    "Telepon",
    "WhatsApp",
    "SMS",
    "E-mail",
    "Website",
    "SP4N-LAPOR!",
    "Kotak saran",
    "Media sosial",
    "Faksimile",
    "Lainnya",
)
_CHANNEL_WORDS: tuple[tuple[str, str], ...] = (
    (r"sp4n|lapor", "SP4N-LAPOR!"),
    (r"whats ?app|\bwa\b", "WhatsApp"),
    (r"\bsms\b", "SMS"),
    (r"e ?-?mail|surel|surat elektronik", "E-mail"),
    (r"website|\bweb\b|laman|situs|portal|aplikasi", "Website"),
    (r"telepon|telpon|\btelp\b|\btlp\b|\bhp\b|hotline|call ?cent", "Telepon"),
    (r"faks|fax", "Faksimile"),
    (r"kotak (saran|pengaduan)", "Kotak saran"),
    (r"instagram|facebook|twitter|media sosial|medsos|tiktok|\bx\b", "Media sosial"),
    (r"datang langsung|langsung|tatap muka|loket|petugas", "Datang langsung"),
    (r"alamat|\bjl\b|jalan|surat tertulis|\bpos\b", "Alamat"),
    (r"lainnya", "Lainnya"),
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_URL = re.compile(r"(https?://\S+|www\.\S+|\b[\w-]+(\.[\w-]+)*\.(go\.id|id|com|org|net)\b\S*)", re.IGNORECASE)
_PHONE = re.compile(r"(\+62|\(0\d{1,4}\)|\b0\d{2,4})[\s.-]?\d{3,}")
_FREE = re.compile(
    r"^(tidak dipungut biaya|tanpa biaya|tidak dikenakan biaya|tidak dikenai biaya|bebas biaya|gratis|nihil|"
    r"rp\.?\s*0\s*[,.-]*$|rp\.?\s*0,00|rp\.?\s*0\b)",
    re.IGNORECASE,
)
_BASIS = re.compile(r"^(dasar hukum|dasar|landasan hukum)\s*:\s*", re.IGNORECASE)
_RUPIAH = re.compile(r"rp\.?\s*([\d.]+)(,\d{1,2})?(,-)?", re.IGNORECASE)
_MARKER = re.compile(r"^(?:[-•*▪·o]\s+|\(?\d{1,3}[.)]\s*|\(?[a-zA-Z][.)]\s+|[ivxIVX]{1,4}[.)]\s+)")
_DURATION = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*(?:\([^)]*\)\s*)?(hari kerja|hari kalender|hari|jam|menit|bulan)\b", re.IGNORECASE
)
_STEP_TIME = re.compile(r"\(([^()]*\d[^()]*(?:menit|jam|hari)[^()]*)\)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Item:
    """One entry of a list-shaped component. ``detail``: a step's time, a fee's amount as
    written ("Rp 50.000"), a channel's address, number, e-mail or web; ``kind``: a channel's
    kind (one of :data:`CHANNEL_KINDS`)."""

    text: str
    level: int = 0
    detail: str = ""
    kind: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text}
        if self.level:
            out["level"] = self.level
        if self.detail:
            out["detail"] = self.detail
        if self.kind:
            out["kind"] = self.kind
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Item:
        return cls(
            str(data.get("text", "")), int(data.get("level", 0)), str(data.get("detail", "")), str(data.get("kind", ""))
        )


@dataclass(frozen=True)
class Content:
    """A component's content. ``text``: formatted text (TEXT), or the paragraphs around the
    items (a procedure's introduction, how complaints are followed up), or a duration's note;
    ``amount``/``unit``: a duration; ``free``/``basis``: a fee."""

    text: str = ""
    items: tuple[Item, ...] = ()
    amount: Decimal | None = None
    unit: str = ""
    free: bool = False
    basis: str = ""

    @property
    def empty(self) -> bool:
        return not (self.text.strip() or self.items or self.amount is not None or self.free or self.basis.strip())

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.text:
            out["text"] = self.text
        if self.items:
            out["items"] = [i.to_dict() for i in self.items]
        if self.amount is not None:
            out["amount"] = str(self.amount)
        if self.unit:
            out["unit"] = self.unit
        if self.free:
            out["free"] = True
        if self.basis:
            out["basis"] = self.basis
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Content:
        amount = data.get("amount")
        return cls(
            text=str(data.get("text", "")),
            items=tuple(Item.from_dict(i) for i in data.get("items", ()) if isinstance(i, Mapping)),
            amount=None if amount in (None, "") else Decimal(str(amount)),
            unit=str(data.get("unit", "")),
            free=bool(data.get("free", False)),
            basis=str(data.get("basis", "")),
        )


def _number(value: str) -> Decimal | None:
    try:
        return Decimal(value.replace(",", "."))
    except InvalidOperation:
        return None


def format_amount(amount: Decimal) -> str:
    """``3``, ``1,5``: the office's decimal comma."""
    normal = amount.normalize()
    text = f"{normal:f}"
    return text.replace(".", ",")


def rupiah(detail: str) -> int | None:
    """The whole rupiah of an amount as OPDs write it ("Rp 50.000", "Rp. 1.500.000,-"), or None."""
    found = _RUPIAH.search(detail)
    if not found:
        return None
    digits = found.group(1).replace(".", "")
    return int(digits) if digits.isdigit() else None


def format_rupiah(value: int) -> str:
    return "Rp " + f"{value:,}".replace(",", ".")


def _strip_marker(line: str) -> tuple[str, bool]:
    """A line without its list marker ("- ", "1. ", "a) ", "• "), and whether it had one."""
    stripped = line.strip()
    found = _MARKER.match(stripped)
    if found and found.end() < len(stripped):
        return stripped[found.end() :].strip(), True
    return stripped, False


def _indent_level(line: str) -> int:
    expanded = line.replace("\t", "    ")
    return min(3, (len(expanded) - len(expanded.lstrip(" "))) // 2)


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _channel_kind(label: str) -> str | None:
    folded = fold_name(label)
    for pattern, kind in _CHANNEL_WORDS:
        if re.search(pattern, folded):
            return kind
    return None


def _channel(line: str) -> Item | None:
    """A complaint channel from "Telepon: (021) 599", "E-mail: a@b.go.id", "www.lapor.go.id" ..."""
    label, sep, rest = line.partition(":")
    if sep and rest.strip() and not rest.startswith("//") and len(label) <= 40:
        kind = _channel_kind(label)
        if kind is not None:
            return Item(label.strip() if kind == "Lainnya" else kind, 0, rest.strip(), kind)
    folded = fold_name(line)
    for prefix, kind in (
        ("kotak saran", "Kotak saran"),
        ("kotak pengaduan", "Kotak saran"),
        ("datang langsung", "Datang langsung"),
    ):
        if folded.startswith(prefix):
            return Item(kind, 0, line.strip(), kind)
    if "lapor.go.id" in line.casefold() or "sp4n" in line.casefold():
        return Item("SP4N-LAPOR!", 0, line.strip(), "SP4N-LAPOR!")
    if _EMAIL.search(line) and len(line) <= 120:
        return Item("E-mail", 0, line.strip(), "E-mail")
    if _URL.search(line) and len(line) <= 120:
        return Item("Website", 0, line.strip(), "Website")
    if _PHONE.search(line) and len(line) <= 80:
        return Item("Telepon", 0, line.strip(), "Telepon")
    return None


def parse_content(shape: Shape, text: str) -> Content:
    """A component's content from its canonical text (and from what OPDs write, as far as the
    shapes can tell: list markers, "(15 menit)" after a step, "Rp 50.000", "Telepon: ...")."""
    lines = _lines(text)
    if shape is Shape.TEXT:
        return Content(text="\n".join(_trim_blank(lines)))
    if shape is Shape.DURATION:
        return _parse_duration(lines)
    paragraphs: list[str] = []
    items: list[Item] = []
    free = False
    basis = ""
    for raw in lines:
        if not raw.strip():
            continue
        body, marked = _strip_marker(raw)
        level = _indent_level(raw)
        if shape is Shape.FEE:
            basis_found = _BASIS.match(body)
            if basis_found:
                basis = body[basis_found.end() :].strip()
                continue
            if _FREE.match(body):
                free = True
                if fold_name(body) not in ("tidak dipungut biaya", "gratis", "nihil", "tanpa biaya", "rp 0"):
                    paragraphs.append(body)
                continue
            text_part, sep, amount = body.partition("|")
            if sep:
                items.append(Item(text_part.strip(), level, amount.strip()))
                continue
            found = _RUPIAH.search(body)
            if found:
                label = (body[: found.start()] + body[found.end() :]).strip(" :-–")
                items.append(Item(label, level, found.group(0).strip()))
                continue
            paragraphs.append(body)
        elif shape is Shape.CHANNELS:
            channel = _channel(body)
            if channel is not None:
                items.append(channel)
            else:
                paragraphs.append(body)
        elif shape is Shape.STEPS:
            if not marked and not items and raw == raw.lstrip():
                step_text, sep, _ = body.partition("|")
                if not sep and not _STEP_TIME.search(body):
                    paragraphs.append(body)
                    continue
            step_text, sep, time = body.partition("|")
            if sep:
                items.append(Item(step_text.strip(), level, time.strip()))
                continue
            found_time = _STEP_TIME.search(body)
            if found_time:
                items.append(Item(body[: found_time.start()].strip(), level, found_time.group(1).strip()))
            else:
                items.append(Item(body, level))
        else:  # LIST
            if not marked and not items and paragraphs == [] and len(lines) > 1 and body.endswith(":"):
                paragraphs.append(body)  # "Persyaratan umum:" above the list
                continue
            items.append(Item(body, level))
    return Content(text="\n".join(paragraphs), items=tuple(items), free=free, basis=basis)


def _trim_blank(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def _parse_duration(lines: list[str]) -> Content:
    lines = _trim_blank(lines)
    if not lines:
        return Content()
    head = lines[0].strip()
    exact = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*(hari kerja|hari kalender|hari|jam|menit|bulan)", head, re.IGNORECASE)
    if exact:
        return Content(
            text="\n".join(lines[1:]).strip(), amount=_number(exact.group(1)), unit=exact.group(2).casefold()
        )
    whole = "\n".join(line.strip() for line in lines)
    found = _DURATION.search(whole)
    if found:
        return Content(text=whole, amount=_number(found.group(1)), unit=found.group(2).casefold())
    return Content(text=whole)


def content_text(shape: Shape, content: Content) -> str:
    """The canonical text of a content: what the editor's text box shows and what
    ``sp show`` prints; :func:`parse_content` reads it back to the same content."""
    if shape is Shape.TEXT:
        return content.text
    if shape is Shape.DURATION:
        head = f"{format_amount(content.amount)} {content.unit}".strip() if content.amount is not None else ""
        return "\n".join(part for part in (head, content.text) if part)
    out: list[str] = [content.text] if content.text else []
    for item in content.items:
        indent = "  " * item.level
        if shape is Shape.CHANNELS:
            label = item.text if item.kind == "Lainnya" else item.kind or item.text
            out.append(f"{indent}- {label}: {item.detail}" if item.detail else f"{indent}- {label}: -")
        elif shape in (Shape.STEPS, Shape.FEE) and item.detail:
            out.append(f"{indent}- {item.text} | {item.detail}")
        else:
            out.append(f"{indent}- {item.text}")
    if shape is Shape.FEE:
        if content.free:
            out.insert(0, "Tidak dipungut biaya")
        if content.basis:
            out.append(f"Dasar: {content.basis}")
    return "\n".join(out)


def terbilang(n: int) -> str:
    """Small whole numbers in words, as written beside the figure: 3 (tiga)."""
    words = (
        "nol",
        "satu",
        "dua",
        "tiga",
        "empat",
        "lima",
        "enam",
        "tujuh",
        "delapan",
        "sembilan",
        "sepuluh",
        "sebelas",
    )
    if n < 12:
        return words[n]
    if n < 20:
        return f"{words[n - 10]} belas"
    if n < 100:
        tens, ones = divmod(n, 10)
        return f"{words[tens]} puluh" + (f" {words[ones]}" if ones else "")
    if n < 200:
        return "seratus" + (f" {terbilang(n - 100)}" if n > 100 else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{words[hundreds]} ratus" + (f" {terbilang(rest)}" if rest else "")
    return str(n)


def duration_phrase(content: Content) -> str:
    """ "3 (tiga) hari kerja" from a duration's amount and unit ("" when there is none)."""
    if content.amount is None or not content.unit:
        return ""
    amount = content.amount
    words = f" ({terbilang(int(amount))})" if amount == amount.to_integral_value() and amount < 1000 else ""
    return f"{format_amount(amount)}{words} {content.unit}"


def display_lines(no: int, content: Content) -> list[tuple[int, str]]:
    """The URAIAN of a component as printed: (indent level, text) per line, items numbered."""
    if no == MAKLUMAT:
        return [(0, line) for line in _trim_blank(_lines(content.text))]
    shape = component(no).shape
    if shape is Shape.TEXT:
        return [(0, line) for line in _trim_blank(_lines(content.text)) if line.strip()]
    if shape is Shape.DURATION:
        if content.text:
            return [(0, line) for line in _lines(content.text) if line.strip()]
        phrase = duration_phrase(content)
        return [(0, phrase)] if phrase else []
    out: list[tuple[int, str]] = []
    if shape is Shape.FEE and content.free and not content.items:
        out.append((0, "Tidak dipungut biaya"))
    out += [(0, line) for line in _lines(content.text) if line.strip()]
    counters: dict[int, int] = {}
    for item in content.items:
        counters[item.level] = counters.get(item.level, 0) + 1
        for deeper in [k for k in counters if k > item.level]:
            del counters[deeper]
        n = counters[item.level]
        marker = f"{n}." if item.level == 0 else f"{chr(ord('a') + (n - 1) % 26)})" if item.level == 1 else "-"
        if shape is Shape.CHANNELS:
            label = item.text if item.kind in ("", "Lainnya") else item.kind
            if item.detail and fold_name(item.detail).startswith(fold_name(label)):
                body = item.detail  # "Kotak saran di ruang tunggu"
            else:
                body = f"{label}: {item.detail}" if item.detail else label
        elif shape is Shape.STEPS and item.detail:
            body = f"{item.text} ({item.detail})"
        elif shape is Shape.FEE and item.detail:
            body = f"{item.text}: {item.detail}" if item.text else item.detail
        else:
            body = item.text
        out.append((item.level, f"{marker} {body}"))
    if shape is Shape.FEE and content.basis:
        out.append((0, f"Dasar hukum: {content.basis}"))
    return out


def plain_text(no: int, content: Content) -> str:
    """The printed URAIAN as plain lines (SIPP fields, the copy-ready view)."""
    return "\n".join(("   " * level) + text for level, text in display_lines(no, content))


# --- the SP of one layanan ----------------------------------------------------------------------


@dataclass(frozen=True)
class SpContent:
    """Everything an SP of one jenis layanan says: the fourteen components and the Maklumat text.
    (What SIPP asks besides, a description and where the service is given, is kept with the
    case's document: it is written at step 10, after the SP is signed.)"""

    components: tuple[Content, ...] = tuple(Content() for _ in COMPONENTS)
    maklumat: str = ""

    def get(self, no: int) -> Content:
        if no == MAKLUMAT:
            return Content(text=self.maklumat)
        return self.components[no - 1]

    def with_section(self, no: int, content: Content) -> SpContent:
        if no == MAKLUMAT:
            return replace(self, maklumat=content.text)
        parts = list(self.components)
        parts[no - 1] = content
        return replace(self, components=tuple(parts))

    def section_text(self, no: int) -> str:
        if no == MAKLUMAT:
            return self.maklumat
        return content_text(component(no).shape, self.get(no))

    @property
    def empty(self) -> bool:
        return all(c.empty for c in self.components) and not self.maklumat.strip()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "komponen": {str(no): c.to_dict() for no, c in enumerate(self.components, start=1) if not c.empty}
        }
        if self.maklumat:
            out["maklumat"] = self.maklumat
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SpContent:
        stored = data.get("komponen", {})
        parts = tuple(
            Content.from_dict(stored.get(str(no), {})) if isinstance(stored, Mapping) else Content()
            for no in range(1, len(COMPONENTS) + 1)
        )
        return cls(parts, str(data.get("maklumat", "")))

    def canonical(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    def content_hash(self) -> str:
        return hashlib.sha256(self.canonical().encode("utf-8")).hexdigest()


def check_section_text(no: int, text: str) -> Content:
    """Parse and bound what the user typed for section ``no``; Indonesian message per field."""
    if no not in SECTIONS:
        raise ValidationError.single("komponen", f"Komponen {no} tidak ada: pilih 1 sampai 14, atau 15 (Maklumat).")
    if len(text) > MAX_TEXT:
        raise ValidationError.single(
            "text", f"{section_name(no)}: paling panjang {MAX_TEXT:,} karakter.".replace(",", ".")
        )
    if no == MAKLUMAT:
        return Content(text="\n".join(_trim_blank(_lines(text))))
    content = parse_content(component(no).shape, text)
    if len(content.items) > MAX_ITEMS:
        raise ValidationError.single("text", f"{section_name(no)}: paling banyak {MAX_ITEMS} butir.")
    return content


# --- completeness -------------------------------------------------------------------------------


class Completeness(StrEnum):
    KOSONG = "kosong"
    KURANG = "kurang"
    LENGKAP = "lengkap"

    @property
    def label(self) -> str:
        return {"kosong": "Belum diisi", "kurang": "Belum lengkap", "lengkap": "Lengkap"}[self.value]


@dataclass(frozen=True)
class Problem:
    section: int  # a component number, or MAKLUMAT
    message: str
    advice: bool = False  # a suggestion; it does not make the component incomplete


@dataclass(frozen=True)
class Rule:
    """A completeness rule: ``check`` returns the messages of what is wrong (none: fine).
    ``section`` is the component it belongs to (the messages are shown there); rules that look
    at several components (a procedure's times against the jangka waktu) name the one to fix."""

    section: int
    check: Callable[[SpContent], Iterable[str]]
    advice: bool = False


RULES: list[Rule] = []


def rule(section: int, *, advice: bool = False) -> Callable[[Callable[[SpContent], Iterable[str]]], Callable[..., Any]]:
    """Register a completeness rule for ``section`` (see ``docs/standar-pelayanan.md``)."""

    def register(check: Callable[[SpContent], Iterable[str]]) -> Callable[[SpContent], Iterable[str]]:
        RULES.append(Rule(section, check, advice))
        return check

    return register


@rule(1)
def _persyaratan(sp: SpContent) -> Iterable[str]:
    c = sp.get(1)
    if not c.empty and not c.items:
        yield "Tuliskan persyaratan sebagai daftar, satu syarat per baris."


@rule(2)
def _prosedur(sp: SpContent) -> Iterable[str]:
    c = sp.get(2)
    if c.empty:
        return
    if not c.items:
        yield "Tuliskan prosedur sebagai langkah-langkah, satu langkah per baris."
        return
    missing = [n for n, item in enumerate(c.items, start=1) if not item.detail and item.level == 0]
    if missing:
        listed = ", ".join(str(n) for n in missing[:8]) + (" dan lainnya" if len(missing) > 8 else "")
        yield f"Langkah {listed} belum diberi waktu (mis. '| 15 menit')."


@rule(3)
def _jangka_waktu(sp: SpContent) -> Iterable[str]:
    c = sp.get(3)
    if not c.empty and (c.amount is None or not c.unit):
        yield "Sebutkan jangka waktu dengan angka dan satuannya (hari kerja, jam atau menit)."
    elif c.amount is not None and c.amount <= 0:
        yield "Jangka waktu harus lebih dari nol."


@rule(3)
def _waktu_langkah(sp: SpContent) -> Iterable[str]:
    """The procedure's steps together must fit in the jangka waktu."""
    duration = sp.get(3)
    steps = [i for i in sp.get(2).items if i.level == 0]
    if duration.amount is None or duration.unit not in _UNIT_MINUTES or not steps:
        return
    total = duration.amount * _UNIT_MINUTES[duration.unit]
    minutes = [step_minutes(i.detail) for i in steps]
    known = [m for m in minutes if m is not None]
    if len(known) < len(minutes):
        return
    spent = sum(known, Decimal(0))
    if spent > total:
        yield (
            f"Jumlah waktu langkah prosedur ({describe_minutes(spent)}) melebihi jangka waktu pelayanan "
            f"({duration_phrase(duration)})."
        )


@rule(4)
def _biaya(sp: SpContent) -> Iterable[str]:
    c = sp.get(4)
    if c.empty:
        return
    if c.free and c.items:
        yield "Pilih salah satu: 'Tidak dipungut biaya' atau daftar tarif."
    if not c.free and not c.items:
        yield "Sebutkan tarifnya (mis. '- Retribusi | Rp 50.000') atau 'Tidak dipungut biaya'."
    unpriced = [i.text or "(tanpa nama)" for i in c.items if rupiah(i.detail) is None]
    if unpriced:
        yield f"Tarif '{unpriced[0]}' belum bernilai rupiah (mis. 'Rp 50.000')."
    if c.items and not c.basis.strip():
        yield "Sebutkan dasar hukum tarif (mis. 'Dasar: Peraturan Daerah ... tentang Retribusi ...')."


@rule(5)
def _produk(sp: SpContent) -> Iterable[str]:
    c = sp.get(5)
    if not c.empty and not c.items:
        yield "Tuliskan produk pelayanan sebagai daftar."


@rule(6)
def _pengaduan(sp: SpContent) -> Iterable[str]:
    c = sp.get(6)
    if c.empty:
        return
    if not c.items:
        yield "Sebutkan minimal satu saluran pengaduan (mis. '- Telepon: (021) 5991234')."
    for item in c.items:
        if not item.detail.strip() or item.detail.strip() == "-":
            yield f"Saluran '{item.kind or item.text}' belum diberi alamat, nomor atau laman."


@rule(6, advice=True)
def _lapor(sp: SpContent) -> Iterable[str]:
    c = sp.get(6)
    if c.items and not any(i.kind == "SP4N-LAPOR!" for i in c.items):
        yield "Pertimbangkan SP4N-LAPOR! (www.lapor.go.id) sebagai salah satu saluran pengaduan."


_REGULATION = re.compile(
    r"undang|peraturan|keputusan|instruksi|surat edaran|\bperda\b|\bperbup\b|\bperwal\b|\bpergub\b|\bpp\b|"
    r"\bpermen|\bperpres\b|\bkepmen|\bkep\b|\buu\b|\bse\b|qanun",
    re.IGNORECASE,
)


@rule(7)
def _dasar_hukum(sp: SpContent) -> Iterable[str]:
    c = sp.get(7)
    if not c.empty and not c.items:
        yield "Tuliskan dasar hukum sebagai daftar peraturan, satu per baris."


@rule(7, advice=True)
def _dasar_hukum_peraturan(sp: SpContent) -> Iterable[str]:
    for item in sp.get(7).items:
        if item.level == 0 and not _REGULATION.search(item.text):
            yield f"Butir '{item.text[:60]}' tidak tampak seperti nama peraturan."


@rule(8)
def _sarana(sp: SpContent) -> Iterable[str]:
    c = sp.get(8)
    if not c.empty and not c.items:
        yield "Tuliskan sarana, prasarana dan fasilitas sebagai daftar."


@rule(11)
def _jumlah(sp: SpContent) -> Iterable[str]:
    c = sp.get(11)
    if not c.empty and not re.search(r"\d", c.text):
        yield "Sebutkan jumlah pelaksana dengan angka (mis. '3 orang')."


def step_minutes(detail: str) -> Decimal | None:
    """A step's time in minutes ("15 menit", "1 hari kerja", "2 jam"), or None when unknown."""
    found = _DURATION.search(detail)
    if not found:
        return None
    unit = found.group(2).casefold()
    amount = _number(found.group(1))
    if amount is None or unit not in _UNIT_MINUTES:
        return None
    return amount * _UNIT_MINUTES[unit]


def describe_minutes(minutes: Decimal) -> str:
    if minutes >= MINUTES_PER_WORKDAY:
        return f"{format_amount((minutes / MINUTES_PER_WORKDAY).quantize(Decimal('0.01')))} hari kerja"
    if minutes >= 60:
        return f"{format_amount((minutes / 60).quantize(Decimal('0.01')))} jam"
    return f"{format_amount(minutes)} menit"


@dataclass(frozen=True)
class SectionCheck:
    section: int
    status: Completeness
    problems: tuple[Problem, ...]

    @property
    def label(self) -> str:
        return section_label(self.section)


def check_sections(sp: SpContent, rules: Sequence[Rule] | None = None) -> tuple[SectionCheck, ...]:
    """Every component and the Maklumat: empty, incomplete (with what is wrong) or complete."""
    found: dict[int, list[Problem]] = {no: [] for no in SECTIONS}
    for r in RULES if rules is None else rules:
        for message in r.check(sp):
            found[r.section].append(Problem(r.section, message, r.advice))
    out = []
    for no in SECTIONS:
        empty = (not sp.maklumat.strip()) if no == MAKLUMAT else sp.get(no).empty
        blocking = [p for p in found[no] if not p.advice]
        problems: tuple[Problem, ...]
        if empty:
            status = Completeness.KOSONG
            problems = (Problem(no, "Belum diisi."),)
        else:
            status = Completeness.KURANG if blocking else Completeness.LENGKAP
            problems = tuple(found[no])
        out.append(SectionCheck(no, status, problems))
    return tuple(out)


def missing_summary(checks: Sequence[SectionCheck]) -> str:
    """ "Lengkap" or "Belum lengkap: 3, 4, Maklumat" for lists and dialogs."""
    short = [
        ("Maklumat" if c.section == MAKLUMAT else str(c.section))
        for c in checks
        if c.status is not Completeness.LENGKAP
    ]
    return "Lengkap" if not short else "Belum lengkap: " + ", ".join(short)


# --- comparing two versions word by word ---------------------------------------------------------

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Segment:
    op: str  # "=" same, "-" only in the older version, "+" only in the newer
    text: str


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """The newer text against the older, word by word (white space and punctuation kept)."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out: list[Segment] = []

    def add(op: str, tokens: Sequence[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if out and out[-1].op == op:
            out[-1] = Segment(op, out[-1].text + text)
        else:
            out.append(Segment(op, text))

    codes = matcher.get_opcodes()
    # A lone space between two changes belongs to them: "Tidak dipungut" -> "Retribusi Rp"
    # reads as one replacement, not word, space, word.
    merged: list[tuple[str, list[str], list[str]]] = []
    for n, (tag, i1, i2, j1, j2) in enumerate(codes):
        between = 0 < n < len(codes) - 1 and codes[n - 1][0] != "equal" and codes[n + 1][0] != "equal"
        if tag == "equal" and not (between and "".join(a[i1:i2]).isspace()):
            merged.append(("=", a[i1:i2], []))
        elif merged and merged[-1][0] == "~":
            merged[-1][1].extend(a[i1:i2])
            merged[-1][2].extend(b[j1:j2])
        else:
            merged.append(("~", list(a[i1:i2]), list(b[j1:j2])))
    for kind, old_tokens, new_tokens in merged:
        if kind == "=":
            add("=", old_tokens)
        else:
            add("-", old_tokens)
            add("+", new_tokens)
    return tuple(out)


@dataclass(frozen=True)
class SectionChange:
    section: int
    old: str
    new: str
    segments: tuple[Segment, ...]

    @property
    def changed(self) -> bool:
        return self.old != self.new

    @property
    def label(self) -> str:
        return section_label(self.section)


def compare(old: SpContent, new: SpContent) -> tuple[SectionChange, ...]:
    """Component by component (and the Maklumat), what changed from ``old`` to ``new``."""
    out = []
    for no in SECTIONS:
        a, b = old.section_text(no), new.section_text(no)
        out.append(SectionChange(no, a, b, word_diff(a, b) if a != b else ((Segment("=", a),) if a else ())))
    return tuple(out)


def changed_sections(old: SpContent, new: SpContent) -> tuple[int, ...]:
    return tuple(no for no in SECTIONS if old.section_text(no) != new.section_text(no))


# --- versions, passes and the signed SP ----------------------------------------------------------


class Source(StrEnum):
    EDITOR = "editor"
    IMPORT = "impor"
    CLI = "cli"
    DEMO = "demo"

    @property
    def label(self) -> str:
        return {"editor": "penyunting", "impor": "impor Word", "cli": "baris perintah", "demo": "data contoh"}[
            self.value
        ]


@dataclass(frozen=True)
class SpVersion:
    """One saved version of the SP of a layanan."""

    number: int
    based_on: int
    pass_no: int  # the pass of step 4 it was made in; 0: before step 4 (the OPD's draft)
    step: int | None  # the case's step when it was saved
    content: SpContent
    changed: tuple[int, ...]  # the sections that differ from the version it was based on
    source: Source
    note: str
    saved_by: str
    saved_by_nama: str
    saved_at: datetime

    @property
    def pass_label(self) -> str:
        return pass_label(self.pass_no)

    def describe(self) -> str:
        who = self.saved_by_nama or self.saved_by
        return f"Versi {self.number} ({self.pass_label}, {tanggal_jam(self.saved_at)}, {who})"


def pass_label(pass_no: int) -> str:
    return "rancangan OPD" if pass_no == 0 else f"penyusunan ke-{pass_no}"


@dataclass(frozen=True)
class SpRecord:
    """The SP of one jenis layanan of a Berkas SP, as it stands (its newest version)."""

    id: int | None  # None: nothing saved yet for this layanan
    case_id: int
    layanan: str
    position: int
    version: int  # 0: nothing saved yet
    content: SpContent
    signed_at: datetime | None = None
    signed_version: int | None = None
    updated_by: str = ""
    updated_at: datetime | None = None

    @property
    def frozen(self) -> bool:
        return self.signed_at is not None


def layanan_key(name: str) -> str:
    """Two spellings of the same jenis layanan meet on this key (case, spaces, punctuation)."""
    return fold_name(name)[:200]


def version_for_pass(versions: Sequence[SpVersion], pass_no: int) -> SpVersion | None:
    """The version submitted at the end of pass ``pass_no`` of step 4: the last one made in or
    before that pass."""
    found = [v for v in versions if v.pass_no <= pass_no]
    return found[-1] if found else None


@dataclass(frozen=True)
class Fix:
    """A component a return to step 4 asks to fix (``layanan`` empty: in every layanan)."""

    section: int
    layanan: str = ""
    catatan: str = ""

    def applies_to(self, layanan: str) -> bool:
        return not self.layanan or layanan_key(self.layanan) == layanan_key(layanan)

    def to_dict(self) -> dict[str, Any]:
        return {"komponen": self.section, "layanan": self.layanan, "catatan": self.catatan}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fix:
        return cls(int(data.get("komponen", 0)), str(data.get("layanan", "")), str(data.get("catatan", "")))

    def describe(self) -> str:
        where = f" ({self.layanan})" if self.layanan else ""
        note = f": {self.catatan}" if self.catatan else ""
        return f"{section_label(self.section)}{where}{note}"


def check_fixes(fixes: Iterable[Fix], layanan: Sequence[str]) -> tuple[Fix, ...]:
    """The components a return names: known sections, layanan of the case, no repeats."""
    keys = {layanan_key(name): name for name in layanan}
    out: list[Fix] = []
    for fix in fixes:
        if fix.section not in SECTIONS:
            raise ValidationError.single(
                "perbaikan", f"Komponen {fix.section} tidak ada: pilih 1 sampai 14 atau Maklumat."
            )
        name = ""
        if fix.layanan.strip():
            found = keys.get(layanan_key(fix.layanan))
            if found is None:
                raise ValidationError.single("perbaikan", f"Jenis layanan '{fix.layanan}' tidak ada dalam berkas ini.")
            name = found
        note = " ".join(fix.catatan.split())
        if len(note) > 500:
            raise ValidationError.single("perbaikan", "Catatan perbaikan paling panjang 500 karakter.")
        candidate = Fix(fix.section, name, note)
        if all((f.section, layanan_key(f.layanan)) != (candidate.section, layanan_key(name)) for f in out):
            out.append(candidate)
    return tuple(sorted(out, key=lambda f: (f.section, layanan_key(f.layanan))))


@dataclass(frozen=True)
class FixStatus:
    fix: Fix
    changed: bool  # changed since the version that was sent back


@dataclass(frozen=True)
class Review:
    """What the step-5 validation and the step-6/7 approvals show for one layanan: what is
    missing, what changed since the previous submission, which requested fixes were made."""

    layanan: str
    version: int
    previous_version: int | None  # the version submitted in the previous pass (None: first pass)
    checks: tuple[SectionCheck, ...]
    changes: tuple[SectionChange, ...]  # against the previous submission (empty on the first)
    fixes: tuple[FixStatus, ...]

    @property
    def missing(self) -> tuple[SectionCheck, ...]:
        return tuple(c for c in self.checks if c.status is not Completeness.LENGKAP)

    @property
    def changed(self) -> tuple[SectionChange, ...]:
        return tuple(c for c in self.changes if c.changed)


def review(
    layanan: str, versions: Sequence[SpVersion], pass_no: int, fixes: Sequence[Fix], current: SpContent
) -> Review:
    """The review of the content submitted in pass ``pass_no`` (``current``) against the pass before."""
    previous = version_for_pass(versions, pass_no - 1) if pass_no > 1 else None
    now = version_for_pass(versions, pass_no)
    changes = compare(previous.content, current) if previous is not None else ()
    changed = {c.section for c in changes if c.changed}
    statuses = tuple(FixStatus(f, f.section in changed) for f in fixes if f.applies_to(layanan))
    return Review(
        layanan,
        now.number if now else 0,
        previous.number if previous else None,
        check_sections(current),
        changes,
        statuses,
    )


def edit_refusal(
    *,
    number: str,
    open_case: bool,
    current_step: int | None,
    signed_at: datetime | None,
    step_label: str = "",
) -> str | None:
    """Why the SP of a case cannot be edited now (None: it can). Drafts are written and
    corrected up to step 4; from step 5 the submitted version is being validated or approved
    (a return to step 4 reopens it); once signed at step 8 it is frozen."""
    if signed_at is not None:
        return (
            f"SP berkas {number} sudah ditandatangani pada {tanggal_jam(signed_at)} (langkah {SIGNING_STEP}) dan "
            "dibekukan; perubahan memerlukan berkas SP baru."
        )
    if not open_case:
        return f"Berkas {number} sudah ditutup; SP-nya tidak dapat diubah lagi."
    if current_step is not None and current_step > DRAFTING_STEP:
        where = step_label or f"langkah {current_step}"
        return (
            f"SP hanya dapat diubah sampai langkah {DRAFTING_STEP} (penyusunan); berkas {number} sekarang di {where}. "
            f"Kembalikan berkas ke langkah {DRAFTING_STEP} dengan menyebut komponen yang harus diperbaiki."
        )
    return None


def content_from_sections(texts: Mapping[int, str], base: SpContent | None = None) -> SpContent:
    """A content with the sections in ``texts`` parsed from their canonical text (others from ``base``)."""
    sp = base or SpContent()
    for no, text in texts.items():
        sp = sp.with_section(no, check_section_text(no, text))
    return sp
