"""Disposisi: the user's inbox, the letters waiting for the Kabag, the dispositions one gave,
and a letter's chain (Kabag -> Kasubag -> Staf) as a tree with each recipient's status.

Every write goes through services/disposition.py; the page then emits what changed and the
main window broadcasts it, so the agenda's status column and the navigation's count follow.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.agenda import LetterRecord, Urgensi
from sopdesk.domain.changes import Changes, Kind
from sopdesk.domain.dates import tanggal, tanggal_jam
from sopdesk.domain.disposition import (
    DispositionRecord,
    InboxItem,
    RecipientStatus,
)
from sopdesk.domain.errors import StaleRecord
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission, allowed
from sopdesk.services import disposition, read
from sopdesk.store.database import Database
from sopdesk.store.disposition_outbox import sent_dispositions
from sopdesk.ui import forms
from sopdesk.ui.dialogs import RecordDialog
from sopdesk.ui.disposition_chain import NODE_ROLE, OVERDUE, ChainTree, instruction_text
from sopdesk.ui.disposition_form import DispositionDialog, disposition_saver, may_write
from sopdesk.ui.documents import Renderer, disposition_sheet_renderer, routing_card_renderer
from sopdesk.ui.forms import title_label as page_title
from sopdesk.ui.models import RECORD_ROLE, Column, Index, RecordTableModel, record_table
from sopdesk.ui.operations import Operation, failure_message, run_op
from sopdesk.ui.words import shown

# Selecting an unread item in the inbox marks it read after this long (as mail programs do);
# "Buka", Enter or a double click mark it at once.
READ_AFTER_MS = 1500
OVERDUE_BACKGROUND = QColor("#fdecea")


def _status_text(status: RecipientStatus, at: Any) -> str:
    return shown(status.label) + (f", {tanggal_jam(at)}" if at else "")


def _short_day(d: Any) -> str:
    return f"{d:%d-%m-%Y}"


def _short_moment(moment: Any) -> str:
    return f"{moment:%d-%m-%Y %H.%M}"


def _short_status(status: RecipientStatus, at: Any) -> str:
    return shown(status.label) + (f" {_short_moment(at)}" if at else "")


# --- models --------------------------------------------------------------------------------


class InboxModel(RecordTableModel):
    """Disposisi Masuk: unread rows bold, overdue rows red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("No. Agenda"), lambda i: i.letter_number),
            Column(self.tr("Perihal"), lambda i: i.perihal),
            Column(
                self.tr("Batas Waktu"), lambda i: _short_day(i.due_date) + (self.tr(" (lewat)") if i.overdue else "")
            ),
            Column(self.tr("Status"), lambda i: _short_status(i.status, i.status_at)),
            Column(self.tr("Dari"), lambda i: i.from_jabatan or i.from_nama),
            Column(self.tr("Instruksi"), lambda i: instruction_text(i.instructions, i.catatan)),
            Column(self.tr("Diterima"), lambda i: _short_moment(i.written_at)),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self.records):
            item: InboxItem = self.records[index.row()]
            if role == Qt.ItemDataRole.FontRole and item.unread:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
                return QBrush(OVERDUE)
            if role == Qt.ItemDataRole.BackgroundRole and item.overdue:
                return QBrush(OVERDUE_BACKGROUND)
        return super().data(index, role)

    def row_of(self, disposition_id: int, recipient_id: int | None = None) -> int | None:
        for row, item in enumerate(self.records):
            if item.disposition_id == disposition_id and recipient_id in (None, item.recipient_id):
                return row
        return None


@dataclass(frozen=True)
class SentRow:
    """One line of Disposisi Keluar: a disposition and its letter."""

    disposition: DispositionRecord
    letter: LetterRecord

    @property
    def active(self) -> bool:
        return not self.disposition.withdrawn


def _progress(d: DispositionRecord) -> str:
    if d.withdrawn:
        return QCoreApplication.translate("SentModel", "ditarik")
    done = sum(r.status is RecipientStatus.SELESAI for r in d.recipients)
    unread = sum(r.status is RecipientStatus.BELUM_DIBACA for r in d.recipients)
    total = len(d.recipients)
    if done == total:
        return QCoreApplication.translate("SentModel", "selesai")
    if unread == total:
        return QCoreApplication.translate("SentModel", "belum dibaca")
    return (
        QCoreApplication.translate("SentModel", "%1 dari %2 selesai").replace("%1", str(done)).replace("%2", str(total))
    )


class SentModel(RecordTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("No. Agenda"), lambda s: s.letter.number),
            Column(self.tr("Perihal"), lambda s: s.letter.perihal),
            Column(self.tr("Kepada"), lambda s: ", ".join(r.label for r in s.disposition.recipients)),
            Column(self.tr("Batas Waktu"), lambda s: _short_day(s.disposition.due_date)),
            Column(self.tr("Status"), lambda s: _progress(s.disposition)),
            Column(self.tr("Ditulis"), lambda s: _short_moment(s.disposition.written_at)),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and 0 <= index.row() < len(self.records)
            and self.records[index.row()].disposition.withdrawn
        ):
            font = QFont()
            font.setStrikeOut(True)
            return font
        return super().data(index, role)


class AwaitingModel(RecordTableModel):
    """Perlu Disposisi: letters with no disposition in force, oldest first; urgent ones bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("No. Agenda"), lambda r: r.number),
            Column(self.tr("Diterima"), lambda r: _short_moment(r.received_at)),
            Column(self.tr("Asal Surat"), lambda r: r.asal),
            Column(self.tr("Perihal"), lambda r: r.perihal),
            Column(self.tr("Sifat"), lambda r: shown(r.sifat.value)),
            Column(self.tr("Urgensi"), lambda r: shown(r.urgensi.value)),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.FontRole
            and index.isValid()
            and 0 <= index.row() < len(self.records)
            and self.records[index.row()].urgensi is not Urgensi.BIASA
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


# --- small dialogs -------------------------------------------------------------------------


class NoteDialog(RecordDialog):
    """One multi-line note (follow-up, completion, reason to withdraw), checked by the service."""

    def __init__(
        self,
        title: str,
        field: str,
        label: str,
        save: Callable[[str], object],
        parent: QWidget | None = None,
        *,
        ok_text: str = "",
        intro: str = "",
    ) -> None:
        super().__init__(title, save, parent)
        self.setObjectName("note_dialog")
        if intro:
            text = QLabel(intro)
            text.setObjectName("intro")
            text.setWordWrap(True)
            self.form.addRow(text)
        self.note = QPlainTextEdit()
        self.note.setObjectName(field)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 14)
        self.errors.add_row(field, label, self.note)
        if ok_text:
            self.buttons.buttons()[0].setText(ok_text)
        self.note.setFocus()

    def command(self) -> str:
        return self.note.toPlainText()


@dataclass(frozen=True)
class DispositionSettings:
    """What the settings dialog collects: the checklist, the units, working days per urgency."""

    instructions: tuple[str, ...]
    units: tuple[str, ...]
    days: dict[Urgensi, int]
    versions: dict[str, int]  # of the three settings, as the dialog showed them


def save_settings(db: Database, actor: Actor) -> Callable[[DispositionSettings], Changes]:
    """One save of the three settings; a refusal names the field it belongs to."""

    def save(cmd: DispositionSettings) -> Changes:
        return disposition.save_settings(db, actor, cmd.instructions, cmd.units, cmd.days, versions=cmd.versions)

    return save


class DispositionSettingsDialog(RecordDialog):
    """Pengaturan Disposisi: the "dengan hormat harap" checklist and the units one line each,
    and the working days a disposition gets by the letter's urgency."""

    def __init__(
        self, save: Callable[[DispositionSettings], object], db: Database, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Pengaturan Disposisi"), save, parent)
        self.setObjectName("disposition_settings")
        self.db = db
        self.versions = read.setting_versions(db, disposition.SETTING_KEYS)
        self.instructions = self._lines(
            "items", self.tr("Daftar instruksi (satu per baris)"), disposition.checklist(db)
        )
        self.units = self._lines("units", self.tr("Unit penerima (satu per baris)"), disposition.units(db))
        days = disposition.due_days(db)
        self.days: dict[Urgensi, QSpinBox] = {}
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        for urgensi in Urgensi:
            box = QSpinBox()
            box.setObjectName(f"days_{urgensi.name.lower()}")
            box.setRange(0, 60)
            box.setValue(days[urgensi])
            box.setSuffix(self.tr(" hari kerja"))
            row_layout.addWidget(QLabel(urgensi.value))
            row_layout.addWidget(box)
            self.days[urgensi] = box
        row_layout.addStretch(1)
        self.errors.add_row("days", self.tr("Batas waktu menurut urgensi"), row)
        self.setMinimumWidth(620)

    def _lines(self, name: str, label: str, items: Sequence[str]) -> QPlainTextEdit:
        edit = QPlainTextEdit("\n".join(items))
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 8 + 14)
        self.errors.add_row(name, label, edit)
        return edit

    def command(self) -> DispositionSettings:
        def lines(edit: QPlainTextEdit) -> tuple[str, ...]:
            return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())

        return DispositionSettings(
            lines(self.instructions),
            lines(self.units),
            {u: box.value() for u, box in self.days.items()},
            dict(self.versions),
        )

    def on_stale(self, exc: StaleRecord) -> None:
        """Another seat saved these settings meanwhile: Simpan again saves what is typed here."""
        self.versions = read.setting_versions(self.db, disposition.SETTING_KEYS)
        self.status.setText(str(exc) + " " + self.tr("Tekan Simpan lagi untuk menyimpan isian Anda."))


# --- the page ------------------------------------------------------------------------------


def _table(name: str, model: RecordTableModel, widths: Sequence[int]) -> QTableView:
    view = record_table(name, model, widths)
    view.setWordWrap(False)
    return view


class DispositionPage(QWidget):
    changed = Signal(object)
    print_requested = Signal(str, object)  # title, renderer (ui.documents)
    message = Signal(str)
    selection_changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disposisi")
        self.db = db
        self.actor = actor
        self.can_forward = allowed(actor.role, Permission.FORWARD_DISPOSITION)
        self.can_write = may_write(actor)
        self._reloading = False

        # --- Disposisi Masuk ---
        self.inbox_model = InboxModel(self)
        self.inbox_view = _table("inbox_table", self.inbox_model, (190, 200, 145, 210, 170, 260))
        self.open_button = QPushButton(self.tr("Buka"))
        self.open_button.setObjectName("open")
        self.forward_button = QPushButton(self.tr("Teruskan…"))
        self.forward_button.setObjectName("forward")
        self.follow_button = QPushButton(self.tr("Tindak Lanjut…"))
        self.follow_button.setObjectName("follow_up")
        self.done_button = QPushButton(self.tr("Selesai…"))
        self.done_button.setObjectName("done")
        self.settings_button = QPushButton(self.tr("Pengaturan Disposisi…"))
        self.settings_button.setObjectName("disposition_settings_button")
        self.settings_button.setVisible(allowed(actor.role, Permission.MANAGE_SETTINGS))
        self.show_done = QCheckBox(self.tr("Tampilkan yang sudah selesai"))
        self.show_done.setObjectName("show_done")
        inbox_tab = QWidget()
        inbox_layout = QVBoxLayout(inbox_tab)
        bar = QHBoxLayout()
        self._inbox_buttons = (self.open_button, self.forward_button, self.follow_button, self.done_button)
        for button in self._inbox_buttons:
            button.setEnabled(False)
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.show_done)
        inbox_layout.addLayout(bar)
        inbox_layout.addWidget(self.inbox_view, 1)
        self.inbox_empty = QLabel(self.tr("Tidak ada disposisi yang menunggu Anda."))
        self.inbox_empty.setObjectName("inbox_empty")
        self.inbox_empty.setStyleSheet("color: #666;")
        inbox_layout.addWidget(self.inbox_empty)

        # --- Perlu Disposisi ---
        self.awaiting_model = AwaitingModel(self)
        self.awaiting_view = _table("awaiting_table", self.awaiting_model, (180, 140, 200, 330, 70))
        self.write_button = QPushButton(self.tr("Tulis Disposisi…"))
        self.write_button.setObjectName("write")
        self.write_button.setEnabled(False)
        awaiting_tab = QWidget()
        awaiting_layout = QVBoxLayout(awaiting_tab)
        bar = QHBoxLayout()
        bar.addWidget(self.write_button)
        hint = QLabel(self.tr("Surat yang belum didisposisi, yang paling lama diterima di atas."))
        hint.setStyleSheet("color: #666;")
        bar.addWidget(hint, 1)
        awaiting_layout.addLayout(bar)
        awaiting_layout.addWidget(self.awaiting_view, 1)

        # --- Disposisi Keluar ---
        self.sent_model = SentModel(self)
        self.sent_view = _table("sent_table", self.sent_model, (170, 240, 240, 100, 130))
        sent_tab = QWidget()
        sent_layout = QVBoxLayout(sent_tab)
        sent_hint = QLabel(self.tr("Disposisi yang Anda berikan atau catat; ditarik bila belum dibaca siapa pun."))
        sent_hint.setStyleSheet("color: #666;")
        sent_layout.addWidget(sent_hint)
        sent_layout.addWidget(self.sent_view, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("disposition_tabs")
        self.inbox_tab = self.tabs.addTab(inbox_tab, "")
        self.awaiting_tab = self.tabs.addTab(awaiting_tab, "") if self.can_write else -1
        self.sent_tab = self.tabs.addTab(sent_tab, "") if self.can_forward else -1
        if not self.can_forward:
            sent_tab.setParent(self)
            sent_tab.hide()
        if not self.can_write:
            awaiting_tab.setParent(self)
            awaiting_tab.hide()

        # --- the side panel: the letter, the chain, the papers ---
        self.detail = QLabel()
        self.detail.setObjectName("disposition_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.detail)
        self.tree = ChainTree(db, self)
        self.tree.placeholder = self.tr("Surat ini belum didisposisi.")
        # A unit, or an official without a seat, has nobody to open the inbox: a clerk who may
        # type in dispositions records their progress for them (the service keeps both names).
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.sheet_button = QPushButton(self.tr("Lembar Disposisi"))
        self.sheet_button.setObjectName("print_sheet")
        self.blank_button = QPushButton(self.tr("Lembar Kosong"))
        self.blank_button.setObjectName("print_blank")
        self.card_button = QPushButton(self.tr("Kartu Penerus"))
        self.card_button.setObjectName("print_card")
        self.withdraw_button = QPushButton(self.tr("Tarik Disposisi…"))
        self.withdraw_button.setObjectName("withdraw")
        self._side_buttons = (self.sheet_button, self.blank_button, self.card_button, self.withdraw_button)
        for button in self._side_buttons:
            button.setEnabled(False)
        side = QWidget()
        side.setMinimumWidth(260)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(scroll, 1)
        grid = QGridLayout()
        for i, button in enumerate(self._side_buttons):
            grid.addWidget(button, i // 2, i % 2)
        side_layout.addLayout(grid)
        chain = QWidget()
        chain_layout = QVBoxLayout(chain)
        chain_layout.setContentsMargins(0, 0, 0, 0)
        chain_layout.addWidget(QLabel(self.tr("<b>Alur disposisi surat ini</b>")))
        chain_layout.addWidget(self.tree, 1)

        # Lists over the chain of the selected letter on the left; the letter and its papers right.
        lists = QSplitter(Qt.Orientation.Vertical)
        lists.setObjectName("disposition_lists")
        lists.addWidget(self.tabs)
        lists.addWidget(chain)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        split = QSplitter()
        split.setObjectName("disposition_split")
        split.addWidget(lists)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([800, 260])
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(page_title(self.tr("Disposisi")))
        heading.addStretch(1)
        heading.addWidget(self.settings_button)
        layout.addLayout(heading)
        layout.addWidget(split, 1)

        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(READ_AFTER_MS)
        self.open_action = QAction(self.tr("Buka"), self.inbox_view)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.inbox_view.addAction(self.open_action)
        for button in self._inbox_buttons[1:]:
            action = QAction(button.text(), self.inbox_view)
            action.triggered.connect(button.click)
            self.inbox_view.addAction(action)
        self.inbox_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.awaiting_view.addAction(self._mirror(self.write_button, self.awaiting_view))
        self.awaiting_view.addAction(self._mirror(self.blank_button, self.awaiting_view))
        self.awaiting_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.sent_view.addAction(self._mirror(self.withdraw_button, self.sent_view))
        self.sent_view.addAction(self._mirror(self.sheet_button, self.sent_view))
        self.sent_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.open_button.clicked.connect(self.open_selected)
        self.open_action.triggered.connect(self.open_selected)
        self.inbox_view.doubleClicked.connect(self.open_selected)
        self.forward_button.clicked.connect(self.forward_selected)
        self.follow_button.clicked.connect(self.follow_up_selected)
        self.done_button.clicked.connect(self.done_selected)
        self.write_button.clicked.connect(self.write_selected)
        self.awaiting_view.doubleClicked.connect(self.write_selected)
        self.withdraw_button.clicked.connect(self.withdraw_current)
        self.sheet_button.clicked.connect(self.print_sheet)
        self.blank_button.clicked.connect(self.print_blank)
        self.card_button.clicked.connect(self.print_card)
        self.show_done.toggled.connect(self.reload)
        self.settings_button.clicked.connect(self.edit_settings)
        self._read_timer.timeout.connect(self._read_after_dwell)
        self.tabs.currentChanged.connect(self._selection_moved)
        for view in (self.inbox_view, self.awaiting_view, self.sent_view):
            view.selectionModel().currentRowChanged.connect(self._selection_moved)
        self.tree.currentItemChanged.connect(self._tree_moved)
        self.reload()
        if allowed(actor.role, Permission.WRITE_DISPOSITION) and self.inbox_model.rowCount() == 0:
            self.tabs.setCurrentIndex(self.awaiting_tab)  # the Kabag's usual work: what waits for her

    def _mirror(self, button: QPushButton, owner: QWidget) -> QAction:
        action = QAction(button.text(), owner)
        action.triggered.connect(button.click)
        return action

    # --- loading ---------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Read the lists again, keeping what was selected."""
        inbox_key = self._inbox_key()
        awaiting_key = self._selected(self.awaiting_view)
        sent_key = self._selected(self.sent_view)
        items = disposition.inbox(self.db, self.actor, open_only=not self.show_done.isChecked())
        self.inbox_model.set_records(items)
        unread = sum(i.unread for i in items)
        self.tabs.setTabText(
            self.inbox_tab,
            self.tr("Disposisi Masuk (%1 baru)").replace("%1", str(unread)) if unread else self.tr("Disposisi Masuk"),
        )
        self.inbox_empty.setVisible(not items)
        if self.can_write:
            ids = read.letters_awaiting_disposition_ids(self.db)
            letters = read.letters(self.db, ids)
            self.awaiting_model.set_records([letters[i] for i in ids if i in letters])
            total = disposition.awaiting_count(self.db)
            self.tabs.setTabText(self.awaiting_tab, self.tr("Perlu Disposisi (%1)").replace("%1", str(total)))
        if self.can_forward and self.actor.user_id is not None:
            sent = sent_dispositions(self.db, self.actor.user_id)
            letters = read.letters(self.db, sorted({d.letter_id for d in sent}))
            self.sent_model.set_records([SentRow(d, letters[d.letter_id]) for d in sent if d.letter_id in letters])
            self.tabs.setTabText(self.sent_tab, self.tr("Disposisi Keluar"))
        self._reloading = True
        try:
            for view, row in (
                (self.inbox_view, self.inbox_model.row_of(*inbox_key) if inbox_key else None),
                (self.awaiting_view, self._row_by(self.awaiting_model, awaiting_key)),
                (self.sent_view, self._row_by(self.sent_model, sent_key)),
            ):
                if row is not None:
                    view.selectRow(row)
        finally:
            self._reloading = False
        self._refresh_side(keep_tree=True)

    @staticmethod
    def _selected(view: QTableView) -> object:
        index = view.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    @staticmethod
    def _row_by(model: RecordTableModel, previous: object) -> int | None:
        if previous is None:
            return None
        key = previous.disposition.id if isinstance(previous, SentRow) else getattr(previous, "id", None)
        for row, record in enumerate(model.records):
            if (record.disposition.id if isinstance(record, SentRow) else record.id) == key:
                return row
        return None

    def _inbox_key(self) -> tuple[int, int] | None:
        item = self.selected_item()
        return (item.disposition_id, item.recipient_id) if item else None

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.DISPOSITION, Kind.LETTER, Kind.MASTER, Kind.USER) or not changes:
            self.reload()

    # --- what is selected -----------------------------------------------------------------

    def selected_item(self) -> InboxItem | None:
        index = self.inbox_view.currentIndex()
        return self.inbox_model.record(index.row()) if index.isValid() else None

    def selected_awaiting(self) -> LetterRecord | None:
        index = self.awaiting_view.currentIndex()
        return self.awaiting_model.record(index.row()) if index.isValid() else None

    def selected_sent(self) -> SentRow | None:
        index = self.sent_view.currentIndex()
        return self.sent_model.record(index.row()) if index.isValid() else None

    def current_letter_id(self) -> int | None:
        tab = self.tabs.currentIndex()
        if tab == self.inbox_tab:
            item = self.selected_item()
            return item.letter_id if item else None
        if tab == self.awaiting_tab:
            letter = self.selected_awaiting()
            return letter.id if letter else None
        sent = self.selected_sent()
        return sent.letter.id if sent else None

    def current_disposition_id(self) -> int | None:
        """The disposition chosen in the chain tree, else the one of the selected line."""
        chosen = self.tree.selected_disposition_id()
        if chosen is not None:
            return chosen
        tab = self.tabs.currentIndex()
        if tab == self.inbox_tab:
            item = self.selected_item()
            return item.disposition_id if item else None
        if tab == self.sent_tab:
            sent = self.selected_sent()
            return sent.disposition.id if sent else None
        return None

    @Slot()
    def _selection_moved(self, *_args: object) -> None:
        if not self._reloading:
            self._refresh_side(keep_tree=False)

    def _refresh_side(self, *, keep_tree: bool) -> None:
        """The letter, its chain and the buttons for what is selected now. A new choice in the
        list forgets the node chosen in the tree; a reload keeps it."""
        self.tree.blockSignals(True)
        self.tree.show_letter(self.current_letter_id(), keep_selection=keep_tree)
        self.tree.blockSignals(False)
        self._show_detail()
        self._sync_buttons()
        item = self.selected_item() if self.tabs.currentIndex() == self.inbox_tab else None
        if item is not None and item.unread:
            self._read_timer.start()
        else:
            self._read_timer.stop()
        self.selection_changed.emit()

    @Slot()
    def _tree_moved(self, *_args: object) -> None:
        self._sync_buttons()
        self.selection_changed.emit()

    def _sync_buttons(self) -> None:
        item = self.selected_item() if self.tabs.currentIndex() == self.inbox_tab else None
        open_item = item is not None and item.status is not RecipientStatus.SELESAI
        self.open_button.setEnabled(item is not None and item.unread)
        for button in (self.forward_button, self.follow_button, self.done_button):
            button.setEnabled(open_item and self.can_forward)
        self.write_button.setEnabled(self.selected_awaiting() is not None)
        letter_id = self.current_letter_id()
        disposition_id = self.current_disposition_id()
        record = read.disposition(self.db, disposition_id) if disposition_id is not None else None
        self.sheet_button.setEnabled(record is not None and not record.withdrawn)
        self.blank_button.setEnabled(letter_id is not None)
        self.card_button.setEnabled(letter_id is not None)
        self.withdraw_button.setEnabled(record is not None and disposition.can_withdraw(self.db, self.actor, record))
        self.withdraw_button.setToolTip(
            ""
            if self.withdraw_button.isEnabled()
            else self.tr("Hanya disposisi yang belum dibaca siapa pun, oleh penulis atau pencatatnya.")
        )

    def _show_detail(self) -> None:
        letter_id = self.current_letter_id()
        letter = read.letter(self.db, letter_id) if letter_id is not None else None
        if letter is None:
            self.detail.setText(self.tr("Pilih disposisi atau surat di sebelah kiri."))
            return
        rows: list[tuple[str, str]] = []
        item = self.selected_item() if self.tabs.currentIndex() == self.inbox_tab else None
        if item is not None:
            rows += [
                (self.tr("Dari"), f"{item.from_jabatan} ({item.from_nama}), {tanggal_jam(item.written_at)}"),
                (self.tr("Instruksi"), "; ".join(item.instructions)),
                (self.tr("Catatan"), item.catatan),
                (
                    self.tr("Batas waktu"),
                    tanggal(item.due_date) + (self.tr(" — lewat batas waktu") if item.overdue else ""),
                ),
                (self.tr("Status Anda"), _status_text(item.status, item.status_at)),
                (self.tr("Tindak lanjut"), item.note),
            ]
        rows += [
            (self.tr("No. agenda"), letter.number),
            (self.tr("Asal"), letter.asal),
            (self.tr("Nomor surat"), letter.nomor_surat),
            (self.tr("Tanggal surat"), tanggal(letter.tanggal_surat)),
            (self.tr("Perihal"), letter.perihal),
            (self.tr("Sifat / urgensi"), f"{shown(letter.sifat.value)} / {shown(letter.urgensi.value)}"),
            (self.tr("Status surat"), shown(letter.status.value)),
        ]
        text = "".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}<br>" for k, v in rows if v)
        if item is not None and item.overdue:
            text = "<p style='color:#b00020'><b>" + (html.escape(self.tr("Lewat batas waktu"))) + "</b></p>" + text
        self.detail.setText(text)

    # --- the recipient's actions ---------------------------------------------------------------

    @Slot()
    def _read_after_dwell(self) -> None:
        item = self.selected_item()
        if item is not None and item.unread and self.isVisible():
            self._mark_read(item)

    @Slot()
    def open_selected(self) -> None:
        """Buka: the recipient opened it; "dibaca" with the time."""
        item = self.selected_item()
        if item is not None and item.unread:
            self._mark_read(item)

    def _mark_read(self, item: InboxItem) -> Operation[Changes]:
        self._read_timer.stop()
        db, actor = self.db, self.actor
        return run_op(
            self,
            lambda: disposition.mark_read(db, actor, item.disposition_id),
            on_failure=self._refused_and_reload,
        )

    def _refused_and_reload(self, exc: BaseException) -> bool:
        forms.show_error(self, self.tr("Disposisi"), failure_message(exc))
        self.reload()
        return True

    @Slot()
    def forward_selected(self) -> DispositionDialog | None:
        """Teruskan: the same form, with the disposition being passed on shown at the top."""
        item = self.selected_item()
        if item is None or not self.forward_button.isEnabled():
            return None
        record = read.disposition(self.db, item.disposition_id)
        letter = read.letter(self.db, item.letter_id)
        if record is None or letter is None:
            return None
        dialog = DispositionDialog(disposition_saver(self.db, self.actor), self.db, self.actor, letter, record, self)
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._written(dialog))
        dialog.open()
        return dialog

    @Slot()
    def follow_up_selected(self) -> NoteDialog | None:
        item = self.selected_item()
        if item is None or not self.follow_button.isEnabled():
            return None
        db, actor = self.db, self.actor
        dialog = NoteDialog(
            self.tr("Tindak Lanjut — %1").replace("%1", item.letter_number),
            "note",
            self.tr("Apa yang sudah dikerjakan"),
            lambda note: disposition.mark_followed_up(db, actor, item.disposition_id, note),
            self,
            intro=html.escape(item.perihal),
        )
        return self._open_note(dialog, item.letter_id)

    @Slot()
    def done_selected(self) -> NoteDialog | None:
        item = self.selected_item()
        if item is None or not self.done_button.isEnabled():
            return None
        db, actor = self.db, self.actor
        dialog = NoteDialog(
            self.tr("Selesai — %1").replace("%1", item.letter_number),
            "note",
            self.tr("Catatan penyelesaian (boleh kosong)"),
            lambda note: disposition.mark_done(db, actor, item.disposition_id, note),
            self,
            ok_text=self.tr("Tandai Selesai"),
            intro=html.escape(item.perihal),
        )
        return self._open_note(dialog, item.letter_id)

    def _open_note(self, dialog: NoteDialog, letter_id: int) -> NoteDialog:
        dialog.setModal(True)
        dialog.open()
        return dialog

    @Slot(QPoint)
    def _tree_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        node = item.data(0, NODE_ROLE) if item is not None else None
        if not node or node[0] != "recipient" or not allowed(self.actor.role, Permission.TRANSCRIBE_DISPOSITION):
            return
        _, disposition_id, recipient_id = node
        menu = QMenu(self)
        for what, text in (
            ("read", self.tr("Catat sudah dibaca (atas nama penerima)")),
            ("follow_up", self.tr("Catat tindak lanjut… (atas nama penerima)")),
            ("done", self.tr("Catat selesai… (atas nama penerima)")),
        ):
            action = menu.addAction(text)
            action.setData(what)
        chosen = menu.exec(self.tree.viewport().mapToGlobal(pos))
        if chosen is not None:
            self.record_for_recipient(str(chosen.data()), disposition_id, recipient_id)

    def record_for_recipient(self, what: str, disposition_id: int, recipient_id: int) -> NoteDialog | None:
        """Progress of one recipient of the chain, recorded by a clerk on their behalf."""
        db, actor = self.db, self.actor
        record = read.disposition(db, disposition_id)
        entry = next((r for r in record.recipients if r.id == recipient_id), None) if record else None
        if record is None or entry is None:
            return None
        if what == "read":
            run_op(
                self,
                lambda: disposition.mark_read(db, actor, disposition_id, recipient_id=recipient_id),
                on_failure=self._refused_and_reload,
            )
            return None
        if what == "follow_up":
            dialog = NoteDialog(
                self.tr("Tindak Lanjut atas nama %1").replace("%1", entry.nama),
                "note",
                self.tr("Apa yang sudah dikerjakan"),
                lambda note: disposition.mark_followed_up(db, actor, disposition_id, note, recipient_id=recipient_id),
                self,
            )
        else:
            dialog = NoteDialog(
                self.tr("Selesai atas nama %1").replace("%1", entry.nama),
                "note",
                self.tr("Catatan penyelesaian (boleh kosong)"),
                lambda note: disposition.mark_done(db, actor, disposition_id, note, recipient_id=recipient_id),
                self,
                ok_text=self.tr("Tandai Selesai"),
            )
        return self._open_note(dialog, record.letter_id)

    # --- the writer's actions -----------------------------------------------------------------

    @Slot()
    def write_selected(self) -> DispositionDialog | None:
        letter = self.selected_awaiting()
        if letter is None or not self.can_write:
            return None
        return self.write_for(letter)

    def write_for(self, letter: LetterRecord) -> DispositionDialog:
        dialog = DispositionDialog(disposition_saver(self.db, self.actor), self.db, self.actor, letter, None, self)
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._written(dialog))
        dialog.open()
        return dialog

    def _written(self, dialog: DispositionDialog) -> None:
        record = dialog.result_value
        assert isinstance(record, DispositionRecord)
        self.message.emit(
            self.tr("Disposisi surat %1 disimpan untuk %2.")
            .replace("%1", dialog.letter.number)
            .replace("%2", ", ".join(r.nama for r in record.recipients))
        )

    @Slot()
    def withdraw_current(self) -> NoteDialog | None:
        disposition_id = self.current_disposition_id()
        record = read.disposition(self.db, disposition_id) if disposition_id is not None else None
        if record is None or not self.withdraw_button.isEnabled():
            return None
        db, actor = self.db, self.actor
        dialog = NoteDialog(
            self.tr("Tarik Disposisi"),
            "reason",
            self.tr("Alasan penarikan"),
            lambda reason: disposition.withdraw_disposition(
                db, actor, record.id, reason, expected_version=record.version
            ),
            self,
            ok_text=self.tr("Tarik"),
            intro=self.tr("Disposisi kepada %1 ditarik dan dicoret; catatannya tetap tersimpan.").replace(
                "%1", html.escape(", ".join(r.nama for r in record.recipients))
            ),
        )
        return self._open_note(dialog, record.letter_id)

    @Slot()
    def edit_settings(self) -> DispositionSettingsDialog:
        dialog = DispositionSettingsDialog(save_settings(self.db, self.actor), self.db, self)
        dialog.setModal(True)
        dialog.open()
        return dialog

    # --- papers ---------------------------------------------------------------------------------

    def printable(self) -> tuple[str, Renderer] | None:
        """What Berkas › Cetak prints here: the chosen disposition's sheet, filled; on the
        Perlu Disposisi list the letter's blank sheet."""
        disposition_id = self.current_disposition_id()
        record = read.disposition(self.db, disposition_id) if disposition_id is not None else None
        if record is not None and not record.withdrawn:
            return self.tr("Lembar Disposisi"), disposition_sheet_renderer(record.letter_id, record.id)
        if self.tabs.currentIndex() == self.awaiting_tab:
            return self.blank_document()
        return None

    def blank_document(self) -> tuple[str, Renderer] | None:
        letter_id = self.current_letter_id()
        if letter_id is None:
            return None
        return self.tr("Lembar Disposisi (kosong)"), disposition_sheet_renderer(letter_id, blank=True)

    def card_document(self) -> tuple[str, Renderer] | None:
        letter_id = self.current_letter_id()
        if letter_id is None:
            return None
        return self.tr("Kartu Penerus Disposisi"), routing_card_renderer(letter_id)

    @Slot()
    def print_sheet(self) -> None:
        document = self.printable()
        if document is not None:
            self.print_requested.emit(*document)

    @Slot()
    def print_blank(self) -> None:
        document = self.blank_document()
        if document is not None:
            self.print_requested.emit(*document)

    @Slot()
    def print_card(self) -> None:
        document = self.card_document()
        if document is not None:
            self.print_requested.emit(*document)

    # --- for the main window ---------------------------------------------------------------------

    def show_disposition(self, disposition_id: int) -> bool:
        """Select an inbox line (after an alert was clicked)."""
        row = self.inbox_model.row_of(disposition_id)
        if row is None:
            return False
        self.tabs.setCurrentIndex(self.inbox_tab)
        self.inbox_view.selectRow(row)
        self.inbox_view.setFocus()
        return True


__all__ = ["AwaitingModel", "ChainTree", "DispositionPage", "InboxModel", "NoteDialog", "SentModel"]
