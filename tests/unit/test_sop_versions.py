"""Loading SOP definitions: the same file twice is one version; a change is a new version."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from sopdesk.domain.errors import SopDefinitionError
from sopdesk.domain.records import Actor
from sopdesk.domain.sop import load_sop_file, parse_sop
from sopdesk.paths import sop_dir
from sopdesk.services import read
from sopdesk.services.sop import load_definition, load_directory
from sopdesk.store.uow import UnitOfWork

SOP_FILE = sop_dir() / "01.048.2017.toml"
NOMOR = "01.048.2017"


def changed_text() -> str:
    """The shipped SOP with step 11 (Pendistribusian) shortened from 5 to 3 days."""
    text = SOP_FILE.read_text(encoding="utf-8")
    head, sep, tail = text.rpartition("waktu_hari = 5")
    assert sep
    return head + "waktu_hari = 3" + tail


def test_initialised_database_holds_version_1(memory_db):
    versions = read.sop_versions(memory_db, NOMOR)
    assert [(v.version, v.current) for v in versions] == [(1, True)]
    assert versions[0].source.endswith("01.048.2017.toml")
    assert read.sop_definition(memory_db, nomor=NOMOR) == load_sop_file(SOP_FILE)


def test_loading_the_same_file_again_makes_no_new_version(memory_db):
    events = read.summary(memory_db).audit_events
    result = load_definition(memory_db, Actor.system(), load_sop_file(SOP_FILE))
    assert (result.nomor, result.version, result.created) == (NOMOR, 1, False)
    assert [r.created for r in load_directory(memory_db, Actor.system(), sop_dir())] == [False]
    assert len(read.sop_versions(memory_db, NOMOR)) == 1
    assert read.summary(memory_db).audit_events == events


def test_a_changed_definition_becomes_version_2_and_version_1_is_kept(memory_db, actors):
    v1 = read.sop_versions(memory_db, NOMOR)[0]
    events = read.summary(memory_db).audit_events

    result = load_definition(memory_db, actors["admin"], parse_sop(changed_text(), "baru.toml"))
    assert (result.version, result.created) == (2, True)
    assert read.summary(memory_db).audit_events == events + 1
    event = read.audit_events(memory_db, limit=1)[0]
    assert (event.action, event.actor) == ("sop.load_version", "admin")

    versions = read.sop_versions(memory_db, NOMOR)
    assert [(v.version, v.current) for v in versions] == [(1, False), (2, True)]
    current = read.sop_definition(memory_db, nomor=NOMOR)
    assert current is not None
    assert current.step(11).waktu_hari == Decimal(3)
    assert current.total_waktu_hari == Decimal("40.5")

    # A case that started on version 1 still sees version 1's content.
    old = read.sop_definition(memory_db, version_id=v1.id)
    assert old == load_sop_file(SOP_FILE)
    assert old is not None and old.total_waktu_hari == Decimal("42.5")

    # Loading the changed file again is still version 2.
    again = load_definition(memory_db, actors["admin"], parse_sop(changed_text(), "baru.toml"))
    assert (again.version, again.created) == (2, False)


def test_a_file_restored_to_an_earlier_content_puts_that_version_back_in_force(memory_db, actors):
    """Reverting the TOML (say, a change withdrawn) brings version 1 back for new cases; no
    third version with version 1's content is made, and the change of version is audited."""
    load_definition(memory_db, actors["admin"], parse_sop(changed_text(), "baru.toml"))
    assert [(v.version, v.current) for v in read.sop_versions(memory_db, NOMOR)] == [(1, False), (2, True)]

    result = load_definition(memory_db, actors["admin"], load_sop_file(SOP_FILE))
    assert (result.version, result.created, result.reinstated) == (1, False, True)
    assert [(v.version, v.current) for v in read.sop_versions(memory_db, NOMOR)] == [(1, True), (2, False)]
    assert read.sop_definition(memory_db, nomor=NOMOR) == load_sop_file(SOP_FILE)
    assert read.sop_definition(memory_db) == load_sop_file(SOP_FILE)
    version_1 = read.sop_versions(memory_db, NOMOR)[0].id
    with UnitOfWork(memory_db) as uow:  # what a new Berkas SP is started on
        assert uow.cases.current_sop_version_id() == version_1
    event = read.audit_events(memory_db, limit=1)[0]
    assert (event.action, event.actor) == ("sop.reinstate_version", "admin")
    assert json.loads(event.before or "{}") == {"version_in_force": 2}
    assert json.loads(event.after or "{}")["version_in_force"] == 1

    # Starting again with the restored file changes nothing; the change file again is version 2.
    events = read.summary(memory_db).audit_events
    assert [(r.version, r.created, r.reinstated) for r in load_directory(memory_db, Actor.system(), sop_dir())] == [
        (1, False, False)
    ]
    assert read.summary(memory_db).audit_events == events
    again = load_definition(memory_db, actors["admin"], parse_sop(changed_text(), "baru.toml"))
    assert (again.version, again.created, again.reinstated) == (2, False, True)
    assert [(v.version, v.current) for v in read.sop_versions(memory_db, NOMOR)] == [(1, False), (2, True)]


def test_unknown_version_gives_nothing(memory_db):
    assert read.sop_definition(memory_db, version_id=9999) is None
    assert read.sop_definition(memory_db, nomor="99.999.2099") is None


def test_a_bad_file_in_the_directory_stops_loading(memory_db, tmp_path: Path):
    (tmp_path / "01.toml").write_text(changed_text(), encoding="utf-8")
    (tmp_path / "02.toml").write_text("[sop\n", encoding="utf-8")
    with pytest.raises(SopDefinitionError) as info:
        load_directory(memory_db, Actor.system(), tmp_path)
    assert info.value.file == str(tmp_path / "02.toml")
    assert info.value.line == 1
