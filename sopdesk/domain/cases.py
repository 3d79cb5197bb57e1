"""Berkas SP: one submission's way through the steps of its SOP (pure Python).

A case never changes its history: every action is an event appended to it, and the case's
state is a pure fold of its events over its SOP definition and the working-day calendar. The
engine knows no step by its number: the next step, the lanes, the mutu baku and where a step
may send the work back all come from the SOP version the case started on.

Two integration points are named here because they join other records, not because a step
behaves differently: steps 1 and 2 (:data:`LETTER_STEPS`) complete from the agenda letter that
starts the case, and step 3 (:data:`DISPOSITION_STEP`) completes when the Kabag's disposition
for that letter is written. The last step of the SOP distributes the result: it records each
distribution (to whom, received by, when) and completes only after at least one.

Clock rules (see :mod:`sopdesk.domain.workdays` for working time):

- A step's pass falls due at its start plus the step's mutu baku in working days, not counting
  time while the case is suspended, plus any extension given during the pass.
- The case falls due at its start plus the SOP's total mutu baku (42.5 working days for SOP
  01.048.2017), not counting suspended time, plus every extension.
- The plan is the chain of mutu baku from the case's start, ignoring suspensions and returns.
- While the case is suspended the clock stands still: elapsed and remaining time are frozen
  at the moment of suspension and nothing becomes overdue.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar

from sopdesk.domain.dates import tanggal_jam
from sopdesk.domain.errors import Conflict, NotFound, ValidationError
from sopdesk.domain.sop import SopDefinition, Step
from sopdesk.domain.sp import Fix
from sopdesk.domain.validation import clean_text
from sopdesk.domain.workdays import WorkCalendar, format_days

LETTER_STEPS = (1, 2)
DISPOSITION_STEP = 3
NUMBER_SERIES = "berkas"
MIN_REASON = 5
MAX_TEXT = 1000


def case_number(year: int, seq: int) -> str:
    """``SP-2026-007``: gapless per year, like the agenda."""
    return f"SP-{year}-{seq:03d}"


# --- enums -------------------------------------------------------------------------------


class CaseStatus(StrEnum):
    AKTIF = "aktif"
    DITANGGUHKAN = "ditangguhkan"
    SELESAI = "selesai"
    DIBATALKAN = "dibatalkan"

    @property
    def label(self) -> str:
        return {
            CaseStatus.AKTIF: "Berjalan",
            CaseStatus.DITANGGUHKAN: "Ditangguhkan",
            CaseStatus.SELESAI: "Selesai",
            CaseStatus.DIBATALKAN: "Dibatalkan",
        }[self]

    @property
    def open(self) -> bool:
        """Still in the office's hands (active or suspended)."""
        return self in (CaseStatus.AKTIF, CaseStatus.DITANGGUHKAN)


class StepStatus(StrEnum):
    BELUM = "belum"  # not reached yet (or to be done again after a return)
    BERJALAN = "berjalan"  # the current step
    SELESAI = "selesai"


class PassOutcome(StrEnum):
    BERJALAN = "berjalan"
    SELESAI = "selesai"
    DIKEMBALIKAN = "dikembalikan"  # this step sent the work back to an earlier step
    DIBATALKAN = "dibatalkan"  # the case was cancelled during this pass


class EventKind(StrEnum):
    STEP_DONE = "step_done"
    RETURNED = "returned"
    SUSPENDED = "suspended"
    RESUMED = "resumed"
    EXTENDED = "extended"
    CANCELLED = "cancelled"
    DISTRIBUTED = "distributed"

    @property
    def label(self) -> str:
        return {
            EventKind.STEP_DONE: "Langkah selesai",
            EventKind.RETURNED: "Dikembalikan",
            EventKind.SUSPENDED: "Ditangguhkan",
            EventKind.RESUMED: "Dilanjutkan",
            EventKind.EXTENDED: "Tenggat diperpanjang",
            EventKind.CANCELLED: "Dibatalkan",
            EventKind.DISTRIBUTED: "Didistribusikan",
        }[self]


class StepSource(StrEnum):
    """Where a step completion came from."""

    DICATAT = "dicatat"  # recorded by a user
    SURAT = "surat"  # from the agenda letter (steps 1 and 2)
    DISPOSISI = "disposisi"  # from the Kabag's disposition (step 3)


# --- events ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActedBy:
    """The official who acted, as they were when the step was recorded."""

    official_id: int | None
    lane: str
    nama: str
    jabatan: str
    nip: str = ""

    def label(self) -> str:
        if self.nama and self.jabatan:
            return f"{self.nama} ({self.jabatan})"
        return self.nama or self.jabatan

    def to_dict(self) -> dict[str, Any]:
        return {
            "official_id": self.official_id,
            "lane": self.lane,
            "nama": self.nama,
            "jabatan": self.jabatan,
            "nip": self.nip,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ActedBy:
        return cls(data.get("official_id"), data["lane"], data["nama"], data["jabatan"], data.get("nip", ""))


@dataclass(frozen=True, kw_only=True)
class CaseEvent:
    """Something that happened to a case. ``at`` is when it happened (it may be back-dated);
    ``recorded_at`` and ``recorded_by`` say when and by which user it was entered."""

    kind: ClassVar[EventKind]

    seq: int
    at: datetime
    recorded_by: str
    recorded_by_nama: str = ""
    recorded_at: datetime
    note: str = ""

    @property
    def on_behalf_of(self) -> ActedBy | None:
        return None

    def payload(self) -> dict[str, Any]:
        """The kind-specific fields as JSON-ready values (stored with the event)."""
        return {"note": self.note, "recorded_by_nama": self.recorded_by_nama}


@dataclass(frozen=True, kw_only=True)
class StepCompleted(CaseEvent):
    kind: ClassVar[EventKind] = EventKind.STEP_DONE

    step: int
    acted_by: ActedBy | None = None  # None: the recording user acted themselves
    kelengkapan: tuple[str, ...] = ()  # the checklist items ticked
    outputs: tuple[str, ...] = ()
    source: StepSource = StepSource.DICATAT

    @property
    def on_behalf_of(self) -> ActedBy | None:
        return self.acted_by

    def payload(self) -> dict[str, Any]:
        return {
            **super().payload(),
            "step": self.step,
            "acted_by": self.acted_by.to_dict() if self.acted_by else None,
            "kelengkapan": list(self.kelengkapan),
            "outputs": list(self.outputs),
            "source": self.source.value,
        }


@dataclass(frozen=True, kw_only=True)
class StepReturned(CaseEvent):
    kind: ClassVar[EventKind] = EventKind.RETURNED

    from_step: int
    to_step: int
    reason: str
    acted_by: ActedBy | None = None
    perbaikan: tuple[Fix, ...] = ()  # the SP components to fix (issue 16)

    @property
    def on_behalf_of(self) -> ActedBy | None:
        return self.acted_by

    def payload(self) -> dict[str, Any]:
        out = {
            **super().payload(),
            "from_step": self.from_step,
            "to_step": self.to_step,
            "reason": self.reason,
            "acted_by": self.acted_by.to_dict() if self.acted_by else None,
        }
        if self.perbaikan:
            out["perbaikan"] = [f.to_dict() for f in self.perbaikan]
        return out


@dataclass(frozen=True, kw_only=True)
class Suspended(CaseEvent):
    kind: ClassVar[EventKind] = EventKind.SUSPENDED

    reason: str

    def payload(self) -> dict[str, Any]:
        return {**super().payload(), "reason": self.reason}


@dataclass(frozen=True, kw_only=True)
class Resumed(CaseEvent):
    kind: ClassVar[EventKind] = EventKind.RESUMED


@dataclass(frozen=True, kw_only=True)
class DueExtended(CaseEvent):
    kind: ClassVar[EventKind] = EventKind.EXTENDED

    days: Decimal
    reason: str
    step: int  # the step whose due date (and the case's) moved

    def payload(self) -> dict[str, Any]:
        return {**super().payload(), "days": str(self.days), "reason": self.reason, "step": self.step}


@dataclass(frozen=True, kw_only=True)
class Cancelled(CaseEvent):
    kind: ClassVar[EventKind] = EventKind.CANCELLED

    reason: str

    def payload(self) -> dict[str, Any]:
        return {**super().payload(), "reason": self.reason}


@dataclass(frozen=True, kw_only=True)
class Distributed(CaseEvent):
    """One copy handed over at the distribution step; ``at`` is when it was received."""

    kind: ClassVar[EventKind] = EventKind.DISTRIBUTED

    step: int
    to: str
    received_by: str

    def payload(self) -> dict[str, Any]:
        return {**super().payload(), "step": self.step, "to": self.to, "received_by": self.received_by}


def event_step(event: CaseEvent) -> int | None:
    """The step an event belongs to (for the store's ``step`` column)."""
    if isinstance(event, StepCompleted | DueExtended | Distributed):
        return event.step
    if isinstance(event, StepReturned):
        return event.from_step
    return None


def event_from_stored(
    kind: str, seq: int, at: datetime, recorded_by: str, recorded_at: datetime, payload: dict[str, Any]
) -> CaseEvent:
    """Rebuild an event from its stored columns and payload (see :meth:`CaseEvent.payload`)."""
    common: dict[str, Any] = {
        "seq": seq,
        "at": at,
        "recorded_by": recorded_by,
        "recorded_at": recorded_at,
        "recorded_by_nama": payload.get("recorded_by_nama", ""),
        "note": payload.get("note", ""),
    }
    acted = payload.get("acted_by")
    acted_by = ActedBy.from_dict(acted) if isinstance(acted, dict) else None
    match EventKind(kind):
        case EventKind.STEP_DONE:
            return StepCompleted(
                **common,
                step=int(payload["step"]),
                acted_by=acted_by,
                kelengkapan=tuple(payload.get("kelengkapan", ())),
                outputs=tuple(payload.get("outputs", ())),
                source=StepSource(payload.get("source", StepSource.DICATAT.value)),
            )
        case EventKind.RETURNED:
            return StepReturned(
                **common,
                from_step=int(payload["from_step"]),
                to_step=int(payload["to_step"]),
                reason=payload["reason"],
                acted_by=acted_by,
                perbaikan=tuple(Fix.from_dict(f) for f in payload.get("perbaikan", ()) if isinstance(f, dict)),
            )
        case EventKind.SUSPENDED:
            return Suspended(**common, reason=payload["reason"])
        case EventKind.RESUMED:
            return Resumed(**common)
        case EventKind.EXTENDED:
            return DueExtended(
                **common, days=Decimal(payload["days"]), reason=payload["reason"], step=int(payload["step"])
            )
        case EventKind.CANCELLED:
            return Cancelled(**common, reason=payload["reason"])
        case EventKind.DISTRIBUTED:
            return Distributed(
                **common, step=int(payload["step"]), to=payload["to"], received_by=payload["received_by"]
            )
    raise ValueError(kind)  # pragma: no cover - every kind is matched above


# --- commands: what a dialog (or the CLI) collects ----------------------------------------


@dataclass(frozen=True)
class StartCase:
    letter_id: int
    jenis_layanan: tuple[str, ...]
    opd_id: int | None = None  # None: the OPD the letter came from


@dataclass(frozen=True)
class CompleteStep:
    step: int
    at: datetime | None = None  # None: now
    official_id: int | None = None  # None: the user's own official, or the lead lane's official
    kelengkapan: tuple[str, ...] = ()
    outputs: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class ReturnStep:
    to_step: int
    reason: str
    at: datetime | None = None
    official_id: int | None = None
    perbaikan: tuple[Fix, ...] = ()  # the SP components to fix, per layanan (issue 16)


@dataclass(frozen=True)
class Suspend:
    reason: str
    at: datetime | None = None


@dataclass(frozen=True)
class Resume:
    note: str = ""
    at: datetime | None = None


@dataclass(frozen=True)
class Extend:
    days: Decimal
    reason: str


@dataclass(frozen=True)
class Cancel:
    reason: str


@dataclass(frozen=True)
class Distribute:
    to: str
    received_by: str
    at: datetime | None = None
    note: str = ""


# --- the case and its state ---------------------------------------------------------------


@dataclass(frozen=True)
class CaseInfo:
    """A case's identity: what it is about and which SOP version it runs on."""

    id: int
    number: str
    letter_id: int
    letter_number: str
    perihal: str
    opd_id: int
    opd_nama: str
    jenis_layanan: tuple[str, ...]
    sop_version_id: int
    sop_nomor: str
    sop_version: int
    started_at: datetime
    created_by: str
    created_at: datetime


@dataclass(frozen=True)
class StepPass:
    """One pass through a step. A return sends the work back, and every step from the one it
    returns to runs again: each run is a new pass, numbered from 1."""

    step: int
    number: int
    started_at: datetime
    ended_at: datetime | None  # None while running
    due_at: datetime  # for a suspended pass: the due date if the case resumed at as_of
    outcome: PassOutcome
    allowed_days: Decimal  # mutu baku plus extensions given during the pass
    elapsed_days: float  # working days, suspended time not counted (to ended_at or as_of)
    suspended_days: float
    late: bool  # took (or is taking) more than allowed_days
    completion: StepCompleted | None = None
    returned: StepReturned | None = None

    @property
    def running(self) -> bool:
        return self.outcome is PassOutcome.BERJALAN

    @property
    def remaining_days(self) -> float:
        return float(self.allowed_days) - self.elapsed_days


@dataclass(frozen=True)
class StepState:
    """One row of the swimlane and the timeline."""

    no: int
    uraian: str
    lanes: tuple[str, ...]  # lead lane first
    waktu_hari: Decimal
    status: StepStatus
    planned_start: datetime
    planned_end: datetime
    passes: tuple[StepPass, ...]
    returns_to: int | None = None

    @property
    def lead_lane(self) -> str:
        return self.lanes[0]

    @property
    def pass_count(self) -> int:
        return len(self.passes)

    @property
    def current_pass(self) -> StepPass | None:
        return self.passes[-1] if self.passes and self.passes[-1].running else None

    @property
    def actual_start(self) -> datetime | None:
        return self.passes[0].started_at if self.passes else None

    @property
    def actual_end(self) -> datetime | None:
        """When the step was last completed (None while it is not done)."""
        if self.status is not StepStatus.SELESAI:
            return None
        done = [p for p in self.passes if p.outcome is PassOutcome.SELESAI]
        return done[-1].ended_at if done else None

    @property
    def late(self) -> bool:
        """Any pass took longer than its mutu baku."""
        return any(p.late for p in self.passes)

    @property
    def overdue(self) -> bool:
        """The running pass is past its due date."""
        current = self.current_pass
        return current is not None and current.late

    @property
    def completion(self) -> StepCompleted | None:
        done = [p.completion for p in self.passes if p.completion is not None]
        return done[-1] if done else None


@dataclass(frozen=True)
class CaseSummary:
    """What the store keeps on the case row, rewritten with every event, so lists of cases
    (the home screen, the overview) read it without folding any events."""

    status: CaseStatus
    current_step: int | None
    lanes: tuple[str, ...]
    step_started_at: datetime | None
    step_due_at: datetime | None
    due_at: datetime
    suspended_since: datetime | None
    finished_at: datetime | None
    returns: int
    last_seq: int


@dataclass(frozen=True)
class CaseState:
    """A case folded from its events, as of ``as_of``."""

    info: CaseInfo
    as_of: datetime
    status: CaseStatus
    current_step: int | None  # None once finished or cancelled
    stopped_at_step: int | None  # the step a cancelled case stopped at
    current_since: datetime | None  # start of the current pass
    step_due_at: datetime | None
    started_at: datetime
    planned_days: Decimal  # the SOP's total mutu baku
    planned_end: datetime
    due_at: datetime
    finished_at: datetime | None  # completion of the last step, or the cancellation
    elapsed_days: float
    remaining_days: float  # negative when overdue
    overdue: bool
    step_overdue: bool
    suspended_since: datetime | None
    suspended_days: float
    extension_days: Decimal
    returns: int
    steps: tuple[StepState, ...]
    events: tuple[CaseEvent, ...]
    distributions: tuple[Distributed, ...] = field(default=())

    @property
    def version(self) -> int:
        """The sequence number of the case's last event: an action names the version it was
        based on, and the store refuses it when another seat recorded something since."""
        return self.events[-1].seq if self.events else 0

    @property
    def current(self) -> StepState | None:
        return None if self.current_step is None else self.step(self.current_step)

    @property
    def current_lanes(self) -> tuple[str, ...]:
        current = self.current
        return current.lanes if current else ()

    @property
    def lead_lane(self) -> str | None:
        current = self.current
        return current.lead_lane if current else None

    @property
    def step_elapsed_days(self) -> float:
        current = self.current
        running = current.current_pass if current else None
        return running.elapsed_days if running else 0.0

    @property
    def deviation_days(self) -> float:
        """Working days behind (+) or ahead (-) of the plan. Finished: actual minus planned
        total. Open: elapsed time minus the plan's time for the steps done so far and for the
        current step (at most its mutu baku)."""
        if self.status is CaseStatus.SELESAI:
            return self.elapsed_days - float(self.planned_days)
        position = Decimal(0)
        for s in self.steps:
            if s.no == self.current_step:
                running = s.current_pass
                spent = running.elapsed_days if running else 0.0
                return self.elapsed_days - float(position) - min(spent, float(s.waktu_hari))
            position += s.waktu_hari
        return self.elapsed_days - float(position)

    def step(self, no: int) -> StepState:
        for s in self.steps:
            if s.no == no:
                return s
        raise KeyError(no)

    def window(self) -> tuple[date, date]:
        """First and last date a timeline of this case should show."""
        moments = [self.started_at, self.planned_end, self.due_at, self.finished_at or self.as_of]
        for s in self.steps:
            for p in s.passes:
                if p.ended_at:
                    moments.append(p.ended_at)
                else:  # a finished pass's due date far after its end would only widen the chart
                    moments.append(p.due_at)
        return min(moments).date(), max(moments).date()

    def summary(self) -> CaseSummary:
        return CaseSummary(
            status=self.status,
            current_step=self.current_step,
            lanes=self.current_lanes,
            step_started_at=self.current_since,
            step_due_at=self.step_due_at,
            due_at=self.due_at,
            suspended_since=self.suspended_since,
            finished_at=self.finished_at,
            returns=self.returns,
            last_seq=self.events[-1].seq if self.events else 0,
        )

    def content_hash(self) -> str:
        """SHA-256 of the case's identity and events: what a printed dossier shows."""
        payload = {
            "number": self.info.number,
            "letter": self.info.letter_number,
            "opd": self.info.opd_nama,
            "layanan": list(self.info.jenis_layanan),
            "sop": [self.info.sop_nomor, self.info.sop_version],
            "started_at": self.info.started_at.isoformat(),
            "events": [[e.seq, e.kind.value, e.at.isoformat(), e.recorded_by, e.payload()] for e in self.events],
        }
        canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --- the fold ------------------------------------------------------------------------------


class _Pass:
    def __init__(self, step: Step, number: int, start: datetime) -> None:
        self.step = step
        self.number = number
        self.start = start
        self.end: datetime | None = None
        self.outcome = PassOutcome.BERJALAN
        self.extension = Decimal(0)
        self.completion: StepCompleted | None = None
        self.returned: StepReturned | None = None


def _suspended_seconds(cal: WorkCalendar, intervals: list[tuple[datetime, datetime]], a: datetime, b: datetime) -> int:
    total = 0
    for s, e in intervals:
        lo, hi = max(s, a), min(e, b)
        if hi > lo:
            total += cal.working_seconds(lo, hi)
    return total


def _due(cal: WorkCalendar, start: datetime, allowed: int, intervals: list[tuple[datetime, datetime]]) -> datetime:
    """The moment ``allowed`` working seconds of unsuspended time have passed since ``start``."""
    cursor, remaining = start, allowed
    for s, e in intervals:
        if e <= cursor:
            continue
        if s > cursor:
            chunk = cal.working_seconds(cursor, s)
            if chunk >= remaining:
                return cal.add_seconds(cursor, remaining)
            remaining -= chunk
        cursor = max(cursor, e)
    return cal.add_seconds(cursor, remaining)


def _seconds(cal: WorkCalendar, days: Decimal) -> int:
    return int((days * cal.day_seconds).to_integral_value())


def fold(
    info: CaseInfo,
    sop: SopDefinition,
    events: Sequence[CaseEvent],
    cal: WorkCalendar,
    as_of: datetime,
) -> CaseState:
    """The case's state from its events (in ``seq`` order) as of ``as_of``."""
    ordered = sorted(events, key=lambda e: e.seq)
    order = [s.no for s in sop.steps]
    passes: dict[int, list[_Pass]] = {no: [] for no in order}
    first = sop.steps[0]
    opening = _Pass(first, 1, info.started_at)
    passes[first.no].append(opening)
    current: _Pass | None = opening
    status = CaseStatus.AKTIF
    stopped_at: int | None = None
    finished_at: datetime | None = None
    suspensions: list[list[datetime | None]] = []
    extension = Decimal(0)
    returns = 0
    distributions: list[Distributed] = []

    def open_pass(step_no: int, start: datetime) -> _Pass:
        p = _Pass(sop.step(step_no), len(passes[step_no]) + 1, start)
        passes[step_no].append(p)
        return p

    for e in ordered:
        if isinstance(e, StepCompleted) and current is not None:
            current.end, current.outcome, current.completion = e.at, PassOutcome.SELESAI, e
            index = order.index(current.step.no)
            if index + 1 < len(order):
                current = open_pass(order[index + 1], e.at)
            else:
                current, status, finished_at = None, CaseStatus.SELESAI, e.at
        elif isinstance(e, StepReturned) and current is not None:
            current.end, current.outcome, current.returned = e.at, PassOutcome.DIKEMBALIKAN, e
            returns += 1
            current = open_pass(e.to_step, e.at)
        elif isinstance(e, Suspended):
            suspensions.append([e.at, None])
            status = CaseStatus.DITANGGUHKAN
        elif isinstance(e, Resumed) and suspensions:
            suspensions[-1][1] = e.at
            status = CaseStatus.AKTIF
        elif isinstance(e, DueExtended):
            extension += e.days
            if current is not None:
                current.extension += e.days
        elif isinstance(e, Cancelled):
            if suspensions and suspensions[-1][1] is None:
                suspensions[-1][1] = e.at
            if current is not None:
                stopped_at = current.step.no
                current.end, current.outcome = e.at, PassOutcome.DIBATALKAN
            current, status, finished_at = None, CaseStatus.DIBATALKAN, e.at
        elif isinstance(e, Distributed):
            distributions.append(e)

    # The clock stops at the end of the case, and stands still while suspended.
    suspended_since = suspensions[-1][0] if suspensions and suspensions[-1][1] is None else None
    clock = finished_at or suspended_since or as_of
    intervals: list[tuple[datetime, datetime]] = [(s, e or clock) for s, e in suspensions if s is not None]

    def build(p: _Pass) -> StepPass:
        end = p.end or clock
        allowed = p.step.waktu_hari + p.extension
        during = [iv for iv in intervals if iv[0] < end]  # a later suspension moves no finished pass
        suspended = _suspended_seconds(cal, during, p.start, end)
        active = cal.working_seconds(p.start, end) - suspended
        return StepPass(
            step=p.step.no,
            number=p.number,
            started_at=p.start,
            ended_at=p.end,
            due_at=_due(cal, p.start, _seconds(cal, allowed), during),
            outcome=p.outcome,
            allowed_days=allowed,
            elapsed_days=active / cal.day_seconds,
            suspended_days=suspended / cal.day_seconds,
            late=active > _seconds(cal, allowed),
            completion=p.completion,
            returned=p.returned,
        )

    current_no = current.step.no if current is not None else None
    current_index = order.index(current_no) if current_no is not None else len(order)
    steps: list[StepState] = []
    # The plan of a step: its mutu baku from when it began (its first pass), or, for a step not
    # reached yet, from the end of the plan of the step before. So a step's plan never ends
    # after its due time (which suspension and extension only move later), and a step begun
    # early (1 and 2 complete from the letter at once) does not show a plan days after its due.
    previous_end = info.started_at
    for index, s in enumerate(sop.steps):
        begun = passes[s.no][0].start if passes[s.no] else previous_end
        planned_start = cal.next_working_moment(begun)
        planned_end = cal.add(begun, s.waktu_hari)
        previous_end = planned_end
        built = tuple(build(p) for p in passes[s.no])
        if status is CaseStatus.SELESAI:
            step_status = StepStatus.SELESAI
        elif status is CaseStatus.DIBATALKAN:
            done = built and built[-1].outcome is PassOutcome.SELESAI
            step_status = StepStatus.SELESAI if done else StepStatus.BELUM
        elif index < current_index:
            step_status = StepStatus.SELESAI
        elif index == current_index:
            step_status = StepStatus.BERJALAN
        else:
            step_status = StepStatus.BELUM
        steps.append(
            StepState(
                no=s.no,
                uraian=s.uraian,
                lanes=s.lanes,
                waktu_hari=s.waktu_hari,
                status=step_status,
                planned_start=planned_start,
                planned_end=planned_end,
                passes=built,
                returns_to=s.returns_to,
            )
        )

    total = sop.total_waktu_hari
    allowed_case = _seconds(cal, total + extension)
    suspended_case = _suspended_seconds(cal, intervals, info.started_at, clock)
    active_case = cal.working_seconds(info.started_at, clock) - suspended_case
    running = next((p for s in steps for p in s.passes if p.running), None)
    return CaseState(
        info=info,
        as_of=as_of,
        status=status,
        current_step=current_no,
        stopped_at_step=stopped_at,
        current_since=running.started_at if running else None,
        step_due_at=running.due_at if running else None,
        started_at=info.started_at,
        planned_days=total,
        planned_end=cal.add(info.started_at, total),
        due_at=_due(cal, info.started_at, allowed_case, intervals),
        finished_at=finished_at,
        elapsed_days=active_case / cal.day_seconds,
        remaining_days=(allowed_case - active_case) / cal.day_seconds,
        overdue=active_case > allowed_case,
        step_overdue=running.late if running else False,
        suspended_since=suspended_since,
        suspended_days=suspended_case / cal.day_seconds,
        extension_days=extension,
        returns=returns,
        steps=tuple(steps),
        events=tuple(ordered),
        distributions=tuple(distributions),
    )


# --- validation: what the engine refuses --------------------------------------------------


def _refuse_closed(state: CaseState) -> None:
    if state.status is CaseStatus.SELESAI:
        raise Conflict(f"Berkas {state.info.number} sudah selesai; tidak dapat diubah lagi.")
    if state.status is CaseStatus.DIBATALKAN:
        raise Conflict(f"Berkas {state.info.number} sudah dibatalkan; tidak dapat diubah lagi.")


def _refuse_suspended(state: CaseState, what: str) -> None:
    if state.status is CaseStatus.DITANGGUHKAN:
        assert state.suspended_since is not None
        raise Conflict(
            f"Berkas {state.info.number} ditangguhkan sejak {tanggal_jam(state.suspended_since)}: "
            f"lanjutkan berkas dulu sebelum {what}."
        )


def earliest_moment(state: CaseState) -> tuple[datetime, str]:
    """The earliest moment a new event may carry, and why (for the message)."""
    floor, why = state.started_at, f"berkas dimulai pada {tanggal_jam(state.started_at)}"
    for e in state.events:
        if e.at >= floor:
            if isinstance(e, StepCompleted):
                why = f"langkah {e.step} selesai pada {tanggal_jam(e.at)}"
            elif isinstance(e, StepReturned):
                why = f"berkas dikembalikan ke langkah {e.to_step} pada {tanggal_jam(e.at)}"
            elif isinstance(e, Resumed):
                why = f"berkas dilanjutkan pada {tanggal_jam(e.at)}"
            elif isinstance(e, Suspended):
                why = f"berkas ditangguhkan pada {tanggal_jam(e.at)}"
            elif isinstance(e, Distributed):
                why = f"distribusi terakhir dicatat pada {tanggal_jam(e.at)}"
            else:
                continue
            floor = e.at
    return floor, why


def check_moment(state: CaseState, at: datetime, now: datetime, field_name: str = "at") -> None:
    """Back-dating is allowed, but never before the case's last step event nor in the future."""
    if at > now:
        raise ValidationError.single(field_name, "Waktu tidak boleh di masa depan.")
    floor, why = earliest_moment(state)
    if at < floor:
        raise ValidationError.single(field_name, f"Waktu {tanggal_jam(at)} terlalu awal: {why}. Isi waktu sesudahnya.")


def check_reason(reason: str, field_name: str = "reason", what: str = "alasan") -> str:
    reason = clean_text(reason)
    if len(reason) < MIN_REASON:
        raise ValidationError.single(field_name, f"Tuliskan {what} (minimal {MIN_REASON} karakter).")
    if len(reason) > MAX_TEXT:
        raise ValidationError.single(field_name, "Paling panjang 1.000 karakter.")
    return reason


def check_note(note: str) -> str:
    note = clean_text(note)
    if len(note) > MAX_TEXT:
        raise ValidationError.single("note", "Catatan paling panjang 1.000 karakter.")
    return note


def check_layanan(items: Iterable[str]) -> tuple[str, ...]:
    """Jenis layanan: at least one name, each at most 200 characters, no repeats."""
    out: list[str] = []
    for item in items:
        text = clean_text(item)
        if text and text.lower() not in (o.lower() for o in out):
            out.append(text)
    if not out:
        raise ValidationError.single("jenis_layanan", "Sebutkan minimal satu jenis layanan.")
    if any(len(o) > 200 for o in out):
        raise ValidationError.single("jenis_layanan", "Setiap jenis layanan paling panjang 200 karakter.")
    if len(out) > 50:
        raise ValidationError.single("jenis_layanan", "Paling banyak 50 jenis layanan dalam satu berkas.")
    return tuple(out)


def _step_label(sop: SopDefinition, no: int) -> str:
    step = sop.step(no)
    lanes = ", ".join(sop.lane(code).nama for code in step.lanes)
    return f"langkah {no} ({lanes})"


def check_complete(
    state: CaseState,
    sop: SopDefinition,
    step_no: int,
    at: datetime,
    now: datetime,
    acted_by: ActedBy | None,
    kelengkapan: tuple[str, ...],
) -> None:
    """Completing ``step_no`` at ``at``: only the current step, in order, with a sane moment."""
    _refuse_closed(state)
    _refuse_suspended(state, "mencatat langkah")
    if step_no not in [s.no for s in sop.steps]:
        raise ValidationError.single("step", f"Langkah {step_no} tidak ada dalam SOP {sop.nomor}.")
    if step_no != state.current_step:
        assert state.current_step is not None
        done = state.step(step_no).status is StepStatus.SELESAI
        if done:
            message = f"Langkah {step_no} sudah selesai; berkas sekarang di {_step_label(sop, state.current_step)}."
        else:
            message = (
                f"Langkah {step_no} belum dapat diselesaikan: berkas sekarang di "
                f"{_step_label(sop, state.current_step)}. Langkah diselesaikan berurutan."
            )
        raise ValidationError.single("step", message)
    step = sop.step(step_no)
    if acted_by is not None and acted_by.lane not in step.lanes:
        lanes = ", ".join(sop.lane(code).nama for code in step.lanes)
        raise ValidationError.single(
            "official", f"{acted_by.label()} bukan pelaksana langkah {step_no} (pelaksana: {lanes})."
        )
    allowed = sop.resolved_kelengkapan(step_no)
    unknown = [k for k in kelengkapan if k not in allowed]
    if unknown:
        raise ValidationError.single("kelengkapan", f"'{unknown[0]}' tidak ada dalam kelengkapan langkah {step_no}.")
    if step_no == sop.steps[-1].no and not state.distributions:
        raise ValidationError.single(
            "step", f"Langkah {step_no} selesai setelah minimal satu distribusi dicatat (kepada siapa, diterima oleh)."
        )
    check_moment(state, at, now)


def check_return(state: CaseState, sop: SopDefinition, to_step: int, at: datetime, now: datetime) -> None:
    _refuse_closed(state)
    _refuse_suspended(state, "mengembalikan")
    assert state.current_step is not None
    step = sop.step(state.current_step)
    if step.returns_to is None:
        raise ValidationError.single(
            "to_step", f"Langkah {step.no} tidak dapat mengembalikan berkas ke langkah sebelumnya."
        )
    if to_step != step.returns_to:
        raise ValidationError.single(
            "to_step", f"Langkah {step.no} hanya dapat mengembalikan berkas ke langkah {step.returns_to}."
        )
    check_moment(state, at, now)


def completed_by_disposition(state: CaseState) -> bool:
    """Whether the case's step 3 stands done on the strength of a disposition (the Kabag's,
    written in SOPDesk): withdrawing that disposition takes the step back."""
    passes = state.step(DISPOSITION_STEP).passes
    last = passes[-1] if passes else None
    return last is not None and last.completion is not None and last.completion.source is StepSource.DISPOSISI


def check_disposition_taken_back(state: CaseState, at: datetime, now: datetime) -> None:
    """A withdrawn disposition sends the case back to step 3 only from the step right after
    it: once step 4 is done, the work built on that disposition stands."""
    _refuse_closed(state)
    _refuse_suspended(state, "menarik disposisi yang menyelesaikan langkah 3")
    if state.current_step != DISPOSITION_STEP + 1:
        raise Conflict(
            f"Berkas {state.info.number} sudah melewati langkah {DISPOSITION_STEP + 1}; disposisi yang "
            f"menyelesaikan langkah {DISPOSITION_STEP} tidak dapat ditarik lagi."
        )
    check_moment(state, at, now)


def check_suspend(state: CaseState, at: datetime, now: datetime) -> None:
    _refuse_closed(state)
    if state.status is CaseStatus.DITANGGUHKAN:
        assert state.suspended_since is not None
        raise Conflict(f"Berkas {state.info.number} sudah ditangguhkan sejak {tanggal_jam(state.suspended_since)}.")
    check_moment(state, at, now)


def check_resume(state: CaseState, at: datetime, now: datetime) -> None:
    _refuse_closed(state)
    if state.status is not CaseStatus.DITANGGUHKAN:
        raise Conflict(f"Berkas {state.info.number} tidak sedang ditangguhkan.")
    check_moment(state, at, now)


def check_extend(state: CaseState, days: Decimal) -> None:
    _refuse_closed(state)
    if not days.is_finite() or days <= 0 or (days * 2) != (days * 2).to_integral_value():
        raise ValidationError.single("days", "Perpanjangan dalam hari kerja: 0,5, 1, 1,5 dan seterusnya.")
    if days > 60:
        raise ValidationError.single("days", "Perpanjangan paling lama 60 hari kerja sekaligus.")


def check_cancel(state: CaseState) -> None:
    _refuse_closed(state)


def check_distribute(
    state: CaseState, sop: SopDefinition, to: str, received_by: str, at: datetime, now: datetime
) -> None:
    _refuse_closed(state)
    _refuse_suspended(state, "mencatat distribusi")
    last = sop.steps[-1].no
    if state.current_step != last:
        raise ValidationError.single(
            "step",
            f"Distribusi dicatat pada {_step_label(sop, last)}; berkas sekarang di langkah {state.current_step}.",
        )
    errors = {}
    if not clean_text(to):
        errors["to"] = "Sebutkan kepada siapa laporan didistribusikan."
    elif len(clean_text(to)) > 300:
        errors["to"] = "Paling panjang 300 karakter."
    if not clean_text(received_by):
        errors["received_by"] = "Sebutkan nama penerima."
    elif len(clean_text(received_by)) > 300:
        errors["received_by"] = "Paling panjang 300 karakter."
    if errors:
        raise ValidationError(errors)
    check_moment(state, at, now)


# --- lists of cases (home screen, overview) -------------------------------------------------


@dataclass(frozen=True)
class CaseListItem:
    """One case as lists show it, read from the case row (no events folded)."""

    id: int
    number: str
    letter_id: int
    letter_number: str
    perihal: str
    opd_nama: str
    jenis_layanan: tuple[str, ...]
    sop_version_id: int
    status: CaseStatus
    current_step: int | None
    lanes: tuple[str, ...]
    started_at: datetime
    step_started_at: datetime | None
    step_due_at: datetime | None
    due_at: datetime
    suspended_since: datetime | None
    finished_at: datetime | None
    returns: int

    @property
    def lead_lane(self) -> str | None:
        return self.lanes[0] if self.lanes else None


@dataclass(frozen=True)
class CaseClock:
    """A listed case's clock as of ``as_of`` (the clock stands still while suspended)."""

    as_of: datetime
    step_elapsed_days: float
    step_remaining_days: float | None  # None when no step is running
    remaining_days: float
    step_due_at: datetime | None  # a suspended case: the due date if it resumed at as_of
    due_at: datetime
    step_overdue: bool
    overdue: bool

    def due_within(self, days: float) -> bool:
        """The current step falls due within ``days`` working days and is not overdue yet."""
        return self.step_remaining_days is not None and not self.step_overdue and self.step_remaining_days <= days


def case_clock(item: CaseListItem, cal: WorkCalendar, as_of: datetime) -> CaseClock:
    """Elapsed and remaining working days of a listed case, from its stored due dates."""
    day = cal.day_seconds
    if not item.status.open:
        remaining = cal.between(item.finished_at or as_of, item.due_at)
        return CaseClock(as_of, 0.0, None, remaining, None, item.due_at, False, remaining < 0)
    clock = cal.position(item.suspended_since or as_of)
    step_remaining = (cal.position(item.step_due_at) - clock) / day if item.step_due_at else None
    remaining = (cal.position(item.due_at) - clock) / day
    step_elapsed = (clock - cal.position(item.step_started_at)) / day if item.step_started_at else 0.0
    step_due, due = item.step_due_at, item.due_at
    if item.suspended_since is not None:
        # Stored as if resumed at the suspension; resuming now pushes the dates not yet passed.
        if step_due is not None and step_remaining is not None and step_remaining > 0:
            step_due = cal.add_seconds(cal.next_working_moment(as_of), round(step_remaining * day))
        if remaining > 0:
            due = cal.add_seconds(cal.next_working_moment(as_of), round(remaining * day))
    return CaseClock(
        as_of=as_of,
        step_elapsed_days=step_elapsed,
        step_remaining_days=step_remaining,
        remaining_days=remaining,
        step_due_at=step_due,
        due_at=due,
        step_overdue=step_remaining is not None and step_remaining < 0,
        overdue=remaining < 0,
    )


def counts_by_step(items: Iterable[CaseListItem]) -> dict[int, int]:
    """Open cases waiting at each step (for the overview swimlane)."""
    counts: dict[int, int] = {}
    for item in items:
        if item.status.open and item.current_step is not None:
            counts[item.current_step] = counts.get(item.current_step, 0) + 1
    return counts


def counts_by_lane(step_counts: dict[int, int], sop: SopDefinition, *, lead_only: bool = False) -> dict[str, int]:
    """Open cases waiting in each lane: a case counts in every lane of its current step
    (only in the lead lane with ``lead_only``)."""
    counts = {lane.code: 0 for lane in sop.lanes}
    for no, count in step_counts.items():
        try:
            lanes = sop.step(no).lanes
        except KeyError:
            continue
        for code in lanes[:1] if lead_only else lanes:
            counts[code] = counts.get(code, 0) + count
    return counts


def describe_since(state: CaseState, sop: SopDefinition) -> str:
    """ "Sekarang di: Sekda, sejak 2 hari kerja" for the current step."""
    if state.status is CaseStatus.SELESAI:
        return "Selesai"
    if state.status is CaseStatus.DIBATALKAN:
        return "Dibatalkan"
    lead = state.lead_lane
    lane = sop.lane(lead).nama if lead else "-"
    since = math.floor(state.step_elapsed_days * 2) / 2
    text = f"Sekarang di: {lane}, sejak {format_days(since)} hari kerja"
    if state.status is CaseStatus.DITANGGUHKAN:
        text += " (ditangguhkan)"
    return text


# --- the tanda terima of a distribution (step 11) -------------------------------------------

MAX_RECEIPT_ITEMS = 20


@dataclass(frozen=True)
class DistributionReceipt:
    """What the tanda terima of one distribution prints: the case, what was handed over, to
    whom, who received it and when, and the clerk who handed it over (who recorded it)."""

    case_id: int
    case_number: str
    seq: int  # the Distributed event's number within the case
    number: int  # the case's n-th distribution
    opd_nama: str
    jenis_layanan: tuple[str, ...]
    letter_number: str
    perihal: str
    step_no: int
    step_uraian: str
    items: tuple[str, ...]  # what was handed over, one per line
    to: str
    received_by: str
    at: datetime
    note: str
    giver_nama: str
    giver_username: str

    def content_hash(self) -> str:
        """SHA-256 of the record the receipt prints (the office's place, the giver's NIP and
        jabatan are settings of the day, like the letterhead, and stay out)."""
        payload = {
            "case": [self.case_id, self.case_number, self.opd_nama, list(self.jenis_layanan)],
            "letter": [self.letter_number, self.perihal],
            "distribution": [self.seq, self.step_no, self.to, self.received_by, self.at.isoformat(), self.note],
            "items": list(self.items),
            "giver": [self.giver_username, self.giver_nama],
        }
        canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def default_receipt_items(sop: SopDefinition) -> tuple[str, ...]:
    """What the last step hands over, from the SOP definition (its output, "Sda" resolved)."""
    return sop.resolved_output(sop.steps[-1].no)


def receipt_items(description: str | None, sop: SopDefinition) -> tuple[str, ...]:
    """The free text the user typed (one item a line), or the SOP's output of the last step."""
    if description is None or not description.strip():
        return default_receipt_items(sop)
    items = tuple(dict.fromkeys(clean_text(line) for line in description.splitlines() if clean_text(line)))
    if len(items) > MAX_RECEIPT_ITEMS:
        raise ValidationError.single("isi", f"Paling banyak {MAX_RECEIPT_ITEMS} baris barang yang diserahkan.")
    if any(len(item) > 300 for item in items):
        raise ValidationError.single("isi", "Setiap baris barang yang diserahkan paling panjang 300 karakter.")
    return items


def distribution_receipt(state: CaseState, sop: SopDefinition, seq: int, items: tuple[str, ...]) -> DistributionReceipt:
    """The tanda terima of the distribution recorded as event ``seq`` of the case."""
    found = [(n, d) for n, d in enumerate(state.distributions, start=1) if d.seq == seq]
    if not found:
        listed = ", ".join(f"#{d.seq}" for d in state.distributions) or "belum ada"
        raise NotFound(f"Berkas {state.info.number} tidak punya distribusi #{seq} (distribusi: {listed}).")
    number, event = found[0]
    info = state.info
    return DistributionReceipt(
        case_id=info.id,
        case_number=info.number,
        seq=event.seq,
        number=number,
        opd_nama=info.opd_nama,
        jenis_layanan=info.jenis_layanan,
        letter_number=info.letter_number,
        perihal=info.perihal,
        step_no=event.step,
        step_uraian=sop.step(event.step).uraian,
        items=items,
        to=event.to,
        received_by=event.received_by,
        at=event.at,
        note=event.note,
        giver_nama=event.recorded_by_nama or event.recorded_by,
        giver_username=event.recorded_by,
    )
