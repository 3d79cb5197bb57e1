"""Impor Excel: choose a workbook, map its columns, say what its older words mean, check every
row, import all of them or none.

The dialog only collects: the page hands it ``check`` (a dry run) and ``run`` (the import)
callables that call the import service, and the workbook is read with the service's reader.
Reading and checking run on the thread pool, the import as an operation (``ui/operations.py``,
which tells every page what changed); all three report their progress here and stop when
Batal is pressed (the import until its writing begins: then it is a few seconds, all or nothing).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.agenda_words import DEFAULT_RULES, TARGETS, WordRule, key
from sopdesk.domain.errors import DomainError, ValidationError
from sopdesk.services.excel import (
    DEFAULTABLE,
    FIELD_LABELS,
    REQUIRED,
    ImportMapping,
    ImportReport,
    Progress,
    WorkbookPreview,
    auto_mapping,
    read_workbook,
)
from sopdesk.ui.operations import Operation, failure_message, run_op
from sopdesk.ui.tasks import BackgroundTask
from sopdesk.ui.windows import Dialog
from sopdesk.ui.words import shown

# check(path, mapping, progress, cancel) and run(...): the service's dry run and import.
ImportCall = Callable[[Path, ImportMapping, Progress, threading.Event], ImportReport]


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the worker's progress calls arrive here queued."""

    step = Signal(str, int, int)


class ImportDialog(Dialog):
    """File → sheet → mapping and words → Periksa (preview, every failing row) → Impor."""

    imported = Signal(object)  # the ImportReport of a finished import

    def __init__(
        self,
        check: ImportCall,
        run: ImportCall,
        parent: QWidget | None = None,
        codes: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Impor Buku Agenda dari Excel"))
        self._check = check
        self._run = run
        self.preview: WorkbookPreview | None = None
        self.report: ImportReport | None = None
        self._task: BackgroundTask | None = None
        self._operation: Operation[ImportReport] | None = None
        self._cancel = threading.Event()
        self._filling = False
        self._relay = _ProgressRelay(self)
        self._relay.step.connect(self._progress, Qt.ConnectionType.QueuedConnection)

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

        # --- which column holds what ---------------------------------------------------------
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
        self.default_kode = QComboBox()
        self.default_kode.setObjectName("default_kode")
        self.default_kode.addItem(self.tr("(tanpa kode)"), "")
        for kode, uraian in codes:
            self.default_kode.addItem(f"{kode} — {uraian}", kode)
        for row, name in enumerate(FIELD_LABELS):
            text = labels[name] + (" *" if name in REQUIRED else "")
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping.setItem(row, 0, item)
            combo = QComboBox()
            combo.setObjectName(f"map_{name}")
            self.mapping.setCellWidget(row, 1, combo)
            self.columns[name] = combo
            if name == "kode":
                self.default_kode.setToolTip(
                    self.tr("Untuk baris tanpa kode. Surat tahun lalu dengan nomor asli boleh tanpa kode.")
                )
                self.mapping.setCellWidget(row, 2, self.default_kode)
            elif name in DEFAULTABLE:
                edit = QLineEdit()
                edit.setObjectName(f"default_{name}")
                self.mapping.setCellWidget(row, 2, edit)
                self.defaults[name] = edit
            else:
                blank = QTableWidgetItem("")
                blank.setFlags(Qt.ItemFlag.NoItemFlags)
                self.mapping.setItem(row, 2, blank)

        # --- what the older words mean ---------------------------------------------------------
        self.words = QTableWidget(0, 2)
        self.words.setObjectName("import_words")
        self.words.setHorizontalHeaderLabels([self.tr("Kata di buku agenda"), self.tr("Berarti")])
        self.words.verticalHeader().setVisible(False)
        self.words.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.words.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_word_button = QPushButton(self.tr("Tambah Kata"))
        self.add_word_button.setObjectName("import_add_word")
        self.remove_word_button = QPushButton(self.tr("Hapus Kata"))
        self.remove_word_button.setObjectName("import_remove_word")
        self.default_words_button = QPushButton(self.tr("Aturan Bawaan"))
        self.default_words_button.setObjectName("import_default_words")
        words_page = QWidget()
        words_box = QVBoxLayout(words_page)
        explain = QLabel(
            self.tr(
                "Sifat dan urgensi dikenali dari katanya di kolom mana pun (Segera di kolom Sifat tetap urgensi). "
                "Kata lama diartikan dengan aturan ini; kata aslinya dicatat di Keterangan. Kata yang tidak "
                "dikenal ditolak dengan nomor barisnya."
            )
        )
        explain.setWordWrap(True)
        words_box.addWidget(explain)
        words_box.addWidget(self.words, 1)
        word_buttons = QHBoxLayout()
        for button in (self.add_word_button, self.remove_word_button, self.default_words_button):
            word_buttons.addWidget(button)
        word_buttons.addStretch(1)
        words_box.addLayout(word_buttons)
        self.set_rules(DEFAULT_RULES)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("import_tabs")
        self.tabs.addTab(self.mapping, self.tr("Kolom"))
        self.tabs.addTab(words_page, self.tr("Kata Sifat/Urgensi"))

        # --- preview and result ----------------------------------------------------------------
        self.preview_table = QTableWidget()
        self.preview_table.setObjectName("import_preview")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report_table = QTableWidget(0, 4)
        self.report_table.setObjectName("import_report")
        self.report_table.setHorizontalHeaderLabels(
            [self.tr("Baris"), self.tr("No."), self.tr("Kolom"), self.tr("Pesan")]
        )
        self.report_table.horizontalHeader().setStretchLastSection(True)
        self.report_table.setWordWrap(True)
        self.report_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report_table.verticalHeader().setVisible(False)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.setVisible(False)
        self.progress.setTextVisible(True)

        self.check_button = QPushButton(self.tr("Periksa"))
        self.check_button.setObjectName("import_check")
        self.check_button.setEnabled(False)
        self.run_button = QPushButton(self.tr("Impor"))
        self.run_button.setObjectName("import_run")
        self.run_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setObjectName("import_cancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.setAutoDefault(False)
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
        split.addWidget(self.tabs)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.check_button, self.run_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self._fit()

        self.choose_button.clicked.connect(self.choose_file)
        self.sheet.currentIndexChanged.connect(self._sheet_chosen)
        for combo in self.columns.values():
            combo.currentIndexChanged.connect(self._mapping_changed)
        for edit in self.defaults.values():
            edit.textChanged.connect(self._mapping_changed)
        self.default_kode.currentIndexChanged.connect(self._mapping_changed)
        self.words.itemChanged.connect(self._mapping_changed)
        self.add_word_button.clicked.connect(self.add_word)
        self.remove_word_button.clicked.connect(self.remove_word)
        self.default_words_button.clicked.connect(lambda: self.set_rules(DEFAULT_RULES))
        self.check_button.clicked.connect(self.check)
        self.run_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.set_first_input(self.choose_button)  # the first thing to do: choose the workbook

    def _fit(self) -> None:
        """900 x 680, or less on a smaller screen: the buttons stay on it."""
        width, height = 900, 680
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def _field_labels(self) -> dict[str, str]:
        return {
            "seq": self.tr("No. Agenda Asli (tahun lalu)"),
            "received_at": self.tr("Tanggal Terima"),
            "received_time": self.tr("Jam Terima (bila kolomnya terpisah)"),
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
        }

    # --- the word rules -----------------------------------------------------------------------

    def set_rules(self, rules: Sequence[WordRule]) -> None:
        self._filling = True
        try:
            self.words.setRowCount(0)
            for rule in rules:
                self._add_rule_row(rule.word, rule.target)
        finally:
            self._filling = False
        self._mapping_changed()

    def _add_rule_row(self, word: str, target: str) -> None:
        row = self.words.rowCount()
        self.words.insertRow(row)
        self.words.setItem(row, 0, QTableWidgetItem(word))
        combo = QComboBox()
        combo.setObjectName(f"word_target_{row}")
        for value in TARGETS:
            combo.addItem(shown(value), value)
        combo.setCurrentIndex(max(combo.findData(target), 0))
        combo.currentIndexChanged.connect(self._mapping_changed)
        self.words.setCellWidget(row, 1, combo)

    @Slot()
    def add_word(self) -> None:
        self._add_rule_row("", TARGETS[0])
        row = self.words.rowCount() - 1
        self.words.setCurrentCell(row, 0)
        item = self.words.item(row, 0)
        if item is not None:
            self.words.editItem(item)

    @Slot()
    def remove_word(self) -> None:
        row = self.words.currentRow()
        if row >= 0:
            self.words.removeRow(row)
            self._mapping_changed()

    def rules(self) -> tuple[WordRule, ...]:
        """The rules as the table shows them (rows without a word are left out)."""
        found: dict[str, WordRule] = {}
        for row in range(self.words.rowCount()):
            item = self.words.item(row, 0)
            combo = self.words.cellWidget(row, 1)
            word = " ".join((item.text() if item else "").split())
            if word and isinstance(combo, QComboBox):
                found[key(word)] = WordRule(word, str(combo.currentData()))
        return tuple(found.values())

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
        """The mapping as chosen in the tables; None before a workbook is read."""
        if self.preview is None:
            return None
        columns = {
            name: combo.currentData()
            for name, combo in self.columns.items()
            if name != "seq" and combo.currentData() is not None
        }
        defaults = {name: edit.text().strip() for name, edit in self.defaults.items() if edit.text().strip()}
        if self.default_kode.currentData():
            defaults["kode"] = str(self.default_kode.currentData())
        return ImportMapping(
            columns=columns,
            seq_column=self.columns["seq"].currentData(),
            defaults=defaults,
            sheet=self.preview.sheet,
            header_row=self.preview.header_row,
            words=self.rules(),
            headers=self.preview.headers,
        )

    @Slot()
    def _mapping_changed(self) -> None:
        if self._filling or self.preview is None:
            return
        self.report = None
        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("Pemetaan berubah: tekan Periksa lagi."))

    # --- check and import ------------------------------------------------------------------

    def _progress_call(self) -> Progress:
        relay = self._relay

        def progress(what: str, done: int, total: int) -> None:
            try:
                relay.step.emit(what, done, total)
            except RuntimeError:
                pass  # the dialog is gone; the worker finishes on its own

        return progress

    @Slot()
    def check(self) -> None:
        mapping = self.mapping_value()
        if mapping is None or self.preview is None:
            return
        path, call, progress, cancel = self.preview.path, self._check, self._progress_call(), self._new_cancel()
        self._start(lambda: call(path, mapping, progress, cancel), self._checked, self.tr("Memeriksa setiap baris…"))

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
        rows = [
            (str(e.row), e.agenda, f"{e.column} — {e.header}" if e.column else e.header, e.message)
            for e in result.errors
        ]
        rows += [(str(s.row), "", self.tr("(dilewati)"), s.reason) for s in result.skipped]
        self._fill(
            self.report_table, [self.tr("Baris"), self.tr("No."), self.tr("Kolom"), self.tr("Pesan")], rows, wrap=True
        )
        lines: list[str] = []
        if result.errors:
            lines.append(
                self.tr(
                    "%1: tidak ada yang diimpor. Perbaiki buku kerja (atau pemetaan, aturan kata), lalu Periksa."
                ).replace("%1", result.error_summary())
            )
            if result.error_count > len(result.errors):
                lines.append(self.tr("Daftar menampilkan %1 kesalahan pertama.").replace("%1", str(len(result.errors))))
        elif result.rows == 0:
            lines.append(self.tr("Tidak ada baris surat di lembar ini."))
        else:
            lines.append(self.tr("%1 surat lolos pemeriksaan dan siap diimpor.").replace("%1", str(result.rows)))
        if result.skipped_count:
            lines.append(
                self.tr("%1 baris bukan surat dilewati (judul, jumlah, baris kosong bernomor).").replace(
                    "%1", str(result.skipped_count)
                )
            )
        if result.warning_count:
            lines.append(
                self.tr("%1 surat sudah pernah tercatat dengan nomor surat yang sama (peringatan).").replace(
                    "%1", str(result.warning_count)
                )
            )
        self.summary.setText("\n".join(lines))
        self.run_button.setEnabled(result.ok and result.rows > 0)

    @Slot()
    def run_import(self) -> None:
        mapping = self.mapping_value()
        if mapping is None or self.preview is None or self.report is None or not self.report.ok:
            return
        path, call, progress, cancel = self.preview.path, self._run, self._progress_call(), self._new_cancel()
        self._busy(self.tr("Mengimpor…"))
        self._operation = run_op(
            self,
            lambda: call(path, mapping, progress, cancel),
            self._finished,
            initiator=self.parent(),
            on_failure=self._failed,
            what=self.tr("Mengimpor buku agenda…"),
        )

    def _finished(self, result: ImportReport) -> None:
        self._operation = None
        self._idle()
        if not result.written:  # the book changed since the check (a number taken meanwhile)
            self._checked(result)
            return
        self.report = result
        self.imported.emit(result)
        self.accept()

    # --- plumbing ----------------------------------------------------------------------------

    def _new_cancel(self) -> threading.Event:
        self._cancel = threading.Event()
        return self._cancel

    @Slot()
    def cancel(self) -> None:
        """Stop the reading, checking or importing; nothing is written."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.summary.setText(self.tr("Membatalkan…"))

    @Slot(str, int, int)
    def _progress(self, what: str, done: int, total: int) -> None:
        if not self.busy:
            return
        if what == "Menulis":
            # The writing is one short transaction: all of it, or (on a failure) none of it.
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Menulis semua surat dalam satu transaksi…"))
        phase = {
            "Membaca baris": self.tr("Membaca baris"),
            "Memeriksa nomor agenda dan surat berulang": self.tr("Memeriksa nomor agenda dan surat berulang"),
            "Menulis": self.tr("Menulis"),
        }.get(what, what)
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress.setFormat(
                self.tr("%1: %2 dari %3 baris").replace("%1", phase).replace("%2", str(done)).replace("%3", str(total))
            )
        else:
            self.progress.setRange(0, 0)  # busy, no count
            self.progress.setFormat(phase)

    def _busy(self, message: str) -> None:
        for widget in (
            self.choose_button,
            self.sheet,
            self.check_button,
            self.run_button,
            self.tabs,
            self.close_button,
        ):
            widget.setEnabled(False)
        self.summary.setText(message)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.choose_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.tabs.setEnabled(True)
        if self.preview is not None:
            self.sheet.setEnabled(len(self.preview.sheets) > 1)
            self.check_button.setEnabled(True)

    def _start(self, fn: Callable[[], object], done: Callable[[object], None], message: str) -> None:
        self._busy(message)
        task = BackgroundTask(fn, self)
        task.finished.connect(lambda result: self._settle(done, result))
        task.error.connect(self._task_failed)
        self._task = task
        task.start()

    @property
    def busy(self) -> bool:
        return (self._task is not None and self._task.running) or self._operation is not None

    def _settle(self, done: Callable[[object], None], result: object) -> None:
        self._idle()
        done(result)

    @Slot(object)
    def _task_failed(self, exc: object) -> None:
        self._idle()
        self._say_failure(exc)

    def _failed(self, exc: BaseException) -> bool:
        self._operation = None
        self._idle()
        self._say_failure(exc)
        return True  # told here, in the dialog

    def _say_failure(self, exc: object) -> None:
        self.run_button.setEnabled(False)
        if isinstance(exc, ValidationError):
            self.summary.setText("\n".join(exc.fields.values()))
        elif isinstance(exc, DomainError | OSError):
            self.summary.setText(str(exc))
        elif isinstance(exc, BaseException):
            self.summary.setText(failure_message(exc))
        else:
            self.summary.setText(str(exc))

    def may_close(self) -> bool:
        """Esc while busy asks the work to stop; the dialog closes once the result is home."""
        if self.busy:
            self.cancel()
            return False
        return True

    @staticmethod
    def _fill(table: QTableWidget, headers: list[str], rows: Any, *, wrap: bool = False) -> None:
        """``wrap``: the last column (the message) wraps in the width left, never cut off."""
        rows = list(rows)
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        if wrap:
            for c in range(len(headers) - 1):
                table.resizeColumnToContents(c)
            header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
            table.resizeRowsToContents()
        else:
            table.resizeColumnsToContents()
            header.setStretchLastSection(True)


__all__ = ["ImportDialog"]
