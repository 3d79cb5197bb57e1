"""Berkas SP benchmark (issue 6) with 2,000 active cases on SQLite (and PostgreSQL with --pg URL):
the Ikhtisar swimlane (the open cases read, counted per step and lane, laid over the swimlane
and painted) and one case's swimlane and timeline (its events folded, the overlays built,
drawn and painted).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.perf.case_views [--pg URL] [-n 2000]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sopdesk.domain.cases import (
    CaseEvent,
    CaseInfo,
    StepCompleted,
    StepReturned,
    StepSource,
    Suspended,
    case_number,
    event_step,
    fold,
)
from sopdesk.services.setup import initialise
from sopdesk.store.database import Database

N = 2_000
REPEAT = 15


def _appender(events: list[CaseEvent]) -> Callable[..., None]:
    def add(event: type[CaseEvent], at: datetime, **fields: object) -> None:
        events.append(event(seq=len(events) + 1, at=at, recorded_by="bench", recorded_at=at, **fields))  # type: ignore[arg-type]

    return add


def fill(db: Database, n: int, now: datetime) -> list[int]:
    """``n`` open cases straight into the tables (letters, cases, events), each folded by the
    engine so its derived columns are what the services would have written."""
    from sqlalchemy import insert, select

    from sopdesk.services import read
    from sopdesk.services.calendar import work_calendar
    from sopdesk.store.repositories import summary_values
    from sopdesk.store.rows import CaseEventRow, CaseRow, LetterRow, OpdRow, SopVersionRow

    rng = random.Random(6)
    sop = read.sop_definition(db)
    assert sop is not None
    cal = work_calendar(db)
    with db.engine.connect() as conn:
        opds = [(r.id, r.nama) for r in conn.execute(select(OpdRow.id, OpdRow.nama))]
        version_id = conn.execute(select(SopVersionRow.id).order_by(SopVersionRow.id.desc())).scalars().first()
    letters, case_rows, event_rows = [], [], []
    for i in range(1, n + 1):
        received = cal.next_working_moment(now - timedelta(days=rng.randint(3, 120), hours=rng.randint(0, 8)))
        opd_id, opd_nama = rng.choice(opds)
        letters.append(
            {
                "id": i,
                "year": received.year,
                "seq": i,
                "number": f"000.8.3.2/{i:05d}-Org/{received.year}",
                "received_at": received,
                "asal": opd_nama,
                "asal_opd_id": opd_id,
                "nomor_surat": f"{i}/SP/{received.year}",
                "tanggal_surat": received.date(),
                "perihal": "Penyampaian rancangan Standar Pelayanan dan Maklumat Pelayanan",
                "isi_ringkas": "",
                "sifat": "Biasa",
                "urgensi": "Biasa",
                "lampiran": "",
                "kode": "000.8.3.2",
                "sumber": "fisik",
                "srikandi_no": "",
                "diteruskan_kepada": "",
                "keterangan": "",
                "status": "diproses SOP",
                "voided": False,
                "void_reason": "",
                "created_by": "bench",
                "created_at": received,
                "updated_at": received,
            }
        )
        info = CaseInfo(
            id=i,
            number=case_number(received.year, i),
            letter_id=i,
            letter_number=letters[-1]["number"],
            perihal=letters[-1]["perihal"],
            opd_id=opd_id,
            opd_nama=opd_nama,
            jenis_layanan=("Layanan contoh",),
            sop_version_id=version_id,
            sop_nomor=sop.nomor,
            sop_version=1,
            started_at=received,
            created_by="bench",
            created_at=received,
        )
        events: list[CaseEvent] = []
        add = _appender(events)
        add(StepCompleted, received, step=1, source=StepSource.SURAT)
        add(StepCompleted, received, step=2, source=StepSource.SURAT)
        moment, step, returned = received, 3, False
        target = rng.randint(3, 11)
        while step < target:
            took = Decimal(str(max(0.5, round(float(sop.step(step).waktu_hari) * rng.choice((0.5, 1, 1.5)) * 2) / 2)))
            nxt = cal.add(moment, took)
            if nxt >= now:
                break
            if step in (5, 6, 7) and not returned and rng.random() < 0.3:
                add(StepReturned, nxt, from_step=step, to_step=4, reason="Maklumat belum lengkap")
                returned, step, moment = True, 4, nxt
                continue
            add(StepCompleted, nxt, step=step)
            step, moment = step + 1, nxt
        if rng.random() < 0.05:
            add(Suspended, moment, reason="Menunggu perbaikan dari OPD")
        state = fold(info, sop, events, cal, now)
        case_rows.append(
            {
                "id": i,
                "number": info.number,
                "year": received.year,
                "seq": i,
                "letter_id": i,
                "opd_id": opd_id,
                "jenis_layanan": json.dumps(list(info.jenis_layanan)),
                "sop_version_id": version_id,
                "started_at": received,
                "created_by": "bench",
                "created_at": received,
                "updated_at": now,
                **summary_values(state.summary()),
            }
        )
        for e in events:
            event_rows.append(
                {
                    "case_id": i,
                    "seq": e.seq,
                    "kind": e.kind.value,
                    "step": event_step(e),
                    "at": e.at,
                    "payload": json.dumps(e.payload(), ensure_ascii=False, sort_keys=True),
                    "recorded_by": "bench",
                    "on_behalf_of": None,
                    "recorded_at": e.at,
                }
            )
    with db.engine.begin() as conn:
        conn.execute(insert(LetterRow), letters)
        conn.execute(insert(CaseRow), case_rows)
        conn.execute(insert(CaseEventRow), event_rows)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE" if db.dialect == "postgresql" else "ANALYZE")
    return [row["id"] for row in case_rows]


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
    ids = fill(db, args.n, now)

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
