"""Dispositions: the Kabag writes one, a clerk types in a handwritten one on her behalf, a
recipient passes it on down the chain, each recipient reads, follows up and finishes, and the
writer withdraws one nobody has read yet. Every write is checked, audited in its own
transaction, and moves the letter's status in the agenda.

The letter's status follows its dispositions (see ``letter_status_for``): BELUM until one is
in force, DIDISPOSISI once disposed, DIPROSES when a recipient follows up (passing it on counts),
SELESAI when every recipient is done. A recipient who passed a disposition on is done, by the
chain, once everyone it was passed to is done.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime

from sopdesk.domain.agenda import LetterStatus, Urgensi
from sopdesk.domain.changes import Changes
from sopdesk.domain.disposition import (
    DUE_DAYS_KEY,
    INSTRUCTIONS_KEY,
    RECIPIENT_LANES,
    UNITS_KEY,
    DispositionInput,
    DispositionNode,
    DispositionRecord,
    DueSuggestion,
    InboxItem,
    InboxSummary,
    RecipientKind,
    RecipientOption,
    RecipientRecord,
    RecipientRef,
    RecipientStatus,
    Signer,
    checklist_from_setting,
    due_days_from_setting,
    due_hint,
    normalise_disposition,
    suggest_due_date,
    units_from_setting,
    working_days_between,
)
from sopdesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from sopdesk.domain.records import Actor, OfficialRecord
from sopdesk.domain.roles import Permission, Role, allowed, require
from sopdesk.domain.validation import check_reason, clean_text
from sopdesk.services import read
from sopdesk.services.calendar import work_calendar
from sopdesk.services.cases import complete_from_disposition, take_back_disposition
from sopdesk.services.letter_status import sync_letter_status
from sopdesk.services.master import set_setting, set_settings
from sopdesk.store.database import Database
from sopdesk.store.disposition_repository import NewRecipient
from sopdesk.store.uow import UnitOfWork

RECIPIENT_ROLES = (Role.KABAG, Role.KASUBAG, Role.STAF)

# --- settings ------------------------------------------------------------------------------


def checklist(db: Database) -> tuple[str, ...]:
    """The "dengan hormat harap" checklist (setting ``disposisi_instruksi``, else the default)."""
    return checklist_from_setting(read.setting(db, INSTRUCTIONS_KEY))


def units(db: Database) -> tuple[str, ...]:
    """Units a disposition can go to besides people (setting ``disposisi_unit``)."""
    return units_from_setting(read.setting(db, UNITS_KEY))


def _checked_checklist(items: Sequence[str]) -> list[str]:
    cleaned = [clean_text(i) for i in items if clean_text(i)]
    if not cleaned:
        raise ValidationError.single("items", "Daftar instruksi minimal satu butir.")
    if len({i.casefold() for i in cleaned}) != len(cleaned):
        raise ValidationError.single("items", "Ada butir instruksi yang sama.")
    if any(len(i) > 200 for i in cleaned):
        raise ValidationError.single("items", "Setiap butir instruksi paling panjang 200 karakter.")
    return cleaned


def _checked_units(names: Sequence[str]) -> list[str]:
    cleaned = [clean_text(n) for n in names if clean_text(n)]
    if len({n.casefold() for n in cleaned}) != len(cleaned):
        raise ValidationError.single("units", "Ada nama unit yang sama.")
    if any(len(n) > 200 for n in cleaned):
        raise ValidationError.single("units", "Setiap nama unit paling panjang 200 karakter.")
    return cleaned


def _checked_due_days(days: Mapping[Urgensi, int]) -> dict[str, int]:
    if any(not 0 <= n <= 60 for n in days.values()):
        raise ValidationError.single("days", "Batas waktu antara 0 dan 60 hari kerja.")
    return {u.value: int(n) for u, n in days.items()}


def save_checklist(db: Database, actor: Actor, items: Sequence[str]) -> Changes:
    return set_setting(db, actor, INSTRUCTIONS_KEY, _checked_checklist(items))


def save_units(db: Database, actor: Actor, names: Sequence[str]) -> Changes:
    return set_setting(db, actor, UNITS_KEY, _checked_units(names))


SETTING_KEYS = (INSTRUCTIONS_KEY, UNITS_KEY, DUE_DAYS_KEY)


def save_settings(
    db: Database,
    actor: Actor,
    items: Sequence[str],
    names: Sequence[str],
    days: Mapping[Urgensi, int],
    *,
    versions: Mapping[str, int] | None = None,
) -> Changes:
    """Pengaturan Disposisi in one save: the checklist, the units and the working days per
    urgency, all three or none; every field's refusal is reported at once."""
    errors: dict[str, str] = {}
    values: dict[str, object] = {}
    checks: tuple[tuple[str, Callable[[], object]], ...] = (
        (INSTRUCTIONS_KEY, lambda: _checked_checklist(items)),
        (UNITS_KEY, lambda: _checked_units(names)),
        (DUE_DAYS_KEY, lambda: _checked_due_days(days)),
    )
    for key, check in checks:
        try:
            values[key] = check()
        except ValidationError as exc:
            errors.update(exc.fields)
    if errors:
        raise ValidationError(errors)
    return set_settings(db, actor, values, versions=versions)


def due_days(db: Database) -> dict[Urgensi, int]:
    """Working days to respond by urgency (setting ``disposisi_batas_hari``, else 5 / 2 / 1)."""
    return due_days_from_setting(read.setting(db, DUE_DAYS_KEY))


def save_due_days(db: Database, actor: Actor, days: Mapping[Urgensi, int]) -> Changes:
    return set_setting(db, actor, DUE_DAYS_KEY, _checked_due_days(days))


# --- what the form offers ------------------------------------------------------------------


def _user_official(db: Database, actor: Actor) -> tuple[int | None, OfficialRecord | None]:
    if actor.user_id is None:
        return None, None
    user = next((u for u in read.users(db) if u.id == actor.user_id), None)
    if user is None or user.official_id is None:
        return None, None
    official = next((o for o in read.officials(db) if o.id == user.official_id), None)
    return user.official_id, official


def signer_for(db: Database, actor: Actor) -> Signer:
    """The signer block of the form: the user's official record (nama, jabatan, NIP), falling
    back to the user's own name and NIP and the role's name where the record is empty."""
    user = next((u for u in read.users(db) if u.id == actor.user_id), None)
    _, official = _user_official(db, actor)
    nama = (official.nama if official else "") or (user.nama if user else actor.nama or actor.username)
    jabatan = (official.jabatan if official else "") or actor.role.label
    nip = (official.nip if official else "") or (user.nip if user else "")
    return Signer(nama, jabatan, nip, official.id if official else None, actor.user_id)


def recipient_options(db: Database, actor: Actor | None = None) -> list[RecipientOption]:
    """Who a disposition can go to: the officials of the chain (Kabag, Kasubag) with a name,
    the active users of the bureau not already listed as an official, and the units.
    The acting user (and the official the user is) are left out."""
    own_official = _user_official(db, actor)[0] if actor else None
    own_user = actor.user_id if actor else None
    options: list[RecipientOption] = []
    listed: set[int] = set()
    officials = [o for o in read.officials(db, active_only=True) if o.lane in RECIPIENT_LANES and o.nama]
    officials.sort(key=lambda o: (RECIPIENT_LANES.index(o.lane), o.nama))
    for o in officials:
        listed.add(o.id)
        if o.id != own_official:
            options.append(RecipientOption(RecipientRef(RecipientKind.OFFICIAL, o.id, o.nama, o.jabatan), "Pejabat"))
    for u in sorted(read.users(db), key=lambda u: u.nama):
        if not u.active or u.role not in RECIPIENT_ROLES or u.id == own_user or u.official_id in listed:
            continue
        options.append(RecipientOption(RecipientRef(RecipientKind.USER, u.id, u.nama, u.role.label), "Pengguna"))
    for name in units(db):
        options.append(RecipientOption(RecipientRef(RecipientKind.UNIT, None, name, name), "Unit"))
    return options


def find_recipient(db: Database, text: str, actor: Actor | None = None) -> RecipientRef:
    """A recipient named on the command line: a username or lane code, else a name or unit,
    else a jabatan (any case). A name that fits several is refused with the candidates."""
    wanted = clean_text(text).casefold()
    users = {u.id: u for u in read.users(db)}
    lanes = {o.id: o.lane for o in read.officials(db)}
    tiers: list[list[RecipientRef]] = [[], [], []]
    for option in recipient_options(db, actor):
        ref = option.ref
        handles: set[str] = set()
        if ref.kind is RecipientKind.USER and ref.ref_id in users:
            handles.add(users[ref.ref_id].username)
        if ref.kind is RecipientKind.OFFICIAL:
            handles.add(lanes.get(ref.ref_id or 0, ""))
            handles.update(u.username for u in users.values() if u.official_id == ref.ref_id and u.active)
        for tier, names in enumerate((handles, {ref.nama.casefold()}, {ref.jabatan.casefold()})):
            if wanted in names:
                tiers[tier].append(ref)
                break
    hits = next((tier for tier in tiers if tier), [])
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise NotFound(f"Penerima '{text}' tidak ada di daftar penerima disposisi.")
    raise ValidationError.single("recipients", f"Penerima '{text}' tidak jelas: {', '.join(h.nama for h in hits)}.")


def find_official(db: Database, text: str) -> OfficialRecord:
    """An official named on the command line: lane code, nama or jabatan (any case)."""
    wanted = clean_text(text).casefold()
    hits = [
        o
        for o in read.officials(db, active_only=True)
        if wanted in {o.lane.casefold(), o.nama.casefold(), o.jabatan.casefold()}
    ]
    if len(hits) != 1:
        raise NotFound(f"Pejabat '{text}' tidak ditemukan (sebutkan lajur, nama atau jabatannya).")
    return hits[0]


def suggest_due(db: Database, letter_id: int, start: date | None = None) -> DueSuggestion:
    """The due date from the letter's urgency, in working days, with the form's hint."""
    letter = read.letter(db, letter_id)
    if letter is None:
        raise NotFound(f"Surat #{letter_id} tidak ditemukan.")
    start = start or date.today()
    working = work_calendar(db).is_working_day
    due = suggest_due_date(start, letter.urgensi, due_days(db), working)
    return DueSuggestion(due, working_days_between(start, due, working), due_hint(start, due, working))


# --- writing -------------------------------------------------------------------------------


def write_disposition(
    db: Database, actor: Actor, cmd: DispositionInput, *, now: datetime | None = None
) -> DispositionRecord:
    """The Kabag (or an administrator) disposes a letter in her own name; the signer is her
    official record. With ``cmd.parent_id`` set this is :func:`forward_disposition`."""
    if cmd.parent_id is not None:
        return forward_disposition(db, actor, cmd, now=now)
    signer = signer_for(db, actor)
    return _save(db, actor, cmd, signer, None, now or datetime.now(), Permission.WRITE_DISPOSITION)


def transcribe_disposition(
    db: Database, actor: Actor, official_id: int, cmd: DispositionInput, *, now: datetime | None = None
) -> DispositionRecord:
    """A clerk types in a disposition the official wrote by hand: the official signs it, the
    clerk is recorded as who typed it. Refused without the transcribe permission. With
    ``cmd.parent_id`` set, the official must be a recipient of that disposition."""
    officials = {o.id: o for o in read.officials(db)}
    official = officials.get(official_id)
    if official is None:
        raise NotFound(f"Pejabat #{official_id} tidak ditemukan.")
    if not official.active:
        raise ValidationError.single("official", f"{official.jabatan} tidak lagi menjabat.")
    if not official.nama:
        raise ValidationError.single(
            "official", f"Nama {official.jabatan} belum diisi: lengkapi di Pengaturan › Pejabat."
        )
    linked = next((u.id for u in read.users(db) if u.official_id == official.id and u.active), None)
    signer = Signer(official.nama, official.jabatan, official.nip, official.id, linked)
    return _save(db, actor, cmd, signer, official, now or datetime.now(), Permission.TRANSCRIBE_DISPOSITION)


def forward_disposition(
    db: Database, actor: Actor, cmd: DispositionInput, *, now: datetime | None = None
) -> DispositionRecord:
    """A recipient passes a disposition on down the chain (``cmd.parent_id``) with their own
    instructions; their own entry in the parent becomes "ditindaklanjuti"."""
    if cmd.parent_id is None:
        raise ValidationError.single("parent_id", "Pilih disposisi yang diteruskan.")
    return _save(db, actor, cmd, signer_for(db, actor), None, now or datetime.now(), Permission.FORWARD_DISPOSITION)


def _save(
    db: Database,
    actor: Actor,
    cmd: DispositionInput,
    signer: Signer,
    on_behalf: OfficialRecord | None,
    now: datetime,
    permission: Permission,
) -> DispositionRecord:
    if actor.user_id is None:  # the system: no row to check now, so refuse early as before
        require(actor.role, permission)
    cmd = normalise_disposition(cmd, now=now, checklist=checklist(db))
    assert cmd.written_at is not None
    unit_names = {u.casefold(): u for u in units(db)}
    days = due_days(db)
    working = work_calendar(db).is_working_day
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, permission)
        letter = uow.letters.get(cmd.letter_id)
        if letter.voided:
            raise Conflict(f"Surat {letter.number} sudah dibatalkan dan tidak dapat didisposisi.")
        if cmd.written_at < letter.received_at.replace(second=0, microsecond=0):
            raise ValidationError.single("written_at", "Disposisi tidak boleh ditulis sebelum surat diterima.")
        parent_entry: RecipientRecord | None = None
        if cmd.parent_id is not None:
            parent = uow.dispositions.get(cmd.parent_id)
            if parent.letter_id != letter.id:
                raise ValidationError.single("parent_id", "Disposisi yang diteruskan milik surat lain.")
            if parent.withdrawn:
                raise Conflict("Disposisi itu sudah ditarik; tidak dapat diteruskan.")
            parent_entry = parent.recipient_for(signer.user_id, signer.official_id)
            if parent_entry is None:
                raise PermissionDenied("Hanya penerima disposisi itu yang dapat meneruskannya.")
            if parent_entry.status is RecipientStatus.SELESAI:
                raise Conflict("Disposisi itu sudah selesai; tidak dapat diteruskan lagi.")
            if cmd.written_at < parent.written_at:
                raise ValidationError.single("written_at", "Penerusan tidak boleh lebih awal dari disposisi asalnya.")
        recipients = [_resolve(uow, ref, unit_names) for ref in cmd.recipients]
        _check_recipients(recipients, signer)
        due = cmd.due_date or suggest_due_date(cmd.written_at.date(), letter.urgensi, days, working)
        record = uow.dispositions.add(
            letter_id=letter.id,
            parent_id=cmd.parent_id,
            parent_recipient_id=parent_entry.id if parent_entry else None,
            signer=signer,
            recorded_by_user_id=actor.user_id,
            recorded_by=actor.username,
            recorded_by_nama=actor.nama or actor.username,
            transcribed=on_behalf is not None,
            instructions=cmd.instructions,
            catatan=cmd.catatan,
            due_date=due,
            written_at=cmd.written_at,
            recipients=recipients,
        )
        action = (
            "disposition.transcribe" if on_behalf else "disposition.forward" if cmd.parent_id else "disposition.write"
        )
        uow.audit.append(
            actor,
            action,
            "disposition",
            record.id,
            after={
                "letter": letter.number,
                "parent_id": cmd.parent_id,
                "signer": {"nama": signer.nama, "jabatan": signer.jabatan, "nip": signer.nip},
                "recipients": [r.ref.nama for r in recipients],
                "instructions": list(cmd.instructions),
                "catatan": cmd.catatan,
                "due_date": due.isoformat(),
                "written_at": cmd.written_at.isoformat(),
            },
            on_behalf_of=f"{on_behalf.nama} ({on_behalf.jabatan})" if on_behalf else None,
        )
        if parent_entry is not None:
            names = ", ".join(r.ref.nama for r in recipients)
            _advance(
                uow,
                actor,
                parent_entry,
                RecipientStatus.DITINDAKLANJUTI,
                f"Diteruskan kepada {names}",
                now,
                on_behalf_of=f"{on_behalf.nama} ({on_behalf.jabatan})" if on_behalf else None,
            )
        if cmd.parent_id is None:
            # SOP step 3 ("Disposisi, memberi petunjuk dan arahan") is this very disposition:
            # the letter's open case waiting there moves on in the same transaction.
            complete_from_disposition(
                uow,
                actor,
                letter.id,
                at=cmd.written_at,
                official_id=signer.official_id,
                note=f"Disposisi #{record.id}",
                now=now,
            )
        sync_letter_status(uow, actor, letter.id)
        saved = uow.dispositions.get(record.id)
        uow.commit()
    return saved


def _resolve(uow: UnitOfWork, ref: RecipientRef, unit_names: dict[str, str]) -> NewRecipient:
    """The recipient as stored: names from the master data, and the user whose inbox gets it."""
    if ref.kind is RecipientKind.USER:
        assert ref.ref_id is not None
        user = uow.users.get(ref.ref_id)
        if not user.active:
            raise ValidationError.single("recipients", f"Pengguna {user.nama} sudah nonaktif.")
        jabatan = user.role.label
        if user.official_id is not None:
            jabatan = uow.officials.get(user.official_id).jabatan or jabatan
        return NewRecipient(RecipientRef(ref.kind, user.id, user.nama, jabatan), user.id, user.official_id)
    if ref.kind is RecipientKind.OFFICIAL:
        assert ref.ref_id is not None
        official = uow.officials.get(ref.ref_id)
        if not official.active or not official.nama:
            raise ValidationError.single("recipients", f"{official.jabatan} belum bernama atau tidak lagi menjabat.")
        user_id = uow.dispositions.user_for_official(official.id)
        return NewRecipient(RecipientRef(ref.kind, official.id, official.nama, official.jabatan), user_id, official.id)
    name = unit_names.get(ref.nama.casefold())
    if name is None:
        raise ValidationError.single("recipients", f"Unit '{ref.nama}' tidak ada di daftar unit penerima.")
    return NewRecipient(RecipientRef(ref.kind, None, name, name), None, None)


def _check_recipients(recipients: list[NewRecipient], signer: Signer) -> None:
    users = [r.user_id for r in recipients if r.user_id is not None]
    officials = [r.official_id for r in recipients if r.official_id is not None]
    if len(set(users)) != len(users) or len(set(officials)) != len(officials):
        raise ValidationError.single(
            "recipients", "Penerima yang sama dipilih dua kali (sebagai pengguna dan pejabat)."
        )
    for r in recipients:
        if (r.user_id is not None and r.user_id == signer.user_id) or (
            r.official_id is not None and r.official_id == signer.official_id
        ):
            raise ValidationError.single(
                "recipients", "Disposisi tidak dapat ditujukan kepada penanda tangannya sendiri."
            )


def _advance(
    uow: UnitOfWork,
    actor: Actor,
    entry: RecipientRecord,
    status: RecipientStatus,
    note: str,
    now: datetime,
    *,
    on_behalf_of: str | None = None,
    by_chain: bool = False,
) -> bool:
    """Move a recipient's entry forward to ``status`` (never back; a repeated follow-up only
    updates its note and time); audited. False when nothing changed."""
    changes: dict[str, object] = {}
    if status.rank > entry.status.rank:
        changes["status"] = status
    elif status is not RecipientStatus.DITINDAKLANJUTI:
        return False
    if entry.read_at is None:
        changes["read_at"] = now
    if status is RecipientStatus.DITINDAKLANJUTI:
        changes["followed_up_at"] = now
    if status is RecipientStatus.SELESAI:
        changes["done_at"] = now
    if note:
        changes["note"] = note
    before, after = uow.dispositions.update_recipient(entry.id, **changes)
    if not after:
        return False
    action = {
        RecipientStatus.DIBACA: "disposition.read",
        RecipientStatus.DITINDAKLANJUTI: "disposition.follow_up",
        RecipientStatus.SELESAI: "disposition.done",
    }[status]
    uow.audit.append(
        actor,
        action,
        "disposition",
        entry.disposition_id,
        before={"recipient": entry.nama, **{k: _plain(v) for k, v in before.items()}},
        after={
            "recipient": entry.nama,
            **{k: _plain(v) for k, v in after.items()},
            **({"by_chain": True} if by_chain else {}),
        },
        on_behalf_of=on_behalf_of,
    )
    return True


def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value


# --- recipients' progress ------------------------------------------------------------------


def _entry(
    uow: UnitOfWork, actor: Actor, disposition_id: int, recipient_id: int | None
) -> tuple[DispositionRecord, RecipientRecord, str | None]:
    """The disposition, the entry being moved, and on whose behalf when it is not the actor's.

    A recipient moves their own entry; a clerk with the transcribe permission may record it
    for another recipient (an official without a keyboard, a unit)."""
    disposition = uow.dispositions.get(disposition_id)
    if disposition.withdrawn:
        raise Conflict(f"Disposisi #{disposition_id} sudah ditarik.")
    official_id = uow.users.get(actor.user_id).official_id if actor.user_id is not None else None
    own = disposition.recipient_for(actor.user_id, official_id)
    if recipient_id is None:
        if own is None:
            raise PermissionDenied(f"Anda bukan penerima disposisi #{disposition_id}.")
        return disposition, own, None
    entry = next((r for r in disposition.recipients if r.id == recipient_id), None)
    if entry is None:
        raise NotFound(f"Penerima #{recipient_id} tidak ada pada disposisi #{disposition_id}.")
    if entry.is_for(actor.user_id, official_id):
        return disposition, entry, None
    if not allowed(actor.role, Permission.TRANSCRIBE_DISPOSITION):
        raise PermissionDenied(f"Anda bukan penerima disposisi ini ({entry.nama}).")
    return disposition, entry, f"{entry.nama} ({entry.jabatan})" if entry.jabatan else entry.nama


def mark_read(
    db: Database, actor: Actor, disposition_id: int, *, recipient_id: int | None = None, now: datetime | None = None
) -> Changes:
    """The recipient opened it ("dibaca"). Opening it again changes nothing."""
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.READ)
        _, entry, behalf = _entry(uow, actor, disposition_id, recipient_id)
        if entry.status is not RecipientStatus.BELUM_DIBACA:
            return Changes()
        _advance(uow, actor, entry, RecipientStatus.DIBACA, "", now or datetime.now(), on_behalf_of=behalf)
        uow.commit()
    return uow.changes


def mark_followed_up(
    db: Database,
    actor: Actor,
    disposition_id: int,
    note: str,
    *,
    recipient_id: int | None = None,
    now: datetime | None = None,
) -> Changes:
    """The recipient reports what was done so far ("ditindaklanjuti"); a note is required."""
    note = note.strip()
    if len(note) < 3:
        raise ValidationError.single("note", "Tuliskan tindak lanjutnya (minimal 3 karakter).")
    if len(note) > 2000:
        raise ValidationError.single("note", "Catatan tindak lanjut paling panjang 2.000 karakter.")
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.FORWARD_DISPOSITION)
        disposition, entry, behalf = _entry(uow, actor, disposition_id, recipient_id)
        if entry.status is RecipientStatus.SELESAI:
            raise Conflict("Disposisi ini sudah selesai.")
        _advance(uow, actor, entry, RecipientStatus.DITINDAKLANJUTI, note, now or datetime.now(), on_behalf_of=behalf)
        sync_letter_status(uow, actor, disposition.letter_id)
        uow.commit()
    return uow.changes


def mark_done(
    db: Database,
    actor: Actor,
    disposition_id: int,
    note: str = "",
    *,
    recipient_id: int | None = None,
    now: datetime | None = None,
) -> Changes:
    """The recipient finished ("selesai"). When everyone a disposition was passed on to is done,
    the recipient who passed it on is done too, up the chain."""
    note = note.strip()
    if len(note) > 2000:
        raise ValidationError.single("note", "Catatan paling panjang 2.000 karakter.")
    now = now or datetime.now()
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.FORWARD_DISPOSITION)
        disposition, entry, behalf = _entry(uow, actor, disposition_id, recipient_id)
        if entry.status is RecipientStatus.SELESAI:
            raise Conflict("Disposisi ini sudah selesai.")
        _advance(uow, actor, entry, RecipientStatus.SELESAI, note, now, on_behalf_of=behalf)
        _complete_up_the_chain(uow, actor, disposition.id, now)
        sync_letter_status(uow, actor, disposition.letter_id)
        uow.commit()
    return uow.changes


def _complete_up_the_chain(uow: UnitOfWork, actor: Actor, disposition_id: int, now: datetime) -> list[int]:
    """Finish the parent's entry whose every onward disposition is finished; repeat upwards."""
    touched: list[int] = []
    current = uow.dispositions.get(disposition_id)
    while current.parent_id is not None and current.parent_recipient_id is not None and current.all_done:
        parent = uow.dispositions.get(current.parent_id)
        onward = [
            d
            for d in uow.dispositions.children(parent.id)
            if d.parent_recipient_id == current.parent_recipient_id and not d.withdrawn
        ]
        entry = next(r for r in parent.recipients if r.id == current.parent_recipient_id)
        if not all(d.all_done for d in onward) or entry.status is RecipientStatus.SELESAI:
            break
        _advance(uow, actor, entry, RecipientStatus.SELESAI, "Selesai: semua penerusan selesai.", now, by_chain=True)
        touched.append(parent.id)
        current = uow.dispositions.get(parent.id)
    return touched


def withdraw_disposition(
    db: Database,
    actor: Actor,
    disposition_id: int,
    reason: str,
    *,
    now: datetime | None = None,
    expected_version: int | None = None,
) -> Changes:
    """Withdraw a disposition nobody has read yet, with a reason; it stays on record, struck out.
    Only its signer, whoever typed it in, or an administrator may."""
    reason, problem = check_reason(reason, "alasan penarikan")
    if problem:
        raise ValidationError.single("reason", problem)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.READ)
        disposition = uow.dispositions.get(disposition_id)
        official_id = uow.users.get(actor.user_id).official_id if actor.user_id is not None else None
        signer = disposition.signer
        own = (actor.user_id is not None and actor.user_id in (signer.user_id, disposition.recorded_by_user_id)) or (
            official_id is not None and official_id == signer.official_id
        )
        if not own and actor.role is not Role.ADMIN:
            raise PermissionDenied("Hanya penanda tangan atau pencatat disposisi ini yang dapat menariknya.")
        if disposition.withdrawn:
            raise Conflict(f"Disposisi #{disposition_id} sudah ditarik.")
        seen = [r.nama for r in disposition.recipients if r.status is not RecipientStatus.BELUM_DIBACA]
        if seen:
            raise Conflict(f"Disposisi sudah dibaca oleh {', '.join(seen)}; tidak dapat ditarik lagi.")
        moment = now or datetime.now()
        uow.dispositions.withdraw(disposition_id, reason, moment, expected_version)
        uow.audit.append(
            actor,
            "disposition.withdraw",
            "disposition",
            disposition_id,
            before={"withdrawn": False},
            after={"withdrawn": True, "reason": reason},
        )
        # A first-level disposition was SOP step 3 of the letter's case: with none left
        # standing, the case goes back to the Kabag (refused once step 4 is done).
        if disposition.parent_id is None and not any(
            d.parent_id is None and not d.withdrawn for d in uow.dispositions.for_letter(disposition.letter_id)
        ):
            take_back_disposition(uow, actor, disposition.letter_id, reason, moment)
        sync_letter_status(uow, actor, disposition.letter_id)
        uow.commit()
    return uow.changes


# --- reading -------------------------------------------------------------------------------


def my_entry(db: Database, actor: Actor, record: DispositionRecord) -> RecipientRecord | None:
    """The actor's own recipient entry in ``record`` (directly or as the official), if any:
    the inbox's buttons (read, follow up, done, pass on) act on it."""
    return record.recipient_for(actor.user_id, _user_official(db, actor)[0])


def can_withdraw(db: Database, actor: Actor, record: DispositionRecord) -> bool:
    """Whether :func:`withdraw_disposition` would accept (the UI greys the action out otherwise)."""
    if record.withdrawn or not record.nobody_has_read:
        return False
    if actor.role is Role.ADMIN:
        return True
    official_id = _user_official(db, actor)[0]
    return (actor.user_id is not None and actor.user_id in (record.signer.user_id, record.recorded_by_user_id)) or (
        official_id is not None and official_id == record.signer.official_id
    )


def inbox(db: Database, actor: Actor, *, open_only: bool = False, today: date | None = None) -> list[InboxItem]:
    """ "Disposisi Masuk" of the logged-in user, newest first."""
    require(actor.role, Permission.READ)
    if actor.user_id is None:
        return []
    return read.inbox(db, actor.user_id, open_only=open_only, today=today)


def inbox_summary(db: Database, actor: Actor, *, today: date | None = None) -> InboxSummary:
    if actor.user_id is None:
        return InboxSummary()
    return read.inbox_summary(db, actor.user_id, today=today)


def new_for_user(db: Database, user_id: int, since_id: int) -> list[InboxItem]:
    """Dispositions to the user newer than ``since_id`` (oldest first), for the desktop alert.

    Start ``since_id`` at :func:`latest_id` when the window opens, then keep the largest
    ``disposition_id`` seen. Ids grow in commit order on both databases."""
    return read.new_dispositions_for_user(db, user_id, since_id)


def latest_id(db: Database) -> int:
    return read.latest_disposition_id(db)


def chain(db: Database, letter_id: int) -> tuple[DispositionNode, ...]:
    """The letter's dispositions as a tree, for the letter's detail."""
    return read.disposition_tree(db, letter_id)


def awaiting_count(db: Database) -> int:
    """Letters waiting for a disposition (home screen)."""
    return read.letters_awaiting_disposition(db)


def letter_status(db: Database, letter_id: int) -> LetterStatus:
    letter = read.letter(db, letter_id)
    if letter is None:
        raise NotFound(f"Surat #{letter_id} tidak ditemukan.")
    return letter.status
