"""Berkas SP benchmark (issue 6) with 2,000 active cases, on SQLite (and PostgreSQL with --pg):
the active-cases list with its clocks (the home screen and the overview read it), the overview,
one case's state (folded from its events), recording one step.

Run: PYTHONPATH=. .venv/bin/python -m tests.perf.cases [--pg URL] [-n 2000]
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
from pathlib import Path

from sopdesk.domain.cases import (
    CaseEvent,
    CaseInfo,
    CompleteStep,
    StepCompleted,
    StepReturned,
    StepSource,
    case_number,
    event_step,
    fold,
)
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Role
from sopdesk.domain.workdays import WorkCalendar
from sopdesk.services import cases, read
from sopdesk.services.calendar import work_calendar
from sopdesk.services.setup import initialise
from sopdesk.store.case_repository import summary_values
from sopdesk.store.database import Database

N = 2_000


def fill(db: Database, n: int, now: datetime) -> list[int]:
    """``n`` open cases spread over the steps (some sent back once), straight into the tables."""
    from sqlalchemy import insert, select

    from sopdesk.store.case_rows import CaseEventRow, CaseRow
    from sopdesk.store.letter_rows import LetterRow
    from sopdesk.store.rows import NumberCounterRow, OpdRow, SopVersionRow

    rng = random.Random(6)
    cal = work_calendar(db)
    with db.engine.connect() as conn:
        version_id = conn.scalar(select(SopVersionRow.id).order_by(SopVersionRow.id.desc()).limit(1))
        opds = list(conn.execute(select(OpdRow.id, OpdRow.nama)))
    sop = read.sop_definition_of_version(db, int(version_id or 0))
    order = [s.no for s in sop.steps]
    letters, case_rows, event_rows = [], [], []
    for i in range(1, n + 1):
        opd_id, opd_nama = opds[i % len(opds)]
        stop = rng.choice(order[2:])
        returned = rng.random() < 0.2 and stop > 5
        # (step, working days, returned?) from step 3 up to the current step, then its time so far.
        plan: list[tuple[int, float, bool]] = []
        for no in order[2:]:
            if no >= stop:
                break
            plan.append((no, float(sop.step(no).waktu_hari) * rng.uniform(0.6, 1.05), False))
            if no == 5 and returned:
                plan += [(6, 0.25, True), (4, 2.0, False), (5, 0.5, False)]
        slack = float(sop.step(stop).waktu_hari) * rng.uniform(0.1, 1.3)
        received = back(cal, now, sum(d for _, d, _ in plan) + slack)
        letters.append(
            {
                "id": i,
                "year": received.year,
                "seq": 100_000 + i,
                "number": f"065/{i:05d}-Org/{received.year}",
                "received_at": received,
                "asal": opd_nama,
                "asal_opd_id": opd_id,
                "nomor_surat": f"{i}/SP",
                "tanggal_surat": received.date(),
                "perihal": "Penyampaian rancangan standar pelayanan dan maklumat pelayanan",
                "isi_ringkas": "",
                "sifat": "Biasa",
                "urgensi": "Biasa",
                "lampiran": "",
                "kode": "065",
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
        events: list[CaseEvent] = []
        common = {"recorded_by": "bench", "recorded_at": now}
        t = received
        events.append(StepCompleted(seq=1, at=t, step=1, source=StepSource.SURAT, **common))  # type: ignore[arg-type]
        events.append(StepCompleted(seq=2, at=t, step=2, source=StepSource.SURAT, **common))  # type: ignore[arg-type]
        for no, days, sent_back in plan:
            t = cal.add(t, round(days * 8) / 8)
            if sent_back:
                event: CaseEvent = StepReturned(
                    seq=len(events) + 1,
                    at=t,
                    from_step=no,
                    to_step=4,
                    reason="Belum sesuai",
                    **common,  # type: ignore[arg-type]
                )
            else:
                event = StepCompleted(seq=len(events) + 1, at=t, step=no, **common)  # type: ignore[arg-type]
            events.append(event)
        seq = i
        info = CaseInfo(
            i,
            case_number(2026, seq),
            i,
            "",
            "",
            opd_id,
            opd_nama,
            ("Layanan",),
            int(version_id or 0),
            sop.nomor,
            1,
            received,
            "bench",
            now,
        )
        try:
            state = fold(info, sop, events, cal, now)
        except Exception:
            continue
        case_rows.append(
            {
                "id": i,
                "number": info.number,
                "year": 2026,
                "seq": seq,
                "letter_id": i,
                "opd_id": opd_id,
                "jenis_layanan": json.dumps(["Layanan"]),
                "sop_version_id": version_id,
                "started_at": received,
                "created_by": "bench",
                "created_at": now,
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
                    "payload": json.dumps(e.payload()),
                    "recorded_by": "bench",
                    "on_behalf_of": None,
                    "recorded_at": now,
                }
            )
    with db.engine.begin() as conn:
        conn.execute(insert(LetterRow), letters)
        conn.execute(insert(CaseRow), case_rows)
        conn.execute(insert(CaseEventRow), event_rows)
        conn.execute(insert(NumberCounterRow), [{"series": "berkas", "year": 2026, "last": n}])
        if db.dialect == "postgresql":
            for table in ("letter", "sop_case", "sop_case_event"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
                )
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE" if db.dialect == "postgresql" else "ANALYZE")
    return [int(r["id"]) for r in case_rows]  # type: ignore[call-overload]


def back(cal: WorkCalendar, moment: datetime, days: float) -> datetime:
    """The moment ``days`` working days before ``moment`` (to the minute)."""
    lo, hi = moment - timedelta(days=days * 2 + 30), moment
    while hi - lo > timedelta(minutes=1):
        mid = lo + (hi - lo) / 2
        if cal.between(mid, moment) > days:
            lo = mid
        else:
            hi = mid
    return cal.next_working_moment(hi.replace(second=0, microsecond=0))


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, max(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", help="PostgreSQL URL of an empty database")
    parser.add_argument("-n", type=int, default=N)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sopdesk-bench-cases-"))
    db = Database.connect(args.pg or str(work / "cases.sqlite3"))
    initialise(db, None)
    now = datetime.now().replace(microsecond=0)
    start = time.perf_counter()
    ids = fill(db, args.n, now)
    print(
        f"Berkas SP benchmark on {db.dialect}: {len(ids):,} open cases (filled in {time.perf_counter() - start:.1f} s)"
    )

    work_calendar(db)  # the calendar is built once per process (holidays package)
    listed = cases.active_cases(db, now=now)
    assert len(listed) == len(ids), (len(listed), len(ids))
    median, worst = timed(lambda: read.case_items(db), 20)
    print(f"  active cases query (rows only):          median {median:6.1f} ms, max {worst:6.1f} ms")
    median, worst = timed(lambda: cases.active_cases(db, now=now), 20)
    print(f"  active cases with clocks (home screen):  median {median:6.1f} ms, max {worst:6.1f} ms   (goal < 200 ms)")
    median, worst = timed(lambda: cases.overview(db, now=now), 20)
    overview = cases.overview(db, now=now)
    print(
        f"  overview (by step and lane, overdue, due soon): median {median:6.1f} ms, max {worst:6.1f} ms"
        f"   ({len(overview.overdue)} overdue, {len(overview.due_soon)} due within 3 days)"
    )
    one = max(ids, key=lambda i: len(read.case_events(db, i)))
    median, worst = timed(lambda: cases.case_view(db, one, now=now), 50)
    events = len(read.case_events(db, one))
    print(
        f"  one case's state ({events} events, folded): median {median:6.1f} ms, max {worst:6.1f} ms   (goal < 100 ms)"
    )
    view = cases.case_view(db, one, now=now)
    median, worst = timed(lambda: fold(view.state.info, view.sop, view.state.events, view.calendar, now), 200)
    print(f"  the fold alone:                           median {median:6.2f} ms, max {worst:6.2f} ms")
    admin = Actor(None, "bench", Role.ADMIN, "Bench")
    waiting = [c.item.id for c in listed if c.item.current_step == 4 and c.item.suspended_since is None][:40]
    times = []
    for case_id in waiting:
        state = cases.case_state(db, case_id, now=now)
        assert state.current_since is not None
        at = min(now, state.current_since + timedelta(hours=1))
        start = time.perf_counter()
        cases.complete_step(db, admin, case_id, CompleteStep(4, at=at), now=now)
        times.append(time.perf_counter() - start)
    if times:
        print(
            f"  recording one step (fold, event, row, audit): median {statistics.median(times) * 1000:5.1f} ms,"
            f" max {max(times) * 1000:5.1f} ms"
        )
    from sopdesk.domain.changes import Kind
    from sopdesk.domain.workdays import OverrideKind
    from sopdesk.services.calendar import set_override

    start = time.perf_counter()
    changes = set_override(db, admin, now.date() + timedelta(days=3), OverrideKind.LIBUR, "Libur daerah", now=now)
    print(
        f"  a calendar edit recomputing {len(changes.ids_of(Kind.CASE)):,} open cases: {(time.perf_counter() - start) * 1000:7.0f} ms"
    )
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
