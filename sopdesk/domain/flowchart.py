"""Geometry of the SOP flowchart (Permenpan RB 35/2012), shared by paper and screen.

Pure: it knows lanes and rows, not points. ``x`` is in lane units (lane ``i`` spans
``[i, i + 1]``), ``y`` in row units (the ``r``-th step on a page spans ``[r, r + 1]``).
Symbols have a centre and a width in lane units; their height is the renderer's choice,
so lines refer to symbol edges through :class:`Anchor` and the renderer resolves them.

Exactly five symbol kinds: terminator (capsule, first and last step), process
(rectangle), decision (diamond, a step that may send work back, exits "Ya" and "Tidak"),
the arrow (every :class:`FlowLine` with ``arrow``), and the off-page connector (pentagon),
paired across every page break.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sopdesk.domain.sop import SopDefinition


class SymbolKind(StrEnum):
    TERMINATOR = "terminator"
    PROCESS = "process"
    DECISION = "decision"
    OFF_PAGE = "off_page"


WIDTH = {
    SymbolKind.TERMINATOR: 0.74,
    SymbolKind.PROCESS: 0.68,
    SymbolKind.DECISION: 0.5,
    SymbolKind.OFF_PAGE: 0.34,
}
RETURN_GAP_MM = 1.8  # from a decision's side vertex to the vertical run of its "Tidak" line
SECONDARY_WIDTH = 0.5
RUN_OFFSET = 0.87  # where a run between two rows goes, in row units from the source row's top


@dataclass(frozen=True)
class FlowSymbol:
    kind: SymbolKind
    lane: int
    x: float  # centre, lane units
    y: float  # centre, row units
    width: float  # lane units
    label: str = ""
    step_no: int | None = None
    secondary: bool = False  # a participating lane of the step, not its lead


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    # A fixed distance added to x, in millimetres on paper: a return's vertical run keeps a
    # set gap beside the decision it leaves, whatever the lane's width (far from the lane's
    # border, where it would read as a double rule).
    nudge_mm: float = 0.0


@dataclass(frozen=True)
class Anchor:
    symbol: int  # index into FlowPage.symbols
    side: str  # "top", "bottom", "left", "right", "upper_left", "upper_right" (halfway up the side)


@dataclass(frozen=True)
class FlowLine:
    points: tuple[Point | Anchor, ...]
    arrow: bool = True
    label: str = ""  # "Ya" / "Tidak", drawn near the first point


@dataclass(frozen=True)
class FlowPage:
    steps: tuple[int, ...]
    symbols: tuple[FlowSymbol, ...]
    lines: tuple[FlowLine, ...]

    def row_of(self, step_no: int) -> int:
        return self.steps.index(step_no)


def paginate(heights: Sequence[float], first_capacity: float, capacity: float) -> list[tuple[int, ...]]:
    """Split rows (their heights) into pages; a row taller than a page gets a page of its own."""
    pages: list[tuple[int, ...]] = []
    current: list[int] = []
    used = 0.0
    room = first_capacity
    for index, height in enumerate(heights):
        if current and used + height > room:
            pages.append(tuple(current))
            current, used, room = [], 0.0, capacity
        current.append(index)
        used += height
    if current:
        pages.append(tuple(current))
    return pages


def symbol_kind(sop: SopDefinition, step_no: int) -> SymbolKind:
    if step_no in (sop.steps[0].no, sop.steps[-1].no):
        return SymbolKind.TERMINATOR
    if sop.step(step_no).returns_to is not None:
        return SymbolKind.DECISION
    return SymbolKind.PROCESS


def connector_labels() -> list[str]:
    return list(string.ascii_uppercase) + [f"{a}{b}" for a in string.ascii_uppercase for b in string.ascii_uppercase]


def layout(sop: SopDefinition, pages: Sequence[Sequence[int]]) -> list[FlowPage]:
    """Place symbols and lines for pages of step numbers (in SOP order, every step once)."""
    lane_index = {lane.code: i for i, lane in enumerate(sop.lanes)}
    page_of = {step: p for p, steps in enumerate(pages) for step in steps}
    labels = iter(connector_labels())
    break_labels = {p: next(labels) for p in range(len(pages) - 1)}
    # One connector label per return target: every decision on another page that sends work
    # back to it points at the same pentagon beside the target.
    return_labels: dict[int, str] = {}
    for s in sop.steps:
        if s.returns_to is not None and page_of[s.returns_to] != page_of[s.no] and s.returns_to not in return_labels:
            return_labels[s.returns_to] = next(labels)
    return [
        _layout_page(sop, p, tuple(steps), pages, lane_index, page_of, break_labels, return_labels)
        for p, steps in enumerate(pages)
    ]


def _layout_page(
    sop: SopDefinition,
    page: int,
    steps: tuple[int, ...],
    pages: Sequence[Sequence[int]],
    lane_index: dict[str, int],
    page_of: dict[int, int],
    break_labels: dict[int, str],
    return_labels: dict[int, str],
) -> FlowPage:
    symbols: list[FlowSymbol] = []
    lines: list[FlowLine] = []
    lead: dict[int, int] = {}  # step -> index of its lead symbol

    def add(symbol: FlowSymbol) -> int:
        symbols.append(symbol)
        return len(symbols) - 1

    for row, step_no in enumerate(steps):
        step = sop.step(step_no)
        kind = symbol_kind(sop, step_no)
        lane = lane_index[step.lead_lane]
        lead[step_no] = add(FlowSymbol(kind, lane, lane + 0.5, row + 0.5, WIDTH[kind], "", step_no))
        # Participating lanes: small rectangles joined to the lead symbol, nearest first.
        for side in (-1, 1):
            others = sorted(
                (lane_index[c] for c in step.lanes[1:] if (lane_index[c] - lane) * side > 0),
                key=lambda i: abs(i - lane),
            )
            previous = lead[step_no]
            for other in others:
                current = add(
                    FlowSymbol(SymbolKind.PROCESS, other, other + 0.5, row + 0.5, SECONDARY_WIDTH, "", step_no, True)
                )
                # Joined above the centre line, so the side vertices stay free for "Tidak".
                near, far = ("upper_left", "upper_right") if side < 0 else ("upper_right", "upper_left")
                lines.append(FlowLine((Anchor(previous, near), Anchor(current, far))))
                previous = current

    # Main flow: each step to the next one on the page ("Ya" out of a decision).
    for row, step_no in enumerate(steps[:-1]):
        nxt = steps[row + 1]
        lines.append(_down(symbols, lead[step_no], lead[nxt], row, symbols[lead[step_no]].kind))

    # Page breaks: a pentagon pair carries the flow to the next page.
    last, first = steps[-1], steps[0]
    if page < len(pages) - 1:
        sym = symbols[lead[last]]
        off = add(
            FlowSymbol(
                SymbolKind.OFF_PAGE, sym.lane, sym.x, len(steps) - 0.12, WIDTH[SymbolKind.OFF_PAGE], break_labels[page]
            )
        )
        label = "Ya" if sym.kind is SymbolKind.DECISION else ""
        lines.append(FlowLine((Anchor(lead[last], "bottom"), Anchor(off, "top")), label=label))
    if page > 0:
        sym = symbols[lead[first]]
        off = add(
            FlowSymbol(SymbolKind.OFF_PAGE, sym.lane, sym.x, 0.12, WIDTH[SymbolKind.OFF_PAGE], break_labels[page - 1])
        )
        lines.append(FlowLine((Anchor(off, "bottom"), Anchor(lead[first], "top"))))

    # Returns ("Tidak"): from the decision's side, up its lane's edge, into the target's side.
    for row, step_no in enumerate(steps):
        target = sop.step(step_no).returns_to
        if target is None:
            continue
        source = symbols[lead[step_no]]
        edge_x = source.lane + 0.94
        vertex_x = source.x + source.width / 2
        if page_of[target] == page:
            t_index = lead[target]
            t_sym = symbols[t_index]
            t_row = steps.index(target)
            entry = "right" if t_sym.lane <= source.lane else "left"
            lines.append(
                FlowLine(
                    (
                        Anchor(lead[step_no], "right"),
                        Point(vertex_x, row + 0.5, RETURN_GAP_MM),
                        Point(vertex_x, t_row + 0.5, RETURN_GAP_MM),
                        Anchor(t_index, entry),
                    ),
                    label="Tidak",
                )
            )
        else:
            off = add(
                FlowSymbol(
                    SymbolKind.OFF_PAGE,
                    source.lane,
                    edge_x - 0.17,
                    row + 0.86,
                    WIDTH[SymbolKind.OFF_PAGE],
                    return_labels[target],
                )
            )
            lines.append(
                FlowLine(
                    (Anchor(lead[step_no], "right"), Point(edge_x - 0.17, row + 0.5), Anchor(off, "top")), label="Tidak"
                )
            )
    # The other end of returns that come from another page: one pentagon per target.
    for target_no, label in return_labels.items():
        if target_no in steps:
            t_index = lead[target_no]
            t_sym = symbols[t_index]
            t_row = steps.index(target_no)
            off = add(
                FlowSymbol(
                    SymbolKind.OFF_PAGE, t_sym.lane, t_sym.lane + 0.83, t_row + 0.2, WIDTH[SymbolKind.OFF_PAGE], label
                )
            )
            lines.append(
                FlowLine((Anchor(off, "bottom"), Point(t_sym.lane + 0.83, t_row + 0.5), Anchor(t_index, "right")))
            )
    return FlowPage(steps, tuple(symbols), tuple(lines))


def _down(symbols: list[FlowSymbol], a: int, b: int, row: int, kind: SymbolKind) -> FlowLine:
    label = "Ya" if kind is SymbolKind.DECISION else ""
    if symbols[a].lane == symbols[b].lane:
        return FlowLine((Anchor(a, "bottom"), Anchor(b, "top")), label=label)
    # The horizontal run lies inside the source's row, under its symbol, never on the row's
    # border line (where it would vanish into the grid).
    boundary = row + RUN_OFFSET
    return FlowLine(
        (Anchor(a, "bottom"), Point(symbols[a].x, boundary), Point(symbols[b].x, boundary), Anchor(b, "top")),
        label=label,
    )
