"""Creating or upgrading a database and seeding it from ``database/seeds`` and the SOP files."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from sopdesk.domain.records import Actor
from sopdesk.domain.validation import clean_text, normalise_nip
from sopdesk.paths import seeds_dir, sop_dir
from sopdesk.services.sop import SopLoadResult, load_directory
from sopdesk.store.database import Database, OpenReport
from sopdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class InitResult:
    report: OpenReport
    seeded: dict[str, int]
    sop: list[SopLoadResult]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            {k.strip(): (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(line for line in fh if not line.startswith("#"))
        ]


def seed_master_data(db: Database, seeds: Path | None = None) -> dict[str, int]:
    """Fill empty master tables from the seed files; tables with data are left alone."""
    seeds = seeds or seeds_dir()
    actor = Actor.system()
    counts: dict[str, int] = {}
    with UnitOfWork(db) as uow:
        if uow.opd.count() == 0:
            rows = _rows(seeds / "opd.csv")
            for r in rows:
                uow.opd.add(nama=clean_text(r["nama"]), singkatan=r["singkatan"], jenis=r["jenis"])
            counts["opd"] = len(rows)
        if uow.classification.count() == 0:
            rows = _rows(seeds / "klasifikasi.csv")
            for r in rows:
                uow.classification.add(scheme=r["skema"], kode=r["kode"], uraian=r["uraian"])
            counts["classification_code"] = len(rows)
        if uow.officials.count() == 0:
            rows = _rows(seeds / "pejabat.csv")
            for r in rows:
                uow.officials.add(
                    lane=r["lajur"],
                    nama=clean_text(r["nama"]),
                    jabatan=r["jabatan"],
                    nip=normalise_nip(r["nip"]),
                    pangkat=clean_text(r.get("pangkat", "")),
                )
            counts["official"] = len(rows)
        if counts:
            uow.audit.append(actor, "seed.master_data", "database", None, after={"counts": counts})
        else:
            _withdraw_unconfirmed_seeds(uow, actor)
        uow.commit()
    return counts


# Officials that earlier seed files printed as current although they were not: (lane, nama, NIP).
# SOP 01.048.2017's signer, Sekda in 2017, has been Bupati since February 2025.
UNCONFIRMED_SEEDS = (("sekda", "Drs. H. Moch. Maesyal Rasyid, M.Si", "196505171986031014"),)


def _withdraw_unconfirmed_seeds(uow: UnitOfWork, actor: Actor) -> None:
    """On a database seeded from an earlier file: an official still exactly as that seed wrote
    him, never edited or confirmed by the admin, becomes a gap to fill again (audited), so no
    paper names him as today's holder of the lane."""
    for lane, nama, nip in UNCONFIRMED_SEEDS:
        for official in uow.officials.by_lane(lane):
            if official.nama != nama or official.nip != nip or uow.audit.touched("official", official.id):
                continue
            before, after = uow.officials.update(official.id, nama="", nip="")
            uow.audit.append(
                actor,
                "official.unconfirmed",
                "official",
                official.id,
                before=before,
                after={**after, "alasan": "nama dari data awal lama belum dikonfirmasi sebagai pejabat sekarang"},
            )


def load_reference_data(db: Database) -> tuple[dict[str, int], list[SopLoadResult]]:
    """On an opened (up-to-date) database: seed the empty master tables, load new SOP versions."""
    return seed_master_data(db), load_directory(db, Actor.system(), sop_dir())


def initialise(db: Database, backup_dir: Path | None) -> InitResult:
    """Migrate (after a backup), seed master data once, load new SOP versions."""
    report = db.open(backup_dir)
    return InitResult(report, *load_reference_data(db))
