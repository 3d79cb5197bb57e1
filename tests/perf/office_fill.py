"""A kabupaten's agenda book for the benchmarks: up to a million letters over ten years, each
with its ``letter.register`` audit event chained as the service writes it.

Written with Core bulk inserts (the ORM would need an hour). The words follow an office's mix:
a few words are in a third of the letters ("pelayanan"), a few hundred are ordinary, and
thousands are rare (each in about twenty letters), so the search benchmark has a common word,
a rare word and an agenda number to look for.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from sopdesk.domain.agenda import format_number
from sopdesk.domain.audit import GENESIS, AuditFields, canonical_json, event_hash
from sopdesk.store.database import Database
from sopdesk.store.letter_repository import LETTER_FIELDS
from tests.perf.agenda import WORDS

YEARS = 10
COMMON = WORDS[:20]  # the agenda benchmark's twenty common words
_SYLLABLES = [
    "ba",
    "da",
    "ga",
    "ka",
    "la",
    "ma",
    "na",
    "pa",
    "ra",
    "sa",
    "ta",
    "wi",
    "ju",
    "ko",
    "ne",
    "ri",
    "su",
    "to",
    "lu",
    "pe",
]
CODES = ["000", "005", "045", "060", "061", "065", "090", "100", "800", "900"]
SEDIKIT = "sedikit"  # appended to the rare words' list: the benchmark's rare word prefix


def _words(count: int, syllables: int, rng: random.Random) -> list[str]:
    found: set[str] = set()
    while len(found) < count:
        found.add("".join(rng.choice(_SYLLABLES) for _ in range(syllables)))
    return sorted(found)


class Vocabulary:
    def __init__(self, seed: int = 12) -> None:
        rng = random.Random(seed)
        self.common = COMMON
        self.medium = _words(300, 3, rng)
        self.rare = _words(20_000, 5, rng)
        self.senders = (
            [f"Kecamatan {w.title()}" for w in _words(29, 3, rng)]
            + [f"Desa {w.title()}" for w in _words(246, 3, rng)]
            + [f"Dinas {w.title()}" for w in _words(45, 4, rng)]
            + ["Bappeda", "Inspektorat", "Sekretariat DPRD", "BKPSDM", "RSUD Balaraja"]
        )

    def perihal(self, rng: random.Random) -> str:
        words = []
        for _ in range(rng.randint(5, 9)):
            roll = rng.random()
            pool = self.common if roll < 0.7 else self.medium if roll < 0.95 else self.rare
            words.append(rng.choice(pool))
        return " ".join(words).capitalize()


def letter_rows(n: int, *, last_year: int, seed: int = 1) -> Iterator[dict[str, Any]]:
    """``n`` letters spread evenly over ``YEARS`` years ending with ``last_year``; numbered per year."""
    rng = random.Random(seed)
    vocab = Vocabulary()
    per_year = max(1, n // YEARS)
    first_year = last_year - YEARS + 1
    now = datetime.now()
    made = 0
    for y in range(YEARS):
        year = first_year + y
        count = per_year if y < YEARS - 1 else n - made
        start = datetime(year, 1, 2, 7, 30)
        end = min(datetime(year, 12, 30, 16, 0), now - timedelta(hours=1))
        step = (end - start) / max(count, 1)
        for seq in range(1, count + 1):
            received = (start + step * (seq - 1)).replace(microsecond=0)
            kode = CODES[seq % len(CODES)]
            status = "selesai" if year < last_year else rng.choice(("belum didisposisi", "didisposisi", "selesai"))
            yield {
                "year": year,
                "seq": seq,
                "number": format_number("{kode}/{seq:03}-Org/{tahun}", seq, year, kode, "Org"),
                "received_at": received,
                "asal": rng.choice(vocab.senders),
                "asal_opd_id": None,
                "nomor_surat": f"{kode}/{rng.randint(1, 3000)}/{rng.choice(('Dinkes', 'Kec', 'Bappeda', 'Set'))}/{year}",
                "tanggal_surat": (received - timedelta(days=rng.randint(0, 5))).date(),
                "perihal": vocab.perihal(rng),
                "isi_ringkas": vocab.perihal(rng) if rng.random() < 0.3 else "",
                "sifat": "Biasa" if rng.random() < 0.9 else "Terbatas",
                "urgensi": "Biasa" if rng.random() < 0.8 else "Segera",
                "lampiran": "",
                "kode": kode,
                "sumber": "fisik",
                "srikandi_no": "",
                "diteruskan_kepada": "",
                "keterangan": "",
                "status": status,
                "voided": False,
                "void_reason": "",
                "created_by": "staf1",
                "created_at": received,
                "updated_at": received,
                "version": 1,
            }
            made += 1




def register_event(letter_id: int, row: dict[str, Any], prev: str) -> dict[str, Any]:
    """The ``letter.register`` audit row the service writes for ``row``, chained to ``prev``."""
    after = {"number": row["number"], **{k: str(row[k]) for k in LETTER_FIELDS}}
    fields = AuditFields(
        at=row["received_at"].isoformat(timespec="microseconds"),
        actor=row["created_by"],
        on_behalf_of=None,
        action="letter.register",
        entity="letter",
        entity_id=str(letter_id),
        before=None,
        after=canonical_json(after),
    )
    return {
        "at": fields.at,
        "actor": fields.actor,
        "on_behalf_of": None,
        "action": fields.action,
        "entity": fields.entity,
        "entity_id": fields.entity_id,
        "before": None,
        "after": fields.after,
        "prev_hash": prev,
        "hash": event_hash(prev, fields),
    }


def fill(db: Database, n: int, *, last_year: int | None = None, batch: int = 20_000, echo: bool = True) -> float:
    """Add ``n`` letters and their audit events to an initialised, empty agenda; seconds taken."""
    from sqlalchemy import func, insert, select

    from sopdesk.store.letter_rows import LetterRow
    from sopdesk.store.rows import AuditEventRow, NumberCounterRow

    started = time.perf_counter()
    last_year = last_year or date.today().year
    with db.engine.begin() as conn:
        next_id = int(conn.scalar(select(func.max(LetterRow.id))) or 0) + 1
        prev = conn.scalar(select(AuditEventRow.hash).order_by(AuditEventRow.id.desc()).limit(1)) or GENESIS
    last_seq: dict[int, int] = {}
    rows: list[dict[str, Any]] = []
    done = 0

    def flush() -> None:
        nonlocal prev
        events = []
        for row in rows:
            event = register_event(row["id"], row, prev)
            prev = event["hash"]
            events.append(event)
        with db.engine.begin() as conn:
            conn.execute(insert(LetterRow), rows)
            conn.execute(insert(AuditEventRow), events)
        rows.clear()

    for row in letter_rows(n, last_year=last_year):
        row["id"] = next_id
        next_id += 1
        last_seq[row["year"]] = row["seq"]
        rows.append(row)
        if len(rows) >= batch:
            flush()
            done += batch
            if echo and done % 200_000 == 0:
                print(f"    {done:,} letters ({time.perf_counter() - started:.0f} s)", flush=True)
    if rows:
        flush()
    with db.engine.begin() as conn:
        for year, seq in last_seq.items():
            conn.execute(insert(NumberCounterRow).values(series="agenda", year=year, last=seq))
        if db.dialect == "postgresql":
            for table in ("letter", "audit_event"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
                )
    # A book of a million letters has long been vacuumed and analysed.
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE" if db.dialect == "postgresql" else "ANALYZE")
    return time.perf_counter() - started
