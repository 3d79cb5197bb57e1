"""Printing records: page setup and letterhead settings, and what each printed record shows.

Each ``prepare_*`` reads the record, logs the print (``services/print_log.py``: the audit event
whose id is the print's number, with the fields the paper shows) and returns what the renderer
in ``reports/`` needs. The catalogue (``services/documents.py``) ties each document's prepare,
render and current state together for the CLI, the UI and ``verify``.
"""

from __future__ import annotations

import base64
import hashlib
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
from sopdesk.domain.agenda_book import agenda_book
from sopdesk.domain.changes import Changes
from sopdesk.domain.dates import hari_tanggal, tanggal
from sopdesk.domain.disposition import (
    RECIPIENT_LANES,
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
    ControlCardInfo,
    DocumentKind,
    Letterhead,
    PageSetup,
    PrintMark,
    SignerBlock,
    TableDocument,
    nip_bkn,
    page_setup_for,
    validate_letterhead,
    validate_page_setup,
)
from sopdesk.domain.records import Actor
from sopdesk.domain.sop import SopDefinition
from sopdesk.domain.validation import clean_text
from sopdesk.services import read
from sopdesk.services.agenda import checked_pattern
from sopdesk.services.master import SCHEMES, set_setting, set_settings
from sopdesk.services.print_log import log_print, printer_of
from sopdesk.store.database import Database

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


ADDRESS_FIELDS = ("alamat", "telepon", "laman", "email", "kode_pos")


def letterhead(db: Database) -> Letterhead:
    stored = read.setting(db, LETTERHEAD_KEY)
    if not isinstance(stored, dict):
        return Letterhead()
    logo = stored.get("logo")
    return Letterhead(
        lines=tuple(str(line) for line in stored.get("lines", Letterhead().lines)),
        logo=base64.b64decode(logo) if isinstance(logo, str) and logo else None,
        **{name: str(stored.get(name) or "") for name in ADDRESS_FIELDS},
    )


def save_letterhead(db: Database, actor: Actor, head: Letterhead) -> Changes:
    """Stored in the database, so every seat prints the same kop."""
    return set_setting(db, actor, LETTERHEAD_KEY, _letterhead_value(head))


def _letterhead_value(head: Letterhead) -> dict[str, Any]:
    head = Letterhead(
        tuple(line.strip() for line in head.lines if line.strip()),
        head.logo,
        **{name: " ".join(str(getattr(head, name)).split()) for name in ADDRESS_FIELDS},
    )
    validate_letterhead(head)
    return {
        "lines": list(head.lines),
        "logo": base64.b64encode(head.logo).decode("ascii") if head.logo else "",
        "logo_sha256": hashlib.sha256(head.logo).hexdigest() if head.logo else "",
        **{name: getattr(head, name) for name in ADDRESS_FIELDS},
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


def place(db: Database) -> str:
    """Where the office signs ("Tigaraksa, 5 Desember 2026"): setting ``tempat``."""
    value = read.setting(db, PLACE_KEY)
    return value if isinstance(value, str) and value else DEFAULT_PLACE


_place = place  # the name the case papers import


# --- signer blocks -------------------------------------------------------------------------------


def official_block(db: Database, lane: str, *, above: str = "", jabatan: str = "") -> SignerBlock:
    """The signer block of the official who holds ``lane`` now (a gap left to fill by hand
    when the admin has not named one: never a name that is not confirmed)."""
    official = next((o for o in read.officials(db, lane=lane, active_only=True) if o.nama), None)
    if official is None:
        fallback = next((o.jabatan for o in read.officials(db, lane=lane)), "")
        return SignerBlock(jabatan or fallback, above=above)
    return SignerBlock(jabatan or official.jabatan, official.nama, official.pangkat, official.nip, above)


def printer_block(db: Database, actor: Actor, *, above: str = "", jabatan: str = "") -> SignerBlock:
    """The signer block of the user who prints: nama and NIP from the user, jabatan and
    pangkat from the official the user is (if any)."""
    nama, nip = printer_of(db, actor)
    user = next((u for u in read.users(db) if u.id == actor.user_id), None)
    official = next((o for o in read.officials(db) if user and o.id == user.official_id), None)
    return SignerBlock(
        jabatan or (official.jabatan if official else "Petugas Agenda"),
        nama,
        official.pangkat if official else "",
        nip or (official.nip if official else ""),
        above,
    )


@dataclass(frozen=True)
class SopPrint:
    """Everything the SOP document needs, read and logged in one go."""

    sop: SopDefinition
    version_id: int
    mark: PrintMark
    setup: PageSetup
    letterhead: Letterhead
    dates: tuple[str, str, str] = ("", "", "")  # pembuatan, revisi, efektif as printed


def sop_dates(sop: SopDefinition, version: int, loaded_at: datetime) -> tuple[str, str, str]:
    """Tanggal Pembuatan, Revisi and Efektif as the identity page prints them: what the SOP's
    definition file says (``tanggal_pembuatan`` …, editable there), else from the version:
    made in the year of its number, revised when a later version was loaded, effective since
    the version came into force."""
    ident = sop.identity
    year = sop.nomor.rsplit(".", 1)[-1]
    made = ident.tanggal_pembuatan or (f"Tahun {year}" if year.isdigit() and len(year) == 4 else "")
    revised = ident.tanggal_revisi or (tanggal(loaded_at.date()) if version > 1 else "Belum pernah direvisi")
    effective = ident.tanggal_efektif or tanggal(loaded_at.date())
    return made, revised, effective


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
    dates = sop_dates(sop, version.version, version.loaded_at)
    signer = sop.identity.disahkan_oleh
    fields = (
        ("Nomor SOP", sop.nomor),
        ("Nama SOP", sop.identity.judul),
        ("Versi", str(version.version)),
        ("Tanggal Pembuatan / Revisi / Efektif", " / ".join(dates)),
        ("Disahkan oleh", f"{signer.jabatan}, {signer.nama}"),
        ("Jumlah langkah", str(len(sop.steps))),
    )
    mark = log_print(db, actor, "sop", "sop_version", str(version.id), label, sop.content_hash(), fields=fields)
    return SopPrint(sop, version.id, mark, setup, letterhead(db), dates)


def sop_standing(db: Database, record_id: str) -> str:
    current = [v for v in read.sop_versions(db) if v.current]
    if current and record_id.isdigit() and all(v.id != int(record_id) for v in current):
        return f"tidak berlaku lagi: yang berlaku versi {current[-1].version}"
    return ""


# --- papers of the agenda book ---------------------------------------------------------------


@dataclass(frozen=True)
class LetterPrint:
    letter: LetterRecord
    mark: PrintMark
    setup: PageSetup
    letterhead: Letterhead
    receiver: SignerBlock  # the clerk who prints (and signs) the tanda terima
    place: str
    card: ControlCardInfo | None = None  # the kartu kendali's indeks, kepada, pengolah


def letter_standing(letter: LetterRecord) -> str:
    return f"dibatalkan: {letter.void_reason}" if letter.voided else ""


def _letter_fields(letter: LetterRecord) -> tuple[tuple[str, str], ...]:
    return (
        ("Nomor agenda", letter.number),
        ("Diterima", f"{hari_tanggal(letter.received_at.date())} pukul {letter.received_at:%H.%M}"),
        ("Asal surat", letter.asal),
        ("Nomor surat", letter.nomor_surat),
        ("Tanggal surat", tanggal(letter.tanggal_surat)),
        ("Perihal", letter.perihal),
        ("Sifat / urgensi", f"{letter.sifat.value} / {letter.urgensi.value}"),
        ("Lampiran", letter.lampiran or "-"),
    )


def control_card_info(db: Database, letter: LetterRecord) -> ControlCardInfo:
    """Indeks from the classification (the subject of the letter's code), kepada from its
    first-level dispositions, pengolah from the end of the chain."""
    code = next((c for c in read.classification_codes(db) if c.kode == letter.kode), None)
    indeks = code.uraian if code else ""
    active = [d for d in read.dispositions_for_letter(db, letter.id) if not d.withdrawn]
    tree = build_tree(active)
    first = [r for node in tree for r in node.disposition.recipients]
    kepada = ", ".join(_short_recipient(r.kind, r.nama, r.jabatan) for r in first) or letter.diteruskan_kepada
    parents = {d.parent_id for d in active if d.parent_id is not None}
    leaves = [d for d in active if d.id not in parents]
    pengolah = ", ".join(
        dict.fromkeys(_short_recipient(r.kind, r.nama, r.jabatan) for d in leaves for r in d.recipients)
    )
    return ControlCardInfo(indeks, kepada, pengolah)


def _short_recipient(kind: RecipientKind, nama: str, jabatan: str) -> str:
    if kind is RecipientKind.OFFICIAL and jabatan:
        return f"{jabatan} ({nama})"
    return nama


def prepare_letter_print(db: Database, actor: Actor, letter_id: int, kind: DocumentKind) -> LetterPrint:
    """Tanda terima or kartu kendali of one letter, logged with the letter's hash."""
    record = _letter(db, letter_id)
    label = f"{kind.label} {record.number}"
    key = "tanda-terima" if kind is DocumentKind.RECEIPT else "kartu-kendali"
    where = place(db)
    receiver = printer_block(db, actor, above="Yang menerima,")
    card = control_card_info(db, record) if kind is DocumentKind.CONTROL_CARD else None
    fields = _letter_fields(record)
    if card is not None:
        fields += (("Indeks", card.indeks or "-"), ("Kepada", card.kepada or "-"), ("Pengolah", card.pengolah or "-"))
    else:
        fields += (("Yang menerima", f"{receiver.nama}, {receiver.nip_line or 'tanpa NIP'}"),)
    mark = log_print(
        db,
        actor,
        key,
        "letter",
        str(record.id),
        label,
        letter_hash(record),
        fields=fields,
        standing=letter_standing(record),
    )
    return LetterPrint(record, mark, page_setup(db, kind), letterhead(db), receiver, where, card)


def agenda_book_document(
    db: Database, start: date, end: date, *, clerk: SignerBlock | None = None, today: date | None = None
) -> TableDocument:
    """The agenda book of letters received from ``start`` to ``end`` (inclusive), voids included,
    in agenda-number order, with the closing (signed by ``clerk`` and the Kasubag)."""
    query = AgendaQuery(sort=SortKey.NUMBER, descending=False, received_from=start, received_to=end)
    ids = read.agenda_ids(db, query)
    letters: list[LetterRecord] = []
    for offset in range(0, len(ids), 1000):
        page = read.letters(db, ids[offset : offset + 1000])
        letters.extend(page[i] for i in ids[offset : offset + 1000])
    chains = read.dispositions_for_letters(db, ids)
    cases = {i: [f"Berkas {n}" for n in numbers] for i, numbers in read.case_numbers_for_letters(db, ids).items()}
    return agenda_book(
        letters,
        chains,
        start,
        end,
        today=today or date.today(),
        place=place(db),
        clerk=clerk or SignerBlock("Petugas Agenda"),
        kasubag=official_block(db, "kasubag", above="Mengetahui,"),
        remarks_extra=cases,
    )


def prepare_agenda_book(db: Database, actor: Actor, start: date, end: date) -> ListPrint:
    if end < start:
        raise ValidationError.single("end", "Tanggal akhir tidak boleh sebelum tanggal awal.")
    clerk = printer_block(db, actor, jabatan="Petugas Agenda")
    document = agenda_book_document(db, start, end, clerk=clerk)
    voided = sum(document.struck)
    fields = (
        ("Buku", document.title),
        ("Periode", document.subtitle),
        ("Jumlah surat", f"{len(document.rows)} ({voided} dibatalkan)"),
        ("Nomor agenda pertama", document.rows[0][0] if document.rows else "-"),
        ("Nomor agenda terakhir", document.rows[-1][0] if document.rows else "-"),
    )
    mark = log_print(
        db,
        actor,
        "agenda",
        "agenda_book",
        f"{start.isoformat()}_{end.isoformat()}",
        f"{document.title}, {document.subtitle}",
        document.content_hash(),
        fields=fields,
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
            (
                str(i),
                lanes.get(o.lane, o.lane),
                o.jabatan,
                o.nama or "(belum diisi)",
                o.pangkat or "-",
                nip_bkn(o.nip) or "-",
                _yes(o.active),
            )
            for i, o in enumerate(read.officials(db), start=1)
        )
        columns = (
            ("No", 5.0),
            ("Lajur SOP", 12.0),
            ("Jabatan", 22.0),
            ("Nama", 24.0),
            ("Pangkat/Gol.", 14.0),
            ("NIP", 24.0),
            ("Menjabat", 11.0),
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
    fields = (("Daftar", document.title), ("Keadaan", document.subtitle), ("Jumlah baris", str(len(document.rows))))
    mark = log_print(db, actor, "list", "master_list", name, document.title, document.content_hash(), fields=fields)
    return ListPrint(document, mark, page_setup(db, DocumentKind.LIST), letterhead(db))


# --- dispositions: the Lembar Disposisi (blank or filled) and the Kartu Penerus ----------------

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


def _lane_rank(lane: str | None) -> int:
    """Where a lane stands in the chain (0 the Kabag); lanes outside it stand above it."""
    return RECIPIENT_LANES.index(lane) if lane in RECIPIENT_LANES else -1


def disposition_sheet(
    db: Database, letter_id: int | None, *, disposition_id: int | None = None, blank: bool = False
) -> DispositionSheet:
    """What the Lembar Disposisi prints. Blank: the letter's data (or, with no letter, empty
    lines), the recipient lines and the checklist with empty boxes. Filled: the boxes ticked,
    the note, due date and signer; by default the letter's first disposition in force
    (``disposition_id`` picks another).

    The sheet offers only recipients below its signer in the chain (a Kasubag's sheet never
    lists the Kabag), as a disposition only goes down."""
    from sopdesk.services.disposition import checklist, recipient_options

    if letter_id is None and not blank:
        raise ValidationError.single("number", "Lembar disposisi terisi memerlukan nomor agenda surat.")
    letter = _letter(db, letter_id) if letter_id is not None else None
    record = None if blank or letter is None else _sheet_disposition(db, letter, disposition_id)
    officials = {o.id: o for o in read.officials(db)}
    kabag = next((o for o in read.officials(db, lane="kabag", active_only=True) if o.nama), None)
    own = record.signer.official_id if record else (kabag.id if kabag else None)
    own_lane = officials[own].lane if own in officials else ("kabag" if record is None else None)
    # The sheet lists the officials below the signer and the units as printed lines; people
    # chosen besides them are added ticked, and the renderer leaves lines for names by hand.
    listed = [
        o.ref
        for o in recipient_options(db)
        if o.ref.kind is not RecipientKind.USER
        and not (
            o.ref.kind is RecipientKind.OFFICIAL
            and (
                o.ref.ref_id == own
                or (
                    o.ref.ref_id in officials
                    and _lane_rank(officials[o.ref.ref_id].lane) <= _lane_rank(own_lane)
                    and own_lane is not None
                )
            )
        )
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
    signer_official = officials.get(record.signer.official_id) if record and record.signer.official_id else kabag
    same_person = signer_official is not None and (
        record is None or (signer_official.nip == record.signer.nip and signer_official.nama == record.signer.nama)
    )
    return DispositionSheet(
        letter_number=letter.number if letter else "",
        asal=letter.asal if letter else "",
        nomor_surat=letter.nomor_surat if letter else "",
        tanggal_surat=letter.tanggal_surat if letter else None,
        received_at=letter.received_at if letter else None,
        sifat=letter.sifat.value if letter else "",
        urgensi=letter.urgensi.value if letter else "",
        perihal=letter.perihal if letter else "",
        lampiran=letter.lampiran if letter else "",
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
        place=place(db),
        disposition_id=record.id if record else None,
        withdrawn=record.withdrawn if record else False,
        withdraw_reason=record.withdraw_reason if record else "",
        signer_jabatan=(record.signer.jabatan if record else kabag.jabatan if kabag else "")
        or "Kepala Bagian Organisasi",
        signer_pangkat=signer_official.pangkat if signer_official is not None and same_person else "",
    )


def _line_key(kind: RecipientKind, official_id: int | None, nama: str) -> tuple[str, object]:
    return (kind.value, official_id if kind is RecipientKind.OFFICIAL else nama.casefold())


def _recipient_line(jabatan: str, nama: str, kind: RecipientKind) -> str:
    if kind is RecipientKind.OFFICIAL and jabatan:
        return f"{jabatan} ({nama})"
    if kind is RecipientKind.USER and jabatan:
        return f"{nama}, {jabatan}"
    return nama


def _sheet_fields(sheet: DispositionSheet) -> tuple[tuple[str, str], ...]:
    fields: tuple[tuple[str, str], ...] = (
        ("Nomor agenda", sheet.letter_number or "(diisi tangan)"),
        ("Surat dari", sheet.asal or "(diisi tangan)"),
        ("Nomor surat", sheet.nomor_surat or "(diisi tangan)"),
        ("Perihal", sheet.perihal or "(diisi tangan)"),
    )
    if sheet.blank:
        return (*fields, ("Isi", "lembar kosong untuk disposisi tulisan tangan"))
    return (
        *fields,
        ("Diteruskan kepada", ", ".join(label for label, ticked in sheet.recipient_lines if ticked)),
        (
            "Dengan hormat harap",
            ", ".join([i for i, t in sheet.instruction_lines if t] + list(sheet.extra_instructions)),
        ),
        ("Catatan", sheet.catatan or "-"),
        ("Batas waktu", tanggal(sheet.due_date) if sheet.due_date else "-"),
        ("Penanda tangan", f"{sheet.signer.jabatan}, {sheet.signer.nama}" if sheet.signer else "-"),
    )


def prepare_disposition_sheet(
    db: Database, actor: Actor, letter_id: int | None, *, disposition_id: int | None = None, blank: bool = False
) -> DispositionSheetPrint:
    """The Lembar Disposisi with its logged print mark (see :func:`disposition_sheet`)."""
    sheet = disposition_sheet(db, letter_id, disposition_id=disposition_id, blank=blank)
    fields = _sheet_fields(sheet)
    if sheet.disposition_id is None:
        if letter_id is None:
            label = "Lembar Disposisi (kosong)"
            content = blank_sheet_hash(db)
            mark = log_print(db, actor, "disposisi-kosong", "letter", "0", label, content, fields=fields)
        else:
            letter = _letter(db, letter_id)
            label = f"Lembar Disposisi (kosong) {sheet.letter_number}"
            mark = log_print(
                db,
                actor,
                "disposisi-kosong",
                "letter",
                str(letter_id),
                label,
                letter_hash(letter),
                fields=fields,
                standing=letter_standing(letter),
            )
    else:
        label = f"Lembar Disposisi {sheet.letter_number} no. {sheet.disposition_id}"
        filled = disposition_print_hash(db, "disposisi", str(sheet.disposition_id))
        assert filled is not None
        mark = log_print(
            db,
            actor,
            "disposisi",
            "disposition",
            str(sheet.disposition_id),
            label,
            filled,
            fields=fields,
            standing=disposition_standing(db, "disposisi", str(sheet.disposition_id)),
        )
    return DispositionSheetPrint(sheet, mark, page_setup(db, DocumentKind.DISPOSITION_SHEET), letterhead(db))


def blank_sheet_hash(db: Database) -> str:
    """The blank sheet without a letter prints only the recipient lines and the checklist."""
    sheet = disposition_sheet(db, None, blank=True)
    payload = repr((sheet.recipient_lines, sheet.instruction_lines, sheet.signer_jabatan))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


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
    content = disposition_print_hash(db, "kartu-penerus", str(letter_id))
    assert content is not None
    fields = (
        ("Nomor agenda", card.letter_number),
        ("Asal surat", card.asal),
        ("Nomor surat", card.nomor_surat),
        ("Perihal", card.perihal),
        ("Dari", card.from_nama or "-"),
        ("Kepada", card.to_nama or "-"),
        ("Jumlah penerusan", str(len(card.rows))),
    )
    mark = log_print(
        db,
        actor,
        "kartu-penerus",
        "letter",
        str(letter_id),
        f"Kartu Penerus Disposisi {card.letter_number}",
        content,
        fields=fields,
        standing=letter_standing(_letter(db, letter_id)),
    )
    return RoutingCardPrint(card, mark, page_setup(db, DocumentKind.ROUTING_CARD), letterhead(db))


def disposition_print_hash(db: Database, kind: str, record_id: str) -> str | None:
    """The content hash of a disposition print as the database holds it now."""
    if not record_id.isdigit():
        return None
    if kind == "disposisi":
        record = read.disposition(db, int(record_id))
        letter = read.letter(db, record.letter_id) if record else None
        if record is None or letter is None:
            return None
        return hashlib.sha256((letter_hash(letter) + record.content_hash()).encode("ascii")).hexdigest()
    if kind == "disposisi-kosong" and record_id == "0":
        return blank_sheet_hash(db)
    letter = read.letter(db, int(record_id))
    if letter is None:
        return None
    if kind == "disposisi-kosong":
        return letter_hash(letter)
    card = routing_card(db, letter.id)
    return hashlib.sha256((letter_hash(letter) + card.content_hash()).encode("ascii")).hexdigest()


def disposition_standing(db: Database, kind: str, record_id: str) -> str:
    """A disposition withdrawn, or its letter voided; "" when both are in force."""
    if not record_id.isdigit() or record_id == "0":
        return ""
    if kind == "disposisi":
        record = read.disposition(db, int(record_id))
        if record is None:
            return ""
        if record.withdrawn:
            return f"disposisi ditarik: {record.withdraw_reason}"
        letter = read.letter(db, record.letter_id)
        return letter_standing(letter) if letter else ""
    letter = read.letter(db, int(record_id))
    return letter_standing(letter) if letter else ""
