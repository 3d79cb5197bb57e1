"""Papers of the Berkas SP: the case dossier (identity, the timeline drawn against mutu baku,
every step pass with who acted and who recorded it, the other events) and the SLA report.

Read models in, PDF out: the case's :class:`CaseState`, its SOP and the working-day calendar
(for the shaded weekends and holidays), or an :class:`SlaReport`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from sopdesk.domain.cases import (
    Cancelled,
    CaseState,
    Distributed,
    DueExtended,
    PassOutcome,
    Resumed,
    StepPass,
    Suspended,
    describe_since,
)
from sopdesk.domain.dates import BULAN, tanggal_jam
from sopdesk.domain.disposition import DispositionNode
from sopdesk.domain.printing import Letterhead, PageSetup, PrintMark, SignerBlock, nip_bkn
from sopdesk.domain.sla import NOTES, SlaReport, capaian_text, finished_text
from sopdesk.domain.sop import SopDefinition
from sopdesk.domain.workdays import DayKind, WorkCalendar, format_days
from sopdesk.reports.base import (
    FONT,
    FONT_BOLD,
    Footer,
    Frame,
    atomic_pdf,
    draw_letterhead,
    draw_signer,
    new_canvas,
    signer_height,
)

PLAN = colors.HexColor("#cfe0f5")
PLAN_EDGE = colors.HexColor("#4a78b8")
ON_TIME = colors.HexColor("#3a8f47")
LATE = colors.HexColor("#c83737")
RETURNED = colors.HexColor("#e0901e")
WEEKEND = colors.HexColor("#ececec")
HOLIDAY = colors.HexColor("#f7dede")
SUSPENDED = colors.HexColor("#9a9a9a")
GRID = colors.HexColor("#b9b9b9")
TODAY = colors.HexColor("#d11d1d")
HEADER = colors.HexColor("#e6e6e6")

SIZE = 7.6
LEADING = 9.2
PAD = 1.3 * mm


def _short(moment: datetime | None) -> str:
    return "-" if moment is None else f"{moment:%d-%m-%Y %H.%M}"


def _days(value: float) -> str:
    return format_days(round(value, 2))


def _signed(value: float) -> str:
    return ("+" if value > 0.005 else "") + _days(value)


# --- the timeline -------------------------------------------------------------------------------


def _pass_colour(p: StepPass) -> colors.Color:
    if p.outcome is PassOutcome.DIKEMBALIKAN:
        return RETURNED
    return LATE if p.late else ON_TIME


def draw_timeline(
    canvas: Canvas,
    state: CaseState,
    sop: SopDefinition,
    cal: WorkCalendar,
    x: float,
    top: float,
    width: float,
    height: float,
) -> None:
    """Per step the planned bar and one actual bar per pass, over calendar days with weekends
    and holidays shaded, due markers and a line for today (``state.as_of``)."""
    first, last = state.window()
    first -= timedelta(days=1)
    last += timedelta(days=2)
    span = (last - first).days + 1
    label_w = 70 * mm
    chart_x = x + label_w
    chart_w = width - label_w
    day_w = chart_w / span
    axis_h = 9 * mm
    suspensions = _suspensions(state)
    rows = len(state.steps) + (1 if suspensions else 0)
    row_h = min(9.5 * mm, (height - axis_h) / rows)
    chart_top = top - axis_h
    chart_bottom = chart_top - row_h * rows
    origin = datetime.combine(first, datetime.min.time())

    def at(moment: datetime) -> float:
        return float(chart_x + (moment - origin).total_seconds() / 86400 * day_w)

    canvas.saveState()
    # Weekends and holidays shaded over the whole chart.
    for day, kind, _ in cal.days(first, last):
        if kind is DayKind.KERJA:
            continue
        canvas.setFillColor(HOLIDAY if kind is DayKind.LIBUR else WEEKEND)
        left = chart_x + (day - first).days * day_w
        canvas.rect(left, chart_bottom, day_w, chart_top - chart_bottom, stroke=0, fill=1)
    # The axis: months, then day numbers (every day when there is room, else Mondays).
    canvas.setFillColor(colors.black)
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.3)
    month_start = first
    day = first
    while day <= last + timedelta(days=1):
        if day > last or day.month != month_start.month:
            left = chart_x + (month_start - first).days * day_w
            right = chart_x + (day - first).days * day_w
            canvas.setFont(FONT_BOLD, 7)
            # Never "Sep 26", which reads as 26 September: the year whole, or the month alone.
            for label in (
                f"{BULAN[month_start.month - 1]} {month_start.year}",
                f"{BULAN[month_start.month - 1][:3]} {month_start.year}",
                BULAN[month_start.month - 1][:3],
            ):
                if right - left > stringWidth(label, FONT_BOLD, 7) + 2:
                    canvas.drawString(left + 1.2, top - 3.2 * mm, label)
                    break
            canvas.line(right, top, right, chart_bottom)
            month_start = day
        day += timedelta(days=1)
    canvas.setFont(FONT, 6)
    for index in range(span):
        day = first + timedelta(days=index)
        left = chart_x + index * day_w
        if day_w >= 3.5 * mm or (day.weekday() == 0 and day_w * 7 >= 4.8 * mm):
            canvas.drawCentredString(left + day_w / 2, chart_top + 1.6 * mm, str(day.day))
        if day.weekday() == 0:
            canvas.line(left, chart_top, left, chart_bottom)
    canvas.setLineWidth(0.5)
    canvas.setStrokeColor(colors.black)
    canvas.rect(x, chart_bottom, width, chart_top - chart_bottom)
    canvas.line(chart_x, chart_top, chart_x, chart_bottom)
    # One row per step: label, planned bar (upper), actual passes (lower), due markers.
    lanes = {lane.code: lane.nama for lane in sop.lanes}
    for index, step in enumerate(state.steps):
        row_top = chart_top - index * row_h
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.3)
        canvas.line(x, row_top - row_h, x + width, row_top - row_h)
        current = step.no == state.current_step
        canvas.setFillColor(colors.black)
        # The step's whole name (wrapped, never cut), then its lanes and mutu baku, at 6 pt.
        font = FONT_BOLD if current else FONT
        who = ", ".join(lanes.get(c, c) for c in step.lanes)
        lines = [
            *simpleSplit(f"{step.no}. {step.uraian}", font, 6, label_w - 3 * mm),
            f"{who} · {format_days(step.waktu_hari)} hari",
        ]
        leading = min(7.2, (row_h - 0.8 * mm) / len(lines))
        ty = row_top - (row_h - leading * len(lines)) / 2 - 5.2
        for i, line in enumerate(lines):
            canvas.setFont(FONT if i == len(lines) - 1 else font, 6)
            canvas.drawString(x + 1.2 * mm, ty - i * leading, line)
        plan_left, plan_right = at(step.planned_start), at(step.planned_end)
        canvas.setFillColor(PLAN)
        canvas.setStrokeColor(PLAN_EDGE)
        canvas.setLineWidth(0.4)
        canvas.rect(plan_left, row_top - row_h * 0.42, max(plan_right - plan_left, 0.6), row_h * 0.3, fill=1)
        for p in step.passes:
            end = p.ended_at or state.as_of
            left, right = at(p.started_at), at(end)
            bar_y = row_top - row_h * 0.86
            colour = _pass_colour(p)
            canvas.setFillColor(colour)
            canvas.setStrokeColor(colour)
            if p.running:
                canvas.setFillAlpha(0.45)
            canvas.rect(left, bar_y, max(right - left, 0.8), row_h * 0.34, stroke=0, fill=1)
            canvas.setFillAlpha(1)
            if step.pass_count > 1:
                canvas.setFillColor(colors.black)
                canvas.setFont(FONT_BOLD, 6)
                canvas.drawString(max(right, left + 0.8) + 0.6, bar_y + 0.2, f"{p.number}")
            due = at(p.due_at)
            if not chart_x <= due <= chart_x + chart_w:
                continue
            canvas.setFillColor(colors.black)
            path = canvas.beginPath()
            path.moveTo(due - 1.1, bar_y + row_h * 0.46)
            path.lineTo(due + 1.1, bar_y + row_h * 0.46)
            path.lineTo(due, bar_y + row_h * 0.34)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
    if suspensions:
        row_top = chart_top - len(state.steps) * row_h
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT, 6.8)
        canvas.drawString(x + 1.2 * mm, row_top - row_h * 0.6, "Ditangguhkan (waktu berhenti)")
        canvas.setFillColor(SUSPENDED)
        for start, end in suspensions:
            left, right = at(start), at(end)
            canvas.rect(left, row_top - row_h * 0.8, max(right - left, 0.8), row_h * 0.5, stroke=0, fill=1)
    # Today.
    if state.status.open and first <= state.as_of.date() <= last:
        now_x = at(state.as_of)
        canvas.setStrokeColor(TODAY)
        canvas.setLineWidth(0.8)
        canvas.setDash(2, 1.5)
        canvas.line(now_x, chart_top + 0.5 * mm, now_x, chart_bottom)
        canvas.setDash()
        canvas.setFillColor(TODAY)
        canvas.setFont(FONT_BOLD, 6)
        canvas.drawCentredString(now_x, chart_bottom - 3 * mm, "hari ini")
    canvas.restoreState()
    _legend(canvas, x, chart_bottom - 6.5 * mm)


def _suspensions(state: CaseState) -> list[tuple[datetime, datetime]]:
    spans: list[tuple[datetime, datetime]] = []
    start: datetime | None = None
    for e in state.events:
        if isinstance(e, Suspended):
            start = e.at
        elif isinstance(e, Resumed | Cancelled) and start is not None:
            spans.append((start, e.at))
            start = None
    if start is not None:
        spans.append((start, state.as_of))
    return spans


def _legend(canvas: Canvas, x: float, y: float) -> None:
    items: list[tuple[str, Callable[[float, float], None]]] = []

    def swatch(fill: colors.Color, edge: colors.Color | None = None) -> Callable[[float, float], None]:
        def draw(sx: float, sy: float) -> None:
            canvas.setFillColor(fill)
            canvas.setStrokeColor(edge or fill)
            canvas.rect(sx, sy, 5 * mm, 2.2 * mm, stroke=1 if edge else 0, fill=1)

        return draw

    def triangle(sx: float, sy: float) -> None:
        canvas.setFillColor(colors.black)
        path = canvas.beginPath()
        path.moveTo(sx + 1.5 * mm, sy + 2.4 * mm)
        path.lineTo(sx + 3.5 * mm, sy + 2.4 * mm)
        path.lineTo(sx + 2.5 * mm, sy + 0.4 * mm)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)

    def today(sx: float, sy: float) -> None:
        canvas.setStrokeColor(TODAY)
        canvas.setLineWidth(0.8)
        canvas.setDash(2, 1.5)
        canvas.line(sx + 2.5 * mm, sy - 0.5 * mm, sx + 2.5 * mm, sy + 3 * mm)
        canvas.setDash()

    items = [
        ("Rencana (mutu baku)", swatch(PLAN, PLAN_EDGE)),
        ("Realisasi tepat waktu", swatch(ON_TIME)),
        ("Realisasi terlambat", swatch(LATE)),
        ("Dikembalikan", swatch(RETURNED)),
        ("Ditangguhkan", swatch(SUSPENDED)),
        ("Sabtu/Minggu", swatch(WEEKEND, GRID)),
        ("Libur nasional / cuti bersama", swatch(HOLIDAY, GRID)),
        ("Tenggat", triangle),
        ("Hari ini", today),
    ]
    canvas.saveState()
    canvas.setLineWidth(0.4)
    cursor = x
    for label, draw in items:
        draw(cursor, y)
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT, 6.5)
        canvas.drawString(cursor + 6.2 * mm, y + 0.3 * mm, label)
        cursor += 6.2 * mm + stringWidth(label, FONT, 6.5) + 5 * mm
    canvas.restoreState()


# --- tables -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Table:
    title: str
    columns: tuple[tuple[str, float], ...]  # header, width in mm
    rows: tuple[tuple[str, ...], ...]
    # Optional per row: how deep in a tree (the ``indent_column`` is indented), greyed out.
    depths: tuple[int, ...] = ()
    muted: tuple[bool, ...] = ()
    indent_column: int = 0

    def indents(self, row: int | None) -> list[float]:
        depth = self.depths[row] if row is not None and row < len(self.depths) else 0
        return [depth * INDENT if i == self.indent_column else 0.0 for i in range(len(self.columns))]

    def is_muted(self, row: int | None) -> bool:
        return row is not None and row < len(self.muted) and self.muted[row]


INDENT = 3.5 * mm
MUTED = colors.HexColor("#6b6b6b")


def _wrap(
    cells: tuple[str, ...], widths: list[float], font: str, indents: list[float] | None = None
) -> list[list[str]]:
    shifts = indents or [0.0] * len(widths)
    return [
        simpleSplit(text or "-", font, SIZE, w - 2 * PAD - shift) or [""]
        for text, w, shift in zip(cells, widths, shifts, strict=True)
    ]


def _row_height(lines: list[list[str]]) -> float:
    return float(max(len(cell) for cell in lines) * LEADING + 2 * PAD)


def _draw_cells(
    canvas: Canvas,
    lines: list[list[str]],
    x: float,
    widths: list[float],
    top: float,
    height: float,
    shade: bool,
    indents: list[float] | None = None,
    muted: bool = False,
) -> None:
    if shade:
        canvas.setFillColor(HEADER)
        canvas.rect(x, top - height, sum(widths), height, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.4)
    canvas.rect(x, top - height, sum(widths), height)
    cursor = x
    for w, cell, shift in zip(widths, lines, indents or [0.0] * len(widths), strict=True):
        canvas.setFont(FONT_BOLD if shade else FONT, SIZE)
        canvas.setFillColor(MUTED if muted else colors.black)
        for i, line in enumerate(cell):
            canvas.drawString(cursor + PAD + shift, top - PAD - SIZE - i * LEADING, line)
        cursor += w
        canvas.line(cursor, top, cursor, top - height)
    canvas.setFillColor(colors.black)


@dataclass
class _Placed:
    page: int
    top: float
    kind: str  # title | header | row
    table: _Table
    lines: list[list[str]]
    height: float
    row: int | None = None  # the row's index in its table


def _layout(
    tables: list[_Table], width: float, first_top: float, top: float, bottom: float, page: int
) -> list[_Placed]:
    """Place titles, header rows (repeated on each page) and rows; returns every placement."""
    placed: list[_Placed] = []
    y = first_top
    for table in tables:
        scale = width / sum(w for _, w in table.columns)
        widths = [w * scale for _, w in table.columns]
        header = _wrap(tuple(h for h, _ in table.columns), widths, FONT_BOLD)
        header_h = _row_height(header)
        rows = [_wrap(r, widths, FONT, table.indents(i)) for i, r in enumerate(table.rows)]
        title_h = 7 * mm
        first_h = _row_height(rows[0]) if rows else 0
        if y - title_h - header_h - first_h < bottom:
            page, y = page + 1, top
        placed.append(_Placed(page, y, "title", table, [], title_h))
        y -= title_h
        placed.append(_Placed(page, y, "header", table, header, header_h))
        y -= header_h
        for index, lines in enumerate(rows):
            h = _row_height(lines)
            if y - h < bottom:
                page, y = page + 1, top
                placed.append(_Placed(page, y, "header", table, header, header_h))
                y -= header_h
            placed.append(_Placed(page, y, "row", table, lines, h, index))
            y -= h
        y -= 4 * mm
    return placed


def _draw_placed(canvas: Canvas, item: _Placed, x: float, width: float) -> None:
    if item.kind == "title":
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT_BOLD, 9.5)
        canvas.drawString(x, item.top - 5 * mm, item.table.title)
        return
    scale = width / sum(w for _, w in item.table.columns)
    widths = [w * scale for _, w in item.table.columns]
    _draw_cells(
        canvas,
        item.lines,
        x,
        widths,
        item.top,
        item.height,
        item.kind == "header",
        item.table.indents(item.row),
        item.table.is_muted(item.row),
    )


# --- the case dossier -------------------------------------------------------------------------------


def _steps_table(state: CaseState, sop: SopDefinition) -> _Table:
    lanes = {lane.code: lane.nama for lane in sop.lanes}
    rows: list[tuple[str, ...]] = []
    for step in state.steps:
        who = ", ".join(lanes.get(c, c) for c in step.lanes)
        if not step.passes:
            mutu = f"- / {format_days(step.waktu_hari)}"
            rows.append((str(step.no), step.uraian, "-", who, "-", "-", "-", mutu, "-", "belum"))
            continue
        for p in step.passes:
            record = p.completion or p.returned
            acted = record.acted_by if record is not None else None
            # Who acted, by name: the official recorded for the step, else the user who
            # recorded it doing the step themselves (steps 1, 2, 9-11 are the Staf's own work).
            if step.lanes and step.lanes[0] == "opd":
                # The OPD's own step (its hand-over): the OPD by name, whoever recorded it.
                pelaksana = f"{state.info.opd_nama}\n{who}"
            elif acted is not None:
                pelaksana = "\n".join(part for part in (acted.nama, acted.jabatan) if part)
                if acted.nip:
                    pelaksana += f"\nNIP {nip_bkn(acted.nip)}"
            elif record is not None:
                pelaksana = f"{record.recorded_by_nama or record.recorded_by}\n{who}"
            else:
                pelaksana = who
            recorder = "-"
            if record is not None:
                recorder = f"{record.recorded_by_nama or record.recorded_by}\n{_short(record.recorded_at)}"
            notes = {
                PassOutcome.SELESAI: "selesai",
                PassOutcome.BERJALAN: "berjalan" + (", ditangguhkan" if state.suspended_since else ""),
                PassOutcome.DIKEMBALIKAN: f"dikembalikan ke langkah {p.returned.to_step}" if p.returned else "",
                PassOutcome.DIBATALKAN: "berkas dibatalkan",
            }[p.outcome]
            if p.late:
                notes += "; TERLAMBAT"
            if p.returned:
                notes += f": {p.returned.reason}"
            if record is not None and record.note:
                notes += f"; {record.note}"
            if p.completion and p.completion.outputs:
                notes += f"; output: {', '.join(p.completion.outputs)}"
            rows.append(
                (
                    str(step.no),
                    step.uraian,
                    str(p.number),
                    pelaksana,
                    recorder,
                    _short(p.started_at),
                    _short(p.ended_at),
                    f"{_days(p.elapsed_days)} / {format_days(p.allowed_days)}",
                    _short(p.due_at),
                    notes,
                )
            )
    return _Table(
        "Langkah dan lintasannya",
        (
            ("No", 8),
            ("Kegiatan", 62),
            ("Ke", 7),
            ("Pelaksana", 48),
            ("Dicatat oleh", 34),
            ("Mulai", 23),
            ("Selesai", 23),
            ("Hari kerja / mutu baku", 20),
            ("Tenggat", 23),
            ("Keterangan", 55),
        ),
        tuple(rows),
    )


def _events_table(state: CaseState) -> _Table | None:
    rows: list[tuple[str, ...]] = []
    for e in state.events:
        if isinstance(e, Suspended):
            what = f"Ditangguhkan: {e.reason}"
        elif isinstance(e, Resumed):
            what = "Dilanjutkan" + (f": {e.note}" if e.note else "")
        elif isinstance(e, DueExtended):
            what = f"Tenggat langkah {e.step} dan berkas diperpanjang {format_days(e.days)} hari kerja: {e.reason}"
        elif isinstance(e, Cancelled):
            what = f"Dibatalkan: {e.reason}"
        elif isinstance(e, Distributed):
            what = f"Didistribusikan kepada {e.to}, diterima oleh {e.received_by}" + (f"; {e.note}" if e.note else "")
        else:
            continue
        recorder = f"{e.recorded_by_nama or e.recorded_by}\n{_short(e.recorded_at)}"
        rows.append((str(e.seq), _short(e.at), what, recorder))
    if not rows:
        return None
    return _Table(
        "Penangguhan, perpanjangan, distribusi dan pembatalan",
        (("No", 8), ("Waktu", 26), ("Peristiwa", 180), ("Dicatat oleh", 60)),
        tuple(rows),
    )


def _dispositions_table(letter_number: str, dispositions: Sequence[DispositionNode]) -> _Table | None:
    """The letter's chain, a row per disposition in the order of the tree, re-dispositions
    indented under the one they pass on; withdrawn ones greyed and marked."""
    rows: list[tuple[str, ...]] = []
    depths: list[int] = []
    muted: list[bool] = []
    numbers: list[int] = []
    for node in dispositions:
        for depth, d in node.walk():
            del numbers[depth + 1 :]
            if len(numbers) <= depth:
                numbers.append(0)
            numbers[depth] += 1
            bullet = "• " if len(d.recipients) > 1 else ""
            recipients = "\n".join(
                f"{bullet}{r.label}: {r.status.value}"
                + (f" {_short(r.status_at)}" if r.status_at else "")
                + (f" — {r.note}" if r.note else "")
                for r in d.recipients
            )
            instructions = "; ".join(d.instructions) or "-"
            if d.catatan:
                instructions += f"\nCatatan: {d.catatan}"
            notes = []
            if d.transcribed:
                notes.append(f"Disalin oleh {d.recorded_by_nama or d.recorded_by} atas nama penanda tangan")
            if d.withdrawn:
                notes.append(f"DITARIK {_short(d.withdrawn_at)}: {d.withdraw_reason}")
            signer = ("↳ " if depth else "") + d.signer.nama + (f"\n{d.signer.jabatan}" if d.signer.jabatan else "")
            rows.append(
                (
                    ".".join(str(n) for n in numbers[: depth + 1]),
                    _short(d.written_at),
                    signer,
                    recipients or "-",
                    instructions,
                    f"{d.due_date:%d-%m-%Y}",
                    "\n".join(notes) or "-",
                )
            )
            depths.append(depth)
            muted.append(d.withdrawn)
    if not rows:
        return None
    return _Table(
        f"Disposisi surat {letter_number}",
        (
            ("No", 10),
            ("Ditulis", 23),
            ("Dari", 52),
            ("Kepada: status dan waktu", 82),
            ("Instruksi dan catatan", 70),
            ("Batas waktu", 19),
            ("Keterangan", 46),
        ),
        tuple(rows),
        depths=tuple(depths),
        muted=tuple(muted),
        indent_column=2,
    )


def _identity(canvas: Canvas, state: CaseState, sop: SopDefinition, frame: Frame, y: float) -> float:
    info = state.info
    half = frame.content_width / 2
    left = [
        ("Nomor berkas", info.number),
        ("Surat (no. agenda)", info.letter_number),
        ("Perihal", info.perihal),
        ("OPD pengaju", info.opd_nama),
        ("Jenis layanan", "; ".join(info.jenis_layanan)),
    ]
    status = state.status.label
    if state.status.open:
        status += f" · {describe_since(state, sop)}"
    right = [
        ("SOP", f"{info.sop_nomor} versi {info.sop_version}"),
        ("Status", status),
        ("Mulai", tanggal_jam(state.started_at)),
        (
            "Rencana / tenggat",
            f"{tanggal_jam(state.planned_end)} ({format_days(state.planned_days)} hari kerja) / "
            f"{tanggal_jam(state.due_at)}",
        ),
        (
            "Waktu kerja",
            f"{_days(state.elapsed_days)} hari kerja"
            + (f", selesai {tanggal_jam(state.finished_at)}" if state.finished_at else "")
            + (f"; sisa {_days(state.remaining_days)}" if state.status.open else "")
            + f"; deviasi {_signed(state.deviation_days)} hari kerja",
        ),
        (
            "Dikembalikan / ditangguhkan",
            f"{state.returns} kali / {_days(state.suspended_days)} hari kerja"
            + (f"; diperpanjang {format_days(state.extension_days)} hari kerja" if state.extension_days else ""),
        ),
    ]
    bottoms = []
    for column, (items, label_w) in enumerate(((left, 30 * mm), (right, 46 * mm))):
        cy = y
        cx = frame.left + column * half
        for label, value in items:
            canvas.setFont(FONT, 8)
            canvas.drawString(cx, cy, label)
            canvas.drawString(cx + label_w - 2.5 * mm, cy, ":")
            canvas.setFont(FONT_BOLD if label in ("Nomor berkas", "Status") else FONT, 8)
            for line in simpleSplit(value or "-", FONT, 8, half - label_w - 4 * mm)[:2] or ["-"]:
                canvas.drawString(cx + label_w, cy, line)
                cy -= 3.7 * mm
        bottoms.append(cy)
    return min(bottoms)


def render_case_dossier(
    state: CaseState,
    sop: SopDefinition,
    cal: WorkCalendar,
    setup: PageSetup,
    mark: PrintMark,
    head: Letterhead,
    out: Path,
    dispositions: Sequence[DispositionNode] = (),
    signer: SignerBlock | None = None,
) -> int:
    """The case on paper: identity and timeline on the first page, then every step pass, the
    letter's dispositions (``dispositions``: its chain as a tree) and the other events, and the
    ``signer``'s block (the Kabag) under the last table. Returns the number of pages."""
    frame = Frame.of(setup)
    with atomic_pdf(out) as partial:
        canvas = new_canvas(partial, frame, f"Berkas {state.info.number}", mark)
        footer = Footer(canvas, frame, mark)
        y = draw_letterhead(canvas, frame, head) - 4 * mm
        canvas.setFont(FONT_BOLD, 12)
        centre = (frame.left + frame.right) / 2
        canvas.drawCentredString(centre, y, "BERKAS PENYUSUNAN STANDAR PELAYANAN")
        canvas.setFont(FONT, 8.5)
        canvas.drawCentredString(centre, y - 4.5 * mm, f"{state.info.number} · keadaan per {tanggal_jam(state.as_of)}")
        y = _identity(canvas, state, sop, frame, y - 11 * mm) - 2 * mm
        summary = (
            f"Rencana {format_days(state.planned_days)} hari kerja · realisasi {_days(state.elapsed_days)} hari kerja"
            f" · deviasi {_signed(state.deviation_days)} hari kerja"
        )
        canvas.setFont(FONT_BOLD, 9.5)
        canvas.drawString(frame.left, y - 3 * mm, "Lini masa: rencana dan realisasi per langkah")
        canvas.setFont(FONT, 8)
        canvas.drawRightString(frame.right, y - 3 * mm, summary)
        timeline_top = y - 6 * mm
        draw_timeline(
            canvas, state, sop, cal, frame.left, timeline_top, frame.content_width, timeline_top - frame.bottom - 9 * mm
        )
        tables = [_steps_table(state, sop)]
        chain = _dispositions_table(state.info.letter_number, dispositions)
        if chain is not None:
            tables.append(chain)
        events = _events_table(state)
        if events is not None:
            tables.append(events)
        placed = _layout(tables, frame.content_width, frame.top, frame.top, frame.bottom, 2)
        pages = max(item.page for item in placed)
        sign_page, sign_top = pages, placed[-1].top - placed[-1].height - 6 * mm
        sign_w = 90 * mm
        closing = (
            f"Berkas {state.info.number} ini sesuai dengan catatan SOPDesk keadaan per {tanggal_jam(state.as_of)}."
        )
        if signer is not None and sign_top - 6 * mm - signer_height(signer, sign_w) < frame.bottom:
            pages += 1
            sign_page, sign_top = pages, frame.top
        footer.draw(1, pages)
        canvas.showPage()
        for page in range(2, pages + 1):
            for item in placed:
                if item.page == page:
                    _draw_placed(canvas, item, frame.left, frame.content_width)
            if signer is not None and page == sign_page:
                canvas.setFont(FONT, 8.5)
                canvas.drawString(frame.left, sign_top - 8.5, closing)
                draw_signer(canvas, signer, frame.right - sign_w / 2, sign_top - 6 * mm, sign_w)
            footer.draw(page, pages)
            canvas.showPage()
        canvas.save()
    return pages


# --- the SLA report ---------------------------------------------------------------------------------------

SLA_COLUMNS = (
    ("No", 7),
    ("Kegiatan", 92),
    ("Pelaksana", 40),
    ("Mutu baku (hari kerja)", 18),
    ("Jumlah lintasan", 16),
    ("Median (hari kerja)", 16),
    ("90% selesai dalam (hari kerja)", 20),
    ("Tepat waktu", 21),
    ("Dikem- balikan", 17),
    ("Median (batang) dan 90% (garis) terhadap mutu baku (tanda tengah)", 52),
)


def _percent(share: float | None) -> str:
    return "-" if share is None else f"{round(share * 100)}%"


def render_sla(
    report: SlaReport,
    setup: PageSetup,
    mark: PrintMark,
    head: Letterhead,
    out: Path,
    signer: SignerBlock | None = None,
) -> int:
    """Per step: passes ended in the period, the median and the time within which 90% ended
    against mutu baku, the share on time (steps 1–2 not measured), returns, a bar per step;
    the capaian, the cases finished, the notes and the Kabag's signature. Returns the pages."""
    frame = Frame.of(setup)
    total = sum(w for _, w in SLA_COLUMNS)
    widths = [w * frame.content_width / total for _, w in SLA_COLUMNS]
    with atomic_pdf(out) as partial:
        canvas = new_canvas(partial, frame, report.title, mark)
        footer = Footer(canvas, frame, mark)
        y = draw_letterhead(canvas, frame, head) - 4 * mm
        centre = (frame.left + frame.right) / 2
        canvas.setFont(FONT_BOLD, 11)
        canvas.drawCentredString(centre, y, report.title.upper())
        canvas.setFont(FONT, 8.5)
        canvas.drawCentredString(centre, y - 4.5 * mm, report.subtitle)
        y -= 10 * mm
        header = _wrap(tuple(h for h, _ in SLA_COLUMNS), widths, FONT_BOLD)
        header_h = _row_height(header)
        _draw_cells(canvas, header, frame.left, widths, y, header_h, True)
        y -= header_h
        for r in report.rows:
            if not r.measured:
                on_time = "tidak diukur"
            else:
                on_time = f"{r.on_time} ({_percent(r.on_time_share)})" if r.count else "-"
            cells = (
                str(r.no),
                r.uraian,
                r.pelaksana,
                format_days(r.waktu_hari),
                str(r.count),
                "-" if r.median_days is None or not r.measured else _days(r.median_days),
                "-" if r.p90_days is None or not r.measured else _days(r.p90_days),
                on_time,
                str(r.returns),
                " ",
            )
            lines = _wrap(cells, widths, FONT)
            h = _row_height(lines)
            _draw_cells(canvas, lines, frame.left, widths, y, h, False)
            if r.measured:
                _sla_bar(
                    canvas, frame.left + sum(widths[:-1]), y, widths[-1], h, r.waktu_hari, r.median_days, r.p90_days
                )
            y -= h
        y -= 5 * mm
        # The capaian, the cases and the notes at the left; the Kabag's signature at the right.
        sign_w = 85 * mm if signer is not None else 0.0
        text_w = frame.content_width - sign_w - (5 * mm if signer is not None else 0)
        text_top = y + 9
        canvas.setFont(FONT_BOLD, 9)
        for line in simpleSplit(capaian_text(report), FONT_BOLD, 9, text_w):
            canvas.drawString(frame.left, y, line)
            y -= 4.3 * mm
        canvas.setFont(FONT, 8.5)
        still = f"{report.cases_open} berkas lain masih berjalan (ada langkah yang berakhir dalam periode)."
        for text in (finished_text(report, _days), still):
            for line in simpleSplit(text, FONT, 8.5, text_w):
                canvas.drawString(frame.left, y, line)
                y -= 4 * mm
        y -= 1.5 * mm
        canvas.setFont(FONT, 7)
        for note in NOTES:
            for line in simpleSplit(note, FONT, 7, text_w):
                canvas.drawString(frame.left, y, line)
                y -= 3.2 * mm
        pages = 1
        if signer is not None:
            top, space = text_top, 20 * mm
            if top - signer_height(signer, sign_w, 8.5, space) < frame.bottom:
                footer.draw(1, 2)
                canvas.showPage()
                pages, top = 2, frame.top
            draw_signer(canvas, signer, frame.right - sign_w / 2, top, sign_w, size=8.5, space=space)
        footer.draw(pages, pages)
        canvas.showPage()
        canvas.save()
    return pages


def _sla_bar(
    canvas: Canvas,
    x: float,
    top: float,
    width: float,
    height: float,
    waktu: object,
    median: float | None,
    p90: float | None,
) -> None:
    """A bar scaled so that mutu baku sits in the middle; longer than twice is clipped."""
    limit = float(str(waktu)) * 2
    inner = width - 4 * mm
    left = x + 2 * mm
    mid = top - height / 2
    canvas.saveState()
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.3)
    canvas.line(left, mid, left + inner, mid)
    if median is not None:
        length = min(median / limit, 1.0) * inner
        canvas.setFillColor(LATE if median > limit / 2 else ON_TIME)
        canvas.rect(left, mid - 1.3 * mm, max(length, 0.6), 2.6 * mm, stroke=0, fill=1)
    if p90 is not None:
        px = left + min(p90 / limit, 1.0) * inner
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.9)
        canvas.line(px, mid - 2 * mm, px, mid + 2 * mm)
    canvas.setStrokeColor(PLAN_EDGE)
    canvas.setLineWidth(1.2)
    canvas.line(left + inner / 2, mid - 2.6 * mm, left + inner / 2, mid + 2.6 * mm)
    canvas.restoreState()


def span_dates(state: CaseState) -> tuple[date, date]:
    """The dates the dossier's timeline covers (for tests and callers that size it)."""
    first, last = state.window()
    return first - timedelta(days=1), last + timedelta(days=2)
