"""What each audit action means, in the office's words: one place for every action the services
write, so a record's history reads "Dicatat oleh Siti Nurhaliza, Senin 1 Desember 2026 09.12"
and not "letter.register oleh staf1 … UTC".

A test (tests/unit/test_audit_words.py) finds every action the services can write and fails
when one has no words here.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sopdesk.domain.dates import BULAN, HARI

ACTION_WORDS: dict[str, str] = {
    # the agenda book
    "letter.register": "Dicatat",
    "letter.correct": "Dikoreksi",
    "letter.void": "Dibatalkan",
    "letter.attach": "Berkas dilampirkan",
    "letter.status": "Status surat diperbarui",
    "agenda.export": "Buku agenda diekspor ke Excel",
    # dispositions
    "disposition.write": "Didisposisi",
    "disposition.transcribe": "Disposisi tulisan tangan diketik",
    "disposition.forward": "Disposisi diteruskan",
    "disposition.read": "Disposisi dibaca",
    "disposition.follow_up": "Disposisi ditindaklanjuti",
    "disposition.done": "Disposisi diselesaikan",
    "disposition.withdraw": "Disposisi ditarik",
    # Berkas SP
    "case.start": "Berkas SP dimulai",
    "case.step_done": "Langkah berkas SP diselesaikan",
    "case.return": "Berkas SP dikembalikan",
    "case.suspend": "Berkas SP ditangguhkan",
    "case.resume": "Berkas SP dilanjutkan",
    "case.extend": "Tenggat berkas SP diperpanjang",
    "case.cancel": "Berkas SP dibatalkan",
    "case.distribute": "Laporan SP didistribusikan",
    "sla.export": "Laporan capaian mutu baku diekspor ke Excel",
    # the Standar Pelayanan
    "sp.save": "Rancangan standar pelayanan disimpan",
    "sp.import": "Rancangan standar pelayanan diimpor dari Word",
    "sp.document": "Data SK dan berita acara disimpan",
    "sp.review": "Standar pelayanan ditinjau",
    "sp.sign": "Standar pelayanan ditetapkan",
    "sp.sipp": "Isian SIPP disimpan",
    "sp.export_sipp": "Isian SIPP diekspor ke Excel",
    # papers
    "print.letter": "Dicetak",
    "print.tanda-terima": "Tanda terima surat dicetak",
    "print.kartu-kendali": "Kartu kendali dicetak",
    "print.sla-xlsx": "Laporan capaian mutu baku diekspor ke Excel",
    "print.file": "Sidik berkas cetakan dicatat",
    "print.sop": "Dokumen SOP dicetak",
    "print.list": "Daftar data induk dicetak",
    "print.agenda": "Buku agenda dicetak",
    "print.disposisi": "Lembar disposisi dicetak",
    "print.disposisi-kosong": "Lembar disposisi kosong dicetak",
    "print.kartu-penerus": "Kartu penerus disposisi dicetak",
    "print.case": "Berkas SP dicetak",
    "print.sla": "Laporan capaian mutu baku dicetak",
    "print.distribusi": "Tanda terima distribusi dicetak",
    "print.sp-sk": "SK standar pelayanan dicetak",
    "print.maklumat": "Maklumat pelayanan dicetak",
    "print.ba-fkp": "Berita acara forum konsultasi publik dicetak",
    "print.buku-laporan": "Buku laporan SP dicetak",
    # users and master data
    "user.create": "Pengguna ditambahkan",
    "user.create_first_admin": "Administrator pertama dibuat",
    "user.update": "Data pengguna diubah",
    "user.login": "Masuk",
    "user.login_failed": "Gagal masuk",
    "user.change_password": "Kata sandi diganti",
    "user.reset_password": "Kata sandi diatur ulang",
    "opd.create": "OPD ditambahkan",
    "opd.update": "Data OPD diubah",
    "official.create": "Pejabat ditambahkan",
    "official.update": "Data pejabat diubah",
    "official.unconfirmed": "Data pejabat perlu dikonfirmasi",
    "classification.create": "Kode klasifikasi ditambahkan",
    "classification.update": "Kode klasifikasi diubah",
    "setting.update": "Pengaturan diubah",
    "calendar.set": "Hari kerja atau libur ditetapkan",
    "calendar.remove": "Perubahan hari kerja dihapus",
    # the system
    "database.backup": "Basis data dicadangkan",
    "database.backup_failed": "Pencadangan basis data gagal",
    "seed.master_data": "Data induk awal dimuat",
    "sop.load_version": "Versi SOP dimuat",
    "sop.reinstate_version": "Versi SOP diberlakukan kembali",
    "demo.user": "Pengguna contoh dibuat",
    "demo.official": "Pejabat contoh diisi",
    "demo.disposition": "Disposisi contoh dibuat",
}

# Actions an earlier SOPDesk wrote and this one no longer does: their events stay in the trail.
LEGACY = frozenset({"print.letter", "sla.export"})

SYSTEM = "system"


def action_words(action: str, after: str | None = None) -> str:
    """The action as a phrase: "Dicatat", "Tanda terima surat dicetak" (a print names its paper,
    from the event's record), or the action's own name when it has no words yet."""
    if action.startswith("print.") and after:
        try:
            label = json.loads(after).get("label")
        except (ValueError, AttributeError):
            label = None
        if isinstance(label, str) and label.strip():
            return f"{label.strip()} dicetak"
    return ACTION_WORDS.get(action, action)


def local_time(at_utc: datetime) -> datetime:
    """An audit moment (stored in UTC, without a zone) in this computer's time."""
    aware = at_utc if at_utc.tzinfo is not None else at_utc.replace(tzinfo=UTC)
    return aware.astimezone().replace(tzinfo=None)


def moment_words(moment: datetime) -> str:
    """ "Senin 1 Desember 2026 09.12" """
    return f"{HARI[moment.weekday()]} {moment.day} {BULAN[moment.month - 1]} {moment.year} {moment:%H.%M}"


def history_line(phrase: str, who: str, at_utc: datetime) -> str:
    """ "Dicatat oleh Siti Nurhaliza, Senin 1 Desember 2026 09.12" (local time)."""
    return f"{phrase} oleh {who}, {moment_words(local_time(at_utc))}"


__all__ = ["ACTION_WORDS", "LEGACY", "SYSTEM", "action_words", "history_line", "local_time", "moment_words"]
