"""Every file dialog of SOPDesk: which files, where it starts, in Indonesian, and never a hand on
the live database.

Why one place. A Qt file dialog lists a folder through ``QFileSystemModel``, whose icon
provider asks ``QMimeDatabase`` for each file's type (the icon, and the "Type" column). For a
name with no known extension (the database's ``-wal`` and ``-shm`` companions) it opens the file
to look at its first bytes, then closes it. A close() of any descriptor on a file drops every
POSIX lock this process holds on that file (SQLite, "How To Corrupt An SQLite Database File",
2.2): the lock that tells other processes the database is in use. The next process that closes
the database then believes it was the last, checkpoints and deletes the WAL, and this process
goes on writing into a deleted file: saves that nobody else ever sees, lost at quit.

So the dialogs here:
- are Qt's own dialog (never the platform's: GTK's in-process chooser sniffs content the same
  way), with an icon provider that knows files by their names only (:class:`NameOnlyIcons`);
- hide the live database and its ``-wal``/``-shm``/``-journal`` files (:class:`HideDatabase`),
  and refuse one that is typed in anyway;
- never start in the folder that holds the database, and remember the last folder per kind of
  file (in ``QSettings``);
- speak Indonesian, including the question before a file is replaced.

Why not the desktop's portal (xdg-desktop-portal, out of process): PySide6's QtDBus cannot write
the portal's ``filters`` option (``a(sa(us))``), and Qt's own portal theme cannot be seen to be
active from Python while it falls back to GTK's in-process chooser when the portal fails. A
dialog that cannot sniff is the guarantee that holds on every desktop.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QFileInfo,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    QUrl,
)
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QMessageBox,
    QPushButton,
    QStyle,
    QWidget,
)

# The SQLite files of a database besides the main one: any close() on them drops our locks too.
COMPANIONS = ("-wal", "-shm", "-journal")
SETTINGS_GROUP = "folder_terakhir"


class FileKind(Enum):
    """What a dialog is for; each kind remembers its own last folder."""

    PDF = "pdf"  # a document exported as PDF
    EXCEL = "excel"  # a workbook written (agenda, SLA report)
    EXCEL_IMPORT = "excel_impor"  # a workbook read into the agenda
    SCAN = "pindaian"  # a scan or PDF attached to a letter
    LOGO = "logo"  # the letterhead's logo
    BACKUP = "cadangan"  # a backup copy of the database
    WORD = "word"  # an OPD's Word draft of a Standar Pelayanan
    PRINTED = "cetakan"  # a print (PDF, workbook) or its scan, checked for authenticity


@dataclass(frozen=True)
class _Kind:
    filters: tuple[str, ...]  # Qt name filters, the first is the default
    suffix: str  # added to a saved name that has none of the filters' extensions


def _kinds() -> dict[FileKind, _Kind]:
    return {
        FileKind.PDF: _Kind((QCoreApplication.translate("files", "Dokumen PDF (*.pdf)"),), "pdf"),
        FileKind.EXCEL: _Kind((QCoreApplication.translate("files", "Buku kerja Excel (*.xlsx)"),), "xlsx"),
        FileKind.EXCEL_IMPORT: _Kind(
            (QCoreApplication.translate("files", "Buku kerja Excel (*.xlsx *.xlsm)"),), "xlsx"
        ),
        FileKind.SCAN: _Kind(
            (
                QCoreApplication.translate("files", "Pindaian atau PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
                QCoreApplication.translate("files", "Dokumen PDF (*.pdf)"),
                QCoreApplication.translate("files", "Gambar (*.jpg *.jpeg *.png *.tif *.tiff)"),
            ),
            "pdf",
        ),
        FileKind.LOGO: _Kind((QCoreApplication.translate("files", "Gambar (*.png *.jpg *.jpeg)"),), "png"),
        FileKind.BACKUP: _Kind((QCoreApplication.translate("files", "Basis data SQLite (*.sqlite3)"),), "sqlite3"),
        FileKind.WORD: _Kind((QCoreApplication.translate("files", "Dokumen Word (*.docx)"),), "docx"),
        FileKind.PRINTED: _Kind(
            (
                QCoreApplication.translate(
                    "files", "Cetakan atau pindaian (*.pdf *.xlsx *.png *.jpg *.jpeg *.tif *.tiff)"
                ),
            ),
            "pdf",
        ),
    }


# --- what must never be touched --------------------------------------------------------------

_protected: dict[Path, None] = {}  # live database files (ordered, no duplicates)


def protect_database(path: Path | None) -> None:
    """Register the live SQLite file ``path`` (None: PostgreSQL, nothing on this disk): the
    dialogs hide it and its companions, refuse them, and never start in its folder."""
    if path is not None:
        _protected[Path(path).resolve()] = None


def protected_files() -> list[Path]:
    """The live database files and their companions, as registered."""
    return [Path(str(p) + suffix) for p in _protected for suffix in ("", *COMPANIONS)]


def protected_folders() -> set[Path]:
    return {p.parent for p in _protected}


def is_live_database(path: Path) -> bool:
    """Whether ``path`` is (the same file as) a live database or one of its companions.
    Compared by name and by ``stat`` (a link or another spelling); never opened."""
    try:
        resolved = path.expanduser().resolve()
    except OSError:
        return False
    for candidate in protected_files():
        if resolved == candidate:
            return True
        try:
            if resolved.exists() and candidate.exists() and os.path.samefile(resolved, candidate):
                return True
        except OSError:
            continue
    return False


def _inside(folder: Path, others: set[Path]) -> bool:
    return any(folder == other for other in others)


def start_folder(kind: FileKind) -> Path:
    """Where a dialog of ``kind`` starts: the folder used last for it, else Dokumen, else the
    home folder; never the folder that holds a live database."""
    avoid = protected_folders()
    remembered = QSettings().value(f"{SETTINGS_GROUP}/{kind.value}")
    home = Path.home()
    candidates = [Path(str(remembered))] if remembered else []
    candidates += [home / "Documents", home / "Dokumen", home / "Desktop", home]
    for folder in candidates:
        try:
            if folder.is_dir() and not _inside(folder.resolve(), avoid):
                return folder
        except OSError:
            continue
    return Path(os.path.abspath(os.sep))  # even the home folder holds the database: the root


def remember_folder(kind: FileKind, chosen: Path) -> None:
    folder = chosen.parent
    if not _inside(folder.resolve(), protected_folders()):
        QSettings().setValue(f"{SETTINGS_GROUP}/{kind.value}", str(folder))


# --- the dialog's parts --------------------------------------------------------------------------


class NameOnlyIcons(QAbstractFileIconProvider):
    """Icons and type names from the file's name alone: a folder, a drive or a file. Qt's own
    providers ask QMimeDatabase, which opens a file whose name says nothing (see the module
    doc). Called from the file system model's gatherer thread: it only reads what it was given."""

    def __init__(self) -> None:
        super().__init__()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)
        style = QApplication.style()
        self._folder = QIcon(style.standardIcon(QStyle.StandardPixmap.SP_DirIcon))
        self._file = QIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        self._drive = QIcon(style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon))
        self._computer = QIcon(style.standardIcon(QStyle.StandardPixmap.SP_ComputerIcon))
        self._folder_word = QCoreApplication.translate("files", "Folder")
        self._file_word = QCoreApplication.translate("files", "Berkas %1")
        self._plain_word = QCoreApplication.translate("files", "Berkas")

    def icon(self, what: object) -> QIcon:
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return self._drive
            return self._folder if what.isDir() else self._file
        if what == QAbstractFileIconProvider.IconType.Computer:
            return self._computer
        if what == QAbstractFileIconProvider.IconType.Drive:
            return self._drive
        if what == QAbstractFileIconProvider.IconType.Folder:
            return self._folder
        return self._file

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return self._folder_word
        suffix = info.suffix()
        return self._file_word.replace("%1", suffix.upper()) if suffix else self._plain_word


class HideDatabase(QSortFilterProxyModel):
    """The dialog's view of the folder without the live database and its companions."""

    def __init__(self, hidden: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hidden = {str(p) for p in hidden}

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if isinstance(model, QFileSystemModel):
            path = model.filePath(model.index(source_row, 0, source_parent))
            if path in self._hidden:
                return False
        return True


def build_dialog(parent: QWidget | None, kind: FileKind, title: str, *, save: bool, suggested: str = "") -> QFileDialog:
    """A Qt file dialog for ``kind`` that never opens a file to learn its type."""
    spec = _kinds()[kind]
    folder = start_folder(kind)
    dialog = QFileDialog(parent, title, str(folder))
    dialog.setObjectName(f"file_dialog_{kind.value}")
    # The options first: the model must never be built with Qt's own icon provider.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)  # asked in Indonesian below
    provider = NameOnlyIcons()
    dialog.setIconProvider(provider)
    dialog.sopdesk_icons = provider  # type: ignore[attr-defined]  # the dialog does not own it
    dialog.setProxyModel(HideDatabase(protected_files(), dialog))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(list(spec.filters))
    dialog.setDefaultSuffix(spec.suffix)
    dialog.setDirectory(str(folder))
    if safe_name(suggested):
        dialog.selectFile(str(folder / safe_name(suggested)))
    home = Path.home()
    dialog.setSidebarUrls(
        [QUrl.fromLocalFile(str(p)) for p in (home, home / "Documents", home / "Desktop") if p.is_dir()]
    )
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("files", "Lihat di:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, QCoreApplication.translate("files", "Nama berkas:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, QCoreApplication.translate("files", "Jenis berkas:"))
    dialog.setLabelText(
        QFileDialog.DialogLabel.Accept,
        QCoreApplication.translate("files", "Simpan") if save else QCoreApplication.translate("files", "Buka"),
    )
    dialog.setLabelText(QFileDialog.DialogLabel.Reject, QCoreApplication.translate("files", "Batal"))
    return dialog


def safe_name(name: str) -> str:
    """A title as a file name that Windows and Linux both accept ("Buku Agenda: 1/2026" ->
    "Buku Agenda- 1-2026")."""
    cleaned = "".join("-" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name)
    return cleaned.strip(" .")


def _exec(dialog: QFileDialog) -> str | None:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        chosen = dialog.selectedFiles()
        return chosen[0] if chosen else None
    finally:
        dialog.deleteLater()  # released once answered: a day of file dialogs leaves none behind


# The one place a dialog waits for the user; tests replace it to choose a file themselves.
run_dialog: Callable[[QFileDialog], str | None] = _exec


def _refuse(parent: QWidget | None, title: str, text: str) -> None:
    from sopdesk.ui import forms

    forms.show_error(parent, title, text)


def _confirm_replace(parent: QWidget | None, path: Path) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question, QCoreApplication.translate("files", "Timpa berkas?"), "", parent=parent
    )
    box.setText(
        QCoreApplication.translate("files", "Berkas %1 sudah ada. Timpa dengan yang baru?").replace("%1", path.name)
    )
    replace = QPushButton(QCoreApplication.translate("files", "Timpa"))
    box.addButton(replace, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QPushButton(QCoreApplication.translate("files", "Batal")), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    replaced = box.clickedButton() is replace
    box.deleteLater()
    return replaced


# Whether to ask before replacing an existing file (tests answer it themselves).
confirm_replace: Callable[[QWidget | None, Path], bool] = _confirm_replace


def ask_open(parent: QWidget | None, kind: FileKind, title: str) -> Path | None:
    """The file the user chose to read, or None (cancelled, or the live database refused)."""
    chosen = run_dialog(build_dialog(parent, kind, title, save=False))
    if not chosen:
        return None
    path = Path(chosen)
    if is_live_database(path):
        _refuse(
            parent,
            title,
            QCoreApplication.translate(
                "files", "%1 adalah basis data SOPDesk yang sedang dipakai; berkas itu tidak dapat dipilih di sini."
            ).replace("%1", path.name),
        )
        return None
    remember_folder(kind, path)
    return path


def ask_save(parent: QWidget | None, kind: FileKind, title: str, suggested: str = "") -> Path | None:
    """Where the user chose to write (with the kind's extension added when it has none), or
    None (cancelled, the live database refused, or an existing file not to be replaced)."""
    spec = _kinds()[kind]
    chosen = run_dialog(build_dialog(parent, kind, title, save=True, suggested=suggested))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower().lstrip(".") != spec.suffix:
        path = path.with_name(f"{path.name}.{spec.suffix}")
    if is_live_database(path):
        _refuse(
            parent,
            title,
            QCoreApplication.translate(
                "files", "%1 adalah basis data SOPDesk yang sedang dipakai; pilih nama lain."
            ).replace("%1", path.name),
        )
        return None
    if path.exists() and not confirm_replace(parent, path):
        return None
    remember_folder(kind, path)
    return path
