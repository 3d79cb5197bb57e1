"""The agenda book in Excel: export the filtered view, import an existing agenda workbook.

The only importer of openpyxl (an import-linter contract keeps it so). Export reads the letters
in pages of ids and streams them into a write-only workbook, written to a temporary name and
renamed into place. Import checks every row first and writes all of them in one transaction,
or none.
"""

from __future__ import annotations

import math
import os
import re
import string
import threading
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel
from openpyxl.utils.exceptions import InvalidFileException

from sopdesk.domain.agenda import (
    AgendaQuery,
    LetterInput,
    LetterRecord,
    Sifat,
    Sumber,
    Urgensi,
    normalise_letter,
)
from sopdesk.domain.agenda_words import DEFAULT_RULES, TARGETS, WordReader, WordRule
from sopdesk.domain.dates import parse_datetime, parse_time, quoted
from sopdesk.domain.errors import DomainError, ValidationError
from sopdesk.domain.printing import Letterhead, PrintMark, SignerBlock
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission, require
from sopdesk.domain.sla import SlaReport
from sopdesk.domain.sp_papers import SippColumn, SippRow
from sopdesk.domain.validation import clean_text
from sopdesk.services import read
from sopdesk.services.agenda import (
    MAX_SEQ,
    SEQ_RULE,
    NumbersTaken,
    StagedLetter,
    import_letters,
    number_pattern,
)
from sopdesk.store.database import Database
from sopdesk.store.uow import UnitOfWork

CHUNK = 1000  # letters read from the database at a time
DATE_FORMAT = "dd-mm-yyyy"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"

# --- export -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    header: str
    width: float  # in characters; text columns may grow to the first page's contents
    kind: str = "text"  # text | date | datetime


# The screen's columns in the screen's order, then the rest of the record.
EXPORT_COLUMNS: tuple[_Column, ...] = (
    _Column("No. Agenda", 20),
    _Column("Tanggal Terima", 17, "datetime"),
    _Column("Asal Surat", 28),
    _Column("Nomor Surat", 24),
    _Column("Tanggal Surat", 14, "date"),
    _Column("Perihal", 48),
    _Column("Sifat", 14),
    _Column("Urgensi", 14),
    _Column("Status", 18),
    _Column("Isi Ringkas", 40),
    _Column("Kode", 10),
    _Column("Lampiran", 14),
    _Column("Sumber", 10),
    _Column("No. Srikandi", 16),
    _Column("Diteruskan Kepada", 22),
    _Column("Keterangan", 28),
    _Column("Dibatalkan", 11),
    _Column("Alasan Pembatalan", 28),
)
MAX_WIDTH = 60


def _export_values(r: LetterRecord) -> tuple[object, ...]:
    return (
        r.number,
        r.received_at,
        r.asal,
        r.nomor_surat,
        r.tanggal_surat,
        r.perihal,
        r.sifat.value,
        r.urgensi.value,
        "dibatalkan" if r.voided else r.status.value,
        r.isi_ringkas,
        r.kode,
        r.lampiran,
        r.sumber.value,
        r.srikandi_no,
        r.diteruskan_kepada,
        r.keterangan,
        "Ya" if r.voided else "",
        r.void_reason,
    )


def _pages(db: Database, ids: list[int]) -> Iterator[list[LetterRecord]]:
    """The letters of ``ids`` in their order, ``CHUNK`` at a time: never all records at once."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        records = read.letters(db, chunk)
        yield [records[i] for i in chunk if i in records]


def _cell(ws: Any, value: object, kind: str) -> object:
    if kind == "datetime":
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATETIME_FORMAT
        return cell
    if kind == "date":
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    if text.startswith("="):  # a perihal is never a formula
        cell = WriteOnlyCell(ws, value=text)
        cell.data_type = "s"
        return cell
    return text


def export_agenda(db: Database, actor: Actor, query: AgendaQuery, out: Path) -> int:
    """Write the letters that pass ``query``, in its order, to ``out`` (.xlsx); return how many.

    The file is written to ``out.partial`` and renamed into place once the export is in the
    audit trail, so ``out`` is either the whole export or untouched.
    """
    require(actor.role, Permission.READ)
    ids = read.agenda_ids(db, query)
    pages = _pages(db, ids)
    first = next(pages, [])
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Buku Agenda")
    for index, column in enumerate(EXPORT_COLUMNS, start=1):
        width = column.width
        if column.kind == "text" and first:
            longest = max(len(str(_export_values(r)[index - 1])) for r in first)
            width = min(max(len(column.header) + 2, longest + 2), max(width, MAX_WIDTH))
        ws.column_dimensions[get_column_letter(index)].width = width
    last = get_column_letter(len(EXPORT_COLUMNS))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{last}{len(ids) + 1}"
    ws.print_title_rows = "1:1"
    bold = Font(bold=True)
    header = []
    for column in EXPORT_COLUMNS:
        cell = WriteOnlyCell(ws, value=column.header)
        cell.font = bold
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    ws.append(header)
    count = 0

    def all_pages() -> Iterator[list[LetterRecord]]:
        yield first
        yield from pages

    for page in all_pages():
        for record in page:
            values = _export_values(record)
            ws.append([_cell(ws, v, c.kind) for v, c in zip(values, EXPORT_COLUMNS, strict=True)])
            count += 1
    _save_audited(
        db,
        actor,
        wb,
        out,
        "agenda.export",
        "letter",
        None,
        {"file": out.name, "count": count, "query": _query_summary(query)},
    )
    return count


def _query_summary(query: AgendaQuery) -> dict[str, str]:
    return {k: str(v) for k, v in query.__dict__.items() if v not in (None, "")}


# --- reading a workbook -----------------------------------------------------------------------


@dataclass(frozen=True)
class WorkbookPreview:
    """What the import dialog shows before a mapping is chosen."""

    path: Path
    sheets: tuple[str, ...]
    sheet: str
    header_row: int  # 1-based, as Excel numbers rows: the (last) row of the column titles
    headers: tuple[str, ...]  # a title over two rows ("Surat" over "Nomor") reads "Nomor Surat"
    rows: tuple[tuple[str, ...], ...]  # the first rows under the header, as text

    def column_label(self, index: int) -> str:
        """``C — Nomor Surat``: the column letter and its header."""
        header = self.headers[index] if index < len(self.headers) else ""
        return f"{get_column_letter(index + 1)} — {header}" if header else get_column_letter(index + 1)


# What a damaged workbook raises while it is read: the zip, its compression, its XML.
_DAMAGED = (
    InvalidFileException,
    zipfile.BadZipFile,
    zlib.error,
    ElementTree.ParseError,
    EOFError,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    UnicodeError,
    OverflowError,
    RecursionError,
)


def _damaged(path: Path, exc: BaseException, where: str = "") -> DomainError:
    detail = " ".join(str(exc).split())[:120] or type(exc).__name__
    return DomainError(
        f"Berkas {path.name} rusak atau bukan buku kerja Excel (.xlsx) yang dapat dibaca"
        + (f" ({where})" if where else "")
        + f": {detail}. Buka dan simpan ulang berkas itu di Excel atau LibreOffice, lalu coba lagi."
    )


def _open(path: Path) -> Any:
    try:
        with warnings.catch_warnings():  # openpyxl warns about styles and extensions it skips
            warnings.simplefilter("ignore")
            return load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise DomainError(f"Berkas {path} tidak ditemukan.") from None
    except IsADirectoryError:
        raise DomainError(f"{path} adalah folder, bukan buku kerja Excel.") from None
    except OSError as exc:
        raise DomainError(f"Berkas {path} tidak dapat dibaca: {exc.strerror or exc}.") from None
    except _DAMAGED as exc:
        raise _damaged(path, exc) from None


def _sheet(wb: Any, name: str | None) -> Any:
    if not wb.sheetnames:
        raise DomainError("Buku kerja ini tidak punya lembar.")
    if name is None:
        return wb.worksheets[0]
    if name not in wb.sheetnames:
        raise DomainError(f"Lembar {quoted(name)} tidak ada. Lembar yang ada: {', '.join(wb.sheetnames)}.")
    return wb[name]


def cell_text(value: object) -> str:
    """A cell as the clerk would read it: dates as dd-mm-yyyy, whole numbers without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y") if value.time() == time.min else value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value).strip()


def _row_texts(row: Sequence[object]) -> tuple[str, ...]:
    return tuple(cell_text(v) for v in row)


HEADER_SCAN = 20  # rows searched for the header (a title may sit above it)


def _two_row_header(upper: tuple[str, ...], lower: tuple[str, ...]) -> tuple[str, ...]:
    """Column titles over two rows: "Surat" merged over "Dari | Nomor | Tanggal" reads
    "Dari Surat | Nomor Surat | Tanggal Surat"; a title standing alone over both rows stays."""
    width = max(len(upper), len(lower))
    upper = upper + ("",) * (width - len(upper))
    lower = lower + ("",) * (width - len(lower))
    combined: list[str] = []
    parent = ""
    for top, bottom in zip(upper, lower, strict=True):
        if top:
            parent = top if bottom else ""
        if bottom:
            combined.append(f"{bottom} {top or parent}".strip())
        else:
            combined.append(top)
    return tuple(combined)


def _find_header(rows: list[tuple[object, ...]]) -> tuple[int, tuple[str, ...]]:
    """The 1-based row of the column titles (the lower one when they take two rows) and the
    titles: the row, or pair of rows, with the most known column names; else the first row
    with two or more filled cells."""
    best, best_hits = 0, 1
    best_headers: tuple[str, ...] = ()
    texts = [_row_texts(r) for r in rows]
    for i, row in enumerate(texts):
        candidates = [(i, row)]
        if i + 1 < len(texts):
            candidates.append((i + 1, _two_row_header(row, texts[i + 1])))
        for at, headers in candidates:
            hits = len(auto_columns(headers))
            if hits > best_hits:
                best, best_hits, best_headers = at, hits, headers
    if best_hits > 1:
        return best + 1, best_headers
    for i, row in enumerate(texts):
        if sum(1 for v in row if v) >= 2:
            return i + 1, row
    return 1, texts[0] if texts else ()


def read_workbook(path: Path, sheet: str | None = None, *, limit: int = 10) -> WorkbookPreview:
    """Sheet names, the header row and the first ``limit`` rows under it."""
    wb = _open(path)
    try:
        ws = _sheet(wb, sheet)
        try:
            top = [tuple(r) for r in ws.iter_rows(max_row=HEADER_SCAN + limit, values_only=True)]
        except _DAMAGED as exc:
            raise _damaged(path, exc, f"lembar {ws.title}") from None
        header_row, headers = _find_header(top[:HEADER_SCAN])
        body = [
            texts
            for r in top[header_row : header_row + limit]
            if any(v is not None for v in r) and not _column_numbers(texts := _row_texts(r))
        ]
        width = max([len(_trim(headers)), *(len(_trim(r)) for r in body)])
        headers = (headers + ("",) * width)[:width]
        return WorkbookPreview(
            path=path,
            sheets=tuple(wb.sheetnames),
            sheet=ws.title,
            header_row=header_row,
            headers=headers,
            rows=tuple((r + ("",) * width)[:width] for r in body),
        )
    finally:
        wb.close()


def _trim(values: tuple[str, ...]) -> tuple[str, ...]:
    end = len(values)
    while end and not values[end - 1]:
        end -= 1
    return values[:end]


def _column_numbers(texts: Sequence[str]) -> bool:
    """A row that only numbers the columns under the titles: "1 | 2 | 3 | …" (or "(1) | (2)")."""
    filled = [t.strip("() ") for t in texts if t]
    return (
        len(filled) >= 3
        and all(t.isdigit() for t in filled)
        and [int(t) for t in filled] == list(range(int(filled[0]), int(filled[0]) + len(filled)))
    )


# --- mapping --------------------------------------------------------------------------------

# The LetterInput fields an import can fill, in the order the dialog lists them, with their
# Indonesian names. "seq" is the original agenda number (back-filling earlier years);
# "received_time" a separate column for the time of receipt.
FIELD_LABELS: dict[str, str] = {
    "seq": "No. Agenda Asli",
    "received_at": "Tanggal Terima",
    "received_time": "Jam Terima",
    "asal": "Asal Surat",
    "nomor_surat": "Nomor Surat",
    "tanggal_surat": "Tanggal Surat",
    "perihal": "Perihal",
    "isi_ringkas": "Isi Ringkas",
    "sifat": "Sifat",
    "urgensi": "Urgensi",
    "kode": "Kode",
    "lampiran": "Lampiran",
    "sumber": "Sumber",
    "srikandi_no": "No. Srikandi",
    "diteruskan_kepada": "Diteruskan Kepada",
    "keterangan": "Keterangan",
}
REQUIRED = ("received_at", "asal", "nomor_surat", "tanggal_surat", "perihal")
DEFAULTABLE = (
    "asal",
    "isi_ringkas",
    "sifat",
    "urgensi",
    "kode",
    "lampiran",
    "sumber",
    "diteruskan_kepada",
    "keterangan",
)
# The fields that make a row a letter: a row without any of them is a title, a total or a
# number the paper book left unused, and is skipped (and listed as skipped).
CONTENT = ("received_at", "asal", "nomor_surat", "tanggal_surat", "perihal", "isi_ringkas")

_ALIASES: dict[str, tuple[str, ...]] = {
    "received_at": (
        "tanggalterima", "tglterima", "tanggalditerima", "tglditerima", "diterimatanggal", "diterimatgl",
        "waktuterima", "tanggalmasuk", "tglmasuk", "tanggalpenerimaan", "terimatanggal", "tanggalagenda",
        "tglagenda", "diterima",
    ),
    "received_time": ("jamterima", "jam", "pukul", "jamditerima", "jammasuk", "waktu"),
    "asal": (
        "asalsurat", "asal", "pengirim", "dari", "instansipengirim", "suratdari", "darisurat", "pengirimsurat",
        "asalinstansi", "instansi",
    ),
    "nomor_surat": ("nomorsurat", "nosurat", "nomor", "suratnomor", "nomorsuratmasuk"),
    "tanggal_surat": ("tanggalsurat", "tglsurat", "surattanggal", "surattgl"),
    "perihal": ("perihal", "hal", "perihalsurat"),
    "isi_ringkas": ("isiringkas", "ringkasan", "isisingkat", "ringkasanisi", "isisurat", "isi"),
    "sifat": ("sifat", "sifatsurat", "klasifikasikeamanan"),
    "urgensi": ("urgensi", "derajat", "kecepatan", "derajatkecepatan", "derajatsurat"),
    "kode": ("kode", "kodeklasifikasi", "klasifikasi", "kodearsip", "kodesurat", "indeks"),
    "lampiran": ("lampiran", "lamp", "jumlahlampiran"),
    "sumber": ("sumber", "sumbersurat", "media"),
    "srikandi_no": ("nosrikandi", "nomorsrikandi", "noregistrasisrikandi", "nomorregistrasisrikandi"),
    "diteruskan_kepada": (
        "diteruskankepada", "diteruskan", "tujuan", "disposisikepada", "didisposisikankepada", "kepada",
    ),
    "keterangan": ("keterangan", "ket", "catatan"),
    "seq": (
        "noagenda", "nomoragenda", "nourut", "nomorurut", "noagendaasli", "nourutasli", "no", "noagd",
        "agenda", "nomoragendaasli",
    ),
}  # fmt: skip


def _key(header: str) -> str:
    return re.sub(r"[^0-9a-z]", "", header.casefold())


def auto_columns(headers: Sequence[str]) -> dict[str, int]:
    """Field name to 0-based column, matched by header name (case, spaces and dots ignored)."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = _key(header)
        for name, aliases in _ALIASES.items():
            if key in aliases and name not in found:
                found[name] = index
                break
    return found


@dataclass(frozen=True)
class ImportMapping:
    """Which workbook column holds which field; ``defaults`` fill a field whose cell is empty
    or that has no column (e.g. one kode for a whole sheet); ``words`` map the older sifat and
    urgensi words the book uses."""

    columns: Mapping[str, int]  # field name (see FIELD_LABELS, without "seq") -> 0-based column
    seq_column: int | None = None  # the original agenda number, for earlier years
    defaults: Mapping[str, str] = field(default_factory=dict)
    sheet: str | None = None  # None: the first sheet
    header_row: int = 1  # rows up to and including this one are not letters
    words: tuple[WordRule, ...] = DEFAULT_RULES
    headers: tuple[str, ...] = ()  # the column titles as the preview read them (else the header row)


def auto_mapping(preview: WorkbookPreview) -> ImportMapping:
    """The mapping the header names suggest (the export's own headers included)."""
    found = auto_columns(preview.headers)
    seq = found.pop("seq", None)
    return ImportMapping(
        columns=found, seq_column=seq, sheet=preview.sheet, header_row=preview.header_row, headers=preview.headers
    )


# --- import ---------------------------------------------------------------------------------

MAX_LISTED = 200  # errors, warnings and skipped rows listed one by one; the rest are counted


@dataclass(frozen=True)
class RowError:
    row: int  # the Excel row number
    column: str  # the column letter, "" when the field has no column
    header: str  # the column's header (or the field's name)
    message: str  # Indonesian
    agenda: str = ""  # the row's agenda number as the book writes it, when it has one

    @property
    def kind(self) -> str:
        """What the count per kind counts: the column the error is in."""
        return self.header

    def __str__(self) -> str:
        where = f"kolom {self.column} ({self.header})" if self.column else self.header
        row = f"Baris {self.row}" + (f" (No. {self.agenda})" if self.agenda else "")
        return f"{row}, {where}: {self.message}"


@dataclass(frozen=True)
class SkippedRow:
    row: int
    reason: str  # Indonesian: "judul", "baris jumlah", …

    def __str__(self) -> str:
        return f"Baris {self.row} dilewati: {self.reason}"


@dataclass(frozen=True)
class PreviewRow:
    row: int
    values: dict[str, str]  # field name -> the cell as text


@dataclass(frozen=True)
class ImportReport:
    rows: int  # letters found in the sheet
    errors: tuple[RowError, ...]  # the first MAX_LISTED, in row order
    numbers: tuple[str, ...]  # the agenda numbers given, in sheet order; empty unless written
    preview: tuple[PreviewRow, ...]  # the first rows as mapped
    dry_run: bool
    warnings: tuple[str, ...] = ()  # repeated nomor surat from the same sender (not a block); the first MAX_LISTED
    error_count: int = 0  # all errors, listed or not
    error_kinds: tuple[tuple[str, int], ...] = ()  # (column, how many), most first
    bad_rows: int = 0  # rows with at least one error
    warning_count: int = 0
    skipped: tuple[SkippedRow, ...] = ()  # the first MAX_LISTED rows that are not letters
    skipped_count: int = 0

    @property
    def ok(self) -> bool:
        return not self.error_count and not self.errors

    @property
    def written(self) -> bool:
        return bool(self.numbers)

    def error_summary(self) -> str:
        """``3 kesalahan pada 2 baris dari 120 (Tanggal Surat 2, Sifat 1)``."""
        kinds = ", ".join(f"{kind} {count:,}".replace(",", ".") for kind, count in self.error_kinds)
        return f"{self.error_count:,} kesalahan pada {self.bad_rows:,} baris dari {self.rows:,}".replace(",", ".") + (
            f" ({kinds})" if kinds else ""
        )


class ImportCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__("Impor dibatalkan. Tidak ada surat yang ditulis.")


# progress(what, done, total): "Membaca baris" 1200 of 50000; total 0 when unknown.
Progress = Callable[[str, int, int], None]


def _check_mapping(mapping: ImportMapping) -> None:
    errors = {
        name: f"Pilih kolom untuk {FIELD_LABELS[name]}."
        for name in REQUIRED
        if name not in mapping.columns and not (name in DEFAULTABLE and clean_text(mapping.defaults.get(name, "")))
    }
    unknown = set(mapping.columns) - set(FIELD_LABELS) - {"seq"}
    if unknown:
        errors["mapping"] = f"Kolom tidak dikenal: {', '.join(sorted(unknown))}."
    for name, value in mapping.defaults.items():
        if name not in DEFAULTABLE:
            errors[name] = f"{FIELD_LABELS.get(name, name)} tidak dapat diisi tetap."
        elif name in ("sifat", "urgensi") and value.strip():
            read = WordReader(mapping.words).read(value, name)
            if read.unknown or (read.sifat is None and read.urgensi is None):
                errors[name] = f"Isi tetap {FIELD_LABELS[name]} {quoted(value)} tidak dikenal."
    try:
        WordReader(mapping.words)
    except ValueError as exc:
        errors["words"] = str(exc)
    if errors:
        raise ValidationError(errors)


SERIAL_FIRST = 16438  # 1 January 1945 as an Excel serial: smaller numbers are not dates here
SERIAL_LAST = 2958465  # 31 December 9999


def _number_date(value: float, label: str) -> datetime:
    """A number in a date column: an Excel serial (a cell formatted as a number), or ddmmyyyy
    typed as a number that lost its leading zero (8012025 is 08-01-2025)."""
    if not math.isfinite(value):
        raise ValueError(f"{label} {quoted(str(value))} bukan tanggal.")
    if value >= 1_000_000 and float(value).is_integer() and value < 100_000_000:
        return parse_datetime(f"{int(value):08d}")
    if not SERIAL_FIRST <= value <= SERIAL_LAST:
        raise ValueError(f"{label} {quoted(cell_text(value))} bukan tanggal: tulis hh-bb-tttt, misalnya 23-11-2026.")
    converted = from_excel(value)
    if isinstance(converted, datetime):
        return converted.replace(microsecond=0) if converted.second == 0 else _round_minute(converted)
    raise ValueError(f"{label} {quoted(cell_text(value))} bukan tanggal.")


def _round_minute(moment: datetime) -> datetime:
    """A serial's float error (14:04:59.99) read as the minute it means."""
    return (moment + timedelta(seconds=30)).replace(second=0, microsecond=0)


def _as_datetime(value: object, label: str = "Tanggal terima") -> datetime:
    if isinstance(value, bool):
        raise ValueError(f"{label} {quoted(cell_text(value))} bukan tanggal.")
    if isinstance(value, datetime):
        return value.replace(microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, time.min)
    if isinstance(value, time):
        raise ValueError(f"{label} hanya berisi jam {value:%H.%M}, tanpa tanggal.")
    if isinstance(value, int | float):
        return _number_date(float(value), label)
    return parse_datetime(cell_text(value))


def _as_date(value: object, label: str = "Tanggal surat") -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return parse_datetime(value).date()  # a time written after the date of the letter is harmless
    return _as_datetime(value, label).date()


def _as_time(value: object) -> time:
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, float) and 0 <= value < 1:  # a time cell read as a fraction of a day
        minutes = round(value * 24 * 60)
        return time(minutes // 60 % 24, minutes % 60)
    return parse_time(cell_text(value))


def _choice(text: str, options: Iterable[Any], label: str) -> Any:
    options = list(options)
    for option in options:
        if _key(option.value) == _key(text):
            return option
    raise ValueError(
        f"{label} {quoted(text)} tidak dikenal: pilih salah satu dari {', '.join(o.value for o in options)}."
    )


@dataclass(frozen=True)
class _Seq:
    seq: int
    kode: str = ""  # the kode the written agenda number carries, when it follows the pattern


def _seq_from(value: object, pattern: str, unit: str) -> _Seq:
    """An original agenda number: a whole number (368), an agenda number in the current pattern
    (065/368-Org/2025, whose kode is kept) or the number with its suffix (368-Org)."""
    if isinstance(value, bool):
        raise ValueError(f"Nomor agenda {quoted(cell_text(value))} bukan nomor.")
    if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
        raise ValueError(f"Nomor agenda {quoted(cell_text(value))} bukan bilangan bulat.")
    if isinstance(value, int | float):
        return _Seq(_bounded_seq(int(value), cell_text(value)))
    text = cell_text(value)
    plain = re.fullmatch(r"(?:no\.?\s*)?(\d+)\.?", text, re.IGNORECASE)
    if plain:
        return _Seq(_bounded_seq(int(plain.group(1)), text))
    match = _number_regex(pattern, unit).fullmatch(text)
    if match:
        return _Seq(_bounded_seq(int(match.group("seq")), text), match.groupdict().get("kode") or "")
    suffixed = re.fullmatch(r"(\d+)\s*[-/.]\s*[A-Za-z][A-Za-z.\s-]*", text)
    if suffixed:
        return _Seq(_bounded_seq(int(suffixed.group(1)), text))
    raise ValueError(
        f"Nomor agenda {quoted(text)} tidak dikenali: tulis nomor urutnya (368) atau nomor agenda sesuai pola nomor."
    )


def _bounded_seq(seq: int, text: str) -> int:
    if not 1 <= seq <= MAX_SEQ:
        raise ValueError(
            f"Nomor agenda {quoted(text)} tidak masuk akal: nomor urut 1 sampai {MAX_SEQ:,}.".replace(",", ".")
        )
    return seq


def _number_regex(pattern: str, unit: str) -> re.Pattern[str]:
    parts = []
    for literal, name, _spec, _conv in string.Formatter().parse(pattern):
        parts.append(re.escape(literal))
        if name == "seq":
            parts.append(r"(?P<seq>\d{1,7})")
        elif name == "tahun":
            parts.append(r"\d{4}")
        elif name == "unit":
            parts.append(re.escape(unit))
        elif name == "kode":
            parts.append(r"(?P<kode>[0-9A-Za-z.\-]{1,40})")
        elif name is not None:
            parts.append(r".*?")
    return re.compile("".join(parts), re.IGNORECASE)


_TOTAL = re.compile(r"^(?:jumlah|total|sub\s*total|subtotal|rekap|rekapitulasi)\b", re.IGNORECASE)


@dataclass
class _Parsed:
    row: int
    letter: LetterInput
    seq: int | None
    agenda: str


class _Errors:
    """Every error counted; the first MAX_LISTED kept."""

    def __init__(self) -> None:
        self.listed: list[RowError] = []
        self.count = 0
        self.kinds: dict[str, int] = {}
        self.rows: set[int] = set()

    def add(self, error: RowError) -> None:
        self.count += 1
        self.kinds[error.kind] = self.kinds.get(error.kind, 0) + 1
        self.rows.add(error.row)
        if len(self.listed) < MAX_LISTED:
            self.listed.append(error)

    def report_fields(self) -> dict[str, Any]:
        return {
            "errors": tuple(sorted(self.listed, key=lambda e: e.row)),
            "error_count": self.count,
            "error_kinds": tuple(sorted(self.kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
            "bad_rows": len(self.rows),
        }


class _Stage:
    """Reads and checks every row of the sheet (no database write, no lock held)."""

    def __init__(
        self,
        mapping: ImportMapping,
        headers: tuple[str, ...],
        now: datetime,
        pattern: str,
        unit: str,
    ) -> None:
        self.mapping = mapping
        self.now = now
        self.pattern = pattern
        self.unit = unit
        self.words = WordReader(mapping.words)
        self.errors = _Errors()
        self.parsed: list[_Parsed] = []
        self.preview: list[PreviewRow] = []
        self.skipped: list[SkippedRow] = []
        self.skipped_count = 0
        self.letter_rows = 0
        self.where: dict[str, tuple[str, str]] = {}
        self.index: dict[str, int] = {}
        for name in FIELD_LABELS:
            index = mapping.seq_column if name == "seq" else mapping.columns.get(name)
            if index is None:
                self.where[name] = ("", FIELD_LABELS[name])
            else:
                self.index[name] = index
                header = headers[index] if index < len(headers) and headers[index] else FIELD_LABELS[name]
                self.where[name] = (get_column_letter(index + 1), header)
        self.header_keys = {name: _key(self.where[name][1]) for name in self.index}

    def skip(self, row: int, reason: str) -> None:
        self.skipped_count += 1
        if len(self.skipped) < MAX_LISTED:
            self.skipped.append(SkippedRow(row, reason))

    def row(self, number: int, row: tuple[object, ...]) -> None:
        index = self.index
        raw = {name: (row[i] if i < len(row) else None) for name, i in index.items()}
        texts = {name: cell_text(v) for name, v in raw.items()}
        filled = [t for t in _row_texts(row) if t]
        if not any(texts.values()):
            return  # a blank row (whatever stands in columns nobody mapped)
        if all(_key(t) == self.header_keys[n] for n, t in texts.items() if t) and len(filled) >= 2:
            self.skip(number, "judul kolom berulang")
            return
        if _column_numbers(_row_texts(row)):
            self.skip(number, "nomor kolom")
            return
        dates_written = any(isinstance(raw.get(n), date) for n in ("received_at", "tanggal_surat"))
        if not dates_written and any(_TOTAL.match(t) for t in filled):
            self.skip(number, "baris jumlah")
            return
        if len(filled) == 1 and not (texts.get("seq") == filled[0] and filled[0].isdigit()):
            self.skip(number, f"judul atau catatan {quoted(filled[0])}")
            return
        if not any(texts.get(n) for n in CONTENT):
            self.skip(number, "tanpa isi surat" + (f" (nomor {texts['seq']})" if texts.get("seq") else ""))
            return
        self.letter_rows += 1
        self.letter(number, raw, texts)

    def value(self, name: str, raw: dict[str, object], texts: dict[str, str]) -> object:
        if not texts.get(name) and name in self.mapping.defaults:
            return self.mapping.defaults[name]
        return raw.get(name)

    def letter(self, number: int, raw: dict[str, object], texts: dict[str, str]) -> None:
        def value(name: str) -> object:
            return self.value(name, raw, texts)

        def text(name: str) -> str:
            return cell_text(value(name))

        agenda = texts.get("seq", "")[:40]
        if len(self.preview) < 20:
            self.preview.append(PreviewRow(number, {name: text(name) for name in FIELD_LABELS}))
        row_errors: dict[str, str] = {}
        values: dict[str, Any] = {}
        for name, label in (("received_at", "Tanggal terima"), ("tanggal_surat", "Tanggal surat")):
            if not text(name):
                row_errors[name] = f"{label} wajib diisi."
                continue
            try:
                values[name] = _as_datetime(value(name), label) if name == "received_at" else _as_date(value(name))
            except (ValueError, OverflowError) as exc:
                row_errors[name] = str(exc)
        if text("received_time") and "received_at" in values:
            try:
                values["received_at"] = datetime.combine(values["received_at"].date(), _as_time(value("received_time")))
            except (ValueError, OverflowError) as exc:
                row_errors["received_time"] = str(exc)
        kept: list[str] = []
        found: dict[str, list[tuple[Any, str]]] = {"sifat": [], "urgensi": []}
        for name in ("sifat", "urgensi"):
            written = text(name)
            if not written:
                continue
            words = self.words.read(written, name)
            if words.unknown:
                row_errors[name] = (
                    f"Kata {quoted(' / '.join(words.unknown))} tidak dikenal sebagai sifat atau urgensi. Yang dikenal: "
                    f"{', '.join(TARGETS)} dan kata lama di aturan kata (tambahkan di sana bila perlu)."
                )
                continue
            for axis in ("sifat", "urgensi"):
                got = getattr(words, axis)
                if got is not None:
                    found[axis].append((got, name))
            if words.by_rule:
                header = self.where[name][1]
                kept.append(f"{header.title() if header.isupper() else header} di buku asal: {written}")
        for axis, enum in (("sifat", Sifat), ("urgensi", Urgensi)):
            special = {v for v, _ in found[axis] if v is not enum.BIASA}
            if len(special) > 1:
                columns = {n for _, n in found[axis]}
                row_errors[sorted(columns)[0]] = (
                    f"{axis.capitalize()} bertentangan: {' dan '.join(sorted(str(v) for v in special))}."
                )
            values[axis] = next(iter(special)) if special else enum.BIASA
        try:
            values["sumber"] = _choice(text("sumber"), Sumber, "Sumber") if text("sumber") else Sumber.FISIK
        except ValueError as exc:
            row_errors["sumber"] = str(exc)
        seq: _Seq | None = None
        if texts.get("seq"):
            try:
                seq = _seq_from(raw.get("seq"), self.pattern, self.unit)
            except (ValueError, OverflowError) as exc:
                row_errors["seq"] = str(exc)
        for name in ("asal", "nomor_surat", "perihal", "isi_ringkas", "lampiran", "kode", "srikandi_no"):
            values[name] = text(name)
        values["diteruskan_kepada"] = text("diteruskan_kepada")
        values["keterangan"] = "; ".join(p for p in (text("keterangan"), *kept) if p)
        if not values["kode"] and seq is not None and seq.kode:
            values["kode"] = seq.kode
        backfill = bool(texts.get("seq"))  # the row brings its own number (readable or not)
        letter: LetterInput | None = None
        stand_in = {"received_at": self.now, "tanggal_surat": self.now.date()}
        complete = "received_at" in values and "tanggal_surat" in values
        try:
            checked = normalise_letter(
                LetterInput(**(values if complete else {**values, **stand_in})),
                self.now,
                self.pattern,
                backfill=backfill,
            )
            letter = checked if complete else None
        except ValidationError as exc:
            skip = () if complete else ("received_at", "tanggal_surat")
            row_errors.update({k: v for k, v in exc.fields.items() if k not in row_errors and k not in skip})
        if letter is not None and seq is not None and (letter.received_at.year >= self.now.year):
            row_errors.setdefault("seq", SEQ_RULE)
        for name in FIELD_LABELS:
            if name in row_errors:
                column, header = self.where[name]
                self.errors.add(RowError(number, column, header, row_errors[name], agenda))
        if letter is not None and not row_errors:
            self.parsed.append(_Parsed(number, letter, seq.seq if seq else None, agenda))


def _seq_clashes(db: Database, stage: _Stage) -> None:
    """Two rows with one original number, or a number the database already holds."""
    column, header = stage.where["seq"]
    first: dict[tuple[int, int], int] = {}
    by_year: dict[int, list[_Parsed]] = {}
    for p in stage.parsed:
        if p.seq is None:
            continue
        key = (p.letter.received_at.year, p.seq)
        if key in first:
            message = f"Nomor urut {p.seq} tahun {key[0]} dipakai juga di baris {first[key]}."
            stage.errors.add(RowError(p.row, column, header, message, p.agenda))
        else:
            first[key] = p.row
            by_year.setdefault(key[0], []).append(p)
    for year, rows in by_year.items():
        taken = read.taken_seqs(db, year, [p.seq for p in rows if p.seq is not None])
        for p in rows:
            if p.seq in taken:
                message = f"Nomor urut {p.seq} tahun {year} sudah dipakai di buku agenda."
                stage.errors.add(RowError(p.row, column, header, message, p.agenda))


def _duplicates(db: Database, parsed: list[_Parsed]) -> tuple[list[str], int]:
    """The same nomor surat from the same sender: already in the book, or earlier in the sheet."""
    known = read.registered_pairs(db, [p.letter.nomor_surat for p in parsed])
    seen: dict[tuple[str, str], int] = {}
    listed: list[str] = []
    count = 0
    for p in parsed:
        key = (p.letter.asal.lower(), p.letter.nomor_surat.lower())
        where = [*known.get(key, [])]
        if key in seen:
            where.append(f"baris {seen[key]} buku kerja ini")
        else:
            seen[key] = p.row
        if where:
            count += 1
            if len(listed) < MAX_LISTED:
                listed.append(
                    f"Baris {p.row}: nomor surat {p.letter.nomor_surat} dari {p.letter.asal} sudah tercatat "
                    f"sebagai {', '.join(where)}."
                )
    return listed, count


def _headers_of(ws: Any, mapping: ImportMapping) -> tuple[str, ...]:
    if mapping.headers:
        return mapping.headers
    if mapping.header_row < 1:
        return ()
    cells = next(ws.iter_rows(min_row=mapping.header_row, max_row=mapping.header_row, values_only=True), ())
    return _row_texts(tuple(cells))


def import_agenda(
    db: Database,
    actor: Actor,
    path: Path,
    mapping: ImportMapping,
    *,
    dry_run: bool = False,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportReport:
    """Check every row of the sheet; unless one fails (or ``dry_run``), register them all in one
    short transaction: rows with an original number first, then the others in order of receipt.

    The workbook is read and every row checked (against the book too: numbers taken, repeated
    letters) before the write starts, without holding the database's write lock; only the
    writing holds it. ``progress`` hears how far the reading is; ``cancel`` set stops it (and
    nothing is written) until the writing begins. Errors, warnings and skipped rows are listed
    up to :data:`MAX_LISTED` each, and counted whole."""
    require(actor.role, Permission.REGISTER_MAIL)
    _check_mapping(mapping)
    now = (now or datetime.now()).replace(microsecond=0)
    pattern, unit = number_pattern(db)

    def tell(what: str, done: int, total: int) -> None:
        if cancel is not None and cancel.is_set():
            raise ImportCancelled()
        if progress is not None:
            progress(what, done, total)

    wb = _open(path)
    number = mapping.header_row
    try:
        ws = _sheet(wb, mapping.sheet)
        try:
            headers = _headers_of(ws, mapping)
            stage = _Stage(mapping, headers, now, pattern, unit)
            total = max((ws.max_row or 0) - mapping.header_row, 0)
            tell("Membaca baris", 0, total)
            first_row = mapping.header_row + 1
            for number, row in enumerate(ws.iter_rows(min_row=first_row, values_only=True), first_row):
                stage.row(number, tuple(row))
                if number % 500 == 0:
                    tell("Membaca baris", number - mapping.header_row, max(total, number - mapping.header_row))
        except _DAMAGED as exc:
            raise _damaged(path, exc, f"lembar {ws.title}, sesudah baris {number}") from None
    finally:
        wb.close()
    tell("Memeriksa nomor agenda dan surat berulang", 0, 0)
    _seq_clashes(db, stage)
    rows = stage.letter_rows
    listed, warning_count = ([], 0) if stage.errors.count else _duplicates(db, stage.parsed)
    common: dict[str, Any] = {
        "preview": tuple(stage.preview),
        "skipped": tuple(stage.skipped),
        "skipped_count": stage.skipped_count,
        "warnings": tuple(listed),
        "warning_count": warning_count,
    }
    if stage.errors.count or dry_run or not stage.parsed:
        return ImportReport(rows, numbers=(), dry_run=dry_run, **stage.errors.report_fields(), **common)
    tell("Menulis", 0, 0)
    opd_ids = {o.nama.lower(): o.id for o in read.opd_list(db)}
    ordered = sorted(stage.parsed, key=lambda p: (p.seq is None, p.letter.received_at, p.row))
    staged = [StagedLetter(p.letter, p.seq, opd_ids.get(p.letter.asal.lower())) for p in ordered]
    try:
        numbers, _changes = import_letters(db, actor, staged, pattern=pattern, unit=unit)
    except NumbersTaken as taken:  # another seat took a number since the check: nothing written
        column, header = stage.where["seq"]
        for p in ordered:
            if p.seq is not None and (p.letter.received_at.year, p.seq) in taken.taken:
                message = f"Nomor urut {p.seq} tahun {p.letter.received_at.year} sudah dipakai di buku agenda."
                stage.errors.add(RowError(p.row, column, header, message, p.agenda))
        return ImportReport(rows, numbers=(), dry_run=False, **stage.errors.report_fields(), **common)
    by_row = {p.row: n for p, n in zip(ordered, numbers, strict=True)}
    return ImportReport(rows, errors=(), numbers=tuple(by_row[p.row] for p in stage.parsed), dry_run=False, **common)


# --- Berkas SP (issue 6): the SLA report as a workbook ------------------------------------------

SLA_COLUMNS = (
    ("No", 5),
    ("Kegiatan", 52),
    ("Pelaksana", 28),
    ("Mutu Baku (hari kerja)", 12),
    ("Jumlah", 9),
    ("Median (hari kerja)", 12),
    ("90% Selesai Dalam (hari kerja)", 14),
    ("Tepat Waktu", 11),
    ("Tepat Waktu (%)", 11),
    ("Dikembalikan", 12),
)


def write_sla_workbook(
    report: SlaReport, head: Letterhead, mark: PrintMark, signer: SignerBlock | None, out: Path
) -> None:
    """Write the SLA report to ``out`` (.xlsx) as the office prints it: the kop, the title and
    period, one row per step, the capaian, the cases finished, the notes, the signer and the
    print's mark; landscape, fitted to the page width, the header row repeated on each page.

    Numbers stay numbers (the share on time as a percentage format), so the office can chart
    them. The print is logged by the catalogue (``services/documents.py``), which records this
    file's SHA-256 once it is written; written to ``out.partial`` and renamed into place."""
    from openpyxl.worksheet.page import PageMargins

    from sopdesk.domain.sla import NOTES, capaian_text, finished_text
    from sopdesk.domain.workdays import format_days

    wb = Workbook()
    ws = wb.active
    ws.title = "Capaian Mutu Baku"
    bold = Font(bold=True)
    last = get_column_letter(len(SLA_COLUMNS))
    row = 0

    def line(text: str, *, font: Font | None = None, centred: bool = False, wrap: bool = False) -> None:
        nonlocal row
        row += 1
        ws.cell(row=row, column=1, value=text)
        ws.merge_cells(f"A{row}:{last}{row}")
        cell = ws.cell(row=row, column=1)
        if font is not None:
            cell.font = font
        cell.alignment = Alignment(horizontal="center" if centred else "left", wrap_text=wrap, vertical="top")

    for index, text in enumerate(head.lines):
        line(text.upper(), font=Font(bold=True, size=14 if index == 0 else 12), centred=True)
    for text in head.address_lines:
        line(text, font=Font(size=9), centred=True)
    row += 1
    line(report.title.upper(), font=Font(bold=True, size=12), centred=True)
    line(report.subtitle, centred=True)
    row += 1
    header_row = row + 1
    ws.append([name for name, _ in SLA_COLUMNS])
    row = ws.max_row
    for index, (_, width) in enumerate(SLA_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
        cell = ws.cell(row=row, column=index)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for r in report.rows:
        ws.append(
            [
                r.no,
                r.uraian,
                r.pelaksana,
                float(r.waktu_hari),
                r.count,
                r.median_days if r.measured else None,
                r.p90_days if r.measured else None,
                r.on_time if r.measured else "tidak diukur",
                r.on_time_share,
                r.returns,
            ]
        )
        row = ws.max_row
        ws.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=row, column=3).alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=row, column=9).number_format = "0%"
    row = ws.max_row + 1
    line(capaian_text(report), font=bold)
    line(finished_text(report, format_days))
    line(f"{report.cases_open} berkas lain masih berjalan (ada langkah yang berakhir dalam periode).")
    row += 1
    line("Catatan:", font=bold)
    for note in NOTES:
        line(note, wrap=True)
        ws.row_dimensions[row].height = 30
    if signer is not None:
        row += 1
        block = [signer.above, signer.jabatan + ",", "", "", "", signer.nama or "(" + "." * 40 + ")"]
        block += [signer.pangkat] if signer.pangkat else []
        block += [signer.nip_line]
        for text in block:
            row += 1
            ws.cell(row=row, column=8, value=text)
            ws.merge_cells(f"H{row}:{last}{row}")
            ws.cell(row=row, column=8).alignment = Alignment(horizontal="center")
            if text and text == signer.nama:
                ws.cell(row=row, column=8).font = Font(bold=True, underline="single")
    row += 2
    line(f"{mark.footer_text()}. {mark.check_text()}", font=Font(size=8, color="555555"), wrap=True)
    ws.row_dimensions[row].height = 24
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    ws.print_area = f"A1:{last}{row}"
    ws.oddFooter.center.text = "Halaman &P dari &N"
    wb.properties.keywords = mark.payload()
    wb.properties.title = report.title
    _save_atomic(wb, out)


def _save_atomic(wb: Workbook, out: Path) -> None:
    partial = out.with_name(out.name + ".partial")
    try:
        with partial.open("wb") as fh:
            wb.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _save_audited(
    db: Database,
    actor: Actor,
    wb: Workbook,
    out: Path,
    action: str,
    entity: str,
    entity_id: str | None,
    after: dict[str, object],
) -> None:
    """Write ``wb`` to ``out.partial``, flushed to disk; log the export; then rename it into
    place. Nothing half-written is left under the final name, and no export goes unlogged."""
    partial = out.with_name(out.name + ".partial")
    try:
        with partial.open("wb") as fh:
            wb.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        with UnitOfWork(db) as uow:
            uow.audit.append(actor, action, entity, entity_id, after=after)
            uow.commit()
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


# --- the Standar Pelayanan for SIPP (issue 16) ---------------------------------------------------


def export_sipp_workbook(
    db: Database,
    actor: Actor,
    out: Path,
    columns: Sequence[SippColumn],
    rows: Sequence[SippRow],
    *,
    case_id: int,
    about: str,
    content_hash: str,
) -> None:
    """The SIPP workbook: the header in row 1 and one row per jenis layanan from row 2 (the
    layout of SIPP's import template as far as it is known, ``resources/sp/sipp.toml``), lists
    kept as numbered lines inside their cell; a second sheet says where the data came from."""
    require(actor.role, Permission.READ)
    wb = Workbook()
    ws = wb.active
    ws.title = "Layanan"
    ws.append([c.header for c in columns])
    for index, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = col.width
        cell = ws.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in rows:
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", value) for _, value in row.values])
        for index in range(1, len(columns) + 1):
            ws.cell(row=ws.max_row, column=index).alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "B2"
    info = wb.create_sheet("Keterangan")
    info.append(["Sumber", about])
    info.append(["Diekspor", datetime.now().strftime("%d-%m-%Y %H:%M")])
    info.append(["Oleh", actor.nama or actor.username])
    info.append(
        [
            "Catatan",
            "Susunan kolom mengikuti templat impor SIPP sejauh diketahui (resources/sp/sipp.toml); "
            "sesuaikan judul kolom dengan templat yang diunduh dari SIPP bila berbeda.",
        ]
    )
    info.column_dimensions["A"].width = 14
    info.column_dimensions["B"].width = 100
    _save_audited(
        db,
        actor,
        wb,
        out,
        "sp.export_sipp",
        "sop_case",
        str(case_id),
        {"file": out.name, "rows": len(rows), "content_hash": content_hash},
    )
