"""Faults drilled for real (issue 13): a full disk, a read-only mount, an immutable file, a lock
held beyond the timeout, a corrupt file; PostgreSQL out of space, refusing connections, and an
account without rights. Every command answers with one Indonesian message and exit 1, never a
traceback, and the database is whole afterwards.

The disk drills mount small tmpfs file systems and use ``chattr``: they need root (the test
machines run the suite as root) and are skipped elsewhere.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from sopdesk.cli import main
from tests.conftest import ADMIN_PASSWORD

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(list(argv), stdin=io.StringIO(stdin))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "kesalahan tak terduga" not in err, err
    return code, out, err


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("SOPDESK_DATABASE_URL",):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SOPDESK_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("SOPDESK_DATA_DIR", str(tmp_path / "data"))


@contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A small file system of its own at ``where`` (unmounted afterwards)."""
    if not ROOT:
        pytest.skip("needs root to mount a file system")
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def init(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, _, err = run(capsys, "--db", str(db), "init", "--admin", "admin", "--name", "Admin", stdin=ADMIN_PASSWORD)
    assert code == 0, err


def add_letter(capsys: pytest.CaptureFixture[str], db: Path, n: int) -> tuple[int, str, str]:
    return run(
        capsys,
        "--db",
        str(db),
        "agenda",
        "add",
        "--received",
        "02-03-2026 09:00",
        "--from",
        "Dinas Kesehatan",
        "--number",
        f"440/{n}/Dinkes",
        "--dated",
        "01-03-2026",
        "--subject",
        "Penyampaian rancangan standar pelayanan " * 20,
        "--kode",
        "065",
        "--as",
        "admin",
    )


def fill_up(folder: Path) -> Path:
    """Take every free byte of ``folder``'s file system."""
    filler = folder / "pengisi"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


def test_a_full_disk_gets_a_message_and_loses_nothing(capsys, tmp_path: Path):
    with tmpfs(tmp_path / "disk", "4m") as disk:
        db = disk / "kantor.sqlite3"
        init(capsys, db)
        assert add_letter(capsys, db, 1)[0] == 0
        filler = fill_up(disk)
        failures = []
        for n in range(2, 40):  # a write that needs a new page of the file or of its journal
            code, _, err = add_letter(capsys, db, n)
            if code:
                failures.append(err)
                break
        assert failures, "the disk never became full"
        assert failures[0].startswith("Gagal: Penyimpanan penuh"), failures[0]
        code, _, err = run(capsys, "--db", str(db), "agenda", "list")  # SQLite may need room to read
        assert code == 0 or err.startswith("Gagal: Penyimpanan penuh"), err
        # A backup onto the full disk: refused with the same words, and nothing left behind.
        before = sorted(p.name for p in disk.iterdir())
        elsewhere = tmp_path / "lain.sqlite3"
        init(capsys, elsewhere)
        code, _, err = run(capsys, "--db", str(elsewhere), "backup", str(disk / "cadangan.sqlite3"), "--as", "admin")
        assert code == 1 and err.startswith("Gagal: Penyimpanan penuh"), err
        assert sorted(p.name for p in disk.iterdir()) == before
        # Room again: everything acknowledged is there and the database is whole.
        filler.unlink()
        assert add_letter(capsys, db, 99)[0] == 0
        code, _, err = run(capsys, "--db", str(db), "check")
        assert (code, err) == (0, ""), err


def test_a_read_only_mount_still_reads_and_refuses_writes_in_words(capsys, tmp_path: Path):
    with tmpfs(tmp_path / "ro", "8m") as disk:
        db = disk / "kantor.sqlite3"
        init(capsys, db)
        assert add_letter(capsys, db, 1)[0] == 0
        assert subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True).returncode == 0
        code, out, err = run(capsys, "--db", str(db), "agenda", "list")
        assert code == 0 and "440/1/Dinkes" in out, err
        code, out, err = run(capsys, "--db", str(db), "check")
        assert code == 0, err
        code, _, err = add_letter(capsys, db, 2)
        assert code == 1 and "hanya dapat dibaca" in err, err
        code, _, err = run(capsys, "--db", str(db), "backup", str(tmp_path / "salinan.sqlite3"), "--as", "admin")
        assert code == 0, err  # a rescue copy of a read-only database


def test_an_immutable_database_file_gets_a_message(capsys, tmp_path: Path):
    if not ROOT or shutil.which("chattr") is None:
        pytest.skip("needs root and chattr")
    db = tmp_path / "kantor.sqlite3"
    init(capsys, db)
    if subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode != 0:
        pytest.skip("this file system has no immutable flag")
    try:
        code, _, err = add_letter(capsys, db, 1)
        assert code == 1 and err.startswith("Gagal: "), err
        assert "tidak" in err and ("ditulis" in err or "dibaca" in err), err
    finally:
        subprocess.run(["chattr", "-i", str(db)], capture_output=True)
    assert run(capsys, "--db", str(db), "check")[0] == 0


def test_a_lock_held_beyond_the_timeout_gets_a_message_and_writes_nothing(capsys, tmp_path, monkeypatch):
    import sopdesk.store.engine as engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)
    db = tmp_path / "kantor.sqlite3"
    init(capsys, db)
    holder = sqlite3.connect(str(db), isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        code, _, err = add_letter(capsys, db, 1)
        assert code == 1 and "dikunci" in err and "coba lagi" in err, err
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    code, out, _ = run(capsys, "--db", str(db), "agenda", "list")
    assert code == 0 and "440/1" not in out


def test_a_corrupt_file_is_reported_by_check_and_refused_by_the_rest(capsys, tmp_path: Path):
    db = tmp_path / "kantor.sqlite3"
    init(capsys, db)
    for n in range(1, 30):
        assert add_letter(capsys, db, n)[0] == 0
    with closing(sqlite3.connect(str(db))) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    with db.open("r+b") as fh:  # bad sectors in the middle of the file
        for n in range(pages // 3, pages // 3 + 4):
            fh.seek(n * page)
            fh.write(os.urandom(page))
    code, out, err = run(capsys, "--db", str(db), "check")
    assert code == 1 and out == ""
    assert "MASALAH" in err and ("integrity_check" in err or "rusak" in err), err
    assert "pulihkan cadangan" in err
    code, _, err = run(capsys, "--db", str(db), "agenda", "list")
    assert code in (0, 1)
    if code:
        assert err.startswith("Gagal: ") and ("rusak" in err or "dibaca" in err), err


# --- PostgreSQL --------------------------------------------------------------------------------


def test_a_postgresql_server_that_refuses_connections_gets_a_message(capsys):
    code, out, err = run(capsys, "--db", "postgresql://sopdesk@127.0.0.1:1/sopdesk", "agenda", "list")
    assert (code, out) == (1, "")
    assert err.startswith("Gagal: Server basis data 127.0.0.1:1 menolak sambungan"), err


def test_a_postgresql_account_without_rights_gets_a_message(capsys, pg_url: str):
    import psycopg

    code, _, err = run(capsys, "--db", pg_url, "init", "--admin", "admin", "--name", "Admin", stdin=ADMIN_PASSWORD)
    assert code == 0, err
    role = f"sopdesk_t_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
    try:
        base, name = pg_url.rsplit("/", 1)
        scheme, rest = base.split("://", 1)
        url = f"{scheme}://{role}@{rest.split('@', 1)[-1]}/{name}"
        code, out, err = run(capsys, "--db", url, "agenda", "list")
        assert (code, out) == (1, "")
        assert err.startswith("Gagal: Pengguna basis data ") and " tidak punya hak " in err, err
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP ROLE IF EXISTS {role}")


@contextmanager
def private_postgresql() -> Iterator[tuple[str, Path]]:
    """A PostgreSQL server of this test's own (the shared one is never reconfigured), and a
    folder its system user may use."""
    import tempfile

    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    if not ROOT or not bins:
        pytest.skip("needs root and Debian's postgresql")
    bin_dir = bins[-1]
    where = Path(tempfile.mkdtemp(prefix="sopdesk-pg-drill-"))  # pytest's folders are root's alone
    data = where / "pgdata"
    data.mkdir(parents=True)
    shutil.chown(where, "postgres", "postgres")
    shutil.chown(data, "postgres", "postgres")
    with socket.socket() as probe:  # a port nobody holds now (a random one may be a client's)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    as_pg = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [*as_pg, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *as_pg,
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(where / "log"),
            "-w",
            "-t",
            "60",
            "start",
            "-o",
            f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}", where
    finally:
        subprocess.run(
            [*as_pg, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True
        )
        subprocess.run(["umount", "-l", str(where / "ruang")], capture_output=True)
        shutil.rmtree(where, ignore_errors=True)


def test_postgresql_out_of_disk_space_gets_a_message(capsys, tmp_path: Path):
    import psycopg

    with private_postgresql() as (server, where), tmpfs(where / "ruang", "6m") as space:
        shutil.chown(space, "postgres", "postgres")
        with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
            conn.execute(f"CREATE TABLESPACE sempit LOCATION '{space}'")
            conn.execute("CREATE DATABASE kantor TABLESPACE sempit")
        url = f"{server}/kantor"
        code, _, err = run(capsys, "--db", url, "init", "--admin", "admin", "--name", "Admin", stdin=ADMIN_PASSWORD)
        if code:  # the schema alone did not fit: that is the fault too
            assert err.startswith("Gagal: Server basis data kehabisan ruang"), err
            return
        messages = []
        for n in range(1, 400):
            code, _, err = run(
                capsys,
                "--db",
                url,
                "agenda",
                "add",
                "--received",
                "02-03-2026 09:00",
                "--from",
                "Dinas",
                "--number",
                f"{n}/X",
                "--dated",
                "01-03-2026",
                "--subject",
                "x" * 900,
                "--kode",
                "065",
                "--as",
                "admin",
            )
            if code:
                messages.append(err)
                break
        assert messages, "the tablespace never filled up"
        assert messages[0].startswith("Gagal: Server basis data kehabisan ruang"), messages[0]
