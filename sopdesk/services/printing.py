"""Printing records: page setup and letterhead settings, the print log, and verification.

Every print is a service write: it appends an audit event (who printed what, when, and the
record's content hash), whose id goes into the footer and the QR code. ``verify`` later
finds that event and compares the hash with the record as it is now.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sopdesk.domain.agenda import (
    DEFAULT_UNIT,
    NUMBER_PATTERN_KEY,
    UNIT_KEY,
    AgendaQuery,
    LetterRecord,
    SortKey,
    letter_hash,
)
from sopdesk.domain.changes import Changes
from sopdesk.domain.dates import tanggal, tanggal_jam
from sopdesk.domain.disposition import (
    DispositionRecord,
    DispositionSheet,
    HandOver,
    RecipientKind,
    RoutingCard,
    build_tree,
)
from sopdesk.domain.errors import NotFound, ValidationError
from sopdesk.domain.printing import (
    LETTERHEAD_KEY,
    PAGE_SETUP_KEY,
    DocumentKind,
    Letterhead,
    MarkRef,
    PageSetup,
    PrintMark,
    TableDocument,
    page_setup_for,
    validate_letterhead,
    validate_page_setup,
)
from sopdesk.domain.records import Actor
from sopdesk.domain.roles import Permission
from sopdesk.domain.sop import SopDefinition
from sopdesk.domain.validation import clean_text
from sopdesk.services import read
from sopdesk.services.agenda import checked_pattern
from sopdesk.services.master import SCHEMES, set_setting, set_settings
from sopdesk.store.database import Database
from sopdesk.store.uow import UnitOfWork

KINDS = {
    "sop": "sop_version",
    "list": "master_list",
    "letter": "letter",
    "agenda": "agenda_book",
    # dispositions: the filled sheet is a disposition's record, the blank sheet and the card a letter's
    "disposisi": "disposition",
    "disposisi-kosong": "letter",
    "kartu-penerus": "letter",
}
KINDS |= {"case": "sop_case", "sla": "sla_report"}  # Berkas SP (issue 6)
KINDS |= {"distribusi": "sop_case_distribution"}  # Berkas SP: the tanda terima of a distribution
PLACE_KEY = "tempat"
DEFAULT_PLACE = "Tigaraksa"


def page_setup(db: Database, kind: DocumentKind) -> PageSetup:
    return page_setup_for(kind, read.setting(db, PAGE_SETUP_KEY))


def save_page_setup(db: Database, actor: Actor, kind: DocumentKind, setup: PageSetup) -> Changes:
    validate_page_setup(setup)  # one document: its refusals keep their own field names
    return set_setting(db, actor, PAGE_SETUP_KEY, _page_setup_value(db, {kind: setup}))


def _page_setup_value(db: Database, setups: Mapping[DocumentKind, PageSetup]) -> dict[str, Any]:
    """The stored page-setup setting with ``setups`` in it; each refusal is named by its kind
    (``margins_<kind>``)."""
    errors: dict[str, str] = {}
    for kind, setup in setups.items():
        try:
            validate_page_setup(setup)
        except ValidationError as exc:
            errors.update(
                {f"{field}_{kind.value}".replace("margins_mm_", "margins_"): m for field, m in exc.fields.items()}
            )
    if errors:
        raise ValidationError(errors)
    stored = read.setting(db, PAGE_SETUP_KEY)
    value: dict[str, Any] = dict(stored) if isinstance(stored, dict) else {}
    for kind, setup in setups.items():
        value[kind.value] = setup.to_dict()
    return value


def letterhead(db: Database) -> Letterhead:
    stored = read.setting(db, LETTERHEAD_KEY)
    if not isinstance(stored, dict):
        return Letterhead()
    logo = stored.get("logo")
    return Letterhead(
        lines=tuple(str(line) for line in stored.get("lines", Letterhead().lines)),
        logo=base64.b64decode(logo) if isinstance(logo, str) and logo else None,
    )


def save_letterhead(db: Database, actor: Actor, head: Letterhead) -> Changes:
    """Stored in the database, so every seat prints the same kop."""
    return set_setting(db, actor, LETTERHEAD_KEY, _letterhead_value(head))


def _letterhead_value(head: Letterhead) -> dict[str, Any]:
    head = Letterhead(tuple(line.strip() for line in head.lines if line.strip()), head.logo)
    validate_letterhead(head)
    return {
        "lines": list(head.lines),
        "logo": base64.b64encode(head.logo).decode("ascii") if head.logo else "",
        "logo_sha256": hashlib.sha256(head.logo).hexdigest() if head.logo else "",
    }


PRINT_SETTING_KEYS = (LETTERHEAD_KEY, PAGE_SETUP_KEY, NUMBER_PATTERN_KEY, UNIT_KEY)


def save_print_settings(
    db: Database,
    actor: Actor,
    head: Letterhead,
    setups: Mapping[DocumentKind, PageSetup],
    pattern: str,
    unit: str,
    *,
    versions: Mapping[str, int] | None = None,
) -> Changes:
    """Pengaturan › Kop, Kertas dan Nomor in one save: the kop, the paper of every document and
    the agenda number pattern, all or none; every refusal is reported at once, by field."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    checks: tuple[tuple[str, Callable[[], Any]], ...] = (
        (LETTERHEAD_KEY, lambda: _letterhead_value(head)),
        (PAGE_SETUP_KEY, lambda: _page_setup_value(db, setups)),
        (NUMBER_PATTERN_KEY, lambda: checked_pattern(pattern)),
    )
    for key, check in checks:
        try:
            values[key] = check()
        except ValidationError as exc:
            errors.update(exc.fields)
    if errors:
        raise ValidationError(errors)
    values[UNIT_KEY] = clean_text(unit) or DEFAULT_UNIT
    return set_settings(db, actor, values, versions=versions)


@dataclass(frozen=True)
class SopPrint:
    """Everything the SOP document needs, read and logged in one go."""

    sop: SopDefinition
    version_id: int
    mark: PrintMark
    setup: PageSetup
    letterhead: Letterhead


def _log_print(
    db: Database,
    actor: Actor,
    kind: str,
    record_id: str,
    label: str,
    content_hash: str,
    extra: dict[str, Any] | None = None,
) -> PrintMark:
    """Log a print; ``extra`` keeps what the user typed for this print only (it is part of the
    printed content, and ``verify`` reads it back from this event)."""
    now = datetime.now()
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.READ)
        event_id = uow.audit.append_now(
            actor,
            f"print.{kind}",
            KINDS[kind],
            record_id,
            after={
                "label": label,
                "content_hash": content_hash,
                "printed_at": now.isoformat(timespec="seconds"),
                **(extra or {}),
            },
        )
        uow.commit()
    return PrintMark(event_id, kind, record_id, label, content_hash, tanggal_jam(now), actor.nama or actor.username)


def prepare_sop_print(db: Database, actor: Actor, paper: str | None = None) -> SopPrint:
    """The SOP in force, its page setup (``paper`` overrides the setting) and a logged mark."""
    versions = [v for v in read.sop_versions(db) if v.current]
    if not versions:
        raise NotFound("Belum ada SOP dimuat. Jalankan 'sopdesk init'.")
    version = versions[-1]
    sop = read.sop_definition(db, version_id=version.id)
    assert sop is not None
    setup = page_setup(db, DocumentKind.SOP)
    if paper is not None:
        from sopdesk.domain.printing import Paper

        setup = PageSetup(Paper(paper), setup.landscape, setup.margins_mm)
    label = f"SOP {sop.nomor} versi {version.version}"
    mark = _log_print(db, actor, "sop", str(version.id), label, sop.content_hash())
    return SopPrint(sop, version.id, mark, setup, letterhead(db))


@dataclass(frozen=True)
class Verification:
    matches: bool
    message: str


def verify(db: Database, ref: MarkRef | None) -> Verification:
    """Does a printed record (its mark) still match the database?"""
    if ref is None:
        return Verification(False, "Tidak ada tanda SOPDesk pada berkas ini.")
    events = read.audit_events(db, entity=KINDS.get(ref.kind, "-"), entity_id=ref.record_id, limit=10_000)
    event = next((e for e in events if e.id == ref.print_id and e.action == f"print.{ref.kind}"), None)
    if event is None:
        return Verification(False, f"Cetakan no. {ref.print_id} tidak tercatat di basis data ini.")
    current = _current_hash(db, ref.kind, ref.record_id, _logged(event.after))
    if current is None:
        return Verification(False, f"Data {ref.kind} {ref.record_id} tidak ditemukan.")
    if current[:16] != ref.short_hash:
        return Verification(False, f"Isi cetakan no. {ref.print_id} TIDAK cocok dengan data sekarang.")
    return Verification(
        True, f"Cetakan no. {ref.print_id} ({event.actor}, {event.at:%d-%m-%Y %H:%M} UTC) cocok dengan data."
    )


def _logged(after: str | None) -> dict[str, Any]:
    try:
        value = json.loads(after) if after else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _current_hash(db: Database, kind: str, record_id: str, logged: dict[str, Any] | None = None) -> str | None:
    """The content hash a print of this record would carry now; ``logged`` is the print's own
    audit event (what the user typed for that print)."""
    if kind == "sop":
        sop = read.sop_definition(db, version_id=int(record_id)) if record_id.isdigit() else None
        return None if sop is None else sop.content_hash()
    if kind == "list" and record_id in LISTS:
        return list_document(db, record_id).content_hash()
    if kind == "letter" and record_id.isdigit():
        record = read.letter(db, int(record_id))
        return None if record is None else letter_hash(record)
    if kind in DISPOSITION_PRINTS:
        return _disposition_print_hash(db, kind, record_id)
    if kind == "agenda":
        try:
            start, end = (date.fromisoformat(part) for part in record_id.split("_"))
        except ValueError:
            return None
        return agenda_book_document(db, start, end).content_hash()
    if kind in ("case", "sla", "distribusi"):  # Berkas SP (issue 6)
        from sopdesk.services.case_reports import current_hash

        return current_hash(db, kind, record_id, logged or {})
    return None


# --- papers of the agenda book ---------------------------------------------------------------


@dataclass(frozen=True)
class LetterPrint:
    letter: LetterRecord
    mark: PrintMark
    setup: PageSetup
    letterhead: Letterhead
    receiver: tuple[str, str]  # nama, NIP of the user who received and printed it
    place: str


def prepare_letter_print(db: Database, actor: Actor, letter_id: int, kind: DocumentKind) -> LetterPrint:
    """Tanda terima or kartu kendali of one letter, logged with the letter's hash."""
    record = read.letter(db, letter_id)
    if record is None:
        raise NotFound(f"Surat #{letter_id} tidak ditemukan.")
    label = f"{kind.label} {record.number}"
    mark = _log_print(db, actor, "letter", str(record.id), label, letter_hash(record))
    user = next((u for u in read.users(db) if u.id == actor.user_id), None)
    receiver = (user.nama, user.nip) if user else (actor.nama or actor.username, "")
    place = read.setting(db, PLACE_KEY)
    return LetterPrint(
        record,
        mark,
        page_setup(db, kind),
        letterhead(db),
        receiver,
        place if isinstance(place, str) and place else DEFAULT_PLACE,
    )


AGENDA_COLUMNS = (
    ("No. Agenda", 19.0),
    ("Tanggal Terima", 11.0),
    ("Asal Surat", 17.0),
    ("Nomor Surat", 16.0),
    ("Tanggal Surat", 9.0),
    ("Perihal / Isi Ringkas", 28.0),
    ("Lampiran", 8.0),
    ("Diteruskan Kepada", 11.0),
    ("Keterangan", 11.0),
)


def agenda_book_document(db: Database, start: date, end: date) -> TableDocument:
    """The agenda book of letters received from ``start`` to ``end`` (inclusive), voids included."""
    query = AgendaQuery(sort=SortKey.RECEIVED, descending=False, received_from=start, received_to=end)
    ids = read.agenda_ids(db, query)
    rows: list[tuple[str, ...]] = []
    for offset in range(0, len(ids), 1000):
        page = read.letters(db, ids[offset : offset + 1000])
        for letter_id in ids[offset : offset + 1000]:
            r = page[letter_id]
            perihal = r.perihal + (f" — {r.isi_ringkas}" if r.isi_ringkas else "")
            note = f"DIBATALKAN: {r.void_reason}" if r.voided else r.keterangan
            rows.append(
                (
                    r.number,
                    r.received_at.strftime("%d-%m-%Y %H.%M"),
                    r.asal,
                    r.nomor_surat,
                    r.tanggal_surat.strftime("%d-%m-%Y"),
                    perihal,
                    r.lampiran,
                    r.diteruskan_kepada,
                    note,
                )
            )
    period = f"Periode {tanggal(start)} s.d. {tanggal(end)}"
    return TableDocument("Buku Agenda Surat Masuk", period, AGENDA_COLUMNS, tuple(rows))


def prepare_agenda_book(db: Database, actor: Actor, start: date, end: date) -> ListPrint:
    if end < start:
        raise ValidationError.single("end", "Tanggal akhir tidak boleh sebelum tanggal awal.")
    document = agenda_book_document(db, start, end)
    mark = _log_print(
        db,
        actor,
        "agenda",
        f"{start.isoformat()}_{end.isoformat()}",
        f"{document.title}, {document.subtitle}",
        document.content_hash(),
    )
    return ListPrint(document, mark, page_setup(db, DocumentKind.AGENDA_BOOK), letterhead(db))


# --- lists of master data ---------------------------------------------------------------

LISTS = {
    "opd": "Daftar Perangkat Daerah (OPD)",
    "pejabat": "Daftar Pejabat Pemegang Lajur SOP",
    "klasifikasi": "Daftar Kode Klasifikasi Arsip",
}


def _yes(value: bool) -> str:
    return "Ya" if value else "Tidak"


def list_document(db: Database, name: str) -> TableDocument:
    """One of the master-data lists as a printable table (its hash ignores the print date)."""
    today = f"Keadaan per {tanggal(date.today())}"
    columns: tuple[tuple[str, float], ...]
    rows: tuple[tuple[str, ...], ...]
    if name == "opd":
        rows = tuple(
            (str(i), o.nama, o.singkatan, o.jenis, _yes(o.active)) for i, o in enumerate(read.opd_list(db), start=1)
        )
        columns = (("No", 5.0), ("Nama", 52.0), ("Singkatan", 18.0), ("Jenis", 15.0), ("Aktif", 8.0))
    elif name == "pejabat":
        sop = read.sop_definition(db)
        lanes = {lane.code: lane.nama for lane in sop.lanes} if sop else {}
        rows = tuple(
            (str(i), lanes.get(o.lane, o.lane), o.jabatan, o.nama or "(belum diisi)", o.nip, _yes(o.active))
            for i, o in enumerate(read.officials(db), start=1)
        )
        columns = (
            ("No", 5.0),
            ("Lajur SOP", 14.0),
            ("Jabatan", 27.0),
            ("Nama", 27.0),
            ("NIP", 21.0),
            ("Menjabat", 12.0),
        )
    elif name == "klasifikasi":
        rows = tuple(
            (str(i), SCHEMES.get(c.scheme, c.scheme), c.kode, c.uraian, _yes(c.active))
            for i, c in enumerate(read.classification_codes(db), start=1)
        )
        columns = (("No", 5.0), ("Set kode", 30.0), ("Kode", 13.0), ("Uraian", 42.0), ("Aktif", 8.0))
    else:
        raise NotFound(f"Daftar '{name}' tidak dikenal; pilih {', '.join(LISTS)}.")
    return TableDocument(LISTS[name], today, columns, rows)


@dataclass(frozen=True)
class ListPrint:
    document: TableDocument
    mark: PrintMark
    setup: PageSetup
    letterhead: Letterhead


def prepare_list_print(db: Database, actor: Actor, name: str) -> ListPrint:
    document = list_document(db, name)
    mark = _log_print(db, actor, "list", name, document.title, document.content_hash())
    return ListPrint(document, mark, page_setup(db, DocumentKind.LIST), letterhead(db))


# --- dispositions: the Lembar Disposisi (blank or filled) and the Kartu Penerus ----------------

DISPOSITION_PRINTS = ("disposisi", "disposisi-kosong", "kartu-penerus")
BLANK_RECIPIENT_LINES = 2  # empty "diteruskan kepada" lines for a name written by hand


@dataclass(frozen=True)
class DispositionSheetPrint:
    sheet: DispositionSheet
    mark: PrintMark
    setup: PageSetup
    letterhead: Letterhead


@dataclass(frozen=True)
class RoutingCardPrint:
    card: RoutingCard
    mark: PrintMark
    setup: PageSetup
    letterhead: Letterhead


def _place(db: Database) -> str:
    place = read.setting(db, PLACE_KEY)
    return place if isinstance(place, str) and place else DEFAULT_PLACE


def _letter(db: Database, letter_id: int) -> LetterRecord:
    record = read.letter(db, letter_id)
    if record is None:
        raise NotFound(f"Surat #{letter_id} tidak ditemukan.")
    return record


def _sheet_disposition(db: Database, letter: LetterRecord, disposition_id: int | None) -> DispositionRecord:
    if disposition_id is not None:
        record = read.disposition(db, disposition_id)
        if record is None or record.letter_id != letter.id:
            raise NotFound(f"Disposisi #{disposition_id} surat {letter.number} tidak ditemukan.")
        return record
    roots = [d for d in read.dispositions_for_letter(db, letter.id) if d.parent_id is None and not d.withdrawn]
    if not roots:
        raise NotFound(f"Surat {letter.number} belum didisposisi: cetak lembar disposisi kosong.")
    return roots[0]


def disposition_sheet(
    db: Database, letter_id: int, *, disposition_id: int | None = None, blank: bool = False
) -> DispositionSheet:
    """What the Lembar Disposisi prints. Blank: the letter's data, the recipient lines and the
    checklist with empty boxes. Filled: the boxes ticked, the note, due date and signer; by
    default the letter's first disposition in force (``disposition_id`` picks another)."""
    from sopdesk.services.disposition import checklist, recipient_options

    letter = _letter(db, letter_id)
    record = None if blank else _sheet_disposition(db, letter, disposition_id)
    kabag = next((o for o in read.officials(db, lane="kabag", active_only=True)), None)
    own = record.signer.official_id if record else (kabag.id if kabag else None)
    # The sheet lists the officials and units as printed lines; people chosen besides them are
    # added ticked, and the renderer leaves empty lines for names written by hand.
    listed = [
        o.ref
        for o in recipient_options(db)
        if o.ref.kind is not RecipientKind.USER and not (o.ref.kind is RecipientKind.OFFICIAL and o.ref.ref_id == own)
    ]
    chosen = {_line_key(r.kind, r.official_id, r.nama): r for r in record.recipients} if record else {}
    shown = {_line_key(ref.kind, ref.ref_id, ref.nama) for ref in listed}
    lines = [
        (_recipient_line(ref.jabatan, ref.nama, ref.kind), _line_key(ref.kind, ref.ref_id, ref.nama) in chosen)
        for ref in listed
    ]
    lines += [(_recipient_line(r.jabatan, r.nama, r.kind), True) for key, r in chosen.items() if key not in shown]
    items = checklist(db)
    ticked = {i.casefold() for i in record.instructions} if record else set()
    return DispositionSheet(
        letter_number=letter.number,
        asal=letter.asal,
        nomor_surat=letter.nomor_surat,
        tanggal_surat=letter.tanggal_surat,
        received_at=letter.received_at,
        sifat=letter.sifat.value,
        urgensi=letter.urgensi.value,
        perihal=letter.perihal,
        lampiran=letter.lampiran,
        recipient_lines=tuple(lines),
        instruction_lines=tuple((item, item.casefold() in ticked) for item in items),
        extra_instructions=tuple(i for i in record.instructions if i.casefold() not in {x.casefold() for x in items})
        if record
        else (),
        catatan=record.catatan if record else "",
        due_date=record.due_date if record else None,
        signer=record.signer if record else None,
        written_at=record.written_at if record else None,
        transcribed_by=record.recorded_by_nama if record and record.transcribed else "",
        place=_place(db),
        disposition_id=record.id if record else None,
        withdrawn=record.withdrawn if record else False,
        withdraw_reason=record.withdraw_reason if record else "",
        signer_jabatan=(record.signer.jabatan if record else kabag.jabatan if kabag else "")
        or "Kepala Bagian Organisasi",
    )


def _line_key(kind: RecipientKind, official_id: int | None, nama: str) -> tuple[str, object]:
    return (kind.value, official_id if kind is RecipientKind.OFFICIAL else nama.casefold())


def _recipient_line(jabatan: str, nama: str, kind: RecipientKind) -> str:
    if kind is RecipientKind.OFFICIAL and jabatan:
        return f"{jabatan} ({nama})"
    if kind is RecipientKind.USER and jabatan:
        return f"{nama}, {jabatan}"
    return nama


def prepare_disposition_sheet(
    db: Database, actor: Actor, letter_id: int, *, disposition_id: int | None = None, blank: bool = False
) -> DispositionSheetPrint:
    """The Lembar Disposisi with its logged print mark (see :func:`disposition_sheet`)."""
    sheet = disposition_sheet(db, letter_id, disposition_id=disposition_id, blank=blank)
    letter = _letter(db, letter_id)
    if sheet.disposition_id is None:
        label = f"Lembar Disposisi (kosong) {sheet.letter_number}"
        mark = _log_print(db, actor, "disposisi-kosong", str(letter_id), label, letter_hash(letter))
    else:
        label = f"Lembar Disposisi {sheet.letter_number} no. {sheet.disposition_id}"
        content = _disposition_print_hash(db, "disposisi", str(sheet.disposition_id))
        assert content is not None
        mark = _log_print(db, actor, "disposisi", str(sheet.disposition_id), label, content)
    return DispositionSheetPrint(sheet, mark, page_setup(db, DocumentKind.DISPOSITION_SHEET), letterhead(db))


def routing_card(db: Database, letter_id: int) -> RoutingCard:
    """The Kartu Penerus Disposisi: the letter, its first disposition, and one row per hand-over
    (each recipient of each disposition in force, in the order written)."""
    letter = _letter(db, letter_id)
    active = [d for d in read.dispositions_for_letter(db, letter_id) if not d.withdrawn]
    rows: list[HandOver] = []
    for node in build_tree(active):
        for _depth, d in node.walk():
            instruction = "; ".join([*d.instructions, *([d.catatan] if d.catatan else [])])
            for r in d.recipients:
                rows.append(
                    HandOver(d.written_at.date(), d.signer.nama, r.label, instruction, d.due_date, r.status.value)
                )
    first = next((d for d in active if d.parent_id is None), None)
    return RoutingCard(
        letter_number=letter.number,
        asal=letter.asal,
        nomor_surat=letter.nomor_surat,
        tanggal_surat=letter.tanggal_surat,
        perihal=letter.perihal,
        received_at=letter.received_at,
        from_nama=f"{first.signer.jabatan} ({first.signer.nama})" if first else "",
        to_nama=", ".join(r.label for r in first.recipients) if first else "",
        instruction="; ".join([*first.instructions, *([first.catatan] if first.catatan else [])]) if first else "",
        due_date=first.due_date if first else None,
        rows=tuple(rows),
    )


def prepare_routing_card(db: Database, actor: Actor, letter_id: int) -> RoutingCardPrint:
    card = routing_card(db, letter_id)
    content = _disposition_print_hash(db, "kartu-penerus", str(letter_id))
    assert content is not None
    mark = _log_print(
        db, actor, "kartu-penerus", str(letter_id), f"Kartu Penerus Disposisi {card.letter_number}", content
    )
    return RoutingCardPrint(card, mark, page_setup(db, DocumentKind.ROUTING_CARD), letterhead(db))


def _disposition_print_hash(db: Database, kind: str, record_id: str) -> str | None:
    """The content hash of a disposition print as the database holds it now."""
    if not record_id.isdigit():
        return None
    if kind == "disposisi":
        record = read.disposition(db, int(record_id))
        letter = read.letter(db, record.letter_id) if record else None
        if record is None or letter is None:
            return None
        return hashlib.sha256((letter_hash(letter) + record.content_hash()).encode("ascii")).hexdigest()
    letter = read.letter(db, int(record_id))
    if letter is None:
        return None
    if kind == "disposisi-kosong":
        return letter_hash(letter)
    card = routing_card(db, letter.id)
    return hashlib.sha256((letter_hash(letter) + card.content_hash()).encode("ascii")).hexdigest()
