"""Record dialogs. Each collects a plain command object and hands it to a ``save`` callable
supplied by its page, which the operation runner calls on a worker thread. Errors come back
next to the fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.errors import StaleRecord, ValidationError
from sopdesk.domain.records import ClassificationRecord, OfficialRecord, OpdRecord, UserRecord
from sopdesk.domain.roles import Role
from sopdesk.services.master import SCHEMES, ClassificationInput, OfficialInput, OpdInput
from sopdesk.services.users import NewUser, UserUpdate
from sopdesk.ui.forms import FieldErrors, button_box
from sopdesk.ui.operations import Operation, failure_message, run_op
from sopdesk.ui.windows import Dialog
from sopdesk.ui.words import shown


class RecordDialog(Dialog):
    """Base: a form, a status line, Simpan/Batal; ``command()`` builds the command.

    The keyboard, focus, screen and release rules of every dialog come from
    :class:`~sopdesk.ui.windows.Dialog`: the first field has the focus, Enter saves, Esc on a
    changed form asks before throwing the typing away, and the dialog is released when closed.

    Saving runs ``save(command)`` through the operation runner (on a worker thread): while it
    runs the buttons wait and Esc does not throw the form away; a refusal comes back next to
    its field (or in the status line) with everything typed kept; a save based on a version
    another seat has replaced is refused and :meth:`on_stale` shows what changed. The pages
    hear what changed from the runner; ``initiator`` names who asked (the page, by default the
    dialog itself)."""

    saving_changed = Signal(bool)

    def __init__(self, title: str, save: Callable[[Any], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.result_value: object = None
        self.initiator: object = self
        self._operation: Operation[Any] | None = None
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.errors = FieldErrors(self.form)
        layout.addLayout(self.form)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #b00020;")
        layout.addWidget(self.status)
        self.buttons = button_box(self, self.tr("Simpan"), self.tr("Batal"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)

    def line(self, name: str, label: str, value: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(name)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        self.errors.add_row(name, label, edit)
        return edit

    def combo(self, name: str, label: str, items: Sequence[tuple[str, object]], current: object = None) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        for text, data in items:
            box.addItem(text, data)
        if current is not None:
            index = box.findData(current)
            if index >= 0:
                box.setCurrentIndex(index)
        self.errors.add_row(name, label, box)
        return box

    def command(self) -> Any:
        raise NotImplementedError

    @property
    def saving(self) -> bool:
        """Whether a save is on its way (the tests wait for it to end)."""
        return self._operation is not None

    @Slot()
    def submit(self) -> None:
        if self._operation is not None:
            return  # Enter pressed again while saving: one save is enough
        self.status.clear()
        self.errors.clear()
        try:
            command = self.command()
        except ValidationError as exc:  # the form's own checks (two passwords differ, a date typed wrong)
            self.status.setText("\n".join(self.errors.show(exc.fields)))
            return
        save = self._save
        self._set_saving(True)
        self._operation = run_op(
            self, lambda: save(command), self._saved, initiator=self.initiator, on_failure=self._refused
        )

    def _set_saving(self, saving: bool) -> None:
        for button in self.buttons.buttons():
            button.setEnabled(not saving)
        if saving:
            self.status.setStyleSheet("color: #555;")
            self.status.setText(self.tr("Menyimpan…"))
        else:
            self.status.setStyleSheet("color: #b00020;")
        self.saving_changed.emit(saving)

    def _saved(self, result: object) -> None:
        self._operation = None
        self._set_saving(False)
        self.status.clear()
        self.result_value = result
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        self._operation = None
        self._set_saving(False)
        if isinstance(exc, ValidationError):
            self.status.setText("\n".join(self.errors.show(exc.fields)))
        elif isinstance(exc, StaleRecord):
            self.status.setText(str(exc))
            self.on_stale(exc)
        else:
            self.status.setText(failure_message(exc))
        return True  # told here, next to the form; nothing typed is lost

    def on_stale(self, exc: StaleRecord) -> None:
        """Another seat saved a newer version since the form opened. The form keeps what was
        typed and takes the newer version as its base, so Simpan again (after reading what
        changed) saves the typed values over it knowingly; subclasses show what changed."""
        if exc.current_version is not None and hasattr(self, "version"):
            setattr(self, "version", exc.current_version)  # noqa: B010 - the edit dialogs' base version
            self.status.setText(
                str(exc) + " " + self.tr("Tekan Simpan lagi untuk menyimpan isian Anda di atas perubahan itu.")
            )

    def may_close(self) -> bool:
        if self._operation is not None:
            self.status.setText(self.tr("Tunggu: penyimpanan sedang berjalan."))
            return False
        return True


class OpdDialog(RecordDialog):
    def __init__(
        self, save: Callable[[OpdInput], object], record: OpdRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Ubah OPD") if record else self.tr("Tambah OPD"), save, parent)
        self.nama = self.line("nama", self.tr("Nama"), record.nama if record else "")
        self.singkatan = self.line("singkatan", self.tr("Singkatan"), record.singkatan if record else "")
        self.jenis = self.line(
            "jenis", self.tr("Jenis"), record.jenis if record else "", self.tr("dinas, badan, kecamatan, …")
        )
        self.active = QCheckBox(self.tr("Aktif (muncul di pilihan asal surat)"))
        self.active.setChecked(record.active if record else True)
        self.active.setVisible(record is not None)
        self.form.addRow("", self.active)
        self.version: int | None = record.version if record else None

    def command(self) -> OpdInput:
        return OpdInput(
            self.nama.text(), self.singkatan.text(), self.jenis.text(), self.active.isChecked(), self.version
        )


class ClassificationDialog(RecordDialog):
    def __init__(
        self,
        save: Callable[[ClassificationInput], object],
        record: ClassificationRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Ubah Kode Klasifikasi") if record else self.tr("Tambah Kode Klasifikasi"), save, parent
        )
        self.scheme = self.combo(
            "scheme",
            self.tr("Set kode"),
            [(label, key) for key, label in SCHEMES.items()],
            record.scheme if record else None,
        )
        self.kode = self.line("kode", self.tr("Kode"), record.kode if record else "")
        self.uraian = self.line("uraian", self.tr("Uraian"), record.uraian if record else "")
        self.active = QCheckBox(self.tr("Aktif"))
        self.active.setChecked(record.active if record else True)
        self.form.addRow("", self.active)
        if record:
            self.scheme.setEnabled(False)
            self.kode.setReadOnly(True)
        self.version: int | None = record.version if record else None

    def command(self) -> ClassificationInput:
        return ClassificationInput(
            str(self.scheme.currentData()), self.kode.text(), self.uraian.text(), self.active.isChecked(), self.version
        )


class OfficialDialog(RecordDialog):
    def __init__(
        self,
        save: Callable[[OfficialInput], object],
        lanes: Sequence[tuple[str, str]],
        record: OfficialRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Ubah Pejabat") if record else self.tr("Tambah Pejabat"), save, parent)
        self.lane = self.combo(
            "lane", self.tr("Lajur SOP"), [(nama, code) for code, nama in lanes], record.lane if record else None
        )
        self.jabatan = self.line("jabatan", self.tr("Jabatan"), record.jabatan if record else "")
        self.nama = self.line("nama", self.tr("Nama (dengan gelar)"), record.nama if record else "")
        self.pangkat = self.line(
            "pangkat",
            self.tr("Pangkat/golongan"),
            record.pangkat if record else "",
            self.tr("mis. Pembina (IV/a); dicetak di bawah nama penanda tangan"),
        )
        self.nip = self.line(
            "nip", self.tr("NIP"), record.nip if record else "", self.tr("18 angka; kosong bila bukan PNS")
        )
        self.active = QCheckBox(self.tr("Masih menjabat"))
        self.active.setChecked(record.active if record else True)
        self.form.addRow("", self.active)
        self.version: int | None = record.version if record else None

    def command(self) -> OfficialInput:
        return OfficialInput(
            str(self.lane.currentData()),
            self.nama.text(),
            self.jabatan.text(),
            self.nip.text(),
            self.active.isChecked(),
            self.version,
            pangkat=self.pangkat.text(),
        )


def role_items() -> list[tuple[str, object]]:
    return [(shown(role.label), role) for role in Role]


class NewUserDialog(RecordDialog):
    def __init__(
        self, save: Callable[[NewUser], object], officials: Sequence[OfficialRecord], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Tambah Pengguna"), save, parent)
        self.username = self.line("username", self.tr("Nama pengguna"))
        self.nama = self.line("nama", self.tr("Nama lengkap"))
        self.nip = self.line("nip", self.tr("NIP"), placeholder=self.tr("18 angka"))
        self.role = self.combo("role", self.tr("Peran"), role_items(), Role.STAF)
        self.official = self.combo(
            "official_id", self.tr("Pejabat (bila ia pejabat)"), official_items(self.tr("— bukan pejabat —"), officials)
        )
        self.password = self.line("password", self.tr("Kata sandi awal"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

    def command(self) -> NewUser:
        return NewUser(
            self.username.text(),
            self.nama.text(),
            self.nip.text(),
            Role(self.role.currentData()),  # a combo box hands an enum back as its text
            self.password.text(),
            self.official.currentData(),
        )


def official_items(none_label: str, officials: Sequence[OfficialRecord]) -> list[tuple[str, object]]:
    items: list[tuple[str, object]] = [(none_label, None)]
    items += [(f"{o.jabatan} — {o.nama or '(nama belum diisi)'}", o.id) for o in officials]
    return items


class EditUserDialog(RecordDialog):
    def __init__(
        self,
        save: Callable[[UserUpdate], object],
        record: UserRecord,
        officials: Sequence[OfficialRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Ubah Pengguna %1").replace("%1", record.username), save, parent)
        self.user_id = record.id
        self.nama = self.line("nama", self.tr("Nama lengkap"), record.nama)
        self.nip = self.line("nip", self.tr("NIP"), record.nip)
        self.role = self.combo("role", self.tr("Peran"), role_items(), record.role)
        self.official = self.combo(
            "official_id",
            self.tr("Pejabat (bila ia pejabat)"),
            official_items(self.tr("— bukan pejabat —"), officials),
            record.official_id,
        )
        self.active = QCheckBox(self.tr("Aktif (boleh masuk)"))
        self.active.setChecked(record.active)
        self.form.addRow("", self.active)
        self.version: int | None = record.version

    def command(self) -> UserUpdate:
        return UserUpdate(
            self.user_id,
            self.nama.text(),
            self.nip.text(),
            Role(self.role.currentData()),  # a combo box hands an enum back as its text
            self.active.isChecked(),
            self.official.currentData(),
            self.version,
        )


class PasswordDialog(RecordDialog):
    """Change one's own password (old one required), or an admin's reset (``reset=True``)."""

    def __init__(
        self, save: Callable[[tuple[str, str]], object], *, reset: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Atur Ulang Kata Sandi") if reset else self.tr("Ganti Kata Sandi"), save, parent)
        self.old = None if reset else self.line("old_password", self.tr("Kata sandi lama"))
        self.new = self.line("new_password", self.tr("Kata sandi baru"))
        self.confirm = self.line("confirm", self.tr("Ulangi kata sandi baru"))
        for edit in (self.old, self.new, self.confirm):
            if edit is not None:
                edit.setEchoMode(QLineEdit.EchoMode.Password)

    def command(self) -> tuple[str, str]:
        if self.new.text() != self.confirm.text():
            raise ValidationError.single("confirm", self.tr("Kedua kata sandi baru tidak sama."))
        return (self.old.text() if self.old else "", self.new.text())
