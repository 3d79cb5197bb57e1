"""The agenda book of incoming mail: the letter record, its validation and its number."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sopdesk.domain.dates import parse_date, parse_datetime
from sopdesk.domain.errors import ValidationError
from sopdesk.domain.validation import EARLIEST_DATE, clean_text


class Sifat(StrEnum):
    BIASA = "Biasa"
    TERBATAS = "Terbatas"
    RAHASIA = "Rahasia"
    SANGAT_RAHASIA = "Sangat Rahasia"


class Urgensi(StrEnum):
    BIASA = "Biasa"
    SEGERA = "Segera"
    SANGAT_SEGERA = "Sangat Segera"


class Sumber(StrEnum):
    FISIK = "fisik"
    SRIKANDI = "srikandi"
    EMAIL = "email"
    LAINNYA = "lainnya"


class LetterStatus(StrEnum):
    BELUM = "belum didisposisi"
    DIDISPOSISI = "didisposisi"
    DIPROSES = "diproses SOP"
    SELESAI = "selesai"


NUMBER_PATTERN_KEY = "agenda_number_pattern"
UNIT_KEY = "agenda_unit"
DEFAULT_PATTERN = "{kode}/{seq:03}-Org/{tahun}"
DEFAULT_UNIT = "Org"
MAX_NOMOR_SURAT = 255
TOKENS = {"seq", "tahun", "kode", "unit"}


def check_pattern(pattern: str) -> str | None:
    """None when ``pattern`` is a usable agenda number pattern, else the Indonesian reason."""
    if "{seq" not in pattern:
        return "Pola nomor harus memuat {seq} (nomor urut)."
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError:
        return "Pola nomor tidak sah: periksa tanda kurung kurawal."
    unknown = names - TOKENS
    if unknown:
        return f"Token tidak dikenal: {', '.join(sorted(unknown))}. Gunakan {{seq}}, {{tahun}}, {{kode}}, {{unit}}."
    try:
        format_number(pattern, 1, 2026, "000", "Org")
    except (ValueError, IndexError, KeyError):
        return "Pola nomor tidak sah: format {seq} seperti {seq:03}."
    return None


def format_number(pattern: str, seq: int, year: int, kode: str, unit: str) -> str:
    """``{kode}/{seq:03}-Org/{tahun}`` with seq 7, year 2026, kode 065 gives ``065/007-Org/2026``.

    Without a kode (a letter back-filled from a paper book that never had one) the token goes
    with one separator beside it: ``007-Org/2026``."""
    if not kode and "{kode" in pattern:
        pattern = re.sub(r"^\{kode[^}]*\}[/.\-\s]?|[/.\-\s]?\{kode[^}]*\}", "", pattern, count=1)
    return pattern.format(seq=seq, tahun=year, kode=kode, unit=unit)


def pattern_needs_kode(pattern: str) -> bool:
    return "{kode" in pattern


@dataclass(frozen=True)
class LetterInput:
    """What the registration dialog (or ``sopdesk agenda add``) collects."""

    received_at: datetime
    asal: str
    nomor_surat: str
    tanggal_surat: date
    perihal: str
    isi_ringkas: str = ""
    sifat: Sifat = Sifat.BIASA
    urgensi: Urgensi = Urgensi.BIASA
    lampiran: str = ""
    kode: str = ""
    sumber: Sumber = Sumber.FISIK
    srikandi_no: str = ""
    diteruskan_kepada: str = ""
    keterangan: str = ""


def normalise_letter(cmd: LetterInput, now: datetime, pattern: str, *, backfill: bool = False) -> LetterInput:
    """Trim and fold the text fields and check every rule; errors are per field, in Indonesian.

    ``backfill``: the letter keeps its number from a paper book of an earlier year, so a pattern
    with ``{kode}`` does not make the kode required (the paper number never had one)."""
    cmd = replace(
        cmd,
        asal=clean_text(cmd.asal),
        nomor_surat=clean_text(cmd.nomor_surat),
        perihal=clean_text(cmd.perihal),
        isi_ringkas=clean_text(cmd.isi_ringkas),
        lampiran=clean_text(cmd.lampiran),
        kode=cmd.kode.strip(),
        srikandi_no=clean_text(cmd.srikandi_no),
        diteruskan_kepada=clean_text(cmd.diteruskan_kepada),
        keterangan=clean_text(cmd.keterangan),
        received_at=cmd.received_at.replace(microsecond=0),
    )
    errors: dict[str, str] = {}
    if not cmd.asal:
        errors["asal"] = "Asal surat wajib diisi."
    elif len(cmd.asal) > 300:
        errors["asal"] = "Asal surat paling panjang 300 karakter."
    if not cmd.nomor_surat:
        errors["nomor_surat"] = "Nomor surat wajib diisi."
    elif len(cmd.nomor_surat) > MAX_NOMOR_SURAT:
        errors["nomor_surat"] = f"Nomor surat paling panjang {MAX_NOMOR_SURAT} karakter."
    if not cmd.perihal:
        errors["perihal"] = "Perihal wajib diisi."
    elif len(cmd.perihal) > 1000:
        errors["perihal"] = "Perihal paling panjang 1.000 karakter."
    if cmd.received_at > now:
        errors["received_at"] = "Tanggal terima tidak boleh di masa depan."
    elif cmd.received_at.year < 1990:
        errors["received_at"] = "Tanggal terima sebelum 1990 tidak diterima."
    if cmd.tanggal_surat > now.date():
        errors["tanggal_surat"] = "Tanggal surat tidak boleh di masa depan."
    elif cmd.tanggal_surat < EARLIEST_DATE:
        errors["tanggal_surat"] = f"Tanggal surat tidak boleh sebelum tahun {EARLIEST_DATE.year}."
    elif cmd.tanggal_surat > cmd.received_at.date():
        errors["tanggal_surat"] = "Tanggal surat tidak boleh sesudah tanggal terima."
    if pattern_needs_kode(pattern) and not cmd.kode and not backfill:
        errors["kode"] = "Kode klasifikasi wajib: nomor agenda memuatnya."
    elif len(cmd.kode) > 40 or (cmd.kode and not re.fullmatch(r"[0-9A-Za-z.\-]+", cmd.kode)):
        errors["kode"] = "Kode klasifikasi hanya angka, huruf, titik dan strip."
    if cmd.sumber is Sumber.SRIKANDI and not cmd.srikandi_no:
        errors["srikandi_no"] = "Nomor registrasi Srikandi wajib untuk surat dari Srikandi."
    for name in ("isi_ringkas", "keterangan"):
        if len(getattr(cmd, name)) > 4000:
            errors[name] = "Paling panjang 4.000 karakter."
    for name in ("lampiran", "srikandi_no", "diteruskan_kepada"):
        if len(getattr(cmd, name)) > 300:
            errors[name] = "Paling panjang 300 karakter."
    if errors:
        raise ValidationError(errors)
    return cmd


@dataclass(frozen=True)
class LetterRecord:
    id: int
    year: int
    seq: int
    number: str
    received_at: datetime
    asal: str
    nomor_surat: str
    tanggal_surat: date
    perihal: str
    isi_ringkas: str
    sifat: Sifat
    urgensi: Urgensi
    lampiran: str
    kode: str
    sumber: Sumber
    srikandi_no: str
    diteruskan_kepada: str
    keterangan: str
    status: LetterStatus
    voided: bool
    void_reason: str
    created_by: str
    version: int = 1  # moves with every correction or void (not with the status)


class SortKey(StrEnum):
    NUMBER = "number"
    RECEIVED = "received_at"
    ASAL = "asal"
    NOMOR_SURAT = "nomor_surat"
    TANGGAL_SURAT = "tanggal_surat"
    PERIHAL = "perihal"
    SIFAT = "sifat"
    URGENSI = "urgensi"
    STATUS = "status"


@dataclass(frozen=True)
class AgendaQuery:
    """The agenda window's filters; every one is applied in SQL."""

    year: int | None = None
    month: int | None = None
    sifat: Sifat | None = None
    urgensi: Urgensi | None = None
    asal: str | None = None
    status: LetterStatus | None = None
    search: str = ""
    sort: SortKey = SortKey.NUMBER
    descending: bool = True
    received_from: date | None = None  # inclusive
    received_to: date | None = None  # inclusive
    voided: bool | None = None  # True: only the voided letters (the status filter's "dibatalkan")


@dataclass(frozen=True)
class AgendaWindow:
    """Rows of the agenda in the query's order, after a cursor.

    ``cursor`` is the position after the last row (pass it to ``window`` for the next rows);
    ``more`` says whether rows may follow."""

    ids: tuple[int, ...]
    records: tuple[LetterRecord, ...]  # empty when only the ids were asked for
    cursor: tuple[Any, ...] | None
    more: bool


@dataclass(frozen=True)
class AgendaCount:
    count: int  # exact when ``exact``; else a lower bound (COUNT_CAP + 1, or the rows counted)
    exact: bool


@dataclass(frozen=True)
class NumberReference:
    """A search that may name an agenda number: the whole number ("060/368-Org/2026"), the
    sequence alone ("368", "007"), or a piece of it ("368-Org", "368-Org/2026").

    Every run of digits may be the sequence; a letter is meant when its sequence is one of
    ``seqs`` and its number contains ``text`` (ignoring case). So "7" finds 065/007-Org/2026,
    "368-Org" finds 060/368-Org/2026, and "100/5" (a sender's number) finds no agenda number.
    """

    seqs: tuple[int, ...]
    text: str


_REFERENCE = re.compile(r"[0-9A-Za-z.\-/]{1,80}")
MAX_SEQ = 9_999_999


def number_reference(text: str) -> NumberReference | None:
    """The agenda number ``text`` may name, or None when it cannot be one (no digit, spaces)."""
    text = text.strip()
    if not _REFERENCE.fullmatch(text):
        return None
    seqs = sorted({int(run) for run in re.findall(r"\d+", text) if 0 < int(run) <= MAX_SEQ})
    return NumberReference(tuple(seqs), text.lower()) if seqs else None


def parse_tanggal(text: str) -> date:
    """A date as clerks write it: ``30-11-2026``, ``30112026``, ``30/11/26``, ``10 Januari 2025``…
    (:func:`sopdesk.domain.dates.parse_date`); an impossible date is refused, never clamped."""
    return parse_date(text)


def parse_waktu(text: str) -> datetime:
    """A date with an optional time (``30112026 1405``, ``30-11-2026 14.05``); a date alone means 00:00."""
    return parse_datetime(text)


def letter_hash(record: LetterRecord) -> str:
    """SHA-256 of what a printed letter shows; a correction or a void changes it."""
    import hashlib
    import json

    fields = {k: str(v) for k, v in record.__dict__.items() if k not in ("status",)}
    return hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


ATTACHMENT_TYPES = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}
MAX_ATTACHMENT = 25 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentRecord:
    id: int
    letter_id: int
    filename: str
    mime: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str


def attachment_type(filename: str, data: bytes) -> str:
    """The MIME type of an accepted scan or PDF; ValidationError for anything else."""
    from pathlib import PurePath

    suffix = PurePath(filename).suffix.lower()
    mime = ATTACHMENT_TYPES.get(suffix)
    if mime is None:
        raise ValidationError.single("file", "Lampiran harus PDF, JPG, PNG atau TIFF.")
    if not data:
        raise ValidationError.single("file", "Berkas lampiran kosong.")
    if len(data) > MAX_ATTACHMENT:
        raise ValidationError.single("file", "Lampiran paling besar 25 MB.")
    magic = {
        "application/pdf": (b"%PDF",),
        "image/jpeg": (b"\xff\xd8\xff",),
        "image/png": (b"\x89PNG\r\n\x1a\n",),
        "image/tiff": (b"II*\x00", b"MM\x00*"),
    }[mime]
    if not data.startswith(magic):
        raise ValidationError.single("file", f"Isi berkas bukan {suffix[1:].upper()} yang sah.")
    return mime
