"""The domain's words on screen (statuses, roles, classifications, kinds of event and paper),
in the interface's language.

The domain names these in Indonesian, for the printed record and the command line. On screen
they go through Qt's translator like every other text: each is listed here, marked for lupdate,
and :func:`shown` translates it where it is displayed. A test checks that every member of the
enums shown on screen is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "DomainWords"

WORDS = frozenset(
    str(word)
    for word in (
        # CaseStatus
        QT_TRANSLATE_NOOP("DomainWords", "Berjalan"),
        QT_TRANSLATE_NOOP("DomainWords", "Ditangguhkan"),
        QT_TRANSLATE_NOOP("DomainWords", "Selesai"),
        QT_TRANSLATE_NOOP("DomainWords", "Dibatalkan"),
        # EventKind
        QT_TRANSLATE_NOOP("DomainWords", "Langkah selesai"),
        QT_TRANSLATE_NOOP("DomainWords", "Dikembalikan"),
        QT_TRANSLATE_NOOP("DomainWords", "Dilanjutkan"),
        QT_TRANSLATE_NOOP("DomainWords", "Tenggat diperpanjang"),
        QT_TRANSLATE_NOOP("DomainWords", "Didistribusikan"),
        # RecipientStatus
        QT_TRANSLATE_NOOP("DomainWords", "Belum dibaca"),
        QT_TRANSLATE_NOOP("DomainWords", "Dibaca"),
        QT_TRANSLATE_NOOP("DomainWords", "Ditindaklanjuti"),
        # Role
        QT_TRANSLATE_NOOP("DomainWords", "Administrator"),
        QT_TRANSLATE_NOOP("DomainWords", "Staf"),
        QT_TRANSLATE_NOOP("DomainWords", "Kasubag"),
        QT_TRANSLATE_NOOP("DomainWords", "Kabag Organisasi"),
        QT_TRANSLATE_NOOP("DomainWords", "Pimpinan (hanya baca)"),
        # LetterStatus (its values), and a voided letter
        QT_TRANSLATE_NOOP("DomainWords", "belum didisposisi"),
        QT_TRANSLATE_NOOP("DomainWords", "didisposisi"),
        QT_TRANSLATE_NOOP("DomainWords", "diproses SOP"),
        QT_TRANSLATE_NOOP("DomainWords", "selesai"),
        QT_TRANSLATE_NOOP("DomainWords", "dibatalkan"),
        # Sifat and Urgensi (their values)
        QT_TRANSLATE_NOOP("DomainWords", "Biasa"),
        QT_TRANSLATE_NOOP("DomainWords", "Terbatas"),
        QT_TRANSLATE_NOOP("DomainWords", "Rahasia"),
        QT_TRANSLATE_NOOP("DomainWords", "Sangat Rahasia"),
        QT_TRANSLATE_NOOP("DomainWords", "Segera"),
        QT_TRANSLATE_NOOP("DomainWords", "Sangat Segera"),
        # Sumber (its values)
        QT_TRANSLATE_NOOP("DomainWords", "fisik"),
        QT_TRANSLATE_NOOP("DomainWords", "srikandi"),
        QT_TRANSLATE_NOOP("DomainWords", "email"),
        QT_TRANSLATE_NOOP("DomainWords", "lainnya"),
        # Paper
        QT_TRANSLATE_NOOP("DomainWords", "A4 (210 x 297 mm)"),
        QT_TRANSLATE_NOOP("DomainWords", "F4 / Folio (215 x 330 mm)"),
        QT_TRANSLATE_NOOP("DomainWords", "Setengah folio (215 x 165 mm)"),
        QT_TRANSLATE_NOOP("DomainWords", "Kartu (100 x 150 mm)"),
        # DocumentKind
        QT_TRANSLATE_NOOP("DomainWords", "Dokumen SOP"),
        QT_TRANSLATE_NOOP("DomainWords", "Daftar data induk"),
        QT_TRANSLATE_NOOP("DomainWords", "Buku Agenda"),
        QT_TRANSLATE_NOOP("DomainWords", "Tanda terima surat"),
        QT_TRANSLATE_NOOP("DomainWords", "Kartu kendali"),
        QT_TRANSLATE_NOOP("DomainWords", "Lembar disposisi"),
        QT_TRANSLATE_NOOP("DomainWords", "Kartu penerus disposisi"),
        QT_TRANSLATE_NOOP("DomainWords", "Berkas SP"),
        QT_TRANSLATE_NOOP("DomainWords", "Laporan capaian mutu baku"),
        QT_TRANSLATE_NOOP("DomainWords", "Tanda terima distribusi"),
        QT_TRANSLATE_NOOP("DomainWords", "SK Standar Pelayanan"),
        QT_TRANSLATE_NOOP("DomainWords", "Maklumat Pelayanan"),
        QT_TRANSLATE_NOOP("DomainWords", "Berita Acara FKP"),
        QT_TRANSLATE_NOOP("DomainWords", "Buku Laporan SP"),
        # What each audit action means (domain/audit_words.py)
        QT_TRANSLATE_NOOP("DomainWords", "Dicatat"),
        QT_TRANSLATE_NOOP("DomainWords", "Dikoreksi"),
        QT_TRANSLATE_NOOP("DomainWords", "Dibatalkan"),
        QT_TRANSLATE_NOOP("DomainWords", "Berkas dilampirkan"),
        QT_TRANSLATE_NOOP("DomainWords", "Status surat diperbarui"),
        QT_TRANSLATE_NOOP("DomainWords", "Buku agenda diekspor ke Excel"),
        QT_TRANSLATE_NOOP("DomainWords", "Didisposisi"),
        QT_TRANSLATE_NOOP("DomainWords", "Disposisi tulisan tangan diketik"),
        QT_TRANSLATE_NOOP("DomainWords", "Disposisi diteruskan"),
        QT_TRANSLATE_NOOP("DomainWords", "Disposisi dibaca"),
        QT_TRANSLATE_NOOP("DomainWords", "Disposisi ditindaklanjuti"),
        QT_TRANSLATE_NOOP("DomainWords", "Disposisi diselesaikan"),
        QT_TRANSLATE_NOOP("DomainWords", "Disposisi ditarik"),
        QT_TRANSLATE_NOOP("DomainWords", "Berkas SP dimulai"),
        QT_TRANSLATE_NOOP("DomainWords", "Langkah berkas SP diselesaikan"),
        QT_TRANSLATE_NOOP("DomainWords", "Berkas SP dikembalikan"),
        QT_TRANSLATE_NOOP("DomainWords", "Berkas SP ditangguhkan"),
        QT_TRANSLATE_NOOP("DomainWords", "Berkas SP dilanjutkan"),
        QT_TRANSLATE_NOOP("DomainWords", "Tenggat berkas SP diperpanjang"),
        QT_TRANSLATE_NOOP("DomainWords", "Berkas SP dibatalkan"),
        QT_TRANSLATE_NOOP("DomainWords", "Laporan SP didistribusikan"),
        QT_TRANSLATE_NOOP("DomainWords", "Laporan capaian mutu baku diekspor ke Excel"),
        QT_TRANSLATE_NOOP("DomainWords", "Rancangan standar pelayanan disimpan"),
        QT_TRANSLATE_NOOP("DomainWords", "Rancangan standar pelayanan diimpor dari Word"),
        QT_TRANSLATE_NOOP("DomainWords", "Data SK dan berita acara disimpan"),
        QT_TRANSLATE_NOOP("DomainWords", "Standar pelayanan ditinjau"),
        QT_TRANSLATE_NOOP("DomainWords", "Standar pelayanan ditetapkan"),
        QT_TRANSLATE_NOOP("DomainWords", "Isian SIPP disimpan"),
        QT_TRANSLATE_NOOP("DomainWords", "Isian SIPP diekspor ke Excel"),
        QT_TRANSLATE_NOOP("DomainWords", "Dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "Tanda terima surat dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "Kartu kendali dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "Sidik berkas cetakan dicatat"),
        QT_TRANSLATE_NOOP("DomainWords", "Dokumen SOP dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "Daftar data induk dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "Buku agenda dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "Lembar disposisi dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "Lembar disposisi kosong dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "Kartu penerus disposisi dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "Berkas SP dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "Laporan capaian mutu baku dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "Tanda terima distribusi dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "SK standar pelayanan dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "Maklumat pelayanan dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "Berita acara forum konsultasi publik dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "Buku laporan SP dicetak"),
        QT_TRANSLATE_NOOP("DomainWords", "Pengguna ditambahkan"),
        QT_TRANSLATE_NOOP("DomainWords", "Administrator pertama dibuat"),
        QT_TRANSLATE_NOOP("DomainWords", "Data pengguna diubah"),
        QT_TRANSLATE_NOOP("DomainWords", "Masuk"),
        QT_TRANSLATE_NOOP("DomainWords", "Gagal masuk"),
        QT_TRANSLATE_NOOP("DomainWords", "Kata sandi diganti"),
        QT_TRANSLATE_NOOP("DomainWords", "Kata sandi diatur ulang"),
        QT_TRANSLATE_NOOP("DomainWords", "OPD ditambahkan"),
        QT_TRANSLATE_NOOP("DomainWords", "Data OPD diubah"),
        QT_TRANSLATE_NOOP("DomainWords", "Pejabat ditambahkan"),
        QT_TRANSLATE_NOOP("DomainWords", "Data pejabat diubah"),
        QT_TRANSLATE_NOOP("DomainWords", "Data pejabat perlu dikonfirmasi"),
        QT_TRANSLATE_NOOP("DomainWords", "Kode klasifikasi ditambahkan"),
        QT_TRANSLATE_NOOP("DomainWords", "Kode klasifikasi diubah"),
        QT_TRANSLATE_NOOP("DomainWords", "Pengaturan diubah"),
        QT_TRANSLATE_NOOP("DomainWords", "Hari kerja atau libur ditetapkan"),
        QT_TRANSLATE_NOOP("DomainWords", "Perubahan hari kerja dihapus"),
        QT_TRANSLATE_NOOP("DomainWords", "Basis data dicadangkan"),
        QT_TRANSLATE_NOOP("DomainWords", "Pencadangan basis data gagal"),
        QT_TRANSLATE_NOOP("DomainWords", "Data induk awal dimuat"),
        QT_TRANSLATE_NOOP("DomainWords", "Versi SOP dimuat"),
        QT_TRANSLATE_NOOP("DomainWords", "Versi SOP diberlakukan kembali"),
        QT_TRANSLATE_NOOP("DomainWords", "Pengguna contoh dibuat"),
        QT_TRANSLATE_NOOP("DomainWords", "Pejabat contoh diisi"),
        QT_TRANSLATE_NOOP("DomainWords", "Disposisi contoh dibuat"),
    )
)


def shown(word: str) -> str:
    """A domain word (an enum's label or value) in the interface's language."""
    return QCoreApplication.translate(CONTEXT, word)
