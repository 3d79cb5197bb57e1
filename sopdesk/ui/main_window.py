"""The main window: navigation, menus, status bar; it broadcasts what each service changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from sopdesk import __version__
from sopdesk.domain.changes import Changes, Kind
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission, allowed
from sopdesk.store.database import Database
from sopdesk.ui.documents import (
    DocumentJob,
    Renderer,
    agenda_book_renderer,
    ask_pdf_target,
    case_dossier_renderer,
    disposition_sheet_renderer,
    list_renderer,
    render_sop_document,
    sla_renderer,
)
from sopdesk.ui.forms import show_error
from sopdesk.ui.operations import Operation, failure_message, hub, run_op
from sopdesk.ui.operations import running as operations_running
from sopdesk.ui.pages import HomePage
from sopdesk.ui.tasks import BackgroundTask
from sopdesk.ui.windows import fit_to_screen, forget_when_closed
from sopdesk.ui.words import shown

if TYPE_CHECKING:
    from sopdesk.domain.disposition import InboxItem
    from sopdesk.store.feed import FeedItem
    from sopdesk.ui.agenda import AgendaPage
    from sopdesk.ui.cases_page import CasesPage
    from sopdesk.ui.disposition_page import DispositionPage
    from sopdesk.ui.feed import SeatFeed
    from sopdesk.ui.reports_page import ReportsPage
    from sopdesk.ui.settings_page import SettingsPage


class MainWindow(QMainWindow):
    changed = Signal(object)
    disposition_alert = Signal(list)  # InboxItems newly addressed to the user (from any seat)
    switch_user = Signal()  # Berkas › Ganti Pengguna: back to the login window (app.py)

    def __init__(
        self, db: Database, actor: Actor, backup_dir: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.backup_dir = backup_dir
        from sopdesk.ui import files

        files.protect_database(db.target.sqlite_path)  # no file dialog lists, starts by or opens it
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("SOPDesk — Bagian Organisasi Setda Kabupaten Tangerang"))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.home = HomePage(db, actor)
        # Agenda and Settings query the database to fill their tables: each is built the
        # first time it is opened, in a placeholder slot of the stack.
        self._slots: dict[str, QWidget] = {
            "agenda": QWidget(),
            "disposisi": QWidget(),
            "cases": QWidget(),
            "laporan": QWidget(),
            "settings": QWidget(),
        }
        self._built: dict[str, QWidget] = {}
        pages: list[tuple[str, QWidget]] = [
            (self.tr("Beranda"), self.home),
            (self.tr("Agenda"), self._slots["agenda"]),
            (self.tr("Disposisi"), self._slots["disposisi"]),
            (self.tr("Berkas SP"), self._slots["cases"]),
            (self.tr("Laporan"), self._slots["laporan"]),
            (self.tr("Pengaturan"), self._slots["settings"]),
        ]
        for title, page in pages:
            QListWidgetItem(title, self.nav)
            self.stack.addWidget(page)
        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()

        self.nav.currentRowChanged.connect(self._show_page)
        self.changed.connect(self.home.on_changes)
        # Every write of this window comes back from the operation runner with what it changed.
        operations = hub()
        operations.executed.connect(self.broadcast)
        operations.busy.connect(self._busy_message)
        operations.account_changed.connect(self._refused_account)
        self.home.dispositionsRequested.connect(lambda: self.open_page(2))
        self.home.caseRequested.connect(self.open_case)
        self.home.stepRequested.connect(self.open_step)
        self.nav.setCurrentRow(0)
        self._restore_state()
        self._show_page(max(0, self.nav.currentRow()))
        # Watching for other seats' writes needs the disposition services and three queries:
        # it starts on the first turn of the event loop, once the window is on screen.
        self._watcher: SeatFeed | None = None
        self._alerts = False
        QTimer.singleShot(0, self, self._start_alerts)

    # --- construction ---------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], Any] | None = None,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if name:
            action.setObjectName(name)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Berkas"))
        self.print_action = self._action(
            self.tr("&Cetak…"), self.print_document, QKeySequence.StandardKey.Print, "action_print"
        )
        self.preview_action = self._action(self.tr("&Pratinjau Cetak…"), self.preview_document, None, "action_preview")
        self.export_action = self._action(self.tr("&Ekspor PDF…"), self.export_document, None, "action_export")
        for action in (self.print_action, self.preview_action, self.export_action):
            menu.addAction(action)
        # --- dispositions (disposisi-ui) ---
        self.blank_sheet_action = self._action(
            self.tr("Cetak &Lembar Disposisi Kosong…"), self.print_blank_sheet, None, "action_blank_sheet"
        )
        self.routing_card_action = self._action(
            self.tr("Cetak Kartu Pe&nerus Disposisi…"), self.print_routing_card, None, "action_routing_card"
        )
        menu.addSeparator()
        menu.addAction(self.blank_sheet_action)
        menu.addAction(self.routing_card_action)
        # --- end dispositions ---
        menu.addSeparator()
        self.check_print_action = self._action(
            self.tr("Periksa &Keaslian Cetakan…"), self.check_print, None, "action_check_print"
        )
        menu.addAction(self.check_print_action)
        menu.addSeparator()
        self.backup_action = self._action(self.tr("Ca&dangkan Basis Data…"), self.backup, None, "action_backup")
        self.backup_action.setEnabled(allowed(self.actor.role, Permission.BACKUP) and self.db.target.is_sqlite)
        menu.addAction(self.backup_action)
        self.password_action = self._action(
            self.tr("&Ganti Kata Sandi…"), self.change_password, None, "action_password"
        )
        menu.addAction(self.password_action)
        self.switch_user_action = self._action(
            self.tr("Ganti Pengg&una…"), self.request_switch_user, None, "action_switch_user"
        )
        self.switch_user_action.setToolTip(self.tr("Keluar dari akun ini dan kembali ke jendela masuk"))
        menu.addAction(self.switch_user_action)
        menu.addSeparator()
        menu.addAction(self._action(self.tr("&Keluar"), self.close, QKeySequence.StandardKey.Quit, "action_quit"))

        help_menu = self.menuBar().addMenu(self.tr("Ban&tuan"))
        help_menu.addAction(self._action(self.tr("&Dokumen SOP"), self.show_sop, None, "action_sop"))
        help_menu.addAction(self._action(self.tr("&Tentang SOPDesk"), self.about, None, "action_about"))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(
            self.tr("Pengguna: %1 (%2)")
            .replace("%1", self.actor.nama or self.actor.username)
            .replace("%2", self.actor.username)
        )
        self.user_label.setObjectName("status_user")
        self.role_label = QLabel(self.tr("Peran: %1").replace("%1", shown(self.actor.role.label)))
        self.role_label.setObjectName("status_role")
        self.db_label = QLabel(self.tr("Basis data: %1").replace("%1", self.db.display()))
        self.db_label.setObjectName("status_db")
        self.trouble_label = QLabel()
        self.trouble_label.setObjectName("status_trouble")
        self.trouble_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.trouble_label.setVisible(False)
        bar.addWidget(self.trouble_label, 1)
        for label in (self.user_label, self.role_label, self.db_label):
            bar.addPermanentWidget(label)

    def _page(self, name: str) -> QWidget:
        """The page ``name``, built in its slot the first time it is needed."""
        if name not in self._built:
            # Imported here, not at the top: the main window opens without their modules.
            from sopdesk.ui.agenda import AgendaPage
            from sopdesk.ui.disposition_page import DispositionPage
            from sopdesk.ui.settings_page import SettingsPage

            page: AgendaPage | DispositionPage | CasesPage | ReportsPage | SettingsPage
            if name == "agenda":
                page = AgendaPage(self.db, self.actor)
                page.print_requested.connect(self._preview_rendered)
                page.message.connect(self._show_message)
                page.open_case.connect(self.open_case)
            elif name == "disposisi":
                page = DispositionPage(self.db, self.actor)
                page.print_requested.connect(self._preview_rendered)
                page.message.connect(self._show_message)
                page.selection_changed.connect(self._update_print_actions)
            elif name == "cases":
                from sopdesk.ui.cases_page import CasesPage

                page = CasesPage(self.db, self.actor)
                page.print_requested.connect(self._preview_rendered)
                page.message.connect(self._show_message)
                page.selection_changed.connect(self._update_print_actions)
            elif name == "laporan":
                from sopdesk.ui.reports_page import ReportsPage

                page = ReportsPage(self.db, self.actor)
                page.message.connect(self._show_message)
                page.selection_changed.connect(self._update_print_actions)
            else:
                page = SettingsPage(self.db, self.actor)
                page.tabs.currentChanged.connect(self._update_print_actions)
            slot = self._slots[name]
            self.stack.insertWidget(self.stack.indexOf(slot), page)
            self.stack.removeWidget(slot)
            slot.deleteLater()
            page.changed.connect(self.broadcast)
            self.changed.connect(page.on_changes)
            self._page_shortcuts(page)
            self._built[name] = page
        return self._built[name]

    @staticmethod
    def _page_shortcuts(page: QWidget) -> None:
        """A page's own shortcuts (Ctrl+N, Ctrl+F, Ctrl+E, …) work wherever the focus is in the
        window while the page is on screen, the navigation list included: Qt matches a window
        shortcut only while the widget that holds it is visible, so a page out of sight never
        takes its keys."""
        for action in page.actions():
            if not action.shortcut().isEmpty():
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    @Slot(str)
    def _busy_message(self, text: str) -> None:
        """While an operation waits on the database: what it is doing (or that it is slow)."""
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    @Slot(object)
    def _refused_account(self, exc: object) -> None:
        """A write was refused because this user's account was changed on another seat."""
        from sopdesk.domain.errors import AccountChanged

        if isinstance(exc, AccountChanged):
            self.statusBar().showMessage(str(exc), 60000)

    @Slot(str)
    def _show_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 15000)
        else:
            self.statusBar().clearMessage()

    @property
    def agenda(self) -> AgendaPage:
        return self._page("agenda")  # type: ignore[return-value]

    @property
    def disposisi(self) -> DispositionPage:
        return self._page("disposisi")  # type: ignore[return-value]

    @property
    def cases_page(self) -> CasesPage:
        return self._page("cases")  # type: ignore[return-value]

    @Slot(int)
    def open_case(self, case_id: int) -> None:
        """Berkas SP with ``case_id`` on screen (from the agenda's link to a letter's case)."""
        page = self.cases_page
        self.nav.setCurrentRow(self.stack.indexOf(page))
        page.open_case(case_id)

    @Slot(int)
    def open_step(self, step_no: int) -> None:
        """Berkas SP listing the cases waiting at ``step_no`` (from Beranda's matrix)."""
        page = self.cases_page
        self.nav.setCurrentRow(self.stack.indexOf(page))
        page.filter_step(step_no)

    @property
    def reports_page(self) -> ReportsPage:
        return self._page("laporan")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self._page("settings")  # type: ignore[return-value]

    @Slot(int)
    def _show_page(self, row: int) -> None:
        for name, slot in self._slots.items():
            if self.stack.widget(row) is slot:
                self._page(name)
        self.stack.setCurrentIndex(row)
        self._update_print_actions()

    @Slot()
    def _update_print_actions(self) -> None:
        printable = self.current_document() is not None
        for action in (self.print_action, self.preview_action, self.export_action):
            action.setEnabled(printable)
            action.setToolTip("" if printable else self.tr("Tidak ada yang dapat dicetak di halaman ini."))
        letter_chosen = self._disposition_page_letter() is not None
        self.routing_card_action.setEnabled(letter_chosen)
        self.routing_card_action.setToolTip(
            "" if letter_chosen else self.tr("Pilih surat atau disposisi di halaman Disposisi.")
        )
        # The blank sheet prints for the chosen letter, or with no letter at all (to fill by hand).
        self.blank_sheet_action.setEnabled(True)
        self.blank_sheet_action.setToolTip(
            "" if letter_chosen else self.tr("Tanpa surat terpilih: lembar kosong untuk diisi tangan.")
        )

    # --- printing -------------------------------------------------------------------

    def current_document(self) -> tuple[str, Renderer] | None:
        """What Berkas › Cetak prints on the page on screen (Beranda: the SOP in force)."""
        page = self.stack.currentWidget()
        if page is self.home:
            return self.tr("Dokumen SOP"), render_sop_document
        agenda, settings = self._built.get("agenda"), self._built.get("settings")
        if page is agenda and agenda is not None:
            start, end = self.agenda.book_period()
            return self.tr("Buku Agenda"), agenda_book_renderer(start, end)
        cases_page = self._built.get("cases")
        if page is cases_page and cases_page is not None:
            found = self.cases_page.current_case()
            if found is not None:
                return self.tr("Berkas %1").replace("%1", found[1]), case_dossier_renderer(found[0])
            return None
        laporan = self._built.get("laporan")
        if page is laporan and laporan is not None:
            period = self.reports_page.printable()
            if period is None:
                return None
            return self.tr("Laporan Capaian Mutu Baku"), sla_renderer(*period)
        if page is settings and settings is not None:
            name = self.settings_page.printable_list()
            if name is not None:
                return name[1], list_renderer(name[0])
        disposisi = self._built.get("disposisi")
        if page is disposisi and disposisi is not None:
            return self.disposisi.printable()
        return None

    def _render(self, document: tuple[str, Renderer], out: Path | None, then: Callable[[Path], None]) -> DocumentJob:
        title, renderer = document
        job = DocumentJob(title, renderer, self.db, self.actor, out, self)
        job.rendered.connect(then)
        job.start()
        return job

    @Slot()
    def preview_document(self) -> DocumentJob | None:
        document = self.current_document()
        return None if document is None else self._render(document, None, lambda path: self._preview(path, document[0]))

    @Slot()
    def print_document(self) -> DocumentJob | None:
        document = self.current_document()
        return None if document is None else self._render(document, None, self._print)

    @Slot()
    def export_document(self) -> DocumentJob | None:
        document = self.current_document()
        if document is None:
            return None
        target = ask_pdf_target(self, document[0])
        if target is None:
            return None
        return self.export_to(document, target)

    def export_to(self, document: tuple[str, Renderer], target: Path) -> DocumentJob:
        return self._render(
            document,
            target,
            lambda path: self.statusBar().showMessage(self.tr("PDF disimpan: %1").replace("%1", str(path)), 10000),
        )

    @Slot(str, object)
    def _preview_rendered(self, title: str, renderer: Renderer) -> DocumentJob:
        return self._render((title, renderer), None, lambda path: self._preview(path, title))

    def _preview(self, path: Path, title: str) -> None:
        from sopdesk.ui.printing import PrintPreviewDialog

        dialog = PrintPreviewDialog(path, title, self)
        dialog.setObjectName("print_preview")
        dialog.open()

    def _print(self, path: Path) -> None:
        from sopdesk.ui.printing import PrintError, choose_printer_and_print

        try:
            pages = choose_printer_and_print(path, self)
        except PrintError as exc:
            show_error(self, self.tr("Pencetakan gagal"), str(exc))
            return
        if pages:
            self.statusBar().showMessage(self.tr("%1 halaman dikirim ke pencetak.").replace("%1", str(pages)), 10000)

    # --- state ----------------------------------------------------------------------

    def _page_key(self) -> str:
        """Each user opens on their own last page (several users share a seat)."""
        return f"main_window/page/{self.actor.username}"

    def _restore_state(self) -> None:
        settings = QSettings()
        self.setMinimumSize(960, 600)
        geometry = settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            self.resize(min(1280, screen.width()), min(800, screen.height() - 40))
            if screen.width() < 1440 or screen.height() < 860:
                # 1366x768, 1280x720, 1920x1080 at 150%: every pixel is needed, as the clerk would set it.
                self.setWindowState(Qt.WindowState.WindowMaximized)
        state = settings.value("main_window/state")
        if state is not None:
            self.restoreState(state)
        page = settings.value(self._page_key(), 0, type=int)
        if isinstance(page, int) and 0 <= page < self.nav.count():
            self.nav.setCurrentRow(page)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.isMaximized() and not self.isFullScreen():
            fit_to_screen(self)  # a geometry remembered on a larger screen is brought inside this one

    def closeEvent(self, event: QCloseEvent) -> None:
        if operations_running():
            event.ignore()
            self.statusBar().showMessage(self.tr("Tunggu sampai penyimpanan atau pencadangan selesai."), 5000)
            return
        self._stop_alerts()
        # Reads still running on the pool (Beranda's figures) finish before the window goes, so
        # no connection outlives it (the database may be closed right after).
        QThreadPool.globalInstance().waitForDone(5000)
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        settings.setValue(self._page_key(), self.nav.currentRow())
        super().closeEvent(event)

    @Slot()
    def request_switch_user(self) -> None:
        """Berkas › Ganti Pengguna: not while a save runs (the window says so), else the
        start-up controller closes this window and shows the login window."""
        if operations_running():
            self.statusBar().showMessage(self.tr("Tunggu sampai penyimpanan atau pencadangan selesai."), 5000)
            return
        self.switch_user.emit()

    # --- actions --------------------------------------------------------------------

    @Slot(object)
    def broadcast(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def open_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    @Slot()
    def backup(self) -> None:
        from datetime import datetime

        from sopdesk.ui import files

        suggested = f"sopdesk-cadangan-{datetime.now():%Y%m%d-%H%M}.sqlite3"
        path = files.ask_save(self, files.FileKind.BACKUP, self.tr("Cadangkan Basis Data"), suggested)
        if path is not None:
            self.start_backup(path)

    def start_backup(self, path: Path) -> Operation[Path]:
        from sopdesk.services import maintenance

        db, actor = self.db, self.actor
        self.backup_action.setEnabled(False)
        return run_op(
            self,
            lambda: maintenance.backup(db, actor, path),
            self._backup_done,
            initiator=self,
            on_failure=self._backup_failed,
            what=self.tr("Mencadangkan ke %1…").replace("%1", str(path)),
        )

    def _backup_done(self, path: object) -> None:
        self.backup_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Cadangan selesai dan diperiksa: %1").replace("%1", str(path)), 10000)

    def _backup_failed(self, exc: BaseException) -> bool:
        self.backup_action.setEnabled(True)
        self.statusBar().clearMessage()
        show_error(self, self.tr("Pencadangan gagal"), failure_message(exc))
        return True

    @Slot()
    def change_password(self) -> None:
        self.settings_page.change_own_password()

    @Slot()
    def show_sop(self) -> DocumentJob:
        """Bantuan › Dokumen SOP: the SOP in force as the bureau prints it for the archive."""
        title = self.tr("Dokumen SOP")
        return self._render((title, render_sop_document), None, lambda path: self._preview(path, title))

    @Slot()
    def about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Tentang SOPDesk"))
        box.setText(
            self.tr(
                "<b>SOPDesk %1</b><br>Agenda surat, disposisi dan pelacakan SOP 01.048.2017 "
                "untuk Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang."
            ).replace("%1", __version__)
        )
        box.addButton(QPushButton(self.tr("Tutup"), box), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # released when closed
        box.open()

    # --- dispositions: the inbox count, alerts from any seat, the papers (disposisi-ui) ----------

    def _start_alerts(self) -> None:
        """Listen to the change feed: what any seat writes (another computer, another program,
        this window's background jobs) reaches every page, and a new disposition for the user
        raises a notification. The reads that follow a change run on the feed's thread too."""
        if self._alerts:
            return
        from sopdesk.services import disposition
        from sopdesk.ui.feed import SeatFeed
        from sopdesk.ui.notify import Notifier

        self._alerts = True
        self._nav_disposisi = self.nav.item(2)
        self._alert_since = disposition.latest_id(self.db)
        self.notifier = Notifier(self)
        self.notifier.clicked.connect(self._alert_clicked)
        self._last_alert: list[InboxItem] = []
        self.feed = SeatFeed(self.db, self._after_changes, self)
        self.feed.arrived.connect(self._changes_arrived)
        self.feed.trouble.connect(self._database_trouble)
        self._watcher = self.feed
        self.feed.start()
        self.changed.connect(self._update_inbox_count)
        self._update_inbox_count()

    @property
    def tray(self) -> QSystemTrayIcon | None:
        notifier = getattr(self, "notifier", None)
        return None if notifier is None else notifier.tray

    @property
    def watching(self) -> bool:
        """Whether the window listens to the change feed (from the first event-loop turn after
        it is built until it closes)."""
        return self._watcher is not None

    def _stop_alerts(self) -> None:
        self._alerts = True  # a window closed before its first event-loop turn never starts them
        feed = self._watcher
        if feed is not None:
            feed.stop()
            self._watcher = None
            self.notifier.close()

    def _after_changes(self, items: list[FeedItem]) -> dict[str, object]:
        """On the feed's thread: what the window shows next to the pages (alerts, the inbox
        count, the user's own account), read once per batch of changes."""
        from sopdesk.services import disposition, read

        extra: dict[str, object] = {}
        touched = [i.changes for i in items]
        if any(c.touches(Kind.DISPOSITION) for c in touched) and self.actor.user_id is not None:
            extra["new"] = disposition.new_for_user(self.db, self.actor.user_id, self._alert_since)
            extra["inbox"] = disposition.inbox_summary(self.db, self.actor)
        if self.actor.user_id is not None and any(c.touches_row(Kind.USER, self.actor.user_id) for c in touched):
            extra["account"] = next((u for u in read.users(self.db) if u.id == self.actor.user_id), None)
        return extra

    @Slot(object, object)
    def _changes_arrived(self, items: list[FeedItem], extra: dict[str, object] | None) -> None:
        total = Changes()
        for item in items:
            total = total | item.changes
        extra = extra or {}
        new = extra.get("new")
        if isinstance(new, list) and new:
            self._alert_since = max(self._alert_since, *(i.disposition_id for i in new))
            self._alert(new)
        if "account" in extra:
            self._account_changed(extra["account"])
        self.broadcast(total)

    @Slot(str)
    def _database_trouble(self, message: str) -> None:
        self.trouble_label.setText(message)
        self.trouble_label.setToolTip(message)
        self.trouble_label.setVisible(bool(message))

    def poll_changes(self) -> None:
        """For tests: read the feed now, on this thread, and deliver what it says."""
        feed = self._watcher
        if feed is None:
            return
        items = feed._feed.poll(force=True)
        if items:
            self._changes_arrived(items, self._after_changes(items))

    def _account_changed(self, account: object) -> None:
        """Another seat changed this user's own account: a deactivated user is told and can no
        longer write (every write checks the account anyway); a new role is said too."""
        from sopdesk.domain.records import UserRecord

        if not isinstance(account, UserRecord) and account is not None:
            return
        if account is None or not account.active:
            self._show_message(self.tr("Akun Anda dinonaktifkan oleh administrator. Simpan tidak akan diterima."))
            show_error(
                self,
                self.tr("Akun dinonaktifkan"),
                self.tr(
                    "Akun Anda dinonaktifkan oleh administrator di komputer lain. Yang belum disimpan "
                    "tidak dapat disimpan lagi; hubungi administrator."
                ),
            )
        elif account.role is not self.actor.role:
            self._show_message(
                self.tr(
                    "Peran Anda diubah menjadi %1 oleh administrator; masuk ulang untuk menyesuaikan menu."
                ).replace("%1", shown(account.role.label))
            )

    def _alert(self, items: list[InboxItem]) -> None:
        self._last_alert = items
        first = items[0]
        title = (
            self.tr("Disposisi baru")
            if len(items) == 1
            else self.tr("%1 disposisi baru").replace("%1", str(len(items)))
        )
        text = (
            self.tr("Dari %1: %2 — %3")
            .replace("%1", first.from_jabatan or first.from_nama)
            .replace("%2", first.letter_number)
            .replace("%3", first.perihal)
        )
        if len(items) > 1:
            text += self.tr(" (dan %1 lainnya)").replace("%1", str(len(items) - 1))
        self.notifier.notify(title, text)
        self.disposition_alert.emit(items)

    @Slot()
    def _alert_clicked(self, *_args: object) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.open_page(2)
        if self._last_alert:
            self.disposisi.show_disposition(self._last_alert[0].disposition_id)

    @Slot()
    def _update_inbox_count(self, *_args: object) -> None:
        """The navigation says how many dispositions the user has not read: "Disposisi (3)"."""
        from sopdesk.services import disposition

        summary = disposition.inbox_summary(self.db, self.actor)
        text = self.tr("Disposisi")
        if summary.unread:
            text = self.tr("Disposisi (%1)").replace("%1", str(summary.unread))
        self._nav_disposisi.setText(text)
        font = QFont(self._nav_disposisi.font())
        font.setBold(summary.unread > 0)
        self._nav_disposisi.setFont(font)
        tip = self.tr("%1 belum dibaca, %2 belum selesai, %3 lewat batas waktu")
        self._nav_disposisi.setToolTip(
            tip.replace("%1", str(summary.unread)).replace("%2", str(summary.open)).replace("%3", str(summary.overdue))
        )

    def _disposition_page_letter(self) -> int | None:
        page = self._built.get("disposisi")
        if page is None or self.stack.currentWidget() is not page:
            return None
        return self.disposisi.current_letter_id()

    @Slot()
    def print_blank_sheet(self) -> DocumentJob | None:
        """Berkas › Cetak Lembar Disposisi Kosong: the selected letter's sheet to fill by hand,
        or, with no letter chosen, a sheet with lines for the letter's data too."""
        document = self.disposisi.blank_document() if self._disposition_page_letter() is not None else None
        if document is None:
            document = (self.tr("Lembar Disposisi (kosong)"), disposition_sheet_renderer(None, blank=True))
        return self._preview_rendered(*document)

    @Slot()
    def check_print(self) -> BackgroundTask | None:
        """Berkas › Periksa Keaslian Cetakan: a PDF or .xlsx SOPDesk wrote, or a scan of a paper."""
        from sopdesk.ui import files

        path = files.ask_open(self, files.FileKind.PRINTED, self.tr("Periksa Keaslian Cetakan"))
        return self.check_print_file(path) if path is not None else None

    def check_print_file(self, path: Path) -> BackgroundTask:
        from sopdesk.services.verify import verify_path

        db = self.db
        # A read, not a write: a background task (the operation runner is for writes).
        task = BackgroundTask(lambda: verify_path(db, path), self)
        self._check = task
        self.statusBar().showMessage(self.tr("Memeriksa %1…").replace("%1", path.name))
        task.finished.connect(self._checked)
        task.error.connect(self._check_failed)
        task.start()
        return task

    @Slot(object)
    def _checked(self, finding: object) -> None:
        from sopdesk.services.verify import Finding

        assert isinstance(finding, Finding)
        self.statusBar().clearMessage()
        box = QMessageBox(self)
        box.setObjectName("print_check")
        box.setWindowTitle(self.tr("Periksa Keaslian Cetakan"))
        box.setIcon(QMessageBox.Icon.Information if finding.ok else QMessageBox.Icon.Warning)
        box.setText(finding.lines[0])
        box.setInformativeText("\n".join(finding.lines[1:]))
        box.addButton(self.tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # released when read
        box.open()
        self.check_result = box
        forget_when_closed(self, "check_result", box)

    @Slot(object)
    def _check_failed(self, exc: object) -> None:
        self.statusBar().clearMessage()
        message = failure_message(exc) if isinstance(exc, BaseException) else str(exc)
        show_error(self, self.tr("Periksa Keaslian Cetakan"), message)

    @Slot()
    def print_routing_card(self) -> DocumentJob | None:
        if self._disposition_page_letter() is None:
            return None
        document = self.disposisi.card_document()
        return None if document is None else self._preview_rendered(*document)
