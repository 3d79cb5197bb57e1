"""A small bureau for disposition tests: the Kabag and Kasubag are officials with users, two
clerks, and letters in the agenda. Shared by the service, store, report, CLI and UI tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sopdesk.domain.agenda import LetterInput, LetterRecord, Urgensi
from sopdesk.domain.records import Actor, OfficialRecord
from sopdesk.domain.roles import Role
from sopdesk.services import agenda, read
from sopdesk.services.master import OfficialInput, save_official
from sopdesk.services.users import NewUser, UserUpdate, add_user, update_user
from sopdesk.store.database import Database
from tests.conftest import PASSWORD, make_users

KABAG = ("Rina Marlina, S.Sos, M.Si", "197503152000122003")
KASUBAG = ("Budi Santoso, S.IP", "198107222006041008")


@dataclass(frozen=True)
class Office:
    db: Database
    actors: dict[str, Actor]  # admin, staf, kasubag, kabag, pimpinan, staf2
    kabag: OfficialRecord
    kasubag: OfficialRecord
    letters: list[LetterRecord]


def make_office(db: Database, *, received: datetime | None = None) -> Office:
    """Users per role; the kabag and kasubag users are the Kabag and Kasubag officials; three
    letters (Biasa, Segera, Sangat Segera) received at ``received`` (default: today 08.00, or
    two hours ago when the test runs before 10.00)."""
    actors = make_users(db)
    admin = actors["admin"]
    staf2 = add_user(db, admin, NewUser("staf2", "Dedi Kurniawan, S.AP", "", Role.STAF, PASSWORD))
    actors["staf2"] = Actor(staf2.id, staf2.username, staf2.role, staf2.nama)
    by_lane = {o.lane: o for o in read.officials(db)}
    for lane, (nama, nip) in (("kabag", KABAG), ("kasubag", KASUBAG)):
        official = by_lane[lane]
        save_official(db, admin, OfficialInput(lane, nama, official.jabatan, nip), official.id)
        user = next(u for u in read.users(db) if u.username == lane)
        update_user(db, admin, UserUpdate(user.id, nama, nip, user.role, True, official.id))
        actors[lane] = Actor(user.id, user.username, user.role, nama)
    by_lane = {o.lane: o for o in read.officials(db)}
    received = received or min(
        datetime.combine(date.today(), datetime.min.time()).replace(hour=8),
        datetime.now().replace(microsecond=0) - timedelta(hours=2),
    )
    letters = [
        agenda.register_letter(
            db,
            actors["staf"],
            LetterInput(
                received,
                asal,
                nomor,
                received.date(),
                perihal,
                kode="065",
                urgensi=urgensi,
                lampiran="1 berkas",
            ),
            now=max(received, datetime.now()),
        ).letter
        for asal, nomor, perihal, urgensi in (
            (
                "Dinas Kesehatan",
                "440/123/Dinkes/2026",
                "Penyampaian rancangan Standar Pelayanan dan Maklumat Pelayanan",
                Urgensi.BIASA,
            ),
            ("Kecamatan Cikupa", "100/5/Kec", "Undangan rapat koordinasi evaluasi pelayanan publik", Urgensi.SEGERA),
            ("Bappeda", "050/9/Bappeda", "Permohonan data survei kepuasan masyarakat", Urgensi.SANGAT_SEGERA),
        )
    ]
    return Office(db, actors, by_lane["kabag"], by_lane["kasubag"], letters)
