<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
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
        <location filename="../../sopdesk/ui/main_window.py" line="49"/>
        <source>SOPDesk — Bagian Organisasi Setda Kabupaten Tangerang</source>
        <translation>SOPDesk — Organisation Section, Regional Secretariat of Tangerang Regency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="61"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="63"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="65"/>
        <source>Buku Agenda</source>
        <translation>Agenda Book</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="67"/>
        <source>Pencatatan surat masuk dengan nomor agenda per tahun, tanda terima, kartu kendali dan pencetakan buku agenda.</source>
        <translation>Registration of incoming letters with yearly agenda numbers, receipts and control cards, and printing of the agenda book.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="73"/>
        <location filename="../../sopdesk/ui/main_window.py" line="75"/>
        <source>Disposisi</source>
        <translation>Dispositions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="76"/>
        <source>Lembar disposisi Kabag, penerusan ke Kasubag dan Staf, kotak masuk dengan pemberitahuan.</source>
        <translation>Disposition sheets from the Kabag, forwarding to the Kasubag and staff, and an inbox with notifications.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="80"/>
        <source>Berkas SP</source>
        <translation>SP Cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="82"/>
        <source>Berkas Standar Pelayanan</source>
        <translation>Service Standard (SP) Cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="84"/>
        <source>Pelacakan setiap berkas melalui sebelas langkah SOP 01.048.2017, diagram lajur dan linimasa terhadap mutu baku hari kerja.</source>
        <translation>Tracking of every case through the eleven steps of SOP 01.048.2017, with a swimlane diagram and a timeline measured against the standard working days.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="90"/>
        <location filename="../../sopdesk/ui/main_window.py" line="92"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="93"/>
        <source>Laporan ketepatan waktu per langkah, berkas lengkap dan rekap tahunan.</source>
        <translation>Timeliness reports per step, completed cases and annual summaries.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="96"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="134"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="136"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="137"/>
        <source>&amp;Pratinjau Cetak…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="138"/>
        <source>&amp;Ekspor PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="141"/>
        <source>Belum ada yang dapat dicetak di halaman ini.</source>
        <translation>There is nothing to print on this page yet.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="144"/>
        <source>Ca&amp;dangkan Basis Data…</source>
        <translation>&amp;Back Up Database…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="148"/>
        <source>&amp;Ganti Kata Sandi…</source>
        <translation>&amp;Change Password…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="152"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="154"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="155"/>
        <source>&amp;Dokumen SOP</source>
        <translation>&amp;SOP Document</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="156"/>
        <source>&amp;Tentang SOPDesk</source>
        <translation>&amp;About SOPDesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="161"/>
        <source>Pengguna: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="166"/>
        <source>Peran: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="168"/>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="211"/>
        <source>Tunggu sampai pencadangan selesai.</source>
        <translation>Please wait until the backup has finished.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="234"/>
        <source>Cadangkan Basis Data</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="234"/>
        <source>Basis data SQLite (*.sqlite3)</source>
        <translation>SQLite database (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="244"/>
        <source>Mencadangkan ke %1…</source>
        <translation>Backing up to %1…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="253"/>
        <source>Cadangan selesai dan diperiksa: %1</source>
        <translation>Backup completed and verified: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="261"/>
        <source>Pencadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="271"/>
        <source>Dokumen SOP</source>
        <translation>SOP Document</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="271"/>
        <source>Belum ada SOP dimuat.</source>
        <translation>No SOP has been loaded yet.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="279"/>
        <source>Tentang SOPDesk</source>
        <translation>About SOPDesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="282"/>
        <source>&lt;b&gt;SOPDesk %1&lt;/b&gt;&lt;br&gt;Agenda surat, disposisi dan pelacakan SOP 01.048.2017 untuk Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang.</source>
        <translation>&lt;b&gt;SOPDesk %1&lt;/b&gt;&lt;br&gt;Letter agenda, dispositions and SOP 01.048.2017 tracking for the Organisation Section of the Regional Secretariat of Tangerang Regency.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="286"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MasterTab</name>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="69"/>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="71"/>
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
        <location filename="../../sopdesk/ui/settings_page.py" line="135"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="169"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="187"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="136"/>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="137"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="138"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="152"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="190"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="149"/>
        <source>Set kode</source>
        <translation>Code set</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="150"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="151"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="167"/>
        <source>Lajur SOP</source>
        <translation>SOP lane</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="168"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="169"/>
        <source>(belum diisi)</source>
        <translation>(not yet filled in)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="170"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="188"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="171"/>
        <source>Menjabat</source>
        <translation>In office</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="186"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="189"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="191"/>
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="202"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="211"/>
        <source>Waktu (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="212"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="213"/>
        <source>Atas nama</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="214"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="215"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="216"/>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="223"/>
        <source>500 peristiwa terakhir. Jejak audit tidak dapat diubah atau dihapus.</source>
        <translation>The last 500 events. The audit trail cannot be changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="226"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="227"/>
        <source>Kode Klasifikasi</source>
        <translation>Classification Codes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="228"/>
        <source>Pejabat</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="229"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="230"/>
        <source>Jejak Audit</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="235"/>
        <source>Peran Anda hanya dapat melihat data ini.</source>
        <translation>Your role can only view this data.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="237"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SopDialog</name>
    <message>
        <location filename="../../sopdesk/ui/sop_view.py" line="19"/>
        <source>SOP %1</source>
        <translation>SOP %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sop_view.py" line="24"/>
        <source>Nomor SOP: %1 · Judul: %2</source>
        <translation>SOP number: %1 · Title: %2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sop_view.py" line="26"/>
        <source>Disahkan oleh %1: %2, NIP %3</source>
        <translation>Approved by %1: %2, NIP %3</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sop_view.py" line="35"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sop_view.py" line="36"/>
        <source>Uraian Prosedur</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sop_view.py" line="37"/>
        <source>Pelaksana</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sop_view.py" line="38"/>
        <source>Kelengkapan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sop_view.py" line="39"/>
        <source>Waktu (hari)</source>
        <translation>Time (days)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sop_view.py" line="40"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sop_view.py" line="41"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sop_view.py" line="50"/>
        <source>Dapat dikembalikan ke langkah %1</source>
        <translation>May be sent back to step %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sop_view.py" line="70"/>
        <source>Jumlah mutu baku waktu: %1 hari kerja</source>
        <translation>Total standard time: %1 working days</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sop_view.py" line="72"/>
        <source>Tutup</source>
        <translation>Close</translation>
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
    <name>forms</name>
    <message>
        <location filename="../../sopdesk/ui/forms.py" line="88"/>
        <location filename="../../sopdesk/ui/forms.py" line="94"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
