"""Form helpers: a label, a field and its Indonesian error message right below it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b00020;"


class FieldErrors:
    """Error labels under the fields of a QFormLayout, keyed by the service's field names."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.holders: dict[str, QWidget] = {}

    def add_row(self, name: str, label: str, widget: QWidget) -> None:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        box.addWidget(error)
        self.form.addRow(label, holder)
        self.labels[name] = error
        self.widgets[name] = widget
        self.holders[name] = holder

    def set_row_visible(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self.holders[name], visible)

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.setVisible(False)

    def show(self, errors: dict[str, str]) -> list[str]:
        """Show each message next to its field; return the messages with no field here."""
        self.clear()
        unplaced = []
        first: QWidget | None = None
        for name, message in errors.items():
            label = self.labels.get(name)
            if label is None:
                unplaced.append(message)
                continue
            label.setText(message)
            label.setVisible(True)
            if first is None:
                first = self.widgets[name]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def text(self, name: str) -> str:
        return "" if self.labels[name].isHidden() else self.labels[name].text()


def title_label(text: str, scale: float = 1.5) -> QLabel:
    """A bold heading, ``scale`` times the normal font size."""
    label = QLabel(text)
    label.setObjectName("page_title")
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def button_box(parent: QWidget, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """Buttons labelled in Indonesian (Qt ships no Indonesian translation of its own)."""
    box = QDialogButtonBox(parent)
    ok = QPushButton(ok_text)
    ok.setDefault(True)
    ok.setAutoDefault(True)
    box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = QPushButton(cancel_text)
    cancel.setAutoDefault(False)
    box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    box.setObjectName("buttons")
    ok.setObjectName("ok")
    cancel.setObjectName("cancel")
    return box


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QPushButton(QCoreApplication.translate("forms", "Tutup")), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QPushButton(QCoreApplication.translate("forms", "Tutup")), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
