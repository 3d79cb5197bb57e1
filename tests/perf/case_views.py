"""Berkas SP benchmark (issue 6) with 2,000 active cases on SQLite (and PostgreSQL with --pg URL):
Beranda, the Ikhtisar swimlane (the open cases read, counted per step and lane, laid over the swimlane
and painted) and one case's swimlane and timeline (its events folded, the overlays built,
drawn and painted).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.perf.case_views [--pg URL] [-n 2000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sopdesk.services.setup import initialise
from sopdesk.store.database import Database
from tests.perf.cases import fill

N = 2_000
REPEAT = 15


def timed(fn: Callable[[], object], repeat: int = REPEAT) -> tuple[float, float, float]:
    """(first, median, worst of the rest) in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times[0], statistics.median(times[1:]), max(times[1:])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", help="PostgreSQL URL of an empty database")
    parser.add_argument("-n", type=int, default=N)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    work = Path(tempfile.mkdtemp(prefix="sopdesk-bench-"))
    db = Database.connect(args.pg or str(work / "cases.sqlite3"))
    initialise(db, None)
    now = datetime.now().replace(microsecond=0)
    t0 = time.perf_counter()
    ids = fill(db, args.n, now)  # the store benchmark's office: open cases at every step, some sent back

    from sopdesk.services import cases, read
    from sopdesk.ui.case_views import case_marks, overview_marks, timeline_data
    from sopdesk.ui.swimlane import SwimlaneView
    from sopdesk.ui.timeline import TimelineView

    active = cases.active_cases(db)
    print(
        f"Berkas SP benchmark on {db.dialect}: {len(active):,} open cases, "
        f"{sum(1 for a in active if a.clock.step_overdue):,} late at their step "
        f"(filled in {time.perf_counter() - t0:.1f} s)"
    )
    sop = read.sop_definition(db)
    assert sop is not None
    swimlane = SwimlaneView()
    swimlane.resize(1100, 700)
    start = time.perf_counter()
    swimlane.set_sop(sop)
    swimlane.show()
    app.processEvents()
    print(f"  swimlane drawn once (the SOP, no overlay):      {(time.perf_counter() - start) * 1000:7.1f} ms")

    def overview() -> None:
        found = cases.active_cases(db)
        marks = overview_marks(sop, [a.item for a in found], {a.item.id: a.clock for a in found})
        swimlane.set_marks(marks)
        swimlane.viewport().grab()

    first, median, worst = timed(overview)
    print(
        f"  Ikhtisar (query + counts + overlay + paint):     first {first:6.1f} ms, median {median:6.1f} ms, "
        f"worst {worst:6.1f} ms   (goal < 200 ms)"
    )
    start = time.perf_counter()
    found = cases.active_cases(db)
    query = (time.perf_counter() - start) * 1000
    print(f"    of which the query and clocks of {len(found):,} cases: {query:6.1f} ms")

    timeline = TimelineView()
    timeline.resize(1100, 420)
    timeline.show()
    rng = random.Random(3)
    picks = rng.sample(ids, min(len(ids), 60))
    returned = [i for i in ids if read.case_item(db, i) and read.case_item(db, i).returns][:5]  # type: ignore[union-attr]
    queue = iter(returned + picks)

    def one_case() -> None:
        view = cases.case_view(db, next(queue))
        swimlane.set_marks(case_marks(view.state))
        timeline.set_data(timeline_data(view.state, view.calendar, view.state.as_of))
        swimlane.viewport().grab()
        timeline.grab()

    first, median, worst = timed(one_case, min(REPEAT * 2, len(returned) + len(picks)))
    print(
        f"  one case (fold + swimlane + timeline + paint):   first {first:6.1f} ms, median {median:6.1f} ms, "
        f"worst {worst:6.1f} ms   (goal < 100 ms)"
    )

    # Beranda: its figures gathered (on a worker in the app) and put on the page, then painted.
    from sopdesk.domain.records import Actor
    from sopdesk.domain.roles import Role
    from sopdesk.ui.cases_page import CasesPage
    from sopdesk.ui.pages import HomePage, gather_home

    kabag = Actor(None, "bench", Role.KABAG, "Bench")
    home = HomePage(db, kabag)
    home.resize(1300, 760)
    home.show()
    while not home.ready:
        app.processEvents()

    def beranda() -> None:
        home._apply(gather_home(db, kabag))
        home.grab()

    first, median, worst = timed(beranda)
    print(
        f"  Beranda (gather + fill + paint):                 first {first:6.1f} ms, median {median:6.1f} ms, "
        f"worst {worst:6.1f} ms   (goal < 200 ms)"
    )

    # The whole page as a user meets it: the list of 2,000 cases and the Ikhtisar.

    start = time.perf_counter()
    page = CasesPage(db, Actor(None, "bench", Role.KABAG, "Bench"))
    page.resize(1200, 760)
    page.show()
    app.processEvents()
    print(f"  Berkas SP page opened (list + Ikhtisar painted): {(time.perf_counter() - start) * 1000:7.1f} ms")
    row = page.model.row_of(picks[0])
    assert row is not None
    start = time.perf_counter()
    page.view.selectRow(row)
    app.processEvents()
    print(f"  a click on a case in the list, painted:          {(time.perf_counter() - start) * 1000:7.1f} ms")
    start = time.perf_counter()
    page.search.setText("kecamatan")
    page.apply_filters()
    app.processEvents()
    print(f"  a search over the list:                          {(time.perf_counter() - start) * 1000:7.1f} ms")
    for widget in (page, swimlane, timeline, home):
        widget.close()
        widget.deleteLater()
    app.processEvents()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
