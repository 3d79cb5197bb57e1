"""Seeding a new database: OPD list, both classification schemes, the officials of each lane."""

from __future__ import annotations

from sopdesk.domain.sop import load_sop_file
from sopdesk.paths import sop_dir
from sopdesk.services import read
from sopdesk.services.master import SCHEMES
from sopdesk.services.setup import initialise
from sopdesk.store.database import Database


def test_seeds_fill_a_new_database():
    db = Database.connect("sqlite://")
    try:
        result = initialise(db, None)
        assert result.report.created is True
        assert result.seeded == {"opd": 62, "classification_code": 9, "official": 5}
        assert [(s.nomor, s.version, s.created) for s in result.sop] == [("01.048.2017", 1, True)]
        actions = [e.action for e in read.audit_events(db)]
        assert sorted(actions) == ["seed.master_data", "sop.load_version"]
    finally:
        db.dispose()


def test_sixty_two_opd(memory_db):
    opd = read.opd_list(memory_db)
    assert len(opd) == 62
    assert len({o.nama for o in opd}) == 62
    assert opd[0].nama == "Sekretariat Daerah"
    assert all(o.active for o in opd)


def test_both_classification_schemes(memory_db):
    codes = read.classification_codes(memory_db)
    assert {c.scheme for c in codes} == set(SCHEMES)
    old = {c.kode: c.uraian for c in read.classification_codes(memory_db, scheme="permendagri-78-2012")}
    new = {c.kode: c.uraian for c in read.classification_codes(memory_db, scheme="permendagri-83-2022")}
    assert old["069"] == "Standar Pelayanan Minimal"
    assert new["000.8.3.3"] == "Standar Operasional Prosedur"
    assert len(old) == 5 and len(new) == 4


def test_one_official_per_lane_that_signs(memory_db):
    officials = read.officials(memory_db)
    by_lane = {o.lane: o for o in officials}
    assert len(officials) == len(by_lane) == 5
    assert set(by_lane) == {"bupati", "sekda", "asda3", "kabag", "kasubag"}
    sop_lanes = {lane.code for lane in load_sop_file(sop_dir() / "01.048.2017.toml").lanes}
    assert set(by_lane) <= sop_lanes
    sekda = by_lane["sekda"]
    # Only what is known to be current is seeded: the SOP's 2017 signer has been Bupati since
    # February 2025, and today's Sekda is a gap the admin fills (Beranda asks for it).
    assert (sekda.jabatan, sekda.nama, sekda.nip) == ("Sekretaris Daerah", "", "")
    assert all(not o.nama for o in officials)
    assert by_lane["bupati"].jabatan == "Bupati Tangerang"


def test_an_old_seed_of_the_2017_sekda_becomes_a_gap_unless_the_admin_confirmed_it(memory_db):
    """A database seeded from the earlier file still names the 2017 signer as Sekda: at the
    next start he becomes a gap again (audited), unless an administrator has edited the record."""
    from sopdesk.services.setup import seed_master_data
    from sopdesk.store.uow import UnitOfWork

    sekda = next(o for o in read.officials(memory_db) if o.lane == "sekda")
    with UnitOfWork(memory_db) as uow:  # as the earlier seed left it
        uow.officials.update(sekda.id, nama="Drs. H. Moch. Maesyal Rasyid, M.Si", nip="196505171986031014")
        uow.commit()
    seed_master_data(memory_db)
    after = next(o for o in read.officials(memory_db) if o.id == sekda.id)
    assert (after.nama, after.nip) == ("", "")
    events = read.audit_events(memory_db, entity="official", entity_id=str(sekda.id))
    assert events[0].action == "official.unconfirmed"
    # Confirmed by the admin (any edit of the record is audited): left alone.
    from sopdesk.services.master import OfficialInput, save_official
    from tests.conftest import make_users

    admin = make_users(memory_db)["admin"]
    save_official(
        memory_db,
        admin,
        OfficialInput("sekda", "Drs. H. Moch. Maesyal Rasyid, M.Si", "Sekretaris Daerah", "196505171986031014"),
        sekda.id,
    )
    seed_master_data(memory_db)
    assert next(o for o in read.officials(memory_db) if o.id == sekda.id).nama == "Drs. H. Moch. Maesyal Rasyid, M.Si"


def test_initialising_twice_duplicates_nothing(memory_db):
    before = (read.summary(memory_db), read.opd_list(memory_db), read.officials(memory_db))
    again = initialise(memory_db, None)
    assert again.report.created is False
    assert again.seeded == {}
    assert [s.created for s in again.sop] == [False]
    assert (read.summary(memory_db), read.opd_list(memory_db), read.officials(memory_db)) == before
