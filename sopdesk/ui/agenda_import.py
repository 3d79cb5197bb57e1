"""Impor Excel: choose a workbook, map its columns to the letter's fields, check every row, import.

The dialog only collects: the page hands it ``check`` and ``run`` callables that call the import
service (a dry run, then the real import), and the workbook is read with the service's reader.
All three run on the thread pool; nothing touches the database from here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.errors import DomainError, ValidationError
from sopdesk.services.excel import (
    DEFAULTABLE,
    FIELD_LABELS,
    REQUIRED,
    ImportMapping,
    ImportReport,
    WorkbookPreview,
    auto_mapping,
    read_workbook,
)
from sopdesk.ui.tasks import BackgroundTask

ImportCall = Callable[[Path, ImportMapping], ImportReport]


class ImportDialog(QDialog):
    """File → sheet → mapping → Periksa (preview and every failing row) → Impor (all or nothing)."""

    imported = Signal(object)  # the ImportReport of a finished import

    def __init__(self, check: ImportCall, run: ImportCall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Impor Buku Agenda dari Excel"))
        self._check = check
        self._run = run
        self.preview: WorkbookPreview | None = None
        self.report: ImportReport | None = None
        self._task: BackgroundTask | None = None
        self._filling = False

        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("Belum ada berkas dipilih"))
        self.choose_button = QPushButton(self.tr("Pilih Berkas…"))
        self.choose_button.setObjectName("import_choose")
        self.sheet = QComboBox()
        self.sheet.setObjectName("import_sheet")
        self.sheet.setEnabled(False)
        self.header_label = QLabel()
        self.header_label.setObjectName("import_header_row")

        self.mapping = QTableWidget(len(FIELD_LABELS), 3)
        self.mapping.setObjectName("import_mapping")
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Data surat"), self.tr("Kolom di buku kerja"), self.tr("Isi tetap bila kosong")]
        )
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        labels = self._field_labels()
        self.columns: dict[str, QComboBox] = {}
        self.defaults: dict[str, QLineEdit] = {}
        for row, name in enumerate(FIELD_LABELS):
            text = labels[name] + (" *" if name in REQUIRED else "")
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping.setItem(row, 0, item)
            combo = QComboBox()
            combo.setObjectName(f"map_{name}")
            self.mapping.setCellWidget(row, 1, combo)
            self.columns[name] = combo
            if name in DEFAULTABLE:
                edit = QLineEdit()
                edit.setObjectName(f"default_{name}")
                self.mapping.setCellWidget(row, 2, edit)
                self.defaults[name] = edit
            else:
                blank = QTableWidgetItem("")
                blank.setFlags(Qt.ItemFlag.NoItemFlags)
                self.mapping.setItem(row, 2, blank)

        self.preview_table = QTableWidget()
        self.preview_table.setObjectName("import_preview")
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.report_table = QTableWidget(0, 3)
        self.report_table.setObjectName("import_report")
        self.report_table.setHorizontalHeaderLabels([self.tr("Baris"), self.tr("Kolom"), self.tr("Pesan")])
        self.report_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.report_table.verticalHeader().setVisible(False)
        self.report_table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)

        self.check_button = QPushButton(self.tr("Periksa"))
        self.check_button.setObjectName("import_check")
        self.check_button.setEnabled(False)
        self.run_button = QPushButton(self.tr("Impor"))
        self.run_button.setObjectName("import_run")
        self.run_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.setObjectName("import_close")
        self.close_button.setAutoDefault(False)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Berkas"), file_row)
        form.addRow(self.tr("Lembar"), self.sheet)
        form.addRow("", self.header_label)
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(QLabel(self.tr("Pratinjau baris pertama")))
        lower_box.addWidget(self.preview_table, 1)
        lower_box.addWidget(QLabel(self.tr("Hasil pemeriksaan")))
        lower_box.addWidget(self.report_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.mapping)
        split.addWidget(lower)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.check_button, self.run_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.resize(860, 720)

        self.choose_button.clicked.connect(self.choose_file)
        self.sheet.currentIndexChanged.connect(self._sheet_chosen)
        for combo in self.columns.values():
            combo.currentIndexChanged.connect(self._mapping_changed)
        for edit in self.defaults.values():
            edit.textChanged.connect(self._mapping_changed)
        self.check_button.clicked.connect(self.check)
        self.run_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)

    def _field_labels(self) -> dict[str, str]:
        return {
            "received_at": self.tr("Tanggal Terima"),
            "asal": self.tr("Asal Surat"),
            "nomor_surat": self.tr("Nomor Surat"),
            "tanggal_surat": self.tr("Tanggal Surat"),
            "perihal": self.tr("Perihal"),
            "isi_ringkas": self.tr("Isi Ringkas"),
            "sifat": self.tr("Sifat"),
            "urgensi": self.tr("Urgensi"),
            "kode": self.tr("Kode Klasifikasi"),
            "lampiran": self.tr("Lampiran"),
            "sumber": self.tr("Sumber"),
            "srikandi_no": self.tr("No. Srikandi"),
            "diteruskan_kepada": self.tr("Diteruskan Kepada"),
            "keterangan": self.tr("Keterangan"),
            "seq": self.tr("No. Urut Asli (tahun lalu)"),
        }

    # --- the workbook ---------------------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        from sopdesk.ui import files

        chosen = files.ask_open(self, files.FileKind.EXCEL_IMPORT, self.tr("Pilih Buku Kerja Excel"))
        if chosen is not None:
            self.load(chosen)

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read the sheet names, header and first rows on the thread pool."""
        self.path.setText(str(path))
        self.preview = None
        self.report = None
        self._start(lambda: read_workbook(path, sheet), self._loaded, self.tr("Membaca %1…").replace("%1", path.name))

    @Slot(int)
    def _sheet_chosen(self, _index: int) -> None:
        if not self._filling and self.preview is not None:
            self.load(self.preview.path, self.sheet.currentText())

    def _loaded(self, result: object) -> None:
        assert isinstance(result, WorkbookPreview)
        self.preview = result
        self.report = None
        self._filling = True
        try:
            self.sheet.clear()
            self.sheet.addItems(list(result.sheets))
            self.sheet.setCurrentIndex(result.sheets.index(result.sheet))
            self.sheet.setEnabled(len(result.sheets) > 1)
            suggested = auto_mapping(result)
            for name, combo in self.columns.items():
                combo.clear()
                combo.addItem(self.tr("(tidak dipakai)"), None)
                for index in range(len(result.headers)):
                    combo.addItem(result.column_label(index), index)
                column = suggested.seq_column if name == "seq" else suggested.columns.get(name)
                combo.setCurrentIndex(max(combo.findData(column), 0) if column is not None else 0)
        finally:
            self._filling = False
        self.header_label.setText(
            self.tr("Judul kolom di baris %1; data mulai baris %2.")
            .replace("%1", str(result.header_row))
            .replace("%2", str(result.header_row + 1))
        )
        self._fill(self.preview_table, [h or f"({i + 1})" for i, h in enumerate(result.headers)], result.rows)
        self.report_table.setRowCount(0)
        self.summary.setText(self.tr("Periksa pemetaan kolom, lalu tekan Periksa."))
        self.check_button.setEnabled(True)
        self.run_button.setEnabled(False)

    def mapping_value(self) -> ImportMapping | None:
        """The mapping as chosen in the table; None before a workbook is read."""
        if self.preview is None:
            return None
        columns = {
            name: combo.currentData()
            for name, combo in self.columns.items()
            if name != "seq" and combo.currentData() is not None
        }
        defaults = {name: edit.text().strip() for name, edit in self.defaults.items() if edit.text().strip()}
        return ImportMapping(
            columns=columns,
            seq_column=self.columns["seq"].currentData(),
            defaults=defaults,
            sheet=self.preview.sheet,
            header_row=self.preview.header_row,
        )

    @Slot()
    def _mapping_changed(self) -> None:
        if self._filling or self.preview is None:
            return
        self.report = None
        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("Pemetaan berubah: tekan Periksa lagi."))

    # --- check and import ------------------------------------------------------------------

    @Slot()
    def check(self) -> None:
        mapping = self.mapping_value()
        if mapping is None or self.preview is None:
            return
        path, call = self.preview.path, self._check
        self._start(lambda: call(path, mapping), self._checked, self.tr("Memeriksa setiap baris…"))

    def _checked(self, result: object) -> None:
        assert isinstance(result, ImportReport)
        self.report = result
        labels = self._field_labels()
        names = [n for n in labels if any(p.values.get(n) for p in result.preview)]
        self._fill(
            self.preview_table,
            [self.tr("Baris"), *(labels[n] for n in names)],
            [(str(p.row), *(p.values.get(n, "") for n in names)) for p in result.preview],
        )
        self._fill(
            self.report_table,
            [self.tr("Baris"), self.tr("Kolom"), self.tr("Pesan")],
            [(str(e.row), f"{e.column} — {e.header}" if e.column else e.header, e.message) for e in result.errors],
        )
        if result.errors:
            bad = len({e.row for e in result.errors})
            self.summary.setText(
                self.tr("%1 kesalahan pada %2 dari %3 baris. Perbaiki buku kerja: tidak ada yang diimpor.")
                .replace("%1", str(len(result.errors)))
                .replace("%2", str(bad))
                .replace("%3", str(result.rows))
            )
        elif result.rows == 0:
            self.summary.setText(self.tr("Tidak ada baris surat di lembar ini."))
        else:
            self.summary.setText(
                self.tr("%1 surat lolos pemeriksaan dan siap diimpor.").replace("%1", str(result.rows))
            )
        self.run_button.setEnabled(result.ok and result.rows > 0)

    @Slot()
    def run_import(self) -> None:
        mapping = self.mapping_value()
        if mapping is None or self.preview is None or self.report is None or not self.report.ok:
            return
        path, call = self.preview.path, self._run
        self._start(lambda: call(path, mapping), self._finished, self.tr("Mengimpor…"))

    def _finished(self, result: object) -> None:
        assert isinstance(result, ImportReport)
        if not result.written:  # the book changed since the check (a number taken meanwhile)
            self._checked(result)
            return
        self.report = result
        self.imported.emit(result)
        self.accept()

    # --- plumbing ----------------------------------------------------------------------------

    def _start(self, fn: Callable[[], object], done: Callable[[object], None], message: str) -> None:
        for widget in (
            self.choose_button,
            self.sheet,
            self.check_button,
            self.run_button,
            self.mapping,
            self.close_button,
        ):
            widget.setEnabled(False)
        self.summary.setText(message)
        task = BackgroundTask(fn, self)
        task.finished.connect(lambda result: self._settle(done, result))
        task.error.connect(self._failed)
        self._task = task
        task.start()

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def _settle(self, done: Callable[[object], None], result: object) -> None:
        self._enable()
        done(result)

    def _enable(self) -> None:
        self.choose_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.mapping.setEnabled(True)
        if self.preview is not None:
            self.sheet.setEnabled(len(self.preview.sheets) > 1)
            self.check_button.setEnabled(True)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self._enable()
        self.run_button.setEnabled(False)
        if isinstance(exc, ValidationError):
            self.summary.setText("\n".join(exc.fields.values()))
        elif isinstance(exc, DomainError | OSError):
            self.summary.setText(str(exc))
        else:
            self.summary.setText(self.tr("Gagal: %1").replace("%1", f"{type(exc).__name__}: {exc}"))

    @Slot()
    def reject(self) -> None:
        """Not while the workbook is being read, checked or imported: the result must come home."""
        if not self.busy:
            super().reject()

    @staticmethod
    def _fill(table: QTableWidget, headers: list[str], rows: Any) -> None:
        rows = list(rows)
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)


__all__ = ["ImportDialog"]
