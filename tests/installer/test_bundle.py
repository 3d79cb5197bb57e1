"""The built .deb, installed into a throwaway root: smoke test and upgrade from the previous release.

Runs only when ``SOPDESK_TEST_DEB`` names the package (``make test`` builds it with ``make dist``
and sets it); otherwise every test here is skipped.

``data/sopdesk-0.1.0.sqlite3`` is the previous release's database: made by SOPDesk 0.1.0
(commit d8774c3, schema 0001) with ``sopdesk init --admin admin --name Admin`` (password
``admin-rahasia-010``), ``sopdesk demo`` and one ``sopdesk report sop``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).with_name("data") / "sopdesk-0.1.0.sqlite3"
FIXTURE_ADMIN_PASSWORD = "admin-rahasia-010"
DEB = os.environ.get("SOPDESK_TEST_DEB")

pytestmark = pytest.mark.skipif(not DEB, reason="SOPDESK_TEST_DEB is not set: `make test` builds the .deb and sets it")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The package unpacked into a throwaway root; returns the installed ``sopdesk``."""
    assert DEB is not None
    root = tmp_path_factory.mktemp("sopdesk-root")
    subprocess.run(["dpkg", "-x", DEB, str(root)], check=True)
    yield root / "opt" / "sopdesk" / "sopdesk"
    shutil.rmtree(root, ignore_errors=True)


def run(program: Path, home: Path, *args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("SOPDESK_") and key != "PYTHONPATH"}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(home))
    if password is not None:
        env["SOPDESK_PASSWORD"] = password
    return subprocess.run(
        [str(program), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def test_smoke_script_passes_on_the_package() -> None:
    assert DEB is not None
    done = subprocess.run(
        [str(REPO / "installer" / "smoke-test.sh"), DEB], capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Uji mandiri SOPDesk" in done.stdout and "berhasil" in done.stdout
    assert "Uji asap paket" in done.stdout


def fixture_rows(path: Path) -> tuple[list[str], dict[str, int]]:
    # immutable: read without locks, so no -wal or -shm file appears beside the fixture.
    with closing(sqlite3.connect(f"file:{path}?immutable=1", uri=True)) as conn:
        users = [r[0] for r in conn.execute("SELECT username FROM app_user ORDER BY username")]
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        ]
        counts = {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables if t != "alembic_version"
        }
    return users, counts


def test_previous_release_database_is_backed_up_migrated_and_intact(installed: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "sopdesk.sqlite3"
    shutil.copyfile(FIXTURE, db)
    users, before = fixture_rows(FIXTURE)
    assert len(users) == 6 and before["audit_event"] > 0

    listed = run(installed, tmp_path, "--data-dir", str(data), "user", "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert sorted(u["username"] for u in json.loads(listed.stdout)) == users

    # The first command of the new program migrated the file, after backing up the old one.
    backups = list((data / "backups").glob("*sebelum-migrasi-0001.sqlite3"))
    assert len(backups) == 1
    assert fixture_rows(backups[0]) == (users, before)

    checked = run(installed, tmp_path, "--data-dir", str(data), "check")
    assert checked.returncode == 0, checked.stderr
    assert "Basis data baik" in checked.stdout

    _, after = fixture_rows(db)
    for table, count in before.items():
        assert after[table] >= count, f"{table}: {count} rows before the upgrade, {after[table]} after"

    # The old administrator's password still opens the database; a print made now verifies.
    pdf = tmp_path / "sop.pdf"
    printed = run(
        installed,
        tmp_path,
        "--data-dir",
        str(data),
        "report",
        "sop",
        "--out",
        str(pdf),
        "--as",
        "admin",
        password=FIXTURE_ADMIN_PASSWORD,
    )
    assert printed.returncode == 0, printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    verified = run(installed, tmp_path, "--data-dir", str(data), "verify", str(pdf))
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.startswith("COCOK")
    # The bundle reads the QR code off a PDF's page (PDFium and the zxing-cpp decoder are in it).
    scanned = run(installed, tmp_path, "--data-dir", str(data), "verify", "--scan", str(pdf))
    assert scanned.returncode == 0, scanned.stderr
    assert scanned.stdout.startswith("DITEMUKAN: cetakan no. ")


def test_installed_program_creates_and_checks_a_postgresql_database(installed: Path, tmp_path: Path) -> None:
    """The bundled psycopg (and its libpq) reach the PostgreSQL test server."""
    server = os.environ.get("SOPDESK_TEST_PG_URL")
    if not server:
        pytest.skip("no PostgreSQL test server (make test starts one)")
    import psycopg

    name = f"sopdesk_bundle_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{server.rsplit('/', 1)[0]}/{name}"
    try:
        init = run(installed, tmp_path, "--db", url, "init")
        assert init.returncode == 0, init.stderr
        assert "Basis data dibuat" in init.stdout
        checked = run(installed, tmp_path, "--db", url, "check")
        assert checked.returncode == 0, checked.stderr
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
