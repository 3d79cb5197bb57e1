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
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen, QPolygonF
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


# The header has three bands: "Hari ini" on top (so it never covers a date), the dates, the
# weekday letters. Under the rows, the legend wraps onto as many lines as the width needs.
LABEL_W, ROW_H, HEAD_H, BAR_H = 230.0, 30.0, 48.0, 9.0
TODAY_BAND = (1.0, 14.0)  # top, height of the band "Hari ini" is written in
DATE_BASELINE = 28.0
WEEKDAY_BAND = (31.0, 14.0)
LEGEND_GAP, LEGEND_LINE = 8.0, 16.0
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
        width = int(LABEL_W + self.days * self.day_w + 20)
        legend = self._legend_layout(width)
        bottom = max((rect.bottom() for rect, _colour, _text in legend), default=0.0)
        return QSize(width, int(max(HEAD_H + rows * ROW_H + 40, bottom + 6)))

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(7.5)
        return small

    def _legend_items(self) -> list[tuple[QColor | None, str]]:
        items: list[tuple[QColor | None, str]] = [
            (PLAN, self.tr("Rencana (mutu baku)")),
            (ON_TIME, self.tr("Realisasi tepat waktu")),
            (LATE, self.tr("Realisasi terlambat")),
            (SHADE, self.tr("Hari libur / akhir pekan")),
        ]
        if self.data is not None and self.data.summary:
            items.append((None, self.data.summary))
        return items

    def _legend_layout(self, width: int) -> list[tuple[QRectF, QColor | None, str]]:
        """Each legend entry's place (its swatch and text): wrapped to ``width``, never cut."""
        metrics = QFontMetricsF(self._small_font())
        rows = len(self.data.rows) if self.data else 0
        top = HEAD_H + rows * ROW_H + LEGEND_GAP
        x, y = 6.0, top
        placed = []
        for colour, text in self._legend_items():
            w = (18.0 if colour is not None else 0.0) + metrics.horizontalAdvance(text) + 8
            if x > 6.0 and x + w > width - 6:
                x, y = 6.0, y + LEGEND_LINE
            placed.append((QRectF(x, y, w, LEGEND_LINE - 2), colour, text))
            x += w + 18
        return placed

    def today_box(self) -> QRectF | None:
        """Where "Hari ini" is written: in its own band, beside the line of today."""
        if self.data is None or not self.data.rows:
            return None
        today = self.tr("Hari ini")
        x = self.x_of(self.data.now)
        box = QRectF(
            x + 2, TODAY_BAND[0], QFontMetricsF(self._small_font()).horizontalAdvance(today) + 6, TODAY_BAND[1]
        )
        if box.right() > self.width() - 2:  # near the right edge: the label goes left of the line
            box.moveRight(x - 2)
        return box

    def date_boxes(self) -> list[QRectF]:
        """Where the dates of the header are written (a Monday's, or the first day's)."""
        metrics = QFontMetricsF(self._small_font())
        boxes = []
        for i in range(self.days):
            day = self.first + timedelta(days=i)
            if day.weekday() == 0 or (i == 0 and day.weekday() <= 3):
                x = LABEL_W + i * self.day_w
                text = f"{day.day}/{day.month}"
                boxes.append(
                    QRectF(x + 2, DATE_BASELINE - metrics.ascent(), metrics.horizontalAdvance(text), metrics.height())
                )
        return boxes

    def layout_problems(self) -> list[str]:
        """What would be cut or covered (for the screen checks): "Hari ini" over a date, a legend
        entry past the right edge or below the bottom."""
        problems = []
        box = self.today_box()
        if box is not None and any(box.intersects(d) for d in self.date_boxes()):
            problems.append("'Hari ini' covers a date")
        for rect, _colour, text in self._legend_layout(self.width()):
            if rect.right() > self.width() or rect.bottom() > self.height():
                problems.append(f"the legend's {text!r} is cut")
        return problems

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
        painter.setFont(self._small_font())
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
                painter.drawText(QPointF(x + 2, DATE_BASELINE), f"{day.day}/{day.month}")
            if self.day_w >= 14:
                painter.setPen(QColor("#777777"))
                band = QRectF(x, WEEKDAY_BAND[0], self.day_w, WEEKDAY_BAND[1])
                painter.drawText(band, Qt.AlignmentFlag.AlignCenter, "SSRKJSM"[day.weekday()])
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
        # Today: the line through the rows, its label in the band above the dates.
        x = self.x_of(data.now)
        painter.setPen(QPen(TODAY, 1.6, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, TODAY_BAND[0] + TODAY_BAND[1]), QPointF(x, height))
        box = self.today_box()
        if box is not None:
            painter.fillRect(box, QColor("white"))
            painter.setPen(TODAY)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.tr("Hari ini"))
        # Legend and summary under the rows, wrapped to the width.
        for rect, swatch, text in self._legend_layout(self.width()):
            text_x = rect.x()
            if swatch is not None:
                painter.fillRect(QRectF(rect.x(), rect.y() + 3, 14, 9), swatch)
                text_x += 18
            painter.setPen(QColor("#333333"))
            painter.drawText(
                QRectF(text_x, rect.y(), rect.right() - text_x, rect.height()), Qt.AlignmentFlag.AlignVCenter, text
            )

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
