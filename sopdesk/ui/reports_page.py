"""Laporan: how each SOP step kept its mutu baku over a period (the SLA report), on screen, on
paper (Berkas › Cetak) and as an Excel workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.changes import Changes, Kind
from sopdesk.domain.dates import tanggal
from sopdesk.domain.errors import DomainError
from sopdesk.domain.records import Actor
from sopdesk.store.database import Database
from sopdesk.ui import forms
from sopdesk.ui.dates import DateField
from sopdesk.ui.days import days, days_form
from sopdesk.ui.forms import title_label as page_title
from sopdesk.ui.operations import Operation, failure_message, run_op
from sopdesk.ui.tasks import BackgroundTask

if TYPE_CHECKING:
    from sopdesk.domain.sla import SlaReport


def _days(value: float | None) -> str:
    return "–" if value is None else days(round(value, 2))


def _share(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


class ReportsPage(QWidget):
    """The period, the table per step, the totals; the paper comes from the main menu."""

    message = Signal(str)
    changed = Signal(object)  # Changes: an export is an audited write
    selection_changed = Signal()  # a report is (or is no longer) on screen: the print actions

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports")
        self.db = db
        self.actor = actor
        self.report: SlaReport | None = None
        self._task: BackgroundTask | None = None
        self._export: Operation[Any] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Laporan Capaian Mutu Baku")))
        explain = QLabel(
            self.tr(
                "Per langkah SOP: berapa kali langkah itu selesai (atau mengembalikan berkas) dalam periode, "
                "median dan persentil ke-90 waktu yang dipakai dalam hari kerja, dibandingkan dengan mutu baku."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        bar = QHBoxLayout()
        today = date.today()
        self.start = DateField(date(today.year, 1, 1))
        self.end = DateField(today)
        for edit, name in ((self.start, "start"), (self.end, "end")):
            edit.setObjectName(name)
        bar.addWidget(QLabel(self.tr("Periode")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("s.d.")))
        bar.addWidget(self.end)
        self.show_button = QPushButton(self.tr("Tampilkan"))
        self.show_button.clicked.connect(self.reload)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        self.export_button = QPushButton(self.tr("Ekspor Excel…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_excel)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.status = QLabel()
        self.status.setObjectName("period_error")
        self.status.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.status)
        self.summary = QLabel()
        self.summary.setObjectName("sla_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        headers = [
            self.tr("No"),
            self.tr("Uraian kegiatan"),
            self.tr("Pelaksana"),
            self.tr("Mutu baku"),
            self.tr("Jumlah"),
            self.tr("Median"),
            self.tr("P90"),
            self.tr("Tepat waktu"),
            self.tr("Kembali"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("sla_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for c in range(len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.reload()

    def period(self) -> tuple[date, date]:
        """The period typed; ValueError (the reason) when a date is not one."""
        return self.start.value(), self.end.value()

    @Slot()
    def reload(self) -> None:
        try:
            start, end = self.period()
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        if end < start:
            self.status.setText(self.tr("Tanggal akhir tidak boleh sebelum tanggal awal."))
            return
        self.status.setText("")
        if self._task is not None and self._task.running:
            return
        from sopdesk.services.case_reports import sla_report_for

        db = self.db
        self.show_button.setEnabled(False)
        self._task = BackgroundTask(lambda: sla_report_for(db, start, end), self)
        self._task.finished.connect(self._show)
        self._task.error.connect(self._failed)
        self._task.start()

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self.show_button.setEnabled(True)
        self.status.setText(str(exc) if isinstance(exc, DomainError) else f"{type(exc).__name__}: {exc}")

    @Slot(object)
    def _show(self, report: SlaReport) -> None:
        self.show_button.setEnabled(True)
        self.report = report
        self.export_button.setEnabled(True)
        p90 = _days(report.case_p90_days)
        self.summary.setText(
            self.tr(
                "<b>%1</b> — %2 langkah tercatat; %3 berkas selesai (median %4, P90 %5 hari kerja dari rencana "
                "%6; tepat waktu %7); %8 berkas masih berjalan.",
                "",
                days_form(p90),
            )
            .replace(
                "%1", self.tr("%1 s.d. %2").replace("%1", tanggal(report.start)).replace("%2", tanggal(report.end))
            )
            .replace("%2", str(report.passes))
            .replace("%3", str(report.cases_finished))
            .replace("%4", _days(report.case_median_days))
            .replace("%5", p90)
            .replace("%6", days(report.planned_days))
            .replace("%7", _share(report.cases_on_time_share))
            .replace("%8", str(report.cases_open))
        )
        self.table.setRowCount(len(report.rows))
        late = QBrush(QColor("#b3261e"))
        for r, row in enumerate(report.rows):
            values = (
                str(row.no),
                row.uraian,
                row.pelaksana,
                days(row.waktu_hari),
                str(row.count),
                _days(row.median_days),
                _days(row.p90_days),
                _share(row.on_time_share) if row.measured else self.tr("tidak diukur"),
                str(row.returns),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c != 1 and c != 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c == 5 and row.median_days is not None and row.median_days > float(row.waktu_hari):
                    item.setForeground(late)
                    item.setToolTip(self.tr("Median melewati mutu baku."))
                self.table.setItem(r, c, item)
        self.selection_changed.emit()

    def printable(self) -> tuple[date, date] | None:
        """The period of the report on screen (for Berkas › Cetak), if any."""
        if self.report is None:
            return None
        return self.report.start, self.report.end

    @Slot()
    def export_excel(self) -> Operation[Any] | None:
        report = self.report
        if report is None:
            return None
        name = self.tr("Capaian Mutu Baku %1 sd %2.xlsx").replace("%1", report.start.isoformat())
        name = name.replace("%2", report.end.isoformat())
        from sopdesk.ui import files

        target = files.ask_save(self, files.FileKind.EXCEL, self.tr("Ekspor Excel"), name)
        return None if target is None else self.export_to(target)

    def export_to(self, target: Path) -> Operation[Any] | None:
        from sopdesk.services.documents import PeriodRequest, document, produce

        report, db, actor = self.report, self.db, self.actor
        if report is None:
            return None
        request = PeriodRequest(report.start, report.end)
        self.export_button.setEnabled(False)
        self._export = run_op(
            self,
            # Through the catalogue like every paper: the export is a logged print whose file
            # SOPDesk can later prove identical (sopdesk verify).
            lambda: produce(db, actor, document("sla-xlsx"), request, target),
            lambda _: self._exported(target),
            initiator=self,
            on_failure=self._export_failed,
            what=self.tr("Mengekspor laporan…"),
        )
        return self._export

    def _exported(self, target: Path) -> None:
        self.export_button.setEnabled(True)
        self.message.emit(self.tr("Laporan diekspor ke %1").replace("%1", str(target)))

    def _export_failed(self, exc: BaseException) -> bool:
        self.export_button.setEnabled(True)
        forms.show_error(self, self.tr("Ekspor Excel"), failure_message(exc))
        return True

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.CASE, Kind.CALENDAR) and self.report is not None:
            self.reload()
