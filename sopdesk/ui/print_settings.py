"""Pengaturan › Kop, Kertas dan Nomor: the kop every seat prints (the unit's lines, the lambang
daerah and the address block), the paper per document, and the agenda number pattern."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.agenda import check_pattern, format_number
from sopdesk.domain.changes import Changes
from sopdesk.domain.errors import StaleRecord, ValidationError
from sopdesk.domain.printing import DEFAULT_PAGE_SETUP, DocumentKind, PageSetup, Paper
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission, allowed
from sopdesk.services import agenda, printing, read
from sopdesk.store.database import Database
from sopdesk.ui.forms import FieldErrors
from sopdesk.ui.kop_form import KopFields
from sopdesk.ui.operations import Operation, failure_message, run_op
from sopdesk.ui.words import shown


class PrintSettingsTab(QWidget):
    changed = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_settings")
        self.db = db
        self.actor = actor
        editable = allowed(actor.role, Permission.MANAGE_SETTINGS)

        kop_box = QGroupBox(self.tr("Kop surat (dipakai semua komputer)"))
        kop_form = QFormLayout(kop_box)
        self.kop_errors = FieldErrors(kop_form)
        self.lines = QPlainTextEdit()
        self.lines.setObjectName("kop_lines")
        self.lines.setFixedHeight(110)
        self.kop_errors.add_row("lines", self.tr("Baris kop"), self.lines)
        self.kop = KopFields(self)
        self.kop.add_rows(self.kop_errors)

        paper_box = QGroupBox(self.tr("Kertas per dokumen"))
        paper_form = QFormLayout(paper_box)
        self.paper_errors = FieldErrors(paper_form)
        self.paper: dict[DocumentKind, tuple[QComboBox, QComboBox, list[QDoubleSpinBox]]] = {}
        for kind in DocumentKind:
            paper = QComboBox()
            paper.setObjectName(f"paper_{kind.value}")
            for p in dict.fromkeys((DEFAULT_PAGE_SETUP[kind].paper, Paper.F4, Paper.A4)):
                paper.addItem(shown(p.label), p)
            orientation = QComboBox()
            orientation.setObjectName(f"orientation_{kind.value}")
            orientation.addItem(self.tr("Mendatar (landscape)"), True)
            orientation.addItem(self.tr("Tegak (portrait)"), False)
            margins = []
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(paper)
            line.addWidget(orientation)
            line.addWidget(QLabel(self.tr("Margin atas/kanan/bawah/kiri (mm)")))
            for _ in range(4):
                spin = QDoubleSpinBox()
                spin.setRange(0, 80)
                spin.setDecimals(0)
                margins.append(spin)
                line.addWidget(spin)
            self.paper[kind] = (paper, orientation, margins)
            self.paper_errors.add_row(f"margins_{kind.value}", shown(kind.label), holder)

        number_box = QGroupBox(self.tr("Nomor agenda surat masuk"))
        number_form = QFormLayout(number_box)
        self.number_errors = FieldErrors(number_form)
        self.pattern = QLineEdit()
        self.pattern.setObjectName("agenda_pattern")
        self.pattern.setToolTip(
            self.tr("Token: {seq} atau {seq:03} nomor urut, {tahun}, {kode} kode klasifikasi, {unit}")
        )
        self.number_errors.add_row("pattern", self.tr("Pola nomor"), self.pattern)
        self.unit = QLineEdit()
        self.unit.setObjectName("agenda_unit")
        self.number_errors.add_row("unit", self.tr("Unit"), self.unit)
        self.example = QLabel()
        self.example.setObjectName("agenda_example")
        number_form.addRow(self.tr("Contoh"), self.example)

        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setObjectName("print_settings_save")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(kop_box)
        layout.addWidget(paper_box)
        layout.addWidget(number_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for widget in (self.lines, self.save_button, self.pattern, self.unit, *self.kop.widgets()):
            widget.setEnabled(editable)
        for paper, orientation, margins in self.paper.values():
            for w in (paper, orientation, *margins):
                w.setEnabled(editable)
        if not editable:
            self.status.setText(self.tr("Hanya administrator yang dapat mengubah kop dan kertas."))

        self.save_button.clicked.connect(self.save)
        self.pattern.textChanged.connect(self._show_example)
        self.unit.textChanged.connect(self._show_example)
        self.reload()

    def reload(self) -> None:
        self.versions = read.setting_versions(self.db, printing.PRINT_SETTING_KEYS)
        head = printing.letterhead(self.db)
        self.lines.setPlainText("\n".join(head.lines))
        self.kop.load(head)
        for kind, (paper, orientation, margins) in self.paper.items():
            setup = printing.page_setup(self.db, kind)
            paper.setCurrentIndex(max(0, paper.findData(setup.paper)))
            orientation.setCurrentIndex(0 if setup.landscape else 1)
            for spin, value in zip(margins, setup.margins_mm, strict=True):
                spin.setValue(value)
        pattern, unit = agenda.number_pattern(self.db)
        self.pattern.setText(pattern)
        self.unit.setText(unit)

    @Slot()
    def _show_example(self) -> None:
        problem = check_pattern(self.pattern.text())
        if problem:
            self.example.setText(problem)
            return
        self.example.setText(format_number(self.pattern.text(), 7, date.today().year, "000.8.3.2", self.unit.text()))

    @Slot()
    def save(self) -> Operation[Changes]:
        """One save of the kop, the paper of every document and the number pattern (all or
        none), based on the settings as this tab showed them."""
        for errors in (self.kop_errors, self.paper_errors, self.number_errors):
            errors.clear()
        self.status.clear()
        head = self.kop.letterhead(tuple(self.lines.toPlainText().splitlines()))
        setups = {
            kind: PageSetup(
                Paper(paper.currentData()),
                bool(orientation.currentData()),
                (margins[0].value(), margins[1].value(), margins[2].value(), margins[3].value()),
            )
            for kind, (paper, orientation, margins) in self.paper.items()
        }
        pattern, unit, versions = self.pattern.text(), self.unit.text(), dict(self.versions)
        db, actor = self.db, self.actor
        self.save_button.setEnabled(False)
        return run_op(
            self,
            lambda: printing.save_print_settings(db, actor, head, setups, pattern, unit, versions=versions),
            self._saved,
            on_failure=self._refused,
        )

    def _saved(self, _changes: Changes) -> None:
        self.save_button.setEnabled(True)
        self.versions = read.setting_versions(self.db, printing.PRINT_SETTING_KEYS)
        self.status.setText(self.tr("Tersimpan."))

    def _refused(self, exc: BaseException) -> bool:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            for errors in self._groups():
                mine = {k: v for k, v in exc.fields.items() if k in errors.labels}
                if mine:
                    errors.show(mine)
            unplaced = [v for k, v in exc.fields.items() if not any(k in e.labels for e in self._groups())]
            self.status.setText("\n".join(unplaced))
        elif isinstance(exc, StaleRecord):
            self.versions = read.setting_versions(self.db, printing.PRINT_SETTING_KEYS)
            self.status.setText(str(exc) + " " + self.tr("Tekan Simpan lagi untuk menyimpan isian Anda."))
        else:
            self.status.setText(failure_message(exc))
        return True

    def _groups(self) -> tuple[FieldErrors, ...]:
        return (self.kop_errors, self.paper_errors, self.number_errors)
