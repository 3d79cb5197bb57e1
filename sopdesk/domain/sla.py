"""SLA report: how long each step really took against its mutu baku, over a period (pure).

A step *pass* counts in the period in which it ended: completed, or sent back to an earlier
step (a return also took time). Passes ended by a cancellation are left out. Days are working
days without suspended time (see :mod:`sopdesk.domain.cases`). The 90th percentile is the
nearest-rank value: the smallest duration that at least 90% of the passes did not exceed, a
duration that really occurred.
"""

from __future__ import annotations

import hashlib
import json
import math
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sopdesk.domain.cases import LETTER_STEPS, CaseState, CaseStatus, PassOutcome
from sopdesk.domain.dates import tanggal
from sopdesk.domain.sop import SopDefinition


def nearest_rank(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0 < q <= 1) by nearest rank; ``values`` must not be empty."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class SlaStepRow:
    no: int
    uraian: str
    pelaksana: str  # lane names, lead first
    waktu_hari: Decimal
    count: int  # passes ended in the period
    median_days: float | None
    p90_days: float | None
    on_time: int
    returns: int  # passes that sent the work back
    # Steps 1 and 2 complete from the letter in the agenda book, in no time: they are counted
    # but not measured against their mutu baku, and stay out of the capaian.
    measured: bool = True

    @property
    def on_time_share(self) -> float | None:
        return None if not self.count or not self.measured else self.on_time / self.count

    @property
    def late(self) -> int:
        return self.count - self.on_time


@dataclass(frozen=True)
class Capaian:
    count: int
    on_time: int

    @property
    def share(self) -> float | None:
        return None if not self.count else self.on_time / self.count


@dataclass(frozen=True)
class SlaReport:
    start: date
    end: date
    sop_nomor: str
    planned_days: Decimal
    rows: tuple[SlaStepRow, ...]
    cases_finished: int
    case_median_days: float | None
    case_p90_days: float | None
    cases_on_time: int
    cases_open: int  # cases with a pass in the period that are still open

    @property
    def title(self) -> str:
        return "Laporan Capaian Mutu Baku Waktu Berkas SP"

    @property
    def subtitle(self) -> str:
        return f"SOP {self.sop_nomor} · periode {tanggal(self.start)} s.d. {tanggal(self.end)}"

    @property
    def passes(self) -> int:
        return sum(r.count for r in self.rows)

    @property
    def measured(self) -> Capaian:
        """The capaian over the steps that are measured (not steps 1 and 2)."""
        rows = [r for r in self.rows if r.measured]
        return Capaian(sum(r.count for r in rows), sum(r.on_time for r in rows))

    @property
    def cases_on_time_share(self) -> float | None:
        return None if not self.cases_finished else self.cases_on_time / self.cases_finished

    def content_hash(self) -> str:
        payload = [
            self.sop_nomor,
            self.start.isoformat(),
            self.end.isoformat(),
            [[r.no, r.count, r.median_days, r.p90_days, r.on_time, r.returns, str(r.waktu_hari)] for r in self.rows],
            [self.cases_finished, self.case_median_days, self.case_p90_days, self.cases_on_time, self.cases_open],
        ]
        canonical = json.dumps(payload, ensure_ascii=False, default=str)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _round(value: float) -> float:
    return round(value, 2)


def sla_report(states: Iterable[CaseState], sop: SopDefinition, start: date, end: date) -> SlaReport:
    """Per step of ``sop``: passes that ended from ``start`` to ``end`` (inclusive)."""
    durations: dict[int, list[float]] = {s.no: [] for s in sop.steps}
    on_time: dict[int, int] = {s.no: 0 for s in sop.steps}
    returns: dict[int, int] = {s.no: 0 for s in sop.steps}
    finished: list[float] = []
    finished_on_time = 0
    still_open = 0
    for state in states:
        touched = False
        for step in state.steps:
            if step.no not in durations:
                continue
            for p in step.passes:
                if p.ended_at is None or not (start <= p.ended_at.date() <= end):
                    continue
                if p.outcome not in (PassOutcome.SELESAI, PassOutcome.DIKEMBALIKAN):
                    continue
                touched = True
                durations[step.no].append(p.elapsed_days)
                on_time[step.no] += 0 if p.late else 1
                returns[step.no] += p.outcome is PassOutcome.DIKEMBALIKAN
        if state.status is CaseStatus.SELESAI and state.finished_at and start <= state.finished_at.date() <= end:
            finished.append(state.elapsed_days)
            finished_on_time += 0 if state.overdue else 1
        elif touched and state.status.open:
            still_open += 1
    rows = []
    for s in sop.steps:
        values = durations[s.no]
        rows.append(
            SlaStepRow(
                no=s.no,
                uraian=s.uraian,
                pelaksana=", ".join(sop.lane(code).nama for code in s.lanes),
                waktu_hari=s.waktu_hari,
                count=len(values),
                median_days=_round(statistics.median(values)) if values else None,
                p90_days=_round(nearest_rank(values, 0.9)) if values else None,
                on_time=on_time[s.no],
                returns=returns[s.no],
                measured=s.no not in LETTER_STEPS,
            )
        )
    return SlaReport(
        start=start,
        end=end,
        sop_nomor=sop.nomor,
        planned_days=sop.total_waktu_hari,
        rows=tuple(rows),
        cases_finished=len(finished),
        case_median_days=_round(statistics.median(finished)) if finished else None,
        case_p90_days=_round(nearest_rank(finished, 0.9)) if finished else None,
        cases_on_time=finished_on_time,
        cases_open=still_open,
    )


# What the paper (and the workbook) says under the table, so that the Sekda reads the figures right.
NOTES: tuple[str, ...] = (
    "Satu lintasan dihitung pada periode ia berakhir (selesai atau dikembalikan); waktu dalam hari kerja "
    "(Senin–Jumat, tanpa libur nasional dan cuti bersama), tanpa masa penangguhan.",
    'Tepat waktu: tidak melebihi mutu baku ditambah perpanjangan. "90% selesai dalam": sembilan dari sepuluh '
    "lintasan selesai dalam waktu itu atau kurang.",
    "Langkah 1 dan 2 selesai seketika dari surat yang dicatat di buku agenda: dihitung jumlahnya, tetapi tidak "
    "diukur terhadap mutu baku dan tidak masuk capaian.",
)


def capaian_text(report: SlaReport) -> str:
    """The one line the Sekda reads first: how many measured passes met their mutu baku."""
    measured = report.measured
    if not measured.count:
        return "Capaian: belum ada langkah terukur yang berakhir dalam periode ini."
    share = round((measured.share or 0) * 100)
    return (
        f"Capaian: {measured.on_time} dari {measured.count} lintasan langkah terukur (langkah 3–11) "
        f"selesai dalam mutu baku ({share}%)."
    )


def finished_text(report: SlaReport, days: Callable[[float], str]) -> str:
    if not report.cases_finished:
        return "Berkas selesai dalam periode: tidak ada."
    share = round((report.cases_on_time_share or 0) * 100)
    return (
        f"Berkas selesai dalam periode: {report.cases_finished} berkas; median {days(report.case_median_days or 0)} "
        f"hari kerja, 90% selesai dalam {days(report.case_p90_days or 0)} hari kerja (mutu baku "
        f"{days(float(report.planned_days))} hari kerja); tepat waktu {report.cases_on_time} ({share}%)."
    )
