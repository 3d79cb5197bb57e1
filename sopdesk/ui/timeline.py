"""A case's timeline: per step the plan from mutu baku against what really happened.

A row per step: the planned bar (light), one actual bar per pass (green when on time, red
when past its due time, striped while it runs), a due marker, weekends and holidays shaded,
and a line for today. Painted directly (a few hundred rectangles at most), so it redraws
in well under the 100 ms a case view may take.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from sopdesk.domain.dates import tanggal_jam
from sopdesk.ui.days import days_form


@dataclass(frozen=True)
class ActualBar:
    start: datetime
    end: datetime | None  # None: the step is still running
    late: bool = False
    pass_no: int = 1


@dataclass(frozen=True)
class TimelineRow:
    step_no: int
    label: str
    planned_start: datetime
    planned_end: datetime
    waktu_hari: str  # mutu baku, as the SOP writes it ("0,5")
    actual: tuple[ActualBar, ...] = ()
    due: datetime | None = None  # the due time of the running pass


@dataclass(frozen=True)
class TimelineData:
    rows: tuple[TimelineRow, ...]
    now: datetime
    non_working: frozenset[date]  # weekends and holidays to shade
    summary: str = ""


LABEL_W, ROW_H, HEAD_H, BAR_H = 230.0, 30.0, 34.0, 9.0
PLAN = QColor("#b7cde6")
ON_TIME = QColor("#3c8d40")
LATE = QColor("#c62828")
SHADE = QColor("#eef0f3")
TODAY = QColor("#1f6fd1")


def _day_start(moment: datetime) -> datetime:
    return datetime.combine(moment.date(), time())


class TimelineView(QWidget):
    """Draws :class:`TimelineData`; place it in a QScrollArea."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setMouseTracking(True)
        self.data: TimelineData | None = None
        self.day_w = 16.0
        self.first = date.today()
        self.days = 1
        self._bars: list[tuple[QRectF, str]] = []  # for tooltips

    def set_data(self, data: TimelineData | None) -> None:
        self.data = data
        if data and data.rows:
            moments = [data.now]
            for row in data.rows:
                moments += [row.planned_start, row.planned_end]
                moments += [m for bar in row.actual for m in (bar.start, bar.end) if m is not None]
                if row.due is not None:
                    moments.append(row.due)
            self.first = min(moments).date() - timedelta(days=1)
            last = max(moments).date() + timedelta(days=2)
            self.days = (last - self.first).days
        self.updateGeometry()
        self.resize(self.sizeHint())
        self.update()

    def set_day_width(self, width: float) -> None:
        self.day_w = max(4.0, min(60.0, width))
        self.resize(self.sizeHint())
        self.update()

    def fit_width(self, width: int) -> None:
        """Day width so the whole case fits ``width`` pixels (within readable limits)."""
        self.set_day_width((width - LABEL_W - 24) / max(1, self.days))

    def sizeHint(self) -> QSize:
        rows = len(self.data.rows) if self.data else 0
        return QSize(int(LABEL_W + self.days * self.day_w + 20), int(HEAD_H + rows * ROW_H + 40))

    def x_of(self, moment: datetime) -> float:
        delta = moment - datetime.combine(self.first, time())
        return LABEL_W + delta.total_seconds() / 86400 * self.day_w

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        self._bars = []
        data = self.data
        if not data or not data.rows:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Belum ada berkas dipilih."))
            return
        height = HEAD_H + len(data.rows) * ROW_H
        small = QFont(self.font())
        small.setPointSizeF(7.5)
        painter.setFont(small)
        # Days: shading for non-working days, a tick per day, a date label per Monday.
        for i in range(self.days):
            day = self.first + timedelta(days=i)
            x = LABEL_W + i * self.day_w
            if day in data.non_working:
                painter.fillRect(QRectF(x, HEAD_H, self.day_w, height - HEAD_H), SHADE)
            painter.setPen(QPen(QColor("#d9dde3"), 0.6))
            painter.drawLine(QPointF(x, HEAD_H - 6), QPointF(x, height))
            if day.weekday() == 0 or (i == 0 and day.weekday() <= 3):
                painter.setPen(QColor("#333333"))
                painter.drawText(QPointF(x + 2, 14), f"{day.day}/{day.month}")
            if self.day_w >= 14:
                painter.setPen(QColor("#777777"))
                painter.drawText(QRectF(x, 17, self.day_w, 14), Qt.AlignmentFlag.AlignCenter, "SSRKJSM"[day.weekday()])
        # Rows.
        for r, row in enumerate(data.rows):
            top = HEAD_H + r * ROW_H
            painter.setPen(QPen(QColor("#e3e6ea"), 0.8))
            painter.drawLine(QPointF(0, top + ROW_H), QPointF(self.width(), top + ROW_H))
            painter.setPen(QColor("#222222"))
            label = painter.fontMetrics().elidedText(
                f"{row.step_no}. {row.label}", Qt.TextElideMode.ElideRight, int(LABEL_W - 12)
            )
            painter.drawText(QRectF(6, top, LABEL_W - 10, ROW_H), Qt.AlignmentFlag.AlignVCenter, label)
            plan = QRectF(self.x_of(row.planned_start), top + 4, 0, BAR_H)
            plan.setRight(max(plan.left() + 2, self.x_of(row.planned_end)))
            painter.fillRect(plan, PLAN)
            self._bars.append(
                (
                    plan,
                    self.tr("Rencana langkah %1 (%2 hari kerja): %3 – %4", "", days_form(row.waktu_hari))
                    .replace("%1", str(row.step_no))
                    .replace("%2", row.waktu_hari)
                    .replace("%3", tanggal_jam(row.planned_start))
                    .replace("%4", tanggal_jam(row.planned_end)),
                )
            )
            for bar in row.actual:
                end = bar.end or data.now
                rect = QRectF(self.x_of(bar.start), top + 6 + BAR_H, 0, BAR_H + 2)
                rect.setRight(max(rect.left() + 2, self.x_of(end)))
                colour = LATE if bar.late else ON_TIME
                painter.fillRect(rect, colour)
                if bar.end is None:  # still running: hatched
                    painter.fillRect(rect, QBrush(QColor(255, 255, 255, 110), Qt.BrushStyle.BDiagPattern))
                if bar.pass_no > 1:
                    painter.setPen(QColor("white"))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"×{bar.pass_no}" if rect.width() > 18 else "")
                finished = tanggal_jam(bar.end) if bar.end else self.tr("berjalan")
                self._bars.append(
                    (
                        rect,
                        self.tr("Langkah %1, putaran %2: %3 – %4%5")
                        .replace("%1", str(row.step_no))
                        .replace("%2", str(bar.pass_no))
                        .replace("%3", tanggal_jam(bar.start))
                        .replace("%4", finished)
                        .replace("%5", self.tr(" (terlambat)") if bar.late else ""),
                    )
                )
            if row.due is not None:
                x = self.x_of(row.due)
                marker = QPolygonF(
                    [
                        QPointF(x, top + 3),
                        QPointF(x + 5, top + ROW_H / 2),
                        QPointF(x, top + ROW_H - 3),
                        QPointF(x - 5, top + ROW_H / 2),
                    ]
                )
                painter.setPen(QPen(LATE, 1.2))
                painter.setBrush(QBrush(QColor("white")))
                painter.drawPolygon(marker)
                self._bars.append(
                    (
                        marker.boundingRect(),
                        self.tr("Batas waktu langkah %1: %2")
                        .replace("%1", str(row.step_no))
                        .replace("%2", tanggal_jam(row.due)),
                    )
                )
        # Today.
        x = self.x_of(data.now)
        painter.setPen(QPen(TODAY, 1.6, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, HEAD_H - 4), QPointF(x, height))
        today = self.tr("Hari ini")
        box = QRectF(x + 2, 1, painter.fontMetrics().horizontalAdvance(today) + 6, 14)
        if box.right() > self.width() - 2:  # near the right edge: the label goes left of the line
            box.moveRight(x - 2)
        painter.fillRect(box, QColor("white"))
        painter.setPen(TODAY)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, today)
        # Legend and summary under the rows.
        y = height + 8
        legend = [
            (PLAN, self.tr("Rencana (mutu baku)")),
            (ON_TIME, self.tr("Realisasi tepat waktu")),
            (LATE, self.tr("Realisasi terlambat")),
            (SHADE, self.tr("Hari libur / akhir pekan")),
        ]
        x = 6.0
        for colour, text in legend:
            painter.fillRect(QRectF(x, y + 2, 14, 9), colour)
            painter.setPen(QColor("#333333"))
            painter.drawText(QPointF(x + 18, y + 11), text)
            x += 26 + painter.fontMetrics().horizontalAdvance(text)
        if data.summary:
            painter.drawText(QPointF(x + 10, y + 11), data.summary)

    def tooltip_at(self, pos: QPointF) -> str:
        for rect, text in reversed(self._bars):
            if rect.adjusted(-2, -2, 2, 2).contains(pos):
                return text
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
