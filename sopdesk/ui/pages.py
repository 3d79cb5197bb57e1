"""Beranda and the pages whose features arrive with later releases."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from sopdesk.domain.records import Actor, Changes
from sopdesk.domain.roles import Permission, allowed
from sopdesk.services import read
from sopdesk.store.database import Database
from sopdesk.ui.forms import title_label as page_title


class Tile(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Tile { background: #f4f7fb; border: 1px solid #c9d6e6; border-radius: 6px; }")
        layout = QVBoxLayout(self)
        self.value = QLabel("–")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        layout.addWidget(self.value)
        layout.addWidget(QLabel(title))


class HomePage(QWidget):
    """Beranda: who is logged in, the SOP in force, and what needs the admin's attention."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.db = db
        self.actor = actor
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Beranda")))
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        layout.addWidget(self.greeting)
        self.sop = QLabel()
        self.sop.setObjectName("sop_summary")
        self.sop.setWordWrap(True)
        layout.addWidget(self.sop)
        grid = QGridLayout()
        self.tiles = {
            "opd": Tile(self.tr("OPD terdaftar")),
            "officials": Tile(self.tr("Pejabat pemegang lajur")),
            "users": Tile(self.tr("Pengguna")),
            "audit": Tile(self.tr("Peristiwa jejak audit")),
        }
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, i)
            grid.setColumnStretch(i, 1)
        layout.addLayout(grid)
        # --- dispositions (disposisi-ui): what waits for the Kabag ---
        self.awaiting = QLabel()
        self.awaiting.setObjectName("awaiting_dispositions")
        self.awaiting.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.awaiting)
        self.notices = QLabel()
        self.notices.setObjectName("notices")
        self.notices.setWordWrap(True)
        self.notices.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.notices)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        self.greeting.setText(
            self.tr("Selamat bekerja, %1 (%2).")
            .replace("%1", self.actor.nama or self.actor.username)
            .replace("%2", self.actor.role.label)
        )
        sop = read.sop_definition(self.db)
        versions = [v for v in read.sop_versions(self.db) if v.current]
        if sop is not None:
            version = versions[0].version if versions else 1
            self.sop.setText(
                self.tr("SOP berlaku: %1 versi %2 — %3; %4 langkah, mutu baku %5 hari kerja.")
                .replace("%1", sop.nomor)
                .replace("%2", str(version))
                .replace("%3", sop.identity.judul)
                .replace("%4", str(len(sop.steps)))
                .replace("%5", f"{sop.total_waktu_hari}".replace(".", ","))
            )
        summary = read.summary(self.db)
        self.tiles["opd"].value.setText(str(summary.opd))
        self.tiles["officials"].value.setText(str(summary.officials))
        self.tiles["users"].value.setText(str(summary.users))
        self.tiles["audit"].value.setText(str(summary.audit_events))
        self._show_awaiting()
        missing = [o.jabatan for o in read.officials(self.db, active_only=True) if not o.nama]
        if missing:
            items = "".join(f"<li>{html.escape(jabatan)}</li>" for jabatan in missing)
            self.notices.setText(
                "<b>"
                + self.tr("Perlu dilengkapi: nama pejabat (Pengaturan › Pejabat) untuk")
                + "</b>"
                + f"<ul>{items}</ul>"
            )
        else:
            self.notices.setText("")

    def on_changes(self, changes: Changes) -> None:
        self.reload()

    def _show_awaiting(self) -> None:
        """The Kabag (and whoever may write one) sees how many letters wait for a disposition."""
        from sopdesk.services import disposition

        if not (
            allowed(self.actor.role, Permission.WRITE_DISPOSITION)
            or allowed(self.actor.role, Permission.TRANSCRIBE_DISPOSITION)
        ):
            self.awaiting.setVisible(False)
            return
        count = disposition.awaiting_count(self.db)
        self.awaiting.setText(
            "<b>"
            + self.tr("%1 surat menunggu disposisi").replace("%1", str(count))
            + "</b> — "
            + self.tr("Disposisi › Perlu Disposisi")
            if count
            else self.tr("Tidak ada surat yang menunggu disposisi.")
        )


class PendingPage(QWidget):
    """A navigation entry whose module is not in this release; says so plainly."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(title))
        text = QLabel(description)
        text.setWordWrap(True)
        layout.addWidget(text)
        note = QLabel(self.tr("Modul ini belum tersedia pada versi SOPDesk ini."))
        note.setObjectName("pending_note")
        note.setStyleSheet("color: #666;")
        layout.addWidget(note)
        layout.addStretch(1)

    def on_changes(self, changes: Changes) -> None:
        pass
