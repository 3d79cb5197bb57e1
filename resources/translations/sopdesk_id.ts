<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id_ID">
<context>
    <name>AgendaColumns</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="93"/>
        <source>No. Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="94"/>
        <source>Tanggal Terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="95"/>
        <source>Asal Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="96"/>
        <source>Nomor Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="97"/>
        <source>Tanggal Surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="98"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="99"/>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="100"/>
        <source>Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="101"/>
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
        <location filename="../../sopdesk/ui/agenda.py" line="484"/>
        <source>Semua bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="489"/>
        <source>Semua sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="494"/>
        <source>Semua urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="500"/>
        <source>Semua asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="505"/>
        <source>Semua status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="509"/>
        <source>Catat Surat (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="511"/>
        <source>Batalkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="516"/>
        <source>Tanda Terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="518"/>
        <source>Kartu Kendali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="522"/>
        <source>Ekspor Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="524"/>
        <source>Impor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="536"/>
        <source>Koreksi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="539"/>
        <source>Lampirkan Berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="543"/>
        <source>Mulai Berkas SP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="550"/>
        <source>Klik dua kali untuk membuka (isi diperiksa dengan SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="552"/>
        <source>Tulis Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="555"/>
        <source>Lembar Kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="557"/>
        <source>Lembar Disposisi dengan data surat, untuk disposisi tulisan tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="569"/>
        <source>Alur disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="593"/>
        <source>Lampiran (pindaian, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="617"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1076"/>
        <source>Buku Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="623"/>
        <source>Catat surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="627"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="630"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1078"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1116"/>
        <source>Ekspor Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="659"/>
        <source>Cetak Lembar Disposisi (kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="684"/>
        <source>Semua tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="714"/>
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
        <location filename="../../sopdesk/ui/agenda.py" line="762"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="763"/>
        <source>Asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="764"/>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="765"/>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="766"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="767"/>
        <source>Isi ringkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="768"/>
        <source>Sifat / urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="769"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="770"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="771"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="772"/>
        <source>Diteruskan kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="773"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="774"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="782"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="803"/>
        <source>Lampirkan berkas ke %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="805"/>
        <source>Pindaian atau PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="813"/>
        <source>Berkas %1 tidak dapat dibaca: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="823"/>
        <source>Lampiran tidak disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="832"/>
        <source>Melampirkan berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="844"/>
        <source>Lampiran tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="941"/>
        <source>Disposisi disimpan; status surat diperbarui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="951"/>
        <source>Lembar Disposisi (kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="970"/>
        <source>Tercatat dengan nomor agenda %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1001"/>
        <source>Batalkan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1002"/>
        <source>Alasan pembatalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1038"/>
        <source>Berkas SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1068"/>
        <source>Berkas %1 dimulai dari surat ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1078"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1088"/>
        <location filename="../../sopdesk/ui/agenda.py" line="1095"/>
        <source>Mengekspor ke %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1108"/>
        <source>%1 surat diekspor ke %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1117"/>
        <source>Buku agenda tidak dapat diekspor ke %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="1155"/>
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
        <location filename="../../sopdesk/ui/case_dialogs.py" line="399"/>
        <source>Batalkan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="401"/>
        <source>Berkas yang dibatalkan tetap tersimpan dengan alasannya; suratnya dapat dimulai lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="402"/>
        <source>Alasan pembatalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="403"/>
        <source>Batalkan Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="404"/>
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
        <location filename="../../sopdesk/ui/cases_page.py" line="279"/>
        <source>Mulai Berkas SP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="287"/>
        <source>Aktif (berjalan dan ditangguhkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="288"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="846"/>
        <source>Ditangguhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="289"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="830"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="833"/>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="290"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="832"/>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="291"/>
        <source>Semua berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="299"/>
        <source>Cari nomor berkas, OPD, jenis layanan, perihal, nomor agenda… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="304"/>
        <source>Klik untuk menampilkan semua langkah lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="306"/>
        <source>Ikhtisar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="314"/>
        <source>Semua berkas aktif pada diagram lajur: berapa yang menunggu di setiap langkah dan lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="359"/>
        <source>Diagram Lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="360"/>
        <source>Linimasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="362"/>
        <source>Standar Pelayanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="371"/>
        <source>Perkecil (Ctrl+roda tetikus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="372"/>
        <source>Perbesar (Ctrl+roda tetikus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="373"/>
        <source>Ukuran asli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="374"/>
        <source>Muat layar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="374"/>
        <source>Seluruh diagram atau linimasa dalam jendela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="413"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1274"/>
        <source>Berkas SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="418"/>
        <source>Cari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="465"/>
        <source>terlambat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="471"/>
        <source> · dikembalikan %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="475"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="476"/>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="477"/>
        <source>Jenis Layanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="478"/>
        <source>Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="479"/>
        <source>Tenggat Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="480"/>
        <source>Sisa (hari kerja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="481"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="580"/>
        <source>%1 berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="582"/>
        <source> menunggu di langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="585"/>
        <source> · %1 terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="592"/>
        <source>Langkah %1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="673"/>
        <source>Pilih berkas di daftar, atau buka Ikhtisar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="684"/>
        <source>%1
Surat %2, SOP %3 versi %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="697"/>
        <source>Selesai pada %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="701"/>
        <source>Dibatalkan pada %1 (di langkah %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="709"/>
        <source>Sekarang di: %1, sejak %2 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="714"/>
        <source> (ditangguhkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="723"/>
        <source>Tenggat langkah %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="728"/>
        <source>tenggat berkas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="731"/>
        <source>(terlambat %1 hari kerja)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="734"/>
        <source>(sisa %1 hari kerja)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="739"/>
        <source>dimulai %1, %2 hari kerja (rencana %3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="745"/>
        <source>dikembalikan %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="749"/>
        <source>ditangguhkan sejak %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="755"/>
        <source>diperpanjang %1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="779"/>
        <source>Peran Anda hanya dapat melihat berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="782"/>
        <source>Berkas ditangguhkan: lanjutkan dulu untuk mencatat langkah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="785"/>
        <source>Langkah ini dicatat oleh pengguna lajur %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="787"/>
        <source>Berkas sekarang di langkah %1; klik langkah itu untuk mencatatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="793"/>
        <source>Kembalikan ke langkah %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="797"/>
        <source>Catat minimal satu distribusi dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="803"/>
        <source>selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="804"/>
        <source>berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="804"/>
        <source>ditangguhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="805"/>
        <source>belum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="808"/>
        <source>diulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="814"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1031"/>
        <source>Langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="817"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1033"/>
        <source>Pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="818"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1034"/>
        <source>Mutu baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="847"/>
        <source>(tidak dihitung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="926"/>
        <source>%1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="819"/>
        <source>Rencana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="822"/>
        <source>Keterangan SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="825"/>
        <source>Putaran %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="825"/>
        <source>Pelaksanaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="827"/>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="831"/>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="836"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="839"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="1020"/>
        <source>terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="842"/>
        <source>Lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="842"/>
        <source>Berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="853"/>
        <source>Dilakukan oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="856"/>
        <source>Dicatat oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="858"/>
        <location filename="../../sopdesk/ui/cases_page.py" line="860"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="858"/>
        <source>dari surat di buku agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="860"/>
        <source>dari lembar disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="863"/>
        <source>Kelengkapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="865"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="867"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="873"/>
        <source>Dikembalikan ke langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="878"/>
        <source>Langkah ini belum dicapai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="882"/>
        <source>diterima oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="888"/>
        <source>Distribusi</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/cases_page.py" line="902"/>
        <source>%1 hari kerja di langkah %2: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="914"/>
        <source>Peristiwa berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="971"/>
        <source>Ikhtisar semua berkas aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="974"/>
        <source>%1 berkas aktif · %2 terlambat di langkahnya · %3 jatuh tempo dalam %4 hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="982"/>
        <source>%1 ditangguhkan · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="984"/>
        <source>Angka pada langkah: berkas yang menunggu di sana (merah: ada yang terlambat). Klik langkah untuk menyaring daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1004"/>
        <source>Klik sebuah langkah untuk melihat berkas yang menunggu di sana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1006"/>
        <source>Berkas menunggu per lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1028"/>
        <source>… dan %1 berkas lagi (lihat daftar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1036"/>
        <source>Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1037"/>
        <source>%1 berkas, %2 terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1041"/>
        <source>Klik nomor berkas untuk membukanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1129"/>
        <source>Berkas %1 dimulai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1172"/>
        <source>Standar pelayanan yang diajukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1239"/>
        <source>ke-%1: %2, diterima %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="1257"/>
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
        <location filename="../../sopdesk/ui/dialogs.py" line="187"/>
        <source>Ubah Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="187"/>
        <source>Tambah Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="191"/>
        <source>Set kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="195"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="196"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="197"/>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompleteStepDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="247"/>
        <source>Selesaikan Langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="254"/>
        <source>Langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/case_dialogs.py" line="256"/>
        <source>Pelaksana: %1 · mutu baku %2 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="261"/>
        <source>Kelengkapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="262"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="265"/>
        <source>Output lain, pisahkan dengan titik koma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="268"/>
        <source>Waktu selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="269"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="270"/>
        <source>Selesaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="286"/>
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
        <location filename="../../sopdesk/ui/case_dialogs.py" line="414"/>
        <source>Catat Distribusi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="416"/>
        <source>Kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="416"/>
        <source>misalnya: Dinas Kesehatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="417"/>
        <source>Diterima oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="417"/>
        <source>nama penerima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="418"/>
        <source>Diterima pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="419"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="420"/>
        <source>Catat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentJob</name>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="146"/>
        <source>Menyiapkan %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="146"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="171"/>
        <source>Halaman %1 dari %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="186"/>
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
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="295"/>
        <source>Ubah Pengguna %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="297"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="298"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="299"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="302"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="303"/>
        <source>— bukan pejabat —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="306"/>
        <source>Aktif (boleh masuk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="379"/>
        <source>Perpanjang %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="381"/>
        <source>Tenggat langkah yang berjalan dan tenggat berkas mundur sebanyak hari kerja ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="388"/>
        <source> hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="389"/>
        <source>Perpanjangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="390"/>
        <source>Alasan perpanjangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="391"/>
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
    <name>FixesTree</name>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1114"/>
        <source>Komponen yang harus diperbaiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1114"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1118"/>
        <source>Semua jenis layanan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="139"/>
        <source>Beranda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="154"/>
        <source>Surat menunggu disposisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="155"/>
        <source>Disposisi masuk belum dibaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="156"/>
        <source>Berkas SP aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="157"/>
        <source>Langkah terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="158"/>
        <source>Jatuh tempo ≤ 3 hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="181"/>
        <source>Berkas SP aktif per langkah dan lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="189"/>
        <source>Tugas saya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="190"/>
        <location filename="../../sopdesk/ui/pages.py" line="436"/>
        <source>Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="191"/>
        <source>Jatuh tempo dalam 3 hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="212"/>
        <source>OPD terdaftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="213"/>
        <source>Pejabat pemegang lajur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="214"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="215"/>
        <source>Peristiwa jejak audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="141"/>
        <source>Selamat bekerja, %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="261"/>
        <source>Beranda tidak dapat dimuat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="270"/>
        <source>SOP berlaku: %1 versi %2 — %3; %4 langkah, mutu baku %5 hari kerja.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="292"/>
        <source>Perlu dilengkapi: nama pejabat (Pengaturan › Pejabat) untuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="299"/>
        <source>Perlu dilengkapi: lambang daerah dan alamat pada kop (Pengaturan › Kop, Kertas dan Nomor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="319"/>
        <source>%1 · %2 — SK %3, berlaku sejak %4, ditinjau %5 bulan lalu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="322"/>
        <source>(nomor belum dicatat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="327"/>
        <source> (sedang ditinjau: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="332"/>
        <source>Standar pelayanan belum ditinjau lebih dari 12 bulan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="359"/>
        <source>Disposisi %1 · batas %3
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="371"/>
        <source>… dan %1 lainnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="375"/>
        <source>Tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="387"/>
        <source>ditangguhkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="392"/>
        <source>terlambat %1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="394"/>
        <source>sisa kurang dari ½ hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/pages.py" line="397"/>
        <source>sisa %1 hari kerja</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="399"/>
        <source>%1 · langkah %3 (%4)
%2 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="436"/>
        <source>Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="436"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="469"/>
        <source>Jumlah per lajur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="80"/>
        <source>Impor Buku Agenda dari Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="95"/>
        <source>Belum ada berkas dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="96"/>
        <source>Pilih Berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="108"/>
        <source>Data surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="108"/>
        <source>Kolom di buku kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="108"/>
        <source>Isi tetap bila kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="190"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="454"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="463"/>
        <source>Baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="180"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="190"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="463"/>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="119"/>
        <source>(tanpa kode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="133"/>
        <source>Untuk baris tanpa kode. Surat tahun lalu dengan nomor asli boleh tanpa kode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="149"/>
        <source>Kata di buku agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="149"/>
        <source>Berarti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="153"/>
        <source>Tambah Kata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="155"/>
        <source>Hapus Kata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="157"/>
        <source>Aturan Bawaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="163"/>
        <source>Sifat dan urgensi dikenali dari katanya di kolom mana pun (Segera di kolom Sifat tetap urgensi). Kata lama diartikan dengan aturan ini; kata aslinya dicatat di Keterangan. Kata yang tidak dikenal ditolak dengan nomor barisnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="181"/>
        <source>Kata Sifat/Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="190"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="463"/>
        <source>Pesan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="190"/>
        <location filename="../../sopdesk/ui/agenda_import.py" line="463"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="204"/>
        <source>Periksa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="207"/>
        <location filename="../../sopdesk/ui/sp_editor.py" line="719"/>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="214"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="222"/>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="223"/>
        <source>Lembar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="228"/>
        <source>Pratinjau baris pertama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="230"/>
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
        <location filename="../../sopdesk/ui/agenda_import.py" line="348"/>
        <source>Pilih Buku Kerja Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="348"/>
        <source>Buku kerja Excel (*.xlsx *.xlsm)</source>
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
        <location filename="../../sopdesk/ui/sp_editor.py" line="705"/>
        <source>Impor rancangan SP dari Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="714"/>
        <source>Setiap jenis layanan yang terisi disimpan sebagai versi baru; isi lama tetap ada di versi sebelumnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda_import.py" line="210"/>
        <location filename="../../sopdesk/ui/sp_editor.py" line="719"/>
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
    <message>
        <location filename="../../sopdesk/ui/kop_form.py" line="111"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="242"/>
        <source>Catat Surat Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="242"/>
        <source>Koreksi Surat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="250"/>
        <location filename="../../sopdesk/ui/agenda.py" line="398"/>
        <source>Tanggal terima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="251"/>
        <location filename="../../sopdesk/ui/agenda.py" line="399"/>
        <source>Asal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="258"/>
        <location filename="../../sopdesk/ui/agenda.py" line="400"/>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="268"/>
        <location filename="../../sopdesk/ui/agenda.py" line="401"/>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="269"/>
        <location filename="../../sopdesk/ui/agenda.py" line="402"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="270"/>
        <location filename="../../sopdesk/ui/agenda.py" line="403"/>
        <source>Isi ringkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="271"/>
        <location filename="../../sopdesk/ui/agenda.py" line="404"/>
        <source>Sifat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="272"/>
        <location filename="../../sopdesk/ui/agenda.py" line="405"/>
        <source>Urgensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="274"/>
        <location filename="../../sopdesk/ui/agenda.py" line="406"/>
        <source>Kode klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="275"/>
        <location filename="../../sopdesk/ui/agenda.py" line="407"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="276"/>
        <location filename="../../sopdesk/ui/agenda.py" line="408"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="277"/>
        <location filename="../../sopdesk/ui/agenda.py" line="410"/>
        <source>No. registrasi Srikandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="278"/>
        <location filename="../../sopdesk/ui/agenda.py" line="415"/>
        <source>Diteruskan kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="279"/>
        <location filename="../../sopdesk/ui/agenda.py" line="419"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="280"/>
        <source>Cetak tanda terima untuk kurir setelah disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="287"/>
        <source>otomatis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="288"/>
        <source>No. urut asli (surat tahun lalu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="289"/>
        <source>Alasan koreksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="297"/>
        <source>Simpan (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="318"/>
        <source>Perhatian: nomor surat ini dari pengirim yang sama sudah tercatat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="365"/>
        <source>%1: kini “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="368"/>
        <source>%1: mereka menulis “%2”, isian Anda “%3” dipertahankan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="375"/>
        <source>tidak ada isian yang berbeda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="379"/>
        <source>Perubahan mereka: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/agenda.py" line="381"/>
        <source>Periksa, lalu tekan Simpan lagi.</source>
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
        <location filename="../../sopdesk/ui/main_window.py" line="342"/>
        <source>Buku Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="92"/>
        <location filename="../../sopdesk/ui/main_window.py" line="664"/>
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
        <location filename="../../sopdesk/ui/main_window.py" line="147"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="149"/>
        <source>&amp;Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="151"/>
        <source>&amp;Pratinjau Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="152"/>
        <source>&amp;Ekspor PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="157"/>
        <source>Cetak &amp;Lembar Disposisi Kosong…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="160"/>
        <source>Cetak Kartu Pe&amp;nerus Disposisi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="168"/>
        <source>Periksa &amp;Keaslian Cetakan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="172"/>
        <source>Ca&amp;dangkan Basis Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="176"/>
        <source>&amp;Ganti Kata Sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="180"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="182"/>
        <source>Ban&amp;tuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="183"/>
        <source>&amp;Dokumen SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="184"/>
        <source>&amp;Tentang SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="189"/>
        <source>Pengguna: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="194"/>
        <source>Peran: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="196"/>
        <source>Basis data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="320"/>
        <source>Tidak ada yang dapat dicetak di halaman ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="324"/>
        <source>Pilih surat atau disposisi di halaman Disposisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="329"/>
        <source>Tanpa surat terpilih: lembar kosong untuk diisi tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="347"/>
        <source>Berkas %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="354"/>
        <source>Laporan Capaian Mutu Baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="395"/>
        <source>PDF disimpan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="415"/>
        <source>Pencetakan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="418"/>
        <source>%1 halaman dikirim ke pencetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="466"/>
        <source>Cadangkan Basis Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="466"/>
        <source>Basis data SQLite (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="482"/>
        <source>Mencadangkan ke %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="487"/>
        <source>Cadangan selesai dan diperiksa: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="492"/>
        <source>Pencadangan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="614"/>
        <source>Akun Anda dinonaktifkan oleh administrator. Simpan tidak akan diterima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="617"/>
        <source>Akun dinonaktifkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="619"/>
        <source>Akun Anda dinonaktifkan oleh administrator di komputer lain. Yang belum disimpan tidak dapat disimpan lagi; hubungi administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="626"/>
        <source>Peran Anda diubah menjadi %1 oleh administrator; masuk ulang untuk menyesuaikan menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="634"/>
        <source>Disposisi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="636"/>
        <source>%1 disposisi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="639"/>
        <source>Dari %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="645"/>
        <source> (dan %1 lainnya)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="666"/>
        <source>Disposisi (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="671"/>
        <source>%1 belum dibaca, %2 belum selesai, %3 lewat batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="688"/>
        <source>Lembar Disposisi (kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="696"/>
        <location filename="../../sopdesk/ui/main_window.py" line="723"/>
        <location filename="../../sopdesk/ui/main_window.py" line="735"/>
        <source>Periksa Keaslian Cetakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="698"/>
        <source>Cetakan atau pindaian (*.pdf *.xlsx *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="709"/>
        <source>Memeriksa %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="338"/>
        <location filename="../../sopdesk/ui/main_window.py" line="502"/>
        <source>Dokumen SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="439"/>
        <source>Tunggu sampai penyimpanan atau pencadangan selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="508"/>
        <source>Tentang SOPDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="511"/>
        <source>&lt;b&gt;SOPDesk %1&lt;/b&gt;&lt;br&gt;Agenda surat, disposisi dan pelacakan SOP 01.048.2017 untuk Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/main_window.py" line="515"/>
        <location filename="../../sopdesk/ui/main_window.py" line="727"/>
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
        <location filename="../../sopdesk/ui/dialogs.py" line="259"/>
        <source>Tambah Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="260"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="261"/>
        <source>Nama lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="262"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="262"/>
        <source>18 angka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="263"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="265"/>
        <source>Pejabat (bila ia pejabat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="265"/>
        <source>— bukan pejabat —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="267"/>
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
        <location filename="../../sopdesk/ui/dialogs.py" line="219"/>
        <source>Ubah Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="219"/>
        <source>Tambah Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="221"/>
        <source>Lajur SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="223"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="224"/>
        <source>Nama (dengan gelar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="227"/>
        <source>Pangkat/golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="229"/>
        <source>mis. Pembina (IV/a); dicetak di bawah nama penanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="232"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="232"/>
        <source>18 angka; kosong bila bukan PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="234"/>
        <source>Masih menjabat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpdDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="161"/>
        <source>Ubah OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="161"/>
        <source>Tambah OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="162"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="163"/>
        <source>Singkatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="165"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="165"/>
        <source>dinas, badan, kecamatan, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="167"/>
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
        <location filename="../../sopdesk/ui/dialogs.py" line="329"/>
        <source>Atur Ulang Kata Sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="329"/>
        <source>Ganti Kata Sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="330"/>
        <source>Kata sandi lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="331"/>
        <source>Kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="332"/>
        <source>Ulangi kata sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="339"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../sopdesk/ui/pages.py" line="528"/>
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
        <location filename="../../sopdesk/ui/case_dialogs.py" line="438"/>
        <source>Tanda Terima Distribusi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="445"/>
        <source>Distribusi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="449"/>
        <source>Yang diserahkan (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="450"/>
        <source>Pratinjau Cetak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="60"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="60"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="116"/>
        <source>Menyimpan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="147"/>
        <source>Tekan Simpan lagi untuk menyimpan isian Anda di atas perubahan itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/dialogs.py" line="152"/>
        <source>Tunggu: penyimpanan sedang berjalan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="65"/>
        <source>Laporan Capaian Mutu Baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="68"/>
        <source>Per langkah SOP: berapa kali langkah itu selesai (atau mengembalikan berkas) dalam periode, median dan persentil ke-90 waktu yang dipakai dalam hari kerja, dibandingkan dengan mutu baku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="80"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="82"/>
        <source>s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="84"/>
        <source>Tampilkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="88"/>
        <source>Ekspor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="103"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="104"/>
        <source>Uraian kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="105"/>
        <source>Pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="106"/>
        <source>Mutu baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="107"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="108"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="109"/>
        <source>P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="110"/>
        <source>Tepat waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="111"/>
        <source>Kembali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="137"/>
        <source>Tanggal akhir tidak boleh sebelum tanggal awal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sopdesk/ui/reports_page.py" line="164"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 langkah tercatat; %3 berkas selesai (median %4, P90 %5 hari kerja dari rencana %6; tepat waktu %7); %8 berkas masih berjalan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="170"/>
        <source>%1 s.d. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="191"/>
        <source>tidak diukur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="200"/>
        <source>Median melewati mutu baku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="215"/>
        <source>Capaian Mutu Baku %1 sd %2.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="218"/>
        <location filename="../../sopdesk/ui/reports_page.py" line="251"/>
        <source>Ekspor Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="218"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="241"/>
        <source>Mengekspor laporan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/reports_page.py" line="247"/>
        <source>Laporan diekspor ke %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="367"/>
        <source>Lanjutkan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="369"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="369"/>
        <source>misalnya: perbaikan dari OPD sudah diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="370"/>
        <source>Dilanjutkan pada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="371"/>
        <source>Lanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="325"/>
        <source>Kembalikan ke Langkah %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="329"/>
        <source>Berkas dikembalikan dari langkah %1 ke langkah %2 (%3); langkah %2 dan sesudahnya diulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="335"/>
        <source>Alasan pengembalian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="339"/>
        <source>Komponen SP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="341"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="342"/>
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
        <location filename="../../sopdesk/ui/settings_page.py" line="124"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="158"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="177"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="125"/>
        <source>Singkatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="126"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="127"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="141"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="180"/>
        <source>Aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="138"/>
        <source>Set kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="139"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="140"/>
        <source>Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="156"/>
        <source>Lajur SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="157"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="158"/>
        <source>(belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="159"/>
        <source>Pangkat/golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="160"/>
        <location filename="../../sopdesk/ui/settings_page.py" line="178"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="161"/>
        <source>Menjabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="176"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="179"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="181"/>
        <source>Terakhir masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="192"/>
        <source>Atur ulang kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="201"/>
        <source>Waktu (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="202"/>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="203"/>
        <source>Atas nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="204"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="205"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="206"/>
        <source>Sesudah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="213"/>
        <source>500 peristiwa terakhir. Jejak audit tidak dapat diubah atau dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="220"/>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="221"/>
        <source>Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="222"/>
        <source>Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="223"/>
        <source>Pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="224"/>
        <source>Jejak Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="225"/>
        <source>Kop, Kertas dan Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="226"/>
        <source>Hari Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="231"/>
        <source>Peran Anda hanya dapat melihat data ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="233"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="241"/>
        <source>Daftar OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="242"/>
        <source>Daftar Pejabat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/settings_page.py" line="243"/>
        <source>Daftar Kode Klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SippDialog</name>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="965"/>
        <source>Isian SIPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="972"/>
        <source>Ekspor lembar kerja SIPP (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="975"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1006"/>
        <source>Dimasukkan ke SIPP pada %1 oleh %2 (dari versi %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1010"/>
        <source>Belum tercatat dimasukkan ke SIPP; menyelesaikan langkah 10 mencatatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1020"/>
        <source>Usulan dari produk dan jangka waktu; ubah bila perlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1026"/>
        <source>Salin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1037"/>
        <source>Simpan deskripsi dan lokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1055"/>
        <source>%1 disalin; tempel di isian SIPP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1062"/>
        <source>Deskripsi dan lokasi %1 disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1085"/>
        <source>Ekspor untuk SIPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1087"/>
        <source>Lembar kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="1096"/>
        <source>%1 layanan diekspor ke %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpCompareDialog</name>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="734"/>
        <source>Bandingkan versi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="739"/>
        <source>(kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="747"/>
        <source>Hanya komponen yang berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="757"/>
        <source>Versi lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="758"/>
        <source>Versi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="767"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpDocumentDialog</name>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="819"/>
        <source>SK dan Berita Acara FKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="830"/>
        <source>Keputusan (SK) penetapan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="831"/>
        <source>Nomor SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="832"/>
        <source>Tanggal ditetapkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="833"/>
        <source>Ditetapkan di</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="834"/>
        <source>Penetap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="836"/>
        <source>Mencabut SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="836"/>
        <source>kosongkan bila tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="838"/>
        <source>Menimbang (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="839"/>
        <source>Mengingat (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="840"/>
        <source>Forum Konsultasi Publik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="841"/>
        <source>Nomor berita acara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="842"/>
        <source>Tanggal forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="843"/>
        <source>Tempat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="844"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="847"/>
        <source>Kelompok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="847"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="847"/>
        <source>Instansi/asal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="852"/>
        <source>Tambah peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="855"/>
        <source>Hapus baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="866"/>
        <source>Peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="867"/>
        <source>Hasil (satu per baris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="868"/>
        <source>Pimpinan forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="869"/>
        <source>Wakil peserta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="886"/>
        <source>jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="887"/>
        <source>nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="888"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="889"/>
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
        <location filename="../../sopdesk/ui/sp_editor.py" line="619"/>
        <source>Impor rancangan SP dari Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="619"/>
        <source>Dokumen Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="626"/>
        <location filename="../../sopdesk/ui/sp_editor.py" line="643"/>
        <source>Impor Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/sp_editor.py" line="650"/>
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
        <location filename="../../sopdesk/ui/case_dialogs.py" line="186"/>
        <source>Langkah 1 dan 2 selesai dari surat ini; berkas menunggu disposisi Kabag (langkah 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="190"/>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="227"/>
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
        <location filename="../../sopdesk/ui/cases_page.py" line="206"/>
        <source>Selesaikan langkah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="207"/>
        <source>Kembalikan ke langkah 4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="208"/>
        <source>Catat distribusi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="209"/>
        <source>Cetak tanda terima distribusi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="210"/>
        <source>Tangguhkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="211"/>
        <source>Lanjutkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="212"/>
        <source>Perpanjang…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/cases_page.py" line="213"/>
        <source>Batalkan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="354"/>
        <source>Tangguhkan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="356"/>
        <source>Jam berkas berhenti selama ditangguhkan (misalnya menunggu perbaikan dari OPD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="357"/>
        <source>Alasan penangguhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="358"/>
        <source>Sejak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/case_dialogs.py" line="359"/>
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
        <location filename="../../sopdesk/ui/documents.py" line="192"/>
        <source>Ekspor PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sopdesk/ui/documents.py" line="194"/>
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
