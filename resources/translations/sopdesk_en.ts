<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="403"/>
        <source>Cari perihal, asal, nomor surat, isi ringkas, keterangan… (Ctrl+F)</source>
        <translation>Search subject, sender, letter number, summary, notes… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="409"/>
        <source>Semua bulan</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="414"/>
        <source>Semua sifat</source>
        <translation>All classifications</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="419"/>
        <source>Semua urgensi</source>
        <translation>All urgencies</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="425"/>
        <source>Semua asal</source>
        <translation>All senders</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="430"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="433"/>
        <source>Catat Surat (Ctrl+N)</source>
        <translation>Record Letter (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="435"/>
        <source>Batalkan…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="440"/>
        <source>Tanda Terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="442"/>
        <source>Kartu Kendali</source>
        <translation>Control Card</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="446"/>
        <source>Ekspor Excel (Ctrl+E)</source>
        <translation>Export Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="448"/>
        <source>Impor Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="460"/>
        <source>Koreksi…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="463"/>
        <source>Lampirkan Berkas…</source>
        <translation>Attach File…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="469"/>
        <source>Klik dua kali untuk membuka (isi diperiksa dengan SHA-256)</source>
        <translation>Double-click to open (contents verified with SHA-256)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="496"/>
        <source>Lampiran (pindaian, PDF)</source>
        <translation>Attachments (scans, PDF)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="515"/>
        <location filename="../../sopdesk/ui/agenda.py" line="856"/>
        <source>Buku Agenda</source>
        <translation>Agenda Book</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="520"/>
        <source>Catat surat</source>
        <translation>Record letter</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="524"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="527"/>
        <location filename="../../sopdesk/ui/agenda.py" line="858"/>
        <location filename="../../sopdesk/ui/agenda.py" line="894"/>
        <source>Ekspor Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="582"/>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="611"/>
        <source>%1 surat</source>
        <translation>%1 letters</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="688"/>
        <source>Lampirkan berkas ke %1</source>
        <translation>Attach a file to %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="690"/>
        <source>Pindaian atau PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans or PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="699"/>
        <source>Lampiran tidak disimpan</source>
        <translation>Attachment not saved</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="713"/>
        <source>Lampiran tidak dapat dibuka</source>
        <translation>The attachment cannot be opened</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="805"/>
        <source>Tercatat dengan nomor agenda %1.</source>
        <translation>Recorded with agenda number %1.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="831"/>
        <source>Batalkan %1</source>
        <translation>Void %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="832"/>
        <source>Alasan pembatalan</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="858"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="872"/>
        <source>Mengekspor ke %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="885"/>
        <source>%1 surat diekspor ke %2</source>
        <translation>%1 letters exported to %2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="895"/>
        <source>Buku agenda tidak dapat diekspor ke %1:
%2</source>
        <translation>The agenda book cannot be exported to %1:
%2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="924"/>
        <source>%1 surat diimpor dari Excel.</source>
        <translation>%1 letters imported from Excel.</translation>
    </message>
</context>
<context>
    <name>ClassificationDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="117"/>
        <source>Ubah Kode Klasifikasi</source>
        <translation>Edit Classification Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="117"/>
        <source>Tambah Kode Klasifikasi</source>
        <translation>Add Classification Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="121"/>
        <source>Set kode</source>
        <translation>Code set</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="125"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="126"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="127"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>DocumentJob</name>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="96"/>
        <source>Menyiapkan %1…</source>
        <translation>Preparing %1…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="96"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="121"/>
        <source>Halaman %1 dari %2…</source>
        <translation>Page %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="136"/>
        <source>Dokumen tidak dapat dibuat</source>
        <translation>The document could not be created</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="215"/>
        <source>Ubah Pengguna %1</source>
        <translation>Edit User %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="217"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="218"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="219"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="222"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation>Official (if the user is one)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="223"/>
        <source>— bukan pejabat —</source>
        <translation>— not an official —</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="226"/>
        <source>Aktif (boleh masuk)</source>
        <translation>Active (may sign in)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="136"/>
        <source>SOPDesk — Penyiapan Pertama</source>
        <translation>SOPDesk — First-Time Setup</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="139"/>
        <source>Selamat datang di SOPDesk</source>
        <translation>Welcome to SOPDesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="142"/>
        <source>Basis data baru dibuat di %1. Isi data administrator pertama: ia dapat menambah pengguna lain dan mengubah data induk.</source>
        <translation>A new database has been created at %1. Enter the details of the first administrator, who can add other users and edit the master data.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="154"/>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="163"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="164"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="165"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="166"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="167"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="169"/>
        <source>Menyiapkan basis data…</source>
        <translation>Preparing the database…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="173"/>
        <source>Simpan dan Masuk</source>
        <translation>Save and Sign In</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="173"/>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="191"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="50"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="60"/>
        <source>OPD terdaftar</source>
        <translation>Registered OPDs</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="61"/>
        <source>Pejabat pemegang lajur</source>
        <translation>Officials holding SOP lanes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="62"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="63"/>
        <source>Peristiwa jejak audit</source>
        <translation>Audit trail events</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="79"/>
        <source>Selamat bekerja, %1 (%2).</source>
        <translation>Welcome, %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="88"/>
        <source>SOP berlaku: %1 versi %2 — %3; %4 langkah, mutu baku %5 hari kerja.</source>
        <translation>SOP in force: %1 version %2 — %3; %4 steps, standard time %5 working days.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="105"/>
        <source>Perlu dilengkapi: nama pejabat (Pengaturan › Pejabat) untuk</source>
        <translation>Still to be completed: the official&apos;s name (Settings › Officials) for</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="56"/>
        <source>Impor Buku Agenda dari Excel</source>
        <translation>Import Agenda Book from Excel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="67"/>
        <source>Belum ada berkas dipilih</source>
        <translation>No file selected yet</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="68"/>
        <source>Pilih Berkas…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="79"/>
        <source>Data surat</source>
        <translation>Letter field</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="79"/>
        <source>Kolom di buku kerja</source>
        <translation>Workbook column</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="79"/>
        <source>Isi tetap bila kosong</source>
        <translation>Default value if empty</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="112"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="282"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="287"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="112"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="287"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="112"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="287"/>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="120"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="123"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="126"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="134"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="135"/>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="140"/>
        <source>Pratinjau baris pertama</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="142"/>
        <source>Hasil pemeriksaan</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="169"/>
        <source>Tanggal Terima</source>
        <translation>Date Received</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="170"/>
        <source>Asal Surat</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="171"/>
        <source>Nomor Surat</source>
        <translation>Letter Number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="172"/>
        <source>Tanggal Surat</source>
        <translation>Letter Date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="173"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="174"/>
        <source>Isi Ringkas</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="175"/>
        <source>Sifat</source>
        <translation>Classification (sifat)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="176"/>
        <source>Urgensi</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="177"/>
        <source>Kode Klasifikasi</source>
        <translation>Classification Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="178"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="179"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="180"/>
        <source>No. Srikandi</source>
        <translation>Srikandi No.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="181"/>
        <source>Diteruskan Kepada</source>
        <translation>Forwarded To</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="182"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="183"/>
        <source>No. Urut Asli (tahun lalu)</source>
        <translation>Original Sequence No. (previous year)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="191"/>
        <source>Pilih Buku Kerja Excel</source>
        <translation>Choose Excel Workbook</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="191"/>
        <source>Buku kerja Excel (*.xlsx *.xlsm)</source>
        <translation>Excel workbook (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="201"/>
        <source>Membaca %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="221"/>
        <source>(tidak dipakai)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="229"/>
        <source>Judul kolom di baris %1; data mulai baris %2.</source>
        <translation>Column headings in row %1; data starts at row %2.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="235"/>
        <source>Periksa pemetaan kolom, lalu tekan Periksa.</source>
        <translation>Review the column mapping, then press Check.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="263"/>
        <source>Pemetaan berubah: tekan Periksa lagi.</source>
        <translation>Mapping changed: press Check again.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="273"/>
        <source>Memeriksa setiap baris…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="293"/>
        <source>%1 kesalahan pada %2 dari %3 baris. Perbaiki buku kerja: tidak ada yang diimpor.</source>
        <translation>%1 errors in %2 of %3 rows. Fix the workbook: nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="299"/>
        <source>Tidak ada baris surat di lembar ini.</source>
        <translation>There are no letter rows in this sheet.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="302"/>
        <source>%1 surat lolos pemeriksaan dan siap diimpor.</source>
        <translation>%1 letters passed the check and are ready to import.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="312"/>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="367"/>
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="229"/>
        <source>Catat Surat Masuk</source>
        <translation>Record Incoming Letter</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="229"/>
        <source>Koreksi Surat %1</source>
        <translation>Correct Letter %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="240"/>
        <source>Tanggal terima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="241"/>
        <source>Asal surat</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="248"/>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="260"/>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="261"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="262"/>
        <source>Isi ringkas</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="263"/>
        <source>Sifat</source>
        <translation>Classification (sifat)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="264"/>
        <source>Urgensi</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="266"/>
        <source>Kode klasifikasi</source>
        <translation>Classification code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="267"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="268"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="269"/>
        <source>No. registrasi Srikandi</source>
        <translation>Srikandi registration no.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="270"/>
        <source>Diteruskan kepada</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="271"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="272"/>
        <source>Cetak tanda terima untuk kurir setelah disimpan</source>
        <translation>Print a receipt for the courier after saving</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="279"/>
        <source>otomatis</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="280"/>
        <source>No. urut asli (surat tahun lalu)</source>
        <translation>Original sequence no. (earlier year)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="281"/>
        <source>Alasan koreksi</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="289"/>
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="308"/>
        <source>Perhatian: nomor surat ini dari pengirim yang sama sudah tercatat: %1</source>
        <translation>Warning: this letter number from the same sender is already recorded: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="37"/>
        <source>SOPDesk — Masuk</source>
        <translation>SOPDesk — Sign In</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="45"/>
        <source>SOPDesk</source>
        <translation>SOPDesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="46"/>
        <source>Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang</source>
        <translation>Organisation Section, Regional Secretariat of Tangerang Regency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="53"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="54"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="56"/>
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="60"/>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="64"/>
        <source>Masuk</source>
        <translation>Sign In</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="64"/>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="89"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="92"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="109"/>
        <source>Tombol Masuk aktif lagi dalam %1 detik.</source>
        <translation>The Sign In button will be available again in %1 seconds.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="58"/>
        <source>SOPDesk — Bagian Organisasi Setda Kabupaten Tangerang</source>
        <translation>SOPDesk — Organisation Section, Regional Secretariat of Tangerang Regency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="71"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="72"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="238"/>
        <source>Buku Agenda</source>
        <translation>Agenda Book</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="74"/>
        <location filename="../../sopdesk/ui/main_window.py" line="76"/>
        <source>Disposisi</source>
        <translation>Dispositions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="77"/>
        <source>Lembar disposisi Kabag, penerusan ke Kasubag dan Staf, kotak masuk dengan pemberitahuan.</source>
        <translation>Disposition sheets from the Kabag, forwarding to the Kasubag and staff, and an inbox with notifications.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="81"/>
        <source>Berkas SP</source>
        <translation>SP Cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="83"/>
        <source>Berkas Standar Pelayanan</source>
        <translation>Service Standard (SP) Cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="85"/>
        <source>Pelacakan setiap berkas melalui sebelas langkah SOP 01.048.2017, diagram lajur dan linimasa terhadap mutu baku hari kerja.</source>
        <translation>Tracking of every case through the eleven steps of SOP 01.048.2017, with a swimlane diagram and a timeline measured against the standard working days.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="91"/>
        <location filename="../../sopdesk/ui/main_window.py" line="93"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="94"/>
        <source>Laporan ketepatan waktu per langkah, berkas lengkap dan rekap tahunan.</source>
        <translation>Timeliness reports per step, completed cases and annual summaries.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="97"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="136"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="138"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="140"/>
        <source>&amp;Pratinjau Cetak…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="141"/>
        <source>&amp;Ekspor PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="145"/>
        <source>Ca&amp;dangkan Basis Data…</source>
        <translation>&amp;Back Up Database…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="149"/>
        <source>&amp;Ganti Kata Sandi…</source>
        <translation>&amp;Change Password…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="153"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="155"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="156"/>
        <source>&amp;Dokumen SOP</source>
        <translation>&amp;SOP Document</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="157"/>
        <source>&amp;Tentang SOPDesk</source>
        <translation>&amp;About SOPDesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="162"/>
        <source>Pengguna: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="167"/>
        <source>Peran: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="169"/>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="226"/>
        <source>Tidak ada yang dapat dicetak di halaman ini.</source>
        <translation>There is nothing to print on this page.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="276"/>
        <source>PDF disimpan: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="296"/>
        <source>Pencetakan gagal</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="299"/>
        <source>%1 halaman dikirim ke pencetak.</source>
        <translation>%1 page(s) sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="320"/>
        <source>Tunggu sampai pencadangan selesai.</source>
        <translation>Please wait until the backup has finished.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="343"/>
        <source>Cadangkan Basis Data</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="343"/>
        <source>Basis data SQLite (*.sqlite3)</source>
        <translation>SQLite database (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="355"/>
        <source>Mencadangkan ke %1…</source>
        <translation>Backing up to %1…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="364"/>
        <source>Cadangan selesai dan diperiksa: %1</source>
        <translation>Backup completed and verified: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="372"/>
        <source>Pencadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="234"/>
        <location filename="../../sopdesk/ui/main_window.py" line="381"/>
        <source>Dokumen SOP</source>
        <translation>SOP Document</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="387"/>
        <source>Tentang SOPDesk</source>
        <translation>About SOPDesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="390"/>
        <source>&lt;b&gt;SOPDesk %1&lt;/b&gt;&lt;br&gt;Agenda surat, disposisi dan pelacakan SOP 01.048.2017 untuk Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang.</source>
        <translation>&lt;b&gt;SOPDesk %1&lt;/b&gt;&lt;br&gt;Letter agenda, dispositions and SOP 01.048.2017 tracking for the Organisation Section of the Regional Secretariat of Tangerang Regency.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="394"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MasterTab</name>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="70"/>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="72"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="179"/>
        <source>Tambah Pengguna</source>
        <translation>Add User</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="180"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="181"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="182"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="182"/>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="183"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="185"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation>Official (if the user is one)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="185"/>
        <source>— bukan pejabat —</source>
        <translation>— not an official —</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="187"/>
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="148"/>
        <source>Ubah Pejabat</source>
        <translation>Edit Official</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="148"/>
        <source>Tambah Pejabat</source>
        <translation>Add Official</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="150"/>
        <source>Lajur SOP</source>
        <translation>SOP lane</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="152"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="153"/>
        <source>Nama (dengan gelar)</source>
        <translation>Name (with academic titles)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="155"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="155"/>
        <source>18 angka; kosong bila bukan PNS</source>
        <translation>18 digits; leave empty if not a civil servant (PNS)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="157"/>
        <source>Masih menjabat</source>
        <translation>Still in office</translation>
    </message>
</context>
<context>
    <name>OpdDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="94"/>
        <source>Ubah OPD</source>
        <translation>Edit OPD</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="94"/>
        <source>Tambah OPD</source>
        <translation>Add OPD</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="95"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="96"/>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="98"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="98"/>
        <source>dinas, badan, kecamatan, …</source>
        <translation>e.g. dinas, badan, kecamatan, …</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="100"/>
        <source>Aktif (muncul di pilihan asal surat)</source>
        <translation>Active (offered as a sender of incoming letters)</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="247"/>
        <source>Atur Ulang Kata Sandi</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="247"/>
        <source>Ganti Kata Sandi</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="248"/>
        <source>Kata sandi lama</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="249"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="250"/>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="257"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="126"/>
        <source>Modul ini belum tersedia pada versi SOPDesk ini.</source>
        <translation>This module is not yet available in this version of SOPDesk.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="343"/>
        <source>Pratinjau Cetak — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="356"/>
        <source>Perkecil</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="357"/>
        <source>Perbesar</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="358"/>
        <source>Sesuaikan Lebar</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="359"/>
        <source>Satu Halaman</source>
        <translation>Whole Page</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="363"/>
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="368"/>
        <source>Berikutnya</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="377"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="381"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="385"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="440"/>
        <source>Berkas PDF tidak dapat dibuka.</source>
        <translation>The PDF file cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="506"/>
        <source>Halaman %1 dari %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="527"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>PrintSettingsTab</name>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="46"/>
        <source>Kop surat (dipakai semua komputer)</source>
        <translation>Letterhead (used on all computers)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="52"/>
        <source>Baris kop</source>
        <translation>Letterhead lines</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="53"/>
        <location filename="../../sopdesk/ui/print_settings.py" line="170"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="56"/>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="57"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="65"/>
        <source>Logo (PNG/JPEG)</source>
        <translation>Logo (PNG/JPEG)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="67"/>
        <source>Kertas per dokumen</source>
        <translation>Paper per document</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="78"/>
        <source>Mendatar (landscape)</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="79"/>
        <source>Tegak (portrait)</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="86"/>
        <source>Margin atas/kanan/bawah/kiri (mm)</source>
        <translation>Margins top/right/bottom/left (mm)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="96"/>
        <source>Nomor agenda surat masuk</source>
        <translation>Incoming letter agenda number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="102"/>
        <source>Token: {seq} atau {seq:03} nomor urut, {tahun}, {kode} kode klasifikasi, {unit}</source>
        <translation>Tokens: {seq} or {seq:03} sequence number, {tahun} year, {kode} classification code, {unit}</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="104"/>
        <source>Pola nomor</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="107"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="110"/>
        <source>Contoh</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="112"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="132"/>
        <source>Hanya administrator yang dapat mengubah kop dan kertas.</source>
        <translation>Only an administrator can change the letterhead and paper settings.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="175"/>
        <source>Pilih logo</source>
        <translation>Choose Logo</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="175"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="223"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="46"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="46"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="136"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="170"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="188"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="137"/>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="138"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="139"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="153"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="191"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="150"/>
        <source>Set kode</source>
        <translation>Code set</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="151"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="152"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="168"/>
        <source>Lajur SOP</source>
        <translation>SOP lane</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="169"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="170"/>
        <source>(belum diisi)</source>
        <translation>(not yet filled in)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="171"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="189"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="172"/>
        <source>Menjabat</source>
        <translation>In office</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="187"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="190"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="192"/>
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="203"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="212"/>
        <source>Waktu (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="213"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="214"/>
        <source>Atas nama</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="215"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="216"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="217"/>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="224"/>
        <source>500 peristiwa terakhir. Jejak audit tidak dapat diubah atau dihapus.</source>
        <translation>The last 500 events. The audit trail cannot be changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="229"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="230"/>
        <source>Kode Klasifikasi</source>
        <translation>Classification Codes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="231"/>
        <source>Pejabat</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="232"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="233"/>
        <source>Jejak Audit</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="234"/>
        <source>Kop, Kertas dan Nomor</source>
        <translation>Letterhead, Paper and Numbering</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="239"/>
        <source>Peran Anda hanya dapat melihat data ini.</source>
        <translation>Your role can only view this data.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="241"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="249"/>
        <source>Daftar OPD</source>
        <translation>OPD List</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="250"/>
        <source>Daftar Pejabat</source>
        <translation>Officials List</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="251"/>
        <source>Daftar Kode Klasifikasi</source>
        <translation>Classification Code List</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../sopdesk/app.py" line="152"/>
        <source>SOPDesk tidak dapat dimulai</source>
        <translation>SOPDesk cannot start</translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="153"/>
        <source>Basis data tidak dapat dibuka.</source>
        <translation>The database cannot be opened.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="142"/>
        <source>Ekspor PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="144"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../sopdesk/ui/forms.py" line="93"/>
        <location filename="../../sopdesk/ui/forms.py" line="99"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="68"/>
        <source>Berkas PDF tidak dapat dibuka: %1</source>
        <translation>The PDF file cannot be opened: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="126"/>
        <source>Halaman %1 tidak dapat digambar.</source>
        <translation>Page %1 cannot be rendered.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="171"/>
        <source>Pencetak %1 tidak dapat dipakai.</source>
        <translation>The printer %1 cannot be used.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="176"/>
        <source>Pencetak menolak halaman berikutnya.</source>
        <translation>The printer refused the next page.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="219"/>
        <source>Mencetak</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="220"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="232"/>
        <source>Mencetak halaman %1 dari %2…</source>
        <translation>Printing page %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="266"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="308"/>
        <location filename="../../sopdesk/ui/printing.py" line="322"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="310"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="323"/>
        <source>PDF tidak dapat disimpan ke %1:
%2</source>
        <translation>The PDF cannot be saved to %1:
%2</translation>
    </message>
</context>
</TS>
