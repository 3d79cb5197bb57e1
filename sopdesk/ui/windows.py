"""Rules every dialog and window of SOPDesk follows, kept in one place.

A clerk works keyboard first on a 1366×768 screen (or a scaled 1920×1080), all day. So every
dialog built on :class:`Dialog`:

- opens with the focus in its first input (never on a button: a space typed would press it);
  a dialog names another field with :meth:`Dialog.set_first_input`;
- Tab goes through every field and on to the buttons; a multi-line field and a table pass Tab
  on too (Enter makes a new line, the arrow keys move between cells);
- Enter saves (the default button); Ctrl+Enter too, from a multi-line field where Enter makes
  a new line;
- Esc first closes an open suggestion list (a completer's popup) and only then the dialog; a
  form that was changed asks before its typing is thrown away (Batal and the window's close
  button ask too); the question's default is to go back to the form;
- opens within the available screen (:func:`fit_to_screen`), whatever size it asked for;
- is released when it closes (``WA_DeleteOnClose``): a day of opened and cancelled dialogs
  leaves nothing behind. A page that keeps a reference to an open dialog drops it when the
  dialog is destroyed (:func:`forget_when_closed`).

This module imports only Qt: the login window uses it before the database layer is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

# Room left free around a window: the title bar and frame the window manager adds.
FRAME_MARGIN = 8
TITLE_BAR = 32


# --- the screen ------------------------------------------------------------------------------


def available_geometry(widget: QWidget) -> QRect:
    """The part of the widget's screen (or its parent's) that windows may use."""
    screen = widget.screen()
    parent = widget.parentWidget()
    if parent is not None and parent.isVisible():
        screen = parent.screen()
    if screen is None:
        screen = QApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to the available screen (its frame and title bar included) and move it
    inside, so every button is reachable. Minimums larger than the screen are lowered too."""
    area = available_geometry(window)
    max_w = max(200, area.width() - 2 * FRAME_MARGIN)
    max_h = max(150, area.height() - TITLE_BAR - 2 * FRAME_MARGIN)
    if window.minimumWidth() > max_w:
        window.setMinimumWidth(max_w)
    if window.minimumHeight() > max_h:
        window.setMinimumHeight(max_h)
    width, height = min(window.width(), max_w), min(window.height(), max_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    extra_w = max(0, frame.width() - window.width())
    extra_h = max(0, frame.height() - window.height())
    x = min(max(frame.x(), area.left()), area.right() + 1 - width - extra_w)
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - height - extra_h)
    x, y = max(x, area.left()), max(y, area.top())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


# --- the fields of a form --------------------------------------------------------------------

INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QCheckBox, QRadioButton, QAbstractItemView)


def _inside_input(widget: QWidget) -> bool:
    """A part of a composite input (a spin box's or an editable combo's line edit)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def is_input(widget: QWidget) -> bool:
    """Something the user types into or chooses in (not a button of the dialog, not a label)."""
    if not isinstance(widget, INPUTS) or _inside_input(widget):
        return False
    return not (isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and widget.isReadOnly())


def focusable(widget: QWidget, root: QWidget) -> bool:
    return (
        widget.isVisibleTo(root)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.window() is root.window()
    )


def own_widgets(root: QWidget, kind: type[QWidget] = QWidget) -> list[QWidget]:
    """The widgets of ``kind`` that SOPDesk itself made inside ``root``'s window, top to bottom
    and left to right as they are on screen.

    Taken from the binding's own list of live Python objects, never by walking Qt's widget
    tree or focus chain: those walks make Python objects for Qt's internal widgets (a spin
    box's line edit, a table's viewport, a combo box's popup), which the binding then keeps
    past Qt deleting them, and a later garbage collection corrupts the heap."""
    found = [
        w
        for w in shiboken6.getAllValidWrappers()
        if isinstance(w, kind) and shiboken6.isValid(w) and shiboken6.createdByPython(w) and root.isAncestorOf(w)
    ]

    def place(w: QWidget) -> tuple[int, int]:
        at = w.mapTo(root, QPoint(0, 0))
        return at.y(), at.x()

    return sorted(found, key=place)


def inputs_of(root: QWidget) -> list[QWidget]:
    """The inputs a user reaches with Tab in ``root``, in screen order."""
    return [w for w in own_widgets(root) if is_input(w) and focusable(w, root)]


def first_input(root: QWidget) -> QWidget | None:
    found = inputs_of(root)
    return found[0] if found else None


def form_state(root: QWidget) -> dict[int, tuple[str, object]]:
    """What the user may have typed or chosen in ``root``, per widget (whatever its place on
    screen, which scrolling changes): compared before closing."""
    state: dict[int, tuple[str, object]] = {}
    for widget in own_widgets(root):
        value: object
        if isinstance(widget, QLineEdit | QAbstractSpinBox):
            value = widget.text()
        elif isinstance(widget, QComboBox):
            value = (widget.currentIndex(), widget.currentText())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            value = widget.toPlainText()
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            if isinstance(widget.parentWidget(), QDialogButtonBox):
                continue
            value = widget.isChecked()
        elif isinstance(widget, QListWidget):
            value = tuple(widget.item(i).checkState().value for i in range(widget.count()))
        elif isinstance(widget, QTreeWidget):
            ticks = []
            it = QTreeWidgetItemIterator(widget)
            while it.value() is not None:
                ticks.append(it.value().checkState(0).value)
                it += 1
            value = tuple(ticks)
        elif isinstance(widget, QTableWidget):
            cells = widget.rowCount() * widget.columnCount()
            value = tuple(
                (item.text() if (item := widget.item(i // widget.columnCount(), i % widget.columnCount())) else "")
                for i in range(cells)
            )
        else:
            continue
        state[id(widget)] = (type(widget).__name__ + ":" + widget.objectName(), value)
    return state


def open_completer_popup(root: QWidget) -> QWidget | None:
    """The suggestion list of a completer in ``root`` that is on screen, if any."""
    for completer in shiboken6.getAllValidWrappers():
        if not isinstance(completer, QCompleter) or not shiboken6.isValid(completer):
            continue
        edit = completer.widget()
        if edit is None or edit.window() is not root:
            continue
        popup = completer.popup()  # made once by the completer, and lives as long as it does
        if popup is not None and popup.isVisible():
            return popup
    return None


# --- asking before typing is thrown away -----------------------------------------------------


def ask_discard(parent: QWidget, discard: Callable[[], None]) -> QMessageBox:
    """ "Buang isian?" over ``parent``; ``discard()`` runs only on "Buang isian". Enter and Esc
    go back to the form; B (or Alt+B) throws the typing away."""
    box = QMessageBox(parent)
    box.setObjectName("discard_question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("windows", "Buang isian?"))
    box.setText(QCoreApplication.translate("windows", "Isian formulir ini belum disimpan."))
    box.setInformativeText(
        QCoreApplication.translate("windows", "Buang isian dan tutup formulir, atau kembali mengisi?")
    )
    # Made with the box as parent: the binding would otherwise delete them with their wrappers.
    keep = QPushButton(QCoreApplication.translate("windows", "&Kembali ke isian"), box)
    keep.setObjectName("keep")
    drop = QPushButton(QCoreApplication.translate("windows", "&Buang isian"), box)
    drop.setObjectName("discard")
    drop.setAutoDefault(False)
    box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.addButton(drop, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def answered(button: QAbstractButton) -> None:
        if button is drop:
            QTimer.singleShot(0, parent, discard)

    box.buttonClicked.connect(answered)
    box.open()
    return box


# --- the base of every dialog ----------------------------------------------------------------

# Every open dialog, held from Python until it closes. Pages open dialogs and keep no reference;
# Qt's parent keeps the C++ object, but the binding may then drop the Python half (with every
# attribute the dialog set) when a child widget's wrapper comes and goes (walking the focus
# chain does it), and the dialog would fail on its next key. Held here, it cannot.
_open_dialogs: set[Dialog] = set()


class Dialog(QDialog):
    """A dialog that follows the rules above. ``release``: deleted when closed (the default)."""

    def __init__(self, parent: QWidget | None = None, *, release: bool = True) -> None:
        super().__init__(parent)
        if release:
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._first: QWidget | None = None
        self._shown_once = False
        self._state: dict[int, tuple[str, object]] | None = None
        self._asking: QMessageBox | None = None
        self._focus_before: QWidget | None = None
        self.discard_confirmed = False
        _open_dialogs.add(self)

    def done(self, result: int) -> None:
        _open_dialogs.discard(self)
        super().done(result)

    # -- opening ---------------------------------------------------------------------------

    def set_first_input(self, widget: QWidget) -> None:
        """The field that has the focus when the dialog opens (default: the first input)."""
        self._first = widget

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_once:
            return
        self._shown_once = True
        for widget in own_widgets(self):
            if isinstance(widget, QPlainTextEdit | QTextEdit):
                widget.setTabChangesFocus(True)  # Tab leaves a multi-line field; Enter makes a new line
            elif isinstance(widget, QAbstractItemView):
                widget.setTabKeyNavigation(False)  # Tab leaves a table; the arrow keys move inside it
        fit_to_screen(self)
        if self.parentWidget() is None:
            self.activateWindow()  # a window of its own (the login): the keys typed go to it
        self.focus_first_input()
        self.remember_state()

    def _wanted_first(self) -> QWidget | None:
        """The field named by :meth:`set_first_input`, else one the dialog gave the focus while
        it was built (a field it fills itself comes before the one to type in), else the first."""
        if self._first is not None and focusable(self._first, self):
            return self._first
        built = self.focusWidget()
        if built is not None and is_input(built) and focusable(built, self):
            return built
        return first_input(self)

    def focus_first_input(self) -> None:
        wanted = self._wanted_first()
        self._first = wanted
        if wanted is not None:
            wanted.setFocus(Qt.FocusReason.TabFocusReason)
            # The window may be activated after this: the focus widget it restores is this one.
            QTimer.singleShot(0, self, self._refocus)

    @Slot()
    def _refocus(self) -> None:
        current = QApplication.focusWidget()
        if current is None or current.window() is not self or not is_input(current):
            wanted = self._wanted_first()
            if wanted is not None and current is not wanted:
                wanted.setFocus(Qt.FocusReason.TabFocusReason)

    def remember_state(self) -> None:
        """What the form holds now counts as unchanged (after the dialog filled it itself)."""
        self._state = form_state(self)

    # -- closing ---------------------------------------------------------------------------

    def has_changes(self) -> bool:
        return self._state is not None and form_state(self) != self._state

    def may_close(self) -> bool:
        """Whether the dialog may close now (a save on its way says no)."""
        return True

    def reject(self) -> None:
        if not self.may_close():
            return
        if self.discard_confirmed or not self.has_changes():
            super().reject()
            return
        if self._asking is not None:
            self._asking.raise_()
            return
        self._focus_before = QApplication.focusWidget()
        self._asking = ask_discard(self, self.discard)
        self._asking.finished.connect(self._asked)

    @Slot()
    def _asked(self, *_args: object) -> None:
        """Back to the form: the field that had the focus has it again."""
        self._asking = None
        if self.discard_confirmed:
            return
        self.activateWindow()
        before = self._focus_before
        if before is not None and shiboken6.isValid(before) and before.window() is self and focusable(before, self):
            before.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_first_input()

    @Slot()
    def discard(self) -> None:
        """Close without asking, throwing away what was typed."""
        self.discard_confirmed = True
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel):
            popup = open_completer_popup(self)
            if popup is not None:
                popup.hide()  # Esc closes the suggestions first, and only them
                event.accept()
                return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # Ctrl+Enter saves from anywhere, a multi-line field too (where Enter makes a new line).
            buttons = own_widgets(self, QPushButton)
            default = next((b for b in buttons if isinstance(b, QPushButton) and b.isDefault() and b.isVisible()), None)
            if default is not None and default.isEnabled():
                default.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and (not self.may_close() or (self.has_changes() and not self.discard_confirmed)):
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


class _Forget(QObject):
    def __init__(self, owner: Any, attribute: str, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.owner, self.attribute, self.dialog_id = owner, attribute, id(dialog)
        # ``finished``, not ``destroyed``: a Python slot handed a half-destroyed object crashes.
        if isinstance(dialog, QDialog):
            dialog.finished.connect(self._forget)

    @Slot()
    def _forget(self, *_args: object) -> None:
        if id(getattr(self.owner, self.attribute, None)) == self.dialog_id:
            setattr(self.owner, self.attribute, None)


def forget_when_closed(owner: Any, attribute: str, dialog: QWidget) -> None:
    """``owner.<attribute>`` goes back to None when ``dialog`` closes, so a page never keeps a
    closed dialog (or touches a deleted one)."""
    _Forget(owner, attribute, dialog)


__all__ = [
    "Dialog",
    "ask_discard",
    "available_geometry",
    "first_input",
    "fit_to_screen",
    "forget_when_closed",
    "form_state",
    "inputs_of",
    "is_input",
    "own_widgets",
]
