<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AgendaColumns</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="95"/>
        <source>No. Agenda</source>
        <translation>Agenda No.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="96"/>
        <source>Tanggal Terima</source>
        <translation>Date Received</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="97"/>
        <source>Asal Surat</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="98"/>
        <source>Nomor Surat</source>
        <translation>Letter Number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="99"/>
        <source>Tanggal Surat</source>
        <translation>Letter Date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="100"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="101"/>
        <source>Sifat</source>
        <translation>Classification (sifat)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="102"/>
        <source>Urgensi</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="103"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="408"/>
        <source>Cari nomor agenda, perihal, asal, nomor surat, isi ringkas, keterangan… (Ctrl+F)</source>
        <translation>Search agenda number, subject, sender, letter number, summary, notes… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="414"/>
        <source>Semua bulan</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="419"/>
        <source>Semua sifat</source>
        <translation>All classifications</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="424"/>
        <source>Semua urgensi</source>
        <translation>All urgencies</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="430"/>
        <source>Semua asal</source>
        <translation>All senders</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="435"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="438"/>
        <source>Catat Surat (Ctrl+N)</source>
        <translation>Record Letter (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="440"/>
        <source>Batalkan…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="445"/>
        <source>Tanda Terima</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="447"/>
        <source>Kartu Kendali</source>
        <translation>Control Card</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="451"/>
        <source>Ekspor Excel (Ctrl+E)</source>
        <translation>Export Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="453"/>
        <source>Impor Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="465"/>
        <source>Koreksi…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="468"/>
        <source>Lampirkan Berkas…</source>
        <translation>Attach File…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="472"/>
        <source>Mulai Berkas SP…</source>
        <translation>Start SP Case…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="479"/>
        <source>Klik dua kali untuk membuka (isi diperiksa dengan SHA-256)</source>
        <translation>Double-click to open (contents verified with SHA-256)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="481"/>
        <source>Tulis Disposisi…</source>
        <translation>Write Disposition…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="484"/>
        <source>Lembar Kosong</source>
        <translation>Blank Sheet</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="486"/>
        <source>Lembar Disposisi dengan data surat, untuk disposisi tulisan tangan</source>
        <translation>Disposition sheet with the letter&apos;s details, for a handwritten disposition</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="498"/>
        <source>Alur disposisi</source>
        <translation>Disposition chain</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="522"/>
        <source>Lampiran (pindaian, PDF)</source>
        <translation>Attachments (scans, PDF)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="546"/>
        <location filename="../../sopdesk/ui/agenda.py" line="987"/>
        <source>Buku Agenda</source>
        <translation>Agenda Book</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="552"/>
        <source>Catat surat</source>
        <translation>Record letter</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="556"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="559"/>
        <location filename="../../sopdesk/ui/agenda.py" line="989"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1025"/>
        <source>Ekspor Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="588"/>
        <source>Cetak Lembar Disposisi (kosong)</source>
        <translation>Print Disposition Sheet (blank)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="613"/>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="642"/>
        <source>%1 surat</source>
        <translation>%1 letters</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="929"/>
        <source>lebih dari %1 surat</source>
        <translation>more than %1 letters</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="929"/>
        <source>lebih dari %1 surat (menghitung…)</source>
        <translation>more than %1 letters (counting…)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="689"/>
        <source>No. agenda</source>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="690"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="691"/>
        <source>Asal</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="692"/>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="693"/>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="694"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="695"/>
        <source>Isi ringkas</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="696"/>
        <source>Sifat / urgensi</source>
        <translation>Classification / urgency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="697"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="698"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="699"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="700"/>
        <source>Diteruskan kepada</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="701"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="702"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="710"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="731"/>
        <source>Lampirkan berkas ke %1</source>
        <translation>Attach a file to %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="733"/>
        <source>Pindaian atau PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans or PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="742"/>
        <source>Lampiran tidak disimpan</source>
        <translation>Attachment not saved</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="756"/>
        <source>Lampiran tidak dapat dibuka</source>
        <translation>The attachment cannot be opened</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="852"/>
        <source>Disposisi disimpan; status surat diperbarui.</source>
        <translation>Disposition saved; the letter&apos;s status has been updated.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="863"/>
        <source>Lembar Disposisi (kosong)</source>
        <translation>Disposition Sheet (blank)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="882"/>
        <source>Tercatat dengan nomor agenda %1.</source>
        <translation>Recorded with agenda number %1.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="908"/>
        <source>Batalkan %1</source>
        <translation>Void %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="909"/>
        <source>Alasan pembatalan</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="949"/>
        <source>Berkas SP</source>
        <translation>SP Cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="978"/>
        <source>Berkas %1 dimulai dari surat ini.</source>
        <translation>Case %1 started from this letter.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="989"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1003"/>
        <source>Mengekspor ke %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1016"/>
        <source>%1 surat diekspor ke %2</source>
        <translation>%1 letters exported to %2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1026"/>
        <source>Buku agenda tidak dapat diekspor ke %1:
%2</source>
        <translation>The agenda book cannot be exported to %1:
%2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1055"/>
        <source>%1 surat diimpor dari Excel.</source>
        <translation>%1 letters imported from Excel.</translation>
    </message>
</context>
<context>
    <name>AwaitingModel</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="182"/>
        <source>No. Agenda</source>
        <translation>Agenda No.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="183"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="184"/>
        <source>Asal Surat</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="185"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="186"/>
        <source>Sifat</source>
        <translation>Classification (sifat)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="187"/>
        <source>Urgensi</source>
        <translation>Urgency</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="104"/>
        <source>Jam kerja kantor (Senin–Jumat)</source>
        <translation>Office hours (Monday–Friday)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="110"/>
        <source>Ada istirahat yang tidak dihitung</source>
        <translation>There is a break that is not counted</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="114"/>
        <source>Jam masuk</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="115"/>
        <source>Jam pulang</source>
        <translation>Finish time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="117"/>
        <source>Istirahat mulai</source>
        <translation>Break starts</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="118"/>
        <source>Istirahat selesai</source>
        <translation>Break ends</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="121"/>
        <source>Jam kerja sehari</source>
        <translation>Working hours per day</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="122"/>
        <source>Simpan jam kerja</source>
        <translation>Save working hours</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="131"/>
        <source>Mutu baku dihitung dalam hari kerja: satu hari kerja adalah jam kerja sehari ini, setengah hari adalah separuhnya. Perubahan menggeser tenggat semua berkas yang masih berjalan.</source>
        <translation>Standard times are counted in working days: one working day is the daily working hours set here, and half a day is half of that. A change moves the deadlines of every case still in progress.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="140"/>
        <source>Hari libur nasional, cuti bersama dan perubahan kantor</source>
        <translation>National holidays, collective leave days and office changes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="151"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="152"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="154"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="155"/>
        <source>Libur</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="155"/>
        <source>Hari kerja</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="158"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="163"/>
        <source>Tambah hari libur…</source>
        <translation>Add holiday…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="165"/>
        <source>Jadikan hari kerja…</source>
        <translation>Make working day…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="167"/>
        <source>Hapus perubahan</source>
        <translation>Remove change</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="169"/>
        <source>Tanggal kembali mengikuti kalender nasional</source>
        <translation>The date follows the national calendar again</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="174"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="190"/>
        <source>Peran Anda hanya dapat melihat kalender.</source>
        <translation>Your role can only view the calendar.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="210"/>
        <source>Kalender nasional</source>
        <translation>National calendar</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="211"/>
        <source>Tambahan kantor</source>
        <translation>Added by the office</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="212"/>
        <source>Dicabut kantor</source>
        <translation>Revoked by the office</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="261"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="265"/>
        <source>%1 jam (%2 jam seminggu)</source>
        <translation>%1 hours (%2 hours a week)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="280"/>
        <source>Jam kerja tidak disimpan</source>
        <translation>Working hours not saved</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="282"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="282"/>
        <source>Tidak ada perubahan.</source>
        <translation>No changes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/calendar_tab.py" line="302"/>
        <source>%1 hari kerja; %2 hari libur dan cuti bersama jatuh pada Senin–Jumat.</source>
        <translation>
            <numerusform>%1 working day; %2 holidays and collective leave days fall on Monday–Friday.</numerusform>
            <numerusform>%1 working days; %2 holidays and collective leave days fall on Monday–Friday.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="341"/>
        <source>Perubahan tidak dihapus</source>
        <translation>Change not removed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="355"/>
        <source>Kalender diperbarui; tenggat %1 berkas yang berjalan dihitung ulang.</source>
        <translation>Calendar updated; the deadlines of %1 cases in progress have been recalculated.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="380"/>
        <source>Batalkan %1</source>
        <translation>Cancel %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="382"/>
        <source>Berkas yang dibatalkan tetap tersimpan dengan alasannya; suratnya dapat dimulai lagi.</source>
        <translation>A cancelled case is kept together with its reason; a new case can be started from its letter.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="383"/>
        <source>Alasan pembatalan</source>
        <translation>Reason for cancellation</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="384"/>
        <source>Batalkan Berkas</source>
        <translation>Cancel Case</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="385"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="85"/>
        <source>Boleh diisi mundur, tetapi tidak sebelum peristiwa terakhir berkas ini.</source>
        <translation>May be back-dated, but not to before this case&apos;s last event.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="117"/>
        <source>Saya sendiri (%1)</source>
        <translation>Myself (%1)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="119"/>
        <source>nama belum diisi</source>
        <translation>name not yet filled in</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="122"/>
        <source>Pejabat lajur %1 (otomatis)</source>
        <translation>Official of the %1 lane (automatic)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="124"/>
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
        <location filename="../../sopdesk/ui/cases_page.py" line="275"/>
        <source>Mulai Berkas SP…</source>
        <translation>Start SP Case…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="283"/>
        <source>Aktif (berjalan dan ditangguhkan)</source>
        <translation>Active (in progress and suspended)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="284"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="835"/>
        <source>Ditangguhkan</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="285"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="819"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="822"/>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="286"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="821"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="287"/>
        <source>Semua berkas</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="295"/>
        <source>Cari nomor berkas, OPD, jenis layanan, perihal, nomor agenda… (Ctrl+F)</source>
        <translation>Search case number, OPD, service type, subject, agenda number… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="300"/>
        <source>Klik untuk menampilkan semua langkah lagi</source>
        <translation>Click to show all steps again</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="302"/>
        <source>Ikhtisar</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="310"/>
        <source>Semua berkas aktif pada diagram lajur: berapa yang menunggu di setiap langkah dan lajur</source>
        <translation>All active cases on the swimlane diagram: how many are waiting at each step and lane</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="355"/>
        <source>Diagram Lajur</source>
        <translation>Swimlane Diagram</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="356"/>
        <source>Linimasa</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="363"/>
        <source>Perkecil (Ctrl+roda tetikus)</source>
        <translation>Zoom out (Ctrl+mouse wheel)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="364"/>
        <source>Perbesar (Ctrl+roda tetikus)</source>
        <translation>Zoom in (Ctrl+mouse wheel)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="365"/>
        <source>Ukuran asli</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="366"/>
        <source>Muat layar</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="366"/>
        <source>Seluruh diagram atau linimasa dalam jendela</source>
        <translation>The whole diagram or timeline in the window</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="405"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1246"/>
        <source>Berkas SP</source>
        <translation>SP Cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="410"/>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="457"/>
        <source>terlambat %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="463"/>
        <source> · dikembalikan %1×</source>
        <translation> · returned %1×</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="467"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="468"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="469"/>
        <source>Jenis Layanan</source>
        <translation>Service Type</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="470"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="471"/>
        <source>Tenggat Langkah</source>
        <translation>Step Deadline</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="472"/>
        <source>Sisa (hari kerja)</source>
        <translation>Remaining (working days)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="473"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="572"/>
        <source>%1 berkas</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="574"/>
        <source> menunggu di langkah %1</source>
        <translation> waiting at step %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="577"/>
        <source> · %1 terlambat</source>
        <translation> · %1 overdue</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="584"/>
        <source>Langkah %1  ✕</source>
        <translation>Step %1  ✕</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="662"/>
        <source>Pilih berkas di daftar, atau buka Ikhtisar.</source>
        <translation>Choose a case from the list, or open the Overview.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="673"/>
        <source>%1
Surat %2, SOP %3 versi %4</source>
        <translation>%1
Letter %2, SOP %3 version %4</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="686"/>
        <source>Selesai pada %1</source>
        <translation>Completed on %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="690"/>
        <source>Dibatalkan pada %1 (di langkah %2)</source>
        <translation>Cancelled on %1 (at step %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="698"/>
        <source>Sekarang di: %1, sejak %2 hari kerja</source>
        <translation>
            <numerusform>Currently with: %1, for %2 working day</numerusform>
            <numerusform>Currently with: %1, for %2 working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="703"/>
        <source> (ditangguhkan)</source>
        <translation> (suspended)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="712"/>
        <source>Tenggat langkah %1: %2</source>
        <translation>Step %1 deadline: %2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="717"/>
        <source>tenggat berkas: %1</source>
        <translation>case deadline: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="720"/>
        <source>(terlambat %1 hari kerja)</source>
        <translation>
            <numerusform>(overdue by %1 working day)</numerusform>
            <numerusform>(overdue by %1 working days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="723"/>
        <source>(sisa %1 hari kerja)</source>
        <translation>
            <numerusform>(%1 working day remaining)</numerusform>
            <numerusform>(%1 working days remaining)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="728"/>
        <source>dimulai %1, %2 hari kerja (rencana %3)</source>
        <translation>
            <numerusform>started %1, %2 working day (planned %3)</numerusform>
            <numerusform>started %1, %2 working days (planned %3)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="734"/>
        <source>dikembalikan %1×</source>
        <translation>returned %1×</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="738"/>
        <source>ditangguhkan sejak %1: %2</source>
        <translation>suspended since %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="744"/>
        <source>diperpanjang %1 hari kerja</source>
        <translation>
            <numerusform>extended by %1 working day</numerusform>
            <numerusform>extended by %1 working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="768"/>
        <source>Peran Anda hanya dapat melihat berkas.</source>
        <translation>Your role can only view cases.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="771"/>
        <source>Berkas ditangguhkan: lanjutkan dulu untuk mencatat langkah.</source>
        <translation>The case is suspended: resume it first to record a step.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="774"/>
        <source>Langkah ini dicatat oleh pengguna lajur %1.</source>
        <translation>This step is recorded by users of the lane(s) %1.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="776"/>
        <source>Berkas sekarang di langkah %1; klik langkah itu untuk mencatatnya.</source>
        <translation>The case is now at step %1; click that step to record it.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="782"/>
        <source>Kembalikan ke langkah %1…</source>
        <translation>Return to step %1…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="786"/>
        <source>Catat minimal satu distribusi dulu.</source>
        <translation>Record at least one distribution first.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="792"/>
        <source>selesai</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="793"/>
        <source>berjalan</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="793"/>
        <source>ditangguhkan</source>
        <translation>suspended</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="794"/>
        <source>belum</source>
        <translation>not yet started</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="797"/>
        <source>diulang</source>
        <translation>to be repeated</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="803"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1019"/>
        <source>Langkah %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="806"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1021"/>
        <source>Pelaksana</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="807"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1022"/>
        <source>Mutu baku</source>
        <translation>Standard time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="836"/>
        <source>(tidak dihitung)</source>
        <translation>(not counted)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="915"/>
        <source>%1 hari kerja</source>
        <translation>
            <numerusform>%1 working day</numerusform>
            <numerusform>%1 working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="808"/>
        <source>Rencana</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="811"/>
        <source>Keterangan SOP</source>
        <translation>SOP notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="814"/>
        <source>Putaran %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="814"/>
        <source>Pelaksanaan</source>
        <translation>Execution</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="816"/>
        <source>Mulai</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="820"/>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="825"/>
        <source>Batas waktu</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="828"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1008"/>
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="831"/>
        <source>Lama</source>
        <translation>Time taken</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="831"/>
        <source>Berjalan</source>
        <translation>Elapsed so far</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="842"/>
        <source>Dilakukan oleh</source>
        <translation>Carried out by</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="845"/>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="847"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="849"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="847"/>
        <source>dari surat di buku agenda</source>
        <translation>from the letter in the Agenda Book</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="849"/>
        <source>dari lembar disposisi</source>
        <translation>from the disposition sheet</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="852"/>
        <source>Kelengkapan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="854"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="856"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="862"/>
        <source>Dikembalikan ke langkah %1</source>
        <translation>Returned to step %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="867"/>
        <source>Langkah ini belum dicapai.</source>
        <translation>This step has not been reached yet.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="871"/>
        <source>diterima oleh</source>
        <translation>received by</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="877"/>
        <source>Distribusi</source>
        <translation>Distribution</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="891"/>
        <source>%1 hari kerja di langkah %2: %3</source>
        <translation>
            <numerusform>%1 working day at step %2: %3</numerusform>
            <numerusform>%1 working days at step %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="903"/>
        <source>Peristiwa berkas</source>
        <translation>Case events</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="959"/>
        <source>Ikhtisar semua berkas aktif</source>
        <translation>Overview of all active cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="962"/>
        <source>%1 berkas aktif · %2 terlambat di langkahnya · %3 jatuh tempo dalam %4 hari kerja</source>
        <translation>%1 active cases · %2 overdue at their step · %3 due within %4 working days</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="970"/>
        <source>%1 ditangguhkan · </source>
        <translation>%1 suspended · </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="972"/>
        <source>Angka pada langkah: berkas yang menunggu di sana (merah: ada yang terlambat). Klik langkah untuk menyaring daftar.</source>
        <translation>Numbers on the steps: cases waiting there (red: some are overdue). Click a step to filter the list.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="992"/>
        <source>Klik sebuah langkah untuk melihat berkas yang menunggu di sana.</source>
        <translation>Click a step to see the cases waiting there.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="994"/>
        <source>Berkas menunggu per lajur</source>
        <translation>Cases waiting per lane</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1016"/>
        <source>… dan %1 berkas lagi (lihat daftar)</source>
        <translation>… and %1 more cases (see the list)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1024"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1025"/>
        <source>%1 berkas, %2 terlambat</source>
        <translation>%1 cases, %2 overdue</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1029"/>
        <source>Klik nomor berkas untuk membukanya.</source>
        <translation>Click a case number to open it.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1118"/>
        <source>Berkas %1 dimulai.</source>
        <translation>Case %1 started.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1214"/>
        <source>ke-%1: %2, diterima %3, %4</source>
        <translation>No. %1: %2, received by %3, %4</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1232"/>
        <source>Tanda Terima %1</source>
        <translation>Receipt %1</translation>
    </message>
</context>
<context>
    <name>ChainTree</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="38"/>
        <source>Disposisi dan penerima</source>
        <translation>Dispositions and recipients</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="38"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="38"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="75"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="77"/>
        <source> — dicatat oleh %1</source>
        <translation> — recorded by %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="78"/>
        <source>ditarik</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="78"/>
        <source>batas %1</source>
        <translation>due %1</translation>
    </message>
</context>
<context>
    <name>ClassificationDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="118"/>
        <source>Ubah Kode Klasifikasi</source>
        <translation>Edit Classification Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="118"/>
        <source>Tambah Kode Klasifikasi</source>
        <translation>Add Classification Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="122"/>
        <source>Set kode</source>
        <translation>Code set</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="126"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="127"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="128"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>CompleteStepDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="240"/>
        <source>Selesaikan Langkah %1</source>
        <translation>Complete Step %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="247"/>
        <source>Langkah %1</source>
        <translation>Step %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/case_dialogs.py" line="249"/>
        <source>Pelaksana: %1 · mutu baku %2 hari kerja</source>
        <translation>
            <numerusform>Performed by: %1 · standard time %2 working day</numerusform>
            <numerusform>Performed by: %1 · standard time %2 working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="253"/>
        <source>Kelengkapan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="254"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="257"/>
        <source>Output lain, pisahkan dengan titik koma</source>
        <translation>Other outputs, separated by semicolons</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="260"/>
        <source>Waktu selesai</source>
        <translation>Time completed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="261"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="262"/>
        <source>Selesaikan</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="278"/>
        <source>(tidak ada dalam SOP)</source>
        <translation>(none in the SOP)</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="96"/>
        <source>Lampiran tidak dapat dibuka</source>
        <translation>The attachment cannot be opened</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="170"/>
        <source>Teruskan Disposisi — %1</source>
        <translation>Forward Disposition — %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="170"/>
        <source>Tulis Disposisi — %1</source>
        <translation>Write Disposition — %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="196"/>
        <source>Disposisi tulisan tangan</source>
        <translation>Handwritten disposition</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="198"/>
        <source>Saya mengetik disposisi yang ditulis tangan oleh pejabat berikut</source>
        <translation>I am typing in a disposition handwritten by the following official</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="214"/>
        <source>ditulis</source>
        <translation>written on</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="216"/>
        <source>Atas nama</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="228"/>
        <source>Diteruskan kepada</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="234"/>
        <source>Centang penerima (pejabat, pengguna atau unit):</source>
        <translation>Tick the recipients (officials, users or units):</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="236"/>
        <source>Dengan hormat harap</source>
        <translation>Kindly</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="250"/>
        <source>Centang instruksi:</source>
        <translation>Tick the instructions:</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="253"/>
        <source>Instruksi lain; pisahkan dengan titik koma</source>
        <translation>Other instructions; separate them with semicolons</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="254"/>
        <source>Lainnya:</source>
        <translation>Other:</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="260"/>
        <source>Catatan (petunjuk dan arahan)</source>
        <translation>Notes (guidance and directions)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="264"/>
        <source>Petunjuk dan arahan bagi penerima…</source>
        <translation>Guidance and directions for the recipients…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="279"/>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="282"/>
        <source>Penanda tangan</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="311"/>
        <source>Simpan Disposisi</source>
        <translation>Save Disposition</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="322"/>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="326"/>
        <source>No. agenda</source>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="326"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="327"/>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="327"/>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="328"/>
        <source>Asal</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="328"/>
        <source>Sifat / urgensi</source>
        <translation>Classification / urgency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="338"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="346"/>
        <source>Klik dua kali untuk membuka (isi diperiksa dengan SHA-256)</source>
        <translation>Double-click to open (contents verified with SHA-256)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="352"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="360"/>
        <source>tidak ada pindaian</source>
        <translation>no scans</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="367"/>
        <source>Disposisi yang diteruskan</source>
        <translation>Disposition being forwarded</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="375"/>
        <source>&lt;b&gt;Dari&lt;/b&gt; %1 (%2), %3</source>
        <translation>&lt;b&gt;From&lt;/b&gt; %1 (%2), %3</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="379"/>
        <source>&lt;b&gt;Batas waktu&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Due date&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="382"/>
        <source>&lt;b&gt;Instruksi:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Instructions:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="384"/>
        <source>&lt;b&gt;Catatan:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notes:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="433"/>
        <source>Pejabat</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="433"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="433"/>
        <source>Unit</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="463"/>
        <source>(paraf)</source>
        <translation>(initials)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="465"/>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="470"/>
        <source>dicatat oleh %1</source>
        <translation>recorded by %1</translation>
    </message>
</context>
<context>
    <name>DispositionPage</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="336"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="471"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="338"/>
        <source>Teruskan…</source>
        <translation>Forward…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="340"/>
        <source>Tindak Lanjut…</source>
        <translation>Follow Up…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="342"/>
        <source>Selesai…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="344"/>
        <source>Pengaturan Disposisi…</source>
        <translation>Disposition Settings…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="347"/>
        <source>Tampilkan yang sudah selesai</source>
        <translation>Show completed ones</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="360"/>
        <source>Tidak ada disposisi yang menunggu Anda.</source>
        <translation>There are no dispositions waiting for you.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="368"/>
        <source>Tulis Disposisi…</source>
        <translation>Write Disposition…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="375"/>
        <source>Surat yang belum didisposisi, yang paling lama diterima di atas.</source>
        <translation>Letters not yet given a disposition, the longest-waiting at the top.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="386"/>
        <source>Disposisi yang Anda berikan atau catat; ditarik bila belum dibaca siapa pun.</source>
        <translation>Dispositions you have given or recorded; they can be withdrawn while no one has read them.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="415"/>
        <source>Surat ini belum didisposisi.</source>
        <translation>This letter has no disposition yet.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="420"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="892"/>
        <source>Lembar Disposisi</source>
        <translation>Disposition Sheet</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="422"/>
        <source>Lembar Kosong</source>
        <translation>Blank Sheet</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="424"/>
        <source>Kartu Penerus</source>
        <translation>Routing Card</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="426"/>
        <source>Tarik Disposisi…</source>
        <translation>Withdraw Disposition…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="443"/>
        <source>&lt;b&gt;Alur disposisi surat ini&lt;/b&gt;</source>
        <translation>&lt;b&gt;Disposition chain of this letter&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="462"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="716"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="807"/>
        <source>Disposisi</source>
        <translation>Dispositions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="528"/>
        <source>Disposisi Masuk (%1 baru)</source>
        <translation>Incoming Dispositions (%1 new)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="528"/>
        <source>Disposisi Masuk</source>
        <translation>Incoming Dispositions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="536"/>
        <source>Perlu Disposisi (%1)</source>
        <translation>Awaiting Disposition (%1)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="541"/>
        <source>Disposisi Keluar</source>
        <translation>Outgoing Dispositions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="659"/>
        <source>Hanya disposisi yang belum dibaca siapa pun, oleh penulis atau pencatatnya.</source>
        <translation>Only dispositions that no one has read yet, by their writer or the person who recorded them.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="666"/>
        <source>Pilih disposisi atau surat di sebelah kiri.</source>
        <translation>Choose a disposition or a letter on the left.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="672"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="673"/>
        <source>Instruksi</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="674"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="676"/>
        <source>Batas waktu</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="677"/>
        <source> — lewat batas waktu</source>
        <translation> — past the due date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="679"/>
        <source>Status Anda</source>
        <translation>Your status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="680"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="683"/>
        <source>No. agenda</source>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="684"/>
        <source>Asal</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="685"/>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="686"/>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="687"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="688"/>
        <source>Sifat / urgensi</source>
        <translation>Classification / urgency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="689"/>
        <source>Status surat</source>
        <translation>Letter status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="693"/>
        <source>Lewat batas waktu</source>
        <translation>Past the due date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="745"/>
        <source>Tindak Lanjut — %1</source>
        <translation>Follow-Up — %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="747"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="815"/>
        <source>Apa yang sudah dikerjakan</source>
        <translation>What has been done</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="761"/>
        <source>Selesai — %1</source>
        <translation>Done — %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="763"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="823"/>
        <source>Catatan penyelesaian (boleh kosong)</source>
        <translation>Completion notes (optional)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="766"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="826"/>
        <source>Tandai Selesai</source>
        <translation>Mark as Done</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="786"/>
        <source>Catat sudah dibaca (atas nama penerima)</source>
        <translation>Record as read (on the recipient&apos;s behalf)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="787"/>
        <source>Catat tindak lanjut… (atas nama penerima)</source>
        <translation>Record follow-up… (on the recipient&apos;s behalf)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="788"/>
        <source>Catat selesai… (atas nama penerima)</source>
        <translation>Record as done… (on the recipient&apos;s behalf)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="813"/>
        <source>Tindak Lanjut atas nama %1</source>
        <translation>Follow-up on behalf of %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="821"/>
        <source>Selesai atas nama %1</source>
        <translation>Done on behalf of %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="850"/>
        <source>Disposisi surat %1 disimpan untuk %2.</source>
        <translation>Disposition of letter %1 saved for %2.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="864"/>
        <source>Tarik Disposisi</source>
        <translation>Withdraw Disposition</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="866"/>
        <source>Alasan penarikan</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="869"/>
        <source>Tarik</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="870"/>
        <source>Disposisi kepada %1 ditarik dan dicoret; catatannya tetap tersimpan.</source>
        <translation>The disposition to %1 is withdrawn and struck through; its record is kept.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="901"/>
        <source>Lembar Disposisi (kosong)</source>
        <translation>Disposition Sheet (blank)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="907"/>
        <source>Kartu Penerus Disposisi</source>
        <translation>Disposition Routing Card</translation>
    </message>
</context>
<context>
    <name>DispositionSettingsDialog</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="268"/>
        <source>Pengaturan Disposisi</source>
        <translation>Disposition Settings</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="271"/>
        <source>Daftar instruksi (satu per baris)</source>
        <translation>Instruction list (one per line)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="273"/>
        <source>Unit penerima (satu per baris)</source>
        <translation>Recipient units (one per line)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="284"/>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="289"/>
        <source>Batas waktu menurut urgensi</source>
        <translation>Due date by urgency</translation>
    </message>
</context>
<context>
    <name>DistributeDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="395"/>
        <source>Catat Distribusi %1</source>
        <translation>Record Distribution %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="397"/>
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="397"/>
        <source>misalnya: Dinas Kesehatan</source>
        <translation>e.g. Dinas Kesehatan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="398"/>
        <source>Diterima oleh</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="398"/>
        <source>nama penerima</source>
        <translation>recipient&apos;s name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="399"/>
        <source>Diterima pada</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="400"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="401"/>
        <source>Catat</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>DocumentJob</name>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="167"/>
        <source>Menyiapkan %1…</source>
        <translation>Preparing %1…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="167"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="192"/>
        <source>Halaman %1 dari %2…</source>
        <translation>Page %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="207"/>
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
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="216"/>
        <source>Ubah Pengguna %1</source>
        <translation>Edit User %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="218"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="219"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="220"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="223"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation>Official (if the user is one)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="224"/>
        <source>— bukan pejabat —</source>
        <translation>— not an official —</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="227"/>
        <source>Aktif (boleh masuk)</source>
        <translation>Active (may sign in)</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="360"/>
        <source>Perpanjang %1</source>
        <translation>Extend %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="362"/>
        <source>Tenggat langkah yang berjalan dan tenggat berkas mundur sebanyak hari kerja ini.</source>
        <translation>The deadline of the step in progress and the case deadline move back by this many working days.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="369"/>
        <source> hari kerja</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="370"/>
        <source>Perpanjangan</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="371"/>
        <source>Alasan perpanjangan</source>
        <translation>Reason for extension</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="372"/>
        <source>Perpanjang</source>
        <translation>Extend</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="126"/>
        <source>SOPDesk — Penyiapan Pertama</source>
        <translation>SOPDesk — First-Time Setup</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="129"/>
        <source>Selamat datang di SOPDesk</source>
        <translation>Welcome to SOPDesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="132"/>
        <source>Basis data baru dibuat di %1. Isi data administrator pertama: ia dapat menambah pengguna lain dan mengubah data induk.</source>
        <translation>A new database has been created at %1. Enter the details of the first administrator, who can add other users and edit the master data.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="144"/>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="153"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="154"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="155"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="156"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="157"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="159"/>
        <source>Menyiapkan basis data…</source>
        <translation>Preparing the database…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="163"/>
        <source>Simpan dan Masuk</source>
        <translation>Save and Sign In</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="163"/>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="181"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="127"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="142"/>
        <source>Surat menunggu disposisi</source>
        <translation>Letters awaiting disposition</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="143"/>
        <source>Disposisi masuk belum dibaca</source>
        <translation>Unread incoming dispositions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="144"/>
        <source>Berkas SP aktif</source>
        <translation>Active SP cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="145"/>
        <source>Langkah terlambat</source>
        <translation>Overdue steps</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="146"/>
        <source>Jatuh tempo ≤ 3 hari kerja</source>
        <translation>Due in ≤ 3 working days</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="169"/>
        <source>Berkas SP aktif per langkah dan lajur</source>
        <translation>Active SP cases by step and lane</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="177"/>
        <source>Tugas saya</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="178"/>
        <location filename="../../sopdesk/ui/pages.py" line="374"/>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="179"/>
        <source>Jatuh tempo dalam 3 hari kerja</source>
        <translation>Due within 3 working days</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="200"/>
        <source>OPD terdaftar</source>
        <translation>Registered OPDs</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="201"/>
        <source>Pejabat pemegang lajur</source>
        <translation>Officials holding SOP lanes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="202"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="203"/>
        <source>Peristiwa jejak audit</source>
        <translation>Audit trail events</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="129"/>
        <source>Selamat bekerja, %1 (%2).</source>
        <translation>Welcome, %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="241"/>
        <source>Beranda tidak dapat dimuat: %1</source>
        <translation>Home cannot be loaded: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="250"/>
        <source>SOP berlaku: %1 versi %2 — %3; %4 langkah, mutu baku %5 hari kerja.</source>
        <translation>
            <numerusform>SOP in force: %1 version %2 — %3; %4 steps, standard time %5 working day.</numerusform>
            <numerusform>SOP in force: %1 version %2 — %3; %4 steps, standard time %5 working days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="270"/>
        <source>Perlu dilengkapi: nama pejabat (Pengaturan › Pejabat) untuk</source>
        <translation>Still to be completed: the official&apos;s name (Settings › Officials) for</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="297"/>
        <source>Disposisi %1 · batas %3
%2</source>
        <translation>Disposition %1 · due %3
%2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="309"/>
        <source>… dan %1 lainnya</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="313"/>
        <source>Tidak ada.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="325"/>
        <source>ditangguhkan</source>
        <translation>suspended</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="330"/>
        <source>terlambat %1 hari kerja</source>
        <translation>
            <numerusform>overdue by %1 working day</numerusform>
            <numerusform>overdue by %1 working days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="332"/>
        <source>sisa kurang dari ½ hari kerja</source>
        <translation>less than ½ working day remaining</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="335"/>
        <source>sisa %1 hari kerja</source>
        <translation>
            <numerusform>%1 working day remaining</numerusform>
            <numerusform>%1 working days remaining</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="337"/>
        <source>%1 · langkah %3 (%4)
%2 · %5</source>
        <translation>%1 · step %3 (%4)
%2 · %5</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="374"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="374"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="407"/>
        <source>Jumlah per lajur</source>
        <translation>Total per lane</translation>
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
    <name>InboxModel</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="93"/>
        <source>No. Agenda</source>
        <translation>Agenda No.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="94"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="96"/>
        <source>Batas Waktu</source>
        <translation>Due Date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="96"/>
        <source> (lewat)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="99"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="100"/>
        <source>Instruksi</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="101"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="243"/>
        <source>Catat Surat Masuk</source>
        <translation>Record Incoming Letter</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="243"/>
        <source>Koreksi Surat %1</source>
        <translation>Correct Letter %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="254"/>
        <source>Tanggal terima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="255"/>
        <source>Asal surat</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="262"/>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="274"/>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="275"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="276"/>
        <source>Isi ringkas</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="277"/>
        <source>Sifat</source>
        <translation>Classification (sifat)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="278"/>
        <source>Urgensi</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="280"/>
        <source>Kode klasifikasi</source>
        <translation>Classification code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="281"/>
        <source>Lampiran</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="282"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="283"/>
        <source>No. registrasi Srikandi</source>
        <translation>Srikandi registration no.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="284"/>
        <source>Diteruskan kepada</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="285"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="286"/>
        <source>Cetak tanda terima untuk kurir setelah disimpan</source>
        <translation>Print a receipt for the courier after saving</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="293"/>
        <source>otomatis</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="294"/>
        <source>No. urut asli (surat tahun lalu)</source>
        <translation>Original sequence no. (earlier year)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="295"/>
        <source>Alasan koreksi</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="303"/>
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="322"/>
        <source>Perhatian: nomor surat ini dari pengirim yang sama sudah tercatat: %1</source>
        <translation>Warning: this letter number from the same sender is already recorded: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="27"/>
        <source>SOPDesk — Masuk</source>
        <translation>SOPDesk — Sign In</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="35"/>
        <source>SOPDesk</source>
        <translation>SOPDesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="36"/>
        <source>Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang</source>
        <translation>Organisation Section, Regional Secretariat of Tangerang Regency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="43"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="44"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="46"/>
        <source>Membuka basis data…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="50"/>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="54"/>
        <source>Masuk</source>
        <translation>Sign In</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="54"/>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="79"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="82"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="99"/>
        <source>Tombol Masuk aktif lagi dalam %1 detik.</source>
        <translation>The Sign In button will be available again in %1 seconds.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="71"/>
        <source>SOPDesk — Bagian Organisasi Setda Kabupaten Tangerang</source>
        <translation>SOPDesk — Organisation Section, Regional Secretariat of Tangerang Regency</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="90"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="91"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="306"/>
        <source>Buku Agenda</source>
        <translation>Agenda Book</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="92"/>
        <location filename="../../sopdesk/ui/main_window.py" line="602"/>
        <source>Disposisi</source>
        <translation>Dispositions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="93"/>
        <source>Berkas SP</source>
        <translation>SP Cases</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="94"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="95"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="143"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="145"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="147"/>
        <source>&amp;Pratinjau Cetak…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="148"/>
        <source>&amp;Ekspor PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="153"/>
        <source>Cetak &amp;Lembar Disposisi Kosong…</source>
        <translation>Print B&amp;lank Disposition Sheet…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="156"/>
        <source>Cetak Kartu Pe&amp;nerus Disposisi…</source>
        <translation>Print Disposition &amp;Routing Card…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="163"/>
        <source>Ca&amp;dangkan Basis Data…</source>
        <translation>&amp;Back Up Database…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="167"/>
        <source>&amp;Ganti Kata Sandi…</source>
        <translation>&amp;Change Password…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="171"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="173"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="174"/>
        <source>&amp;Dokumen SOP</source>
        <translation>&amp;SOP Document</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="175"/>
        <source>&amp;Tentang SOPDesk</source>
        <translation>&amp;About SOPDesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="180"/>
        <source>Pengguna: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="185"/>
        <source>Peran: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="187"/>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="290"/>
        <source>Tidak ada yang dapat dicetak di halaman ini.</source>
        <translation>There is nothing to print on this page.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="294"/>
        <source>Pilih surat atau disposisi di halaman Disposisi.</source>
        <translation>Choose a letter or a disposition on the Dispositions page.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="311"/>
        <source>Berkas %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="318"/>
        <source>Laporan Capaian Mutu Baku</source>
        <translation>Standard Time Performance Report</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="359"/>
        <source>PDF disimpan: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="379"/>
        <source>Pencetakan gagal</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="382"/>
        <source>%1 halaman dikirim ke pencetak.</source>
        <translation>%1 page(s) sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="403"/>
        <source>Tunggu sampai pencadangan selesai.</source>
        <translation>Please wait until the backup has finished.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="430"/>
        <source>Cadangkan Basis Data</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="430"/>
        <source>Basis data SQLite (*.sqlite3)</source>
        <translation>SQLite database (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="442"/>
        <source>Mencadangkan ke %1…</source>
        <translation>Backing up to %1…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="451"/>
        <source>Cadangan selesai dan diperiksa: %1</source>
        <translation>Backup completed and verified: %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="459"/>
        <source>Pencadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="506"/>
        <source>SOPDesk</source>
        <translation>SOPDesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="570"/>
        <source>Disposisi baru</source>
        <translation>New disposition</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="572"/>
        <source>%1 disposisi baru</source>
        <translation>%1 new dispositions</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="575"/>
        <source>Dari %1: %2 — %3</source>
        <translation>From %1: %2 — %3</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="581"/>
        <source> (dan %1 lainnya)</source>
        <translation> (and %1 more)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="604"/>
        <source>Disposisi (%1)</source>
        <translation>Dispositions (%1)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="609"/>
        <source>%1 belum dibaca, %2 belum selesai, %3 lewat batas waktu</source>
        <translation>%1 unread, %2 not yet done, %3 past the due date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="302"/>
        <location filename="../../sopdesk/ui/main_window.py" line="468"/>
        <source>Dokumen SOP</source>
        <translation>SOP Document</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="474"/>
        <source>Tentang SOPDesk</source>
        <translation>About SOPDesk</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="477"/>
        <source>&lt;b&gt;SOPDesk %1&lt;/b&gt;&lt;br&gt;Agenda surat, disposisi dan pelacakan SOP 01.048.2017 untuk Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang.</source>
        <translation>&lt;b&gt;SOPDesk %1&lt;/b&gt;&lt;br&gt;Letter agenda, dispositions and SOP 01.048.2017 tracking for the Organisation Section of the Regional Secretariat of Tangerang Regency.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="481"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MasterTab</name>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="56"/>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="58"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="180"/>
        <source>Tambah Pengguna</source>
        <translation>Add User</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="181"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="182"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="183"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="183"/>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="184"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="186"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation>Official (if the user is one)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="186"/>
        <source>— bukan pejabat —</source>
        <translation>— not an official —</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="188"/>
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="149"/>
        <source>Ubah Pejabat</source>
        <translation>Edit Official</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="149"/>
        <source>Tambah Pejabat</source>
        <translation>Add Official</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="151"/>
        <source>Lajur SOP</source>
        <translation>SOP lane</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="153"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="154"/>
        <source>Nama (dengan gelar)</source>
        <translation>Name (with academic titles)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="156"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="156"/>
        <source>18 angka; kosong bila bukan PNS</source>
        <translation>18 digits; leave empty if not a civil servant (PNS)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="158"/>
        <source>Masih menjabat</source>
        <translation>Still in office</translation>
    </message>
</context>
<context>
    <name>OpdDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="95"/>
        <source>Ubah OPD</source>
        <translation>Edit OPD</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="95"/>
        <source>Tambah OPD</source>
        <translation>Add OPD</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="96"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="97"/>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="99"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="99"/>
        <source>dinas, badan, kecamatan, …</source>
        <translation>e.g. dinas, badan, kecamatan, …</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="101"/>
        <source>Aktif (muncul di pilihan asal surat)</source>
        <translation>Active (offered as a sender of incoming letters)</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="65"/>
        <source>Tambah Hari Libur</source>
        <translation>Add Holiday</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="65"/>
        <source>Jadikan Hari Kerja</source>
        <translation>Make Working Day</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="73"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="76"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="77"/>
        <source>Hari libur tambahan</source>
        <translation>Additional holiday</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="77"/>
        <source>Hari kerja</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="81"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="81"/>
        <source>misalnya: SKB 3 Menteri Nomor …, cuti bersama</source>
        <translation>e.g. SKB 3 Menteri Nomor …, collective leave</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="248"/>
        <source>Atur Ulang Kata Sandi</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="248"/>
        <source>Ganti Kata Sandi</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="249"/>
        <source>Kata sandi lama</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="250"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="251"/>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="258"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="464"/>
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
        <location filename="../../sopdesk/ui/print_settings.py" line="49"/>
        <source>Kop surat (dipakai semua komputer)</source>
        <translation>Letterhead (used on all computers)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="55"/>
        <source>Baris kop</source>
        <translation>Letterhead lines</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="56"/>
        <location filename="../../sopdesk/ui/print_settings.py" line="173"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="59"/>
        <source>Pilih logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="60"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="68"/>
        <source>Logo (PNG/JPEG)</source>
        <translation>Logo (PNG/JPEG)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="70"/>
        <source>Kertas per dokumen</source>
        <translation>Paper per document</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="81"/>
        <source>Mendatar (landscape)</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="82"/>
        <source>Tegak (portrait)</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="89"/>
        <source>Margin atas/kanan/bawah/kiri (mm)</source>
        <translation>Margins top/right/bottom/left (mm)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="99"/>
        <source>Nomor agenda surat masuk</source>
        <translation>Incoming letter agenda number</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="105"/>
        <source>Token: {seq} atau {seq:03} nomor urut, {tahun}, {kode} kode klasifikasi, {unit}</source>
        <translation>Tokens: {seq} or {seq:03} sequence number, {tahun} year, {kode} classification code, {unit}</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="107"/>
        <source>Pola nomor</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="110"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="113"/>
        <source>Contoh</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="115"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="135"/>
        <source>Hanya administrator yang dapat mengubah kop dan kertas.</source>
        <translation>Only an administrator can change the letterhead and paper settings.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="178"/>
        <source>Pilih logo</source>
        <translation>Choose Logo</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="178"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="226"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="419"/>
        <source>Tanda Terima Distribusi %1</source>
        <translation>Distribution Receipt %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="426"/>
        <source>Distribusi</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="430"/>
        <source>Yang diserahkan (satu per baris)</source>
        <translation>Items handed over (one per line)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="431"/>
        <source>Pratinjau Cetak</source>
        <translation>Print Preview</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="47"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="47"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="71"/>
        <source>Laporan Capaian Mutu Baku</source>
        <translation>Standard Time Performance Report</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="74"/>
        <source>Per langkah SOP: berapa kali langkah itu selesai (atau mengembalikan berkas) dalam periode, median dan persentil ke-90 waktu yang dipakai dalam hari kerja, dibandingkan dengan mutu baku.</source>
        <translation>Per SOP step: how many times the step was completed (or returned the case) in the period, and the median and 90th percentile of the time taken in working days, compared with the standard time.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="88"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="90"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="92"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="96"/>
        <source>Ekspor Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="111"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="112"/>
        <source>Uraian kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="113"/>
        <source>Pelaksana</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="114"/>
        <source>Mutu baku</source>
        <translation>Standard time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="115"/>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="116"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="117"/>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="118"/>
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="119"/>
        <source>Kembali</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="140"/>
        <source>Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/reports_page.py" line="167"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 langkah tercatat; %3 berkas selesai (median %4, P90 %5 hari kerja dari rencana %6; tepat waktu %7); %8 berkas masih berjalan.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 steps recorded; %3 cases completed (median %4, P90 %5 working day against a plan of %6; on time %7); %8 cases still in progress.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 steps recorded; %3 cases completed (median %4, P90 %5 working days against a plan of %6; on time %7); %8 cases still in progress.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="173"/>
        <source>%1 s.d. %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="203"/>
        <source>Median melewati mutu baku.</source>
        <translation>The median exceeds the standard time.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="218"/>
        <source>Capaian Mutu Baku %1 sd %2.xlsx</source>
        <translation>Standard time performance %1 to %2.xlsx</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="221"/>
        <location filename="../../sopdesk/ui/reports_page.py" line="250"/>
        <source>Ekspor Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="221"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="245"/>
        <source>Laporan diekspor ke %1</source>
        <translation>Report exported to %1</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="348"/>
        <source>Lanjutkan %1</source>
        <translation>Resume %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="350"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="350"/>
        <source>misalnya: perbaikan dari OPD sudah diterima</source>
        <translation>e.g. the corrections from the OPD have been received</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="351"/>
        <source>Dilanjutkan pada</source>
        <translation>Resumed on</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="352"/>
        <source>Lanjutkan</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="314"/>
        <source>Kembalikan ke Langkah %1</source>
        <translation>Return to Step %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="318"/>
        <source>Berkas dikembalikan dari langkah %1 ke langkah %2 (%3); langkah %2 dan sesudahnya diulang.</source>
        <translation>The case is returned from step %1 to step %2 (%3); step %2 and the steps after it are repeated.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="323"/>
        <source>Alasan pengembalian</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="325"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="326"/>
        <source>Kembalikan</source>
        <translation>Return</translation>
    </message>
</context>
<context>
    <name>SentModel</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="138"/>
        <source>ditarik</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="143"/>
        <source>selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="145"/>
        <source>belum dibaca</source>
        <translation>unread</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="147"/>
        <source>%1 dari %2 selesai</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="155"/>
        <source>No. Agenda</source>
        <translation>Agenda No.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="156"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="157"/>
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="158"/>
        <source>Batas Waktu</source>
        <translation>Due Date</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="159"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="160"/>
        <source>Ditulis</source>
        <translation>Written</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="122"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="156"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="174"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="123"/>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="124"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="125"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="139"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="177"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="136"/>
        <source>Set kode</source>
        <translation>Code set</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="137"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="138"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="154"/>
        <source>Lajur SOP</source>
        <translation>SOP lane</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="155"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="156"/>
        <source>(belum diisi)</source>
        <translation>(not yet filled in)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="157"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="175"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="158"/>
        <source>Menjabat</source>
        <translation>In office</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="173"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="176"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="178"/>
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="189"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="198"/>
        <source>Waktu (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="199"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="200"/>
        <source>Atas nama</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="201"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="202"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="203"/>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="210"/>
        <source>500 peristiwa terakhir. Jejak audit tidak dapat diubah atau dihapus.</source>
        <translation>The last 500 events. The audit trail cannot be changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="217"/>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="218"/>
        <source>Kode Klasifikasi</source>
        <translation>Classification Codes</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="219"/>
        <source>Pejabat</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="220"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="221"/>
        <source>Jejak Audit</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="222"/>
        <source>Kop, Kertas dan Nomor</source>
        <translation>Letterhead, Paper and Numbering</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="223"/>
        <source>Hari Kerja</source>
        <translation>Working Days</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="228"/>
        <source>Peran Anda hanya dapat melihat data ini.</source>
        <translation>Your role can only view this data.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="230"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="238"/>
        <source>Daftar OPD</source>
        <translation>OPD List</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="239"/>
        <source>Daftar Pejabat</source>
        <translation>Officials List</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="240"/>
        <source>Daftar Kode Klasifikasi</source>
        <translation>Classification Code List</translation>
    </message>
</context>
<context>
    <name>StartCaseDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="147"/>
        <source>Mulai Berkas SP</source>
        <translation>Start SP Case</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="157"/>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="168"/>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="161"/>
        <source>Cari nomor agenda, asal atau perihal…</source>
        <translation>Search agenda number, sender or subject…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="163"/>
        <source>Cari surat</source>
        <translation>Find letter</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="173"/>
        <source>OPD pengaju</source>
        <translation>Applicant OPD</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="173"/>
        <source>Sesuai asal surat</source>
        <translation>Same as the letter&apos;s sender</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="177"/>
        <source>Satu jenis layanan per baris, misalnya:
Izin praktik bidan</source>
        <translation>One service type per line, for example:
Izin praktik bidan</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="180"/>
        <source>Jenis layanan</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="181"/>
        <source>Langkah 1 dan 2 selesai dari surat ini; berkas menunggu disposisi Kabag (langkah 3).</source>
        <translation>Steps 1 and 2 are completed from this letter; the case then waits for the Kabag&apos;s disposition (step 3).</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="185"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="222"/>
        <source>Pilih surat yang menjadi berkas SP.</source>
        <translation>Choose the letter that becomes the SP case.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../sopdesk/app.py" line="182"/>
        <source>SOPDesk tidak dapat dimulai</source>
        <translation>SOPDesk cannot start</translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="180"/>
        <source>Basis data tidak dapat dibuka.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="177"/>
        <source>Berkas definisi SOP tidak sah; perbaiki berkas itu lalu mulai lagi.</source>
        <translation>The SOP definition file is not valid; correct that file, then start again.</translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="215"/>
        <source>Login tidak dapat diperiksa: %1</source>
        <translation>The sign-in cannot be checked: %1</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="201"/>
        <source>Selesaikan langkah…</source>
        <translation>Complete step…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="202"/>
        <source>Kembalikan ke langkah 4…</source>
        <translation>Return to step 4…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="203"/>
        <source>Catat distribusi…</source>
        <translation>Record distribution…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="204"/>
        <source>Cetak tanda terima distribusi…</source>
        <translation>Print distribution receipt…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="205"/>
        <source>Tangguhkan…</source>
        <translation>Suspend…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="206"/>
        <source>Lanjutkan…</source>
        <translation>Resume…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="207"/>
        <source>Perpanjang…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="208"/>
        <source>Batalkan…</source>
        <translation>Cancel case…</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="335"/>
        <source>Tangguhkan %1</source>
        <translation>Suspend %1</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="337"/>
        <source>Jam berkas berhenti selama ditangguhkan (misalnya menunggu perbaikan dari OPD).</source>
        <translation>The case&apos;s clock stops while it is suspended (for example while awaiting corrections from the OPD).</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="338"/>
        <source>Alasan penangguhan</source>
        <translation>Reason for suspension</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="339"/>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="340"/>
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
        <location filename="../../sopdesk/ui/swimlane.py" line="381"/>
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
        <location filename="../../sopdesk/ui/swimlane.py" line="463"/>
        <source>Diulang: %1 kali</source>
        <translation>Repeated: %1 times</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="114"/>
        <source>Belum ada berkas dipilih.</source>
        <translation>No case selected yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/timeline.py" line="150"/>
        <source>Rencana langkah %1 (%2 hari kerja): %3 – %4</source>
        <translation>
            <numerusform>Planned step %1 (%2 working day): %3 – %4</numerusform>
            <numerusform>Planned step %1 (%2 working days): %3 – %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="168"/>
        <source>berjalan</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="172"/>
        <source>Langkah %1, putaran %2: %3 – %4%5</source>
        <translation>Step %1, round %2: %3 – %4%5</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="177"/>
        <source> (terlambat)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="196"/>
        <source>Batas waktu langkah %1: %2</source>
        <translation>Step %1 deadline: %2</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="205"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="215"/>
        <source>Rencana (mutu baku)</source>
        <translation>Planned (standard time)</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="216"/>
        <source>Realisasi tepat waktu</source>
        <translation>Actual, on time</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="217"/>
        <source>Realisasi terlambat</source>
        <translation>Actual, overdue</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="218"/>
        <source>Hari libur / akhir pekan</source>
        <translation>Holiday / weekend</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="213"/>
        <source>Ekspor PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="215"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../sopdesk/ui/forms.py" line="105"/>
        <location filename="../../sopdesk/ui/forms.py" line="111"/>
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
