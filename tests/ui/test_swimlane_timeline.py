"""The swimlane and timeline widgets draw what a case's state says."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QPointF, Qt

from sopdesk.domain.sop import load_sop_file
from sopdesk.paths import resource_dir
from sopdesk.ui.swimlane import FILL, LaneMark, StepMark, StepState, SwimlaneMarks, SwimlaneView
from sopdesk.ui.timeline import HEAD_H, LATE, ON_TIME, PLAN, ActualBar, TimelineData, TimelineRow, TimelineView
from tests.ui.conftest import settle

SOP = load_sop_file(Path(resource_dir()) / "sop" / "01.048.2017.toml")


def test_current_step_glows_in_the_lane_that_must_act(qtbot) -> None:
    view = SwimlaneView()
    qtbot.addWidget(view)
    view.set_sop(SOP)
    view.set_marks(
        SwimlaneMarks(
            {1: StepMark(StepState.DONE, "2 Nov 2026"), 7: StepMark(StepState.LATE, "sejak 4 hari kerja", passes=2)},
            {"sekda": LaneMark(active=True)},
        )
    )
    assert view.step_fill(7) == FILL[StepState.LATE]
    assert view.step_fill(1) == FILL[StepState.DONE]
    assert view.step_fill(8) == FILL[StepState.PENDING]
    assert view.active_lanes() == ["sekda"]
    assert view.glowing_steps() == [7]
    captions = {item.childItems()[0].text() for item in view._overlay if item.childItems()}
    assert {"2 Nov 2026", "sejak 4 hari kerja", "×2"} <= captions


def test_overview_counts_cases_per_lane_and_step(qtbot) -> None:
    view = SwimlaneView()
    qtbot.addWidget(view)
    view.set_sop(SOP)
    view.set_marks(SwimlaneMarks({5: StepMark(StepState.LATE, count=12, late_count=3)}, {"kabag": LaneMark(count=12)}))
    assert view.lane_header_text("kabag").endswith("(12)")
    assert "(" not in view.lane_header_text("bupati")
    numbers = [c.text() for item in view._overlay for c in item.childItems()]
    assert "12" in numbers


def test_clicking_a_step_selects_it(qtbot) -> None:
    view = SwimlaneView()
    qtbot.addWidget(view)
    view.set_sop(SOP)
    view.resize(1500, 1200)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_reset()
    view.centerOn(view._lead[3].path().boundingRect().center())
    with qtbot.waitSignal(view.stepClicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.step_centre(3).toPoint())
        settle(qtbot)
    assert blocker.args == [3]
    assert view.selected_step == 3


def test_timeline_draws_plan_actual_and_late_bars(qtbot) -> None:
    start = datetime(2026, 11, 2, 8, 0)
    rows = (
        TimelineRow(
            1, "Penyampaian", start, start + timedelta(days=1), "1", (ActualBar(start, start + timedelta(hours=2)),)
        ),
        TimelineRow(
            3,
            "Disposisi",
            start + timedelta(days=1),
            start + timedelta(days=1, hours=4),
            "0,5",
            (ActualBar(start + timedelta(days=1), start + timedelta(days=4), late=True),),
            due=start + timedelta(days=1, hours=4),
        ),
    )
    weekend = frozenset({date(2026, 11, 7), date(2026, 11, 8)})
    view = TimelineView()
    qtbot.addWidget(view)
    view.set_data(TimelineData(rows, start + timedelta(days=5), weekend, "Rencana 42,5 hari kerja"))
    view.show()
    image = view.grab().toImage()

    def colour_at(moment: datetime, row: int, dy: float) -> str:
        return image.pixelColor(int(view.x_of(moment)), int(HEAD_H + row * 30 + dy)).name()

    assert colour_at(start + timedelta(hours=12), 0, 7) == PLAN.name()
    assert colour_at(start + timedelta(hours=1), 0, 20) == ON_TIME.name()
    assert colour_at(start + timedelta(days=3), 1, 20) == LATE.name()
    tip = view.tooltip_at(QPointF(view.x_of(start + timedelta(days=3)), HEAD_H + 30 + 20))
    assert "terlambat" in tip and "Langkah 3" in tip


def test_working_days_read_right_in_either_language(qtbot, request) -> None:
    """Indonesian has no plural and writes 0,5; English says 1 working day, 0.5 working days."""
    view = SwimlaneView()
    qtbot.addWidget(view)
    view.set_sop(SOP)
    assert SOP.step(1).waktu_hari == 1 and SOP.step(2).waktu_hari == Decimal("0.5")
    assert view._lead[1].toolTip().endswith("Mutu baku: 1 hari kerja")
    assert view._lead[2].toolTip().endswith("Mutu baku: 0,5 hari kerja")

    request.getfixturevalue("in_english")
    english = SwimlaneView()
    qtbot.addWidget(english)
    english.set_sop(SOP)
    assert english._lead[1].toolTip().endswith("Standard time: 1 working day")
    assert english._lead[2].toolTip().endswith("Standard time: 0.5 working days")
    assert english._lead[11].toolTip().endswith("Standard time: 5 working days")


def test_today_never_covers_a_date_and_the_legend_wraps_instead_of_being_cut(qtbot) -> None:
    """At 125% the legend ran off the right edge; "Hari ini" was written over the date under it."""
    start = datetime(2026, 11, 2, 8, 0)
    rows = tuple(
        TimelineRow(n, f"Langkah {n}", start + timedelta(days=n), start + timedelta(days=n + 1), "1")
        for n in range(1, 12)
    )
    view = TimelineView()
    qtbot.addWidget(view)
    for hours in range(0, 24 * 14, 7):  # today anywhere over two weeks, over every Monday's date
        view.set_data(TimelineData(rows, start + timedelta(hours=hours), frozenset(), "Rencana 42,5 hari kerja"))
        for width in (1100, 700, 480):  # the window's width, fitted, as at 100%, 125% and 150%
            view.fit_width(width)
            assert view.layout_problems() == [], (hours, width)
            assert view.height() >= view.sizeHint().height()
    box = view.today_box()
    assert box is not None and all(not box.intersects(d) for d in view.date_boxes())
