"""Shared fixtures: real SQLite files, a real PostgreSQL database, an initialised store."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Role
from sopdesk.services.master import set_setting
from sopdesk.services.setup import initialise
from sopdesk.services.users import NewUser, add_user, create_first_admin
from sopdesk.store.database import Database

ADMIN_PASSWORD = "admin-rahasia-1"
PASSWORD = "sandi-rahasia-1"


@pytest.fixture(autouse=True, scope="session")
def cache_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Rebuildable caches (the holiday list) go to a temporary folder, not the user's."""
    old = os.environ.get("SOPDESK_CACHE_DIR")
    os.environ["SOPDESK_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("SOPDESK_CACHE_DIR", None)
    else:
        os.environ["SOPDESK_CACHE_DIR"] = old


def pg_server_url() -> str | None:
    url = os.environ.get("SOPDESK_TEST_PG_URL")
    if not url and os.environ.get("SOPDESK_REQUIRE_PG"):
        pytest.fail("SOPDESK_TEST_PG_URL is not set: run the suite with `make test`")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, empty PostgreSQL database on the test server; dropped afterwards."""
    server = pg_server_url()
    if not server:
        pytest.skip("no PostgreSQL test server (make test starts one)")
    import psycopg

    name = f"sopdesk_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = server.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "sopdesk.sqlite3"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Store tests run on a real SQLite file and on a real PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "sopdesk.sqlite3")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def db(db_target: str, tmp_path: Path) -> Iterator[Database]:
    """An initialised database (migrated, seeded, SOP loaded) on SQLite and PostgreSQL."""
    database = Database.connect(db_target)
    initialise(database, tmp_path / "backups")
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_path: Path, tmp_path: Path) -> Iterator[Database]:
    database = Database.connect(str(sqlite_path))
    initialise(database, tmp_path / "backups")
    yield database
    database.dispose()


@pytest.fixture
def memory_db() -> Iterator[Database]:
    """For service tests: an initialised in-memory SQLite database (no file)."""
    database = Database.connect("sqlite://")
    initialise(database, None)
    yield database
    database.dispose()


def make_users(database: Database) -> dict[str, Actor]:
    """An administrator plus one user per role; passwords ADMIN_PASSWORD / PASSWORD."""
    admin = create_first_admin(database, NewUser("admin", "Administrator", "", Role.ADMIN, ADMIN_PASSWORD))
    admin_actor = Actor(admin.id, admin.username, admin.role, admin.nama)
    actors = {"admin": admin_actor}
    for role in (Role.STAF, Role.KASUBAG, Role.KABAG, Role.PIMPINAN):
        user = add_user(database, admin_actor, NewUser(role.value, f"Pengguna {role.value}", "", role, PASSWORD))
        actors[role.value] = Actor(user.id, user.username, user.role, user.nama)
    return actors


@pytest.fixture
def actors(memory_db: Database) -> dict[str, Actor]:
    return make_users(memory_db)


def write_from_two_seats(target: str, writes: int) -> list[BaseException]:
    """Two seats (threads, each with its own engine) save ``writes`` settings at the same moment.

    Returns the errors they met; an empty list means every write succeeded.
    """
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def seat(name: str) -> None:
        database = Database.connect(target)
        try:
            start.wait()
            for i in range(writes):
                set_setting(database, Actor.system(), f"penghitung_{name}", i)
        except BaseException as exc:  # reported to the test
            errors.append(exc)
        finally:
            database.dispose()

    threads = [threading.Thread(target=seat, args=(name,)) for name in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return errors
