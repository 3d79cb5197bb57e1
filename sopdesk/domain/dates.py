"""Indonesian dates as the office writes them: "23 November 2026", "Senin, 23 November 2026"."""

from __future__ import annotations

from datetime import date, datetime

BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def tanggal(d: date) -> str:
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def hari_tanggal(d: date) -> str:
    return f"{HARI[d.weekday()]}, {tanggal(d)}"


def tanggal_jam(moment: datetime) -> str:
    return f"{tanggal(moment)} {moment:%H.%M}"
