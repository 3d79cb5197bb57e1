"""The audit trail on SQLite and PostgreSQL: one chained event per write, append-only, checked."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from sopdesk.domain.audit import GENESIS
from sopdesk.domain.errors import AuthenticationFailed
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Role
from sopdesk.domain.sop import load_sop_file
from sopdesk.paths import sop_dir
from sopdesk.services import read
from sopdesk.services.auth import authenticate, change_password
from sopdesk.services.master import (
    ClassificationInput,
    OfficialInput,
    OpdInput,
    save_classification,
    save_official,
    save_opd,
    set_setting,
)
from sopdesk.services.sop import load_definition
from sopdesk.services.users import NewUser, UserUpdate, add_user, create_first_admin, reset_password, update_user
from sopdesk.store.check import check_database
from sopdesk.store.database import Database
from sopdesk.store.triggers import MESSAGE
from tests.conftest import ADMIN_PASSWORD, PASSWORD, write_from_two_seats


def chain(db: Database) -> list[tuple[int, str, str, str, str]]:
    """(id, prev_hash, hash, action, actor) of every audit event, oldest first."""
    with db.read_engine.connect() as conn:
        rows = conn.execute(text("SELECT id, prev_hash, hash, action, actor FROM audit_event ORDER BY id"))
        return [tuple(r) for r in rows]


def raw_exec(db: Database, db_target: str, *statements: str) -> None:
    """Run SQL with the database driver itself, as someone with a SQL console would."""
    if db.dialect == "sqlite":
        with closing(sqlite3.connect(db_target)) as conn:
            for sql in statements:
                conn.execute(sql)
            conn.commit()
        return
    import psycopg

    with psycopg.connect(db_target, autocommit=True) as conn:
        for sql in statements:
            conn.execute(sql)


def test_fresh_database_has_a_valid_chain_and_no_problem(db: Database):
    events = chain(db)
    assert [e[3] for e in events] == ["seed.master_data", "sop.load_version"]
    assert events[0][1] == GENESIS
    assert check_database(db) == []


def test_every_service_write_adds_exactly_one_chained_event(db: Database):
    shipped = load_sop_file(sop_dir() / "01.048.2017.toml")
    changed_sop = replace(shipped, steps=(*shipped.steps[:-1], replace(shipped.steps[-1], waktu_hari=Decimal(3))))
    state: dict[str, Actor] = {}

    def first_admin() -> None:
        user = create_first_admin(db, NewUser("admin", "Administrator", "", Role.ADMIN, ADMIN_PASSWORD))
        state["admin"] = Actor(user.id, user.username, user.role, user.nama)

    def new_user() -> None:
        user = add_user(db, state["admin"], NewUser("staf", "Siti", "", Role.STAF, PASSWORD))
        state["staf"] = Actor(user.id, user.username, user.role, user.nama)

    def failed_login() -> None:
        with pytest.raises(AuthenticationFailed):
            authenticate(db, "staf", "salah-sekali")

    def opd_id() -> int:
        return next(o.id for o in read.opd_list(db) if o.nama == "Inspektorat")

    def bupati_id() -> int:
        return read.officials(db, lane="bupati")[0].id

    steps: list[tuple[str, str, Callable[[], object]]] = [
        ("user.create_first_admin", "admin", first_admin),
        ("user.create", "admin", new_user),
        ("user.login_failed", "staf", failed_login),
        ("user.login", "staf", lambda: authenticate(db, "staf", PASSWORD)),
        ("user.change_password", "staf", lambda: change_password(db, state["staf"], PASSWORD, "sandi-baru-123")),
        (
            "user.update",
            "admin",
            lambda: update_user(
                db, state["admin"], UserUpdate(state["staf"].user_id, "Siti N", "", Role.STAF, True, None)
            ),
        ),
        ("user.reset_password", "admin", lambda: reset_password(db, state["admin"], state["staf"].user_id, PASSWORD)),
        ("opd.create", "admin", lambda: save_opd(db, state["admin"], OpdInput("Dinas Pariwisata", "Dispar", "dinas"))),
        ("opd.update", "admin", lambda: save_opd(db, state["admin"], OpdInput("Inspektorat Daerah"), opd_id())),
        (
            "classification.create",
            "admin",
            lambda: save_classification(
                db, state["admin"], ClassificationInput("permendagri-83-2022", "000.9", "Lain")
            ),
        ),
        (
            "official.update",
            "admin",
            lambda: save_official(
                db, state["admin"], OfficialInput("bupati", "H. Bupati", "Bupati Tangerang", ""), bupati_id()
            ),
        ),
        ("setting.update", "admin", lambda: set_setting(db, state["admin"], "kertas", "F4")),
        ("sop.load_version", "admin", lambda: load_definition(db, state["admin"], changed_sop)),
    ]
    for action, actor, write in steps:
        before = chain(db)
        write()
        after = chain(db)
        assert after[: len(before)] == before, f"{action} changed an earlier event"
        assert len(after) == len(before) + 1, action
        new = after[-1]
        assert (new[3], new[4]) == (action, actor)
        assert new[1] == before[-1][2], f"{action} is not chained to the previous event"
    assert check_database(db) == []


def test_update_and_delete_of_audit_events_are_refused(db: Database):
    events = chain(db)
    for sql in ("UPDATE audit_event SET actor = 'mallory'", "DELETE FROM audit_event"):
        with pytest.raises(DBAPIError, match=MESSAGE), db.engine.begin() as conn:
            conn.execute(text(sql))
    if db.dialect == "postgresql":  # CASCADE: the sealed states refer to their events
        with pytest.raises(DBAPIError, match="hanya boleh ditambah"), db.engine.begin() as conn:
            conn.execute(text("TRUNCATE audit_event CASCADE"))
    assert chain(db) == events
    assert check_database(db) == []


def test_edited_event_behind_a_dropped_trigger_is_found(db: Database, db_target: str):
    set_setting(db, Actor.system(), "kertas", "F4")
    trigger_sql = "DROP TRIGGER audit_event_no_update"
    if db.dialect == "postgresql":
        trigger_sql += " ON audit_event"
    raw_exec(db, db_target, trigger_sql, "UPDATE audit_event SET actor = 'mallory' WHERE id = 2")

    problems = {(p.where, p.message) for p in check_database(db)}
    assert problems == {
        ("trigger audit_event_no_update", "pelindung audit_event hilang (tabel bisa diubah)"),
        ("audit_event id 2", "isi peristiwa audit telah diubah (hash tidak cocok)"),
    }


def test_deleted_event_behind_a_dropped_trigger_is_found(db: Database, db_target: str):
    from sopdesk.store.uow import UnitOfWork

    with UnitOfWork(db) as uow:  # an event that sealed no record (a backup's, say)
        printed = uow.audit.append_now(Actor.system(), "database.backup", "database", None, after={"file": "x"})
        uow.commit()
    set_setting(db, Actor.system(), "kertas", "F4")
    trigger_sql = "DROP TRIGGER audit_event_no_delete"
    if db.dialect == "postgresql":
        trigger_sql += " ON audit_event"
    raw_exec(db, db_target, trigger_sql, f"DELETE FROM audit_event WHERE id = {printed}")

    problems = {(p.where, p.message) for p in check_database(db)}
    assert problems == {
        ("trigger audit_event_no_delete", "pelindung audit_event hilang (tabel bisa diubah)"),
        (f"audit_event id {printed + 1}", "rantai terputus: hash sebelumnya tidak cocok (baris hilang atau diubah)"),
    }


def test_two_seats_writing_at_once_keep_one_chain(db: Database, db_target: str):
    """On PostgreSQL writers queue on an advisory lock, on SQLite on BEGIN IMMEDIATE: never a fork."""
    writes = 15
    before = len(chain(db))
    assert write_from_two_seats(db_target, writes) == []
    events = chain(db)
    assert len(events) == before + 2 * writes
    assert len({e[1] for e in events}) == len(events), "two events share a previous hash: the chain forked"
    assert check_database(db) == []
