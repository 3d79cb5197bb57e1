"""Pengaturan › Hari Kerja: office hours and the year's holidays (national holidays and cuti
bersama from the `holidays` package, plus the office's own additions and removals).

A change here moves the due dates of every open case: the service recomputes them in the same
transaction, and the broadcast refreshes the Berkas SP page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.changes import Changes, Kind
from sopdesk.domain.dates import hari_tanggal
from sopdesk.domain.errors import StaleRecord, ValidationError
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission, allowed
from sopdesk.domain.workdays import OFFICE_HOURS_KEY, DayKind, OfficeHours, OverrideKind
from sopdesk.services import calendar, read
from sopdesk.services.calendar import CalendarDay
from sopdesk.store.database import Database
from sopdesk.ui import forms
from sopdesk.ui.dates import DateField
from sopdesk.ui.days import days, days_form
from sopdesk.ui.dialogs import RecordDialog
from sopdesk.ui.forms import FieldErrors
from sopdesk.ui.models import Column, RecordTableModel, record_table
from sopdesk.ui.operations import Operation, failure_message, run_op


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class OverrideDialog(RecordDialog):
    """Add a holiday the package does not know, or declare a date a working day after all."""

    def __init__(
        self,
        save: Callable[[tuple[date, OverrideKind, str]], object],
        kind: OverrideKind = OverrideKind.LIBUR,
        day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Tambah Hari Libur") if kind is OverrideKind.LIBUR else self.tr("Jadikan Hari Kerja")
        super().__init__(title, save, parent)
        self.setObjectName("override_dialog")
        start = day or date.today()
        self.day = DateField(start)
        self.day.setObjectName("tanggal")
        self.errors.add_row("tanggal", self.tr("Tanggal"), self.day)
        self.kind = self.combo(
            "kind",
            self.tr("Jenis"),
            [(self.tr("Hari libur tambahan"), OverrideKind.LIBUR), (self.tr("Hari kerja"), OverrideKind.KERJA)],
            kind,
        )
        self.keterangan = self.line(
            "keterangan", self.tr("Keterangan"), placeholder=self.tr("misalnya: SKB 3 Menteri Nomor …, cuti bersama")
        )
        self.keterangan.setMaxLength(300)
        self.keterangan.setFocus()

    def command(self) -> tuple[date, OverrideKind, str]:
        return self.day.checked("tanggal"), OverrideKind(self.kind.currentData()), self.keterangan.text()


class CalendarTab(QWidget):
    """Office hours (a setting) and the holidays of a year, with the office's edits."""

    changed = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_tab")
        self.db = db
        self.actor = actor
        self.can_hours = allowed(actor.role, Permission.MANAGE_SETTINGS)
        self.can_days = allowed(actor.role, Permission.MANAGE_MASTER_DATA)

        # Office hours.
        hours_box = QGroupBox(self.tr("Jam kerja kantor (Senin–Jumat)"))
        hours_box.setMaximumWidth(380)
        form = QFormLayout(hours_box)
        self.hour_errors = FieldErrors(form)
        self.opens = self._time_edit("opens")
        self.closes = self._time_edit("closes")
        self.has_break = QCheckBox(self.tr("Ada istirahat yang tidak dihitung"))
        self.has_break.setObjectName("has_break")
        self.break_start = self._time_edit("break_start")
        self.break_end = self._time_edit("break_end")
        self.hour_errors.add_row("opens", self.tr("Jam masuk"), self.opens)
        self.hour_errors.add_row("closes", self.tr("Jam pulang"), self.closes)
        form.addRow("", self.has_break)
        self.hour_errors.add_row("break_start", self.tr("Istirahat mulai"), self.break_start)
        self.hour_errors.add_row("break_end", self.tr("Istirahat selesai"), self.break_end)
        self.day_hours = QLabel()
        self.day_hours.setObjectName("day_hours")
        form.addRow(self.tr("Jam kerja sehari"), self.day_hours)
        self.save_hours_button = QPushButton(self.tr("Simpan jam kerja"))
        self.save_hours_button.setObjectName("save_hours")
        self.save_hours_button.setEnabled(self.can_hours)
        self.hours_status = QLabel()
        self.hours_status.setObjectName("hours_status")
        self.hours_status.setWordWrap(True)
        form.addRow(self.save_hours_button, self.hours_status)
        note = QLabel(
            self.tr(
                "Mutu baku dihitung dalam hari kerja: satu hari kerja adalah jam kerja sehari ini, setengah hari "
                "adalah separuhnya. Perubahan menggeser tenggat semua berkas yang masih berjalan."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)

        # Holidays of a year.
        days_box = QGroupBox(self.tr("Hari libur nasional, cuti bersama dan perubahan kantor"))
        self.year = QComboBox()
        self.year.setObjectName("calendar_year")
        first, last = calendar.holiday_years()
        for y in range(last, first - 1, -1):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(date.today().year)))
        self.year_summary = QLabel()
        self.year_summary.setObjectName("year_summary")
        self.model = RecordTableModel(
            [
                Column(self.tr("Tanggal"), lambda d: hari_tanggal(d.tanggal), 190),
                Column(self.tr("Keterangan"), lambda d: d.nama, 330),
                Column(
                    self.tr("Jenis"),
                    lambda d: self.tr("Libur") if d.kind is DayKind.LIBUR else self.tr("Hari kerja"),
                    90,
                ),
                Column(self.tr("Sumber"), lambda d: self.source_label(d.source)),
            ],
            self,
        )
        self.view = record_table("calendar_table", self.model, [c.width for c in self.model.columns])
        self.add_button = QPushButton(self.tr("Tambah hari libur…"))
        self.add_button.setObjectName("calendar_add")
        self.working_button = QPushButton(self.tr("Jadikan hari kerja…"))
        self.working_button.setObjectName("calendar_working")
        self.remove_button = QPushButton(self.tr("Hapus perubahan"))
        self.remove_button.setObjectName("calendar_remove")
        self.remove_button.setToolTip(self.tr("Tanggal kembali mengikuti kalender nasional"))
        for button in (self.add_button, self.working_button):
            button.setEnabled(self.can_days)
        self.remove_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun")))
        top.addWidget(self.year)
        top.addWidget(self.year_summary, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.working_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.days_status = QLabel()
        self.days_status.setObjectName("days_status")
        self.days_status.setWordWrap(True)
        days_layout = QVBoxLayout(days_box)
        days_layout.addLayout(top)
        days_layout.addWidget(self.view, 1)
        days_layout.addLayout(buttons)
        days_layout.addWidget(self.days_status)
        if not self.can_days:
            self.days_status.setText(self.tr("Peran Anda hanya dapat melihat kalender."))

        layout = QHBoxLayout(self)
        layout.addWidget(hours_box)
        layout.addWidget(days_box, 1)

        self.has_break.toggled.connect(self._break_toggled)
        for edit in (self.opens, self.closes, self.break_start, self.break_end):
            edit.timeChanged.connect(self._update_day_hours)
        self.has_break.toggled.connect(self._update_day_hours)
        self.save_hours_button.clicked.connect(self.save_hours)
        self.year.currentIndexChanged.connect(self.reload_days)
        self.add_button.clicked.connect(lambda: self.add_override(OverrideKind.LIBUR))
        self.working_button.clicked.connect(lambda: self.add_override(OverrideKind.KERJA))
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.reload()

    def source_label(self, source: str) -> str:
        labels = {
            "paket": self.tr("Kalender nasional"),
            "tambahan": self.tr("Tambahan kantor"),
            "dicabut": self.tr("Dicabut kantor"),
        }
        return labels.get(source, source)

    def _time_edit(self, name: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat("HH:mm")
        edit.setMaximumWidth(90)
        edit.setEnabled(self.can_hours)
        return edit

    # --- office hours -------------------------------------------------------------------------

    def reload(self) -> None:
        hours = calendar.office_hours(self.db)
        self.hours_version = read.setting_versions(self.db, (OFFICE_HOURS_KEY,))[OFFICE_HOURS_KEY]
        for edit in (self.opens, self.closes, self.break_start, self.break_end, self.has_break):
            edit.blockSignals(True)
        self.opens.setTime(_qtime(hours.opens))
        self.closes.setTime(_qtime(hours.closes))
        self.has_break.setChecked(hours.break_start is not None)
        self.break_start.setTime(_qtime(hours.break_start or time(12, 0)))
        self.break_end.setTime(_qtime(hours.break_end or time(13, 0)))
        for edit in (self.opens, self.closes, self.break_start, self.break_end, self.has_break):
            edit.blockSignals(False)
        self.has_break.setEnabled(self.can_hours)
        self._break_toggled(self.has_break.isChecked())
        self.reload_days()

    @Slot(bool)
    def _break_toggled(self, on: bool) -> None:
        for edit in (self.break_start, self.break_end):
            edit.setEnabled(on and self.can_hours)
        self._update_day_hours()

    def hours(self) -> OfficeHours:
        on = self.has_break.isChecked()
        return OfficeHours(
            _time(self.opens.time()),
            _time(self.closes.time()),
            _time(self.break_start.time()) if on else None,
            _time(self.break_end.time()) if on else None,
        )

    @Slot()
    def _update_day_hours(self) -> None:
        hours = self.hours()
        problems = hours.problems()
        if problems:
            self.day_hours.setText(self.tr("—"))
            return
        per_day = hours.day_seconds / 3600
        self.day_hours.setText(
            self.tr("%1 jam (%2 jam seminggu)")
            .replace("%1", days(round(per_day, 2)))
            .replace("%2", days(round(per_day * 5, 2)))
        )

    @Slot()
    def save_hours(self) -> Operation[Changes]:
        self.hour_errors.clear()
        self.hours_status.clear()
        db, actor, hours, version = self.db, self.actor, self.hours(), self.hours_version
        return run_op(
            self,
            lambda: calendar.save_office_hours(db, actor, hours, expected_version=version),
            self._hours_saved,
            on_failure=self._hours_refused,
        )

    def _hours_saved(self, changes: Changes) -> None:
        self.hours_version = read.setting_versions(self.db, (OFFICE_HOURS_KEY,))[OFFICE_HOURS_KEY]
        self.hours_status.setText(self.tr("Tersimpan.") if changes else self.tr("Tidak ada perubahan."))

    def _hours_refused(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError):
            self.hours_status.setText("\n".join(self.hour_errors.show(exc.fields)))
            return True
        if isinstance(exc, StaleRecord):
            self.hours_version = exc.current_version or 0
            self.hours_status.setText(str(exc) + " " + self.tr("Tekan Simpan lagi untuk menyimpan jam ini."))
            return True
        forms.show_error(self, self.tr("Jam kerja tidak disimpan"), failure_message(exc))
        return True

    # --- the days of a year -------------------------------------------------------------------

    def selected_year(self) -> int:
        return int(self.year.currentData())

    @Slot()
    def reload_days(self) -> None:
        year = self.selected_year()
        days = calendar.year_days(self.db, year)
        self.model.set_records(days)
        cal = calendar.work_calendar(self.db)
        working = cal.working_days_between(date(year, 1, 1), date(year, 12, 31))
        off = sum(1 for d in days if d.kind is DayKind.LIBUR and d.tanggal.weekday() < 5)
        self.year_summary.setText(
            self.tr(
                "%1 hari kerja; %2 hari libur dan cuti bersama jatuh pada Senin–Jumat.", "", days_form(str(working))
            )
            .replace("%1", str(working))
            .replace("%2", str(off))
        )
        self.remove_button.setEnabled(False)

    def selected_day(self) -> CalendarDay | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    @Slot()
    def _selection_changed(self) -> None:
        day = self.selected_day()
        self.remove_button.setEnabled(self.can_days and day is not None and day.source != "paket")

    def add_override(self, kind: OverrideKind) -> OverrideDialog | None:
        if not self.can_days:
            return None
        selected = self.selected_day()
        day = selected.tanggal if selected is not None and kind is OverrideKind.KERJA else None
        if day is None:
            year = self.selected_year()
            day = date.today() if year == date.today().year else date(year, 1, 1)
        db, actor = self.db, self.actor
        dialog = OverrideDialog(lambda c: calendar.set_override(db, actor, c[0], c[1], c[2]), kind, day, self)
        dialog.initiator = self
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._saved(dialog.result_value, dialog.command()[0]))
        dialog.open()
        return dialog

    @Slot()
    def remove_selected(self) -> Operation[Changes] | None:
        day = self.selected_day()
        if day is None or day.source == "paket" or not self.can_days:
            return None
        db, actor, tanggal = self.db, self.actor, day.tanggal

        def refused(exc: BaseException) -> bool:
            forms.show_error(self, self.tr("Perubahan tidak dihapus"), failure_message(exc))
            return True

        return run_op(
            self,
            lambda: calendar.remove_override(db, actor, tanggal),
            lambda changes: self._saved(changes, tanggal),
            initiator=self,
            on_failure=refused,
        )

    def _saved(self, result: object, day: date) -> None:
        if day.year != self.selected_year():
            self.year.setCurrentIndex(max(0, self.year.findData(day.year)))
        self.reload_days()
        for row, record in enumerate(self.model.records):
            if record.tanggal == day:
                self.view.selectRow(row)
        moved = len(result.ids_of(Kind.CASE)) if isinstance(result, Changes) else 0
        self.days_status.setText(
            self.tr("Kalender diperbarui; tenggat %1 berkas yang berjalan dihitung ulang.").replace("%1", str(moved))
        )

    def on_changes(self, changes: Changes) -> None:
        if changes.initiator is not self and changes.touches(Kind.CALENDAR, Kind.SETTING):
            self.reload()
