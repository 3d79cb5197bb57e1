"""The Standar Pelayanan of a Berkas SP on screen: the editor (one layanan at a time, the
fourteen components in their two parts and the Maklumat, each with its completeness), the
word-by-word comparison of two versions, the SK and Berita Acara data, the copy-ready SIPP
view, the Word import, and the SP's papers.

Dialogs collect, services decide: every save goes to :mod:`sopdesk.services.sp` with the
version the screen was based on; a refusal (a newer version saved elsewhere, a step past 4, a
signed SP) is shown on the panel and what was typed stays in the editor.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sopdesk.domain.changes import Changes, Kind
from sopdesk.domain.dates import tanggal_jam
from sopdesk.domain.errors import DomainError, ValidationError
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission, allowed
from sopdesk.domain.sp import (
    COMPONENTS,
    MAKLUMAT,
    SECTIONS,
    Completeness,
    Fix,
    Part,
    Review,
    SectionCheck,
    Shape,
    SpContent,
    check_section_text,
    check_sections,
    compare,
    component,
    layanan_key,
    plain_text,
    section_label,
)
from sopdesk.domain.sp_papers import Decree, Fkp, Participant, Signer, SpDocument
from sopdesk.services import sp as sp_service
from sopdesk.store.database import Database
from sopdesk.ui import forms
from sopdesk.ui.dialogs import RecordDialog
from sopdesk.ui.operations import failure_message, run_op
from sopdesk.ui.windows import Dialog, forget_when_closed, own_widgets

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_MARK = {Completeness.LENGKAP: "✓", Completeness.KURANG: "!", Completeness.KOSONG: "○"}
STATUS_COLOUR = {Completeness.LENGKAP: "#2e7d32", Completeness.KURANG: "#c77700", Completeness.KOSONG: "#8a8a8a"}
SHAPE_HINT = {
    Shape.TEXT: "Teks bebas; baris yang diawali '- ' menjadi butir.",
    Shape.LIST: "Satu butir per baris, diawali '- '; dua spasi di depan untuk sub-butir.",
    Shape.STEPS: "Satu langkah per baris: '- Kegiatan | 15 menit'. Baris pertama tanpa '- ' menjadi pengantar.",
    Shape.DURATION: "Angka dan satuan di baris pertama: '3 hari kerja', '60 menit'; keterangan di baris berikutnya.",
    Shape.FEE: "'Tidak dipungut biaya', atau '- Retribusi | Rp 50.000'; dasar hukumnya: 'Dasar: Perda ...'.",
    Shape.CHANNELS: "Satu saluran per baris: '- Telepon: (021) 5991234', '- E-mail: ...', "
    "'- SP4N-LAPOR!: www.lapor.go.id'.",
}
DEL_STYLE = "background:#f6c9c9; text-decoration:line-through;"
INS_STYLE = "background:#c9ecc9;"


def _e(text: object) -> str:
    return html.escape(str(text))


def review_html(reviews: Sequence[Review], *, heading: str = "Standar pelayanan") -> str:
    """For the step-5 validation and the step-6/7 approvals: per layanan, what is missing, what
    changed since the previous submission, and the fixes a return asked for."""
    if not reviews:
        return ""
    parts = [f"<b>{_e(heading)}</b>"]
    for r in reviews:
        lines = []
        if r.version == 0:
            lines.append("<span style='color:#b3261e'>belum ada isi</span>")
        else:
            missing = r.missing
            if missing:
                names = ", ".join(_e(section_label(c.section)) for c in missing)
                lines.append(f"<span style='color:#b3261e'>belum lengkap: {names}</span>")
            else:
                lines.append("<span style='color:#2e7d32'>semua komponen dan maklumat lengkap</span>")
            if r.previous_version is not None:
                changed = r.changed
                if changed:
                    names = ", ".join(_e(section_label(c.section)) for c in changed)
                    lines.append(f"berubah sejak versi {r.previous_version}: {names}")
                else:
                    lines.append(f"tidak berubah sejak versi {r.previous_version}")
        for status in r.fixes:
            mark = "✓ sudah diubah" if status.changed else "✗ belum diubah"
            lines.append(f"diminta diperbaiki: {_e(status.fix.describe())} — {mark}")
        version = f"versi {r.version}" if r.version else ""
        parts.append(f"<br><u>{_e(r.layanan)}</u> {version}<br>&nbsp;&nbsp;" + "<br>&nbsp;&nbsp;".join(lines))
    return "".join(parts)


def diff_html(old: SpContent, new: SpContent, *, only_changed: bool = True) -> str:
    """Component by component, the newer text against the older, word by word."""
    out = []
    for change in compare(old, new):
        if only_changed and not change.changed:
            continue
        body = []
        for segment in change.segments:
            text = _e(segment.text)
            if segment.op == "-":
                body.append(f"<span style='{DEL_STYLE}'>{text}</span>")
            elif segment.op == "+":
                body.append(f"<span style='{INS_STYLE}'>{text}</span>")
            else:
                body.append(text)
        state = "berubah" if change.changed else "sama"
        out.append(
            f"<h4>{_e(change.label)} <small>({state})</small></h4>"
            f"<div style='white-space:pre-wrap'>{''.join(body) or '<i>(kosong)</i>'}</div>"
        )
    return "".join(out) or "<p>Tidak ada perbedaan.</p>"


class SpPanel(QWidget):
    """The editor tab of a Berkas SP."""

    print_requested = Signal(str, object)  # title, renderer (ui.documents)
    message = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sp_panel")
        self.db = db
        self.actor = actor
        self.case_id: int | None = None
        self.view: sp_service.SpCaseView | None = None
        self.layanan: str | None = None
        self.section: int = 1
        self.drafts: dict[tuple[str, int], str] = {}  # (layanan key, section) -> text typed, not saved
        self.based_on: dict[str, int] = {}  # layanan key -> the version the drafts are based on
        self.dialog: QDialog | None = None
        self._loading = False
        self._saving = False

        self.layanan_box = QComboBox()
        self.layanan_box.setObjectName("sp_layanan")
        self.layanan_box.setMinimumWidth(260)
        self.version_label = QLabel()
        self.version_label.setObjectName("sp_version")
        self.import_button = QPushButton(self.tr("Impor Word…"))
        self.import_button.setToolTip(self.tr("Impor rancangan OPD dari berkas .docx (tabel NO | KOMPONEN | URAIAN)"))
        self.import_button.setObjectName("sp_import")
        self.compare_button = QPushButton(self.tr("Bandingkan…"))
        self.compare_button.setToolTip(self.tr("Bandingkan dua versi kata demi kata, per komponen"))
        self.compare_button.setObjectName("sp_compare")
        self.document_button = QPushButton(self.tr("SK dan BA…"))
        self.document_button.setToolTip(self.tr("Data SK penetapan dan Berita Acara Forum Konsultasi Publik"))
        self.document_button.setObjectName("sp_document")
        self.sipp_button = QPushButton(self.tr("SIPP…"))
        self.sipp_button.setObjectName("sp_sipp")
        self.print_button = QToolButton()
        self.print_button.setObjectName("sp_print")
        self.print_button.setText(self.tr("Cetak"))
        self.print_button.setMinimumWidth(self.print_button.fontMetrics().horizontalAdvance("Cetak") + 30)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        for kind, label in (
            ("sp-sk", self.tr("SK Standar Pelayanan dan lampiran")),
            ("maklumat", self.tr("Maklumat Pelayanan")),
            ("ba-fkp", self.tr("Berita Acara Forum Konsultasi Publik")),
            ("buku-laporan", self.tr("Buku Laporan SP")),
        ):
            action = menu.addAction(label)
            action.setObjectName(f"print_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind, t=label: self.print_paper(k, t))
        self.print_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Jenis layanan:")))
        top.addWidget(self.layanan_box, 1)
        for widget in (
            self.import_button,
            self.compare_button,
            self.document_button,
            self.sipp_button,
            self.print_button,
        ):
            top.addWidget(widget)
        self.version_label.setStyleSheet("color:#444;")

        self.banner = QLabel()
        self.banner.setObjectName("sp_banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet("background:#fff4d6; border:1px solid #e0c070; padding:2px 4px;")
        small = QFont(self.banner.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.92))
        self.banner.setFont(small)

        self.sections = QListWidget()
        self.sections.setObjectName("sp_sections")
        self.sections.setMinimumWidth(270)
        self.sections.setWordWrap(True)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_title = QLabel()
        self.section_title.setObjectName("sp_section_title")
        font = QFont(self.section_title.font())
        font.setBold(True)
        self.section_title.setFont(font)
        self.hint = QLabel()
        self.hint.setObjectName("sp_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#555;")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("sp_editor")
        self.problems = QLabel()
        self.problems.setObjectName("sp_problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        self.preview = QLabel()
        self.preview.setObjectName("sp_preview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setStyleSheet("background:#fafafa; border:1px solid #ddd; padding:4px;")
        self.status = QLabel()
        self.status.setObjectName("sp_status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color:#b00020;")
        self.save_button = QPushButton(self.tr("Simpan versi baru (Ctrl+S)"))
        self.save_button.setObjectName("sp_save")
        self.revert_button = QPushButton(self.tr("Batalkan perubahan"))
        self.revert_button.setObjectName("sp_revert")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.section_title)
        right_layout.addWidget(self.hint)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.problems)
        below_layout.addWidget(QLabel(self.tr("Seperti tercetak di lampiran SK:")))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        below_layout.addWidget(scroll, 1)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        editing = QSplitter(Qt.Orientation.Vertical)
        editing.addWidget(self.editor)
        editing.addWidget(below)
        editing.setStretchFactor(0, 3)
        editing.setStretchFactor(1, 2)
        editing.setChildrenCollapsible(False)
        right_layout.addWidget(editing, 1)
        right_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.sections)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.version_label)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

        self.layanan_box.currentIndexChanged.connect(self._layanan_changed)
        self.sections.currentRowChanged.connect(self._section_changed)
        self.editor.textChanged.connect(self._typed)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.import_button.clicked.connect(self.import_word)
        self.compare_button.clicked.connect(self.open_compare)
        self.document_button.clicked.connect(self.open_document)
        self.sipp_button.clicked.connect(self.open_sipp)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.set_case(None)

    # --- loading ------------------------------------------------------------------------------

    def set_case(self, case_id: int | None) -> None:
        if case_id != self.case_id:
            self.drafts.clear()
            self.based_on.clear()
            self.layanan = None
            self.section = 1
        self.case_id = case_id
        self.reload()

    def reload(self) -> None:
        """Read the case's SP again; what was typed and not saved stays (based on its version)."""
        self.status.clear()
        if self.case_id is None:
            self.view = None
            self._loading = True
            self.layanan_box.clear()
            self.sections.clear()
            self.editor.clear()
            self._loading = False
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self.view = sp_service.sp_case_view(self.db, self.case_id)
        names = [item.layanan for item in self.view.layanan]
        self._loading = True
        self.layanan_box.clear()
        for name in names:
            self.layanan_box.addItem(name, name)
        if self.layanan not in names:
            self.layanan = names[0] if names else None
        if self.layanan is not None:
            self.layanan_box.setCurrentIndex(names.index(self.layanan))
        self._loading = False
        self._show_layanan()

    def item(self) -> sp_service.LayananView | None:
        if self.view is None or self.layanan is None:
            return None
        return self.view.of(self.layanan)

    def _key(self) -> str:
        return layanan_key(self.layanan or "")

    def editable(self) -> bool:
        return self.view is not None and self.view.refusal is None and allowed(self.actor.role, Permission.EDIT_SP)

    def _show_layanan(self) -> None:
        item = self.item()
        if item is None or self.view is None:
            return
        key = self._key()
        if not any(k == key for k, _ in self.drafts):
            self.based_on[key] = item.record.version
        versions = item.versions
        label = (
            self.tr("Versi %1 · %2 · %3 · lengkap %4 dari 15")
            .replace("%1", str(item.record.version))
            .replace("%2", versions[-1].pass_label if versions else self.tr("belum diisi"))
            .replace("%3", tanggal_jam(versions[-1].saved_at) if versions else "-")
            .replace("%4", str(item.complete_count))
        )
        if item.record.signed_version:
            label += self.tr(" · ditandatangani (versi %1)").replace("%1", str(item.record.signed_version))
        self.version_label.setText(label)
        banner = []
        if self.view.refusal:
            banner.append(_e(self.view.refusal))
        elif not allowed(self.actor.role, Permission.EDIT_SP):
            banner.append(_e(self.tr("Peran Anda hanya dapat membaca standar pelayanan.")))
        for status in item.fixes:
            mark = self.tr("sudah diubah") if status.changed else self.tr("belum diubah")
            banner.append(
                _e(self.tr("Diminta diperbaiki: %1 (%2)").replace("%1", status.fix.describe()).replace("%2", mark))
            )
        if self.view.last_return is not None and item.fixes:
            banner.insert(
                0, "<b>" + _e(self.tr("Dikembalikan: %1").replace("%1", self.view.last_return.reason)) + "</b>"
            )
        self.banner.setText("<br>".join(banner))
        self.banner.setVisible(bool(banner))
        writable = self.editable()
        self.editor.setReadOnly(not writable)
        self.editor.setStyleSheet("" if writable else "QPlainTextEdit { background: #f3f3f3; }")
        self.save_button.setVisible(writable)
        self.revert_button.setVisible(writable)
        self.import_button.setEnabled(writable)
        self.compare_button.setEnabled(len(versions) >= 1)
        self.document_button.setEnabled(True)
        self.sipp_button.setEnabled(True)
        self._fill_sections()

    def content(self) -> SpContent:
        """The layanan's content with what was typed applied (for the live check and preview)."""
        item = self.item()
        content = item.content if item else SpContent()
        key = self._key()
        for (k, no), text in self.drafts.items():
            if k != key:
                continue
            try:
                content = content.with_section(no, check_section_text(no, text))
            except ValidationError:
                continue
        return content

    def checks(self) -> dict[int, SectionCheck]:
        return {c.section: c for c in check_sections(self.content())}

    def _fill_sections(self) -> None:
        checks = self.checks()
        self._loading = True
        self.sections.clear()
        for part in Part:
            head = QListWidgetItem(f"{part.letter}. {part.label}")
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(self.sections.font())
            font.setBold(True)
            head.setFont(font)
            self.sections.addItem(head)
            for c in COMPONENTS:
                if c.part is part:
                    self.sections.addItem(self._section_item(c.no, checks[c.no]))
        head = QListWidgetItem(self.tr("Maklumat"))
        head.setFlags(Qt.ItemFlag.NoItemFlags)
        self.sections.addItem(head)
        self.sections.addItem(self._section_item(MAKLUMAT, checks[MAKLUMAT]))
        self._loading = False
        self.select_section(self.section)

    def _section_item(self, no: int, check: SectionCheck) -> QListWidgetItem:
        dirty = (self._key(), no) in self.drafts
        text = f"{STATUS_MARK[check.status]} {section_label(no)}" + (" *" if dirty else "")
        item = QListWidgetItem(text)
        item.setData(SECTION_ROLE, no)
        item.setForeground(QBrush(QColor(STATUS_COLOUR[check.status])))
        tips = [check.status.label] + [p.message for p in check.problems if check.status is not Completeness.KOSONG]
        item.setToolTip("\n".join(tips))
        return item

    def row_of(self, no: int) -> int:
        for row in range(self.sections.count()):
            if self.sections.item(row).data(SECTION_ROLE) == no:
                return row
        return -1

    def select_section(self, no: int) -> None:
        row = self.row_of(no)
        if row >= 0:
            self.sections.setCurrentRow(row)
            self._show_section(no)

    def section_status(self, no: int) -> Completeness:
        return self.checks()[no].status

    @Slot(int)
    def _layanan_changed(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self.layanan = self.layanan_box.itemData(index)
        self._show_layanan()

    @Slot(int)
    def _section_changed(self, row: int) -> None:
        if self._loading or row < 0:
            return
        no = self.sections.item(row).data(SECTION_ROLE)
        if isinstance(no, int):
            self._show_section(no)

    def _show_section(self, no: int) -> None:
        self.section = no
        item = self.item()
        if item is None:
            return
        if no == MAKLUMAT:
            self.section_title.setText(self.tr("Maklumat pelayanan"))
            self.hint.setText(
                self.tr("Janji penyelenggara yang dipajang di tempat pelayanan, ditandatangani kepala unit.")
            )
        else:
            c = component(no)
            self.section_title.setText(f"{c.no}. {c.nama} ({c.part.label.lower()})")
            self.hint.setText(f"{c.uraian}\n{self.tr(SHAPE_HINT[c.shape])}")
        text = self.drafts.get((self._key(), no), item.content.section_text(no))
        self._loading = True
        self.editor.setPlainText(text)
        self._loading = False
        self._show_check(no)

    def _show_check(self, no: int) -> None:
        check = self.checks()[no]
        lines = []
        for p in check.problems:
            colour = "#555" if p.advice else "#b3261e"
            lines.append(f"<span style='color:{colour}'>{'Saran' if p.advice else '•'} {_e(p.message)}</span>")
        colour = STATUS_COLOUR[check.status]
        self.problems.setText(f"<b style='color:{colour}'>{_e(check.status.label)}</b><br>" + "<br>".join(lines))
        content = self.content()
        self.preview.setText(content.maklumat if no == MAKLUMAT else plain_text(no, content.get(no)) or "-")
        row = self.row_of(no)
        if row >= 0:
            replacement = self._section_item(no, check)
            current = self.sections.item(row)
            current.setText(replacement.text())
            current.setForeground(replacement.foreground())
            current.setToolTip(replacement.toolTip())

    @Slot()
    def _typed(self) -> None:
        if self._loading or self.item() is None:
            return
        item = self.item()
        assert item is not None
        text = self.editor.toPlainText()
        key = (self._key(), self.section)
        if text == item.content.section_text(self.section):
            self.drafts.pop(key, None)
        else:
            self.drafts[key] = text
        self._show_check(self.section)

    def dirty(self) -> bool:
        return any(k == self._key() for k, _ in self.drafts)

    # --- writing ----------------------------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        """All components typed for this layanan as one new version, based on the version they
        were typed on (a newer one saved elsewhere refuses it; what was typed stays). The save
        runs as an operation (on a worker); False when there is nothing to save."""
        if self.case_id is None or self.layanan is None or not self.dirty() or self.saving:
            return False
        key = self._key()
        texts = {no: text for (k, no), text in self.drafts.items() if k == key}
        db, actor, case_id, layanan, based_on = (
            self.db,
            self.actor,
            self.case_id,
            self.layanan,
            self.based_on.get(key, 0),
        )
        self.status.setStyleSheet("color:#555;")
        self.status.setText(self.tr("Menyimpan…"))
        self.save_button.setEnabled(False)

        def saved(result: sp_service.SpSaved) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.status.clear()
            for no, text in texts.items():
                if self.drafts.get((key, no)) == text:  # typed again meanwhile: that stays
                    del self.drafts[(key, no)]
            self.based_on[key] = result.version
            self.reload()
            self.message.emit(
                self.tr("SP %1 disimpan sebagai versi %2.")
                .replace("%1", result.layanan)
                .replace("%2", str(result.version))
            )

        def refused(exc: BaseException) -> bool:
            self._saving = False
            self.save_button.setEnabled(True)
            self.status.setStyleSheet("color:#b00020;")
            self.status.setText(failure_message(exc))
            return True  # told here; what was typed stays in the editor

        self._saving = True
        run_op(
            self,
            lambda: sp_service.save_sections(db, actor, case_id, layanan, texts, expected_version=based_on),
            saved,
            initiator=self,
            on_failure=refused,
            what=self.tr("Menyimpan standar pelayanan…"),
        )
        return True

    @property
    def saving(self) -> bool:
        return self._saving

    @Slot()
    def revert(self) -> None:
        key = self._key()
        for k in [k for k in self.drafts if k[0] == key]:
            del self.drafts[k]
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        if self.case_id is not None and changes.touches(Kind.SP, Kind.CASE):
            self.reload()

    @Slot()
    def import_word(self, path: str | None = None) -> bool:
        """Choose a .docx, see what it would fill, then import it (a new version per layanan)."""
        if self.case_id is None or self.view is None:
            return False
        if path is None:
            from sopdesk.ui import files

            chosen = files.ask_open(self, files.FileKind.WORD, self.tr("Impor rancangan SP dari Word"))
            if chosen is None:
                return False
            path = str(chosen)
        try:
            plan = sp_service.plan_word_import(self.db, self.case_id, Path(path))
        except DomainError as exc:
            forms.show_error(self, self.tr("Impor Word"), str(exc))
            return False
        dialog = ImportDialog(plan.report(), bool(plan.placed), self)
        self.dialog = dialog
        forget_when_closed(self, "dialog", dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        expected = {
            item.layanan: self.based_on.get(layanan_key(item.layanan), item.record.version)
            for item in self.view.layanan
        }
        db, actor, case_id, source = self.db, self.actor, self.case_id, Path(path)

        def imported(result: sp_service.ImportResult) -> None:
            for item in result.saved:
                for k in [k for k in self.drafts if k[0] == layanan_key(item.layanan)]:
                    del self.drafts[k]
            self.reload()
            forms.show_info(self, self.tr("Impor Word"), "\n".join(result.report()))

        run_op(
            self,
            lambda: sp_service.import_word(db, actor, case_id, source, expected_versions=expected),
            imported,
            initiator=self,
            what=self.tr("Mengimpor rancangan SP…"),
        )
        return True

    @Slot()
    def open_compare(self) -> QDialog | None:
        item = self.item()
        if item is None or not item.versions:
            return None
        dialog = SpCompareDialog(item, self)
        self.dialog = dialog
        forget_when_closed(self, "dialog", dialog)
        dialog.open()
        return dialog

    @Slot()
    def open_document(self) -> QDialog | None:
        if self.view is None or self.case_id is None:
            return None
        case_id, db, actor = self.case_id, self.db, self.actor
        base = self.view.document

        def save(document: SpDocument) -> Changes:
            return sp_service.save_document(db, actor, case_id, document, expected_version=dialog.version)

        dialog = SpDocumentDialog(save, base, self.view.defaults.fkp_groups, self.view.document_refusal, self)
        dialog.initiator = self
        dialog.accepted.connect(self.reload)
        self.dialog = dialog
        forget_when_closed(self, "dialog", dialog)
        dialog.open()
        return dialog

    @Slot()
    def open_sipp(self) -> QDialog | None:
        if self.view is None or self.case_id is None:
            return None
        dialog = SippDialog(self.db, self.actor, self.case_id, self)
        dialog.saved.connect(self.reload)
        self.dialog = dialog
        forget_when_closed(self, "dialog", dialog)
        dialog.open()
        return dialog

    def print_paper(self, kind: str, label: str) -> None:
        if self.case_id is None or self.view is None:
            return
        from sopdesk.ui.documents import sp_paper_renderer

        self.print_requested.emit(f"{label} {self.view.info.number}", sp_paper_renderer(self.case_id, kind))


class ImportDialog(Dialog):
    """What a Word file would fill, before it is imported."""

    def __init__(self, lines: Sequence[str], placeable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sp_import_dialog")
        self.setWindowTitle(self.tr("Impor rancangan SP dari Word"))
        layout = QVBoxLayout(self)
        text = QPlainTextEdit("\n".join(lines))
        text.setObjectName("sp_import_report")
        text.setReadOnly(True)
        layout.addWidget(text)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Setiap jenis layanan yang terisi disimpan sebagai versi baru; "
                    "isi lama tetap ada di versi sebelumnya."
                )
            )
        )
        self.buttons = forms.button_box(self, self.tr("Impor"), self.tr("Batal"))
        self.buttons.buttons()[0].setEnabled(placeable)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 420)


class SpCompareDialog(Dialog):
    """Two versions of one layanan's SP, component by component, word by word."""

    def __init__(self, item: sp_service.LayananView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sp_compare_dialog")
        self.item = item
        self.setWindowTitle(self.tr("Bandingkan versi: %1").replace("%1", item.layanan))
        self.old_box = QComboBox()
        self.old_box.setObjectName("compare_old")
        self.new_box = QComboBox()
        self.new_box.setObjectName("compare_new")
        self.old_box.addItem(self.tr("(kosong)"), 0)
        for v in item.versions:
            label = v.describe()
            self.old_box.addItem(label, v.number)
            self.new_box.addItem(label, v.number)
        newest = item.versions[-1].number
        self.new_box.setCurrentIndex(self.new_box.findData(newest))
        self.old_box.setCurrentIndex(self.old_box.findData(max(0, newest - 1)))
        self.only_changed = QCheckBox(self.tr("Hanya komponen yang berubah"))
        self.only_changed.setObjectName("compare_only_changed")
        self.only_changed.setChecked(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("compare_text")
        self.legend = QLabel(
            f"<span style='{DEL_STYLE}'>{_e(self.tr('dihapus'))}</span> &nbsp; "
            f"<span style='{INS_STYLE}'>{_e(self.tr('ditambahkan'))}</span>"
        )
        form = QFormLayout()
        form.addRow(self.tr("Versi lama"), self.old_box)
        form.addRow(self.tr("Versi baru"), self.new_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.only_changed)
        row.addStretch(1)
        row.addWidget(self.legend)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        for box in (self.old_box, self.new_box):
            box.currentIndexChanged.connect(self.show_diff)
        self.only_changed.toggled.connect(self.show_diff)
        self.resize(900, 640)
        self.show_diff()

    def has_changes(self) -> bool:
        return False  # choosing what to compare is nothing to keep: Esc closes at once

    def set_versions(self, old: int, new: int) -> None:
        self.old_box.setCurrentIndex(self.old_box.findData(old))
        self.new_box.setCurrentIndex(self.new_box.findData(new))
        self.show_diff()

    def _content(self, number: int) -> SpContent:
        return SpContent() if number == 0 else self.item.version(number).content

    @Slot()
    def show_diff(self) -> None:
        old, new = self.old_box.currentData(), self.new_box.currentData()
        if old is None or new is None:
            return
        self.browser.setHtml(
            diff_html(self._content(old), self._content(new), only_changed=self.only_changed.isChecked())
        )

    def changed_sections(self) -> list[int]:
        old, new = self._content(self.old_box.currentData()), self._content(self.new_box.currentData())
        return [c.section for c in compare(old, new) if c.changed]


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _date_text(value: Any) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


class SpDocumentDialog(RecordDialog):
    """The SK (number, date, who sets it, considerations, what it revokes) and the Forum
    Konsultasi Publik (participants by group, results, signers). After signing only the SK's
    number and date can change."""

    def __init__(
        self,
        save: Any,
        document: SpDocument,
        groups: Sequence[str],
        refusal: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("SK dan Berita Acara FKP"), save, parent)
        self.setObjectName("sp_document_dialog")
        self.document = document
        self.version = document.version  # the base a save names; a stale one is refused
        self.groups = tuple(groups)
        d, f = document.decree, document.fkp
        if refusal:
            note = QLabel(refusal)
            note.setWordWrap(True)
            note.setStyleSheet("background:#fff4d6; padding:4px;")
            self.form.addRow(note)
        self.form.addRow(QLabel("<b>" + self.tr("Keputusan (SK) penetapan") + "</b>"))
        self.sk_nomor = self.line("sk_nomor", self.tr("Nomor SK"), d.nomor)
        self.sk_tanggal = self.line("sk_tanggal", self.tr("Tanggal ditetapkan"), _date_text(d.tanggal), "hh-bb-tttt")
        self.sk_tempat = self.line("sk_tempat", self.tr("Ditetapkan di"), d.tempat)
        self.penetap = self._signer("sk_penetap", self.tr("Penetap"), d.penetap)
        self.mencabut = self.line(
            "sk_mencabut", self.tr("Mencabut SK"), d.mencabut, self.tr("kosongkan bila tidak ada")
        )
        self.menimbang = self._text("sk_menimbang", self.tr("Menimbang (satu per baris)"), "\n".join(d.menimbang))
        self.mengingat = self._text("sk_mengingat", self.tr("Mengingat (satu per baris)"), "\n".join(d.mengingat))
        self.form.addRow(QLabel("<b>" + self.tr("Forum Konsultasi Publik") + "</b>"))
        self.fkp_nomor = self.line("fkp_nomor", self.tr("Nomor berita acara"), f.nomor)
        self.fkp_tanggal = self.line("fkp_tanggal", self.tr("Tanggal forum"), _date_text(f.tanggal), "hh-bb-tttt")
        self.fkp_tempat = self.line("fkp_tempat", self.tr("Tempat"), f.tempat)
        self.fkp_agenda = self.line("fkp_agenda", self.tr("Agenda"), f.agenda)
        self.participants = QTableWidget(0, 3)
        self.participants.setObjectName("fkp_peserta")
        self.participants.setHorizontalHeaderLabels([self.tr("Kelompok"), self.tr("Nama"), self.tr("Instansi/asal")])
        self.participants.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.participants.setMinimumHeight(150)
        for p in f.participants:
            self.add_participant(p)
        add = QPushButton(self.tr("Tambah peserta"))
        add.setObjectName("fkp_add")
        add.clicked.connect(lambda: self.add_participant(None))
        remove = QPushButton(self.tr("Hapus baris"))
        remove.clicked.connect(lambda: self.participants.removeRow(self.participants.currentRow()))
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.participants)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        box.addLayout(row)
        self.errors.add_row("fkp_peserta", self.tr("Peserta"), holder)
        self.hasil = self._text("fkp_hasil", self.tr("Hasil (satu per baris)"), f.hasil)
        self.pimpinan = self._signer("fkp_pimpinan", self.tr("Pimpinan forum"), f.pimpinan)
        self.wakil = self._signer("fkp_wakil", self.tr("Wakil peserta"), f.wakil)
        self.setMinimumWidth(760)

    def _text(self, name: str, label: str, value: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setObjectName(name)
        edit.setMaximumHeight(90)
        self.errors.add_row(name, label, edit)
        return edit

    def _signer(self, prefix: str, label: str, signer: Signer) -> dict[str, QLineEdit]:
        edits = {}
        row = QHBoxLayout()
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        for key, placeholder, value in (
            ("jabatan", self.tr("jabatan"), signer.jabatan),
            ("nama", self.tr("nama"), signer.nama),
            ("nip", self.tr("NIP"), signer.nip),
            ("pangkat", self.tr("pangkat/golongan"), signer.pangkat),
        ):
            edit = QLineEdit(value)
            edit.setObjectName(f"{prefix}_{key}")
            edit.setPlaceholderText(placeholder)
            row.addWidget(edit, 2 if key in ("jabatan", "nama") else 1)
            edits[key] = edit
        self.errors.add_row(f"{prefix}_nip", label, holder)
        return edits

    def add_participant(self, person: Participant | None) -> None:
        row = self.participants.rowCount()
        self.participants.insertRow(row)
        box = QComboBox()
        box.setEditable(True)
        box.addItems(list(self.groups))
        if person is not None:
            box.setCurrentText(person.kelompok)
        self.participants.setCellWidget(row, 0, box)
        self.participants.setItem(row, 1, QTableWidgetItem(person.nama if person else ""))
        self.participants.setItem(row, 2, QTableWidgetItem(person.instansi if person else ""))

    def _date(self, edit: QLineEdit, field: str) -> Any:
        from sopdesk.domain.agenda import parse_tanggal

        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_tanggal(text)
        except ValueError as exc:
            raise ValidationError.single(field, str(exc)) from None

    def command(self) -> SpDocument:
        def signer(edits: dict[str, QLineEdit]) -> Signer:
            return Signer(*(edits[k].text() for k in ("jabatan", "nama", "nip", "pangkat")))

        people = []
        for row in range(self.participants.rowCount()):
            box = self.participants.cellWidget(row, 0)
            kelompok = box.currentText() if isinstance(box, QComboBox) else ""
            nama = self.participants.item(row, 1)
            instansi = self.participants.item(row, 2)
            people.append(Participant(kelompok, nama.text() if nama else "", instansi.text() if instansi else ""))
        decree = Decree(
            nomor=self.sk_nomor.text(),
            tanggal=self._date(self.sk_tanggal, "sk_tanggal"),
            tempat=self.sk_tempat.text(),
            penetap=signer(self.penetap),
            menimbang=_lines(self.menimbang.toPlainText()),
            mengingat=_lines(self.mengingat.toPlainText()),
            mencabut=self.mencabut.text(),
        )
        fkp = Fkp(
            nomor=self.fkp_nomor.text(),
            tanggal=self._date(self.fkp_tanggal, "fkp_tanggal"),
            tempat=self.fkp_tempat.text(),
            agenda=self.fkp_agenda.text(),
            participants=tuple(people),
            hasil=self.hasil.toPlainText(),
            pimpinan=signer(self.pimpinan),
            wakil=signer(self.wakil),
        )
        return replace(self.document, decree=decree, fkp=fkp)


class SippDialog(Dialog):
    """Step 10 without retyping: per layanan each field SIPP asks, ready to copy; the SIPP
    description and location to write; the workbook for SIPP's import."""

    saved = Signal()  # the SIPP description or location was saved

    def __init__(self, db: Database, actor: Actor, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sp_sipp_dialog")
        self.db, self.actor, self.case_id = db, actor, case_id
        self.setWindowTitle(self.tr("Isian SIPP"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sipp_tabs")
        self.copied: list[str] = []
        self.status = QLabel()
        self.status.setObjectName("sipp_status")
        self.status.setWordWrap(True)
        export = QPushButton(self.tr("Ekspor lembar kerja SIPP (.xlsx)…"))
        export.setObjectName("sipp_export")
        export.clicked.connect(lambda: self.export())
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(export)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.fields: dict[str, dict[str, QWidget]] = {}
        self.copy_buttons: dict[str, dict[str, QPushButton]] = {}
        self.save_buttons: dict[str, QPushButton] = {}
        self.tabs.currentChanged.connect(self._default_button)
        self.resize(880, 680)
        self.load()

    def load(self) -> None:
        view = sp_service.sp_case_view(self.db, self.case_id)
        self.view = view
        rows = sp_service.sipp_rows(self.db, self.case_id, view)
        from sopdesk.store import sp_queries

        entries = {e.record_id: e for e in sp_queries.sipp_entries(self.db, self.case_id)}
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.fields.clear()
        self.copy_buttons.clear()
        self.save_buttons.clear()
        for item, row in zip(view.layanan, rows, strict=True):
            page = QWidget()
            form = QFormLayout(page)
            entry = entries.get(item.record.id) if item.record.id is not None else None
            if entry is not None:
                note = self.tr("Dimasukkan ke SIPP pada %1 oleh %2 (dari versi %3).")
                note = note.replace("%1", tanggal_jam(entry.entered_at)).replace("%2", entry.entered_by)
                note = note.replace("%3", str(entry.version))
            else:
                note = self.tr("Belum tercatat dimasukkan ke SIPP; menyelesaikan langkah 10 mencatatnya.")
            form.addRow(QLabel("<i>" + _e(note) + "</i>"))
            widgets: dict[str, QWidget] = {}
            fields = view.document.sipp_of(item.layanan)
            for header, value in row.values:
                editable_source = {"Deskripsi Layanan": "deskripsi", "Lokasi": "lokasi"}.get(header)
                if editable_source:
                    stored = getattr(fields, editable_source)
                    edit: QWidget = QPlainTextEdit(stored or value)
                    if editable_source == "deskripsi" and not stored:
                        edit.setToolTip(self.tr("Usulan dari produk dan jangka waktu; ubah bila perlu."))
                else:
                    edit = QPlainTextEdit(value)
                    edit.setReadOnly(True)
                edit.setObjectName(f"sipp_{header}")
                edit.setMaximumHeight(70 if "\n" not in value else 120)
                copy = QPushButton(self.tr("Salin"))
                copy.setObjectName(f"copy_{header}")
                copy.clicked.connect(lambda _checked=False, e=edit, h=header: self.copy(h, e))
                holder = QWidget()
                box = QHBoxLayout(holder)
                box.setContentsMargins(0, 0, 0, 0)
                box.addWidget(edit, 1)
                box.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
                form.addRow(header, holder)
                widgets[header] = edit
                self.copy_buttons.setdefault(item.layanan, {})[header] = copy
            save = QPushButton(self.tr("Simpan deskripsi dan lokasi"))
            save.setObjectName("sipp_save")
            self.save_buttons[item.layanan] = save
            save.setEnabled(allowed(self.actor.role, Permission.EDIT_SP))
            save.clicked.connect(lambda _checked=False, name=item.layanan: self.save(name))
            form.addRow("", save)
            self.fields[item.layanan] = widgets
            self.tabs.addTab(page, item.layanan)
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)
        self._default_button()
        self.remember_state()  # what is saved is nothing to ask about on Esc

    @Slot()
    def _default_button(self, *_args: object) -> None:
        """Enter (Ctrl+Enter in a field) saves the layanan on screen; no other button takes it
        (the export's file dialog must never open from Enter)."""
        current = self.tabs.tabText(self.tabs.currentIndex()) if self.tabs.count() else ""
        for button in own_widgets(self, QPushButton):
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        chosen = self.save_buttons.get(current)
        if chosen is not None and chosen.isEnabled():
            chosen.setDefault(True)

    def value(self, layanan: str, header: str) -> str:
        widget = self.fields[layanan][header]
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else ""

    def copy(self, header: str, edit: QWidget) -> None:
        text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else ""
        QGuiApplication.clipboard().setText(text)
        self.copied.append(header)
        self.status.setText(self.tr("%1 disalin; tempel di isian SIPP.").replace("%1", header))

    def save(self, layanan: str) -> bool:
        db, actor, case_id, version = self.db, self.actor, self.case_id, self.view.document.version
        deskripsi, lokasi = self.value(layanan, "Deskripsi Layanan"), self.value(layanan, "Lokasi")

        def done(_changes: object) -> None:
            self.status.setText(self.tr("Deskripsi dan lokasi %1 disimpan.").replace("%1", layanan))
            self.load()
            self.saved.emit()

        def refused(exc: BaseException) -> bool:
            self.status.setText(failure_message(exc))
            return True

        run_op(
            self,
            lambda: sp_service.save_sipp_fields(
                db, actor, case_id, layanan, deskripsi, lokasi, expected_version=version
            ),
            done,
            initiator=self.parent(),
            on_failure=refused,
        )
        return True

    def export(self, path: str | None = None) -> Path | None:
        if path is None:
            from sopdesk.ui import files

            chosen = files.ask_save(
                self, files.FileKind.EXCEL, self.tr("Ekspor untuk SIPP"), f"SIPP-{self.view.info.number}.xlsx"
            )
            if chosen is None:
                return None
            path = str(chosen)
        target = Path(path)
        db, actor, case_id = self.db, self.actor, self.case_id

        def done(rows: int) -> None:
            self.status.setText(
                self.tr("%1 layanan diekspor ke %2.").replace("%1", str(rows)).replace("%2", str(target))
            )

        def refused(exc: BaseException) -> bool:
            self.status.setText(str(exc) if isinstance(exc, OSError) else failure_message(exc))
            return True

        run_op(self, lambda: sp_service.export_sipp(db, actor, case_id, target), done, on_failure=refused)
        return target


class FixesTree(QTreeWidget):
    """The components a return to step 4 names: per layanan (or for all), with a note each."""

    def __init__(self, layanan: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fixes")
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Komponen yang harus diperbaiki"), self.tr("Catatan")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumHeight(220)
        self.single = len(layanan) <= 1
        groups = [] if self.single else [("", self.tr("Semua jenis layanan"))]
        groups += [(name, name) for name in layanan]
        self.groups: list[tuple[str, QTreeWidgetItem, list[QTreeWidgetItem]]] = []
        for name, label in groups:
            top = QTreeWidgetItem([label])
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.addTopLevelItem(top)
            children = []
            for no in SECTIONS:
                child = QTreeWidgetItem([section_label(no), ""])
                child.setData(0, Qt.ItemDataRole.UserRole, no)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                top.addChild(child)
                children.append(child)
            top.setExpanded(self.single or not name)
            self.groups.append(("" if self.single else name, top, children))

    def check(self, section: int, layanan: str = "", note: str = "") -> None:
        for name, _top, children in self.groups:
            if self.single or name == layanan:
                for child in children:
                    if child.data(0, Qt.ItemDataRole.UserRole) == section:
                        child.setCheckState(0, Qt.CheckState.Checked)
                        child.setText(1, note)

    def fixes(self) -> tuple[Fix, ...]:
        out = []
        for name, _top, children in self.groups:
            for child in children:
                if child.checkState(0) == Qt.CheckState.Checked:
                    out.append(Fix(int(child.data(0, Qt.ItemDataRole.UserRole)), name, child.text(1)))
        return tuple(out)


__all__ = ["FixesTree", "SippDialog", "SpCompareDialog", "SpDocumentDialog", "SpPanel", "diff_html", "review_html"]
