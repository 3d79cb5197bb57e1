"""Beranda and the pages whose features arrive with later releases."""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.changes import Changes, Kind
from sopdesk.domain.dates import tanggal
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission, allowed
from sopdesk.domain.sop import SopDefinition
from sopdesk.services import read
from sopdesk.ui.days import days, days_form
from sopdesk.ui.tasks import BackgroundTask

if TYPE_CHECKING:
    from sopdesk.domain.disposition import InboxItem, InboxSummary
    from sopdesk.domain.records import DatabaseSummary
    from sopdesk.services.cases import ActiveCase, Overview
    from sopdesk.services.sp import DueReview
from sopdesk.store.database import Database
from sopdesk.ui.forms import title_label as page_title
from sopdesk.ui.words import shown


class Tile(QFrame):
    """A figure and what it counts. ``compact``: on one line, for the administrator's figures."""

    clicked = Signal()

    def __init__(self, title: str, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Tile { background: #f4f7fb; border: 1px solid #c9d6e6; border-radius: 6px; }")
        layout: QBoxLayout = QHBoxLayout(self) if compact else QVBoxLayout(self)
        layout.setContentsMargins(8, 3 if compact else 4, 8, 3 if compact else 4)
        layout.setSpacing(6 if compact else 0)
        self.value = QLabel("–")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * (1.0 if compact else 1.8))
        font.setBold(True)
        self.value.setFont(font)
        layout.addWidget(self.value)
        label = QLabel(title)
        label.setWordWrap(not compact)
        layout.addWidget(label, 1)

    def set_alert(self, alert: bool) -> None:
        """A tile whose number is bad news when it is not zero shows it in red."""
        self.value.setStyleSheet("color: #b3261e;" if alert else "")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


@dataclass(frozen=True)
class HomeData:
    """Everything Beranda shows, read on a worker thread."""

    sop: SopDefinition | None
    sop_version: int
    overview: Overview
    inbox: InboxSummary
    open_dispositions: list[InboxItem]
    awaiting: int
    summary: DatabaseSummary
    missing_officials: list[str]
    sp_reviews: list[DueReview] = field(default_factory=list)  # SPs in force not reviewed for 12 months
    kop_complete: bool = True  # the lambang and the address are in the kop (Pengaturan › Kop)


def gather_home(db: Database, actor: Actor) -> HomeData:
    from sopdesk.services import cases, disposition, sp

    versions = [v for v in read.sop_versions(db) if v.current]
    return HomeData(
        sop=read.sop_definition(db),
        sop_version=versions[0].version if versions else 1,
        overview=cases.overview(db),
        inbox=disposition.inbox_summary(db, actor),
        open_dispositions=disposition.inbox(db, actor, open_only=True),
        awaiting=disposition.awaiting_count(db),
        summary=read.summary(db),
        missing_officials=[o.jabatan for o in read.officials(db, active_only=True) if not o.nama],
        sp_reviews=sp.due_reviews(db),
        kop_complete=_kop_complete(db),
    )


def _kop_complete(db: Database) -> bool:
    from sopdesk.services.printing import letterhead

    return letterhead(db).complete


class _FittingBody(QWidget):
    """A page in a scroll area that scrolls only when its minimum does not fit: a scroll area
    gives a page with wrapped text the height its widgets would like (the lane matrix's every
    row, the lists' every line) and scrolls the page; this page asks only for its minimum, so
    the matrix and the lists share the window and scroll within themselves."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.minimumHeightForWidth(width) if layout is not None else super().heightForWidth(width)


class HomePage(QWidget):
    """Beranda: what waits for whom. Letters awaiting a disposition, the user's inbox, every
    active Berkas SP by lane and step, what is overdue, what falls due within three working
    days, and "my tasks"; each item is one click from its case or disposition."""

    caseRequested = Signal(int)  # a Berkas SP to open
    stepRequested = Signal(int)  # the Berkas SP list filtered to the cases waiting at a step
    dispositionsRequested = Signal()  # the Disposisi page
    loaded = Signal()  # the figures are on the page
    LIST_LIMIT = 50

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.db = db
        self.actor = actor
        self._task: BackgroundTask | None = None
        self._again = False
        self.ready = False  # the figures of the last reload are on the page
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = _FittingBody()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.addWidget(page_title(self.tr("Beranda")))
        self.greeting = QLabel(
            self.tr("Selamat bekerja, %1 (%2).")
            .replace("%1", actor.nama or actor.username)
            .replace("%2", shown(actor.role.label))
        )
        self.greeting.setObjectName("greeting")
        layout.addWidget(self.greeting)
        self.sop = QLabel()
        self.sop.setObjectName("sop_summary")
        self.sop.setWordWrap(True)
        layout.addWidget(self.sop)

        grid = QGridLayout()
        self.tiles = {
            "awaiting": Tile(self.tr("Surat menunggu disposisi")),
            "inbox": Tile(self.tr("Disposisi masuk belum dibaca")),
            "active": Tile(self.tr("Berkas SP aktif")),
            "overdue": Tile(self.tr("Langkah terlambat")),
            "due_soon": Tile(self.tr("Jatuh tempo ≤ 3 hari kerja")),
        }
        self.tiles["awaiting"].clicked.connect(self.dispositionsRequested)
        self.tiles["inbox"].clicked.connect(self.dispositionsRequested)
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, i)
            grid.setColumnStretch(i, 1)
        if not (
            allowed(actor.role, Permission.WRITE_DISPOSITION) or allowed(actor.role, Permission.TRANSCRIBE_DISPOSITION)
        ):
            self.tiles["awaiting"].hide()  # only who writes (or types in) dispositions acts on it
        layout.addLayout(grid)

        self.matrix = QTableWidget()
        self.matrix.setObjectName("lane_matrix")
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.verticalHeader().setVisible(False)
        self.matrix.verticalHeader().setDefaultSectionSize(20)
        # Room for the eleven steps and the totals when the screen has it; on a small screen
        # (1280x720, or 1920x1080 at 150%) the matrix scrolls within itself rather than the page.
        # Both fixed before the window shows: a minimum that changes later makes some platforms
        # resize the whole window.
        self.matrix.setMinimumHeight(5 * 20 + 28)
        self.matrix.setMaximumHeight(12 * 20 + 30)
        self.matrix.cellClicked.connect(self._matrix_clicked)
        layout.addWidget(QLabel("<b>" + self.tr("Berkas SP aktif per langkah dan lajur") + "</b>"))
        layout.addWidget(self.matrix, 3)

        lists = QGridLayout()
        self.lists: dict[str, QListWidget] = {}
        self.list_titles: dict[str, QLabel] = {}
        for col, (key, title) in enumerate(
            (
                ("tasks", self.tr("Tugas saya")),
                ("overdue", self.tr("Terlambat")),
                ("due_soon", self.tr("Jatuh tempo dalam 3 hari kerja")),
            )
        ):
            label = QLabel("<b>" + title + "</b>")
            widget = QListWidget()
            widget.setObjectName(f"list_{key}")
            widget.setMinimumHeight(100)
            widget.setWordWrap(True)
            widget.setTextElideMode(Qt.TextElideMode.ElideRight)
            widget.setAlternatingRowColors(True)
            widget.itemActivated.connect(self._item_activated)
            widget.itemClicked.connect(self._item_activated)
            lists.addWidget(label, 0, col)
            lists.addWidget(widget, 1, col)
            lists.setColumnStretch(col, 1)
            self.lists[key] = widget
            self.list_titles[key] = label
        layout.addLayout(lists, 2)  # the lists take what the screen has left

        admin = QGridLayout()
        self.admin_tiles = {
            "opd": Tile(self.tr("OPD terdaftar"), compact=True),
            "officials": Tile(self.tr("Pejabat pemegang lajur"), compact=True),
            "users": Tile(self.tr("Pengguna"), compact=True),
            "audit": Tile(self.tr("Peristiwa jejak audit"), compact=True),
        }
        for i, tile in enumerate(self.admin_tiles.values()):
            admin.addWidget(tile, 0, i)
            if not allowed(actor.role, Permission.MANAGE_USERS):
                tile.hide()
            admin.setColumnStretch(i, 1)
        layout.addLayout(admin)
        self.sp_reviews = QLabel()
        self.sp_reviews.setObjectName("sp_reviews")
        self.sp_reviews.setWordWrap(True)
        self.sp_reviews.setTextFormat(Qt.TextFormat.RichText)
        self.sp_reviews.linkActivated.connect(self._review_link)
        layout.addWidget(self.sp_reviews)
        self.notices = QLabel()
        self.notices.setObjectName("notices")
        self.notices.setWordWrap(True)
        self.notices.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.notices)
        # The first gathering starts on the event loop's first turn: the window that holds the
        # page is on screen before a worker starts competing with it for the interpreter.
        QTimer.singleShot(0, self, self._first_load)

    @Slot()
    def _first_load(self) -> None:
        if self._task is None:
            self.reload()

    def reload(self) -> None:
        """Gather the figures on a worker and fill the page when they arrive: the main window
        opens at once, and a page of 2,000 cases never freezes it."""
        self.ready = False
        if self._task is not None and self._task.running:
            self._again = True
            return
        self._again = False
        db, actor = self.db, self.actor  # a finished task has released itself (ui/tasks.py)
        self._task = BackgroundTask(lambda: gather_home(db, actor), self)
        self._task.finished.connect(self._apply)
        self._task.error.connect(self._failed)
        self._task.start()

    def _failed(self, exc: object) -> None:
        self.notices.setText(html.escape(self.tr("Beranda tidak dapat dimuat: %1").replace("%1", str(exc))))
        self.ready = True
        self.loaded.emit()

    def _apply(self, data: HomeData) -> None:
        sop = data.sop
        if sop is not None:
            self.sop.setText(
                self.tr(
                    "SOP berlaku: %1 versi %2 — %3; %4 langkah, mutu baku %5 hari kerja.",
                    "",
                    days_form(days(sop.total_waktu_hari)),
                )
                .replace("%1", sop.nomor)
                .replace("%2", str(data.sop_version))
                .replace("%3", sop.identity.judul)
                .replace("%4", str(len(sop.steps)))
                .replace("%5", days(sop.total_waktu_hari))
            )
        self._apply_work(data)
        self._apply_reviews(data.sp_reviews)
        summary = data.summary
        self.admin_tiles["opd"].value.setText(str(summary.opd))
        self.admin_tiles["officials"].value.setText(str(summary.officials))
        self.admin_tiles["users"].value.setText(str(summary.users))
        self.admin_tiles["audit"].value.setText(str(summary.audit_events))
        notices = ""
        if data.missing_officials:
            # One line, not a list: Beranda fits the screen without its scroll bar.
            items = ", ".join(html.escape(jabatan) for jabatan in data.missing_officials)
            notices += (
                "<b>" + self.tr("Perlu dilengkapi: nama pejabat (Pengaturan › Pejabat) untuk") + f"</b> {items}.<br>"
            )
        if not data.kop_complete:
            notices += (
                "<b>"
                + self.tr("Perlu dilengkapi: lambang daerah dan alamat pada kop (Pengaturan › Kop, Kertas dan Nomor)")
                + "</b>"
            )
        self.notices.setText(notices)
        if self._again:
            self.reload()
            return
        self.ready = True
        self.loaded.emit()

    def _apply_reviews(self, due: list[DueReview]) -> None:
        """Standar Pelayanan in force that nobody has reviewed for twelve months."""
        if not due:
            self.sp_reviews.setText("")
            self.sp_reviews.hide()
            return
        items = []
        for d in due[: self.LIST_LIMIT]:
            i = d.item
            text = (
                self.tr("%1 · %2 — SK %3, berlaku sejak %4, ditinjau %5 bulan lalu")
                .replace("%1", i.opd_nama)
                .replace("%2", i.layanan)
                .replace("%3", i.sk_nomor or self.tr("(nomor belum dicatat)"))
                .replace("%4", tanggal(i.since) if i.since else "-")
                .replace("%5", str(d.months))
            )
            if d.under_review:
                text += self.tr(" (sedang ditinjau: %1)").replace("%1", d.under_review)
            items.append(f"<li><a href='case:{i.case_id}'>{html.escape(text)}</a></li>")
        self.sp_reviews.setText(
            "<b>"
            + html.escape(
                self.tr("Standar pelayanan belum ditinjau lebih dari 12 bulan (%1)").replace("%1", str(len(due)))
            )
            + f"</b><ul>{''.join(items)}</ul>"
        )
        self.sp_reviews.show()

    @Slot(str)
    def _review_link(self, link: str) -> None:
        kind, _, ident = link.partition(":")
        if kind == "case" and ident.isdigit():
            self.caseRequested.emit(int(ident))

    def _apply_work(self, data: HomeData) -> None:
        view, sop = data.overview, data.sop
        self.tiles["awaiting"].value.setText(str(data.awaiting))
        self.tiles["inbox"].value.setText(str(data.inbox.unread))
        self.tiles["active"].value.setText(str(len(view.cases)))
        self.tiles["overdue"].value.setText(str(len(view.overdue)))
        self.tiles["overdue"].set_alert(bool(view.overdue))
        self.tiles["due_soon"].value.setText(str(len(view.due_soon)))
        self._fill_matrix(sop, view)
        mine = list(view.tasks_for(self.actor.role))
        mine.sort(key=lambda c: c.clock.step_remaining_days if c.clock.step_remaining_days is not None else 1e9)
        open_items = data.open_dispositions
        for widget in self.lists.values():
            widget.clear()
        for item in open_items[: self.LIST_LIMIT]:
            text = self.tr("Disposisi %1 · batas %3\n%2").replace("%1", item.letter_number)
            text = text.replace("%2", item.perihal).replace("%3", tanggal(item.due_date))
            self._add_item(self.lists["tasks"], text, ("disposition", item.disposition_id), item.overdue, item.unread)
        self._fill_cases(self.lists["tasks"], mine, sop, self.LIST_LIMIT - min(len(open_items), self.LIST_LIMIT))
        self._fill_cases(self.lists["overdue"], list(view.overdue), sop, self.LIST_LIMIT)
        self._fill_cases(self.lists["due_soon"], list(view.due_soon), sop, self.LIST_LIMIT)
        for key, count in (
            ("tasks", len(mine) + len(open_items)),
            ("overdue", len(view.overdue)),
            ("due_soon", len(view.due_soon)),
        ):
            if count > self.lists[key].count():
                more = QListWidgetItem(self.tr("… dan %1 lainnya").replace("%1", str(count - self.lists[key].count())))
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                self.lists[key].addItem(more)
            if count == 0:
                empty = QListWidgetItem(self.tr("Tidak ada."))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                self.lists[key].addItem(empty)

    def _fill_cases(self, widget: QListWidget, items: list[ActiveCase], sop: SopDefinition | None, limit: int) -> None:
        for case in items[: max(0, limit)]:
            step = case.item.current_step
            lane = ""
            if sop is not None and case.item.lead_lane:
                lane = sop.lane(case.item.lead_lane).nama
            remaining = case.clock.step_remaining_days
            if case.item.suspended_since is not None:
                when = self.tr("ditangguhkan")
            elif remaining is None:
                when = ""
            elif remaining < 0:  # late by: up to the next half day, as the office counts
                late = days(math.ceil(-remaining * 2) / 2)
                when = self.tr("terlambat %1 hari kerja", "", days_form(late)).replace("%1", late)
            elif remaining < 0.5:
                when = self.tr("sisa kurang dari ½ hari kerja")
            else:
                left = days(math.floor(remaining * 2) / 2)
                when = self.tr("sisa %1 hari kerja", "", days_form(left)).replace("%1", left)
            text = (
                self.tr("%1 · langkah %3 (%4)\n%2 · %5")
                .replace("%1", case.item.number)
                .replace("%2", case.item.opd_nama)
                .replace("%3", str(step or "-"))
                .replace("%4", lane)
                .replace("%5", when)
            )
            self._add_item(widget, text, ("case", case.item.id), case.clock.step_overdue, False)

    @staticmethod
    def _add_item(widget: QListWidget, text: str, target: tuple[str, int], late: bool, bold: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, target)
        item.setToolTip(text)
        if late:
            item.setForeground(QBrush(QColor("#b3261e")))
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        widget.addItem(item)

    def _fill_matrix(self, sop: SopDefinition | None, view: Overview) -> None:
        self.matrix.clear()
        if sop is None:
            return
        by_step_lane: dict[tuple[int, str], int] = {}
        late: dict[int, int] = {}
        for case in view.cases:
            item = case.item
            if item.current_step is None or not item.lead_lane:
                continue
            key = (item.current_step, item.lead_lane)
            by_step_lane[key] = by_step_lane.get(key, 0) + 1
            if case.clock.step_overdue:
                late[item.current_step] = late.get(item.current_step, 0) + 1
        lanes = list(sop.lanes)
        headers = [self.tr("Langkah")] + [lane.nama for lane in lanes] + [self.tr("Jumlah"), self.tr("Terlambat")]
        self.matrix.setColumnCount(len(headers))
        self.matrix.setHorizontalHeaderLabels(headers)
        self.matrix.setRowCount(len(sop.steps) + 1)
        totals = {lane.code: 0 for lane in lanes}
        for r, step in enumerate(sop.steps):
            label = QTableWidgetItem(f"{step.no}. {step.uraian}")
            label.setToolTip(step.uraian)
            label.setData(Qt.ItemDataRole.UserRole, step.no)
            self.matrix.setItem(r, 0, label)
            row_total = 0
            for c, lane in enumerate(lanes, start=1):
                count = by_step_lane.get((step.no, lane.code), 0)
                totals[lane.code] += count
                row_total += count
                cell = QTableWidgetItem(str(count) if count else "")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setData(Qt.ItemDataRole.UserRole, step.no)
                if count:
                    cell.setBackground(QBrush(QColor("#ffe8a3")))
                self.matrix.setItem(r, c, cell)
            total = QTableWidgetItem(str(row_total) if row_total else "")
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            total.setData(Qt.ItemDataRole.UserRole, step.no)
            self.matrix.setItem(r, len(lanes) + 1, total)
            overdue = QTableWidgetItem(str(late[step.no]) if late.get(step.no) else "")
            overdue.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            overdue.setData(Qt.ItemDataRole.UserRole, step.no)
            if late.get(step.no):
                overdue.setForeground(QBrush(QColor("#b3261e")))
                overdue.setBackground(QBrush(QColor("#f8d7d7")))
            self.matrix.setItem(r, len(lanes) + 2, overdue)
        last = len(sop.steps)
        self.matrix.setItem(last, 0, QTableWidgetItem(self.tr("Jumlah per lajur")))
        for c, lane in enumerate(lanes, start=1):
            cell = QTableWidgetItem(str(totals[lane.code]))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)
            self.matrix.setItem(last, c, cell)
        grand = QTableWidgetItem(str(sum(totals.values())))
        grand.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.matrix.setItem(last, len(lanes) + 1, grand)
        late_total = QTableWidgetItem(str(sum(late.values())))
        late_total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.matrix.setItem(last, len(lanes) + 2, late_total)
        header = self.matrix.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)

    def lane_count(self, lane_code: str) -> int:
        """The matrix's total for a lane (what the Kabag reads off the bottom row)."""
        sop = read.sop_definition(self.db)
        assert sop is not None
        column = [lane.code for lane in sop.lanes].index(lane_code) + 1
        item = self.matrix.item(len(sop.steps), column)
        return int(item.text()) if item and item.text() else 0

    def _matrix_clicked(self, row: int, column: int) -> None:
        item = self.matrix.item(row, column)
        step = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(step, int):
            self.stepRequested.emit(step)

    def _item_activated(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if not target:
            return
        kind, ident = target
        if kind == "case":
            self.caseRequested.emit(int(ident))
        else:
            self.dispositionsRequested.emit()

    def on_changes(self, changes: Changes) -> None:
        if changes.only(Kind.AUDIT, Kind.USER):
            return  # a print, a login: nothing Beranda shows
        self.reload()


class PendingPage(QWidget):
    """A navigation entry whose module is not in this release; says so plainly."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(title))
        text = QLabel(description)
        text.setWordWrap(True)
        layout.addWidget(text)
        note = QLabel(self.tr("Modul ini belum tersedia pada versi SOPDesk ini."))
        note.setObjectName("pending_note")
        note.setStyleSheet("color: #666;")
        layout.addWidget(note)
        layout.addStretch(1)

    def on_changes(self, changes: Changes) -> None:
        pass
