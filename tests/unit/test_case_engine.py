"""The case engine: a pure fold of events over the SOP definition, and what it refuses."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from sopdesk.domain.cases import (
    ActedBy,
    Cancelled,
    CaseInfo,
    CaseListItem,
    CaseStatus,
    Distributed,
    DueExtended,
    PassOutcome,
    Resumed,
    StepCompleted,
    StepReturned,
    StepSource,
    StepStatus,
    Suspended,
    case_clock,
    check_cancel,
    check_complete,
    check_distribute,
    check_extend,
    check_resume,
    check_return,
    check_suspend,
    counts_by_lane,
    counts_by_step,
    describe_since,
    event_from_stored,
    fold,
)
from sopdesk.domain.errors import Conflict, ValidationError
from sopdesk.domain.sop import load_sop_file
from sopdesk.domain.workdays import OfficeHours, WorkCalendar
from sopdesk.paths import sop_dir
from tests.unit.test_workdays import LIBUR

SOP = load_sop_file(sop_dir() / "01.048.2017.toml")
CAL = WorkCalendar(OfficeHours(), LIBUR)
START = datetime(2025, 3, 3, 9, 0)  # Monday
NOW = datetime(2026, 11, 27, 10, 0)
INFO = CaseInfo(
    id=1,
    number="SP-2025-001",
    letter_id=1,
    letter_number="000.8.3.2/001-Org/2025",
    perihal="Penyampaian rancangan SP",
    opd_id=5,
    opd_nama="Dinas Kesehatan",
    jenis_layanan=("Izin praktik bidan",),
    sop_version_id=1,
    sop_nomor="01.048.2017",
    sop_version=1,
    started_at=START,
    created_by="staf",
    created_at=START,
)
SEKDA = ActedBy(2, "sekda", "Drs. H. Moch. Maesyal Rasyid, M.Si", "Sekretaris Daerah", "196505171986031014")


class Case:
    """Events appended the way the service does: checked against the state, then folded."""

    def __init__(self) -> None:
        self.events: list = []
        self.done(1, START, source=StepSource.SURAT)
        self.done(2, START, source=StepSource.SURAT)

    def _add(self, cls, **fields):
        self.events.append(cls(seq=len(self.events) + 1, recorded_by="staf", recorded_at=NOW, **fields))

    def state(self, as_of: datetime = NOW):
        return fold(INFO, SOP, self.events, CAL, as_of)

    def done(self, step: int, at: datetime, **fields):
        check_complete(self.state(), SOP, step, at, NOW, fields.get("acted_by"), fields.get("kelengkapan", ()))
        self._add(StepCompleted, at=at, step=step, **fields)

    def back(self, to: int, at: datetime, reason: str = "Draf belum sesuai notulen"):
        state = self.state()
        check_return(state, SOP, to, at, NOW)
        self._add(StepReturned, at=at, from_step=state.current_step, to_step=to, reason=reason)

    def suspend(self, at: datetime):
        check_suspend(self.state(), at, NOW)
        self._add(Suspended, at=at, reason="Menunggu data dari OPD")

    def resume(self, at: datetime):
        check_resume(self.state(), at, NOW)
        self._add(Resumed, at=at)


def test_a_new_case_waits_for_the_kabags_disposition_with_the_plan_of_42_5_days():
    state = Case().state()
    assert state.current_step == 3 and state.lead_lane == "kabag" and state.current_lanes == ("kabag",)
    assert state.status is CaseStatus.AKTIF
    assert [s.status for s in state.steps[:4]] == [
        StepStatus.SELESAI,
        StepStatus.SELESAI,
        StepStatus.BERJALAN,
        StepStatus.BELUM,
    ]
    assert state.planned_days == Decimal("42.5")
    # Each step's plan is its mutu baku from when it began: steps 1 and 2 complete from the
    # letter at once, so step 3 began on Monday 09:00 and its plan ends with its due time,
    # 13:45 (not on Wednesday, after the due time, as a plan counted from the SOP's start did).
    plan = [(s.planned_start, s.planned_end) for s in state.steps]
    assert plan[0] == (START, datetime(2025, 3, 4, 9, 0))
    assert plan[1] == (START, datetime(2025, 3, 3, 13, 45))
    assert plan[2] == (START, datetime(2025, 3, 3, 13, 45)) and plan[2][1] == state.step_due_at
    assert plan[3][0] == datetime(2025, 3, 3, 13, 45)  # step 4, not reached: after step 3's plan
    assert all(s.planned_end <= p.due_at for s in state.steps for p in s.passes[:1])
    # The case's own deadline: 42.5 working days after Monday 3 March (Lebaran, Good Friday,
    # 1 May, Waisak skipped): 15 May; the steps' plans end within it.
    assert state.planned_end == datetime(2025, 5, 15, 13, 45) and plan[-1][1] <= state.planned_end
    assert state.due_at == state.planned_end
    assert state.step_due_at == datetime(2025, 3, 3, 13, 45)  # half a day from 09:00


def test_suspension_stops_the_clock_of_the_step_and_of_the_case():
    case = Case()
    case.done(3, datetime(2025, 3, 3, 14, 0))  # 15 minutes late
    case.suspend(datetime(2025, 3, 10, 8, 0))
    case.resume(datetime(2025, 3, 12, 8, 0))  # two working days without the OPD's data
    state = case.state(datetime(2025, 4, 15, 10, 0))
    step3, step4 = state.step(3), state.step(4)
    assert step3.late and not step3.overdue and step3.passes[0].elapsed_days == pytest.approx(0.5 + 0.25 / 7.5)
    assert state.current_step == 4 and state.current_since == datetime(2025, 3, 3, 14, 0)
    # 30 working days from Monday 3 March 14:00 is Thursday 24 April 14:00; plus two: Monday 28 April.
    assert state.step_due_at == datetime(2025, 4, 28, 14, 0)
    assert step4.passes[0].suspended_days == 2
    # The case: 42.5 + 2 days from Monday 3 March 09:00.
    assert state.due_at == datetime(2025, 5, 19, 13, 45)
    assert state.suspended_days == 2
    assert state.elapsed_days == pytest.approx(CAL.between(START, datetime(2025, 4, 15, 10, 0)) - 2)
    assert not state.step_overdue


def test_while_suspended_nothing_runs_late():
    case = Case()
    case.suspend(datetime(2025, 3, 3, 10, 0))  # an hour into the Kabag's half day
    later = case.state(datetime(2025, 6, 2, 9, 0))
    assert later.status is CaseStatus.DITANGGUHKAN and later.suspended_since == datetime(2025, 3, 3, 10, 0)
    assert not later.step_overdue and not later.overdue
    assert later.step_elapsed_days == pytest.approx(1 / 7.5)
    assert later.remaining_days == pytest.approx(42.5 - 1 / 7.5)
    assert describe_since(later, SOP) == "Sekarang di: Kabag. Organisasi, sejak 0 hari kerja (ditangguhkan)"
    with pytest.raises(Conflict, match="lanjutkan berkas dulu"):
        check_complete(later, SOP, 3, datetime(2025, 3, 4, 9, 0), NOW, None, ())
    with pytest.raises(Conflict, match="sudah ditangguhkan"):
        check_suspend(later, datetime(2025, 3, 4, 9, 0), NOW)


def full_run(case: Case) -> None:
    """Steps 3 to 7 with one return from step 5 and one from step 6, then to the end."""
    case.done(3, datetime(2025, 3, 3, 14, 0))
    case.done(4, datetime(2025, 4, 14, 10, 0), kelengkapan=("Disposisi",), outputs=("Data SPM", "Notulen"))
    case.back(4, datetime(2025, 4, 15, 10, 0))
    case.done(4, datetime(2025, 4, 17, 10, 0))
    case.done(5, datetime(2025, 4, 21, 9, 0))
    case.back(4, datetime(2025, 4, 21, 15, 0), reason="Asda III minta perbaikan maklumat")
    case.done(4, datetime(2025, 4, 23, 10, 0))
    case.done(5, datetime(2025, 4, 24, 10, 0))
    case.done(6, datetime(2025, 4, 24, 14, 0))
    case.done(7, datetime(2025, 4, 25, 9, 0), acted_by=SEKDA)
    case.done(8, datetime(2025, 4, 28, 9, 0))
    case.done(9, datetime(2025, 4, 28, 11, 0))
    case.done(10, datetime(2025, 4, 30, 10, 0))


def test_returns_count_passes_and_the_case_finishes_after_distribution():
    case = Case()
    full_run(case)
    state = case.state()
    assert state.returns == 2
    assert [state.step(n).pass_count for n in range(1, 12)] == [1, 1, 1, 3, 3, 2, 1, 1, 1, 1, 1]
    four = state.step(4)
    assert [p.outcome for p in four.passes] == [PassOutcome.SELESAI] * 3
    assert [p.number for p in four.passes] == [1, 2, 3]
    five = state.step(5)
    assert [p.outcome for p in five.passes] == [PassOutcome.DIKEMBALIKAN, PassOutcome.SELESAI, PassOutcome.SELESAI]
    assert five.passes[0].returned.reason == "Draf belum sesuai notulen"
    assert state.step(6).passes[0].outcome is PassOutcome.DIKEMBALIKAN
    assert state.step(7).completion.acted_by == SEKDA
    assert state.current_step == 11
    # The last step distributes first, and completes only then.
    with pytest.raises(ValidationError) as info:
        check_complete(state, SOP, 11, datetime(2025, 5, 2, 9, 0), NOW, None, ())
    assert "minimal satu distribusi" in info.value.fields["step"]
    check_distribute(state, SOP, "Dinas Kesehatan", "Ani, staf TU", datetime(2025, 5, 2, 9, 0), NOW)
    case._add(Distributed, at=datetime(2025, 5, 2, 9, 0), step=11, to="Dinas Kesehatan", received_by="Ani, staf TU")
    case.done(11, datetime(2025, 5, 5, 9, 0))
    done = case.state()
    assert done.status is CaseStatus.SELESAI and done.current_step is None
    assert all(s.status is StepStatus.SELESAI for s in done.steps)
    assert done.finished_at == datetime(2025, 5, 5, 9, 0)
    assert [d.to for d in done.distributions] == ["Dinas Kesehatan"]
    assert not done.overdue and done.elapsed_days == pytest.approx(CAL.between(START, datetime(2025, 5, 5, 9, 0)))
    assert done.deviation_days == pytest.approx(done.elapsed_days - 42.5)
    with pytest.raises(Conflict, match="sudah selesai"):
        check_suspend(done, datetime(2025, 5, 6, 9, 0), NOW)


def test_after_a_return_the_steps_ahead_wait_again():
    case = Case()
    case.done(3, datetime(2025, 3, 3, 14, 0))
    case.done(4, datetime(2025, 4, 14, 10, 0))
    case.done(5, datetime(2025, 4, 15, 9, 0))
    case.back(4, datetime(2025, 4, 15, 14, 0))
    state = case.state()
    assert state.current_step == 4 and state.step(4).current_pass.number == 2
    assert [state.step(n).status for n in (3, 4, 5, 6)] == [
        StepStatus.SELESAI,
        StepStatus.BERJALAN,
        StepStatus.BELUM,
        StepStatus.BELUM,
    ]
    # The second pass of step 4 has its own 30 days from the return.
    assert state.step_due_at == CAL.add(datetime(2025, 4, 15, 14, 0), 30)


def test_extension_moves_the_step_and_the_case():
    case = Case()
    case.done(3, datetime(2025, 3, 3, 14, 0))
    check_extend(case.state(), Decimal("5"))
    case._add(DueExtended, at=datetime(2025, 3, 20, 9, 0), days=Decimal("5"), reason="Ekspose diundur", step=4)
    state = case.state()
    assert state.step_due_at == CAL.add(datetime(2025, 3, 3, 14, 0), 35)
    assert state.due_at == CAL.add(START, Decimal("47.5"))
    assert state.extension_days == 5 and state.step(4).current_pass.allowed_days == 35
    with pytest.raises(ValidationError, match="0,5, 1, 1,5"):
        check_extend(state, Decimal("0.3"))


def test_cancel_stops_the_case_where_it_was():
    case = Case()
    case.done(3, datetime(2025, 3, 3, 14, 0))
    case.suspend(datetime(2025, 3, 5, 9, 0))
    check_cancel(case.state())
    case._add(Cancelled, at=datetime(2025, 3, 7, 9, 0), reason="OPD menarik usulan")
    state = case.state()
    assert state.status is CaseStatus.DIBATALKAN and state.current_step is None and state.stopped_at_step == 4
    assert state.step(4).passes[-1].outcome is PassOutcome.DIBATALKAN
    assert state.step(4).status is StepStatus.BELUM and state.step(3).status is StepStatus.SELESAI
    assert state.suspended_since is None and state.suspended_days == 2
    with pytest.raises(Conflict, match="sudah dibatalkan"):
        check_cancel(state)


# --- refusals --------------------------------------------------------------------------------------


def test_steps_complete_in_order_only():
    state = Case().state()
    with pytest.raises(ValidationError) as info:
        check_complete(state, SOP, 5, datetime(2025, 3, 4, 9, 0), NOW, None, ())
    assert info.value.fields["step"] == (
        "Langkah 5 belum dapat diselesaikan: berkas sekarang di langkah 3 (Kabag. Organisasi). "
        "Langkah diselesaikan berurutan."
    )
    with pytest.raises(ValidationError, match="Langkah 2 sudah selesai"):
        check_complete(state, SOP, 2, datetime(2025, 3, 4, 9, 0), NOW, None, ())
    with pytest.raises(ValidationError, match="Langkah 12 tidak ada"):
        check_complete(state, SOP, 12, datetime(2025, 3, 4, 9, 0), NOW, None, ())


def test_moments_before_the_previous_step_or_in_the_future_are_refused():
    case = Case()
    case.done(3, datetime(2025, 3, 3, 14, 0))
    state = case.state()
    with pytest.raises(ValidationError) as info:
        check_complete(state, SOP, 4, datetime(2025, 3, 3, 13, 59), NOW, None, ())
    assert info.value.fields["at"] == (
        "Waktu 3 Maret 2025 13.59 terlalu awal: langkah 3 selesai pada 3 Maret 2025 14.00. Isi waktu sesudahnya."
    )
    with pytest.raises(ValidationError) as info:
        check_complete(state, SOP, 4, datetime(2026, 11, 27, 10, 1), NOW, None, ())
    assert info.value.fields["at"] == "Waktu tidak boleh di masa depan."
    check_complete(state, SOP, 4, datetime(2025, 3, 3, 14, 0), NOW, None, ())  # the same minute is fine


def test_only_steps_that_may_return_do_so_and_only_to_their_step():
    case = Case()
    case.done(3, datetime(2025, 3, 3, 14, 0))
    with pytest.raises(ValidationError) as info:
        check_return(case.state(), SOP, 3, datetime(2025, 3, 4, 9, 0), NOW)
    assert info.value.fields["to_step"] == "Langkah 4 tidak dapat mengembalikan berkas ke langkah sebelumnya."
    case.done(4, datetime(2025, 3, 5, 9, 0))
    with pytest.raises(ValidationError) as info:
        check_return(case.state(), SOP, 3, datetime(2025, 3, 5, 10, 0), NOW)
    assert info.value.fields["to_step"] == "Langkah 5 hanya dapat mengembalikan berkas ke langkah 4."


def test_an_official_outside_the_steps_lanes_and_unknown_checklist_items_are_refused():
    case = Case()
    case.done(3, datetime(2025, 3, 3, 14, 0))
    state = case.state()
    with pytest.raises(ValidationError) as info:
        check_complete(state, SOP, 4, datetime(2025, 3, 4, 9, 0), NOW, SEKDA, ())
    assert info.value.fields["official"] == (
        "Drs. H. Moch. Maesyal Rasyid, M.Si (Sekretaris Daerah) bukan pelaksana langkah 4 (pelaksana: Kasubag, Staf)."
    )
    with pytest.raises(ValidationError, match="'Kopi' tidak ada dalam kelengkapan langkah 4"):
        check_complete(state, SOP, 4, datetime(2025, 3, 4, 9, 0), NOW, None, ("Disposisi", "Kopi"))


def test_distribution_only_at_the_last_step_with_a_receiver():
    state = Case().state()
    with pytest.raises(ValidationError, match="Distribusi dicatat pada langkah 11"):
        check_distribute(state, SOP, "Dinkes", "Ani", datetime(2025, 3, 4, 9, 0), NOW)
    case = Case()
    full_run(case)
    with pytest.raises(ValidationError) as info:
        check_distribute(case.state(), SOP, " ", "", datetime(2025, 5, 2, 9, 0), NOW)
    assert set(info.value.fields) == {"to", "received_by"}


def test_events_survive_their_stored_form():
    case = Case()
    full_run(case)
    case._add(DueExtended, at=datetime(2025, 5, 1, 9, 0), days=Decimal("1.5"), reason="Bupati dinas luar", step=11)
    for e in case.state().events:
        again = event_from_stored(e.kind.value, e.seq, e.at, e.recorded_by, e.recorded_at, e.payload())
        assert again == e


# --- lists -----------------------------------------------------------------------------------------


def item(status=CaseStatus.AKTIF, step=4, suspended=None, **kw) -> CaseListItem:
    values = dict(
        id=1,
        number="SP-2025-001",
        letter_id=1,
        letter_number="x",
        perihal="p",
        opd_nama="Dinkes",
        jenis_layanan=(),
        sop_version_id=1,
        status=status,
        current_step=step,
        lanes=SOP.step(step).lanes if step else (),
        started_at=START,
        step_started_at=datetime(2025, 3, 3, 14, 0),
        step_due_at=datetime(2025, 4, 24, 14, 0),
        due_at=datetime(2025, 5, 15, 13, 45),
        suspended_since=suspended,
        finished_at=None,
        returns=0,
    )
    values.update(kw)
    return CaseListItem(**values)


def test_clock_of_a_listed_case():
    clock = case_clock(item(), CAL, datetime(2025, 4, 22, 14, 0))
    assert clock.step_remaining_days == 2 and clock.due_within(3) and not clock.step_overdue
    late = case_clock(item(), CAL, datetime(2025, 4, 25, 14, 0))
    assert late.step_overdue and late.step_remaining_days == -1 and not late.due_within(3)
    # Suspended on 22 April with two days left: still two days left a month later, due moves on.
    held = case_clock(item(suspended=datetime(2025, 4, 22, 14, 0)), CAL, datetime(2025, 5, 22, 9, 0))
    assert held.step_remaining_days == 2 and not held.step_overdue
    assert held.step_due_at == CAL.add(datetime(2025, 5, 22, 9, 0), 2)


def test_counts_for_the_overview():
    items = [item(step=4), item(step=4), item(step=7), item(status=CaseStatus.SELESAI, step=None)]
    steps = counts_by_step(items)
    assert steps == {4: 2, 7: 1}
    lanes = counts_by_lane(steps, SOP)
    assert lanes["kasubag"] == 2 and lanes["staf"] == 2 and lanes["sekda"] == 1 and lanes["bupati"] == 0
    assert counts_by_lane(steps, SOP, lead_only=True)["staf"] == 0
