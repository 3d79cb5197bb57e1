<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AgendaColumns</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="113"/>
        <source>No. Agenda</source>
        <translation>Agenda No.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="114"/>
        <source>Tanggal Terima</source>
        <translation>Date Received</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="115"/>
        <source>Asal Surat</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="116"/>
        <source>Nomor Surat</source>
        <translation>Letter Number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="117"/>
        <source>Tanggal Surat</source>
        <translation>Letter Date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="118"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="119"/>
        <source>Sifat</source>
        <translation>Classification (sifat)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="120"/>
        <source>Urgensi</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="121"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="627"/>
        <source>Cari nomor agenda, perihal, asal, nomor surat, isi ringkas, keterangan… (Ctrl+F)</source>
        <translation>Search agenda number, subject, sender, letter number, summary, notes… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="634"/>
        <source>Semua bulan</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="639"/>
        <source>Semua sifat</source>
        <translation>All classifications</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="644"/>
        <source>Semua urgensi</source>
        <translation>All urgencies</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="650"/>
        <source>Semua asal</source>
        <translation>All senders</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="654"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="658"/>
        <source>Catat Surat (Ctrl+N)</source>
        <translation>Record Letter (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="660"/>
        <source>Batalkan…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="665"/>
        <source>Tanda Terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="667"/>
        <source>Kartu Kendali</source>
        <translation>Control Card</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="671"/>
        <source>Ekspor Excel (Ctrl+E)</source>
        <translation>Export Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="673"/>
        <source>Impor Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="685"/>
        <source>Koreksi…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="688"/>
        <source>Lampirkan Berkas…</source>
        <translation>Attach File…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="692"/>
        <source>Mulai Berkas SP…</source>
        <translation>Start SP Case…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="699"/>
        <source>Klik dua kali untuk membuka (isi diperiksa dengan SHA-256)</source>
        <translation>Double-click to open (contents verified with SHA-256)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="701"/>
        <source>Tulis Disposisi…</source>
        <translation>Write Disposition…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="704"/>
        <source>Lembar Kosong</source>
        <translation>Blank Sheet</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="706"/>
        <source>Lembar Disposisi dengan data surat, untuk disposisi tulisan tangan</source>
        <translation>Disposition sheet with the letter&apos;s details, for a handwritten disposition</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="720"/>
        <source>Alur disposisi</source>
        <translation>Disposition chain</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="751"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1013"/>
        <source>Lampiran (pindaian, PDF)</source>
        <translation>Attachments (scans, PDF)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="777"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1328"/>
        <source>Buku Agenda</source>
        <translation>Agenda Book</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="783"/>
        <source>Catat surat</source>
        <translation>Record letter</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="787"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="790"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1329"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1365"/>
        <source>Ekspor Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="819"/>
        <source>Cetak Lembar Disposisi (kosong)</source>
        <translation>Print Disposition Sheet (blank)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="882"/>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="916"/>
        <source>%1 surat</source>
        <translation>%1 letters</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="918"/>
        <location filename="../../sopdesk/ui/agenda.py" line="922"/>
        <source>lebih dari %1 surat</source>
        <translation>more than %1 letters</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="920"/>
        <source>lebih dari %1 surat (menghitung…)</source>
        <translation>more than %1 letters (counting…)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="974"/>
        <source>No. agenda</source>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="975"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="976"/>
        <source>Asal</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="977"/>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="978"/>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="979"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="980"/>
        <source>Isi ringkas</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="981"/>
        <source>Sifat / urgensi</source>
        <translation>Classification / urgency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="982"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="983"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="984"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="985"/>
        <source>Diteruskan kepada</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="986"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="987"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="995"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1013"/>
        <source>Lampiran: belum ada pindaian atau PDF</source>
        <translation>Attachments: no scans or PDFs yet</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1026"/>
        <source>Lampirkan berkas ke %1</source>
        <translation>Attach a file to %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1456"/>
        <source>sistem</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1459"/>
        <source>%1 atas nama %2</source>
        <translation>%1 on behalf of %2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1464"/>
        <source>%1 oleh %2, %3</source>
        <translation>%1 by %2, %3</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1035"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1043"/>
        <source>Lampiran tidak disimpan</source>
        <translation>Attachment not saved</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1035"/>
        <source>Basis data tidak dapat dilampirkan.</source>
        <translation>The database cannot be attached.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1052"/>
        <source>Melampirkan berkas…</source>
        <translation>Attaching the file…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1064"/>
        <source>Lampiran tidak dapat dibuka</source>
        <translation>The attachment cannot be opened</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1190"/>
        <source>Disposisi disimpan; status surat diperbarui.</source>
        <translation>Disposition saved; the letter&apos;s status has been updated.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1200"/>
        <source>Lembar Disposisi (kosong)</source>
        <translation>Disposition Sheet (blank)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1220"/>
        <source>Tercatat dengan nomor agenda %1.</source>
        <translation>Recorded with agenda number %1.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1251"/>
        <source>Batalkan %1</source>
        <translation>Void %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1252"/>
        <source>Alasan pembatalan</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1289"/>
        <source>Berkas SP</source>
        <translation>SP Cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1320"/>
        <source>Berkas %1 dimulai dari surat ini.</source>
        <translation>Case %1 started from this letter.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1337"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1344"/>
        <source>Mengekspor ke %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1357"/>
        <source>%1 surat diekspor ke %2</source>
        <translation>%1 letters exported to %2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1366"/>
        <source>Buku agenda tidak dapat diekspor ke %1:
%2</source>
        <translation>The agenda book cannot be exported to %1:
%2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1405"/>
        <source>%1 surat diimpor dari Excel.</source>
        <translation>%1 letters imported from Excel.</translation>
    </message>
</context>
<context>
    <name>AwaitingModel</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="178"/>
        <source>No. Agenda</source>
        <translation>Agenda No.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="179"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="180"/>
        <source>Asal Surat</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="181"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="182"/>
        <source>Sifat</source>
        <translation>Classification (sifat)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="183"/>
        <source>Urgensi</source>
        <translation>Urgency</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="100"/>
        <source>Jam kerja kantor (Senin–Jumat)</source>
        <translation>Office hours (Monday–Friday)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="106"/>
        <source>Ada istirahat yang tidak dihitung</source>
        <translation>There is a break that is not counted</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="110"/>
        <source>Jam masuk</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="111"/>
        <source>Jam pulang</source>
        <translation>Finish time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="113"/>
        <source>Istirahat mulai</source>
        <translation>Break starts</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="114"/>
        <source>Istirahat selesai</source>
        <translation>Break ends</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="117"/>
        <source>Jam kerja sehari</source>
        <translation>Working hours per day</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="118"/>
        <source>Simpan jam kerja</source>
        <translation>Save working hours</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="127"/>
        <source>Mutu baku dihitung dalam hari kerja: satu hari kerja adalah jam kerja sehari ini, setengah hari adalah separuhnya. Perubahan menggeser tenggat semua berkas yang masih berjalan.</source>
        <translation>Standard times are counted in working days: one working day is the daily working hours set here, and half a day is half of that. A change moves the deadlines of every case still in progress.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="136"/>
        <source>Hari libur nasional, cuti bersama dan perubahan kantor</source>
        <translation>National holidays, collective leave days and office changes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="147"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="148"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="150"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="151"/>
        <source>Libur</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="151"/>
        <source>Hari kerja</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="154"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="159"/>
        <source>Tambah hari libur…</source>
        <translation>Add holiday…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="161"/>
        <source>Jadikan hari kerja…</source>
        <translation>Make working day…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="163"/>
        <source>Hapus perubahan</source>
        <translation>Remove change</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="165"/>
        <source>Tanggal kembali mengikuti kalender nasional</source>
        <translation>The date follows the national calendar again</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="170"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="186"/>
        <source>Peran Anda hanya dapat melihat kalender.</source>
        <translation>Your role can only view the calendar.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="206"/>
        <source>Kalender nasional</source>
        <translation>National calendar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="207"/>
        <source>Tambahan kantor</source>
        <translation>Added by the office</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="208"/>
        <source>Dicabut kantor</source>
        <translation>Revoked by the office</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="258"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="262"/>
        <source>%1 jam (%2 jam seminggu)</source>
        <translation>%1 hours (%2 hours a week)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="289"/>
        <source>Tekan Simpan lagi untuk menyimpan jam ini.</source>
        <translation>Press Save again to save these hours.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="291"/>
        <source>Jam kerja tidak disimpan</source>
        <translation>Working hours not saved</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="281"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="281"/>
        <source>Tidak ada perubahan.</source>
        <translation>No changes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/calendar_tab.py" line="309"/>
        <source>%1 hari kerja; %2 hari libur dan cuti bersama jatuh pada Senin–Jumat.</source>
        <translation>
            <numerusform>%1 working day; %2 holidays and collective leave days fall on Monday–Friday.</numerusform>
            <numerusform>%1 working days; %2 holidays and collective leave days fall on Monday–Friday.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="349"/>
        <source>Perubahan tidak dihapus</source>
        <translation>Change not removed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="369"/>
        <source>Kalender diperbarui; tenggat %1 berkas yang berjalan dihitung ulang.</source>
        <translation>Calendar updated; the deadlines of %1 cases in progress have been recalculated.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="409"/>
        <source>Batalkan %1</source>
        <translation>Cancel %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="411"/>
        <source>Berkas yang dibatalkan tetap tersimpan dengan alasannya; suratnya dapat dimulai lagi.</source>
        <translation>A cancelled case is kept together with its reason; a new case can be started from its letter.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="412"/>
        <source>Alasan pembatalan</source>
        <translation>Reason for cancellation</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="413"/>
        <source>Batalkan Berkas</source>
        <translation>Cancel Case</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="414"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="77"/>
        <source>Boleh diisi mundur, tetapi tidak sebelum peristiwa terakhir berkas ini.</source>
        <translation>May be back-dated, but not to before this case&apos;s last event.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="122"/>
        <source>Saya sendiri (%1)</source>
        <translation>Myself (%1)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="124"/>
        <source>nama belum diisi</source>
        <translation>name not yet filled in</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="127"/>
        <source>Pejabat lajur %1 (otomatis)</source>
        <translation>Official of the %1 lane (automatic)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="129"/>
        <source>Dilakukan oleh (atas nama)</source>
        <translation>Carried out by (on behalf of)</translation>
    </message>
</context>
<context>
    <name>CaseViews</name>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/case_views.py" line="41"/>
        <source>ditangguhkan, %1 hari kerja</source>
        <translation>
            <numerusform>suspended, %1 working day</numerusform>
            <numerusform>suspended, %1 working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/case_views.py" line="43"/>
        <source>sejak %1 hari kerja</source>
        <translation>
            <numerusform>for %1 working day</numerusform>
            <numerusform>for %1 working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_views.py" line="47"/>
        <source>diulang</source>
        <translation>to repeat</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_views.py" line="72"/>
        <source>%1 terlambat</source>
        <translation>%1 overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/case_views.py" line="129"/>
        <source>Rencana %1 hari kerja · selesai dalam %2 · deviasi %3</source>
        <translation>
            <numerusform>Plan %1 working day · finished in %2 · deviation %3</numerusform>
            <numerusform>Plan %1 working days · finished in %2 · deviation %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/case_views.py" line="133"/>
        <source>Rencana %1 hari kerja · berjalan %2 · deviasi %3</source>
        <translation>
            <numerusform>Plan %1 working day · elapsed %2 · deviation %3</numerusform>
            <numerusform>Plan %1 working days · elapsed %2 · deviation %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="293"/>
        <source>Mulai Berkas SP…</source>
        <translation>Start SP Case…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="301"/>
        <source>Aktif (berjalan dan ditangguhkan)</source>
        <translation>Active (in progress and suspended)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="302"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="866"/>
        <source>Ditangguhkan</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="303"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="851"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="854"/>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="304"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="853"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="305"/>
        <source>Semua berkas</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="313"/>
        <source>Cari nomor berkas, OPD, jenis layanan, perihal, nomor agenda… (Ctrl+F)</source>
        <translation>Search case number, OPD, service type, subject, agenda number… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="318"/>
        <source>Klik untuk menampilkan semua langkah lagi</source>
        <translation>Click to show all steps again</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="320"/>
        <source>Ikhtisar</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="328"/>
        <source>Semua berkas aktif pada diagram lajur: berapa yang menunggu di setiap langkah dan lajur</source>
        <translation>All active cases on the swimlane diagram: how many are waiting at each step and lane</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="373"/>
        <source>Diagram Lajur</source>
        <translation>Swimlane Diagram</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="374"/>
        <source>Linimasa</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="376"/>
        <source>Standar Pelayanan</source>
        <translation>Service Standard</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="385"/>
        <source>Perkecil (Ctrl+roda tetikus)</source>
        <translation>Zoom out (Ctrl+mouse wheel)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="386"/>
        <source>Perbesar (Ctrl+roda tetikus)</source>
        <translation>Zoom in (Ctrl+mouse wheel)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="387"/>
        <source>Ukuran asli</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="388"/>
        <source>Muat layar</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="388"/>
        <source>Seluruh diagram atau linimasa dalam jendela</source>
        <translation>The whole diagram or timeline in the window</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="427"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1296"/>
        <source>Berkas SP</source>
        <translation>SP Cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="432"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="479"/>
        <source>terlambat %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="485"/>
        <source> · dikembalikan %1×</source>
        <translation> · returned %1×</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="489"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="490"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="491"/>
        <source>Jenis Layanan</source>
        <translation>Service Type</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="492"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="493"/>
        <source>Tenggat Langkah</source>
        <translation>Step Deadline</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="494"/>
        <source>Sisa (hari kerja)</source>
        <translation>Remaining (working days)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="495"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="594"/>
        <source>%1 berkas</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="596"/>
        <source> menunggu di langkah %1</source>
        <translation> waiting at step %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="599"/>
        <source> · %1 terlambat</source>
        <translation> · %1 overdue</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="606"/>
        <source>Langkah %1  ✕</source>
        <translation>Step %1  ✕</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="691"/>
        <source>Pilih berkas di daftar, atau buka Ikhtisar.</source>
        <translation>Choose a case from the list, or open the Overview.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="702"/>
        <source>%1
Surat %2, SOP %3 versi %4</source>
        <translation>%1
Letter %2, SOP %3 version %4</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="715"/>
        <source>Selesai pada %1</source>
        <translation>Completed on %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="719"/>
        <source>Dibatalkan pada %1 (di langkah %2)</source>
        <translation>Cancelled on %1 (at step %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="727"/>
        <source>Sekarang di: %1, sejak %2 hari kerja</source>
        <translation>
            <numerusform>Currently with: %1, for %2 working day</numerusform>
            <numerusform>Currently with: %1, for %2 working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="732"/>
        <source> (ditangguhkan)</source>
        <translation> (suspended)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="741"/>
        <source>Tenggat langkah %1: %2</source>
        <translation>Step %1 deadline: %2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="746"/>
        <source>tenggat berkas: %1</source>
        <translation>case deadline: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="749"/>
        <source>(terlambat %1 hari kerja)</source>
        <translation>
            <numerusform>(overdue by %1 working day)</numerusform>
            <numerusform>(overdue by %1 working days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="752"/>
        <source>(sisa %1 hari kerja)</source>
        <translation>
            <numerusform>(%1 working day remaining)</numerusform>
            <numerusform>(%1 working days remaining)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="757"/>
        <source>dimulai %1, %2 hari kerja (rencana %3)</source>
        <translation>
            <numerusform>started %1, %2 working day (planned %3)</numerusform>
            <numerusform>started %1, %2 working days (planned %3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="763"/>
        <source>dikembalikan %1×</source>
        <translation>returned %1×</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="767"/>
        <source>ditangguhkan sejak %1: %2</source>
        <translation>suspended since %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="773"/>
        <source>diperpanjang %1 hari kerja</source>
        <translation>
            <numerusform>extended by %1 working day</numerusform>
            <numerusform>extended by %1 working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="797"/>
        <source>Peran Anda hanya dapat melihat berkas.</source>
        <translation>Your role can only view cases.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="800"/>
        <source>Berkas ditangguhkan: lanjutkan dulu untuk mencatat langkah.</source>
        <translation>The case is suspended: resume it first to record a step.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="803"/>
        <source>Langkah ini dicatat oleh pengguna lajur %1.</source>
        <translation>This step is recorded by users of the lane(s) %1.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="805"/>
        <source>Berkas sekarang di langkah %1; klik langkah itu untuk mencatatnya.</source>
        <translation>The case is now at step %1; click that step to record it.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="811"/>
        <source>Kembalikan ke langkah %1…</source>
        <translation>Return to step %1…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="815"/>
        <source>Catat minimal satu distribusi dulu.</source>
        <translation>Record at least one distribution first.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="821"/>
        <source>selesai</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="822"/>
        <source>berjalan</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="822"/>
        <source>ditangguhkan</source>
        <translation>suspended</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="823"/>
        <source>belum</source>
        <translation>not yet started</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="826"/>
        <source>diulang</source>
        <translation>to be repeated</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="832"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1051"/>
        <source>Langkah %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="835"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1053"/>
        <source>Pelaksana</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="836"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1054"/>
        <source>Mutu baku</source>
        <translation>Standard time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="867"/>
        <source>(tidak dihitung)</source>
        <translation>(not counted)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="946"/>
        <source>%1 hari kerja</source>
        <translation>
            <numerusform>%1 working day</numerusform>
            <numerusform>%1 working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="837"/>
        <source>Rencana</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="840"/>
        <source>Keterangan SOP</source>
        <translation>SOP notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="843"/>
        <source>Putaran %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="843"/>
        <source>Pelaksanaan</source>
        <translation>Execution</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="847"/>
        <source>Mulai</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="852"/>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="848"/>
        <source>Batas waktu</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="859"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1040"/>
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="862"/>
        <source>Lama</source>
        <translation>Time taken</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="862"/>
        <source>Berjalan</source>
        <translation>Elapsed so far</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="873"/>
        <source>Dilakukan oleh</source>
        <translation>Carried out by</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="876"/>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="878"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="880"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="878"/>
        <source>dari surat di buku agenda</source>
        <translation>from the letter in the Agenda Book</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="880"/>
        <source>dari lembar disposisi</source>
        <translation>from the disposition sheet</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="883"/>
        <source>Kelengkapan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="885"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="887"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="893"/>
        <source>Dikembalikan ke langkah %1</source>
        <translation>Returned to step %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="898"/>
        <source>Langkah ini belum dicapai.</source>
        <translation>This step has not been reached yet.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="902"/>
        <source>diterima oleh</source>
        <translation>received by</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="908"/>
        <source>Distribusi</source>
        <translation>Distribution</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="922"/>
        <source>%1 hari kerja di langkah %2: %3</source>
        <translation>
            <numerusform>%1 working day at step %2: %3</numerusform>
            <numerusform>%1 working days at step %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="934"/>
        <source>Peristiwa berkas</source>
        <translation>Case events</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="991"/>
        <source>Ikhtisar semua berkas aktif</source>
        <translation>Overview of all active cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="994"/>
        <source>%1 berkas aktif · %2 terlambat di langkahnya · %3 jatuh tempo dalam %4 hari kerja</source>
        <translation>%1 active cases · %2 overdue at their step · %3 due within %4 working days</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1002"/>
        <source>%1 ditangguhkan · </source>
        <translation>%1 suspended · </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1004"/>
        <source>Angka pada langkah: berkas yang menunggu di sana (merah: ada yang terlambat). Klik langkah untuk menyaring daftar.</source>
        <translation>Numbers on the steps: cases waiting there (red: some are overdue). Click a step to filter the list.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1024"/>
        <source>Klik sebuah langkah untuk melihat berkas yang menunggu di sana.</source>
        <translation>Click a step to see the cases waiting there.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1026"/>
        <source>Berkas menunggu per lajur</source>
        <translation>Cases waiting per lane</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1048"/>
        <source>… dan %1 berkas lagi (lihat daftar)</source>
        <translation>… and %1 more cases (see the list)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1056"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1057"/>
        <source>%1 berkas, %2 terlambat</source>
        <translation>%1 cases, %2 overdue</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1061"/>
        <source>Klik nomor berkas untuk membukanya.</source>
        <translation>Click a case number to open it.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1150"/>
        <source>Berkas %1 dimulai.</source>
        <translation>Case %1 started.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1193"/>
        <source>Standar pelayanan yang diajukan</source>
        <translation>Service standard submitted</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1260"/>
        <source>ke-%1: %2, diterima %3, %4</source>
        <translation>No. %1: %2, received by %3, %4</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1278"/>
        <source>Tanda Terima %1</source>
        <translation>Receipt %1</translation>
    </message>
</context>
<context>
    <name>ChainTree</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="70"/>
        <source>Disposisi dan penerima</source>
        <translation>Dispositions and recipients</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="70"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="70"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="126"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="128"/>
        <source> — dicatat oleh %1</source>
        <translation> — recorded by %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="129"/>
        <source>ditarik</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="129"/>
        <source>batas %1</source>
        <translation>due %1</translation>
    </message>
</context>
<context>
    <name>ClassificationDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="191"/>
        <source>Ubah Kode Klasifikasi</source>
        <translation>Edit Classification Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="191"/>
        <source>Tambah Kode Klasifikasi</source>
        <translation>Add Classification Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="195"/>
        <source>Set kode</source>
        <translation>Code set</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="199"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="200"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="201"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>CompleteStepDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="257"/>
        <source>Selesaikan Langkah %1</source>
        <translation>Complete Step %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="264"/>
        <source>Langkah %1</source>
        <translation>Step %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/case_dialogs.py" line="266"/>
        <source>Pelaksana: %1 · mutu baku %2 hari kerja</source>
        <translation>
            <numerusform>Performed by: %1 · standard time %2 working day</numerusform>
            <numerusform>Performed by: %1 · standard time %2 working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="271"/>
        <source>Kelengkapan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="272"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="275"/>
        <source>Output lain, pisahkan dengan titik koma</source>
        <translation>Other outputs, separated by semicolons</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="278"/>
        <source>Waktu selesai</source>
        <translation>Time completed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="279"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="280"/>
        <source>Selesaikan</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="296"/>
        <source>(tidak ada dalam SOP)</source>
        <translation>(none in the SOP)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../sopdesk/ui/dates.py" line="187"/>
        <source>hh-bb-tttt, misalnya 30-11-2026</source>
        <translation>dd-mm-yyyy, for example 30-11-2026</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dates.py" line="199"/>
        <source>Tanggal wajib diisi.</source>
        <translation>The date is required.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../sopdesk/ui/dates.py" line="218"/>
        <source>hh-bb-tttt jj:mm, misalnya 30-11-2026 14:05</source>
        <translation>dd-mm-yyyy hh:mm, for example 30-11-2026 14:05</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dates.py" line="230"/>
        <source>Tanggal dan jam wajib diisi.</source>
        <translation>The date and time are required.</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="95"/>
        <source>Lampiran tidak dapat dibuka</source>
        <translation>The attachment cannot be opened</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="161"/>
        <source>Teruskan Disposisi — %1</source>
        <translation>Forward Disposition — %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="161"/>
        <source>Tulis Disposisi — %1</source>
        <translation>Write Disposition — %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="187"/>
        <source>Disposisi tulisan tangan</source>
        <translation>Handwritten disposition</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="189"/>
        <source>Saya mengetik disposisi yang ditulis tangan oleh pejabat berikut</source>
        <translation>I am typing in a disposition handwritten by the following official</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="203"/>
        <source>ditulis</source>
        <translation>written on</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="205"/>
        <source>Atas nama</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="217"/>
        <source>Diteruskan kepada</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="223"/>
        <source>Centang penerima (pejabat, pengguna atau unit):</source>
        <translation>Tick the recipients (officials, users or units):</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="225"/>
        <source>Dengan hormat harap</source>
        <translation>Kindly</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="239"/>
        <source>Centang instruksi:</source>
        <translation>Tick the instructions:</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="242"/>
        <source>Instruksi lain; pisahkan dengan titik koma</source>
        <translation>Other instructions; separate them with semicolons</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="243"/>
        <source>Lainnya:</source>
        <translation>Other:</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="249"/>
        <source>Catatan (petunjuk dan arahan)</source>
        <translation>Notes (guidance and directions)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="253"/>
        <source>Petunjuk dan arahan bagi penerima…</source>
        <translation>Guidance and directions for the recipients…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="266"/>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="269"/>
        <source>Penanda tangan</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="298"/>
        <source>Simpan Disposisi</source>
        <translation>Save Disposition</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="309"/>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="313"/>
        <source>No. agenda</source>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="313"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="314"/>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="314"/>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="315"/>
        <source>Asal</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="315"/>
        <source>Sifat / urgensi</source>
        <translation>Classification / urgency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="325"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="333"/>
        <source>Klik dua kali untuk membuka (isi diperiksa dengan SHA-256)</source>
        <translation>Double-click to open (contents verified with SHA-256)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="339"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="347"/>
        <source>tidak ada pindaian</source>
        <translation>no scans</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="354"/>
        <source>Disposisi yang diteruskan</source>
        <translation>Disposition being forwarded</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="362"/>
        <source>&lt;b&gt;Dari&lt;/b&gt; %1 (%2), %3</source>
        <translation>&lt;b&gt;From&lt;/b&gt; %1 (%2), %3</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="366"/>
        <source>&lt;b&gt;Batas waktu&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Due date&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="369"/>
        <source>&lt;b&gt;Instruksi:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Instructions:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="371"/>
        <source>&lt;b&gt;Catatan:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notes:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="420"/>
        <source>Pejabat</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="420"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="420"/>
        <source>Unit</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="450"/>
        <source>(paraf)</source>
        <translation>(initials)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="452"/>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="457"/>
        <source>dicatat oleh %1</source>
        <translation>recorded by %1</translation>
    </message>
</context>
<context>
    <name>DispositionPage</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="340"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="475"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="342"/>
        <source>Teruskan…</source>
        <translation>Forward…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="344"/>
        <source>Tindak Lanjut…</source>
        <translation>Follow Up…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="346"/>
        <source>Selesai…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="348"/>
        <source>Pengaturan Disposisi…</source>
        <translation>Disposition Settings…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="351"/>
        <source>Tampilkan yang sudah selesai</source>
        <translation>Show completed ones</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="364"/>
        <source>Tidak ada disposisi yang menunggu Anda.</source>
        <translation>There are no dispositions waiting for you.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="372"/>
        <source>Tulis Disposisi…</source>
        <translation>Write Disposition…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="379"/>
        <source>Surat yang belum didisposisi, yang paling lama diterima di atas.</source>
        <translation>Letters not yet given a disposition, the longest-waiting at the top.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="390"/>
        <source>Disposisi yang Anda berikan atau catat; ditarik bila belum dibaca siapa pun.</source>
        <translation>Dispositions you have given or recorded; they can be withdrawn while no one has read them.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="419"/>
        <source>Surat ini belum didisposisi.</source>
        <translation>This letter has no disposition yet.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="424"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="897"/>
        <source>Lembar Disposisi</source>
        <translation>Disposition Sheet</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="426"/>
        <source>Lembar Kosong</source>
        <translation>Blank Sheet</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="428"/>
        <source>Kartu Penerus</source>
        <translation>Routing Card</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="430"/>
        <source>Tarik Disposisi…</source>
        <translation>Withdraw Disposition…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="447"/>
        <source>&lt;b&gt;Alur disposisi surat ini&lt;/b&gt;</source>
        <translation>&lt;b&gt;Disposition chain of this letter&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="466"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="725"/>
        <source>Disposisi</source>
        <translation>Dispositions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="532"/>
        <source>Disposisi Masuk (%1 baru)</source>
        <translation>Incoming Dispositions (%1 new)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="532"/>
        <source>Disposisi Masuk</source>
        <translation>Incoming Dispositions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="540"/>
        <source>Perlu Disposisi (%1)</source>
        <translation>Awaiting Disposition (%1)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="545"/>
        <source>Disposisi Keluar</source>
        <translation>Outgoing Dispositions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="663"/>
        <source>Hanya disposisi yang belum dibaca siapa pun, oleh penulis atau pencatatnya.</source>
        <translation>Only dispositions that no one has read yet, by their writer or the person who recorded them.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="670"/>
        <source>Pilih disposisi atau surat di sebelah kiri.</source>
        <translation>Choose a disposition or a letter on the left.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="676"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="677"/>
        <source>Instruksi</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="678"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="680"/>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="681"/>
        <source> — lewat batas waktu</source>
        <translation> — past the due date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="683"/>
        <source>Status Anda</source>
        <translation>Your status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="684"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="687"/>
        <source>No. agenda</source>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="688"/>
        <source>Asal</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="689"/>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="690"/>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="691"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="692"/>
        <source>Sifat / urgensi</source>
        <translation>Classification / urgency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="693"/>
        <source>Status surat</source>
        <translation>Letter status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="697"/>
        <source>Lewat batas waktu</source>
        <translation>Past the due date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="752"/>
        <source>Tindak Lanjut — %1</source>
        <translation>Follow-Up — %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="754"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="820"/>
        <source>Apa yang sudah dikerjakan</source>
        <translation>What has been done</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="768"/>
        <source>Selesai — %1</source>
        <translation>Done — %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="770"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="828"/>
        <source>Catatan penyelesaian (boleh kosong)</source>
        <translation>Completion notes (optional)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="773"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="831"/>
        <source>Tandai Selesai</source>
        <translation>Mark as Done</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="792"/>
        <source>Catat sudah dibaca (atas nama penerima)</source>
        <translation>Record as read (on the recipient&apos;s behalf)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="793"/>
        <source>Catat tindak lanjut… (atas nama penerima)</source>
        <translation>Record follow-up… (on the recipient&apos;s behalf)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="794"/>
        <source>Catat selesai… (atas nama penerima)</source>
        <translation>Record as done… (on the recipient&apos;s behalf)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="818"/>
        <source>Tindak Lanjut atas nama %1</source>
        <translation>Follow-up on behalf of %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="826"/>
        <source>Selesai atas nama %1</source>
        <translation>Done on behalf of %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="855"/>
        <source>Disposisi surat %1 disimpan untuk %2.</source>
        <translation>Disposition of letter %1 saved for %2.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="868"/>
        <source>Tarik Disposisi</source>
        <translation>Withdraw Disposition</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="870"/>
        <source>Alasan penarikan</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="875"/>
        <source>Tarik</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="876"/>
        <source>Disposisi kepada %1 ditarik dan dicoret; catatannya tetap tersimpan.</source>
        <translation>The disposition to %1 is withdrawn and struck through; its record is kept.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="906"/>
        <source>Lembar Disposisi (kosong)</source>
        <translation>Disposition Sheet (blank)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="912"/>
        <source>Kartu Penerus Disposisi</source>
        <translation>Disposition Routing Card</translation>
    </message>
</context>
<context>
    <name>DispositionSettingsDialog</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="262"/>
        <source>Pengaturan Disposisi</source>
        <translation>Disposition Settings</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="267"/>
        <source>Daftar instruksi (satu per baris)</source>
        <translation>Instruction list (one per line)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="269"/>
        <source>Unit penerima (satu per baris)</source>
        <translation>Recipient units (one per line)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="280"/>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="285"/>
        <source>Batas waktu menurut urgensi</source>
        <translation>Due date by urgency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="310"/>
        <source>Tekan Simpan lagi untuk menyimpan isian Anda.</source>
        <translation>Press Save again to save what you entered.</translation>
    </message>
</context>
<context>
    <name>DistributeDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="424"/>
        <source>Catat Distribusi %1</source>
        <translation>Record Distribution %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="426"/>
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="426"/>
        <source>misalnya: Dinas Kesehatan</source>
        <translation>e.g. Dinas Kesehatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="427"/>
        <source>Diterima oleh</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="427"/>
        <source>nama penerima</source>
        <translation>recipient&apos;s name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="428"/>
        <source>Diterima pada</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="429"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="430"/>
        <source>Catat</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>DocumentJob</name>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="136"/>
        <source>Menyiapkan %1…</source>
        <translation>Preparing %1…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="136"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="161"/>
        <source>Halaman %1 dari %2…</source>
        <translation>Page %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="180"/>
        <source>Dokumen tidak dapat dibuat</source>
        <translation>The document could not be created</translation>
    </message>
</context>
<context>
    <name>DomainWords</name>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="20"/>
        <source>Berjalan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="21"/>
        <source>Ditangguhkan</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="22"/>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="23"/>
        <location filename="../../sopdesk/ui/words.py" line="81"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="25"/>
        <source>Langkah selesai</source>
        <translation>Step completed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="26"/>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="27"/>
        <source>Dilanjutkan</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="28"/>
        <source>Tenggat diperpanjang</source>
        <translation>Deadline extended</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="29"/>
        <source>Didistribusikan</source>
        <translation>Distributed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="31"/>
        <source>Belum dibaca</source>
        <translation>Unread</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="32"/>
        <source>Dibaca</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="33"/>
        <source>Ditindaklanjuti</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="35"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="36"/>
        <source>Staf</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="37"/>
        <source>Kasubag</source>
        <translation>Kasubag (section head)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="38"/>
        <source>Kabag Organisasi</source>
        <translation>Kabag Organisasi (head of bureau)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="39"/>
        <source>Pimpinan (hanya baca)</source>
        <translation>Leadership (read only)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="41"/>
        <source>belum didisposisi</source>
        <translation>awaiting disposition</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="42"/>
        <source>didisposisi</source>
        <translation>disposed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="43"/>
        <source>diproses SOP</source>
        <translation>in SOP process</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="44"/>
        <source>selesai</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="45"/>
        <source>dibatalkan</source>
        <translation>voided</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="47"/>
        <source>Biasa</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="48"/>
        <source>Terbatas</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="49"/>
        <source>Rahasia</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="50"/>
        <source>Sangat Rahasia</source>
        <translation>Top secret</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="51"/>
        <source>Segera</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="52"/>
        <source>Sangat Segera</source>
        <translation>Very urgent</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="54"/>
        <source>fisik</source>
        <translation>paper</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="55"/>
        <source>srikandi</source>
        <translation>Srikandi</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="56"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="57"/>
        <source>lainnya</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="59"/>
        <source>A4 (210 x 297 mm)</source>
        <translation>A4 (210 x 297 mm)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="60"/>
        <source>F4 / Folio (215 x 330 mm)</source>
        <translation>F4 / Folio (215 x 330 mm)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="61"/>
        <source>Setengah folio (215 x 165 mm)</source>
        <translation>Half folio (215 x 165 mm)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="62"/>
        <source>Kartu (100 x 150 mm)</source>
        <translation>Card (100 x 150 mm)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="64"/>
        <source>Dokumen SOP</source>
        <translation>SOP Document</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="65"/>
        <source>Daftar data induk</source>
        <translation>Master data list</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="66"/>
        <source>Buku Agenda</source>
        <translation>Agenda Book</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="67"/>
        <source>Tanda terima surat</source>
        <translation>Letter receipt</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="68"/>
        <source>Kartu kendali</source>
        <translation>Control card</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="69"/>
        <source>Lembar disposisi</source>
        <translation>Disposition sheet</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="70"/>
        <source>Kartu penerus disposisi</source>
        <translation>Disposition routing card</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="71"/>
        <source>Berkas SP</source>
        <translation>SP case dossier</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="72"/>
        <source>Laporan capaian mutu baku</source>
        <translation>Standard time performance report</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="73"/>
        <source>Tanda terima distribusi</source>
        <translation>Distribution receipt</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="74"/>
        <source>SK Standar Pelayanan</source>
        <translation>Service standard decree</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="75"/>
        <source>Maklumat Pelayanan</source>
        <translation>Service pledge (Maklumat)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="76"/>
        <source>Berita Acara FKP</source>
        <translation>Public consultation minutes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="77"/>
        <source>Buku Laporan SP</source>
        <translation>SP report book</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="79"/>
        <source>Dicatat</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="80"/>
        <source>Dikoreksi</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="82"/>
        <source>Berkas dilampirkan</source>
        <translation>File attached</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="83"/>
        <source>Status surat diperbarui</source>
        <translation>Letter status updated</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="84"/>
        <source>Buku agenda diekspor ke Excel</source>
        <translation>Agenda book exported to Excel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="85"/>
        <source>Didisposisi</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="86"/>
        <source>Disposisi tulisan tangan diketik</source>
        <translation>Handwritten disposition typed in</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="87"/>
        <source>Disposisi diteruskan</source>
        <translation>Disposition passed on</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="88"/>
        <source>Disposisi dibaca</source>
        <translation>Disposition read</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="89"/>
        <source>Disposisi ditindaklanjuti</source>
        <translation>Disposition followed up</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="90"/>
        <source>Disposisi diselesaikan</source>
        <translation>Disposition completed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="91"/>
        <source>Disposisi ditarik</source>
        <translation>Disposition withdrawn</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="92"/>
        <source>Berkas SP dimulai</source>
        <translation>SP case started</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="93"/>
        <source>Langkah berkas SP diselesaikan</source>
        <translation>SP case step completed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="94"/>
        <source>Berkas SP dikembalikan</source>
        <translation>SP case sent back</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="95"/>
        <source>Berkas SP ditangguhkan</source>
        <translation>SP case suspended</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="96"/>
        <source>Berkas SP dilanjutkan</source>
        <translation>SP case resumed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="97"/>
        <source>Tenggat berkas SP diperpanjang</source>
        <translation>SP case deadline extended</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="98"/>
        <source>Berkas SP dibatalkan</source>
        <translation>SP case cancelled</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="99"/>
        <source>Laporan SP didistribusikan</source>
        <translation>SP report distributed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="100"/>
        <source>Laporan capaian mutu baku diekspor ke Excel</source>
        <translation>Service standard performance report exported to Excel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="101"/>
        <source>Rancangan standar pelayanan disimpan</source>
        <translation>Service standard draft saved</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="102"/>
        <source>Rancangan standar pelayanan diimpor dari Word</source>
        <translation>Service standard draft imported from Word</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="103"/>
        <source>Data SK dan berita acara disimpan</source>
        <translation>Decree and minutes data saved</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="104"/>
        <source>Standar pelayanan ditinjau</source>
        <translation>Service standard reviewed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="105"/>
        <source>Standar pelayanan ditetapkan</source>
        <translation>Service standard enacted</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="106"/>
        <source>Isian SIPP disimpan</source>
        <translation>SIPP entries saved</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="107"/>
        <source>Isian SIPP diekspor ke Excel</source>
        <translation>SIPP entries exported to Excel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="108"/>
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="109"/>
        <source>Tanda terima surat dicetak</source>
        <translation>Letter receipt printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="110"/>
        <source>Kartu kendali dicetak</source>
        <translation>Control card printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="111"/>
        <source>Sidik berkas cetakan dicatat</source>
        <translation>Printed file fingerprint recorded</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="112"/>
        <source>Dokumen SOP dicetak</source>
        <translation>SOP document printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="113"/>
        <source>Daftar data induk dicetak</source>
        <translation>Master data list printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="114"/>
        <source>Buku agenda dicetak</source>
        <translation>Agenda book printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="115"/>
        <source>Lembar disposisi dicetak</source>
        <translation>Disposition sheet printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="116"/>
        <source>Lembar disposisi kosong dicetak</source>
        <translation>Blank disposition sheet printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="117"/>
        <source>Kartu penerus disposisi dicetak</source>
        <translation>Disposition routing card printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="118"/>
        <source>Berkas SP dicetak</source>
        <translation>SP case dossier printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="119"/>
        <source>Laporan capaian mutu baku dicetak</source>
        <translation>Service standard performance report printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="120"/>
        <source>Tanda terima distribusi dicetak</source>
        <translation>Distribution receipt printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="121"/>
        <source>SK standar pelayanan dicetak</source>
        <translation>Service standard decree printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="122"/>
        <source>Maklumat pelayanan dicetak</source>
        <translation>Service declaration printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="123"/>
        <source>Berita acara forum konsultasi publik dicetak</source>
        <translation>Public consultation forum minutes printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="124"/>
        <source>Buku laporan SP dicetak</source>
        <translation>SP report book printed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="125"/>
        <source>Pengguna ditambahkan</source>
        <translation>User added</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="126"/>
        <source>Administrator pertama dibuat</source>
        <translation>First administrator created</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="127"/>
        <source>Data pengguna diubah</source>
        <translation>User changed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="128"/>
        <source>Masuk</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="129"/>
        <source>Gagal masuk</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="130"/>
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="131"/>
        <source>Kata sandi diatur ulang</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="132"/>
        <source>OPD ditambahkan</source>
        <translation>OPD added</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="133"/>
        <source>Data OPD diubah</source>
        <translation>OPD changed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="134"/>
        <source>Pejabat ditambahkan</source>
        <translation>Official added</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="135"/>
        <source>Data pejabat diubah</source>
        <translation>Official changed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="136"/>
        <source>Data pejabat perlu dikonfirmasi</source>
        <translation>Official data to be confirmed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="137"/>
        <source>Kode klasifikasi ditambahkan</source>
        <translation>Classification code added</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="138"/>
        <source>Kode klasifikasi diubah</source>
        <translation>Classification code changed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="139"/>
        <source>Pengaturan diubah</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="140"/>
        <source>Hari kerja atau libur ditetapkan</source>
        <translation>Working day or holiday set</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="141"/>
        <source>Perubahan hari kerja dihapus</source>
        <translation>Working-day change removed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="142"/>
        <source>Basis data dicadangkan</source>
        <translation>Database backed up</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="143"/>
        <source>Pencadangan basis data gagal</source>
        <translation>Database backup failed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="144"/>
        <source>Data induk awal dimuat</source>
        <translation>Initial master data loaded</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="145"/>
        <source>Versi SOP dimuat</source>
        <translation>SOP version loaded</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="146"/>
        <source>Versi SOP diberlakukan kembali</source>
        <translation>SOP version put back in force</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="147"/>
        <source>Pengguna contoh dibuat</source>
        <translation>Demo user created</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="148"/>
        <source>Pejabat contoh diisi</source>
        <translation>Demo official filled in</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="149"/>
        <source>Disposisi contoh dibuat</source>
        <translation>Demo disposition created</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="299"/>
        <source>Ubah Pengguna %1</source>
        <translation>Edit User %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="301"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="302"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="303"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="306"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation>Official (if the user is one)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="307"/>
        <source>— bukan pejabat —</source>
        <translation>— not an official —</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="310"/>
        <source>Aktif (boleh masuk)</source>
        <translation>Active (may sign in)</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="389"/>
        <source>Perpanjang %1</source>
        <translation>Extend %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="391"/>
        <source>Tenggat langkah yang berjalan dan tenggat berkas mundur sebanyak hari kerja ini.</source>
        <translation>The deadline of the step in progress and the case deadline move back by this many working days.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="398"/>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="399"/>
        <source>Perpanjangan</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="400"/>
        <source>Alasan perpanjangan</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="401"/>
        <source>Perpanjang</source>
        <translation>Extend</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="168"/>
        <source>SOPDesk — Penyiapan Pertama</source>
        <translation>SOPDesk — First-Time Setup</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="171"/>
        <source>Selamat datang di SOPDesk</source>
        <translation>Welcome to SOPDesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="174"/>
        <source>Basis data baru dibuat di %1. Isi data administrator pertama: ia dapat menambah pengguna lain dan mengubah data induk.</source>
        <translation>A new database has been created at %1. Enter the details of the first administrator, who can add other users and edit the master data.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="186"/>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="195"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="196"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="197"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="198"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="199"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="202"/>
        <source>Kop surat (dicetak di setiap formulir; dapat diubah di Pengaturan)</source>
        <translation>Letterhead (printed on every form; can be changed in Settings)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="209"/>
        <source>Menyiapkan basis data…</source>
        <translation>Preparing the database…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="213"/>
        <source>Simpan dan Masuk</source>
        <translation>Save and Sign In</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="213"/>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="231"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>FixesTree</name>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1141"/>
        <source>Komponen yang harus diperbaiki</source>
        <translation>Components to fix</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1141"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1145"/>
        <source>Semua jenis layanan</source>
        <translation>All services</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="158"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="173"/>
        <source>Surat menunggu disposisi</source>
        <translation>Letters awaiting disposition</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="174"/>
        <source>Disposisi masuk belum dibaca</source>
        <translation>Unread incoming dispositions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="175"/>
        <source>Berkas SP aktif</source>
        <translation>Active SP cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="176"/>
        <source>Langkah terlambat</source>
        <translation>Overdue steps</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="177"/>
        <source>Jatuh tempo ≤ 3 hari kerja</source>
        <translation>Due in ≤ 3 working days</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="203"/>
        <source>Berkas SP aktif per langkah dan lajur</source>
        <translation>Active SP cases by step and lane</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="211"/>
        <source>Tugas saya</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="212"/>
        <location filename="../../sopdesk/ui/pages.py" line="453"/>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="213"/>
        <source>Jatuh tempo dalam 3 hari kerja</source>
        <translation>Due within 3 working days</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="234"/>
        <source>OPD terdaftar</source>
        <translation>Registered OPDs</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="235"/>
        <source>Pejabat pemegang lajur</source>
        <translation>Officials holding SOP lanes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="236"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="237"/>
        <source>Peristiwa jejak audit</source>
        <translation>Audit trail events</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="160"/>
        <source>Selamat bekerja, %1 (%2).</source>
        <translation>Welcome, %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="280"/>
        <source>Beranda tidak dapat dimuat: %1</source>
        <translation>Home cannot be loaded: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="289"/>
        <source>SOP berlaku: %1 versi %2 — %3; %4 langkah, mutu baku %5 hari kerja.</source>
        <translation>
            <numerusform>SOP in force: %1 version %2 — %3; %4 steps, standard time %5 working day.</numerusform>
            <numerusform>SOP in force: %1 version %2 — %3; %4 steps, standard time %5 working days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="311"/>
        <source>Perlu dilengkapi: nama pejabat (Pengaturan › Pejabat) untuk</source>
        <translation>Still to be completed: the official&apos;s name (Settings › Officials) for</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="316"/>
        <source>Perlu dilengkapi: lambang daerah dan alamat pada kop (Pengaturan › Kop, Kertas dan Nomor)</source>
        <translation>To complete: the regional emblem and the address in the letterhead (Settings › Letterhead, Paper and Numbers)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="336"/>
        <source>%1 · %2 — SK %3, berlaku sejak %4, ditinjau %5 bulan lalu</source>
        <translation>%1 · %2 — decree %3, in force since %4, reviewed %5 months ago</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="339"/>
        <source>(nomor belum dicatat)</source>
        <translation>(number not recorded yet)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="344"/>
        <source> (sedang ditinjau: %1)</source>
        <translation> (under review: %1)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="349"/>
        <source>Standar pelayanan belum ditinjau lebih dari 12 bulan (%1)</source>
        <translation>Service standards not reviewed for more than 12 months (%1)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="376"/>
        <source>Disposisi %1 · batas %3
%2</source>
        <translation>Disposition %1 · due %3
%2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="388"/>
        <source>… dan %1 lainnya</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="392"/>
        <source>Tidak ada.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="404"/>
        <source>ditangguhkan</source>
        <translation>suspended</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="409"/>
        <source>terlambat %1 hari kerja</source>
        <translation>
            <numerusform>overdue by %1 working day</numerusform>
            <numerusform>overdue by %1 working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="411"/>
        <source>sisa kurang dari ½ hari kerja</source>
        <translation>less than ½ working day remaining</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="414"/>
        <source>sisa %1 hari kerja</source>
        <translation>
            <numerusform>%1 working day remaining</numerusform>
            <numerusform>%1 working days remaining</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="416"/>
        <source>%1 · langkah %3 (%4)
%2 · %5</source>
        <translation>%1 · step %3 (%4)
%2 · %5</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="453"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="453"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="486"/>
        <source>Jumlah per lajur</source>
        <translation>Total per lane</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="79"/>
        <source>Impor Buku Agenda dari Excel</source>
        <translation>Import Agenda Book from Excel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="94"/>
        <source>Belum ada berkas dipilih</source>
        <translation>No file selected yet</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="95"/>
        <source>Pilih Berkas…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="107"/>
        <source>Data surat</source>
        <translation>Letter field</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="107"/>
        <source>Kolom di buku kerja</source>
        <translation>Workbook column</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="107"/>
        <source>Isi tetap bila kosong</source>
        <translation>Default value if empty</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="189"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="454"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="463"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="179"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="189"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="463"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="118"/>
        <source>(tanpa kode)</source>
        <translation>(no code)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="132"/>
        <source>Untuk baris tanpa kode. Surat tahun lalu dengan nomor asli boleh tanpa kode.</source>
        <translation>For rows without a code. Letters of an earlier year with their original number may have none.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="148"/>
        <source>Kata di buku agenda</source>
        <translation>Word in the agenda book</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="148"/>
        <source>Berarti</source>
        <translation>Means</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="152"/>
        <source>Tambah Kata</source>
        <translation>Add Word</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="154"/>
        <source>Hapus Kata</source>
        <translation>Remove Word</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="156"/>
        <source>Aturan Bawaan</source>
        <translation>Default Rules</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="162"/>
        <source>Sifat dan urgensi dikenali dari katanya di kolom mana pun (Segera di kolom Sifat tetap urgensi). Kata lama diartikan dengan aturan ini; kata aslinya dicatat di Keterangan. Kata yang tidak dikenal ditolak dengan nomor barisnya.</source>
        <translation>Classification and urgency are recognised by their word in any column (Segera in the Sifat column is still urgency). Older words are read by these rules; the original word is kept in Keterangan. An unknown word is refused with its row number.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="180"/>
        <source>Kata Sifat/Urgensi</source>
        <translation>Classification/Urgency Words</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="189"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="463"/>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="189"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="463"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="203"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="206"/>
        <location filename="../../sopdesk/ui/sp_editor.py" line="724"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="213"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="221"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="222"/>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="227"/>
        <source>Pratinjau baris pertama</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="229"/>
        <source>Hasil pemeriksaan</source>
        <translation>Check results</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="274"/>
        <source>No. Agenda Asli (tahun lalu)</source>
        <translation>Original Agenda No. (earlier year)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="275"/>
        <source>Tanggal Terima</source>
        <translation>Date Received</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="276"/>
        <source>Jam Terima (bila kolomnya terpisah)</source>
        <translation>Time Received (when in its own column)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="277"/>
        <source>Asal Surat</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="278"/>
        <source>Nomor Surat</source>
        <translation>Letter Number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="279"/>
        <source>Tanggal Surat</source>
        <translation>Letter Date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="280"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="281"/>
        <source>Isi Ringkas</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="282"/>
        <source>Sifat</source>
        <translation>Classification (sifat)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="283"/>
        <source>Urgensi</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="284"/>
        <source>Kode Klasifikasi</source>
        <translation>Classification Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="285"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="286"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="287"/>
        <source>No. Srikandi</source>
        <translation>Srikandi No.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="288"/>
        <source>Diteruskan Kepada</source>
        <translation>Forwarded To</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="289"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="461"/>
        <source>(dilewati)</source>
        <translation>(skipped)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="469"/>
        <source>%1: tidak ada yang diimpor. Perbaiki buku kerja (atau pemetaan, aturan kata), lalu Periksa.</source>
        <translation>%1: nothing was imported. Fix the workbook (or the mapping, the word rules), then Check.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="473"/>
        <source>Daftar menampilkan %1 kesalahan pertama.</source>
        <translation>The list shows the first %1 errors.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="506"/>
        <source>Mengimpor buku agenda…</source>
        <translation>Importing the agenda book…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="530"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="539"/>
        <source>Menulis semua surat dalam satu transaksi…</source>
        <translation>Writing every letter in one transaction…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="541"/>
        <source>Membaca baris</source>
        <translation>Reading rows</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="542"/>
        <source>Memeriksa nomor agenda dan surat berulang</source>
        <translation>Checking agenda numbers and repeated letters</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="543"/>
        <source>Menulis</source>
        <translation>Writing</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="549"/>
        <source>%1: %2 dari %3 baris</source>
        <translation>%1: %2 of %3 rows</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="349"/>
        <source>Pilih Buku Kerja Excel</source>
        <translation>Choose Excel Workbook</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="358"/>
        <source>Membaca %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="378"/>
        <source>(tidak dipakai)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="386"/>
        <source>Judul kolom di baris %1; data mulai baris %2.</source>
        <translation>Column headings in row %1; data starts at row %2.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="392"/>
        <source>Periksa pemetaan kolom, lalu tekan Periksa.</source>
        <translation>Review the column mapping, then press Check.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="424"/>
        <source>Pemetaan berubah: tekan Periksa lagi.</source>
        <translation>Mapping changed: press Check again.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="445"/>
        <source>Memeriksa setiap baris…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="475"/>
        <source>Tidak ada baris surat di lembar ini.</source>
        <translation>There are no letter rows in this sheet.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="477"/>
        <source>%1 surat lolos pemeriksaan dan siap diimpor.</source>
        <translation>%1 letters passed the check and are ready to import.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="480"/>
        <source>%1 baris bukan surat dilewati (judul, jumlah, baris kosong bernomor).</source>
        <translation>%1 rows that are no letter skipped (titles, totals, numbered empty rows).</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="486"/>
        <source>%1 surat sudah pernah tercatat dengan nomor surat yang sama (peringatan).</source>
        <translation>%1 letters were registered before with the same letter number (warning).</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="499"/>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="710"/>
        <source>Impor rancangan SP dari Word</source>
        <translation>Import a draft SP from Word</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="719"/>
        <source>Setiap jenis layanan yang terisi disimpan sebagai versi baru; isi lama tetap ada di versi sebelumnya.</source>
        <translation>Each service filled is saved as a new version; the old content stays in the earlier version.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="209"/>
        <location filename="../../sopdesk/ui/sp_editor.py" line="724"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="89"/>
        <source>No. Agenda</source>
        <translation>Agenda No.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="90"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="92"/>
        <source>Batas Waktu</source>
        <translation>Due Date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="92"/>
        <source> (lewat)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="95"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="96"/>
        <source>Instruksi</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="97"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>KopFields</name>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="25"/>
        <location filename="../../sopdesk/ui/kop_form.py" line="91"/>
        <source>(belum ada lambang)</source>
        <translation>(no emblem yet)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="28"/>
        <source>Pilih lambang…</source>
        <translation>Choose emblem…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="30"/>
        <source>Hapus lambang</source>
        <translation>Remove emblem</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="39"/>
        <source>mis. Jl. ... No. ..., Tigaraksa</source>
        <translation>e.g. Jl. ... No. ..., Tigaraksa</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="40"/>
        <source>5 angka</source>
        <translation>5 digits</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="42"/>
        <source>mis. (021) 5991234</source>
        <translation>e.g. (021) 5991234</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="43"/>
        <source>mis. organisasi.tangerangkab.go.id</source>
        <translation>e.g. organisasi.tangerangkab.go.id</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="44"/>
        <source>alamat pos-el bagian</source>
        <translation>the bureau&apos;s e-mail address</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="55"/>
        <source>Lambang daerah (PNG/JPEG)</source>
        <translation>Regional emblem (PNG/JPEG)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="56"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="57"/>
        <source>Kode pos</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="58"/>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="59"/>
        <source>Laman</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="60"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="98"/>
        <source>Lambang paling besar 2 MB.</source>
        <translation>The emblem may be at most 2 MB.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="101"/>
        <source>Berkas tidak dapat dibaca: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="109"/>
        <source>Pilih lambang daerah</source>
        <translation>Choose the regional emblem</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="390"/>
        <source>Catat Surat Masuk</source>
        <translation>Record Incoming Letter</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="390"/>
        <source>Koreksi Surat %1</source>
        <translation>Correct Letter %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="398"/>
        <location filename="../../sopdesk/ui/agenda.py" line="546"/>
        <source>Tanggal terima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="399"/>
        <location filename="../../sopdesk/ui/agenda.py" line="547"/>
        <source>Asal surat</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="406"/>
        <location filename="../../sopdesk/ui/agenda.py" line="548"/>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="416"/>
        <location filename="../../sopdesk/ui/agenda.py" line="549"/>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="417"/>
        <location filename="../../sopdesk/ui/agenda.py" line="550"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="418"/>
        <location filename="../../sopdesk/ui/agenda.py" line="551"/>
        <source>Isi ringkas</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="419"/>
        <location filename="../../sopdesk/ui/agenda.py" line="552"/>
        <source>Sifat</source>
        <translation>Classification (sifat)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="420"/>
        <location filename="../../sopdesk/ui/agenda.py" line="553"/>
        <source>Urgensi</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="422"/>
        <location filename="../../sopdesk/ui/agenda.py" line="554"/>
        <source>Kode klasifikasi</source>
        <translation>Classification code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="423"/>
        <location filename="../../sopdesk/ui/agenda.py" line="555"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="424"/>
        <location filename="../../sopdesk/ui/agenda.py" line="556"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="425"/>
        <location filename="../../sopdesk/ui/agenda.py" line="558"/>
        <source>No. registrasi Srikandi</source>
        <translation>Srikandi registration no.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="426"/>
        <location filename="../../sopdesk/ui/agenda.py" line="563"/>
        <source>Diteruskan kepada</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="427"/>
        <location filename="../../sopdesk/ui/agenda.py" line="567"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="428"/>
        <source>Cetak tanda terima untuk kurir setelah disimpan</source>
        <translation>Print a receipt for the courier after saving</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="435"/>
        <source>otomatis</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="436"/>
        <source>No. urut asli (surat tahun lalu)</source>
        <translation>Original sequence no. (earlier year)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="437"/>
        <source>Alasan koreksi</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="445"/>
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="466"/>
        <source>Perhatian: nomor surat ini dari pengirim yang sama sudah tercatat: %1</source>
        <translation>Warning: this letter number from the same sender is already recorded: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="513"/>
        <source>%1: kini “%2”</source>
        <translation>%1: now “%2”</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="516"/>
        <source>%1: mereka menulis “%2”, isian Anda “%3” dipertahankan</source>
        <translation>%1: they wrote “%2”, your “%3” is kept</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="523"/>
        <source>tidak ada isian yang berbeda</source>
        <translation>no field differs</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="527"/>
        <source>Perubahan mereka: %1.</source>
        <translation>Their changes: %1.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="529"/>
        <source>Periksa, lalu tekan Simpan lagi.</source>
        <translation>Check, then press Save again.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="35"/>
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
        <location filename="../../sopdesk/ui/login.py" line="91"/>
        <source>Membuka basis data… Anda masuk begitu siap.</source>
        <translation>Opening the database… you will be logged in as soon as it is ready.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="93"/>
        <location filename="../../sopdesk/ui/login.py" line="106"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="110"/>
        <location filename="../../sopdesk/ui/login.py" line="147"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="137"/>
        <source>Akun ini baru saja dicoba dengan kata sandi salah beberapa kali: pemeriksaan diperlambat. Diperiksa dalam %1 detik…</source>
        <translation>Wrong passwords were tried on this account several times just now: checking is slowed down. Checking in %1 seconds…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="75"/>
        <source>SOPDesk — Bagian Organisasi Setda Kabupaten Tangerang</source>
        <translation>SOPDesk — Organisation Section, Regional Secretariat of Tangerang Regency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="94"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="95"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="362"/>
        <source>Buku Agenda</source>
        <translation>Agenda Book</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="96"/>
        <location filename="../../sopdesk/ui/main_window.py" line="706"/>
        <source>Disposisi</source>
        <translation>Dispositions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="97"/>
        <source>Berkas SP</source>
        <translation>SP Cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="98"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="99"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="151"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="153"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="155"/>
        <source>&amp;Pratinjau Cetak…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="156"/>
        <source>&amp;Ekspor PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="161"/>
        <source>Cetak &amp;Lembar Disposisi Kosong…</source>
        <translation>Print B&amp;lank Disposition Sheet…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="164"/>
        <source>Cetak Kartu Pe&amp;nerus Disposisi…</source>
        <translation>Print Disposition &amp;Routing Card…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="172"/>
        <source>Periksa &amp;Keaslian Cetakan…</source>
        <translation>Check a Print&amp;out…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="176"/>
        <source>Ca&amp;dangkan Basis Data…</source>
        <translation>&amp;Back Up Database…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="180"/>
        <source>&amp;Ganti Kata Sandi…</source>
        <translation>&amp;Change Password…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="184"/>
        <source>Ganti Pengg&amp;una…</source>
        <translation>Switch &amp;User…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="186"/>
        <source>Keluar dari akun ini dan kembali ke jendela masuk</source>
        <translation>Log out of this account and return to the login window</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="189"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="191"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="192"/>
        <source>&amp;Dokumen SOP</source>
        <translation>&amp;SOP Document</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="193"/>
        <source>&amp;Tentang SOPDesk</source>
        <translation>&amp;About SOPDesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="198"/>
        <source>Pengguna: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="203"/>
        <source>Peran: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="205"/>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="340"/>
        <source>Tidak ada yang dapat dicetak di halaman ini.</source>
        <translation>There is nothing to print on this page.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="344"/>
        <source>Pilih surat atau disposisi di halaman Disposisi.</source>
        <translation>Choose a letter or a disposition on the Dispositions page.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="349"/>
        <source>Tanpa surat terpilih: lembar kosong untuk diisi tangan.</source>
        <translation>No letter chosen: a blank sheet to fill in by hand.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="367"/>
        <source>Berkas %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="374"/>
        <source>Laporan Capaian Mutu Baku</source>
        <translation>Standard Time Performance Report</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="415"/>
        <source>PDF disimpan: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="435"/>
        <source>Pencetakan gagal</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="438"/>
        <source>%1 halaman dikirim ke pencetak.</source>
        <translation>%1 page(s) sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="508"/>
        <source>Cadangkan Basis Data</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="523"/>
        <source>Mencadangkan ke %1…</source>
        <translation>Backing up to %1…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="528"/>
        <source>Cadangan selesai dan diperiksa: %1</source>
        <translation>Backup completed and verified: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="533"/>
        <source>Pencadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="656"/>
        <source>Akun Anda dinonaktifkan oleh administrator. Simpan tidak akan diterima.</source>
        <translation>Your account was deactivated by an administrator. Saves will not be accepted.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="659"/>
        <source>Akun dinonaktifkan</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="661"/>
        <source>Akun Anda dinonaktifkan oleh administrator di komputer lain. Yang belum disimpan tidak dapat disimpan lagi; hubungi administrator.</source>
        <translation>Your account was deactivated by an administrator on another computer. What is not saved can no longer be saved; contact the administrator.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="668"/>
        <source>Peran Anda diubah menjadi %1 oleh administrator; masuk ulang untuk menyesuaikan menu.</source>
        <translation>An administrator changed your role to %1; log in again to update the menus.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="676"/>
        <source>Disposisi baru</source>
        <translation>New disposition</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="678"/>
        <source>%1 disposisi baru</source>
        <translation>%1 new dispositions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="681"/>
        <source>Dari %1: %2 — %3</source>
        <translation>From %1: %2 — %3</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="687"/>
        <source> (dan %1 lainnya)</source>
        <translation> (and %1 more)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="708"/>
        <source>Disposisi (%1)</source>
        <translation>Dispositions (%1)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="713"/>
        <source>%1 belum dibaca, %2 belum selesai, %3 lewat batas waktu</source>
        <translation>%1 unread, %2 not yet done, %3 past the due date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="730"/>
        <source>Lembar Disposisi (kosong)</source>
        <translation>Disposition Sheet (blank)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="738"/>
        <location filename="../../sopdesk/ui/main_window.py" line="762"/>
        <location filename="../../sopdesk/ui/main_window.py" line="776"/>
        <source>Periksa Keaslian Cetakan</source>
        <translation>Check a Printout</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="748"/>
        <source>Memeriksa %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="358"/>
        <location filename="../../sopdesk/ui/main_window.py" line="543"/>
        <source>Dokumen SOP</source>
        <translation>SOP Document</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="471"/>
        <location filename="../../sopdesk/ui/main_window.py" line="488"/>
        <source>Tunggu sampai penyimpanan atau pencadangan selesai.</source>
        <translation>Wait until the save or the backup has finished.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="549"/>
        <source>Tentang SOPDesk</source>
        <translation>About SOPDesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="552"/>
        <source>&lt;b&gt;SOPDesk %1&lt;/b&gt;&lt;br&gt;Agenda surat, disposisi dan pelacakan SOP 01.048.2017 untuk Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang.</source>
        <translation>&lt;b&gt;SOPDesk %1&lt;/b&gt;&lt;br&gt;Letter agenda, dispositions and SOP 01.048.2017 tracking for the Organisation Section of the Regional Secretariat of Tangerang Regency.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="556"/>
        <location filename="../../sopdesk/ui/main_window.py" line="766"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MasterTab</name>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="58"/>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="60"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="263"/>
        <source>Tambah Pengguna</source>
        <translation>Add User</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="264"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="265"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="266"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="266"/>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="267"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="269"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation>Official (if the user is one)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="269"/>
        <source>— bukan pejabat —</source>
        <translation>— not an official —</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="271"/>
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../sopdesk/ui/notify.py" line="181"/>
        <source>SOPDesk</source>
        <translation>SOPDesk</translation>
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="223"/>
        <source>Ubah Pejabat</source>
        <translation>Edit Official</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="223"/>
        <source>Tambah Pejabat</source>
        <translation>Add Official</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="225"/>
        <source>Lajur SOP</source>
        <translation>SOP lane</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="227"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="228"/>
        <source>Nama (dengan gelar)</source>
        <translation>Name (with academic titles)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="231"/>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="233"/>
        <source>mis. Pembina (IV/a); dicetak di bawah nama penanda tangan</source>
        <translation>e.g. Pembina (IV/a); printed under the signer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="236"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="236"/>
        <source>18 angka; kosong bila bukan PNS</source>
        <translation>18 digits; leave empty if not a civil servant (PNS)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="238"/>
        <source>Masih menjabat</source>
        <translation>Still in office</translation>
    </message>
</context>
<context>
    <name>OpdDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="165"/>
        <source>Ubah OPD</source>
        <translation>Edit OPD</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="165"/>
        <source>Tambah OPD</source>
        <translation>Add OPD</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="166"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="167"/>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="169"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="169"/>
        <source>dinas, badan, kecamatan, …</source>
        <translation>e.g. dinas, badan, kecamatan, …</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="171"/>
        <source>Aktif (muncul di pilihan asal surat)</source>
        <translation>Active (offered as a sender of incoming letters)</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../sopdesk/ui/operations.py" line="176"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/operations.py" line="182"/>
        <source>Basis data belum menjawab setelah 10 detik. Penyimpanan menunggu dan akan selesai begitu basis data menjawab; isian Anda tetap ada.</source>
        <translation>The database has not answered after 10 seconds. The save waits and will finish as soon as the database answers; what you entered stays.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="63"/>
        <source>Tambah Hari Libur</source>
        <translation>Add Holiday</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="63"/>
        <source>Jadikan Hari Kerja</source>
        <translation>Make Working Day</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="69"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="72"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="73"/>
        <source>Hari libur tambahan</source>
        <translation>Additional holiday</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="73"/>
        <source>Hari kerja</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="77"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="77"/>
        <source>misalnya: SKB 3 Menteri Nomor …, cuti bersama</source>
        <translation>e.g. SKB 3 Menteri Nomor …, collective leave</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="333"/>
        <source>Atur Ulang Kata Sandi</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="333"/>
        <source>Ganti Kata Sandi</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="334"/>
        <source>Kata sandi lama</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="335"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="336"/>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="343"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="545"/>
        <source>Modul ini belum tersedia pada versi SOPDesk ini.</source>
        <translation>This module is not yet available in this version of SOPDesk.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="331"/>
        <source>Pratinjau Cetak — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="344"/>
        <source>Perkecil</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="345"/>
        <source>Perbesar</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="346"/>
        <source>Sesuaikan Lebar</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="347"/>
        <source>Satu Halaman</source>
        <translation>Whole Page</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="351"/>
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="356"/>
        <source>Berikutnya</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="365"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="369"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="373"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="433"/>
        <source>Berkas PDF tidak dapat dibuka.</source>
        <translation>The PDF file cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="499"/>
        <source>Halaman %1 dari %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="520"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>PrintSettingsTab</name>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="47"/>
        <source>Kop surat (dipakai semua komputer)</source>
        <translation>Letterhead (used on all computers)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="53"/>
        <source>Baris kop</source>
        <translation>Letterhead lines</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="57"/>
        <source>Kertas per dokumen</source>
        <translation>Paper per document</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="68"/>
        <source>Mendatar (landscape)</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="69"/>
        <source>Tegak (portrait)</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="76"/>
        <source>Margin atas/kanan/bawah/kiri (mm)</source>
        <translation>Margins top/right/bottom/left (mm)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="86"/>
        <source>Nomor agenda surat masuk</source>
        <translation>Incoming letter agenda number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="92"/>
        <source>Token: {seq} atau {seq:03} nomor urut, {tahun}, {kode} kode klasifikasi, {unit}</source>
        <translation>Tokens: {seq} or {seq:03} sequence number, {tahun} year, {kode} classification code, {unit}</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="94"/>
        <source>Pola nomor</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="97"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="100"/>
        <source>Contoh</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="102"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="122"/>
        <source>Hanya administrator yang dapat mengubah kop dan kertas.</source>
        <translation>Only an administrator can change the letterhead and paper settings.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="181"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="194"/>
        <source>Tekan Simpan lagi untuk menyimpan isian Anda.</source>
        <translation>Press Save again to save what you entered.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="448"/>
        <source>Tanda Terima Distribusi %1</source>
        <translation>Distribution Receipt %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="455"/>
        <source>Distribusi</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="459"/>
        <source>Yang diserahkan (satu per baris)</source>
        <translation>Items handed over (one per line)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="460"/>
        <source>Pratinjau Cetak</source>
        <translation>Print Preview</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="64"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="64"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="120"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="151"/>
        <source>Tekan Simpan lagi untuk menyimpan isian Anda di atas perubahan itu.</source>
        <translation>Press Save again to save what you entered over that change.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="156"/>
        <source>Tunggu: penyimpanan sedang berjalan.</source>
        <translation>Wait: a save is under way.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="64"/>
        <source>Laporan Capaian Mutu Baku</source>
        <translation>Standard Time Performance Report</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="67"/>
        <source>Per langkah SOP: berapa kali langkah itu selesai (atau mengembalikan berkas) dalam periode, median dan persentil ke-90 waktu yang dipakai dalam hari kerja, dibandingkan dengan mutu baku.</source>
        <translation>Per SOP step: how many times the step was completed (or returned the case) in the period, and the median and 90th percentile of the time taken in working days, compared with the standard time.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="79"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="81"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="83"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="87"/>
        <source>Ekspor Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="102"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="103"/>
        <source>Uraian kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="104"/>
        <source>Pelaksana</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="105"/>
        <source>Mutu baku</source>
        <translation>Standard time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="106"/>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="107"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="108"/>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="109"/>
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="110"/>
        <source>Kembali</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="136"/>
        <source>Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/reports_page.py" line="163"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 langkah tercatat; %3 berkas selesai (median %4, P90 %5 hari kerja dari rencana %6; tepat waktu %7); %8 berkas masih berjalan.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 steps recorded; %3 cases completed (median %4, P90 %5 working day against a plan of %6; on time %7); %8 cases still in progress.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 steps recorded; %3 cases completed (median %4, P90 %5 working days against a plan of %6; on time %7); %8 cases still in progress.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="169"/>
        <source>%1 s.d. %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="190"/>
        <source>tidak diukur</source>
        <translation>not measured</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="199"/>
        <source>Median melewati mutu baku.</source>
        <translation>The median exceeds the standard time.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="214"/>
        <source>Capaian Mutu Baku %1 sd %2.xlsx</source>
        <translation>Standard time performance %1 to %2.xlsx</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="218"/>
        <location filename="../../sopdesk/ui/reports_page.py" line="247"/>
        <source>Ekspor Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="237"/>
        <source>Mengekspor laporan…</source>
        <translation>Exporting the report…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="243"/>
        <source>Laporan diekspor ke %1</source>
        <translation>Report exported to %1</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="377"/>
        <source>Lanjutkan %1</source>
        <translation>Resume %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="379"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="379"/>
        <source>misalnya: perbaikan dari OPD sudah diterima</source>
        <translation>e.g. the corrections from the OPD have been received</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="380"/>
        <source>Dilanjutkan pada</source>
        <translation>Resumed on</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="381"/>
        <source>Lanjutkan</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="335"/>
        <source>Kembalikan ke Langkah %1</source>
        <translation>Return to Step %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="339"/>
        <source>Berkas dikembalikan dari langkah %1 ke langkah %2 (%3); langkah %2 dan sesudahnya diulang.</source>
        <translation>The case is returned from step %1 to step %2 (%3); step %2 and the steps after it are repeated.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="345"/>
        <source>Alasan pengembalian</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="349"/>
        <source>Komponen SP</source>
        <translation>SP components</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="351"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="352"/>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
</context>
<context>
    <name>SeatFeed</name>
    <message>
        <location filename="../../sopdesk/ui/feed.py" line="111"/>
        <source>Basis data tidak menjawab sejak %1 detik lalu. Anda dapat terus mengetik; yang disimpan menunggu sampai basis data menjawab.</source>
        <translation>The database has not answered for %1 seconds. You can keep typing; saving waits until the database answers.</translation>
    </message>
</context>
<context>
    <name>SentModel</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="134"/>
        <source>ditarik</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="139"/>
        <source>selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="141"/>
        <source>belum dibaca</source>
        <translation>unread</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="143"/>
        <source>%1 dari %2 selesai</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="151"/>
        <source>No. Agenda</source>
        <translation>Agenda No.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="152"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="153"/>
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="154"/>
        <source>Batas Waktu</source>
        <translation>Due Date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="155"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="156"/>
        <source>Ditulis</source>
        <translation>Written</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="125"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="159"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="178"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="126"/>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="127"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="128"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="142"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="181"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="139"/>
        <source>Set kode</source>
        <translation>Code set</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="140"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="141"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="157"/>
        <source>Lajur SOP</source>
        <translation>SOP lane</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="158"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="159"/>
        <source>(belum diisi)</source>
        <translation>(not yet filled in)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="160"/>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="161"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="179"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="162"/>
        <source>Menjabat</source>
        <translation>In office</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="177"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="180"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="182"/>
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="193"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="202"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="203"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="204"/>
        <source>Atas nama</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="205"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="206"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="207"/>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="214"/>
        <source>500 peristiwa terakhir. Jejak audit tidak dapat diubah atau dihapus.</source>
        <translation>The last 500 events. The audit trail cannot be changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="221"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="222"/>
        <source>Kode Klasifikasi</source>
        <translation>Classification Codes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="223"/>
        <source>Pejabat</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="224"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="225"/>
        <source>Jejak Audit</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="226"/>
        <source>Kop, Kertas dan Nomor</source>
        <translation>Letterhead, Paper and Numbering</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="227"/>
        <source>Hari Kerja</source>
        <translation>Working Days</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="232"/>
        <source>Peran Anda hanya dapat melihat data ini.</source>
        <translation>Your role can only view this data.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="234"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="242"/>
        <source>Daftar OPD</source>
        <translation>OPD List</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="243"/>
        <source>Daftar Pejabat</source>
        <translation>Officials List</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="244"/>
        <source>Daftar Kode Klasifikasi</source>
        <translation>Classification Code List</translation>
    </message>
</context>
<context>
    <name>SippDialog</name>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="973"/>
        <source>Isian SIPP</source>
        <translation>SIPP fields</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="980"/>
        <source>Ekspor lembar kerja SIPP (.xlsx)…</source>
        <translation>Export the SIPP workbook (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="983"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1017"/>
        <source>Dimasukkan ke SIPP pada %1 oleh %2 (dari versi %3).</source>
        <translation>Entered into SIPP on %1 by %2 (from version %3).</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1021"/>
        <source>Belum tercatat dimasukkan ke SIPP; menyelesaikan langkah 10 mencatatnya.</source>
        <translation>Not recorded as entered into SIPP yet; completing step 10 records it.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1031"/>
        <source>Usulan dari produk dan jangka waktu; ubah bila perlu.</source>
        <translation>Suggested from the product and the time; change it if needed.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1037"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1048"/>
        <source>Simpan deskripsi dan lokasi</source>
        <translation>Save description and location</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1082"/>
        <source>%1 disalin; tempel di isian SIPP.</source>
        <translation>%1 copied; paste it into the SIPP form.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1089"/>
        <source>Deskripsi dan lokasi %1 disimpan.</source>
        <translation>Description and location of %1 saved.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1113"/>
        <source>Ekspor untuk SIPP</source>
        <translation>Export for SIPP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1123"/>
        <source>%1 layanan diekspor ke %2.</source>
        <translation>%1 services exported to %2.</translation>
    </message>
</context>
<context>
    <name>SpCompareDialog</name>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="739"/>
        <source>Bandingkan versi: %1</source>
        <translation>Compare versions: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="744"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="752"/>
        <source>Hanya komponen yang berubah</source>
        <translation>Only the components that changed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="762"/>
        <source>Versi lama</source>
        <translation>Older version</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="763"/>
        <source>Versi baru</source>
        <translation>Newer version</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="772"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SpDocumentDialog</name>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="827"/>
        <source>SK dan Berita Acara FKP</source>
        <translation>Decree and public consultation minutes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="838"/>
        <source>Keputusan (SK) penetapan</source>
        <translation>Decree (SK)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="839"/>
        <source>Nomor SK</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="840"/>
        <source>Tanggal ditetapkan</source>
        <translation>Date set</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="841"/>
        <source>Ditetapkan di</source>
        <translation>Set at</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="842"/>
        <source>Penetap</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="844"/>
        <source>Mencabut SK</source>
        <translation>Revokes decree</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="844"/>
        <source>kosongkan bila tidak ada</source>
        <translation>leave empty if none</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="846"/>
        <source>Menimbang (satu per baris)</source>
        <translation>Considering (one per line)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="847"/>
        <source>Mengingat (satu per baris)</source>
        <translation>Having regard to (one per line)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="848"/>
        <source>Forum Konsultasi Publik</source>
        <translation>Public consultation forum</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="849"/>
        <source>Nomor berita acara</source>
        <translation>Minutes number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="850"/>
        <source>Tanggal forum</source>
        <translation>Forum date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="851"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="852"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="855"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="855"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="855"/>
        <source>Instansi/asal</source>
        <translation>Body/origin</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="860"/>
        <source>Tambah peserta</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="863"/>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="874"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="875"/>
        <source>Hasil (satu per baris)</source>
        <translation>Results (one per line)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="876"/>
        <source>Pimpinan forum</source>
        <translation>Chair of the forum</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="877"/>
        <source>Wakil peserta</source>
        <translation>Participants’ representative</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="894"/>
        <source>jabatan</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="895"/>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="896"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="897"/>
        <source>pangkat/golongan</source>
        <translation>rank/grade</translation>
    </message>
</context>
<context>
    <name>SpPanel</name>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="181"/>
        <source>Impor Word…</source>
        <translation>Import Word…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="182"/>
        <source>Impor rancangan OPD dari berkas .docx (tabel NO | KOMPONEN | URAIAN)</source>
        <translation>Import the OPD’s draft from a .docx file (a NO | KOMPONEN | URAIAN table)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="184"/>
        <source>Bandingkan…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="185"/>
        <source>Bandingkan dua versi kata demi kata, per komponen</source>
        <translation>Compare two versions word by word, per component</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="187"/>
        <source>SK dan BA…</source>
        <translation>Decree and minutes…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="188"/>
        <source>Data SK penetapan dan Berita Acara Forum Konsultasi Publik</source>
        <translation>The decree’s data and the public consultation minutes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="190"/>
        <source>SIPP…</source>
        <translation>SIPP…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="194"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="199"/>
        <source>SK Standar Pelayanan dan lampiran</source>
        <translation>Service standard decree and its annexes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="200"/>
        <source>Maklumat Pelayanan</source>
        <translation>Service pledge (Maklumat)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="201"/>
        <source>Berita Acara Forum Konsultasi Publik</source>
        <translation>Public consultation minutes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="202"/>
        <source>Buku Laporan SP</source>
        <translation>SP report book</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="209"/>
        <source>Jenis layanan:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="259"/>
        <source>Simpan versi baru (Ctrl+S)</source>
        <translation>Save a new version (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="261"/>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="276"/>
        <source>Seperti tercetak di lampiran SK:</source>
        <translation>As printed in the decree’s annex:</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="373"/>
        <source>Versi %1 · %2 · %3 · lengkap %4 dari 15</source>
        <translation>Version %1 · %2 · %3 · %4 of 15 complete</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="375"/>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="380"/>
        <source> · ditandatangani (versi %1)</source>
        <translation> · signed (version %1)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="386"/>
        <source>Peran Anda hanya dapat membaca standar pelayanan.</source>
        <translation>Your role can only read the service standard.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="388"/>
        <source>sudah diubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="388"/>
        <source>belum diubah</source>
        <translation>not changed yet</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="390"/>
        <source>Diminta diperbaiki: %1 (%2)</source>
        <translation>To fix: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="394"/>
        <source>Dikembalikan: %1</source>
        <translation>Sent back: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="440"/>
        <source>Maklumat</source>
        <translation>Pledge</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="493"/>
        <source>Maklumat pelayanan</source>
        <translation>Service pledge</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="495"/>
        <source>Janji penyelenggara yang dipajang di tempat pelayanan, ditandatangani kepala unit.</source>
        <translation>The provider’s pledge displayed where the service is given, signed by the head of the unit.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="561"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="574"/>
        <source>SP %1 disimpan sebagai versi %2.</source>
        <translation>SP %1 saved as version %2.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="593"/>
        <source>Menyimpan standar pelayanan…</source>
        <translation>Saving the service standard…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="620"/>
        <source>Impor rancangan SP dari Word</source>
        <translation>Import a draft SP from Word</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="627"/>
        <location filename="../../sopdesk/ui/sp_editor.py" line="645"/>
        <source>Impor Word</source>
        <translation>Word import</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="652"/>
        <source>Mengimpor rancangan SP…</source>
        <translation>Importing the draft SP…</translation>
    </message>
</context>
<context>
    <name>StartCaseDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="152"/>
        <source>Mulai Berkas SP</source>
        <translation>Start SP Case</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="162"/>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="173"/>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="166"/>
        <source>Cari nomor agenda, asal atau perihal…</source>
        <translation>Search agenda number, sender or subject…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="168"/>
        <source>Cari surat</source>
        <translation>Find letter</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="178"/>
        <source>OPD pengaju</source>
        <translation>Applicant OPD</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="178"/>
        <source>Sesuai asal surat</source>
        <translation>Same as the letter&apos;s sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="182"/>
        <source>Satu jenis layanan per baris, misalnya:
Izin praktik bidan</source>
        <translation>One service type per line, for example:
Izin praktik bidan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="185"/>
        <source>Jenis layanan</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="189"/>
        <source>Langkah 1 dan 2 selesai dari surat ini, langkah 3 dari disposisi Kabag; berkas mulai di langkah 4.</source>
        <translation>Steps 1 and 2 are done from this letter, step 3 from the Kabag&apos;s disposition; the case starts at step 4.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="192"/>
        <source>Langkah 1 dan 2 selesai dari surat ini; berkas menunggu disposisi Kabag (langkah 3).</source>
        <translation>Steps 1 and 2 are completed from this letter; the case then waits for the Kabag&apos;s disposition (step 3).</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="197"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="237"/>
        <source>Pilih surat yang menjadi berkas SP.</source>
        <translation>Choose the letter that becomes the SP case.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../sopdesk/app.py" line="203"/>
        <source>SOPDesk tidak dapat dimulai</source>
        <translation>SOPDesk cannot start</translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="201"/>
        <source>Basis data tidak dapat dibuka.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="198"/>
        <source>Berkas definisi SOP tidak sah; perbaiki berkas itu lalu mulai lagi.</source>
        <translation>The SOP definition file is not valid; correct that file, then start again.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="252"/>
        <source>Login tidak dapat diperiksa: %1</source>
        <translation>The sign-in cannot be checked: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="308"/>
        <source>Percobaan masuk yang gagal</source>
        <translation>Failed login attempts</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="210"/>
        <source>Selesaikan langkah…</source>
        <translation>Complete step…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="211"/>
        <source>Kembalikan ke langkah 4…</source>
        <translation>Return to step 4…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="212"/>
        <source>Catat distribusi…</source>
        <translation>Record distribution…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="213"/>
        <source>Cetak tanda terima distribusi…</source>
        <translation>Print distribution receipt…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="214"/>
        <source>Tangguhkan…</source>
        <translation>Suspend…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="215"/>
        <source>Lanjutkan…</source>
        <translation>Resume…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="216"/>
        <source>Perpanjang…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="217"/>
        <source>Batalkan…</source>
        <translation>Cancel case…</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="364"/>
        <source>Tangguhkan %1</source>
        <translation>Suspend %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="366"/>
        <source>Jam berkas berhenti selama ditangguhkan (misalnya menunggu perbaikan dari OPD).</source>
        <translation>The case&apos;s clock stops while it is suspended (for example while awaiting corrections from the OPD).</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="367"/>
        <source>Alasan penangguhan</source>
        <translation>Reason for suspension</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="368"/>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="369"/>
        <source>Tangguhkan</source>
        <translation>Suspend</translation>
    </message>
</context>
<context>
    <name>SwimlaneView</name>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="199"/>
        <source>Pelaksana</source>
        <translation>Performers</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="199"/>
        <source>Mutu Baku</source>
        <translation>Quality Standard</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="205"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="205"/>
        <source>Uraian Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="213"/>
        <source>Kelengkapan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="213"/>
        <source>Waktu (hari)</source>
        <translation>Time (days)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="213"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/swimlane.py" line="382"/>
        <source>Langkah %1: %2
Pelaksana: %3
Mutu baku: %4 hari kerja</source>
        <translation>
            <numerusform>Step %1: %2
Performed by: %3
Standard time: %4 working day</numerusform>
            <numerusform>Step %1: %2
Performed by: %3
Standard time: %4 working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="464"/>
        <source>Diulang: %1 kali</source>
        <translation>Repeated: %1 times</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="193"/>
        <source>Belum ada berkas dipilih.</source>
        <translation>No case selected yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/timeline.py" line="228"/>
        <source>Rencana langkah %1 (%2 hari kerja): %3 – %4</source>
        <translation>
            <numerusform>Planned step %1 (%2 working day): %3 – %4</numerusform>
            <numerusform>Planned step %1 (%2 working days): %3 – %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="246"/>
        <source>berjalan</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="250"/>
        <source>Langkah %1, putaran %2: %3 – %4%5</source>
        <translation>Step %1, round %2: %3 – %4%5</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="255"/>
        <source> (terlambat)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="274"/>
        <source>Batas waktu langkah %1: %2</source>
        <translation>Step %1 deadline: %2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="147"/>
        <location filename="../../sopdesk/ui/timeline.py" line="287"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="119"/>
        <source>Rencana (mutu baku)</source>
        <translation>Planned (standard time)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="120"/>
        <source>Realisasi tepat waktu</source>
        <translation>Actual, on time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="121"/>
        <source>Realisasi terlambat</source>
        <translation>Actual, overdue</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="122"/>
        <source>Hari libur / akhir pekan</source>
        <translation>Holiday / weekend</translation>
    </message>
</context>
<context>
    <name>_DateInput</name>
    <message>
        <location filename="../../sopdesk/ui/dates.py" line="66"/>
        <source>Pilih dari kalender (Alt+Panah Bawah)</source>
        <translation>Choose from the calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="193"/>
        <source>Ekspor PDF</source>
        <translation>Export PDF</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="83"/>
        <location filename="../../sopdesk/ui/files.py" line="91"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="84"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="86"/>
        <source>Buku kerja Excel (*.xlsx *.xlsm)</source>
        <translation>Excel workbook (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="90"/>
        <source>Pindaian atau PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans or PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="92"/>
        <source>Gambar (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Images (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="96"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="97"/>
        <source>Basis data SQLite (*.sqlite3)</source>
        <translation>SQLite database (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="98"/>
        <source>Dokumen Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="101"/>
        <source>Cetakan atau pindaian (*.pdf *.xlsx *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Prints or scans (*.pdf *.xlsx *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="192"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="193"/>
        <source>Berkas %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="194"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="257"/>
        <source>Lihat di:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="258"/>
        <source>Nama berkas:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="259"/>
        <source>Jenis berkas:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="262"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="262"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="264"/>
        <location filename="../../sopdesk/ui/files.py" line="304"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="297"/>
        <source>Timpa berkas?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="300"/>
        <source>Berkas %1 sudah ada. Timpa dengan yang baru?</source>
        <translation>The file %1 exists already. Replace it with the new one?</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="302"/>
        <source>Timpa</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="325"/>
        <source>%1 adalah basis data SOPDesk yang sedang dipakai; berkas itu tidak dapat dipilih di sini.</source>
        <translation>%1 is the SOPDesk database in use; that file cannot be chosen here.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="348"/>
        <source>%1 adalah basis data SOPDesk yang sedang dipakai; pilih nama lain.</source>
        <translation>%1 is the SOPDesk database in use; choose another name.</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../sopdesk/ui/forms.py" line="155"/>
        <location filename="../../sopdesk/ui/forms.py" line="162"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../sopdesk/ui/operations.py" line="226"/>
        <source>Penyimpanan gagal karena kesalahan program ({0}). Tidak ada yang tersimpan sebagian; isian Anda tetap ada. Laporkan kejadian ini kepada pengelola SOPDesk.</source>
        <translation>Saving failed because of a program error ({0}). Nothing was saved in part; what you entered stays. Report this to whoever looks after SOPDesk.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/operations.py" line="236"/>
        <source>Tidak tersimpan</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="67"/>
        <source>Berkas PDF tidak dapat dibuka: %1</source>
        <translation>The PDF file cannot be opened: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="125"/>
        <source>Halaman %1 tidak dapat digambar.</source>
        <translation>Page %1 cannot be rendered.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="170"/>
        <source>Pencetak %1 tidak dapat dipakai.</source>
        <translation>The printer %1 cannot be used.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="175"/>
        <source>Pencetak menolak halaman berikutnya.</source>
        <translation>The printer refused the next page.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="218"/>
        <source>Mencetak</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="219"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="231"/>
        <source>Mencetak halaman %1 dari %2…</source>
        <translation>Printing page %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="265"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="299"/>
        <location filename="../../sopdesk/ui/printing.py" line="307"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="308"/>
        <source>PDF tidak dapat disimpan ke %1:
%2</source>
        <translation>The PDF cannot be saved to %1:
%2</translation>
    </message>
</context>
<context>
    <name>windows</name>
    <message>
        <location filename="../../sopdesk/ui/windows.py" line="218"/>
        <source>Buang isian?</source>
        <translation>Discard the form?</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/windows.py" line="219"/>
        <source>Isian formulir ini belum disimpan.</source>
        <translation>What was typed in this form is not saved.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/windows.py" line="221"/>
        <source>Buang isian dan tutup formulir, atau kembali mengisi?</source>
        <translation>Discard it and close the form, or go back to it?</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/windows.py" line="224"/>
        <source>&amp;Kembali ke isian</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/windows.py" line="226"/>
        <source>&amp;Buang isian</source>
        <translation>&amp;Discard</translation>
    </message>
</context>
</TS>
