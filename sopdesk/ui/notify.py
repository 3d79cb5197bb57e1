"""Telling the user something happened while they looked elsewhere (a new disposition).

One place decides how: the desktop's notification service where there is one, else the system
tray's balloon, and always the window's status bar. ``clicked`` fires when the user clicks the
notification (or the tray icon), so the window can show what it was about.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

STATUS_MS = 30000
BALLOON_MS = 15000


class Notifier(QObject):
    clicked = Signal()

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon()
            if icon.isNull():
                from PySide6.QtWidgets import QStyle  # ~4 ms to load: not before the window shows

                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip(self.tr("SOPDesk"))
            self.tray.messageClicked.connect(self._clicked)
            self.tray.activated.connect(self._clicked)
            self.tray.show()

    @property
    def channel(self) -> str:
        """How a notification reaches the user here: "tray" or "status" (for the tests)."""
        return "tray" if self.tray is not None else "status"

    def notify(self, title: str, text: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, BALLOON_MS)
        self.window.statusBar().showMessage(f"{title}. {text}", STATUS_MS)

    @Slot()
    def _clicked(self, *_args: object) -> None:
        self.clicked.emit()

    def close(self) -> None:
        if self.tray is not None:
            self.tray.hide()
