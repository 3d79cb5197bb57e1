"""The login dialog and the first-run setup (the administrator, and the kop the very first
print carries: the lambang daerah and the address). Both only collect input."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.printing import Letterhead
from sopdesk.ui.forms import FieldErrors, button_box, title_label
from sopdesk.ui.kop_form import KopFields
from sopdesk.ui.windows import Dialog


class LoginDialog(Dialog):
    """Emits ``submitted`` with the credentials; the controller decides.

    The window shows before the database is open. Enter pressed meanwhile is not lost: the
    login is queued and goes ahead the moment the database is ready."""

    submitted = Signal(str, str)

    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, release=False)  # the start-up controller releases it
        self.setWindowTitle(self.tr("SOPDesk — Masuk"))
        self.setObjectName("login")
        self._wait_left = 0
        self._ready = False
        self._checking = False
        self.queued = False  # Enter pressed before the database was open
        self._timer = QTimer(self)
        self._timer.setInterval(1000)

        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("SOPDesk"), 1.4))
        layout.addWidget(QLabel(self.tr("Bagian Organisasi Sekretariat Daerah Kabupaten Tangerang")))
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        layout.addLayout(form)
        self.status = QLabel(self.tr("Membuka basis data…"))
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        db_label = QLabel(self.tr("Basis data: %1").replace("%1", database))
        db_label.setStyleSheet("color: #666;")
        db_label.setWordWrap(True)
        layout.addWidget(db_label)
        self.buttons = button_box(self, self.tr("Masuk"), self.tr("Keluar"))
        layout.addWidget(self.buttons)
        self.ok_button = self.buttons.buttons()[0]
        self.ok_button.setEnabled(False)
        self.setMinimumWidth(420)

        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self._timer.timeout.connect(self._tick)
        self.username.setFocus()

    def set_ready(self) -> None:
        """The database is open: logging in is possible now (and goes ahead if Enter was pressed)."""
        self._ready = True
        self.status.setText("")
        self._update_button()
        if self.queued:
            self.queued = False
            self._submit()

    def has_changes(self) -> bool:
        return False  # Esc here leaves SOPDesk; a typed name is nothing to keep

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._ready and self._wait_left <= 0:
            if self.username.text().strip() and self.password.text():
                self.queued = True
                self.status.setText(self.tr("Membuka basis data… Anda masuk begitu siap."))
            else:
                self.status.setText(self.tr("Isi nama pengguna dan kata sandi."))
            event.accept()
            return
        super().keyPressEvent(event)

    def _update_button(self) -> None:
        self.ok_button.setEnabled(self._ready and not self._checking)

    @Slot()
    def _submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        if not self.username.text().strip() or not self.password.text():
            self.status.setText(self.tr("Isi nama pengguna dan kata sandi."))
            return
        self._checking = True
        self._update_button()
        self.status.setText(self.tr("Memeriksa…"))
        self.submitted.emit(self.username.text().strip(), self.password.text())

    def refuse(self, message: str, wait_seconds: float = 0) -> None:
        """Show why (with the account's failed attempts in a row, when there are several) and
        clear the password. The next attempt is slowed, never refused: the button stays."""
        self._timer.stop()
        self._checking = False
        self.password.clear()
        self.password.setFocus()
        self._set_status(message)
        self._update_button()

    def slowed(self, seconds: float) -> None:
        """The attempt waits ``seconds`` because of earlier failed attempts on this account."""
        self._wait_left = int(seconds + 0.999)
        self._timer.start()
        self._show_wait()

    def _set_status(self, text: str) -> None:
        """A longer message (failed attempts, a slowed check) grows the window, never clips."""
        self.status.setText(text)
        self.adjustSize()

    def _show_wait(self) -> None:
        self._set_status(
            self.tr(
                "Akun ini baru saja dicoba dengan kata sandi salah beberapa kali: pemeriksaan diperlambat. "
                "Diperiksa dalam %1 detik…"
            ).replace("%1", str(max(self._wait_left, 0)))
        )

    @Slot()
    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._timer.stop()
            self.status.setText(self.tr("Memeriksa…"))
            return
        self._show_wait()


@dataclass(frozen=True)
class AdminSetup:
    nama: str
    nip: str
    username: str
    password: str
    letterhead: Letterhead | None = None  # the kop with the lambang and address, when given


class FirstRunDialog(Dialog):
    """First start on an empty database: who is the administrator."""

    submitted = Signal(object)

    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, release=False)  # the start-up controller releases it
        self.setWindowTitle(self.tr("SOPDesk — Penyiapan Pertama"))
        self.setObjectName("first_run")
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Selamat datang di SOPDesk"), 1.4))
        intro = QLabel(
            self.tr(
                "Basis data baru dibuat di %1. Isi data administrator pertama: ia dapat "
                "menambah pengguna lain dan mengubah data induk."
            ).replace("%1", database)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.nama = QLineEdit()
        self.nama.setObjectName("nama")
        self.nip = QLineEdit()
        self.nip.setObjectName("nip")
        self.nip.setPlaceholderText(self.tr("18 angka"))
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row("nama", self.tr("Nama lengkap"), self.nama)
        self.errors.add_row("nip", self.tr("NIP"), self.nip)
        self.errors.add_row("username", self.tr("Nama pengguna"), self.username)
        self.errors.add_row("password", self.tr("Kata sandi"), self.password)
        self.errors.add_row("confirm", self.tr("Ulangi kata sandi"), self.confirm)
        layout.addLayout(form)
        # The kop of every form: so that the very first print carries the bureau's own kop.
        kop_box = QGroupBox(self.tr("Kop surat (dicetak di setiap formulir; dapat diubah di Pengaturan)"))
        kop_box.setObjectName("first_run_kop")
        kop_form = QFormLayout(kop_box)
        self.kop_errors = FieldErrors(kop_form)
        self.kop = KopFields(self)
        self.kop.add_rows(self.kop_errors)
        layout.addWidget(kop_box)
        self.status = QLabel(self.tr("Menyiapkan basis data…"))
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = button_box(self, self.tr("Simpan dan Masuk"), self.tr("Keluar"))
        self.ok_button = self.buttons.buttons()[0]
        self.ok_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.nama.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_ready(self) -> None:
        self.status.setText("")
        self.ok_button.setEnabled(True)

    @Slot()
    def _submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        if self.password.text() != self.confirm.text():
            self.errors.show({"confirm": self.tr("Kedua kata sandi tidak sama.")})
            return
        self.errors.clear()
        self.kop_errors.clear()
        self.submitted.emit(
            AdminSetup(
                nama=self.nama.text(),
                nip=self.nip.text(),
                username=self.username.text(),
                password=self.password.text(),
                letterhead=self.kop.letterhead(Letterhead().lines),
            )
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        rest = self.errors.show(errors)
        self.status.setText("\n".join(rest))

    def show_kop_errors(self, errors: dict[str, str]) -> None:
        rest = self.kop_errors.show(errors)
        self.status.setText("\n".join(rest))
