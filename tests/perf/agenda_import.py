"""Import benchmark (issues 13 and 14): a 50,000-row agenda workbook, on SQLite (and PostgreSQL
with --pg URL). Prints how long the reading and checking take (no lock held), and how long the
one write transaction holds the database, beside the floor measured in the same run: SQLAlchemy
Core inserts of the same letter rows and the same number of audit rows into an empty database
of the same schema (its triggers and indexes included), in one transaction. Goal: the write
within 2x the floor.

Run: make bench   (or: .venv/bin/python -m tests.perf.agenda_import [--pg URL] [-n ROWS])
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Role
from sopdesk.services import agenda, excel
from sopdesk.services.setup import initialise
from sopdesk.store.database import Database

N = 50_000
HEADERS = ["No", "Tanggal Terima", "Asal Surat", "Nomor Surat", "Tanggal Surat", "Perihal", "Sifat", "Kode"]


def workbook(path: Path, n: int, year: int) -> Path:
    """A book of ``n`` letters of ``year`` with their paper numbers, as a clerk's export would be."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Agenda")
    ws.append([f"BUKU AGENDA SURAT MASUK {year}"])
    ws.append(HEADERS)
    start = datetime(year, 1, 2, 8, 0)
    step = timedelta(minutes=(365 * 24 * 60 - 1) // n)
    words = ("Biasa", "Segera", "Sangat Segera", "Penting", "Rahasia")
    for i in range(1, n + 1):
        received = start + step * (i - 1)
        ws.append(
            [
                i,
                received if i % 3 else received.strftime("%d-%m-%Y %H.%M"),
                f"Kecamatan Contoh {i % 29}",
                f"{i}/{i % 97}/X",
                received.date() if i % 2 else received.strftime("%d/%m/%Y"),
                f"Penyampaian rancangan standar pelayanan nomor {i}",
                words[i % len(words)],
                "065",
            ]
        )
    wb.save(path)
    return path


def rows_like_the_import(n: int, year: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Letter rows and audit rows of the same shape and size as the import writes."""
    start = datetime(year, 1, 2, 8, 0)
    letters, events = [], []
    for i in range(1, n + 1):
        received = start + timedelta(minutes=10 * i)
        values = {
            "received_at": received,
            "asal": f"Kecamatan Contoh {i % 29}",
            "nomor_surat": f"{i}/{i % 97}/X",
            "tanggal_surat": received.date(),
            "perihal": f"Penyampaian rancangan standar pelayanan nomor {i}",
            "isi_ringkas": "",
            "sifat": "Biasa",
            "urgensi": "Segera",
            "lampiran": "",
            "kode": "065",
            "sumber": "fisik",
            "srikandi_no": "",
            "diteruskan_kepada": "",
            "keterangan": "",
        }
        number = f"065/{i:03d}-Org/{year}"
        letters.append(
            {
                "year": year,
                "seq": i,
                "number": number,
                "asal_opd_id": None,
                "status": "belum didisposisi",
                "voided": False,
                "void_reason": "",
                "created_by": "bench",
                "created_at": received,
                "updated_at": received,
                "version": 1,
                **values,
            }
        )
        after = '{"number":"' + number + '",' + ",".join(f'"{k}":"{v}"' for k, v in values.items()) + "}"
        events.append(
            {
                "at": "2026-01-01T00:00:00.000000",
                "actor": "bench",
                "on_behalf_of": None,
                "action": "letter.register",
                "entity": "letter",
                "entity_id": str(i),
                "before": None,
                "after": after,
                "prev_hash": f"{i - 1:064x}",
                "hash": f"{i:064x}",
            }
        )
    return letters, events


def floor(db: Database, n: int, year: int, *, index: bool) -> float:
    """Core insert of n letters and n audit events in one transaction: the floor. ``index``
    False: SQLite's search trigger dropped first (the bare inserts, no search index at all)."""
    from sqlalchemy import insert

    from sopdesk.store.letter_rows import LetterRow
    from sopdesk.store.rows import AuditEventRow

    letters, events = rows_like_the_import(n, year)
    if not index and db.dialect == "sqlite":
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DROP TRIGGER letter_fts_insert")
    start = time.perf_counter()
    with db.engine.begin() as conn:
        conn.execute(insert(LetterRow), letters)
        conn.execute(insert(AuditEventRow), events)
    return time.perf_counter() - start


CREATED: list[str] = []  # PostgreSQL databases this run made (dropped at the end)


def fresh(url: str | None, work: Path, name: str) -> Database:
    if url is None:
        db = Database.connect(str(work / f"{name}.sqlite3"))
    else:
        import psycopg

        base, _, _ = url.rpartition("/")
        target = f"sopdesk_bench_{name}_{int(time.time())}"
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{target}"')
        CREATED.append(target)
        db = Database.connect(f"{base}/{target}")
    initialise(db, None)
    return db


def drop_created(url: str | None) -> None:
    if url is None:
        return
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        for name in CREATED:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", help="PostgreSQL server URL (a database is created on it)")
    parser.add_argument("-n", type=int, default=N)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sopdesk-import-bench-"))
    year = date.today().year - 1
    t0 = time.perf_counter()
    path = workbook(work / "agenda.xlsx", args.n, year)
    size = path.stat().st_size / 1024 / 1024
    print(
        f"Import benchmark, {args.n:,} rows ({size:.1f} MB workbook, made in {time.perf_counter() - t0:.1f} s), "
        f"on {'PostgreSQL' if args.pg else 'SQLite'}"
    )
    floor_db = fresh(args.pg, work, "floor")
    floor_s = floor(floor_db, args.n, year, index=True)
    floor_db.dispose()
    bare_s = floor_s
    if not args.pg:
        bare_db = fresh(args.pg, work, "bare")
        bare_s = floor(bare_db, args.n, year, index=False)
        bare_db.dispose()

    db = fresh(args.pg, work, "import")
    from tests.conftest import make_users

    staf = make_users(db)["staf"]
    # The lock is held from the unit of work's first statement (authorize) to its commit.
    from sopdesk.store.audit import AuditRepository
    from sopdesk.store.uow import UnitOfWork

    marks: dict[str, float] = {}
    real_authorize, real_commit = UnitOfWork.authorize, UnitOfWork.commit
    real_append_many = AuditRepository.append_many

    def append_many(self: AuditRepository, *a: Any, **k: Any) -> Any:
        marks["audit"] = time.perf_counter()  # PostgreSQL: the writers' lock is taken here
        return real_append_many(self, *a, **k)

    AuditRepository.append_many = append_many  # type: ignore[method-assign]

    def authorize(self: UnitOfWork, *a: Any, **k: Any) -> Any:
        marks.setdefault("begin", time.perf_counter())
        return real_authorize(self, *a, **k)

    def commit(self: UnitOfWork) -> Any:
        try:
            return real_commit(self)
        finally:
            marks["end"] = time.perf_counter()

    mapping = excel.auto_mapping(excel.read_workbook(path))
    UnitOfWork.authorize, UnitOfWork.commit = authorize, commit  # type: ignore[method-assign]
    start = time.perf_counter()
    report = excel.import_agenda(db, staf, path, mapping)
    total = time.perf_counter() - start
    UnitOfWork.authorize, UnitOfWork.commit = real_authorize, real_commit  # type: ignore[method-assign]
    assert report.ok and len(report.numbers) == args.n, report.error_summary()
    write = marks["end"] - marks["begin"]
    print(f"  the whole import: {total:6.2f} s; reading, checking and preparing every row hold no lock")
    print(f"  the write transaction (numbers, letters, search index, audit events): {write:6.2f} s")
    waited = write if not args.pg else marks["end"] - marks["audit"]
    print(
        f"  other seats' writes wait at most {waited:6.2f} s"
        + (" (the whole transaction: SQLite has one writer)" if not args.pg else " (the audit events and the commit)")
    )
    print(
        f"  floor: Core insert of the same letter and audit rows {floor_s:6.2f} s (ratio {write / floor_s:4.2f}x)"
        + (f"; without the search trigger {bare_s:6.2f} s (ratio {write / bare_s:4.2f}x)" if not args.pg else "")
        + "   (goal <= 2x)"
    )
    start = time.perf_counter()
    agenda.register_letter(
        db,
        Actor(None, "bench", Role.STAF),
        agenda.LetterInput(
            datetime.now() - timedelta(minutes=1), "Bappeda", "x/1", date.today(), "Susulan", kode="065"
        ),
    )
    print(f"  a registration right after: {(time.perf_counter() - start) * 1000:6.1f} ms")
    db.dispose()
    drop_created(args.pg)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
