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
from sopdesk.store.repositories import NewRecipient
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


# --- dispositions ------------------------------------------------------------------------------

DEMO_NOTES = (
    "Pelajari dan siapkan telaahan staf.",
    "Koordinasikan dengan OPD pengirim dan tenaga ahli.",
    "Agar difasilitasi sesuai SOP penyusunan SP.",
    "Jadwalkan ekspose minggu depan.",
    "",
)
RECENT_DAYS = 14


def fill_demo_dispositions(db: Database, today: date | None = None) -> int:
    """Disposition chains Kabag -> Kasubag -> Staf on the demo letters, if there is none yet.

    Letters of the last three weeks go through the services, at the moments they happened:
    some still wait for the Kabag, some are unread, read, passed on, done, and some overdue.
    Older letters are finished chains, written in one transaction (as an import would)."""
    from sopdesk.domain.agenda import LetterStatus
    from sopdesk.domain.disposition import RecipientStatus, Signer, suggest_due_date
    from sopdesk.store.queries import latest_disposition_id, letters, letters_awaiting_disposition_ids, users

    if latest_disposition_id(db):
        return 0
    by_name = {u.username: u for u in users(db)}
    if not all(name in by_name for name in ("kabag", "kasubag", "staf1", "staf2")):
        return 0
    lanes = {o.lane: o for o in officials(db)}
    kabag_o, kasubag_o = lanes.get("kabag"), lanes.get("kasubag")
    if kabag_o is None or kasubag_o is None or not kabag_o.nama or not kasubag_o.nama:
        return 0
    actors = {n: Actor(u.id, u.username, u.role, u.nama) for n, u in by_name.items()}
    today = today or date.today()
    ids = letters_awaiting_disposition_ids(db, limit=1_000_000)
    records = letters(db, ids)
    rng = random.Random(2026)
    recent_from = datetime.combine(today - timedelta(days=RECENT_DAYS), time.min)
    old = [records[i] for i in ids if records[i].received_at < recent_from]
    recent = [records[i] for i in ids if records[i].received_at >= recent_from]
    count = 0

    # Older letters: finished chains in one transaction.
    system = Actor.system()
    with UnitOfWork(db) as uow:
        for letter in old:
            clerk = by_name[rng.choice(("staf1", "staf2"))]
            written = _office_moment(letter.received_at, rng.randrange(0, 2), rng)
            forwarded = _office_moment(written, 1, rng)
            done = _office_moment(forwarded, rng.randrange(1, 6), rng)
            root = uow.dispositions.add(
                letter_id=letter.id,
                parent_id=None,
                parent_recipient_id=None,
                signer=Signer(kabag_o.nama, kabag_o.jabatan, kabag_o.nip, kabag_o.id, by_name["kabag"].id),
                recorded_by_user_id=by_name["kabag"].id,
                recorded_by="kabag",
                recorded_by_nama=kabag_o.nama,
                transcribed=False,
                instructions=("Proses lebih lanjut",),
                catatan=rng.choice(DEMO_NOTES),
                due_date=suggest_due_date(written.date(), letter.urgensi),
                written_at=written,
                recipients=[_demo_recipient(kasubag_o.id, kasubag_o.nama, kasubag_o.jabatan, by_name["kasubag"].id)],
            )
            entry = root.recipients[0]
            child = uow.dispositions.add(
                letter_id=letter.id,
                parent_id=root.id,
                parent_recipient_id=entry.id,
                signer=Signer(kasubag_o.nama, kasubag_o.jabatan, kasubag_o.nip, kasubag_o.id, by_name["kasubag"].id),
                recorded_by_user_id=by_name["kasubag"].id,
                recorded_by="kasubag",
                recorded_by_nama=kasubag_o.nama,
                transcribed=False,
                instructions=("Siapkan bahan",),
                catatan="",
                due_date=suggest_due_date(forwarded.date(), letter.urgensi),
                written_at=forwarded,
                recipients=[_demo_user_recipient(clerk.id, clerk.nama, clerk.role.label)],
            )
            uow.dispositions.update_recipient(
                child.recipients[0].id,
                status=RecipientStatus.SELESAI,
                read_at=forwarded,
                followed_up_at=done,
                done_at=done,
                note="Selesai dikerjakan.",
            )
            uow.dispositions.update_recipient(
                entry.id,
                status=RecipientStatus.SELESAI,
                read_at=written,
                followed_up_at=forwarded,
                done_at=done,
                note="Selesai: semua penerusan selesai.",
            )
            uow.letters.update(letter.id, status=LetterStatus.SELESAI)
            uow.audit.append(
                system,
                "demo.disposition",
                "disposition",
                root.id,
                after={"letter": letter.number, "chain": [root.id, child.id], "status": "selesai"},
            )
            count += 2
        uow.commit()

    # The last three weeks: through the services, step by step.
    from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef
    from sopdesk.services import disposition as disp

    kasubag_ref = RecipientRef(RecipientKind.OFFICIAL, kasubag_o.id, kasubag_o.nama, kasubag_o.jabatan)
    unit_ref = RecipientRef(RecipientKind.UNIT, None, disp.units(db)[0]) if disp.units(db) else None
    now = datetime.now()
    for n, letter in enumerate(recent):
        stage = n % 6  # 0 waits, 1 unread, 2 read, 3 passed on, 4 done by the Staf, 5 followed up
        if stage == 0 or letter.received_at > now - timedelta(hours=1):
            continue
        written = min(_office_moment(letter.received_at, 0, rng), now - timedelta(minutes=50))
        to = (kasubag_ref, unit_ref) if unit_ref and n % 4 == 0 else (kasubag_ref,)
        root = disp.write_disposition(
            db,
            actors["kabag"],
            DispositionInput(
                letter.id,
                to,
                tuple(rng.sample(("Tanggapan dan saran", "Proses lebih lanjut", "Koordinasi/konfirmasikan"), 2)),
                rng.choice(DEMO_NOTES),
            ),
            now=written,
        )
        count += 1
        if stage == 1:
            continue
        read_at = written + timedelta(minutes=20)
        disp.mark_read(db, actors["kasubag"], root.id, now=read_at)
        if stage == 2:
            continue
        staf = actors[rng.choice(("staf1", "staf2"))]
        child = disp.forward_disposition(
            db,
            actors["kasubag"],
            DispositionInput(
                letter.id,
                (RecipientRef(RecipientKind.USER, staf.user_id, staf.nama),),
                ("Siapkan bahan",),
                "Draf telaahan ke saya.",
                parent_id=root.id,
                due_date=root.due_date,
            ),
            now=read_at + timedelta(minutes=10),
        )
        count += 1
        later = read_at + timedelta(minutes=30)
        if stage == 4:
            disp.mark_done(db, staf, child.id, "Telaahan staf sudah diserahkan.", now=later)
        elif stage == 5:
            disp.mark_followed_up(db, staf, child.id, "Sedang dikoordinasikan dengan OPD.", now=later)
    return count


def _office_moment(start: datetime, working_days: int, rng: random.Random) -> datetime:
    """A moment in office hours ``working_days`` after ``start`` (never before it)."""
    from sopdesk.domain.disposition import add_working_days

    day = add_working_days(start.date(), working_days)
    moment = datetime.combine(day, time(8, 0)) + timedelta(minutes=rng.randrange(7 * 60))
    return max(moment, start + timedelta(minutes=15))


def _demo_recipient(official_id: int, nama: str, jabatan: str, user_id: int) -> NewRecipient:
    from sopdesk.domain.disposition import RecipientKind, RecipientRef

    return NewRecipient(RecipientRef(RecipientKind.OFFICIAL, official_id, nama, jabatan), user_id, official_id)


def _demo_user_recipient(user_id: int, nama: str, jabatan: str) -> NewRecipient:
    from sopdesk.domain.disposition import RecipientKind, RecipientRef

    return NewRecipient(RecipientRef(RecipientKind.USER, user_id, nama, jabatan), user_id, None)
