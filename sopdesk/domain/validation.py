"""Field rules shared by dialogs, CLI and services. Messages are Indonesian."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from sopdesk.domain.errors import ValidationError

USERNAME_RE = re.compile(r"[a-z][a-z0-9._-]{2,31}")
MIN_PASSWORD = 8

# --- issue 13: bounded input ---------------------------------------------------------------------

# Dates the office can mean: nothing before 1945, nothing more than a year ahead.
EARLIEST_DATE = date(1945, 1, 1)
FUTURE_DAYS = 366
# Ids and counts fit a PostgreSQL integer (the smaller of the two databases' integers).
MAX_ID = 2**31 - 1
MIN_REASON = 5
MAX_REASON = 1000
MAX_ARGUMENT = 10_000  # no command-line value is longer (the fields' own limits are lower)

# Characters that change how text is shown without being text: bidirectional overrides and
# isolates, the marks that steer them, and the BOM. Control characters (C0 but tab and newline,
# DEL, C1) are refused or removed along with them.
BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def strip_unsafe(value: str) -> str:
    """``value`` without control characters (tab and newline kept), bidirectional controls,
    lone surrogates (bytes that were not UTF-8) and unassigned code points."""
    value = _UNSAFE.sub("", value)
    if value.isascii():
        return value
    return "".join(c for c in value if unicodedata.category(c) not in ("Cs", "Cn", "Co"))


def unsafe_characters(value: str) -> bool:
    return strip_unsafe(value) != value


def printable(text: str) -> str:
    """Text to show on a terminal: control and bidirectional characters written as visible
    escapes (``\\u202e``), so stored text can never move the cursor, recolour the terminal or
    reverse what follows. Newlines and tabs stay."""
    if text.isascii() and text.isprintable():
        return text
    out = []
    for c in text:
        if c in "\n\t" or (c.isprintable() and c not in BIDI):
            out.append(c)
        elif ord(c) <= 0xFFFF:
            out.append(f"\\u{ord(c):04x}")  # as JSON writes it: JSON output stays JSON
        else:
            v = ord(c) - 0x10000
            out.append(f"\\u{0xD800 + (v >> 10):04x}\\u{0xDC00 + (v & 0x3FF):04x}")
    return "".join(out)


def clean_text(value: str) -> str:
    """Trim and fold runs of white space, as the agenda book would be written; control and
    bidirectional characters are removed."""
    return " ".join(strip_unsafe(value).split())


def clean_multiline(value: str) -> str:
    """A note of several lines: each line cleaned like :func:`clean_text`, empty lines at the
    ends dropped."""
    lines = [" ".join(line.split()) for line in strip_unsafe(value).replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


def check_reason(value: str, what: str = "alasan") -> tuple[str, str | None]:
    """A reason (void, correction, withdrawal): the cleaned text and the problem, if any."""
    reason = clean_text(value)
    if len(reason) < MIN_REASON:
        return reason, f"Tuliskan {what} (minimal {MIN_REASON} karakter)."
    if len(reason) > MAX_REASON:
        return reason, f"{what.capitalize()} paling panjang {MAX_REASON:,} karakter.".replace(",", ".")
    return reason, None


def latest_date(today: date) -> date:
    return today + timedelta(days=FUTURE_DAYS)


def check_date(value: date | datetime, label: str, today: date, *, future: bool = True) -> str | None:
    """A date the office can mean: from 1945 on, and not more than a year ahead (not at all
    ahead when ``future`` is False)."""
    day = value.date() if isinstance(value, datetime) else value
    if day < EARLIEST_DATE:
        return f"{label} tidak boleh sebelum tahun {EARLIEST_DATE.year}."
    if not future and day > today:
        return f"{label} tidak boleh di masa depan."
    if day > latest_date(today):
        return f"{label} paling jauh satu tahun dari hari ini."
    return None


def check_username(value: str) -> str | None:
    if not USERNAME_RE.fullmatch(value):
        return "Nama pengguna 3-32 karakter: huruf kecil, angka, titik, garis bawah atau strip, diawali huruf."
    return None


def check_nip(value: str, *, required: bool = False) -> str | None:
    """NIP PNS: 18 digits (birth date, appointment month, sex, sequence). Spaces allowed."""
    digits = value.replace(" ", "")
    if not digits:
        return "NIP wajib diisi." if required else None
    if not digits.isdigit() or len(digits) != 18:
        return "NIP harus 18 angka."
    month = int(digits[4:6])
    day = int(digits[6:8])
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return "NIP tidak sah: 8 angka pertama harus tanggal lahir (TTTTBBHH)."
    if digits[14] not in "12":
        return "NIP tidak sah: angka ke-15 (jenis kelamin) harus 1 atau 2."
    return None


def normalise_nip(value: str) -> str:
    return value.replace(" ", "")


def check_password(value: str) -> str | None:
    if len(value) < MIN_PASSWORD:
        return f"Kata sandi minimal {MIN_PASSWORD} karakter."
    if value.strip() != value:
        return "Kata sandi tidak boleh diawali atau diakhiri spasi."
    return None


def check_required(value: str, label: str) -> str | None:
    return None if clean_text(value) else f"{label} wajib diisi."


def raise_if(errors: dict[str, str | None]) -> None:
    found = {k: v for k, v in errors.items() if v}
    if found:
        raise ValidationError(found)
