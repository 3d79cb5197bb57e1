"""``sopdesk demo``: a realistic office to try SOPDesk on (users, officials)."""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Role
from sopdesk.services import passwords
from sopdesk.store.database import Database
from sopdesk.store.queries import officials
from sopdesk.store.uow import UnitOfWork

# Fictional people for a demonstration database only.
DEMO_OFFICIALS = {
    "bupati": ("Drs. H. Ahmad Fauzi, M.Si", ""),
    "asda3": ("Dra. Hj. Sri Wahyuni, M.M", "196804121990032005"),
    "kabag": ("Rina Marlina, S.Sos, M.Si", "197503152000122003"),
    "kasubag": ("Budi Santoso, S.IP", "198107222006041008"),
}

DEMO_USERS: tuple[tuple[str, str, str, Role, str | None], ...] = (
    # username, nama, nip, role, lane of the official the user is
    ("kabag", "Rina Marlina, S.Sos, M.Si", "197503152000122003", Role.KABAG, "kabag"),
    ("kasubag", "Budi Santoso, S.IP", "198107222006041008", Role.KASUBAG, "kasubag"),
    ("staf1", "Siti Nurhaliza, A.Md", "199002142015032001", Role.STAF, None),
    ("staf2", "Dedi Kurniawan, S.AP", "199206302019031002", Role.STAF, None),
    ("pimpinan", "Dra. Hj. Sri Wahyuni, M.M", "196804121990032005", Role.PIMPINAN, "asda3"),
)


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: Role
    password: str


def fill_demo(db: Database) -> list[DemoUser]:
    """Add the demo officials and users that are not there yet; return new passwords."""
    actor = Actor.system()
    created: list[DemoUser] = []
    with UnitOfWork(db) as uow:
        by_lane = {o.lane: o for o in officials(db)}
        for lane_code, (official_nama, official_nip) in DEMO_OFFICIALS.items():
            official = by_lane.get(lane_code)
            if official is None:
                continue
            if not official.nama:
                before, after = uow.officials.update(official.id, nama=official_nama, nip=official_nip)
                uow.audit.append(actor, "demo.official", "official", official.id, before=before, after=after)
        for username, nama, nip, role, lane in DEMO_USERS:
            if uow.users.by_username(username) is not None:
                continue
            password = secrets.token_urlsafe(9)
            official_id = by_lane[lane].id if lane and lane in by_lane else None
            user = uow.users.add(
                username=username,
                nama=nama,
                nip=nip,
                role=role,
                password_hash=passwords.hash_password(password),
                official_id=official_id,
            )
            uow.audit.append(actor, "demo.user", "app_user", user.id, after={"username": username, "role": role.value})
            created.append(DemoUser(username, role, password))
        uow.commit()
    return created


PERIHAL = (
    "Penyampaian rancangan Standar Pelayanan dan Maklumat Pelayanan",
    "Permohonan fasilitasi penyusunan Standar Operasional Prosedur",
    "Undangan rapat koordinasi evaluasi pelayanan publik",
    "Penyampaian laporan capaian Standar Pelayanan Minimal triwulan",
    "Permohonan verifikasi berita acara pembahasan standar pelayanan",
    "Penyampaian revisi maklumat pelayanan",
    "Permohonan data survei kepuasan masyarakat",
    "Penyampaian notulen ekspose rancangan standar pelayanan",
    "Undangan sosialisasi aplikasi SIPP KemenPAN RB",
    "Permohonan narasumber penyusunan analisis jabatan",
)


def fill_demo_letters(db: Database, per_year: int = 400, today: date | None = None) -> int:
    """Two years of realistic incoming mail (last year and this year up to today), if the
    agenda is still empty. Registered through the service, numbers and audit included."""
    from sopdesk.domain.agenda import AgendaQuery, LetterInput, Sifat, Sumber, Urgensi
    from sopdesk.services.agenda import register_letter
    from sopdesk.store.queries import agenda_ids, opd_list

    if agenda_ids(db, AgendaQuery()):
        return 0
    today = today or date.today()
    rng = random.Random(2017)
    senders = [o.nama for o in opd_list(db, active_only=True)]
    clerk = Actor(None, "demo", Role.STAF, "Data demo")
    count = 0
    for year in (today.year - 1, today.year):
        last = today if year == today.year else date(year, 12, 31)
        days = (last - date(year, 1, 2)).days
        moments = sorted(
            datetime.combine(date(year, 1, 2) + timedelta(days=rng.randrange(days + 1)), time(7, 30))
            + timedelta(minutes=rng.randrange(8 * 60))
            for _ in range(per_year if year < today.year else per_year * max(1, last.timetuple().tm_yday) // 365)
        )
        for moment in moments:
            if moment > datetime.now():
                continue
            sender = rng.choice(senders)
            kode = rng.choice(("065", "067", "069")) if year < 2023 else rng.choice(("000.8.3.2", "000.8.3.3"))
            letter = LetterInput(
                received_at=moment,
                asal=sender,
                nomor_surat=f"{rng.randrange(1, 900):03d}/{rng.randrange(1, 999)}/{sender.split()[-1][:6]}/{year}",
                tanggal_surat=(moment - timedelta(days=rng.randrange(4))).date(),
                perihal=rng.choice(PERIHAL),
                sifat=rng.choices(list(Sifat), (85, 10, 4, 1))[0],
                urgensi=rng.choices(list(Urgensi), (70, 22, 8))[0],
                kode=kode,
                sumber=rng.choices((Sumber.FISIK, Sumber.SRIKANDI, Sumber.EMAIL), (60, 30, 10))[0],
                lampiran=rng.choice(("", "1 berkas", "2 berkas", "1 bundel")),
            )
            if letter.sumber is Sumber.SRIKANDI:
                letter = replace(letter, srikandi_no=f"SRK-{year}-{rng.randrange(10**5, 10**6)}")
            register_letter(db, clerk, letter, now=datetime.now())
            count += 1
    return count
