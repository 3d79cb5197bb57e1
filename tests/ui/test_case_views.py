"""A case's state, folded by the engine, becomes the right swimlane and timeline overlay."""

from __future__ import annotations

from datetime import datetime

from sopdesk.domain.cases import StepCompleted, StepReturned, StepSource, fold
from sopdesk.ui.case_views import case_marks, overview_marks, summary_text, timeline_data
from sopdesk.ui.swimlane import StepState
from tests.unit.test_case_engine import CAL, INFO, SOP, START

NOW = datetime(2025, 3, 20, 10, 0)


def events() -> list:
    made: list = []

    def add(cls, at: datetime, **fields) -> None:
        made.append(cls(seq=len(made) + 1, at=at, recorded_by="staf", recorded_at=at, **fields))

    add(StepCompleted, START, step=1, source=StepSource.SURAT)
    add(StepCompleted, START, step=2, source=StepSource.SURAT)
    add(StepCompleted, datetime(2025, 3, 4, 9, 0), step=3)
    add(StepCompleted, datetime(2025, 3, 10, 9, 0), step=4)
    add(StepReturned, datetime(2025, 3, 11, 9, 0), from_step=5, to_step=4, reason="Maklumat belum lengkap")
    return made


def test_a_returned_case_glows_at_step_4_with_its_second_pass() -> None:
    state = fold(INFO, SOP, events(), CAL, NOW)
    marks = case_marks(state)
    assert marks.steps[4].state in (StepState.CURRENT, StepState.LATE)
    assert marks.steps[4].passes == 2
    assert marks.steps[4].caption.startswith("sejak ")
    assert marks.steps[3].state is StepState.DONE_LATE  # 0.5 day allowed, took a full day
    assert marks.steps[3].caption == "4 Maret 2025"
    assert marks.steps[5].caption == "diulang"
    assert [code for code, lane in marks.lanes.items() if lane.active] == [state.lead_lane] == ["kasubag"]


def test_timeline_has_a_bar_per_pass_and_shades_weekends() -> None:
    state = fold(INFO, SOP, events(), CAL, NOW)
    data = timeline_data(state, CAL, NOW)
    row4 = next(r for r in data.rows if r.step_no == 4)
    assert [b.pass_no for b in row4.actual] == [1, 2]
    assert row4.actual[-1].end is None and row4.due is not None
    assert datetime(2025, 3, 8).date() in data.non_working  # a Saturday
    assert datetime(2025, 3, 10).date() not in data.non_working
    assert data.summary == summary_text(state) and data.summary.startswith("Rencana 42,5 hari kerja")


def test_overview_counts_waiting_cases_by_step_and_lead_lane() -> None:
    from tests.unit.test_case_engine import CaseListItem

    state = fold(INFO, SOP, events(), CAL, NOW)
    s = state.summary()
    item = CaseListItem(
        1,
        "SP-1",
        1,
        "x",
        "p",
        "OPD",
        (),
        1,
        s.status,
        s.current_step,
        s.lanes,
        START,
        s.step_started_at,
        s.step_due_at,
        s.due_at,
        s.suspended_since,
        s.finished_at,
        s.returns,
    )
    marks = overview_marks(SOP, [item, item])
    assert marks.steps[4].count == 2
    assert marks.lanes["kasubag"].count == 2 and marks.lanes["sekda"].count == 0
