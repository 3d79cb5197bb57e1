"""A Berkas SP with its Standar Pelayanan, for the SP tests (services, store, CLI, reports, UI)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sopdesk.domain.agenda import LetterInput
from sopdesk.domain.cases import CompleteStep, Distribute, ReturnStep, StartCase
from sopdesk.domain.records import Actor
from sopdesk.domain.sp import MAKLUMAT, Fix
from sopdesk.domain.sp_papers import DEFAULT_MAKLUMAT
from sopdesk.services import agenda, cases, sp
from sopdesk.store.database import Database

START = datetime(2025, 3, 3, 9, 0)  # a Monday
LAYANAN = ("Penerbitan Surat Izin Praktik Bidan", "Izin Apotek")

# Who records each step, and when (each a little after the one before).
STEPS = {
    3: ("kabag", START + timedelta(hours=2)),
    4: ("kasubag", START + timedelta(days=10)),
    5: ("kabag", START + timedelta(days=11)),
    6: ("staf", START + timedelta(days=11, hours=4)),
    7: ("staf", START + timedelta(days=14)),
    8: ("staf", START + timedelta(days=15)),
    9: ("staf", START + timedelta(days=15, hours=3)),
    10: ("staf", START + timedelta(days=16)),
    11: ("staf", START + timedelta(days=17)),
}

FULL = {
    1: "- Surat permohonan\n- Fotokopi KTP-el\n- Fotokopi STR Bidan",
    2: "- Pemohon menyerahkan berkas | 10 menit\n- Verifikasi berkas | 1 hari kerja\n- Penandatanganan izin | 1 hari kerja",
    3: "3 hari kerja",
    4: "Tidak dipungut biaya",
    5: "- Surat Izin Praktik Bidan",
    6: "- Telepon: (021) 5991234\n- SP4N-LAPOR!: www.lapor.go.id",
    7: "- Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    8: "- Ruang tunggu\n- Loket pelayanan",
    9: "Memahami peraturan perizinan tenaga kesehatan.",
    10: "Atasan langsung dan Inspektorat.",
    11: "3 orang",
    12: "Pelayanan sesuai standar.",
    13: "Ruang pelayanan dilengkapi APAR.",
    14: "Survei kepuasan masyarakat tiap semester.",
    MAKLUMAT: DEFAULT_MAKLUMAT,
}


def start(db: Database, actors: dict[str, Actor], n: int = 1, layanan: tuple[str, ...] = LAYANAN) -> int:
    record = agenda.register_letter(
        db,
        actors["staf"],
        LetterInput(START, "Dinas Kesehatan", f"440/{n}/Dinkes", START.date(), "Rancangan SP", kode="065"),
    ).letter
    return cases.start_case(db, actors["staf"], StartCase(record.id, layanan)).case_id


def complete(db: Database, actors: dict[str, Actor], case_id: int, step: int, at: datetime | None = None) -> None:
    who, when = STEPS[step]
    if step == 11:
        cases.record_distribution(db, actors["staf"], case_id, Distribute("Dinas Kesehatan", "Ani", at=at or when))
    cases.complete_step(db, actors[who], case_id, CompleteStep(step, at=at or when))


def walk(db: Database, actors: dict[str, Actor], case_id: int, to_step: int) -> None:
    """Complete steps from the current one until the case waits at ``to_step``."""
    current = cases.case_state(db, case_id).current_step
    assert current is not None
    for step in range(current, to_step):
        complete(db, actors, case_id, step)


def fill(db: Database, actor: Actor, case_id: int, layanan: str = LAYANAN[0], **kw: object) -> sp.SpSaved:
    view = sp.sp_case_view(db, case_id)
    return sp.save_sections(
        db,
        actor,
        case_id,
        layanan,
        FULL,
        expected_version=view.of(layanan).record.version,
        **kw,  # type: ignore[arg-type]
    )


def send_back(db: Database, actors: dict[str, Actor], case_id: int, *fixes: Fix, at: datetime | None = None) -> None:
    cases.return_case(
        db,
        actors["kabag"],
        case_id,
        ReturnStep(4, "Perbaiki komponen yang disebut", at=at or STEPS[5][1] - timedelta(hours=1), perbaikan=fixes),
    )
