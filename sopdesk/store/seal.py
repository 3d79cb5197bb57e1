"""Sealing every record a unit of work writes into the audit chain (issue 13).

Which records a unit of work wrote is collected from the rows the session flushes (inserted,
updated, deleted) and from Core statements, which say theirs with :func:`note_rows`. When the
unit appends an audit event, the records written so far are read back as the database now
holds them and sealed into that event: their state goes to ``audit_record`` and its digest into
the event's ``rows``, inside the hash chain. What is written after the unit's last event is
sealed into one more event at commit (``record.seal``).

When a unit updates a record, the fields that differ from the record's last sealed state must
be fields the unit itself wrote; any other difference was made outside SOPDesk since, and is
kept in the new seal (``outside``) so that an honest write over an edited record does not wash
the edit away: ``sopdesk check`` reports it for good.

Every table of the program is sealed except the trail itself and the change feed's log
(:data:`UNSEALED`); a new table is sealed without anyone having to remember it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, LargeBinary, event, inspect, text
from sqlalchemy.orm import Session

from sopdesk.domain.audit import canonical_json
from sopdesk.domain.seal import (
    TOMBSTONE,
    differences,
    digest_of,
    record_key,
    rows_entry,
    state_digest,
    state_json,
)
from sopdesk.store.bulk import insert_on
from sopdesk.store.rows import Base, all_tables

# Not records: the trail itself (chained), the change feed's log (pruned), Alembic's marker.
UNSEALED = frozenset({"audit_event", "audit_record", "change_log", "alembic_version"})
# Kept as their digest only: a password hash is not copied into the trail.
SECRET = frozenset({("app_user", "password_hash")})
_INFO_KEY = "sopdesk_seals"
BATCH = 500


@dataclass(frozen=True)
class TableSpec:
    """How a table's records are read and sealed."""

    name: str
    columns: tuple[str, ...]  # sorted: the state's key order
    pk: tuple[str, ...]
    pk_at: tuple[int, ...]  # positions of the key columns in ``columns``
    binary: bool  # has a binary column (sealed as its digest)
    secret_at: tuple[int, ...]

    @property
    def single_integer_key(self) -> bool:
        return len(self.pk) == 1 and self.pk[0] == "id"

    def reader(self, conn: Connection) -> StateReader:
        """How to read this table's records as (key, state) on ``conn``'s database.

        SQLite writes a plain record's state itself (``json_object``, in C: the checker reads a
        million); a record with bytes or a secret, and every record on PostgreSQL, is written
        by :func:`~sopdesk.domain.seal.state_json`. Writer and checker always use the same
        reader, so a record matches its seal exactly when nothing changed."""
        quote = conn.dialect.identifier_preparer.quote
        table = quote(self.name)
        if conn.dialect.name == "sqlite" and not self.binary and not self.secret_at:
            pairs = ", ".join(f"'{c}', {quote(c)}" for c in self.columns)
            keys = ", ".join(quote(c) for c in self.pk)
            n = len(self.pk)
            return StateReader(
                f"SELECT {keys}, json_object({pairs}) FROM {table}",
                lambda row: (record_key(row[:n]), row[n]),
                self,
                raw=False,
            )
        columns = ", ".join(quote(c) for c in self.columns)
        return StateReader(f"SELECT {columns} FROM {table}", self._key_state, self, raw=True)

    def _key_state(self, values: Sequence[Any]) -> tuple[str, str]:
        key = record_key([values[i] for i in self.pk_at])
        if self.secret_at:
            values = list(values)
            for i in self.secret_at:
                if values[i] is not None:
                    values[i] = digest_of(str(values[i]))
        return key, state_json(self.columns, values)


@dataclass(frozen=True)
class StateReader:
    sql: str  # SELECT ... FROM table: add WHERE / ORDER BY
    key_state: Callable[[Sequence[Any]], tuple[str, str]]
    spec: TableSpec
    raw: bool  # the rows are the table's columns (in ``spec.columns`` order)

    def where_keys(self, conn: Connection, n: int) -> str:
        """``sql`` for the records whose key is one of ``n`` bound values (``:k0`` …); with a
        composite key, for the one record whose key columns are bound in order."""
        quote = conn.dialect.identifier_preparer.quote
        if len(self.spec.pk) == 1:
            names = ", ".join(f":k{i}" for i in range(n))
            return f"{self.sql} WHERE {quote(self.spec.pk[0])} IN ({names})"
        return f"{self.sql} WHERE " + " AND ".join(f"{quote(c)} = :k{i}" for i, c in enumerate(self.spec.pk))

    def ordered(self, conn: Connection) -> str:
        quote = conn.dialect.identifier_preparer.quote
        return f"{self.sql} ORDER BY {', '.join(quote(c) for c in self.spec.pk)}"


def spec_of(name: str, columns: Iterable[tuple[str, bool]], pk: Sequence[str]) -> TableSpec:
    """``columns``: (name, is binary)."""
    cols = sorted(columns)
    names = tuple(c for c, _ in cols)
    return TableSpec(
        name=name,
        columns=names,
        pk=tuple(pk),
        pk_at=tuple(names.index(p) for p in pk),
        binary=any(binary for _, binary in cols),
        secret_at=tuple(i for i, c in enumerate(names) if (name, c) in SECRET),
    )


@functools.cache
def table_spec(name: str) -> TableSpec:
    """The spec of a mapped table (its module is loaded: a row of it was written, or
    :func:`sealed_tables` loaded them all)."""
    table = Base.metadata.tables[name]
    return spec_of(
        table.name,
        ((c.name, isinstance(c.type, LargeBinary)) for c in table.columns),
        [c.name for c in table.primary_key.columns],
    )


def sealed_tables() -> dict[str, TableSpec]:
    """Every table the program writes records to, by name (maps every row module)."""
    return {t.name: table_spec(t.name) for t in all_tables().sorted_tables if t.name not in UNSEALED}


def database_spec(conn: Connection, name: str) -> TableSpec | None:
    """A table's spec from the database as it is (a migration seals the columns it finds)."""
    insp = inspect(conn)
    if not insp.has_table(name):
        return None
    cols = insp.get_columns(name)
    pk = insp.get_pk_constraint(name).get("constrained_columns") or []
    return spec_of(name, ((c["name"], isinstance(c["type"], LargeBinary)) for c in cols), pk)


# --- what a unit of work wrote -------------------------------------------------------------


@dataclass
class _Write:
    new: bool  # inserted by this unit: there is no earlier state to compare with
    columns: set[str] | None  # the columns it wrote; None: not known (no comparison)


@dataclass
class SealCollector:
    pending: dict[str, dict[tuple[Any, ...], _Write]] = field(default_factory=dict)

    def note(self, table: str, pk: tuple[Any, ...], *, new: bool, columns: Iterable[str] | None) -> None:
        rows = self.pending.setdefault(table, {})
        found = rows.get(pk)
        cols = None if columns is None else set(columns)
        if found is None:
            rows[pk] = _Write(new, cols)
            return
        found.new = found.new or new
        if found.columns is None or cols is None:
            found.columns = None
        else:
            found.columns |= cols

    def __bool__(self) -> bool:
        return any(self.pending.values())


def start_sealing(session: Session) -> SealCollector:
    found = SealCollector()
    session.info[_INFO_KEY] = found
    return found


def _collector(session: Session) -> SealCollector | None:
    found = session.info.get(_INFO_KEY)
    return found if isinstance(found, SealCollector) else None


def note_rows(
    session: Session,
    table: str,
    keys: Iterable[tuple[Any, ...]],
    *,
    new: bool = False,
    columns: Iterable[str] | None = None,
) -> None:
    """For Core statements that bypass the ORM: these records of ``table`` were written
    (``new``: inserted; ``columns``: the columns set, when known)."""
    found = _collector(session)
    if found is None or table in UNSEALED:
        return
    cols = None if columns is None else tuple(columns)
    for key in keys:
        found.note(table, tuple(key), new=new, columns=cols)


def pending(session: Session) -> bool:
    """Whether the unit wrote records not sealed yet (flushed first)."""
    found = _collector(session)
    if found is None:
        return False
    session.flush()
    return bool(found)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    found = _collector(session)
    if found is None:
        return
    for obj, new in [(o, True) for o in session.new] + [(o, False) for o in session.deleted]:
        table = getattr(obj, "__tablename__", None)
        if isinstance(table, str) and table not in UNSEALED:
            found.note(table, tuple(inspect(obj).mapper.primary_key_from_instance(obj)), new=new, columns=None)
    for obj in session.dirty:
        table = getattr(obj, "__tablename__", None)
        if not isinstance(table, str) or table in UNSEALED:
            continue
        if not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        written = {
            prop.columns[0].name for prop in state.mapper.column_attrs if state.attrs[prop.key].history.has_changes()
        }
        found.note(table, tuple(state.mapper.primary_key_from_instance(obj)), new=False, columns=written)


# --- reading states ------------------------------------------------------------------------


def read_states(conn: Connection, spec: TableSpec, pks: Sequence[tuple[Any, ...]]) -> dict[str, str]:
    """The current state of the records with primary keys ``pks``, by record key."""
    reader = spec.reader(conn)
    found: dict[str, str] = {}
    step = BATCH if len(spec.pk) == 1 else 1
    for start in range(0, len(pks), step):
        chunk = pks[start : start + step]
        values = [pk[0] for pk in chunk] if len(spec.pk) == 1 else list(chunk[0])
        sql = text(reader.where_keys(conn, len(values)))
        for row in conn.execute(sql, {f"k{i}": v for i, v in enumerate(values)}):
            key, state = reader.key_state(row)
            found[key] = state
    return found


@dataclass(frozen=True)
class SealedState:
    event_id: int
    digest: str
    state: str | None


def latest_seal(conn: Connection, table: str, key: str) -> SealedState | None:
    """The last state the trail gives the record ``key`` of ``table`` (an index seek)."""
    row = conn.execute(
        text(
            "SELECT event_id, digest, state FROM audit_record WHERE tbl = :t AND key = :k "
            "ORDER BY event_id DESC LIMIT 1"
        ),
        {"t": table, "k": key},
    ).first()
    return None if row is None else SealedState(int(row[0]), str(row[1]), row[2])


@dataclass(frozen=True)
class Seal:
    table: str
    key: str
    digest: str
    state: str | None
    outside: str | None

    def entry(self) -> list[str]:
        return rows_entry(self.table, self.key, self.digest, self.outside)


def _outside(conn: Connection, table: str, key: str, state: str | None, write: _Write) -> str | None:
    """What changed in the record outside SOPDesk since its last seal, or None."""
    if write.new or write.columns is None:
        return None
    prev = latest_seal(conn, table, key)
    if prev is None:
        return canonical_json({"": [None, "ada tanpa jejak audit"]}) if state is not None else None
    if state is None or prev.state is None:
        if state is not None:  # sealed as deleted, and here again
            return canonical_json({"": ["dihapus", "ada"]})
        return None
    if prev.digest == state_digest(state):
        return None
    unexplained = {k: list(v) for k, v in differences(prev.state, state).items() if k not in write.columns}
    return canonical_json(unexplained) if unexplained else None


def take_seals(session: Session) -> list[Seal]:
    """Seal what the unit wrote since the last call (flushed first); forget it."""
    found = _collector(session)
    if found is None:
        return []
    session.flush()
    if not found:
        return []
    conn = session.connection()
    seals: list[Seal] = []
    batch, found.pending = found.pending, {}
    for table in sorted(batch):
        writes = batch[table]
        if not writes:
            continue
        spec = table_spec(table)
        states = read_states(conn, spec, list(writes))
        for pk, write in writes.items():
            key = record_key(pk)
            state = states.get(key)
            digest = TOMBSTONE if state is None else state_digest(state)
            seals.append(Seal(table, key, digest, state, _outside(conn, table, key, state, write)))
    return seals


def write_seals(conn: Connection, event_id: int, seals: Sequence[Seal]) -> None:
    if seals:
        insert_on(
            conn,
            "audit_record",
            ("event_id", "tbl", "key", "digest", "state", "outside"),
            [(event_id, s.table, s.key, s.digest, s.state, s.outside) for s in seals],
        )


def stream_states(conn: Connection, spec: TableSpec) -> Iterator[tuple[str, str]]:
    """(key, state) of every record of a table, in key order (for the upgrade's first seal)."""
    reader = spec.reader(conn)
    result = conn.execute(text(reader.ordered(conn)).execution_options(stream_results=True, max_row_buffer=BATCH))
    for row in result:
        yield reader.key_state(row)
