"""Date and date-time fields that take what the clerk types, the way she writes it.

``30112026``, ``30-11-2026``, ``30/11/26``, ``10 Januari 2026``, each with or without a time
(``1405``, ``14.05``, ``14:05``): the text is read by the same parser as the command line and the
Excel import (:mod:`sopdesk.domain.dates`). An impossible date ("31-02-2026") is refused with a
message under the field, never moved to a date that exists. Tab and Shift+Tab leave the field
(it is one line of text, not three sections); the small button beside it opens a calendar for
the mouse (Alt+Down from the keyboard). When the field is left, a date it understood is written
back in full (``30-11-2026 14:05``), so the clerk sees what will be kept.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from sopdesk.domain.dates import parse_date, parse_date_time
from sopdesk.domain.errors import ValidationError
from sopdesk.ui.forms import ERROR_STYLE

DATE_FORMAT = "%d-%m-%Y"
DATETIME_FORMAT = "%d-%m-%Y %H:%M"


class _Line(QLineEdit):
    """The text; Alt+Down opens the calendar (as a combo box opens its list)."""

    calendar_asked = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.calendar_asked.emit()
            return
        super().keyPressEvent(event)


class _DateInput(QWidget):
    """What both fields share: the line, the calendar button, the message under them."""

    edited = Signal()  # the clerk typed or picked something
    changed = Signal()  # the text changed, by the clerk or by the program
    PLACEHOLDER = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = _Line()
        self.line.setPlaceholderText(self.PLACEHOLDER)
        self.setFocusProxy(self.line)
        self.button = QToolButton()
        self.button.setObjectName("calendar_button")
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pilih dari kalender (Alt+Panah Bawah)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the text to the next field
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        self.message = QLabel()
        self.message.setObjectName("date_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("30-11-2026 14:05") + 24)

        self.button.clicked.connect(self.open_calendar)
        self.line.calendar_asked.connect(self.open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.line.textEdited.connect(self._typed)
        self.line.textChanged.connect(self.changed)
        self.line.editingFinished.connect(self._left)

    # --- what subclasses say -------------------------------------------------------------------

    def _read(self, text: str) -> tuple[date, time | None]:
        raise NotImplementedError

    def _show(self, day: date, moment: time | None) -> str:
        raise NotImplementedError

    # --- behaviour -----------------------------------------------------------------------------

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)
        self.message.setVisible(False)

    def problem(self) -> str | None:
        """Why the text is not a date, or None when it is one."""
        try:
            self._read(self.line.text())
        except ValueError as exc:
            return str(exc)
        return None

    @Slot()
    def _typed(self) -> None:
        self.message.setVisible(False)
        self.edited.emit()

    @Slot()
    def _left(self) -> None:
        """Leaving the field: say at once what is wrong, or write the date back in full."""
        if not self.line.text().strip():
            return
        try:
            day, moment = self._read(self.line.text())
        except ValueError as exc:
            self.message.setText(str(exc))
            self.message.setVisible(True)
            return
        self.message.setVisible(False)
        shown = self._show(day, moment)
        if shown != self.line.text():
            self.line.setText(shown)

    def _refusal(self, name: str, exc: ValueError) -> ValidationError:
        """The form shows the message under the field (its own message gives way to it)."""
        self.message.setVisible(False)
        return ValidationError.single(name, str(exc))

    @Slot()
    def open_calendar(self) -> None:
        if not self.isEnabled():
            return
        try:
            day, _ = self._read(self.line.text())
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        except ValueError:
            self.calendar.setSelectedDate(QDate.currentDate())
        self._menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.setFocus()

    @Slot(QDate)
    def _picked(self, value: QDate) -> None:
        day = date(value.year(), value.month(), value.day())
        try:
            _, moment = self._read(self.line.text())
        except ValueError:
            moment = None
        self._menu.hide()
        self.line.setText(self._show(day, moment))
        self.message.setVisible(False)
        self.line.setFocus()
        self.edited.emit()


class DateField(_DateInput):
    """A date: ``value()`` is a :class:`date`, or ValueError with the Indonesian reason."""

    PLACEHOLDER = "hh-bb-tttt"

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line.setPlaceholderText(self.tr("hh-bb-tttt, misalnya 30-11-2026"))
        if value is not None:
            self.set_value(value)

    def _read(self, text: str) -> tuple[date, time | None]:
        return parse_date(text), None

    def _show(self, day: date, moment: time | None) -> str:
        return day.strftime(DATE_FORMAT)

    def value(self) -> date:
        if not self.line.text().strip():
            raise ValueError(self.tr("Tanggal wajib diisi."))
        return parse_date(self.line.text())

    def set_value(self, value: date) -> None:
        self.setText(value.strftime(DATE_FORMAT))

    def checked(self, name: str) -> date:
        """The value for a form's ``command()``: a bad date is a ValidationError on ``name``."""
        try:
            return self.value()
        except ValueError as exc:
            raise self._refusal(name, exc) from None


class DateTimeField(_DateInput):
    """A date with its time: ``value()`` is a :class:`datetime` (00:00 when no time is typed)."""

    def __init__(self, value: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line.setPlaceholderText(self.tr("hh-bb-tttt jj:mm, misalnya 30-11-2026 14:05"))
        if value is not None:
            self.set_value(value)

    def _read(self, text: str) -> tuple[date, time | None]:
        return parse_date_time(text)

    def _show(self, day: date, moment: time | None) -> str:
        return datetime.combine(day, moment or time(0, 0)).strftime(DATETIME_FORMAT)

    def value(self) -> datetime:
        if not self.line.text().strip():
            raise ValueError(self.tr("Tanggal dan jam wajib diisi."))
        day, moment = parse_date_time(self.line.text())
        return datetime.combine(day, moment or time(0, 0))

    def set_value(self, value: datetime) -> None:
        self.setText(value.strftime(DATETIME_FORMAT))

    def checked(self, name: str) -> datetime:
        """The value for a form's ``command()``: a bad date is a ValidationError on ``name``."""
        try:
            return self.value()
        except ValueError as exc:
            raise self._refusal(name, exc) from None


__all__ = ["DateField", "DateTimeField"]
