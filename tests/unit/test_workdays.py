"""Working days: hand-counted examples around Idul Fitri 2025 and 2026, year ends, weekends,
half days; properties checked against a plain day-by-day count."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopdesk.domain.errors import ValidationError
from sopdesk.domain.workdays import (
    CalendarOverride,
    DayKind,
    OfficeHours,
    OverrideKind,
    WorkCalendar,
    build_calendar,
    format_days,
    half_days,
)

# National holidays and cuti bersama on weekdays (SKB 3 Menteri; the `holidays` package's
# ID public + government categories give the same dates: tests/unit/test_calendar_service.py).
LIBUR = {
    # 2025
    date(2025, 1, 1): "Tahun Baru Masehi",
    date(2025, 1, 27): "Isra Mikraj",
    date(2025, 1, 28): "Cuti Bersama Imlek",
    date(2025, 1, 29): "Tahun Baru Imlek",
    date(2025, 3, 28): "Cuti Bersama Nyepi",
    date(2025, 3, 31): "Idul Fitri",
    date(2025, 4, 1): "Idul Fitri hari kedua",
    date(2025, 4, 2): "Cuti Bersama Idul Fitri",
    date(2025, 4, 3): "Cuti Bersama Idul Fitri",
    date(2025, 4, 4): "Cuti Bersama Idul Fitri",
    date(2025, 4, 7): "Cuti Bersama Idul Fitri",
    date(2025, 4, 18): "Wafat Yesus Kristus",
    date(2025, 5, 1): "Hari Buruh",
    date(2025, 5, 12): "Waisak",
    date(2025, 5, 13): "Cuti Bersama Waisak",
    date(2025, 5, 29): "Kenaikan Yesus Kristus",
    date(2025, 5, 30): "Cuti Bersama Kenaikan",
    date(2025, 6, 6): "Idul Adha",
    date(2025, 6, 9): "Cuti Bersama Idul Adha",
    date(2025, 6, 27): "Tahun Baru Islam",
    date(2025, 8, 18): "Cuti Bersama Kemerdekaan",
    date(2025, 9, 5): "Maulid Nabi",
    date(2025, 12, 25): "Natal",
    date(2025, 12, 26): "Cuti Bersama Natal",
    # 2026
    date(2026, 1, 1): "Tahun Baru Masehi",
    date(2026, 1, 16): "Isra Mikraj",
    date(2026, 2, 16): "Cuti Bersama Imlek",
    date(2026, 2, 17): "Tahun Baru Imlek",
    date(2026, 3, 18): "Cuti Bersama Nyepi",
    date(2026, 3, 19): "Nyepi",
    date(2026, 3, 20): "Cuti Bersama Idul Fitri",
    date(2026, 3, 21): "Idul Fitri",  # Saturday
    date(2026, 3, 22): "Idul Fitri hari kedua",  # Sunday
    date(2026, 3, 23): "Cuti Bersama Idul Fitri",
    date(2026, 3, 24): "Cuti Bersama Idul Fitri",
    date(2026, 4, 3): "Wafat Yesus Kristus",
    date(2026, 5, 1): "Hari Buruh",
    date(2026, 5, 14): "Kenaikan Yesus Kristus",
    date(2026, 5, 15): "Cuti Bersama Kenaikan",
    date(2026, 5, 27): "Idul Adha",
    date(2026, 5, 28): "Cuti Bersama Idul Adha",
    date(2026, 6, 1): "Hari Lahir Pancasila",
    date(2026, 6, 16): "Tahun Baru Islam",
    date(2026, 8, 17): "Hari Kemerdekaan",
    date(2026, 8, 25): "Maulid Nabi",
    date(2026, 12, 24): "Cuti Bersama Natal",
    date(2026, 12, 25): "Natal",
    date(2027, 1, 1): "Tahun Baru Masehi",
}


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar(OfficeHours(), LIBUR)


def at(y: int, m: int, d: int, hh: int = 7, mm: int = 30) -> datetime:
    return datetime(y, m, d, hh, mm)


def test_default_hours_are_seven_and_a_half_with_the_break_not_counted():
    hours = OfficeHours()
    assert hours.day_seconds == 27_000
    assert hours.label() == "07.30–16.00, istirahat 12.00–13.00 (7,5 jam kerja sehari)"


# --- Idul Fitri 2025: 28 Mar (cuti Nyepi), 31 Mar to 7 Apr (Idul Fitri and cuti bersama) ----------


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        (at(2025, 3, 27), 1, at(2025, 3, 27, 16, 0)),  # a whole day ends at closing, the same day
        (at(2025, 3, 27), 0.5, at(2025, 3, 27, 11, 15)),  # 3.75 hours
        (at(2025, 3, 27), 1.5, at(2025, 4, 8, 11, 15)),  # 28 Mar to 7 Apr are not working days
        (at(2025, 3, 27, 13, 0), 1, at(2025, 4, 8, 12, 0)),  # 3 h on Thursday, 4.5 h on Tuesday 8 Apr
        (at(2025, 3, 27, 10, 0), 0.5, at(2025, 3, 27, 14, 45)),  # 2 h before the break, 1.75 h after
        (at(2025, 3, 27, 15, 0), 0.5, at(2025, 4, 8, 10, 15)),  # 1 h, then 2.75 h after Lebaran
        # 30 days from Wednesday 26 Mar: also Good Friday 18 Apr, 1 May, Waisak 12-13 May.
        (at(2025, 3, 26, 9, 0), 30, at(2025, 5, 22, 9, 0)),
    ],
)
def test_adding_around_idul_fitri_2025(cal, start, days, due):
    assert cal.add(start, days) == due
    assert cal.between(start, due) == days


def test_lebaran_2025_counts_nothing(cal):
    assert cal.between(at(2025, 3, 28, 8, 0), at(2025, 4, 7, 17, 0)) == 0
    assert cal.between(at(2025, 3, 27), at(2025, 4, 8, 16, 0)) == 2
    assert cal.working_days_between(date(2025, 3, 24), date(2025, 4, 11)) == 4 + 4  # 24-27 Mar, 8-11 Apr
    assert cal.day_kind(date(2025, 3, 31)) is DayKind.LIBUR
    assert cal.day_kind(date(2025, 3, 29)) is DayKind.AKHIR_PEKAN
    assert cal.holiday_name(date(2025, 4, 2)) == "Cuti Bersama Idul Fitri"


# --- Idul Fitri 2026: 18 Mar (cuti Nyepi), 19 Nyepi, 20 cuti, 21-22 Idul Fitri, 23-24 cuti ------


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        (at(2026, 3, 17), 1, at(2026, 3, 17, 16, 0)),
        (at(2026, 3, 17), 1.5, at(2026, 3, 25, 11, 15)),
        (at(2026, 3, 17, 13, 0), 0.5, at(2026, 3, 25, 8, 15)),  # 3 h, then 0.75 h a week later
        (at(2026, 3, 16), 30, at(2026, 5, 5, 16, 0)),  # also Good Friday 3 Apr and 1 May
    ],
)
def test_adding_around_idul_fitri_2026(cal, start, days, due):
    assert cal.add(start, days) == due
    assert cal.between(start, due) == days


def test_lebaran_2026_counts_nothing(cal):
    assert cal.between(at(2026, 3, 17, 16, 0), at(2026, 3, 25)) == 0
    assert cal.between(at(2026, 3, 16), at(2026, 3, 25, 16, 0)) == 3  # 16, 17 and 25 March
    assert [d for d, kind, _ in cal.days(date(2026, 3, 16), date(2026, 3, 27)) if kind is DayKind.KERJA] == [
        date(2026, 3, 16),
        date(2026, 3, 17),
        date(2026, 3, 25),
        date(2026, 3, 26),
        date(2026, 3, 27),
    ]


# --- year ends ---------------------------------------------------------------------------------


def test_year_end_2025(cal):
    assert cal.add(at(2025, 12, 24, 13, 0), 1) == at(2025, 12, 29, 12, 0)  # Christmas and cuti bersama
    assert cal.add(at(2025, 12, 31, 9, 0), 1) == at(2026, 1, 2, 9, 0)  # New Year's Day
    assert cal.between(at(2025, 12, 24), at(2026, 1, 2, 16, 0)) == 5  # 24, 29, 30, 31 Dec, 2 Jan
    # 30 days over the year end and Isra Mikraj (16 Jan 2026).
    assert cal.add(at(2025, 12, 24), 30) == at(2026, 2, 9, 16, 0)


def test_year_end_2026(cal):
    assert cal.add(at(2026, 12, 23), 2) == at(2026, 12, 28, 16, 0)  # 24 cuti, 25 Natal
    assert cal.add(at(2026, 12, 31), 1.5) == at(2027, 1, 4, 11, 15)  # 1 Jan 2027 is a Friday


# --- weekends, snapping, half days ---------------------------------------------------------------


def test_weekends(cal):
    assert cal.add(at(2025, 11, 7, 13, 0), 0.5) == at(2025, 11, 10, 8, 15)  # Friday afternoon
    assert cal.add(at(2025, 11, 8, 10, 0), 1) == at(2025, 11, 10, 16, 0)  # from a Saturday
    assert cal.between(at(2025, 11, 8, 10, 0), at(2025, 11, 10, 16, 0)) == 1


def test_moments_outside_office_hours_snap_forward(cal):
    monday = (2025, 11, 10)
    assert cal.add(at(*monday, 6, 0), 0.5) == at(*monday, 11, 15)  # before opening
    assert cal.add(at(*monday, 12, 30), 0.5) == at(2025, 11, 11, 8, 15)  # in the break
    assert cal.add(at(*monday, 17, 0), 0.5) == at(2025, 11, 11, 11, 15)  # after closing
    assert cal.between(at(*monday, 16, 0), at(2025, 11, 11, 7, 30)) == 0  # the night counts nothing
    assert cal.between(at(*monday, 12, 0), at(*monday, 13, 0)) == 0  # nor the break


def test_earliest_moment_semantics(cal):
    monday = (2025, 11, 10)
    assert cal.add(at(*monday), 0) == at(*monday)
    assert cal.add(at(*monday, 17, 0), 0) == at(*monday, 17, 0)
    assert cal.add(at(*monday), 0.6) == at(*monday, 12, 0)  # 4.5 h: the break's start, not its end
    assert cal.add(at(2025, 11, 14), 1) == at(2025, 11, 14, 16, 0)  # a Friday's closing, not Monday
    assert cal.next_working_moment(at(*monday, 16, 0)) == at(2025, 11, 11)
    assert cal.next_working_moment(at(2025, 11, 14, 16, 0)) == at(2025, 11, 17)
    assert cal.next_working_moment(at(*monday, 12, 0)) == at(*monday, 13, 0)
    assert cal.next_working_moment(at(*monday, 11, 59)) == at(*monday, 11, 59)
    assert cal.next_working_moment(at(2025, 3, 27, 16, 0)) == at(2025, 4, 8)
    assert cal.is_working_moment(at(*monday, 9, 0)) and not cal.is_working_moment(at(*monday, 12, 15))


def test_between_is_signed_and_exact_for_hours(cal):
    a, b = at(2025, 11, 10, 8, 0), at(2025, 11, 10, 9, 30)
    assert cal.working_seconds(a, b) == 5400
    assert cal.between(b, a) == pytest.approx(-0.2)
    with pytest.raises(ValueError, match="negatif"):
        cal.add(a, -1)


def test_office_hours_are_editable():
    no_break = WorkCalendar(OfficeHours(time(7, 30), time(16, 0), None, None))
    assert no_break.day_seconds == 8.5 * 3600
    assert no_break.add(at(2025, 11, 10), 0.5) == at(2025, 11, 10, 11, 45)
    friday_like = WorkCalendar(OfficeHours(time(7, 30), time(16, 30), time(11, 30), time(13, 0)))
    assert friday_like.add(at(2025, 11, 10), 0.5) == at(2025, 11, 10, 11, 15)
    assert friday_like.add(at(2025, 11, 10), 1) == at(2025, 11, 10, 16, 30)


@pytest.mark.parametrize(
    ("hours", "field", "message"),
    [
        (OfficeHours(time(16, 0), time(7, 30)), "closes", "Jam tutup harus sesudah jam buka."),
        (OfficeHours(break_start=time(13, 0), break_end=time(12, 0)), "break_end", "Akhir istirahat"),
        (OfficeHours(break_start=time(6, 0), break_end=time(7, 0)), "break_start", "di antara jam buka"),
        (OfficeHours(break_start=time(12, 0), break_end=None), "break_end", "kosongkan keduanya"),
    ],
)
def test_unusable_office_hours_are_refused_in_indonesian(hours, field, message):
    with pytest.raises(ValidationError) as info:
        WorkCalendar(hours)
    assert message in info.value.fields[field]


def test_office_hours_round_trip_and_bad_settings_fall_back():
    hours = OfficeHours(time(8, 0), time(16, 30), time(12, 0), time(12, 30))
    assert OfficeHours.from_dict(hours.to_dict()) == hours
    assert OfficeHours.from_dict({"opens": "25:00", "closes": "16:00"}) == OfficeHours()
    assert OfficeHours.from_dict(None) == OfficeHours()
    assert OfficeHours.from_dict({"opens": "07.30", "closes": "15:00", "break_start": "", "break_end": ""}) == (
        OfficeHours(time(7, 30), time(15, 0), None, None)
    )


def test_extra_working_dates_and_overrides():
    cal = build_calendar(
        OfficeHours(),
        LIBUR,
        [
            CalendarOverride(date(2025, 4, 7), OverrideKind.KERJA, "Cuti bersama dibatalkan"),
            CalendarOverride(date(2025, 11, 8), OverrideKind.KERJA, "Sabtu kerja pengganti"),
            CalendarOverride(date(2025, 11, 12), OverrideKind.LIBUR, "HUT Kabupaten Tangerang"),
            CalendarOverride(date(2025, 11, 13), OverrideKind.LIBUR, "tidak berlaku", active=False),
        ],
    )
    assert cal.between(at(2025, 3, 27), at(2025, 4, 8, 16, 0)) == 3  # 7 April works after all
    assert cal.add(at(2025, 11, 7), 2) == at(2025, 11, 8, 16, 0)  # the working Saturday
    assert cal.day_kind(date(2025, 11, 12)) is DayKind.LIBUR
    assert cal.holiday_name(date(2025, 11, 12)) == "HUT Kabupaten Tangerang"
    assert cal.is_working_day(date(2025, 11, 13))


def test_formatting_days_the_office_way():
    assert [format_days(v) for v in (42.5, 3, 0.5, 2 / 15, -1.5)] == ["42,5", "3", "0,5", "0,13", "-1,5"]
    assert half_days("1.5") == half_days(1.5)
    with pytest.raises(ValueError):
        half_days(0.3)


# --- properties ------------------------------------------------------------------------------------

CAL = WorkCalendar(OfficeHours(), LIBUR)
SPANS = ((time(7, 30), time(12, 0)), (time(13, 0), time(16, 0)))


def brute_seconds(a: datetime, b: datetime) -> int:
    """Working seconds from a to b, counted day by day from the office's two spans."""
    total = 0
    day = a.date()
    while day <= b.date():
        if day.weekday() < 5 and day not in LIBUR:
            for s, e in SPANS:
                lo = max(a, datetime.combine(day, s))
                hi = min(b, datetime.combine(day, e))
                if hi > lo:
                    total += int((hi - lo).total_seconds())
        day += timedelta(days=1)
    return total


moments = st.datetimes(min_value=datetime(2024, 12, 1), max_value=datetime(2027, 1, 31)).map(
    lambda m: m.replace(second=0, microsecond=0)
)
working_moments = moments.map(CAL.next_working_moment)
amounts = st.integers(min_value=0, max_value=120).map(lambda n: n / 2)


@settings(max_examples=300, deadline=None)
@given(working_moments, amounts)
def test_add_then_between_is_the_identity_on_working_moments(m, days):
    due = CAL.add(m, days)
    assert CAL.between(m, due) == days
    assert due >= m
    assert CAL.is_working_moment(m)


@settings(max_examples=300, deadline=None)
@given(moments, amounts)
def test_add_then_between_holds_from_any_moment_and_lands_in_office_hours(m, days):
    due = CAL.add(m, days)
    assert CAL.between(m, due) == days
    if days:
        assert CAL.is_working_day(due.date())
        assert time(7, 30) < due.time() <= time(16, 0)
        assert not (time(12, 0) < due.time() <= time(13, 0))


@settings(max_examples=200, deadline=None)
@given(moments, st.integers(min_value=0, max_value=60 * 24 * 45))
def test_between_matches_a_day_by_day_count(a, minutes):
    b = a + timedelta(minutes=minutes)
    assert CAL.working_seconds(a, b) == brute_seconds(a, b)


@settings(max_examples=200, deadline=None)
@given(moments, amounts, amounts)
def test_adding_in_two_goes_equals_adding_once(m, x, y):
    assert CAL.add(CAL.add(m, x), y) == CAL.add(m, x + y)
    assert CAL.add(m, x) <= CAL.add(m, x + y)
