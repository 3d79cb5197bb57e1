"""Dialogs of the Berkas SP page. Each collects a command of domain/cases.py and hands it to
the ``save`` callable its page supplies (the page calls the service); the engine's refusals
come back next to their fields, a refusal of the role on the status line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.agenda import AgendaQuery, LetterRecord, LetterStatus, SortKey
from sopdesk.domain.cases import (
    Cancel,
    CompleteStep,
    Distribute,
    Extend,
    Resume,
    ReturnStep,
    StartCase,
    Suspend,
)
from sopdesk.domain.errors import ValidationError
from sopdesk.domain.records import Actor, OfficialRecord, OpdRecord
from sopdesk.domain.sop import SopDefinition
from sopdesk.domain.sp import DRAFTING_STEP
from sopdesk.services import read
from sopdesk.services.cases import OWN_LANES
from sopdesk.store.database import Database
from sopdesk.ui.dates import DateTimeField
from sopdesk.ui.days import days, days_form
from sopdesk.ui.dialogs import RecordDialog
from sopdesk.ui.sp_editor import FixesTree

LETTER_CHOICES = 300  # the most recent letters offered when a case starts from the Berkas SP page


def letter_label(letter: LetterRecord) -> str:
    return f"{letter.number} — {letter.asal} — {letter.perihal}"


class CaseDialog(RecordDialog):
    """A case action: adds the moment field (now unless changed) and the official who acted."""

    def __init__(self, title: str, save: Callable[[Any], object], parent: QWidget | None = None) -> None:
        super().__init__(title, save, parent)
        self.setObjectName("case_dialog")
        self.version: int | None = None  # the case's version the action is based on (its last event)
        self.when: DateTimeField | None = None
        self._when_edited = False
        self.official: QComboBox | None = None

    def intro(self, html: str) -> QLabel:
        label = QLabel(html)
        label.setObjectName("intro")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(label)
        return label

    def moment(self, label: str) -> DateTimeField:
        """When it happened: now unless the user back-dates it (the service checks the date)."""
        edit = DateTimeField(datetime.now().replace(second=0, microsecond=0))
        edit.setObjectName("at")
        edit.setToolTip(self.tr("Boleh diisi mundur, tetapi tidak sebelum peristiwa terakhir berkas ini."))
        edit.edited.connect(self._edited)
        self.errors.add_row("at", label, edit)
        self.when = edit
        return edit

    @Slot()
    def _edited(self) -> None:
        self._when_edited = True

    def set_moment(self, value: datetime) -> None:
        assert self.when is not None
        self.when.set_value(value)
        self._when_edited = True

    def at(self) -> datetime | None:
        """None (the service takes now) while the field still holds the time the dialog opened."""
        if self.when is None or not self._when_edited:
            return None
        return self.when.checked("at")

    def _review(self, text: str) -> QLabel | None:
        """The Standar Pelayanan as validation and approval see it: what is missing, what changed."""
        if not text:
            return None
        label = QLabel(text)
        label.setObjectName("sp_review")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setStyleSheet("background:#f5f7fb; border:1px solid #c9d3e6; padding:4px;")
        self.form.addRow(label)
        return label

    def officials_row(
        self, actor: Actor, lanes: tuple[str, ...], lane_names: dict[str, str], officials: Sequence[OfficialRecord]
    ) -> QComboBox:
        """Who acted: the user themselves when their role is one of the step's lanes, otherwise
        an official of the step's lanes (the lead lane's first), recorded on their behalf."""
        box = QComboBox()
        box.setObjectName("official")
        mine = bool(OWN_LANES.get(actor.role, frozenset()) & set(lanes))
        ordered = sorted(
            (o for o in officials if o.active and o.lane in lanes), key=lambda o: (lanes.index(o.lane), o.id)
        )
        if mine:
            box.addItem(self.tr("Saya sendiri (%1)").replace("%1", actor.nama or actor.username), None)
        for o in ordered:
            nama = o.nama or self.tr("nama belum diisi")
            box.addItem(f"{o.jabatan} — {nama} ({lane_names.get(o.lane, o.lane)})", o.id)
        if not mine:
            box.addItem(self.tr("Pejabat lajur %1 (otomatis)").replace("%1", lane_names.get(lanes[0], lanes[0])), None)
        box.setCurrentIndex(0)
        self.errors.add_row("official", self.tr("Dilakukan oleh (atas nama)"), box)
        self.official = box
        return box

    def official_id(self) -> int | None:
        return None if self.official is None else self.official.currentData()

    def text_row(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = self.line(name, label, placeholder=placeholder)
        edit.setMaxLength(1000)
        return edit


class StartCaseDialog(CaseDialog):
    """Mulai Berkas SP from a letter: given (the agenda's selected letter) or chosen here."""

    def __init__(
        self,
        save: Callable[[StartCase], object],
        db: Database,
        letter: LetterRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Mulai Berkas SP"), save, parent)
        self.setObjectName("start_case_dialog")
        self.db = db
        self.letter = letter
        self.search: QLineEdit | None = None
        self.letters: QComboBox | None = None
        if letter is not None:
            shown = QLabel(letter_label(letter))
            shown.setObjectName("letter")
            shown.setWordWrap(True)
            self.errors.add_row("letter", self.tr("Surat"), shown)
        else:
            self.search = QLineEdit()
            self.search.setObjectName("letter_search")
            self.search.setPlaceholderText(self.tr("Cari nomor agenda, asal atau perihal…"))
            self.search.setClearButtonEnabled(True)
            self.form.addRow(self.tr("Cari surat"), self.search)
            self.letters = QComboBox()
            self.letters.setObjectName("letters")
            self.letters.setMinimumContentsLength(40)
            self.letters.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.errors.add_row("letter", self.tr("Surat"), self.letters)
            self.search.textChanged.connect(self.fill_letters)
            self.fill_letters()
        opds: list[OpdRecord] = read.opd_list(db, active_only=True)
        self.opd = self.combo(
            "opd", self.tr("OPD pengaju"), [(self.tr("Sesuai asal surat"), None)] + [(o.nama, o.id) for o in opds]
        )
        self.layanan = QPlainTextEdit()
        self.layanan.setObjectName("jenis_layanan")
        self.layanan.setPlaceholderText(self.tr("Satu jenis layanan per baris, misalnya:\nIzin praktik bidan"))
        self.layanan.setTabChangesFocus(True)
        self.layanan.setFixedHeight(90)
        self.errors.add_row("jenis_layanan", self.tr("Jenis layanan"), self.layanan)
        disposed = letter is not None and letter.status is LetterStatus.DIDISPOSISI
        note = QLabel(
            self.tr(
                "Langkah 1 dan 2 selesai dari surat ini, langkah 3 dari disposisi Kabag; berkas mulai di langkah 4."
            )
            if disposed
            else self.tr("Langkah 1 dan 2 selesai dari surat ini; berkas menunggu disposisi Kabag (langkah 3).")
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.form.addRow(note)
        self.buttons.buttons()[0].setText(self.tr("Mulai"))
        self.setMinimumWidth(600)
        self.layanan.setFocus()

    @Slot()
    def fill_letters(self) -> None:
        """Letters that may become a case: not voided, with no open case (status belum or
        didisposisi); those whose agenda number the search names first, then the newest."""
        assert self.letters is not None and self.search is not None
        text = self.search.text()
        found: list[LetterRecord] = []
        named: set[int] = set()
        for status in (LetterStatus.BELUM, LetterStatus.DIDISPOSISI):
            reader = read.agenda_reader(self.db, AgendaQuery(status=status, search=text, sort=SortKey.RECEIVED))
            found += reader.window(None, LETTER_CHOICES).records
            named.update(reader.pinned)
        found = [r for r in found if not r.voided]
        found.sort(key=lambda r: (r.id in named, r.received_at, r.id), reverse=True)
        current = self.letters.currentData()
        self.letters.clear()
        for r in found[:LETTER_CHOICES]:
            self.letters.addItem(letter_label(r), r.id)
            self.letters.setItemData(self.letters.count() - 1, letter_label(r), Qt.ItemDataRole.ToolTipRole)
        index = self.letters.findData(current)
        self.letters.setCurrentIndex(max(index, 0))

    def select_letter(self, letter_id: int) -> bool:
        assert self.letters is not None
        index = self.letters.findData(letter_id)
        if index >= 0:
            self.letters.setCurrentIndex(index)
        return index >= 0

    def command(self) -> StartCase:
        if self.letter is not None:
            letter_id = self.letter.id
        else:
            assert self.letters is not None
            chosen = self.letters.currentData()
            if chosen is None:
                raise ValidationError.single("letter", self.tr("Pilih surat yang menjadi berkas SP."))
            letter_id = int(chosen)
        lines = tuple(line for line in self.layanan.toPlainText().splitlines() if line.strip())
        return StartCase(letter_id, lines, self.opd.currentData())


class CompleteStepDialog(CaseDialog):
    """Selesaikan langkah: the SOP's kelengkapan as a checklist, its outputs, who acted, when."""

    def __init__(
        self,
        save: Callable[[CompleteStep], object],
        sop: SopDefinition,
        step_no: int,
        actor: Actor,
        officials: Sequence[OfficialRecord],
        parent: QWidget | None = None,
        *,
        sp_review: str = "",
    ) -> None:
        super().__init__(self.tr("Selesaikan Langkah %1").replace("%1", str(step_no)), save, parent)
        self.setObjectName("complete_step_dialog")
        self.step_no = step_no
        step = sop.step(step_no)
        names = {lane.code: lane.nama for lane in sop.lanes}
        self.intro(
            "<b>"
            + (self.tr("Langkah %1").replace("%1", str(step_no)))
            + f"</b>: {_esc(step.uraian)}<br>"
            + self.tr("Pelaksana: %1 · mutu baku %2 hari kerja", "", days_form(days(step.waktu_hari)))
            .replace("%1", _esc(", ".join(names.get(c, c) for c in step.lanes)))
            .replace("%2", days(step.waktu_hari))
        )
        self.sp_review = self._review(sp_review)
        self.kelengkapan = self._checklist("kelengkapan", self.tr("Kelengkapan"), sop.resolved_kelengkapan(step_no))
        self.outputs = self._checklist("outputs", self.tr("Output"), sop.resolved_output(step_no), checked=True)
        self.other_output = QLineEdit()
        self.other_output.setObjectName("other_output")
        self.other_output.setPlaceholderText(self.tr("Output lain, pisahkan dengan titik koma"))
        self.form.addRow("", self.other_output)
        self.officials_row(actor, step.lanes, names, officials)
        self.moment(self.tr("Waktu selesai"))
        self.note = self.text_row("note", self.tr("Catatan"))
        self.buttons.buttons()[0].setText(self.tr("Selesaikan"))
        self.setMinimumWidth(560)

    def _checklist(self, name: str, label: str, items: tuple[str, ...], checked: bool = False) -> list[QCheckBox]:
        holder = QWidget()
        holder.setObjectName(name)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        boxes = []
        for item in items:
            check = QCheckBox(item)
            check.setChecked(checked)
            box.addWidget(check)
            boxes.append(check)
        if not items:
            box.addWidget(QLabel(self.tr("(tidak ada dalam SOP)")))
        self.errors.add_row(name, label, holder)
        return boxes

    def tick_all(self) -> None:
        for check in self.kelengkapan:
            check.setChecked(True)

    def command(self) -> CompleteStep:
        outputs = [c.text() for c in self.outputs if c.isChecked()]
        outputs += [part.strip() for part in self.other_output.text().split(";") if part.strip()]
        return CompleteStep(
            self.step_no,
            at=self.at(),
            official_id=self.official_id(),
            kelengkapan=tuple(c.text() for c in self.kelengkapan if c.isChecked()),
            outputs=tuple(outputs),
            note=self.note.text(),
        )


class ReturnDialog(CaseDialog):
    """Kembalikan ke langkah N (a new pass of that step and those after it)."""

    def __init__(
        self,
        save: Callable[[ReturnStep], object],
        sop: SopDefinition,
        step_no: int,
        actor: Actor,
        officials: Sequence[OfficialRecord],
        parent: QWidget | None = None,
        *,
        layanan: Sequence[str] = (),
        sp_review: str = "",
    ) -> None:
        step = sop.step(step_no)
        assert step.returns_to is not None
        self.to_step = step.returns_to
        super().__init__(self.tr("Kembalikan ke Langkah %1").replace("%1", str(step.returns_to)), save, parent)
        self.setObjectName("return_dialog")
        target = sop.step(step.returns_to)
        self.intro(
            self.tr("Berkas dikembalikan dari langkah %1 ke langkah %2 (%3); langkah %2 dan sesudahnya diulang.")
            .replace("%1", str(step_no))
            .replace("%2", str(target.no))
            .replace("%3", _esc(target.uraian))
        )
        self.sp_review = self._review(sp_review)
        self.reason = self.text_row("reason", self.tr("Alasan pengembalian"))
        self.fixes: FixesTree | None = None
        if layanan and step.returns_to == DRAFTING_STEP:
            self.fixes = FixesTree(layanan)
            self.errors.add_row("perbaikan", self.tr("Komponen SP"), self.fixes)
        self.officials_row(actor, step.lanes, {lane.code: lane.nama for lane in sop.lanes}, officials)
        self.moment(self.tr("Waktu"))
        self.buttons.buttons()[0].setText(self.tr("Kembalikan"))
        self.reason.setFocus()

    def command(self) -> ReturnStep:
        fixes = self.fixes.fixes() if self.fixes is not None else ()
        return ReturnStep(
            self.to_step, self.reason.text(), at=self.at(), official_id=self.official_id(), perbaikan=fixes
        )


class SuspendDialog(CaseDialog):
    def __init__(self, save: Callable[[Suspend], object], number: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tangguhkan %1").replace("%1", number), save, parent)
        self.setObjectName("suspend_dialog")
        self.intro(self.tr("Jam berkas berhenti selama ditangguhkan (misalnya menunggu perbaikan dari OPD)."))
        self.reason = self.text_row("reason", self.tr("Alasan penangguhan"))
        self.moment(self.tr("Sejak"))
        self.buttons.buttons()[0].setText(self.tr("Tangguhkan"))

    def command(self) -> Suspend:
        return Suspend(self.reason.text(), at=self.at())


class ResumeDialog(CaseDialog):
    def __init__(self, save: Callable[[Resume], object], number: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Lanjutkan %1").replace("%1", number), save, parent)
        self.setObjectName("resume_dialog")
        self.note = self.text_row("note", self.tr("Catatan"), self.tr("misalnya: perbaikan dari OPD sudah diterima"))
        self.moment(self.tr("Dilanjutkan pada"))
        self.buttons.buttons()[0].setText(self.tr("Lanjutkan"))

    def command(self) -> Resume:
        return Resume(self.note.text(), at=self.at())


class ExtendDialog(CaseDialog):
    def __init__(self, save: Callable[[Extend], object], number: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Perpanjang %1").replace("%1", number), save, parent)
        self.setObjectName("extend_dialog")
        self.intro(self.tr("Tenggat langkah yang berjalan dan tenggat berkas mundur sebanyak hari kerja ini."))
        self.days = QDoubleSpinBox()
        self.days.setObjectName("days")
        self.days.setDecimals(1)
        self.days.setRange(0.5, 60)
        self.days.setSingleStep(0.5)
        self.days.setValue(1)
        self.days.setSuffix(self.tr(" hari kerja"))
        self.errors.add_row("days", self.tr("Perpanjangan"), self.days)
        self.reason = self.text_row("reason", self.tr("Alasan perpanjangan"))
        self.buttons.buttons()[0].setText(self.tr("Perpanjang"))

    def command(self) -> Extend:
        return Extend(Decimal(str(round(self.days.value() * 2) / 2)), self.reason.text())


class CancelDialog(CaseDialog):
    def __init__(self, save: Callable[[Cancel], object], number: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Batalkan %1").replace("%1", number), save, parent)
        self.setObjectName("cancel_dialog")
        self.intro(self.tr("Berkas yang dibatalkan tetap tersimpan dengan alasannya; suratnya dapat dimulai lagi."))
        self.reason = self.text_row("reason", self.tr("Alasan pembatalan"))
        self.buttons.buttons()[0].setText(self.tr("Batalkan Berkas"))
        self.buttons.buttons()[1].setText(self.tr("Tutup"))

    def command(self) -> Cancel:
        return Cancel(self.reason.text())


class DistributeDialog(CaseDialog):
    """Catat distribusi: one copy of the bound report handed over (to whom, received by, when)."""

    def __init__(self, save: Callable[[Distribute], object], number: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Catat Distribusi %1").replace("%1", number), save, parent)
        self.setObjectName("distribute_dialog")
        self.to = self.text_row("to", self.tr("Kepada"), self.tr("misalnya: Dinas Kesehatan"))
        self.received_by = self.text_row("received_by", self.tr("Diterima oleh"), self.tr("nama penerima"))
        self.moment(self.tr("Diterima pada"))
        self.note = self.text_row("note", self.tr("Catatan"))
        self.buttons.buttons()[0].setText(self.tr("Catat"))

    def command(self) -> Distribute:
        return Distribute(self.to.text(), self.received_by.text(), at=self.at(), note=self.note.text())


class ReceiptDialog(CaseDialog):
    """Cetak tanda terima: which distribution, and what was handed over (one item a line,
    prefilled from the SOP's last step). Saving checks the items and previews the paper."""

    def __init__(
        self,
        save: Callable[[tuple[int, str]], object],
        number: str,
        distributions: Sequence[tuple[int, str]],
        items: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Tanda Terima Distribusi %1").replace("%1", number), save, parent)
        self.setObjectName("receipt_dialog")
        self.which = QComboBox()
        self.which.setObjectName("seq")
        for seq, label in distributions:
            self.which.addItem(label, seq)
        self.which.setCurrentIndex(self.which.count() - 1)
        self.errors.add_row("seq", self.tr("Distribusi"), self.which)
        self.items = QPlainTextEdit("\n".join(items))
        self.items.setObjectName("isi")
        self.items.setMinimumHeight(90)
        self.errors.add_row("isi", self.tr("Yang diserahkan (satu per baris)"), self.items)
        self.buttons.buttons()[0].setText(self.tr("Pratinjau Cetak"))

    def command(self) -> tuple[int, str]:
        return int(self.which.currentData()), self.items.toPlainText()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = [
    "CancelDialog",
    "CompleteStepDialog",
    "DistributeDialog",
    "ExtendDialog",
    "ReceiptDialog",
    "ResumeDialog",
    "ReturnDialog",
    "StartCaseDialog",
    "SuspendDialog",
]
