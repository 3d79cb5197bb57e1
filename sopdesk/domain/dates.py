"""Indonesian dates as the office writes them: "23 November 2026", "Senin, 23 November 2026"."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time

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


# --- reading dates as clerks type and write them ------------------------------------------------
#
# One parser for the date fields on screen, the command line and the Excel importer, so the three
# accept the same things: "30112026", "30-11-2026", "30/11/26", "30.11.2026", "2026-11-30",
# "10 Januari 2025", "10 Jan 25", "Senin, 10 Januari 2025", each with or without a time ("1405",
# "14.05", "14:05", "pukul 14.05 WIB"). An impossible date is refused with a message that says
# why; nothing is ever clamped ("31-02-2026" is not 28-02-2026).

_MONTH_NAMES: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januari", "jan", "january", "djanuari"),
        ("februari", "feb", "pebruari", "peb", "febr", "february"),
        ("maret", "mar", "march", "mrt"),
        ("april", "apr", "april"),
        ("mei", "may"),
        ("juni", "jun", "june"),
        ("juli", "jul", "july"),
        ("agustus", "agu", "agt", "ags", "agus", "agst", "aug", "august"),
        ("september", "sep", "sept", "sepr"),
        ("oktober", "okt", "oct", "october", "oktb"),
        ("november", "nov", "nopember", "nop", "novb"),
        ("desember", "des", "dec", "december", "desb"),
    ),
    start=1,
):
    for _name in _names:
        _MONTH_NAMES[_name] = _number

_DAY_NAMES = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad")
_NOISE = re.compile(r"\b(?:pukul|pkl|jam|wib|wita|wit)\b\.?", re.IGNORECASE)
_WEEKDAY = re.compile(r"^(?:" + "|".join(re.escape(d) for d in _DAY_NAMES) + r")\s*,?\s*", re.IGNORECASE)

_SEP = r"\s*[-/.]\s*"
_DATE_PATTERNS = (
    # 30112026, 301126 (digits only: day, month, year)
    re.compile(r"(?P<d>\d{2})(?P<m>\d{2})(?P<y>\d{4}|\d{2})"),
    # 30-11-2026, 30/11/26, 30.11.2026, 1-2-2026
    re.compile(rf"(?P<d>\d{{1,2}}){_SEP}(?P<m>\d{{1,2}}){_SEP}(?P<y>\d{{4}}|\d{{2}})"),
    # 2026-11-30 (ISO, as exports and databases write it)
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    # 10 Januari 2025, 10-Jan-25, 10 Jan. 2025, 10 januari, 2025
    re.compile(r"(?P<d>\d{1,2})\s*[-/. ]?\s*(?P<name>[a-z']+)\.?\s*[-/.,]?\s*(?P<y>\d{4}|\d{2})", re.IGNORECASE),
)
# 14:05, 14.05, 14:05:00, 9.30, 1405
_TIME = re.compile(r"(?:(?P<h>\d{1,2})\s*[:.]\s*(?P<mi>\d{2})(?:\s*[:.]\s*(?P<s>\d{2}))?|(?P<hh>\d{2})(?P<mm>\d{2}))")
_DATE_TIME_SEP = r"(?:\s+|\s*[,T]\s*|(?<=\d)(?=\d))"

DATE_HINT = "tulis hh-bb-tttt, misalnya 23-11-2026"
QUOTE_MAX = 40  # a refused text is quoted at most this long: a message never repeats a whole cell


def quoted(text: str) -> str:
    """``'text'`` for a message, cut to :data:`QUOTE_MAX` characters (control characters shown as
    spaces), so a refusal of a huge or hostile cell stays one short line."""
    clean = "".join(c if c.isprintable() else " " for c in text.strip())
    if len(clean) > QUOTE_MAX:
        clean = clean[: QUOTE_MAX - 1] + "…"
    return f"'{clean}'"


def _year(text: str, today: date) -> int:
    value = int(text)
    if len(text) == 4:
        return value
    # Two digits: this century unless that lies more than a year ahead ("98" is 1998).
    year = 2000 + value
    return year if year <= today.year + 1 else year - 100


def _month_number(name: str, original: str) -> int:
    number = _MONTH_NAMES.get(name.casefold().rstrip("."))
    if number is None:
        raise ValueError(f"Nama bulan {quoted(name)} pada tanggal {quoted(original)} tidak dikenal.")
    return number


def _make_date(day: int, month: int, year: int, original: str) -> date:
    if year < 1900 or year > 2199:
        raise ValueError(f"Tanggal {quoted(original)} tidak sah: tahun {year} tidak masuk akal.")
    if not 1 <= month <= 12:
        raise ValueError(f"Tanggal {quoted(original)} tidak ada: bulan {month} (bulan hanya 1 sampai 12).")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValueError(
            f"Tanggal {quoted(original)} tidak ada: {BULAN[month - 1]} {year} hanya sampai tanggal {last}."
        )
    return date(year, month, day)


def _maketime(hour: int, minute: int, second: int, original: str) -> time:
    if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
        raise ValueError(f"Jam {quoted(original)} tidak ada: tulis jam 00.00 sampai 23.59.")
    return time(hour, minute, second)


def _clean(text: str) -> str:
    text = " ".join(text.split())
    text = _WEEKDAY.sub("", text)
    text = _NOISE.sub(" ", text)
    return " ".join(text.split()).strip(" ,")


_FULL_PATTERNS = tuple(
    re.compile(rf"(?:{p.pattern})(?:{_DATE_TIME_SEP}(?P<time>.+))?", re.IGNORECASE) for p in _DATE_PATTERNS
)


def _split(text: str, original: str, today: date) -> tuple[date, time | None]:
    for full in _FULL_PATTERNS:
        match = full.fullmatch(text)
        if match is None:
            continue
        groups = match.groupdict()
        month = _month_number(groups["name"], original) if groups.get("name") else int(groups["m"])
        day = _make_date(int(groups["d"]), month, _year(groups["y"], today), original)
        rest = groups.get("time")
        if rest is None:
            return day, None
        found = _TIME.fullmatch(rest.strip())
        if found is None:
            break  # a date followed by something that is not a time
        t = found.groupdict()
        if t["hh"] is not None:
            return day, _maketime(int(t["hh"]), int(t["mm"]), 0, original)
        return day, _maketime(int(t["h"]), int(t["mi"]), int(t["s"] or 0), original)
    raise ValueError(f"Tanggal {quoted(original)} tidak sah: {DATE_HINT}.")


def parse_date(text: str, *, today: date | None = None) -> date:
    """A date as a clerk writes it (see above); ValueError with an Indonesian message.

    A time after the date is refused here: a field that wants a date alone says so."""
    day, moment = _split(_clean(text), text, today or date.today())
    if moment is not None:
        raise ValueError(f"Tanggal {quoted(text)}: isi tanggalnya saja, tanpa jam.")
    return day


def parse_date_time(text: str, *, today: date | None = None) -> tuple[date, time | None]:
    """The date and, when one is written, the time."""
    return _split(_clean(text), text, today or date.today())


def parse_datetime(text: str, *, default: time = time(0, 0), today: date | None = None) -> datetime:
    """A date with an optional time; ``default`` when none is written (midnight unless told)."""
    day, moment = parse_date_time(text, today=today)
    return datetime.combine(day, moment if moment is not None else default)


def parse_time(text: str) -> time:
    """``14.05``, ``14:05``, ``1405``, ``pukul 9.30 WIB``."""
    cleaned = _clean(text)
    found = _TIME.fullmatch(cleaned)
    if found is None:
        raise ValueError(f"Jam {quoted(text)} tidak sah: tulis jj.mm, misalnya 14.05.")
    t = found.groupdict()
    if t["hh"] is not None:
        return _maketime(int(t["hh"]), int(t["mm"]), 0, text)
    return _maketime(int(t["h"]), int(t["mi"]), int(t["s"] or 0), text)
