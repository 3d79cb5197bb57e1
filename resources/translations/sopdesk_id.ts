<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id_ID">
<context>
    <name>AgendaColumns</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="95"/>
        <source>No. Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="96"/>
        <source>Tanggal Terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="97"/>
        <source>Asal Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="98"/>
        <source>Nomor Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="99"/>
        <source>Tanggal Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="100"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="101"/>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="102"/>
        <source>Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="103"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="408"/>
        <source>Cari nomor agenda, perihal, asal, nomor surat, isi ringkas, keterangan… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="414"/>
        <source>Semua bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="419"/>
        <source>Semua sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="424"/>
        <source>Semua urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="430"/>
        <source>Semua asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="435"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="438"/>
        <source>Catat Surat (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="440"/>
        <source>Batalkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="445"/>
        <source>Tanda Terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="447"/>
        <source>Kartu Kendali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="451"/>
        <source>Ekspor Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="453"/>
        <source>Impor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="465"/>
        <source>Koreksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="468"/>
        <source>Lampirkan Berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="472"/>
        <source>Mulai Berkas SP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="479"/>
        <source>Klik dua kali untuk membuka (isi diperiksa dengan SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="481"/>
        <source>Tulis Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="484"/>
        <source>Lembar Kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="486"/>
        <source>Lembar Disposisi dengan data surat, untuk disposisi tulisan tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="498"/>
        <source>Alur disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="522"/>
        <source>Lampiran (pindaian, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="546"/>
        <location filename="../../sopdesk/ui/agenda.py" line="987"/>
        <source>Buku Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="552"/>
        <source>Catat surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="556"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="559"/>
        <location filename="../../sopdesk/ui/agenda.py" line="989"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1025"/>
        <source>Ekspor Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="588"/>
        <source>Cetak Lembar Disposisi (kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="613"/>
        <source>Semua tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="642"/>
        <source>%1 surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="929"/>
        <source>lebih dari %1 surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="929"/>
        <source>lebih dari %1 surat (menghitung…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="689"/>
        <source>No. agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="690"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="691"/>
        <source>Asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="692"/>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="693"/>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="694"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="695"/>
        <source>Isi ringkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="696"/>
        <source>Sifat / urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="697"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="698"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="699"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="700"/>
        <source>Diteruskan kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="701"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="702"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="710"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="731"/>
        <source>Lampirkan berkas ke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="733"/>
        <source>Pindaian atau PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="742"/>
        <source>Lampiran tidak disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="756"/>
        <source>Lampiran tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="852"/>
        <source>Disposisi disimpan; status surat diperbarui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="863"/>
        <source>Lembar Disposisi (kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="882"/>
        <source>Tercatat dengan nomor agenda %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="908"/>
        <source>Batalkan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="909"/>
        <source>Alasan pembatalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="949"/>
        <source>Berkas SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="978"/>
        <source>Berkas %1 dimulai dari surat ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="989"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1003"/>
        <source>Mengekspor ke %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1016"/>
        <source>%1 surat diekspor ke %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1026"/>
        <source>Buku agenda tidak dapat diekspor ke %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1055"/>
        <source>%1 surat diimpor dari Excel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwaitingModel</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="182"/>
        <source>No. Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="183"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="184"/>
        <source>Asal Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="185"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="186"/>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="187"/>
        <source>Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="104"/>
        <source>Jam kerja kantor (Senin–Jumat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="110"/>
        <source>Ada istirahat yang tidak dihitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="114"/>
        <source>Jam masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="115"/>
        <source>Jam pulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="117"/>
        <source>Istirahat mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="118"/>
        <source>Istirahat selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="121"/>
        <source>Jam kerja sehari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="122"/>
        <source>Simpan jam kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="131"/>
        <source>Mutu baku dihitung dalam hari kerja: satu hari kerja adalah jam kerja sehari ini, setengah hari adalah separuhnya. Perubahan menggeser tenggat semua berkas yang masih berjalan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="140"/>
        <source>Hari libur nasional, cuti bersama dan perubahan kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="151"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="152"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="154"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="155"/>
        <source>Libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="155"/>
        <source>Hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="158"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="163"/>
        <source>Tambah hari libur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="165"/>
        <source>Jadikan hari kerja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="167"/>
        <source>Hapus perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="169"/>
        <source>Tanggal kembali mengikuti kalender nasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="174"/>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="190"/>
        <source>Peran Anda hanya dapat melihat kalender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="210"/>
        <source>Kalender nasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="211"/>
        <source>Tambahan kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="212"/>
        <source>Dicabut kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="261"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="265"/>
        <source>%1 jam (%2 jam seminggu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="280"/>
        <source>Jam kerja tidak disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="282"/>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="282"/>
        <source>Tidak ada perubahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/calendar_tab.py" line="302"/>
        <source>%1 hari kerja; %2 hari libur dan cuti bersama jatuh pada Senin–Jumat.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="341"/>
        <source>Perubahan tidak dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="355"/>
        <source>Kalender diperbarui; tenggat %1 berkas yang berjalan dihitung ulang.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="380"/>
        <source>Batalkan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="382"/>
        <source>Berkas yang dibatalkan tetap tersimpan dengan alasannya; suratnya dapat dimulai lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="383"/>
        <source>Alasan pembatalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="384"/>
        <source>Batalkan Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="385"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="85"/>
        <source>Boleh diisi mundur, tetapi tidak sebelum peristiwa terakhir berkas ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="117"/>
        <source>Saya sendiri (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="119"/>
        <source>nama belum diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="122"/>
        <source>Pejabat lajur %1 (otomatis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="124"/>
        <source>Dilakukan oleh (atas nama)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseViews</name>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/case_views.py" line="41"/>
        <source>ditangguhkan, %1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/case_views.py" line="43"/>
        <source>sejak %1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_views.py" line="47"/>
        <source>diulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_views.py" line="72"/>
        <source>%1 terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/case_views.py" line="129"/>
        <source>Rencana %1 hari kerja · selesai dalam %2 · deviasi %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/case_views.py" line="133"/>
        <source>Rencana %1 hari kerja · berjalan %2 · deviasi %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="275"/>
        <source>Mulai Berkas SP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="283"/>
        <source>Aktif (berjalan dan ditangguhkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="284"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="835"/>
        <source>Ditangguhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="285"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="819"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="822"/>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="286"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="821"/>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="287"/>
        <source>Semua berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="295"/>
        <source>Cari nomor berkas, OPD, jenis layanan, perihal, nomor agenda… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="300"/>
        <source>Klik untuk menampilkan semua langkah lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="302"/>
        <source>Ikhtisar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="310"/>
        <source>Semua berkas aktif pada diagram lajur: berapa yang menunggu di setiap langkah dan lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="355"/>
        <source>Diagram Lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="356"/>
        <source>Linimasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="363"/>
        <source>Perkecil (Ctrl+roda tetikus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="364"/>
        <source>Perbesar (Ctrl+roda tetikus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="365"/>
        <source>Ukuran asli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="366"/>
        <source>Muat layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="366"/>
        <source>Seluruh diagram atau linimasa dalam jendela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="405"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1246"/>
        <source>Berkas SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="410"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="457"/>
        <source>terlambat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="463"/>
        <source> · dikembalikan %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="467"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="468"/>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="469"/>
        <source>Jenis Layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="470"/>
        <source>Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="471"/>
        <source>Tenggat Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="472"/>
        <source>Sisa (hari kerja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="473"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="572"/>
        <source>%1 berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="574"/>
        <source> menunggu di langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="577"/>
        <source> · %1 terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="584"/>
        <source>Langkah %1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="662"/>
        <source>Pilih berkas di daftar, atau buka Ikhtisar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="673"/>
        <source>%1
Surat %2, SOP %3 versi %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="686"/>
        <source>Selesai pada %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="690"/>
        <source>Dibatalkan pada %1 (di langkah %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="698"/>
        <source>Sekarang di: %1, sejak %2 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="703"/>
        <source> (ditangguhkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="712"/>
        <source>Tenggat langkah %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="717"/>
        <source>tenggat berkas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="720"/>
        <source>(terlambat %1 hari kerja)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="723"/>
        <source>(sisa %1 hari kerja)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="728"/>
        <source>dimulai %1, %2 hari kerja (rencana %3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="734"/>
        <source>dikembalikan %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="738"/>
        <source>ditangguhkan sejak %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="744"/>
        <source>diperpanjang %1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="768"/>
        <source>Peran Anda hanya dapat melihat berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="771"/>
        <source>Berkas ditangguhkan: lanjutkan dulu untuk mencatat langkah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="774"/>
        <source>Langkah ini dicatat oleh pengguna lajur %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="776"/>
        <source>Berkas sekarang di langkah %1; klik langkah itu untuk mencatatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="782"/>
        <source>Kembalikan ke langkah %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="786"/>
        <source>Catat minimal satu distribusi dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="792"/>
        <source>selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="793"/>
        <source>berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="793"/>
        <source>ditangguhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="794"/>
        <source>belum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="797"/>
        <source>diulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="803"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1019"/>
        <source>Langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="806"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1021"/>
        <source>Pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="807"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1022"/>
        <source>Mutu baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="836"/>
        <source>(tidak dihitung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="915"/>
        <source>%1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="808"/>
        <source>Rencana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="811"/>
        <source>Keterangan SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="814"/>
        <source>Putaran %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="814"/>
        <source>Pelaksanaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="816"/>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="820"/>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="825"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="828"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1008"/>
        <source>terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="831"/>
        <source>Lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="831"/>
        <source>Berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="842"/>
        <source>Dilakukan oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="845"/>
        <source>Dicatat oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="847"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="849"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="847"/>
        <source>dari surat di buku agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="849"/>
        <source>dari lembar disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="852"/>
        <source>Kelengkapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="854"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="856"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="862"/>
        <source>Dikembalikan ke langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="867"/>
        <source>Langkah ini belum dicapai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="871"/>
        <source>diterima oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="877"/>
        <source>Distribusi</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="891"/>
        <source>%1 hari kerja di langkah %2: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="903"/>
        <source>Peristiwa berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="959"/>
        <source>Ikhtisar semua berkas aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="962"/>
        <source>%1 berkas aktif · %2 terlambat di langkahnya · %3 jatuh tempo dalam %4 hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="970"/>
        <source>%1 ditangguhkan · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="972"/>
        <source>Angka pada langkah: berkas yang menunggu di sana (merah: ada yang terlambat). Klik langkah untuk menyaring daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="992"/>
        <source>Klik sebuah langkah untuk melihat berkas yang menunggu di sana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="994"/>
        <source>Berkas menunggu per lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1016"/>
        <source>… dan %1 berkas lagi (lihat daftar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1024"/>
        <source>Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1025"/>
        <source>%1 berkas, %2 terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1029"/>
        <source>Klik nomor berkas untuk membukanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1118"/>
        <source>Berkas %1 dimulai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1214"/>
        <source>ke-%1: %2, diterima %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1232"/>
        <source>Tanda Terima %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainTree</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="38"/>
        <source>Disposisi dan penerima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="38"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="38"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="38"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="75"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="77"/>
        <source> — dicatat oleh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="78"/>
        <source>ditarik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="78"/>
        <source>batas %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="118"/>
        <source>Ubah Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="118"/>
        <source>Tambah Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="122"/>
        <source>Set kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="126"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="127"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="128"/>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteStepDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="240"/>
        <source>Selesaikan Langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="247"/>
        <source>Langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/case_dialogs.py" line="249"/>
        <source>Pelaksana: %1 · mutu baku %2 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="253"/>
        <source>Kelengkapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="254"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="257"/>
        <source>Output lain, pisahkan dengan titik koma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="260"/>
        <source>Waktu selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="261"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="262"/>
        <source>Selesaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="278"/>
        <source>(tidak ada dalam SOP)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="96"/>
        <source>Lampiran tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="170"/>
        <source>Teruskan Disposisi — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="170"/>
        <source>Tulis Disposisi — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="196"/>
        <source>Disposisi tulisan tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="198"/>
        <source>Saya mengetik disposisi yang ditulis tangan oleh pejabat berikut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="214"/>
        <source>ditulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="216"/>
        <source>Atas nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="228"/>
        <source>Diteruskan kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="234"/>
        <source>Centang penerima (pejabat, pengguna atau unit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="236"/>
        <source>Dengan hormat harap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="250"/>
        <source>Centang instruksi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="253"/>
        <source>Instruksi lain; pisahkan dengan titik koma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="254"/>
        <source>Lainnya:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="260"/>
        <source>Catatan (petunjuk dan arahan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="264"/>
        <source>Petunjuk dan arahan bagi penerima…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="279"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="282"/>
        <source>Penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="311"/>
        <source>Simpan Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="322"/>
        <source>Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="326"/>
        <source>No. agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="326"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="327"/>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="327"/>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="328"/>
        <source>Asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="328"/>
        <source>Sifat / urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="338"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="346"/>
        <source>Klik dua kali untuk membuka (isi diperiksa dengan SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="352"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="360"/>
        <source>tidak ada pindaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="367"/>
        <source>Disposisi yang diteruskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="375"/>
        <source>&lt;b&gt;Dari&lt;/b&gt; %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="379"/>
        <source>&lt;b&gt;Batas waktu&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="382"/>
        <source>&lt;b&gt;Instruksi:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="384"/>
        <source>&lt;b&gt;Catatan:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="433"/>
        <source>Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="433"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="433"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="463"/>
        <source>(paraf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="465"/>
        <source>NIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="470"/>
        <source>dicatat oleh %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispositionPage</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="336"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="471"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="338"/>
        <source>Teruskan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="340"/>
        <source>Tindak Lanjut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="342"/>
        <source>Selesai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="344"/>
        <source>Pengaturan Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="347"/>
        <source>Tampilkan yang sudah selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="360"/>
        <source>Tidak ada disposisi yang menunggu Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="368"/>
        <source>Tulis Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="375"/>
        <source>Surat yang belum didisposisi, yang paling lama diterima di atas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="386"/>
        <source>Disposisi yang Anda berikan atau catat; ditarik bila belum dibaca siapa pun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="415"/>
        <source>Surat ini belum didisposisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="420"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="892"/>
        <source>Lembar Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="422"/>
        <source>Lembar Kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="424"/>
        <source>Kartu Penerus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="426"/>
        <source>Tarik Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="443"/>
        <source>&lt;b&gt;Alur disposisi surat ini&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="462"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="716"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="807"/>
        <source>Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="528"/>
        <source>Disposisi Masuk (%1 baru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="528"/>
        <source>Disposisi Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="536"/>
        <source>Perlu Disposisi (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="541"/>
        <source>Disposisi Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="659"/>
        <source>Hanya disposisi yang belum dibaca siapa pun, oleh penulis atau pencatatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="666"/>
        <source>Pilih disposisi atau surat di sebelah kiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="672"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="673"/>
        <source>Instruksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="674"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="676"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="677"/>
        <source> — lewat batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="679"/>
        <source>Status Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="680"/>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="683"/>
        <source>No. agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="684"/>
        <source>Asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="685"/>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="686"/>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="687"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="688"/>
        <source>Sifat / urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="689"/>
        <source>Status surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="693"/>
        <source>Lewat batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="745"/>
        <source>Tindak Lanjut — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="747"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="815"/>
        <source>Apa yang sudah dikerjakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="761"/>
        <source>Selesai — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="763"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="823"/>
        <source>Catatan penyelesaian (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="766"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="826"/>
        <source>Tandai Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="786"/>
        <source>Catat sudah dibaca (atas nama penerima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="787"/>
        <source>Catat tindak lanjut… (atas nama penerima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="788"/>
        <source>Catat selesai… (atas nama penerima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="813"/>
        <source>Tindak Lanjut atas nama %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="821"/>
        <source>Selesai atas nama %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="850"/>
        <source>Disposisi surat %1 disimpan untuk %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="864"/>
        <source>Tarik Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="866"/>
        <source>Alasan penarikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="869"/>
        <source>Tarik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="870"/>
        <source>Disposisi kepada %1 ditarik dan dicoret; catatannya tetap tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="901"/>
        <source>Lembar Disposisi (kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="907"/>
        <source>Kartu Penerus Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispositionSettingsDialog</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="268"/>
        <source>Pengaturan Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="271"/>
        <source>Daftar instruksi (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="273"/>
        <source>Unit penerima (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="284"/>
        <source> hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="289"/>
        <source>Batas waktu menurut urgensi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributeDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="395"/>
        <source>Catat Distribusi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="397"/>
        <source>Kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="397"/>
        <source>misalnya: Dinas Kesehatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="398"/>
        <source>Diterima oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="398"/>
        <source>nama penerima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="399"/>
        <source>Diterima pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="400"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="401"/>
        <source>Catat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentJob</name>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="167"/>
        <source>Menyiapkan %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="167"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="192"/>
        <source>Halaman %1 dari %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="207"/>
        <source>Dokumen tidak dapat dibuat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainWords</name>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="20"/>
        <source>Berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="21"/>
        <source>Ditangguhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="22"/>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="23"/>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="25"/>
        <source>Langkah selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="26"/>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="27"/>
        <source>Dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="28"/>
        <source>Tenggat diperpanjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="29"/>
        <source>Didistribusikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="31"/>
        <source>Belum dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="32"/>
        <source>Dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="33"/>
        <source>Ditindaklanjuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="35"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="36"/>
        <source>Staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="37"/>
        <source>Kasubag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="38"/>
        <source>Kabag Organisasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="39"/>
        <source>Pimpinan (hanya baca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="41"/>
        <source>belum didisposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="42"/>
        <source>didisposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="43"/>
        <source>diproses SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="44"/>
        <source>selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="45"/>
        <source>dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="47"/>
        <source>Biasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="48"/>
        <source>Terbatas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="49"/>
        <source>Rahasia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="50"/>
        <source>Sangat Rahasia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="51"/>
        <source>Segera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="52"/>
        <source>Sangat Segera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="54"/>
        <source>fisik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="55"/>
        <source>srikandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="56"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="57"/>
        <source>lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="59"/>
        <source>A4 (210 x 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="60"/>
        <source>F4 / Folio (215 x 330 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="61"/>
        <source>Setengah folio (215 x 165 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="62"/>
        <source>Kartu (100 x 150 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="64"/>
        <source>Dokumen SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="65"/>
        <source>Daftar data induk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="66"/>
        <source>Buku Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="67"/>
        <source>Tanda terima surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="68"/>
        <source>Kartu kendali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="69"/>
        <source>Lembar disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="70"/>
        <source>Kartu penerus disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="71"/>
        <source>Berkas SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="72"/>
        <source>Laporan capaian mutu baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="73"/>
        <source>Tanda terima distribusi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="216"/>
        <source>Ubah Pengguna %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="218"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="219"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="220"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="223"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="224"/>
        <source>— bukan pejabat —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="227"/>
        <source>Aktif (boleh masuk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="360"/>
        <source>Perpanjang %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="362"/>
        <source>Tenggat langkah yang berjalan dan tenggat berkas mundur sebanyak hari kerja ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="369"/>
        <source> hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="370"/>
        <source>Perpanjangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="371"/>
        <source>Alasan perpanjangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="372"/>
        <source>Perpanjang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="126"/>
        <source>SOPDesk — Penyiapan Pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="129"/>
        <source>Selamat datang di SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="132"/>
        <source>Basis data baru dibuat di %1. Isi data administrator pertama: ia dapat menambah pengguna lain dan mengubah data induk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="144"/>
        <source>18 angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="153"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="154"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="155"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="156"/>
        <source>Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="157"/>
        <source>Ulangi kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="159"/>
        <source>Menyiapkan basis data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="163"/>
        <source>Simpan dan Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="163"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="181"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="127"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="142"/>
        <source>Surat menunggu disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="143"/>
        <source>Disposisi masuk belum dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="144"/>
        <source>Berkas SP aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="145"/>
        <source>Langkah terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="146"/>
        <source>Jatuh tempo ≤ 3 hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="169"/>
        <source>Berkas SP aktif per langkah dan lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="177"/>
        <source>Tugas saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="178"/>
        <location filename="../../sopdesk/ui/pages.py" line="374"/>
        <source>Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="179"/>
        <source>Jatuh tempo dalam 3 hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="200"/>
        <source>OPD terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="201"/>
        <source>Pejabat pemegang lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="202"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="203"/>
        <source>Peristiwa jejak audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="129"/>
        <source>Selamat bekerja, %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="241"/>
        <source>Beranda tidak dapat dimuat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="250"/>
        <source>SOP berlaku: %1 versi %2 — %3; %4 langkah, mutu baku %5 hari kerja.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="270"/>
        <source>Perlu dilengkapi: nama pejabat (Pengaturan › Pejabat) untuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="297"/>
        <source>Disposisi %1 · batas %3
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="309"/>
        <source>… dan %1 lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="313"/>
        <source>Tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="325"/>
        <source>ditangguhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="330"/>
        <source>terlambat %1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="332"/>
        <source>sisa kurang dari ½ hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="335"/>
        <source>sisa %1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="337"/>
        <source>%1 · langkah %3 (%4)
%2 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="374"/>
        <source>Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="374"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="407"/>
        <source>Jumlah per lajur</source>
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
    <name>InboxModel</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="93"/>
        <source>No. Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="94"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="96"/>
        <source>Batas Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="96"/>
        <source> (lewat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="98"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="99"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="100"/>
        <source>Instruksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="101"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="243"/>
        <source>Catat Surat Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="243"/>
        <source>Koreksi Surat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="254"/>
        <source>Tanggal terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="255"/>
        <source>Asal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="262"/>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="274"/>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="275"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="276"/>
        <source>Isi ringkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="277"/>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="278"/>
        <source>Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="280"/>
        <source>Kode klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="281"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="282"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="283"/>
        <source>No. registrasi Srikandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="284"/>
        <source>Diteruskan kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="285"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="286"/>
        <source>Cetak tanda terima untuk kurir setelah disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="293"/>
        <source>otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="294"/>
        <source>No. urut asli (surat tahun lalu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="295"/>
        <source>Alasan koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="303"/>
        <source>Simpan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="322"/>
        <source>Perhatian: nomor surat ini dari pengirim yang sama sudah tercatat: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="27"/>
        <source>SOPDesk — Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="35"/>
        <source>SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="36"/>
        <source>Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="43"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="44"/>
        <source>Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="46"/>
        <source>Membuka basis data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="50"/>
        <source>Basis data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="54"/>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="54"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="79"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="82"/>
        <source>Memeriksa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="99"/>
        <source>Tombol Masuk aktif lagi dalam %1 detik.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="71"/>
        <source>SOPDesk — Bagian Organisasi Setda Kabupaten Tangerang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="90"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="91"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="306"/>
        <source>Buku Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="92"/>
        <location filename="../../sopdesk/ui/main_window.py" line="602"/>
        <source>Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="93"/>
        <source>Berkas SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="94"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="95"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="143"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="145"/>
        <source>&amp;Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="147"/>
        <source>&amp;Pratinjau Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="148"/>
        <source>&amp;Ekspor PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="153"/>
        <source>Cetak &amp;Lembar Disposisi Kosong…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="156"/>
        <source>Cetak Kartu Pe&amp;nerus Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="163"/>
        <source>Ca&amp;dangkan Basis Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="167"/>
        <source>&amp;Ganti Kata Sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="171"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="173"/>
        <source>Ban&amp;tuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="174"/>
        <source>&amp;Dokumen SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="175"/>
        <source>&amp;Tentang SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="180"/>
        <source>Pengguna: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="185"/>
        <source>Peran: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="187"/>
        <source>Basis data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="290"/>
        <source>Tidak ada yang dapat dicetak di halaman ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="294"/>
        <source>Pilih surat atau disposisi di halaman Disposisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="311"/>
        <source>Berkas %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="318"/>
        <source>Laporan Capaian Mutu Baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="359"/>
        <source>PDF disimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="379"/>
        <source>Pencetakan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="382"/>
        <source>%1 halaman dikirim ke pencetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="403"/>
        <source>Tunggu sampai pencadangan selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="430"/>
        <source>Cadangkan Basis Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="430"/>
        <source>Basis data SQLite (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="442"/>
        <source>Mencadangkan ke %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="451"/>
        <source>Cadangan selesai dan diperiksa: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="459"/>
        <source>Pencadangan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="506"/>
        <source>SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="570"/>
        <source>Disposisi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="572"/>
        <source>%1 disposisi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="575"/>
        <source>Dari %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="581"/>
        <source> (dan %1 lainnya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="604"/>
        <source>Disposisi (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="609"/>
        <source>%1 belum dibaca, %2 belum selesai, %3 lewat batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="302"/>
        <location filename="../../sopdesk/ui/main_window.py" line="468"/>
        <source>Dokumen SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="474"/>
        <source>Tentang SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="477"/>
        <source>&lt;b&gt;SOPDesk %1&lt;/b&gt;&lt;br&gt;Agenda surat, disposisi dan pelacakan SOP 01.048.2017 untuk Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="481"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterTab</name>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="56"/>
        <source>Tambah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="58"/>
        <source>Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="180"/>
        <source>Tambah Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="181"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="182"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="183"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="183"/>
        <source>18 angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="184"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="186"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="186"/>
        <source>— bukan pejabat —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="188"/>
        <source>Kata sandi awal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="149"/>
        <source>Ubah Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="149"/>
        <source>Tambah Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="151"/>
        <source>Lajur SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="153"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="154"/>
        <source>Nama (dengan gelar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="156"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="156"/>
        <source>18 angka; kosong bila bukan PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="158"/>
        <source>Masih menjabat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpdDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="95"/>
        <source>Ubah OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="95"/>
        <source>Tambah OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="96"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="97"/>
        <source>Singkatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="99"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="99"/>
        <source>dinas, badan, kecamatan, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="101"/>
        <source>Aktif (muncul di pilihan asal surat)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="65"/>
        <source>Tambah Hari Libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="65"/>
        <source>Jadikan Hari Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="73"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="76"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="77"/>
        <source>Hari libur tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="77"/>
        <source>Hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="81"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="81"/>
        <source>misalnya: SKB 3 Menteri Nomor …, cuti bersama</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="248"/>
        <source>Atur Ulang Kata Sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="248"/>
        <source>Ganti Kata Sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="249"/>
        <source>Kata sandi lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="250"/>
        <source>Kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="251"/>
        <source>Ulangi kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="258"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="464"/>
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
        <location filename="../../sopdesk/ui/print_settings.py" line="49"/>
        <source>Kop surat (dipakai semua komputer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="55"/>
        <source>Baris kop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="56"/>
        <location filename="../../sopdesk/ui/print_settings.py" line="173"/>
        <source>(tanpa logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="59"/>
        <source>Pilih logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="60"/>
        <source>Hapus logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="68"/>
        <source>Logo (PNG/JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="70"/>
        <source>Kertas per dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="81"/>
        <source>Mendatar (landscape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="82"/>
        <source>Tegak (portrait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="89"/>
        <source>Margin atas/kanan/bawah/kiri (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="99"/>
        <source>Nomor agenda surat masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="105"/>
        <source>Token: {seq} atau {seq:03} nomor urut, {tahun}, {kode} kode klasifikasi, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="107"/>
        <source>Pola nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="110"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="113"/>
        <source>Contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="115"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="135"/>
        <source>Hanya administrator yang dapat mengubah kop dan kertas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="178"/>
        <source>Pilih logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="178"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="226"/>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="419"/>
        <source>Tanda Terima Distribusi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="426"/>
        <source>Distribusi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="430"/>
        <source>Yang diserahkan (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="431"/>
        <source>Pratinjau Cetak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="47"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="47"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="71"/>
        <source>Laporan Capaian Mutu Baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="74"/>
        <source>Per langkah SOP: berapa kali langkah itu selesai (atau mengembalikan berkas) dalam periode, median dan persentil ke-90 waktu yang dipakai dalam hari kerja, dibandingkan dengan mutu baku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="88"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="90"/>
        <source>s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="92"/>
        <source>Tampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="96"/>
        <source>Ekspor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="111"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="112"/>
        <source>Uraian kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="113"/>
        <source>Pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="114"/>
        <source>Mutu baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="115"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="116"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="117"/>
        <source>P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="118"/>
        <source>Tepat waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="119"/>
        <source>Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="140"/>
        <source>Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/reports_page.py" line="167"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 langkah tercatat; %3 berkas selesai (median %4, P90 %5 hari kerja dari rencana %6; tepat waktu %7); %8 berkas masih berjalan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="173"/>
        <source>%1 s.d. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="203"/>
        <source>Median melewati mutu baku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="218"/>
        <source>Capaian Mutu Baku %1 sd %2.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="221"/>
        <location filename="../../sopdesk/ui/reports_page.py" line="250"/>
        <source>Ekspor Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="221"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="245"/>
        <source>Laporan diekspor ke %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="348"/>
        <source>Lanjutkan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="350"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="350"/>
        <source>misalnya: perbaikan dari OPD sudah diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="351"/>
        <source>Dilanjutkan pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="352"/>
        <source>Lanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="314"/>
        <source>Kembalikan ke Langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="318"/>
        <source>Berkas dikembalikan dari langkah %1 ke langkah %2 (%3); langkah %2 dan sesudahnya diulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="323"/>
        <source>Alasan pengembalian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="325"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="326"/>
        <source>Kembalikan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentModel</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="138"/>
        <source>ditarik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="143"/>
        <source>selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="145"/>
        <source>belum dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="147"/>
        <source>%1 dari %2 selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="155"/>
        <source>No. Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="156"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="157"/>
        <source>Kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="158"/>
        <source>Batas Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="159"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="160"/>
        <source>Ditulis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="122"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="156"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="174"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="123"/>
        <source>Singkatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="124"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="125"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="139"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="177"/>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="136"/>
        <source>Set kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="137"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="138"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="154"/>
        <source>Lajur SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="155"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="156"/>
        <source>(belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="157"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="175"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="158"/>
        <source>Menjabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="173"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="176"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="178"/>
        <source>Terakhir masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="189"/>
        <source>Atur ulang kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="198"/>
        <source>Waktu (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="199"/>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="200"/>
        <source>Atas nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="201"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="202"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="203"/>
        <source>Sesudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="210"/>
        <source>500 peristiwa terakhir. Jejak audit tidak dapat diubah atau dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="217"/>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="218"/>
        <source>Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="219"/>
        <source>Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="220"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="221"/>
        <source>Jejak Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="222"/>
        <source>Kop, Kertas dan Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="223"/>
        <source>Hari Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="228"/>
        <source>Peran Anda hanya dapat melihat data ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="230"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="238"/>
        <source>Daftar OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="239"/>
        <source>Daftar Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="240"/>
        <source>Daftar Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartCaseDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="147"/>
        <source>Mulai Berkas SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="157"/>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="168"/>
        <source>Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="161"/>
        <source>Cari nomor agenda, asal atau perihal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="163"/>
        <source>Cari surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="173"/>
        <source>OPD pengaju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="173"/>
        <source>Sesuai asal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="177"/>
        <source>Satu jenis layanan per baris, misalnya:
Izin praktik bidan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="180"/>
        <source>Jenis layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="181"/>
        <source>Langkah 1 dan 2 selesai dari surat ini; berkas menunggu disposisi Kabag (langkah 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="185"/>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="222"/>
        <source>Pilih surat yang menjadi berkas SP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../sopdesk/app.py" line="182"/>
        <source>SOPDesk tidak dapat dimulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="180"/>
        <source>Basis data tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="177"/>
        <source>Berkas definisi SOP tidak sah; perbaiki berkas itu lalu mulai lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="215"/>
        <source>Login tidak dapat diperiksa: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="201"/>
        <source>Selesaikan langkah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="202"/>
        <source>Kembalikan ke langkah 4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="203"/>
        <source>Catat distribusi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="204"/>
        <source>Cetak tanda terima distribusi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="205"/>
        <source>Tangguhkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="206"/>
        <source>Lanjutkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="207"/>
        <source>Perpanjang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="208"/>
        <source>Batalkan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="335"/>
        <source>Tangguhkan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="337"/>
        <source>Jam berkas berhenti selama ditangguhkan (misalnya menunggu perbaikan dari OPD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="338"/>
        <source>Alasan penangguhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="339"/>
        <source>Sejak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="340"/>
        <source>Tangguhkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwimlaneView</name>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="199"/>
        <source>Pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="199"/>
        <source>Mutu Baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="205"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="205"/>
        <source>Uraian Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="213"/>
        <source>Kelengkapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="213"/>
        <source>Waktu (hari)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="213"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/swimlane.py" line="381"/>
        <source>Langkah %1: %2
Pelaksana: %3
Mutu baku: %4 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="463"/>
        <source>Diulang: %1 kali</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="114"/>
        <source>Belum ada berkas dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/timeline.py" line="150"/>
        <source>Rencana langkah %1 (%2 hari kerja): %3 – %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="168"/>
        <source>berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="172"/>
        <source>Langkah %1, putaran %2: %3 – %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="177"/>
        <source> (terlambat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="196"/>
        <source>Batas waktu langkah %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="205"/>
        <source>Hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="215"/>
        <source>Rencana (mutu baku)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="216"/>
        <source>Realisasi tepat waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="217"/>
        <source>Realisasi terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="218"/>
        <source>Hari libur / akhir pekan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="213"/>
        <source>Ekspor PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="215"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../sopdesk/ui/forms.py" line="105"/>
        <location filename="../../sopdesk/ui/forms.py" line="111"/>
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
