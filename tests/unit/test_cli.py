"""The command line: what an administrator types and reads, and its exit codes (0, 1, 2)."""

from __future__ import annotations

import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from sopdesk.cli import main
from sopdesk.domain.errors import AuthenticationFailed
from sopdesk.domain.roles import Role
from sopdesk.services import read
from sopdesk.services.auth import authenticate
from sopdesk.store.database import Database, head_revision
from tests.conftest import ADMIN_PASSWORD

SOPDESK = Path(sys.executable).with_name("sopdesk")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Nothing may reach the real data folder, a configured server or a stored password."""
    for name in ("SOPDESK_DATABASE_URL", "SOPDESK_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SOPDESK_DATA_DIR", str(tmp_path / "bukan-di-sini"))


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(list(argv), stdin=io.StringIO(stdin))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def office(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Path:
    """A data folder with an initialised database and its first administrator."""
    code, _, err = run(
        capsys,
        "--data-dir",
        str(data_dir),
        "init",
        "--admin",
        "admin",
        "--name",
        "Admin TU",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert (code, err) == (0, "")
    return data_dir


def open_db(data_dir: Path) -> Database:
    return Database.connect(str(data_dir / "sopdesk.sqlite3"))


# --- init --------------------------------------------------------------------------------------


def test_init_creates_the_database_and_the_first_admin(capsys, data_dir: Path):
    code, out, err = run(
        capsys,
        "--data-dir",
        str(data_dir),
        "init",
        "--admin",
        "Admin",
        "--name",
        "Kepala  Subbagian TU",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert (code, err) == (0, "")
    db_file = data_dir / "sopdesk.sqlite3"
    assert out.splitlines() == [
        f"Basis data dibuat: {db_file} (skema {head_revision()})",
        "Data awal opd: 62 baris",
        "Data awal classification_code: 9 baris",
        "Data awal official: 5 baris",
        "SOP 01.048.2017 versi 1 dimuat",
        "Administrator admin dibuat",
        # the kop every paper carries is not given yet: said at once (also on Beranda)
        "Kop belum lengkap: isi lambang daerah dan alamat di Pengaturan › Kop, Kertas dan Nomor "
        "(atau --lambang, --alamat, --kode-pos).",
    ]
    assert (data_dir / "backups").is_dir()
    db = open_db(data_dir)
    try:
        actor = authenticate(db, "admin", ADMIN_PASSWORD).actor
        assert (actor.role, actor.nama) == (Role.ADMIN, "Kepala Subbagian TU")
    finally:
        db.dispose()


def test_init_again_changes_nothing(capsys, office: Path):
    code, out, _ = run(capsys, "--data-dir", str(office), "init")
    assert code == 0
    assert out.splitlines() == [f"Basis data sudah mutakhir: {office / 'sopdesk.sqlite3'} (skema {head_revision()})"]


def test_second_first_admin_is_refused(capsys, office: Path):
    code, _, err = run(
        capsys, "--data-dir", str(office), "init", "--admin", "lain", "--name", "Lain", stdin="sandi-lain-123\n"
    )
    assert code == 1
    assert "Gagal: Administrator pertama sudah dibuat" in err


def test_init_admin_needs_a_name_and_a_password(capsys, data_dir: Path):
    code, _, err = run(capsys, "--data-dir", str(data_dir), "init", "--admin", "admin")
    assert (code, err.strip()) == (1, "Gagal: --admin memerlukan --name.")
    code, _, err = run(capsys, "--data-dir", str(data_dir), "init", "--admin", "admin", "--name", "A", stdin="")
    assert code == 1
    assert "tidak ada masukan di stdin" in err
    code, _, err = run(capsys, "--data-dir", str(data_dir), "init", "--admin", "admin", "--name", "A", stdin="pendek\n")
    assert (code, err.strip()) == (1, "Kesalahan password: Kata sandi minimal 8 karakter.")


# --- users -------------------------------------------------------------------------------------


def test_user_add_with_the_password_from_the_environment(capsys, office: Path, monkeypatch):
    monkeypatch.setenv("SOPDESK_PASSWORD", ADMIN_PASSWORD)
    code, out, err = run(
        capsys,
        "--data-dir",
        str(office),
        "user",
        "add",
        "budi",
        "--role",
        "kasubag",
        "--name",
        "Budi Santoso",
        "--nip",
        "198107222006041008",
        "--as",
        "admin",
        stdin="sandi-budi-123\n",
    )
    assert (code, err) == (0, "")
    assert out.strip() == "Pengguna budi (Kasubag) dibuat"
    db = open_db(office)
    try:
        assert authenticate(db, "budi", "sandi-budi-123").actor.role is Role.KASUBAG
        assert read.audit_events(db, limit=2)[1].action == "user.create"
    finally:
        db.dispose()


def test_user_add_reads_both_passwords_from_stdin(capsys, office: Path):
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(office),
        "user",
        "add",
        "siti",
        "--role",
        "staf",
        "--name",
        "Siti",
        "--as",
        "admin",
        stdin=f"{ADMIN_PASSWORD}\nsandi-siti-123\n",
    )
    assert code == 0
    assert out.strip() == "Pengguna siti (Staf) dibuat"


def test_wrong_password_for_as_is_refused_in_indonesian(capsys, office: Path, monkeypatch):
    monkeypatch.setenv("SOPDESK_PASSWORD", "bukan-sandinya")
    code, out, err = run(
        capsys,
        "--data-dir",
        str(office),
        *("user", "add", "budi", "--role", "staf", "--name", "Budi", "--as", "admin"),
        stdin="sandi-budi-123\n",
    )
    assert (code, out) == (1, "")
    assert err.strip() == "Gagal: Nama pengguna atau kata sandi salah."
    db = open_db(office)
    try:
        assert [u.username for u in read.users(db)] == ["admin"]
    finally:
        db.dispose()


def test_bad_fields_are_named_one_per_line(capsys, office: Path, monkeypatch):
    monkeypatch.setenv("SOPDESK_PASSWORD", ADMIN_PASSWORD)
    code, _, err = run(
        capsys,
        "--data-dir",
        str(office),
        *("user", "add", "Budi!", "--role", "staf", "--name", "Budi", "--nip", "123", "--as", "admin"),
        stdin="pendek\n",
    )
    assert code == 1
    assert err.splitlines() == [
        "Kesalahan username: Nama pengguna 3-32 karakter: huruf kecil, angka, titik, garis bawah atau strip, diawali huruf.",
        "Kesalahan nip: NIP harus 18 angka.",
        "Kesalahan password: Kata sandi minimal 8 karakter.",
    ]


def test_user_list(capsys, office: Path, monkeypatch):
    monkeypatch.setenv("SOPDESK_PASSWORD", ADMIN_PASSWORD)
    args = ("user", "add", "pimpinan", "--role", "pimpinan", "--name", "Ibu Asda", "--as", "admin")
    assert run(capsys, "--data-dir", str(office), *args, stdin="sandi-asda-123\n")[0] == 0

    code, out, _ = run(capsys, "--data-dir", str(office), "user", "list", "--format", "json")
    assert code == 0
    assert json.loads(out) == [
        {"username": "admin", "nama": "Admin TU", "nip": "", "role": "admin", "active": True},
        {"username": "pimpinan", "nama": "Ibu Asda", "nip": "", "role": "pimpinan", "active": True},
    ]
    code, out, _ = run(capsys, "--data-dir", str(office), "user", "list")
    assert [line.split()[:2] for line in out.splitlines()] == [["admin", "admin"], ["pimpinan", "pimpinan"]]

    # The read-only user may not add users.
    monkeypatch.setenv("SOPDESK_PASSWORD", "sandi-asda-123")
    args = ("user", "add", "x.y", "--role", "staf", "--name", "X", "--as", "pimpinan")
    code, _, err = run(capsys, "--data-dir", str(office), *args, stdin="sandi-xy-1234\n")
    assert code == 1
    assert err.strip() == "Gagal: Peran Pimpinan (hanya baca) tidak berwenang mengelola pengguna."


# --- sop show ----------------------------------------------------------------------------------


def test_sop_show_json(capsys, office: Path):
    code, out, _ = run(capsys, "--data-dir", str(office), "sop", "show", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert (data["nomor"], data["version"], data["total_waktu_hari"]) == ("01.048.2017", 1, 42.5)
    steps = data["steps"]
    assert [s["no"] for s in steps] == list(range(1, 12))
    for s in steps:
        assert {"no", "uraian", "lanes", "lead_lane", "kelengkapan", "waktu_hari", "output", "keterangan"} <= set(s)
        assert isinstance(s["kelengkapan"], list) and s["kelengkapan"]
        assert isinstance(s["output"], list) and s["output"]
        assert isinstance(s["waktu_hari"], int | float) and not isinstance(s["waktu_hari"], bool)
        assert isinstance(s["keterangan"], str)
        assert s["lead_lane"] == s["lanes"][0]
    assert sum(s["waktu_hari"] for s in steps) == 42.5
    assert steps[1]["waktu_hari"] == 0.5
    assert steps[4]["keterangan"] == "Pembahasan bersama sekda, asda, kasubag dan staf"
    assert steps[5]["kelengkapan"] == ["Sda"]
    assert [s["returns_to"] for s in steps if s["returns_to"]] == [4, 4, 4]


def test_sop_show_text(capsys, office: Path):
    code, out, _ = run(capsys, "--data-dir", str(office), "sop", "show")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "SOP 01.048.2017 (versi 1): Penyusunan Standar Pelayanan dan Maklumat Pelayanan"
    assert (
        " 5. Validasi Rancangan SP dan Maklumat dan Melaksanakan Pembahasan dengan masyarakat dan Stakeholder" in lines
    )
    assert out.count("[dapat dikembalikan ke langkah 4]") == 3
    assert "Pelaksana: Kasubag, Staf; waktu 30 hari kerja; output: Data SPM; Notulen" in out
    # Output "Sda" of step 10 is shown resolved.
    assert "Pelaksana: Staf; waktu 2 hari kerja; output: Laporan SPM" in out
    assert lines[-1] == "Jumlah mutu baku waktu: 42.5 hari kerja"


# --- check and backup --------------------------------------------------------------------------


def test_check_on_a_clean_database(capsys, office: Path):
    code, out, err = run(capsys, "--data-dir", str(office), "check")
    assert (code, err) == (0, "")
    assert out.startswith("Basis data baik")


def test_check_reports_tampering_with_exit_code_1(capsys, office: Path):
    with closing(sqlite3.connect(office / "sopdesk.sqlite3")) as conn:
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("UPDATE audit_event SET actor = 'mallory' WHERE id = 1")
        conn.commit()
    code, out, err = run(capsys, "--data-dir", str(office), "check")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "MASALAH trigger audit_event_no_update: pelindung audit_event hilang (tabel bisa diubah)",
        "MASALAH audit_event id 1: isi peristiwa audit telah diubah (hash tidak cocok)",
        "2 masalah ditemukan.",
    ]


def test_backup(capsys, office: Path, tmp_path: Path, monkeypatch):
    out_file = tmp_path / "cadangan.sqlite3"
    monkeypatch.setenv("SOPDESK_PASSWORD", ADMIN_PASSWORD)
    code, out, _ = run(capsys, "--data-dir", str(office), "backup", str(out_file), "--as", "admin")
    assert code == 0
    assert out.strip() == f"Cadangan dibuat dan diperiksa: {out_file}"
    copy = Database.connect(str(out_file))
    try:
        assert read.user_count(copy) == 1
    finally:
        copy.dispose()
    db = open_db(office)
    try:
        event = read.audit_events(db, limit=1)[0]
        assert (event.action, event.actor) == ("database.backup", "admin")
    finally:
        db.dispose()


# --- errors and exit codes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ("bogus",),
        ("user",),
        ("user", "add", "budi", "--name", "Budi", "--as", "admin"),  # no --role
        ("user", "add", "budi", "--role", "raja", "--name", "Budi", "--as", "admin"),
        ("sop", "show", "--format", "xml"),
    ],
)
def test_usage_errors_exit_with_2(capsys, data_dir: Path, argv):
    code, out, err = run(capsys, "--data-dir", str(data_dir), *argv)
    assert code == 2
    assert out == ""
    assert "sopdesk" in err and "kesalahan:" in err
    assert not data_dir.exists()


@pytest.mark.parametrize(
    "argv",
    [("user", "list"), ("check",), ("sop", "show"), ("backup", "x.sqlite3", "--as", "admin")],
)
def test_commands_on_a_missing_database_tell_to_run_init(capsys, data_dir: Path, argv):
    code, out, err = run(capsys, "--data-dir", str(data_dir), *argv)
    assert (code, out) == (1, "")
    assert err.strip() == f"Gagal: Basis data {data_dir / 'sopdesk.sqlite3'} belum ada. Buat dengan 'sopdesk init'."
    assert not data_dir.exists()


def test_a_read_command_never_creates_a_schema_in_an_empty_file(capsys, tmp_path: Path):
    empty = tmp_path / "kosong.sqlite3"
    empty.write_bytes(b"")
    for argv in (("agenda", "list"), ("user", "list"), ("sop", "show")):
        code, out, err = run(capsys, "--db", str(empty), *argv)
        assert (code, out) == (1, ""), err
        assert "kosong" in err and "sopdesk init" in err and "Traceback" not in err
    code, out, err = run(capsys, "--db", str(empty), "check")
    assert code == 1 and "kosong" in err
    assert empty.stat().st_size == 0  # nothing was written into it


def test_a_faked_older_schema_fails_with_a_message_once_and_leaves_no_backups(capsys, office: Path):
    db_file = office / "sopdesk.sqlite3"
    with closing(sqlite3.connect(db_file)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0007'")
        conn.commit()
    before = sorted((office / "backups").glob("*")) if (office / "backups").exists() else []
    for _ in range(3):
        code, out, err = run(capsys, "--data-dir", str(office), "user", "list")
        assert (code, out) == (1, "")
        assert err.startswith("Gagal: Pemutakhiran skema basis data") and "tidak diubah" in err, err
        assert "Traceback" not in err
    after = sorted((office / "backups").glob("*"))
    assert after == before  # no copy left behind per attempt
    with closing(sqlite3.connect(db_file)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0007",)


def test_database_of_a_newer_version_is_refused(capsys, office: Path):
    db_file = office / "sopdesk.sqlite3"
    with closing(sqlite3.connect(db_file)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
        conn.commit()
    code, _, err = run(capsys, "--data-dir", str(office), "user", "list")
    assert code == 1
    assert err.startswith("Gagal: Basis data") and "lebih baru" in err


def test_file_that_is_not_a_database_is_refused(capsys, data_dir: Path):
    data_dir.mkdir()
    (data_dir / "sopdesk.sqlite3").write_bytes(b"bukan basis data" * 100)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "check")
    assert (code, out) == (1, "")
    assert err.startswith(f"Gagal: Berkas {data_dir / 'sopdesk.sqlite3'} bukan basis data SQLite")
    assert "Traceback" not in err


def test_db_option_wins_over_the_data_folder(capsys, tmp_path: Path, data_dir: Path):
    elsewhere = tmp_path / "lain" / "kantor.sqlite3"
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "--db", str(elsewhere), "init")
    assert code == 0
    assert out.startswith(f"Basis data dibuat: {elsewhere} ")
    assert elsewhere.exists()
    assert not (data_dir / "sopdesk.sqlite3").exists()


# --- demo --------------------------------------------------------------------------------------


def test_demo_shows_passwords_once(capsys, office: Path, monkeypatch):
    monkeypatch.setenv("SOPDESK_PASSWORD", ADMIN_PASSWORD)
    code, out, _ = run(capsys, "--data-dir", str(office), "demo", "--as", "admin")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Pengguna demo (kata sandi hanya ditampilkan sekali ini):"
    assert re.fullmatch(r"Surat demo dicatat di buku agenda: \d+", lines[-3])
    assert re.fullmatch(r"Disposisi demo \(Kabag, Kasubag, Staf\): \d+", lines[-2])
    assert re.fullmatch(r"Berkas SP demo: \d+", lines[-1])  # issue 6
    users = {}
    for line in lines[1:-3]:
        match = re.fullmatch(r"  (\S+)\s+(\S+)\s+(\S+)", line)
        assert match, line
        users[match.group(1)] = (match.group(2), match.group(3))
    assert {u: r for u, (r, _) in users.items()} == {
        "kabag": "kabag",
        "kasubag": "kasubag",
        "staf1": "staf",
        "staf2": "staf",
        "pimpinan": "pimpinan",
    }
    db = open_db(office)
    try:
        for username, (role, password) in users.items():
            assert authenticate(db, username, password).actor.role.value == role
        with pytest.raises(AuthenticationFailed):
            authenticate(db, "staf1", users["staf2"][1])
        kabag_official = read.officials(db, lane="kabag")[0]
        assert kabag_official.nama == "Rina Marlina, S.Sos, M.Si"
        # Berkas SP (issue 6): cases at every step, some late, sent back, suspended, finished.
        from sopdesk.domain.cases import CaseStatus

        listed = read.case_items(db, open_only=False)
        steps = {c.current_step for c in listed if c.status.open}
        assert set(range(3, 12)) <= steps
        statuses = {c.status for c in listed}
        assert {CaseStatus.SELESAI, CaseStatus.DITANGGUHKAN, CaseStatus.DIBATALKAN} <= statuses
        assert any(c.returns for c in listed)
        # Standar Pelayanan (issue 16): every case has its SP as far as it got; the signed ones
        # are in the register with their SK; a case sent back to step 4 names what to fix.
        from sopdesk.services import sp

        items = sp.sp_list(db)
        assert {i.case_id for i in items} == {c.id for c in listed}
        signed = {c.id for c in listed if c.status is CaseStatus.SELESAI or (c.status.open and c.current_step > 8)}
        assert {i.case_id for i in items if i.signed_at} == signed
        assert {i.case_id for i in sp.register(db)} <= signed and all(i.sk_nomor for i in sp.register(db))
        back = next(c for c in listed if c.returns and c.status.open and c.current_step == 4)
        view = sp.sp_case_view(db, back.id)
        assert view.last_return is not None and view.last_return.perbaikan
        assert all(len(item.versions) >= 2 for item in view.layanan)
        events = read.summary(db).audit_events
    finally:
        db.dispose()
    code, out, _ = run(capsys, "--data-dir", str(office), "check")
    assert code == 0, out

    # Issue 13: never a second time, never on a database with records.
    code, out, err = run(capsys, "--data-dir", str(office), "demo", "--as", "admin")
    assert (code, out) == (1, "")
    assert "hanya untuk basis data baru" in err and "Tidak ada yang diubah" in err
    db = open_db(office)
    try:
        assert read.user_count(db) == 6
        assert read.summary(db).audit_events == events + 1  # the refused command's login only
    finally:
        db.dispose()


def test_demo_needs_an_administrator(capsys, office: Path, monkeypatch):
    monkeypatch.setenv("SOPDESK_PASSWORD", ADMIN_PASSWORD)
    code, _, err = run(capsys, "--data-dir", str(office), "demo")
    assert code == 2 and "--as" in err
    code, _, _ = run(
        capsys,
        "--data-dir",
        str(office),
        "user",
        "add",
        "siti",
        "--role",
        "kasubag",
        "--name",
        "Siti",
        "--as",
        "admin",
        stdin="sandi-rahasia-1\n",
    )
    assert code == 0
    monkeypatch.setenv("SOPDESK_PASSWORD", "sandi-rahasia-1")
    code, out, err = run(capsys, "--data-dir", str(office), "demo", "--as", "siti")
    assert (code, out) == (1, "")
    assert "tidak berwenang" in err or "hanya dapat diisi oleh administrator" in err


# --- the real program ----------------------------------------------------------------------------


def real_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOPDESK_")}
    env["SOPDESK_DATA_DIR"] = str(tmp_path / "bukan-di-sini")
    return env


def test_installed_command_init_and_exit_codes(tmp_path: Path, data_dir: Path):
    done = subprocess.run(
        [str(SOPDESK), "--data-dir", str(data_dir), "init", "--admin", "admin", "--name", "Admin"],
        input=ADMIN_PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=real_env(tmp_path),
        cwd=tmp_path,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert "Administrator admin dibuat" in done.stdout.splitlines()

    usage = subprocess.run(
        [str(SOPDESK), "--data-dir", str(data_dir), "user", "add"],
        capture_output=True,
        text=True,
        env=real_env(tmp_path),
        cwd=tmp_path,
        timeout=60,
    )
    assert usage.returncode == 2
    assert "kesalahan:" in usage.stderr

    refused = subprocess.run(
        [str(SOPDESK), "--data-dir", str(data_dir), "backup", str(tmp_path / "b.sqlite3"), "--as", "admin"],
        input="bukan-sandinya\n",
        capture_output=True,
        text=True,
        env=real_env(tmp_path),
        cwd=tmp_path,
        timeout=60,
    )
    assert refused.returncode == 1
    assert refused.stderr.strip() == "Gagal: Nama pengguna atau kata sandi salah."
    assert not (tmp_path / "b.sqlite3").exists()


def test_cli_never_loads_qt(capsys, office: Path, tmp_path: Path):
    code = (
        "import sys; from sopdesk.cli import main; "
        f"rc = main(['--data-dir', {str(office)!r}, 'sop', 'show']); "
        "assert rc == 0, rc; "
        "assert 'sopdesk.store.database' in sys.modules; "
        "assert 'PySide6' not in sys.modules, 'Qt was imported'; "
        "assert 'sopdesk.ui' not in sys.modules"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=real_env(tmp_path),
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("SOP 01.048.2017 (versi 1)")
