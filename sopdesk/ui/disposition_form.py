"""The disposition form: the Kabag's Lembar Disposisi on screen.

The letter's summary and attachments at the top; to whom it goes and what is asked of them
as two checklists; the note (petunjuk dan arahan); the due date with its working-day hint;
the signer block as the sheet prints it. A clerk with the transcribe permission may type in a
handwritten disposition on an official's behalf. The same form passes a disposition on down
the chain (``parent_record``). The dialog collects a :class:`DispositionCommand`; the save
callable calls the service, whose refusals come back next to the fields.
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.agenda import LetterRecord
from sopdesk.domain.dates import tanggal, tanggal_jam
from sopdesk.domain.disposition import (
    DispositionInput,
    DispositionRecord,
    RecipientKind,
    RecipientOption,
    RecipientRef,
    Signer,
    due_hint,
)
from sopdesk.domain.errors import DomainError
from sopdesk.domain.records import Actor, OfficialRecord
from sopdesk.domain.roles import Permission, allowed
from sopdesk.services import attachments, disposition, read
from sopdesk.store.database import Database
from sopdesk.ui import forms
from sopdesk.ui.dates import DateField, DateTimeField
from sopdesk.ui.dialogs import RecordDialog
from sopdesk.ui.forms import FieldErrors
from sopdesk.ui.words import shown

REF_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class DispositionCommand:
    """What the form collects: the disposition, and the official it is typed in for (or None)."""

    disposition: DispositionInput
    on_behalf_of: int | None = None


def disposition_saver(db: Database, actor: Actor) -> Callable[[DispositionCommand], DispositionRecord]:
    """The form's save: in the user's own name (a new one, or passing one on), or transcribed."""

    def save(cmd: DispositionCommand) -> DispositionRecord:
        if cmd.on_behalf_of is not None:
            return disposition.transcribe_disposition(db, actor, cmd.on_behalf_of, cmd.disposition)
        return disposition.write_disposition(db, actor, cmd.disposition)

    return save


def may_write(actor: Actor) -> bool:
    """Whether the form is offered for a new disposition (the service still decides)."""
    return allowed(actor.role, Permission.WRITE_DISPOSITION) or allowed(actor.role, Permission.TRANSCRIBE_DISPOSITION)


def open_attachment(parent: QWidget, db: Database, actor: Actor, attachment_id: int) -> Path | None:
    """Check a letter's attachment against its SHA-256, write it to a temporary folder, open it."""
    try:
        record, data = attachments.open_attachment(db, actor, attachment_id)
    except DomainError as exc:
        forms.show_error(
            parent, QCoreApplication.translate("DispositionDialog", "Lampiran tidak dapat dibuka"), str(exc)
        )
        return None
    target = Path(tempfile.mkdtemp(prefix="sopdesk-lampiran-")) / record.filename
    target.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target


class ErrorPlaces:
    """Error labels spread over several form sections, shown as one :class:`FieldErrors`."""

    def __init__(self, *groups: FieldErrors) -> None:
        self.groups = list(groups)

    def _group(self, name: str) -> FieldErrors | None:
        return next((g for g in self.groups if name in g.labels), None)

    def clear(self) -> None:
        for group in self.groups:
            group.clear()

    def show(self, errors: dict[str, str]) -> list[str]:
        self.clear()
        unplaced: list[str] = []
        first: QWidget | None = None
        for name, message in errors.items():
            group = self._group(name)
            if group is None:
                unplaced.append(message)
                continue
            group.labels[name].setText(message)
            group.labels[name].setVisible(True)
            first = first or group.widgets[name]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def text(self, name: str) -> str:
        group = self._group(name)
        return "" if group is None else group.text(name)


def _section(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return box, form


class DispositionDialog(RecordDialog):
    """The Lembar Disposisi as a form. ``parent_record`` set: passing that disposition on."""

    def __init__(
        self,
        save: Callable[[DispositionCommand], object],
        db: Database,
        actor: Actor,
        letter: LetterRecord,
        parent_record: DispositionRecord | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        forward = parent_record is not None
        title = (self.tr("Teruskan Disposisi — %1") if forward else self.tr("Tulis Disposisi — %1")).replace(
            "%1", letter.number
        )
        super().__init__(title, save, parent)
        self.setObjectName("disposition_dialog")
        self.db = db
        self.actor = actor
        self.letter = letter
        self.parent_record = parent_record
        self.today = today or date.today()
        self._own_signer = disposition.signer_for(db, actor)
        self._options_own = disposition.recipient_options(db, actor)
        self._options_all = disposition.recipient_options(db)
        self._officials = self._transcribable_officials()
        own_allowed = allowed(actor.role, Permission.FORWARD_DISPOSITION if forward else Permission.WRITE_DISPOSITION)
        self.can_transcribe = allowed(actor.role, Permission.TRANSCRIBE_DISPOSITION) and bool(self._officials)

        body = QWidget()
        body.setObjectName("disposition_body")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._letter_box())
        if parent_record is not None:
            column.addWidget(self._parent_box(parent_record))

        # --- on whose behalf -----------------------------------------------------------
        self.behalf_box, behalf_form = _section(self.tr("Disposisi tulisan tangan"))
        self.behalf_box.setObjectName("behalf_box")
        self.transcribe = QCheckBox(self.tr("Saya mengetik disposisi yang ditulis tangan oleh pejabat berikut"))
        self.transcribe.setObjectName("transcribe")
        behalf_form.addRow(self.transcribe)
        self.official = QComboBox()
        self.official.setObjectName("official")
        for o in self._officials:
            self.official.addItem(f"{o.jabatan} — {o.nama}", o.id)
        self.written_at = DateTimeField(datetime.now().replace(second=0, microsecond=0))
        self.written_at.setObjectName("written_at")
        behalf_errors = FieldErrors(behalf_form)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.official, 1)
        row_layout.addWidget(QLabel(self.tr("ditulis")))
        row_layout.addWidget(self.written_at)
        behalf_errors.add_row("official", self.tr("Atas nama"), row)
        behalf_errors.labels["written_at"] = behalf_errors.labels["official"]  # one line under the row
        behalf_errors.widgets["written_at"] = self.written_at
        column.addWidget(self.behalf_box)
        self.behalf_box.setVisible(self.can_transcribe)
        if self.can_transcribe and not own_allowed:
            # This user only ever types in for an official: the mode is the only one.
            self.transcribe.setChecked(True)
            self.transcribe.setEnabled(False)

        # --- the two checklists side by side ----------------------------------------------
        lists = QHBoxLayout()
        to_box, to_form = _section(self.tr("Diteruskan kepada"))
        self.recipients = QListWidget()
        self.recipients.setObjectName("recipients")
        self.recipients.setMinimumHeight(150)
        self.recipients.setSelectionMode(QListWidget.SelectionMode.NoSelection)  # the ticks say who
        to_errors = FieldErrors(to_form)
        to_errors.add_row("recipients", self.tr("Centang penerima (pejabat, pengguna atau unit):"), self.recipients)
        lists.addWidget(to_box, 1)
        ask_box, ask_form = _section(self.tr("Dengan hormat harap"))
        self.instruction_boxes: list[QCheckBox] = []
        checks = QWidget()
        checks.setObjectName("instructions")
        grid = QGridLayout(checks)
        grid.setContentsMargins(0, 0, 0, 0)
        items = disposition.checklist(db)
        half = (len(items) + 1) // 2
        for i, item in enumerate(items):
            box = QCheckBox(item)
            box.setObjectName(f"instruction_{i}")
            self.instruction_boxes.append(box)
            grid.addWidget(box, i % half, i // half)
        ask_errors = FieldErrors(ask_form)
        ask_errors.add_row("instructions", self.tr("Centang instruksi:"), checks)
        self.other = QLineEdit()
        self.other.setObjectName("instruksi_lain")
        self.other.setPlaceholderText(self.tr("Instruksi lain; pisahkan dengan titik koma"))
        ask_form.addRow(self.tr("Lainnya:"), self.other)
        lists.addWidget(ask_box, 1)
        column.addLayout(lists)

        # --- note, due date, signer -------------------------------------------------------
        bottom = QHBoxLayout()
        note_box, note_form = _section(self.tr("Catatan (petunjuk dan arahan)"))
        note_errors = FieldErrors(note_form)
        self.catatan = QPlainTextEdit()
        self.catatan.setObjectName("catatan")
        self.catatan.setPlaceholderText(self.tr("Petunjuk dan arahan bagi penerima…"))
        self.catatan.setTabChangesFocus(True)
        self.catatan.setFixedHeight(self.catatan.fontMetrics().lineSpacing() * 4 + 14)
        note_errors.add_row("catatan", "", self.catatan)
        due_row = QWidget()
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        self.due = DateField()
        self.due.setObjectName("due_date")
        self.due_hint = QLabel()
        self.due_hint.setObjectName("due_hint")
        due_layout.addWidget(self.due)
        due_layout.addWidget(self.due_hint, 1)
        note_errors.add_row("due_date", self.tr("Batas waktu"), due_row)
        note_errors.widgets["due_date"] = self.due
        bottom.addWidget(note_box, 3)
        sign_box = QGroupBox(self.tr("Penanda tangan"))
        sign_layout = QVBoxLayout(sign_box)
        self.signer = QLabel()
        self.signer.setObjectName("signer")
        self.signer.setTextFormat(Qt.TextFormat.RichText)
        self.signer.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.signer.setWordWrap(True)
        self.signer.setMinimumWidth(240)
        sign_layout.addWidget(self.signer)
        sign_layout.addStretch(1)
        bottom.addWidget(sign_box, 2)
        column.addLayout(bottom)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, scroll, 1)
        self.errors = ErrorPlaces(behalf_errors, to_errors, ask_errors, note_errors)  # type: ignore[assignment]

        self._fill_due()
        self._fill_recipients()
        self._show_signer()
        self.transcribe.toggled.connect(self._mode_changed)
        self.official.currentIndexChanged.connect(self._mode_changed)
        self.due.changed.connect(self._show_hint)
        self.buttons.buttons()[0].setText(self.tr("Simpan Disposisi"))
        self.setMinimumWidth(880)
        screen = self.screen().availableGeometry()
        wanted = body.sizeHint().height() + self.buttons.sizeHint().height() + 60
        self.resize(min(940, screen.width()), min(wanted, screen.height() - 60))
        self.recipients.setFocus()

    # --- the parts at the top ------------------------------------------------------------

    def _letter_box(self) -> QGroupBox:
        r = self.letter
        box = QGroupBox(self.tr("Surat"))
        box.setObjectName("letter_box")
        grid = QGridLayout(box)
        pairs = [
            (self.tr("No. agenda"), r.number, self.tr("Diterima"), tanggal_jam(r.received_at)),
            (self.tr("Nomor surat"), r.nomor_surat, self.tr("Tanggal surat"), tanggal(r.tanggal_surat)),
            (self.tr("Asal"), r.asal, self.tr("Sifat / urgensi"), f"{shown(r.sifat.value)} / {shown(r.urgensi.value)}"),
        ]
        for row, (k1, v1, k2, v2) in enumerate(pairs):
            for col, (k, v) in enumerate(((k1, v1), (k2, v2))):
                key = QLabel(f"<b>{html.escape(k)}:</b>")
                value = QLabel(v)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(key, row, col * 2, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(value, row, col * 2 + 1)
        grid.addWidget(QLabel("<b>" + (html.escape(self.tr("Perihal"))) + ":</b>"), 3, 0, Qt.AlignmentFlag.AlignTop)
        self.perihal = QLabel(r.perihal + (f" — {r.isi_ringkas}" if r.isi_ringkas else ""))
        self.perihal.setObjectName("perihal")
        self.perihal.setWordWrap(True)
        grid.addWidget(self.perihal, 3, 1, 1, 3)
        self.attachment_list = QListWidget()
        self.attachment_list.setObjectName("attachments")
        self.attachment_list.setMaximumHeight(56)
        self.attachment_list.setToolTip(self.tr("Klik dua kali untuk membuka (isi diperiksa dengan SHA-256)"))
        found = attachments.attachments(self.db, r.id)
        for a in found:
            item = QListWidgetItem(f"{a.filename} ({a.size / 1024:,.0f} KB)".replace(",", "."))
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.attachment_list.addItem(item)
        lampiran = self.tr("Lampiran")
        if r.lampiran:
            lampiran += f" ({r.lampiran})"
        grid.addWidget(QLabel(f"<b>{html.escape(lampiran)}:</b>"), 4, 0, Qt.AlignmentFlag.AlignTop)
        if found:
            grid.addWidget(self.attachment_list, 4, 1, 1, 3)
        else:
            self.attachment_list.setVisible(False)
            grid.addWidget(QLabel(self.tr("tidak ada pindaian")), 4, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.attachment_list.itemDoubleClicked.connect(self._open_attachment)
        return box

    def _parent_box(self, p: DispositionRecord) -> QGroupBox:
        box = QGroupBox(self.tr("Disposisi yang diteruskan"))
        box.setObjectName("parent_box")
        text = QLabel()
        text.setObjectName("parent_text")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        asked = "; ".join(p.instructions)
        parts = [
            self.tr("<b>Dari</b> %1 (%2), %3")
            .replace("%1", html.escape(p.signer.jabatan))
            .replace("%2", html.escape(p.signer.nama))
            .replace("%3", tanggal_jam(p.written_at)),
            self.tr("<b>Batas waktu</b> %1").replace("%1", tanggal(p.due_date)),
        ]
        if asked:
            parts.append(self.tr("<b>Instruksi:</b> %1").replace("%1", html.escape(asked)))
        if p.catatan:
            parts.append(self.tr("<b>Catatan:</b> %1").replace("%1", html.escape(p.catatan)))
        text.setText("<br>".join(parts))
        QVBoxLayout(box).addWidget(text)
        return box

    @Slot(QListWidgetItem)
    def _open_attachment(self, item: QListWidgetItem) -> None:
        open_attachment(self, self.db, self.actor, int(item.data(Qt.ItemDataRole.UserRole)))

    # --- modes, choices and the signer -------------------------------------------------------

    def _transcribable_officials(self) -> list[OfficialRecord]:
        """Officials a clerk may type a handwritten disposition in for: for a new one the
        officials with a name (the Kabag first); when passing one on, its official recipients."""
        own = self._own_signer.official_id
        officials = [o for o in read.officials(self.db, active_only=True) if o.nama and o.id != own]
        if self.parent_record is not None:
            wanted = {r.official_id for r in self.parent_record.recipients if r.official_id is not None}
            return [o for o in officials if o.id in wanted]
        officials.sort(key=lambda o: o.lane != "kabag")
        return officials

    def transcribing(self) -> bool:
        return self.transcribe.isChecked()

    def chosen_official(self) -> OfficialRecord | None:
        official_id = self.official.currentData()
        return next((o for o in self._officials if o.id == official_id), None)

    def current_signer(self) -> Signer:
        if self.transcribing():
            o = self.chosen_official()
            if o is not None:
                return Signer(o.nama, o.jabatan, o.nip, o.id)
        return self._own_signer

    def _options(self) -> Sequence[RecipientOption]:
        if not self.transcribing():
            return self._options_own
        o = self.chosen_official()
        return [
            opt
            for opt in self._options_all
            if not (o is not None and opt.ref.kind is RecipientKind.OFFICIAL and opt.ref.ref_id == o.id)
        ]

    def _fill_recipients(self) -> None:
        ticked = {ref.key for ref in self.chosen_recipients()}
        self.recipients.clear()
        groups = {"Pejabat": self.tr("Pejabat"), "Pengguna": self.tr("Pengguna"), "Unit": self.tr("Unit")}
        current = ""
        for option in self._options():
            if option.group != current:
                current = option.group
                header = QListWidgetItem(groups.get(current, current))
                font = QFont(header.font())
                font.setBold(True)
                header.setFont(font)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not ticked, not selected
                self.recipients.addItem(header)
            ref = option.ref
            if ref.kind is RecipientKind.OFFICIAL:
                text = f"{ref.jabatan} — {ref.nama}"
            elif ref.kind is RecipientKind.USER:
                text = f"{ref.nama} ({ref.jabatan})" if ref.jabatan else ref.nama
            else:
                text = ref.nama
            item = QListWidgetItem(text)
            item.setData(REF_ROLE, ref)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if ref.key in ticked else Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
            if self.recipients.currentRow() < 0:
                self.recipients.setCurrentItem(item)

    def _show_signer(self) -> None:
        s = self.current_signer()
        lines = [
            f"<b>{html.escape(s.jabatan)}</b>",
            "<br><span style='color:#888'>" + html.escape(self.tr("(paraf)")) + "</span><br>",
            f"<u>{html.escape(s.nama)}</u>",
            self.tr("NIP %1").replace("%1", html.escape(s.nip)) if s.nip else "",
        ]
        if self.transcribing():
            lines.append(
                "<br><i>"
                + html.escape(self.tr("dicatat oleh %1").replace("%1", self.actor.nama or self.actor.username))
                + "</i>"
            )
        self.signer.setText("<br>".join(line for line in lines if line))

    @Slot()
    def _mode_changed(self) -> None:
        transcribing = self.transcribing()
        self.official.setEnabled(transcribing)
        self.written_at.setEnabled(transcribing)
        self._fill_recipients()
        self._show_signer()

    def _fill_due(self) -> None:
        suggestion = disposition.suggest_due(self.db, self.letter.id, self.today).due_date
        p = self.parent_record
        if p is not None and self.today <= p.due_date < suggestion:
            suggestion = p.due_date  # passing it on: not later than the one above asked
        self.due.set_value(suggestion)
        self._show_hint()

    @Slot()
    def _show_hint(self) -> None:
        try:
            self.due_hint.setText(due_hint(self.today, self.due.value()))
        except ValueError:
            self.due_hint.setText("")  # the field says what is wrong when it is left

    # --- the command --------------------------------------------------------------------

    def chosen_recipients(self) -> list[RecipientRef]:
        refs: list[RecipientRef] = []
        for i in range(self.recipients.count()):
            item = self.recipients.item(i)
            ref = item.data(REF_ROLE)
            if isinstance(ref, RecipientRef) and item.checkState() == Qt.CheckState.Checked:
                refs.append(ref)
        return refs

    def chosen_instructions(self) -> list[str]:
        items = [box.text() for box in self.instruction_boxes if box.isChecked()]
        items += [part.strip() for part in self.other.text().split(";") if part.strip()]
        return items

    def command(self) -> DispositionCommand:
        written_at: datetime | None = None
        official_id: int | None = None
        if self.transcribing():
            official_id = self.official.currentData()
            written_at = self.written_at.checked("written_at")
        cmd = DispositionInput(
            letter_id=self.letter.id,
            recipients=tuple(self.chosen_recipients()),
            instructions=tuple(self.chosen_instructions()),
            catatan=self.catatan.toPlainText(),
            due_date=self.due.checked("due_date"),
            parent_id=self.parent_record.id if self.parent_record else None,
            written_at=written_at,
        )
        return DispositionCommand(cmd, official_id)

    # --- for tests and the keyboard ---------------------------------------------------------

    def tick_recipient(self, text: str, checked: bool = True) -> None:
        """Tick the recipient whose line contains ``text``."""
        for i in range(self.recipients.count()):
            item = self.recipients.item(i)
            if item.data(REF_ROLE) is not None and text in item.text():
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(text)

    def tick_instruction(self, text: str, checked: bool = True) -> None:
        box = next(b for b in self.instruction_boxes if b.text() == text)
        box.setChecked(checked)


__all__ = [
    "DispositionCommand",
    "DispositionDialog",
    "disposition_saver",
    "may_write",
    "open_attachment",
]
