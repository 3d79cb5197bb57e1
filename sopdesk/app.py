"""Composition root: arguments, paths, QApplication, fonts, translators, database, windows.

The login window appears before SQLAlchemy is even imported: the database is opened (and
migrated after a backup) on a worker thread while the user types. Then, side by side, the
password is checked (Argon2 releases the interpreter lock) while another worker seeds the
master data, loads new SOP versions and imports the main window; the main window opens when
both are done.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, QTimer, QTranslator, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from sopdesk.paths import Paths, database_target, resource_dir
from sopdesk.ui.login import AdminSetup, FirstRunDialog, LoginDialog
from sopdesk.ui.tasks import BackgroundTask, GuiGarbageCollector

if TYPE_CHECKING:
    from sopdesk.domain.records import Actor
    from sopdesk.services.auth import LoginResult
    from sopdesk.store.database import Database
    from sopdesk.ui.main_window import MainWindow

_T0 = time.perf_counter()


def _probe(mark: str) -> None:
    """Start-up benchmark hook: ``SOPDESK_PROBE=FILE`` records when each window shows."""
    path = os.environ.get("SOPDESK_PROBE")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"{mark} {time.time():.6f}\n")


def install_fonts(app: QApplication) -> None:
    """The shipped DejaVu Sans, so a bare machine draws text and screen matches paper."""
    fonts = resource_dir() / "fonts"
    family = None
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(fonts / name))
        if font_id >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    if family:
        font = QFont(family)
        font.setPointSizeF(9.5)
        app.setFont(font)


def install_translator(app: QApplication, lang: str | None) -> str:
    """Indonesian is the source language; English comes from ``sopdesk_en.qm``."""
    settings = QSettings()
    lang = lang or os.environ.get("SOPDESK_LANG") or str(settings.value("ui/lang", "id"))
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    if lang != "id":
        translator = QTranslator(app)
        if translator.load(str(resource_dir() / "translations" / f"sopdesk_{lang}.qm")):
            app.installTranslator(translator)
            QLocale.setDefault(QLocale(lang))
        else:
            lang = "id"
    return lang


class Startup(QObject):
    """Shows login (or first-run) at once, opens the database in the background."""

    slowed = Signal(float)  # from the login's worker: the attempt waits that many seconds

    def __init__(self, app: QApplication, paths: Paths, target: str) -> None:
        super().__init__(app)
        self.notice = ""
        self._witnessing: BackgroundTask | None = None
        self.slowed.connect(self._slowed)
        self.app = app
        self.paths = paths
        self.target = target
        self.db: Database | None = None
        self.window: MainWindow | None = None
        self.prepared = False  # reference data loaded and the main window imported
        self.waiting: Actor | None = None  # logged in, waiting for the preparation
        self.dialog: LoginDialog | FirstRunDialog | None = None
        self._accepted = False  # the dialog on screen led to the main window
        self.exit_code = 0
        is_new_sqlite = "://" not in target and not Path(target).exists()
        from sopdesk.domain.conninfo import masked

        self.display = masked(target)
        if is_new_sqlite:
            self._show_first_run()
        else:
            self._show_login()
        self.task = BackgroundTask(self._open_database, self)
        self.task.finished.connect(self._opened)
        self.task.error.connect(self._failed)
        self.task.start()

    # runs on a worker thread
    def _open_database(self) -> tuple[Database, int]:
        import sopdesk.services.auth  # noqa: F401  (loaded here, Argon2 included, for the login)
        from sopdesk.services import read
        from sopdesk.store.database import Database

        if "://" not in self.target:
            self.paths.ensure()
        from sopdesk.store.witness import WitnessKeeper

        db = Database.connect(self.target)
        try:
            keeper = WitnessKeeper(db, self.paths.witness_file)  # the chain's head, outside the database
            report = db.open(self.paths.backup_dir if db.target.is_sqlite else None)
            if report.created:
                keeper.new_database()
            self.witness = keeper
            return db, read.user_count(db)
        except BaseException:
            db.dispose()
            raise

    # runs on a worker thread
    def _prepare_main(self) -> None:
        """While the user types (or Argon2 runs): seed master data and load new SOP versions,
        then import what the main window needs."""
        from sopdesk.services.setup import load_reference_data

        assert self.db is not None
        load_reference_data(self.db)
        import sopdesk.ui.main_window  # noqa: F401

    def _show_login(self) -> None:
        dialog = LoginDialog(self.display)
        dialog.submitted.connect(self._login)
        self._show(dialog, "login_shown")

    def _show_first_run(self) -> None:
        dialog = FirstRunDialog(self.display)
        dialog.submitted.connect(self._create_admin)
        self._show(dialog, "first_run_shown")

    def _show(self, dialog: LoginDialog | FirstRunDialog, mark: str) -> None:
        """Show ``dialog`` in place of the current one (closing and releasing it without quitting)."""
        old = self.dialog
        dialog.rejected.connect(self._quit)
        self.dialog = dialog
        dialog.show()
        _probe(mark)
        if old is not None:
            if not self._accepted:
                old.rejected.disconnect(self._quit)
            old.close()
            old.deleteLater()
        self._accepted = False

    @Slot(object)
    def _opened(self, result: tuple[Database, int]) -> None:
        self.db, users = result
        _probe("db_opened")
        if users == 0 and not isinstance(self.dialog, FirstRunDialog):
            self._show_first_run()
        elif users > 0 and isinstance(self.dialog, FirstRunDialog):
            self._show_login()  # someone else created the administrator in the meantime
        assert self.dialog is not None
        self.dialog.set_ready()
        credentials = os.environ.get("SOPDESK_PROBE_LOGIN")
        if credentials and isinstance(self.dialog, LoginDialog):
            user, _, password = credentials.partition(":")
            self._login(user, password)
        # After the login above (when scripted), so Argon2 starts first and runs beside it.
        self.preparation = BackgroundTask(self._prepare_main, self)
        self.preparation.finished.connect(self._prepared)
        self.preparation.error.connect(self._failed)
        self.preparation.start()

    @Slot(object)
    def _prepared(self, _result: object) -> None:
        _probe("prepared")
        self.prepared = True
        if self.waiting is not None:
            self._open_main(self.waiting)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        from sopdesk.domain.conninfo import masked
        from sopdesk.domain.errors import DomainError, SopDefinitionError

        described = str(exc) if isinstance(exc, DomainError | SopDefinitionError) else f"{type(exc).__name__}: {exc}"
        described = masked(described)  # a driver's message may quote the address
        if isinstance(exc, SopDefinitionError):  # a definition file in resources/sop was edited badly
            what = self.tr("Berkas definisi SOP tidak sah; perbaiki berkas itu lalu mulai lagi.")
            print(f"SOPDesk tidak dapat dimulai: definisi SOP tidak sah: {described}", file=sys.stderr)
        else:
            what = self.tr("Basis data tidak dapat dibuka.")
            print(f"SOPDesk tidak dapat membuka basis data: {described}", file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("SOPDesk tidak dapat dimulai"), what + "\n\n" + described)
        box.exec()
        self.exit_code = 1
        self.app.exit(1)

    @Slot(str, str)
    def _login(self, username: str, password: str) -> None:
        """Argon2 takes tens of milliseconds: verify on a worker so the dialog stays responsive
        (the cffi call releases the GIL, so it overlaps the main window's import)."""
        from sopdesk.services.auth import authenticate

        assert isinstance(self.dialog, LoginDialog) and self.db is not None
        db = self.db
        slowed = self.slowed

        def wait(seconds: float) -> None:  # on the worker: the dialog counts the seconds down
            slowed.emit(seconds)
            time.sleep(seconds)

        self.auth = BackgroundTask(lambda: authenticate(db, username, password, wait=wait), self)
        self.auth.finished.connect(self._authenticated)
        self.auth.error.connect(self._refused)
        self.auth.start()

    @Slot(object)
    def _authenticated(self, result: LoginResult) -> None:
        from sopdesk.services.auth import failed_attempts_notice

        _probe("authenticated")
        self.notice = failed_attempts_notice(result)
        self._open_main(result.actor)

    @Slot(float)
    def _slowed(self, seconds: float) -> None:
        if isinstance(self.dialog, LoginDialog):
            self.dialog.slowed(seconds)

    @Slot(object)
    def _refused(self, exc: object) -> None:
        from sopdesk.domain.errors import AuthenticationFailed

        if not isinstance(self.dialog, LoginDialog):
            return
        if isinstance(exc, AuthenticationFailed):
            self.dialog.refuse(str(exc), exc.wait_seconds)
        else:  # the database went away between opening and logging in
            from sopdesk.domain.conninfo import masked

            print(masked(f"SOPDesk: login gagal: {type(exc).__name__}: {exc}"), file=sys.stderr)
            self.dialog.refuse(self.tr("Login tidak dapat diperiksa: %1").replace("%1", masked(str(exc))), 0)

    @Slot(object)
    def _create_admin(self, setup: AdminSetup) -> None:
        from sopdesk.domain.errors import DomainError, ValidationError
        from sopdesk.domain.records import Actor
        from sopdesk.domain.roles import Role
        from sopdesk.services.users import NewUser, create_first_admin

        assert isinstance(self.dialog, FirstRunDialog) and self.db is not None
        head = setup.letterhead
        if head is not None:
            from sopdesk.domain.printing import validate_letterhead

            try:  # the kop first: nothing is created while a field of it is refused
                validate_letterhead(head)
            except ValidationError as exc:
                self.dialog.show_kop_errors(exc.fields)
                return
        try:
            user = create_first_admin(
                self.db, NewUser(setup.username, setup.nama, setup.nip, Role.ADMIN, setup.password)
            )
        except ValidationError as exc:
            self.dialog.show_errors(exc.fields)
            return
        except DomainError as exc:
            self.dialog.show_errors({"_": str(exc)})
            return
        actor = Actor(user.id, user.username, user.role, user.nama)
        if head is not None and (head.logo or any(head.address_lines)):
            from sopdesk.services.printing import save_letterhead

            try:
                save_letterhead(self.db, actor, head)
            except DomainError as exc:  # kept for Pengaturan › Kop; the administrator exists
                print(f"SOPDesk: kop tidak tersimpan: {exc}", file=sys.stderr)
        self._open_main(actor)

    def _open_main(self, actor: Actor) -> None:
        if not self.prepared:
            self.waiting = actor  # opened by _prepared; the dialog is not submitted twice meanwhile
            if self.dialog is not None:
                self.dialog.ok_button.setEnabled(False)
            return
        self.waiting = None
        from sopdesk.ui.main_window import MainWindow

        assert self.db is not None
        window = MainWindow(self.db, actor, self.paths.backup_dir)
        window.switch_user.connect(self._switch_user)
        self.window = window
        window.show()
        if self.notice:  # someone typed wrong passwords for this account since its last login
            window.statusBar().showMessage(self.notice, 120_000)
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Percobaan masuk yang gagal"), self.notice, parent=window
            )
            box.setModal(False)  # seen at once, in nobody's way
            box.show()
            self.notice_box = box
        # This seat's own writes are witnessed at each commit; other seats' once a minute.
        if getattr(self, "witness_timer", None) is None:  # (a second login, after Ganti Pengguna)
            self.witness_timer = QTimer(self)
            self.witness_timer.setInterval(60_000)
            self.witness_timer.timeout.connect(self._witness_others)
            self.witness_timer.start()
        _probe("main_shown")
        if self.dialog is not None:
            self.dialog.rejected.disconnect(self._quit)
            self._accepted = True
            self.dialog.accept()
        if os.environ.get("SOPDESK_PROBE_EXIT"):
            QTimer.singleShot(0, self.app.quit)

    @Slot()
    def _witness_others(self) -> None:
        keeper = getattr(self, "witness", None)
        if keeper is not None and self._witnessing is None:
            self._witnessing = BackgroundTask(keeper.refresh, self)
            self._witnessing.finished.connect(self._witnessed)
            self._witnessing.error.connect(self._witnessed)
            self._witnessing.start()

    @Slot(object)
    def _witnessed(self, _result: object) -> None:
        self._witnessing = None

    @Slot()
    def _switch_user(self) -> None:
        """Berkas › Ganti Pengguna: the main window closes (it saves what it remembers and
        refuses while a save runs) and the login window comes back, the database still open."""
        window = self.window
        if window is None or self.db is None:
            return
        self._show_login()  # first, so closing the main window does not end the application
        if not window.close():
            self._close_login_again(window)
            return
        self.window = None
        window.deleteLater()
        assert isinstance(self.dialog, LoginDialog)
        self.dialog.set_ready()

    def _close_login_again(self, window: MainWindow) -> None:
        """The main window refused to close (a save is on its way): it stays, the login goes."""
        dialog = self.dialog
        if dialog is not None:
            dialog.rejected.disconnect(self._quit)
            dialog.close()
            dialog.deleteLater()
        self.dialog = None
        window.raise_()

    @Slot()
    def _quit(self) -> None:
        self.app.quit()


def make_application(argv: list[str] | None = None) -> QApplication:
    QCoreApplication.setOrganizationName("BagianOrganisasi")
    QCoreApplication.setOrganizationDomain("organisasi.tangerangkab.go.id")
    QCoreApplication.setApplicationName("SOPDesk")
    # None's reserve of references (ui/binding.py) was given when sopdesk.ui was first imported.
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    # The installed .desktop entry is sopdesk.desktop; its icon also titles every window.
    app.setDesktopFileName("sopdesk")
    icon = resource_dir() / "icons" / "sopdesk.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if not hasattr(app, "sopdesk_gc"):
        app.sopdesk_gc = GuiGarbageCollector(app)  # type: ignore[attr-defined]
    return app


def run(args: argparse.Namespace) -> int:
    app = make_application()
    install_fonts(app)
    install_translator(app, getattr(args, "lang", None))
    paths = Paths(Path(args.data_dir) if args.data_dir else None)
    target = database_target(args.db, paths)
    startup = Startup(app, paths, target)
    code = app.exec()
    if startup.db is not None:
        startup.db.dispose()
    return code or startup.exit_code


def self_test() -> int:
    """``sopdesk --self-test``: the installed program works end to end, without a screen.

    On a temporary data folder (and temporary Qt settings): create and seed a SQLite
    database, create an administrator, open the main window, render the SOP document to
    PDF. Prints one line and returns 0, or prints the error on stderr and returns 1. The
    user's own data folder and settings are never touched.
    """
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        with tempfile.TemporaryDirectory(prefix="sopdesk-self-test-") as tmp:
            summary = _self_test_in(Path(tmp))
    except Exception as exc:
        print(f"Uji mandiri SOPDesk GAGAL: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(summary)
    return 0


def _self_test_in(work: Path) -> str:
    import secrets

    from sopdesk import __version__
    from sopdesk.domain.printing import Letterhead
    from sopdesk.domain.records import Actor
    from sopdesk.domain.roles import Role
    from sopdesk.reports.sop_document import render_sop
    from sopdesk.services.printing import prepare_sop_print, save_letterhead
    from sopdesk.services.setup import initialise
    from sopdesk.services.users import NewUser, create_first_admin
    from sopdesk.store.database import Database
    from sopdesk.ui.main_window import MainWindow

    started = time.perf_counter()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qsettings"))
    app = make_application()
    install_fonts(app)
    install_translator(app, "id")

    paths = Paths(work / "data")
    paths.ensure()
    db = Database.connect(str(paths.database_file))
    try:
        result = initialise(db, paths.backup_dir)
        password = "uji-" + secrets.token_urlsafe(12)
        user = create_first_admin(db, NewUser("ujimandiri", "Uji Mandiri", "", Role.ADMIN, password))
        actor = Actor(user.id, user.username, user.role, user.nama)

        window = MainWindow(db, actor, paths.backup_dir)
        window.show()
        app.processEvents()
        if not window.isVisible():
            raise RuntimeError("jendela utama tidak tampil")
        window.close()
        app.processEvents()
        window.deleteLater()
        app.processEvents()

        # The application icon as the letterhead logo, so the image path (Pillow) is exercised too.
        save_letterhead(db, actor, Letterhead(logo=(resource_dir() / "icons" / "sopdesk.png").read_bytes()))
        job = prepare_sop_print(db, actor)
        pdf = work / "dokumen-sop.pdf"
        pages = render_sop(job.sop, job.setup, job.mark, job.letterhead, pdf)
        if not pdf.exists() or not pdf.read_bytes().startswith(b"%PDF"):
            raise RuntimeError(f"{pdf.name} tidak terbentuk atau bukan PDF")
    finally:
        db.dispose()
    return (
        f"Uji mandiri SOPDesk {__version__} berhasil: basis data skema {result.report.revision} dibuat, "
        f"jendela utama dibuka, dokumen SOP {pages} halaman dicetak ke PDF "
        f"({time.perf_counter() - started:.1f} detik)."
    )
