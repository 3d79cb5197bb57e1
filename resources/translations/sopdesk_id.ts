<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id_ID">
<context>
    <name>AgendaColumns</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="96"/>
        <source>No. Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="97"/>
        <source>Tanggal Terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="98"/>
        <source>Asal Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="99"/>
        <source>Nomor Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="100"/>
        <source>Tanggal Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="101"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="102"/>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="103"/>
        <source>Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="104"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="409"/>
        <source>Cari perihal, asal, nomor surat, isi ringkas, keterangan… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="415"/>
        <source>Semua bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="420"/>
        <source>Semua sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="425"/>
        <source>Semua urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="431"/>
        <source>Semua asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="436"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="439"/>
        <source>Catat Surat (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="441"/>
        <source>Batalkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="446"/>
        <source>Tanda Terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="448"/>
        <source>Kartu Kendali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="452"/>
        <source>Ekspor Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="454"/>
        <source>Impor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="466"/>
        <source>Koreksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="469"/>
        <source>Lampirkan Berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="473"/>
        <source>Mulai Berkas SP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="480"/>
        <source>Klik dua kali untuk membuka (isi diperiksa dengan SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="482"/>
        <source>Tulis Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="485"/>
        <source>Lembar Kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="487"/>
        <source>Lembar Disposisi dengan data surat, untuk disposisi tulisan tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="499"/>
        <source>Alur disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="523"/>
        <source>Lampiran (pindaian, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="547"/>
        <location filename="../../sopdesk/ui/agenda.py" line="984"/>
        <source>Buku Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="553"/>
        <source>Catat surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="557"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="560"/>
        <location filename="../../sopdesk/ui/agenda.py" line="986"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1022"/>
        <source>Ekspor Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="589"/>
        <source>Cetak Lembar Disposisi (kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="614"/>
        <source>Semua tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="643"/>
        <source>%1 surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="690"/>
        <source>No. agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="691"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="692"/>
        <source>Asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="693"/>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="694"/>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="695"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="696"/>
        <source>Isi ringkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="697"/>
        <source>Sifat / urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="698"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="699"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="700"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="701"/>
        <source>Diteruskan kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="702"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="703"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="711"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="732"/>
        <source>Lampirkan berkas ke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="734"/>
        <source>Pindaian atau PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="743"/>
        <source>Lampiran tidak disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="757"/>
        <source>Lampiran tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="853"/>
        <source>Disposisi disimpan; status surat diperbarui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="864"/>
        <source>Lembar Disposisi (kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="883"/>
        <source>Tercatat dengan nomor agenda %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="909"/>
        <source>Batalkan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="910"/>
        <source>Alasan pembatalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="946"/>
        <source>Berkas SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="975"/>
        <source>Berkas %1 dimulai dari surat ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="986"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1000"/>
        <source>Mengekspor ke %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1013"/>
        <source>%1 surat diekspor ke %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1023"/>
        <source>Buku agenda tidak dapat diekspor ke %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1052"/>
        <source>%1 surat diimpor dari Excel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwaitingModel</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="183"/>
        <source>No. Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="184"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="185"/>
        <source>Asal Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="186"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="187"/>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="188"/>
        <source>Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="105"/>
        <source>Jam kerja kantor (Senin–Jumat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="111"/>
        <source>Ada istirahat yang tidak dihitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="115"/>
        <source>Jam masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="116"/>
        <source>Jam pulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="118"/>
        <source>Istirahat mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="119"/>
        <source>Istirahat selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="122"/>
        <source>Jam kerja sehari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="123"/>
        <source>Simpan jam kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="132"/>
        <source>Mutu baku dihitung dalam hari kerja: satu hari kerja adalah jam kerja sehari ini, setengah hari adalah separuhnya. Perubahan menggeser tenggat semua berkas yang masih berjalan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="141"/>
        <source>Hari libur nasional, cuti bersama dan perubahan kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="152"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="153"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="155"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="156"/>
        <source>Libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="156"/>
        <source>Hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="159"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="164"/>
        <source>Tambah hari libur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="166"/>
        <source>Jadikan hari kerja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="168"/>
        <source>Hapus perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="170"/>
        <source>Tanggal kembali mengikuti kalender nasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="175"/>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="191"/>
        <source>Peran Anda hanya dapat melihat kalender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="211"/>
        <source>Kalender nasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="212"/>
        <source>Tambahan kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="213"/>
        <source>Dicabut kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="262"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="266"/>
        <source>%1 jam (%2 jam seminggu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="281"/>
        <source>Jam kerja tidak disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="283"/>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="283"/>
        <source>Tidak ada perubahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/calendar_tab.py" line="303"/>
        <source>%1 hari kerja; %2 hari libur dan cuti bersama jatuh pada Senin–Jumat.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="342"/>
        <source>Perubahan tidak dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="356"/>
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
        <location filename="../../sopdesk/ui/cases_page.py" line="276"/>
        <source>Mulai Berkas SP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="284"/>
        <source>Aktif (berjalan dan ditangguhkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="285"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="836"/>
        <source>Ditangguhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="286"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="820"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="823"/>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="287"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="822"/>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="288"/>
        <source>Semua berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="296"/>
        <source>Cari nomor berkas, OPD, jenis layanan, perihal, nomor agenda… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="301"/>
        <source>Klik untuk menampilkan semua langkah lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="303"/>
        <source>Ikhtisar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="311"/>
        <source>Semua berkas aktif pada diagram lajur: berapa yang menunggu di setiap langkah dan lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="356"/>
        <source>Diagram Lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="357"/>
        <source>Linimasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="364"/>
        <source>Perkecil (Ctrl+roda tetikus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="365"/>
        <source>Perbesar (Ctrl+roda tetikus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="366"/>
        <source>Ukuran asli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="367"/>
        <source>Muat layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="367"/>
        <source>Seluruh diagram atau linimasa dalam jendela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="406"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1247"/>
        <source>Berkas SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="411"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="458"/>
        <source>terlambat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="464"/>
        <source> · dikembalikan %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="468"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="469"/>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="470"/>
        <source>Jenis Layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="471"/>
        <source>Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="472"/>
        <source>Tenggat Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="473"/>
        <source>Sisa (hari kerja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="474"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="573"/>
        <source>%1 berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="575"/>
        <source> menunggu di langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="578"/>
        <source> · %1 terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="585"/>
        <source>Langkah %1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="663"/>
        <source>Pilih berkas di daftar, atau buka Ikhtisar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="674"/>
        <source>%1
Surat %2, SOP %3 versi %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="687"/>
        <source>Selesai pada %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="691"/>
        <source>Dibatalkan pada %1 (di langkah %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="699"/>
        <source>Sekarang di: %1, sejak %2 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="704"/>
        <source> (ditangguhkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="713"/>
        <source>Tenggat langkah %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="718"/>
        <source>tenggat berkas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="721"/>
        <source>(terlambat %1 hari kerja)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="724"/>
        <source>(sisa %1 hari kerja)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="729"/>
        <source>dimulai %1, %2 hari kerja (rencana %3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="735"/>
        <source>dikembalikan %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="739"/>
        <source>ditangguhkan sejak %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="745"/>
        <source>diperpanjang %1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="769"/>
        <source>Peran Anda hanya dapat melihat berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="772"/>
        <source>Berkas ditangguhkan: lanjutkan dulu untuk mencatat langkah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="775"/>
        <source>Langkah ini dicatat oleh pengguna lajur %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="777"/>
        <source>Berkas sekarang di langkah %1; klik langkah itu untuk mencatatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="783"/>
        <source>Kembalikan ke langkah %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="787"/>
        <source>Catat minimal satu distribusi dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="793"/>
        <source>selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="794"/>
        <source>berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="794"/>
        <source>ditangguhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="795"/>
        <source>belum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="798"/>
        <source>diulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="804"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1020"/>
        <source>Langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="807"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1022"/>
        <source>Pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="808"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1023"/>
        <source>Mutu baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="837"/>
        <source>(tidak dihitung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="916"/>
        <source>%1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="809"/>
        <source>Rencana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="812"/>
        <source>Keterangan SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="815"/>
        <source>Putaran %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="815"/>
        <source>Pelaksanaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="817"/>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="821"/>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="826"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="829"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1009"/>
        <source>terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="832"/>
        <source>Lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="832"/>
        <source>Berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="843"/>
        <source>Dilakukan oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="846"/>
        <source>Dicatat oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="848"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="850"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="848"/>
        <source>dari surat di buku agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="850"/>
        <source>dari lembar disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="853"/>
        <source>Kelengkapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="855"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="857"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="863"/>
        <source>Dikembalikan ke langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="868"/>
        <source>Langkah ini belum dicapai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="872"/>
        <source>diterima oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="878"/>
        <source>Distribusi</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="892"/>
        <source>%1 hari kerja di langkah %2: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="904"/>
        <source>Peristiwa berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="960"/>
        <source>Ikhtisar semua berkas aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="963"/>
        <source>%1 berkas aktif · %2 terlambat di langkahnya · %3 jatuh tempo dalam %4 hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="971"/>
        <source>%1 ditangguhkan · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="973"/>
        <source>Angka pada langkah: berkas yang menunggu di sana (merah: ada yang terlambat). Klik langkah untuk menyaring daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="993"/>
        <source>Klik sebuah langkah untuk melihat berkas yang menunggu di sana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="995"/>
        <source>Berkas menunggu per lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1017"/>
        <source>… dan %1 berkas lagi (lihat daftar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1025"/>
        <source>Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1026"/>
        <source>%1 berkas, %2 terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1030"/>
        <source>Klik nomor berkas untuk membukanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1119"/>
        <source>Berkas %1 dimulai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1215"/>
        <source>ke-%1: %2, diterima %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1233"/>
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
        <location filename="../../sopdesk/ui/disposition_page.py" line="337"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="472"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="339"/>
        <source>Teruskan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="341"/>
        <source>Tindak Lanjut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="343"/>
        <source>Selesai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="345"/>
        <source>Pengaturan Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="348"/>
        <source>Tampilkan yang sudah selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="361"/>
        <source>Tidak ada disposisi yang menunggu Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="369"/>
        <source>Tulis Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="376"/>
        <source>Surat yang belum didisposisi, yang paling lama diterima di atas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="387"/>
        <source>Disposisi yang Anda berikan atau catat; ditarik bila belum dibaca siapa pun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="416"/>
        <source>Surat ini belum didisposisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="421"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="893"/>
        <source>Lembar Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="423"/>
        <source>Lembar Kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="425"/>
        <source>Kartu Penerus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="427"/>
        <source>Tarik Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="444"/>
        <source>&lt;b&gt;Alur disposisi surat ini&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="463"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="717"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="808"/>
        <source>Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="529"/>
        <source>Disposisi Masuk (%1 baru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="529"/>
        <source>Disposisi Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="537"/>
        <source>Perlu Disposisi (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="542"/>
        <source>Disposisi Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="660"/>
        <source>Hanya disposisi yang belum dibaca siapa pun, oleh penulis atau pencatatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="667"/>
        <source>Pilih disposisi atau surat di sebelah kiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="673"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="674"/>
        <source>Instruksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="675"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="677"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="678"/>
        <source> — lewat batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="680"/>
        <source>Status Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="681"/>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="684"/>
        <source>No. agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="685"/>
        <source>Asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="686"/>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="687"/>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="688"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="689"/>
        <source>Sifat / urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="690"/>
        <source>Status surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="694"/>
        <source>Lewat batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="746"/>
        <source>Tindak Lanjut — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="748"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="816"/>
        <source>Apa yang sudah dikerjakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="762"/>
        <source>Selesai — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="764"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="824"/>
        <source>Catatan penyelesaian (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="767"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="827"/>
        <source>Tandai Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="787"/>
        <source>Catat sudah dibaca (atas nama penerima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="788"/>
        <source>Catat tindak lanjut… (atas nama penerima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="789"/>
        <source>Catat selesai… (atas nama penerima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="814"/>
        <source>Tindak Lanjut atas nama %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="822"/>
        <source>Selesai atas nama %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="851"/>
        <source>Disposisi surat %1 disimpan untuk %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="865"/>
        <source>Tarik Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="867"/>
        <source>Alasan penarikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="870"/>
        <source>Tarik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="871"/>
        <source>Disposisi kepada %1 ditarik dan dicoret; catatannya tetap tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="902"/>
        <source>Lembar Disposisi (kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="908"/>
        <source>Kartu Penerus Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispositionSettingsDialog</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="269"/>
        <source>Pengaturan Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="272"/>
        <source>Daftar instruksi (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="274"/>
        <source>Unit penerima (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="285"/>
        <source> hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="290"/>
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
        <location filename="../../sopdesk/ui/documents.py" line="126"/>
        <source>Menyiapkan %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="126"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="151"/>
        <source>Halaman %1 dari %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="166"/>
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
        <location filename="../../sopdesk/ui/dialogs.py" line="223"/>
        <source>Ubah Pengguna %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="225"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="226"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="227"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="230"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="231"/>
        <source>— bukan pejabat —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="234"/>
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
        <location filename="../../sopdesk/ui/login.py" line="131"/>
        <source>SOPDesk — Penyiapan Pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="134"/>
        <source>Selamat datang di SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="137"/>
        <source>Basis data baru dibuat di %1. Isi data administrator pertama: ia dapat menambah pengguna lain dan mengubah data induk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="149"/>
        <source>18 angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="158"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="159"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="160"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="161"/>
        <source>Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="162"/>
        <source>Ulangi kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="165"/>
        <source>Kop surat (dicetak di setiap formulir; dapat diubah di Pengaturan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="172"/>
        <source>Menyiapkan basis data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="176"/>
        <source>Simpan dan Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="176"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="194"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="136"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="151"/>
        <source>Surat menunggu disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="152"/>
        <source>Disposisi masuk belum dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="153"/>
        <source>Berkas SP aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="154"/>
        <source>Langkah terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="155"/>
        <source>Jatuh tempo ≤ 3 hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="178"/>
        <source>Berkas SP aktif per langkah dan lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="186"/>
        <source>Tugas saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="187"/>
        <location filename="../../sopdesk/ui/pages.py" line="389"/>
        <source>Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="188"/>
        <source>Jatuh tempo dalam 3 hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="209"/>
        <source>OPD terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="210"/>
        <source>Pejabat pemegang lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="211"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="212"/>
        <source>Peristiwa jejak audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="138"/>
        <source>Selamat bekerja, %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="250"/>
        <source>Beranda tidak dapat dimuat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="259"/>
        <source>SOP berlaku: %1 versi %2 — %3; %4 langkah, mutu baku %5 hari kerja.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="280"/>
        <source>Perlu dilengkapi: nama pejabat (Pengaturan › Pejabat) untuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="287"/>
        <source>Perlu dilengkapi: lambang daerah dan alamat pada kop (Pengaturan › Kop, Kertas dan Nomor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="312"/>
        <source>Disposisi %1 · batas %3
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="324"/>
        <source>… dan %1 lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="328"/>
        <source>Tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="340"/>
        <source>ditangguhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="345"/>
        <source>terlambat %1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="347"/>
        <source>sisa kurang dari ½ hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="350"/>
        <source>sisa %1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="352"/>
        <source>%1 · langkah %3 (%4)
%2 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="389"/>
        <source>Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="389"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="422"/>
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
        <location filename="../../sopdesk/ui/disposition_page.py" line="94"/>
        <source>No. Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="95"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="97"/>
        <source>Batas Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="97"/>
        <source> (lewat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="99"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="100"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="101"/>
        <source>Instruksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="102"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KopFields</name>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="25"/>
        <location filename="../../sopdesk/ui/kop_form.py" line="91"/>
        <source>(belum ada lambang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="28"/>
        <source>Pilih lambang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="30"/>
        <source>Hapus lambang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="39"/>
        <source>mis. Jl. ... No. ..., Tigaraksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="40"/>
        <source>5 angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="42"/>
        <source>mis. (021) 5991234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="43"/>
        <source>mis. organisasi.tangerangkab.go.id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="44"/>
        <source>alamat pos-el bagian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="55"/>
        <source>Lambang daerah (PNG/JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="56"/>
        <source>Alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="57"/>
        <source>Kode pos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="58"/>
        <source>Telepon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="59"/>
        <source>Laman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="60"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="98"/>
        <source>Lambang paling besar 2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="101"/>
        <source>Berkas tidak dapat dibaca: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="109"/>
        <source>Pilih lambang daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="111"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="244"/>
        <source>Catat Surat Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="244"/>
        <source>Koreksi Surat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="255"/>
        <source>Tanggal terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="256"/>
        <source>Asal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="263"/>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="275"/>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="276"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="277"/>
        <source>Isi ringkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="278"/>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="279"/>
        <source>Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="281"/>
        <source>Kode klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="282"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="283"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="284"/>
        <source>No. registrasi Srikandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="285"/>
        <source>Diteruskan kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="286"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="287"/>
        <source>Cetak tanda terima untuk kurir setelah disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="294"/>
        <source>otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="295"/>
        <source>No. urut asli (surat tahun lalu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="296"/>
        <source>Alasan koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="304"/>
        <source>Simpan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="323"/>
        <source>Perhatian: nomor surat ini dari pengirim yang sama sudah tercatat: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="31"/>
        <source>SOPDesk — Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="39"/>
        <source>SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="40"/>
        <source>Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="47"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="48"/>
        <source>Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="50"/>
        <source>Membuka basis data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="54"/>
        <source>Basis data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="58"/>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="58"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="83"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="86"/>
        <source>Memeriksa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="103"/>
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
        <location filename="../../sopdesk/ui/main_window.py" line="321"/>
        <source>Buku Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="92"/>
        <location filename="../../sopdesk/ui/main_window.py" line="646"/>
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
        <location filename="../../sopdesk/ui/main_window.py" line="142"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="144"/>
        <source>&amp;Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="146"/>
        <source>&amp;Pratinjau Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="147"/>
        <source>&amp;Ekspor PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="152"/>
        <source>Cetak &amp;Lembar Disposisi Kosong…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="155"/>
        <source>Cetak Kartu Pe&amp;nerus Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="163"/>
        <source>Periksa &amp;Keaslian Cetakan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="167"/>
        <source>Ca&amp;dangkan Basis Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="171"/>
        <source>&amp;Ganti Kata Sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="175"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="177"/>
        <source>Ban&amp;tuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="178"/>
        <source>&amp;Dokumen SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="179"/>
        <source>&amp;Tentang SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="184"/>
        <source>Pengguna: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="189"/>
        <source>Peran: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="191"/>
        <source>Basis data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="299"/>
        <source>Tidak ada yang dapat dicetak di halaman ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="303"/>
        <source>Pilih surat atau disposisi di halaman Disposisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="308"/>
        <source>Tanpa surat terpilih: lembar kosong untuk diisi tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="326"/>
        <source>Berkas %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="333"/>
        <source>Laporan Capaian Mutu Baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="374"/>
        <source>PDF disimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="394"/>
        <source>Pencetakan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="397"/>
        <source>%1 halaman dikirim ke pencetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="418"/>
        <source>Tunggu sampai pencadangan selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="445"/>
        <source>Cadangkan Basis Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="445"/>
        <source>Basis data SQLite (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="457"/>
        <source>Mencadangkan ke %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="466"/>
        <source>Cadangan selesai dan diperiksa: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="474"/>
        <source>Pencadangan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="596"/>
        <source>Akun Anda dinonaktifkan oleh administrator. Simpan tidak akan diterima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="599"/>
        <source>Akun dinonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="601"/>
        <source>Akun Anda dinonaktifkan oleh administrator di komputer lain. Yang belum disimpan tidak dapat disimpan lagi; hubungi administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="608"/>
        <source>Peran Anda diubah menjadi %1 oleh administrator; masuk ulang untuk menyesuaikan menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="670"/>
        <source>Lembar Disposisi (kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="678"/>
        <location filename="../../sopdesk/ui/main_window.py" line="704"/>
        <location filename="../../sopdesk/ui/main_window.py" line="716"/>
        <source>Periksa Keaslian Cetakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="680"/>
        <source>Cetakan atau pindaian (*.pdf *.xlsx *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="690"/>
        <source>Memeriksa %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="616"/>
        <source>Disposisi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="618"/>
        <source>%1 disposisi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="621"/>
        <source>Dari %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="627"/>
        <source> (dan %1 lainnya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="648"/>
        <source>Disposisi (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="653"/>
        <source>%1 belum dibaca, %2 belum selesai, %3 lewat batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="317"/>
        <location filename="../../sopdesk/ui/main_window.py" line="483"/>
        <source>Dokumen SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="489"/>
        <source>Tentang SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="492"/>
        <source>&lt;b&gt;SOPDesk %1&lt;/b&gt;&lt;br&gt;Agenda surat, disposisi dan pelacakan SOP 01.048.2017 untuk Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="496"/>
        <location filename="../../sopdesk/ui/main_window.py" line="708"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterTab</name>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="57"/>
        <source>Tambah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="59"/>
        <source>Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="187"/>
        <source>Tambah Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="188"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="189"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="190"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="190"/>
        <source>18 angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="191"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="193"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="193"/>
        <source>— bukan pejabat —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="195"/>
        <source>Kata sandi awal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../sopdesk/ui/notify.py" line="32"/>
        <source>SOPDesk</source>
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
        <location filename="../../sopdesk/ui/dialogs.py" line="157"/>
        <source>Pangkat/golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="159"/>
        <source>mis. Pembina (IV/a); dicetak di bawah nama penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="162"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="162"/>
        <source>18 angka; kosong bila bukan PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="164"/>
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
        <location filename="../../sopdesk/ui/calendar_tab.py" line="66"/>
        <source>Tambah Hari Libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="66"/>
        <source>Jadikan Hari Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="74"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="77"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="78"/>
        <source>Hari libur tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="78"/>
        <source>Hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="82"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="82"/>
        <source>misalnya: SKB 3 Menteri Nomor …, cuti bersama</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="255"/>
        <source>Atur Ulang Kata Sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="255"/>
        <source>Ganti Kata Sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="256"/>
        <source>Kata sandi lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="257"/>
        <source>Kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="258"/>
        <source>Ulangi kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="265"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="479"/>
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
        <location filename="../../sopdesk/ui/print_settings.py" line="48"/>
        <source>Kop surat (dipakai semua komputer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="54"/>
        <source>Baris kop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="58"/>
        <source>Kertas per dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="69"/>
        <source>Mendatar (landscape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="70"/>
        <source>Tegak (portrait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="77"/>
        <source>Margin atas/kanan/bawah/kiri (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="87"/>
        <source>Nomor agenda surat masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="93"/>
        <source>Token: {seq} atau {seq:03} nomor urut, {tahun}, {kode} kode klasifikasi, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="95"/>
        <source>Pola nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="98"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="101"/>
        <source>Contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="103"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="123"/>
        <source>Hanya administrator yang dapat mengubah kop dan kertas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="191"/>
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
        <location filename="../../sopdesk/ui/reports_page.py" line="72"/>
        <source>Laporan Capaian Mutu Baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="75"/>
        <source>Per langkah SOP: berapa kali langkah itu selesai (atau mengembalikan berkas) dalam periode, median dan persentil ke-90 waktu yang dipakai dalam hari kerja, dibandingkan dengan mutu baku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="89"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="91"/>
        <source>s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="93"/>
        <source>Tampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="97"/>
        <source>Ekspor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="112"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="113"/>
        <source>Uraian kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="114"/>
        <source>Pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="115"/>
        <source>Mutu baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="116"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="117"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="118"/>
        <source>P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="119"/>
        <source>Tepat waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="120"/>
        <source>Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="141"/>
        <source>Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/reports_page.py" line="168"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 langkah tercatat; %3 berkas selesai (median %4, P90 %5 hari kerja dari rencana %6; tepat waktu %7); %8 berkas masih berjalan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="174"/>
        <source>%1 s.d. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="195"/>
        <source>tidak diukur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="204"/>
        <source>Median melewati mutu baku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="219"/>
        <source>Capaian Mutu Baku %1 sd %2.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="222"/>
        <location filename="../../sopdesk/ui/reports_page.py" line="254"/>
        <source>Ekspor Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="222"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="249"/>
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
    <name>SeatFeed</name>
    <message>
        <location filename="../../sopdesk/ui/feed.py" line="111"/>
        <source>Basis data tidak menjawab sejak %1 detik lalu. Anda dapat terus mengetik; yang disimpan menunggu sampai basis data menjawab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentModel</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="139"/>
        <source>ditarik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="144"/>
        <source>selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="146"/>
        <source>belum dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="148"/>
        <source>%1 dari %2 selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="156"/>
        <source>No. Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="157"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="158"/>
        <source>Kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="159"/>
        <source>Batas Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="160"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="161"/>
        <source>Ditulis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="123"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="157"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="176"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="124"/>
        <source>Singkatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="125"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="126"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="140"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="179"/>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="137"/>
        <source>Set kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="138"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="139"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="155"/>
        <source>Lajur SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="156"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="157"/>
        <source>(belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="158"/>
        <source>Pangkat/golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="159"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="177"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="160"/>
        <source>Menjabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="175"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="178"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="180"/>
        <source>Terakhir masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="191"/>
        <source>Atur ulang kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="200"/>
        <source>Waktu (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="201"/>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="202"/>
        <source>Atas nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="203"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="204"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="205"/>
        <source>Sesudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="212"/>
        <source>500 peristiwa terakhir. Jejak audit tidak dapat diubah atau dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="219"/>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="220"/>
        <source>Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="221"/>
        <source>Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="222"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="223"/>
        <source>Jejak Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="224"/>
        <source>Kop, Kertas dan Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="225"/>
        <source>Hari Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="230"/>
        <source>Peran Anda hanya dapat melihat data ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="232"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="240"/>
        <source>Daftar OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="241"/>
        <source>Daftar Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="242"/>
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
        <location filename="../../sopdesk/ui/cases_page.py" line="202"/>
        <source>Selesaikan langkah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="203"/>
        <source>Kembalikan ke langkah 4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="204"/>
        <source>Catat distribusi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="205"/>
        <source>Cetak tanda terima distribusi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="206"/>
        <source>Tangguhkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="207"/>
        <source>Lanjutkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="208"/>
        <source>Perpanjang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="209"/>
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
        <location filename="../../sopdesk/ui/swimlane.py" line="382"/>
        <source>Langkah %1: %2
Pelaksana: %3
Mutu baku: %4 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/swimlane.py" line="464"/>
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
        <location filename="../../sopdesk/ui/documents.py" line="172"/>
        <source>Ekspor PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="174"/>
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
