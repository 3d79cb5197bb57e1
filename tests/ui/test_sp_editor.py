"""The Standar Pelayanan in the Berkas SP window: the editor per layanan with a completeness
check per component, a stale save refused with what was typed kept, the comparison of two
versions word by word, validation and approvals showing what is missing or changed, a return
naming the components to fix, the SK and Berita Acara data, the SIPP view, and Beranda's
flag on SPs not reviewed for a year."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QPushButton

from sopdesk.domain.cases import StepReturned
from sopdesk.domain.sp import MAKLUMAT, Completeness
from sopdesk.services import cases, sp
from sopdesk.ui.case_dialogs import CompleteStepDialog, ReturnDialog
from sopdesk.ui.cases_page import SP_TAB, CasesPage
from sopdesk.ui.pages import HomePage
from sopdesk.ui.sp_editor import ImportDialog, SippDialog, SpCompareDialog, SpDocumentDialog, SpPanel
from tests.sp_drafts import make_two_layanan
from tests.sp_office import FULL, LAYANAN, STEPS, fill, start, walk
from tests.ui.conftest import closed, settle


def ok(dialog) -> None:
    QApplication.processEvents()
    dialog.findChild(QPushButton, "ok").click()


@pytest.fixture
def page(qtbot, sqlite_db, ui_actors):
    case_id = start(sqlite_db, ui_actors)
    widget = CasesPage(sqlite_db, ui_actors["kasubag"])
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    widget.open_case(case_id)
    widget.tabs.setCurrentIndex(SP_TAB)
    return widget, sqlite_db, ui_actors, case_id


def type_into(panel: SpPanel, section: int, text: str) -> None:
    panel.select_section(section)
    panel.editor.setPlainText(text)


def test_the_editor_checks_each_component_as_it_is_typed_and_saves_a_version(page, qtbot):
    widget, db, _actors, case_id = page
    panel = widget.sp_panel
    assert widget.tabs.tabText(SP_TAB) == "Standar Pelayanan" and widget.tabs.isTabEnabled(SP_TAB)
    assert [panel.layanan_box.itemText(i) for i in range(panel.layanan_box.count())] == list(LAYANAN)
    # the list: the two parts, the fourteen components in order, the Maklumat
    labels = [panel.sections.item(r).text() for r in range(panel.sections.count())]
    assert labels[0] == "A. Penyampaian pelayanan" and labels[7] == "B. Pengelolaan pelayanan"
    assert labels[1] == "○ 1. Persyaratan" and labels[15] == "○ 14. Evaluasi kinerja pelaksana"
    type_into(panel, 4, "- Retribusi izin | Rp 50.000")
    assert panel.section_status(4) is Completeness.KURANG
    assert "Sebutkan dasar hukum tarif" in panel.problems.text()
    assert panel.sections.item(panel.row_of(4)).text() == "! 4. Biaya/tarif *"
    panel.editor.appendPlainText("Dasar: Peraturan Daerah Nomor 1 Tahun 2024")
    assert panel.section_status(4) is Completeness.LENGKAP
    assert panel.preview.text() == "1. Retribusi izin: Rp 50.000\nDasar hukum: Peraturan Daerah Nomor 1 Tahun 2024"
    type_into(panel, 1, "- Surat permohonan\n- Fotokopi KTP-el")
    assert panel.save()
    settle(qtbot)
    item = sp.sp_case_view(db, case_id).of(LAYANAN[0])
    assert item.record.version == 1 and item.versions[0].changed == (1, 4, MAKLUMAT)
    assert item.content.section_text(1) == "- Surat permohonan\n- Fotokopi KTP-el"
    assert panel.version_label.text().startswith("Versi 1 · rancangan OPD")
    assert not panel.dirty() and panel.sections.item(panel.row_of(4)).text() == "✓ 4. Biaya/tarif"


def test_a_save_based_on_an_older_version_is_refused_and_what_was_typed_stays(page, qtbot):
    widget, db, actors, case_id = page
    panel = widget.sp_panel
    type_into(panel, 5, "- Surat izin praktik")
    sp.save_sections(db, actors["staf"], case_id, LAYANAN[0], {5: "- Surat izin dari seat lain"}, expected_version=0)
    panel.reload()  # the change feed tells the window; the typed text is not lost
    assert panel.editor.toPlainText() == "- Surat izin praktik"
    assert panel.save()
    settle(qtbot)
    assert "sudah diubah oleh Pengguna staf (staf)" in panel.status.text()
    assert panel.editor.toPlainText() == "- Surat izin praktik" and panel.dirty()
    assert sp.sp_case_view(db, case_id).of(LAYANAN[0]).content.section_text(5) == "- Surat izin dari seat lain"


def test_validation_shows_what_is_missing_and_a_return_names_the_components(page, qtbot):
    widget, db, actors, case_id = page
    fill(db, actors["staf"], case_id)
    walk(db, actors, case_id, 5)
    widget.actor = actors["kabag"]
    widget.show_case(case_id)
    panel = widget.sp_panel
    assert panel.editor.isReadOnly() and not panel.save_button.isVisible()
    assert "sekarang di langkah 5" in panel.banner.text()
    dialog = widget.complete_step()
    assert isinstance(dialog, CompleteStepDialog) and dialog.sp_review is not None
    review = dialog.sp_review.text()
    assert "semua komponen dan maklumat lengkap" in review  # the first layanan
    assert f"<u>{LAYANAN[1]}</u>" in review and "belum ada isi" in review
    dialog.reject()
    dialog = widget.return_step()
    assert isinstance(dialog, ReturnDialog) and dialog.fixes is not None
    dialog.reason.setText("Tarif harus punya dasar hukum")
    dialog.fixes.check(4, LAYANAN[0], "sebutkan Perda")
    dialog.fixes.check(MAKLUMAT, "")
    dialog.set_moment(STEPS[5][1] - timedelta(hours=1))
    ok(dialog)
    settle(qtbot)
    assert closed(dialog), dialog.status.text()  # saved: the dialog closed and was released
    returned = [e for e in cases.case_state(db, case_id).events if isinstance(e, StepReturned)][-1]
    assert [(f.section, f.layanan, f.catatan) for f in returned.perbaikan] == [
        (4, LAYANAN[0], "sebutkan Perda"),
        (MAKLUMAT, "", ""),
    ]
    assert not panel.editor.isReadOnly()
    assert (
        "Diminta diperbaiki: 4. Biaya/tarif (Penerbitan Surat Izin Praktik Bidan): sebutkan Perda (belum diubah)"
        in (panel.banner.text())
    )


def test_the_compare_view_marks_words_removed_and_added(page):
    widget, db, actors, case_id = page
    fill(db, actors["staf"], case_id)
    sp.save_sections(db, actors["staf"], case_id, LAYANAN[0], {3: "5 hari kerja"}, expected_version=1)
    widget.sp_panel.reload()
    dialog = widget.sp_panel.open_compare()
    assert isinstance(dialog, SpCompareDialog)
    assert dialog.changed_sections() == [3]
    shown = dialog.browser.toHtml()
    assert "3. Jangka waktu pelayanan" in shown and "Persyaratan" not in shown
    plain = dialog.browser.toPlainText()
    assert "35 hari kerja" in plain  # "3" struck through, "5" added, in the same line
    dialog.only_changed.setChecked(False)
    assert "1. Persyaratan" in dialog.browser.toPlainText()
    dialog.set_versions(0, 2)
    assert len(dialog.changed_sections()) == 15


def test_import_from_word_through_the_panel(page, qtbot, tmp_path, monkeypatch, messages):
    widget, _db, _actors, _case_id = page
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert widget.sp_panel.import_word(str(make_two_layanan(tmp_path / "dua.docx")))
    settle(qtbot)
    assert "Penerbitan Surat Izin Praktik Bidan: 14 dari 14 komponen" in messages[-1][1]
    assert widget.sp_panel.item().record.version == 1
    assert widget.sp_panel.section_status(1) is Completeness.LENGKAP


def test_the_sk_and_berita_acara_dialog_saves_and_refuses_a_bad_nip(page, qtbot):
    widget, db, _actors, case_id = page
    dialog = widget.sp_panel.open_document()
    assert isinstance(dialog, SpDocumentDialog)
    assert dialog.penetap["jabatan"].text() == "Kepala Dinas Kesehatan Kabupaten Tangerang"
    dialog.sk_nomor.setText("440/12/Dinkes/2025")
    dialog.penetap["nip"].setText("123")
    ok(dialog)
    settle(qtbot)
    assert dialog.isVisible() and dialog.errors.text("sk_penetap_nip") == "NIP harus 18 angka."
    dialog.penetap["nip"].setText("197503152000122003")
    dialog.add_participant(None)
    dialog.participants.item(0, 1).setText("Siti Aminah")
    ok(dialog)
    settle(qtbot)
    assert closed(dialog)
    document = sp.sp_case_view(db, case_id).document
    assert document.decree.nomor == "440/12/Dinkes/2025" and document.fkp.participants[0].nama == "Siti Aminah"
    assert document.fkp.participants[0].kelompok == "Pengguna layanan"


def test_the_sipp_view_copies_each_field_and_keeps_the_description(page, qtbot):
    widget, db, actors, case_id = page
    fill(db, actors["staf"], case_id)
    dialog = widget.sp_panel.open_sipp()
    assert isinstance(dialog, SippDialog) and dialog.tabs.count() == 2
    requirements = dialog.fields[LAYANAN[0]]["Persyaratan"]
    assert isinstance(requirements, QPlainTextEdit) and requirements.isReadOnly()
    dialog.copy_buttons[LAYANAN[0]]["Persyaratan"].click()
    assert QGuiApplication.clipboard().text() == "1. Surat permohonan\n2. Fotokopi KTP-el\n3. Fotokopi STR Bidan"
    description = dialog.fields[LAYANAN[0]]["Deskripsi Layanan"]
    assert not description.isReadOnly()
    description.setPlainText("Izin bagi bidan yang membuka praktik mandiri.")
    dialog.fields[LAYANAN[0]]["Lokasi"].setPlainText("Mal Pelayanan Publik, Tigaraksa")
    assert dialog.save(LAYANAN[0])
    settle(qtbot)
    fields = sp.sp_case_view(db, case_id).document.sipp_of(LAYANAN[0])
    assert (fields.deskripsi, fields.lokasi) == (
        "Izin bagi bidan yang membuka praktik mandiri.",
        "Mal Pelayanan Publik, Tigaraksa",
    )


def test_beranda_flags_an_sp_not_reviewed_for_twelve_months(qtbot, sqlite_db, ui_actors):
    db, actors = sqlite_db, ui_actors
    case_id = start(db, actors, layanan=(LAYANAN[0],))
    sp.save_sections(db, actors["staf"], case_id, LAYANAN[0], FULL, expected_version=0)
    walk(db, actors, case_id, 9)  # signed in March 2025: more than a year before today
    home = HomePage(db, actors["kabag"])
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.loaded, timeout=20_000):
        home.reload()
    text = home.sp_reviews.text()
    assert "Standar pelayanan belum ditinjau lebih dari 12 bulan (1)" in text
    months = (date.today().year - 2025) * 12 + date.today().month - 3 - (1 if date.today().day < 18 else 0)
    assert f"Dinas Kesehatan · {LAYANAN[0]}" in text and f"ditinjau {months} bulan lalu" in text
    with qtbot.waitSignal(home.caseRequested) as requested:
        home.sp_reviews.linkActivated.emit(f"case:{case_id}")
    assert requested.args == [case_id]
    record_id = sp.register(db)[0].record_id
    sp.record_review(db, actors["kasubag"], record_id, "Masih sesuai, tidak ada perubahan")
    with qtbot.waitSignal(home.loaded, timeout=20_000):
        home.reload()
    assert home.sp_reviews.isHidden()


def test_pimpinan_reads_but_cannot_edit(qtbot, sqlite_db, ui_actors):
    case_id = start(sqlite_db, ui_actors)
    widget = CasesPage(sqlite_db, ui_actors["pimpinan"])
    qtbot.addWidget(widget)
    widget.open_case(case_id)
    panel = widget.sp_panel
    assert panel.editor.isReadOnly() and not panel.import_button.isEnabled()
    assert "hanya dapat membaca" in panel.banner.text()
    assert panel.sections.item(0).flags() == Qt.ItemFlag.NoItemFlags  # part headings are not selectable
