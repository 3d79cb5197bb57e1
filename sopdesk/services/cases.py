"""Berkas SP: starting a case from an agenda letter and recording what happens to it.

Every write checks the permission first (RECORD_STEP and the step's lanes; MANAGE_CASE to
extend or cancel), then folds the stored events into the case's state and lets the engine
check the new event against it, and only then writes, in one transaction: the event, the case
row's derived columns (current step, lanes, due dates) and the audit event. A refusal writes
nothing.

An official's step is recorded by a user on their behalf: the event keeps the official who
acted (nama, jabatan, NIP as they were) and the user who recorded it; the audit event names the
user as actor and the official as ``on_behalf_of``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from sopdesk.domain.cases import (
    DISPOSITION_STEP,
    LETTER_STEPS,
    ActedBy,
    Cancel,
    Cancelled,
    CaseClock,
    CaseEvent,
    CaseInfo,
    CaseListItem,
    CaseState,
    CaseStatus,
    CompleteStep,
    Distribute,
    Distributed,
    DueExtended,
    Extend,
    Resume,
    Resumed,
    ReturnStep,
    StartCase,
    StepCompleted,
    StepReturned,
    StepSource,
    StepStatus,
    Suspend,
    Suspended,
    case_clock,
    case_number,
    check_cancel,
    check_complete,
    check_disposition_taken_back,
    check_distribute,
    check_extend,
    check_layanan,
    check_note,
    check_reason,
    check_resume,
    check_return,
    check_suspend,
    completed_by_disposition,
    counts_by_lane,
    counts_by_step,
    fold,
)
from sopdesk.domain.changes import Changes
from sopdesk.domain.disposition import DispositionRecord
from sopdesk.domain.errors import Conflict, NotFound, ValidationError
from sopdesk.domain.records import Actor, OfficialRecord
from sopdesk.domain.roles import Permission, Role, may_record_lanes, require, require_lanes
from sopdesk.domain.sop import SopDefinition, Step
from sopdesk.domain.sp import check_fixes
from sopdesk.domain.validation import MAX_ID, clean_text
from sopdesk.domain.workdays import WorkCalendar
from sopdesk.services import read
from sopdesk.services.calendar import work_calendar, work_calendar_in
from sopdesk.services.letter_status import sync_letter_status
from sopdesk.store.database import Database
from sopdesk.store.uow import UnitOfWork

# The lanes a role *is* (the user acted themselves); other lanes are recorded on behalf of
# that lane's official. A user linked to an official is that official's lane as well.
OWN_LANES: dict[Role, frozenset[str]] = {
    Role.STAF: frozenset({"staf"}),
    Role.KASUBAG: frozenset({"kasubag"}),
    Role.KABAG: frozenset({"kabag"}),
}
DUE_SOON_DAYS = 3


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now()).replace(microsecond=0)


def _moment(at: datetime | None, now: datetime) -> datetime:
    return now if at is None else at.replace(microsecond=0)


def _lane_names(sop: SopDefinition, step: Step) -> str:
    return ", ".join(sop.lane(code).nama for code in step.lanes)


def _require_step(actor: Actor, sop: SopDefinition, step: Step) -> None:
    require_lanes(actor.role, step.lanes, f"langkah {step.no}", _lane_names(sop, step))


def _step(sop: SopDefinition, no: int) -> Step:
    try:
        return sop.step(no)
    except KeyError:
        raise ValidationError.single("step", f"Langkah {no} tidak ada dalam SOP {sop.nomor}.") from None


def _acted(official: OfficialRecord) -> ActedBy:
    return ActedBy(official.id, official.lane, official.nama, official.jabatan, official.nip)


def _own_official(uow: UnitOfWork, actor: Actor) -> OfficialRecord | None:
    if actor.user_id is None:
        return None
    user = uow.users.get(actor.user_id)
    return None if user.official_id is None else uow.officials.get(user.official_id)


def _acted_by(uow: UnitOfWork, actor: Actor, step: Step, official_id: int | None) -> tuple[ActedBy | None, str | None]:
    """The official who acted and the ``on_behalf_of`` label for the audit trail.

    Given an official, that one. Otherwise the user's own official when it holds one of the
    step's lanes; nobody (the user acted) when the user's own lane is among the step's lanes;
    else the active official of the step's lead lane, recorded on their behalf.
    """
    own = _own_official(uow, actor)
    if official_id is not None:
        official = uow.officials.get(official_id)
        if not official.active:
            raise ValidationError.single("official", f"{official.jabatan} {official.nama} tidak aktif lagi.")
    elif own is not None and own.lane in step.lanes:
        return _acted(own), None
    else:
        own_lanes = OWN_LANES.get(actor.role, frozenset()) | ({own.lane} if own else set())
        if own_lanes & set(step.lanes):
            return None, None
        found = uow.cases.lane_official(step.lead_lane)
        if found is None:
            return None, None
        official = found
    acted = _acted(official)
    return acted, (None if own is not None and own.id == official.id else acted.label())


def _registered_at(received_at: datetime, created_utc: datetime, now: datetime) -> datetime:
    """When step 2 (recording in the agenda) was done: the moment the letter was typed in when
    that was on the day it was received; a letter typed in later (back-filled from the paper
    book, imported) counts as recorded on receipt, as the paper book has it."""
    local = created_utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None, microsecond=0)
    if received_at <= local <= now and local.date() == received_at.date():
        return local
    return received_at


@dataclass
class _Open:
    """A case loaded inside a write transaction: its events folded as of ``now``."""

    uow: UnitOfWork
    info: CaseInfo
    sop: SopDefinition
    cal: WorkCalendar
    events: list[CaseEvent]
    now: datetime
    state: CaseState = field(init=False)

    def __post_init__(self) -> None:
        self.state = fold(self.info, self.sop, self.events, self.cal, self.now)

    @property
    def next_seq(self) -> int:
        return (self.events[-1].seq if self.events else 0) + 1

    def record(self, actor: Actor, event: CaseEvent, action: str, on_behalf_of: str | None = None) -> CaseState:
        """Append the event, rewrite the case row's derived columns, audit; one transaction."""
        before = {"status": self.state.status.value, "current_step": self.state.current_step}
        self.uow.cases.append(self.info.id, event, on_behalf_of)
        self.events.append(event)
        self.state = fold(self.info, self.sop, self.events, self.cal, self.now)
        self.uow.cases.save_summary(self.info.id, self.state.summary())
        after = {
            "number": self.info.number,
            "seq": event.seq,
            "kind": event.kind.value,
            "at": event.at.isoformat(),
            **event.payload(),
            "status": self.state.status.value,
            "current_step": self.state.current_step,
        }
        self.uow.audit.append(
            actor, action, "sop_case", self.info.id, before=before, after=after, on_behalf_of=on_behalf_of
        )
        return self.state


def _open(uow: UnitOfWork, case_id: int, now: datetime, *, lock: bool = True) -> _Open:
    info = uow.cases.info(case_id, lock=lock)
    sop = uow.cases.sop_definition(info.sop_version_id)
    return _Open(uow, info, sop, work_calendar_in(uow), uow.cases.events(case_id), now)


def _check_version(case: _Open, expected_version: int | None) -> None:
    """Refuse an action based on an older state of the case (another seat recorded since)."""
    if expected_version is not None and case.state.version != expected_version:
        raise case.uow.stale("sop_case", case.info.id, f"Berkas {case.info.number}", case.state.version)


# --- writes ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseStarted:
    case_id: int
    number: str
    changes: Changes


def start_case(db: Database, actor: Actor, cmd: StartCase, *, now: datetime | None = None) -> CaseStarted:
    """Open a Berkas SP from an agenda letter. Steps 1 (the OPD hands it over) and 2 (recorded
    in the agenda) complete from the letter itself; the case waits for the Kabag (step 3),
    unless the Kabag has already disposed the letter: then step 3 completes from her standing
    disposition in the same transaction, as it would have had the case come first."""
    layanan = check_layanan(cmd.jenis_layanan)
    now = _now(now)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.RECORD_STEP)
        version_id = uow.cases.current_sop_version_id()
        sop = uow.cases.sop_definition(version_id)
        for no in LETTER_STEPS:
            _require_step(actor, sop, sop.step(no))
        letter = uow.letters.get(cmd.letter_id)
        if letter.voided:
            raise Conflict(f"Surat {letter.number} sudah dibatalkan; tidak dapat menjadi berkas SP.")
        existing = [n for _, n, status in uow.cases.for_letter(letter.id) if status is not CaseStatus.DIBATALKAN]
        if existing:
            raise Conflict(f"Surat {letter.number} sudah menjadi berkas {existing[0]}.")
        asal_opd_id, created_utc = uow.cases.letter_facts(letter.id)
        opd_id = cmd.opd_id if cmd.opd_id is not None else asal_opd_id
        if opd_id is None:
            raise ValidationError.single(
                "opd", f"Asal surat '{letter.asal}' tidak ada dalam daftar OPD: pilih OPD yang mengajukan."
            )
        opd_nama = uow.cases.opd_name(opd_id)
        started = letter.received_at
        registered = _registered_at(started, created_utc, now)
        events: list[CaseEvent] = [
            StepCompleted(
                seq=position,
                at=at,
                step=no,
                source=StepSource.SURAT,
                note=note,
                recorded_by=actor.username,
                recorded_by_nama=actor.nama,
                recorded_at=now,
            )
            for position, (no, at, note) in enumerate(
                (
                    (LETTER_STEPS[0], started, f"Diserahkan oleh {letter.asal}"),
                    (LETTER_STEPS[1], registered, f"Dicatat di buku agenda nomor {letter.number}"),
                ),
                start=1,
            )
        ]
        disposed = _standing_disposition(uow, letter.id)
        if disposed is not None:
            events.append(_step3_from(uow, disposed, seq=len(events) + 1, after=registered, now=now))
        seq = uow.cases.next_seq(started.year)
        number = case_number(started.year, seq)
        cal = work_calendar_in(uow)
        draft = CaseInfo(
            id=0,
            number=number,
            letter_id=letter.id,
            letter_number=letter.number,
            perihal=letter.perihal,
            opd_id=opd_id,
            opd_nama=opd_nama,
            jenis_layanan=layanan,
            sop_version_id=version_id,
            sop_nomor=sop.nomor,
            sop_version=0,
            started_at=started,
            created_by=actor.username,
            created_at=now,
        )
        state = fold(draft, sop, events, cal, now)
        case_id = uow.cases.add(
            year=started.year,
            seq=seq,
            number=number,
            letter_id=letter.id,
            opd_id=opd_id,
            jenis_layanan=layanan,
            sop_version_id=version_id,
            started_at=started,
            created_by=actor.username,
            summary=state.summary(),
        )
        for event in events:
            uow.cases.append(case_id, event)
        sync_letter_status(uow, actor, letter.id)
        uow.audit.append(
            actor,
            "case.start",
            "sop_case",
            case_id,
            after={
                "number": number,
                "letter": letter.number,
                "opd": opd_nama,
                "jenis_layanan": list(layanan),
                "sop_version_id": version_id,
                "started_at": started.isoformat(),
                "step2_at": registered.isoformat(),
                "step3_disposition": disposed.id if disposed is not None else None,
                "due_at": state.due_at.isoformat(),
            },
        )
        uow.commit()
    return CaseStarted(case_id, number, uow.changes)


def _standing_disposition(uow: UnitOfWork, letter_id: int) -> DispositionRecord | None:
    """The letter's first-level disposition (the Kabag's, not a forwarding) that stands (not
    withdrawn), the earliest when there are several; None when the letter waits for one."""
    standing = [d for d in uow.dispositions.for_letter(letter_id) if d.parent_id is None and not d.withdrawn]
    return min(standing, key=lambda d: (d.written_at, d.id)) if standing else None


def _step3_from(
    uow: UnitOfWork, disposed: DispositionRecord, *, seq: int, after: datetime, now: datetime
) -> StepCompleted:
    """Step 3 done by a disposition written before the case began: the Kabag (the sheet's
    signer) acted, whoever saved the sheet recorded it, when it was written (never before the
    letter was registered, step 2)."""
    signer = uow.officials.get(disposed.signer.official_id) if disposed.signer.official_id is not None else None
    return StepCompleted(
        seq=seq,
        at=min(max(disposed.written_at, after), now),
        step=DISPOSITION_STEP,
        acted_by=_acted(signer) if signer is not None else None,
        source=StepSource.DISPOSISI,
        note=f"Disposisi #{disposed.id}",
        recorded_by=disposed.recorded_by,
        recorded_by_nama=disposed.recorded_by_nama,
        recorded_at=now,
    )


def _clean_items(items: Sequence[str], field_name: str) -> tuple[str, ...]:
    out = tuple(dict.fromkeys(clean_text(i) for i in items if clean_text(i)))
    if any(len(i) > 300 for i in out):
        raise ValidationError.single(field_name, "Setiap isian paling panjang 300 karakter.")
    return out


def complete_step(
    db: Database,
    actor: Actor,
    case_id: int,
    cmd: CompleteStep,
    *,
    now: datetime | None = None,
    expected_version: int | None = None,
) -> Changes:
    """Complete the current step (in order; back-dated at most to the previous step)."""
    now = _now(now)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.RECORD_STEP)
        case = _open(uow, case_id, now)
        _check_version(case, expected_version)
        _complete(case, actor, cmd, StepSource.DICATAT)
        uow.commit()
    return uow.changes


def _complete(case: _Open, actor: Actor, cmd: CompleteStep, source: StepSource) -> None:
    step = _step(case.sop, cmd.step)
    _require_step(actor, case.sop, step)
    acted, on_behalf = _acted_by(case.uow, actor, step, cmd.official_id)
    at = _moment(cmd.at, case.now)
    kelengkapan = _clean_items(cmd.kelengkapan, "kelengkapan")
    outputs = _clean_items(cmd.outputs, "outputs")
    note = check_note(cmd.note)
    check_complete(case.state, case.sop, step.no, at, case.now, acted, kelengkapan)
    event = StepCompleted(
        seq=case.next_seq,
        at=at,
        step=step.no,
        acted_by=acted,
        kelengkapan=kelengkapan,
        outputs=outputs,
        source=source,
        note=note,
        recorded_by=actor.username,
        recorded_by_nama=actor.nama,
        recorded_at=case.now,
    )
    state = case.record(actor, event, "case.step_done", on_behalf)
    # The Standar Pelayanan follows in the same transaction: frozen when signed (step 8),
    # recorded as entered into SIPP (step 10).
    from sopdesk.services.sp import after_step

    after_step(case.uow, actor, case.info, step.no, at)
    if state.status is CaseStatus.SELESAI:
        sync_letter_status(case.uow, actor, case.info.letter_id)


def return_case(
    db: Database,
    actor: Actor,
    case_id: int,
    cmd: ReturnStep,
    *,
    now: datetime | None = None,
    expected_version: int | None = None,
) -> Changes:
    """Send the work back (from a step with ``returns_to``, e.g. 5, 6 or 7 to 4): a new pass."""
    now = _now(now)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.RECORD_STEP)
        case = _open(uow, case_id, now)
        _check_version(case, expected_version)
        at = _moment(cmd.at, now)
        current = case.state.current_step
        if current is None:
            check_return(case.state, case.sop, cmd.to_step, at, now)  # refuses a closed case
            raise AssertionError("unreachable")  # pragma: no cover
        step = case.sop.step(current)
        _require_step(actor, case.sop, step)
        acted, on_behalf = _acted_by(uow, actor, step, cmd.official_id)
        reason = check_reason(cmd.reason, what="alasan pengembalian")
        check_return(case.state, case.sop, cmd.to_step, at, now)
        fixes = check_fixes(cmd.perbaikan, case.info.jenis_layanan)
        event = StepReturned(
            seq=case.next_seq,
            at=at,
            from_step=current,
            to_step=cmd.to_step,
            reason=reason,
            acted_by=acted,
            perbaikan=fixes,
            recorded_by=actor.username,
            recorded_by_nama=actor.nama,
            recorded_at=now,
        )
        case.record(actor, event, "case.return", on_behalf)
        uow.commit()
    return uow.changes


def suspend_case(
    db: Database,
    actor: Actor,
    case_id: int,
    cmd: Suspend,
    *,
    now: datetime | None = None,
    expected_version: int | None = None,
) -> Changes:
    """Stop the clock (waiting for the OPD) with a reason."""
    now = _now(now)
    reason = check_reason(cmd.reason, what="alasan penangguhan")
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.RECORD_STEP)
        case = _open(uow, case_id, now)
        _check_version(case, expected_version)
        at = _moment(cmd.at, now)
        check_suspend(case.state, at, now)
        event = Suspended(
            seq=case.next_seq,
            at=at,
            reason=reason,
            recorded_by=actor.username,
            recorded_by_nama=actor.nama,
            recorded_at=now,
        )
        case.record(actor, event, "case.suspend")
        uow.commit()
    return uow.changes


def resume_case(
    db: Database,
    actor: Actor,
    case_id: int,
    cmd: Resume,
    *,
    now: datetime | None = None,
    expected_version: int | None = None,
) -> Changes:
    now = _now(now)
    note = check_note(cmd.note)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.RECORD_STEP)
        case = _open(uow, case_id, now)
        _check_version(case, expected_version)
        at = _moment(cmd.at, now)
        check_resume(case.state, at, now)
        event = Resumed(
            seq=case.next_seq,
            at=at,
            note=note,
            recorded_by=actor.username,
            recorded_by_nama=actor.nama,
            recorded_at=now,
        )
        case.record(actor, event, "case.resume")
        uow.commit()
    return uow.changes


def extend_case(
    db: Database,
    actor: Actor,
    case_id: int,
    cmd: Extend,
    *,
    now: datetime | None = None,
    expected_version: int | None = None,
) -> Changes:
    """Move the current step's due date and the case's by a number of working days."""
    now = _now(now)
    try:
        days = Decimal(str(cmd.days))
    except InvalidOperation:
        raise ValidationError.single("days", "Perpanjangan harus berupa angka hari kerja.") from None
    reason = check_reason(cmd.reason, what="alasan perpanjangan")
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.MANAGE_CASE)
        case = _open(uow, case_id, now)
        _check_version(case, expected_version)
        check_extend(case.state, days)
        assert case.state.current_step is not None
        event = DueExtended(
            seq=case.next_seq,
            at=now,
            days=days,
            reason=reason,
            step=case.state.current_step,
            recorded_by=actor.username,
            recorded_by_nama=actor.nama,
            recorded_at=now,
        )
        case.record(actor, event, "case.extend")
        uow.commit()
    return uow.changes


def cancel_case(
    db: Database,
    actor: Actor,
    case_id: int,
    cmd: Cancel,
    *,
    now: datetime | None = None,
    expected_version: int | None = None,
) -> Changes:
    """Cancel with a reason (never deleted). The letter goes back to waiting."""
    now = _now(now)
    reason = check_reason(cmd.reason, what="alasan pembatalan")
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.MANAGE_CASE)
        case = _open(uow, case_id, now)
        _check_version(case, expected_version)
        check_cancel(case.state)
        disposed = case.state.step(DISPOSITION_STEP).status is StepStatus.SELESAI
        event = Cancelled(
            seq=case.next_seq,
            at=now,
            reason=reason,
            recorded_by=actor.username,
            recorded_by_nama=actor.nama,
            recorded_at=now,
        )
        case.record(actor, event, "case.cancel")
        sync_letter_status(uow, actor, case.info.letter_id, disposed_in_case=disposed)
        uow.commit()
    return uow.changes


def record_distribution(
    db: Database,
    actor: Actor,
    case_id: int,
    cmd: Distribute,
    *,
    now: datetime | None = None,
    expected_version: int | None = None,
) -> Changes:
    """One copy of the bound report handed over at the last step (to whom, received by, when)."""
    now = _now(now)
    with UnitOfWork(db) as uow:
        actor = uow.authorize(actor, Permission.RECORD_STEP)
        case = _open(uow, case_id, now)
        _check_version(case, expected_version)
        last = case.sop.steps[-1]
        _require_step(actor, case.sop, last)
        at = _moment(cmd.at, now)
        note = check_note(cmd.note)
        check_distribute(case.state, case.sop, cmd.to, cmd.received_by, at, now)
        event = Distributed(
            seq=case.next_seq,
            at=at,
            step=last.no,
            to=clean_text(cmd.to),
            received_by=clean_text(cmd.received_by),
            note=note,
            recorded_by=actor.username,
            recorded_by_nama=actor.nama,
            recorded_at=now,
        )
        case.record(actor, event, "case.distribute")
        uow.commit()
    return uow.changes


def complete_from_disposition(
    target: UnitOfWork | Database,
    actor: Actor,
    letter_id: int,
    *,
    at: datetime,
    official_id: int | None = None,
    note: str = "",
    now: datetime | None = None,
) -> bool:
    """Complete step 3 of the letter's open case when the Kabag's disposition is written.

    Pass the disposition's own :class:`UnitOfWork` to write the step in the same transaction
    (nothing is committed then: the caller commits), or a :class:`Database` to commit here.
    Returns False, writing nothing, when the letter has no open case waiting at step 3 (no case
    yet, or the case is past it). The engine's refusals (a moment before step 2, in the future;
    a role outside the Kabag's lane) raise as for :func:`complete_step`.
    """
    now = _now(now)
    if isinstance(target, UnitOfWork):
        return _from_disposition(target, actor, letter_id, at, official_id, note, now)
    with UnitOfWork(target) as uow:
        done = _from_disposition(uow, actor, letter_id, at, official_id, note, now)
        if done:
            uow.commit()
        return done


def _open_case_of_letter(uow: UnitOfWork, letter_id: int, now: datetime) -> _Open | None:
    """The letter's open Berkas SP (active or suspended), loaded; None when it has none."""
    open_ids = [i for i, _, status in uow.cases.for_letter(letter_id) if status.open]
    return _open(uow, open_ids[-1], now) if open_ids else None


def _from_disposition(
    uow: UnitOfWork, actor: Actor, letter_id: int, at: datetime, official_id: int | None, note: str, now: datetime
) -> bool:
    case = _open_case_of_letter(uow, letter_id, now)
    if case is None or case.state.current_step != DISPOSITION_STEP or case.state.status is not CaseStatus.AKTIF:
        return False
    require(actor.role, Permission.RECORD_STEP)
    cmd = CompleteStep(DISPOSITION_STEP, at=at, official_id=official_id, note=note or "Dari lembar disposisi")
    _complete(case, actor, cmd, StepSource.DISPOSISI)
    return True


def take_back_disposition(uow: UnitOfWork, actor: Actor, letter_id: int, reason: str, now: datetime) -> bool:
    """The Kabag's disposition that completed step 3 was withdrawn, and no other stands in its
    place (the caller checks): the letter's open case goes back to step 3, in the
    withdrawal's own transaction, as a return whose reason says so. Returns False, writing
    nothing, when no open case stands on a disposition at step 3. Refuses (Conflict) once the
    case is past step 4 or while it is suspended."""
    now = _now(now)
    case = _open_case_of_letter(uow, letter_id, now)
    if case is None or case.state.current_step == DISPOSITION_STEP or not completed_by_disposition(case.state):
        return False
    check_disposition_taken_back(case.state, now, now)
    assert case.state.current_step is not None
    event = StepReturned(
        seq=case.next_seq,
        at=now,
        from_step=case.state.current_step,
        to_step=DISPOSITION_STEP,
        reason=f"Disposisi ditarik: {reason}",
        recorded_by=actor.username,
        recorded_by_nama=actor.nama,
        recorded_at=now,
    )
    case.record(actor, event, "case.return")
    return True


def refresh_summaries(uow: UnitOfWork, now: datetime) -> tuple[int, ...]:
    """Recompute the derived columns of every open case (after the calendar changed), in the
    caller's transaction: the cases and their events are read in batches, not one by one."""
    ids = uow.cases.open_ids()
    cal = work_calendar_in(uow)
    infos = uow.cases.infos(ids)
    events = uow.cases.events_of(ids)
    summaries = {
        case_id: fold(
            infos[case_id], uow.cases.sop_definition(infos[case_id].sop_version_id), events[case_id], cal, now
        ).summary()
        for case_id in ids
    }
    uow.cases.save_summaries(summaries)
    return tuple(ids)


# --- reads -------------------------------------------------------------------------------------


def find_case(db: Database, ref: str) -> int:
    """A case by its number (``SP-2026-007``) or its id (``7`` or ``#7``)."""
    text = ref.strip()
    case_id = read.case_id_by_number(db, text[:40])
    digits = text.lstrip("#")
    if case_id is None and digits.isascii() and digits.isdecimal() and int(digits) <= MAX_ID:
        case_id = int(digits) if read.case_info(db, int(digits)) else None
    if case_id is None:
        raise NotFound(f"Berkas {ref} tidak ditemukan.")
    return case_id


@dataclass(frozen=True)
class CaseView:
    """Everything a swimlane or a timeline of one case draws from."""

    state: CaseState
    sop: SopDefinition
    calendar: WorkCalendar


def case_view(db: Database, case_id: int, *, now: datetime | None = None) -> CaseView:
    info = read.case_info(db, case_id)
    if info is None:
        raise NotFound(f"Berkas #{case_id} tidak ditemukan.")
    sop = read.sop_definition_of_version(db, info.sop_version_id)
    cal = work_calendar(db)
    state = fold(info, sop, read.case_events(db, case_id), cal, _now(now))
    return CaseView(state, sop, cal)


def case_state(db: Database, case_id: int, *, now: datetime | None = None) -> CaseState:
    return case_view(db, case_id, now=now).state


@dataclass(frozen=True)
class ActiveCase:
    item: CaseListItem
    clock: CaseClock


def active_cases(db: Database, *, now: datetime | None = None) -> list[ActiveCase]:
    """Every open case with its clock, soonest-due first (the home screen and the overview)."""
    now = _now(now)
    cal = work_calendar(db)
    return [ActiveCase(item, case_clock(item, cal, now)) for item in read.case_items(db)]


def case_list(db: Database, *, open_only: bool = True, now: datetime | None = None) -> list[ActiveCase]:
    now = _now(now)
    cal = work_calendar(db)
    return [ActiveCase(item, case_clock(item, cal, now)) for item in read.case_items(db, open_only=open_only)]


def cases_for_letter(db: Database, letter_id: int) -> list[CaseListItem]:
    return read.case_items(db, open_only=False, letter_id=letter_id)


@dataclass(frozen=True)
class Overview:
    """The Kabag's home screen: open cases by step and lane, overdue, due soon."""

    cases: tuple[ActiveCase, ...]
    step_counts: dict[int, int]
    lane_counts: dict[str, int]
    overdue: tuple[ActiveCase, ...]
    due_soon: tuple[ActiveCase, ...]  # the current step falls due within DUE_SOON_DAYS working days

    def tasks_for(self, role: Role) -> tuple[ActiveCase, ...]:
        """Open cases whose current step this role may record ("my tasks")."""
        return tuple(c for c in self.cases if c.item.status.open and may_record_lanes(role, c.item.lanes))


def overview(db: Database, *, now: datetime | None = None) -> Overview:
    cases = active_cases(db, now=now)
    sop = read.sop_definition(db)
    steps = counts_by_step(c.item for c in cases)
    return Overview(
        cases=tuple(cases),
        step_counts=steps,
        lane_counts=counts_by_lane(steps, sop) if sop else {},
        overdue=tuple(c for c in cases if c.clock.step_overdue),
        due_soon=tuple(c for c in cases if c.clock.due_within(DUE_SOON_DAYS)),
    )
