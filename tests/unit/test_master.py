"""Master data edited in Settings: OPD, classification codes, officials, settings."""

from __future__ import annotations

import json

import pytest

from sopdesk.domain.changes import Kind
from sopdesk.domain.errors import Conflict, NotFound, ValidationError
from sopdesk.services import read
from sopdesk.services.master import (
    ClassificationInput,
    OfficialInput,
    OpdInput,
    save_classification,
    save_official,
    save_opd,
    set_setting,
)


def events(db) -> int:
    return read.summary(db).audit_events


def opd_named(db, nama):
    return next(o for o in read.opd_list(db) if o.nama == nama)


def test_new_opd_is_cleaned_saved_and_audited(memory_db, actors):
    before = events(memory_db)
    changes = save_opd(memory_db, actors["admin"], OpdInput("  Dinas   Pariwisata ", " Dispar ", "dinas"))
    opd = opd_named(memory_db, "Dinas Pariwisata")
    assert (opd.singkatan, opd.jenis, opd.active) == ("Dispar", "dinas", True)
    assert changes.touches(Kind.MASTER) and changes.all_of(Kind.MASTER)
    assert events(memory_db) == before + 1
    event = read.audit_events(memory_db, limit=1)[0]
    assert (event.action, event.entity, event.entity_id) == ("opd.create", "opd", str(opd.id))


def test_opd_name_must_be_unique_ignoring_case(memory_db, actors):
    before = (len(read.opd_list(memory_db)), events(memory_db))
    with pytest.raises(Conflict, match="sudah ada"):
        save_opd(memory_db, actors["admin"], OpdInput("sekretariat daerah"))
    assert (len(read.opd_list(memory_db)), events(memory_db)) == before


def test_opd_name_is_required(memory_db, actors):
    with pytest.raises(ValidationError) as info:
        save_opd(memory_db, actors["admin"], OpdInput("   "))
    assert info.value.fields == {"nama": "Nama OPD wajib diisi."}


def test_opd_update_records_before_and_after(memory_db, actors):
    setda = opd_named(memory_db, "Sekretariat Daerah")
    save_opd(
        memory_db, actors["admin"], OpdInput("Sekretariat Daerah", setda.singkatan, setda.jenis, active=False), setda.id
    )
    assert "Sekretariat Daerah" not in [o.nama for o in read.opd_list(memory_db, active_only=True)]
    assert opd_named(memory_db, "Sekretariat Daerah").active is False
    event = read.audit_events(memory_db, limit=1)[0]
    assert event.action == "opd.update"
    assert json.loads(event.before or "") == {"active": True}
    assert json.loads(event.after or "") == {"active": False}


def test_saving_an_unchanged_opd_adds_no_audit_event(memory_db, actors):
    setda = opd_named(memory_db, "Sekretariat Daerah")
    before = events(memory_db)
    save_opd(memory_db, actors["admin"], OpdInput(setda.nama, setda.singkatan, setda.jenis), setda.id)
    assert events(memory_db) == before


def test_renaming_an_opd_to_another_opds_name_is_a_conflict(memory_db, actors):
    setda = opd_named(memory_db, "Sekretariat Daerah")
    with pytest.raises(Conflict):
        save_opd(memory_db, actors["admin"], OpdInput("Inspektorat"), setda.id)
    assert opd_named(memory_db, "Sekretariat Daerah").id == setda.id


def test_missing_opd_is_not_found(memory_db, actors):
    with pytest.raises(NotFound, match="OPD #9999"):
        save_opd(memory_db, actors["admin"], OpdInput("Apa Saja"), 9999)


def test_classification_code_needs_a_known_scheme(memory_db, actors):
    with pytest.raises(ValidationError) as info:
        save_classification(memory_db, actors["admin"], ClassificationInput("buatan-sendiri", "", ""))
    assert info.value.fields == {
        "kode": "Kode wajib diisi.",
        "uraian": "Uraian wajib diisi.",
        "scheme": "Pilih salah satu set kode klasifikasi.",
    }


def test_classification_code_is_unique_per_scheme(memory_db, actors):
    with pytest.raises(Conflict):
        save_classification(memory_db, actors["admin"], ClassificationInput("permendagri-78-2012", "060", "Dobel"))
    # The same code in the other scheme is a different code.
    save_classification(memory_db, actors["admin"], ClassificationInput("permendagri-83-2022", "060", "Lain"))
    assert len(read.classification_codes(memory_db, scheme="permendagri-83-2022")) == 5


def test_official_nip_is_checked_and_normalised(memory_db, actors):
    with pytest.raises(ValidationError) as info:
        save_official(memory_db, actors["admin"], OfficialInput("kabag", "Rina", "Kabag", "1975"))
    assert info.value.fields == {"nip": "NIP harus 18 angka."}
    kabag = read.officials(memory_db, lane="kabag")[0]
    save_official(
        memory_db,
        actors["admin"],
        OfficialInput("kabag", " Rina  Marlina ", kabag.jabatan, "19750315 200012 2 003"),
        kabag.id,
    )
    updated = read.officials(memory_db, lane="kabag")[0]
    assert (updated.nama, updated.nip) == ("Rina Marlina", "197503152000122003")


def test_settings_are_stored_and_only_real_changes_are_audited(memory_db, actors):
    before = events(memory_db)
    set_setting(memory_db, actors["admin"], "kertas", {"ukuran": "F4"})
    assert read.setting(memory_db, "kertas") == {"ukuran": "F4"}
    set_setting(memory_db, actors["admin"], "kertas", {"ukuran": "F4"})
    assert events(memory_db) == before + 1
    set_setting(memory_db, actors["admin"], "kertas", {"ukuran": "A4"})
    assert events(memory_db) == before + 2
    assert read.setting(memory_db, "kertas") == {"ukuran": "A4"}
    with pytest.raises(ValidationError):
        set_setting(memory_db, actors["admin"], "", 1)
