"""Berkas SP: the list of cases, and for the one selected its swimlane (who must act now) and
its timeline against mutu baku; the Ikhtisar shows every active case over the same swimlane.

Clicking a step shows its record in the side panel with the actions the user's role may take
on it. Every action opens a dialog that collects a command; the page calls the service and
broadcasts what changed, and every view refreshes itself from the database.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any, cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.cases import (
    Cancelled,
    CaseState,
    CaseStatus,
    DueExtended,
    PassOutcome,
    Resumed,
    StepSource,
    StepStatus,
    Suspended,
)
from sopdesk.domain.changes import Changes, Kind
from sopdesk.domain.dates import hari_tanggal, tanggal, tanggal_jam
from sopdesk.domain.errors import DomainError, NotFound
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission, allowed, may_record_lanes
from sopdesk.domain.sop import SopDefinition
from sopdesk.domain.sp import DRAFTING_STEP
from sopdesk.services import cases, read
from sopdesk.services import sp as sp_service
from sopdesk.services.cases import ActiveCase
from sopdesk.store.database import Database
from sopdesk.ui import forms
from sopdesk.ui.case_dialogs import (
    CancelDialog,
    CaseDialog,
    CompleteStepDialog,
    DistributeDialog,
    ExtendDialog,
    ReceiptDialog,
    ResumeDialog,
    ReturnDialog,
    StartCaseDialog,
    SuspendDialog,
)
from sopdesk.ui.case_views import case_marks, overview_marks, timeline_data
from sopdesk.ui.days import days, days_form
from sopdesk.ui.forms import title_label as page_title
from sopdesk.ui.models import ID_ROLE, Column, RecordTableModel, record_table
from sopdesk.ui.sp_editor import SpPanel, review_html
from sopdesk.ui.swimlane import SwimlaneMarks, SwimlaneView
from sopdesk.ui.timeline import TimelineView
from sopdesk.ui.windows import forget_when_closed
from sopdesk.ui.words import shown

STATUS_FILTERS = ("aktif", "ditangguhkan", "selesai", "dibatalkan", "semua")
SP_TAB = 2  # the case's Standar Pelayanan, after the swimlane and the timeline
LATE_COLOUR = QColor("#b3261e")
QUIET_COLOUR = QColor("#777777")
DUE_SOON_DAYS = 3


def moment_text(moment: datetime) -> str:
    """ "Senin, 23 November 2026 10.00" """
    return f"{hari_tanggal(moment.date())} {moment:%H.%M}"


def half_days_down(value: float) -> str:
    return days(math.floor(value * 2) / 2)


def half_days_up(value: float) -> str:
    return days(math.ceil(value * 2) / 2)


def case_actions(actor: Actor, state: CaseState, sop: SopDefinition, step_no: int | None) -> set[str]:
    """What the user's role may do to this case from the selected step (mirrors the services'
    checks, so buttons only show where the service would accept)."""
    acts: set[str] = set()
    if not state.status.open:
        if step_no is not None and step_no == sop.steps[-1].no and state.distributions:
            acts.add("receipt")
        return acts
    running = state.status is CaseStatus.AKTIF
    if step_no is not None and step_no == state.current_step and running:
        step = sop.step(step_no)
        if may_record_lanes(actor.role, step.lanes):
            acts.add("complete")
            if step.returns_to is not None:
                acts.add("return")
            if step_no == sop.steps[-1].no:
                acts.add("distribute")
    if step_no is not None and step_no == sop.steps[-1].no and state.distributions:
        acts.add("receipt")  # printing a tanda terima is a read: anyone who sees the case
    if allowed(actor.role, Permission.RECORD_STEP):
        acts.add("suspend" if running else "resume")
    if allowed(actor.role, Permission.MANAGE_CASE):
        acts |= {"extend", "cancel"}
    return acts


# --- the list ---------------------------------------------------------------------------------


class CaseListModel(RecordTableModel):
    """The listed cases (:class:`ActiveCase`: the case row and its clock); overdue in red."""

    def __init__(self, columns: Sequence[Column], sort_keys: Sequence[Callable[[ActiveCase], Any]], parent: Any = None):
        super().__init__(columns, parent)
        self.sort_keys = list(sort_keys)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record: ActiveCase = self.records[index.row()]
        item, clock = record.item, record.clock
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.status.open and clock.step_overdue:
                return QBrush(LATE_COLOUR)
            if item.status is not CaseStatus.AKTIF:
                return QBrush(QUIET_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.number} · {item.perihal}\nSurat {item.letter_number}"
        if role == Qt.ItemDataRole.FontRole:
            if item.status is CaseStatus.DIBATALKAN:
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        return super().data(index, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.sort_keys):
            return
        self.layoutAboutToBeChanged.emit()
        key = self.sort_keys[column]
        self.records.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def row_of(self, case_id: int) -> int | None:
        for row, record in enumerate(self.records):
            if record.item.id == case_id:
                return row
        return None


# --- the step panel -----------------------------------------------------------------------------


class StepPanel(QWidget):
    """The selected step's record and, for a user allowed to, the actions on it."""

    action = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_panel")
        self.record = QLabel()
        self.record.setObjectName("step_record")
        self.record.setWordWrap(True)
        self.record.setTextFormat(Qt.TextFormat.RichText)
        self.record.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.record.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.record.setContentsMargins(4, 4, 4, 4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.record)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.hint = QLabel()
        self.hint.setObjectName("step_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.buttons: dict[str, QPushButton] = {}
        step_box = QVBoxLayout()
        # The case's own actions two to a row, each as wide as its text asks (three in one row
        # squeezed "Tangguhkan…" and "Perpanjang…" in a narrow panel).
        self.case_box = QGridLayout()
        for name, text, box in (
            ("complete", self.tr("Selesaikan langkah…"), step_box),
            ("return", self.tr("Kembalikan ke langkah 4…"), step_box),
            ("distribute", self.tr("Catat distribusi…"), step_box),
            ("receipt", self.tr("Cetak tanda terima distribusi…"), step_box),
            ("suspend", self.tr("Tangguhkan…"), None),
            ("resume", self.tr("Lanjutkan…"), None),
            ("extend", self.tr("Perpanjang…"), None),
            ("cancel", self.tr("Batalkan…"), None),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"case_{name}")
            button.setVisible(False)
            button.clicked.connect(lambda _checked=False, n=name: self.action.emit(n))
            if box is not None:
                box.addWidget(button)
            else:
                self.case_box.addWidget(button, len(self.buttons) // 2, len(self.buttons) % 2)
            self.buttons[name] = button
        self.buttons["complete"].setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)
        layout.addLayout(step_box)
        layout.addLayout(self.case_box)
        self._case_names = ("suspend", "resume", "extend", "cancel")
        widest = max(self.buttons[n].sizeHint().width() for n in self._case_names)
        self.setMinimumWidth(max(250, 2 * widest + self.case_box.horizontalSpacing() + 8))

    def visible_actions(self) -> list[str]:
        return [name for name, button in self.buttons.items() if not button.isHidden()]

    def set_actions(self, acts: set[str], hint: str = "") -> None:
        shown_case = [n for n in self._case_names if n in acts]
        for name in self._case_names:
            self.case_box.removeWidget(self.buttons[name])
        for i, name in enumerate(shown_case):
            self.case_box.addWidget(self.buttons[name], i // 2, i % 2)
        for name, button in self.buttons.items():
            button.setVisible(name in acts)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def set_html(self, text: str) -> None:
        self.record.setText(text)


def _e(text: object) -> str:
    return html.escape(str(text))


# --- the page --------------------------------------------------------------------------------


class CasesPage(QWidget):
    changed = Signal(object)
    selection_changed = Signal()  # the case on screen changed (the main window's print actions)
    print_requested = Signal(str, object)  # title, renderer (ui.documents): a distribution's tanda terima
    message = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cases")
        self.db = db
        self.actor = actor
        sop = read.sop_definition(db)
        assert sop is not None, "the SOP is loaded when the database is initialised"
        self.sop: SopDefinition = sop
        self.lane_names = {lane.code: lane.nama for lane in sop.lanes}
        self.case_id: int | None = None
        self.state: CaseState | None = None
        self.case_sop: SopDefinition = sop
        self.selected_step: int | None = None
        self.step_filter: int | None = None
        self.dialog: CaseDialog | None = None
        self._all: list[ActiveCase] = []
        self._active: list[ActiveCase] = []  # the Ikhtisar's open cases
        self._loaded_open_only: bool | None = None
        self._restoring = False
        self._zoomed_case: int | None = None
        self._timeline_fit = True  # the timeline fills the window's width until the user zooms it

        # Toolbar.
        self.start_button = QPushButton(self.tr("Mulai Berkas SP…"))
        self.start_button.setObjectName("cases_start")
        self.start_button.setEnabled(self._may_start())
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("cases_status")
        for key, label in zip(
            STATUS_FILTERS,
            (
                self.tr("Aktif (berjalan dan ditangguhkan)"),
                self.tr("Ditangguhkan"),
                self.tr("Selesai"),
                self.tr("Dibatalkan"),
                self.tr("Semua berkas"),
            ),
            strict=True,
        ):
            self.status_filter.addItem(label, key)
        self.search = QLineEdit()
        self.search.setObjectName("cases_search")
        self.search.setPlaceholderText(
            self.tr("Cari nomor berkas, OPD, jenis layanan, perihal, nomor agenda… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.step_chip = QPushButton()
        self.step_chip.setObjectName("cases_step_filter")
        self.step_chip.setToolTip(self.tr("Klik untuk menampilkan semua langkah lagi"))
        self.step_chip.setVisible(False)
        self.overview_button = QPushButton(self.tr("Ikhtisar"))
        self.overview_button.setObjectName("cases_overview")
        self.overview_button.setCheckable(True)
        self.overview_button.setStyleSheet(
            "QPushButton:checked { background: #ffd966; border: 1px solid #c77700; border-radius: 3px; }"
        )
        self.overview_button.setMinimumWidth(self.overview_button.fontMetrics().horizontalAdvance("Ikhtisar") + 40)
        self.overview_button.setToolTip(
            self.tr("Semua berkas aktif pada diagram lajur: berapa yang menunggu di setiap langkah dan lajur")
        )
        bar = QHBoxLayout()
        for widget in (self.start_button, self.overview_button, self.status_filter, self.step_chip, self.search):
            bar.addWidget(widget)
        bar.setStretch(bar.indexOf(self.search), 1)

        # The list.
        self.model = CaseListModel(*self._columns(), parent=self)
        self.view = record_table("cases_table", self.model, [c.width for c in self.model.columns])
        self.view.setSortingEnabled(True)
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(False)
        self.count = QLabel()
        self.count.setObjectName("cases_count")
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.count)

        # The case: header, swimlane and timeline, the step panel.
        self.case_title = page_title("", 1.2)
        self.case_title.setObjectName("case_title")
        self.case_title.setWordWrap(True)
        self.case_where = QLabel()
        self.case_where.setObjectName("case_where")
        font = QFont(self.case_where.font())
        font.setBold(True)
        self.case_where.setFont(font)
        self.case_due = QLabel()
        self.case_due.setObjectName("case_due")
        self.case_due.setWordWrap(True)
        self.case_due.setTextFormat(Qt.TextFormat.RichText)
        self.swimlane = SwimlaneView()
        self.swimlane.set_sop(sop)
        self.timeline = TimelineView()
        self.timeline_scroll = QScrollArea()
        self.timeline_scroll.setObjectName("timeline_scroll")
        self.timeline_scroll.setWidget(self.timeline)
        self.timeline_scroll.setWidgetResizable(False)
        self.timeline_scroll.setBackgroundRole(self.timeline.backgroundRole())
        self.timeline_scroll.viewport().installEventFilter(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("case_tabs")
        self.tabs.addTab(self.swimlane, self.tr("Diagram Lajur"))
        self.tabs.addTab(self.timeline_scroll, self.tr("Linimasa"))
        self.sp_panel = SpPanel(db, actor)
        self.tabs.addTab(self.sp_panel, self.tr("Standar Pelayanan"))
        self.sp_panel.print_requested.connect(self.print_requested)
        self.sp_panel.message.connect(self.message)
        zoom = QWidget()
        zoom_row = QHBoxLayout(zoom)
        zoom_row.setContentsMargins(0, 0, 4, 0)
        zoom_row.setSpacing(2)
        self.zoom_buttons: dict[str, QToolButton] = {}
        for name, text, tip in (
            ("out", "−", self.tr("Perkecil (Ctrl+roda tetikus)")),
            ("in", "+", self.tr("Perbesar (Ctrl+roda tetikus)")),
            ("reset", "100%", self.tr("Ukuran asli")),
            ("fit", self.tr("Muat layar"), self.tr("Seluruh diagram atau linimasa dalam jendela")),
        ):
            button = QToolButton()
            button.setObjectName(f"zoom_{name}")
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, n=name: self.zoom(n))
            zoom_row.addWidget(button)
            self.zoom_buttons[name] = button
        self.tabs.setCornerWidget(zoom, Qt.Corner.TopRightCorner)
        self.panel = StepPanel()
        self.panel.action.connect(self.run_action)
        self.panel.record.linkActivated.connect(self._record_link)
        self.case_split = QSplitter(Qt.Orientation.Horizontal)
        self.case_split.setObjectName("case_split")
        self.case_split.addWidget(self.tabs)
        self.case_split.addWidget(self.panel)
        self.case_split.setStretchFactor(0, 4)
        self.case_split.setStretchFactor(1, 1)
        self.case_split.setSizes([800, 300])
        case_box = QWidget()
        case_layout = QVBoxLayout(case_box)
        case_layout.setContentsMargins(0, 4, 0, 0)
        case_layout.setSpacing(2)
        case_layout.addWidget(self.case_title)
        case_layout.addWidget(self.case_where)
        case_layout.addWidget(self.case_due)
        case_layout.addWidget(self.case_split, 1)

        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setObjectName("cases_split")
        self.split.addWidget(list_box)
        self.split.addWidget(case_box)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([170, 520])
        self.split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Berkas SP")))
        layout.addLayout(bar)
        layout.addWidget(self.split, 1)
        self._restore_layout()

        self.find_action = QAction(self.tr("Cari"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self._focus_search)
        self.addAction(self.find_action)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self.start_button.clicked.connect(self.start_case)
        self.status_filter.currentIndexChanged.connect(self._status_changed)
        self.search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.apply_filters)
        self.step_chip.clicked.connect(lambda: self.filter_step(None))
        self.overview_button.toggled.connect(self._overview_toggled)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.swimlane.stepClicked.connect(self.step_clicked)
        self.split.splitterMoved.connect(self._save_layout)
        self.case_split.splitterMoved.connect(self._save_layout)

        self.overview_button.blockSignals(True)
        self.overview_button.setChecked(True)  # the page opens on the Ikhtisar
        self.overview_button.blockSignals(False)
        self.reload()

    # --- construction helpers ------------------------------------------------------------

    def _may_start(self) -> bool:
        return all(may_record_lanes(self.actor.role, step.lanes) for step in self.sop.steps[:2])

    def _columns(self) -> tuple[list[Column], list[Callable[[ActiveCase], Any]]]:
        def where(ac: ActiveCase) -> str:
            item = ac.item
            if not item.status.open or item.current_step is None:
                return shown(item.status.label)
            lead = self.lane_names.get(item.lead_lane or "", item.lead_lane or "")
            return f"{item.current_step} · {lead}"

        def due(ac: ActiveCase) -> str:
            if not ac.item.status.open:
                return f"{ac.item.finished_at:%d-%m-%Y %H:%M}" if ac.item.finished_at else ""
            return f"{ac.clock.step_due_at:%d-%m-%Y %H:%M}" if ac.clock.step_due_at else ""

        def remaining(ac: ActiveCase) -> str:
            left = ac.clock.step_remaining_days
            if not ac.item.status.open or left is None:
                return ""
            if left < 0:
                return self.tr("terlambat %1").replace("%1", half_days_up(-left))
            return half_days_down(left)

        def status(ac: ActiveCase) -> str:
            text = shown(ac.item.status.label)
            if ac.item.returns:
                text += self.tr(" · dikembalikan %1×").replace("%1", str(ac.item.returns))
            return text

        columns = [
            Column(self.tr("Nomor"), lambda ac: ac.item.number, 100),
            Column(self.tr("OPD"), lambda ac: ac.item.opd_nama, 220),
            Column(self.tr("Jenis Layanan"), lambda ac: ", ".join(ac.item.jenis_layanan), 220),
            Column(self.tr("Langkah"), where, 160),
            Column(self.tr("Tenggat Langkah"), due, 130),
            Column(self.tr("Sisa (hari kerja)"), remaining, 125),
            Column(self.tr("Status"), status),
        ]
        far = datetime.max

        def remaining_key(ac: ActiveCase) -> float:
            left = ac.clock.step_remaining_days
            return float("inf") if left is None or not ac.item.status.open else left

        keys: list[Callable[[ActiveCase], Any]] = [
            lambda ac: (ac.item.started_at.year, ac.item.number),
            lambda ac: ac.item.opd_nama.lower(),
            lambda ac: ", ".join(ac.item.jenis_layanan).lower(),
            lambda ac: (ac.item.current_step or 99, ac.item.id),
            lambda ac: ac.clock.step_due_at or ac.item.finished_at or far,
            remaining_key,
            lambda ac: (ac.item.status.value, ac.item.returns),
        ]
        return columns, keys

    def _restore_layout(self) -> None:
        settings = QSettings()
        for key, splitter in (("cases/split", self.split), ("cases/case_split", self.case_split)):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)

    @Slot()
    def _save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("cases/split", self.split.saveState())
        settings.setValue("cases/case_split", self.case_split.saveState())

    # --- the list ---------------------------------------------------------------------------

    @Slot()
    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot()
    def _status_changed(self) -> None:
        """A step filter lists the cases waiting there: it ends when closed cases are asked for."""
        if self.step_filter is not None and self.status_key() not in ("aktif", "ditangguhkan"):
            self.step_filter = None
            self.step_chip.setVisible(False)
            if self.overview_button.isChecked():
                self.swimlane.select_step(None)
                self._show_overview_step(None)
        self.apply_filters()

    def status_key(self) -> str:
        return str(self.status_filter.currentData())

    def set_status_filter(self, key: str) -> None:
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(key)))

    def reload(self) -> None:
        """Read the cases again (after a change) and show them with the filters on screen."""
        self._loaded_open_only = None
        self.apply_filters()
        if self.overview_button.isChecked():
            self.show_overview([ac for ac in self._all if ac.item.status.open])
        elif self.case_id is not None:
            self.show_case(self.case_id, keep_step=True)

    @Slot()
    def apply_filters(self) -> None:
        key = self.status_key()
        open_only = key in ("aktif", "ditangguhkan")
        if self._loaded_open_only is None or (self._loaded_open_only and not open_only):
            self._all = cases.case_list(self.db, open_only=open_only)
            self._loaded_open_only = open_only
        words = self.search.text().lower().split()
        shown = []
        for ac in self._all:
            item = ac.item
            if key == "aktif" and not item.status.open:
                continue
            if key in ("ditangguhkan", "selesai", "dibatalkan") and item.status.value != key:
                continue
            if self.step_filter is not None and (not item.status.open or item.current_step != self.step_filter):
                continue
            if words:
                haystack = " ".join(
                    (item.number, item.opd_nama, item.perihal, item.letter_number, *item.jenis_layanan)
                ).lower()
                if not all(w in haystack for w in words):
                    continue
            shown.append(ac)
        self._restoring = True
        self.model.set_records(shown)
        row = self.model.row_of(self.case_id) if self.case_id is not None else None
        if row is not None and not self.overview_button.isChecked():
            self.view.selectRow(row)
        self._restoring = False
        self._update_count()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        text = self.tr("%1 berkas").replace("%1", f"{shown:,}".replace(",", "."))
        if self.step_filter is not None:
            text += self.tr(" menunggu di langkah %1").replace("%1", str(self.step_filter))
        late = sum(1 for ac in self.model.records if ac.item.status.open and ac.clock.step_overdue)
        if late:
            text += self.tr(" · %1 terlambat").replace("%1", str(late))
        self.count.setText(text)

    def filter_step(self, step_no: int | None) -> None:
        """Only the cases waiting at ``step_no`` (None: every step)."""
        self.step_filter = step_no
        if step_no is not None:
            self.step_chip.setText(self.tr("Langkah %1  ✕").replace("%1", str(step_no)))
            if self.status_key() not in ("aktif", "ditangguhkan"):
                self.status_filter.blockSignals(True)
                self.set_status_filter("aktif")
                self.status_filter.blockSignals(False)
        self.step_chip.setVisible(step_no is not None)
        self.apply_filters()
        if self.overview_button.isChecked():
            self.swimlane.select_step(step_no)
            self._show_overview_step(step_no)

    @Slot(QModelIndex, QModelIndex)
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring or not current.isValid():
            return
        case_id = self.model.data(current, ID_ROLE)
        if case_id is not None and (case_id != self.case_id or self.overview_button.isChecked()):
            self.show_case(int(case_id))

    def open_case(self, case_id: int) -> None:
        """Show ``case_id``, widening the filters when they hide it."""
        if self.model.row_of(case_id) is None:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.step_filter = None
            self.step_chip.setVisible(False)
            self.status_filter.blockSignals(True)
            item = read.case_item(self.db, case_id)
            self.set_status_filter("aktif" if item is not None and item.status.open else "semua")
            self.status_filter.blockSignals(False)
            self._loaded_open_only = None
            self.apply_filters()
        self.show_case(case_id)

    # --- one case ---------------------------------------------------------------------------

    def show_case(self, case_id: int, *, keep_step: bool = False) -> None:
        try:
            view = cases.case_view(self.db, case_id)
        except NotFound:
            self.clear_case()
            return
        previous = self.state
        self.case_id = case_id
        self.state, self.case_sop = view.state, view.sop
        if self.overview_button.isChecked():
            self.overview_button.blockSignals(True)
            self.overview_button.setChecked(False)
            self.overview_button.blockSignals(False)
        self._case_tabs(True)  # however the Ikhtisar was left (its button, a case chosen)
        self.sp_panel.set_case(case_id)  # what was typed and not saved stays
        if self.swimlane.sop != view.sop:
            self.swimlane.set_sop(view.sop)
        self.swimlane.set_marks(case_marks(view.state))
        self.timeline.set_data(timeline_data(view.state, view.calendar, view.state.as_of))
        if self._timeline_fit:
            self.fit_timeline()
        row = self.model.row_of(case_id)
        if row is not None and self.view.currentIndex().row() != row:
            self._restoring = True
            self.view.selectRow(row)
            self._restoring = False
        self._show_header(view.state)
        # Keep a step the user chose; otherwise follow the work to its current step.
        followed = previous is not None and previous.info.id == case_id and self.selected_step == previous.current_step
        if not keep_step or followed or self.selected_step is None:
            self.selected_step = view.state.current_step or view.state.stopped_at_step or view.sop.steps[-1].no
        self.show_step(self.selected_step)
        if self._zoomed_case != case_id:
            self._zoomed_case = case_id
            self._initial_zoom()
        self.selection_changed.emit()

    def _case_tabs(self, enabled: bool) -> None:
        """The Linimasa and Standar Pelayanan tabs: one case's, so off in the Ikhtisar."""
        self.tabs.setTabEnabled(1, enabled)
        self.tabs.setTabEnabled(SP_TAB, enabled)

    def clear_case(self) -> None:
        self.case_id = None
        self.state = None
        self.swimlane.set_marks(SwimlaneMarks())
        self.timeline.set_data(None)
        self.sp_panel.set_case(None)
        self.case_title.setText(self.tr("Pilih berkas di daftar, atau buka Ikhtisar."))
        self.case_where.setText("")
        self.case_due.setText("")
        self.panel.set_html("")
        self.panel.set_actions(set())
        self.selection_changed.emit()

    def _show_header(self, state: CaseState) -> None:
        info = state.info
        self.case_title.setText(" · ".join((info.number, info.opd_nama, ", ".join(info.jenis_layanan))))
        self.case_title.setToolTip(
            self.tr("%1\nSurat %2, SOP %3 versi %4")
            .replace("%1", info.perihal)
            .replace("%2", info.letter_number)
            .replace("%3", info.sop_nomor)
            .replace("%4", str(info.sop_version))
        )
        self.case_where.setText(self.where_text(state))
        self.case_where.setStyleSheet("color: #b3261e;" if state.step_overdue and state.status.open else "")
        self.case_due.setText(self.due_text(state))

    def where_text(self, state: CaseState) -> str:
        if state.status is CaseStatus.SELESAI:
            assert state.finished_at is not None
            return self.tr("Selesai pada %1").replace("%1", moment_text(state.finished_at))
        if state.status is CaseStatus.DIBATALKAN:
            assert state.finished_at is not None
            return (
                self.tr("Dibatalkan pada %1 (di langkah %2)")
                .replace("%1", moment_text(state.finished_at))
                .replace("%2", str(state.stopped_at_step or "-"))
            )
        lead = state.lead_lane
        lane = self.case_sop.lane(lead).nama if lead else "-"
        since = half_days_down(state.step_elapsed_days)
        text = (
            self.tr("Sekarang di: %1, sejak %2 hari kerja", "", days_form(since))
            .replace("%1", lane)
            .replace("%2", since)
        )
        if state.status is CaseStatus.DITANGGUHKAN:
            text += self.tr(" (ditangguhkan)")
        return text

    def due_text(self, state: CaseState) -> str:
        parts: list[str] = []
        red = "<span style='color:#b3261e'>%s</span>"
        if state.status.open:
            if state.step_due_at is not None:
                step_due = (
                    self.tr("Tenggat langkah %1: %2")
                    .replace("%1", str(state.current_step))
                    .replace("%2", _e(moment_text(state.step_due_at)))
                )
                parts.append(red % step_due if state.step_overdue else step_due)
            whole = self.tr("tenggat berkas: %1").replace("%1", _e(tanggal_jam(state.due_at)))
            if state.remaining_days < 0:
                late = half_days_up(-state.remaining_days)
                whole += " " + red % self.tr("(terlambat %1 hari kerja)", "", days_form(late)).replace("%1", late)
            else:
                left = half_days_down(state.remaining_days)
                whole += " " + self.tr("(sisa %1 hari kerja)", "", days_form(left)).replace("%1", left)
            parts.append(whole)
        else:
            took = half_days_down(state.elapsed_days)
            parts.append(
                self.tr("dimulai %1, %2 hari kerja (rencana %3)", "", days_form(took))
                .replace("%1", _e(tanggal(state.started_at.date())))
                .replace("%2", took)
                .replace("%3", days(state.planned_days))
            )
        if state.returns:
            parts.append(self.tr("dikembalikan %1×").replace("%1", str(state.returns)))
        if state.status is CaseStatus.DITANGGUHKAN and state.suspended_since is not None:
            reason = next((e.reason for e in reversed(state.events) if isinstance(e, Suspended)), "")
            parts.append(
                self.tr("ditangguhkan sejak %1: %2")
                .replace("%1", _e(tanggal_jam(state.suspended_since)))
                .replace("%2", _e(reason))
            )
        if state.extension_days:
            extended = days(state.extension_days)
            parts.append(self.tr("diperpanjang %1 hari kerja", "", days_form(extended)).replace("%1", extended))
        text = " · ".join(parts)
        return text[:1].upper() + text[1:]

    # --- the step panel -------------------------------------------------------------------

    @Slot(int)
    def step_clicked(self, step_no: int) -> None:
        if self.overview_button.isChecked():
            self.filter_step(None if self.step_filter == step_no else step_no)
            return
        self.selected_step = step_no
        self.show_step(step_no)

    def show_step(self, step_no: int | None) -> None:
        state = self.state
        if state is None or step_no is None:
            return
        self.selected_step = step_no
        self.swimlane.select_step(step_no)
        self.panel.set_html(self.step_html(state, self.case_sop, step_no))
        acts = case_actions(self.actor, state, self.case_sop, step_no)
        hint = ""
        if not allowed(self.actor.role, Permission.RECORD_STEP):
            hint = self.tr("Peran Anda hanya dapat melihat berkas.")
        elif state.status.open and step_no == state.current_step and "complete" not in acts:
            if state.status is CaseStatus.DITANGGUHKAN:
                hint = self.tr("Berkas ditangguhkan: lanjutkan dulu untuk mencatat langkah.")
            else:
                lanes = ", ".join(self.case_sop.lane(c).nama for c in self.case_sop.step(step_no).lanes)
                hint = self.tr("Langkah ini dicatat oleh pengguna lajur %1.").replace("%1", lanes)
        elif state.status.open and step_no != state.current_step:
            hint = self.tr("Berkas sekarang di langkah %1; klik langkah itu untuk mencatatnya.").replace(
                "%1", str(state.current_step)
            )
        self.panel.set_actions(acts, hint)
        returns_to = self.case_sop.step(step_no).returns_to
        if returns_to is not None:
            self.panel.buttons["return"].setText(self.tr("Kembalikan ke langkah %1…").replace("%1", str(returns_to)))
        complete = self.panel.buttons["complete"]
        last = step_no == self.case_sop.steps[-1].no
        complete.setEnabled(not (last and not state.distributions))
        complete.setToolTip(self.tr("Catat minimal satu distribusi dulu.") if last and not state.distributions else "")

    def step_html(self, state: CaseState, sop: SopDefinition, step_no: int) -> str:
        s = state.step(step_no)
        step = sop.step(step_no)
        status = {
            StepStatus.SELESAI: self.tr("selesai"),
            StepStatus.BERJALAN: self.tr("berjalan") if state.status is CaseStatus.AKTIF else self.tr("ditangguhkan"),
            StepStatus.BELUM: self.tr("belum"),
        }[s.status]
        if s.status is StepStatus.BELUM and s.passes:
            status = self.tr("diulang")
        lanes = ", ".join(
            (f"<b>{_e(sop.lane(c).nama)}</b>" if i == 0 else _e(sop.lane(c).nama)) for i, c in enumerate(s.lanes)
        )
        out = [
            "<p style='margin:0'><b>"
            + (_e(self.tr("Langkah %1").replace("%1", str(step_no))))
            + f"</b> — {_e(status)}</p>",
            f"<p style='margin:2px 0'>{_e(s.uraian)}</p>",
            self._row(self.tr("Pelaksana"), lanes, escaped=True),
            self._row(self.tr("Mutu baku"), self._days_text(s.waktu_hari)),
            self._row(self.tr("Rencana"), f"{tanggal_jam(s.planned_start)} – {tanggal_jam(s.planned_end)}"),
        ]
        if step.keterangan:
            out.append(self._row(self.tr("Keterangan SOP"), step.keterangan))
        resolved = sop.resolved_kelengkapan(step_no)
        for p in s.passes:
            title = self.tr("Putaran %1").replace("%1", str(p.number)) if s.pass_count > 1 else self.tr("Pelaksanaan")
            out.append(f"<hr><p style='margin:0'><b>{_e(title)}</b></p>")
            # In the order of time: it began, was due (its plan's end, moved by a suspension or an
            # extension), then ended.
            out.append(self._row(self.tr("Mulai"), tanggal_jam(p.started_at)))
            out.append(self._row(self.tr("Batas waktu"), tanggal_jam(p.due_at)))
            if p.ended_at is not None:
                ended = {
                    PassOutcome.SELESAI: self.tr("Selesai"),
                    PassOutcome.DIKEMBALIKAN: self.tr("Dikembalikan"),
                    PassOutcome.DIBATALKAN: self.tr("Dibatalkan"),
                    PassOutcome.BERJALAN: self.tr("Selesai"),
                }[p.outcome]
                out.append(self._row(ended, tanggal_jam(p.ended_at)))
            took = self._days_text(round(p.elapsed_days, 2))
            if p.late:
                took = f"<span style='color:#b3261e'><b>{_e(took)} — " + (_e(self.tr("terlambat"))) + "</b></span>"
            else:
                took = _e(took)
            out.append(self._row(self.tr("Lama") if p.ended_at else self.tr("Berjalan"), took, escaped=True))
            if p.suspended_days:
                out.append(
                    self._row(
                        self.tr("Ditangguhkan"),
                        self._days_text(round(p.suspended_days, 2)) + " " + self.tr("(tidak dihitung)"),
                    )
                )
            done = p.completion
            if done is not None:
                who = done.acted_by.label() if done.acted_by else (done.recorded_by_nama or done.recorded_by)
                out.append(self._row(self.tr("Dilakukan oleh"), who))
                recorder = f"{done.recorded_by_nama or done.recorded_by} ({done.recorded_by})"
                recorder += f", {tanggal_jam(done.recorded_at)}"
                out.append(self._row(self.tr("Dicatat oleh"), recorder))
                if done.source is StepSource.SURAT:
                    out.append(self._row(self.tr("Sumber"), self.tr("dari surat di buku agenda")))
                elif done.source is StepSource.DISPOSISI:
                    out.append(self._row(self.tr("Sumber"), self.tr("dari lembar disposisi")))
                if resolved and done.source is StepSource.DICATAT:
                    ticks = "<br>".join(("☑ " if k in done.kelengkapan else "☐ ") + _e(k) for k in resolved)
                    out.append(self._row(self.tr("Kelengkapan"), ticks, escaped=True))
                if done.outputs:
                    out.append(self._row(self.tr("Output"), "; ".join(done.outputs)))
                if done.note:
                    out.append(self._row(self.tr("Catatan"), done.note))
            back = p.returned
            if back is not None:
                who = back.acted_by.label() if back.acted_by else (back.recorded_by_nama or back.recorded_by)
                out.append(
                    self._row(
                        self.tr("Dikembalikan ke langkah %1").replace("%1", str(back.to_step)),
                        f"{back.reason} — {who}",
                    )
                )
        if not s.passes:
            out.append("<hr><p style='color:#555'>" + (_e(self.tr("Langkah ini belum dicapai."))) + "</p>")
        if step_no == sop.steps[-1].no and state.distributions:
            items = "".join(
                f"<li>{_e(d.to)} — "
                + (_e(self.tr("diterima oleh")))
                + f" {_e(d.received_by)}, {_e(tanggal_jam(d.at))}</li>"
                for d in state.distributions
            )
            out.append(
                "<hr><p style='margin:0'><b>"
                + (_e(self.tr("Distribusi")))
                + f"</b></p><ul style='margin:0'>{items}</ul>"
            )
        others = [e for e in state.events if isinstance(e, Suspended | Resumed | DueExtended | Cancelled)]
        if others:
            lines = []
            for e in others:
                label = shown(e.kind.label)
                detail = ""
                if isinstance(e, Suspended | Cancelled):
                    detail = e.reason
                elif isinstance(e, DueExtended):
                    extended = days(e.days)
                    detail = (
                        self.tr("%1 hari kerja di langkah %2: %3", "", days_form(extended))
                        .replace("%1", extended)
                        .replace("%2", str(e.step))
                        .replace("%3", e.reason)
                    )
                elif e.note:
                    detail = e.note
                lines.append(
                    f"<li>{_e(tanggal_jam(e.at))} — {_e(label)}{(': ' + _e(detail)) if detail else ''}"
                    f" ({_e(e.recorded_by)})</li>"
                )
            out.append(
                "<hr><p style='margin:0'><b>" + (_e(self.tr("Peristiwa berkas"))) + f"</b></p>"
                f"<ul style='margin:0'>{''.join(lines)}</ul>"
            )
        return "".join(out)

    @staticmethod
    def _row(label: str, value: str, *, escaped: bool = False) -> str:
        shown = value if escaped else _e(value)
        return f"<p style='margin:1px 0'><span style='color:#555'>{_e(label)}:</span> {shown}</p>"

    def _days_text(self, value: float | Decimal) -> str:
        shown = days(value)
        return self.tr("%1 hari kerja", "", days_form(shown)).replace("%1", shown)

    # --- the overview --------------------------------------------------------------------

    @Slot(bool)
    def _overview_toggled(self, on: bool) -> None:
        if on:
            self.show_overview()
        else:
            self._case_tabs(True)
            if self.step_filter is not None:
                self.filter_step(None)
            if self.case_id is not None:
                self.show_case(self.case_id)
            else:
                current = self.view.currentIndex()
                if current.isValid():
                    self.show_case(int(self.model.data(current, ID_ROLE)))
                else:
                    self.clear_case()

    def show_overview(self, active: list[ActiveCase] | None = None) -> None:
        """Every open case over the current SOP's swimlane: counts per step and lane.
        ``active``: the open cases just read for the list (else they are read now)."""
        if not self.overview_button.isChecked():
            self.overview_button.blockSignals(True)
            self.overview_button.setChecked(True)
            self.overview_button.blockSignals(False)
        if active is None:
            active = cases.active_cases(self.db)
        if self.swimlane.sop != self.sop:
            self.swimlane.set_sop(self.sop)
        clocks = {a.item.id: a.clock for a in active}
        self.swimlane.set_marks(overview_marks(self.sop, [a.item for a in active], clocks))
        self.swimlane.select_step(self.step_filter)
        if self._zoomed_case != 0:  # the Ikhtisar's first show: its lanes across the window
            self._zoomed_case = 0
            self.swimlane.zoom_to_lanes()
        self.timeline.set_data(None)
        self.tabs.setCurrentIndex(0)
        self._case_tabs(False)
        self.view.clearSelection()
        late = sum(1 for a in active if a.clock.step_overdue)
        soon = sum(1 for a in active if a.clock.due_within(DUE_SOON_DAYS))
        suspended = sum(1 for a in active if a.item.status is CaseStatus.DITANGGUHKAN)
        self.case_title.setText(self.tr("Ikhtisar semua berkas aktif"))
        self.case_title.setToolTip("")
        self.case_where.setText(
            self.tr("%1 berkas aktif · %2 terlambat di langkahnya · %3 jatuh tempo dalam %4 hari kerja")
            .replace("%1", str(len(active)))
            .replace("%2", str(late))
            .replace("%3", str(soon))
            .replace("%4", str(DUE_SOON_DAYS))
        )
        self.case_where.setStyleSheet("")
        self.case_due.setText(
            (self.tr("%1 ditangguhkan · ").replace("%1", str(suspended)) if suspended else "")
            + self.tr(
                "Angka pada langkah: berkas yang menunggu di sana (merah: ada yang terlambat). Klik langkah "
                "untuk menyaring daftar."
            )
        )
        self._active = active
        self._show_overview_step(self.step_filter)
        self.selection_changed.emit()

    def _show_overview_step(self, step_no: int | None) -> None:
        self.panel.set_actions(set())
        if step_no is None:
            lanes: dict[str, int] = {}
            for a in self._active:
                lead = a.item.lead_lane
                if lead:
                    lanes[lead] = lanes.get(lead, 0) + 1
            rows = "".join(
                f"<tr><td>{_e(lane.nama)}</td><td align='right'><b>{lanes.get(lane.code, 0)}</b></td></tr>"
                for lane in self.sop.lanes
            )
            hint = self.tr("Klik sebuah langkah untuk melihat berkas yang menunggu di sana.")
            self.panel.set_html(
                "<p><b>" + (_e(self.tr("Berkas menunggu per lajur"))) + f"</b></p>"
                f"<table cellspacing='4'>{rows}</table>"
                f"<p style='color:#555'>{_e(hint)}</p>"
            )
            return
        step = self.sop.step(step_no)
        waiting = sorted(
            (a for a in self._active if a.item.current_step == step_no),
            key=lambda a: a.clock.step_due_at or a.item.due_at,
        )
        late = [a for a in waiting if a.clock.step_overdue]
        items = "".join(
            f"<li><a href='case:{a.item.id}'>{_e(a.item.number)}</a> — {_e(a.item.opd_nama)}"
            + (
                " <span style='color:#b3261e'>(" + (_e(self.tr("terlambat"))) + ")</span>"
                if a.clock.step_overdue
                else ""
            )
            + "</li>"
            for a in waiting[:30]
        )
        if len(waiting) > 30:
            more = self.tr("… dan %1 berkas lagi (lihat daftar)").replace("%1", str(len(waiting) - 30))
            items += f"<li>{_e(more)}</li>"
        self.panel.set_html(
            "<p style='margin:0'><b>" + (_e(self.tr("Langkah %1").replace("%1", str(step_no)))) + f"</b></p>"
            f"<p style='margin:2px 0'>{_e(step.uraian)}</p>"
            + self._row(self.tr("Pelaksana"), ", ".join(self.sop.lane(c).nama for c in step.lanes))
            + self._row(self.tr("Mutu baku"), self._days_text(step.waktu_hari))
            + self._row(
                self.tr("Menunggu"),
                self.tr("%1 berkas, %2 terlambat").replace("%1", str(len(waiting))).replace("%2", str(len(late))),
            )
            + (f"<ul style='margin:0'>{items}</ul>" if items else "")
            + "<p style='color:#555'>"
            + (_e(self.tr("Klik nomor berkas untuk membukanya.")))
            + "</p>"
        )

    @Slot(str)
    def _record_link(self, link: str) -> None:
        if link.startswith("case:"):
            self.open_case(int(link.removeprefix("case:")))

    # --- zoom ----------------------------------------------------------------------------

    def _initial_zoom(self) -> None:
        """A case opens with its lanes across the window and its current step in sight."""
        self.swimlane.zoom_to_lanes()
        if self.selected_step is not None:
            self.swimlane.show_step(self.selected_step)

    def fit_timeline(self) -> None:
        self._timeline_fit = True
        self.timeline.fit_width(self.timeline_scroll.viewport().width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.timeline_scroll.viewport() and event.type() == QEvent.Type.Resize and self._timeline_fit:
            self.timeline.fit_width(self.timeline_scroll.viewport().width())
        return super().eventFilter(watched, event)

    @Slot(str)
    def zoom(self, how: str) -> None:
        on_timeline = self.tabs.currentWidget() is self.timeline_scroll
        if on_timeline:
            if how == "fit":
                self.fit_timeline()
            elif how == "reset":
                self._timeline_fit = False
                self.timeline.set_day_width(16.0)
            else:
                self._timeline_fit = False
                self.timeline.set_day_width(self.timeline.day_w * (1.25 if how == "in" else 0.8))
            return
        if how == "fit":
            self.swimlane.fit()
        elif how == "reset":
            self.swimlane.zoom_reset()
        else:
            self.swimlane.zoom(1.15 if how == "in" else 1 / 1.15)

    # --- actions -------------------------------------------------------------------------

    def current_case_id(self) -> int | None:
        """The case on screen (None in the Ikhtisar)."""
        return None if self.overview_button.isChecked() else self.case_id

    def current_case(self) -> tuple[int, str] | None:
        """(id, number) of the case on screen, for Berkas › Cetak (its dossier)."""
        if self.overview_button.isChecked() or self.case_id is None or self.state is None:
            return None
        return self.case_id, self.state.info.number

    @Slot(str)
    def run_action(self, name: str) -> CaseDialog | None:
        handlers: dict[str, Callable[[], CaseDialog | None]] = {
            "complete": self.complete_step,
            "return": self.return_step,
            "distribute": self.distribute,
            "receipt": self.print_receipt,
            "suspend": self.suspend,
            "resume": self.resume,
            "extend": self.extend,
            "cancel": self.cancel,
        }
        return handlers[name]()

    def _open(self, dialog: CaseDialog) -> CaseDialog:
        self.dialog = dialog
        forget_when_closed(self, "dialog", dialog)  # the dialog is released when it closes
        dialog.initiator = self  # the page reloads itself once the dialog is accepted
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._saved(dialog.result_value))
        dialog.open()
        return dialog

    def _saved(self, result: object) -> None:
        started = getattr(result, "case_id", None)
        if isinstance(started, int):
            self.case_id = started
            self.selected_step = None
            self.overview_button.blockSignals(True)
            self.overview_button.setChecked(False)
            self.overview_button.blockSignals(False)
            self.message.emit(self.tr("Berkas %1 dimulai.").replace("%1", str(getattr(result, "number", ""))))
        self.reload()
        if isinstance(started, int):
            self.open_case(started)

    def _case(self) -> tuple[int, CaseState] | None:
        if self.case_id is None or self.state is None or self.overview_button.isChecked():
            return None
        return self.case_id, self.state

    def _officials(self) -> list[Any]:
        return read.officials(self.db, active_only=True)

    @Slot()
    def start_case(self) -> CaseDialog | None:
        if not self.start_button.isEnabled():
            return None
        db, actor = self.db, self.actor
        return self._open(StartCaseDialog(lambda cmd: cases.start_case(db, actor, cmd), db, parent=self))

    def complete_step(self) -> CaseDialog | None:
        found = self._case()
        if found is None or found[1].current_step is None:
            return None
        case_id, step_no, version = found[0], found[1].current_step, found[1].version
        db, actor = self.db, self.actor
        dialog = CompleteStepDialog(
            lambda cmd: cases.complete_step(db, actor, case_id, cmd, expected_version=dialog.version),
            self.case_sop,
            step_no,
            actor,
            self._officials(),
            self,
            sp_review=self._sp_review(case_id, step_no),
        )
        dialog.version = version
        return self._open(dialog)

    def _sp_review(self, case_id: int, step_no: int) -> str:
        """At validation (5) and the approvals (6, 7), what of the SP is missing or changed."""
        if self.case_sop.step(step_no).returns_to != DRAFTING_STEP:
            return ""
        reviews = sp_service.sp_case_view(self.db, case_id).reviews()
        return review_html(reviews, heading=self.tr("Standar pelayanan yang diajukan"))

    def return_step(self) -> CaseDialog | None:
        found = self._case()
        if found is None or found[1].current_step is None:
            return None
        case_id, step_no, version = found[0], found[1].current_step, found[1].version
        if self.case_sop.step(step_no).returns_to is None:
            return None
        db, actor = self.db, self.actor
        assert self.state is not None
        dialog = ReturnDialog(
            lambda cmd: cases.return_case(db, actor, case_id, cmd, expected_version=dialog.version),
            self.case_sop,
            step_no,
            actor,
            self._officials(),
            self,
            layanan=self.state.info.jenis_layanan,
            sp_review=self._sp_review(case_id, step_no),
        )
        dialog.version = version
        return self._open(dialog)

    def _case_action(self, dialog: Callable[..., CaseDialog], action: Callable[..., object]) -> CaseDialog | None:
        """A dialog for the case on screen whose command goes to ``action`` (a case service),
        based on the case as the screen shows it (refused if another seat recorded since)."""
        found = self._case()
        if found is None:
            return None
        case_id, state = found
        db, actor = self.db, self.actor
        made: list[CaseDialog] = []  # the dialog, for its version when Simpan is pressed

        def save(cmd: object) -> object:
            return action(db, actor, case_id, cmd, expected_version=made[0].version)

        made.append(dialog(save, state.info.number, self))
        made[0].version = state.version
        return self._open(made[0])

    def suspend(self) -> CaseDialog | None:
        return self._case_action(SuspendDialog, cases.suspend_case)

    def resume(self) -> CaseDialog | None:
        return self._case_action(ResumeDialog, cases.resume_case)

    def extend(self) -> CaseDialog | None:
        return self._case_action(ExtendDialog, cases.extend_case)

    def cancel(self) -> CaseDialog | None:
        return self._case_action(CancelDialog, cases.cancel_case)

    def distribute(self) -> CaseDialog | None:
        return self._case_action(DistributeDialog, cases.record_distribution)

    def print_receipt(self) -> CaseDialog | None:
        """The tanda terima of one distribution of step 11, previewed for printing."""
        from sopdesk.domain.cases import default_receipt_items, receipt_items
        from sopdesk.ui.documents import distribution_receipt_renderer

        if self.case_id is None or self.state is None or not self.state.distributions:
            return None
        case_id, state, sop = self.case_id, self.state, self.case_sop
        choices = [
            (
                d.seq,
                self.tr("ke-%1: %2, diterima %3, %4")
                .replace("%1", str(n))
                .replace("%2", d.to)
                .replace("%3", d.received_by)
                .replace("%4", tanggal_jam(d.at)),
            )
            for n, d in enumerate(state.distributions, start=1)
        ]

        def check(choice: tuple[int, str]) -> tuple[int, str]:
            receipt_items(choice[1], sop)  # refuses too many lines, next to the field
            return choice

        dialog = ReceiptDialog(check, state.info.number, choices, default_receipt_items(sop), self)
        dialog.setModal(True)

        def preview() -> None:
            seq, description = cast(tuple[int, str], dialog.result_value)
            title = self.tr("Tanda Terima %1").replace("%1", state.info.number)
            self.print_requested.emit(title, distribution_receipt_renderer(case_id, seq, description))

        dialog.accepted.connect(preview)
        dialog.open()
        self.dialog = dialog
        forget_when_closed(self, "dialog", dialog)
        return dialog

    def on_changes(self, changes: Changes) -> None:
        if changes.initiator is self or changes.initiator is self.sp_panel or changes.only(Kind.AUDIT):
            return
        try:
            if changes.only(Kind.SP, Kind.AUDIT):
                self.sp_panel.on_changes(changes)
                return
            self.reload()
        except DomainError as exc:  # pragma: no cover - a read refused mid-change
            forms.show_error(self, self.tr("Berkas SP"), str(exc))


__all__ = ["CaseListModel", "CasesPage", "StepPanel", "case_actions"]
