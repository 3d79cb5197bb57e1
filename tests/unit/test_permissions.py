"""Services enforce the permission matrix: a refused action writes nothing, not even audit."""

from __future__ import annotations

from pathlib import Path

import pytest

from sopdesk.domain.errors import PermissionDenied
from sopdesk.domain.roles import Role
from sopdesk.domain.sop import load_sop_file
from sopdesk.paths import sop_dir
from sopdesk.services import read
from sopdesk.services.maintenance import backup
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
from sopdesk.services.users import NewUser, UserUpdate, add_user, reset_password, update_user
from tests.conftest import PASSWORD


def snapshot(db):
    return read.summary(db), read.opd_list(db), read.officials(db), read.setting(db, "kop_surat")


def attempts(db, actors, tmp_path: Path):
    """Every write a read-only user might try, as (name, callable taking an actor)."""
    staf_id = actors["staf"].user_id
    return {
        "add_user": lambda a: add_user(db, a, NewUser("baru", "Baru", "", Role.STAF, PASSWORD)),
        "update_user": lambda a: update_user(db, a, UserUpdate(staf_id, "Nama Lain", "", Role.ADMIN, True, None)),
        "reset_password": lambda a: reset_password(db, a, staf_id, "sandi-baru-123"),
        "save_opd": lambda a: save_opd(db, a, OpdInput("Dinas Baru", "DB", "dinas")),
        "rename_opd": lambda a: save_opd(db, a, OpdInput("Nama Lain"), opd_id=1),
        "save_classification": lambda a: save_classification(
            db, a, ClassificationInput("permendagri-83-2022", "000.9", "Lain")
        ),
        "save_official": lambda a: save_official(db, a, OfficialInput("bupati", "Orang Lain", "Bupati", "")),
        "set_setting": lambda a: set_setting(db, a, "kop_surat", "palsu"),
        "load_sop": lambda a: load_definition(db, a, load_sop_file(sop_dir() / "01.048.2017.toml")),
        "backup": lambda a: backup(db, a, tmp_path / "cadangan.sqlite3"),
    }


ACTIONS = [
    "add_user",
    "update_user",
    "reset_password",
    "save_opd",
    "rename_opd",
    "save_classification",
    "save_official",
    "set_setting",
    "load_sop",
    "backup",
]


@pytest.mark.parametrize("action", ACTIONS)
def test_pimpinan_is_refused_and_nothing_is_written(memory_db, actors, tmp_path, action):
    before = snapshot(memory_db)
    with pytest.raises(PermissionDenied, match=r"^Peran Pimpinan \(hanya baca\) tidak berwenang "):
        attempts(memory_db, actors, tmp_path)[action](actors["pimpinan"])
    assert snapshot(memory_db) == before
    assert not (tmp_path / "cadangan.sqlite3").exists()


@pytest.mark.parametrize(
    ("role", "action"),
    [
        ("staf", "save_opd"),
        ("staf", "backup"),
        ("staf", "add_user"),
        ("kasubag", "add_user"),
        ("kasubag", "set_setting"),
        ("kabag", "save_official"),
        ("kabag", "load_sop"),
    ],
)
def test_other_roles_are_refused_outside_their_duties(memory_db, actors, tmp_path, role, action):
    before = snapshot(memory_db)
    with pytest.raises(PermissionDenied):
        attempts(memory_db, actors, tmp_path)[action](actors[role])
    assert snapshot(memory_db) == before


def test_kasubag_maintains_master_data(memory_db, actors, tmp_path):
    before = read.summary(memory_db).audit_events
    act = attempts(memory_db, actors, tmp_path)
    act["save_opd"](actors["kasubag"])
    act["save_classification"](actors["kasubag"])
    act["save_official"](actors["kasubag"])
    assert read.summary(memory_db).audit_events == before + 3
    assert "Dinas Baru" in [o.nama for o in read.opd_list(memory_db)]
    assert ("permendagri-83-2022", "000.9") in [(c.scheme, c.kode) for c in read.classification_codes(memory_db)]
    assert "Orang Lain" in [o.nama for o in read.officials(memory_db, lane="bupati")]
