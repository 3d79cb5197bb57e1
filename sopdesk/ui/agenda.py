"""Buku Agenda: the clerks' window for incoming mail.

The table model reads the letters a hundred at a time as the view scrolls, each window after
the last row shown in the chosen order (sorted and filtered in SQL), so a book of a million
letters opens as fast as a week of them; a change heard from any seat re-reads the rows shown.
"""

from __future__ import annotations

import tempfile
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from difflib import SequenceMatcher
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRunnable,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QBrush, QColor, QDesktopServices, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.agenda import (
    AgendaCount,
    AgendaQuery,
    LetterInput,
    LetterRecord,
    LetterStatus,
    Sifat,
    SortKey,
    Sumber,
    Urgensi,
)
from sopdesk.domain.audit_words import SYSTEM, action_words, local_time, moment_words
from sopdesk.domain.changes import Changes, Kind
from sopdesk.domain.dates import BULAN, tanggal, tanggal_jam
from sopdesk.domain.errors import DomainError, StaleRecord
from sopdesk.domain.printing import DocumentKind
from sopdesk.domain.records import Actor, AuditEventRecord
from sopdesk.domain.roles import Permission, allowed
from sopdesk.services import agenda, attachments, read
from sopdesk.store.database import Database
from sopdesk.ui import files, forms
from sopdesk.ui.dates import DateField, DateTimeField
from sopdesk.ui.dialogs import RecordDialog
from sopdesk.ui.disposition_chain import ChainTree
from sopdesk.ui.disposition_form import may_write
from sopdesk.ui.documents import letter_renderer
from sopdesk.ui.forms import title_label as page_title
from sopdesk.ui.models import record_table
from sopdesk.ui.operations import Operation, failure_message, run_op
from sopdesk.ui.words import shown

if TYPE_CHECKING:
    from sopdesk.store.letter_queries import AgendaReader
    from sopdesk.ui.agenda_import import ImportDialog

PAGE = 100
FIND_WITHIN = 20_000  # rows read further down the list to bring a chosen letter into view
CACHE = 3000  # records kept for repainting; the rest are read again by id when shown
VOIDED = "dibatalkan"  # shown as a status, though it is a mark beside the status
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
LETTER_ROLE = Qt.ItemDataRole.UserRole + 1
# The roles as plain ints: the view asks data() about a thousand times per paint, and an
# enum member's lookup costs ten times an int comparison.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_LETTER = int(LETTER_ROLE)
_ASKED = frozenset((_TOOLTIP, _FONT, _FOREGROUND, _LETTER))
_HORIZONTAL = Qt.Orientation.Horizontal

# Column titles, marked for Qt's translation tools and translated where shown (column_title).
COLUMNS: list[tuple[str, SortKey]] = [
    (str(QT_TRANSLATE_NOOP("AgendaColumns", "No. Agenda")), SortKey.NUMBER),
    (str(QT_TRANSLATE_NOOP("AgendaColumns", "Tanggal Terima")), SortKey.RECEIVED),
    (str(QT_TRANSLATE_NOOP("AgendaColumns", "Asal Surat")), SortKey.ASAL),
    (str(QT_TRANSLATE_NOOP("AgendaColumns", "Nomor Surat")), SortKey.NOMOR_SURAT),
    (str(QT_TRANSLATE_NOOP("AgendaColumns", "Tanggal Surat")), SortKey.TANGGAL_SURAT),
    (str(QT_TRANSLATE_NOOP("AgendaColumns", "Perihal")), SortKey.PERIHAL),
    (str(QT_TRANSLATE_NOOP("AgendaColumns", "Sifat")), SortKey.SIFAT),
    (str(QT_TRANSLATE_NOOP("AgendaColumns", "Urgensi")), SortKey.URGENSI),
    (str(QT_TRANSLATE_NOOP("AgendaColumns", "Status")), SortKey.STATUS),
]


def column_title(column: int) -> str:
    return QCoreApplication.translate("AgendaColumns", COLUMNS[column][0])


def column_titles() -> tuple[str, ...]:
    return tuple(column_title(c) for c in range(len(COLUMNS)))


def _cells(record: LetterRecord) -> tuple[str, ...]:
    """The row as the table shows it (formatted once per record, not once per paint)."""
    return (
        record.number,
        record.received_at.strftime("%d-%m-%Y %H:%M"),
        record.asal,
        record.nomor_surat,
        record.tanggal_surat.strftime("%d-%m-%Y"),
        record.perihal,
        shown(record.sifat.value),
        shown(record.urgensi.value),
        shown("dibatalkan" if record.voided else record.status.value),
    )


class AgendaModel(QAbstractTableModel):
    """The letters a query shows, in its order, read a window at a time as the view scrolls.

    The query's reader (``read.agenda_reader``) gives the first ``PAGE`` rows; each further
    window starts after the last row shown (keyset), so the first rows cost the same in a
    book of a thousand letters or a million. The model keeps the ids of the rows read so far
    (8 bytes each) and a bounded cache of their records. How many letters the query shows in
    all is counted on a worker, up to ``COUNT_CAP`` ("lebih dari 10.000").
    """

    counted = Signal()  # the count of the current query is known (or given up)

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.query = AgendaQuery()
        self.reader: AgendaReader | None = None
        self.ids: array[int] = array("q")
        self._cursor: tuple[Any, ...] | None = None
        self._more = False
        self._records: OrderedDict[int, LetterRecord] = OrderedDict()
        self._cells: dict[int, tuple[str, ...]] = {}  # what the rows of cached records show
        self.count: AgendaCount | None = None  # None while counting (or when it took too long)
        self.counting = False
        self._generation = 0
        self._titles = column_titles()  # in the interface's language when the model is made

    @property
    def loaded(self) -> bool:
        return self.reader is not None

    @property
    def more(self) -> bool:
        """Whether rows follow the ones read so far."""
        return self._more

    def set_query(self, query: AgendaQuery) -> bool:
        """Show ``query``; nothing is read again when it is the query already shown."""
        if self.loaded and query == self.query:
            return False
        self.reload(query)
        return True

    def reload(self, query: AgendaQuery | None = None) -> None:
        """Read the first rows of ``query`` (or of the current one) again, from the top."""
        if query is not None:
            self.query = query
        reader = read.agenda_reader(self.db, self.query)
        window = reader.window(None, PAGE)
        self.beginResetModel()
        self.reader = reader
        self.ids = array("q", window.ids)
        self._cursor, self._more = window.cursor, window.more
        self._records.clear()
        self._cells.clear()
        self._remember(window.records)
        self.endResetModel()
        self._recount()

    def _remember(self, records: tuple[LetterRecord, ...] | list[LetterRecord]) -> None:
        for record in records:
            self._records[record.id] = record
            self._records.move_to_end(record.id)
        while len(self._records) > CACHE:
            gone, _ = self._records.popitem(last=False)
            self._cells.pop(gone, None)

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = ROOT) -> None:
        self.fetch(PAGE, parent)

    def fetch(self, rows: int, parent: Index = ROOT) -> int:
        """Read up to ``rows`` more rows after the last one read; how many came."""
        if parent.isValid() or not self._more or self.reader is None:
            return 0
        window = self.reader.window(self._cursor, rows, records=rows <= PAGE)
        self._more, self._cursor = window.more, window.cursor
        if window.ids:
            first = len(self.ids)
            self.beginInsertRows(ROOT, first, first + len(window.ids) - 1)
            self.ids.extend(window.ids)
            self._remember(window.records)
            self.endInsertRows()
        return len(window.ids)

    def reread(self, changes: Changes) -> None:
        """Letters changed here or on another seat: read the rows shown again.

        New letters appear where they sort and letters that no longer pass the filters go;
        rows are inserted and removed (never a reset), so the view keeps its selection. Records
        of changed letters are read again when next shown."""
        if self.reader is None:
            return
        reader = read.agenda_reader(self.db, self.query)
        window = reader.window(None, max(len(self.ids), PAGE), records=False)
        self.reader = reader
        if changes.all_of(Kind.LETTER) or not changes.touches(Kind.LETTER):
            self._records.clear()  # a disposition or a case moves the status of its letters
            self._cells.clear()
        else:
            for letter_id in changes.ids_of(Kind.LETTER):
                self._records.pop(letter_id, None)
                self._cells.pop(letter_id, None)
        self._apply(window.ids)
        self._cursor, self._more = window.cursor, window.more
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(COLUMNS) - 1))
        self._recount()

    def _apply(self, new: tuple[int, ...]) -> None:
        """Turn the rows shown into ``new`` by removing and inserting rows, from the end up."""
        old = self.ids
        if tuple(old) == new:
            return
        matcher = SequenceMatcher(None, old.tolist(), list(new), autojunk=False)
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag in ("delete", "replace"):
                self.beginRemoveRows(ROOT, i1, i2 - 1)
                del self.ids[i1:i2]
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(ROOT, i1, i1 + j2 - j1 - 1)
                self.ids[i1:i1] = array("q", new[j1:j2])
                self.endInsertRows()

    def _recount(self) -> None:
        """Count the query's letters on a worker (at once when every row is read already)."""
        self._generation += 1
        if not self._more:
            self.count, self.counting = AgendaCount(len(self.ids), True), False
            self.counted.emit()
            return
        self.count, self.counting = None, True
        reader, generation = self.reader, self._generation
        assert reader is not None
        # Started after the rows are painted; its answer names the query it counted.
        QTimer.singleShot(0, self, lambda: detached(self, lambda: (generation, reader.count()), self._counted))

    @Slot(object)
    def _counted(self, result: object) -> None:
        generation, count = result if isinstance(result, tuple) else (None, None)
        if generation is not None and generation != self._generation:
            return  # the query changed meanwhile
        self.count = count if isinstance(count, AgendaCount) else None
        self.counting = False
        self.counted.emit()

    def record(self, row: int) -> LetterRecord:
        letter_id = self.ids[row]
        found = self._records.get(letter_id)
        if found is not None:
            self._records.move_to_end(letter_id)
            return found
        start = row // PAGE * PAGE
        page = self.ids[start : start + PAGE].tolist()
        got = read.letters(self.db, page)
        self._remember([got[i] for i in page if i in got])
        return got[letter_id]

    def row_of(self, letter_id: int) -> int | None:
        try:
            return self.ids.index(letter_id)
        except ValueError:
            return None

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def cells(self, row: int) -> tuple[str, ...]:
        letter_id = self.ids[row]
        found = self._cells.get(letter_id)
        if found is None:
            found = self._cells[letter_id] = _cells(self.record(row))
        return found

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self.ids):
            return None
        if role == _DISPLAY:
            return self.cells(row)[index.column()]
        if role not in _ASKED:
            return None
        record = self.record(row)
        if role == _LETTER:
            return record
        if role == _TOOLTIP:
            if record.voided:
                return f"Dibatalkan: {record.void_reason}"
            return self.cells(row)[index.column()]
        if record.voided and role == _FONT:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if record.voided and role == _FOREGROUND:
            return QBrush(QColor("#888888"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == _HORIZONTAL:
            return self._titles[section] if 0 <= section < len(COLUMNS) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            key = COLUMNS[column][1]
            query = replace(self.query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
            if self.loaded:
                self.set_query(query)
            else:
                self.query = query  # the page reads once its filters are set


@dataclass(frozen=True)
class LetterCommand:
    """What the letter dialog collects: the letter, an original number when back-filling an
    earlier year, and the reason when it corrects a letter already in the book."""

    letter: LetterInput
    seq: int | None = None
    reason: str = ""
    based_on: int | None = None  # the version of the letter the correction started from


class LetterDialog(RecordDialog):
    """Keyboard first: Tab through the fields, Enter saves, Esc cancels. The number is
    taken only when the letter is saved. With ``record`` it corrects that letter instead."""

    show_letter = Signal(int)

    def __init__(
        self,
        save: Callable[[LetterCommand], object],
        db: Database,
        parent: QWidget | None = None,
        record: LetterRecord | None = None,
    ) -> None:
        title = self.tr("Koreksi Surat %1").replace("%1", record.number) if record else self.tr("Catat Surat Masuk")
        super().__init__(title, save, parent)
        self.record = record
        self.based_on = record.version if record else None
        self.setObjectName("letter_dialog")
        self.db = db
        self.received = DateTimeField(datetime.now().replace(second=0, microsecond=0))
        self.received.setObjectName("received_at")
        self.errors.add_row("received_at", self.tr("Tanggal terima"), self.received)
        self.asal = self.line("asal", self.tr("Asal surat"))
        names = [o.nama for o in read.opd_list(db, active_only=True)]
        senders = names + [s for s in read.past_senders(db) if s not in set(names)]
        completer = QCompleter(senders, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.asal.setCompleter(completer)
        self.nomor = self.line("nomor_surat", self.tr("Nomor surat"))
        self.nomor.setMaxLength(255)
        self.duplicate = QLabel()
        self.duplicate.setObjectName("duplicate_warning")
        self.duplicate.setStyleSheet("color: #8a5a00;")
        self.duplicate.setWordWrap(True)
        self.duplicate.setVisible(False)
        self.form.addRow("", self.duplicate)
        self.dated = DateField(date.today())
        self.dated.setObjectName("tanggal_surat")
        self.errors.add_row("tanggal_surat", self.tr("Tanggal surat"), self.dated)
        self.perihal = self.line("perihal", self.tr("Perihal"))
        self.isi = self.line("isi_ringkas", self.tr("Isi ringkas"))
        self.sifat = self.combo("sifat", self.tr("Sifat"), [(shown(s.value), s) for s in Sifat], Sifat.BIASA)
        self.urgensi = self.combo("urgensi", self.tr("Urgensi"), [(shown(u.value), u) for u in Urgensi], Urgensi.BIASA)
        codes = [(f"{c.kode} — {c.uraian}", c.kode) for c in read.classification_codes(db) if c.active]
        self.kode = self.combo("kode", self.tr("Kode klasifikasi"), [("", ""), *codes])
        self.lampiran = self.line("lampiran", self.tr("Lampiran"))
        self.sumber = self.combo("sumber", self.tr("Sumber"), [(shown(s.value), s) for s in Sumber], Sumber.FISIK)
        self.srikandi = self.line("srikandi_no", self.tr("No. registrasi Srikandi"))
        self.teruskan = self.line("diteruskan_kepada", self.tr("Diteruskan kepada"))
        self.keterangan = self.line("keterangan", self.tr("Keterangan"))
        self.print_receipt = QCheckBox(self.tr("Cetak tanda terima untuk kurir setelah disimpan"))
        self.print_receipt.setObjectName("print_receipt")
        self.print_receipt.setChecked(True)
        self.form.addRow("", self.print_receipt)
        self.seq = QSpinBox()
        self.seq.setObjectName("seq")
        self.seq.setRange(0, 999_999)
        self.seq.setSpecialValueText(self.tr("otomatis"))
        self.errors.add_row("seq", self.tr("No. urut asli (surat tahun lalu)"), self.seq)
        self.reason = self.line("reason", self.tr("Alasan koreksi"))
        if record is None:
            self.errors.set_row_visible("reason", False)
        else:
            self.errors.set_row_visible("seq", False)
            self.print_receipt.setChecked(False)
            self.print_receipt.setVisible(False)
            self._fill(record)
        self.buttons.buttons()[0].setText(self.tr("Simpan (Enter)"))
        self.nomor.editingFinished.connect(self._check_duplicate)
        self.asal.editingFinished.connect(self._check_duplicate)
        self.duplicate.linkActivated.connect(lambda link: self.show_letter.emit(int(link)))
        self.asal.setFocus()
        self.setMinimumWidth(560)

    @Slot()
    def _check_duplicate(self) -> None:
        found = (
            agenda.possible_duplicates(self.db, self.asal.text(), self.nomor.text())
            if (self.asal.text().strip() and self.nomor.text().strip())
            else []
        )
        if self.record is not None:  # a correction: the letter itself is no repeat of itself
            found = [r for r in found if r.id != self.record.id]
        if not found:
            self.duplicate.setVisible(False)
            return
        links = ", ".join(f'<a href="{r.id}">{r.number}</a>' for r in found)
        self.duplicate.setText(
            self.tr("Perhatian: nomor surat ini dari pengirim yang sama sudah tercatat: %1").replace("%1", links)
        )
        self.duplicate.setVisible(True)

    def _fill(self, r: LetterRecord) -> None:
        self._put_received(r)
        self.asal.setText(r.asal)
        self.nomor.setText(r.nomor_surat)
        self._put_dated(r)
        self.perihal.setText(r.perihal)
        self.isi.setText(r.isi_ringkas)
        for combo, value in (
            (self.sifat, r.sifat),
            (self.urgensi, r.urgensi),
            (self.sumber, r.sumber),
            (self.kode, r.kode),
        ):
            index = combo.findData(value)
            if index < 0 and combo is self.kode:
                combo.addItem(r.kode, r.kode)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
        self.lampiran.setText(r.lampiran)
        self.srikandi.setText(r.srikandi_no)
        self.teruskan.setText(r.diteruskan_kepada)
        self.keterangan.setText(r.keterangan)

    def command(self) -> LetterCommand:
        return LetterCommand(self.letter(), self.seq.value() or None, self.reason.text(), self.based_on)

    def on_stale(self, exc: StaleRecord) -> None:
        """Another seat corrected this letter since the form opened. Fields the user did not
        touch take the newer values; fields both changed keep what the user typed; the status
        line lists what the other seat changed. Simpan then saves on top of the newer version."""
        if self.record is None:
            return
        current = read.letter(self.db, self.record.id)
        if current is None:
            return
        original, typed = self.record, self.letter()
        notes: list[str] = []
        for label, show, put in self._fields():
            theirs, mine, before = show(current), show(typed), show(original)
            if theirs == before:
                continue
            if mine == before:
                put(current)
                notes.append(self.tr("%1: kini “%2”").replace("%1", label).replace("%2", theirs))
            else:
                notes.append(
                    self.tr("%1: mereka menulis “%2”, isian Anda “%3” dipertahankan")
                    .replace("%1", label)
                    .replace("%2", theirs)
                    .replace("%3", mine)
                )
        self.record = current
        self.based_on = current.version
        changed = "; ".join(notes) if notes else self.tr("tidak ada isian yang berbeda")
        self.status.setText(
            str(exc)
            + "\n"
            + self.tr("Perubahan mereka: %1.").replace("%1", changed)
            + " "
            + self.tr("Periksa, lalu tekan Simpan lagi.")
        )

    def _fields(self) -> list[tuple[str, Callable[[Any], str], Callable[[LetterRecord], None]]]:
        """Each correctable field: its label, its value as text (of a record or an input), and
        how to put a record's value into the form."""

        def text(attr: str) -> Callable[[Any], str]:
            return lambda r: str(getattr(r, attr) or "")

        def line(edit: QLineEdit, attr: str) -> Callable[[LetterRecord], None]:
            return lambda r: edit.setText(str(getattr(r, attr)))

        def choice(combo: QComboBox, attr: str) -> Callable[[LetterRecord], None]:
            return lambda r: combo.setCurrentIndex(max(0, combo.findData(getattr(r, attr))))

        return [
            (self.tr("Tanggal terima"), lambda r: f"{r.received_at:%d-%m-%Y %H:%M}", self._put_received),
            (self.tr("Asal surat"), text("asal"), line(self.asal, "asal")),
            (self.tr("Nomor surat"), text("nomor_surat"), line(self.nomor, "nomor_surat")),
            (self.tr("Tanggal surat"), lambda r: f"{r.tanggal_surat:%d-%m-%Y}", self._put_dated),
            (self.tr("Perihal"), text("perihal"), line(self.perihal, "perihal")),
            (self.tr("Isi ringkas"), text("isi_ringkas"), line(self.isi, "isi_ringkas")),
            (self.tr("Sifat"), lambda r: shown(r.sifat.value), choice(self.sifat, "sifat")),
            (self.tr("Urgensi"), lambda r: shown(r.urgensi.value), choice(self.urgensi, "urgensi")),
            (self.tr("Kode klasifikasi"), text("kode"), choice(self.kode, "kode")),
            (self.tr("Lampiran"), text("lampiran"), line(self.lampiran, "lampiran")),
            (self.tr("Sumber"), lambda r: shown(r.sumber.value), choice(self.sumber, "sumber")),
            (
                self.tr("No. registrasi Srikandi"),
                text("srikandi_no"),
                line(self.srikandi, "srikandi_no"),
            ),
            (
                self.tr("Diteruskan kepada"),
                text("diteruskan_kepada"),
                line(self.teruskan, "diteruskan_kepada"),
            ),
            (self.tr("Keterangan"), text("keterangan"), line(self.keterangan, "keterangan")),
        ]

    def _put_received(self, r: LetterRecord) -> None:
        self.received.set_value(r.received_at)

    def _put_dated(self, r: LetterRecord) -> None:
        self.dated.set_value(r.tanggal_surat)

    def letter(self) -> LetterInput:
        return LetterInput(
            received_at=self.received.checked("received_at"),
            asal=self.asal.text(),
            nomor_surat=self.nomor.text(),
            tanggal_surat=self.dated.checked("tanggal_surat"),
            perihal=self.perihal.text(),
            isi_ringkas=self.isi.text(),
            sifat=Sifat(self.sifat.currentData()),
            urgensi=Urgensi(self.urgensi.currentData()),
            lampiran=self.lampiran.text(),
            kode=str(self.kode.currentData() or ""),
            sumber=Sumber(self.sumber.currentData()),
            srikandi_no=self.srikandi.text(),
            diteruskan_kepada=self.teruskan.text(),
            keterangan=self.keterangan.text(),
        )


class ReasonDialog(RecordDialog):
    def __init__(self, title: str, prompt: str, save: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(title, save, parent)
        self.setObjectName("reason_dialog")
        self.reason = self.line("reason", prompt)

    def command(self) -> str:
        return self.reason.text()


class AgendaPage(QWidget):
    changed = Signal(object)
    print_requested = Signal(str, object)  # title, renderer (ui.documents)
    message = Signal(str)  # for the main window's status bar
    open_case = Signal(int)  # a letter's Berkas SP, to show on the Berkas SP page

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda")
        self.db = db
        self.actor = actor
        self.model = AgendaModel(db, self)
        self.view = record_table("agenda_table", self.model, (178, 128, 200, 170, 100, 380, 80, 100, 130))
        header = self.view.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)  # sets the model's order; it reads once the filters are set
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)

        self.search = QLineEdit()
        self.search.setObjectName("agenda_search")
        self.search.setPlaceholderText(
            self.tr("Cari nomor agenda, perihal, asal, nomor surat, isi ringkas, keterangan… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.year = QComboBox()
        self.year.setObjectName("agenda_year")
        self.month = QComboBox()
        self.month.setObjectName("agenda_month")
        self.month.addItem(self.tr("Semua bulan"), None)
        for number, name in enumerate(BULAN, start=1):
            self.month.addItem(name, number)
        self.sifat = QComboBox()
        self.sifat.setObjectName("agenda_sifat")
        self.sifat.addItem(self.tr("Semua sifat"), None)
        for s in Sifat:
            self.sifat.addItem(shown(s.value), s.value)
        self.urgensi = QComboBox()
        self.urgensi.setObjectName("agenda_urgensi")
        self.urgensi.addItem(self.tr("Semua urgensi"), None)
        for u in Urgensi:
            self.urgensi.addItem(shown(u.value), u.value)
        self.asal = QComboBox()
        self.asal.setObjectName("agenda_asal")
        self.asal.setMaximumWidth(220)
        self.asal.addItem(self.tr("Semua asal"), None)
        self._first_paint_pending = True
        self.status = QComboBox()
        self.status.setObjectName("agenda_status")
        self.status.addItem(self.tr("Semua status"), None)
        for st in LetterStatus:
            self.status.addItem(shown(st.value), st.value)
        self.status.addItem(shown(VOIDED), VOIDED)
        self.new_button = QPushButton(self.tr("Catat Surat (Ctrl+N)"))
        self.new_button.setObjectName("agenda_new")
        self.void_button = QPushButton(self.tr("Batalkan…"))
        self.void_button.setObjectName("agenda_void")
        can_register = allowed(actor.role, Permission.REGISTER_MAIL)
        self.new_button.setEnabled(can_register)
        self.void_button.setEnabled(False)
        self.receipt_button = QPushButton(self.tr("Tanda Terima"))
        self.receipt_button.setObjectName("agenda_receipt")
        self.card_button = QPushButton(self.tr("Kartu Kendali"))
        self.card_button.setObjectName("agenda_card")
        for button in (self.receipt_button, self.card_button):
            button.setEnabled(False)
        self.export_button = QPushButton(self.tr("Ekspor Excel (Ctrl+E)"))
        self.export_button.setObjectName("agenda_export")
        self.import_button = QPushButton(self.tr("Impor Excel…"))
        self.import_button.setObjectName("agenda_import")
        self.import_button.setEnabled(can_register)
        self._export_op: Operation[int] | None = None
        self.count = QLabel()
        self.count.setObjectName("agenda_count")
        self.detail = QLabel()
        self.detail.setObjectName("agenda_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.correct_button = QPushButton(self.tr("Koreksi…"))
        self.correct_button.setObjectName("agenda_correct")
        self.correct_button.setEnabled(False)
        self.attach_button = QPushButton(self.tr("Lampirkan Berkas…"))
        self.attach_button.setObjectName("agenda_attach")
        self.attach_button.setEnabled(False)
        # --- Berkas SP (issue 6): start a case from the selected letter ---
        self.start_case_button = QPushButton(self.tr("Mulai Berkas SP…"))
        self.start_case_button.setObjectName("agenda_start_case")
        self.start_case_button.setEnabled(False)
        self._may_start_case: bool | None = None  # read when a letter is first selected
        self.attachment_list = QListWidget()
        self.attachment_list.setObjectName("agenda_attachments")
        self.attachment_list.setVisible(False)  # shown with the letter's files (_show_attachments)
        self.attachment_list.setToolTip(self.tr("Klik dua kali untuk membuka (isi diperiksa dengan SHA-256)"))
        # --- dispositions (disposisi-ui) ---
        self.dispose_button = QPushButton(self.tr("Tulis Disposisi…"))
        self.dispose_button.setObjectName("agenda_dispose")
        self.dispose_button.setEnabled(False)
        self.blank_sheet_button = QPushButton(self.tr("Lembar Kosong"))
        self.blank_sheet_button.setToolTip(
            self.tr("Lembar Disposisi dengan data surat, untuk disposisi tulisan tangan")
        )
        self.blank_sheet_button.setObjectName("agenda_blank_sheet")
        self.blank_sheet_button.setEnabled(False)
        self._may_dispose = may_write(actor)
        self.chain = ChainTree(db)
        self.chain.setObjectName("agenda_chain")
        # In the side panel the chain is who and their status, each line wrapped, never cut
        # ("Kepala Bagian Organisa…", "Belum diba"); time and note are in the Disposisi page.
        self.chain.setMaximumHeight(150)
        self.chain.wrap_text()
        self.chain_box = QWidget()  # shown only for a letter that has dispositions
        chain_layout = QVBoxLayout(self.chain_box)
        chain_layout.setContentsMargins(0, 0, 0, 0)
        chain_layout.addWidget(QLabel(self.tr("Alur disposisi")))
        chain_layout.addWidget(self.chain)
        self.chain_box.setVisible(False)
        # --- end dispositions ---

        # The toolbar holds what concerns the whole book; the side panel what concerns the letter.
        # Two rows: what the clerk does to the book, then how she narrows it down.
        bar = QHBoxLayout()
        for widget in (self.new_button, self.export_button, self.import_button, self.search):
            bar.addWidget(widget)
        bar.setStretch(bar.indexOf(self.search), 1)
        filters = QHBoxLayout()
        for combo in (self.year, self.month, self.sifat, self.urgensi, self.asal, self.status):
            filters.addWidget(combo)
        filters.addStretch(1)
        # The side panel (empty until a letter is selected) takes its place at once and is filled
        # right after the first rows are painted: they come first.
        side = QWidget()
        side.setMinimumWidth(340)  # room for the disposition chain's names, wrapped
        outer = QVBoxLayout(side)
        outer.setContentsMargins(0, 0, 0, 0)
        self._side_content = QWidget(side)
        self._side_content.setVisible(False)
        outer.addWidget(self._side_content)
        side_layout = QVBoxLayout(self._side_content)
        side_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text wraps instead
        scroll.setWidget(self.detail)
        side_layout.addWidget(scroll, 1)
        self.attachments_label = QLabel(self.tr("Lampiran (pindaian, PDF)"))
        self.attachments_label.setObjectName("agenda_attachments_label")
        side_layout.addWidget(self.attachments_label)
        side_layout.addWidget(self.attachment_list)
        side_layout.addWidget(self.chain_box)
        letter_buttons = QGridLayout()
        # The selected letter's actions: buttons in the side panel, mirrored in the table's menu.
        self._letter_actions = (
            self.dispose_button,
            self.blank_sheet_button,
            self.receipt_button,
            self.card_button,
            self.attach_button,
            self.correct_button,
            self.void_button,
            self.start_case_button,
        )
        for i, button in enumerate(self._letter_actions):
            letter_buttons.addWidget(button, i // 2, i % 2)
        side_layout.addLayout(letter_buttons)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Buku Agenda")))
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.count)

        self.new_action = QAction(self.tr("Catat surat"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.setEnabled(can_register)
        self.find_action = QAction(self.tr("Cari"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action = QAction(self.tr("Ekspor Excel"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.new_action)
        self.addAction(self.find_action)
        self.addAction(self.export_action)
        self._print_receipt = False
        self._mirror: list[tuple[QPushButton, QAction]] = []
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)

        self.new_action.triggered.connect(self.register)
        self.new_button.clicked.connect(self.register)
        self.find_action.triggered.connect(self.focus_search)
        self.export_action.triggered.connect(self.export_excel)
        self.export_button.clicked.connect(self.export_excel)
        self.import_button.clicked.connect(self.import_excel)
        self.void_button.clicked.connect(self.void_selected)
        self.attach_button.clicked.connect(self.attach_file)
        self.attachment_list.itemDoubleClicked.connect(self._open_attachment_item)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.correct_button.clicked.connect(self.correct_selected)
        for button in self._letter_actions:
            action = QAction(button.text(), self.view)
            action.triggered.connect(button.click)
            button.toggled.connect(action.setChecked)
            self.view.addAction(action)
            self._mirror.append((button, action))
        dict(self._mirror)[self.blank_sheet_button].setText(self.tr("Cetak Lembar Disposisi (kosong)"))
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        self._restore_columns()
        header.sectionMoved.connect(self._save_columns)
        header.sectionResized.connect(self._save_columns)
        self.start_case_button.clicked.connect(self.start_case)
        self.detail.linkActivated.connect(self._detail_link)
        self.receipt_button.clicked.connect(lambda: self.print_letter(DocumentKind.RECEIPT))
        self.card_button.clicked.connect(lambda: self.print_letter(DocumentKind.CONTROL_CARD))
        self.dispose_button.clicked.connect(self.dispose_selected)
        self.blank_sheet_button.clicked.connect(self.print_blank_sheet)
        self.search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.apply_filters)
        for combo in (self.year, self.month, self.sifat, self.urgensi, self.asal, self.status):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.modelReset.connect(self._clear_detail)
        self.model.counted.connect(self._show_count)
        self._fill_years()
        self.apply_filters()
        self.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._first_paint_pending and event.type() == QEvent.Type.Paint and watched is self.view.viewport():
            self._first_paint_pending = False
            QTimer.singleShot(0, self, self._after_first_paint)
        return super().eventFilter(watched, event)

    @Slot()
    def _after_first_paint(self) -> None:
        """What the first rows need not wait for: the side panel and the sender list."""
        self.view.viewport().removeEventFilter(self)
        self._side_content.setVisible(True)
        self._read_senders()

    @property
    def may_start_case(self) -> bool:
        if self._may_start_case is None:
            self._may_start_case = _may_start_case(self.db, self.actor)
        return self._may_start_case

    @Slot()
    def _read_senders(self) -> None:
        """The sender filter's list, read on a worker once the first rows are on screen."""
        db = self.db
        detached(self, lambda: read.senders(db), self._fill_senders)

    @Slot(object)
    def _fill_senders(self, senders: object) -> None:
        if not isinstance(senders, list):
            return  # not read (the database did not answer): the filter offers no sender
        known = {self.asal.itemData(i) for i in range(self.asal.count())}
        self.asal.blockSignals(True)
        for sender in senders:
            if sender not in known:
                self.asal.addItem(sender, sender)
        self.asal.blockSignals(False)

    def _fill_years(self) -> None:
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("Semua tahun"), None)
        years = set(read.agenda_years(self.db)) | {datetime.now().year}
        for y in sorted(years, reverse=True):
            self.year.addItem(str(y), y)
        index = self.year.findData(current)
        self.year.setCurrentIndex(max(index, 0))
        self.year.blockSignals(False)

    def current_query(self) -> AgendaQuery:
        q = self.model.query
        sifat, status = self.sifat.currentData(), self.status.currentData()
        return AgendaQuery(
            year=self.year.currentData(),
            month=self.month.currentData(),
            sifat=Sifat(sifat) if sifat else None,
            urgensi=Urgensi(self.urgensi.currentData()) if self.urgensi.currentData() else None,
            asal=self.asal.currentData(),
            status=LetterStatus(status) if status and status != VOIDED else None,
            voided=True if status == VOIDED else None,
            search=self.search.text(),
            sort=q.sort,
            descending=q.descending,
        )

    @Slot()
    def apply_filters(self) -> None:
        """Show what the filters and the search box say (read only when that changed)."""
        self._search_timer.stop()  # a keystroke still waiting is answered now, not again later
        self.model.set_query(self.current_query())

    @Slot()
    def _show_count(self) -> None:
        model = self.model
        if model.count is not None and model.count.exact:
            text = self.tr("%1 surat").replace("%1", _thousands(model.count.count))
        elif model.count is not None:
            text = self.tr("lebih dari %1 surat").replace("%1", _thousands(model.count.count - 1))
        elif model.counting:
            text = self.tr("lebih dari %1 surat (menghitung…)").replace("%1", _thousands(len(model.ids)))
        else:
            text = self.tr("lebih dari %1 surat").replace("%1", _thousands(len(model.ids)))
        self.count.setText(text)

    @Slot()
    def _clear_detail(self) -> None:
        self.detail.clear()
        for button in (
            self.void_button,
            self.receipt_button,
            self.card_button,
            self.attach_button,
            self.correct_button,
            self.dispose_button,
            self.blank_sheet_button,
            self.start_case_button,
        ):
            button.setEnabled(False)
        self._sync_actions()
        self.attachment_list.clear()
        self.attachment_list.setVisible(False)
        self._show_chain(None)

    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected(self) -> LetterRecord | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    @Slot(QModelIndex, QModelIndex)
    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            self._show_chain(None)
            return
        r = self.model.record(current.row())
        self.dispose_button.setEnabled(not r.voided and self._may_dispose)
        self.blank_sheet_button.setEnabled(not r.voided)
        self._show_chain(r.id)
        self.void_button.setEnabled(not r.voided and allowed(self.actor.role, Permission.VOID_MAIL))
        self.receipt_button.setEnabled(not r.voided)
        self.card_button.setEnabled(not r.voided)
        self.attach_button.setEnabled(not r.voided and allowed(self.actor.role, Permission.REGISTER_MAIL))
        self.correct_button.setEnabled(not r.voided and allowed(self.actor.role, Permission.CORRECT_MAIL))
        self.start_case_button.setEnabled(
            self.may_start_case and not r.voided and r.status in (LetterStatus.BELUM, LetterStatus.DIDISPOSISI)
        )
        self._sync_actions()
        self._show_attachments(r.id)
        rows = [
            (self.tr("No. agenda"), r.number),
            (self.tr("Diterima"), tanggal_jam(r.received_at)),
            (self.tr("Asal"), r.asal),
            (self.tr("Nomor surat"), r.nomor_surat),
            (self.tr("Tanggal surat"), tanggal(r.tanggal_surat)),
            (self.tr("Perihal"), r.perihal),
            (self.tr("Isi ringkas"), r.isi_ringkas),
            (self.tr("Sifat / urgensi"), f"{shown(r.sifat.value)} / {shown(r.urgensi.value)}"),
            (self.tr("Kode"), r.kode),
            (self.tr("Lampiran"), r.lampiran),
            (self.tr("Sumber"), shown(r.sumber.value) + (f" ({r.srikandi_no})" if r.srikandi_no else "")),
            (self.tr("Diteruskan kepada"), r.diteruskan_kepada),
            (self.tr("Keterangan"), r.keterangan),
            (self.tr("Status"), shown(VOIDED if r.voided else r.status.value)),
        ]
        html = "".join(f"<b>{k}:</b> {_esc(v)}<br>" for k, v in rows if v)
        html += self._case_links(r.id)
        if r.voided:
            html = f"<p style='color:#b00020'><b>DIBATALKAN:</b> {_esc(r.void_reason)}</p>" + html
        events = read.audit_events(self.db, entity="letter", entity_id=str(r.id), limit=20)
        history = "".join(f"<li>{_esc(line)}</li>" for line in history_lines(self.db, events))
        self.detail.setText(html + "<p><b>" + (self.tr("Riwayat")) + f"</b></p><ul>{history}</ul>")

    def _sync_actions(self) -> None:
        for button, action in self._mirror:
            action.setEnabled(button.isEnabled())

    def _show_attachments(self, letter_id: int) -> None:
        """The letter's scans: a list as high as its files (three at most), or one line saying
        there are none, so the letter's own detail keeps the room."""
        self.attachment_list.clear()
        for a in attachments.attachments(self.db, letter_id):
            item = QListWidgetItem(f"{a.filename} ({a.size / 1024:,.0f} KB)".replace(",", "."))
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            added = moment_words(local_time(a.added_at))
            item.setToolTip(f"SHA-256 {a.sha256}\n{a.added_by}, {added}")
            self.attachment_list.addItem(item)
        count = self.attachment_list.count()
        self.attachments_label.setText(
            self.tr("Lampiran (pindaian, PDF)") if count else self.tr("Lampiran: belum ada pindaian atau PDF")
        )
        self.attachment_list.setVisible(count > 0)
        if count:
            row = max(self.attachment_list.sizeHintForRow(0), self.attachment_list.fontMetrics().height() + 4)
            self.attachment_list.setFixedHeight(min(count, 3) * row + 2 * self.attachment_list.frameWidth() + 2)

    @Slot()
    def attach_file(self) -> None:
        record = self.selected()
        if record is None or not self.attach_button.isEnabled():
            return
        path = files.ask_open(
            self, files.FileKind.SCAN, self.tr("Lampirkan berkas ke %1").replace("%1", record.number)
        )
        if path is not None:
            self.attach_path(record.id, path)

    def attach_path(self, letter_id: int, path: Path) -> Operation[object] | None:
        """Read the file and attach it, on a worker (a 25 MB scan must not hold the window). The
        file is checked before it is read: a regular file under 25 MB, not the database."""
        if files.is_live_database(path):  # reading it would drop this process's locks on it
            forms.show_error(self, self.tr("Lampiran tidak disimpan"), self.tr("Basis data tidak dapat dilampirkan."))
            return None
        db, actor = self.db, self.actor

        def attach() -> object:
            return attachments.attach_file(db, actor, letter_id, path)

        def refused(exc: BaseException) -> bool:
            forms.show_error(self, self.tr("Lampiran tidak disimpan"), failure_message(exc))
            return True

        return run_op(
            self,
            attach,
            lambda _saved: self._show_detail(self.view.currentIndex(), QModelIndex()),
            initiator=self,
            on_failure=refused,
            what=self.tr("Melampirkan berkas…"),
        )

    @Slot(QListWidgetItem)
    def _open_attachment_item(self, item: QListWidgetItem) -> None:
        self.open_attachment(int(item.data(Qt.ItemDataRole.UserRole)))

    def open_attachment(self, attachment_id: int) -> Path | None:
        """Check the file against its SHA-256, write it to a temporary folder and open it."""
        try:
            record, data = attachments.open_attachment(self.db, self.actor, attachment_id)
        except DomainError as exc:
            forms.show_error(self, self.tr("Lampiran tidak dapat dibuka"), str(exc))
            return None
        folder = Path(tempfile.mkdtemp(prefix="sopdesk-lampiran-"))
        target = folder / record.filename
        target.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def _restore_columns(self) -> None:
        state = QSettings().value("agenda/header")
        if state is not None:
            self.view.horizontalHeader().restoreState(state)

    @Slot()
    def _save_columns(self) -> None:
        QSettings().setValue("agenda/header", self.view.horizontalHeader().saveState())

    @Slot(QPoint)
    def _choose_columns(self, pos: QPoint) -> None:
        """Right-click on the header: tick the columns to show (remembered)."""
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for column in range(len(COLUMNS)):
            action = menu.addAction(column_title(column))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 0)  # the agenda number always shows
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))
        menu.popup(header.mapToGlobal(pos))

    def show_column(self, column: int, shown: bool) -> None:
        self.view.horizontalHeader().setSectionHidden(column, not shown)
        self._save_columns()

    def select_letter(self, letter_id: int) -> None:
        """Select the letter and bring it into view: read further down the list while it may
        come (a bounded stretch), else show the whole book searched for its agenda number."""
        row = self.model.row_of(letter_id)
        read_more = 0
        while row is None and self.model.more and read_more < FIND_WITHIN:
            read_more += self.model.fetch(1000) or FIND_WITHIN
            row = self.model.row_of(letter_id)
        if row is None:
            record = read.letter(self.db, letter_id)
            self.search.blockSignals(True)
            self.search.setText(record.number if record is not None else "")
            self.search.blockSignals(False)
            for combo in (self.year, self.month, self.sifat, self.urgensi, self.asal, self.status):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.apply_filters()
            row = self.model.row_of(letter_id)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def _reread(self, changes: Changes) -> None:
        """Read the list again after a change, keeping the selected letter selected and the
        letters on screen where they were (at the top of the list, new letters come into view)."""
        bar = self.view.verticalScrollBar()
        at_top = bar.value() == bar.minimum()
        top = self.view.rowAt(0)
        anchor = self.model.ids[top] if 0 <= top < len(self.model.ids) else None
        index = self.view.currentIndex()
        current = self.model.ids[index.row()] if index.isValid() else None
        self.model.reread(changes)
        if current is not None:
            row = self.model.row_of(current)
            if row is not None and self.view.currentIndex().row() != row:
                self.view.selectRow(row)
        if not at_top and anchor is not None:
            row = self.model.row_of(anchor)
            if row is not None:
                self.view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        self._show_count()

    @Slot()
    def register(self) -> LetterDialog | None:
        if not self.new_button.isEnabled():
            return None
        db, actor = self.db, self.actor
        dialog = LetterDialog(lambda cmd: agenda.register_letter(db, actor, cmd.letter, seq=cmd.seq), db, self)
        dialog.initiator = self  # the page shows the new letter itself (_registered)
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._remember_receipt(dialog.print_receipt.isChecked()))
        dialog.accepted.connect(lambda: self._registered(dialog.result_value))
        dialog.show_letter.connect(self._show_duplicate)
        dialog.open()
        return dialog

    def _remember_receipt(self, wanted: bool) -> None:
        self._print_receipt = wanted

    def _show_duplicate(self, letter_id: int) -> None:
        self.select_letter(letter_id)

    def print_letter(self, kind: DocumentKind, letter_id: int | None = None) -> None:
        """Ask the main window to render, preview and print one letter's paper."""
        if letter_id is None:
            record = self.selected()
            if record is None:
                return
            letter_id = record.id
        self.print_requested.emit(shown(kind.label), letter_renderer(letter_id, kind))

    # --- dispositions (disposisi-ui) -----------------------------------------------------------

    def _show_chain(self, letter_id: int | None) -> None:
        self.chain_box.setVisible(self.chain.show_letter(letter_id) > 0)

    @Slot()
    def dispose_selected(self) -> QWidget | None:
        """Tulis Disposisi: the disposition form for the selected letter."""
        record = self.selected()
        if record is None or record.voided or not self.dispose_button.isEnabled():
            return None
        from sopdesk.ui.disposition_form import DispositionDialog, disposition_saver

        dialog = DispositionDialog(disposition_saver(self.db, self.actor), self.db, self.actor, record, None, self)
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._disposed(record.id))
        dialog.open()
        return dialog

    def _disposed(self, letter_id: int) -> None:
        self.message.emit(self.tr("Disposisi disimpan; status surat diperbarui."))

    @Slot()
    def print_blank_sheet(self) -> None:
        """Lembar Disposisi (kosong): the letter's data, empty boxes, for a handwritten disposition."""
        record = self.selected()
        if record is None or record.voided:
            return
        from sopdesk.ui.documents import disposition_sheet_renderer

        title = self.tr("Lembar Disposisi (kosong)")
        self.print_requested.emit(title, disposition_sheet_renderer(record.id, blank=True))

    def book_period(self) -> tuple[date, date]:
        """The period the filters show, for printing the agenda book (a month, a year, or this year)."""
        year = self.year.currentData() or datetime.now().year
        month = self.month.currentData()
        if month:
            end = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
            return date(year, month, 1), end
        return date(year, 1, 1), date(year, 12, 31)

    def _registered(self, result: object) -> None:
        assert isinstance(result, agenda.Registered)
        if self.asal.findData(result.letter.asal) < 0:
            self.asal.addItem(result.letter.asal, result.letter.asal)
        self._fill_years()
        changes = Changes.of(Kind.LETTER, result.letter.id).with_initiator(self)
        self._reread(changes)
        self.select_letter(result.letter.id)
        self.count.setText(self.tr("Tercatat dengan nomor agenda %1.").replace("%1", result.letter.number))
        if self._print_receipt:
            self.print_letter(DocumentKind.RECEIPT, result.letter.id)

    @Slot()
    def correct_selected(self) -> LetterDialog | None:
        """An edit needs a reason; the before and after go to the audit trail."""
        record = self.selected()
        if record is None or record.voided or not self.correct_button.isEnabled():
            return None
        db, actor = self.db, self.actor
        dialog = LetterDialog(
            lambda cmd: agenda.correct_letter(
                db, actor, record.id, cmd.letter, cmd.reason, expected_version=cmd.based_on
            ),
            db,
            self,
            record,
        )
        dialog.initiator = self
        dialog.accepted.connect(lambda: self._voided(record.id))
        dialog.open()
        return dialog

    @Slot()
    def void_selected(self) -> ReasonDialog | None:
        record = self.selected()
        if record is None or record.voided:
            return None
        db, actor = self.db, self.actor
        dialog = ReasonDialog(
            self.tr("Batalkan %1").replace("%1", record.number),
            self.tr("Alasan pembatalan"),
            lambda reason: agenda.void_letter(db, actor, record.id, reason, expected_version=record.version),
            self,
        )
        dialog.initiator = self
        dialog.accepted.connect(lambda: self._voided(record.id))
        dialog.open()
        return dialog

    def _voided(self, letter_id: int) -> None:
        changes = Changes.of(Kind.LETTER, letter_id).with_initiator(self)
        self._reread(changes)
        self.select_letter(letter_id)
        self._show_detail(self.view.currentIndex(), QModelIndex())

    def on_changes(self, changes: Changes) -> None:
        """Letters changed here or on another seat (dispositions and cases move their status):
        the list is read again where it stands, and the selected letter's detail if it changed."""
        if changes.initiator is self or not changes.touches(Kind.LETTER, Kind.DISPOSITION, Kind.CASE):
            return  # what this page asked for it has shown already
        self._reread(changes)
        current = self.selected()
        if current is not None and (
            changes.touches_row(Kind.LETTER, current.id) or changes.touches(Kind.DISPOSITION, Kind.CASE)
        ):
            self._show_detail(self.view.currentIndex(), QModelIndex())

    # --- Berkas SP (issue 6) ------------------------------------------------------------------

    def _case_links(self, letter_id: int) -> str:
        """The letter's cases, each a link to the Berkas SP page."""
        from sopdesk.services import cases

        found = cases.cases_for_letter(self.db, letter_id)
        if not found:
            return ""
        links = ", ".join(f'<a href="case:{c.id}">{_esc(c.number)}</a> ({_esc(shown(c.status.label))})' for c in found)
        return "<b>" + (self.tr("Berkas SP")) + f":</b> {links}<br>"

    @Slot(str)
    def _detail_link(self, link: str) -> None:
        if link.startswith("case:"):
            self.open_case.emit(int(link.removeprefix("case:")))

    @Slot()
    def start_case(self) -> QWidget | None:
        """Mulai Berkas SP from the selected letter (jenis layanan asked in the dialog)."""
        record = self.selected()
        if record is None or not self.start_case_button.isEnabled():
            return None
        from sopdesk.services import cases
        from sopdesk.ui.case_dialogs import StartCaseDialog

        db, actor = self.db, self.actor
        dialog = StartCaseDialog(lambda cmd: cases.start_case(db, actor, cmd), db, record, self)
        dialog.initiator = self
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._case_started(record.id, dialog.result_value))
        dialog.open()
        return dialog

    def _case_started(self, letter_id: int, result: object) -> None:
        from sopdesk.services.cases import CaseStarted

        assert isinstance(result, CaseStarted)
        changes = (result.changes | Changes.of(Kind.LETTER, letter_id)).with_initiator(self)
        self._reread(changes)
        self._show_detail(self.view.currentIndex(), QModelIndex())
        self.count.setText(self.tr("Berkas %1 dimulai dari surat ini.").replace("%1", result.number))

    # --- Excel ------------------------------------------------------------------------------

    @Slot()
    def export_excel(self) -> Operation[int] | None:
        """Ctrl+E: the letters the filters show, in the screen's order, to an .xlsx chosen by the user."""
        query = self.current_query()
        name = self.tr("Buku Agenda") + (f" {query.year}" if query.year else "") + ".xlsx"
        target = files.ask_save(self, files.FileKind.EXCEL, self.tr("Ekspor Excel"), name)
        if target is None:
            return None
        from sopdesk.services.excel import export_agenda

        db, actor = self.db, self.actor
        self.export_action.setEnabled(False)
        self.export_button.setEnabled(False)
        self.message.emit(self.tr("Mengekspor ke %1…").replace("%1", str(target)))
        op = run_op(
            self,
            lambda: export_agenda(db, actor, query, target),
            lambda count: self._exported(target, count),
            initiator=self,
            on_failure=lambda exc: self._export_failed(target, exc),
            what=self.tr("Mengekspor ke %1…").replace("%1", str(target)),
        )
        self._export_op = op
        return op

    def _export_done(self) -> None:
        self._export_op = None
        self.export_action.setEnabled(True)
        self.export_button.setEnabled(True)

    def _exported(self, target: Path, count: object) -> None:
        self._export_done()
        self.message.emit(
            self.tr("%1 surat diekspor ke %2").replace("%1", f"{count:,}".replace(",", ".")).replace("%2", str(target))
        )

    def _export_failed(self, target: Path, exc: BaseException) -> bool:
        self._export_done()
        self.message.emit("")
        forms.show_error(
            self,
            self.tr("Ekspor Excel"),
            self.tr("Buku agenda tidak dapat diekspor ke %1:\n%2")
            .replace("%1", str(target))
            .replace("%2", failure_message(exc)),
        )
        return True

    @Slot()
    def import_excel(self) -> ImportDialog | None:
        """Impor Excel…: the mapping dialog; it checks with a dry run and imports all or nothing."""
        if not self.import_button.isEnabled():
            return None
        from sopdesk.services.excel import import_agenda
        from sopdesk.ui.agenda_import import ImportDialog

        db, actor = self.db, self.actor
        codes = [(c.kode, c.uraian) for c in read.classification_codes(db) if c.active]
        dialog = ImportDialog(
            lambda path, mapping, progress, cancel: import_agenda(
                db, actor, path, mapping, dry_run=True, progress=progress, cancel=cancel
            ),
            lambda path, mapping, progress, cancel: import_agenda(
                db, actor, path, mapping, progress=progress, cancel=cancel
            ),
            self,
            codes,
        )
        dialog.setModal(True)
        dialog.imported.connect(self._imported)
        dialog.open()
        return dialog

    @Slot(object)
    def _imported(self, report: object) -> None:
        from sopdesk.services.excel import ImportReport

        assert isinstance(report, ImportReport)
        self._fill_years()
        changes = Changes.of(Kind.LETTER).with_initiator(self)
        self._reread(changes)
        self.message.emit(self.tr("%1 surat diimpor dari Excel.").replace("%1", str(len(report.numbers))))


class _Answer(QObject):
    """Carries a read's result home to the GUI thread; a child of whoever asked, so it goes with
    them (a read finishing after its page closed delivers nothing)."""

    done = Signal(object)


class _Read(QRunnable):
    def __init__(self, fn: Callable[[], object], answer: _Answer) -> None:
        super().__init__()
        self.fn = fn
        self.answer = answer
        self.setAutoDelete(True)  # the pool owns it: nobody can free it while it runs

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered as the result: the asker shows what it can
            result = exc
        try:
            self.answer.done.emit(result)
        except RuntimeError:
            pass  # whoever asked is gone


def detached(owner: QObject, fn: Callable[[], object], deliver: Callable[[object], None]) -> None:
    """Run the read ``fn`` on the thread pool and hand its result (or its exception) to
    ``deliver`` on the GUI thread, unless ``owner`` was deleted meanwhile."""
    answer = _Answer(owner)
    answer.done.connect(deliver)
    answer.done.connect(answer.deleteLater)
    QThreadPool.globalInstance().start(_Read(fn, answer))


def _may_start_case(db: Database, actor: Actor) -> bool:
    """The role may record the SOP's first two steps (which a new case completes)."""
    from sopdesk.domain.roles import may_record_lanes

    sop = read.sop_definition(db)
    return sop is not None and all(may_record_lanes(actor.role, step.lanes) for step in sop.steps[:2])


def history_lines(db: Database, events: Sequence[AuditEventRecord]) -> list[str]:
    """A record's history as the office reads it: "Dicatat oleh Siti Nurhaliza, Senin
    1 Desember 2026 09.12", in this computer's time, each action in words (domain/audit_words.py)."""
    names = {u.username: u.nama or u.username for u in read.users(db)}
    lines = []
    for e in events:
        who = names.get(e.actor, e.actor) if e.actor != SYSTEM else QCoreApplication.translate("AgendaPage", "sistem")
        if e.on_behalf_of:
            who = (
                QCoreApplication.translate("AgendaPage", "%1 atas nama %2")
                .replace("%1", who)
                .replace("%2", names.get(e.on_behalf_of, e.on_behalf_of))
            )
        lines.append(
            QCoreApplication.translate("AgendaPage", "%1 oleh %2, %3")
            .replace("%1", shown(action_words(e.action, e.after)))
            .replace("%2", who)
            .replace("%3", moment_words(local_time(e.at)))
        )
    return lines


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["AgendaModel", "AgendaPage", "LetterDialog"]
