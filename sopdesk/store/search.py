"""Full-text search over the agenda: SQLite FTS5 (trigram, so any part of a word matches as
the clerk types) or PostgreSQL full text (a generated tsvector with prefix matching).

Neither is in the ORM rows: they are created by the migration, kept current by the database
itself (triggers on SQLite, a generated column on PostgreSQL), and queried here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import ColumnElement, Connection, and_, or_, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import literal_column

from sopdesk.store.letter_rows import LetterRow

FIELDS = ("perihal", "asal", "nomor_surat", "isi_ringkas", "keterangan")
# Database objects that belong to search, not to the rows (ignored when models and
# migrations are compared).
SEARCH_OBJECTS = ("letter_fts", "ix_letter_search")
SEARCH_COLUMNS = ("search",)


_COLS = ", ".join(FIELDS)
_INSERT_TRIGGER = (
    "CREATE TRIGGER letter_fts_insert AFTER INSERT ON letter BEGIN "
    f"INSERT INTO letter_fts(rowid, {_COLS}) VALUES (new.id, {', '.join(f'new.{f}' for f in FIELDS)}); END"
)


@contextmanager
def indexed_in_bulk(session: Session) -> Iterator[list[int]]:
    """Many letters inserted at once (an import): on SQLite the insert trigger, which indexes one
    row at a time (about 15 times slower), is set aside inside the writing transaction, and the
    ids put into the yielded list are indexed with one statement before it is put back. SQLite's
    DDL is transactional: a rollback restores the trigger, and no other writer runs meanwhile
    (the transaction began IMMEDIATE). PostgreSQL's generated column needs nothing."""
    ids: list[int] = []
    if session.get_bind().dialect.name != "sqlite":
        yield ids
        return
    session.execute(text("DROP TRIGGER letter_fts_insert"))
    yield ids
    if ids:
        session.execute(
            text(f"INSERT INTO letter_fts(rowid, {_COLS}) SELECT id, {_COLS} FROM letter WHERE id BETWEEN :a AND :b"),
            {"a": min(ids), "b": max(ids)},
        )
    session.execute(text(_INSERT_TRIGGER))


def create_letter_search(conn: Connection) -> None:
    cols = ", ".join(FIELDS)
    if conn.dialect.name == "sqlite":
        new = ", ".join(f"new.{f}" for f in FIELDS)
        old = ", ".join(f"old.{f}" for f in FIELDS)
        conn.execute(
            text(
                f"CREATE VIRTUAL TABLE letter_fts USING fts5({cols}, content='letter', content_rowid='id', "
                "tokenize='trigram')"
            )
        )
        conn.execute(text(_INSERT_TRIGGER))
        conn.execute(
            text(
                f"CREATE TRIGGER letter_fts_update AFTER UPDATE ON letter BEGIN "
                f"INSERT INTO letter_fts(letter_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); "
                f"INSERT INTO letter_fts(rowid, {cols}) VALUES (new.id, {new}); END"
            )
        )
        return
    joined = " || ' ' || ".join(f"coalesce({f}, '')" for f in FIELDS)
    conn.execute(
        text(
            "ALTER TABLE letter ADD COLUMN search tsvector "
            f"GENERATED ALWAYS AS (to_tsvector('simple', {joined})) STORED"
        )
    )
    conn.execute(text("CREATE INDEX ix_letter_search ON letter USING gin (search)"))


_WORD = re.compile(r"\w+", re.UNICODE)


def search_condition(dialect: str, query: str) -> ColumnElement[bool] | None:
    """A WHERE condition matching letters whose text contains every word of ``query``."""
    words = _WORD.findall(query.lower())
    if not words or all(len(w) < 3 and not w.isdigit() for w in words):
        return None
    conditions: list[ColumnElement[bool]] = []
    if dialect == "sqlite":
        indexed = [w for w in words if len(w) >= 3]
        if indexed:
            match = " AND ".join('"' + w.replace('"', '""') + '"' for w in indexed)
            conditions.append(
                LetterRow.id.in_(text("SELECT rowid FROM letter_fts WHERE letter_fts MATCH :fts").bindparams(fts=match))
            )
        # The trigram index needs three characters. Shorter words narrow nothing useful as the
        # clerk starts typing ("m", "ma") and would scan every row, so they wait for the third
        # letter; short numbers ("5" in "100/5") are looked up by a plain scan.
        scanned = [w for w in words if len(w) < 3 and w.isdigit()]
    else:
        # PostgreSQL's parser keeps "100/5" or "440/123/dinkes" as one lexeme: words with digits
        # are matched as substrings, plain words by prefix in the full-text index.
        indexed = [w for w in words if w.isalpha()]
        if indexed:
            tsquery = " & ".join(f"{w}:*" for w in indexed)
            conditions.append(
                literal_column("letter.search").op("@@")(text("to_tsquery('simple', :tsq)").bindparams(tsq=tsquery))
            )
        scanned = [w for w in words if not w.isalpha()]
    for w in scanned:
        pattern = f"%{w}%"
        conditions.append(or_(*(getattr(LetterRow, f).ilike(pattern) for f in FIELDS)))
    return and_(*conditions)
