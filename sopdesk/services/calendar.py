"""The office's working-day calendar: office hours (a setting), Indonesian national holidays
and cuti bersama from the `holidays` package, and the edits kept in the database.

The `holidays` package is imported here only (the domain stays pure). Its ID calendar with the
``public`` and ``government`` categories gives the national holidays and the cuti bersama of
the SKB 3 Menteri (known through 2027; Islamic dates after that are estimates). Holidays change
by decree mid-year, so the office adds or revokes dates in Pengaturan (``calendar_override``).

A changed calendar changes due dates: the open cases' stored due dates are recomputed in the
same transaction as the change.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sopdesk.domain.changes import Changes
from sopdesk.domain.errors import ValidationError
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission
from sopdesk.domain.validation import clean_text
from sopdesk.domain.workdays import (
    OFFICE_HOURS_KEY,
    CalendarOverride,
    DayKind,
    OfficeHours,
    OverrideKind,
    WorkCalendar,
    build_calendar,
)
from sopdesk.paths import cache_dir
from sopdesk.services import read
from sopdesk.store.database import Database
from sopdesk.store.uow import UnitOfWork

FIRST_YEAR = 2015  # the bureau's records of interest start with SOP 01.048.2017
YEARS_AHEAD = 5


def holiday_years(today: date | None = None) -> tuple[int, int]:
    today = today or date.today()
    return FIRST_YEAR, today.year + YEARS_AHEAD


def _holiday_cache(first_year: int, last_year: int) -> Path | None:
    """The cache file for these years and this installed copy of the package (a new version of
    the package, with new decrees, has a new file)."""
    spec = importlib.util.find_spec("holidays")
    if spec is None or spec.origin is None:
        return None
    try:
        stamp = Path(spec.origin).stat().st_mtime_ns
    except OSError:
        return None
    key = hashlib.sha256(f"{spec.origin}|{stamp}|{first_year}|{last_year}".encode()).hexdigest()[:16]
    return cache_dir() / f"libur-ID-{key}.json"


@functools.lru_cache(maxsize=4)
def package_holidays(first_year: int, last_year: int) -> dict[date, str]:
    """National holidays and cuti bersama of Indonesia, with their Indonesian names.

    Working them out for seventeen years takes the package ~50 ms plus ~40 ms to import, at
    every start; the result is kept in the cache folder, keyed by the installed package.
    """
    cache = _holiday_cache(first_year, last_year)
    if cache is not None:
        try:
            stored = json.loads(cache.read_text(encoding="utf-8"))
            return {date.fromisoformat(day): str(name) for day, name in stored.items()}
        except (OSError, ValueError, AttributeError):
            pass
    import holidays

    found = holidays.country_holidays(
        "ID", categories=("public", "government"), years=range(first_year, last_year + 1), language="id"
    )
    result = {day: str(name) for day, name in sorted(found.items())}
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            partial = cache.with_suffix(".tmp")
            partial.write_text(json.dumps({d.isoformat(): n for d, n in result.items()}), encoding="utf-8")
            partial.replace(cache)
        except OSError:
            pass  # a read-only home: compute again next time
    return result


_CALENDARS: dict[tuple[OfficeHours, tuple[CalendarOverride, ...], tuple[int, int]], WorkCalendar] = {}


def calendar_of(hours: OfficeHours, overrides: list[CalendarOverride], today: date | None = None) -> WorkCalendar:
    """The calendar for these hours and edits (built once per distinct content)."""
    years = holiday_years(today)
    key = (hours, tuple(overrides), years)
    cached = _CALENDARS.get(key)
    if cached is None:
        if len(_CALENDARS) > 16:
            _CALENDARS.clear()
        cached = build_calendar(hours, package_holidays(*years), overrides)
        _CALENDARS[key] = cached
    return cached


def office_hours(db: Database) -> OfficeHours:
    return OfficeHours.from_dict(read.setting(db, OFFICE_HOURS_KEY))


def work_calendar(db: Database) -> WorkCalendar:
    """The calendar as the database says now (for reads)."""
    return calendar_of(office_hours(db), read.calendar_overrides(db))


def work_calendar_in(uow: UnitOfWork) -> WorkCalendar:
    """The calendar read inside a write transaction (same session, same snapshot)."""
    return calendar_of(OfficeHours.from_dict(uow.settings.get(OFFICE_HOURS_KEY)), uow.calendar.overrides())


def save_office_hours(
    db: Database,
    actor: Actor,
    hours: OfficeHours,
    *,
    now: datetime | None = None,
    expected_version: int | None = None,
) -> Changes:
    """Save the office hours (based on the version the page showed) and move the due dates."""
    hours.validate()
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.MANAGE_SETTINGS)
        old, new = uow.settings.set(OFFICE_HOURS_KEY, hours.to_dict(), expected_version)
        if old == new:
            return Changes()
        uow.audit.append(
            actor, "setting.update", "setting", OFFICE_HOURS_KEY, before={"value": old}, after={"value": new}
        )
        _refresh_open_cases(uow, actor, now or datetime.now())
        uow.commit()
    return uow.changes


def set_override(
    db: Database,
    actor: Actor,
    day: date,
    kind: OverrideKind,
    keterangan: str,
    *,
    now: datetime | None = None,
) -> Changes:
    """Declare ``day`` an extra holiday (``LIBUR``) or a working day after all (``KERJA``)."""
    keterangan = clean_text(keterangan)
    if not keterangan:
        raise ValidationError.single("keterangan", "Tuliskan keterangannya (misalnya nomor SKB atau surat edaran).")
    if len(keterangan) > 300:
        raise ValidationError.single("keterangan", "Keterangan paling panjang 300 karakter.")
    if not FIRST_YEAR <= day.year <= holiday_years()[1]:
        raise ValidationError.single("tanggal", f"Tanggal di luar tahun {FIRST_YEAR}–{holiday_years()[1]}.")
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.MANAGE_MASTER_DATA)
        before, after = uow.calendar.set(day, kind, keterangan, True, actor.username)
        if not after:
            return Changes()
        uow.audit.append(
            actor, "calendar.set", "calendar_override", day.isoformat(), before=before or None, after=after
        )
        _refresh_open_cases(uow, actor, now or datetime.now())
        uow.commit()
    return uow.changes


def remove_override(db: Database, actor: Actor, day: date, *, now: datetime | None = None) -> Changes:
    """Withdraw an edit: the date follows the package (and the weekday) again."""
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.MANAGE_MASTER_DATA)
        current = uow.calendar.get(day)
        if current is None or not current.active:
            raise ValidationError.single("tanggal", f"Tidak ada perubahan kalender pada {day:%d-%m-%Y}.")
        before, after = uow.calendar.set(day, current.kind, current.keterangan, False, actor.username)
        uow.audit.append(actor, "calendar.remove", "calendar_override", day.isoformat(), before=before, after=after)
        _refresh_open_cases(uow, actor, now or datetime.now())
        uow.commit()
    return uow.changes


def _refresh_open_cases(uow: UnitOfWork, actor: Actor, now: datetime) -> tuple[int, ...]:
    """Recompute the stored due dates of every open case under the new calendar."""
    from sopdesk.services.cases import refresh_summaries

    return refresh_summaries(uow, now)


@dataclass(frozen=True)
class CalendarDay:
    """A date that is not an ordinary day: a holiday, or a working day by an edit."""

    tanggal: date
    kind: DayKind
    nama: str
    source: str  # "paket" (holidays package), "tambahan" (an edit), "dicabut" (a package holiday revoked)


def year_days(db: Database, year: int) -> list[CalendarDay]:
    """The holidays of ``year`` (weekends too when they are holidays) and the edits, by date."""
    package = {d: n for d, n in package_holidays(*holiday_years()).items() if d.year == year}
    edits = {o.tanggal: o for o in read.calendar_overrides(db) if o.active and o.tanggal.year == year}
    days: list[CalendarDay] = []
    for day in sorted(set(package) | set(edits)):
        edit = edits.get(day)
        if edit is None:
            days.append(CalendarDay(day, DayKind.LIBUR, package[day], "paket"))
        elif edit.kind is OverrideKind.LIBUR:
            days.append(CalendarDay(day, DayKind.LIBUR, edit.keterangan, "tambahan"))
        else:
            source = "dicabut" if day in package else "tambahan"
            name = f"{edit.keterangan} (semula: {package[day]})" if day in package else edit.keterangan
            days.append(CalendarDay(day, DayKind.KERJA, name, source))
    return days
