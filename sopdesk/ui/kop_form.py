"""The kop's fields, shared by Pengaturan › Kop, Kertas dan Nomor and the first-run setup: the
lambang daerah (a file the office gives: SOPDesk ships no emblem) and the address block."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from sopdesk.domain.printing import MAX_LOGO_BYTES, Letterhead
from sopdesk.ui.forms import FieldErrors


class KopFields(QObject):
    """Widgets for the lambang and the address block; ``add_rows`` puts them in a form."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.logo: bytes | None = None
        self.logo_preview = QLabel(self.tr("(belum ada lambang)"))
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedHeight(72)
        self.pick_logo = QPushButton(self.tr("Pilih lambang…"))
        self.pick_logo.setObjectName("pick_logo")
        self.clear_logo = QPushButton(self.tr("Hapus lambang"))
        self.clear_logo.setObjectName("clear_logo")
        self.logo_row = QWidget()
        row = QHBoxLayout(self.logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_preview)
        row.addWidget(self.pick_logo)
        row.addWidget(self.clear_logo)
        row.addStretch(1)
        self.alamat = self._line("kop_alamat", self.tr("mis. Jl. ... No. ..., Tigaraksa"))
        self.kode_pos = self._line("kop_kode_pos", self.tr("5 angka"))
        self.kode_pos.setMaxLength(5)
        self.telepon = self._line("kop_telepon", self.tr("mis. (021) 5991234"))
        self.laman = self._line("kop_laman", self.tr("mis. organisasi.tangerangkab.go.id"))
        self.email = self._line("kop_email", self.tr("alamat pos-el bagian"))
        self.pick_logo.clicked.connect(self._pick_logo)
        self.clear_logo.clicked.connect(self._clear_logo)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def add_rows(self, errors: FieldErrors) -> None:
        errors.add_row("logo", self.tr("Lambang daerah (PNG/JPEG)"), self.logo_row)
        errors.add_row("alamat", self.tr("Alamat"), self.alamat)
        errors.add_row("kode_pos", self.tr("Kode pos"), self.kode_pos)
        errors.add_row("telepon", self.tr("Telepon"), self.telepon)
        errors.add_row("laman", self.tr("Laman"), self.laman)
        errors.add_row("email", self.tr("E-mail"), self.email)

    def widgets(self) -> list[QWidget]:
        return [self.pick_logo, self.clear_logo, self.alamat, self.kode_pos, self.telepon, self.laman, self.email]

    def load(self, head: Letterhead) -> None:
        self.set_logo(head.logo)
        self.alamat.setText(head.alamat)
        self.kode_pos.setText(head.kode_pos)
        self.telepon.setText(head.telepon)
        self.laman.setText(head.laman)
        self.email.setText(head.email)

    def letterhead(self, lines: tuple[str, ...]) -> Letterhead:
        return Letterhead(
            lines,
            self.logo,
            alamat=self.alamat.text(),
            telepon=self.telepon.text(),
            laman=self.laman.text(),
            email=self.email.text(),
            kode_pos=self.kode_pos.text(),
        )

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaledToHeight(68, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(belum ada lambang)"))
        self.changed.emit()

    def load_logo_file(self, path: Path) -> str | None:
        """Read the lambang from ``path``; the reason in Indonesian when it cannot be used."""
        try:
            if path.stat().st_size > MAX_LOGO_BYTES:
                return self.tr("Lambang paling besar 2 MB.")
            data = path.read_bytes()
        except OSError as exc:
            return self.tr("Berkas tidak dapat dibaca: %1").replace("%1", exc.strerror or str(exc))
        self.set_logo(data)
        return None

    @Slot()
    def _pick_logo(self) -> None:
        from sopdesk.ui import files

        path = files.ask_open(self.parent_widget, files.FileKind.LOGO, self.tr("Pilih lambang daerah"))
        if path is not None:
            problem = self.load_logo_file(path)
            if problem:
                self.logo_preview.setText(problem)

    @Slot()
    def _clear_logo(self) -> None:
        self.set_logo(None)
