"""The clerk's agenda window: keyboard-only registration, search as she types, voids."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from sopdesk.domain.agenda import LetterInput
from sopdesk.domain.audit_words import local_time, moment_words
from sopdesk.services import agenda, read
from sopdesk.store.database import Database
from sopdesk.ui.agenda import AgendaModel, LetterDialog, ReasonDialog
from sopdesk.ui.main_window import MainWindow
from tests.ui.conftest import closed, settle


def open_agenda(qtbot, db: Database, actor, tmp_path: Path):
    window = MainWindow(db, actor, tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # shortcuts need an active window
    window.nav.setCurrentRow(1)
    window.agenda.view.setFocus()
    return window, window.agenda


def visible(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def add(db: Database, actor, day: int, perihal: str, asal: str = "Dinas Kesehatan", nomor: str | None = None):
    return agenda.register_letter(
        db,
        actor,
        LetterInput(
            datetime(2026, 11, day, 9, 0), asal, nomor or f"440/{day}", date(2026, 11, day), perihal, kode="065"
        ),
    ).letter


def test_a_letter_is_registered_with_the_keyboard_alone(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    window, page = open_agenda(qtbot, sqlite_db, ui_actors["staf"], tmp_path)
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = visible(LetterDialog)
    assert dialog.sifat.currentText() == "Biasa" and dialog.urgensi.currentText() == "Biasa"
    assert dialog.dated.text() == date.today().strftime("%d-%m-%Y")
    qtbot.keyClicks(dialog.asal, "Dinas Kesehatan")
    qtbot.keyClick(dialog.asal, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.nomor, "440/123/Dinkes/2026")
    qtbot.keyClicks(dialog.perihal, "Penyampaian rancangan maklumat pelayanan")
    qtbot.keyClick(dialog.perihal, Qt.Key.Key_Return)  # Enter saves... once every rule holds
    settle(qtbot)
    assert dialog.isVisible()
    assert dialog.errors.text("kode") == "Kode klasifikasi wajib: nomor agenda memuatnya."
    dialog.kode.setCurrentIndex(dialog.kode.findData("065"))
    qtbot.keyClick(dialog.perihal, Qt.Key.Key_Return)
    settle(qtbot)
    assert closed(dialog)
    year = datetime.now().year
    assert page.count.text() == f"Tercatat dengan nomor agenda 065/001-Org/{year}."
    assert page.model.rowCount() == 1
    assert page.view.currentIndex().row() == 0
    assert f"065/001-Org/{year}" in page.detail.text()
    # The history in the office's words and this computer's time, not "letter.register oleh staf … UTC".
    registered = read.audit_events(sqlite_db, entity="letter", limit=5)[-1]
    assert registered.action == "letter.register"
    when = moment_words(local_time(registered.at))
    assert f"Dicatat oleh Pengguna staf, {when}" in page.detail.text()
    assert "letter.register" not in page.detail.text() and "UTC" not in page.detail.text()
    # ...and the tanda terima for the courier comes up, ready to print.
    qtbot.waitUntil(lambda: window.findChild(QDialog, "print_preview") is not None, timeout=30000)
    event = next(e for e in read.audit_events(sqlite_db, limit=5) if e.action.startswith("print.t"))
    assert (event.action, event.entity) == ("print.tanda-terima", "letter")


def test_search_narrows_as_she_types_and_filters_combine(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    staf = ui_actors["staf"]
    add(sqlite_db, staf, 20, "Penyampaian rancangan maklumat pelayanan")
    add(sqlite_db, staf, 21, "Undangan rapat koordinasi", asal="Kecamatan Cikupa")
    add(sqlite_db, staf, 22, "Laporan maklumat tahunan", asal="Bappeda")
    _window, page = open_agenda(qtbot, sqlite_db, staf, tmp_path)
    assert page.model.rowCount() == 3
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "makl")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)
    assert page.count.text() == "2 surat"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=3000)
    page.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # Asal Surat, in SQL
    assert [page.model.record(r).asal for r in range(3)] == ["Bappeda", "Dinas Kesehatan", "Kecamatan Cikupa"]
    page.month.setCurrentIndex(page.month.findData(10))  # Oktober: nothing
    assert page.model.rowCount() == 0


def test_a_mistaken_entry_is_voided_with_a_reason_and_struck_through(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
):
    staf = ui_actors["staf"]
    record = add(sqlite_db, staf, 20, "Surat tercatat dua kali")
    _window, page = open_agenda(qtbot, sqlite_db, staf, tmp_path)
    page.view.selectRow(0)
    assert page.correct_button.isEnabled() and not page.void_button.isEnabled()  # a Staf corrects, never voids
    _window.close()
    _window, page = open_agenda(qtbot, sqlite_db, ui_actors["kasubag"], tmp_path)
    page.view.selectRow(0)
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = visible(ReasonDialog)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.errors.text("reason") == "Tuliskan alasan pembatalan (minimal 5 karakter)."
    qtbot.keyClicks(dialog.reason, "Tercatat dua kali")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    settle(qtbot)
    assert closed(dialog)
    index = page.model.index(0, 5)
    assert page.model.data(index, Qt.ItemDataRole.FontRole).strikeOut()
    assert page.model.data(index, Qt.ItemDataRole.ToolTipRole) == "Dibatalkan: Tercatat dua kali"
    assert page.model.data(page.model.index(0, 0)) == record.number  # the number is kept
    assert "DIBATALKAN" in page.detail.text()
    assert not page.void_button.isEnabled()


def test_a_repeated_nomor_surat_is_flagged_with_a_link(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    staf = ui_actors["staf"]
    first = add(sqlite_db, staf, 20, "Rancangan SP", nomor="440/9")
    _window, page = open_agenda(qtbot, sqlite_db, staf, tmp_path)
    dialog = page.register()
    qtbot.keyClicks(dialog.asal, "Dinas Kesehatan")
    qtbot.keyClicks(dialog.nomor, "440/9")
    dialog.nomor.editingFinished.emit()
    assert dialog.duplicate.isVisibleTo(dialog)
    assert f'<a href="{first.id}">{first.number}</a>' in dialog.duplicate.text()
    dialog.reject()


def test_read_only_users_see_the_agenda_but_cannot_register(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    add(sqlite_db, ui_actors["staf"], 20, "Surat")
    _window, page = open_agenda(qtbot, sqlite_db, ui_actors["pimpinan"], tmp_path)
    assert page.model.rowCount() == 1
    assert not page.new_button.isEnabled()
    assert page.register() is None


def test_the_agenda_model_passes_the_model_tester(qtmodeltester, sqlite_db: Database, ui_actors):
    staf = ui_actors["staf"]
    for day in range(1, 25):
        add(sqlite_db, staf, day, f"Surat ke-{day}")
    model = AgendaModel(sqlite_db)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 24 and read.agenda_ids(sqlite_db, model.query)[0] == model.ids[0]


def test_the_agenda_book_of_the_month_on_screen_prints_from_the_menu(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
):
    import subprocess

    staf = ui_actors["staf"]
    add(sqlite_db, staf, 20, "Penyampaian rancangan maklumat pelayanan")
    add(sqlite_db, staf, 21, "Undangan rapat koordinasi", asal="Kecamatan Cikupa")
    window, page = open_agenda(qtbot, sqlite_db, staf, tmp_path)
    page.year.setCurrentIndex(page.year.findData(2026))
    page.month.setCurrentIndex(page.month.findData(11))
    assert window.print_action.isEnabled()
    assert page.book_period() == (date(2026, 11, 1), date(2026, 11, 30))
    target = tmp_path / "agenda.pdf"
    job = window.export_to(window.current_document(), target)
    settle(qtbot)
    with qtbot.waitSignal(job.rendered, timeout=30000):
        pass
    text = subprocess.run(["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Periode 1 November 2026 s.d. 30 November 2026" in " ".join(text.split())
    assert "Undangan rapat koordinasi" in text
    page.view.selectRow(0)
    assert page.receipt_button.isEnabled() and page.card_button.isEnabled()


def test_scans_are_attached_listed_and_opened_after_their_hash_is_checked(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices

    staf = ui_actors["staf"]
    add(sqlite_db, staf, 20, "Surat dengan pindaian")
    _window, page = open_agenda(qtbot, sqlite_db, staf, tmp_path)
    page.view.selectRow(0)
    assert page.attach_button.isEnabled()
    scan = tmp_path / "pindaian surat.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + b"isi pindaian\n" * 50 + b"%%EOF\n")
    page.attach_path(page.selected().id, scan)
    settle(qtbot)
    assert page.attachment_list.count() == 1
    assert page.attachment_list.item(0).text().startswith("pindaian surat.pdf")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    page._open_attachment_item(page.attachment_list.item(0))
    assert Path(opened[0]).read_bytes() == scan.read_bytes()
    assert "Berkas dilampirkan oleh Pengguna staf, " in page.detail.text()
    # The same actions are on the table's context menu, enabled with the buttons.
    actions = {a.text(): a.isEnabled() for a in page.view.actions()}
    assert actions["Tanda Terima"] and actions["Lampirkan Berkas…"]


def test_columns_chosen_by_the_clerk_are_remembered(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    _window, page = open_agenda(qtbot, sqlite_db, ui_actors["staf"], tmp_path)
    page.show_column(7, False)  # Urgensi
    page.view.horizontalHeader().moveSection(5, 1)  # Perihal next to the number
    _window2, again = open_agenda(qtbot, sqlite_db, ui_actors["staf"], tmp_path)
    header = again.view.horizontalHeader()
    assert header.isSectionHidden(7)
    assert header.visualIndex(5) == 1


def test_a_letter_is_corrected_with_a_reason_in_the_same_form(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    staf = ui_actors["staf"]
    record = add(sqlite_db, staf, 20, "Rancangan SP Dinkes salah ketik")
    _window, page = open_agenda(qtbot, sqlite_db, staf, tmp_path)
    page.view.selectRow(0)
    dialog = page.correct_selected()
    assert dialog.perihal.text() == "Rancangan SP Dinkes salah ketik" and dialog.kode.currentData() == "065"
    assert not dialog.print_receipt.isVisibleTo(dialog)
    dialog.perihal.setText("Rancangan Standar Pelayanan Dinas Kesehatan")
    qtbot.keyClick(dialog.perihal, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.errors.text("reason") == "Tuliskan alasan koreksi (minimal 5 karakter)."
    qtbot.keyClicks(dialog.reason, "Salah ketik perihal")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    settle(qtbot)
    assert closed(dialog)
    assert read.letter(sqlite_db, record.id).perihal == "Rancangan Standar Pelayanan Dinas Kesehatan"
    assert page.model.data(page.model.index(0, 5)) == "Rancangan Standar Pelayanan Dinas Kesehatan"
    assert "Dikoreksi oleh Pengguna staf, " in page.detail.text()


def test_a_correction_based_on_an_older_version_keeps_what_was_typed_and_shows_what_changed(
    qtbot, sqlite_db: Database, sqlite_path: Path, ui_actors, tmp_path: Path
):
    """Seat A opens the correction; seat B (another Database, as another computer) corrects the
    lampiran meanwhile; A's save is refused naming B, A's perihal stays typed, B's lampiran
    comes into the form, and A's second save keeps both: nothing is undone."""
    staf, kasubag = ui_actors["staf"], ui_actors["kasubag"]
    record = add(sqlite_db, staf, 20, "Rancangan SP Dinkes salah ketik")
    _window, page = open_agenda(qtbot, sqlite_db, staf, tmp_path)
    page.view.selectRow(0)
    dialog = page.correct_selected()
    other_seat = Database.connect(str(sqlite_path))
    try:
        seen = read.letter(other_seat, record.id)
        corrected = replace_letter(seen, lampiran="2 berkas")
        agenda.correct_letter(other_seat, kasubag, record.id, corrected, "Lampiran terlewat", expected_version=1)
    finally:
        other_seat.dispose()
    dialog.perihal.setText("Rancangan Standar Pelayanan Dinas Kesehatan")
    qtbot.keyClicks(dialog.reason, "Salah ketik perihal")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.isVisible()
    assert "Pengguna kasubag (kasubag)" in dialog.status.text() and "Lampiran" in dialog.status.text()
    assert dialog.perihal.text() == "Rancangan Standar Pelayanan Dinas Kesehatan"  # kept as typed
    assert dialog.lampiran.text() == "2 berkas"  # the other seat's change, not undone
    assert read.letter(sqlite_db, record.id).perihal == "Rancangan SP Dinkes salah ketik"  # nothing written
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    settle(qtbot)
    assert closed(dialog), dialog.status.text()
    final = read.letter(sqlite_db, record.id)
    assert (final.perihal, final.lampiran, final.version) == (
        "Rancangan Standar Pelayanan Dinas Kesehatan",
        "2 berkas",
        3,
    )


def replace_letter(record, **changes) -> LetterInput:
    fields = {name: getattr(record, name) for name in LetterInput.__dataclass_fields__}
    return LetterInput(**{**fields, **changes})


def test_a_letter_of_last_year_is_back_filled_under_its_paper_number(
    qtbot, sqlite_db: Database, ui_actors, tmp_path: Path
):
    _window, page = open_agenda(qtbot, sqlite_db, ui_actors["staf"], tmp_path)
    dialog = page.register()
    dialog.print_receipt.setChecked(False)
    dialog.received.set_value(datetime(2025, 3, 2, 9, 0))
    dialog.dated.set_value(date(2025, 3, 1))
    qtbot.keyClicks(dialog.asal, "Bappeda")
    qtbot.keyClicks(dialog.nomor, "050/77")
    qtbot.keyClicks(dialog.perihal, "Arsip surat tahun lalu")
    dialog.kode.setCurrentIndex(dialog.kode.findData("065"))
    dialog.seq.setValue(57)
    qtbot.keyClick(dialog.perihal, Qt.Key.Key_Return)
    settle(qtbot)
    assert closed(dialog)
    assert page.count.text() == "Tercatat dengan nomor agenda 065/057-Org/2025."


def test_urgensi_and_sender_filters(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path):
    from sopdesk.domain.agenda import Urgensi

    staf = ui_actors["staf"]
    agenda.register_letter(
        sqlite_db,
        staf,
        LetterInput(
            datetime(2026, 11, 20, 9, 0),
            "Bappeda",
            "1",
            date(2026, 11, 20),
            "Segera dibalas",
            kode="065",
            urgensi=Urgensi.SEGERA,
        ),
    )
    add(sqlite_db, staf, 21, "Biasa saja", asal="Kecamatan Cikupa")
    _window, page = open_agenda(qtbot, sqlite_db, staf, tmp_path)
    page.urgensi.setCurrentIndex(page.urgensi.findData("Segera"))
    assert [page.model.record(r).asal for r in range(page.model.rowCount())] == ["Bappeda"]
    page.urgensi.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.asal.findData("Kecamatan Cikupa") >= 0, timeout=3000)  # read on a worker
    page.asal.setCurrentIndex(page.asal.findData("Kecamatan Cikupa"))
    assert [page.model.record(r).perihal for r in range(page.model.rowCount())] == ["Biasa saja"]


def headers(page) -> list[str]:
    model = page.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_agenda_reads_in_the_interfaces_language(qtbot, sqlite_db: Database, ui_actors, tmp_path: Path, request):
    staf = ui_actors["staf"]
    add(sqlite_db, staf, 20, "Permohonan fasilitasi SP")
    _window, page = open_agenda(qtbot, sqlite_db, staf, tmp_path)
    assert headers(page)[:3] == ["No. Agenda", "Tanggal Terima", "Asal Surat"]
    page.view.selectRow(0)
    assert "<b>Perihal:</b> Permohonan fasilitasi SP" in page.detail.text()

    request.getfixturevalue("in_english")
    _window, page = open_agenda(qtbot, sqlite_db, staf, tmp_path)
    assert headers(page) == [
        "Agenda No.",
        "Date Received",
        "Sender",
        "Letter Number",
        "Letter Date",
        "Subject",
        "Classification (sifat)",
        "Urgency",
        "Status",
    ]
    page.view.selectRow(0)
    assert "<b>Subject:</b> Permohonan fasilitasi SP" in page.detail.text()
    assert "<b>Sender:</b> Dinas Kesehatan" in page.detail.text()
