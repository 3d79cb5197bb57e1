"""Full-text search over the agenda: SQLite FTS5 (trigram, so any part of a word matches as
the clerk types) or PostgreSQL full text (a generated tsvector with prefix matching).

Neither is in the ORM rows: they are created by the migration, kept current by the database
itself (triggers on SQLite, a generated column on PostgreSQL), and queried here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import ColumnElement, Connection, text
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
    create_pg_search(conn)


def pg_search_expression() -> str:
    """The text PostgreSQL indexes: every field, with anything that is not a letter or a digit
    made a space, so "440/368/Dinkes" or "368-Org" are words "440", "368", "dinkes", "org"
    that the index finds (the parser alone keeps "440/368/dinkes" as one lexeme)."""
    joined = " || ' ' || ".join(f"coalesce({f}, '')" for f in FIELDS)
    return f"to_tsvector('simple', regexp_replace({joined}, '[^[:alnum:]]+', ' ', 'g'))"


def create_pg_search(conn: Connection) -> None:
    conn.execute(
        text(f"ALTER TABLE letter ADD COLUMN search tsvector GENERATED ALWAYS AS ({pg_search_expression()}) STORED")
    )
    conn.execute(text("CREATE INDEX ix_letter_search ON letter USING gin (search)"))


# A search is split at spaces (and commas or semicolons) into terms; a term shorter than three
# characters waits for the third as the clerk types (the trigram index needs three, and "m"
# would narrow nothing), except that a short number still looks up the agenda number.
_TERMS = re.compile(r"[^\s,;]+")
_RUNS = re.compile(r"[^\W_]+")
MIN_TERM = 3


def search_terms(query: str) -> list[str]:
    """The terms of ``query`` that are searched in the text (lower case, three characters or more)."""
    return [t for t in _TERMS.findall(query.lower()) if len(t) >= MIN_TERM and _RUNS.search(t)]


def fts_match(terms: list[str]) -> str:
    """SQLite: an FTS5 query where every term must be a substring (trigram phrases, so "100/5"
    and "368-org" are found as typed)."""
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def pg_tsquery(terms: list[str]) -> str:
    """PostgreSQL: every term must start a word; a term with separators ("100/5", "368-org")
    is a phrase of its words, the last one a prefix as the clerk types."""
    phrases = []
    for term in terms:
        runs = _RUNS.findall(term)
        words = [run.replace("'", "") for run in runs]
        phrases.append(" <-> ".join(f"'{w}'" + (":*" if i == len(words) - 1 else "") for i, w in enumerate(words)))
    return " & ".join(f"({p})" if " <-> " in p else p for p in phrases)


def pg_condition(tsquery: str) -> ColumnElement[bool]:
    return literal_column("letter.search").op("@@")(text("to_tsquery('simple', :tsq)").bindparams(tsq=tsquery))


def search_condition(dialect: str, query: str) -> ColumnElement[bool] | None:
    """A WHERE condition matching letters whose text holds every term of ``query`` (None: no term).

    For small books and one-off reads (exports); the agenda's pages go through
    ``letter_queries.AgendaReader``, which avoids sorting every match of a common word."""
    terms = search_terms(query)
    if not terms:
        return None
    if dialect == "sqlite":
        return LetterRow.id.in_(
            text("SELECT rowid FROM letter_fts WHERE letter_fts MATCH :fts").bindparams(fts=fts_match(terms))
        )
    return pg_condition(pg_tsquery(terms))
