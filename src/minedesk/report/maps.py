"""Vector maps for the paper, drawn in the task's UTM zone, as field teams read the map.

- The task map (page 1, and the completion report's map): the hazards, released parts, turning
  points, benchmark and reference point, an overview inset in a corner the hazards leave free.
- Detail maps: one or more per hazard part whose turning points cannot all be labelled legibly
  on the task map (a long belt is cut into tiles), and an index map showing where each lies.

Every map has its UTM grid labelled outside its frame, and below the frame a band with the scale
bar, the north arrow and a legend of the symbols that map uses, so that nothing covers the
hazard or a grid label. Turning point labels are placed by :mod:`minedesk.core.labels` (no label
touches another, a marker, a leader, the inset, the benchmark or the reference point).

Maps are planned when the document is laid out (so that the document knows how many detail
pages follow) and drawn when it is painted. Every word the maps print is in :data:`WORDS`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import shapely
from pyproj import Transformer

from minedesk.core import coords, labels, palette
from minedesk.core.words import QT_TRANSLATE_NOOP
from minedesk.report.layout import font, metrics
from minedesk.report.qt import QBrush, QColor, QPainter, QPainterPath, QPen, QPointF, QPolygonF, QRectF, Qt
from minedesk.report.words import current

#: Every word the maps print, in one place: English source text, printed in the document's first
#: language (context TaskMap; the legend keeps its size).
WORDS = {
    "hazard": QT_TRANSLATE_NOOP("TaskMap", "Hazard"),
    "cleared": QT_TRANSLATE_NOOP("TaskMap", "Cleared"),
    "reduced": QT_TRANSLATE_NOOP("TaskMap", "Reduced"),
    "cancelled": QT_TRANSLATE_NOOP("TaskMap", "Cancelled"),
    "turning_point": QT_TRANSLATE_NOOP("TaskMap", "Turning point (P: part, H: hole)"),
    "benchmark": QT_TRANSLATE_NOOP("TaskMap", "BM benchmark"),
    "reference": QT_TRANSLATE_NOOP("TaskMap", "RP reference point"),
    "bm_line": QT_TRANSLATE_NOOP("TaskMap", "BM to TP 1"),
    "leader": QT_TRANSLATE_NOOP("TaskMap", "Label leader line"),
    "detail_area": QT_TRANSLATE_NOOP("TaskMap", "Detail map area"),
    "north": QT_TRANSLATE_NOOP("TaskMap", "N"),
    "grid_north": QT_TRANSLATE_NOOP("TaskMap", "grid north"),
    "overview": QT_TRANSLATE_NOOP("TaskMap", "Overview"),
    "far": QT_TRANSLATE_NOOP("TaskMap", "{0} {1} km"),
    "km": QT_TRANSLATE_NOOP("TaskMap", "{0} km"),
    "m": QT_TRANSLATE_NOOP("TaskMap", "{0} m"),
}


def word(key: str) -> str:
    """A map word in the language of the document being painted (its first language)."""
    return current().single.translate("TaskMap", WORDS[key])


#: the window's colours (core/palette.py, colour-blind safe), so that a printed map reads as the screen
RELEASE_COLORS = {cat: QColor(*rgba) for cat, rgba in palette.RELEASE.items()}
HAZARD_FILL = QColor(*palette.HAZARD_TYPE["CHA"][:3], 60)
HAZARD_EDGE = QColor(150, 20, 20)
DETAIL_EDGE = QColor(20, 70, 170)
LABEL_SIZE = 7.0  # turning point labels (bold); no other map text has this size (text prints at whole points)
TAG_SIZE = 8.0  # hazard ids, BM, RP, detail numbers
MARKER = 2.4  # turning point marker radius, points
DOT = 1.5  # a turning point drawn without its label (labelled on a detail map)
GRID_LEFT, GRID_BOTTOM, BAND = 36.0, 10.0, 38.0  # margins outside the map frame: grid labels, legend band
INSET = (130.0, 95.0)
CATEGORIES = ("cancelled", "reduced", "cleared")  # drawing order: cleared on top


def _round_step(span: float, lines: int = 5) -> float:
    raw = span / lines
    exp = 10 ** math.floor(math.log10(raw))
    return min((m * exp for m in (1, 2, 2.5, 5, 10)), key=lambda s: abs(span / s - lines))


class Frame:
    """Maps UTM metres into a rectangle on the page, keeping the scale equal in x and y."""

    def __init__(self, rect: QRectF, bounds, pad: float = 0.08):
        x0, y0, x1, y1 = bounds
        w, h = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
        x0, x1, y0, y1 = x0 - w * pad, x1 + w * pad, y0 - h * pad, y1 + h * pad
        self._set(rect, (x0 + x1) / 2, (y0 + y1) / 2, min(rect.width() / (x1 - x0), rect.height() / (y1 - y0)))

    @classmethod
    def window(cls, rect: QRectF, window) -> Frame:
        """Exactly ``window`` (x0, y0, x1, y1 metres) in ``rect`` (of the same proportions)."""
        f = cls.__new__(cls)
        f._set(rect, (window[0] + window[2]) / 2, (window[1] + window[3]) / 2, rect.width() / (window[2] - window[0]))
        return f

    def _set(self, rect: QRectF, cx: float, cy: float, scale: float) -> None:
        self.rect, self.cx, self.cy, self.scale = rect, cx, cy, scale  # scale: points per metre
        self.x0 = cx - rect.width() / 2 / scale
        self.x1 = cx + rect.width() / 2 / scale
        self.y0 = cy - rect.height() / 2 / scale
        self.y1 = cy + rect.height() / 2 / scale

    def extend(self, rect: QRectF) -> Frame:
        """The same mapping, over a larger ``rect``."""
        c, n = self.rect.center(), rect.center()
        self._set(rect, self.cx + (n.x() - c.x()) / self.scale, self.cy - (n.y() - c.y()) / self.scale, self.scale)
        return self

    def pt(self, x: float, y: float) -> QPointF:
        return QPointF(self.rect.center().x() + (x - self.cx) * self.scale,
                       self.rect.center().y() - (y - self.cy) * self.scale)

    def xy(self, xy) -> np.ndarray:
        """Metres (n, 2) to page points (n, 2)."""
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        c = self.rect.center()
        return np.column_stack([c.x() + (xy[:, 0] - self.cx) * self.scale, c.y() - (xy[:, 1] - self.cy) * self.scale])

    def geom(self, g):
        """A shapely geometry in metres, on the page."""
        return shapely.transform(g, self.xy)

    def path(self, geom) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for poly in getattr(geom, "geoms", [geom]):
            if poly.geom_type == "GeometryCollection" or poly.geom_type.startswith("Multi"):
                path.addPath(self.path(poly))
                continue
            if poly.geom_type != "Polygon":
                continue
            for ring in [poly.exterior, *poly.interiors]:
                pts = self.xy(np.asarray(ring.coords)[:, :2])
                path.moveTo(QPointF(*pts[0]))
                for x, y in pts[1:]:
                    path.lineTo(QPointF(x, y))
                path.closeSubpath()
        return path


def _utm(zone: str):
    number, hemisphere = int(zone[:-1]), zone[-1]
    t = Transformer.from_crs(4326, coords.utm_epsg(number, hemisphere), always_xy=True)

    def to(geom):
        return shapely.transform(geom, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))

    return to, t


# ------------------------------------------------------------------------------------ geometry
def tp_label(part: int, hole: int, number: int, multipart: bool) -> str:
    """A turning point's name on the map, unique within its hazard: ``12``; ``H1.3`` for a hole's;
    ``P2.5``, ``P2.H1.3`` in a hazard of several parts (its tables say part 2, hole 1)."""
    return f"{f'P{part}.' if multipart else ''}{f'H{hole}.' if hole else ''}{number}"


@dataclass
class Ring:
    hazard: int
    part: int
    hole: int
    xy: np.ndarray  # UTM metres, (n, 2)
    names: list[str]


@dataclass
class TaskGeometry:
    """A task's hazards in its UTM zone: what every map of it draws."""

    zone: str
    shapes: list  # per hazard, UTM polygon
    released: list  # per hazard, category -> UTM geometry
    rings: list[Ring]
    hazard_ids: list[str]
    bm: tuple | None
    rp: tuple | None
    label_sizes: dict = field(default_factory=dict)  # name -> (w, h) points

    def parts(self) -> list[tuple[int, int]]:
        return list(dict.fromkeys((r.hazard, r.part) for r in self.rings))

    def xy(self, keep=lambda r: True) -> np.ndarray:
        chosen = [r.xy for r in self.rings if keep(r)]
        return np.vstack(chosen) if chosen else np.zeros((0, 2))

    def size(self, name: str) -> tuple[float, float]:
        if name not in self.label_sizes:
            fm = metrics(font(LABEL_SIZE, True))
            self.label_sizes[name] = (fm.horizontalAdvance(name), fm.height())
        return self.label_sizes[name]

    def core_bounds(self):
        return shapely.total_bounds(np.array(self.shapes, dtype=object))


def task_geometry(hazards, released: list[dict], zone: str, benchmark=None, reference=None) -> TaskGeometry:
    """``hazards``: HazardGeometry list; ``released``: per hazard, category -> lon/lat geometry."""
    to_utm, t = _utm(zone)
    rings = []
    for i, h in enumerate(hazards):
        multipart = len({r.part for r in h.rings}) > 1
        for r in h.rings:
            xy = np.array([(tp.easting, tp.northing) for tp in r.points], dtype=float).reshape(-1, 2)
            rings.append(Ring(i, r.part, r.hole, xy, [tp_label(r.part, r.hole, tp.number, multipart) for tp in r.points]))
    return TaskGeometry(zone, [to_utm(h.polygon_lonlat) for h in hazards],
                        [{c: to_utm(g) for c, g in parts.items()} for parts in released], rings,
                        [h.hazard_id for h in hazards],
                        t.transform(*benchmark) if benchmark else None, t.transform(*reference) if reference else None)


def _part_polygon(geo: TaskGeometry, hazard: int, part: int):
    rings = [r for r in geo.rings if r.hazard == hazard and r.part == part]
    outer = [r.xy for r in rings if not r.hole]
    return shapely.Polygon(outer[0], [r.xy for r in rings if r.hole and len(r.xy) >= 3]) if outer and len(outer[0]) >= 3 \
        else shapely.MultiPoint(np.vstack([r.xy for r in rings])).convex_hull


# ------------------------------------------------------------------------------------ plans
@dataclass
class Placed:
    name: str
    anchor: tuple[float, float]  # page points
    label: labels.Label | None
    size: float = LABEL_SIZE
    bold: bool = True


@dataclass
class MapPlan:
    """One map, laid out: drawn later by :func:`draw_map` into a rect of ``size``."""

    kind: str  # "task", "detail", "index"
    size: tuple[float, float]
    neat: QRectF
    frame: Frame
    tps: list[Placed] = field(default_factory=list)  # labelled turning points
    tags: list[Placed] = field(default_factory=list)  # hazard ids, BM, RP, detail numbers
    dots: bool = False  # turning points not labelled here drawn as dots
    inset: QRectF | None = None
    bm_page: tuple | None = None
    rp_page: tuple | None = None
    bm_line: bool = False
    details: list = field(default_factory=list)  # index map: (number, window)
    labelled: set = field(default_factory=set)  # (hazard, part) labelled on this map
    highlight: tuple | None = None  # detail map: its (hazard, part)
    tile: labels.Tile | None = None  # detail map: its window and the vertices it labels


def _areas(w: float, h: float) -> QRectF:
    return QRectF(GRID_LEFT, 0.0, w - GRID_LEFT, h - GRID_BOTTOM - BAND)


def _tag_size(text: str, size: float = TAG_SIZE) -> tuple[float, float]:
    fm = metrics(font(size, True))
    return fm.horizontalAdvance(text), fm.height()


def _points_box(q, r=5.0):
    return (q[0] - r, q[1] - r, q[0] + r, q[1] + r)


def _place_points(geo: TaskGeometry, frame: Frame, neat: QRectF, markers: np.ndarray, obstacles: list,
                  far_names: bool = True) -> tuple[list[Placed], list, tuple | None, tuple | None]:
    """BM and RP: their markers (at the frame's edge, with the distance, when off the map) and
    labels placed clear of the turning points. Returns (tags, obstacle boxes, bm, rp) on the page."""
    inner = neat.adjusted(8, 8, -8, -8)
    core = geo.core_bounds()
    centre = ((core[0] + core[2]) / 2, (core[1] + core[3]) / 2)
    at = {}
    for point, name in ((geo.bm, "BM"), (geo.rp, "RP")):
        if point is None:
            continue
        q = frame.pt(*point)
        text = name
        if not inner.contains(q):
            if not far_names:
                continue
            c = neat.center()
            k = min((inner.width() / 2) / max(abs(q.x() - c.x()), 1e-9), (inner.height() / 2) / max(abs(q.y() - c.y()), 1e-9))
            q = QPointF(c.x() + (q.x() - c.x()) * k, c.y() + (q.y() - c.y()) * k)
            text = word("far").format(name, current().single.number(math.dist(point, centre) / 1000, 1))
            q = _clear_of(q, obstacles, inner)
        at[name] = ((q.x(), q.y()), text)
    boxes = [_points_box(q, 5.5) for q, _ in at.values()]
    tags = []
    for q, text in at.values():
        placed = labels.place_labels([q], [_tag_size(text)], (neat.left(), neat.top(), neat.right(), neat.bottom()),
                                     radius=5.5, markers=markers, obstacles=boxes + obstacles)
        tags.append(Placed(text, q, placed[0], TAG_SIZE))
        if placed[0] is not None:
            boxes.append(placed[0].box)
    return tags, boxes, at.get("BM", (None,))[0], at.get("RP", (None,))[0]


def _clear_of(q: QPointF, obstacles: list, inner: QRectF) -> QPointF:
    """A mark at the frame's edge moved along it out of the inset (``obstacles``), if it fell there."""
    for x0, y0, x1, y1 in obstacles:
        if x0 - 12 <= q.x() <= x1 + 12 and y0 - 12 <= q.y() <= y1 + 12:
            moves = [QPointF(q.x(), y1 + 14), QPointF(x1 + 14, q.y()), QPointF(q.x(), y0 - 14), QPointF(x0 - 14, q.y())]
            moves = [m for m in moves if inner.contains(m)]
            if moves:
                return min(moves, key=lambda m: math.hypot(m.x() - q.x(), m.y() - q.y()))
    return q


def plan_task_map(size, geo: TaskGeometry, *, inset: bool = True, label: bool = True) -> MapPlan:
    """The task map: the whole task; turning points labelled when the map shows one hazard and
    a part's labels all fit legibly (the parts that do not get detail maps)."""
    w, h = size
    neat = _areas(w, h)
    core = geo.core_bounds()
    reach = max(core[2] - core[0], core[3] - core[1], 500.0)
    near = [pt for pt in (geo.bm, geo.rp) if pt is not None
            and shapely.distance(shapely.box(*core), shapely.Point(pt)) <= reach]
    bounds = shapely.total_bounds(np.array(geo.shapes + [shapely.Point(pt) for pt in near], dtype=object))
    frame = Frame(neat, bounds)
    inset_rect = None
    if inset:
        frame, inset_rect = _fit_inset(neat, bounds, geo, near)
    plan = MapPlan("task", size, neat, frame, inset=inset_rect)
    markers = frame.xy(geo.xy())
    obstacles = [] if inset_rect is None else [(inset_rect.left() - 2, inset_rect.top() - 2, inset_rect.right() + 2,
                                                inset_rect.bottom() + 2)]
    tags, boxes, plan.bm_page, plan.rp_page = _place_points(geo, frame, neat, markers, obstacles)
    plan.tags += tags
    plan.bm_line = plan.bm_page is not None and bool(geo.rings)
    bounds_pt = (neat.left() + 1, neat.top() + 1, neat.right() - 1, neat.bottom() - 1)
    if label and len(geo.shapes) == 1:
        # part by part, each as a whole: a part whose labels do not all fit gets a detail map
        page_poly = frame.geom(geo.shapes[0])
        for key in geo.parts():
            rings = [r for r in geo.rings if (r.hazard, r.part) == key]
            pts = [frame.xy(r.xy) for r in rings]
            anchors = np.vstack(pts)
            if labels.min_separation(anchors) < labels.MIN_SEPARATION:
                continue
            names = [n for r in rings for n in r.names]
            placed = labels.place_labels(anchors, [geo.size(n) for n in names], bounds_pt, radius=MARKER,
                                         obstacles=boxes + obstacles, markers=markers, all_or_none=True,
                                         outward=np.vstack(labels.outward_directions(pts, page_poly)))
            if all(lab is not None for lab in placed):
                plan.labelled.add(key)
                plan.tps += [Placed(n, tuple(a), lab) for n, a, lab in zip(names, anchors, placed, strict=True)]
                boxes += [lab.box for lab in placed]
    plan.dots = len(plan.labelled) < len(geo.parts())
    if len(geo.shapes) > 1:  # hazard ids beside their outlines
        anchors = [tuple(frame.xy(shapely.get_coordinates(shapely.point_on_surface(s)))[0]) for s in geo.shapes]
        placed = labels.place_labels(anchors, [_tag_size(t) for t in geo.hazard_ids], bounds_pt, radius=MARKER,
                                     obstacles=boxes + obstacles, markers=np.vstack([markers, anchors]))
        plan.tags += [Placed(t, a, lab, TAG_SIZE) for t, a, lab in zip(geo.hazard_ids, anchors, placed, strict=True)]
    return plan


def _fit_inset(neat: QRectF, bounds, geo: TaskGeometry, near) -> tuple[Frame, QRectF]:
    """The frame and an inset corner that covers no hazard, turning point, BM or RP: a free
    corner of the map as fitted, else the map fitted beside (or under) the inset."""
    iw, ih = INSET
    corners = [QRectF(neat.left() + 6, neat.top() + 6, iw, ih), QRectF(neat.right() - 6 - iw, neat.top() + 6, iw, ih),
               QRectF(neat.left() + 6, neat.bottom() - 6 - ih, iw, ih),
               QRectF(neat.right() - 6 - iw, neat.bottom() - 6 - ih, iw, ih)]

    def free(frame, rect):
        content = [frame.geom(s).buffer(4) for s in geo.shapes]
        content += [shapely.Point(frame.xy(pt)[0]).buffer(12) for pt in (geo.bm, geo.rp) if pt is not None]
        box = shapely.box(rect.left(), rect.top(), rect.right(), rect.bottom())
        return not any(box.intersects(c) for c in content)

    frame = Frame(neat, bounds)
    for rect in corners:
        if free(frame, rect):
            return frame, rect
    gap = 10
    options = [(QRectF(neat.left() + iw + gap, neat.top(), neat.width() - iw - gap, neat.height()), corners[0]),
               (QRectF(neat.left(), neat.top(), neat.width() - iw - gap, neat.height()), corners[1]),
               (QRectF(neat.left(), neat.top() + ih + gap, neat.width(), neat.height() - ih - gap), corners[0]),
               (QRectF(neat.left(), neat.top(), neat.width(), neat.height() - ih - gap), corners[2])]
    best = max(options, key=lambda o: Frame(o[0], bounds).scale)
    return Frame(best[0], bounds).extend(neat), best[1]


def plan_detail_maps(size, geo: TaskGeometry, parts) -> list[MapPlan]:
    """The detail maps of ``parts`` ((hazard, part) pairs), in order: each part's tiles."""
    w, h = size
    neat = _areas(w, h)
    out = []
    for hazard, part in parts:
        mine = [r for r in geo.rings if r.hazard == hazard and r.part == part]
        xy = np.vstack([r.xy for r in mine])
        names = [n for r in mine for n in r.names]
        poly = _part_polygon(geo, hazard, part)
        outward = np.vstack(labels.outward_directions([r.xy for r in mine], poly))
        context = geo.xy(lambda r, hazard=hazard, part=part: (r.hazard, r.part) != (hazard, part))

        def obstacles_for(window, scale):
            boxes = []
            for pt in (geo.bm, geo.rp):
                if pt is not None and window[0] <= pt[0] <= window[2] and window[1] <= pt[1] <= window[3]:
                    q = labels.to_view([pt], window, scale)[0]
                    boxes.append(_points_box(q, 5.5))
                    tw, th = _tag_size("BM")
                    boxes.append((q[0] + 6, q[1] - th / 2, q[0] + 8 + tw, q[1] + th / 2))
            return boxes

        tiles = labels.plan_details(xy, [geo.size(n) for n in names], poly, neat.width(), neat.height(),
                                    context_xy=context, outward=outward, radius=MARKER, obstacles_for=obstacles_for)
        for tile in tiles:
            frame = Frame.window(neat, tile.window)
            plan = MapPlan("detail", size, neat, frame, highlight=(hazard, part), dots=True)
            ox, oy = neat.left(), neat.top()
            for i, lab in zip(tile.labelled, tile.labels, strict=True):
                anchor = tuple(frame.xy(xy[i])[0])
                if lab is not None:
                    lab = labels.Label((lab.box[0] + ox, lab.box[1] + oy, lab.box[2] + ox, lab.box[3] + oy), lab.leader)
                plan.tps.append(Placed(names[i], anchor, lab))
            plan.tile = tile
            for point, name in ((geo.bm, "BM"), (geo.rp, "RP")):
                if point is not None:
                    q = frame.pt(*point)
                    if neat.contains(q):
                        tw, th = _tag_size(name)
                        box = (q.x() + 6, q.y() - th / 2, q.x() + 8 + tw, q.y() + th / 2)
                        plan.tags.append(Placed(name, (q.x(), q.y()), labels.Label(box, False), TAG_SIZE))
                        setattr(plan, "bm_page" if name == "BM" else "rp_page", (q.x(), q.y()))
            out.append(plan)
    return out


def plan_index_map(size, geo: TaskGeometry, details: list[MapPlan]) -> MapPlan:
    """Where each detail map lies: the whole task with the detail maps' areas, numbered."""
    w, h = size
    neat = _areas(w, h)
    windows = [d.tile.window for d in details]
    bounds = shapely.total_bounds(np.array(geo.shapes + [shapely.box(*win) for win in windows], dtype=object))
    frame = Frame(neat, bounds, pad=0.04)
    plan = MapPlan("index", size, neat, frame, dots=False)
    plan.details = [(n, win) for n, win in enumerate(windows, start=1)]
    tags, boxes, plan.bm_page, plan.rp_page = _place_points(geo, frame, neat, np.zeros((0, 2)), [], far_names=False)
    plan.tags += tags
    anchors = [tuple(frame.xy([((win[0] + win[2]) / 2, (win[1] + win[3]) / 2)])[0]) for win in windows]
    texts = [str(n) for n in range(1, len(windows) + 1)]
    placed = labels.place_labels(anchors, [_tag_size(t, 9) for t in texts],
                                 (neat.left() + 1, neat.top() + 1, neat.right() - 1, neat.bottom() - 1),
                                 radius=1.0, obstacles=boxes)
    plan.tags += [Placed(t, a, lab, 9.0) for t, a, lab in zip(texts, anchors, placed, strict=True)]
    return plan


# ------------------------------------------------------------------------------------ drawing
def draw_map(p: QPainter, rect: QRectF, plan: MapPlan, geo: TaskGeometry, overview=None) -> None:
    """Paint ``plan`` into ``rect`` (of the plan's size). ``overview(p, rect)`` draws the inset."""
    p.save()
    p.translate(rect.topLeft())
    neat, frame = plan.neat, plan.frame
    p.save()
    p.setClipRect(neat)
    p.fillRect(neat, QColor(255, 255, 255))
    _grid_lines(p, frame)
    used = {"hazard"}
    for i, shape in enumerate(geo.shapes):
        p.fillPath(frame.path(shape), HAZARD_FILL)
        for cat in CATEGORIES:
            g = geo.released[i].get(cat)
            if g is not None:
                p.fillPath(frame.path(g), RELEASE_COLORS[cat])
                used.add(cat)
        p.strokePath(frame.path(shape), QPen(HAZARD_EDGE, 1.3 if plan.kind != "index" else 0.9))
    for number, win in plan.details:
        a, b = frame.pt(win[0], win[3]), frame.pt(win[2], win[1])
        p.setPen(QPen(DETAIL_EDGE, 0.9))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(a, b))
        used.add("detail_area")
    labelled = {pl.name for pl in plan.tps}
    if plan.kind != "index":
        p.setPen(QPen(QColor(0, 0, 0), 0.7))
        for r in geo.rings:
            mine = (r.hazard, r.part) in plan.labelled or plan.highlight == (r.hazard, r.part)
            pts = frame.xy(r.xy)
            for (x, y), name in zip(pts, r.names, strict=True):
                if mine and name in labelled:
                    continue  # drawn with its label
                if plan.dots or mine:
                    p.setBrush(QBrush(QColor(90, 90, 90)))
                    p.drawEllipse(QPointF(x, y), DOT, DOT)
                    used |= {"turning_point", "dot"}
    if plan.bm_line and plan.bm_page is not None:
        first = geo.rings[0].xy[0]
        p.setPen(QPen(QColor(20, 20, 20), 0.9, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(*plan.bm_page), frame.pt(*first))
        used.add("bm_line")
    for pl in plan.tps:
        used.add("turning_point")
        if pl.label is not None and pl.label.leader:
            used.add("leader")
        _draw_label(p, pl, marker=True)
    for point, kind in ((plan.bm_page, "benchmark"), (plan.rp_page, "reference")):
        if point is not None:
            _symbol(p, kind, QPointF(*point))
            used.add(kind)
    for pl in plan.tags:
        _draw_label(p, pl, marker=False)
    p.restore()
    p.setPen(QPen(QColor(0, 0, 0), 1.0))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(neat)
    _grid_labels(p, frame, neat)
    if plan.inset is not None and overview is not None:
        overview(p, plan.inset)
    band = QRectF(0, neat.bottom() + GRID_BOTTOM + 2, plan.size[0], BAND - 2)
    right = _scale_bar(p, frame, QPointF(band.left() + 4, band.top() + 16))
    _north_arrow(p, QPointF(right + 22, band.top() + 6))
    order = ["hazard", *[c for c in ("cleared", "reduced", "cancelled") if c in used], "turning_point", "leader",
             "benchmark", "bm_line", "reference", "detail_area"]
    _legend(p, QRectF(right + 48, band.top(), band.right() - right - 48, band.height()), [k for k in order if k in used],
            "dot" in used)
    p.restore()


def _draw_label(p: QPainter, pl: Placed, marker: bool) -> None:
    x, y = pl.anchor
    lab = pl.label
    if marker:
        p.setPen(QPen(QColor(0, 0, 0), 0.8))
        p.setBrush(QBrush(QColor(255, 255, 255)))
        p.drawEllipse(QPointF(x, y), MARKER, MARKER)
    if lab is None:  # no free place at the largest scale allowed: beside its point
        tw, th = _tag_size(pl.name, pl.size)
        lab = labels.Label((x + 3, y - th - 1, x + 3 + tw + 1, y - 1), False)
    x0, y0, x1, y1 = lab.box
    if lab.leader:
        qx, qy = min(max(x, x0), x1), min(max(y, y0), y1)
        d = math.hypot(qx - x, qy - y) or 1.0
        r = MARKER if marker else 5.5
        p.setPen(QPen(QColor(60, 60, 60), 0.5))
        p.drawLine(QPointF(x + (qx - x) / d * r, y + (qy - y) / d * r), QPointF(qx, qy))
    p.fillRect(QRectF(x0, y0, x1 - x0, y1 - y0), QColor(255, 255, 255, 215))
    p.setPen(QColor(0, 0, 0))
    p.setFont(font(pl.size, pl.bold))
    p.drawText(QRectF(x0, y0, x1 - x0, y1 - y0), int(Qt.AlignmentFlag.AlignCenter), pl.name)


def _symbol(p: QPainter, kind: str, q: QPointF) -> None:
    p.setPen(QPen(QColor(0, 0, 0), 0.9))
    if kind == "benchmark":
        p.setBrush(QBrush(QColor(30, 30, 30)))
        p.drawPolygon(QPolygonF([QPointF(q.x(), q.y() - 5), QPointF(q.x() - 4.5, q.y() + 3.5),
                                 QPointF(q.x() + 4.5, q.y() + 3.5)]))
    else:
        p.setBrush(QBrush(QColor(255, 200, 0)))
        p.drawRect(QRectF(q.x() - 3.5, q.y() - 3.5, 7, 7))


def _grid_step(frame: Frame) -> float:
    return _round_step(max(frame.x1 - frame.x0, frame.y1 - frame.y0))


def _grid_lines(p: QPainter, frame: Frame) -> None:
    step = _grid_step(frame)
    p.setPen(QPen(QColor(170, 170, 190), 0.4))
    x = math.ceil(frame.x0 / step) * step
    while x <= frame.x1:
        p.drawLine(frame.pt(x, frame.y0), frame.pt(x, frame.y1))
        x += step
    y = math.ceil(frame.y0 / step) * step
    while y <= frame.y1:
        p.drawLine(frame.pt(frame.x0, y), frame.pt(frame.x1, y))
        y += step


def _grid_labels(p: QPainter, frame: Frame, neat: QRectF) -> None:
    """Eastings under the frame, northings left of it: outside the map, never covered."""
    step = _grid_step(frame)
    f = font(5.5)
    fm = metrics(f)
    p.setFont(f)
    p.setPen(QColor(80, 80, 110))
    x, last = math.ceil(frame.x0 / step) * step, -1e9
    while x <= frame.x1:
        text = f"{x:.0f} E"
        tw = fm.horizontalAdvance(text)
        cx = frame.pt(x, frame.y0).x()
        left = min(max(cx - tw / 2, neat.left() - GRID_LEFT), neat.right() - tw)
        if left > last + 4:
            p.drawText(QRectF(left, neat.bottom() + 1, tw + 1, fm.height()), int(Qt.AlignmentFlag.AlignLeft), text)
            last = left + tw
        x += step
    y, last = math.ceil(frame.y0 / step) * step, 1e9
    while y <= frame.y1:
        text = f"{y:.0f} N"
        cy = frame.pt(frame.x0, y).y()
        top = min(max(cy - fm.height() / 2, neat.top()), neat.bottom() - fm.height())
        if top + fm.height() < last - 2:
            p.drawText(QRectF(neat.left() - GRID_LEFT, top, GRID_LEFT - 2, fm.height()),
                       int(Qt.AlignmentFlag.AlignRight), text)
            last = top
        y += step


def _north_arrow(p: QPainter, at: QPointF) -> None:
    p.setPen(QPen(QColor(0, 0, 0), 0.8))
    p.setBrush(QBrush(QColor(0, 0, 0)))
    p.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - 2), QPointF(at.x() - 4, at.y() + 10),
                             QPointF(at.x(), at.y() + 7), QPointF(at.x() + 4, at.y() + 10)]))
    p.setFont(font(7.5, True))
    p.drawText(QRectF(at.x() - 10, at.y() + 10, 20, 9), int(Qt.AlignmentFlag.AlignCenter), word("north"))
    p.setFont(font(5))
    p.drawText(QRectF(at.x() - 20, at.y() + 19, 40, 7), int(Qt.AlignmentFlag.AlignCenter), word("grid_north"))


def _scale_bar(p: QPainter, frame: Frame, at: QPointF) -> float:
    """A scale bar of about 100 points from ``at``; returns its right end."""
    target = 100 / frame.scale  # metres in about 100 points
    exp = 10 ** math.floor(math.log10(target))
    length = max(m * exp for m in (1, 2, 5) if m * exp <= target)
    w = length * frame.scale
    p.setPen(QPen(QColor(0, 0, 0), 0.8))
    for i in range(2):
        p.setBrush(QBrush(QColor(0, 0, 0) if i == 0 else QColor(255, 255, 255)))
        p.drawRect(QRectF(at.x() + i * w / 2, at.y(), w / 2, 3))
    p.setFont(font(6))
    number = current().single.number
    text = (word("km").format(number(length / 1000, 0 if length % 1000 == 0 else 1)) if length >= 1000
            else word("m").format(number(length, 0 if length >= 1 else 1)))
    p.drawText(QRectF(at.x(), at.y() - 9, w, 8), int(Qt.AlignmentFlag.AlignCenter), text)
    return at.x() + w


def _legend(p: QPainter, rect: QRectF, entries: list[str], dots: bool) -> None:
    """The symbols this map uses, in columns of three rows (``dots``: unlabelled turning points too)."""
    f = font(6)
    fm = metrics(f)
    p.setFont(f)
    x, rows = rect.left(), 3
    for c in range(0, len(entries), rows):
        column = entries[c:c + rows]
        width = max(fm.horizontalAdvance(word(k)) for k in column) + 22
        for j, key in enumerate(column):
            y = rect.top() + 2 + j * 11
            _legend_symbol(p, key, QRectF(x, y, 14, 8), dots)
            p.setPen(QColor(0, 0, 0))
            p.setFont(f)
            p.drawText(QRectF(x + 18, y - 1, width, 10), int(Qt.AlignmentFlag.AlignVCenter), word(key))
        x += width + 4


def _legend_symbol(p: QPainter, key: str, r: QRectF, dots: bool) -> None:
    c = r.center()
    if key in RELEASE_COLORS or key == "hazard":
        p.fillRect(r, RELEASE_COLORS.get(key, HAZARD_FILL))
        if key == "hazard":
            p.setPen(QPen(HAZARD_EDGE, 0.8))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(r)
    elif key == "turning_point":
        p.setPen(QPen(QColor(0, 0, 0), 0.8))
        p.setBrush(QBrush(QColor(255, 255, 255)))
        p.drawEllipse(QPointF(c.x() - 3 if dots else c.x(), c.y()), MARKER, MARKER)
        if dots:
            p.setBrush(QBrush(QColor(90, 90, 90)))
            p.drawEllipse(QPointF(c.x() + 4, c.y()), DOT, DOT)
    elif key == "leader":
        p.setPen(QPen(QColor(60, 60, 60), 0.5))
        p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.top()))
    elif key in ("benchmark", "reference"):
        _symbol(p, key, c)
    elif key == "bm_line":
        p.setPen(QPen(QColor(20, 20, 20), 0.9, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(r.left(), c.y()), QPointF(r.right(), c.y()))
    elif key == "detail_area":
        p.setPen(QPen(DETAIL_EDGE, 0.9))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r)


def draw_task_map(p: QPainter, rect: QRectF, hazards, released: list[dict], zone: str, benchmark=None,
                  reference=None) -> None:
    """The task map alone (the completion report's): planned and drawn at once."""
    geo = task_geometry(hazards, released, zone, benchmark, reference)
    draw_map(p, rect, plan_task_map((rect.width(), rect.height()), geo, inset=False), geo)


def draw_overview(p: QPainter, rect: QRectF, task_lonlat: list, context_lonlat: list, zone: str, title: str) -> None:
    """Where the task lies: the other hazards of its districts in grey, the task's in red."""
    to_utm, _ = _utm(zone)
    task = [to_utm(g) for g in task_lonlat]
    context = [to_utm(g) for g in context_lonlat]
    # under its title, above its scale bar
    frame = Frame(rect.adjusted(2, 11, -2, -14), shapely.total_bounds(np.array(task + context, dtype=object)), pad=0.06)
    frame.extend(rect)
    p.save()
    p.fillRect(rect, QColor(250, 249, 245))
    p.setClipRect(rect)
    p.setPen(Qt.PenStyle.NoPen)
    for g in context:
        c = frame.pt(*shapely.get_coordinates(shapely.centroid(g))[0])
        p.setBrush(QBrush(QColor(150, 150, 150)))
        p.drawEllipse(c, 1.3, 1.3)
    tb = shapely.total_bounds(np.array(task, dtype=object))
    for g in task:
        c = frame.pt(*shapely.get_coordinates(shapely.centroid(g))[0])
        p.setBrush(QBrush(QColor(200, 20, 20)))
        p.drawEllipse(c, 3, 3)
    a, b = frame.pt(tb[0], tb[3]), frame.pt(tb[2], tb[1])
    p.setPen(QPen(QColor(200, 20, 20), 0.8))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(a, b).adjusted(-4, -4, 4, 4))
    p.setClipping(False)
    p.setPen(QPen(QColor(0, 0, 0), 0.8))
    p.drawRect(rect)
    p.setFont(font(6, True))
    fm = metrics(font(6, True))
    p.drawText(QRectF(rect.left() + 3, rect.top() + 2, rect.width() - 6, 9), int(Qt.AlignmentFlag.AlignLeft),
               fm.elidedText(title, Qt.TextElideMode.ElideRight, rect.width() - 6))
    _scale_bar(p, frame, QPointF(rect.left() + 6, rect.bottom() - 10))
    p.restore()
