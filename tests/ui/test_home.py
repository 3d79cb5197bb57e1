"""Beranda shows what waits for whom, and each item leads to its case."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from sopdesk.domain.cases import CompleteStep, StartCase
from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef
from sopdesk.services import cases
from sopdesk.services import disposition as disp
from sopdesk.store.database import Database
from sopdesk.ui.pages import HomePage
from tests.office import make_office


def test_beranda_counts_cases_by_lane_and_leads_to_a_late_case(qtbot, sqlite_db: Database) -> None:
    office = make_office(sqlite_db, received=datetime.now().replace(microsecond=0) - timedelta(days=20))
    staf, kabag = office.actors["staf"], office.actors["kabag"]
    ids = [
        cases.start_case(sqlite_db, staf, StartCase(letter.id, ("Layanan",), opd_id=1)).case_id
        for letter in office.letters
    ]
    # One case moves on to step 4 (Kasubag's lane); two stay at step 3 with the Kabag, long overdue.
    cases.complete_step(sqlite_db, kabag, ids[0], CompleteStep(3))
    # A disposition for the Kasubag from the third letter (its case has step 3 done by it).
    kasubag = office.kasubag
    disp.write_disposition(
        sqlite_db,
        kabag,
        DispositionInput(
            office.letters[2].id,
            (RecipientRef(RecipientKind.OFFICIAL, kasubag.id, kasubag.nama, kasubag.jabatan),),
            ("Proses lebih lanjut",),
            "",
        ),
    )

    home = HomePage(sqlite_db, kabag)
    qtbot.addWidget(home)
    qtbot.waitUntil(lambda: home.ready, timeout=10000)
    assert home.tiles["active"].value.text() == "3"
    assert home.tiles["awaiting"].value.text() == "1"  # the one case still waiting at step 3
    assert home.lane_count("kabag") == 1 and home.lane_count("kasubag") == 2
    assert home.tiles["overdue"].value.text() == "1"  # step 3 (half a day), started 20 days ago
    late = home.lists["overdue"]
    assert late.count() == 1 and "langkah 3" in late.item(0).text()
    # The Kabag's own tasks: the case waiting for her disposition.
    tasks = [home.lists["tasks"].item(i).text() for i in range(home.lists["tasks"].count())]
    assert any("langkah 3" in t for t in tasks)

    with qtbot.waitSignal(home.caseRequested) as opened:
        home.lists["overdue"].itemClicked.emit(late.item(0))
    assert opened.args == [ids[1]]

    # The Kasubag sees the new disposition among his tasks, bold while unread.
    home_kasubag = HomePage(sqlite_db, office.actors["kasubag"])
    qtbot.addWidget(home_kasubag)
    qtbot.waitUntil(lambda: home_kasubag.ready, timeout=10000)
    assert home_kasubag.tiles["inbox"].value.text() == "1"
    first = home_kasubag.lists["tasks"].item(0)
    assert first.text().startswith("Disposisi ") and first.font().bold()
    with qtbot.waitSignal(home_kasubag.stepRequested) as step:
        home_kasubag.matrix.cellClicked.emit(3, 5)
    assert step.args == [4]
    assert home_kasubag.matrix.item(3, 0).data(Qt.ItemDataRole.UserRole) == 4


def test_beranda_opens_no_stray_windows_for_any_role(qtbot, sqlite_db: Database, ui_actors) -> None:
    from PySide6.QtWidgets import QApplication

    for actor in ui_actors.values():
        home = HomePage(sqlite_db, actor)
        qtbot.addWidget(home)
        qtbot.waitUntil(lambda home=home: home.ready, timeout=10000)
        stray = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not home]
        assert stray == []
        assert home.admin_tiles["users"].isVisibleTo(home) is (actor.role.value == "admin")
