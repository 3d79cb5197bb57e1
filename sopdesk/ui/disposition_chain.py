"""A letter's dispositions as a tree: Kabag -> Kasubag -> Staf, each recipient with status and time.

Used by the Disposisi page and the agenda's side panel.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from sopdesk.domain.disposition import DispositionNode, DispositionRecord, RecipientRecord, RecipientStatus
from sopdesk.services import disposition
from sopdesk.store.database import Database
from sopdesk.ui.words import shown

OVERDUE = QColor("#b00020")
WITHDRAWN = QColor("#888888")
NODE_ROLE = Qt.ItemDataRole.UserRole + 1


def instruction_text(instructions: tuple[str, ...] | list[str], catatan: str) -> str:
    return "; ".join([*instructions, *([catatan] if catatan else [])])


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as high as their text wrapped in the column's width (a tree's own rows are one
    line high whatever the text, so a narrow column cut "Kepala Bagian Organisa…")."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return hint
        width = self.tree.columnWidth(index.column()) - 10
        if index.column() == 0:
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.tree.indentation() * depth
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else option.font)
        wrapped = metrics.boundingRect(QRect(0, 0, max(40, width), 10_000), Qt.TextFlag.TextWordWrap, str(text))
        return QSize(hint.width(), max(hint.height(), wrapped.height() + 6))


class ChainTree(QTreeWidget):
    """A letter's dispositions: each disposition, its recipients with status and time, and
    under a recipient the dispositions that recipient passed on."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("chain_tree")
        self.setColumnCount(4)
        self.setHeaderLabels(
            [self.tr("Disposisi dan penerima"), self.tr("Status"), self.tr("Waktu"), self.tr("Catatan")]
        )
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(0, 340)
        self.setColumnWidth(1, 140)
        self.setColumnWidth(2, 135)
        self.letter_id: int | None = None
        self.today = date.today()
        self.count = 0
        self.placeholder = ""  # shown for a letter not yet disposed

    def wrap_text(self) -> None:
        """For a narrow place (the agenda's side panel): who and their status only, each line
        wrapped in the width there is, never cut."""
        self.hideColumn(2)
        self.hideColumn(3)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setItemDelegate(_WrappingDelegate(self))
        header.sectionResized.connect(self._rewrap)

    @Slot()
    def _rewrap(self, *_args: object) -> None:
        self.scheduleDelayedItemsLayout()  # the rows' heights follow the column's new width

    def show_letter(self, letter_id: int | None, *, keep_selection: bool = True) -> int:
        """Show the chain of ``letter_id``; returns how many dispositions it has."""
        keep = self.selected_node() if keep_selection else None
        self.letter_id = letter_id
        self.clear()
        self.count = 0
        if letter_id is None:
            return 0
        self.today = date.today()
        for node in disposition.chain(self.db, letter_id):
            self.addTopLevelItem(self._disposition_item(node))
            self.count += 1
        if not self.count and self.placeholder:
            item = QTreeWidgetItem([self.placeholder])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(item)
        self.expandAll()
        if keep is not None:
            self.select_node(keep)
        return self.count

    def _disposition_item(self, node: DispositionNode) -> QTreeWidgetItem:
        d = node.disposition
        text = self.tr("%1 (%2)").replace("%1", d.signer.jabatan).replace("%2", d.signer.nama)
        if d.transcribed:
            text += self.tr(" — dicatat oleh %1").replace("%1", d.recorded_by_nama or d.recorded_by)
        status = self.tr("ditarik") if d.withdrawn else self.tr("batas %1").replace("%1", f"{d.due_date:%d-%m-%Y}")
        note = d.withdraw_reason if d.withdrawn else instruction_text(d.instructions, d.catatan)
        item = QTreeWidgetItem([text, status, f"{d.written_at:%d-%m-%Y %H.%M}", note])
        item.setData(0, NODE_ROLE, ("disposition", d.id, None))
        font = QFont(item.font(0))
        font.setBold(True)
        font.setStrikeOut(d.withdrawn)
        for col in range(self.columnCount()):
            item.setFont(col, font)
            item.setToolTip(col, item.text(col))
            if d.withdrawn:
                item.setForeground(col, QBrush(WITHDRAWN))
        children_by_entry: dict[int | None, list[DispositionNode]] = {}
        for child in node.children:
            children_by_entry.setdefault(child.disposition.parent_recipient_id, []).append(child)
        for r in d.recipients:
            entry = self._recipient_item(d, r)
            item.addChild(entry)
            for child in children_by_entry.pop(r.id, []):
                entry.addChild(self._disposition_item(child))
        for rest in children_by_entry.values():
            for child in rest:
                item.addChild(self._disposition_item(child))
        return item

    def _recipient_item(self, d: DispositionRecord, r: RecipientRecord) -> QTreeWidgetItem:
        at = r.status_at
        item = QTreeWidgetItem([r.label, shown(r.status.label), f"{at:%d-%m-%Y %H.%M}" if at else "", r.note])
        item.setData(0, NODE_ROLE, ("recipient", d.id, r.id))
        late = not d.withdrawn and d.due_date < self.today and r.status is not RecipientStatus.SELESAI
        for col in range(self.columnCount()):
            item.setToolTip(col, item.text(col))
            if d.withdrawn:
                item.setForeground(col, QBrush(WITHDRAWN))
            elif late:
                item.setForeground(col, QBrush(OVERDUE))
        if r.status is RecipientStatus.BELUM_DIBACA and not d.withdrawn:
            font = QFont(item.font(1))
            font.setBold(True)
            item.setFont(1, font)
        return item

    def selected_node(self) -> tuple[str, int, int | None] | None:
        item = self.currentItem()
        value = item.data(0, NODE_ROLE) if item is not None else None
        return (str(value[0]), int(value[1]), value[2]) if value else None

    def selected_disposition_id(self) -> int | None:
        node = self.selected_node()
        return node[1] if node else None

    def items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            found.append(item)
            for i in range(item.childCount()):
                child = item.child(i)
                if child is not None:
                    walk(child)

        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            if top is not None:
                walk(top)
        return found

    def select_node(self, node: tuple[str, int, int | None]) -> bool:
        for item in self.items():
            value = item.data(0, NODE_ROLE)
            if value and tuple(value) == tuple(node):
                self.setCurrentItem(item)
                return True
        return False
