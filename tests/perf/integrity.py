"""``sopdesk check`` at scale (issue 13): 1,000,000 letters, each with its audit event and its
sealed state (and its year's counter), on SQLite.

Prints the time of ``check`` beside the floor measured in the same run, SQLite's own
``PRAGMA integrity_check`` on the same file (goal: within 3x), and the peak memory of a process
that only runs ``check`` at two sizes (goal: it does not grow with the database).

Run: make bench   (or: .venv/bin/python -m tests.perf.integrity [-n 1000000])
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sopdesk.domain.audit import AuditFields, canonical_json, event_hash
from sopdesk.domain.seal import record_key, rows_entry, rows_json, state_digest, state_json
from sopdesk.services.setup import initialise
from sopdesk.store.database import Database
from tests.perf.agenda import WORDS, letter_row

N = 1_000_000
CHUNK = 20_000


def letter_rows(start: int, n: int, seqs: dict[int, int], rng: random.Random) -> list[dict[str, object]]:
    """``n`` letters from id ``start`` on, seven minutes apart, numbered per year."""
    first = datetime(2013, 1, 2, 8, 0)
    rows = []
    for i in range(start, start + n):
        received = first + timedelta(minutes=7 * i)
        seqs[received.year] = seq = seqs.get(received.year, 0) + 1
        rows.append(letter_row(received, seq, i, " ".join(rng.choice(WORDS) for _ in range(8))))
    return rows


def fill(db: Database, n: int) -> None:
    """Letters through SQLAlchemy Core, then each letter's 'letter.register' event as the program
    writes it: the letter's state and its year's counter sealed into the hash chain."""
    from sqlalchemy import insert, text

    from sopdesk.store.letter_rows import LetterRow
    from sopdesk.store.seal import table_spec

    counter_spec = table_spec("number_counter")
    rng = random.Random(1)
    seqs: dict[int, int] = {}
    with db.engine.begin() as conn:
        prev = conn.execute(text("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")).scalar_one()
    done = 0
    while done < n:
        size = min(CHUNK, n - done)
        rows = letter_rows(done + 1, size, seqs, rng)
        with db.engine.begin() as conn:
            conn.execute(insert(LetterRow), rows)
            reader = table_spec("letter").reader(conn)  # read back as the program seals them
            stored = conn.execute(text(f"{reader.sql} WHERE id > :a ORDER BY id"), {"a": done}).fetchall()
            events = []
            records = []
            last_id = conn.execute(text("SELECT coalesce(max(id), 0) FROM audit_event")).scalar_one()
            for offset, (row, values) in enumerate(zip(rows, stored, strict=True)):
                key, state = reader.key_state(values)
                digest = state_digest(state)
                counter_values = {"series": "agenda", "year": row["year"], "last": row["seq"]}
                counter_state = state_json(counter_spec.columns, [counter_values[c] for c in counter_spec.columns])
                counter_key = record_key(("agenda", row["year"]))
                counter_digest = state_digest(counter_state)
                at = (datetime(2026, 1, 1) + timedelta(seconds=done + offset)).isoformat(timespec="microseconds")
                fields = AuditFields(
                    at=at,
                    actor="bench",
                    on_behalf_of=None,
                    action="letter.register",
                    entity="letter",
                    entity_id=key,
                    before=None,
                    after=canonical_json({"number": row["number"], "perihal": row["perihal"]}),
                    rows=rows_json(
                        [
                            rows_entry("letter", key, digest, None),
                            rows_entry("number_counter", counter_key, counter_digest, None),
                        ]
                    ),
                )
                digest_event = event_hash(prev, fields)
                event_id = last_id + offset + 1
                events.append((event_id, *fields.__dict__.values(), prev, digest_event))
                records.append((event_id, "letter", key, digest, state))
                records.append((event_id, "number_counter", counter_key, counter_digest, counter_state))
                prev = digest_event
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.executemany(
                "INSERT INTO audit_event (id, at, actor, on_behalf_of, action, entity, entity_id, before, after, rows, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                events,
            )
            raw.executemany(
                "INSERT INTO audit_record (event_id, tbl, key, digest, state) VALUES (?, ?, ?, ?, ?)", records
            )
        done += size
    with db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO number_counter (series, year, last) VALUES ('agenda', :y, :l)"),
            [{"y": y, "l": last} for y, last in seqs.items()],
        )


def integrity_check_seconds(path: Path) -> float:
    conn = sqlite3.connect(str(path))
    try:
        start = time.perf_counter()
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        took = time.perf_counter() - start
    finally:
        conn.close()
    assert result == ["ok"], result
    return took


CHILD = """
import json, resource, sys, time
from sopdesk.store.check import check_database
from sopdesk.store.database import Database
db = Database.connect(sys.argv[1])
start = time.perf_counter()
problems = check_database(db)
took = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": took, "peak_mb": peak, "problems": [p.message for p in problems[:3]]}))
"""


def run_check(path: Path) -> dict[str, object]:
    """``check`` in a process of its own, so its peak memory is its own."""
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def build(work: Path, n: int) -> Path:
    path = work / f"check-{n}.sqlite3"
    db = Database.connect(str(path))
    initialise(db, None)
    start = time.perf_counter()
    fill(db, n)
    db.dispose()
    print(
        f"  {n:>9,} letters with their events and sealed states written in {time.perf_counter() - start:.0f} s "
        f"({path.stat().st_size / 1e9:.2f} GB)"
    )
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=N)
    args = parser.parse_args()
    print(f"Check benchmark on SQLite: {args.n:,} letters (and a tenth of them, for memory)")
    with tempfile.TemporaryDirectory(prefix="sopdesk-bench-") as tmp:
        work = Path(tmp)
        small = build(work, max(1, args.n // 10))
        small_run = run_check(small)
        small.unlink()
        big = build(work, args.n)
        floor = integrity_check_seconds(big)
        big_run = run_check(big)
        assert not big_run["problems"], big_run["problems"]
        seconds = float(big_run["seconds"])  # type: ignore[arg-type]
        print(f"  PRAGMA integrity_check (floor):   {floor:7.1f} s")
        print(f"  sopdesk check:                    {seconds:7.1f} s   ({seconds / floor:.2f}x the floor; goal <= 3x)")
        print(
            f"  peak memory of check: {float(big_run['peak_mb']):6.0f} MB at {args.n:,} letters, "  # type: ignore[arg-type]
            f"{float(small_run['peak_mb']):6.0f} MB at {max(1, args.n // 10):,} "  # type: ignore[arg-type]
            "(goal: does not grow with the database)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
