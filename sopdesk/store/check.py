"""``sopdesk check``: is the database whole, and does every record match its audit trail?

In one read transaction (one snapshot, so other seats may keep writing):

1. SQLite's own ``integrity_check`` and ``foreign_key_check`` (on their own connection, in a
   thread, while the rest runs: SQLite does that work outside Python's lock);
2. the triggers that keep the trail append-only;
3. the hash chain, event by event, and with it the sealed record states of every event
   (``audit_record`` against the digests inside the chain); fields an honest write found
   changed outside SOPDesk are reported from there, for good;
4. the chain's head against every witness outside the database (the seat's witness file,
   backups, prints): a witnessed event that is gone or has another hash means the tail was cut
   or rewritten;
5. every record of every table against the last state its trail gives it: a record edited,
   added or removed outside SOPDesk is named with its table, key and fields;
6. every attachment's bytes against the SHA-256 taken when it was attached.

Everything is streamed in batches: memory does not grow with the database. At most
:data:`MAX_PROBLEMS` problems are listed; the rest are counted.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote

from sqlalchemy import Connection

from sopdesk.domain.audit import GENESIS, Witness, chain_digest
from sopdesk.domain.errors import FAULT_CORRUPT, StorageFault
from sopdesk.domain.records import CheckProblem
from sopdesk.domain.seal import TOMBSTONE, differences, record_key, rows_entry, rows_json, shown, state_digest
from sopdesk.store.database import Database, head_revision
from sopdesk.store.engine import sqlite_uri
from sopdesk.store.faults import translate
from sopdesk.store.seal import BATCH, TableSpec, sealed_tables
from sopdesk.store.triggers import APPEND_ONLY, SP_APPEND_ONLY, existing_triggers, expected_triggers

MAX_PROBLEMS = 1000
T = TypeVar("T")
FETCH = 2000


class Problems:
    """The problems found so far: the first :data:`MAX_PROBLEMS`, and how many more."""

    def __init__(self) -> None:
        self.items: list[CheckProblem] = []
        self.more = 0
        self.corrupt = False  # the advice for a damaged file was given once

    def add(self, where: str, message: str) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(CheckProblem(where, message))
        else:
            self.more += 1

    def result(self) -> list[CheckProblem]:
        if self.more:
            return [*self.items, CheckProblem("lainnya", f"{self.more} masalah lain tidak ditampilkan")]
        return list(self.items)


def where(table: str, key: str) -> str:
    """``letter id 5``, ``setting agenda_number_pattern``, ``number_counter (agenda, 2025)``."""
    if key.startswith("["):
        parts = key[1:-1].replace('"', "").split(",")
        return f"{table} ({', '.join(parts)})"
    if key.lstrip("-").isdigit():
        return f"{table} id {key}"
    return f"{table} {shown(key)}"


def check_database(db: Database, witnesses: Sequence[Witness] = ()) -> list[CheckProblem]:
    problems = Problems()
    try:
        _check(db, list(witnesses), problems)
    except StorageFault as fault:
        problems.add("basis data", _fault_in_check(fault, problems))
    return problems.result()


def _fault_in_check(fault: StorageFault, problems: Problems) -> str:
    if fault.kind == FAULT_CORRUPT:  # check is what the usual message tells to run
        detail = str(fault).split("(", 1)[-1].split(")", 1)[0]
        if problems.corrupt:
            return f"tidak dapat dibaca: berkas rusak ({detail})"
        problems.corrupt = True
        return (
            f"berkas basis data rusak ({detail}). Jangan lanjutkan bekerja di berkas ini: pulihkan cadangan "
            "terakhir (folder backups), lalu jalankan 'sopdesk check' pada hasilnya."
        )
    return str(fault)


def _check(db: Database, witnesses: list[Witness], problems: Problems) -> None:
    revision = db.current_revision()
    if revision is None and db.is_empty():
        problems.add("basis data", "kosong: belum dibuat. Buat dengan 'sopdesk init'.")
        return
    if revision != head_revision():
        problems.add("skema", f"revisi skema {revision}, seharusnya {head_revision()}")
    sqlite_checks = _SqliteChecks(db) if db.dialect == "sqlite" else None
    try:
        conn_opts: dict[str, Any] = {}
        if db.dialect == "postgresql":
            conn_opts["isolation_level"] = "REPEATABLE READ"
        with db.read_engine.execution_options(**conn_opts).connect() as conn:
            _check_triggers(conn, problems)
            tables = set(conn.dialect.get_table_names(conn))
            sealing = "audit_record" in tables
            ends = _part(problems, "audit_event", lambda: _check_chain(conn, problems, sealing))
            _part(problems, "saksi", lambda: _check_witnesses(conn, ends, witnesses, problems))
            if sealing:
                specs = sealed_tables()
                for name in sorted(specs):
                    if name in tables:
                        _part(problems, name, functools.partial(_check_records, conn, specs[name], problems))
            elif "letter_attachment" in tables:  # a database older than sealing
                _part(problems, "letter_attachment", lambda: _check_attachments(conn, problems))
    finally:
        if sqlite_checks is not None:
            sqlite_checks.join(problems)


def _part(problems: Problems, what: str, run: Callable[[], T]) -> T | None:
    """One part of the check; a table that cannot be read is a problem, and the rest goes on."""
    try:
        return run()
    except StorageFault as fault:
        problems.add(
            what, _fault_in_check(fault, problems) if fault.kind == FAULT_CORRUPT else f"tidak dapat dibaca: {fault}"
        )
        return None


# --- SQLite's own checks -------------------------------------------------------------------


class _SqliteChecks:
    """``integrity_check`` and ``foreign_key_check`` on a connection of their own, in a thread."""

    def __init__(self, db: Database) -> None:
        self.found: list[tuple[str, str]] = []
        self.error: BaseException | None = None
        path = db.target.sqlite_path
        self.folder = path.parent if path is not None else None
        self.thread = threading.Thread(target=self._run, args=(path,), name="sopdesk-integrity-check", daemon=True)
        self.thread.start()

    def _run(self, path: Path | None) -> None:
        try:
            if path is None:
                return
            conn = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True, check_same_thread=False)
            try:
                conn.execute("PRAGMA busy_timeout = 15000")
                rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
                if rows != ["ok"]:
                    self.found.extend(("integrity_check", r) for r in rows)
                broken: dict[tuple[str, str], list[str]] = {}
                for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
                    broken.setdefault((str(table), str(parent)), []).append(str(rowid))
                for (table, parent), rowids in sorted(broken.items()):
                    if len(rowids) == 1:
                        self.found.append((f"{table} baris {rowids[0]}", f"kunci asing ke {parent} tidak ada"))
                    else:
                        shown_ids = ", ".join(rowids[:10]) + (" …" if len(rowids) > 10 else "")
                        self.found.append(
                            (table, f"{len(rowids)} baris dengan kunci asing ke {parent} yang tidak ada ({shown_ids})")
                        )
            finally:
                conn.close()
        except sqlite3.Error as exc:
            self.error = exc

    def join(self, problems: Problems) -> None:
        self.thread.join()
        for w, m in self.found:
            problems.add(w, m)
        if self.error is not None:
            fault = translate(self.error, self.folder)
            problems.add("integrity_check", _fault_in_check(fault, problems) if fault else f"{self.error}")


# --- triggers ------------------------------------------------------------------------------

# What a lost guard of each append-only table allows.
_TRIGGER_WHY = {
    "audit_event": "tabel bisa diubah",
    "sop_case_event": "riwayat berkas bisa diubah",
    **{table: "riwayat standar pelayanan bisa diubah" for table in SP_APPEND_ONLY},
    "print_log": "catatan cetakan bisa diubah",
    "print_file": "catatan cetakan bisa diubah",
    "audit_record": "rekaman keadaan bisa diubah",
}


def _check_triggers(conn: Connection, problems: Problems) -> None:
    tables = set(conn.dialect.get_table_names(conn))
    for table in APPEND_ONLY:
        if table not in tables:
            continue
        missing = expected_triggers(conn.dialect.name, table) - existing_triggers(conn, table)
        for name in sorted(missing):
            problems.add(
                f"trigger {name}", f"pelindung {table} hilang ({_TRIGGER_WHY.get(table, 'tabel bisa diubah')})"
            )


# --- streaming -----------------------------------------------------------------------------


def _stream(conn: Connection, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
    """Rows of ``sql`` (``?`` placeholders) straight from the driver, in batches, inside the
    connection's transaction (PostgreSQL: a server-side cursor). Driver errors come out as the
    storage fault they stand for."""
    raw: Any = conn.connection.driver_connection
    try:
        if conn.dialect.name == "sqlite":
            cursor = raw.execute(sql, tuple(params))
            try:
                while batch := cursor.fetchmany(FETCH):
                    yield from batch
            finally:
                cursor.close()
            return
        cursor = raw.cursor(name=f"sopdesk_check_{next(_names)}")
        cursor.itersize = FETCH
        try:
            cursor.execute(sql.replace("?", "%s"), tuple(params))
            yield from cursor
        finally:
            cursor.close()
    except Exception as exc:
        fault = translate(exc, _folder(conn))
        if fault is None:
            raise
        raise fault from exc


_names = itertools.count(1)


def _query(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    return list(_stream(conn, sql, params))


def _folder(conn: Connection) -> Path | None:
    database = conn.engine.url.database
    if conn.dialect.name != "sqlite" or not database:
        return None
    return Path(unquote(str(database).removeprefix("file:").split("?", 1)[0])).parent


# --- the chain and the sealed states -------------------------------------------------------

_EVENTS = (
    "SELECT id, at, actor, on_behalf_of, action, entity, entity_id, before, after, {rows}, prev_hash, hash "
    "FROM audit_event ORDER BY id"
)
_RECORDS = "SELECT event_id, tbl, key, digest, outside, state FROM audit_record ORDER BY event_id"


def _check_chain(conn: Connection, problems: Problems, sealing: bool) -> tuple[str, int, str] | None:
    """Verify the chain and the sealed states; return (first hash, head id, head hash)."""
    if sealing and conn.dialect.name == "sqlite":
        return _check_chain_sqlite(conn, problems)
    events = _stream(conn, _EVENTS.format(rows="rows" if sealing else "NULL"))
    records = _stream(conn, _RECORDS) if sealing else iter(())
    rec = next(records, None)
    links = _Links()
    for ev in events:
        event_id, rows = ev[0], ev[9]
        links.follow(ev, problems)
        if rec is not None and rec[0] < event_id:
            while rec is not None and rec[0] < event_id:
                rec = _orphans(rec, records, problems)
        entries: list[tuple[Any, ...]] = []
        while rec is not None and rec[0] == event_id:
            entries.append(rec)
            rec = next(records, None)
        _check_sealed(problems, event_id, rows, entries)
    while rec is not None:
        rec = _orphans(rec, records, problems)
    return links.ends()


class _Links:
    """Follows the hash chain event by event."""

    def __init__(self) -> None:
        self.expected_prev = GENESIS
        self.first: str | None = None
        self.last: tuple[Any, ...] | None = None

    def follow(self, ev: tuple[Any, ...], problems: Problems) -> None:
        event_id, prev_hash, stored = ev[0], ev[10], ev[11]
        if prev_hash != self.expected_prev:
            problems.add(
                f"audit_event id {event_id}", "rantai terputus: hash sebelumnya tidak cocok (baris hilang atau diubah)"
            )
        if chain_digest(prev_hash, ev[1:9], ev[9]) != stored:
            problems.add(f"audit_event id {event_id}", "isi peristiwa audit telah diubah (hash tidak cocok)")
        self.expected_prev = stored
        if self.first is None:
            self.first = stored
        self.last = ev

    def ends(self) -> tuple[str, int, str] | None:
        if self.first is None or self.last is None:
            return None
        return self.first, int(self.last[0]), str(self.last[11])


def _check_sealed(problems: Problems, event_id: int, rows: str | None, records: list[tuple[Any, ...]]) -> None:
    """One event's sealed states (event_id, tbl, key, digest, outside, state) against its rows."""
    if not records:
        if rows is not None and rows != "[]":
            problems.add(
                f"audit_event id {event_id}",
                "rekaman keadaan (audit_record) tidak cocok dengan rantai audit: diubah, ditambah atau dihapus",
            )
        return
    entries: list[list[str]] = []
    for _, table, key, digest, outside, state in records:
        entries.append(rows_entry(table, key, digest, outside))
        if outside is not None:
            _report_outside(problems, table, key, event_id, outside)
        if (state is None) != (digest == TOMBSTONE) or (state is not None and state_digest(state) != digest):
            problems.add(
                where(table, key),
                f"salinan keadaannya di jejak audit (peristiwa #{event_id}) rusak atau diubah: tidak cocok dengan "
                "hash di rantai audit",
            )
    if rows is None:
        problems.add(
            f"audit_event id {event_id}",
            "rekaman keadaan ditambahkan pada peristiwa yang tidak mencatatnya (audit_record diubah)",
        )
    elif rows_json(entries) != rows:
        problems.add(
            f"audit_event id {event_id}",
            "rekaman keadaan (audit_record) tidak cocok dengan rantai audit: diubah, ditambah atau dihapus",
        )


# SQLite writes each event's list of sealed records itself, as the chain holds it (canonical
# JSON: the same bytes for the keys and digests SOPDesk writes), with how many there are and
# how many carry what an honest write found changed outside SOPDesk (those go the long way).
_EVENTS_SQLITE = (
    "SELECT e.id, e.at, e.actor, e.on_behalf_of, e.action, e.entity, e.entity_id, e.before, e.after, e.rows, "
    "e.prev_hash, e.hash, (SELECT json_group_array(json_array(tbl, key, digest)) || char(31) || count(*) || "
    "char(31) || total(outside IS NOT NULL) FROM (SELECT tbl, key, digest, outside FROM audit_record r "
    "WHERE r.event_id = e.id ORDER BY tbl, key)) FROM audit_event e ORDER BY e.id"
)


def _check_chain_sqlite(conn: Connection, problems: Problems) -> tuple[str, int, str] | None:
    links = _Links()
    sealed = 0
    for ev in _stream(conn, _EVENTS_SQLITE):
        links.follow(ev, problems)
        listed, count, outside = str(ev[12]).split("\x1f")
        sealed += int(count)
        rows = ev[9]
        if count == "0" and (rows is None or rows == "[]"):
            continue
        if rows is not None and listed == rows and float(outside) == 0:
            continue
        # The long way (found changes, or a difference): the event's sealed states in Python.
        records = _query(
            conn,
            "SELECT event_id, tbl, key, digest, outside, state FROM audit_record WHERE event_id = ? ORDER BY tbl, key",
            (ev[0],),
        )
        _check_sealed(problems, ev[0], rows, records)
    (total,) = _query(conn, "SELECT count(*) FROM audit_record")[0]
    if int(total) != sealed:  # states whose event is gone (foreign_key_check names them too)
        for event_id, count in _query(
            conn,
            "SELECT event_id, count(*) FROM audit_record WHERE event_id NOT IN (SELECT id FROM audit_event) "
            "GROUP BY event_id ORDER BY event_id",
        ):
            problems.add(
                f"audit_event id {event_id}",
                f"peristiwa audit hilang; {count} rekaman keadaan (audit_record) masih menyebutnya",
            )
    return links.ends()


def _orphans(
    rec: tuple[Any, ...], records: Iterator[tuple[Any, ...] | None], problems: Problems
) -> tuple[Any, ...] | None:
    """Sealed states whose event is gone: one problem per missing event; the next record."""
    event_id = int(rec[0])
    count = 0
    current: tuple[Any, ...] | None = rec
    while current is not None and int(current[0]) == event_id:
        count += 1
        current = next(records, None)
    problems.add(
        f"audit_event id {event_id}",
        f"peristiwa audit hilang; {count} rekaman keadaan (audit_record) masih menyebutnya",
    )
    return current


def _report_outside(problems: Problems, table: str, key: str, event_id: int, outside: str) -> None:
    import json

    try:
        found = json.loads(outside)
    except ValueError:
        found = {}
    if "" in found:
        what = f"baris {found[''][1]} padahal jejaknya {found[''][0] or 'tidak ada'}"
    else:
        what = "; ".join(f"{f}: tercatat {shown(v[0])}, ditemukan {shown(v[1])}" for f, v in sorted(found.items()))
    problems.add(where(table, key), f"diubah di luar SOPDesk sebelum peristiwa audit #{event_id} ({what})")


def _check_witnesses(
    conn: Connection, ends: tuple[str, int, str] | None, witnesses: list[Witness], problems: Problems
) -> None:
    genesis = ends[0] if ends else None
    head_id = ends[1] if ends else 0
    location = _location(conn)
    for w in witnesses:
        if w.genesis != genesis:
            if w.location and w.location == location:
                problems.add(
                    "audit_event",
                    f"rantai audit tidak sama dengan yang disaksikan {w.source} ({w.at}): peristiwa pertamanya "
                    "lain. Rantai ditulis ulang seluruhnya, atau basis data di lokasi ini diganti (bila Anda "
                    "memulihkan cadangan dengan sengaja, simpan berkas saksi itu sebagai bukti lalu pindahkan).",
                )
            continue
        found = _query(conn, "SELECT hash FROM audit_event WHERE id = ?", (w.head_id,))
        if not found:
            if w.head_id > head_id:
                problems.add(
                    f"audit_event id {w.head_id}",
                    f"ekor rantai audit hilang: {w.source} menyaksikan peristiwa #{w.head_id} ({w.at}), basis data "
                    f"hanya sampai #{head_id}",
                )
            else:
                problems.add(
                    f"audit_event id {w.head_id}", f"peristiwa yang disaksikan {w.source} ({w.at}) tidak ada lagi"
                )
        elif str(found[0][0]) != w.head_hash:
            problems.add(
                f"audit_event id {w.head_id}",
                f"rantai audit ditulis ulang: hash peristiwa #{w.head_id} tidak sama dengan yang disaksikan "
                f"{w.source} ({w.at})",
            )


def _location(conn: Connection) -> str:
    url = conn.engine.url
    if url.get_backend_name() == "sqlite":
        return str(url.database or "")
    return url.render_as_string(hide_password=True)


# --- records against their seals -----------------------------------------------------------


def _latest_sql(dialect: str, n: int) -> str:
    marks = ", ".join("?" * n)
    if dialect == "sqlite":  # SQLite returns the digest of the row holding max(event_id)
        return f"SELECT key, max(event_id), digest FROM audit_record WHERE tbl = ? AND key IN ({marks}) GROUP BY key"
    return (
        f"SELECT DISTINCT ON (key) key, event_id, digest FROM audit_record WHERE tbl = ? AND key IN ({marks}) "
        "ORDER BY key, event_id DESC"
    )


def _latest(conn: Connection, table: str, keys: Sequence[str]) -> dict[str, tuple[int, str]]:
    rows = _query(conn, _latest_sql(conn.dialect.name, len(keys)), (table, *keys))
    return {str(k): (int(e), str(d)) for k, e, d in rows}


def _check_records(conn: Connection, spec: TableSpec, problems: Problems) -> None:
    reader = spec.reader(conn)
    rows = _stream(conn, reader.ordered(conn))
    attachments = spec.name == "letter_attachment" and reader.raw
    key_state = reader.key_state
    sealed_live = 0
    while True:
        batch = list(itertools.islice(rows, BATCH))
        if not batch:
            break
        states = [key_state(r) for r in batch]
        latest = _latest(conn, spec.name, [k for k, _ in states])
        damaged = _damaged_attachments(spec, batch, problems) if attachments else ()
        for key, state in states:
            seal = latest.get(key)
            if seal is None:
                if key not in damaged:
                    problems.add(where(spec.name, key), "baris tanpa jejak audit: ditambahkan di luar SOPDesk")
                continue
            sealed_live += 1
            event_id, digest = seal
            if key in damaged:
                continue  # reported once, as damaged bytes
            if digest == TOMBSTONE:
                problems.add(where(spec.name, key), f"baris ada lagi padahal dihapus menurut peristiwa #{event_id}")
            elif digest != state_digest(state):
                _report_difference(conn, problems, spec.name, key, event_id, digest, state)
    _check_removed(conn, spec, sealed_live, problems)


def _report_difference(
    conn: Connection, problems: Problems, table: str, key: str, event_id: int, digest: str, state: str
) -> None:
    found = _query(
        conn, "SELECT state FROM audit_record WHERE event_id = ? AND tbl = ? AND key = ?", (event_id, table, key)
    )
    sealed = found[0][0] if found else None
    if sealed is None or state_digest(str(sealed)) != digest:
        problems.add(
            where(table, key),
            f"tidak cocok dengan jejak auditnya (peristiwa #{event_id}), dan salinan keadaannya di audit_record "
            "juga diubah",
        )
        return
    changed = differences(str(sealed), state)
    if not changed:
        return  # only columns added after the record was sealed differ
    detail = "; ".join(f"{f}: tercatat {shown(a)}, sekarang {shown(b)}" for f, (a, b) in sorted(changed.items()))
    problems.add(where(table, key), f"diubah di luar SOPDesk sejak peristiwa audit #{event_id} ({detail})")


def _check_removed(conn: Connection, spec: TableSpec, sealed_live: int, problems: Problems) -> None:
    """Records the trail has (and did not delete) that are not in the table any more."""
    (count,) = _query(conn, "SELECT count(DISTINCT key) FROM audit_record WHERE tbl = ?", (spec.name,))[0]
    if int(count) == sealed_live:
        return
    keys = _stream(conn, "SELECT DISTINCT key FROM audit_record WHERE tbl = ? ORDER BY key", (spec.name,))
    while True:
        batch = [str(k[0]) for k in itertools.islice(keys, BATCH)]
        if not batch:
            break
        present = _present(conn, spec, batch)
        missing = [k for k in batch if k not in present]
        if not missing:
            continue
        for key, (event_id, digest) in _latest(conn, spec.name, missing).items():
            if digest != TOMBSTONE:
                problems.add(
                    where(spec.name, key), f"baris dihapus di luar SOPDesk (keadaan terakhirnya: peristiwa #{event_id})"
                )


def _present(conn: Connection, spec: TableSpec, keys: Iterable[str]) -> set[str]:
    reader = spec.reader(conn)
    if spec.single_integer_key:
        ids = [int(k) for k in keys if k.lstrip("-").isdigit()]
        if not ids:
            return set()
        quote = conn.dialect.identifier_preparer.quote
        rows = _query(conn, f"{reader.sql} WHERE {quote('id')} IN ({', '.join('?' * len(ids))})", ids)
        return {reader.key_state(r)[0] for r in rows}
    return {reader.key_state(r)[0] for r in _query(conn, reader.sql)}  # small tables (settings, counters)


# --- attachments ---------------------------------------------------------------------------


def _damaged_attachments(spec: TableSpec, batch: list[tuple[Any, ...]], problems: Problems) -> set[str]:
    """Attachments whose bytes no longer have the SHA-256 taken when they were attached."""
    data_at, sha_at = spec.columns.index("data"), spec.columns.index("sha256")
    damaged = set()
    for row in batch:
        data = row[data_at]
        if data is None or hashlib.sha256(bytes(data)).hexdigest() != row[sha_at]:
            key = record_key([row[i] for i in spec.pk_at])
            damaged.add(key)
            problems.add(where(spec.name, key), "isi lampiran tidak cocok dengan SHA-256")
    return damaged


def _check_attachments(conn: Connection, problems: Problems) -> None:
    """Every stored scan or PDF still has the SHA-256 taken when it was attached."""
    for attachment_id, sha, data in _stream(conn, "SELECT id, sha256, data FROM letter_attachment ORDER BY id"):
        if data is None or hashlib.sha256(bytes(data)).hexdigest() != sha:
            problems.add(f"letter_attachment id {attachment_id}", "isi lampiran tidak cocok dengan SHA-256")
