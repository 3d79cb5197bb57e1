"""Working days: office hours, weekends, holidays and cuti bersama (pure Python).

Mutu baku counts working days (Perpres 21/2023: Monday to Friday, 37.5 office hours a week).
A :class:`WorkCalendar` turns a moment into *working time*: the working seconds since a fixed
origin, counting only office hours on working days. Everything else follows from that one
monotone function, so adding and measuring always agree.

Decisions (editable through :class:`OfficeHours` and the calendar overrides):

- Office hours default to 07:30 to 16:00 with a break from 12:00 to 13:00 that does not count:
  7.5 working hours a day, 37.5 a week. One working day is 7.5 working hours; half a day is
  3.75 working hours, so the first half of a day ends at 11:15 and the second at 16:00. Every
  weekday has the same hours (the longer Friday prayer break is not modelled: set the break
  to suit the office).
- A date is a working day when it is Monday to Friday and not a holiday, or when it is listed
  as an extra working date (a Saturday declared a working day, or a holiday revoked).
- Time is counted to the second; half days are exact (3.75 hours = 13,500 seconds).
- Moments outside office hours (before opening, in the break, after closing, on a weekend or
  holiday) count as the last working moment before them: a letter received at 17:00 on Monday
  starts to use working time at 07:30 on Tuesday, and ``between`` counts nothing for the night.
- :meth:`WorkCalendar.add` gives the *earliest* moment at which the working time has passed:
  one working day from Monday 07:30 is Monday 16:00 (not Tuesday 07:30), half a day from
  Monday 13:00 is Tuesday 08:15 (2.25 hours on Monday, 1.5 on Tuesday).
  :meth:`WorkCalendar.next_working_moment` gives the moment work can start (Tuesday 07:30
  after Monday 16:00), used for the planned start of a step.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sopdesk.domain.errors import ValidationError

OFFICE_HOURS_KEY = "office_hours"


def _seconds(t: time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def _clock(seconds: int) -> time:
    return time(seconds // 3600, seconds % 3600 // 60, seconds % 60)


def parse_clock(text: str) -> time:
    """``07:30`` or ``07.30``; ValueError otherwise."""
    parts = text.strip().replace(".", ":").split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise ValueError(f"Jam '{text}' tidak sah: tulis JJ:MM, misalnya 07:30.")
    hour, minute = int(parts[0]), int(parts[1])
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(f"Jam '{text}' tidak sah: tulis JJ:MM, misalnya 07:30.")
    return time(hour, minute)


@dataclass(frozen=True)
class OfficeHours:
    """Opening, closing and an optional break that does not count as working time."""

    opens: time = time(7, 30)
    closes: time = time(16, 0)
    break_start: time | None = time(12, 0)
    break_end: time | None = time(13, 0)

    @property
    def day_seconds(self) -> int:
        """Working seconds in one working day (27,000 = 7.5 hours by default)."""
        total = _seconds(self.closes) - _seconds(self.opens)
        if self.break_start is not None and self.break_end is not None:
            total -= _seconds(self.break_end) - _seconds(self.break_start)
        return total

    @property
    def day_hours(self) -> float:
        return self.day_seconds / 3600

    def problems(self) -> dict[str, str]:
        """Field -> Indonesian message for hours that cannot be used; empty when fine."""
        errors: dict[str, str] = {}
        if self.opens >= self.closes:
            errors["closes"] = "Jam tutup harus sesudah jam buka."
        if (self.break_start is None) != (self.break_end is None):
            errors["break_end"] = "Isi awal dan akhir istirahat, atau kosongkan keduanya."
        elif self.break_start is not None and self.break_end is not None:
            if self.break_start >= self.break_end:
                errors["break_end"] = "Akhir istirahat harus sesudah awalnya."
            elif not (self.opens < self.break_start and self.break_end < self.closes):
                errors["break_start"] = "Istirahat harus di antara jam buka dan jam tutup."
        if not errors and self.day_seconds < 3600:
            errors["closes"] = "Satu hari kerja minimal satu jam kerja."
        return errors

    def validate(self) -> OfficeHours:
        errors = self.problems()
        if errors:
            raise ValidationError(errors)
        return self

    def to_dict(self) -> dict[str, str]:
        return {
            "opens": self.opens.strftime("%H:%M"),
            "closes": self.closes.strftime("%H:%M"),
            "break_start": self.break_start.strftime("%H:%M") if self.break_start else "",
            "break_end": self.break_end.strftime("%H:%M") if self.break_end else "",
        }

    @classmethod
    def from_dict(cls, data: Any) -> OfficeHours:
        """The stored setting; the default hours when it is missing or unusable."""
        if not isinstance(data, dict):
            return cls()
        try:
            hours = cls(
                parse_clock(str(data["opens"])),
                parse_clock(str(data["closes"])),
                parse_clock(str(data["break_start"])) if data.get("break_start") else None,
                parse_clock(str(data["break_end"])) if data.get("break_end") else None,
            )
        except (KeyError, ValueError):
            return cls()
        return cls() if hours.problems() else hours

    def label(self) -> str:
        text = f"{self.opens:%H.%M}–{self.closes:%H.%M}"
        if self.break_start and self.break_end:
            text += f", istirahat {self.break_start:%H.%M}–{self.break_end:%H.%M}"
        hours = f"{self.day_hours:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{text} ({hours} jam kerja sehari)"


class DayKind(StrEnum):
    KERJA = "kerja"
    AKHIR_PEKAN = "akhir pekan"
    LIBUR = "libur"


class OverrideKind(StrEnum):
    """An edit of the holiday list kept in the database."""

    LIBUR = "libur"  # an extra holiday (a decree the package does not know yet, a local holiday)
    KERJA = "kerja"  # a working day after all (a holiday revoked, a Saturday declared working)

    @property
    def label(self) -> str:
        return "Hari libur tambahan" if self is OverrideKind.LIBUR else "Hari kerja"


@dataclass(frozen=True)
class CalendarOverride:
    tanggal: date
    kind: OverrideKind
    keterangan: str
    active: bool = True
    updated_by: str = ""


def half_days(value: float | Decimal | int) -> Decimal:
    """``value`` as a Decimal, refused unless it is a whole number of half days (0, 0.5, 1, ...)."""
    number = Decimal(str(value))
    if number < 0 or (number * 2) != (number * 2).to_integral_value():
        raise ValueError(f"{value} bukan kelipatan setengah hari kerja.")
    return number


class WorkCalendar:
    """Working time under office hours, weekends, holidays and extra working dates.

    ``holidays`` is a set of dates or a mapping date -> name (names show in the timeline).
    ``extra_working`` dates are working days whatever their weekday or holiday status.
    """

    def __init__(
        self,
        hours: OfficeHours | None = None,
        holidays: Mapping[date, str] | Iterable[date] = (),
        extra_working: Iterable[date] = (),
    ) -> None:
        self.hours = (hours or OfficeHours()).validate()
        names = dict(holidays) if isinstance(holidays, Mapping) else {d: "Hari libur" for d in holidays}
        self.extra_working = frozenset(extra_working)
        self.holiday_names: dict[date, str] = {d: n for d, n in names.items() if d not in self.extra_working}
        self.holidays = frozenset(self.holiday_names)
        self._day = self.hours.day_seconds
        self._open = _seconds(self.hours.opens)
        self._close = _seconds(self.hours.closes)
        if self.hours.break_start is not None and self.hours.break_end is not None:
            self._bs: int | None = _seconds(self.hours.break_start)
            self._be = _seconds(self.hours.break_end)
        else:
            self._bs = None
            self._be = self._open
        self._morning = (self._bs - self._open) if self._bs is not None else self._day
        # Ordinals of weekdays lost to holidays, and of weekend days gained as working days.
        self._lost = sorted(d.toordinal() for d in self.holidays if d.weekday() < 5)
        self._lost_set = frozenset(self._lost)
        self._gained = sorted(d.toordinal() for d in self.extra_working if d.weekday() >= 5)
        self._gained_set = frozenset(self._gained)

    # --- days --------------------------------------------------------------------------

    @property
    def day_seconds(self) -> int:
        return self._day

    def _is_working(self, n: int) -> bool:
        if (n - 1) % 7 < 5:  # ordinal 1 (1 January of year 1) is a Monday
            return n not in self._lost_set
        return n in self._gained_set

    def is_working_day(self, day: date) -> bool:
        return self._is_working(day.toordinal())

    def day_kind(self, day: date) -> DayKind:
        if self.is_working_day(day):
            return DayKind.KERJA
        if day in self.holidays:
            return DayKind.LIBUR
        return DayKind.AKHIR_PEKAN

    def holiday_name(self, day: date) -> str | None:
        return self.holiday_names.get(day)

    def days(self, first: date, last: date) -> list[tuple[date, DayKind, str]]:
        """Every date from ``first`` to ``last`` (inclusive) with its kind and holiday name,
        for shading a timeline."""
        out = []
        day = first
        while day <= last:
            out.append((day, self.day_kind(day), self.holiday_names.get(day, "")))
            day += timedelta(days=1)
        return out

    def _working_days_before(self, n: int) -> int:
        """Working days among ordinals 1 .. n-1."""
        k = n - 1
        rest = k % 7
        weekdays = (k // 7) * 5 + (rest if rest < 5 else 5)
        if self._lost:
            weekdays -= bisect.bisect_left(self._lost, n)
        if self._gained:
            weekdays += bisect.bisect_left(self._gained, n)
        return weekdays

    def working_days_between(self, first: date, last: date) -> int:
        """Working days from ``first`` to ``last``, both included."""
        if last < first:
            return 0
        return self._working_days_before(last.toordinal() + 1) - self._working_days_before(first.toordinal())

    def _nth_working_day(self, index: int, lo: int) -> int:
        """Ordinal of the working day with ``index`` working days before it (at or after ``lo``)."""
        step = 8
        hi = lo + step
        while self._working_days_before(hi + 1) <= index:
            step *= 2
            hi = lo + step
        while lo < hi:
            mid = (lo + hi) // 2
            if self._working_days_before(mid + 1) > index:
                hi = mid
            else:
                lo = mid + 1
        return lo

    # --- working time ------------------------------------------------------------------

    def _worked(self, x: int) -> int:
        """Working seconds from opening to time-of-day ``x`` (seconds) on a working day."""
        if x <= self._open:
            return 0
        if x > self._close:
            x = self._close
        if self._bs is None or x <= self._bs:
            return x - self._open
        if x <= self._be:
            return self._bs - self._open
        return self._bs - self._open + x - self._be

    def _time_of(self, worked: int) -> int:
        """The earliest time-of-day at which ``worked`` (1 .. day) working seconds have passed."""
        if worked <= self._morning:
            return self._open + worked
        return self._be + worked - self._morning

    def position(self, moment: datetime) -> int:
        """Working seconds from the origin to ``moment`` (monotone; flat outside office hours)."""
        n = moment.toordinal()
        base = self._day * self._working_days_before(n)
        if not self._is_working(n):
            return base
        return base + self._worked(moment.hour * 3600 + moment.minute * 60 + moment.second)

    def working_seconds(self, start: datetime, end: datetime) -> int:
        """Working seconds from ``start`` to ``end``; negative when ``end`` is earlier."""
        return self.position(end) - self.position(start)

    def between(self, start: datetime, end: datetime) -> float:
        """Working days from ``start`` to ``end`` (negative when ``end`` is earlier).

        Exact for whole and half days; any other amount is the exact fraction of 7.5 hours.
        """
        return self.working_seconds(start, end) / self._day

    def add_seconds(self, moment: datetime, seconds: int) -> datetime:
        """The earliest moment at or after ``moment`` by which ``seconds`` of working time passed."""
        if seconds < 0:
            raise ValueError("Waktu kerja yang ditambahkan tidak boleh negatif.")
        if seconds == 0:
            return moment
        target = self.position(moment) + seconds
        days, rest = divmod(target, self._day)
        if rest == 0:  # ends exactly at a closing time: that day, not the next morning
            days, rest = days - 1, self._day
        n = self._nth_working_day(days, moment.toordinal())
        clock = _clock(self._time_of(rest))
        return datetime.combine(date.fromordinal(n), clock)

    def add(self, moment: datetime, working_days: float | Decimal | int) -> datetime:
        """``moment`` plus ``working_days`` (0.5, 1, 30, ...) of working time; see the module notes."""
        amount = Decimal(str(working_days))
        if amount < 0:
            raise ValueError("Hari kerja yang ditambahkan tidak boleh negatif.")
        return self.add_seconds(moment, int((amount * self._day).to_integral_value()))

    def next_working_moment(self, moment: datetime) -> datetime:
        """``moment`` itself when working time runs right after it, else the next opening or
        the end of the break: when work on something handed over at ``moment`` can start."""
        n = moment.toordinal()
        x = moment.hour * 3600 + moment.minute * 60 + moment.second
        if self._is_working(n):
            if x < self._open:
                return datetime.combine(moment.date(), _clock(self._open))
            if self._bs is not None and self._bs <= x < self._be:
                return datetime.combine(moment.date(), _clock(self._be))
            if x < self._close:
                return moment
        index = self._working_days_before(n + 1)
        day = date.fromordinal(self._nth_working_day(index, n + 1))
        return datetime.combine(day, _clock(self._open))

    def is_working_moment(self, moment: datetime) -> bool:
        """Whether working time runs right after ``moment`` (inside office hours)."""
        return self.next_working_moment(moment) == moment


def build_calendar(
    hours: OfficeHours,
    package_holidays: Mapping[date, str],
    overrides: Iterable[CalendarOverride],
) -> WorkCalendar:
    """The office's calendar: the package's holidays (national and cuti bersama), plus the
    active overrides kept in the database (extra holidays, and dates that are working days)."""
    names = dict(package_holidays)
    extra: set[date] = set()
    for o in overrides:
        if not o.active:
            continue
        if o.kind is OverrideKind.LIBUR:
            names[o.tanggal] = o.keterangan or "Hari libur tambahan"
            extra.discard(o.tanggal)
        else:
            names.pop(o.tanggal, None)
            extra.add(o.tanggal)
    return WorkCalendar(hours, names, extra)


def format_days(value: float | Decimal) -> str:
    """Working days as the office writes them: ``42,5``, ``3``, ``0,13``."""
    number = float(value)
    if abs(number - round(number * 2) / 2) < 1e-9:
        text = f"{round(number * 2) / 2:.1f}"
        text = text[:-2] if text.endswith(".0") else text
    else:
        text = f"{number:.2f}"
    return text.replace(".", ",")
