"""Nothing the window does drops its hold on the SQLite file (issue 12, "a saved disposition
was lost").

A WAL connection holds a shared lock on the database file and a read lock on the ``-shm`` file's
"dead man switch" byte for as long as it is open: that is how another process knows the
database is in use and must not checkpoint away the WAL. Any open()+close() of those files
elsewhere in the process (a file dialog sniffing a file's type, a copy, a hash) drops those
locks. So after every file dialog, export, print, import and attachment, a child process asks
the kernel (``fcntl`` F_GETLK) who holds the locks (it must be this process), and reads what
this process writes next (it must see it).

The Bar: the original sequence, with a second real process on the same file, loses nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef
from sopdesk.domain.records import Actor
from sopdesk.services import disposition as disp
from sopdesk.services.master import set_setting
from sopdesk.store.database import Database
from sopdesk.ui import files
from sopdesk.ui.main_window import MainWindow
from tests.conftest import make_users
from tests.office import make_office

ROOT = Path(__file__).resolve().parents[2]

# Runs in a child process: who holds the locks a WAL connection keeps, and what the database says.
PROBE = r"""
import fcntl, json, os, sqlite3, struct, sys

SHARED_FIRST, SHARED_SIZE = 0x40000000 + 2, 510  # SQLite's shared-lock range on the database file
DMS = 128  # the -shm file's "dead man switch" byte, read-locked by every open connection


def holder(path, start, length):
    fd = os.open(path, os.O_RDONLY)  # this child's own descriptor: closing it drops only its locks
    try:
        probe = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, start, length, 0)
        kind, _, _, _, pid = struct.unpack("hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, probe))
        return 0 if kind == fcntl.F_UNLCK else pid
    finally:
        os.close(fd)


path, key = sys.argv[1], sys.argv[2]
locks = {"db": holder(path, SHARED_FIRST, SHARED_SIZE), "shm": holder(path + "-shm", DMS, 1)}
conn = sqlite3.connect(path, timeout=15)
row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
conn.close()
print(json.dumps({**locks, "value": None if row is None else json.loads(row[0])}))
"""
KEY = "uji_kunci_berkas"


def probe(path: Path) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", PROBE, str(path), KEY], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


class Seat:
    """This process as another process sees it."""

    def __init__(self, db: Database, admin: Actor) -> None:
        assert db.target.sqlite_path is not None
        self.db, self.admin, self.path = db, admin, db.target.sqlite_path
        self.writes = 0

    def write(self, step: str) -> str:
        self.writes += 1
        value = f"{step} #{self.writes}"
        set_setting(self.db, self.admin, KEY, value)
        return value

    def check(self, step: str) -> None:
        """The locks are still ours, and the next two writes reach another process."""
        value = self.write(step)
        seen = probe(self.path)
        pid = os.getpid()
        assert seen["db"] == pid, f"after {step}: this process no longer holds its lock on the database file"
        assert seen["shm"] == pid, f"after {step}: this process no longer holds its lock on the -shm file"
        assert seen["value"] == value, f"after {step}: another process does not see this process's write"
        value = self.write(step)
        assert probe(self.path)["value"] == value, f"after {step}: the next write is lost to other processes"


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def browsing(folder: Path, answer: Path | None) -> Callable[[QFileDialog], str | None]:
    """A user who opens the dialog, looks into ``folder`` (the database's, in detail view, every
    file listed), waits for it to be read, then chooses ``answer`` (None: cancels)."""

    def run(dialog: QFileDialog) -> str | None:
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        dialog.show()
        dialog.setDirectory(str(folder))
        dialog.setNameFilter("*")  # as a user typing * in the name field
        spin(1200)  # the model's gatherer reads the folder on its own thread
        dialog.hide()
        return None if answer is None else str(answer)

    return run


@pytest.fixture
def kantor_db(tmp_path: Path) -> Iterator[Database]:
    """A database whose name does not say what it is (``--db kantor.db``): Qt opens such a file
    to learn its type, as it opens ``sopdesk.sqlite3`` where the MIME database lacks the
    ``*.sqlite3`` pattern, and the ``-wal``/``-shm`` files everywhere."""
    from sopdesk.services.setup import initialise

    database = Database.connect(str(tmp_path / "data" / "kantor.db"))
    initialise(database, tmp_path / "data" / "backups")
    yield database
    database.dispose()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "rumah"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    return folder


@pytest.fixture
def window(qtbot, kantor_db: Database, tmp_path: Path, home: Path) -> Iterator[MainWindow]:
    window = MainWindow(kantor_db, make_users(kantor_db)["admin"], tmp_path / "backups")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.watching)
    yield window
    window.close()


def test_the_probe_sees_a_stray_close_of_the_database_file(kantor_db: Database):
    """The check catches what it is for: open() and close() of the file in this process."""
    seat = Seat(kantor_db, make_users(kantor_db)["admin"])
    seat.check("nothing yet")
    with open(seat.path, "rb"):  # the very mistake: a plain open of the live file
        pass
    with pytest.raises(AssertionError, match="no longer holds its lock on the database file"):
        seat.check("a stray open")


def test_the_probe_sees_what_a_stock_qt_file_dialog_does_on_the_data_folder(qtbot, kantor_db: Database):
    """Qt's own dialog (its icon provider sniffs files by content) drops the locks: the cause
    the dialogs of ui/files.py are built against. Should Qt stop sniffing, this test says so."""
    seat = Seat(kantor_db, make_users(kantor_db)["admin"])
    seat.check("nothing yet")
    dialog = QFileDialog(None, "stock")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    browsing(seat.path.parent, None)(dialog)
    with pytest.raises(AssertionError, match="no longer holds its lock on the database file"):
        seat.check("a stock Qt file dialog")


def test_every_file_dialog_export_print_import_and_attachment_leaves_the_locks_held(
    qtbot, window: MainWindow, tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch, messages
):
    sqlite_db, admin = window.db, window.actor
    seat = Seat(sqlite_db, admin)
    data = seat.path.parent
    seat.check("the window opened")
    out = home / "Documents"

    for kind in files.FileKind:  # every kind of dialog, looking into the database's folder
        monkeypatch.setattr(files, "run_dialog", browsing(data, None))
        assert files.ask_save(window, kind, "Uji", "uji") is None
        seat.check(f"the {kind.value} save dialog")
        assert files.ask_open(window, kind, "Uji") is None
        seat.check(f"the {kind.value} open dialog")

    # Berkas › Ekspor PDF (Beranda: the SOP document), through the dialog
    monkeypatch.setattr(files, "run_dialog", browsing(data, out / "sop"))
    job = window.export_document()
    assert job is not None
    with qtbot.waitSignal(job.rendered, timeout=60000) as rendered:
        pass
    pdf = Path(rendered.args[0])
    assert pdf == out / "sop.pdf" and pdf.stat().st_size > 0
    seat.check("Ekspor PDF")

    # the print preview (QtPdf reads the PDF), then printing it
    job = window.preview_document()
    assert job is not None
    with qtbot.waitSignal(job.rendered, timeout=60000):
        pass
    qtbot.waitUntil(lambda: window.findChild(object, "print_preview") is not None, timeout=5000)
    seat.check("Pratinjau Cetak")
    from sopdesk.ui import printing

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name = os.environ.get("SOPDESK_TEST_PRINTER")
    if name:
        printer.setPrinterName(name)  # the CUPS queue that prints to PDF files
    else:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out / "cetak.pdf"))
    assert printing.print_pdf(pdf, printer) > 0
    seat.check("Cetak")

    # the agenda: a scan attached through the dialog, then opened; Excel out and in
    window.nav.setCurrentRow(1)
    page = window.agenda
    office_letter = _register(sqlite_db, admin)
    page.select_letter(office_letter)
    scan = out / "pindaian.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    assert image.save(str(scan))
    monkeypatch.setattr(files, "run_dialog", browsing(data, scan))
    page.attach_file()
    qtbot.waitUntil(lambda: page.attachment_list.count() == 1, timeout=10000)
    seat.check("Lampirkan")
    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    attachment_id = int(page.attachment_list.item(0).data(256))
    assert page.open_attachment(attachment_id) is not None and opened
    seat.check("Buka lampiran")

    monkeypatch.setattr(files, "run_dialog", browsing(data, out / "agenda"))
    task = page.export_excel()
    assert task is not None
    qtbot.waitUntil(lambda: (out / "agenda.xlsx").exists() and page.export_button.isEnabled(), timeout=30000)
    seat.check("Ekspor Excel")

    from tests.ui.test_agenda_import import LAST, workbook

    book = workbook(out / "buku-lama.xlsx", [[datetime(LAST, 3, 2, 9), "Bappeda", "050/1", datetime(LAST, 3, 1), "Laporan", "050"]])
    monkeypatch.setattr(files, "run_dialog", browsing(data, book))
    from sopdesk.ui.agenda_import import ImportDialog
    from tests.ui.test_agenda import visible

    page.import_button.click()
    dialog = visible(ImportDialog)
    dialog.choose_file()
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.busy, timeout=10000)
    dialog.columns["asal"].setCurrentIndex(dialog.columns["asal"].findData(1))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.run_button.isEnabled(), dialog.summary.text()
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy and bool(dialog.report.numbers), timeout=10000)
    seat.check("Impor Excel")

    # Berkas › Cadangkan, and the letterhead's logo
    monkeypatch.setattr(files, "run_dialog", browsing(data, out / "cadangan"))
    window.backup()
    qtbot.waitUntil(lambda: (out / "cadangan.sqlite3").exists() and window.backup_action.isEnabled(), timeout=30000)
    seat.check("Cadangkan")
    monkeypatch.setattr(files, "run_dialog", browsing(data, scan))
    kop = window.settings_page.print_settings.kop
    kop._pick_logo()
    assert kop.logo == scan.read_bytes()
    seat.check("Pilih logo")


def _register(db: Database, actor: Actor) -> int:
    from sopdesk.domain.agenda import LetterInput
    from sopdesk.services import agenda

    now = datetime.now().replace(second=0, microsecond=0)
    return agenda.register_letter(db, actor, LetterInput(now, "Bappeda", "050/9", now.date(), "Uji kunci", kode="050")).letter.id


# --- the Bar: the original sequence with a second real process --------------------------------------

SEAT_TWO = r"""
import sys
from sqlalchemy import text
from sopdesk.store.database import Database

path = sys.argv[1]


def open_seat():
    db = Database.connect(path)
    with db.engine.connect() as conn:  # open, as a window that has read the agenda
        conn.execute(text("SELECT count(*) FROM letter")).scalar()
    return db


db = open_seat()
print("ready", flush=True)
for line in sys.stdin:
    command = line.split()
    if command[0] == "reopen":  # the staf window is closed and opened again
        db.dispose()
        db = open_seat()
        print("reopened", flush=True)
    elif command[0] == "has":
        with db.engine.connect() as conn:
            found = conn.execute(text("SELECT count(*) FROM disposition WHERE id = :i"), {"i": int(command[1])}).scalar()
        print("yes" if found else "no", flush=True)
    elif command[0] == "quit":
        db.dispose()
        break
"""

COUNT = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
print(conn.execute("SELECT count(*) FROM disposition WHERE id = ?", (int(sys.argv[2]),)).fetchone()[0])
conn.close()
"""


def seen_by_a_new_process(path: Path, disposition_id: int) -> bool:
    done = subprocess.run([sys.executable, "-c", COUNT, str(path), str(disposition_id)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip() == "1"


def test_the_lost_disposition_sequence_with_two_real_processes_loses_nothing(
    qtbot, kantor_db: Database, tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
):
    sqlite_db = kantor_db
    office = make_office(sqlite_db)
    kabag = office.actors["kabag"]
    path = sqlite_db.target.sqlite_path
    assert path is not None
    k = office.kasubag
    to_kasubag = (RecipientRef(RecipientKind.OFFICIAL, k.id, k.nama, k.jabatan),)
    disp.write_disposition(sqlite_db, kabag, DispositionInput(office.letters[0].id, to_kasubag, ("Proses",)))

    # seat 2: the staf's program, open on the same file
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    seat_two = subprocess.Popen(
        [sys.executable, "-c", SEAT_TWO, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    assert seat_two.stdin is not None and seat_two.stdout is not None

    def ask(command: str) -> str:
        assert seat_two.stdin is not None and seat_two.stdout is not None
        seat_two.stdin.write(command + "\n")
        seat_two.stdin.flush()
        return seat_two.stdout.readline().strip()

    try:
        assert seat_two.stdout.readline().strip() == "ready"
        # seat 1: the Kabag's window exports the Lembar Disposisi through the file dialog
        window = MainWindow(sqlite_db, kabag, tmp_path / "backups")
        qtbot.addWidget(window)
        window.show()
        window.nav.setCurrentRow(2)
        page = window.disposisi
        page.tabs.setCurrentIndex(page.sent_tab)
        page.sent_view.selectRow(0)
        target = home / "Documents" / "Lembar Disposisi"
        monkeypatch.setattr(files, "run_dialog", browsing(path.parent, target))
        job = window.export_document()
        assert job is not None
        with qtbot.waitSignal(job.rendered, timeout=60000):
            pass
        assert (home / "Documents" / "Lembar Disposisi.pdf").exists()

        assert ask("reopen") == "reopened"  # the staf window closed and opened again

        # the Kabag writes a disposition: her window has it...
        written = disp.write_disposition(
            window.db, kabag, DispositionInput(office.letters[1].id, to_kasubag, ("Segera",))
        )
        # ...and so do seat 2 and a third process
        assert ask(f"has {written.id}") == "yes"
        assert seen_by_a_new_process(path, written.id)
        window.close()
    finally:
        ask("quit")
        seat_two.wait(timeout=30)
        seat_two.stdin.close()
        seat_two.stdout.close()
    sqlite_db.dispose()  # seat 1 quits
    assert seen_by_a_new_process(path, written.id)  # it survives her quitting
