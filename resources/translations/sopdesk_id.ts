<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id_ID">
<context>
    <name>AgendaColumns</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="113"/>
        <source>No. Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="114"/>
        <source>Tanggal Terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="115"/>
        <source>Asal Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="116"/>
        <source>Nomor Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="117"/>
        <source>Tanggal Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="118"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="119"/>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="120"/>
        <source>Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="121"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="627"/>
        <source>Cari nomor agenda, perihal, asal, nomor surat, isi ringkas, keterangan… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="634"/>
        <source>Semua bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="639"/>
        <source>Semua sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="644"/>
        <source>Semua urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="650"/>
        <source>Semua asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="654"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="658"/>
        <source>Catat Surat (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="660"/>
        <source>Batalkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="665"/>
        <source>Tanda Terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="667"/>
        <source>Kartu Kendali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="671"/>
        <source>Ekspor Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="673"/>
        <source>Impor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="685"/>
        <source>Koreksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="688"/>
        <source>Lampirkan Berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="692"/>
        <source>Mulai Berkas SP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="699"/>
        <source>Klik dua kali untuk membuka (isi diperiksa dengan SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="701"/>
        <source>Tulis Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="704"/>
        <source>Lembar Kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="706"/>
        <source>Lembar Disposisi dengan data surat, untuk disposisi tulisan tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="720"/>
        <source>Alur disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="751"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1013"/>
        <source>Lampiran (pindaian, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="777"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1328"/>
        <source>Buku Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="783"/>
        <source>Catat surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="787"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="790"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1329"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1365"/>
        <source>Ekspor Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="819"/>
        <source>Cetak Lembar Disposisi (kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="882"/>
        <source>Semua tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="916"/>
        <source>%1 surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="918"/>
        <location filename="../../sopdesk/ui/agenda.py" line="922"/>
        <source>lebih dari %1 surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="920"/>
        <source>lebih dari %1 surat (menghitung…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="974"/>
        <source>No. agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="975"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="976"/>
        <source>Asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="977"/>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="978"/>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="979"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="980"/>
        <source>Isi ringkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="981"/>
        <source>Sifat / urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="982"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="983"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="984"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="985"/>
        <source>Diteruskan kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="986"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="987"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="995"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1013"/>
        <source>Lampiran: belum ada pindaian atau PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1026"/>
        <source>Lampirkan berkas ke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1456"/>
        <source>sistem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1459"/>
        <source>%1 atas nama %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1464"/>
        <source>%1 oleh %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1035"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1043"/>
        <source>Lampiran tidak disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1035"/>
        <source>Basis data tidak dapat dilampirkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1052"/>
        <source>Melampirkan berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1064"/>
        <source>Lampiran tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1190"/>
        <source>Disposisi disimpan; status surat diperbarui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1200"/>
        <source>Lembar Disposisi (kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1220"/>
        <source>Tercatat dengan nomor agenda %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1251"/>
        <source>Batalkan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1252"/>
        <source>Alasan pembatalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1289"/>
        <source>Berkas SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1320"/>
        <source>Berkas %1 dimulai dari surat ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1337"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1344"/>
        <source>Mengekspor ke %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1357"/>
        <source>%1 surat diekspor ke %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1366"/>
        <source>Buku agenda tidak dapat diekspor ke %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1405"/>
        <source>%1 surat diimpor dari Excel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwaitingModel</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="178"/>
        <source>No. Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="179"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="180"/>
        <source>Asal Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="181"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="182"/>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="183"/>
        <source>Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="100"/>
        <source>Jam kerja kantor (Senin–Jumat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="106"/>
        <source>Ada istirahat yang tidak dihitung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="110"/>
        <source>Jam masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="111"/>
        <source>Jam pulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="113"/>
        <source>Istirahat mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="114"/>
        <source>Istirahat selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="117"/>
        <source>Jam kerja sehari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="118"/>
        <source>Simpan jam kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="127"/>
        <source>Mutu baku dihitung dalam hari kerja: satu hari kerja adalah jam kerja sehari ini, setengah hari adalah separuhnya. Perubahan menggeser tenggat semua berkas yang masih berjalan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="136"/>
        <source>Hari libur nasional, cuti bersama dan perubahan kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="147"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="148"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="150"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="151"/>
        <source>Libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="151"/>
        <source>Hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="154"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="159"/>
        <source>Tambah hari libur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="161"/>
        <source>Jadikan hari kerja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="163"/>
        <source>Hapus perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="165"/>
        <source>Tanggal kembali mengikuti kalender nasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="170"/>
        <source>Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="186"/>
        <source>Peran Anda hanya dapat melihat kalender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="206"/>
        <source>Kalender nasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="207"/>
        <source>Tambahan kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="208"/>
        <source>Dicabut kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="258"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="262"/>
        <source>%1 jam (%2 jam seminggu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="289"/>
        <source>Tekan Simpan lagi untuk menyimpan jam ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="291"/>
        <source>Jam kerja tidak disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="281"/>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="281"/>
        <source>Tidak ada perubahan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/calendar_tab.py" line="309"/>
        <source>%1 hari kerja; %2 hari libur dan cuti bersama jatuh pada Senin–Jumat.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="349"/>
        <source>Perubahan tidak dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="369"/>
        <source>Kalender diperbarui; tenggat %1 berkas yang berjalan dihitung ulang.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="409"/>
        <source>Batalkan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="411"/>
        <source>Berkas yang dibatalkan tetap tersimpan dengan alasannya; suratnya dapat dimulai lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="412"/>
        <source>Alasan pembatalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="413"/>
        <source>Batalkan Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="414"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="77"/>
        <source>Boleh diisi mundur, tetapi tidak sebelum peristiwa terakhir berkas ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="122"/>
        <source>Saya sendiri (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="124"/>
        <source>nama belum diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="127"/>
        <source>Pejabat lajur %1 (otomatis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="129"/>
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
        <location filename="../../sopdesk/ui/cases_page.py" line="293"/>
        <source>Mulai Berkas SP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="301"/>
        <source>Aktif (berjalan dan ditangguhkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="302"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="866"/>
        <source>Ditangguhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="303"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="851"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="854"/>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="304"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="853"/>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="305"/>
        <source>Semua berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="313"/>
        <source>Cari nomor berkas, OPD, jenis layanan, perihal, nomor agenda… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="318"/>
        <source>Klik untuk menampilkan semua langkah lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="320"/>
        <source>Ikhtisar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="328"/>
        <source>Semua berkas aktif pada diagram lajur: berapa yang menunggu di setiap langkah dan lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="373"/>
        <source>Diagram Lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="374"/>
        <source>Linimasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="376"/>
        <source>Standar Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="385"/>
        <source>Perkecil (Ctrl+roda tetikus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="386"/>
        <source>Perbesar (Ctrl+roda tetikus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="387"/>
        <source>Ukuran asli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="388"/>
        <source>Muat layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="388"/>
        <source>Seluruh diagram atau linimasa dalam jendela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="427"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1296"/>
        <source>Berkas SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="432"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="479"/>
        <source>terlambat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="485"/>
        <source> · dikembalikan %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="489"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="490"/>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="491"/>
        <source>Jenis Layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="492"/>
        <source>Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="493"/>
        <source>Tenggat Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="494"/>
        <source>Sisa (hari kerja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="495"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="594"/>
        <source>%1 berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="596"/>
        <source> menunggu di langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="599"/>
        <source> · %1 terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="606"/>
        <source>Langkah %1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="691"/>
        <source>Pilih berkas di daftar, atau buka Ikhtisar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="702"/>
        <source>%1
Surat %2, SOP %3 versi %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="715"/>
        <source>Selesai pada %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="719"/>
        <source>Dibatalkan pada %1 (di langkah %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="727"/>
        <source>Sekarang di: %1, sejak %2 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="732"/>
        <source> (ditangguhkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="741"/>
        <source>Tenggat langkah %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="746"/>
        <source>tenggat berkas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="749"/>
        <source>(terlambat %1 hari kerja)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="752"/>
        <source>(sisa %1 hari kerja)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="757"/>
        <source>dimulai %1, %2 hari kerja (rencana %3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="763"/>
        <source>dikembalikan %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="767"/>
        <source>ditangguhkan sejak %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="773"/>
        <source>diperpanjang %1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="797"/>
        <source>Peran Anda hanya dapat melihat berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="800"/>
        <source>Berkas ditangguhkan: lanjutkan dulu untuk mencatat langkah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="803"/>
        <source>Langkah ini dicatat oleh pengguna lajur %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="805"/>
        <source>Berkas sekarang di langkah %1; klik langkah itu untuk mencatatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="811"/>
        <source>Kembalikan ke langkah %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="815"/>
        <source>Catat minimal satu distribusi dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="821"/>
        <source>selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="822"/>
        <source>berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="822"/>
        <source>ditangguhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="823"/>
        <source>belum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="826"/>
        <source>diulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="832"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1051"/>
        <source>Langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="835"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1053"/>
        <source>Pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="836"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1054"/>
        <source>Mutu baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="867"/>
        <source>(tidak dihitung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="946"/>
        <source>%1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="837"/>
        <source>Rencana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="840"/>
        <source>Keterangan SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="843"/>
        <source>Putaran %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="843"/>
        <source>Pelaksanaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="847"/>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="852"/>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="848"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="859"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1040"/>
        <source>terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="862"/>
        <source>Lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="862"/>
        <source>Berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="873"/>
        <source>Dilakukan oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="876"/>
        <source>Dicatat oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="878"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="880"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="878"/>
        <source>dari surat di buku agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="880"/>
        <source>dari lembar disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="883"/>
        <source>Kelengkapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="885"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="887"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="893"/>
        <source>Dikembalikan ke langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="898"/>
        <source>Langkah ini belum dicapai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="902"/>
        <source>diterima oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="908"/>
        <source>Distribusi</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="922"/>
        <source>%1 hari kerja di langkah %2: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="934"/>
        <source>Peristiwa berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="991"/>
        <source>Ikhtisar semua berkas aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="994"/>
        <source>%1 berkas aktif · %2 terlambat di langkahnya · %3 jatuh tempo dalam %4 hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1002"/>
        <source>%1 ditangguhkan · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1004"/>
        <source>Angka pada langkah: berkas yang menunggu di sana (merah: ada yang terlambat). Klik langkah untuk menyaring daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1024"/>
        <source>Klik sebuah langkah untuk melihat berkas yang menunggu di sana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1026"/>
        <source>Berkas menunggu per lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1048"/>
        <source>… dan %1 berkas lagi (lihat daftar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1056"/>
        <source>Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1057"/>
        <source>%1 berkas, %2 terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1061"/>
        <source>Klik nomor berkas untuk membukanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1150"/>
        <source>Berkas %1 dimulai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1193"/>
        <source>Standar pelayanan yang diajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1260"/>
        <source>ke-%1: %2, diterima %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1278"/>
        <source>Tanda Terima %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainTree</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="70"/>
        <source>Disposisi dan penerima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="70"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="70"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="70"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="126"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="128"/>
        <source> — dicatat oleh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="129"/>
        <source>ditarik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_chain.py" line="129"/>
        <source>batas %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="191"/>
        <source>Ubah Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="191"/>
        <source>Tambah Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="195"/>
        <source>Set kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="199"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="200"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="201"/>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteStepDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="257"/>
        <source>Selesaikan Langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="264"/>
        <source>Langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/case_dialogs.py" line="266"/>
        <source>Pelaksana: %1 · mutu baku %2 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="271"/>
        <source>Kelengkapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="272"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="275"/>
        <source>Output lain, pisahkan dengan titik koma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="278"/>
        <source>Waktu selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="279"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="280"/>
        <source>Selesaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="296"/>
        <source>(tidak ada dalam SOP)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../sopdesk/ui/dates.py" line="187"/>
        <source>hh-bb-tttt, misalnya 30-11-2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dates.py" line="199"/>
        <source>Tanggal wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../sopdesk/ui/dates.py" line="218"/>
        <source>hh-bb-tttt jj:mm, misalnya 30-11-2026 14:05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dates.py" line="230"/>
        <source>Tanggal dan jam wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="95"/>
        <source>Lampiran tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="161"/>
        <source>Teruskan Disposisi — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="161"/>
        <source>Tulis Disposisi — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="187"/>
        <source>Disposisi tulisan tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="189"/>
        <source>Saya mengetik disposisi yang ditulis tangan oleh pejabat berikut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="203"/>
        <source>ditulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="205"/>
        <source>Atas nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="217"/>
        <source>Diteruskan kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="223"/>
        <source>Centang penerima (pejabat, pengguna atau unit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="225"/>
        <source>Dengan hormat harap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="239"/>
        <source>Centang instruksi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="242"/>
        <source>Instruksi lain; pisahkan dengan titik koma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="243"/>
        <source>Lainnya:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="249"/>
        <source>Catatan (petunjuk dan arahan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="253"/>
        <source>Petunjuk dan arahan bagi penerima…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="266"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="269"/>
        <source>Penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="298"/>
        <source>Simpan Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="309"/>
        <source>Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="313"/>
        <source>No. agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="313"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="314"/>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="314"/>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="315"/>
        <source>Asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="315"/>
        <source>Sifat / urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="325"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="333"/>
        <source>Klik dua kali untuk membuka (isi diperiksa dengan SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="339"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="347"/>
        <source>tidak ada pindaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="354"/>
        <source>Disposisi yang diteruskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="362"/>
        <source>&lt;b&gt;Dari&lt;/b&gt; %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="366"/>
        <source>&lt;b&gt;Batas waktu&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="369"/>
        <source>&lt;b&gt;Instruksi:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="371"/>
        <source>&lt;b&gt;Catatan:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="420"/>
        <source>Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="420"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="420"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="450"/>
        <source>(paraf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="452"/>
        <source>NIP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_form.py" line="457"/>
        <source>dicatat oleh %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispositionPage</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="340"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="475"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="342"/>
        <source>Teruskan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="344"/>
        <source>Tindak Lanjut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="346"/>
        <source>Selesai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="348"/>
        <source>Pengaturan Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="351"/>
        <source>Tampilkan yang sudah selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="364"/>
        <source>Tidak ada disposisi yang menunggu Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="372"/>
        <source>Tulis Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="379"/>
        <source>Surat yang belum didisposisi, yang paling lama diterima di atas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="390"/>
        <source>Disposisi yang Anda berikan atau catat; ditarik bila belum dibaca siapa pun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="419"/>
        <source>Surat ini belum didisposisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="424"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="897"/>
        <source>Lembar Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="426"/>
        <source>Lembar Kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="428"/>
        <source>Kartu Penerus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="430"/>
        <source>Tarik Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="447"/>
        <source>&lt;b&gt;Alur disposisi surat ini&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="466"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="725"/>
        <source>Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="532"/>
        <source>Disposisi Masuk (%1 baru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="532"/>
        <source>Disposisi Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="540"/>
        <source>Perlu Disposisi (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="545"/>
        <source>Disposisi Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="663"/>
        <source>Hanya disposisi yang belum dibaca siapa pun, oleh penulis atau pencatatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="670"/>
        <source>Pilih disposisi atau surat di sebelah kiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="676"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="677"/>
        <source>Instruksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="678"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="680"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="681"/>
        <source> — lewat batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="683"/>
        <source>Status Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="684"/>
        <source>Tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="687"/>
        <source>No. agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="688"/>
        <source>Asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="689"/>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="690"/>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="691"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="692"/>
        <source>Sifat / urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="693"/>
        <source>Status surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="697"/>
        <source>Lewat batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="752"/>
        <source>Tindak Lanjut — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="754"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="820"/>
        <source>Apa yang sudah dikerjakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="768"/>
        <source>Selesai — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="770"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="828"/>
        <source>Catatan penyelesaian (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="773"/>
        <location filename="../../sopdesk/ui/disposition_page.py" line="831"/>
        <source>Tandai Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="792"/>
        <source>Catat sudah dibaca (atas nama penerima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="793"/>
        <source>Catat tindak lanjut… (atas nama penerima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="794"/>
        <source>Catat selesai… (atas nama penerima)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="818"/>
        <source>Tindak Lanjut atas nama %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="826"/>
        <source>Selesai atas nama %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="855"/>
        <source>Disposisi surat %1 disimpan untuk %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="868"/>
        <source>Tarik Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="870"/>
        <source>Alasan penarikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="875"/>
        <source>Tarik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="876"/>
        <source>Disposisi kepada %1 ditarik dan dicoret; catatannya tetap tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="906"/>
        <source>Lembar Disposisi (kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="912"/>
        <source>Kartu Penerus Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispositionSettingsDialog</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="262"/>
        <source>Pengaturan Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="267"/>
        <source>Daftar instruksi (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="269"/>
        <source>Unit penerima (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="280"/>
        <source> hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="285"/>
        <source>Batas waktu menurut urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="310"/>
        <source>Tekan Simpan lagi untuk menyimpan isian Anda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributeDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="424"/>
        <source>Catat Distribusi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="426"/>
        <source>Kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="426"/>
        <source>misalnya: Dinas Kesehatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="427"/>
        <source>Diterima oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="427"/>
        <source>nama penerima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="428"/>
        <source>Diterima pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="429"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="430"/>
        <source>Catat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentJob</name>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="136"/>
        <source>Menyiapkan %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="136"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="161"/>
        <source>Halaman %1 dari %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="180"/>
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
        <location filename="../../sopdesk/ui/words.py" line="81"/>
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
    <message>
        <location filename="../../sopdesk/ui/words.py" line="74"/>
        <source>SK Standar Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="75"/>
        <source>Maklumat Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="76"/>
        <source>Berita Acara FKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="77"/>
        <source>Buku Laporan SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="79"/>
        <source>Dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="80"/>
        <source>Dikoreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="82"/>
        <source>Berkas dilampirkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="83"/>
        <source>Status surat diperbarui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="84"/>
        <source>Buku agenda diekspor ke Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="85"/>
        <source>Didisposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="86"/>
        <source>Disposisi tulisan tangan diketik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="87"/>
        <source>Disposisi diteruskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="88"/>
        <source>Disposisi dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="89"/>
        <source>Disposisi ditindaklanjuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="90"/>
        <source>Disposisi diselesaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="91"/>
        <source>Disposisi ditarik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="92"/>
        <source>Berkas SP dimulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="93"/>
        <source>Langkah berkas SP diselesaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="94"/>
        <source>Berkas SP dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="95"/>
        <source>Berkas SP ditangguhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="96"/>
        <source>Berkas SP dilanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="97"/>
        <source>Tenggat berkas SP diperpanjang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="98"/>
        <source>Berkas SP dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="99"/>
        <source>Laporan SP didistribusikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="100"/>
        <source>Laporan capaian mutu baku diekspor ke Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="101"/>
        <source>Rancangan standar pelayanan disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="102"/>
        <source>Rancangan standar pelayanan diimpor dari Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="103"/>
        <source>Data SK dan berita acara disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="104"/>
        <source>Standar pelayanan ditinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="105"/>
        <source>Standar pelayanan ditetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="106"/>
        <source>Isian SIPP disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="107"/>
        <source>Isian SIPP diekspor ke Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="108"/>
        <source>Dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="109"/>
        <source>Tanda terima surat dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="110"/>
        <source>Kartu kendali dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="111"/>
        <source>Sidik berkas cetakan dicatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="112"/>
        <source>Dokumen SOP dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="113"/>
        <source>Daftar data induk dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="114"/>
        <source>Buku agenda dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="115"/>
        <source>Lembar disposisi dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="116"/>
        <source>Lembar disposisi kosong dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="117"/>
        <source>Kartu penerus disposisi dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="118"/>
        <source>Berkas SP dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="119"/>
        <source>Laporan capaian mutu baku dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="120"/>
        <source>Tanda terima distribusi dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="121"/>
        <source>SK standar pelayanan dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="122"/>
        <source>Maklumat pelayanan dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="123"/>
        <source>Berita acara forum konsultasi publik dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="124"/>
        <source>Buku laporan SP dicetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="125"/>
        <source>Pengguna ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="126"/>
        <source>Administrator pertama dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="127"/>
        <source>Data pengguna diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="128"/>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="129"/>
        <source>Gagal masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="130"/>
        <source>Kata sandi diganti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="131"/>
        <source>Kata sandi diatur ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="132"/>
        <source>OPD ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="133"/>
        <source>Data OPD diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="134"/>
        <source>Pejabat ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="135"/>
        <source>Data pejabat diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="136"/>
        <source>Data pejabat perlu dikonfirmasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="137"/>
        <source>Kode klasifikasi ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="138"/>
        <source>Kode klasifikasi diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="139"/>
        <source>Pengaturan diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="140"/>
        <source>Hari kerja atau libur ditetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="141"/>
        <source>Perubahan hari kerja dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="142"/>
        <source>Basis data dicadangkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="143"/>
        <source>Pencadangan basis data gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="144"/>
        <source>Data induk awal dimuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="145"/>
        <source>Versi SOP dimuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="146"/>
        <source>Versi SOP diberlakukan kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="147"/>
        <source>Pengguna contoh dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="148"/>
        <source>Pejabat contoh diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/words.py" line="149"/>
        <source>Disposisi contoh dibuat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="299"/>
        <source>Ubah Pengguna %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="301"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="302"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="303"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="306"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="307"/>
        <source>— bukan pejabat —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="310"/>
        <source>Aktif (boleh masuk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="389"/>
        <source>Perpanjang %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="391"/>
        <source>Tenggat langkah yang berjalan dan tenggat berkas mundur sebanyak hari kerja ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="398"/>
        <source> hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="399"/>
        <source>Perpanjangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="400"/>
        <source>Alasan perpanjangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="401"/>
        <source>Perpanjang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="168"/>
        <source>SOPDesk — Penyiapan Pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="171"/>
        <source>Selamat datang di SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="174"/>
        <source>Basis data baru dibuat di %1. Isi data administrator pertama: ia dapat menambah pengguna lain dan mengubah data induk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="186"/>
        <source>18 angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="195"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="196"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="197"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="198"/>
        <source>Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="199"/>
        <source>Ulangi kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="202"/>
        <source>Kop surat (dicetak di setiap formulir; dapat diubah di Pengaturan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="209"/>
        <source>Menyiapkan basis data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="213"/>
        <source>Simpan dan Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="213"/>
        <source>Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="231"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixesTree</name>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1141"/>
        <source>Komponen yang harus diperbaiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1141"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1145"/>
        <source>Semua jenis layanan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="158"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="173"/>
        <source>Surat menunggu disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="174"/>
        <source>Disposisi masuk belum dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="175"/>
        <source>Berkas SP aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="176"/>
        <source>Langkah terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="177"/>
        <source>Jatuh tempo ≤ 3 hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="203"/>
        <source>Berkas SP aktif per langkah dan lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="211"/>
        <source>Tugas saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="212"/>
        <location filename="../../sopdesk/ui/pages.py" line="453"/>
        <source>Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="213"/>
        <source>Jatuh tempo dalam 3 hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="234"/>
        <source>OPD terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="235"/>
        <source>Pejabat pemegang lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="236"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="237"/>
        <source>Peristiwa jejak audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="160"/>
        <source>Selamat bekerja, %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="280"/>
        <source>Beranda tidak dapat dimuat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="289"/>
        <source>SOP berlaku: %1 versi %2 — %3; %4 langkah, mutu baku %5 hari kerja.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="311"/>
        <source>Perlu dilengkapi: nama pejabat (Pengaturan › Pejabat) untuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="316"/>
        <source>Perlu dilengkapi: lambang daerah dan alamat pada kop (Pengaturan › Kop, Kertas dan Nomor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="336"/>
        <source>%1 · %2 — SK %3, berlaku sejak %4, ditinjau %5 bulan lalu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="339"/>
        <source>(nomor belum dicatat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="344"/>
        <source> (sedang ditinjau: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="349"/>
        <source>Standar pelayanan belum ditinjau lebih dari 12 bulan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="376"/>
        <source>Disposisi %1 · batas %3
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="388"/>
        <source>… dan %1 lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="392"/>
        <source>Tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="404"/>
        <source>ditangguhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="409"/>
        <source>terlambat %1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="411"/>
        <source>sisa kurang dari ½ hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="414"/>
        <source>sisa %1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="416"/>
        <source>%1 · langkah %3 (%4)
%2 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="453"/>
        <source>Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="453"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="486"/>
        <source>Jumlah per lajur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="79"/>
        <source>Impor Buku Agenda dari Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="94"/>
        <source>Belum ada berkas dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="95"/>
        <source>Pilih Berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="107"/>
        <source>Data surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="107"/>
        <source>Kolom di buku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="107"/>
        <source>Isi tetap bila kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="189"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="454"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="463"/>
        <source>Baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="179"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="189"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="463"/>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="118"/>
        <source>(tanpa kode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="132"/>
        <source>Untuk baris tanpa kode. Surat tahun lalu dengan nomor asli boleh tanpa kode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="148"/>
        <source>Kata di buku agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="148"/>
        <source>Berarti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="152"/>
        <source>Tambah Kata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="154"/>
        <source>Hapus Kata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="156"/>
        <source>Aturan Bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="162"/>
        <source>Sifat dan urgensi dikenali dari katanya di kolom mana pun (Segera di kolom Sifat tetap urgensi). Kata lama diartikan dengan aturan ini; kata aslinya dicatat di Keterangan. Kata yang tidak dikenal ditolak dengan nomor barisnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="180"/>
        <source>Kata Sifat/Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="189"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="463"/>
        <source>Pesan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="189"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="463"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="203"/>
        <source>Periksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="206"/>
        <location filename="../../sopdesk/ui/sp_editor.py" line="724"/>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="213"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="221"/>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="222"/>
        <source>Lembar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="227"/>
        <source>Pratinjau baris pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="229"/>
        <source>Hasil pemeriksaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="274"/>
        <source>No. Agenda Asli (tahun lalu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="275"/>
        <source>Tanggal Terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="276"/>
        <source>Jam Terima (bila kolomnya terpisah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="277"/>
        <source>Asal Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="278"/>
        <source>Nomor Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="279"/>
        <source>Tanggal Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="280"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="281"/>
        <source>Isi Ringkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="282"/>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="283"/>
        <source>Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="284"/>
        <source>Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="285"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="286"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="287"/>
        <source>No. Srikandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="288"/>
        <source>Diteruskan Kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="289"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="461"/>
        <source>(dilewati)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="469"/>
        <source>%1: tidak ada yang diimpor. Perbaiki buku kerja (atau pemetaan, aturan kata), lalu Periksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="473"/>
        <source>Daftar menampilkan %1 kesalahan pertama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="506"/>
        <source>Mengimpor buku agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="530"/>
        <source>Membatalkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="539"/>
        <source>Menulis semua surat dalam satu transaksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="541"/>
        <source>Membaca baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="542"/>
        <source>Memeriksa nomor agenda dan surat berulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="543"/>
        <source>Menulis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="549"/>
        <source>%1: %2 dari %3 baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="349"/>
        <source>Pilih Buku Kerja Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="358"/>
        <source>Membaca %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="378"/>
        <source>(tidak dipakai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="386"/>
        <source>Judul kolom di baris %1; data mulai baris %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="392"/>
        <source>Periksa pemetaan kolom, lalu tekan Periksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="424"/>
        <source>Pemetaan berubah: tekan Periksa lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="445"/>
        <source>Memeriksa setiap baris…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="475"/>
        <source>Tidak ada baris surat di lembar ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="477"/>
        <source>%1 surat lolos pemeriksaan dan siap diimpor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="480"/>
        <source>%1 baris bukan surat dilewati (judul, jumlah, baris kosong bernomor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="486"/>
        <source>%1 surat sudah pernah tercatat dengan nomor surat yang sama (peringatan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="499"/>
        <source>Mengimpor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="710"/>
        <source>Impor rancangan SP dari Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="719"/>
        <source>Setiap jenis layanan yang terisi disimpan sebagai versi baru; isi lama tetap ada di versi sebelumnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="209"/>
        <location filename="../../sopdesk/ui/sp_editor.py" line="724"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="89"/>
        <source>No. Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="90"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="92"/>
        <source>Batas Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="92"/>
        <source> (lewat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="94"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="95"/>
        <source>Dari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="96"/>
        <source>Instruksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="97"/>
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
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="390"/>
        <source>Catat Surat Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="390"/>
        <source>Koreksi Surat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="398"/>
        <location filename="../../sopdesk/ui/agenda.py" line="546"/>
        <source>Tanggal terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="399"/>
        <location filename="../../sopdesk/ui/agenda.py" line="547"/>
        <source>Asal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="406"/>
        <location filename="../../sopdesk/ui/agenda.py" line="548"/>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="416"/>
        <location filename="../../sopdesk/ui/agenda.py" line="549"/>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="417"/>
        <location filename="../../sopdesk/ui/agenda.py" line="550"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="418"/>
        <location filename="../../sopdesk/ui/agenda.py" line="551"/>
        <source>Isi ringkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="419"/>
        <location filename="../../sopdesk/ui/agenda.py" line="552"/>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="420"/>
        <location filename="../../sopdesk/ui/agenda.py" line="553"/>
        <source>Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="422"/>
        <location filename="../../sopdesk/ui/agenda.py" line="554"/>
        <source>Kode klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="423"/>
        <location filename="../../sopdesk/ui/agenda.py" line="555"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="424"/>
        <location filename="../../sopdesk/ui/agenda.py" line="556"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="425"/>
        <location filename="../../sopdesk/ui/agenda.py" line="558"/>
        <source>No. registrasi Srikandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="426"/>
        <location filename="../../sopdesk/ui/agenda.py" line="563"/>
        <source>Diteruskan kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="427"/>
        <location filename="../../sopdesk/ui/agenda.py" line="567"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="428"/>
        <source>Cetak tanda terima untuk kurir setelah disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="435"/>
        <source>otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="436"/>
        <source>No. urut asli (surat tahun lalu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="437"/>
        <source>Alasan koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="445"/>
        <source>Simpan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="466"/>
        <source>Perhatian: nomor surat ini dari pengirim yang sama sudah tercatat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="513"/>
        <source>%1: kini “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="516"/>
        <source>%1: mereka menulis “%2”, isian Anda “%3” dipertahankan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="523"/>
        <source>tidak ada isian yang berbeda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="527"/>
        <source>Perubahan mereka: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="529"/>
        <source>Periksa, lalu tekan Simpan lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="35"/>
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
        <location filename="../../sopdesk/ui/login.py" line="91"/>
        <source>Membuka basis data… Anda masuk begitu siap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="93"/>
        <location filename="../../sopdesk/ui/login.py" line="106"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="110"/>
        <location filename="../../sopdesk/ui/login.py" line="147"/>
        <source>Memeriksa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/login.py" line="137"/>
        <source>Akun ini baru saja dicoba dengan kata sandi salah beberapa kali: pemeriksaan diperlambat. Diperiksa dalam %1 detik…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="75"/>
        <source>SOPDesk — Bagian Organisasi Setda Kabupaten Tangerang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="94"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="95"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="362"/>
        <source>Buku Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="96"/>
        <location filename="../../sopdesk/ui/main_window.py" line="706"/>
        <source>Disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="97"/>
        <source>Berkas SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="98"/>
        <source>Laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="99"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="151"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="153"/>
        <source>&amp;Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="155"/>
        <source>&amp;Pratinjau Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="156"/>
        <source>&amp;Ekspor PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="161"/>
        <source>Cetak &amp;Lembar Disposisi Kosong…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="164"/>
        <source>Cetak Kartu Pe&amp;nerus Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="172"/>
        <source>Periksa &amp;Keaslian Cetakan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="176"/>
        <source>Ca&amp;dangkan Basis Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="180"/>
        <source>&amp;Ganti Kata Sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="184"/>
        <source>Ganti Pengg&amp;una…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="186"/>
        <source>Keluar dari akun ini dan kembali ke jendela masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="189"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="191"/>
        <source>Ban&amp;tuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="192"/>
        <source>&amp;Dokumen SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="193"/>
        <source>&amp;Tentang SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="198"/>
        <source>Pengguna: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="203"/>
        <source>Peran: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="205"/>
        <source>Basis data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="340"/>
        <source>Tidak ada yang dapat dicetak di halaman ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="344"/>
        <source>Pilih surat atau disposisi di halaman Disposisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="349"/>
        <source>Tanpa surat terpilih: lembar kosong untuk diisi tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="367"/>
        <source>Berkas %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="374"/>
        <source>Laporan Capaian Mutu Baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="415"/>
        <source>PDF disimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="435"/>
        <source>Pencetakan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="438"/>
        <source>%1 halaman dikirim ke pencetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="508"/>
        <source>Cadangkan Basis Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="523"/>
        <source>Mencadangkan ke %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="528"/>
        <source>Cadangan selesai dan diperiksa: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="533"/>
        <source>Pencadangan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="656"/>
        <source>Akun Anda dinonaktifkan oleh administrator. Simpan tidak akan diterima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="659"/>
        <source>Akun dinonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="661"/>
        <source>Akun Anda dinonaktifkan oleh administrator di komputer lain. Yang belum disimpan tidak dapat disimpan lagi; hubungi administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="668"/>
        <source>Peran Anda diubah menjadi %1 oleh administrator; masuk ulang untuk menyesuaikan menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="676"/>
        <source>Disposisi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="678"/>
        <source>%1 disposisi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="681"/>
        <source>Dari %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="687"/>
        <source> (dan %1 lainnya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="708"/>
        <source>Disposisi (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="713"/>
        <source>%1 belum dibaca, %2 belum selesai, %3 lewat batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="730"/>
        <source>Lembar Disposisi (kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="738"/>
        <location filename="../../sopdesk/ui/main_window.py" line="762"/>
        <location filename="../../sopdesk/ui/main_window.py" line="776"/>
        <source>Periksa Keaslian Cetakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="748"/>
        <source>Memeriksa %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="358"/>
        <location filename="../../sopdesk/ui/main_window.py" line="543"/>
        <source>Dokumen SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="471"/>
        <location filename="../../sopdesk/ui/main_window.py" line="488"/>
        <source>Tunggu sampai penyimpanan atau pencadangan selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="549"/>
        <source>Tentang SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="552"/>
        <source>&lt;b&gt;SOPDesk %1&lt;/b&gt;&lt;br&gt;Agenda surat, disposisi dan pelacakan SOP 01.048.2017 untuk Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="556"/>
        <location filename="../../sopdesk/ui/main_window.py" line="766"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterTab</name>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="58"/>
        <source>Tambah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="60"/>
        <source>Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="263"/>
        <source>Tambah Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="264"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="265"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="266"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="266"/>
        <source>18 angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="267"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="269"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="269"/>
        <source>— bukan pejabat —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="271"/>
        <source>Kata sandi awal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../sopdesk/ui/notify.py" line="181"/>
        <source>SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="223"/>
        <source>Ubah Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="223"/>
        <source>Tambah Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="225"/>
        <source>Lajur SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="227"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="228"/>
        <source>Nama (dengan gelar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="231"/>
        <source>Pangkat/golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="233"/>
        <source>mis. Pembina (IV/a); dicetak di bawah nama penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="236"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="236"/>
        <source>18 angka; kosong bila bukan PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="238"/>
        <source>Masih menjabat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpdDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="165"/>
        <source>Ubah OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="165"/>
        <source>Tambah OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="166"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="167"/>
        <source>Singkatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="169"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="169"/>
        <source>dinas, badan, kecamatan, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="171"/>
        <source>Aktif (muncul di pilihan asal surat)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../sopdesk/ui/operations.py" line="176"/>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/operations.py" line="182"/>
        <source>Basis data belum menjawab setelah 10 detik. Penyimpanan menunggu dan akan selesai begitu basis data menjawab; isian Anda tetap ada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="63"/>
        <source>Tambah Hari Libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="63"/>
        <source>Jadikan Hari Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="69"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="72"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="73"/>
        <source>Hari libur tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="73"/>
        <source>Hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="77"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/calendar_tab.py" line="77"/>
        <source>misalnya: SKB 3 Menteri Nomor …, cuti bersama</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="333"/>
        <source>Atur Ulang Kata Sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="333"/>
        <source>Ganti Kata Sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="334"/>
        <source>Kata sandi lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="335"/>
        <source>Kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="336"/>
        <source>Ulangi kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="343"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="545"/>
        <source>Modul ini belum tersedia pada versi SOPDesk ini.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="331"/>
        <source>Pratinjau Cetak — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="344"/>
        <source>Perkecil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="345"/>
        <source>Perbesar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="346"/>
        <source>Sesuaikan Lebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="347"/>
        <source>Satu Halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="351"/>
        <source>Sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="356"/>
        <source>Berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="365"/>
        <source>Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="369"/>
        <source>Simpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="373"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="433"/>
        <source>Berkas PDF tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="499"/>
        <source>Halaman %1 dari %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="520"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintSettingsTab</name>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="47"/>
        <source>Kop surat (dipakai semua komputer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="53"/>
        <source>Baris kop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="57"/>
        <source>Kertas per dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="68"/>
        <source>Mendatar (landscape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="69"/>
        <source>Tegak (portrait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="76"/>
        <source>Margin atas/kanan/bawah/kiri (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="86"/>
        <source>Nomor agenda surat masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="92"/>
        <source>Token: {seq} atau {seq:03} nomor urut, {tahun}, {kode} kode klasifikasi, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="94"/>
        <source>Pola nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="97"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="100"/>
        <source>Contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="102"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="122"/>
        <source>Hanya administrator yang dapat mengubah kop dan kertas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="181"/>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/print_settings.py" line="194"/>
        <source>Tekan Simpan lagi untuk menyimpan isian Anda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="448"/>
        <source>Tanda Terima Distribusi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="455"/>
        <source>Distribusi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="459"/>
        <source>Yang diserahkan (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="460"/>
        <source>Pratinjau Cetak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="64"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="64"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="120"/>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="151"/>
        <source>Tekan Simpan lagi untuk menyimpan isian Anda di atas perubahan itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="156"/>
        <source>Tunggu: penyimpanan sedang berjalan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="64"/>
        <source>Laporan Capaian Mutu Baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="67"/>
        <source>Per langkah SOP: berapa kali langkah itu selesai (atau mengembalikan berkas) dalam periode, median dan persentil ke-90 waktu yang dipakai dalam hari kerja, dibandingkan dengan mutu baku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="79"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="81"/>
        <source>s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="83"/>
        <source>Tampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="87"/>
        <source>Ekspor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="102"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="103"/>
        <source>Uraian kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="104"/>
        <source>Pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="105"/>
        <source>Mutu baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="106"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="107"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="108"/>
        <source>P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="109"/>
        <source>Tepat waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="110"/>
        <source>Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="136"/>
        <source>Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/reports_page.py" line="163"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 langkah tercatat; %3 berkas selesai (median %4, P90 %5 hari kerja dari rencana %6; tepat waktu %7); %8 berkas masih berjalan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="169"/>
        <source>%1 s.d. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="190"/>
        <source>tidak diukur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="199"/>
        <source>Median melewati mutu baku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="214"/>
        <source>Capaian Mutu Baku %1 sd %2.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="218"/>
        <location filename="../../sopdesk/ui/reports_page.py" line="247"/>
        <source>Ekspor Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="237"/>
        <source>Mengekspor laporan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="243"/>
        <source>Laporan diekspor ke %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="377"/>
        <source>Lanjutkan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="379"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="379"/>
        <source>misalnya: perbaikan dari OPD sudah diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="380"/>
        <source>Dilanjutkan pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="381"/>
        <source>Lanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="335"/>
        <source>Kembalikan ke Langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="339"/>
        <source>Berkas dikembalikan dari langkah %1 ke langkah %2 (%3); langkah %2 dan sesudahnya diulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="345"/>
        <source>Alasan pengembalian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="349"/>
        <source>Komponen SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="351"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="352"/>
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
        <location filename="../../sopdesk/ui/disposition_page.py" line="134"/>
        <source>ditarik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="139"/>
        <source>selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="141"/>
        <source>belum dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="143"/>
        <source>%1 dari %2 selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="151"/>
        <source>No. Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="152"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="153"/>
        <source>Kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="154"/>
        <source>Batas Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="155"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/disposition_page.py" line="156"/>
        <source>Ditulis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="125"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="159"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="178"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="126"/>
        <source>Singkatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="127"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="128"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="142"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="181"/>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="139"/>
        <source>Set kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="140"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="141"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="157"/>
        <source>Lajur SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="158"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="159"/>
        <source>(belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="160"/>
        <source>Pangkat/golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="161"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="179"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="162"/>
        <source>Menjabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="177"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="180"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="182"/>
        <source>Terakhir masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="193"/>
        <source>Atur ulang kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="202"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="203"/>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="204"/>
        <source>Atas nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="205"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="206"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="207"/>
        <source>Sesudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="214"/>
        <source>500 peristiwa terakhir. Jejak audit tidak dapat diubah atau dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="221"/>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="222"/>
        <source>Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="223"/>
        <source>Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="224"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="225"/>
        <source>Jejak Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="226"/>
        <source>Kop, Kertas dan Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="227"/>
        <source>Hari Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="232"/>
        <source>Peran Anda hanya dapat melihat data ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="234"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="242"/>
        <source>Daftar OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="243"/>
        <source>Daftar Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="244"/>
        <source>Daftar Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SippDialog</name>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="973"/>
        <source>Isian SIPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="980"/>
        <source>Ekspor lembar kerja SIPP (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="983"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1017"/>
        <source>Dimasukkan ke SIPP pada %1 oleh %2 (dari versi %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1021"/>
        <source>Belum tercatat dimasukkan ke SIPP; menyelesaikan langkah 10 mencatatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1031"/>
        <source>Usulan dari produk dan jangka waktu; ubah bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1037"/>
        <source>Salin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1048"/>
        <source>Simpan deskripsi dan lokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1082"/>
        <source>%1 disalin; tempel di isian SIPP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1089"/>
        <source>Deskripsi dan lokasi %1 disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1113"/>
        <source>Ekspor untuk SIPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1123"/>
        <source>%1 layanan diekspor ke %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpCompareDialog</name>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="739"/>
        <source>Bandingkan versi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="744"/>
        <source>(kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="752"/>
        <source>Hanya komponen yang berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="762"/>
        <source>Versi lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="763"/>
        <source>Versi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="772"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpDocumentDialog</name>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="827"/>
        <source>SK dan Berita Acara FKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="838"/>
        <source>Keputusan (SK) penetapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="839"/>
        <source>Nomor SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="840"/>
        <source>Tanggal ditetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="841"/>
        <source>Ditetapkan di</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="842"/>
        <source>Penetap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="844"/>
        <source>Mencabut SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="844"/>
        <source>kosongkan bila tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="846"/>
        <source>Menimbang (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="847"/>
        <source>Mengingat (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="848"/>
        <source>Forum Konsultasi Publik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="849"/>
        <source>Nomor berita acara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="850"/>
        <source>Tanggal forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="851"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="852"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="855"/>
        <source>Kelompok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="855"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="855"/>
        <source>Instansi/asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="860"/>
        <source>Tambah peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="863"/>
        <source>Hapus baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="874"/>
        <source>Peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="875"/>
        <source>Hasil (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="876"/>
        <source>Pimpinan forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="877"/>
        <source>Wakil peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="894"/>
        <source>jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="895"/>
        <source>nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="896"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="897"/>
        <source>pangkat/golongan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpPanel</name>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="181"/>
        <source>Impor Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="182"/>
        <source>Impor rancangan OPD dari berkas .docx (tabel NO | KOMPONEN | URAIAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="184"/>
        <source>Bandingkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="185"/>
        <source>Bandingkan dua versi kata demi kata, per komponen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="187"/>
        <source>SK dan BA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="188"/>
        <source>Data SK penetapan dan Berita Acara Forum Konsultasi Publik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="190"/>
        <source>SIPP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="194"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="199"/>
        <source>SK Standar Pelayanan dan lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="200"/>
        <source>Maklumat Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="201"/>
        <source>Berita Acara Forum Konsultasi Publik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="202"/>
        <source>Buku Laporan SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="209"/>
        <source>Jenis layanan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="259"/>
        <source>Simpan versi baru (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="261"/>
        <source>Batalkan perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="276"/>
        <source>Seperti tercetak di lampiran SK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="373"/>
        <source>Versi %1 · %2 · %3 · lengkap %4 dari 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="375"/>
        <source>belum diisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="380"/>
        <source> · ditandatangani (versi %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="386"/>
        <source>Peran Anda hanya dapat membaca standar pelayanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="388"/>
        <source>sudah diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="388"/>
        <source>belum diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="390"/>
        <source>Diminta diperbaiki: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="394"/>
        <source>Dikembalikan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="440"/>
        <source>Maklumat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="493"/>
        <source>Maklumat pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="495"/>
        <source>Janji penyelenggara yang dipajang di tempat pelayanan, ditandatangani kepala unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="561"/>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="574"/>
        <source>SP %1 disimpan sebagai versi %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="593"/>
        <source>Menyimpan standar pelayanan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="620"/>
        <source>Impor rancangan SP dari Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="627"/>
        <location filename="../../sopdesk/ui/sp_editor.py" line="645"/>
        <source>Impor Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="652"/>
        <source>Mengimpor rancangan SP…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartCaseDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="152"/>
        <source>Mulai Berkas SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="162"/>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="173"/>
        <source>Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="166"/>
        <source>Cari nomor agenda, asal atau perihal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="168"/>
        <source>Cari surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="178"/>
        <source>OPD pengaju</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="178"/>
        <source>Sesuai asal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="182"/>
        <source>Satu jenis layanan per baris, misalnya:
Izin praktik bidan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="185"/>
        <source>Jenis layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="189"/>
        <source>Langkah 1 dan 2 selesai dari surat ini, langkah 3 dari disposisi Kabag; berkas mulai di langkah 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="192"/>
        <source>Langkah 1 dan 2 selesai dari surat ini; berkas menunggu disposisi Kabag (langkah 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="197"/>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="237"/>
        <source>Pilih surat yang menjadi berkas SP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../sopdesk/app.py" line="203"/>
        <source>SOPDesk tidak dapat dimulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="201"/>
        <source>Basis data tidak dapat dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="198"/>
        <source>Berkas definisi SOP tidak sah; perbaiki berkas itu lalu mulai lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="252"/>
        <source>Login tidak dapat diperiksa: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/app.py" line="308"/>
        <source>Percobaan masuk yang gagal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="210"/>
        <source>Selesaikan langkah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="211"/>
        <source>Kembalikan ke langkah 4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="212"/>
        <source>Catat distribusi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="213"/>
        <source>Cetak tanda terima distribusi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="214"/>
        <source>Tangguhkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="215"/>
        <source>Lanjutkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="216"/>
        <source>Perpanjang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="217"/>
        <source>Batalkan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="364"/>
        <source>Tangguhkan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="366"/>
        <source>Jam berkas berhenti selama ditangguhkan (misalnya menunggu perbaikan dari OPD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="367"/>
        <source>Alasan penangguhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="368"/>
        <source>Sejak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="369"/>
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
        <location filename="../../sopdesk/ui/timeline.py" line="193"/>
        <source>Belum ada berkas dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/timeline.py" line="228"/>
        <source>Rencana langkah %1 (%2 hari kerja): %3 – %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="246"/>
        <source>berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="250"/>
        <source>Langkah %1, putaran %2: %3 – %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="255"/>
        <source> (terlambat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="274"/>
        <source>Batas waktu langkah %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="147"/>
        <location filename="../../sopdesk/ui/timeline.py" line="287"/>
        <source>Hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="119"/>
        <source>Rencana (mutu baku)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="120"/>
        <source>Realisasi tepat waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="121"/>
        <source>Realisasi terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/timeline.py" line="122"/>
        <source>Hari libur / akhir pekan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DateInput</name>
    <message>
        <location filename="../../sopdesk/ui/dates.py" line="66"/>
        <source>Pilih dari kalender (Alt+Panah Bawah)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="193"/>
        <source>Ekspor PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="83"/>
        <location filename="../../sopdesk/ui/files.py" line="91"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="84"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="86"/>
        <source>Buku kerja Excel (*.xlsx *.xlsm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="90"/>
        <source>Pindaian atau PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="92"/>
        <source>Gambar (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="96"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="97"/>
        <source>Basis data SQLite (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="98"/>
        <source>Dokumen Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="101"/>
        <source>Cetakan atau pindaian (*.pdf *.xlsx *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="192"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="193"/>
        <source>Berkas %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="194"/>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="257"/>
        <source>Lihat di:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="258"/>
        <source>Nama berkas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="259"/>
        <source>Jenis berkas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="262"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="262"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="264"/>
        <location filename="../../sopdesk/ui/files.py" line="304"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="297"/>
        <source>Timpa berkas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="300"/>
        <source>Berkas %1 sudah ada. Timpa dengan yang baru?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="302"/>
        <source>Timpa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="325"/>
        <source>%1 adalah basis data SOPDesk yang sedang dipakai; berkas itu tidak dapat dipilih di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/files.py" line="348"/>
        <source>%1 adalah basis data SOPDesk yang sedang dipakai; pilih nama lain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../sopdesk/ui/forms.py" line="155"/>
        <location filename="../../sopdesk/ui/forms.py" line="162"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../sopdesk/ui/operations.py" line="226"/>
        <source>Penyimpanan gagal karena kesalahan program ({0}). Tidak ada yang tersimpan sebagian; isian Anda tetap ada. Laporkan kejadian ini kepada pengelola SOPDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/operations.py" line="236"/>
        <source>Tidak tersimpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="67"/>
        <source>Berkas PDF tidak dapat dibuka: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="125"/>
        <source>Halaman %1 tidak dapat digambar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="170"/>
        <source>Pencetak %1 tidak dapat dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="175"/>
        <source>Pencetak menolak halaman berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="218"/>
        <source>Mencetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="219"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="231"/>
        <source>Mencetak halaman %1 dari %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="265"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="299"/>
        <location filename="../../sopdesk/ui/printing.py" line="307"/>
        <source>Simpan PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/printing.py" line="308"/>
        <source>PDF tidak dapat disimpan ke %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>windows</name>
    <message>
        <location filename="../../sopdesk/ui/windows.py" line="218"/>
        <source>Buang isian?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/windows.py" line="219"/>
        <source>Isian formulir ini belum disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/windows.py" line="221"/>
        <source>Buang isian dan tutup formulir, atau kembali mengisi?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/windows.py" line="224"/>
        <source>&amp;Kembali ke isian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/windows.py" line="226"/>
        <source>&amp;Buang isian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
