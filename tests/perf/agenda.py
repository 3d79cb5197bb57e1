"""Agenda benchmark (issue 4) with 100,000 letters, on SQLite (and PostgreSQL with --pg URL):
first rows on screen after opening the window, a search keystroke, memory, one registration.

Run: make bench   (or: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.perf.agenda [--pg URL])
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sopdesk.domain.agenda import LetterInput
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Role
from sopdesk.services import agenda
from sopdesk.services.setup import initialise
from sopdesk.store.database import Database

N = 100_000
WORDS = [
    "penyampaian",
    "rancangan",
    "standar",
    "pelayanan",
    "maklumat",
    "permohonan",
    "fasilitasi",
    "penyusunan",
    "undangan",
    "rapat",
    "koordinasi",
    "laporan",
    "capaian",
    "verifikasi",
    "berita",
    "acara",
    "revisi",
    "survei",
    "kepuasan",
    "sosialisasi",
    "aplikasi",
]


def rss_mb() -> float:
    """Resident memory now (not the peak)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 1024 / 1024


def letter_row(received: datetime, seq: int, i: int, perihal: str) -> dict[str, object]:
    """One plain letter as bulk data, the ``i``-th of the book, numbered ``seq`` in its year."""
    return {
        "year": received.year,
        "seq": seq,
        "number": f"065/{seq:06d}-Org/{received.year}",
        "received_at": received,
        "asal": f"Kecamatan Contoh {i % 29}",
        "asal_opd_id": None,
        "nomor_surat": f"{i}/{i % 97}/X",
        "tanggal_surat": received.date(),
        "perihal": perihal,
        "isi_ringkas": "",
        "sifat": "Biasa",
        "urgensi": "Biasa",
        "lampiran": "",
        "kode": "065",
        "sumber": "fisik",
        "srikandi_no": "",
        "diteruskan_kepada": "",
        "keterangan": "",
        "status": "belum didisposisi",
        "voided": False,
        "void_reason": "",
        "created_by": "bench",
        "created_at": received,
        "updated_at": received,
    }


def fill(db: Database, n: int) -> None:
    """Bulk test data straight into the table (the FTS index follows through its triggers)."""
    rng = random.Random(1)
    start = datetime(2025, 1, 2, 8, 0)
    rows = []
    for i in range(1, n + 1):
        received = start + timedelta(minutes=7 * i)
        perihal = " ".join(rng.choice(WORDS) for _ in range(8))
        rows.append(letter_row(received, i, i, perihal))
    from sqlalchemy import insert

    from sopdesk.store.letter_rows import LetterRow

    with db.engine.begin() as conn:
        conn.execute(insert(LetterRow), rows)
    # A book of 100,000 letters has long been vacuumed and analysed by then.
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE letter" if db.dialect == "postgresql" else "ANALYZE")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", help="PostgreSQL URL of an empty database")
    parser.add_argument("-n", type=int, default=N)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    work = Path(tempfile.mkdtemp(prefix="sopdesk-bench-"))
    db = Database.connect(args.pg or str(work / "agenda.sqlite3"))
    initialise(db, None)
    t0 = time.perf_counter()
    fill(db, args.n)
    print(f"Agenda benchmark on {db.dialect}, {args.n:,} letters (filled in {time.perf_counter() - t0:.1f} s)")

    from sopdesk.services.users import NewUser, create_first_admin
    from sopdesk.ui.agenda import AgendaPage

    # A real user: a print is recorded in the name of whoever prints it (the agenda book below).
    user = create_first_admin(db, NewUser("bench", "Petugas Bench", "", Role.ADMIN, "bench-sandi-1"))
    actor = Actor(user.id, user.username, user.role, user.nama)
    before = rss_mb()
    start = time.perf_counter()
    page = AgendaPage(db, actor)
    page.resize(1200, 700)
    page.show()
    app.processEvents()
    first_rows = time.perf_counter() - start
    grew = rss_mb() - before
    print(f"  window open to first rows painted: {first_rows * 1000:7.1f} ms   (goal < 150 ms)")

    keystrokes = []
    for text in (
        "m",
        "ma",
        "mak",
        "makl",
        "maklu",
        "maklum",
        "maklumat",
        "maklumat p",
        "maklumat pe",
        "maklumat pel",
        "rapat",
        "rapat k",
        "rapat ko",
        "survei",
        "survei k",
        "verifikasi",
        "",
    ):
        start = time.perf_counter()
        page.search.setText(text)
        page.apply_filters()
        app.processEvents()
        keystrokes.append(time.perf_counter() - start)
    p95 = statistics.quantiles(keystrokes, n=20)[-1]
    print(
        f"  search keystroke: median {statistics.median(keystrokes) * 1000:6.1f} ms, "
        f"p95 {p95 * 1000:6.1f} ms   (goal p95 < 100 ms)"
    )
    print(f"  memory growth of the window: {grew:6.1f} MB   (goal < 60 MB)")

    times = []
    for i in range(200):
        letter = LetterInput(
            datetime.now() - timedelta(minutes=1),
            "Dinas Kesehatan",
            f"bench/{i}",
            date.today(),
            "Penyampaian rancangan standar pelayanan",
            kode="065",
        )
        start = time.perf_counter()
        agenda.register_letter(db, Actor(None, "bench", Role.STAF), letter)
        times.append(time.perf_counter() - start)
    p95 = statistics.quantiles(times, n=20)[-1]
    print(
        f"  registering one letter: median {statistics.median(times) * 1000:5.1f} ms, "
        f"p95 {p95 * 1000:5.1f} ms   (goal p95 < 20 ms)"
    )
    # The agenda book of 20,000 letters (the first 20,000 received: 7 minutes apart).
    from sopdesk.reports.table_document import render_table
    from sopdesk.services.printing import prepare_agenda_book
    from tests.perf.reports import floor

    first = datetime(2025, 1, 2, 8, 0)
    last = first + timedelta(minutes=7 * 20_000)
    job = prepare_agenda_book(db, actor, first.date(), (last - timedelta(days=1)).date())
    rows = len(job.document.rows)
    before = rss_mb()
    start = time.perf_counter()
    pages = render_table(job.document, job.setup, job.mark, job.letterhead, work / "agenda-book.pdf")
    took = time.perf_counter() - start
    grew = rss_mb() - before
    start = time.perf_counter()
    floor(work / "agenda-floor.pdf", list(job.document.rows), job.setup, 2 * 9.8 + 2 * 3.7)
    floor_took = time.perf_counter() - start
    print(
        f"  agenda book of {rows:,} letters: {pages} pages in {took:5.2f} s (goal < 8 s), "
        f"floor {floor_took:5.2f} s, ratio {took / floor_took:4.1f}x, memory +{grew:5.1f} MB"
    )
    page.close()
    page.deleteLater()
    app.processEvents()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
