"""A day at the desk, compressed (issue 14, "a day without growth").

Two windows on one SQLite file in one process, each with its own connection as two seats have:
a clerk's (Staf) and the Kabag's. Another process writes a letter every few seconds (and now
and then a disposition) the whole time, so both windows hear other seats' changes through the
change feed. Each simulated hour, the clerk switches pages, searches the agenda, opens Catat
Surat Masuk and Koreksi and cancels them (some after typing, answering the question), registers
letters (the tanda terima preview opens and is closed), starts Berkas SP, opens a case, hovers
the swimlane, looks at its timeline, opens Tangguhkan and cancels; the Kabag opens her
disposition form and cancels it, writes dispositions, and watches Beranda and the Ikhtisar.

After the first ten simulated minutes and after every simulated hour it prints the process's
memory (RSS), the number of Python objects and the number of QWidgets. The bar: memory after a
simulated hour within 50 MB of where it was after the first ten minutes, and the widget count
flat (the same after the last hour as after the first).

Run: make bench   (or: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.perf.soak [--hours 8]
     [--rounds 24] [--write-every 3])   Longer days: --hours 24, or more rounds per hour.
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

BAR_MB = 50.0
WIDGETS_SLACK = 5  # a status message or tooltip on screen at the moment of counting


def gone(widget: object) -> bool:
    import shiboken6

    return not shiboken6.isValid(widget) or not widget.isVisible()  # type: ignore[attr-defined]


def cancel(dialog: object) -> None:
    """Cancel a form, answering "Buang isian" when it asks (``discard``; ``reject`` where a
    build has no question, so the same day runs on an older SOPDesk for comparison)."""
    getattr(dialog, "discard", getattr(dialog, "reject"))()  # noqa: B009


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


# --- the other seat: a process that writes the whole time --------------------------------------


def writer(path: str, every: float) -> int:
    """Register a letter every ``every`` seconds; every fifth, the Kabag disposes one too."""
    from sopdesk.domain.agenda import LetterInput
    from sopdesk.domain.disposition import DispositionInput, RecipientKind, RecipientRef
    from sopdesk.domain.records import Actor
    from sopdesk.domain.roles import Role
    from sopdesk.services import agenda, read
    from sopdesk.services import disposition as disp
    from sopdesk.store.database import Database

    db = Database.connect(path)
    users = {u.username: u for u in read.users(db)}
    staf = Actor(users["staf"].id, "staf", Role.STAF, users["staf"].nama)
    kabag = Actor(users["kabag"].id, "kabag", Role.KABAG, users["kabag"].nama)
    n = 0
    while True:
        n += 1
        received = datetime.now().replace(microsecond=0) - timedelta(minutes=5)
        letter = agenda.register_letter(
            db,
            staf,
            LetterInput(
                received, "Bappeda", f"050/{n}/seat2", received.date(), f"Surat dari seat lain {n}", kode="065"
            ),
        ).letter
        if n % 5 == 0:
            to = RecipientRef(RecipientKind.USER, staf.user_id, staf.nama, "Staf")
            disp.write_disposition(db, kabag, DispositionInput(letter.id, (to,), ("Proses lebih lanjut",)))
        time.sleep(every)


# --- the office at the start of the day -------------------------------------------------------


def prepare(path: str) -> None:
    from sopdesk.domain.cases import CompleteStep, StartCase
    from sopdesk.services import cases
    from sopdesk.services.setup import initialise
    from sopdesk.store.database import Database
    from tests.office import make_office

    db = Database.connect(path)
    initialise(db, None)
    office = make_office(db)
    admin = office.actors["admin"]
    from sopdesk.domain.agenda import LetterInput
    from sopdesk.services import agenda

    received = datetime.now().replace(microsecond=0) - timedelta(days=3)
    for i in range(40):
        record = agenda.register_letter(
            db,
            office.actors["staf"],
            LetterInput(received, "Dinas Kesehatan", f"440/{i}/pagi", received.date(), f"Rancangan SP {i}", kode="065"),
        ).letter
        if i % 4 == 0:
            case_id = cases.start_case(db, admin, StartCase(record.id, (f"Izin {i}",))).case_id
            for step in range(3, 3 + i % 7):
                cases.complete_step(db, admin, case_id, CompleteStep(step))
    db.dispose()


# --- the day ----------------------------------------------------------------------------------


@dataclass
class Sample:
    label: str
    rss: float
    objects: int
    widgets: int
    seconds: float


class Day:
    def __init__(self, path: str) -> None:
        from PySide6.QtWidgets import QApplication

        from sopdesk.services import read
        from sopdesk.store.database import Database
        from sopdesk.ui import forms
        from sopdesk.ui.main_window import MainWindow

        self.app = QApplication.instance()
        self.refusals: list[str] = []
        forms.show_error = lambda parent, title, text: self.refusals.append(f"{title}: {text}")  # type: ignore[assignment]
        forms.show_info = lambda parent, title, text: None  # type: ignore[assignment]
        self.seat_clerk = Database.connect(path)
        self.seat_kabag = Database.connect(path)
        actors = {u.username: u for u in read.users(self.seat_clerk)}
        from sopdesk.domain.records import Actor

        def actor(name: str) -> Actor:
            u = actors[name]
            return Actor(u.id, u.username, u.role, u.nama)

        self.clerk = MainWindow(self.seat_clerk, actor("staf"))
        self.kabag = MainWindow(self.seat_kabag, actor("kabag"))
        for window in (self.clerk, self.kabag):
            window.resize(1366, 740)
            window.show()
        self.round = 0
        self.settle()

    # -- plumbing --------------------------------------------------------------------------

    def settle(self, seconds: float = 0.02) -> None:
        from sopdesk.ui import operations

        end = time.monotonic() + seconds
        while True:
            self.app.processEvents()
            if operations.running() == 0 and time.monotonic() >= end:
                break
            time.sleep(0.003)
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        self.app.processEvents()

    def wait_for(self, condition: Callable[[], object], timeout: float = 20.0) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.app.processEvents()
            if condition():
                return True
            time.sleep(0.005)
        return False

    def dialog(self, kind: str):
        from PySide6.QtWidgets import QApplication, QDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and type(widget).__name__ == kind:
                return widget
        return None

    def refused(self, dialog) -> None:
        """A save the service refused stays on screen with its reason: noted, then cancelled."""
        if not gone(dialog):
            shown = [label.text() for label in getattr(dialog.errors, "labels", {}).values() if not label.isHidden()]
            self.refusals.append(f"{type(dialog).__name__}: {dialog.status.text()} {shown}")
            cancel(dialog)
            self.settle()

    def close_previews(self) -> None:
        for _ in range(3):
            preview = self.dialog("PrintPreviewDialog")
            if preview is None:
                return
            preview.reject()
            self.settle()

    # -- the clerk -------------------------------------------------------------------------

    def clerk_round(self) -> None:
        w = self.clerk
        n = self.round
        w.nav.setCurrentRow(1)
        page = w.agenda
        page.search.setText(["rancangan", "seat", "surat", "440"][n % 4])
        page.apply_filters()
        self.settle()
        page.search.clear()
        page.apply_filters()
        # Catat Surat Masuk: opened, something typed, cancelled (the question answered).
        dialog = page.register()
        self.settle()
        if dialog is not None:
            if n % 4 == 3:
                dialog.asal.setText("Dinas Kesehatan")
                dialog.nomor.setText(f"440/{n}/soak")
                dialog.perihal.setText(f"Surat siang {n}")
                dialog.kode.setCurrentIndex(dialog.kode.findData("065"))
                dialog.print_receipt.setChecked(True)  # every registration brings its tanda terima
                dialog.submit()
                self.settle(0.05)
                self.wait_for(lambda: gone(dialog), 20)
                self.refused(dialog)
                self.wait_for(lambda: self.dialog("PrintPreviewDialog") is not None, 30)
                self.settle(0.1)
                self.close_previews()
            else:
                dialog.asal.setText("Dinas")
                cancel(dialog)
        self.settle()
        page.view.selectRow(n % 10)
        self.settle()
        correct = page.correct_selected()
        self.settle()
        if correct is not None:
            correct.reject()  # unchanged: closes at once
        self.settle()
        page.search.setText("pagi")  # a letter from an OPD of the morning's book
        page.apply_filters()
        page.view.selectRow(n % 8)
        self.settle()
        if n % 6 == 5 and page.start_case_button.isEnabled():
            start = page.start_case()
            self.settle()
            if start is not None:
                start.layanan.setPlainText(f"Izin soak {n}")
                start.submit()
                self.settle(0.05)
                self.refused(start)
        page.search.clear()
        page.apply_filters()
        # Berkas SP: a case, its swimlane hovered, its timeline, Tangguhkan opened and cancelled.
        w.nav.setCurrentRow(3)
        cases_page = w.cases_page
        self.settle()
        if cases_page.model.rowCount():
            cases_page.view.selectRow(n % cases_page.model.rowCount())
            self.settle()
            self.hover(cases_page.swimlane)
            cases_page.tabs.setCurrentIndex(1)
            self.settle()
            cases_page.tabs.setCurrentIndex(0)
            suspend = cases_page.suspend()
            self.settle()
            if suspend is not None:
                suspend.reason.setText("menunggu")
                cancel(suspend)
        self.settle()
        w.nav.setCurrentRow(2)
        self.settle()
        w.nav.setCurrentRow(0)
        self.settle()

    def hover(self, view) -> None:
        from PySide6.QtCore import QPoint
        from PySide6.QtTest import QTest

        viewport = view.viewport()
        width, height = max(1, viewport.width()), max(1, viewport.height())
        for i in range(12):
            QTest.mouseMove(viewport, QPoint((i * 97) % width, (i * 53) % height))
            self.app.processEvents()

    # -- the Kabag -------------------------------------------------------------------------

    def kabag_round(self) -> None:
        w = self.kabag
        n = self.round
        w.nav.setCurrentRow(2)
        page = w.disposisi
        self.settle()
        if page.awaiting_tab >= 0:
            page.tabs.setCurrentIndex(page.awaiting_tab)
            if page.awaiting_model.rowCount():
                page.awaiting_view.selectRow(0)
                self.settle()
                form = page.write_selected()
                self.settle()
                if form is not None:
                    if n % 5 == 4 and form.recipients.count():
                        form.tick_recipient("Budi Santoso")  # the Kasubag
                        form.instruction_boxes[0].setChecked(True)
                        form.submit()
                        self.settle(0.05)
                        self.refused(form)
                    else:
                        form.catatan.setPlainText("Mohon")
                        cancel(form)
        self.settle()
        w.nav.setCurrentRow(0)
        self.settle()
        w.nav.setCurrentRow(3)
        self.settle()
        cases_page = w.cases_page
        cases_page.show_overview()
        self.hover(cases_page.swimlane)
        w.nav.setCurrentRow(0)
        self.settle()

    # -- measuring -------------------------------------------------------------------------

    def sample(self, label: str, started: float) -> Sample:
        from PySide6.QtWidgets import QApplication

        for window in (self.clerk, self.kabag):
            window.poll_changes()
        self.settle(0.2)
        gc.collect()
        self.settle()
        gc.collect()
        return Sample(
            label, rss_mb(), len(gc.get_objects()), len(QApplication.allWidgets()), time.monotonic() - started
        )

    def close(self) -> None:
        for window in (self.clerk, self.kabag):
            window.close()
            window.deleteLater()
        self.settle()
        self.seat_clerk.dispose()
        self.seat_kabag.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=int, default=8, help="simulated hours (default 8, a working day)")
    parser.add_argument("--rounds", type=int, default=12, help="rounds of work per simulated hour (default 12)")
    parser.add_argument("--write-every", type=float, default=3.0, help="seconds between the other seat's writes")
    parser.add_argument("--census", action="store_true", help="after each hour, the widget classes that grew")
    parser.add_argument("--writer", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.writer:
        return writer(args.writer, args.write_every)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("SOPDESK_CACHE_DIR", tempfile.mkdtemp(prefix="sopdesk-soak-cache-"))
    work = Path(tempfile.mkdtemp(prefix="sopdesk-soak-"))
    path = str(work / "kantor.sqlite3")
    prepared = time.monotonic()
    prepare(path)
    from PySide6.QtCore import QSettings

    from sopdesk.app import install_fonts, install_translator, make_application

    app = make_application([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qsettings"))
    install_fonts(app)
    install_translator(app, "id")
    other = subprocess.Popen(
        [sys.executable, "-m", "tests.perf.soak", "--writer", path, "--write-every", str(args.write_every)],
        stdout=subprocess.DEVNULL,
    )
    day = Day(path)
    print(
        f"Soak: a clerk's and a Kabag's window on one SQLite file, another process writing every "
        f"{args.write_every:g} s; {args.hours} simulated hours of {args.rounds} rounds "
        f"(prepared in {time.monotonic() - prepared:.1f} s)"
    )
    print(f"  {'':<16}{'RSS MB':>9}{'Python objects':>16}{'QWidgets':>10}{'seconds':>9}")
    started = time.monotonic()
    samples: list[Sample] = []
    ten_minutes = max(1, args.rounds // 6)

    census: dict[str, int] = {}

    def count_classes() -> dict[str, int]:
        from collections import Counter

        from PySide6.QtWidgets import QApplication

        counted: Counter[str] = Counter()
        for w in QApplication.allWidgets():
            top = w.window()
            counted[f"{type(w).__name__} in {type(top).__name__}:{top.objectName()}"] += 1
        return dict(counted)

    def show(sample: Sample) -> None:
        samples.append(sample)
        if args.census:
            now = count_classes()
            grew = sorted(((v - census.get(k, 0), k) for k, v in now.items()), reverse=True)[:8]
            print("    grew:", ", ".join(f"{k} {d:+d}" for d, k in grew if d), flush=True)
            census.clear()
            census.update(now)
        print(
            f"  {sample.label:<16}{sample.rss:9.1f}{sample.objects:16,}{sample.widgets:10,}{sample.seconds:9.1f}",
            flush=True,
        )

    try:
        show(day.sample("start", started))
        for hour in range(1, args.hours + 1):
            for r in range(args.rounds):
                day.round += 1
                day.clerk_round()
                day.kabag_round()
                if hour == 1 and r + 1 == ten_minutes:
                    show(day.sample("10 minutes", started))
            show(day.sample(f"hour {hour}", started))
    finally:
        other.terminate()
        other.wait(10)
        day.close()
    first = next(s for s in samples if s.label == "10 minutes")
    hour1 = next(s for s in samples if s.label == "hour 1")
    last = samples[-1]
    grown = hour1.rss - first.rss
    per_hour = (last.rss - hour1.rss) / max(1, args.hours - 1)
    print(
        f"  memory after hour 1 vs after 10 minutes: {grown:+.1f} MB   (bar: within {BAR_MB:.0f} MB)   "
        f"{'ok' if abs(grown) <= BAR_MB else 'OVER'}"
    )
    print(f"  memory from hour 1 to hour {args.hours}: {last.rss - hour1.rss:+.1f} MB ({per_hour:+.1f} MB an hour)")
    flat = last.widgets - hour1.widgets
    print(
        f"  QWidgets from hour 1 to hour {args.hours}: {hour1.widgets:,} -> {last.widgets:,} ({flat:+d})   "
        f"(bar: flat, +{WIDGETS_SLACK} at most)   {'ok' if flat <= WIDGETS_SLACK else 'GROWING'}"
    )
    print(f"  Python objects from hour 1 to hour {args.hours}: {last.objects - hour1.objects:+,}")
    if day.refusals:
        print(f"  messages shown to the user: {len(day.refusals)}; first: {day.refusals[0]}")
    return 0 if abs(grown) <= BAR_MB and flat <= WIDGETS_SLACK else 1


if __name__ == "__main__":
    raise SystemExit(main())
