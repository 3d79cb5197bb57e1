"""Pengaturan: master data (OPD, kode klasifikasi, pejabat), users and the audit trail."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.audit_words import action_words, local_time
from sopdesk.domain.changes import Changes, Kind
from sopdesk.domain.dates import tanggal_jam
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission, allowed
from sopdesk.services import auth, master, read, users
from sopdesk.store.database import Database
from sopdesk.ui.calendar_tab import CalendarTab
from sopdesk.ui.dialogs import (
    ClassificationDialog,
    EditUserDialog,
    NewUserDialog,
    OfficialDialog,
    OpdDialog,
    PasswordDialog,
)
from sopdesk.ui.forms import title_label as page_title
from sopdesk.ui.models import Column, RecordTableModel, record_table
from sopdesk.ui.print_settings import PrintSettingsTab
from sopdesk.ui.words import shown


class MasterTab(QWidget):
    """A table of records with Tambah / Ubah buttons; editing opens a dialog."""

    changed = Signal(object)

    def __init__(
        self,
        name: str,
        columns: Sequence[Column],
        load: Callable[[], Sequence[Any]],
        can_edit: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._load = load
        self.model = RecordTableModel(columns, self)
        self.view = record_table(f"{name}_table", self.model, [c.width for c in columns])
        self.add_button = QPushButton(self.tr("Tambah…"))
        self.add_button.setObjectName(f"{name}_add")
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.edit_button.setObjectName(f"{name}_edit")
        self.add_button.setEnabled(can_edit)
        self.edit_button.setEnabled(can_edit)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view)
        layout.addWidget(self.note)
        self.on_add: Callable[[], None] | None = None
        self.on_edit: Callable[[Any], None] | None = None
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        if can_edit:
            self.view.doubleClicked.connect(self._edit)

    def reload(self) -> None:
        self.model.set_records(self._load())

    def selected(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    @Slot()
    def _add(self) -> None:
        if self.on_add:
            self.on_add()

    @Slot()
    def _edit(self) -> None:
        record = self.selected()
        if record is not None and self.on_edit:
            self.on_edit(record)


def yes_no(value: bool) -> str:
    return "Ya" if value else "Tidak"


class SettingsPage(QWidget):
    """Master data, users, the audit trail, print settings and working days. Every save goes
    through the operation runner, which tells every page (this one too) what changed."""

    changed = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        can_master = allowed(actor.role, Permission.MANAGE_MASTER_DATA)
        can_users = allowed(actor.role, Permission.MANAGE_USERS)
        sop = read.sop_definition(db)
        self.lanes = [(lane.code, lane.nama) for lane in sop.lanes] if sop else []
        lane_names = dict(self.lanes)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.opd = MasterTab(
            "opd",
            [
                Column(self.tr("Nama"), lambda r: r.nama, 380),
                Column(self.tr("Singkatan"), lambda r: r.singkatan, 140),
                Column(self.tr("Jenis"), lambda r: r.jenis, 120),
                Column(self.tr("Aktif"), lambda r: yes_no(r.active)),
            ],
            lambda: read.opd_list(db),
            can_master,
        )
        self.opd.on_add = lambda: self._open(OpdDialog(lambda c: master.save_opd(db, actor, c), parent=self))
        self.opd.on_edit = lambda r: self._open(OpdDialog(lambda c: master.save_opd(db, actor, c, r.id), r, self))

        self.codes = MasterTab(
            "codes",
            [
                Column(self.tr("Set kode"), lambda r: master.SCHEMES.get(r.scheme, r.scheme), 260),
                Column(self.tr("Kode"), lambda r: r.kode, 110),
                Column(self.tr("Uraian"), lambda r: r.uraian, 320),
                Column(self.tr("Aktif"), lambda r: yes_no(r.active)),
            ],
            lambda: read.classification_codes(db),
            can_master,
        )
        self.codes.on_add = lambda: self._open(
            ClassificationDialog(lambda c: master.save_classification(db, actor, c), parent=self)
        )
        self.codes.on_edit = lambda r: self._open(
            ClassificationDialog(lambda c: master.save_classification(db, actor, c, r.id), r, self)
        )

        self.officials = MasterTab(
            "officials",
            [
                Column(self.tr("Lajur SOP"), lambda r: lane_names.get(r.lane, r.lane), 130),
                Column(self.tr("Jabatan"), lambda r: r.jabatan, 300),
                Column(self.tr("Nama"), lambda r: r.nama or self.tr("(belum diisi)"), 260),
                Column(self.tr("Pangkat/golongan"), lambda r: r.pangkat, 150),
                Column(self.tr("NIP"), lambda r: r.nip, 170),
                Column(self.tr("Menjabat"), lambda r: yes_no(r.active)),
            ],
            lambda: read.officials(db),
            can_master,
        )
        self.officials.on_add = lambda: self._open(
            OfficialDialog(lambda c: master.save_official(db, actor, c), self.lanes, parent=self)
        )
        self.officials.on_edit = lambda r: self._open(
            OfficialDialog(lambda c: master.save_official(db, actor, c, r.id), self.lanes, r, self)
        )

        self.users = MasterTab(
            "users",
            [
                Column(self.tr("Nama pengguna"), lambda r: r.username, 140),
                Column(self.tr("Nama"), lambda r: r.nama, 260),
                Column(self.tr("NIP"), lambda r: r.nip, 170),
                Column(self.tr("Peran"), lambda r: shown(r.role.label), 170),
                Column(self.tr("Aktif"), lambda r: yes_no(r.active), 60),
                Column(self.tr("Terakhir masuk"), lambda r: tanggal_jam(r.last_login_at) if r.last_login_at else ""),
            ],
            lambda: read.users(db),
            can_users,
        )
        self.users.on_add = lambda: self._open(
            NewUserDialog(lambda c: users.add_user(db, actor, c), read.officials(db, active_only=True), self)
        )
        self.users.on_edit = lambda r: self._open(
            EditUserDialog(lambda c: users.update_user(db, actor, c), r, read.officials(db), self)
        )
        self.reset_button = QPushButton(self.tr("Atur ulang kata sandi…"))
        self.reset_button.setObjectName("users_reset")
        self.reset_button.setEnabled(can_users)
        self.reset_button.clicked.connect(self._reset_password)
        self.users.buttons.insertWidget(2, self.reset_button)

        self.audit = MasterTab(
            "audit",
            [
                Column(self.tr("Waktu"), lambda r: local_time(r.at).strftime("%d-%m-%Y %H:%M:%S"), 150),
                Column(self.tr("Oleh"), lambda r: r.actor, 100),
                Column(self.tr("Atas nama"), lambda r: r.on_behalf_of or "", 120),
                Column(self.tr("Tindakan"), lambda r: f"{shown(action_words(r.action, r.after))} ({r.action})", 260),
                Column(self.tr("Data"), lambda r: f"{r.entity} {r.entity_id or ''}", 140),
                Column(self.tr("Sesudah"), lambda r: r.after or ""),
            ],
            lambda: read.audit_events(db, limit=500),
            False,
        )
        self.audit.add_button.hide()
        self.audit.edit_button.hide()
        self.audit.note.setText(self.tr("500 peristiwa terakhir. Jejak audit tidak dapat diubah atau dihapus."))

        self.print_settings = PrintSettingsTab(db, actor)
        self.print_settings.changed.connect(self.changed)
        self.calendar = CalendarTab(db, actor)  # Berkas SP (issue 6): working days
        self.calendar.changed.connect(self.changed)
        for tab, title in (
            (self.opd, self.tr("OPD")),
            (self.codes, self.tr("Kode Klasifikasi")),
            (self.officials, self.tr("Pejabat")),
            (self.users, self.tr("Pengguna")),
            (self.audit, self.tr("Jejak Audit")),
            (self.print_settings, self.tr("Kop, Kertas dan Nomor")),
            (self.calendar, self.tr("Hari Kerja")),
        ):
            self.tabs.addTab(tab, title)
        if not can_master:
            for tab in (self.opd, self.codes, self.officials):
                tab.note.setText(self.tr("Peran Anda hanya dapat melihat data ini."))
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Pengaturan")))
        layout.addWidget(self.tabs)
        self.reload()

    def printable_list(self) -> tuple[str, str] | None:
        """(list name, title) of the tab on screen, when it is a printable master-data list."""
        current = self.tabs.currentWidget()
        for tab, name, title in (
            (self.opd, "opd", self.tr("Daftar OPD")),
            (self.officials, "pejabat", self.tr("Daftar Pejabat")),
            (self.codes, "klasifikasi", self.tr("Daftar Kode Klasifikasi")),
        ):
            if current is tab:
                return name, title
        return None

    def reload(self) -> None:
        for tab in (self.opd, self.codes, self.officials, self.users, self.audit):
            tab.reload()

    def on_changes(self, changes: Changes) -> None:
        """Each tab re-reads what it shows; the audit trail follows every write."""
        if changes.touches(Kind.MASTER):
            for tab in (self.opd, self.codes, self.officials):
                tab.reload()
        if changes.touches(Kind.USER, Kind.MASTER):
            self.users.reload()
        self.audit.reload()
        # Kop, Kertas dan Nomor is not re-read under the user's hands: a save based on what it
        # showed is refused if another seat saved meanwhile, and says so.
        self.calendar.on_changes(changes)

    def _open(self, dialog: Any) -> None:
        dialog.setModal(True)
        dialog.open()

    @Slot()
    def _reset_password(self) -> None:
        record = self.users.selected()
        if record is None:
            return
        db, actor = self.db, self.actor
        self._open(PasswordDialog(lambda c: users.reset_password(db, actor, record.id, c[1]), reset=True, parent=self))

    def change_own_password(self) -> None:
        db, actor = self.db, self.actor
        self._open(PasswordDialog(lambda c: auth.change_password(db, actor, c[0], c[1]), parent=self))
