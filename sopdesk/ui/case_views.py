"""From the case engine's state to what the swimlane and the timeline draw.

Kept apart from the widgets (which know nothing of cases) and from the engine (which knows
nothing of colours), so each side can be tested on its own.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from sopdesk.domain.cases import CaseClock, CaseListItem, CaseState, CaseStatus, PassOutcome, StepStatus
from sopdesk.domain.dates import tanggal
from sopdesk.domain.sop import SopDefinition
from sopdesk.domain.workdays import WorkCalendar
from sopdesk.ui.days import days, days_form
from sopdesk.ui.swimlane import LaneMark, StepMark, StepState, SwimlaneMarks
from sopdesk.ui.timeline import ActualBar, TimelineData, TimelineRow


def _short(moment: datetime) -> str:
    return tanggal(moment.date())


def case_marks(state: CaseState) -> SwimlaneMarks:
    """One case over the swimlane: done steps with their dates, the current one glowing in the
    lane(s) that must act, late ones red, repeated ones with their pass count."""
    steps: dict[int, StepMark] = {}
    for s in state.steps:
        passes = s.pass_count
        if s.status is StepStatus.SELESAI and s.actual_end is not None:
            look = StepState.DONE_LATE if s.late else StepState.DONE
            steps[s.no] = StepMark(look, _short(s.actual_end), passes)
        elif s.status is StepStatus.BERJALAN and s.current_pass is not None:
            running = s.current_pass
            since = days(math.floor(running.elapsed_days * 2) / 2)
            if state.status is CaseStatus.DITANGGUHKAN:
                caption = QCoreApplication.translate("CaseViews", "ditangguhkan, %1 hari kerja", "", days_form(since))
            else:
                caption = QCoreApplication.translate("CaseViews", "sejak %1 hari kerja", "", days_form(since))
            caption = caption.replace("%1", since)
            steps[s.no] = StepMark(StepState.LATE if running.late else StepState.CURRENT, caption, passes)
        elif passes:  # to be done again after a return
            steps[s.no] = StepMark(StepState.PENDING, QCoreApplication.translate("CaseViews", "diulang"), passes + 1)
    lanes = {code: LaneMark(active=True) for code in state.current_lanes[:1]}
    return SwimlaneMarks(steps, lanes)


def overview_marks(
    sop: SopDefinition, items: Iterable[CaseListItem], clocks: dict[int, CaseClock] | None = None
) -> SwimlaneMarks:
    """All open cases over the swimlane: how many wait at each step and in each lead lane, and
    how many of those are past the step's due time."""
    counts: dict[int, int] = {}
    late: dict[int, int] = {}
    lanes: dict[str, int] = {}
    for item in items:
        if not item.status.open or item.current_step is None:
            continue
        counts[item.current_step] = counts.get(item.current_step, 0) + 1
        clock = clocks.get(item.id) if clocks else None
        if clock is not None and clock.step_overdue:
            late[item.current_step] = late.get(item.current_step, 0) + 1
        if item.lead_lane:
            lanes[item.lead_lane] = lanes.get(item.lead_lane, 0) + 1
    steps = {
        no: StepMark(
            StepState.LATE if late.get(no) else StepState.CURRENT,
            QCoreApplication.translate("CaseViews", "%1 terlambat").replace("%1", str(late[no]))
            if late.get(no)
            else "",
            count=count,
            late_count=late.get(no, 0),
        )
        for no, count in counts.items()
    }
    return SwimlaneMarks(steps, {lane.code: LaneMark(count=lanes.get(lane.code, 0)) for lane in sop.lanes})


def timeline_data(state: CaseState, cal: WorkCalendar, now: datetime) -> TimelineData:
    """The plan from mutu baku against every pass of every step, with the days off shaded."""
    rows = []
    for s in state.steps:
        bars = tuple(
            ActualBar(p.started_at, p.ended_at, p.late, p.number)
            for p in s.passes
            if p.outcome is not PassOutcome.DIBATALKAN or p.ended_at is not None
        )
        running = s.current_pass
        rows.append(
            TimelineRow(
                s.no,
                s.uraian,
                s.planned_start,
                s.planned_end,
                days(s.waktu_hari),
                bars,
                due=running.due_at if running else None,
            )
        )
    first, last = state.window()
    first = min(first, now.date()) - timedelta(days=1)
    last = max(last, now.date()) + timedelta(days=2)
    off = frozenset(d for d in _dates(first, last) if not cal.is_working_day(d))
    return TimelineData(tuple(rows), now, off, summary_text(state))


def _dates(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def summary_text(state: CaseState) -> str:
    """ "Rencana 42,5 hari kerja · berjalan 19 · deviasi +2,5" """
    elapsed = days(math.floor(state.elapsed_days * 2) / 2)
    planned = days(state.planned_days)
    deviation = (
        math.floor(state.deviation_days * 2) / 2
        if state.deviation_days >= 0
        else -math.floor(-state.deviation_days * 2) / 2
    )
    sign = "+" if deviation > 0 else ""
    if state.status is CaseStatus.SELESAI:
        text = QCoreApplication.translate(
            "CaseViews", "Rencana %1 hari kerja · selesai dalam %2 · deviasi %3", "", days_form(planned)
        )
    else:
        text = QCoreApplication.translate(
            "CaseViews", "Rencana %1 hari kerja · berjalan %2 · deviasi %3", "", days_form(planned)
        )
    return text.replace("%1", planned).replace("%2", elapsed).replace("%3", f"{sign}{days(deviation)}")
