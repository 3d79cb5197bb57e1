"""The SOP as a swimlane on screen: the same geometry as the printed SOP (domain/flowchart.py),
drawn once per SOP version, with the state of a case (or of all active cases) laid over it.

Rows are steps; columns are No, Uraian Kegiatan, the lanes in the SOP's order, then the mutu
baku (Kelengkapan, Waktu, Output). The overlay says which step is current and whose lane must
act, which steps are done (with their dates), which are late, how often a step was repeated,
and, in the overview, how many cases wait at each step and in each lane.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsItemGroup,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QWidget,
)

from sopdesk.domain.flowchart import Anchor, FlowPage, FlowSymbol, Point, SymbolKind, layout
from sopdesk.domain.sop import SopDefinition
from sopdesk.ui.days import days, days_form


class StepState(StrEnum):
    PENDING = "pending"  # not reached yet
    DONE = "done"  # finished within its mutu baku
    DONE_LATE = "done_late"  # finished after its due time
    CURRENT = "current"  # must be acted on now
    LATE = "late"  # must be acted on now and already past its due time


@dataclass(frozen=True)
class StepMark:
    state: StepState = StepState.PENDING
    caption: str = ""  # "3 Des 2026", "sejak 2 hari kerja", "12 berkas"
    passes: int = 1  # more than 1: the step was repeated after a return
    count: int | None = None  # overview: cases waiting at this step
    late_count: int = 0  # overview: of those, past their due time


@dataclass(frozen=True)
class LaneMark:
    active: bool = False  # the lane that must act now
    count: int | None = None  # overview: cases waiting in this lane


@dataclass(frozen=True)
class SwimlaneMarks:
    steps: dict[int, StepMark] = field(default_factory=dict)
    lanes: dict[str, LaneMark] = field(default_factory=dict)


# Colours: calm for what is done, amber for "now", red for late.
FILL = {
    StepState.PENDING: QColor("#ffffff"),
    StepState.DONE: QColor("#dcefdc"),
    StepState.DONE_LATE: QColor("#f6dede"),
    StepState.CURRENT: QColor("#ffd966"),
    StepState.LATE: QColor("#f4a7a7"),
}
BORDER = {
    StepState.PENDING: QColor("#6b6b6b"),
    StepState.DONE: QColor("#2f7d32"),
    StepState.DONE_LATE: QColor("#b3261e"),
    StepState.CURRENT: QColor("#c77700"),
    StepState.LATE: QColor("#b3261e"),
}
GLOW = {StepState.CURRENT: QColor("#ffab00"), StepState.LATE: QColor("#e53935")}
HEADER_FILL = QColor("#e8eef6")
ACTIVE_HEADER_FILL = QColor("#ffd966")
GRID = QColor("#9aa7b8")

# Geometry in scene pixels.
NO_W, URAIAN_W, LANE_W, KELENGKAPAN_W, WAKTU_W, OUTPUT_W = 34.0, 220.0, 92.0, 190.0, 56.0, 170.0
GROUP_H, HEADER_H, MIN_ROW_H, PAD = 22.0, 40.0, 66.0, 5.0
SYMBOL_H = {SymbolKind.TERMINATOR: 28.0, SymbolKind.PROCESS: 30.0, SymbolKind.DECISION: 38.0, SymbolKind.OFF_PAGE: 18.0}
STEP_KEY = 0  # QGraphicsItem.data key holding the step number


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


# Items are made here and handed to the scene, never made by QGraphicsScene.add*(): an item the
# scene made itself dies without telling the Python binding, which keeps a stale wrapper that a
# later object at the same address trips over (a crash, far from the cause).
def _add_rect(scene: QGraphicsScene, rect: QRectF, pen: QPen, brush: QBrush | None = None) -> QGraphicsRectItem:
    item = QGraphicsRectItem(rect)
    item.setPen(pen)
    if brush is not None:
        item.setBrush(brush)
    scene.addItem(item)
    return item


def _add_path(scene: QGraphicsScene, path: QPainterPath, pen: QPen) -> QGraphicsPathItem:
    item = QGraphicsPathItem(path)
    item.setPen(pen)
    scene.addItem(item)
    return item


def _add_text(scene: QGraphicsScene, text: str, font: QFont) -> QGraphicsSimpleTextItem:
    item = QGraphicsSimpleTextItem(text)
    item.setFont(font)
    scene.addItem(item)
    return item


def _add_polygon(scene: QGraphicsScene, polygon: QPolygonF, pen: QPen, brush: QBrush) -> QGraphicsPolygonItem:
    item = QGraphicsPolygonItem(polygon)
    item.setPen(pen)
    item.setBrush(brush)
    scene.addItem(item)
    return item


def _dashes(items: tuple[str, ...]) -> str:
    return "\n".join(f"- {item}" for item in items)


class SwimlaneView(QGraphicsView):
    """One SOP drawn as a swimlane; :meth:`set_marks` lays a case or the overview over it."""

    stepClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("swimlane")
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QBrush(QColor("#fbfcfe")))
        self.sop: SopDefinition | None = None
        self.marks = SwimlaneMarks()
        self.selected_step: int | None = None
        self._fit = False
        self._fit_lanes = False
        self._symbols: dict[int, list[QGraphicsPathItem]] = {}
        self._lead: dict[int, QGraphicsPathItem] = {}
        self._lane_headers: dict[str, tuple[QGraphicsRectItem, QGraphicsSimpleTextItem]] = {}
        self._lane_names: dict[str, str] = {}
        self._rows: dict[int, QRectF] = {}
        self._overlay: list[QGraphicsItem] = []
        self._halos: dict[int, list[QGraphicsPathItem]] = {}
        self._selection: QGraphicsRectItem | None = None
        self._header: QGraphicsItemGroup | None = None  # pinned to the top while scrolling
        self.verticalScrollBar().valueChanged.connect(self._pin_header)

    # ---- the static drawing -------------------------------------------------------------

    def set_sop(self, sop: SopDefinition) -> None:
        """Draw ``sop`` (a SopDefinition); the overlay is cleared."""
        scene = self.scene()
        self._symbols, self._lead, self._lane_headers, self._rows, self._overlay = {}, {}, {}, {}, []
        self._halos = {}
        self._selection = None
        self._header = None
        scene.clear()
        self.sop = sop
        self._lane_names = {lane.code: lane.nama for lane in sop.lanes}
        n = len(sop.lanes)
        widths = [NO_W, URAIAN_W] + [LANE_W] * n + [KELENGKAPAN_W, WAKTU_W, OUTPUT_W]
        xs = [0.0]
        for w in widths:
            xs.append(xs[-1] + w)
        self._lane_left = xs[2]
        top = GROUP_H + HEADER_H
        total_w = xs[-1]

        # Header: groups, then column names (lane headers are kept for highlighting).
        grid_pen = QPen(GRID, 0.8)
        groups = [(0, 2, ""), (2, 2 + n, self.tr("Pelaksana")), (2 + n, 5 + n, self.tr("Mutu Baku"))]
        for first, last, text in groups:
            rect = QRectF(xs[first], 0, xs[last] - xs[first], GROUP_H if text else top)
            _add_rect(scene, rect, grid_pen, QBrush(HEADER_FILL))
            if text:
                self._centred_text(text, rect, 8.5, bold=True)
        names = [self.tr("No"), self.tr("Uraian Kegiatan")]
        for i, name in enumerate(names):
            self._centred_text(name, QRectF(xs[i], 0, widths[i], top), 8.5, bold=True)
        for i, lane in enumerate(sop.lanes):
            rect = QRectF(xs[2 + i], GROUP_H, LANE_W, HEADER_H)
            box = _add_rect(scene, rect, grid_pen, QBrush(HEADER_FILL))
            label = self._centred_text(lane.nama, rect, 8, bold=True)
            self._lane_headers[lane.code] = (box, label)
        for i, name in enumerate((self.tr("Kelengkapan"), self.tr("Waktu (hari)"), self.tr("Output"))):
            rect = QRectF(xs[2 + n + i], GROUP_H, widths[2 + n + i], HEADER_H)
            _add_rect(scene, rect, grid_pen, QBrush(HEADER_FILL))
            self._centred_text(name, rect, 8, bold=True)
        # The header stays in sight when the steps scroll under it, so the glowing lane does too.
        header = QGraphicsItemGroup()  # made here, not by the scene (see _add_rect)
        scene.addItem(header)
        for item in scene.items(Qt.SortOrder.AscendingOrder):
            if item is not header:
                header.addToGroup(item)
        self._header = header
        self._header.setZValue(20)

        # Body: text cells decide each row's height.
        y = top
        for step in sop.steps:
            cells = [
                (1, step.uraian),
                (2 + n, _dashes(step.kelengkapan)),
                (3 + n, f"{step.waktu_hari}".replace(".", ",")),
                (4 + n, _dashes(step.output)),
            ]
            items = []
            height = MIN_ROW_H
            for col, text in cells:
                item = QGraphicsTextItem(text)
                item.setFont(_font(7.5))
                item.setTextWidth(widths[col] - 2 * PAD)
                items.append((col, item))
                height = max(height, item.boundingRect().height() + 2 * PAD)
            row = QRectF(0, y, total_w, height)
            self._rows[step.no] = row
            for i in range(len(widths)):
                _add_rect(scene, QRectF(xs[i], y, widths[i], height), grid_pen)
            self._centred_text(str(step.no), QRectF(xs[0], y, NO_W, height), 8.5)
            for col, item in items:
                scene.addItem(item)
                if col == 3 + n:  # the number sits in the middle of its cell
                    br = item.boundingRect()
                    item.setPos(xs[col] + (widths[col] - br.width()) / 2, y + (height - br.height()) / 2)
                else:
                    item.setPos(xs[col] + PAD - 4, y + PAD - 4)
            y += height

        page = layout(sop, [tuple(s.no for s in sop.steps)])[0]
        self._draw_flow(page)
        scene.setSceneRect(QRectF(-10, -10, total_w + 20, y + 20))
        self.set_marks(self.marks)
        self._pin_header()

    def _centred_text(self, text: str, rect: QRectF, size: float, bold: bool = False) -> QGraphicsSimpleTextItem:
        item = _add_text(self.scene(), text, _font(size, bold))
        br = item.boundingRect()
        if br.width() > rect.width() - 4 and " " in text:  # two lines for a long lane name
            words = text.split(" ")
            half = max(1, len(words) // 2)
            item.setText(" ".join(words[:half]) + "\n" + " ".join(words[half:]))
            br = item.boundingRect()
        item.setPos(rect.center().x() - br.width() / 2, rect.center().y() - br.height() / 2)
        return item

    def _row_y(self, units: float) -> float:
        """Row units of the flowchart (row r spans [r, r + 1]) to scene y."""
        assert self.sop is not None
        steps = [s.no for s in self.sop.steps]
        r = min(int(units), len(steps) - 1)
        rect = self._rows[steps[r]]
        return rect.top() + (units - r) * rect.height()

    def _box(self, sym: FlowSymbol) -> QRectF:
        w = sym.width * LANE_W
        h = SYMBOL_H[sym.kind] * (0.8 if sym.secondary else 1.0)
        cx, cy = self._lane_left + sym.x * LANE_W, self._row_y(sym.y)
        return QRectF(cx - w / 2, cy - h / 2, w, h)

    def _point(self, p: Point | Anchor, symbols: tuple[FlowSymbol, ...], boxes: list[QRectF]) -> QPointF:
        if isinstance(p, Point):
            # nudge_mm: a gap in millimetres on paper, where a lane is about 21 mm wide
            return QPointF(self._lane_left + p.x * LANE_W + p.nudge_mm * LANE_W / 21, self._row_y(p.y))
        box = boxes[p.symbol]
        c = box.center()
        upper = box.width() / 4 if symbols[p.symbol].kind is SymbolKind.DECISION else box.width() / 2
        return {
            "top": QPointF(c.x(), box.top()),
            "bottom": QPointF(c.x(), box.bottom()),
            "left": QPointF(box.left(), c.y()),
            "right": QPointF(box.right(), c.y()),
            "upper_left": QPointF(c.x() - upper, c.y() - box.height() / 4),
            "upper_right": QPointF(c.x() + upper, c.y() - box.height() / 4),
        }[p.side]

    def _draw_flow(self, page: FlowPage) -> None:
        scene = self.scene()
        boxes = [self._box(s) for s in page.symbols]
        line_pen = QPen(QColor("#333333"), 1.1)
        for line in page.lines:
            pts = [self._point(p, page.symbols, boxes) for p in line.points]
            path = QPainterPath(pts[0])
            for p in pts[1:]:
                path.lineTo(p)
            _add_path(scene, path, line_pen)
            if line.arrow:
                self._arrow_head(pts[-2], pts[-1])
            if line.label:
                label = _add_text(scene, line.label, _font(6.5))
                label.setPos(pts[0].x() + 3, pts[0].y() + 1)
        for sym, box in zip(page.symbols, boxes, strict=True):
            item = _add_path(scene, self._symbol_path(sym.kind, box), QPen(BORDER[StepState.PENDING], 1.2))
            item.setBrush(QBrush(FILL[StepState.PENDING]))
            item.setZValue(2)
            if sym.step_no is not None:
                item.setData(STEP_KEY, sym.step_no)
                item.setToolTip(self._tooltip(sym.step_no))
                self._symbols.setdefault(sym.step_no, []).append(item)
                if not sym.secondary:
                    self._lead[sym.step_no] = item

    @staticmethod
    def _symbol_path(kind: SymbolKind, box: QRectF) -> QPainterPath:
        path = QPainterPath()
        if kind is SymbolKind.TERMINATOR:
            path.addRoundedRect(box, box.height() / 2, box.height() / 2)
        elif kind is SymbolKind.DECISION:
            c = box.center()
            path.addPolygon(
                QPolygonF(
                    [
                        QPointF(c.x(), box.top()),
                        QPointF(box.right(), c.y()),
                        QPointF(c.x(), box.bottom()),
                        QPointF(box.left(), c.y()),
                        QPointF(c.x(), box.top()),
                    ]
                )
            )
        elif kind is SymbolKind.OFF_PAGE:
            path.addPolygon(
                QPolygonF(
                    [
                        box.topLeft(),
                        box.topRight(),
                        QPointF(box.right(), box.center().y()),
                        QPointF(box.center().x(), box.bottom()),
                        QPointF(box.left(), box.center().y()),
                        box.topLeft(),
                    ]
                )
            )
        else:
            path.addRect(box)
        return path

    def _arrow_head(self, a: QPointF, b: QPointF) -> None:
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = (dx * dx + dy * dy) ** 0.5 or 1.0
        ux, uy = dx / length, dy / length
        size = 6.0
        left = QPointF(b.x() - ux * size - uy * size * 0.5, b.y() - uy * size + ux * size * 0.5)
        right = QPointF(b.x() - ux * size + uy * size * 0.5, b.y() - uy * size - ux * size * 0.5)
        head = _add_polygon(
            self.scene(), QPolygonF([b, left, right]), QPen(QColor("#333333")), QBrush(QColor("#333333"))
        )
        head.setZValue(3)

    def _tooltip(self, step_no: int) -> str:
        assert self.sop is not None
        step = self.sop.step(step_no)
        lanes = ", ".join(self._lane_names.get(code, code) for code in step.lanes)
        return (
            self.tr("Langkah %1: %2\nPelaksana: %3\nMutu baku: %4 hari kerja", "", days_form(days(step.waktu_hari)))
            .replace("%1", str(step_no))
            .replace("%2", step.uraian)
            .replace("%3", lanes)
            .replace("%4", days(step.waktu_hari))
        )

    # ---- the overlay --------------------------------------------------------------------

    def set_marks(self, marks: SwimlaneMarks) -> None:
        """Lay the state of a case (or the overview counts) over the drawing."""
        self.marks = marks
        if self.sop is None:
            return
        scene = self.scene()
        for item in self._overlay:
            scene.removeItem(item)
        self._overlay = []
        self._halos = {}
        for step_no, items in self._symbols.items():
            mark = marks.steps.get(step_no, StepMark())
            for item in items:
                item.setBrush(QBrush(FILL[mark.state]))
                width = 2.4 if mark.state in GLOW else 1.2
                item.setPen(QPen(BORDER[mark.state], width))
            lead = self._lead[step_no]
            if mark.state in GLOW:
                # A halo: wide translucent strokes of the symbol's own outline, under it. (Not a
                # QGraphicsEffect: an item deletes its effect itself, behind the binding's back.)
                for stroke, alpha in ((16.0, 60), (10.0, 110)):
                    colour = QColor(GLOW[mark.state])
                    colour.setAlpha(alpha)
                    halo = QGraphicsPathItem(lead.path())
                    halo.setPen(
                        QPen(colour, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
                    )
                    halo.setZValue(1.5)
                    halo.setData(STEP_KEY, step_no)
                    scene.addItem(halo)
                    self._overlay.append(halo)
                    self._halos.setdefault(step_no, []).append(halo)
            self._annotate(step_no, lead.path().boundingRect(), mark)
        for code, (box, label) in self._lane_headers.items():
            lane = marks.lanes.get(code, LaneMark())
            box.setBrush(QBrush(ACTIVE_HEADER_FILL if lane.active else HEADER_FILL))
            box.setPen(QPen(BORDER[StepState.CURRENT] if lane.active else GRID, 2.0 if lane.active else 0.8))
            text = self._lane_names[code] if lane.count is None else f"{self._lane_names[code]} ({lane.count})"
            rect = box.rect()
            label.setText(text)
            label.setFont(_font(8, bold=True))
            br = label.boundingRect()
            if br.width() > rect.width() - 4 and " " in text:
                words = text.split(" ")
                half = max(1, len(words) // 2)
                label.setText(" ".join(words[:half]) + "\n" + " ".join(words[half:]))
                br = label.boundingRect()
            label.setPos(rect.center().x() - br.width() / 2, rect.center().y() - br.height() / 2)
        self._draw_selection()

    def _annotate(self, step_no: int, box: QRectF, mark: StepMark) -> None:
        scene = self.scene()
        if mark.count:
            # Overview: the number of cases waiting, in a disc on the symbol.
            r = 11.0
            disc = QGraphicsEllipseItem(box.center().x() - r, box.center().y() - r, 2 * r, 2 * r)
            disc.setBrush(QBrush(QColor("#b3261e") if mark.late_count else QColor("#1f4e79")))
            disc.setPen(QPen(Qt.PenStyle.NoPen))
            disc.setZValue(5)
            disc.setData(STEP_KEY, step_no)
            scene.addItem(disc)
            number = QGraphicsSimpleTextItem(str(mark.count), disc)
            number.setFont(_font(7.5, bold=True))
            number.setBrush(QBrush(QColor("white")))
            nb = number.boundingRect()
            number.setPos(box.center().x() - nb.width() / 2, box.center().y() - nb.height() / 2)
            self._overlay.append(disc)
        if mark.passes > 1:
            r = 9.0
            badge = QGraphicsEllipseItem(box.right() - r, box.top() - r - 2, 2 * r, 2 * r)
            badge.setBrush(QBrush(QColor("#6a1b9a")))
            badge.setPen(QPen(QColor("white"), 1))
            badge.setZValue(6)
            badge.setToolTip(self.tr("Diulang: %1 kali").replace("%1", str(mark.passes)))
            scene.addItem(badge)
            text = QGraphicsSimpleTextItem(f"×{mark.passes}", badge)
            text.setFont(_font(6.5, bold=True))
            text.setBrush(QBrush(QColor("white")))
            tb = text.boundingRect()
            text.setPos(box.right() - tb.width() / 2, box.top() - 2 - tb.height() / 2)
            self._overlay.append(badge)
        if mark.caption:
            caption = QGraphicsSimpleTextItem(mark.caption)
            caption.setFont(_font(6.8, bold=mark.state in GLOW))
            colour = BORDER[mark.state] if mark.state is not StepState.PENDING else QColor("#333333")
            caption.setBrush(QBrush(colour))
            cb = caption.boundingRect()
            x = box.center().x() - cb.width() / 2
            y = box.bottom() + 3
            back = QGraphicsRectItem(QRectF(x - 2, y - 1, cb.width() + 4, cb.height() + 2))
            back.setBrush(QBrush(QColor(255, 255, 255, 225)))
            back.setPen(QPen(Qt.PenStyle.NoPen))
            back.setZValue(4)
            back.setData(STEP_KEY, step_no)
            caption.setParentItem(back)
            caption.setPos(x, y)
            scene.addItem(back)
            self._overlay.append(back)

    def caption_of(self, step_no: int) -> str:
        return self.marks.steps.get(step_no, StepMark()).caption

    def glowing_steps(self) -> list[int]:
        """The steps drawn with a halo (the one that must be acted on now)."""
        return sorted(self._halos)

    def active_lanes(self) -> list[str]:
        """The lanes whose headers are highlighted (for tests and accessibility)."""
        return [code for code, lane in self.marks.lanes.items() if lane.active]

    def lane_header_text(self, code: str) -> str:
        return self._lane_headers[code][1].text().replace("\n", " ")

    def step_fill(self, step_no: int) -> QColor:
        return self._lead[step_no].brush().color()

    def step_at(self, pos: QPointF) -> int | None:
        for step_no, rect in self._rows.items():
            if rect.contains(pos):
                return step_no
        return None

    def step_centre(self, step_no: int) -> QPointF:
        """Where the step's symbol is, in viewport coordinates."""
        return self.mapFromScene(self._lead[step_no].path().boundingRect().center()).toPointF()

    # ---- selection, zoom ----------------------------------------------------------------

    def select_step(self, step_no: int | None) -> None:
        self.selected_step = step_no
        self._draw_selection()

    def _draw_selection(self) -> None:
        if self._selection is not None:
            self.scene().removeItem(self._selection)
            self._selection = None
        if self.selected_step is not None and self.selected_step in self._rows:
            rect = self._rows[self.selected_step].adjusted(1, 1, -1, -1)
            self._selection = _add_rect(
                self.scene(), rect, QPen(QColor("#1f6fd1"), 2.0), QBrush(QColor(31, 111, 209, 22))
            )
            self._selection.setZValue(1)

    def _pin_header(self) -> None:
        if self._header is not None:
            self._header.setY(max(0.0, self.mapToScene(0, 0).y() + 1))

    def header_height(self) -> int:
        """The pinned header's height in viewport pixels."""
        return int((GROUP_H + HEADER_H) * self.transform().m22()) + 1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        on_header = event.position().y() <= self.header_height()
        if event.button() == Qt.MouseButton.LeftButton and not on_header:
            step = self.step_at(self.mapToScene(event.position().toPoint()))
            if step is not None:
                self.select_step(step)
                self.stepClicked.emit(step)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        event.accept()  # the press selected a step (or started a drag): the release is ours

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def zoom(self, factor: float) -> None:
        self._fit = False
        self._fit_lanes = False
        current = self.transform().m11()
        factor = max(0.2, min(4.0, current * factor)) / current
        self.scale(factor, factor)
        self._pin_header()

    def zoom_reset(self) -> None:
        self._fit = False
        self._fit_lanes = False
        self.resetTransform()
        self._pin_header()

    def zoom_to_lanes(self) -> None:
        """No, Uraian and every lane across the window (the mutu baku columns scroll in), at
        most the natural size and never so small the text cannot be read; kept so when the
        window is resized, until the user zooms."""
        if self.sop is None:
            return
        self._fit = False
        self._fit_lanes = True
        self._apply_lanes_zoom()

    def _apply_lanes_zoom(self) -> None:
        assert self.sop is not None
        right = self._lane_left + len(self.sop.lanes) * LANE_W + 12
        factor = max(0.6, min(1.0, self.viewport().width() / (right + 10)))
        self.resetTransform()
        self.scale(factor, factor)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self._pin_header()

    def show_step(self, step_no: int) -> None:
        """Scroll (vertically) so the step's row is in sight."""
        row = self._rows.get(step_no)
        if row is not None:
            self.ensureVisible(QRectF(0, row.top(), 1, row.height()), 0, self.header_height() + 8)
            self._pin_header()

    def fit(self) -> None:
        """The whole SOP in the window (and kept so when the window is resized)."""
        self._fit = True
        self._fit_lanes = False
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._pin_header()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_lanes and self.sop is not None:
            self._apply_lanes_zoom()
            if self.selected_step is not None:
                self.show_step(self.selected_step)
        if self._fit:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._pin_header()
