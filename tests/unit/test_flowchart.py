"""The flowchart geometry shared by the printed SOP and the on-screen swimlane."""

from __future__ import annotations

from pathlib import Path

import pytest

from sopdesk.domain.flowchart import Anchor, FlowPage, Point, SymbolKind, layout, paginate
from sopdesk.domain.sop import SopDefinition, load_sop_file
from sopdesk.paths import sop_dir

SPLITS = {
    "one page": [list(range(1, 12))],
    "two pages": [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11]],
    "four pages": [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11]],
    "a page a step": [[n] for n in range(1, 12)],
}


@pytest.fixture(scope="module")
def sop() -> SopDefinition:
    return load_sop_file(sop_dir() / "01.048.2017.toml")


def lead(page: FlowPage, step: int):
    return next(s for s in page.symbols if s.step_no == step and not s.secondary)


@pytest.mark.parametrize("split", SPLITS.values(), ids=SPLITS.keys())
def test_only_the_permenpan_symbols_and_the_right_one_per_step(sop: SopDefinition, split):
    pages = layout(sop, split)
    kinds = {s.kind for p in pages for s in p.symbols}
    assert kinds <= set(SymbolKind)
    assert len(SymbolKind) == 4  # plus the arrow: five symbols in all
    expected = {1: "terminator", 11: "terminator", 5: "decision", 6: "decision", 7: "decision"}
    for page in pages:
        for step in page.steps:
            symbol = lead(page, step)
            assert symbol.kind == expected.get(step, "process")
            lane = sop.lanes[symbol.lane].code
            assert lane == sop.step(step).lead_lane


@pytest.mark.parametrize("split", SPLITS.values(), ids=SPLITS.keys())
def test_every_page_break_has_a_matching_pair_of_pentagons(sop: SopDefinition, split):
    pages = layout(sop, split)
    for p in range(len(pages) - 1):
        last, first = pages[p].steps[-1], pages[p + 1].steps[0]
        # Flow connectors stand on the lead lane's centre line (return connectors beside it).
        below = [
            s
            for s in pages[p].symbols
            if s.kind == SymbolKind.OFF_PAGE and s.y > len(pages[p].steps) - 0.5 and s.x == s.lane + 0.5
        ]
        above = [s for s in pages[p + 1].symbols if s.kind == SymbolKind.OFF_PAGE and s.y < 0.5 and s.x == s.lane + 0.5]
        assert len(below) == 1 and len(above) == 1
        assert below[0].label == above[0].label
        assert below[0].lane == lead(pages[p], last).lane
        assert above[0].lane == lead(pages[p + 1], first).lane
    labels = [s.label for page in pages for s in page.symbols if s.kind == SymbolKind.OFF_PAGE]
    for label in set(labels):  # every connector has its partner somewhere
        assert labels.count(label) >= 2


@pytest.mark.parametrize("split", SPLITS.values(), ids=SPLITS.keys())
def test_each_decision_sends_work_back_to_step_four(sop: SopDefinition, split):
    pages = layout(sop, split)
    page_of = {step: i for i, page in enumerate(pages) for step in page.steps}
    for step in (5, 6, 7):
        page = pages[page_of[step]]
        decision = page.symbols.index(lead(page, step))
        tidak = [ln for ln in page.lines if ln.label == "Tidak" and ln.points[0] == Anchor(decision, "right")]
        assert len(tidak) == 1
        end = tidak[0].points[-1]
        assert isinstance(end, Anchor)
        target = page.symbols[end.symbol]
        if page_of[4] == page_of[step]:
            assert target.step_no == 4
        else:  # off the page: a pentagon whose partner stands beside step 4
            assert target.kind == SymbolKind.OFF_PAGE
            home = pages[page_of[4]]
            assert any(s.kind == SymbolKind.OFF_PAGE and s.label == target.label for s in home.symbols)
        yes = [ln for ln in page.lines if ln.label == "Ya" and ln.points[0] == Anchor(decision, "bottom")]
        assert len(yes) == 1


def test_participating_lanes_are_joined_to_the_lead_symbol(sop: SopDefinition):
    (page,) = layout(sop, SPLITS["one page"])
    secondary = [s for s in page.symbols if s.step_no == 5 and s.secondary]
    assert sorted(sop.lanes[s.lane].code for s in secondary) == ["asda3", "kasubag", "sekda", "staf"]
    for symbol in secondary:
        index = page.symbols.index(symbol)
        # joined by an arrow from the lead towards the lane that takes part (issue 15: no bare lines)
        joins = [ln for ln in page.lines if isinstance(ln.points[-1], Anchor) and ln.points[-1].symbol == index]
        assert joins and all(ln.arrow for ln in joins)
    assert all(ln.arrow for ln in page.lines)


def test_runs_between_rows_stay_off_the_row_borders(sop: SopDefinition):
    """A horizontal run from one step down to the next lies inside the source's row, not on the
    border line between the rows (where it would vanish into the grid)."""
    for page in layout(sop, SPLITS["one page"]):
        for line in page.lines:
            for point in line.points:
                if isinstance(point, Point):
                    assert abs(point.y - round(point.y)) > 0.1, point


def test_paginate_fills_pages_and_gives_a_tall_row_its_own_page():
    assert paginate([10, 10, 10, 10], 25, 25) == [(0, 1), (2, 3)]
    assert paginate([10, 40, 10], 30, 30) == [(0,), (1,), (2,)]
    assert paginate([5, 5, 5], 10, 100) == [(0, 1), (2,)]
    assert paginate([], 10, 10) == []


def test_shipped_definition_is_in_the_resources_folder():
    assert (sop_dir() / "01.048.2017.toml").is_file()
    assert isinstance(sop_dir(), Path)
