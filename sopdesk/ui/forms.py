"""Form helpers: a label, a field and its Indonesian error message right below it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from sopdesk.ui.windows import own_widgets

ERROR_STYLE = "color: #b00020;"


class FieldErrors:
    """Error labels under the fields of a QFormLayout, keyed by the service's field names.

    A message takes a line of its own under its field (the field keeps its size), and goes as
    soon as the user edits that field: what is left on screen is what still needs fixing."""

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
        error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        error.setVisible(False)
        box.addWidget(error)
        self.form.addRow(label, holder)
        self.labels[name] = error
        self.widgets[name] = widget
        self.holders[name] = holder
        self.watch(name, widget)

    def watch(self, name: str, widget: QWidget) -> None:
        """The message of ``name`` goes when the user edits ``widget`` (or a field inside it)."""

        for part in [widget, *own_widgets(widget)]:
            for signal_name in _edited_signals(part):
                signal = getattr(part, signal_name, None)
                if signal is not None:
                    signal.connect(lambda *_args, n=name: self.fixed(n))

    def fixed(self, name: str) -> None:
        label = self.labels.get(name)
        if label is not None and not label.isHidden():
            label.clear()
            label.setVisible(False)

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


def _edited_signals(widget: QWidget) -> tuple[str, ...]:
    """The signals that say the user changed a field (a line edit's textEdited, not
    textChanged: the program filling a field is no fix)."""
    if isinstance(widget, QLineEdit):
        return ("textEdited",)
    if isinstance(widget, QComboBox):
        return ("activated",)
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return ("textChanged",)
    if isinstance(widget, QAbstractSpinBox):
        return ("editingFinished", "valueChanged") if hasattr(widget, "valueChanged") else ("editingFinished",)
    if isinstance(widget, QAbstractButton):
        return ("clicked",)
    if isinstance(widget, QListWidget):
        return ("itemChanged",)
    if hasattr(widget, "edited"):  # the date fields (ui/dates.py)
        return ("edited",)
    return ()


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
    box.deleteLater()  # released once read


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QPushButton(QCoreApplication.translate("forms", "Tutup")), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    box.deleteLater()  # released once read
