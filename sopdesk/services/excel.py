"""The agenda book in Excel: export the filtered view, import an existing agenda workbook.

The only importer of openpyxl (an import-linter contract keeps it so). Export reads the letters
in pages of ids and streams them into a write-only workbook, written to a temporary name and
renamed into place. Import checks every row first and writes all of them in one transaction,
or none.
"""

from __future__ import annotations

import os
import re
import string
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

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
    parse_tanggal,
    parse_waktu,
)
from sopdesk.domain.errors import DomainError, ValidationError
from sopdesk.domain.printing import Letterhead, PrintMark, SignerBlock
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission, require
from sopdesk.domain.sla import SlaReport
from sopdesk.domain.validation import clean_text
from sopdesk.services import read
from sopdesk.services.agenda import SEQ_RULE, number_pattern, register_letters
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
    header_row: int  # 1-based, as Excel numbers rows
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # the first rows under the header, as text

    def column_label(self, index: int) -> str:
        """``C — Nomor Surat``: the column letter and its header."""
        header = self.headers[index] if index < len(self.headers) else ""
        return f"{get_column_letter(index + 1)} — {header}" if header else get_column_letter(index + 1)


def _open(path: Path) -> Any:
    try:
        with warnings.catch_warnings():  # openpyxl warns about styles and extensions it skips
            warnings.simplefilter("ignore")
            return load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise DomainError(f"Berkas {path} tidak ditemukan.") from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DomainError(f"Berkas {path.name} bukan buku kerja Excel (.xlsx) yang dapat dibaca: {exc}") from None


def _sheet(wb: Any, name: str | None) -> Any:
    if name is None:
        return wb.worksheets[0]
    if name not in wb.sheetnames:
        raise DomainError(f"Lembar '{name}' tidak ada. Lembar yang ada: {', '.join(wb.sheetnames)}.")
    return wb[name]


def cell_text(value: object) -> str:
    """A cell as the clerk would read it: dates as dd-mm-yyyy, whole numbers without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y") if value.time() == time.min else value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _row_texts(row: Sequence[object]) -> tuple[str, ...]:
    return tuple(cell_text(v) for v in row)


HEADER_SCAN = 20  # rows searched for the header (a title may sit above it)


def _find_header(rows: list[tuple[object, ...]]) -> int:
    """The 1-based row that looks most like the header: most known column names, else the first
    row with two or more filled cells."""
    best, best_hits = 0, 1
    for i, row in enumerate(rows):
        hits = len(auto_columns(_row_texts(row)))
        if hits > best_hits:
            best, best_hits = i, hits
    if best_hits > 1:
        return best + 1
    for i, row in enumerate(rows):
        if sum(1 for v in row if cell_text(v)) >= 2:
            return i + 1
    return 1


def read_workbook(path: Path, sheet: str | None = None, *, limit: int = 10) -> WorkbookPreview:
    """Sheet names, the header row and the first ``limit`` rows under it."""
    wb = _open(path)
    try:
        ws = _sheet(wb, sheet)
        top = [tuple(r) for r in ws.iter_rows(max_row=HEADER_SCAN + limit, values_only=True)]
        header_row = _find_header(top[:HEADER_SCAN])
        headers = _row_texts(top[header_row - 1]) if top else ()
        body = [_row_texts(r) for r in top[header_row : header_row + limit] if any(v is not None for v in r)]
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


# --- mapping --------------------------------------------------------------------------------

# The LetterInput fields an import can fill, in the order the dialog lists them, with their
# Indonesian names. "seq" is the original agenda sequence number (back-filling earlier years).
FIELD_LABELS: dict[str, str] = {
    "received_at": "Tanggal Terima",
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
    "seq": "No. Urut Asli",
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

_ALIASES: dict[str, tuple[str, ...]] = {
    "received_at": ("tanggalterima", "tglterima", "tanggalditerima", "diterimatanggal", "waktuterima"),
    "asal": ("asalsurat", "asal", "pengirim", "dari", "instansipengirim"),
    "nomor_surat": ("nomorsurat", "nosurat", "nomor"),
    "tanggal_surat": ("tanggalsurat", "tglsurat"),
    "perihal": ("perihal", "hal"),
    "isi_ringkas": ("isiringkas", "ringkasan", "isisingkat", "ringkasanisi"),
    "sifat": ("sifat", "sifatsurat"),
    "urgensi": ("urgensi", "derajat", "kecepatan"),
    "kode": ("kode", "kodeklasifikasi", "klasifikasi", "kodearsip"),
    "lampiran": ("lampiran", "lamp"),
    "sumber": ("sumber", "sumbersurat"),
    "srikandi_no": ("nosrikandi", "nomorsrikandi", "noregistrasisrikandi", "nomorregistrasisrikandi"),
    "diteruskan_kepada": ("diteruskankepada", "diteruskan", "tujuan"),
    "keterangan": ("keterangan", "ket"),
    "seq": ("noagenda", "nomoragenda", "nourut", "nomorurut", "noagendaasli", "nourutasli"),
}


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
    or that has no column (e.g. one kode for a whole sheet)."""

    columns: Mapping[str, int]  # field name (see FIELD_LABELS, without "seq") -> 0-based column
    seq_column: int | None = None  # the original agenda sequence number, for earlier years
    defaults: Mapping[str, str] = field(default_factory=dict)
    sheet: str | None = None  # None: the first sheet
    header_row: int = 1  # rows up to and including this one are not letters


def auto_mapping(preview: WorkbookPreview) -> ImportMapping:
    """The mapping the header names suggest (the export's own headers included)."""
    found = auto_columns(preview.headers)
    seq = found.pop("seq", None)
    return ImportMapping(columns=found, seq_column=seq, sheet=preview.sheet, header_row=preview.header_row)


# --- import ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    row: int  # the Excel row number
    column: str  # the column letter, "" when the field has no column
    header: str  # the column's header (or the field's name)
    message: str  # Indonesian

    def __str__(self) -> str:
        where = f"kolom {self.column} ({self.header})" if self.column else self.header
        return f"Baris {self.row}, {where}: {self.message}"


@dataclass(frozen=True)
class PreviewRow:
    row: int
    values: dict[str, str]  # field name -> the cell as text


@dataclass(frozen=True)
class ImportReport:
    rows: int  # letters found in the sheet
    errors: tuple[RowError, ...]
    numbers: tuple[str, ...]  # the agenda numbers given, in sheet order; empty unless written
    preview: tuple[PreviewRow, ...]  # the first rows as mapped
    dry_run: bool
    warnings: tuple[str, ...] = ()  # repeated nomor surat from the same sender (not a block)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def written(self) -> bool:
        return bool(self.numbers)


def _check_mapping(mapping: ImportMapping) -> None:
    errors = {
        name: f"Pilih kolom untuk {FIELD_LABELS[name]}."
        for name in REQUIRED
        if name not in mapping.columns and not (name in DEFAULTABLE and clean_text(mapping.defaults.get(name, "")))
    }
    unknown = set(mapping.columns) - set(FIELD_LABELS) - {"seq"}
    if unknown:
        errors["mapping"] = f"Kolom tidak dikenal: {', '.join(sorted(unknown))}."
    if errors:
        raise ValidationError(errors)


def _as_datetime(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time.min)
    if isinstance(value, int | float) and not isinstance(value, bool):
        converted = from_excel(value)
        if isinstance(converted, datetime):
            return converted
    return parse_waktu(cell_text(value))


def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return _as_datetime(value).date() if isinstance(value, int | float) else parse_tanggal(cell_text(value))


def _choice(text: str, options: Iterable[Any], label: str) -> Any:
    options = list(options)
    for option in options:
        if _key(option.value) == _key(text):
            return option
    raise ValueError(f"{label} harus salah satu dari: {', '.join(o.value for o in options)}.")


def _seq_from(value: object, pattern: str, unit: str) -> int:
    """An original sequence number: a whole number, or an agenda number in the current pattern."""
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        return int(value)
    text = cell_text(value)
    if text.isdigit():
        return int(text)
    match = _number_regex(pattern, unit).fullmatch(text)
    if match:
        return int(match.group("seq"))
    raise ValueError("Nomor urut asli harus bilangan bulat, atau nomor agenda sesuai pola nomor.")


def _number_regex(pattern: str, unit: str) -> re.Pattern[str]:
    parts = []
    for literal, name, _spec, _conv in string.Formatter().parse(pattern):
        parts.append(re.escape(literal))
        if name == "seq":
            parts.append(r"(?P<seq>\d+)")
        elif name == "tahun":
            parts.append(r"\d{4}")
        elif name == "unit":
            parts.append(re.escape(unit))
        elif name is not None:
            parts.append(r".*?")
    return re.compile("".join(parts))


@dataclass
class _Parsed:
    row: int
    letter: LetterInput
    seq: int | None


def _letters(
    ws: Any, mapping: ImportMapping, headers: tuple[str, ...], now: datetime, pattern: str, unit: str
) -> tuple[list[_Parsed], list[RowError], list[PreviewRow]]:
    """Every letter row checked; each failing cell reported with its row and column."""
    parsed: list[_Parsed] = []
    errors: list[RowError] = []
    preview: list[PreviewRow] = []
    where: dict[str, tuple[str, str]] = {}
    for name in FIELD_LABELS:
        index = mapping.seq_column if name == "seq" else mapping.columns.get(name)
        if index is None:
            where[name] = ("", FIELD_LABELS[name])
        else:
            header = headers[index] if index < len(headers) and headers[index] else FIELD_LABELS[name]
            where[name] = (get_column_letter(index + 1), header)
    used = {i for i in (*mapping.columns.values(), mapping.seq_column) if i is not None}
    first_row = mapping.header_row + 1
    for number, row in enumerate(ws.iter_rows(min_row=first_row, values_only=True), first_row):
        if not any(cell_text(row[i]) for i in used if i < len(row)):
            continue

        def cell(name: str, row: tuple[object, ...] = row) -> object:
            index = mapping.seq_column if name == "seq" else mapping.columns.get(name)
            value = row[index] if index is not None and index < len(row) else None
            if cell_text(value) == "" and name in mapping.defaults:
                return mapping.defaults[name]
            return value

        if len(preview) < 20:
            preview.append(PreviewRow(number, {name: cell_text(cell(name)) for name in FIELD_LABELS}))
        row_errors: dict[str, str] = {}
        values: dict[str, Any] = {}
        for name, convert in (
            ("received_at", _as_datetime),
            ("tanggal_surat", _as_date),
            ("sifat", lambda v: _choice(cell_text(v), Sifat, "Sifat") if cell_text(v) else Sifat.BIASA),
            ("urgensi", lambda v: _choice(cell_text(v), Urgensi, "Urgensi") if cell_text(v) else Urgensi.BIASA),
            ("sumber", lambda v: _choice(cell_text(v), Sumber, "Sumber") if cell_text(v) else Sumber.FISIK),
        ):
            value = cell(name)
            if name in ("received_at", "tanggal_surat") and cell_text(value) == "":
                label = "Tanggal terima" if name == "received_at" else "Tanggal surat"
                row_errors[name] = f"{label} wajib diisi."
                continue
            try:
                values[name] = convert(value)
            except (ValueError, OverflowError) as exc:
                row_errors[name] = str(exc)
        seq: int | None = None
        if cell_text(cell("seq")):
            try:
                seq = _seq_from(cell("seq"), pattern, unit)
            except ValueError as exc:
                row_errors["seq"] = str(exc)
        text_fields = ("asal", "nomor_surat", "perihal", "isi_ringkas", "lampiran", "kode", "srikandi_no")
        for name in (*text_fields, "diteruskan_kepada", "keterangan"):
            values[name] = cell_text(cell(name))
        letter: LetterInput | None = None
        if "received_at" in values and "tanggal_surat" in values:
            try:
                letter = normalise_letter(LetterInput(**values), now, pattern)
            except ValidationError as exc:
                row_errors.update({k: v for k, v in exc.fields.items() if k not in row_errors})
        else:  # the text rules still speak, with a stand-in for the unreadable date
            stand_in = {**values, "received_at": now, "tanggal_surat": now.date()}
            try:
                normalise_letter(LetterInput(**stand_in), now, pattern)
            except ValidationError as exc:
                dates = ("received_at", "tanggal_surat")
                row_errors.update({k: v for k, v in exc.fields.items() if k not in row_errors and k not in dates})
        if letter is not None and seq is not None and (letter.received_at.year >= now.year or seq < 1):
            row_errors.setdefault("seq", SEQ_RULE)
        for name in FIELD_LABELS:
            if name in row_errors:
                column, header = where[name]
                errors.append(RowError(number, column, header, row_errors[name]))
        if letter is not None and not row_errors:
            parsed.append(_Parsed(number, letter, seq))
    return parsed, errors, preview


def _seq_clashes(db: Database, parsed: list[_Parsed], where: tuple[str, str]) -> list[RowError]:
    """Two rows with one original number, or a number the database already holds."""
    errors: list[RowError] = []
    first: dict[tuple[int, int], int] = {}
    by_year: dict[int, list[_Parsed]] = {}
    for p in parsed:
        if p.seq is None:
            continue
        key = (p.letter.received_at.year, p.seq)
        if key in first:
            message = f"Nomor urut {p.seq} tahun {key[0]} dipakai juga di baris {first[key]}."
            errors.append(RowError(p.row, where[0], where[1], message))
        else:
            first[key] = p.row
            by_year.setdefault(key[0], []).append(p)
    for year, rows in by_year.items():
        taken = read.taken_seqs(db, year, [p.seq for p in rows if p.seq is not None])
        for p in rows:
            if p.seq in taken:
                message = f"Nomor urut {p.seq} tahun {year} sudah dipakai di buku agenda."
                errors.append(RowError(p.row, where[0], where[1], message))
    return errors


def import_agenda(
    db: Database,
    actor: Actor,
    path: Path,
    mapping: ImportMapping,
    *,
    dry_run: bool = False,
    now: datetime | None = None,
) -> ImportReport:
    """Check every row of the sheet; unless one fails (or ``dry_run``), register them all in one
    transaction: rows with an original number first, then the others in order of receipt."""
    require(actor.role, Permission.REGISTER_MAIL)
    _check_mapping(mapping)
    now = (now or datetime.now()).replace(microsecond=0)
    pattern, unit = number_pattern(db)
    wb = _open(path)
    try:
        ws = _sheet(wb, mapping.sheet)
        header_cells = next(ws.iter_rows(min_row=mapping.header_row, max_row=mapping.header_row, values_only=True), ())
        headers = _row_texts(tuple(header_cells)) if mapping.header_row >= 1 else ()
        parsed, errors, preview = _letters(ws, mapping, headers, now, pattern, unit)
    finally:
        wb.close()
    seq_where = (
        (get_column_letter(mapping.seq_column + 1), _header(headers, mapping.seq_column, "seq"))
        if mapping.seq_column is not None
        else ("", FIELD_LABELS["seq"])
    )
    errors.extend(_seq_clashes(db, parsed, seq_where))
    errors.sort(key=lambda e: e.row)
    rows = len(parsed) + len({e.row for e in errors} - {p.row for p in parsed})
    if errors or dry_run or not parsed:
        return ImportReport(rows, tuple(errors), (), tuple(preview), dry_run)
    ordered = sorted(parsed, key=lambda p: (p.seq is None, p.letter.received_at, p.row))
    registered = register_letters(db, actor, [p.letter for p in ordered], [p.seq for p in ordered], now=now)
    by_row = {p.row: r for p, r in zip(ordered, registered, strict=True)}
    numbers = tuple(by_row[p.row].letter.number for p in parsed)
    warnings_ = tuple(
        f"Baris {p.row}: nomor surat {p.letter.nomor_surat} dari {p.letter.asal} sudah tercatat sebagai "
        f"{', '.join(d.number for d in by_row[p.row].duplicates)}."
        for p in parsed
        if by_row[p.row].duplicates
    )
    return ImportReport(rows, (), numbers, tuple(preview), False, warnings_)


def _header(headers: tuple[str, ...], index: int, name: str) -> str:
    return headers[index] if index < len(headers) and headers[index] else FIELD_LABELS[name]


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
