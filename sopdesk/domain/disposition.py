"""Dispositions (disposisi): the Kabag's instructions on an incoming letter, passed down the chain.

Pure Python: the records that cross the layers, the form's input and its validation, the
working-day due date and its hint, and the rule that sets the letter's agenda status.

A disposition has one signer (the official who gives it, with nama, jabatan and NIP), one or
more recipients (users, officials or units), a checklist of instructions plus free text, a note
(catatan: petunjuk dan arahan) and a due date. A recipient re-disposes it down the chain by
writing a child disposition; each recipient's status moves forward only:
belum dibaca -> dibaca -> ditindaklanjuti -> selesai.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from sopdesk.domain.agenda import LetterStatus, Urgensi
from sopdesk.domain.dates import HARI, tanggal
from sopdesk.domain.errors import ValidationError
from sopdesk.domain.validation import check_date, clean_multiline, clean_text


class RecipientKind(StrEnum):
    USER = "pengguna"
    OFFICIAL = "pejabat"
    UNIT = "unit"


class RecipientStatus(StrEnum):
    BELUM_DIBACA = "belum dibaca"
    DIBACA = "dibaca"
    DITINDAKLANJUTI = "ditindaklanjuti"
    SELESAI = "selesai"

    @property
    def rank(self) -> int:
        return _STATUS_ORDER.index(self)

    @property
    def label(self) -> str:
        return self.value.capitalize()


_STATUS_ORDER = (
    RecipientStatus.BELUM_DIBACA,
    RecipientStatus.DIBACA,
    RecipientStatus.DITINDAKLANJUTI,
    RecipientStatus.SELESAI,
)

# --- settings (stored in the database; these are the defaults) -------------------------------

INSTRUCTIONS_KEY = "disposisi_instruksi"
DEFAULT_INSTRUCTIONS: tuple[str, ...] = (
    "Tanggapan dan saran",
    "Proses lebih lanjut",
    "Koordinasi/konfirmasikan",
    "Untuk diketahui",
    "Untuk ditindaklanjuti",
    "Siapkan bahan",
    "Hadiri/wakili",
    "Arsipkan",
)
UNITS_KEY = "disposisi_unit"
# Units a disposition can go to besides people. [unconfirmed] names: edit them in the settings.
DEFAULT_UNITS: tuple[str, ...] = (
    "Subbagian Kelembagaan dan Analisis Jabatan",
    "Subbagian Tata Laksana",
    "Subbagian Pelayanan Publik",
)
DUE_DAYS_KEY = "disposisi_batas_hari"
# Response times by urgency, in working days. [unconfirmed]: Sangat Segera 24 h, Segera 2 x 24 h.
DEFAULT_DUE_DAYS: dict[Urgensi, int] = {Urgensi.BIASA: 5, Urgensi.SEGERA: 2, Urgensi.SANGAT_SEGERA: 1}
# Lanes of the officials offered as recipients (the chain runs down from the Kabag).
RECIPIENT_LANES: tuple[str, ...] = ("kabag", "kasubag")

MAX_RECIPIENTS = 20
MAX_INSTRUCTIONS = 15
MAX_INSTRUCTION = 200
MAX_CATATAN = 2000
MAX_NOTE = 2000


def checklist_from_setting(stored: object) -> tuple[str, ...]:
    """The instruction checklist kept in the settings, or the default one."""
    if isinstance(stored, list):
        items = tuple(clean_text(str(s)) for s in stored if clean_text(str(s)))
        if items:
            return items
    return DEFAULT_INSTRUCTIONS


def units_from_setting(stored: object) -> tuple[str, ...]:
    if isinstance(stored, list):
        return tuple(clean_text(str(s)) for s in stored if clean_text(str(s)))
    return DEFAULT_UNITS


def due_days_from_setting(stored: object) -> dict[Urgensi, int]:
    days = dict(DEFAULT_DUE_DAYS)
    if isinstance(stored, dict):
        for key, value in stored.items():
            try:
                urgensi, n = Urgensi(key), int(value)
            except (ValueError, TypeError):
                continue
            if 0 <= n <= 60:
                days[urgensi] = n
    return days


def match_instruction(text: str, checklist: Sequence[str]) -> str:
    """The checklist's spelling of ``text`` when it is one of its items (any case), else ``text``."""
    text = clean_text(text)
    for item in checklist:
        if item.casefold() == text.casefold():
            return item
    return text


# --- working days (the office calendar's test, or Monday to Friday) --------------------------

WorkingDay = Callable[[date], bool]


def _weekday(day: date) -> bool:
    return day.weekday() < 5


def add_working_days(start: date, n: int, is_working: WorkingDay | None = None) -> date:
    """The date ``n`` working days after ``start``; ``n == 0`` is ``start`` itself, or the next
    working day when ``start`` is not one. ``is_working`` is the office calendar's test
    (holidays and cuti bersama); without it, Monday to Friday.

    The day of ``start`` never counts, working or not: a letter received on a Sunday is due
    five working days later on Friday, as :func:`working_days_between` counts it."""
    working = is_working or _weekday
    day = start
    if n <= 0:
        while not working(day):
            day += timedelta(days=1)
        return day
    remaining = n
    while remaining > 0:
        day += timedelta(days=1)
        if working(day):
            remaining -= 1
    return day


def working_days_between(start: date, end: date, is_working: WorkingDay | None = None) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end <= start``)."""
    working = is_working or _weekday
    count = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if working(day):
            count += 1
    return count


def suggest_due_date(
    start: date,
    urgensi: Urgensi,
    days: Mapping[Urgensi, int] | None = None,
    is_working: WorkingDay | None = None,
) -> date:
    """The due date the form proposes: the letter's urgency in working days from ``start``."""
    table = DEFAULT_DUE_DAYS if days is None else days
    return add_working_days(start, table.get(urgensi, DEFAULT_DUE_DAYS[urgensi]), is_working)


def hari_tanggal_plain(d: date) -> str:
    """ "Jumat 4 Desember 2026" (the hint writes the day without a comma)."""
    return f"{HARI[d.weekday()]} {tanggal(d)}"


def due_hint(start: date, due: date, is_working: WorkingDay | None = None) -> str:
    """The text next to the due date: "5 hari kerja, Jumat 4 Desember 2026"."""
    if due < start:
        return f"lewat {working_days_between(due, start, is_working)} hari kerja, {hari_tanggal_plain(due)}"
    if due == start:
        return f"hari ini, {hari_tanggal_plain(due)}"
    return f"{working_days_between(start, due, is_working)} hari kerja, {hari_tanggal_plain(due)}"


# --- the form's input --------------------------------------------------------------------


@dataclass(frozen=True)
class RecipientRef:
    """One recipient chosen on the form: a user, an official or a unit, with what the sheet shows."""

    kind: RecipientKind
    ref_id: int | None  # user id or official id; None for a unit
    nama: str
    jabatan: str = ""

    @property
    def key(self) -> tuple[str, object]:
        return (self.kind.value, self.ref_id if self.kind is not RecipientKind.UNIT else self.nama.casefold())

    @property
    def label(self) -> str:
        if self.jabatan and self.jabatan != self.nama:
            return f"{self.jabatan} ({self.nama})" if self.kind is RecipientKind.OFFICIAL else self.nama
        return self.nama


@dataclass(frozen=True)
class DispositionInput:
    """What the disposition form (or ``sopdesk disposisi add``) collects.

    ``due_date`` None means the suggestion from the letter's urgency. ``written_at`` is the
    moment on the paper when a handwritten disposition is transcribed; None means now.
    ``parent_id`` is set when a recipient passes a disposition on down the chain.
    """

    letter_id: int
    recipients: tuple[RecipientRef, ...]
    instructions: tuple[str, ...] = ()
    catatan: str = ""
    due_date: date | None = None
    parent_id: int | None = None
    written_at: datetime | None = None


def normalise_disposition(
    cmd: DispositionInput, *, now: datetime, checklist: Sequence[str] = DEFAULT_INSTRUCTIONS
) -> DispositionInput:
    """Trim the text, spell checklist items as the checklist does, and check every rule.

    Rules (messages in Indonesian, per field): at least one recipient and none twice; at least
    one instruction or a note; the due date not before today (for a transcribed disposition:
    not before the day it was written); the written moment not in the future.
    """
    instructions: list[str] = []
    for text in cmd.instructions:
        item = match_instruction(text, checklist)
        if item and item.casefold() not in {i.casefold() for i in instructions}:
            instructions.append(item)
    written_at = (cmd.written_at or now).replace(microsecond=0)
    cmd = replace(
        cmd,
        recipients=tuple(replace(r, nama=clean_text(r.nama), jabatan=clean_text(r.jabatan)) for r in cmd.recipients),
        instructions=tuple(instructions),
        catatan=clean_multiline(cmd.catatan),
        written_at=written_at,
    )
    errors: dict[str, str] = {}
    keys = [r.key for r in cmd.recipients]
    if not cmd.recipients:
        errors["recipients"] = "Pilih minimal satu penerima disposisi."
    elif len(set(keys)) != len(keys):
        twice = next(r for i, r in enumerate(cmd.recipients) if r.key in keys[:i])
        errors["recipients"] = f"{twice.nama} dipilih dua kali."
    elif len(cmd.recipients) > MAX_RECIPIENTS:
        errors["recipients"] = f"Paling banyak {MAX_RECIPIENTS} penerima."
    elif any(not r.nama for r in cmd.recipients):
        errors["recipients"] = "Setiap penerima harus bernama."
    elif any(r.kind is not RecipientKind.UNIT and r.ref_id is None for r in cmd.recipients):
        errors["recipients"] = "Penerima pengguna atau pejabat harus dipilih dari daftar."
    if not cmd.instructions and not cmd.catatan:
        errors["instructions"] = "Centang minimal satu instruksi atau tulis catatan."
    elif len(cmd.instructions) > MAX_INSTRUCTIONS:
        errors["instructions"] = f"Paling banyak {MAX_INSTRUCTIONS} instruksi."
    elif any(len(i) > MAX_INSTRUCTION for i in cmd.instructions):
        errors["instructions"] = f"Setiap instruksi paling panjang {MAX_INSTRUCTION} karakter."
    if len(cmd.catatan) > MAX_CATATAN:
        errors["catatan"] = f"Catatan paling panjang {MAX_CATATAN:,} karakter.".replace(",", ".")
    if written_at > now.replace(microsecond=0):
        errors["written_at"] = "Waktu disposisi tidak boleh di masa depan."
    elif problem := check_date(written_at, "Waktu disposisi", now.date(), future=False):
        errors["written_at"] = problem
    earliest = min(now.date(), written_at.date())
    if cmd.due_date is not None and cmd.due_date < earliest:
        errors["due_date"] = (
            "Batas waktu tidak boleh sebelum hari ini."
            if earliest == now.date()
            else "Batas waktu tidak boleh sebelum tanggal disposisi ditulis."
        )
    elif cmd.due_date is not None and (problem := check_date(cmd.due_date, "Batas waktu", now.date())):
        errors["due_date"] = problem
    if errors:
        raise ValidationError(errors)
    return cmd


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signer:
    """Who gives the disposition, as the sheet prints it (kept as it was when written)."""

    nama: str
    jabatan: str
    nip: str
    official_id: int | None = None
    user_id: int | None = None


@dataclass(frozen=True)
class RecipientRecord:
    id: int
    disposition_id: int
    position: int
    kind: RecipientKind
    user_id: int | None
    official_id: int | None
    nama: str
    jabatan: str
    status: RecipientStatus
    read_at: datetime | None
    followed_up_at: datetime | None
    done_at: datetime | None
    note: str  # the latest follow-up or completion note

    @property
    def status_at(self) -> datetime | None:
        """When the current status was reached (None while unread)."""
        return {
            RecipientStatus.BELUM_DIBACA: None,
            RecipientStatus.DIBACA: self.read_at,
            RecipientStatus.DITINDAKLANJUTI: self.followed_up_at,
            RecipientStatus.SELESAI: self.done_at,
        }[self.status]

    @property
    def label(self) -> str:
        return RecipientRef(self.kind, None, self.nama, self.jabatan).label

    def is_for(self, user_id: int | None, official_id: int | None) -> bool:
        """Is this the entry of the user (directly, or through the official the user is)?"""
        if user_id is not None and self.user_id == user_id:
            return True
        return official_id is not None and self.official_id == official_id


@dataclass(frozen=True)
class DispositionRecord:
    id: int
    letter_id: int
    parent_id: int | None
    parent_recipient_id: int | None  # the parent's recipient entry this one passes on
    signer: Signer
    recorded_by_user_id: int | None
    recorded_by: str  # username of who saved it
    recorded_by_nama: str
    transcribed: bool  # typed in by a clerk on the signer's behalf
    instructions: tuple[str, ...]
    catatan: str
    due_date: date
    written_at: datetime
    withdrawn: bool
    withdraw_reason: str
    withdrawn_at: datetime | None
    recipients: tuple[RecipientRecord, ...]
    version: int = 1

    @property
    def nobody_has_read(self) -> bool:
        return all(r.status is RecipientStatus.BELUM_DIBACA for r in self.recipients)

    @property
    def all_done(self) -> bool:
        return all(r.status is RecipientStatus.SELESAI for r in self.recipients)

    def overdue(self, today: date) -> bool:
        return not self.withdrawn and self.due_date < today and not self.all_done

    def recipient_for(self, user_id: int | None, official_id: int | None) -> RecipientRecord | None:
        return next((r for r in self.recipients if r.is_for(user_id, official_id)), None)

    def content_hash(self) -> str:
        """SHA-256 of what the filled sheet prints; statuses (which move on) are left out."""
        payload = {
            "id": self.id,
            "letter": self.letter_id,
            "signer": [self.signer.nama, self.signer.jabatan, self.signer.nip],
            "recipients": [[r.kind.value, r.nama, r.jabatan] for r in self.recipients],
            "instructions": list(self.instructions),
            "catatan": self.catatan,
            "due": self.due_date.isoformat(),
            "written": self.written_at.isoformat(),
            "withdrawn": self.withdrawn,
        }
        return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class DispositionNode:
    """The chain of a letter as a tree: a disposition and the ones passing it on."""

    disposition: DispositionRecord
    children: tuple[DispositionNode, ...] = ()

    def walk(self, depth: int = 0) -> Iterable[tuple[int, DispositionRecord]]:
        yield depth, self.disposition
        for child in self.children:
            yield from child.walk(depth + 1)


def build_tree(dispositions: Sequence[DispositionRecord]) -> tuple[DispositionNode, ...]:
    """Roots in the order written, each with its re-dispositions beneath it."""
    by_parent: dict[int | None, list[DispositionRecord]] = {}
    ids = {d.id for d in dispositions}
    for d in sorted(dispositions, key=lambda d: (d.written_at, d.id)):
        parent = d.parent_id if d.parent_id in ids else None
        by_parent.setdefault(parent, []).append(d)

    def node(d: DispositionRecord) -> DispositionNode:
        return DispositionNode(d, tuple(node(c) for c in by_parent.get(d.id, [])))

    return tuple(node(d) for d in by_parent.get(None, []))


@dataclass(frozen=True)
class InboxItem:
    """One line of "Disposisi Masuk": the user's entry in a disposition, with its letter."""

    disposition_id: int
    recipient_id: int
    letter_id: int
    letter_number: str
    perihal: str
    asal: str
    nomor_surat: str
    sifat: str
    urgensi: str
    from_nama: str
    from_jabatan: str
    instructions: tuple[str, ...]
    catatan: str
    due_date: date
    written_at: datetime
    status: RecipientStatus
    status_at: datetime | None
    note: str
    overdue: bool
    parent_id: int | None = None

    @property
    def unread(self) -> bool:
        return self.status is RecipientStatus.BELUM_DIBACA


@dataclass(frozen=True)
class InboxSummary:
    """For the navigation's badge: open items, unread ones and overdue ones."""

    open: int = 0
    unread: int = 0
    overdue: int = 0


@dataclass(frozen=True)
class RecipientOption:
    """A choice on the form and a line on the printed sheet."""

    ref: RecipientRef
    group: str  # "Pejabat", "Pengguna", "Unit"


@dataclass(frozen=True)
class DueSuggestion:
    due_date: date
    working_days: int
    hint: str


@dataclass(frozen=True)
class DispositionSheet:
    """What the Lembar Disposisi prints: the letter, the recipient lines and checklist, and the
    disposition (None for the blank sheet). A blank sheet may have no letter at all (every
    letter field empty): the office fills it in by hand."""

    letter_number: str
    asal: str
    nomor_surat: str
    tanggal_surat: date | None
    received_at: datetime | None
    sifat: str
    urgensi: str
    perihal: str
    lampiran: str
    recipient_lines: tuple[tuple[str, bool], ...]  # label, ticked
    instruction_lines: tuple[tuple[str, bool], ...]  # checklist item, ticked
    extra_instructions: tuple[str, ...]  # free text instructions (the "lain-lain" lines)
    catatan: str
    due_date: date | None
    signer: Signer | None
    written_at: datetime | None
    transcribed_by: str  # nama of the clerk who typed a handwritten one in
    place: str
    disposition_id: int | None = None
    withdrawn: bool = False
    withdraw_reason: str = ""
    signer_jabatan: str = "Kepala Bagian Organisasi"  # printed above the blank signature
    signer_pangkat: str = ""  # pangkat/golongan of the signer, from the official's record

    @property
    def blank(self) -> bool:
        return self.disposition_id is None

    @property
    def has_letter(self) -> bool:
        return bool(self.letter_number)


@dataclass(frozen=True)
class HandOver:
    """One row of the Kartu Penerus Disposisi: who passed the letter to whom, when, what for."""

    tanggal: date
    from_nama: str
    to_nama: str
    instruction: str
    due_date: date | None
    status: str


@dataclass(frozen=True)
class RoutingCard:
    letter_number: str
    asal: str
    nomor_surat: str
    tanggal_surat: date
    perihal: str
    from_nama: str  # the first disposition's signer, or "" for a card not yet disposed
    to_nama: str
    instruction: str
    due_date: date | None
    rows: tuple[HandOver, ...] = field(default=())
    received_at: datetime | None = None

    def content_hash(self) -> str:
        payload = json.dumps(
            [
                self.letter_number,
                self.nomor_surat,
                self.perihal,
                self.from_nama,
                self.to_nama,
                self.instruction,
                str(self.due_date),
                [[str(r.tanggal), r.from_nama, r.to_nama, r.instruction, str(r.due_date)] for r in self.rows],
            ],
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# --- the letter's status in the agenda -----------------------------------------------------


def letter_status_for(dispositions: Sequence[DispositionRecord]) -> LetterStatus:
    """The agenda status a letter's dispositions give it.

    - BELUM: no disposition in force (none written, or every one withdrawn);
    - DIDISPOSISI: disposed, and no recipient has followed up yet;
    - DIPROSES: some recipient followed up (passing it on counts) or finished, not all;
    - SELESAI: every recipient of every disposition in force is done.
    """
    active = [d for d in dispositions if not d.withdrawn]
    if not active:
        return LetterStatus.BELUM
    entries = [r for d in active for r in d.recipients]
    if entries and all(r.status is RecipientStatus.SELESAI for r in entries):
        return LetterStatus.SELESAI
    if any(r.status.rank >= RecipientStatus.DITINDAKLANJUTI.rank for r in entries):
        return LetterStatus.DIPROSES
    return LetterStatus.DIDISPOSISI


# --- the chain as the case dossier prints it ------------------------------------------------


def chain_hash(dispositions: Iterable[DispositionRecord]) -> str:
    """SHA-256 of a letter's chain with everything the case dossier prints of it: signer,
    recipients with their status, its time and note, instructions, catatan, due date, who
    transcribed it, and withdrawals. Unlike :meth:`DispositionRecord.content_hash` (the sheet),
    statuses count: a recipient reading or finishing changes what the dossier shows."""
    payload = []
    for d in sorted(dispositions, key=lambda d: d.id):
        payload.append(
            {
                "id": d.id,
                "parent": d.parent_id,
                "signer": [d.signer.nama, d.signer.jabatan, d.signer.nip],
                "written": d.written_at.isoformat(),
                "recipients": [
                    [
                        r.kind.value,
                        r.nama,
                        r.jabatan,
                        r.status.value,
                        None if r.status_at is None else r.status_at.isoformat(),
                        r.note,
                    ]
                    for r in d.recipients
                ],
                "instructions": list(d.instructions),
                "catatan": d.catatan,
                "due": d.due_date.isoformat(),
                "transcribed": [d.transcribed, d.recorded_by, d.recorded_by_nama],
                "withdrawn": [
                    d.withdrawn,
                    d.withdraw_reason,
                    None if d.withdrawn_at is None else d.withdrawn_at.isoformat(),
                ],
            }
        )
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
