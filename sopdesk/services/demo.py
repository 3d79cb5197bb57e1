"""``sopdesk demo``: a realistic office to try SOPDesk on (users, officials)."""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

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


# --- Berkas SP (issue 6) -----------------------------------------------------------------------

# (step the case waits at, or 12 for finished, 0 for cancelled; what else happens to it)
DEMO_CASES: tuple[tuple[int, str], ...] = (
    (3, ""),
    (3, "late"),
    (4, ""),
    (4, "late"),
    (4, "suspended"),
    (4, "returned"),
    (4, "extended"),
    (5, ""),
    (5, "returned"),
    (6, "late"),
    (7, ""),
    (7, "returned"),
    (8, "late"),
    (9, ""),
    (10, ""),
    (10, "late"),
    (11, ""),
    (12, ""),
    (12, "returned"),
    (12, "late"),
    (12, "suspended"),
    (0, ""),
)
DEMO_LAYANAN = (
    "Pelayanan izin praktik tenaga kesehatan",
    "Pelayanan KTP-el",
    "Pelayanan akta kelahiran",
    "Pelayanan izin usaha mikro",
    "Pelayanan perizinan bangunan gedung",
    "Pelayanan administrasi kependudukan di kecamatan",
    "Pelayanan rekomendasi teknis",
    "Pelayanan pengaduan masyarakat",
)
RECEIVERS = ("Ani Suryani", "Bambang Hermawan", "Dewi Lestari", "Rudi Hartono", "Yuli Astuti")


def fill_demo_cases(db: Database, now: datetime | None = None) -> int:
    """Berkas SP at every step: some late, some sent back, some suspended, some finished, one
    cancelled. Opened from the demo letters that submit a rancangan SP, recorded through the
    services with back-dated moments (as a clerk catching up from paper would), if there are
    no cases yet. Returns how many were opened."""
    from sopdesk.domain.cases import (
        Cancel,
        CompleteStep,
        Distribute,
        Extend,
        Resume,
        ReturnStep,
        StartCase,
        Suspend,
    )
    from sopdesk.services import cases, read
    from sopdesk.services.calendar import work_calendar

    if read.case_items(db, open_only=False):
        return 0
    now = (now or datetime.now()).replace(microsecond=0)
    cal = work_calendar(db)
    sop = read.sop_definition(db)
    if sop is None:
        return 0
    users = {u.username: u for u in read.users(db)}

    def actor(username: str, role: Role) -> Actor:
        user = users.get(username)
        return Actor(user.id, user.username, user.role, user.nama) if user else Actor(None, username, role, username)

    staf, kasubag, kabag = actor("staf1", Role.STAF), actor("kasubag", Role.KASUBAG), actor("kabag", Role.KABAG)
    by_lane = {"kabag": kabag, "kasubag": kasubag}
    opd_names = {o.nama for o in read.opd_list(db)}
    from sopdesk.domain.agenda import AgendaQuery

    ids = read.agenda_ids(db, AgendaQuery(received_from=(now - timedelta(days=300)).date(), descending=True))
    letters = [
        r
        for i in ids
        for r in [read.letters(db, [i])[i]]
        if not r.voided and r.asal in opd_names and r.perihal in (PERIHAL[0], PERIHAL[4], PERIHAL[5], PERIHAL[1])
    ]
    rng = random.Random(2017)
    order = [s.no for s in sop.steps]
    waktu = {s.no: float(s.waktu_hari) for s in sop.steps}
    opened = 0
    used: set[int] = set()
    for target, twist in DEMO_CASES:
        stop = target if target in order else (order[-1] + 1 if target else 4)
        # A case sent back first goes as far as the step that returns it.
        return_at = (5 if stop <= 6 else min(stop - 1, 7)) if twist == "returned" else None
        furthest = max(stop, (return_at or 0) + 1)
        before = sum(waktu[n] for n in order if 3 <= n < furthest)
        extra = 4.0 if twist in ("returned", "suspended") else 0.0
        pace = 1.3 if twist == "late" and stop > order[-1] else 0.85
        slack = waktu.get(stop, 1.0) * (rng.uniform(1.4, 2.2) if twist == "late" else rng.uniform(0.1, 0.6))
        if stop > order[-1]:
            slack = rng.uniform(2, 25)
        desired = before * pace + extra + slack
        candidates = [r for r in letters if r.id not in used and cal.between(r.received_at, now) >= desired * 0.9]
        if not candidates:
            continue
        letter = min(candidates, key=lambda r: abs(cal.between(r.received_at, now) - desired))
        used.add(letter.id)
        available = cal.between(letter.received_at, now)
        factor = max(0.35, min(1.6, (available - slack - extra) / before)) if before else 1.0
        layanan = tuple(rng.sample(DEMO_LAYANAN, rng.choice((1, 1, 2))))
        case_id = cases.start_case(db, staf, StartCase(letter.id, layanan), now=now).case_id
        opened += 1
        t = cases.case_state(db, case_id, now=now).events[-1].at
        returned = suspended = False

        def moment(days: float, start: datetime) -> datetime:
            at = cal.add(start, max(0.25, round(days * 4) / 4))
            return min(at, now - timedelta(minutes=5))

        for no in order:
            if no < 3:
                continue
            step = sop.step(no)
            if no == return_at and not returned and step.returns_to is not None:
                back = moment(waktu[no] * factor * 0.5, t)
                reason = "Rancangan maklumat belum memuat kompensasi pelayanan"
                who = kabag if step.lead_lane == "kabag" else staf
                cases.return_case(db, who, case_id, ReturnStep(step.returns_to, reason, at=back), now=now)
                t, returned = back, True
                if stop <= step.returns_to:
                    break
                for redo in order[order.index(step.returns_to) : order.index(no)]:
                    t = moment(min(waktu[redo], 3) * factor, t)
                    lead = sop.step(redo).lead_lane
                    cases.complete_step(db, by_lane.get(lead, staf), case_id, CompleteStep(redo, at=t), now=now)
            if no >= stop and (return_at is None or returned or no > return_at):
                break
            duration = waktu[no] * factor * rng.uniform(0.8, 1.15)
            if no == 4 and twist == "suspended":
                held = moment(duration * 0.4, t)
                cases.suspend_case(db, staf, case_id, Suspend("Menunggu perbaikan data dari OPD", at=held), now=now)
                t = moment(3, held)
                cases.resume_case(db, staf, case_id, Resume("Data perbaikan diterima", at=t), now=now)
                suspended = True
            if no == order[-1]:
                handed = moment(duration * 0.6, t)
                info = read.case_info(db, case_id)
                receiver = rng.choice(RECEIVERS)
                to = info.opd_nama if info else "OPD"
                cases.record_distribution(db, staf, case_id, Distribute(to, receiver, at=handed), now=now)
                t, duration = handed, duration * 0.4
            t = moment(duration, t)
            cmd = CompleteStep(
                no, at=t, kelengkapan=sop.resolved_kelengkapan(no)[:2], outputs=sop.resolved_output(no)[:1]
            )
            cases.complete_step(db, by_lane.get(step.lead_lane, staf), case_id, cmd, now=now)
        state = cases.case_state(db, case_id, now=now)
        if twist == "suspended" and state.status.open and not suspended:
            held = max(t, now - timedelta(days=2))
            reason = "Menunggu berita acara pembahasan dari OPD"
            cases.suspend_case(db, staf, case_id, Suspend(reason, at=held), now=now)
        if twist == "extended" and state.status.open:
            cases.extend_case(db, kasubag, case_id, Extend(Decimal(5), "Jadwal ekspose diundur oleh OPD"), now=now)
        if target == 0:
            cases.cancel_case(db, kabag, case_id, Cancel("OPD menarik usulan untuk diperbaiki menyeluruh"), now=now)
    return opened
