"""Standar Pelayanan benchmark (issue 16): what Beranda adds (the SPs not reviewed for a year),
the list of every SP, one case's SP view, and the Buku Laporan of a case with ten layanan; each
beside a floor measured in the same run (reading the same rows without folding or checking,
and the same lampiran rows drawn as plain text).

Run: .venv/bin/python -m tests.perf.sp [--cases N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from sopdesk.services import cases, sp
from sopdesk.services.setup import initialise
from sopdesk.services.sp_reports import prepare_sp_paper
from sopdesk.store.database import Database
from sopdesk.store.queries import read_session
from sopdesk.store.sp_rows import SpRecordRow
from tests.conftest import make_users
from tests.sp_office import FULL, start

RUNS = 5


def timed(fn) -> float:
    times = []
    for _ in range(RUNS):
        begin = time.perf_counter()
        fn()
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=300)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sopdesk-bench-sp-"))
    db = Database.connect(str(work / "bench.sqlite3"))
    initialise(db, work / "backups")
    actors = make_users(db)
    begin = time.perf_counter()
    layanan = ("Layanan A", "Layanan B")
    ids = []
    for n in range(1, args.cases + 1):
        case_id = start(db, actors, n, layanan)
        for name in layanan:
            sp.save_sections(db, actors["staf"], case_id, name, FULL, expected_version=0)
        ids.append(case_id)
    big = start(db, actors, args.cases + 1, tuple(f"Layanan {n}" for n in range(1, 11)))
    for n in range(1, 11):
        sp.save_sections(db, actors["staf"], big, f"Layanan {n}", FULL, expected_version=0)
    print(f"{args.cases} berkas x 2 layanan disimpan dalam {time.perf_counter() - begin:.1f} s")

    def floor_rows() -> None:
        with read_session(db) as s:
            for content in s.scalars(select(SpRecordRow.content)):
                json.loads(content)

    floor = timed(floor_rows)
    beranda = timed(lambda: sp.due_reviews(db))
    listed = timed(lambda: sp.sp_list(db))
    print(f"Beranda (SP belum ditinjau): {beranda * 1000:.1f} ms; lantai (baca semua baris SP): {floor * 1000:.1f} ms")
    print(f"sp list (semua SP, dengan kelengkapan): {listed * 1000:.1f} ms")
    view_floor = timed(lambda: cases.case_view(db, ids[0]))
    view = timed(lambda: sp.sp_case_view(db, ids[0]))
    print(
        f"Tab Standar Pelayanan satu berkas: {view * 1000:.1f} ms; lantai (lipat berkas saja): {view_floor * 1000:.1f} ms"
    )
    from sopdesk.reports.sp_documents import render_sp_book

    job = prepare_sp_paper(db, actors["staf"], big, "buku-laporan")
    book = timed(lambda: render_sp_book(job.book, job.setup, job.mark, job.letterhead, work / "buku.pdf", job.groups))
    pages, _ = render_sp_book(job.book, job.setup, job.mark, job.letterhead, work / "buku.pdf", job.groups)
    print(f"Buku Laporan 10 layanan ({pages} halaman, dua lintasan): {book:.2f} s")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
