"""``sopdesk demo``: a realistic office to try SOPDesk on (users, officials)."""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sopdesk.domain.errors import Conflict, PermissionDenied
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission, Role
from sopdesk.services import passwords
from sopdesk.store.database import Database
from sopdesk.store.disposition_repository import NewRecipient
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


# What a new database holds before anyone works in it: set-up, its first administrator, logins.
SET_UP_ACTIONS = frozenset(
    {
        "seed.master_data",
        "sop.load_version",
        "sop.reinstate_version",
        "integrity.baseline",
        "record.seal",
        "user.create_first_admin",
        "user.login",
        "user.login_failed",
    }
)


def fill_demo(db: Database, by: Actor) -> list[DemoUser]:
    """Add the demo officials and users to a new database; return their passwords.

    Only an administrator may, and only on a database that holds nothing but its set-up and
    its first administrator: the demo adds accounts with printed passwords and fills in
    officials' names, which must never happen to an office's real records."""
    actor = Actor.system()
    created: list[DemoUser] = []
    by_lane = {o.lane: o for o in officials(db)}
    with UnitOfWork(db) as uow:
        by = uow.authorize(by, Permission.MANAGE_USERS)
        if by.role is not Role.ADMIN:
            raise PermissionDenied("Data demo hanya dapat diisi oleh administrator.")
        worked = uow.audit.count_other_than(SET_UP_ACTIONS)
        users = uow.users.count()
        if worked or users > 1:
            raise Conflict(
                f"Data demo hanya untuk basis data baru yang baru berisi administrator pertamanya; {db.display()} "
                f"sudah berisi {users} pengguna dan {worked} catatan kerja di jejak audit. Tidak ada yang diubah. "
                "Buat basis data terpisah untuk mencoba: sopdesk --db demo.sqlite3 init --admin NAMA --name "
                '"Nama", lalu sopdesk --db demo.sqlite3 demo --as NAMA.'
            )
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
    from sopdesk.store.letter_queries import agenda_ids
    from sopdesk.store.queries import opd_list

    if agenda_ids(db, AgendaQuery(), limit=1):
        return 0
    today = today or date.today()
    rng = random.Random(2017)
    senders = [o.nama for o in opd_list(db, active_only=True)]
    # Registered by the demo's clerks themselves, as in the office: every letter, and every
    # paper printed from it, names a real user (never "Sistem" or a pseudo user).
    from sopdesk.store.queries import users

    staff = [Actor(u.id, u.username, u.role, u.nama) for u in users(db) if u.username in ("staf1", "staf2")]
    if not staff:
        raise ValueError("Pengguna demo staf1/staf2 belum ada: jalankan fill_demo dahulu.")
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
            register_letter(db, rng.choice(staff), letter, now=datetime.now())
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
    from sopdesk.store.disposition_queries import latest_disposition_id, letters_awaiting_disposition_ids
    from sopdesk.store.letter_queries import letters
    from sopdesk.store.queries import users

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


def demo_sp_texts(layanan: str, opd: str, rng: random.Random) -> dict[int, str]:
    """The SP an OPD might send for ``layanan`` (the canonical text of each component; see
    domain/sp.py), with a gap or two for the bureau to find: no step times, no fee basis."""
    from sopdesk.domain.sp import MAKLUMAT
    from sopdesk.domain.sp_papers import DEFAULT_MAKLUMAT

    produk = layanan.replace("Pelayanan ", "").strip()
    days = rng.choice((1, 2, 3, 5, 7))
    fee = rng.random() < 0.3
    texts = {
        1: "- Surat permohonan bermeterai\n- Fotokopi KTP-el pemohon\n- Fotokopi Kartu Keluarga\n"
        + rng.choice(("- Pas foto 3x4 (2 lembar)", "- Surat pengantar RT/RW", "- Bukti pembayaran PBB tahun berjalan")),
        2: "- Pemohon menyerahkan berkas di loket pelayanan | 10 menit\n"
        "- Petugas memeriksa kelengkapan berkas | 30 menit\n"
        f"- Verifikasi dan pemrosesan | {max(1, days - 1)} hari kerja\n"
        "- Penandatanganan oleh pejabat berwenang | 1 hari kerja\n"
        "- Penyerahan produk kepada pemohon",
        3: f"{days} hari kerja\nsejak berkas dinyatakan lengkap",
        4: "- Retribusi | Rp 100.000" if fee else "Tidak dipungut biaya",
        5: f"- Dokumen {produk}",
        6: f"- Datang langsung: loket pengaduan {opd}\n- Telepon: (021) 599{rng.randint(1000, 9999)}\n"
        "- E-mail: pengaduan@tangerangkab.go.id",
        7: "- Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik\n"
        "- Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009",
        8: "- Ruang tunggu\n- Loket pelayanan\n- Komputer dan printer\n- Jalur landai bagi penyandang disabilitas",
        9: "Memahami peraturan di bidang layanan, mampu mengoperasikan komputer, ramah dan komunikatif.",
        10: "Pengawasan oleh atasan langsung secara berjenjang dan oleh Inspektorat Kabupaten Tangerang.",
        11: f"{rng.randint(2, 6)} orang",
        12: "Pelayanan dilaksanakan sesuai standar pelayanan; pemohon dapat mengadukan penyimpangan.",
        13: "Data pemohon dijaga kerahasiaannya; ruang pelayanan dilengkapi APAR dan CCTV.",
        14: "Survei kepuasan masyarakat setiap semester dan evaluasi kinerja pelaksana oleh atasan setiap bulan.",
        MAKLUMAT: DEFAULT_MAKLUMAT,
    }
    return texts


def _demo_document(db: Database, case_id: int, actor: Actor, at: datetime, rng: random.Random) -> None:
    """The SK's signer and the Forum Konsultasi Publik of a demo case (before step 5 ends)."""
    from dataclasses import replace as _replace

    from sopdesk.domain.sp_papers import Participant, Signer
    from sopdesk.services import sp

    view = sp.sp_case_view(db, case_id, now=at)
    doc = view.document
    people = (
        Participant(
            "Pengguna layanan", rng.choice(("Siti Aminah", "Ahmad Fauzi", "Nur Hasanah")), "Warga pengguna layanan"
        ),
        Participant("Pengguna layanan", rng.choice(("Hendra Wijaya", "Rina Kusuma")), "Pelaku usaha"),
        Participant("Ahli/praktisi/akademisi", "Dr. Arif Rahman, M.Si", "Universitas Muhammadiyah Tangerang"),
        Participant("Instansi terkait", "Drs. Agus Salim", "Inspektorat Kabupaten Tangerang"),
        Participant("Organisasi masyarakat sipil", "Yayasan Peduli Publik", "LSM"),
        Participant("Media", "Rudi Hartono", "Tangerang Ekspres"),
    )
    penetap = _replace(
        doc.decree.penetap,
        nama="Dr. H. Andi Wijaya, M.Si",
        nip="197203142000031004",
        pangkat="Pembina Utama Muda (IV/c)",
    )
    document = _replace(
        doc,
        decree=_replace(doc.decree, penetap=penetap),
        fkp=_replace(
            doc.fkp,
            tanggal=at.date(),
            participants=people,
            hasil="Persyaratan dan prosedur disepakati dengan perbaikan redaksi\nWaktu pelayanan disepakati",
            pimpinan=Signer(f"Sekretaris {view.info.opd_nama}", "Hj. Lina Marlina, S.E., M.M.", "197811052005012007"),
            wakil=Signer("Wakil pengguna layanan", people[0].nama),
        ),
    )
    sp.save_document(db, actor, case_id, document, expected_version=doc.version, now=at)


def fill_demo_cases(db: Database, now: datetime | None = None) -> int:
    """Berkas SP at every step: some late, some sent back, some suspended, some finished, one
    cancelled. Opened from the demo letters that submit a rancangan SP, recorded through the
    services with back-dated moments (as a clerk catching up from paper would), if there are
    no cases yet. Returns how many were opened."""
    from dataclasses import replace as _replace

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
    from sopdesk.domain.sp import MAKLUMAT, Fix
    from sopdesk.domain.sp import Source as SpSource
    from sopdesk.domain.sp_papers import DEFAULT_MAKLUMAT
    from sopdesk.services import cases, read, sp
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
    from sopdesk.domain.agenda import AgendaQuery, LetterStatus

    ids = read.agenda_ids(db, AgendaQuery(received_from=(now - timedelta(days=300)).date(), descending=True))
    found = read.letters(db, ids)
    from_opds = [found[i] for i in ids if not found[i].voided and found[i].asal in opd_names]
    letters = [r for r in from_opds if r.perihal in (PERIHAL[0], PERIHAL[4], PERIHAL[5], PERIHAL[1])]
    waiting = [r for r in from_opds if r.status is LetterStatus.BELUM]  # not disposed yet
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
        if stop == 3:  # waiting for the Kabag: a letter she has not disposed yet (else step 3 is done)
            candidates = [r for r in waiting if r.id not in used] or candidates
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
        # The OPD's draft as it came with the letter (before step 4: the first versions).
        started_info = read.case_info(db, case_id)
        opd_nama = started_info.opd_nama if started_info else "OPD"
        for name in layanan:
            sp.save_sections(
                db,
                staf,
                case_id,
                name,
                demo_sp_texts(name, opd_nama, rng),
                expected_version=None,
                source=SpSource.DEMO,
                note="Rancangan OPD",
                now=t,
            )

        def moment(days: float, start: datetime) -> datetime:
            at = cal.add(start, max(0.25, round(days * 4) / 4))
            return min(at, now - timedelta(minutes=5))

        for no in order:
            if no < 3:
                continue
            if no == 3 and cases.case_state(db, case_id, now=now).current_step != 3:
                continue  # the letter was disposed before its case began: step 3 is done already
            step = sop.step(no)
            if no == return_at and not returned and step.returns_to is not None:
                back = moment(waktu[no] * factor * 0.5, t)
                reason = "Rancangan maklumat belum memuat kompensasi pelayanan"
                who = kabag if step.lead_lane == "kabag" else staf
                fixes = (Fix(MAKLUMAT, "", "muat kompensasi bila janji tidak ditepati"), Fix(4, layanan[0]))
                cases.return_case(
                    db, who, case_id, ReturnStep(step.returns_to, reason, at=back, perbaikan=fixes), now=now
                )
                t, returned = back, True
                if step.returns_to == 4:
                    fixed_at = moment(1, t)
                    for name in layanan:
                        texts = {
                            MAKLUMAT: DEFAULT_MAKLUMAT + " Apabila janji tidak ditepati, pemohon berhak atas "
                            "pelayanan ulang tanpa biaya."
                        }
                        if name == layanan[0]:
                            texts[4] = (
                                "Tidak dipungut biaya\nDasar: Peraturan Daerah Kabupaten Tangerang tentang Retribusi"
                            )
                        sp.save_sections(
                            db,
                            kasubag,
                            case_id,
                            name,
                            texts,
                            expected_version=None,
                            source=SpSource.DEMO,
                            note="Perbaikan sesuai pengembalian",
                            now=fixed_at,
                        )
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
            if no == 4 and not returned:
                # The bureau's verification: the jangka waktu made plain, SP4N-LAPOR! added.
                for name in layanan:
                    current = sp.sp_case_view(db, case_id, now=t).of(name).content
                    channels = current.section_text(6) + "\n- SP4N-LAPOR!: www.lapor.go.id"
                    sp.save_sections(
                        db,
                        kasubag,
                        case_id,
                        name,
                        {6: channels},
                        expected_version=None,
                        source=SpSource.DEMO,
                        note="Hasil verifikasi dan ekspose",
                        now=t - timedelta(minutes=30),
                    )
            if no == 5:
                _demo_document(db, case_id, kasubag, t - timedelta(minutes=20), rng)
            cmd = CompleteStep(
                no, at=t, kelengkapan=sop.resolved_kelengkapan(no)[:2], outputs=sop.resolved_output(no)[:1]
            )
            cases.complete_step(db, by_lane.get(step.lead_lane, staf), case_id, cmd, now=now)
            if no == 8:  # signed: the SK gets its number and date
                view = sp.sp_case_view(db, case_id, now=t)
                decree = view.document.decree
                numbered = _replace(decree, nomor=f"800/{rng.randint(100, 999)}/SP/{t.year}", tanggal=t.date())
                sp.save_document(
                    db,
                    staf,
                    case_id,
                    _replace(view.document, decree=numbered),
                    expected_version=view.document.version,
                    now=t,
                )
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
