"""Several seats editing the same records: a save based on an older version is refused, named
after whoever saved the newer one, and nothing is reverted (issue 12: "the second save silently
undid the first"). Tested with two real processes through the CLI, and at the service level for
every kind of editable record, on SQLite and PostgreSQL. A user deactivated or demoted on one
seat is refused at once on every other."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from sopdesk.domain.agenda import LetterInput
from sopdesk.domain.cases import Resume, StartCase, Suspend
from sopdesk.domain.errors import AccountChanged, StaleRecord
from sopdesk.domain.roles import Role
from sopdesk.services import agenda, cases, read
from sopdesk.services.master import OpdInput, save_opd, set_setting
from sopdesk.services.users import UserUpdate, update_user
from sopdesk.store.database import Database
from tests.conftest import PASSWORD, make_users

ROOT = Path(__file__).resolve().parents[2]


def cli(target: str, *args: str, user: str = "staf") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOPDESK_PASSWORD": PASSWORD}
    return subprocess.run(
        [sys.executable, "-m", "sopdesk", "--db", target, *args, "--as", user],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def shown(target: str, number: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "sopdesk", "--db", target, "agenda", "show", number, "--format", "json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def a_letter(db: Database, actor) -> str:
    received = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    cmd = LetterInput(received, "Dinas Kesehatan", "440/7/Dinkes", received.date(), "Rancangan SP", kode="065")
    return agenda.register_letter(db, actor, cmd).letter.number


def test_two_processes_correct_the_same_letter_and_the_second_is_refused_naming_the_first(db: Database, db_target: str):
    actors = make_users(db)
    number = a_letter(db, actors["staf"])
    base = shown(db_target, number)
    assert base["version"] == 1
    first = cli(
        db_target,
        "agenda",
        "correct",
        number,
        "--reason",
        "Perihal salah ketik",
        "--perihal",
        "Rancangan Standar Pelayanan",
        "--if-version",
        "1",
        user="staf",
    )
    assert first.returncode == 0, first.stderr
    second = cli(
        db_target,
        "agenda",
        "correct",
        number,
        "--reason",
        "Lampiran kurang",
        "--lampiran",
        "2 berkas",
        "--if-version",
        "1",
        user="kasubag",
    )
    assert second.returncode == 1
    assert "Pengguna staf (staf)" in second.stderr and "diubah oleh" in second.stderr
    assert "Traceback" not in second.stderr
    after = shown(db_target, number)
    assert after["perihal"] == "Rancangan Standar Pelayanan"  # nothing reverted
    assert after["lampiran"] == "" and after["version"] == 2  # nothing of the refused save written
    # Based on the version it now shows, the second seat's correction goes through.
    third = cli(
        db_target,
        "agenda",
        "correct",
        number,
        "--reason",
        "Lampiran kurang",
        "--lampiran",
        "2 berkas",
        "--if-version",
        "2",
        user="kasubag",
    )
    assert third.returncode == 0, third.stderr
    final = shown(db_target, number)
    assert (final["perihal"], final["lampiran"], final["version"]) == ("Rancangan Standar Pelayanan", "2 berkas", 3)


def test_two_processes_racing_from_the_same_version_one_wins_and_the_other_is_told(db: Database, db_target: str):
    actors = make_users(db)
    number = a_letter(db, actors["staf"])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOPDESK_PASSWORD": PASSWORD}
    seats = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sopdesk",
                "--db",
                db_target,
                "agenda",
                "correct",
                number,
                "--reason",
                f"Koreksi kursi {n}",
                option,
                value,
                "--if-version",
                "1",
                "--as",
                user,
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n, (option, value, user) in enumerate(
            (("--perihal", "Perihal dari kursi A", "staf"), ("--lampiran", "Lampiran dari kursi B", "kasubag"))
        )
    ]
    results = [(seat.wait(timeout=120), seat.communicate()[1]) for seat in seats]
    codes = sorted(code for code, _ in results)
    assert codes == [0, 1], results
    loser = next(err for code, err in results if code == 1)
    assert "diubah oleh" in loser and "Traceback" not in loser
    final = shown(db_target, number)
    assert final["version"] == 2
    won_a = final["perihal"] == "Perihal dari kursi A"
    assert won_a != (final["lampiran"] == "Lampiran dari kursi B")  # exactly one of the two landed


def test_every_editable_record_refuses_a_stale_save(db: Database):
    actors = make_users(db)
    admin = actors["admin"]
    opd = next(o for o in read.opd_list(db) if o.nama == "Dinas Kesehatan")
    save_opd(db, admin, OpdInput("Dinas Kesehatan", "Dinkes", "dinas", True, opd.version), opd.id)
    with pytest.raises(StaleRecord, match="Administrator"):
        save_opd(db, admin, OpdInput("Dinas Kesehatan", "DKS", "dinas", True, opd.version), opd.id)
    assert next(o for o in read.opd_list(db) if o.id == opd.id).singkatan == "Dinkes"

    staf = next(u for u in read.users(db) if u.username == "staf")
    update_user(db, admin, UserUpdate(staf.id, "Siti Nurhaliza", "", Role.STAF, True, None, staf.version))
    with pytest.raises(StaleRecord):
        update_user(db, admin, UserUpdate(staf.id, "Siti N.", "", Role.STAF, True, None, staf.version))

    set_setting(db, admin, "tempat", "Tigaraksa", expected_version=0)
    with pytest.raises(StaleRecord):
        set_setting(db, admin, "tempat", "Tangerang", expected_version=0)
    assert read.setting(db, "tempat") == "Tigaraksa"

    number = a_letter(db, actors["staf"])
    letter = read.letter_by_number(db, number)
    assert letter is not None
    case_id = cases.start_case(db, actors["staf"], StartCase(letter.id, ("Izin praktik",), opd_id=opd.id)).case_id
    seen = cases.case_state(db, case_id).version
    cases.suspend_case(db, actors["kasubag"], case_id, Suspend("Menunggu data OPD"), expected_version=seen)
    with pytest.raises(StaleRecord, match="kasubag"):
        cases.suspend_case(db, actors["staf"], case_id, Suspend("Menunggu data OPD lagi"), expected_version=seen)
    cases.resume_case(db, actors["staf"], case_id, Resume("Data datang"), expected_version=seen + 1)


def test_a_deactivated_or_demoted_user_is_refused_at_the_next_write(db: Database, db_target: str):
    actors = make_users(db)
    admin, staf = actors["admin"], actors["staf"]
    number = a_letter(db, staf)  # staf logged in as staf and wrote once
    letter = read.letter_by_number(db, number)
    assert letter is not None
    other_seat = Database.connect(db_target)  # the administrator's computer
    try:
        record = next(u for u in read.users(other_seat) if u.id == staf.user_id)
        update_user(other_seat, admin, UserUpdate(record.id, record.nama, "", Role.PIMPINAN, True, None))
        with pytest.raises(AccountChanged, match="Pimpinan") as demoted:
            agenda.void_letter(db, staf, letter.id, "Surat tercatat dua kali")
        assert demoted.value.active and demoted.value.role is Role.PIMPINAN
        record = next(u for u in read.users(other_seat) if u.id == staf.user_id)
        update_user(other_seat, admin, UserUpdate(record.id, record.nama, "", Role.STAF, False, None))
        with pytest.raises(AccountChanged, match="dinonaktifkan") as gone:
            agenda.void_letter(db, staf, letter.id, "Surat tercatat dua kali")
        assert not gone.value.active
        assert not read.letter_by_number(db, number).voided  # type: ignore[union-attr]
    finally:
        other_seat.dispose()
