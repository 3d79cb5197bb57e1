"""Field rules shared by dialogs, CLI and services. Messages are Indonesian."""

from __future__ import annotations

import re

from sopdesk.domain.errors import ValidationError

USERNAME_RE = re.compile(r"[a-z][a-z0-9._-]{2,31}")
MIN_PASSWORD = 8


def clean_text(value: str) -> str:
    """Trim and fold runs of white space, as the agenda book would be written."""
    return " ".join(value.split())


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
