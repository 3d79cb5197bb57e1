"""Every window and dialog of SOPDesk on one screen, checked for fit (issue 14, "fit the screen").

Run in a process of its own, on the screen to check: the offscreen platform with a screen
file (tests/ui/screens.py) and QT_SCALE_FACTOR for 125% and 150%, or a real X server:

    QT_QPA_PLATFORM=offscreen:configfile=... QT_SCALE_FACTOR=1.5 python -m tests.ui.screen_probe --check
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python -m tests.ui.screen_probe --show agenda   (to look at it)

``--check`` opens the main window on every page and every dialog the pages open, and prints one
JSON line: the screen, and every problem found (a window outside the available screen, a button
narrower than its text asks, a label cut off, the timeline's "Hari ini" over a date, its legend
cut, the agenda's side panel too small for the letter or its disposition chain cut, Beranda
needing its scroll bar). Exit status 0 when there is none.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

PAGES = {"beranda": 0, "agenda": 1, "disposisi": 2, "berkas": 3, "laporan": 4, "pengaturan": 5}


def prepare(path: str) -> dict[str, Any]:
    """An office with letters, a disposition chain, and cases at several steps."""
    from sopdesk.domain.agenda import LetterInput
    from sopdesk.domain.cases import CompleteStep, Distribute, StartCase, Suspend
    from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef
    from sopdesk.services import agenda, cases
    from sopdesk.services import disposition as disp
    from sopdesk.services.setup import initialise
    from sopdesk.store.database import Database
    from tests.office import make_office

    db = Database.connect(path)
    initialise(db, None)
    office = make_office(db)
    admin, kabag = office.actors["admin"], office.actors["kabag"]
    received = datetime.now().replace(microsecond=0, second=0) - timedelta(days=12)
    ids = []
    for i in range(12):
        ids.append(
            agenda.register_letter(
                db,
                office.actors["staf"],
                LetterInput(
                    received + timedelta(hours=i),
                    "Dinas Kesehatan",
                    f"440/{i}/Dinkes/2026",
                    received.date(),
                    f"Penyampaian rancangan Standar Pelayanan dan Maklumat Pelayanan nomor {i}",
                    isi_ringkas="Rancangan SP untuk difasilitasi, dengan berita acara pembahasan",
                    kode="065",
                    lampiran="1 berkas",
                ),
            ).letter.id
        )
    k = office.kasubag
    to_kasubag = RecipientRef(RecipientKind.OFFICIAL, k.id, k.nama, k.jabatan)
    disp.write_disposition(db, kabag, DispositionInput(office.letters[0].id, (to_kasubag,), ("Proses lebih lanjut",)))
    case_ids = {}
    for n, step in ((0, 3), (1, 5), (2, 9), (3, 11)):
        case_id = cases.start_case(db, admin, StartCase(ids[n], ("Izin praktik bidan", "Izin apotek"))).case_id
        for s in range(3, step):
            cases.complete_step(db, admin, case_id, CompleteStep(s))
        case_ids[step] = case_id
    cases.record_distribution(db, admin, case_ids[11], Distribute("Dinas Kesehatan", "Siti Aminah"))
    cases.suspend_case(db, admin, case_ids[9], Suspend("Menunggu perbaikan dari OPD"))
    db.dispose()
    return {"letter": office.letters[0].id, "cases": case_ids, "free": ids[-1]}


class Probe:
    def __init__(self, path: str, facts: dict[str, Any], username: str = "admin") -> None:
        from PySide6.QtWidgets import QApplication

        from sopdesk.domain.records import Actor
        from sopdesk.services import read
        from sopdesk.store.database import Database
        from sopdesk.ui import forms
        from sopdesk.ui.main_window import MainWindow

        self.app = QApplication.instance()
        forms.show_error = lambda parent, title, text: None  # type: ignore[assignment]
        forms.show_info = lambda parent, title, text: None  # type: ignore[assignment]
        self.db = Database.connect(path)
        self.facts = facts
        user = next(u for u in read.users(self.db) if u.username == username)
        self.window = MainWindow(self.db, Actor(user.id, user.username, user.role, user.nama))
        self.window.show()
        self.settle(0.3)
        self.problems: list[str] = []

    def settle(self, seconds: float = 0.05) -> None:
        from sopdesk.ui import operations

        end = time.monotonic() + seconds
        while time.monotonic() < end or operations.running():
            self.app.processEvents()
            time.sleep(0.005)

    def wait_for(self, condition: Callable[[], object], timeout: float = 20) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.app.processEvents()
            if condition():
                return True
            time.sleep(0.01)
        return False

    # -- what is on screen -----------------------------------------------------------------

    def dialog(self) -> Any:
        import shiboken6
        from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QDialog)
                and not isinstance(widget, QMessageBox | QProgressDialog)
                and shiboken6.isValid(widget)
                and widget.isVisible()
            ):
                return widget
        return None

    def page(self, name: str) -> Any:
        self.window.nav.setCurrentRow(PAGES[name])
        self.settle(0.2)
        return self.window.stack.currentWidget()

    # -- checks ----------------------------------------------------------------------------

    def check_window(self, window: Any, what: str) -> None:
        from sopdesk.ui.windows import available_geometry

        area = available_geometry(window)
        frame = window.frameGeometry()
        if not area.contains(frame):
            self.problems.append(
                f"{what}: {frame.width()}x{frame.height()} at {frame.x()},{frame.y()} outside the screen "
                f"{area.width()}x{area.height()}"
            )
        self.check_widgets(window, what)

    def check_widgets(self, root: Any, what: str) -> None:
        """Buttons get the width their text asks; single-line labels are not cut."""
        from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea

        from sopdesk.ui.windows import own_widgets

        for widget in own_widgets(root, QAbstractButton):
            if not widget.isVisibleTo(root) or not widget.text():
                continue
            if (
                widget.width() + 1 < widget.sizeHint().width()
                or widget.height() + 1 < widget.minimumSizeHint().height()
            ):
                self.problems.append(
                    f"{what}: button {widget.text()!r} is {widget.width()}x{widget.height()}, "
                    f"asks {widget.sizeHint().width()}x{widget.sizeHint().height()}"
                )
        for label in own_widgets(root, QLabel):
            if not label.isVisibleTo(root) or label.wordWrap() or not label.text():
                continue
            if label.textFormat() != label.textFormat().PlainText and "<" in label.text():
                continue
            parent = label.parentWidget()
            inside_scroll = False
            while parent is not None and parent is not root:
                if isinstance(parent, QScrollArea):
                    inside_scroll = True
                parent = parent.parentWidget()
            if not inside_scroll and label.width() + 1 < label.minimumSizeHint().width():
                self.problems.append(
                    f"{what}: label {label.text()[:40]!r} cut ({label.width()} < {label.sizeHint().width()})"
                )

    def check_beranda(self) -> None:
        page = self.page("beranda")
        self.wait_for(lambda: page.ready, 20)
        self.settle(0.2)
        from PySide6.QtWidgets import QScrollArea

        scroll = page.findChild(QScrollArea)
        if scroll is not None and scroll.verticalScrollBar().maximum() > 0:
            self.problems.append(
                f"Beranda: needs its scroll bar ({scroll.verticalScrollBar().maximum()} px more than the window)"
            )
        self.check_widgets(self.window, "Beranda")

    def check_agenda(self) -> None:
        page = self.page("agenda")
        page.select_letter(self.facts["letter"])
        self.settle(0.2)
        self.check_widgets(self.window, "Agenda")
        viewport = page.detail_scroll.viewport() if hasattr(page, "detail_scroll") else None
        if viewport is None:
            from PySide6.QtWidgets import QScrollArea

            viewport = next(s for s in page.findChildren(QScrollArea) if s.widget() is page.detail).viewport()
        lines = viewport.height() / max(1, page.detail.fontMetrics().lineSpacing())
        if lines < 10:
            self.problems.append(f"Agenda: the letter's detail shows {lines:.1f} lines")
        tree = page.chain
        if tree.isVisible():
            from PySide6.QtCore import QRect, Qt

            for item in tree.items():
                for column in range(tree.columnCount()):
                    text = item.text(column)
                    if not text or tree.isColumnHidden(column):
                        continue
                    metrics = (
                        tree.fontMetrics()
                        if not item.font(column).bold()
                        else __import__("PySide6.QtGui").QtGui.QFontMetrics(item.font(column))
                    )
                    room = tree.columnWidth(column) - (tree.indentation() * depth(item) if column == 0 else 0) - 8
                    if tree.wordWrap():
                        wrapped = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text)
                        cut = wrapped.width() > room or wrapped.height() > tree.visualItemRect(item).height() + 2
                    else:
                        cut = metrics.horizontalAdvance(text) > room
                    if cut:
                        self.problems.append(f"Agenda: the disposition chain cuts {text!r}")

    def check_cases(self) -> None:
        page = self.page("berkas")
        page.open_case(self.facts["cases"][5])
        self.settle(0.3)
        self.check_widgets(self.window, "Berkas SP")
        # The step panel's case buttons (a case with every action: suspend, extend, cancel).
        page.show_step(page.state.current_step)
        self.settle(0.1)
        for name in ("suspend", "extend", "cancel", "complete", "return"):
            button = page.panel.buttons[name]
            if button.isVisible() and button.width() + 1 < button.sizeHint().width():
                self.problems.append(
                    f"Berkas SP: {button.text()!r} is {button.width()} wide, asks {button.sizeHint().width()}"
                )
        page.tabs.setCurrentIndex(1)
        self.settle(0.2)
        timeline = page.timeline
        for problem in timeline.layout_problems():
            self.problems.append(f"Linimasa: {problem}")
        page.tabs.setCurrentIndex(0)

    def check_preview(self) -> None:
        self.page("beranda")
        self.window.preview_document()
        if not self.wait_for(lambda: type(self.dialog()).__name__ == "PrintPreviewDialog", 60):
            self.problems.append("Pratinjau: did not open")
            return
        preview = self.dialog()
        self.settle(0.2)
        self.check_window(preview, "Pratinjau cetak")
        preview.reject()
        self.settle()

    def check_dialogs(self) -> None:
        for what, opener in self.dialog_openers():
            before = self.dialog()
            if before is not None:
                before.reject()
                self.settle()
            try:
                opener()
            except Exception as exc:
                self.problems.append(f"{what}: could not open ({type(exc).__name__}: {exc})")
                continue
            self.settle(0.2)
            dialog = self.dialog()
            if dialog is None:
                self.problems.append(f"{what}: no dialog on screen")
                continue
            self.check_window(dialog, what)
            if hasattr(dialog, "discard"):
                dialog.discard()
            else:
                dialog.reject()
            self.settle()

    def dialog_openers(self) -> list[tuple[str, Callable[[], object]]]:
        w = self.window
        agenda = lambda: self.page("agenda")  # noqa: E731

        def letter_action(method: str) -> Callable[[], object]:
            def run() -> object:
                page = agenda()
                page.select_letter(self.facts["free"])
                self.settle()
                return getattr(page, method)()

            return run

        def case_action(step: int, method: str) -> Callable[[], object]:
            def run() -> object:
                page = self.page("berkas")
                page.open_case(self.facts["cases"][step])
                self.settle(0.2)
                return getattr(page, method)()

            return run

        def settings(tab: str) -> Callable[[], object]:
            def run() -> object:
                page = self.page("pengaturan")
                page.tabs.setCurrentWidget(getattr(page, tab))
                getattr(page, tab).add_button.click()
                return None

            return run

        return [
            ("Catat Surat Masuk", lambda: agenda().register()),
            ("Koreksi", letter_action("correct_selected")),
            ("Batalkan surat", letter_action("void_selected")),
            ("Tulis Disposisi", letter_action("dispose_selected")),
            ("Mulai Berkas SP", letter_action("start_case")),
            ("Impor Excel", lambda: agenda().import_excel()),
            ("Selesaikan langkah", case_action(3, "complete_step")),
            ("Kembalikan", case_action(5, "return_step")),
            ("Tangguhkan", case_action(3, "suspend")),
            ("Lanjutkan", case_action(9, "resume")),
            ("Perpanjang", case_action(3, "extend")),
            ("Batalkan berkas", case_action(3, "cancel")),
            ("Catat distribusi", case_action(11, "distribute")),
            ("Tanda terima distribusi", case_action(11, "print_receipt")),
            ("Pengaturan Disposisi", lambda: (self.page("disposisi"), w.disposisi.edit_settings())),
            ("Tambah OPD", settings("opd")),
            ("Tambah pejabat", settings("officials")),
            ("Tambah pengguna", settings("users")),
            ("Ganti kata sandi", lambda: w.change_password()),
        ]

    def check_all(self) -> list[str]:
        self.check_window(self.window, "Jendela utama")
        self.check_beranda()
        self.check_agenda()
        self.check_cases()
        for name in ("disposisi", "laporan", "pengaturan"):
            self.page(name)
            self.check_widgets(self.window, name.capitalize())
        self.check_dialogs()
        self.check_preview()
        return self.problems


def depth(item: Any) -> int:
    d = 1
    parent = item.parent()
    while parent is not None:
        d += 1
        parent = parent.parent()
    return d


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--show", help="a page (beranda, agenda, berkas, linimasa, …) or a dialog to look at")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--submit", action="store_true", help="press Simpan on the dialog shown (its refusals)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sopdesk-screens-"))
    os.environ.setdefault("SOPDESK_CACHE_DIR", str(work / "cache"))
    path = str(work / "kantor.sqlite3")
    facts = prepare(path)
    from PySide6.QtCore import QSettings

    from sopdesk.app import install_fonts, install_translator, make_application

    app = make_application([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qsettings"))
    install_fonts(app)
    install_translator(app, "id")
    probe = Probe(path, facts, args.user)
    if args.check:
        screen = app.primaryScreen()
        problems = probe.check_all()
        print(
            json.dumps(
                {
                    "screen": f"{screen.availableGeometry().width()}x{screen.availableGeometry().height()}",
                    "scale": screen.devicePixelRatio(),
                    "problems": problems,
                }
            )
        )
        return 1 if problems else 0
    show(probe, args.show or "beranda")
    if args.submit:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(800, lambda: probe.dialog().submit())
    app.exec()
    return 0


def show(probe: Probe, what: str) -> None:
    """Put one page or dialog on screen and leave it there (for a screenshot)."""
    if what in PAGES:
        page = probe.page(what)
        if what == "agenda":
            page.select_letter(probe.facts["letter"])
        if what == "berkas":
            page.open_case(probe.facts["cases"][5])
        return
    if what == "linimasa":
        page = probe.page("berkas")
        page.open_case(probe.facts["cases"][5])
        page.tabs.setCurrentIndex(1)
        return
    if what == "pratinjau":
        probe.page("agenda").select_letter(probe.facts["letter"])
        probe.window.agenda.print_letter(__import__("sopdesk.domain.printing").domain.printing.DocumentKind.RECEIPT)
        return
    for name, opener in probe.dialog_openers():
        if name.lower().replace(" ", "-") == what:
            opener()
            return
    sys.exit(f"unknown: {what}")


if __name__ == "__main__":
    raise SystemExit(main())
