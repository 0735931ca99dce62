"""Where a map's labels go, and which maps a task needs so that every turning point can be read.

Plain geometry in page points (y down), without Qt: the reports measure their text, ask here
where each label goes, and draw. ``docs/decisions/0010-map-labels.md`` says why it works so.

- :func:`place_labels`: candidate positions around each point (the eight classic ones next to
  it, then farther ones joined by a leader line), each scored by how well it sits (outside the
  hazard, the preferred side, short leaders); a candidate that touches a label already placed,
  a point's marker, a leader line, an obstacle (inset, BM, RP) or leaves the map is never taken.
- :func:`plan_details`: the detail maps of one hazard part, as few as give every turning point a
  legible label; a long part is cut into tiles along its extent.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import shapely

#: Markers of two turning points closer than this (points) cannot be told apart: too small a scale.
MIN_SEPARATION = 3.0
#: The largest scale a detail map goes to (points per metre; 1:250), whatever the outline.
MAX_SCALE = 72 / 0.0254 / 250
#: At most this many detail maps for one part (a longer outline has labels with leaders).
MAX_TILES = 60
GAP = 1.2  # points between a marker and its label
#: room kept round each label (x, y points): two labels side by side never read as one number
SPACE = (1.5, 0.5)

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass
class Label:
    box: Box
    leader: bool  # a line joins the point to the box


class _Grid:
    """Boxes bucketed on a grid of ``cell`` points: the collision checks of one map."""

    def __init__(self, cell: float = 24.0):
        self.cell = cell
        self.cells: dict[tuple[int, int], list[Box]] = {}

    def _keys(self, b: Box):
        c = self.cell
        j0, j1 = math.floor(b[1] / c), math.floor(b[3] / c)
        return [(i, j) for i in range(math.floor(b[0] / c), math.floor(b[2] / c) + 1) for j in range(j0, j1 + 1)]

    def add(self, b: Box) -> None:
        for k in self._keys(b):
            self.cells.setdefault(k, []).append(b)

    def hits(self, b: Box) -> bool:
        cells = self.cells
        if not cells:
            return False
        x0, y0, x1, y1 = b[0], b[1], b[2], b[3]
        for k in self._keys(b):
            for o in cells.get(k, ()):
                if x0 < o[2] and o[0] < x1 and y0 < o[3] and o[1] < y1:
                    return True
        return False


def _segment_hits_box(p, q, b: Box) -> bool:
    """Liang-Barsky: does segment p-q pass through box b?"""
    t0, t1 = 0.0, 1.0
    dx, dy = q[0] - p[0], q[1] - p[1]
    for pk, qk in ((-dx, p[0] - b[0]), (dx, b[2] - p[0]), (-dy, p[1] - b[1]), (dy, b[3] - p[1])):
        if pk == 0:
            if qk < 0:
                return False
        else:
            t = qk / pk
            if pk < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
            if t0 > t1:
                return False
    return True


# the eight classic positions, best first (upper right, upper left, lower right, lower left, right,
# left, above, below): unit directions of the label's near corner or side
_NEAR = [(1, -1), (-1, -1), (1, 1), (-1, 1), (1, 0), (-1, 0), (0, -1), (0, 1)]


def _box_at(x: float, y: float, w: float, h: float, dx: float, dy: float, d: float) -> Box:
    """The w x h box whose corner or side faces the point (x, y) from direction (dx, dy) at d."""
    cx = x + dx * (d + w / 2)
    cy = y + dy * (d + h / 2)
    return (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


_RINGS = (2.2, 3.6, 5.5, 8.0, 11.0)  # leader lengths, in label heights
_ROUND = [(math.cos(2 * math.pi * k / 16), math.sin(2 * math.pi * k / 16)) for k in range(16)]


def _candidates(x, y, w, h, radius, outward):
    """Boxes (box, leader) for one point, best first: the eight next to it (the preferred
    side first, then out of the hazard), then rings farther out, each ring best first."""
    ox, oy = outward if outward is not None else (0.0, 0.0)
    near = []
    for rank, (dx, dy) in enumerate(_NEAR):
        away = (dx * ox + dy * oy) / math.hypot(dx, dy)  # 1: straight out of the hazard; -1: into it
        near.append((rank * 0.2 - 2.0 * away, _box_at(x, y, w, h, dx, dy, radius + GAP)))
    near.sort(key=lambda c: c[0])
    for _, box in near:
        yield box, False
    for dist in _RINGS:
        d = radius + GAP + dist * h
        ring = []
        for dx, dy in _ROUND:
            cx, cy = x + dx * (d + w / 2), y + dy * (d + h / 2)
            ring.append((-(dx * ox + dy * oy), (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)))
        ring.sort(key=lambda c: c[0])
        for _, box in ring:
            yield box, True


def place_labels(anchors, sizes, bounds: Box, *, radius: float = 2.6, obstacles=(), outward=None,
                 markers=None, all_or_none: bool = False) -> list[Label | None]:
    """Boxes for labels of ``sizes`` (w, h) at ``anchors`` (x, y), inside ``bounds``, touching
    no other label, no marker (``markers``: every drawn point, ``anchors`` by default, each a
    disc of ``radius``), no leader line and no box of ``obstacles``. ``outward``: per anchor
    the unit direction out of its hazard, where its label is preferred. None where no
    candidate is free; with ``all_or_none``, every one None as soon as one label has no place
    (a map that will not be used is not worked out to the end)."""
    anchors = np.asarray(anchors, dtype=float).reshape(-1, 2)
    sizes = np.asarray(sizes, dtype=float).reshape(-1, 2)
    markers = anchors if markers is None else np.asarray(markers, dtype=float).reshape(-1, 2)
    grid = _Grid()  # markers: no label on them
    for x, y in markers:
        grid.add((x - radius, y - radius, x + radius, y + radius))
    boxes = _Grid()  # obstacles and labels placed: no label and no leader through them
    for b in obstacles:
        boxes.add(tuple(b))
    leaders: list[tuple[tuple[float, float], tuple[float, float]]] = []
    leader_grid = _Grid()
    # the most crowded points choose first
    if len(anchors) > 1:
        d = np.hypot(*(anchors[:, None, :] - anchors[None, :, :]).transpose(2, 0, 1))
        crowd = (d < 4 * max(float(sizes[:, 1].max()), 1.0)).sum(axis=1)
        order = np.lexsort((np.arange(len(anchors)), -crowd))
    else:
        order = np.arange(len(anchors))
    result: list[Label | None] = [None] * len(anchors)
    for i in order:
        x, y = anchors[i]
        w, h = sizes[i]
        for box, leader in _candidates(x, y, w + 1.0, h + 0.4, radius, None if outward is None else outward[i]):
            if box[0] < bounds[0] or box[1] < bounds[1] or box[2] > bounds[2] or box[3] > bounds[3]:
                continue
            room = (box[0] - SPACE[0], box[1] - SPACE[1], box[2] + SPACE[0], box[3] + SPACE[1])
            if grid.hits(box) or boxes.hits(room):
                continue
            if any(_segment_hits_box(p, q, box) for p, q in _near_leaders(leader_grid, box)):
                continue
            if leader:
                p, q = (x, y), _nearest_on_box(x, y, box)
                if _leader_blocked(p, q, boxes):
                    continue
                leaders.append((p, q))
                leader_grid.add((min(p[0], q[0]), min(p[1], q[1]), max(p[0], q[0]), max(p[1], q[1]), (p, q)))
            boxes.add(room)
            result[i] = Label(box, leader)
            break
        if all_or_none and result[i] is None:
            return [None] * len(anchors)
    return result


def _near_leaders(leader_grid: _Grid, box: Box):
    seen = set()
    for k in leader_grid._keys(box):
        for o in leader_grid.cells.get(k, ()):
            if id(o) not in seen and box[0] <= o[2] and o[0] <= box[2] and box[1] <= o[3] and o[1] <= box[3]:
                seen.add(id(o))
                yield o[4]


def _leader_blocked(p, q, boxes: _Grid) -> bool:
    """A leader may not pass through a label or an obstacle (it may cross a marker of its cluster)."""
    b = (min(p[0], q[0]), min(p[1], q[1]), max(p[0], q[0]), max(p[1], q[1]))
    for k in boxes._keys(b):
        for o in boxes.cells.get(k, ()):
            if _segment_hits_box(p, q, o):
                return True
    return False


def _nearest_on_box(x: float, y: float, b: Box) -> tuple[float, float]:
    return (min(max(x, b[0]), b[2]), min(max(y, b[1]), b[3]))


def outward_directions(rings_xy: list[np.ndarray], polygon) -> list[np.ndarray]:
    """Per vertex of each ring (page points, y down; without the closing vertex), the unit
    direction pointing out of ``polygon`` (a shapely polygon in the same coordinates): the
    bisector of its two edges, turned away from the inside."""
    out = []
    for xy in rings_xy:
        if len(xy) < 3:
            out.append(np.zeros((len(xy), 2)))
            continue
        prev, nxt = np.roll(xy, 1, axis=0), np.roll(xy, -1, axis=0)
        a = prev - xy
        b = nxt - xy
        a /= np.maximum(np.hypot(a[:, 0], a[:, 1]), 1e-12)[:, None]
        b /= np.maximum(np.hypot(b[:, 0], b[:, 1]), 1e-12)[:, None]
        bis = a + b
        flat = np.hypot(bis[:, 0], bis[:, 1]) < 1e-6  # a straight vertex: the edge's normal
        bis[flat] = np.column_stack([-a[flat, 1], a[flat, 0]])
        bis /= np.maximum(np.hypot(bis[:, 0], bis[:, 1]), 1e-12)[:, None]
        probe = xy + bis * 0.5
        inside = shapely.contains_xy(polygon, probe[:, 0], probe[:, 1])
        bis[inside] *= -1
        out.append(bis)
    return out


def min_separation(xy) -> float:
    """The smallest distance between two of the points (inf for fewer than two)."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    if len(xy) < 2:
        return math.inf
    tree = shapely.STRtree(shapely.points(xy))
    left, right = tree.query_nearest(shapely.points(xy), exclusive=True, all_matches=False)
    if not len(left):
        return math.inf
    return float(np.min(np.hypot(*(xy[left] - xy[right]).T)))


@dataclass
class Tile:
    """One detail map: the window it shows (metres) at ``scale`` (points per metre), the
    vertices it labels (indices into the part's vertices) and their labels (view points,
    origin at the window's top-left)."""

    window: tuple[float, float, float, float]
    scale: float
    labelled: np.ndarray
    labels: list[Label | None] = field(default_factory=list)

    @property
    def legible(self) -> bool:
        return all(lab is not None for lab in self.labels)


def to_view(xy, window, scale) -> np.ndarray:
    """Metres (x east, y north) to view points (origin top-left of ``window``, y down)."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    return np.column_stack([(xy[:, 0] - window[0]) * scale, (window[3] - xy[:, 1]) * scale])


def _tiles_at(xy, scale, view_w, view_h, margin):
    """Windows of ``view_w`` x ``view_h`` points at ``scale`` that share out the vertices: the
    vertices taken in order along the part's long axis, a window closed when the next one would
    not fit its inner area (``margin`` points in from its edge), each centred on its own."""
    cw, ch = (view_w - 2 * margin) / scale, (view_h - 2 * margin) / scale
    centred = xy - xy.mean(axis=0)
    axis = np.linalg.svd(centred, full_matrices=False)[2][0] if len(xy) > 1 else np.array([1.0, 0.0])
    chunks, current, box = [], [], None
    for i in np.argsort(centred @ axis, kind="stable"):
        x, y = xy[i]
        trial = (x, y, x, y) if box is None else (min(box[0], x), min(box[1], y), max(box[2], x), max(box[3], y))
        if box is not None and (trial[2] - trial[0] > cw or trial[3] - trial[1] > ch):
            chunks.append((current, box))
            current, trial = [], (x, y, x, y)
        current.append(i)
        box = trial
    chunks.append((current, box))
    tiles = []
    for idx, (bx0, by0, bx1, by1) in chunks:
        cx, cy = (bx0 + bx1) / 2, (by0 + by1) / 2
        hw, hh = view_w / 2 / scale, view_h / 2 / scale
        tiles.append(Tile((cx - hw, cy - hh, cx + hw, cy + hh), scale, np.sort(np.asarray(idx, dtype=int))))
    return tiles


def _inside(pts: np.ndarray, w) -> np.ndarray:
    return pts[(pts[:, 0] >= w[0]) & (pts[:, 0] <= w[2]) & (pts[:, 1] >= w[1]) & (pts[:, 1] <= w[3])]


def plan_details(xy, sizes, part, view_w: float, view_h: float, *, context_xy=None, outward=None,
                 margin: float = 24.0, radius: float = 2.6, obstacles_for=None) -> list[Tile]:
    """The detail maps of one part: vertices ``xy`` (metres), label ``sizes`` (points), the
    part's polygon (metres), maps of ``view_w`` x ``view_h`` points. ``context_xy``: every
    other vertex drawn on these maps (other parts and hazards), a marker labels avoid.
    ``outward``: per vertex, the direction out of the hazard (a scale-free unit vector, in
    metres' axes). ``obstacles_for(window, scale)``: other boxes to avoid (BM, RP).

    The scale starts where the whole part fits one map and grows by a quarter until every label of
    every tile is placed and no two markers merge (or :data:`MAX_SCALE`, :data:`MAX_TILES`)."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    sizes = np.asarray(sizes, dtype=float).reshape(-1, 2)
    others = np.zeros((0, 2)) if context_xy is None else np.asarray(context_xy, dtype=float).reshape(-1, 2)
    x0, y0, x1, y1 = shapely.bounds(part)
    scale = min((view_w - 2 * margin) / max(x1 - x0, 1e-6), (view_h - 2 * margin) / max(y1 - y0, 1e-6))
    scale = min(scale, MAX_SCALE)
    flip = None if outward is None else np.column_stack([outward[:, 0], -outward[:, 1]])  # y down on the page

    def label(t: Tile, final: bool = False) -> bool:
        w = t.window
        markers = np.vstack([to_view(_inside(xy, w), w, t.scale), to_view(_inside(others, w), w, t.scale)])
        anchors = to_view(xy[t.labelled], w, t.scale)
        if final is False and min_separation(anchors) < MIN_SEPARATION:
            return False
        t.labels = place_labels(anchors, sizes[t.labelled], (0, 0, view_w, view_h), radius=radius,
                                obstacles=obstacles_for(w, t.scale) if obstacles_for else (),
                                outward=None if flip is None else flip[t.labelled], markers=markers,
                                all_or_none=not final)
        return t.legible and min_separation(anchors) >= MIN_SEPARATION

    while True:
        tiles = _tiles_at(xy, scale, view_w, view_h, margin)
        if all(label(t) for t in tiles):  # stops at the first tile that does not read
            return tiles
        grown = scale * 1.25
        if grown > MAX_SCALE or len(_tiles_at(xy, grown, view_w, view_h, margin)) > MAX_TILES:
            break
        scale = grown
    # the largest scale allowed: every tile placed as well as it can be (a label with no free
    # place prints beside its point)
    for t in tiles:
        if len(t.labels) != len(t.labelled) or not t.legible:
            label(t, final=True)
    return tiles
