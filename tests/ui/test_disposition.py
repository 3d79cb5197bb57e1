"""Disposisi on screen: the Kabag's form, the inboxes with alerts from any seat or process, the
chain down to the Staf, and the letter's status in the agenda following along."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel

from sopdesk.domain.agenda import LetterStatus, Urgensi
from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef, RecipientStatus, due_hint
from sopdesk.domain.errors import PermissionDenied
from sopdesk.services import disposition as disp
from sopdesk.services import read
from sopdesk.store.database import Database
from sopdesk.ui.disposition_chain import NODE_ROLE
from sopdesk.ui.disposition_form import DispositionDialog, disposition_saver
from sopdesk.ui.disposition_page import AwaitingModel, InboxModel, NoteDialog, SentModel, SentRow
from sopdesk.ui.main_window import MainWindow
from tests.office import KABAG, KASUBAG, Office, make_office
from tests.ui.conftest import closed, keep, settle

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def office(sqlite_db: Database) -> Office:
    return make_office(sqlite_db)


def open_window(qtbot, db: Database, actor, tmp_path: Path, page: int = 2) -> MainWindow:
    window = MainWindow(db, actor, tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.watching)  # on screen, it watches for other seats' writes
    window.nav.setCurrentRow(page)
    return window


def another_seat(sqlite_path: Path, request: pytest.FixtureRequest) -> Database:
    """A second program on the same file: its own engine and connections."""
    seat = Database.connect(str(sqlite_path))
    request.addfinalizer(seat.dispose)
    return seat


def visible(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def status_cell(window: MainWindow, letter_id: int) -> str:
    model = window.agenda.model
    return model.index(model.row_of(letter_id), 8).data()


def recipients(tree) -> list[tuple[str, str]]:
    """(recipient, status) lines of a chain tree, top to bottom."""
    return [(t.text(0), t.text(1)) for t in tree.items() if (t.data(0, NODE_ROLE) or ("",))[0] == "recipient"]


def to_kasubag(office: Office, letter: int = 0, **kw) -> DispositionInput:
    k = office.kasubag
    ref = RecipientRef(RecipientKind.OFFICIAL, k.id, k.nama, k.jabatan)
    return DispositionInput(office.letters[letter].id, (ref,), ("Proses lebih lanjut",), **kw)


# --- the whole story -------------------------------------------------------------------------


def test_kabag_to_kasubag_to_staf_to_done_and_the_agenda_follows(
    qtbot, office: Office, sqlite_path: Path, tmp_path: Path, request, messages
):
    letter = office.letters[0]
    kabag_win = open_window(qtbot, office.db, office.actors["kabag"], tmp_path)
    kasubag_win = open_window(qtbot, another_seat(sqlite_path, request), office.actors["kasubag"], tmp_path)
    staf_win = open_window(qtbot, another_seat(sqlite_path, request), office.actors["staf"], tmp_path)
    for window in (kasubag_win, staf_win):
        assert window.nav.item(2).text() == "Disposisi"
        assert window.disposisi.inbox_model.rowCount() == 0

    # The Kabag: Perlu Disposisi lists the three letters; she opens the first one's form.
    page = kabag_win.disposisi
    assert page.tabs.tabText(page.awaiting_tab) == "Perlu Disposisi (3)"
    page.tabs.setCurrentIndex(page.awaiting_tab)
    page.awaiting_view.selectRow(page.awaiting_model.records.index(letter))
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    form = visible(DispositionDialog)
    assert form.windowTitle() == f"Tulis Disposisi — {letter.number}"
    summary = " ".join(label.text() for label in form.findChildren(QLabel))
    for text in (letter.number, letter.nomor_surat, letter.asal, letter.perihal, "Biasa / Biasa"):
        assert text in summary
    assert KABAG[0] in form.signer.text() and f"NIP {KABAG[1]}" in form.signer.text()
    assert "Kepala Bagian Organisasi" in form.signer.text()
    assert not form.behalf_box.isVisibleTo(form)  # the Kabag writes in her own name only
    suggested = form.due.value()
    assert form.due_hint.text() == due_hint(date.today(), suggested)
    assert form.due_hint.text().startswith("5 hari kerja, ")  # Biasa: five working days
    form.tick_recipient(KASUBAG[0])
    form.tick_instruction("Proses lebih lanjut")
    form.tick_instruction("Koordinasi/konfirmasikan")
    qtbot.keyClicks(form.other, "Laporkan tiap Jumat")
    form.catatan.setPlainText("Koordinasikan dengan Dinas Kesehatan.")
    with qtbot.waitSignal(kasubag_win.disposition_alert, timeout=3000) as alert:
        qtbot.mouseClick(form.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        settle(qtbot)
        assert closed(form), form.status.text()
    assert page.tabs.tabText(page.awaiting_tab) == "Perlu Disposisi (2)"
    assert "disimpan untuk Budi Santoso" in kabag_win.statusBar().currentMessage()
    kabag_win.nav.setCurrentRow(1)
    kabag_win.agenda.select_letter(letter.id)
    assert status_cell(kabag_win, letter.id) == "didisposisi"
    assert [t.text(0) for t in kabag_win.agenda.chain.items()][:2] == [
        f"Kepala Bagian Organisasi ({KABAG[0]})",
        f"Kepala Subbagian, Bagian Organisasi ({KASUBAG[0]})",
    ]

    # The Kasubag's seat: the alert, the count in the navigation, a bold unread line.
    (item,) = alert.args[0]
    assert item.letter_number == letter.number
    assert "Disposisi baru" in kasubag_win.statusBar().currentMessage()
    assert letter.number in kasubag_win.statusBar().currentMessage()
    inbox = kasubag_win.disposisi
    qtbot.waitUntil(lambda: inbox.inbox_model.rowCount() == 1, timeout=3000)
    assert kasubag_win.nav.item(2).text() == "Disposisi (1)"
    assert inbox.tabs.tabText(inbox.inbox_tab) == "Disposisi Masuk (1 baru)"
    assert inbox.inbox_model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    asked = "Proses lebih lanjut; Koordinasi/konfirmasikan; Laporkan tiap Jumat; Koordinasikan dengan Dinas Kesehatan."
    assert inbox.inbox_model.index(0, 5).data() == asked

    # He opens it (Enter) and passes it on to a clerk with his own note.
    inbox.inbox_view.selectRow(0)
    inbox.inbox_view.doubleClicked.emit(inbox.inbox_view.currentIndex())
    qtbot.waitUntil(lambda: kasubag_win.nav.item(2).text() == "Disposisi", timeout=3000)
    assert not inbox.inbox_model.index(0, 0).data(Qt.ItemDataRole.FontRole)
    assert inbox.inbox_model.records[0].status is RecipientStatus.DIBACA
    qtbot.mouseClick(inbox.forward_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    forward = visible(DispositionDialog)
    assert "Koordinasikan dengan Dinas Kesehatan." in forward.findChild(QLabel, "parent_text").text()
    assert not forward.behalf_box.isVisibleTo(forward)  # passing on in his own name
    assert KASUBAG[0] in forward.signer.text()
    forward.tick_recipient("Pengguna staf")
    forward.tick_instruction("Siapkan bahan")
    with qtbot.waitSignal(staf_win.disposition_alert, timeout=3000):
        qtbot.mouseClick(forward.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        settle(qtbot)
        assert closed(forward), forward.status.text()
    assert inbox.inbox_model.records[0].status is RecipientStatus.DITINDAKLANJUTI
    qtbot.waitUntil(lambda: status_cell(kabag_win, letter.id) == "diproses SOP", timeout=3000)

    # The clerk finishes it; done travels up the chain and the letter is done in the agenda.
    clerk = staf_win.disposisi
    qtbot.waitUntil(lambda: clerk.inbox_model.rowCount() == 1, timeout=3000)
    assert staf_win.nav.item(2).text() == "Disposisi (1)"
    clerk.inbox_view.selectRow(0)
    tree = [t.text(0) for t in clerk.tree.items()]
    assert tree == [
        f"Kepala Bagian Organisasi ({KABAG[0]})",
        f"Kepala Subbagian, Bagian Organisasi ({KASUBAG[0]})",
        f"Kepala Subbagian, Bagian Organisasi ({KASUBAG[0]})",
        "Pengguna staf",
    ]
    qtbot.mouseClick(clerk.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    done = visible(NoteDialog)
    done.note.setPlainText("Bahan rapat sudah diserahkan.")
    qtbot.mouseClick(done.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert closed(done)
    assert clerk.inbox_model.rowCount() == 0  # finished items leave the open list
    clerk.show_done.setChecked(True)
    assert clerk.inbox_model.records[0].status is RecipientStatus.SELESAI
    qtbot.waitUntil(lambda: status_cell(kabag_win, letter.id) == "selesai", timeout=3000)
    assert recipients(kabag_win.agenda.chain) == [
        (f"Kepala Subbagian, Bagian Organisasi ({KASUBAG[0]})", "Selesai"),
        ("Pengguna staf", "Selesai"),
    ]
    assert read.letter(office.db, letter.id).status.value == "selesai"
    assert messages == []


# --- alerts from another process -------------------------------------------------------------

WRITER = """
import sys
from sopdesk.domain.agenda import Urgensi
from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Role
from sopdesk.services.disposition import write_disposition
from sopdesk.store.database import Database

db = Database.connect(sys.argv[1])
kabag = Actor(int(sys.argv[2]), "kabag", Role.KABAG, "Kabag")
to = RecipientRef(RecipientKind.OFFICIAL, int(sys.argv[4]), "Kasubag")
write_disposition(db, kabag, DispositionInput(int(sys.argv[3]), (to,), ("Untuk diketahui",)))
db.dispose()
"""


def test_a_disposition_written_by_another_process_shows_within_three_seconds(
    qtbot, office: Office, sqlite_path: Path, tmp_path: Path
):
    window = open_window(qtbot, office.db, office.actors["kasubag"], tmp_path)
    page = window.disposisi
    window.nav.setCurrentRow(1)  # the agenda on screen, showing the letter's status
    letter = office.letters[2]
    assert status_cell(window, letter.id) == "belum didisposisi"
    args = [str(office.actors["kabag"].user_id), str(letter.id), str(office.kasubag.id)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", WRITER, str(sqlite_path), *args], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    written = time.monotonic()
    with qtbot.waitSignal(window.disposition_alert, timeout=3000):
        pass
    qtbot.waitUntil(lambda: page.inbox_model.rowCount() == 1, timeout=3000)
    assert time.monotonic() - written < 3.0
    assert page.inbox_model.records[0].letter_number == letter.number
    assert window.nav.item(2).text() == "Disposisi (1)"
    assert "Disposisi baru" in window.statusBar().currentMessage()
    assert status_cell(window, letter.id) == "didisposisi"


@pytest.mark.pg
def test_a_disposition_from_another_seat_on_postgresql_shows_within_three_seconds(
    qtbot, pg_url: str, tmp_path: Path, request
):
    from sopdesk.services.setup import initialise

    db = Database.connect(pg_url)
    request.addfinalizer(db.dispose)
    initialise(db, tmp_path / "backups")
    office = make_office(db)
    window = open_window(qtbot, db, office.actors["kasubag"], tmp_path)
    seat = Database.connect(pg_url)  # the Kabag's computer
    request.addfinalizer(seat.dispose)
    disp.write_disposition(seat, office.actors["kabag"], to_kasubag(office, 1))
    written = time.monotonic()
    qtbot.waitUntil(lambda: window.disposisi.inbox_model.rowCount() == 1, timeout=3000)
    assert time.monotonic() - written < 3.0
    assert window.nav.item(2).text() == "Disposisi (1)"
    assert "Disposisi baru" in window.statusBar().currentMessage()
    window.close()  # the LISTEN connection closes before the database is dropped


# --- permissions: the service decides ---------------------------------------------------------


def test_a_clerk_without_the_transcribe_permission_cannot_save_in_the_kabags_name(
    qtbot, office: Office, tmp_path: Path
):
    staf = office.actors["staf"]
    window = open_window(qtbot, office.db, staf, tmp_path, page=1)
    window.agenda.select_letter(office.letters[0].id)
    assert not window.agenda.dispose_button.isEnabled()  # the widgets mirror the matrix...
    assert window.disposisi.awaiting_tab == -1

    # ...but whatever a widget allows, the service refuses.
    form = DispositionDialog(disposition_saver(office.db, staf), office.db, staf, office.letters[0], None, window)
    keep(qtbot, form)
    assert not form.behalf_box.isVisibleTo(form)
    form.transcribe.setChecked(True)
    form.official.setCurrentIndex(form.official.findData(office.kabag.id))
    assert KABAG[0] in form.signer.text()
    form.tick_recipient(KASUBAG[0])
    form.tick_instruction("Untuk diketahui")
    form.show()
    qtbot.mouseClick(form.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert form.isVisible()
    assert form.status.text() == "Peran Staf tidak berwenang mencatat disposisi atas nama pejabat."
    form.transcribe.setChecked(False)
    qtbot.mouseClick(form.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert form.status.text() == "Peran Staf tidak berwenang menulis disposisi."
    assert disp.latest_id(office.db) == 0
    assert read.letter(office.db, office.letters[0].id).status.value == "belum didisposisi"


def test_the_kasubag_types_in_a_handwritten_disposition_in_the_kabags_name(qtbot, office: Office, tmp_path: Path):
    kasubag = office.actors["kasubag"]
    window = open_window(qtbot, office.db, kasubag, tmp_path, page=1)
    window.agenda.select_letter(office.letters[1].id)
    qtbot.mouseClick(window.agenda.dispose_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    form = visible(DispositionDialog)
    # He may only type one in for an official: the mode is on and fixed, the Kabag first.
    assert form.behalf_box.isVisibleTo(form) and form.transcribe.isChecked() and not form.transcribe.isEnabled()
    assert form.official.currentData() == office.kabag.id
    assert KABAG[0] in form.signer.text() and "dicatat oleh" in form.signer.text()
    assert form.due_hint.text().startswith("2 hari kerja, ")  # the letter is Segera
    form.tick_recipient(KASUBAG[0])  # the Kabag's sheet names him; as a clerk he may receive it
    form.tick_instruction("Siapkan bahan")
    qtbot.mouseClick(form.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert closed(form), form.status.text()
    (node,) = disp.chain(office.db, office.letters[1].id)
    record = node.disposition
    assert record.transcribed and record.signer.nama == KABAG[0] and record.recorded_by == "kasubag"
    assert status_cell(window, office.letters[1].id) == "didisposisi"
    assert window.agenda.chain.items()[0].text(0).endswith("— dicatat oleh Budi Santoso, S.IP")


# --- the form's messages --------------------------------------------------------------------


def test_the_forms_rules_are_shown_next_to_their_fields(qtbot, office: Office, tmp_path: Path):
    kabag = office.actors["kabag"]
    form = DispositionDialog(disposition_saver(office.db, kabag), office.db, kabag, office.letters[0])
    keep(qtbot, form)
    form.show()
    yesterday = date.today() - timedelta(days=1)
    form.due.set_value(yesterday)
    assert form.due_hint.text().startswith("lewat ")
    qtbot.mouseClick(form.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert form.isVisible()
    assert form.errors.text("recipients") == "Pilih minimal satu penerima disposisi."
    assert form.errors.text("instructions") == "Centang minimal satu instruksi atau tulis catatan."
    assert form.errors.text("due_date") == "Batas waktu tidak boleh sebelum hari ini."
    # Each message sits in its own section, under its field.
    for name, section in (("recipients", "Diteruskan kepada"), ("instructions", "Dengan hormat harap")):
        label = form.findChild(QLabel, f"error_{name}")
        assert label.isVisible() and label.parent().parent().title() == section
    assert form.status.text() == ""

    form.catatan.setPlainText("Mohon dipelajari.")  # a note alone is enough
    form.tick_recipient("Subbagian Tata Laksana")
    form.due.set_value(date.today())
    qtbot.mouseClick(form.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert closed(form), form.status.text()
    assert form.result_value.recipients[0].nama == "Subbagian Tata Laksana"
    assert form.result_value.due_date == date.today()


# --- withdrawing, overdue, papers -------------------------------------------------------------


def test_the_writer_withdraws_an_unread_disposition_with_a_reason(qtbot, office: Office, tmp_path: Path):
    kabag = office.actors["kabag"]
    record = disp.write_disposition(office.db, kabag, to_kasubag(office))
    window = open_window(qtbot, office.db, kabag, tmp_path)
    page = window.disposisi
    page.tabs.setCurrentIndex(page.sent_tab)
    page.sent_view.selectRow(0)
    assert page.sent_model.index(0, 4).data() == "belum dibaca"
    assert page.withdraw_button.isEnabled()
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = visible(NoteDialog)
    dialog.note.setPlainText("kel")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.errors.text("reason") == "Tuliskan alasan penarikan (minimal 5 karakter)."
    dialog.note.setPlainText("Salah surat, seharusnya untuk surat berikutnya.")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert closed(dialog)
    assert page.sent_model.index(0, 4).data() == "ditarik"
    assert page.sent_model.index(0, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert page.tabs.tabText(page.awaiting_tab) == "Perlu Disposisi (3)"  # the letter waits again
    assert not page.withdraw_button.isEnabled()
    assert read.disposition(office.db, record.id).withdrawn

    # Once the Kasubag has read a disposition, it can no longer be withdrawn.
    second = disp.write_disposition(office.db, kabag, to_kasubag(office, 1))
    disp.mark_read(office.db, office.actors["kasubag"], second.id)
    page.reload()
    page.sent_view.selectRow(0)
    assert page.sent_model.records[0].disposition.id == second.id
    assert not page.withdraw_button.isEnabled()


def test_overdue_items_are_red_and_reading_takes_the_bold_away(qtbot, office: Office, tmp_path: Path):
    written = datetime.now() - timedelta(days=10)
    letter = make_office_letter_received(office, written - timedelta(hours=1))
    disp.transcribe_disposition(
        office.db,
        office.actors["kasubag"],
        office.kabag.id,
        DispositionInput(
            letter,
            (RecipientRef(RecipientKind.USER, office.actors["staf"].user_id, "Pengguna staf"),),
            ("Arsipkan",),
            due_date=written.date() + timedelta(days=1),
            written_at=written,
        ),
    )
    window = open_window(qtbot, office.db, office.actors["staf"], tmp_path)
    page = window.disposisi
    assert window.nav.item(2).text() == "Disposisi (1)"
    assert "1 lewat batas waktu" in window.nav.item(2).toolTip()
    index = page.inbox_model.index(0, 2)
    assert index.data().endswith("(lewat)")
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#b00020")
    page.inbox_view.selectRow(0)
    assert "Lewat batas waktu" in page.detail.text()
    qtbot.waitUntil(lambda: window.nav.item(2).text() == "Disposisi", timeout=4000)  # read after a moment
    assert not page.inbox_model.index(0, 0).data(Qt.ItemDataRole.FontRole)
    assert page.inbox_model.records[0].status is RecipientStatus.DIBACA


def make_office_letter_received(office: Office, received: datetime) -> int:
    from sopdesk.domain.agenda import LetterInput
    from sopdesk.services import agenda

    return agenda.register_letter(
        office.db,
        office.actors["staf"],
        LetterInput(received, "Inspektorat", "700/1/Insp", received.date(), "Permohonan data", kode="065"),
    ).letter.id


def pdf_text(path: Path) -> str:
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(raw.split())


def test_berkas_prints_the_selected_disposition_the_blank_sheet_and_the_routing_card(
    qtbot, office: Office, tmp_path: Path
):
    kabag = office.actors["kabag"]
    letter = office.letters[0]
    disp.write_disposition(office.db, kabag, to_kasubag(office, catatan="Segera koordinasikan."))
    window = open_window(qtbot, office.db, kabag, tmp_path)
    page = window.disposisi
    assert not window.print_action.isEnabled()  # nothing chosen yet
    page.tabs.setCurrentIndex(page.sent_tab)
    page.sent_view.selectRow(0)
    assert window.print_action.isEnabled() and window.blank_sheet_action.isEnabled()
    title, renderer = window.current_document()
    assert title == "Lembar Disposisi"
    filled = tmp_path / "lembar.pdf"
    with qtbot.waitSignal(window.export_to((title, renderer), filled).rendered, timeout=30000):
        pass
    text = pdf_text(filled)
    nip = f"{KABAG[1][:8]} {KABAG[1][8:14]} {KABAG[1][14]} {KABAG[1][15:]}"  # grouped as BKN writes it
    for expected in (letter.number, letter.nomor_surat, "Proses lebih lanjut", "Segera koordinasikan.", KABAG[0], nip):
        assert expected in text

    job = window.print_blank_sheet()  # rendered, then shown in the print preview
    assert job is not None and job.title == "Lembar Disposisi (kosong)"
    with qtbot.waitSignal(job.rendered, timeout=30000) as blank:
        pass
    text = pdf_text(blank.args[0])
    assert letter.number in text and letter.perihal in text and "Segera koordinasikan." not in text
    job = window.print_routing_card()
    assert job is not None and job.title == "Kartu Penerus Disposisi"
    with qtbot.waitSignal(job.rendered, timeout=30000) as card:
        pass
    assert letter.number in pdf_text(card.args[0])
    actions = [e.action for e in read.audit_events(office.db, limit=6) if e.action != "print.file"]
    assert actions == ["print.kartu-penerus", "print.disposisi-kosong", "print.disposisi"]

    # The agenda's letter offers the blank sheet too (its context menu mirrors the button).
    window.nav.setCurrentRow(1)
    window.agenda.select_letter(office.letters[1].id)
    assert "Cetak Lembar Disposisi (kosong)" in [a.text() for a in window.agenda.view.actions()]
    with qtbot.waitSignal(window.agenda.print_requested) as from_agenda:
        qtbot.mouseClick(window.agenda.blank_sheet_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
    assert from_agenda.args[0] == "Lembar Disposisi (kosong)"
    window.nav.setCurrentRow(2)


def test_the_disposition_models_pass_the_model_tester(qtmodeltester, office: Office):
    kabag = office.actors["kabag"]
    record = disp.write_disposition(office.db, kabag, to_kasubag(office))
    inbox = InboxModel()
    inbox.set_records(disp.inbox(office.db, office.actors["kasubag"]))
    qtmodeltester.check(inbox)
    sent = SentModel()
    sent.set_records([SentRow(record, office.letters[0])])
    qtmodeltester.check(sent)
    awaiting = AwaitingModel()
    awaiting.set_records(office.letters[1:])
    qtmodeltester.check(awaiting)


# --- settings and the home screen ----------------------------------------------------------


def test_an_administrator_edits_the_checklist_units_and_due_days(qtbot, office: Office, tmp_path: Path):
    window = open_window(qtbot, office.db, office.actors["admin"], tmp_path)
    page = window.disposisi
    assert page.settings_button.isVisible()
    dialog = page.edit_settings()
    assert dialog.instructions.toPlainText().splitlines()[0] == "Tanggapan dan saran"
    dialog.instructions.setPlainText("")
    dialog.units.setPlainText("Subbagian Tata Laksana\nsubbagian tata laksana")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.errors.text("items") == "Daftar instruksi minimal satu butir."
    dialog.instructions.setPlainText("Proses lebih lanjut\nBahas dalam rapat staf\n")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.errors.text("units") == "Ada nama unit yang sama."
    dialog.units.setPlainText("Subbagian Tata Laksana\nTim Reformasi Birokrasi")
    dialog.days[Urgensi.SEGERA].setValue(3)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert closed(dialog), dialog.status.text()

    kabag = office.actors["kabag"]
    form = DispositionDialog(disposition_saver(office.db, kabag), office.db, kabag, office.letters[1])  # Segera
    keep(qtbot, form)
    assert [b.text() for b in form.instruction_boxes] == ["Proses lebih lanjut", "Bahas dalam rapat staf"]
    form.tick_recipient("Tim Reformasi Birokrasi")
    assert form.due_hint.text().startswith("3 hari kerja, ")
    staf_window = open_window(qtbot, office.db, office.actors["staf"], tmp_path)
    assert not staf_window.disposisi.settings_button.isVisibleTo(staf_window)


def test_the_home_screen_tells_the_kabag_how_many_letters_wait(qtbot, office: Office, tmp_path: Path):
    window = open_window(qtbot, office.db, office.actors["kabag"], tmp_path, page=0)
    awaiting = window.home.tiles["awaiting"]
    qtbot.waitUntil(lambda: awaiting.value.text() == "3", timeout=5000)
    disp.write_disposition(office.db, office.actors["kabag"], to_kasubag(office))
    qtbot.waitUntil(lambda: awaiting.value.text() == "2", timeout=3000)
    staf = open_window(qtbot, office.db, office.actors["staf"], tmp_path, page=0)
    assert not staf.home.tiles["awaiting"].isVisibleTo(staf)


def test_a_clerk_records_a_units_progress_on_its_behalf_and_the_letter_finishes(
    qtbot, office: Office, tmp_path: Path, messages
):
    unit = disp.units(office.db)[0]
    letter = office.letters[0]
    record = disp.write_disposition(
        office.db,
        office.actors["kabag"],
        DispositionInput(letter.id, (RecipientRef(RecipientKind.UNIT, None, unit),), ("Untuk diketahui",), ""),
    )
    window = open_window(qtbot, office.db, office.actors["kasubag"], tmp_path)  # may type in dispositions
    page = window.disposisi
    (entry,) = record.recipients
    page.record_for_recipient("read", record.id, entry.id)
    settle(qtbot)
    dialog = page.record_for_recipient("done", record.id, entry.id)
    settle(qtbot)
    assert dialog is not None and unit in dialog.windowTitle()
    dialog.note.setPlainText("Sudah dibahas dalam rapat tim.")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert closed(dialog), dialog.status.text()
    (done,) = read.disposition(office.db, record.id).recipients
    assert done.status is RecipientStatus.SELESAI and done.note == "Sudah dibahas dalam rapat tim."
    assert read.letter(office.db, letter.id).status is LetterStatus.SELESAI
    assert status_cell(window, letter.id) == "selesai"

    # A staff member without the transcribe permission is refused by the service.
    staf_window = open_window(qtbot, office.db, office.actors["staf"], tmp_path)
    other = disp.write_disposition(
        office.db,
        office.actors["kabag"],
        DispositionInput(office.letters[1].id, (RecipientRef(RecipientKind.UNIT, None, unit),), ("Arsipkan",), ""),
    )
    with pytest.raises(PermissionDenied):
        disp.mark_done(office.db, office.actors["staf"], other.id, "", recipient_id=other.recipients[0].id)
    assert staf_window.disposisi.record_for_recipient("read", other.id, other.recipients[0].id) is None
    settle(qtbot)  # the refusal comes back from the worker
    assert messages and "bukan penerima" in messages[-1][1]
    assert read.disposition(office.db, other.id).recipients[0].status is RecipientStatus.BELUM_DIBACA
