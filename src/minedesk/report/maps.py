"""Vector maps for the paper: the task map (hazard, released parts, numbered turning points,
benchmark and reference point, UTM grid with labels, north arrow, scale bar, legend) and an
overview inset. Drawn in the task's UTM zone, as field teams read the map."""

from __future__ import annotations

import math

import numpy as np
import shapely
from pyproj import Transformer

from minedesk.core import coords, palette
from minedesk.report.layout import font
from minedesk.report.qt import QBrush, QColor, QPainter, QPainterPath, QPen, QPointF, QPolygonF, QRectF, Qt
from minedesk.report.words import current

#: the window's colours (core/palette.py, colour-blind safe), so that a printed map reads as the screen
RELEASE_COLORS = {cat: QColor(*rgba) for cat, rgba in palette.RELEASE.items()}
HAZARD_FILL = QColor(*palette.HAZARD_TYPE["CHA"][:3], 60)
HAZARD_EDGE = QColor(150, 20, 20)


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
        self.scale = min(rect.width() / (x1 - x0), rect.height() / (y1 - y0))  # points per metre
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        self.rect = rect
        self.cx, self.cy = cx, cy
        self.x0 = cx - rect.width() / 2 / self.scale
        self.x1 = cx + rect.width() / 2 / self.scale
        self.y0 = cy - rect.height() / 2 / self.scale
        self.y1 = cy + rect.height() / 2 / self.scale

    def pt(self, x: float, y: float) -> QPointF:
        return QPointF(self.rect.center().x() + (x - self.cx) * self.scale,
                       self.rect.center().y() - (y - self.cy) * self.scale)

    def path(self, geom) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for poly in getattr(geom, "geoms", [geom]):
            if poly.geom_type != "Polygon":
                continue
            for ring in [poly.exterior, *poly.interiors]:
                pts = list(ring.coords)
                path.moveTo(self.pt(*pts[0]))
                for x, y in pts[1:]:
                    path.lineTo(self.pt(x, y))
                path.closeSubpath()
        return path


def _utm(zone: str):
    number, hemisphere = int(zone[:-1]), zone[-1]
    t = Transformer.from_crs(4326, coords.utm_epsg(number, hemisphere), always_xy=True)

    def to(geom):
        return shapely.transform(geom, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))

    return to, t


def draw_task_map(p: QPainter, rect: QRectF, hazards, released: list[dict], zone: str, benchmark=None,
                  reference=None) -> None:
    """``hazards``: HazardGeometry list; ``released``: per hazard, category -> lon/lat geometry."""
    to_utm, t = _utm(zone)
    shapes = [to_utm(h.polygon_lonlat) for h in hazards]
    bm = t.transform(*benchmark) if benchmark else None
    rp = t.transform(*reference) if reference else None
    # the map is the task's: BM and RP join the extent when they are near; a far one is marked at
    # the edge with its distance (the coordinate table gives it exactly)
    core = shapely.total_bounds(np.array(shapes, dtype=object))
    reach = max(core[2] - core[0], core[3] - core[1], 500.0)
    near = [pt for pt in (bm, rp) if pt is not None and shapely.distance(shapely.box(*core), shapely.Point(pt)) <= reach]
    frame = Frame(rect, shapely.total_bounds(np.array(shapes + [shapely.Point(pt) for pt in near], dtype=object)))
    p.save()
    p.setClipRect(rect)
    p.fillRect(rect, QColor(255, 255, 255))
    _grid(p, frame)
    for h, shape, parts in zip(hazards, shapes, released, strict=True):
        p.fillPath(frame.path(shape), HAZARD_FILL)
        for cat in ("cancelled", "reduced", "cleared"):
            if cat in parts:
                p.fillPath(frame.path(to_utm(parts[cat])), RELEASE_COLORS[cat])
        p.strokePath(frame.path(shape), QPen(HAZARD_EDGE, 1.3))
    start = None
    for h in hazards:
        for ring in h.rings:
            for tp in ring.points:
                q = frame.pt(tp.easting, tp.northing)
                if start is None:
                    start = q
                p.setPen(QPen(QColor(0, 0, 0), 0.8))
                p.setBrush(QBrush(QColor(255, 255, 255)))
                p.drawEllipse(q, 2.6, 2.6)
                p.setFont(font(6.5, True))
                label = f"{tp.number}" if not ring.is_hole else f"H{ring.hole}.{tp.number}"
                p.drawText(QRectF(q.x() + 3, q.y() - 11, 30, 10), int(Qt.AlignmentFlag.AlignLeft), label)
    for point, name, marker in ((bm, "BM", "triangle"), (rp, "RP", "square")):
        if point is None:
            continue
        kind = name
        q = frame.pt(*point)
        if not rect.adjusted(4, 4, -4, -4).contains(q):  # off the map: an arrow at the edge
            far = q
            c = rect.center()
            k = min((rect.width() / 2 - 14) / max(abs(far.x() - c.x()), 1e-9),
                    (rect.height() / 2 - 14) / max(abs(far.y() - c.y()), 1e-9))
            q = QPointF(c.x() + (far.x() - c.x()) * k, c.y() + (far.y() - c.y()) * k)
            metres = math.dist(point, ((core[0] + core[2]) / 2, (core[1] + core[3]) / 2))
            name = current().single.translate("TaskMap", "{0} {1} km").format(
                name, current().number(metres / 1000, 1))
        if kind == "BM" and start is not None:
            p.setPen(QPen(QColor(20, 20, 20), 0.9, Qt.PenStyle.DashLine))
            p.drawLine(q, start)
        p.setPen(QPen(QColor(0, 0, 0), 0.9))
        p.setBrush(QBrush(QColor(30, 30, 30) if kind == "BM" else QColor(255, 200, 0)))
        if marker == "triangle":
            p.drawPolygon(QPolygonF([QPointF(q.x(), q.y() - 5), QPointF(q.x() - 4.5, q.y() + 3.5),
                                     QPointF(q.x() + 4.5, q.y() + 3.5)]))
        else:
            p.drawRect(QRectF(q.x() - 3.5, q.y() - 3.5, 7, 7))
        p.setFont(font(7, True))
        p.drawText(QRectF(q.x() + 6, q.y() - 5, 60, 10), int(Qt.AlignmentFlag.AlignLeft), name)
    p.setClipping(False)
    p.setPen(QPen(QColor(0, 0, 0), 1.0))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(rect)
    _north_arrow(p, QPointF(rect.right() - 20, rect.top() + 12))
    _scale_bar(p, frame, QPointF(rect.left() + 10, rect.bottom() - 14))
    _legend(p, QPointF(rect.right() - 136, rect.bottom() - 74), bm is not None, rp is not None)
    p.restore()


def _grid(p: QPainter, frame: Frame) -> None:
    step = _round_step(max(frame.x1 - frame.x0, frame.y1 - frame.y0))
    p.setFont(font(5.5))
    pen = QPen(QColor(170, 170, 190), 0.4)
    x = math.ceil(frame.x0 / step) * step
    while x <= frame.x1:
        a, b = frame.pt(x, frame.y0), frame.pt(x, frame.y1)
        p.setPen(pen)
        p.drawLine(a, b)
        p.setPen(QColor(80, 80, 110))
        p.drawText(QRectF(a.x() + 1.5, a.y() - 9, 60, 8), int(Qt.AlignmentFlag.AlignLeft), f"{x:.0f} E")
        x += step
    y = math.ceil(frame.y0 / step) * step
    while y <= frame.y1:
        a, b = frame.pt(frame.x0, y), frame.pt(frame.x1, y)
        p.setPen(pen)
        p.drawLine(a, b)
        p.setPen(QColor(80, 80, 110))
        p.drawText(QRectF(a.x() + 1.5, a.y() - 8.5, 70, 8), int(Qt.AlignmentFlag.AlignLeft), f"{y:.0f} N")
        y += step


def _north_arrow(p: QPainter, at: QPointF) -> None:
    p.setPen(QPen(QColor(0, 0, 0), 0.8))
    p.setBrush(QBrush(QColor(0, 0, 0)))
    p.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - 2), QPointF(at.x() - 5, at.y() + 12),
                             QPointF(at.x(), at.y() + 9), QPointF(at.x() + 5, at.y() + 12)]))
    p.setFont(font(7, True))
    p.drawText(QRectF(at.x() - 10, at.y() + 12, 20, 9), int(Qt.AlignmentFlag.AlignCenter),
               current().single.translate("TaskMap", "N"))
    p.setFont(font(5))
    p.drawText(QRectF(at.x() - 20, at.y() + 20, 40, 7), int(Qt.AlignmentFlag.AlignCenter),
               current().single.translate("TaskMap", "grid north"))


def _scale_bar(p: QPainter, frame: Frame, at: QPointF) -> None:
    target = 100 / frame.scale  # metres in about 100 points
    exp = 10 ** math.floor(math.log10(target))
    length = max(m * exp for m in (1, 2, 5) if m * exp <= target)
    w = length * frame.scale
    p.fillRect(QRectF(at.x() - 4, at.y() - 10, w + 8, 18), QColor(255, 255, 255, 220))
    p.setPen(QPen(QColor(0, 0, 0), 0.8))
    for i in range(2):
        p.setBrush(QBrush(QColor(0, 0, 0) if i == 0 else QColor(255, 255, 255)))
        p.drawRect(QRectF(at.x() + i * w / 2, at.y(), w / 2, 3))
    p.setFont(font(6))
    words = current().single
    text = (words.translate("TaskMap", "{0} km").format(words.number(length / 1000, 0 if length % 1000 == 0 else 1))
            if length >= 1000 else words.translate("TaskMap", "{0} m").format(words.number(length, 0 if length >= 1 else 1)))
    p.drawText(QRectF(at.x(), at.y() - 9, w, 8), int(Qt.AlignmentFlag.AlignCenter), text)


def _legend(p: QPainter, at: QPointF, bm: bool, rp: bool) -> None:
    words = current().single  # the first language: the legend keeps its size
    entries = [(words.translate("TaskMap", "Hazard"), HAZARD_FILL, HAZARD_EDGE), (words.translate("TaskMap", "Cleared"), RELEASE_COLORS["cleared"], None),
               (words.translate("TaskMap", "Reduced"), RELEASE_COLORS["reduced"], None),
               (words.translate("TaskMap", "Cancelled"), RELEASE_COLORS["cancelled"], None)]
    rows = len(entries) + 1 + bm + rp
    p.fillRect(QRectF(at.x() - 4, at.y() - 4, 134, rows * 10 + 6), QColor(255, 255, 255, 225))
    p.setFont(font(6))
    y = at.y()
    for text, fill, edge in entries:
        p.fillRect(QRectF(at.x(), y, 12, 7), fill)
        if edge is not None:
            p.setPen(QPen(edge, 0.8))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(at.x(), y, 12, 7))
        p.setPen(QColor(0, 0, 0))
        p.drawText(QRectF(at.x() + 16, y - 1, 90, 9), int(Qt.AlignmentFlag.AlignVCenter), text)
        y += 10
    p.setPen(QPen(QColor(0, 0, 0), 0.8))
    p.setBrush(QBrush(QColor(255, 255, 255)))
    p.drawEllipse(QPointF(at.x() + 6, y + 3.5), 2.6, 2.6)
    p.drawText(QRectF(at.x() + 16, y - 1, 90, 9), int(Qt.AlignmentFlag.AlignVCenter),
               words.translate("TaskMap", "Turning point (number)"))
    y += 10
    if bm:
        p.drawText(QRectF(at.x() + 16, y - 1, 110, 9), int(Qt.AlignmentFlag.AlignVCenter),
                   words.translate("TaskMap", "BM benchmark, - - to TP 1"))
        y += 10
    if rp:
        p.drawText(QRectF(at.x() + 16, y - 1, 90, 9), int(Qt.AlignmentFlag.AlignVCenter),
                   words.translate("TaskMap", "RP reference point"))


def draw_overview(p: QPainter, rect: QRectF, task_lonlat: list, context_lonlat: list, zone: str, title: str) -> None:
    """Where the task lies: the other hazards of its district in grey, the task's in red."""
    to_utm, _ = _utm(zone)
    task = [to_utm(g) for g in task_lonlat]
    context = [to_utm(g) for g in context_lonlat]
    frame = Frame(rect, shapely.total_bounds(np.array(task + context, dtype=object)), pad=0.12)
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
    p.setFont(font(6.5, True))
    p.drawText(QRectF(rect.left() + 3, rect.top() + 2, rect.width() - 6, 9), int(Qt.AlignmentFlag.AlignLeft), title)
    _scale_bar(p, frame, QPointF(rect.left() + 6, rect.bottom() - 10))
    p.restore()
