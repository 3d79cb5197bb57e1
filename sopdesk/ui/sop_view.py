"""Bantuan > Dokumen SOP: the SOP in force, identity and steps, read from the database."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from sopdesk.domain.sop import SopDefinition
from sopdesk.ui.forms import button_box


def _number(value: object) -> str:
    return str(value).replace(".", ",")


class SopDialog(QDialog):
    def __init__(self, sop: SopDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ident = sop.identity
        self.setWindowTitle(self.tr("SOP %1").replace("%1", ident.nomor))
        self.setObjectName("sop_dialog")
        layout = QVBoxLayout(self)
        head = QLabel(
            f"<b>{ident.nama_prosedur.upper()}</b><br>"
            + self.tr("Nomor SOP: %1 · Judul: %2").replace("%1", ident.nomor).replace("%2", ident.judul)
            + "<br>"
            + self.tr("Disahkan oleh %1: %2, NIP %3")
            .replace("%1", ident.disahkan_oleh.jabatan)
            .replace("%2", ident.disahkan_oleh.nama)
            .replace("%3", ident.disahkan_oleh.nip)
        )
        head.setWordWrap(True)
        layout.addWidget(head)
        lanes = {lane.code: lane.nama for lane in sop.lanes}
        headers = [
            self.tr("No"),
            self.tr("Uraian Prosedur"),
            self.tr("Pelaksana"),
            self.tr("Kelengkapan"),
            self.tr("Waktu (hari)"),
            self.tr("Output"),
            self.tr("Keterangan"),
        ]
        table = QTableWidget(len(sop.steps), len(headers))
        table.setObjectName("sop_steps")
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        for row, step in enumerate(sop.steps):
            notes = [step.keterangan] if step.keterangan else []
            if step.returns_to:
                notes.append(self.tr("Dapat dikembalikan ke langkah %1").replace("%1", str(step.returns_to)))
            values = [
                str(step.no),
                step.uraian,
                ", ".join(lanes[c] for c in step.lanes),
                "\n".join(f"- {k}" for k in sop.resolved_kelengkapan(step.no)),
                _number(step.waktu_hari),
                "\n".join(f"- {o}" for o in sop.resolved_output(step.no)),
                "\n".join(notes),
            ]
            for col, value in enumerate(values):
                table.setItem(row, col, QTableWidgetItem(value))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((36, 280, 150, 270, 86, 160, 170)):
            header.resizeSection(col, width)
        table.setWordWrap(True)
        table.resizeRowsToContents()
        layout.addWidget(table)
        layout.addWidget(
            QLabel(self.tr("Jumlah mutu baku waktu: %1 hari kerja").replace("%1", _number(sop.total_waktu_hari)))
        )
        buttons = button_box(self, self.tr("Tutup"), "")
        buttons.buttons()[1].hide()
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        header.setStretchLastSection(True)
        screen = self.screen().availableGeometry()
        self.resize(min(1220, screen.width() - 40), min(700, screen.height() - 60))
