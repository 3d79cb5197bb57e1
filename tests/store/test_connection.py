"""Every connection problem is one Indonesian line on stderr and exit 1 (never a traceback), and
a password never needs to be on the command line: the README's service file and ``.pgpass``
work, and ``--db`` with a password in it is warned about.

Against real servers: the shared test server (trust login) for a missing database, missing
rights (roles made for the test and dropped after it), a closed port, a server that never
answers and an unknown host; and a private server with password login (scram-sha-256, started
by this module on its own port) for a wrong or missing password.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from sopdesk.cli import main
from tests.conftest import ADMIN_PASSWORD, pg_server_url
from tests.unit.test_table_report import _Lines

ROOT = Path(__file__).resolve().parents[2]
SERVER_PASSWORD = "sandi-server-Uji-7"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv), stdin=_Lines(stdin))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_refusal(code: int, err: str, *words: str) -> None:
    """Exit 1, one Indonesian line (after any warning), naming ``words``; no traceback."""
    lines = [line for line in err.splitlines() if not line.startswith("Peringatan:")]
    assert code == 1, err
    assert len(lines) == 1 and lines[0].startswith("Gagal: "), err
    assert "Traceback" not in err and "sqlalche.me" not in err
    for word in words:
        assert word in lines[0], (word, lines[0])


# --- the private server with password login ---------------------------------------------------


@pytest.fixture(scope="module")
def password_server() -> Iterator[tuple[str, int]]:
    """(host, port) of a private PostgreSQL server whose ``postgres`` needs SERVER_PASSWORD."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not bins or not pg_server_url():
        pytest.skip("PostgreSQL is not installed (make test installs it)")
    bindir = Path(bins[-1])
    root = os.getuid() == 0
    as_postgres = ["runuser", "-u", "postgres", "--"] if root else []
    work = Path(tempfile.mkdtemp(prefix="sopdesk-pgpw-"))
    if root:
        shutil.chown(work, "postgres", "postgres")
    pwfile = work / "pw"
    pwfile.write_text(SERVER_PASSWORD + "\n")
    if root:
        shutil.chown(pwfile, "postgres", "postgres")
    port = free_port()
    data = work / "data"
    subprocess.run(
        [*as_postgres, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "scram-sha-256",
         f"--pwfile={pwfile}", "--no-sync", "-E", "UTF8"],
        check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        [*as_postgres, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(work / "log"), "-w", "-t", "60", "start",
         "-o", f"-p {port} -k {work} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=20"],
        check=True, capture_output=True,
    )  # fmt: skip
    try:
        yield "127.0.0.1", port
    finally:
        subprocess.run(
            [*as_postgres, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(work, ignore_errors=True)


def test_a_wrong_password_is_named_as_such(password_server, capsys):
    host, port = password_server
    code, _, err = run_cli(capsys, "--db", f"postgresql://postgres:salah@{host}:{port}/postgres", "user", "list")
    assert_one_line_refusal(code, err, "kata sandi salah", "'postgres'", f"{host}:{port}", ".pgpass")
    assert "salah@" not in err  # the password itself is never repeated


def test_a_missing_password_says_where_to_keep_it(password_server, capsys, tmp_path, monkeypatch):
    host, port = password_server
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "tidak-ada"))
    code, _, err = run_cli(capsys, "--db", f"postgresql://postgres@{host}:{port}/postgres", "user", "list")
    assert_one_line_refusal(code, err, "meminta kata sandi", ".pgpass")


def test_the_readme_way_a_service_file_and_pgpass_keep_the_password_off_the_command_line(
    password_server, capsys, tmp_path, monkeypatch
):
    host, port = password_server
    import psycopg

    name = f"sopdesk_svc_{uuid.uuid4().hex[:8]}"
    admin = f"postgresql://postgres:{SERVER_PASSWORD}@{host}:{port}/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    service = tmp_path / "pg_service.conf"
    service.write_text(f"[sopdesk]\nhost={host}\nport={port}\nuser=postgres\ndbname={name}\n")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{host}:{port}:*:postgres:{SERVER_PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    monkeypatch.setenv("SOPDESK_DATABASE_URL", "postgresql:///?service=sopdesk")
    try:
        code, out, err = run_cli(capsys, "init", "--admin", "admin", "--name", "Admin", stdin=ADMIN_PASSWORD + "\n")
        assert code == 0, err
        assert "Basis data dibuat: postgresql:///?service=sopdesk" in out and err == ""
        code, out, err = run_cli(capsys, "--db", "postgresql:///?service=sopdesk", "user", "list")
        assert code == 0 and "admin" in out and err == ""
        # a service that the file does not hold is named
        code, _, err = run_cli(capsys, "--db", "postgresql:///?service=kantor", "user", "list")
        assert_one_line_refusal(code, err, "'kantor'", "berkas layanan")
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- the shared server and the network -----------------------------------------------------------


def test_a_password_on_the_command_line_is_warned_about_and_masked(pg_url: str, capsys):
    with_password = pg_url.replace("postgresql://postgres@", f"postgresql://postgres:{SERVER_PASSWORD}@")
    code, out, err = run_cli(capsys, "--db", with_password, "init")  # the trust server takes any password
    assert code == 0, err
    warning, *rest = err.splitlines()
    assert warning.startswith("Peringatan: --db memuat kata sandi") and "ps" in warning and ".pgpass" in warning
    assert rest == [] and SERVER_PASSWORD not in out + err
    assert "postgres:***@" in out  # the address it names is masked
    code, _, err = run_cli(capsys, "--db", pg_url, "user", "list")
    assert code == 0 and err == ""  # no password, no warning
    query_form = f"{pg_url}?password={SERVER_PASSWORD}"
    code, out, err = run_cli(capsys, "--db", query_form, "init")
    assert code == 0 and err.startswith("Peringatan: --db memuat kata sandi")
    assert SERVER_PASSWORD not in out + err and "password=***" in out


def test_an_unknown_database_is_named(capsys):
    server = pg_server_url()
    if not server:
        pytest.skip("no PostgreSQL test server")
    base = server.rsplit("/", 1)[0]
    code, _, err = run_cli(capsys, "--db", f"{base}/sopdesk_tidak_ada", "user", "list")
    assert_one_line_refusal(code, err, "Basis data 'sopdesk_tidak_ada' tidak ada di server")


def test_a_closed_port_is_a_refused_connection(capsys):
    port = free_port()  # nothing listens there any more
    code, _, err = run_cli(capsys, "--db", f"postgresql://sopdesk@127.0.0.1:{port}/sopdesk", "user", "list")
    assert_one_line_refusal(code, err, f"127.0.0.1:{port} menolak sambungan")


def test_a_server_that_never_answers_is_given_up_within_its_connect_timeout(capsys):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)  # accepts the TCP connection, never says a word
    port = listener.getsockname()[1]
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        started = time.monotonic()
        url = f"postgresql://sopdesk@127.0.0.1:{port}/sopdesk?connect_timeout=2"
        code, _, err = run_cli(capsys, "--db", url, "user", "list")
        assert time.monotonic() - started < 10
        assert_one_line_refusal(code, err, f"127.0.0.1:{port} tidak menjawab")
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        listener.close()


def test_an_unknown_host_is_named(capsys):
    code, _, err = run_cli(capsys, "--db", "postgresql://sopdesk@server-bagian.invalid/sopdesk", "user", "list")
    assert_one_line_refusal(code, err, "'server-bagian.invalid' tidak dikenal")


# --- rights ----------------------------------------------------------------------------------------


@pytest.fixture
def roles(pg_url: str) -> Iterator[dict[str, str]]:
    """The test database, initialised with an administrator, and a URL per role made for it:
    ``nologin``, ``noconnect`` (CONNECT revoked), ``noschema`` (no USAGE on public),
    ``norights`` (connects, reads nothing), ``readonly`` (SELECT on every table)."""
    import psycopg

    assert main(["--db", pg_url, "init", "--admin", "admin", "--name", "Admin"], stdin=_Lines(ADMIN_PASSWORD + "\n")) == 0
    tag = uuid.uuid4().hex[:8]
    names = {kind: f"sopdesk_{kind}_{tag}" for kind in ("nologin", "noconnect", "noschema", "norights", "readonly")}
    database = pg_url.rsplit("/", 1)[1]
    server = pg_url.rsplit("/", 1)[0]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for kind, role in names.items():
            conn.execute(f'CREATE ROLE "{role}" {"NOLOGIN" if kind == "nologin" else "LOGIN"}')
        conn.execute(f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC')
        conn.execute("REVOKE USAGE ON SCHEMA public FROM PUBLIC")
        for kind in ("nologin", "noschema", "norights", "readonly"):
            conn.execute(f'GRANT CONNECT ON DATABASE "{database}" TO "{names[kind]}"')
        for kind in ("norights", "readonly"):
            conn.execute(f'GRANT USAGE ON SCHEMA public TO "{names[kind]}"')
        conn.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{names["readonly"]}"')
    try:
        yield {kind: f"{server.replace('postgres@', role + '@')}/{database}" for kind, role in names.items()}
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f'DROP OWNED BY {", ".join(chr(34) + r + chr(34) for r in names.values())}')
        with psycopg.connect(server + "/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            for role in names.values():
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_each_missing_right_is_named_with_the_grant_that_gives_it(roles: dict[str, str], capsys, monkeypatch):
    code, _, err = run_cli(capsys, "--db", roles["nologin"], "user", "list")
    assert_one_line_refusal(code, err, "tidak punya hak LOGIN", "ALTER ROLE")
    code, _, err = run_cli(capsys, "--db", roles["noconnect"], "user", "list")
    assert_one_line_refusal(code, err, "tidak punya hak CONNECT pada basis data", "GRANT CONNECT ON DATABASE")
    code, _, err = run_cli(capsys, "--db", roles["noschema"], "user", "list")
    assert_one_line_refusal(code, err, "tidak punya hak USAGE pada skema public", "GRANT USAGE ON SCHEMA public")
    code, _, err = run_cli(capsys, "--db", roles["norights"], "user", "list")
    assert_one_line_refusal(code, err, "tidak punya hak SELECT pada tabel", "GRANT SELECT ON")
    for err_text in (err,):
        assert "bukan basis data SOPDesk" not in err_text
    code, out, err = run_cli(capsys, "--db", roles["readonly"], "user", "list")
    assert code == 0 and "admin" in out  # reading is allowed to it...
    monkeypatch.setenv("SOPDESK_PASSWORD", ADMIN_PASSWORD)
    code, _, err = run_cli(
        capsys, "--db", roles["readonly"], "calendar", "set", "01-02-2027", "libur", "--note", "Uji", "--as", "admin"
    )
    assert_one_line_refusal(code, err, "tidak punya hak UPDATE pada tabel", "GRANT UPDATE ON")  # ...writing is not


def test_a_connection_problem_in_a_real_process_is_one_line_and_exit_1():
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "sopdesk", "--db", f"postgresql://sopdesk:rahasia@127.0.0.1:{port}/sopdesk", "user", "list"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1 and done.stdout == ""
    warning, refusal = done.stderr.splitlines()
    assert warning.startswith("Peringatan: --db memuat kata sandi") and refusal.startswith("Gagal: Server basis data")
    assert "rahasia" not in done.stderr
