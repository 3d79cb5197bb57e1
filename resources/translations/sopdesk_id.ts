<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id_ID">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="403"/>
        <source>Cari perihal, asal, nomor surat, isi ringkas, keterangan… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="409"/>
        <source>Semua bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="414"/>
        <source>Semua sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="419"/>
        <source>Semua urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="425"/>
        <source>Semua asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="430"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="433"/>
        <source>Catat Surat (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="435"/>
        <source>Batalkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="440"/>
        <source>Tanda Terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="442"/>
        <source>Kartu Kendali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="446"/>
        <source>Ekspor Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="448"/>
        <source>Impor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="460"/>
        <source>Koreksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="463"/>
        <source>Lampirkan Berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="469"/>
        <source>Klik dua kali untuk membuka (isi diperiksa dengan SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="496"/>
        <source>Lampiran (pindaian, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="515"/>
        <location filename="../../sopdesk/ui/agenda.py" line="856"/>
        <source>Buku Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="520"/>
        <source>Catat surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="524"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="527"/>
        <location filename="../../sopdesk/ui/agenda.py" line="858"/>
        <location filename="../../sopdesk/ui/agenda.py" line="894"/>
        <source>Ekspor Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="582"/>
        <source>Semua tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="611"/>
        <source>%1 surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="688"/>
        <source>Lampirkan berkas ke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="690"/>
        <source>Pindaian atau PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="699"/>
        <source>Lampiran tidak disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="713"/>
        <source>Lampiran tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="805"/>
        <source>Tercatat dengan nomor agenda %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="831"/>
        <source>Batalkan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="832"/>
        <source>Alasan pembatalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="858"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="872"/>
        <source>Mengekspor ke %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="885"/>
        <source>%1 surat diekspor ke %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="895"/>
        <source>Buku agenda tidak dapat diekspor ke %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="924"/>
        <source>%1 surat diimpor dari Excel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="117"/>
        <source>Ubah Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="117"/>
        <source>Tambah Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="121"/>
        <source>Set kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="125"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="126"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="127"/>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentJob</name>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="96"/>
        <source>Menyiapkan %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="96"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="121"/>
        <source>Halaman %1 dari %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="136"/>
        <source>Dokumen tidak dapat dibuat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="215"/>
        <source>Ubah Pengguna %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="217"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="218"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="219"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="222"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="223"/>
        <source>— bukan pejabat —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="226"/>
        <source>Aktif (boleh masuk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="136"/>
        <source>SOPDesk — Penyiapan Pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="139"/>
        <source>Selamat datang di SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="142"/>
        <source>Basis data baru dibuat di %1. Isi data administrator pertama: ia dapat menambah pengguna lain dan mengubah data induk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="154"/>
        <source>18 angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="163"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="164"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="165"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="166"/>
        <source>Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="167"/>
        <source>Ulangi kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="169"/>
        <source>Menyiapkan basis data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="173"/>
        <source>Simpan dan Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="173"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="191"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="50"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="60"/>
        <source>OPD terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="61"/>
        <source>Pejabat pemegang lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="62"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="63"/>
        <source>Peristiwa jejak audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="79"/>
        <source>Selamat bekerja, %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="88"/>
        <source>SOP berlaku: %1 versi %2 — %3; %4 langkah, mutu baku %5 hari kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="105"/>
        <source>Perlu dilengkapi: nama pejabat (Pengaturan › Pejabat) untuk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="56"/>
        <source>Impor Buku Agenda dari Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="67"/>
        <source>Belum ada berkas dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="68"/>
        <source>Pilih Berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="79"/>
        <source>Data surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="79"/>
        <source>Kolom di buku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="79"/>
        <source>Isi tetap bila kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="112"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="282"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="287"/>
        <source>Baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="112"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="287"/>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="112"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="287"/>
        <source>Pesan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="120"/>
        <source>Periksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="123"/>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="126"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="134"/>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="135"/>
        <source>Lembar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="140"/>
        <source>Pratinjau baris pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="142"/>
        <source>Hasil pemeriksaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="169"/>
        <source>Tanggal Terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="170"/>
        <source>Asal Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="171"/>
        <source>Nomor Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="172"/>
        <source>Tanggal Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="173"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="174"/>
        <source>Isi Ringkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="175"/>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="176"/>
        <source>Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="177"/>
        <source>Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="178"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="179"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="180"/>
        <source>No. Srikandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="181"/>
        <source>Diteruskan Kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="182"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="183"/>
        <source>No. Urut Asli (tahun lalu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="191"/>
        <source>Pilih Buku Kerja Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="191"/>
        <source>Buku kerja Excel (*.xlsx *.xlsm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="201"/>
        <source>Membaca %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="221"/>
        <source>(tidak dipakai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="229"/>
        <source>Judul kolom di baris %1; data mulai baris %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="235"/>
        <source>Periksa pemetaan kolom, lalu tekan Periksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="263"/>
        <source>Pemetaan berubah: tekan Periksa lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="273"/>
        <source>Memeriksa setiap baris…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="293"/>
        <source>%1 kesalahan pada %2 dari %3 baris. Perbaiki buku kerja: tidak ada yang diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="299"/>
        <source>Tidak ada baris surat di lembar ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="302"/>
        <source>%1 surat lolos pemeriksaan dan siap diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="312"/>
        <source>Mengimpor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="367"/>
        <source>Gagal: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="229"/>
        <source>Catat Surat Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="229"/>
        <source>Koreksi Surat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="240"/>
        <source>Tanggal terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="241"/>
        <source>Asal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="248"/>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="260"/>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="261"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="262"/>
        <source>Isi ringkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="263"/>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="264"/>
        <source>Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="266"/>
        <source>Kode klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="267"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="268"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="269"/>
        <source>No. registrasi Srikandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="270"/>
        <source>Diteruskan kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="271"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="272"/>
        <source>Cetak tanda terima untuk kurir setelah disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="279"/>
        <source>otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="280"/>
        <source>No. urut asli (surat tahun lalu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="281"/>
        <source>Alasan koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="289"/>
        <source>Simpan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="308"/>
        <source>Perhatian: nomor surat ini dari pengirim yang sama sudah tercatat: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="37"/>
        <source>SOPDesk — Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="45"/>
        <source>SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="46"/>
        <source>Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="53"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="54"/>
        <source>Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="56"/>
        <source>Membuka basis data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="60"/>
        <source>Basis data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="64"/>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="64"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="89"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="92"/>
        <source>Memeriksa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="109"/>
        <source>Tombol Masuk aktif lagi dalam %1 detik.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="58"/>
        <source>SOPDesk — Bagian Organisasi Setda Kabupaten Tangerang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="71"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="72"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="238"/>
        <source>Buku Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="74"/>
        <location filename="../../sopdesk/ui/main_window.py" line="76"/>
        <source>Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="77"/>
        <source>Lembar disposisi Kabag, penerusan ke Kasubag dan Staf, kotak masuk dengan pemberitahuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="81"/>
        <source>Berkas SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="83"/>
        <source>Berkas Standar Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="85"/>
        <source>Pelacakan setiap berkas melalui sebelas langkah SOP 01.048.2017, diagram lajur dan linimasa terhadap mutu baku hari kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="91"/>
        <location filename="../../sopdesk/ui/main_window.py" line="93"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="94"/>
        <source>Laporan ketepatan waktu per langkah, berkas lengkap dan rekap tahunan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="97"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="136"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="138"/>
        <source>&amp;Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="140"/>
        <source>&amp;Pratinjau Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="141"/>
        <source>&amp;Ekspor PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="145"/>
        <source>Ca&amp;dangkan Basis Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="149"/>
        <source>&amp;Ganti Kata Sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="153"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="155"/>
        <source>Ban&amp;tuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="156"/>
        <source>&amp;Dokumen SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="157"/>
        <source>&amp;Tentang SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="162"/>
        <source>Pengguna: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="167"/>
        <source>Peran: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="169"/>
        <source>Basis data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="226"/>
        <source>Tidak ada yang dapat dicetak di halaman ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="276"/>
        <source>PDF disimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="296"/>
        <source>Pencetakan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="299"/>
        <source>%1 halaman dikirim ke pencetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="320"/>
        <source>Tunggu sampai pencadangan selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="343"/>
        <source>Cadangkan Basis Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="343"/>
        <source>Basis data SQLite (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="355"/>
        <source>Mencadangkan ke %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="364"/>
        <source>Cadangan selesai dan diperiksa: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="372"/>
        <source>Pencadangan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="234"/>
        <location filename="../../sopdesk/ui/main_window.py" line="381"/>
        <source>Dokumen SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="387"/>
        <source>Tentang SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="390"/>
        <source>&lt;b&gt;SOPDesk %1&lt;/b&gt;&lt;br&gt;Agenda surat, disposisi dan pelacakan SOP 01.048.2017 untuk Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="394"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterTab</name>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="70"/>
        <source>Tambah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="72"/>
        <source>Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="179"/>
        <source>Tambah Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="180"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="181"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="182"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="182"/>
        <source>18 angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="183"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="185"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="185"/>
        <source>— bukan pejabat —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="187"/>
        <source>Kata sandi awal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="148"/>
        <source>Ubah Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="148"/>
        <source>Tambah Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="150"/>
        <source>Lajur SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="152"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="153"/>
        <source>Nama (dengan gelar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="155"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="155"/>
        <source>18 angka; kosong bila bukan PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="157"/>
        <source>Masih menjabat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpdDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="94"/>
        <source>Ubah OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="94"/>
        <source>Tambah OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="95"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="96"/>
        <source>Singkatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="98"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="98"/>
        <source>dinas, badan, kecamatan, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="100"/>
        <source>Aktif (muncul di pilihan asal surat)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="247"/>
        <source>Atur Ulang Kata Sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="247"/>
        <source>Ganti Kata Sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="248"/>
        <source>Kata sandi lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="249"/>
        <source>Kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="250"/>
        <source>Ulangi kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="257"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="126"/>
        <source>Modul ini belum tersedia pada versi SOPDesk ini.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="343"/>
        <source>Pratinjau Cetak — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="356"/>
        <source>Perkecil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="357"/>
        <source>Perbesar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="358"/>
        <source>Sesuaikan Lebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="359"/>
        <source>Satu Halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="363"/>
        <source>Sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="368"/>
        <source>Berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="377"/>
        <source>Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="381"/>
        <source>Simpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="385"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="440"/>
        <source>Berkas PDF tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="506"/>
        <source>Halaman %1 dari %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="527"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintSettingsTab</name>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="46"/>
        <source>Kop surat (dipakai semua komputer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="52"/>
        <source>Baris kop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="53"/>
        <location filename="../../sopdesk/ui/print_settings.py" line="170"/>
        <source>(tanpa logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="56"/>
        <source>Pilih logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="57"/>
        <source>Hapus logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="65"/>
        <source>Logo (PNG/JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="67"/>
        <source>Kertas per dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="78"/>
        <source>Mendatar (landscape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="79"/>
        <source>Tegak (portrait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="86"/>
        <source>Margin atas/kanan/bawah/kiri (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="96"/>
        <source>Nomor agenda surat masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="102"/>
        <source>Token: {seq} atau {seq:03} nomor urut, {tahun}, {kode} kode klasifikasi, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="104"/>
        <source>Pola nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="107"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="110"/>
        <source>Contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="112"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="132"/>
        <source>Hanya administrator yang dapat mengubah kop dan kertas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="175"/>
        <source>Pilih logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="175"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="223"/>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="46"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="46"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="136"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="170"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="188"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="137"/>
        <source>Singkatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="138"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="139"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="153"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="191"/>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="150"/>
        <source>Set kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="151"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="152"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="168"/>
        <source>Lajur SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="169"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="170"/>
        <source>(belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="171"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="189"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="172"/>
        <source>Menjabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="187"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="190"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="192"/>
        <source>Terakhir masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="203"/>
        <source>Atur ulang kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="212"/>
        <source>Waktu (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="213"/>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="214"/>
        <source>Atas nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="215"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="216"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="217"/>
        <source>Sesudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="224"/>
        <source>500 peristiwa terakhir. Jejak audit tidak dapat diubah atau dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="229"/>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="230"/>
        <source>Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="231"/>
        <source>Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="232"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="233"/>
        <source>Jejak Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="234"/>
        <source>Kop, Kertas dan Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="239"/>
        <source>Peran Anda hanya dapat melihat data ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="241"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="249"/>
        <source>Daftar OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="250"/>
        <source>Daftar Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="251"/>
        <source>Daftar Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../sopdesk/app.py" line="152"/>
        <source>SOPDesk tidak dapat dimulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="153"/>
        <source>Basis data tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="142"/>
        <source>Ekspor PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="144"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../sopdesk/ui/forms.py" line="93"/>
        <location filename="../../sopdesk/ui/forms.py" line="99"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="68"/>
        <source>Berkas PDF tidak dapat dibuka: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="126"/>
        <source>Halaman %1 tidak dapat digambar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="171"/>
        <source>Pencetak %1 tidak dapat dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="176"/>
        <source>Pencetak menolak halaman berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="219"/>
        <source>Mencetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="220"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="232"/>
        <source>Mencetak halaman %1 dari %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="266"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="308"/>
        <location filename="../../sopdesk/ui/printing.py" line="322"/>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="310"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="323"/>
        <source>PDF tidak dapat disimpan ke %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
