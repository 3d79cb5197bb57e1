"""Berkas SP through the GUI: from an agenda letter to distribution, who may do what, and the
working-day calendar moving a case's due date."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, time, timedelta
from pathlib import Path
from time import monotonic, sleep

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from sopdesk.domain.agenda import LetterInput, LetterStatus
from sopdesk.domain.cases import CaseStatus, StartCase, describe_since
from sopdesk.domain.dates import tanggal_jam
from sopdesk.domain.workdays import OverrideKind
from sopdesk.services import agenda, cases, read
from sopdesk.services.calendar import work_calendar
from sopdesk.store.database import Database
from sopdesk.ui import operations
from sopdesk.ui.case_dialogs import CompleteStepDialog, StartCaseDialog
from sopdesk.ui.cases_page import CaseListModel, CasesPage
from sopdesk.ui.main_window import MainWindow
from sopdesk.ui.swimlane import FILL, StepState
from tests.ui.conftest import closed, keep, settle

BERKAS_SP = 3  # the navigation row


def received_days_ago(days: int) -> datetime:
    """A weekday ``days`` calendar days back (or earlier), at 09:00."""
    moment = datetime.combine(date.today() - timedelta(days=days), time(9, 0))
    while moment.weekday() >= 5:
        moment -= timedelta(days=1)
    return moment


def register(db: Database, actor, received: datetime, nomor: str = "440/17/Dinkes"):
    return agenda.register_letter(
        db,
        actor,
        LetterInput(received, "Dinas Kesehatan", nomor, received.date(), "Penyampaian rancangan SP", kode="065"),
    ).letter


def open_window(qtbot, db: Database, actor, tmp_path: Path) -> MainWindow:
    window = MainWindow(db, actor, tmp_path / "backups")
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def ok(dialog) -> None:
    QApplication.processEvents()
    dialog.findChild(QPushButton, "ok").click()
    deadline = monotonic() + 20
    while operations.running() and monotonic() < deadline:  # the save runs on a worker
        QApplication.processEvents()
        sleep(0.005)
    QApplication.processEvents()


def lane_name(page: CasesPage, step_no: int) -> str:
    return page.case_sop.lane(page.case_sop.step(step_no).lead_lane).nama


def check_screen(page: CasesPage, db: Database, case_id: int, step_no: int) -> None:
    """The swimlane glows in the lane that must act, and the header says so."""
    state = cases.case_state(db, case_id)
    assert state.current_step == step_no
    lead = page.case_sop.step(step_no).lead_lane
    assert page.swimlane.active_lanes() == [lead]
    assert page.swimlane.step_fill(step_no) in (FILL[StepState.CURRENT], FILL[StepState.LATE])
    assert page.case_where.text().startswith(f"Sekarang di: {lane_name(page, step_no)}, sejak ")
    assert page.case_where.text() == describe_since(state, page.case_sop)
    assert f"Tenggat langkah {step_no}: " in page.case_due.text()
    assert page.selected_step == step_no
    assert "complete" in page.panel.visible_actions()


def complete_through_dialog(qtbot, page: CasesPage) -> CompleteStepDialog:
    qtbot.mouseClick(page.panel.buttons["complete"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = page.dialog
    assert isinstance(dialog, CompleteStepDialog) and dialog.isVisible()
    dialog.tick_all()
    ok(dialog)
    settle(qtbot)
    assert closed(dialog), dialog.status.text()
    return dialog


def state_number(db: Database, case_id: int) -> str:
    return cases.case_state(db, case_id).info.number


def test_a_case_goes_from_letter_to_distribution_through_the_gui(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
) -> None:
    kasubag = ui_actors["kasubag"]
    received = received_days_ago(12)
    letter = register(sqlite_db, kasubag, received)
    window = open_window(qtbot, sqlite_db, kasubag, tmp_path)

    # Mulai Berkas SP from the agenda's selected letter (button and context menu).
    window.nav.setCurrentRow(1)
    page_agenda = window.agenda
    page_agenda.select_letter(letter.id)
    assert page_agenda.start_case_button.isEnabled()
    assert "Mulai Berkas SP…" in [a.text() for a in page_agenda.view.actions() if a.isEnabled()]
    qtbot.mouseClick(page_agenda.start_case_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    start = next(w for w in QApplication.topLevelWidgets() if isinstance(w, StartCaseDialog) and w.isVisible())
    ok(start)
    settle(qtbot)
    assert start.errors.text("jenis_layanan") == "Sebutkan minimal satu jenis layanan."
    start.layanan.setPlainText("Izin praktik bidan\nIzin apotek\n")
    ok(start)
    settle(qtbot)
    assert closed(start)
    number = f"SP-{received.year}-001"
    assert page_agenda.count.text() == f"Berkas {number} dimulai dari surat ini."
    assert number in page_agenda.detail.text()
    assert read.letter(sqlite_db, letter.id).status is LetterStatus.DIPROSES
    assert not page_agenda.start_case_button.isEnabled()  # one open case per letter
    (item,) = cases.cases_for_letter(sqlite_db, letter.id)
    case_id = item.id

    # The letter's link opens the case on the Berkas SP page.
    page_agenda.detail.linkActivated.emit(f"case:{case_id}")
    page = window.cases_page
    assert window.stack.currentWidget() is page and window.nav.currentRow() == BERKAS_SP
    assert not page.overview_button.isChecked()
    assert page.case_title.text() == f"{number} · Dinas Kesehatan · Izin praktik bidan, Izin apotek"
    check_screen(page, sqlite_db, case_id, 3)
    assert page.swimlane.marks.steps[1].state in (StepState.DONE, StepState.DONE_LATE)

    # Step 3, back-dated: too early is refused next to the field, then an hour after receipt.
    qtbot.mouseClick(page.panel.buttons["complete"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = page.dialog
    assert isinstance(dialog, CompleteStepDialog)
    assert dialog.official.currentText().startswith("Kepala Bagian Organisasi")  # on the Kabag's behalf
    dialog.set_moment(received - timedelta(days=1))
    ok(dialog)
    settle(qtbot)
    assert dialog.isVisible() and "terlalu awal" in dialog.errors.text("at")
    dialog.set_moment(received + timedelta(hours=1))
    dialog.note.setText("Disposisi lisan, dicatat dari lembar kertas")
    dialog.tick_all()
    ok(dialog)
    settle(qtbot)
    assert closed(dialog)
    check_screen(page, sqlite_db, case_id, 4)

    # Steps 4 and 5, then step 5 sends the draft back to step 4.
    complete_through_dialog(qtbot, page)
    check_screen(page, sqlite_db, case_id, 5)
    assert page.panel.buttons["return"].text() == "Kembalikan ke langkah 4…"
    qtbot.mouseClick(page.panel.buttons["return"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    back = page.dialog
    back.reason.setText("Maklumat belum memuat sanksi")
    ok(back)
    settle(qtbot)
    assert closed(back), back.status.text()
    check_screen(page, sqlite_db, case_id, 4)
    assert page.swimlane.marks.steps[4].passes == 2
    assert page.swimlane.marks.steps[5].caption == "diulang"
    assert "dikembalikan 1×" in page.case_due.text()
    assert "Putaran 2" in page.panel.record.text()
    assert "dikembalikan 1×" in page.model.data(page.model.index(page.view.currentIndex().row(), 6))

    # Then on to step 11, the lane glowing at every step.
    for step_no in range(4, 11):
        complete_through_dialog(qtbot, page)
        check_screen(page, sqlite_db, case_id, step_no + 1)
    timeline_rows = {row.step_no: row for row in page.timeline.data.rows}
    assert [bar.pass_no for bar in timeline_rows[4].actual] == [1, 2]

    # Step 11 completes after a distribution is recorded.
    assert not page.panel.buttons["complete"].isEnabled()
    qtbot.mouseClick(page.panel.buttons["distribute"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    give = page.dialog
    give.to.setText("Dinas Kesehatan")
    ok(give)
    settle(qtbot)
    assert give.errors.text("received_by") == "Sebutkan nama penerima."
    give.received_by.setText("Siti Aminah")
    ok(give)
    settle(qtbot)
    assert closed(give)
    assert "Siti Aminah" in page.panel.record.text()
    assert page.panel.buttons["complete"].isEnabled()

    # Its tanda terima: the distribution, what was handed over (from the SOP), on paper.
    assert "receipt" in page.panel.visible_actions()
    qtbot.mouseClick(page.panel.buttons["receipt"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    receipt = page.dialog
    assert "Dinas Kesehatan" in receipt.which.currentText() and receipt.items.toPlainText()
    with qtbot.waitSignal(page.print_requested) as printed:
        ok(receipt)
        settle(qtbot)
    title, renderer = printed.args
    pdf = tmp_path / "tanda-terima.pdf"
    renderer(sqlite_db, ui_actors["staf"], pdf, lambda done, total: True)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "TANDA TERIMA" in text and "Siti Aminah" in text and state_number(sqlite_db, case_id) in title
    complete_through_dialog(qtbot, page)

    state = cases.case_state(sqlite_db, case_id)
    assert state.status is CaseStatus.SELESAI
    assert page.swimlane.active_lanes() == []
    assert page.case_where.text().startswith("Selesai pada ")
    assert all(page.swimlane.marks.steps[s.no].state in (StepState.DONE, StepState.DONE_LATE) for s in state.steps)
    assert page.panel.visible_actions() in ([], ["receipt"])  # a finished case can still print its receipts
    assert read.letter(sqlite_db, letter.id).status is LetterStatus.SELESAI

    # A click on a done step shows its record: who acted, who recorded, the ticked checklist.
    page.swimlane.zoom_reset()
    page.swimlane.centerOn(page.swimlane._lead[3].path().boundingRect().center())
    qtbot.mouseClick(page.swimlane.viewport(), Qt.MouseButton.LeftButton, pos=page.swimlane.step_centre(3).toPoint())
    settle(qtbot)
    record = page.panel.record.text()
    assert page.selected_step == 3 and "Langkah 3" in record
    assert "Kepala Bagian Organisasi" in record and "Pengguna kasubag (kasubag)" in record
    assert "☑ Disposisi" in record and "Disposisi lisan" in record
    assert tanggal_jam(received + timedelta(hours=1)) in record


def test_pimpinan_sees_no_actions_and_the_service_refuses_a_forbidden_step(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path, messages
) -> None:
    staf, pimpinan = ui_actors["staf"], ui_actors["pimpinan"]
    letter = register(sqlite_db, staf, received_days_ago(3))
    case_id = cases.start_case(sqlite_db, staf, StartCase(letter.id, ("Izin apotek",))).case_id

    window = open_window(qtbot, sqlite_db, pimpinan, tmp_path)
    window.nav.setCurrentRow(BERKAS_SP)
    page = window.cases_page
    assert not page.start_button.isEnabled()
    page.open_case(case_id)
    assert page.swimlane.active_lanes() == ["kabag"]
    assert page.panel.visible_actions() == []
    assert page.panel.hint.text() == "Peran Anda hanya dapat melihat berkas."
    page.step_clicked(4)
    assert page.panel.visible_actions() == [] and "Langkah 4" in page.panel.record.text()

    # Staf may stop the clock, but step 3 is the Kabag's: no button for it.
    window2 = open_window(qtbot, sqlite_db, staf, tmp_path)
    window2.open_case(case_id)
    staf_page = window2.cases_page
    assert staf_page.panel.visible_actions() == ["suspend"]
    assert "Kabag. Organisasi" in staf_page.panel.hint.text()

    # And the service refuses it, said plainly in the dialog, with nothing written.
    events = len(read.case_events(sqlite_db, case_id))
    sop = staf_page.case_sop
    dialog = CompleteStepDialog(
        lambda cmd: cases.complete_step(sqlite_db, staf, case_id, cmd), sop, 3, staf, read.officials(sqlite_db)
    )
    keep(qtbot, dialog)
    dialog.show()
    ok(dialog)
    settle(qtbot)
    assert dialog.isVisible()
    assert dialog.status.text() == "Peran Staf tidak berwenang mencatat langkah 3: pelaksananya Kabag. Organisasi."
    assert len(read.case_events(sqlite_db, case_id)) == events
    assert messages == []


def test_suspending_stops_the_clock_and_the_overview_filters_by_step(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
) -> None:
    kasubag = ui_actors["kasubag"]
    ids = []
    for i, days in enumerate((20, 15, 4)):
        letter = register(sqlite_db, kasubag, received_days_ago(days), nomor=f"440/{i}/Dinkes")
        ids.append(cases.start_case(sqlite_db, kasubag, StartCase(letter.id, (f"Layanan {i}",))).case_id)
    window = open_window(qtbot, sqlite_db, kasubag, tmp_path)
    window.nav.setCurrentRow(BERKAS_SP)
    page = window.cases_page
    assert page.overview_button.isChecked()  # the page opens on the Ikhtisar
    assert page.swimlane.marks.steps[3].count == 3
    assert page.swimlane.lane_header_text("kabag") == "Kabag. Organisasi (3)"
    assert page.current_case_id() is None

    # Clicking step 3 in the Ikhtisar lists the cases waiting there; a click on one opens it.
    page.open_case(ids[0])
    qtbot.mouseClick(page.panel.buttons["complete"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    ok(page.dialog)
    settle(qtbot)
    page.overview_button.setChecked(True)
    assert page.swimlane.marks.steps[3].count == 2 and page.swimlane.marks.steps[4].count == 1
    page.swimlane.stepClicked.emit(3)
    assert page.step_chip.isVisible() and page.step_chip.text().startswith("Langkah 3")
    assert page.model.rowCount() == 2 and page.count.text().startswith("2 berkas menunggu di langkah 3")
    assert "Menunggu:" in page.panel.record.text() and f"case:{ids[2]}" in page.panel.record.text()
    page.view.selectRow(page.model.row_of(ids[1]))
    assert not page.overview_button.isChecked() and page.case_id == ids[1]
    assert page.case_title.text().endswith("Layanan 1")
    page.overview_button.setChecked(True)  # back to the Ikhtisar, still at step 3: the panel links the cases
    assert page.step_chip.isVisible() and f"case:{ids[2]}" in page.panel.record.text()
    page.panel.record.linkActivated.emit(f"case:{ids[2]}")
    assert not page.overview_button.isChecked() and page.case_id == ids[2]

    # Tangguhkan: the header says so, the clock stands still, Lanjutkan comes back.
    qtbot.mouseClick(page.panel.buttons["suspend"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    pause = page.dialog
    pause.reason.setText("Menunggu perbaikan dari OPD")
    ok(pause)
    settle(qtbot)
    assert closed(pause)
    assert page.case_where.text().endswith("(ditangguhkan)")
    assert "ditangguhkan sejak" in page.case_due.text()
    assert page.panel.visible_actions() == ["resume", "extend", "cancel"]
    page.set_status_filter("ditangguhkan")
    assert [page.model.record(r).item.id for r in range(page.model.rowCount())] == [ids[2]]

    # Perpanjang moves the due date; the refusal of a bad value sits next to its field.
    page.set_status_filter("semua")
    assert not page.step_chip.isVisible()  # closed cases asked for: the step filter ends
    before = cases.case_state(sqlite_db, ids[2]).due_at
    qtbot.mouseClick(page.panel.buttons["extend"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    more = page.dialog
    more.days.setValue(2)
    more.reason.setText("ok")
    ok(more)
    settle(qtbot)
    assert more.errors.text("reason") == "Tuliskan alasan perpanjangan (minimal 5 karakter)."
    more.reason.setText("Rapat pembahasan diundur oleh Sekda")
    ok(more)
    settle(qtbot)
    assert closed(more)
    assert cases.case_state(sqlite_db, ids[2]).due_at > before
    assert "diperpanjang 2 hari kerja" in page.case_due.text()

    # Batalkan: kept with its reason, no action left, the letter may start a case again.
    qtbot.mouseClick(page.panel.buttons["cancel"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    stop = page.dialog
    stop.reason.setText("OPD menarik rancangannya")
    ok(stop)
    settle(qtbot)
    assert closed(stop)
    assert page.case_where.text().startswith("Dibatalkan pada ") and page.case_where.text().endswith("(di langkah 3)")
    assert page.panel.visible_actions() == [] and "OPD menarik rancangannya" in page.panel.record.text()
    assert page.model.data(page.model.index(page.model.row_of(ids[2]), 6)) == "Dibatalkan"


def test_a_holiday_added_in_hari_kerja_moves_a_case_due_date(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
) -> None:
    admin = ui_actors["admin"]
    letter = register(sqlite_db, admin, received_days_ago(2))
    case_id = cases.start_case(sqlite_db, admin, StartCase(letter.id, ("Izin apotek",))).case_id
    before = read.case_item(sqlite_db, case_id).due_at
    cal = work_calendar(sqlite_db)
    day = date.today() + timedelta(days=1)
    while not cal.is_working_day(day):
        day += timedelta(days=1)

    window = open_window(qtbot, sqlite_db, admin, tmp_path)
    window.open_case(case_id)
    assert tanggal_jam(before) in window.cases_page.case_due.text()
    window.nav.setCurrentRow(5)
    tab = window.settings_page.calendar
    window.settings_page.tabs.setCurrentWidget(tab)
    assert window.settings_page.tabs.tabText(window.settings_page.tabs.currentIndex()) == "Hari Kerja"
    assert tab.model.rowCount() > 10  # the package's national holidays and cuti bersama
    assert tab.day_hours.text() == "7,5 jam (37,5 jam seminggu)"

    dialog = tab.add_override(OverrideKind.LIBUR)
    dialog.day.set_value(day)
    ok(dialog)
    settle(qtbot)
    assert dialog.errors.text("keterangan").startswith("Tuliskan keterangannya")
    dialog.keterangan.setText("Cuti bersama tambahan (SE Bupati)")
    ok(dialog)
    settle(qtbot)
    assert closed(dialog)
    if day.year != tab.selected_year():
        tab.year.setCurrentIndex(tab.year.findData(day.year))
    added = [r for r in tab.model.records if r.tanggal == day]
    assert [(r.nama, r.source) for r in added] == [("Cuti bersama tambahan (SE Bupati)", "tambahan")]
    after = read.case_item(sqlite_db, case_id).due_at
    assert after > before
    assert work_calendar(sqlite_db).between(before, after) == 1.0  # one working day fewer before it
    assert "tenggat 1 berkas" in tab.days_status.text()
    assert tanggal_jam(after) in window.cases_page.case_due.text()  # the page heard the broadcast

    # Hapus perubahan: the date follows the national calendar again, and so does the due date.
    tab.view.selectRow(next(i for i, r in enumerate(tab.model.records) if r.tanggal == day))
    assert tab.remove_button.isEnabled()
    tab.remove_button.click()
    settle(qtbot)
    assert read.case_item(sqlite_db, case_id).due_at == before

    # Office hours: a closing time before opening is refused next to its field.
    tab.closes.setTime(tab.opens.time().addSecs(-3600))
    tab.save_hours()
    settle(qtbot)
    assert tab.hour_errors.text("closes") == "Jam tutup harus sesudah jam buka."


def test_the_case_list_model_passes_the_model_tester(qtmodeltester, sqlite_db: Database, ui_actors) -> None:
    staf = ui_actors["staf"]
    for i in range(3):
        letter = register(sqlite_db, staf, received_days_ago(3 + i), nomor=f"1/{i}")
        cases.start_case(sqlite_db, staf, StartCase(letter.id, ("Izin",)))
    page = CasesPage(sqlite_db, staf)
    model = page.model
    assert isinstance(model, CaseListModel)
    page.set_status_filter("semua")
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    wanted = model.record(1).item
    page.search.setText(f"IZIN {wanted.letter_number.lower()}")  # any words, any case
    page.apply_filters()
    assert [model.record(r).item.id for r in range(model.rowCount())] == [wanted.id]
    assert page.count.text().startswith("1 berkas")
    page.search.clear()
    page.apply_filters()
    model.sort(4, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    page.deleteLater()


def test_berkas_print_menu_exports_the_selected_case_dossier(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
) -> None:
    from tests.ui.test_documents import pdf_text

    staf = ui_actors["staf"]
    letter = register(sqlite_db, staf, received_days_ago(6))
    case_id = cases.start_case(sqlite_db, staf, StartCase(letter.id, ("Izin praktik bidan",))).case_id
    window = open_window(qtbot, sqlite_db, staf, tmp_path)
    window.nav.setCurrentRow(BERKAS_SP)
    assert window.cases_page.overview_button.isChecked()
    assert not window.print_action.isEnabled()  # the Ikhtisar has no paper of its own
    window.open_case(case_id)
    assert window.print_action.isEnabled() and window.export_action.isEnabled()
    title, _renderer = window.current_document()
    number = f"SP-{letter.received_at.year}-001"
    assert title == f"Berkas {number}"
    target = tmp_path / "berkas.pdf"
    job = window.export_to(window.current_document(), target)
    settle(qtbot)
    with qtbot.waitSignal(job.rendered, timeout=30000):
        pass
    text = pdf_text(target)
    assert "BERKAS PENYUSUNAN STANDAR PELAYANAN" in text and number in text and "Izin praktik bidan" in text
    event = next(e for e in read.audit_events(sqlite_db, limit=5) if e.action == "print.case")
    assert (event.action, event.entity, event.entity_id) == ("print.case", "sop_case", str(case_id))


def test_zoom_buttons_act_on_the_tab_on_screen(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path) -> None:
    staf = ui_actors["staf"]
    letter = register(sqlite_db, staf, received_days_ago(8))
    case_id = cases.start_case(sqlite_db, staf, StartCase(letter.id, ("Izin",))).case_id
    window = open_window(qtbot, sqlite_db, staf, tmp_path)
    window.open_case(case_id)
    page = window.cases_page
    lanes_scale = page.swimlane.transform().m11()
    assert 0.6 <= lanes_scale <= 1.0  # No, Uraian and the lanes across the window
    qtbot.mouseClick(page.zoom_buttons["in"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.swimlane.transform().m11() > lanes_scale
    qtbot.mouseClick(page.zoom_buttons["reset"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.swimlane.transform().m11() == 1.0
    qtbot.mouseClick(page.zoom_buttons["fit"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.swimlane.transform().m11() < lanes_scale  # the whole SOP, mutu baku too
    page.tabs.setCurrentIndex(1)
    viewport = page.timeline_scroll.viewport().width()
    assert abs(page.timeline.width() - viewport) < 40  # the timeline fits the window's width
    before = page.timeline.day_w
    qtbot.mouseClick(page.zoom_buttons["in"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.timeline.day_w == before * 1.25 and page.timeline.width() > viewport
    assert page.swimlane.transform().m11() < lanes_scale  # the swimlane was left alone
    qtbot.mouseClick(page.zoom_buttons["fit"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.timeline.day_w == before
