"""Item models for the small master-data tables (tens to hundreds of rows).

The agenda's big table fetches pages of ids instead (agenda issue); these lists are short
enough to hold whole, and are reloaded when a service reports that their entity changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], object]
    width: int = 0


class RecordTableModel(QAbstractTableModel):
    """Frozen records in rows, one :class:`Column` per column; inactive rows are greyed."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.columns[index.column()].value(record)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            value = self.columns[index.column()].value(record)
            return None if value in (None, "") else str(value)
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return getattr(record, "id", None)
        if role == Qt.ItemDataRole.ForegroundRole and getattr(record, "active", True) is False:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.FontRole and getattr(record, "active", True) is False:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def record(self, row: int) -> Any:
        return self.records[row]


def record_table(name: str, model: QAbstractItemModel, widths: Sequence[int | None]) -> QTableView:
    """A read-only list of records as every page shows one: whole rows selected one at a
    time, alternating colours, no row numbers, columns the user may resize (``widths``: the
    starting width of each column, None to leave one as Qt sizes it), the last one stretched."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for col, width in enumerate(widths):
        if width:
            header.resizeSection(col, width)
    return view
