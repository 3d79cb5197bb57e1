"""The Berkas SP page's details (issue 14): the Linimasa tab after the Ikhtisar, a step's plan
shown before its due time and never after it, the case's actions as wide as their text asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from sopdesk.domain.cases import StartCase
from sopdesk.domain.dates import tanggal_jam
from sopdesk.services import cases
from sopdesk.store.database import Database
from tests.ui.conftest import settle
from tests.ui.test_cases_page import BERKAS_SP, open_window, received_days_ago, register


def test_the_linimasa_tab_comes_back_when_the_page_opened_in_the_ikhtisar_is_left(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
) -> None:
    staf = ui_actors["staf"]
    letter = register(sqlite_db, staf, received_days_ago(8))
    cases.start_case(sqlite_db, staf, StartCase(letter.id, ("Izin",)))
    window = open_window(qtbot, sqlite_db, staf, tmp_path)
    window.nav.setCurrentRow(BERKAS_SP)
    page = window.cases_page
    assert page.overview_button.isChecked() and not page.tabs.isTabEnabled(1)  # the page opens in the Ikhtisar
    qtbot.mouseClick(page.overview_button, Qt.MouseButton.LeftButton)  # left by its own button
    settle(qtbot)
    assert not page.overview_button.isChecked() and page.tabs.isTabEnabled(1)
    page.tabs.setCurrentIndex(1)
    assert page.tabs.currentIndex() == 1
    qtbot.mouseClick(page.overview_button, Qt.MouseButton.LeftButton)  # back to the Ikhtisar...
    assert not page.tabs.isTabEnabled(1)
    page.view.selectRow(0)  # ...and left by choosing a case in the list
    settle(qtbot)
    assert not page.overview_button.isChecked() and page.tabs.isTabEnabled(1)


def test_a_steps_plan_comes_before_its_due_time_and_never_ends_after_it(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
) -> None:
    staf = ui_actors["staf"]
    letter = register(sqlite_db, staf, received_days_ago(1))
    case_id = cases.start_case(sqlite_db, staf, StartCase(letter.id, ("Izin",))).case_id
    window = open_window(qtbot, sqlite_db, staf, tmp_path)
    window.open_case(case_id)
    page = window.cases_page
    state = cases.case_state(sqlite_db, case_id)
    step = state.step(3)
    due = step.passes[0].due_at
    assert step.planned_end <= due  # steps 1 and 2 done at once: the plan starts when step 3 began
    text = page.panel.record.text()
    assert f"{tanggal_jam(step.planned_start)} – {tanggal_jam(step.planned_end)}" in text
    assert text.index("Rencana") < text.index("Mulai") < text.index("Batas waktu")
    assert tanggal_jam(due) in text


def test_the_cases_actions_get_the_width_their_text_asks(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path) -> None:
    admin = ui_actors["admin"]
    letter = register(sqlite_db, admin, received_days_ago(3))
    case_id = cases.start_case(sqlite_db, admin, StartCase(letter.id, ("Izin",))).case_id
    window = open_window(qtbot, sqlite_db, admin, tmp_path)
    window.open_case(case_id)
    page = window.cases_page
    page.case_split.setSizes([10_000, 1])  # the panel as narrow as the window lets it be
    settle(qtbot)
    shown = [page.panel.buttons[n] for n in ("suspend", "extend", "cancel")]
    assert all(b.isVisible() for b in shown)
    for button in shown:
        assert button.width() >= button.sizeHint().width(), button.text()
