"""The map: hazards and releases on a pyqtgraph view, fast at national scale.

Only what is on screen is drawn (STRtree query of the view), as one QPainterPath per style
built with numpy (pyqtgraph.arrayToQPath); the picture is rendered into an image once the view
rests and that image is reused, moved and scaled, while panning and zooming (measured on
100,000 polygons in a 1600x1000 frame: drawing them all takes 0.3 s or more a frame, reusing the
image 0.7 ms). Tools are the state machines of :mod:`minedesk.app.tools`.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QToolTip

from minedesk.app.tools import LineTool, PolygonTool, Snapper, VertexTool, box_select, pick
from minedesk.core import palette
from minedesk.core.area import Rings
from minedesk.core.mapping import category_word, column_named
from minedesk.core.tally import fully_released

# the colours are chosen (and checked for colour-blind readers) in minedesk.core.palette
MAP_BACKGROUND = QColor(*palette.MAP_BACKGROUND)
HAZARD_FILL = {k: QColor(*v) for k, v in palette.HAZARD_TYPE.items()}
HAZARD_OTHER = QColor(*palette.HAZARD_OTHER)
HAZARD_EDGE = QColor(90, 20, 20)
RELEASE_FILL = {k: QColor(*v) for k, v in palette.RELEASE.items()}
# hazards by progress: what the tally says of each (the officer's "what is left" map)
PROGRESS_FILL = {k: QColor(*v) for k, v in palette.PROGRESS.items()}
# hazards by any attribute: a qualitative palette, most frequent values first, the rest grey
PALETTE = [QColor(r, g, b, 130) for r, g, b in ((31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40),
                                                (148, 103, 189), (140, 86, 75), (227, 119, 194), (188, 189, 34),
                                                (23, 190, 207), (255, 187, 120), (197, 176, 213))]
SELECTED = QColor(255, 215, 0)
ANTIALIAS_LIMIT = 3000  # above this many polygons in view, draw without antialiasing
LABEL_LIMIT = 250  # hazard ids are written when no more than this many are in view
SNAP_PIXELS = 10
DOT_PIXELS = 4  # hazards smaller than this on screen are drawn as dots


def polygon_path(geometry: np.ndarray) -> QPainterPath:
    """One path for many (multi)polygons, holes included (winding fill, oriented rings)."""
    path = QPainterPath()
    present = geometry[~shapely.is_missing(geometry)]
    if not len(present):
        return path
    rings = Rings(shapely.orient_polygons(present))
    xy = rings.coords
    connect = np.ones(len(xy), dtype=np.int32)
    connect[rings.ring_off[1:] - 1] = 0  # the last vertex of a ring does not join the next ring
    path = pg.arrayToQPath(xy[:, 0], xy[:, 1], connect=connect, finiteCheck=False)
    path.setFillRule(Qt.FillRule.WindingFill)
    return path


def _dots(x: np.ndarray, y: np.ndarray, r: float) -> QPainterPath:
    """A small square at each point, all in one path (filled without antialiasing: 30,000 in a
    few milliseconds, where round dots took half a second)."""
    dx = np.array([-r, r, r, -r, -r])
    dy = np.array([-r, -r, r, r, -r])
    xs = (x[:, None] + dx).ravel()
    ys = (y[:, None] + dy).ravel()
    connect = np.tile(np.array([1, 1, 1, 1, 0], dtype=np.int32), len(x))
    return pg.arrayToQPath(xs, ys, connect=connect, finiteCheck=False)


def _pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCosmetic(True)
    return pen


class MapViewBox(pg.ViewBox):
    """A ViewBox that lets the canvas's tools have the mouse first."""

    def __init__(self, canvas):
        super().__init__(lockAspect=True, enableMenu=False)
        self.canvas = canvas

    def mouseClickEvent(self, ev):
        if self.canvas.handle_click(ev):
            ev.accept()
        else:
            super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev, axis=None):
        if self.canvas.handle_drag(ev):
            ev.accept()
        else:
            super().mouseDragEvent(ev, axis)


class MapLayer(pg.GraphicsObject):
    """Draws the cached picture of the map, and on top what moves: tool preview, rubber band."""

    def __init__(self, canvas):
        super().__init__()
        self.canvas = canvas
        self.image: QImage | None = None
        self.image_rect = QRectF()

    def boundingRect(self) -> QRectF:
        return self.canvas.data_rect

    def paint(self, painter: QPainter, *args):
        if self.image is not None:
            device = painter.transform().mapRect(self.image_rect)
            painter.save()
            painter.resetTransform()
            painter.drawImage(device, self.image)
            painter.restore()
        self.canvas.paint_live(painter)


class MapCanvas(pg.GraphicsView):
    """Hazards and releases of a project, with selection, hover and drawing tools."""

    selectionChanged = Signal(object)  # set of tally-engine rows
    cursorMoved = Signal(float, float)  # map coordinates
    hazardHovered = Signal(object)  # row or None
    geometryDrawn = Signal(str, object)  # tool name ("release", "split"), shapely geometry
    releaseEdited = Signal(int, object)  # release fid, its new geometry (vertex tool)
    rendered = Signal(float)  # seconds the last full render took

    def __init__(self, parent=None):
        super().__init__(parent, background=MAP_BACKGROUND)
        self.vb = MapViewBox(self)
        self.setCentralItem(self.vb)
        self.layer = MapLayer(self)
        self.vb.addItem(self.layer)
        self.project = None
        self.data_rect = QRectF(0, 0, 1, 1)
        self.selection: set[int] = set()
        self.tool_name = "pan"
        self.tool = None
        self.vertex_tool = VertexTool()
        self.basemap = None  # an offline background (minedesk.app.basemap.Basemap)
        self.rubber: tuple[float, float, float, float] | None = None
        # New polygon from coordinates: (walked points, ring, crossings) in map coordinates, or None
        self.outline_preview: tuple[list, list, list] | None = None
        self.geographic = False
        self._hover: int | None = None
        self._timer = QTimer(self, singleShot=True, interval=90, timeout=self.render)
        self.vb.sigRangeChanged.connect(self._view_moved)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.last_render_s = 0.0
        self.style = "type"  # how hazards are coloured: "type", "progress" or a hazard attribute
        self.hazard_class = np.zeros(0, dtype=object)
        self.class_fill: dict[str, QColor] = {}

    # ------------------------------------------------------------------ styling
    def set_style(self, style: str) -> None:
        """Colour hazards by type (CHA, SHA), by progress (nothing, part or all released) or by
        the values of any hazard attribute (district, status, priority ...)."""
        self.style = style
        self._classify()
        self.render()
        self.viewport().update()

    def style_names(self) -> dict[str, str]:
        """What a class of the current style is called in the legend."""
        if self.style == "type":
            return {"CHA": self.tr("CHA (confirmed)"), "SHA": self.tr("SHA (suspected)")}
        if self.style == "progress":
            return {"not started": self.tr("nothing released"), "in progress": self.tr("partly released"),
                    "released": self.tr("released in full")}
        return {k: k for k in self.class_fill}

    def _classify(self) -> None:
        """The class of every hazard under the current style, and each class's fill."""
        n = len(getattr(self, "hazard_geometry", ()))
        engine = self.project.engine if self.project is not None else None
        if self.style == "progress" and engine is not None:
            released = engine.released_ha[:n].sum(axis=1)
            area = engine.area_ha[:n]
            self.hazard_class = np.where(released <= 0, "not started",
                                         np.where(fully_released(released, area), "released", "in progress")).astype(object)
            self.class_fill = dict(PROGRESS_FILL)
        elif (self.style not in ("type", "progress") and engine is not None
              and (name := column_named(engine.hazards.attributes, self.style)) is not None):
            column = engine.hazards.attributes[name][:n]
            keys = np.array(["" if v is None else str(v) for v in column], dtype=object)
            values, counts = np.unique(keys[keys != ""], return_counts=True)
            top = values[np.argsort(-counts, kind="stable")][:len(PALETTE)]
            self.hazard_class = keys
            self.class_fill = {str(v): PALETTE[i] for i, v in enumerate(sorted(top, key=str))}
        else:
            self.hazard_class = np.asarray(self.hazard_type, dtype=object)
            self.class_fill = dict(HAZARD_FILL)

    # ------------------------------------------------------------------ data
    def set_preview(self, data) -> None:
        """Draw a project's features as soon as they are read, before its tallies are ready."""
        h, r = data.tables["hazards"], data.tables["releases"]
        self._leave_project()  # nothing to click or edit until the tallies are ready
        self.selection = set()
        self.geographic = data.crs.is_geographic
        self._set_hazards(np.asarray(h.values["geom"], dtype=object), np.asarray(h.values["hazard_type"], dtype=object),
                          np.asarray(h.values["hazard_id"], dtype=object))
        self._set_releases([int(f) for f in r.fids], list(r.values["geom"]), list(r.values["category"]))
        self.preview = True
        self.zoom_all()

    def _leave_project(self) -> None:
        if self.project is not None:
            self.project.unsubscribe(self._project_changed)
        self.project = None

    def set_project(self, project) -> None:
        """Show ``project`` and follow its edits (no longer those of the project shown before)."""
        self._leave_project()
        self.project = project
        self.geographic = project.crs.is_geographic
        self.selection = set()
        self._refresh_hazards()
        rows = project.rows["releases"]
        self._set_releases(list(rows), [v["geom"] for v in rows.values()], [v["category"] for v in rows.values()])
        if not getattr(self, "preview", False):
            self.zoom_all()
        self.preview = False
        self.render()
        project.subscribe(self._project_changed)

    def set_background(self, path: str | None, crs) -> None:
        """Show a local MBTiles file under the hazards (None: no background)."""
        from minedesk.app.basemap import Basemap, MBTiles

        if self.basemap is not None:
            self.basemap.source.close()
        self.basemap = Basemap(MBTiles(path), crs) if path else None
        self.render()

    def _set_hazards(self, geometry, types, ids) -> None:
        self.hazard_geometry = geometry
        self.hazard_type = types
        self.hazard_ids = ids
        self.hazard_tree = shapely.STRtree(geometry)
        self.hazard_bounds = np.nan_to_num(shapely.bounds(geometry), nan=0.0)
        self._label_points = None
        present = geometry[~shapely.is_missing(geometry)]
        if len(present):
            x0, y0, x1, y1 = shapely.total_bounds(present)
            self.data_rect = QRectF(x0, y0, max(x1 - x0, 1e-9), max(y1 - y0, 1e-9))
        if self.geographic:  # a degree of longitude is shorter than one of latitude
            lat = self.data_rect.center().y()
            self.vb.setAspectLocked(True, ratio=1 / max(math.cos(math.radians(lat)), 0.05))
        self._classify()
        self.layer.prepareGeometryChange()

    def _refresh_hazards(self) -> None:
        engine = self.project.engine
        attrs = engine.hazards.attributes
        geometry = np.where(engine.alive, engine.hazards.geometry, None)
        self._set_hazards(geometry, np.asarray(attrs.get("hazard_type", np.full(len(geometry), None)), dtype=object),
                          engine.hazards.ids)

    def _set_releases(self, fids, geometry, categories) -> None:
        self.release_index = {fid: i for i, fid in enumerate(fids)}
        self.release_geometry = np.array(geometry, dtype=object)
        self.release_category = np.array([category_word(c) or "" for c in categories], dtype=object)
        self.release_alive = ~shapely.is_missing(self.release_geometry)
        self.release_bounds = np.nan_to_num(shapely.bounds(self.release_geometry), nan=0.0)
        self.release_tree = shapely.STRtree(self.release_geometry)
        self._release_loose: set[int] = set()  # changed since the tree was built: checked one by one

    def _update_release(self, fid: int, row: dict | None) -> None:
        i = self.release_index.get(fid)
        if i is None:
            if row is None:
                return
            i = len(self.release_geometry)
            self.release_index[fid] = i
            self.release_geometry = np.append(self.release_geometry, np.array([None], dtype=object))
            self.release_category = np.append(self.release_category, np.array([""], dtype=object))
            self.release_alive = np.append(self.release_alive, False)
            self.release_bounds = np.vstack([self.release_bounds, np.zeros((1, 4))])
        geom = None if row is None else row["geom"]
        self.release_geometry[i] = geom
        self.release_category[i] = "" if row is None else category_word(row["category"]) or ""
        self.release_alive[i] = geom is not None
        self.release_bounds[i] = geom.bounds if geom is not None else (0, 0, 0, 0)
        self._release_loose.add(i)

    def _visible_releases(self, view) -> np.ndarray:
        hits = self.release_tree.query(view)
        loose = self._release_loose
        if loose:
            hits = np.array([i for i in hits if i not in loose], dtype=np.int64)
            extra = [i for i in loose if self.release_alive[i] and shapely.intersects(self.release_geometry[i], view)]
            hits = np.concatenate([hits, np.array(extra, dtype=np.int64)])
        return hits[self.release_alive[hits]] if len(hits) else hits

    def _project_changed(self, event) -> None:
        """Follow an edit: only the rows it changed; the picture is redrawn right after."""
        if event.hazards_reshaped:
            self._refresh_hazards()
        elif "hazards" in event.tables and self.style not in ("type", "progress"):
            self._classify()  # an attribute such as the status changed: colours by a column follow
        for a in event.applied:
            if a.table == "releases":
                self._update_release(a.fid, a.after)
                if a.fid == self.vertex_tool.key:  # keep editing what was stored (clipped to its hazard)
                    if a.after is None:
                        self.vertex_tool.cancel()
                    else:
                        self.vertex_tool.start(a.after["geom"], a.fid)
        if self.style == "progress" and not event.hazards_reshaped:
            self._classify()  # a release changes how far its hazard is released
        if len(self._release_loose) > 500:
            rows = self.project.rows["releases"]
            self._set_releases(list(rows), [v["geom"] for v in rows.values()], [v["category"] for v in rows.values()])
        self._timer.start(0)

    # ------------------------------------------------------------------ view
    def zoom_all(self) -> None:
        self.vb.setRange(self.data_rect, padding=0.03)
        self.render()

    def zoom_to_rows(self, rows) -> None:
        geoms = self.hazard_geometry[list(rows)]
        geoms = geoms[~shapely.is_missing(geoms)]
        if not len(geoms):
            return
        x0, y0, x1, y1 = shapely.total_bounds(geoms)
        pad = max(x1 - x0, y1 - y0) * 0.15 + (1e-4 if self.geographic else 20)
        self.vb.setRange(QRectF(x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad), padding=0)
        self.render()

    def units_per_pixel(self) -> float:
        rect = self.vb.viewRect()
        width = max(self.vb.width(), 1)
        return rect.width() / width

    def metres_per_pixel(self) -> float:
        upp = self.units_per_pixel()
        if self.geographic:
            return upp * 111_320 * math.cos(math.radians(self.vb.viewRect().center().y()))
        return upp

    def _view_moved(self, *args) -> None:
        self._timer.start()
        self.viewport().update()

    # ------------------------------------------------------------------ rendering
    def render(self) -> None:
        """Draw what is in view into the cached image (called once the view rests)."""
        if not hasattr(self, "hazard_geometry"):
            return
        import time

        t0 = time.perf_counter()
        rect = self.vb.viewRect()
        ratio = self.devicePixelRatioF()
        w, h = max(int(self.vb.width() * ratio), 1), max(int(self.vb.height() * ratio), 1)
        image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        sx, sy = w / max(rect.width(), 1e-12), h / max(rect.height(), 1e-12)
        to_image = QTransform(sx, 0, 0, -sy, -rect.left() * sx, rect.bottom() * sy)
        view = shapely.box(rect.left(), rect.top(), rect.right(), rect.bottom())
        visible = self.hazard_tree.query(view)
        visible_releases = self._visible_releases(view)
        # at country scale most hazards are smaller than a pixel: those are drawn as dots,
        # releases too small to see are left out, and only the rest are drawn as shapes
        bounds = self.hazard_bounds[visible]
        size_px = np.maximum(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1]) * sx
        shapes = visible[size_px >= DOT_PIXELS * ratio]
        small = visible[size_px < DOT_PIXELS * ratio]
        rb = self.release_bounds[visible_releases]
        visible_releases = visible_releases[np.maximum(rb[:, 2] - rb[:, 0], rb[:, 3] - rb[:, 1]) * sx >= 1.5 * ratio]
        painter = QPainter(image)
        if self.basemap is not None:
            self.basemap.draw(painter, rect, to_image, self.metres_per_pixel() / ratio)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, len(shapes) + len(visible_releases) <= ANTIALIAS_LIMIT)
        painter.setTransform(to_image)
        painter.setPen(Qt.PenStyle.NoPen)
        classes = self.hazard_class[shapes]
        for kind, color in self.class_fill.items():
            painter.fillPath(polygon_path(self.hazard_geometry[shapes[classes == kind]]), color)
        painter.fillPath(polygon_path(self.hazard_geometry[shapes[~np.isin(classes, list(self.class_fill))]]),
                         HAZARD_OTHER)
        cats = self.release_category[visible_releases]
        for cat in ("cancelled", "reduced", "cleared"):  # the best category is drawn last, on top
            painter.fillPath(polygon_path(self.release_geometry[visible_releases[cats == cat]]), RELEASE_FILL[cat])
        painter.strokePath(polygon_path(self.hazard_geometry[shapes]), _pen(HAZARD_EDGE, 1.0 * ratio))
        if self.project is not None:  # hazards released in full get a green outline
            engine = self.project.engine
            done = shapes[shapes < len(engine.area_ha)]
            done = done[fully_released(engine.released_ha[done].sum(axis=1), engine.area_ha[done])]
            painter.strokePath(polygon_path(self.hazard_geometry[done]), _pen(QColor(20, 120, 20), 2.5 * ratio))
        if len(small):
            painter.resetTransform()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            sb = self.hazard_bounds[small]
            px = ((sb[:, 0] + sb[:, 2]) / 2 - rect.left()) * sx
            py = (rect.bottom() - (sb[:, 1] + sb[:, 3]) / 2) * sy
            kinds = self.hazard_class[small]
            for kind, color in [*self.class_fill.items(), (None, HAZARD_OTHER)]:
                mask = kinds == kind if kind else ~np.isin(kinds, list(self.class_fill))
                if mask.any():
                    painter.fillPath(_dots(px[mask], py[mask], 2.0 * ratio),
                                     QColor(color.red(), color.green(), color.blue(), 235))
            painter.setTransform(to_image)
        labelled = visible[size_px >= 40 * ratio]
        if 0 < len(labelled) <= LABEL_LIMIT:
            self._draw_labels(painter, labelled, to_image, ratio)
        painter.end()
        self.layer.image = image
        self.layer.image_rect = QRectF(rect)
        self.layer.update()
        self.last_render_s = time.perf_counter() - t0
        self.rendered.emit(self.last_render_s)

    def _draw_labels(self, painter: QPainter, rows: np.ndarray, to_image: QTransform, ratio: float) -> None:
        if self._label_points is None:
            pts = shapely.point_on_surface(self.hazard_geometry)
            self._label_points = shapely.get_coordinates(pts) if len(pts) else np.zeros((0, 2))
            self._label_rows = np.flatnonzero(~shapely.is_missing(self.hazard_geometry))
        painter.resetTransform()
        font = QFont()
        font.setPointSizeF(8 * ratio)
        painter.setFont(font)
        painter.setPen(QColor(30, 30, 30))
        index = {r: i for i, r in enumerate(self._label_rows)}
        metrics = painter.fontMetrics()
        placed: list[QRectF] = []
        # biggest hazards first; a label that would overlap one already written is left out
        for r in sorted(rows, key=lambda r: -(self.hazard_bounds[r, 2] - self.hazard_bounds[r, 0])
                        * (self.hazard_bounds[r, 3] - self.hazard_bounds[r, 1])):
            i = index.get(int(r))
            if i is None:
                continue
            p = to_image.map(QPointF(*self._label_points[i]))
            text = str(self.hazard_ids[r])
            w, h = metrics.horizontalAdvance(text) + 6 * ratio, metrics.height()
            box = QRectF(p.x() - w / 2, p.y() - h / 2, w, h)
            if any(box.intersects(other) for other in placed):
                continue
            placed.append(box)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def paint_live(self, painter: QPainter) -> None:
        """What moves with the mouse: selection outline, drawing preview, rubber band."""
        if self.selection:
            rows = np.fromiter(self.selection, dtype=np.int64)
            painter.strokePath(polygon_path(self.hazard_geometry[rows]), _pen(SELECTED, 3.0))
        if self.tool is not None:
            pts = self.tool.preview()
            if pts:
                poly = QPolygonF([QPointF(x, y) for x, y in pts])
                painter.setPen(_pen(QColor(20, 20, 20), 2.0))
                if isinstance(self.tool, LineTool):
                    painter.drawPolyline(poly)
                else:
                    painter.setBrush(QBrush(QColor(*palette.RELEASE["cleared"][:3], 80)))
                    painter.drawPolygon(poly)
                upp = self.units_per_pixel()
                painter.setBrush(QBrush(QColor(255, 255, 255)))
                for x, y in self.tool.vertices:
                    painter.drawEllipse(QPointF(x, y), 3 * upp, 3 * upp)
        if self.vertex_tool.ring:
            ring = self.vertex_tool.ring
            painter.setPen(_pen(QColor(20, 20, 200), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
            upp = self.units_per_pixel()
            painter.setBrush(QBrush(QColor(255, 255, 255)))
            for x, y in ring:
                painter.drawRect(QRectF(x - 3 * upp, y - 3 * upp, 6 * upp, 6 * upp))
        if self.outline_preview:
            self._paint_outline_preview(painter)
        if self.rubber:
            x0, y0, x1, y1 = self.rubber
            painter.setPen(_pen(QColor(30, 30, 200), 1.5))
            painter.setBrush(QBrush(QColor(30, 30, 200, 40)))
            painter.drawRect(QRectF(QPointF(x0, y0), QPointF(x1, y1)))

    def set_outline_preview(self, walked, ring, crossings) -> None:
        """Show (or with ``walked=None`` hide) a polygon being typed, in map coordinates: the rows'
        points in order, the ring they close, and where it crosses itself (red)."""
        self.outline_preview = None if walked is None else (list(walked), list(ring), list(crossings))
        self.layer.update()

    def _paint_outline_preview(self, painter: QPainter) -> None:
        walked, ring, crossings = self.outline_preview
        upp = self.units_per_pixel()
        colour = QColor(200, 0, 0) if crossings else QColor(20, 60, 160)
        if len(walked) >= 2:
            pen = _pen(colour, 1.0)
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in walked]))
        if len(ring) >= 2:
            painter.setPen(_pen(colour, 2.5))
            painter.setBrush(QBrush(QColor(colour.red(), colour.green(), colour.blue(), 60)))
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in ring]))
            painter.setBrush(QBrush(QColor(255, 255, 255)))
            for x, y in ring:
                painter.drawEllipse(QPointF(x, y), 3 * upp, 3 * upp)
        painter.setPen(_pen(QColor(200, 0, 0), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for x, y in crossings:
            painter.drawEllipse(QPointF(x, y), 8 * upp, 8 * upp)

    def drawForeground(self, painter: QPainter, rect) -> None:
        """Scale bar and north arrow, in screen space."""
        if not hasattr(self, "hazard_geometry"):
            return
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        vw, vh = self.viewport().width(), self.viewport().height()
        mpp = self.metres_per_pixel()
        if mpp > 0 and math.isfinite(mpp):
            target = 120 * mpp
            exp = 10 ** math.floor(math.log10(target))
            length = max(m * exp for m in (1, 2, 5) if m * exp <= target) if target >= exp else exp
            px = length / mpp
            x0, y0 = 16, vh - 22
            painter.setPen(QPen(QColor(20, 20, 20), 2))
            painter.fillRect(QRectF(x0 - 6, y0 - 20, px + 12, 30), QColor(255, 255, 255, 200))
            painter.drawLine(QPointF(x0, y0), QPointF(x0 + px, y0))
            for x in (x0, x0 + px / 2, x0 + px):
                painter.drawLine(QPointF(x, y0 - 5), QPointF(x, y0))
            text = (self.tr("{0} km", "scale bar").format(f"{length / 1000:g}") if length >= 1000 else
                    self.tr("{0} m", "scale bar").format(f"{length:g}"))
            painter.drawText(QRectF(x0, y0 - 20, px, 14), Qt.AlignmentFlag.AlignCenter, text)
        self._draw_legend(painter, vw, vh)
        cx, cy = vw - 30, 40
        arrow = QPolygonF([QPointF(cx, cy - 22), QPointF(cx - 9, cy + 8), QPointF(cx, cy + 2), QPointF(cx + 9, cy + 8)])
        painter.setPen(QPen(QColor(20, 20, 20), 1.5))
        painter.setBrush(QColor(20, 20, 20))
        painter.drawPolygon(arrow)
        painter.drawText(QRectF(cx - 10, cy + 8, 20, 16), Qt.AlignmentFlag.AlignCenter, "N")
        painter.restore()

    def legend_entries(self) -> list[tuple[str, QColor | None]]:
        """(text, fill) from top to bottom; a fill of None is a heading."""
        names = self.style_names()
        entries: list[tuple[str, QColor | None]] = []
        if self.style not in ("type", "progress"):
            entries.append((self.style, None))
        entries += [(names.get(k, k), color) for k, color in self.class_fill.items()]
        if len(self.hazard_class) and (~np.isin(self.hazard_class, list(self.class_fill))).any():
            entries.append((self.tr("other"), HAZARD_OTHER))
        return entries + [(self.tr("cleared"), RELEASE_FILL["cleared"]), (self.tr("reduced"), RELEASE_FILL["reduced"]),
                          (self.tr("cancelled"), RELEASE_FILL["cancelled"])]

    def legend_width(self, metrics, vw: int) -> int:
        """The legend's width: its longest entry's (Russian and Azerbaijani names are longer), up to
        half the map."""
        widest = max((metrics.horizontalAdvance(t) + (0 if c is None else 28) for t, c in self.legend_entries()),
                     default=0)
        return int(min(max(150, widest + 4), max(150, vw / 2)))

    def legend_cut(self) -> list[str]:
        """The legend entries too long to be shown whole on the map as it is now."""
        metrics = self.fontMetrics()
        w = self.legend_width(metrics, self.width())
        return [t for t, c in self.legend_entries() if metrics.horizontalAdvance(t) > w - (0 if c is None else 28)]

    def _draw_legend(self, painter: QPainter, vw: int, vh: int) -> None:
        entries = self.legend_entries()
        w, row = self.legend_width(painter.fontMetrics(), vw), 18
        x0, y0 = vw - w - 12, vh - row * len(entries) - 18
        painter.fillRect(QRectF(x0 - 6, y0 - 6, w + 8, row * len(entries) + 10), QColor(255, 255, 255, 215))
        for i, (text, color) in enumerate(entries):
            y = y0 + i * row
            painter.setPen(QPen(QColor(60, 60, 60), 1))
            if color is None:  # a heading: the attribute the hazards are coloured by
                painter.drawText(QRectF(x0, y, w, row), Qt.AlignmentFlag.AlignVCenter,
                                 painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(w)))
                continue
            painter.fillRect(QRectF(x0, y + 2, 22, 12), color)
            painter.drawRect(QRectF(x0, y + 2, 22, 12))
            painter.drawText(QRectF(x0 + 28, y, w - 28, row), Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(w - 28)))

    # ------------------------------------------------------------------ selection and tools
    def set_selection(self, rows, emit: bool = True) -> None:
        """Outline these hazard rows; ``emit`` tells who listens (a selection made on the map)."""
        self.selection = {int(r) for r in rows}
        self.layer.update()
        if emit:
            self.selectionChanged.emit(set(self.selection))

    def set_tool(self, name: str) -> None:
        """``pan``, ``select``, ``release`` (draw a polygon), ``split`` (draw a line) or ``edit``
        (move the vertices of a release)."""
        self.tool_name = name
        self.vertex_tool.cancel()
        snapper = None
        if name in ("release", "split") and self.project is not None:
            snapper = Snapper(self.hazard_geometry, self.hazard_tree, SNAP_PIXELS * self.units_per_pixel())
        self.tool = {"release": PolygonTool, "split": LineTool}.get(name, lambda **_: None)(snapper=snapper)
        self.setCursor(Qt.CursorShape.CrossCursor if name in ("release", "split") else
                       Qt.CursorShape.ArrowCursor if name == "select" else Qt.CursorShape.OpenHandCursor)
        self.layer.update()

    def _map_point(self, ev) -> tuple[float, float]:
        p = self.vb.mapSceneToView(ev.scenePos())
        return p.x(), p.y()

    def handle_click(self, ev) -> bool:
        if ev.button() != Qt.MouseButton.LeftButton or self.project is None:
            return False
        x, y = self._map_point(ev)
        if self.tool is not None:
            if self.tool.snapper is not None:
                self.tool.snapper.tolerance = SNAP_PIXELS * self.units_per_pixel()
            if ev.double():
                self.finish_tool()
            else:
                self.tool.press(x, y)
            self.layer.update()
            return True
        if self.tool_name == "edit":
            hits = self._visible_releases(shapely.Point(x, y).buffer(2 * self.units_per_pixel()))
            if len(hits):
                i = int(hits[np.argmin(shapely.area(self.release_geometry[hits]))])
                fid = next(f for f, j in self.release_index.items() if j == i)
                self.vertex_tool.start(self.release_geometry[i], fid)
            else:
                self.vertex_tool.cancel()
            self.layer.update()
            return True
        if self.tool_name == "select" or ev.modifiers() & Qt.KeyboardModifier.ControlModifier:
            row = pick(self.hazard_tree, self.hazard_geometry, x, y, 4 * self.units_per_pixel())
            if ev.modifiers() & Qt.KeyboardModifier.ControlModifier:
                rows = set(self.selection) ^ ({row} if row is not None else set())
            else:
                rows = {row} if row is not None else set()
            self.set_selection(rows)
            return True
        return False

    def handle_drag(self, ev) -> bool:
        if self.tool is not None:
            return True  # drawing tools do not pan on drag: the wheel and the arrow keys do
        if self.tool_name == "edit" and self.vertex_tool.key is not None and ev.button() == Qt.MouseButton.LeftButton:
            if ev.isStart():
                self.vertex_tool.tolerance = SNAP_PIXELS * self.units_per_pixel()
                a = self.vb.mapSceneToView(ev.buttonDownScenePos())
                if not self.vertex_tool.press(a.x(), a.y()):
                    return False  # not on a vertex: pan as usual
            if self.vertex_tool.dragging is None:
                return False
            p = self.vb.mapSceneToView(ev.scenePos())
            self.vertex_tool.move(p.x(), p.y())
            if ev.isFinish():
                geom = self.vertex_tool.release()
                if geom is not None:
                    self.releaseEdited.emit(int(self.vertex_tool.key), geom)
            self.layer.update()
            return True
        if self.tool_name != "select" or ev.button() != Qt.MouseButton.LeftButton:
            return False
        a = self.vb.mapSceneToView(ev.buttonDownScenePos())
        b = self.vb.mapSceneToView(ev.scenePos())
        self.rubber = (a.x(), a.y(), b.x(), b.y())
        if ev.isFinish():
            rows = box_select(self.hazard_tree, *self.rubber)
            self.rubber = None
            self.set_selection(set(rows) | (self.selection if ev.modifiers() & Qt.KeyboardModifier.ControlModifier else set()))
        self.layer.update()
        return True

    def finish_tool(self) -> None:
        if self.tool is None:
            return
        geom = self.tool.finish()
        self.layer.update()
        if geom is not None:
            self.geometryDrawn.emit(self.tool_name, geom)

    def _mouse_moved(self, scene_pos) -> None:
        if self.project is None:
            return
        p = self.vb.mapSceneToView(scene_pos)
        self.cursorMoved.emit(p.x(), p.y())
        if self.tool is not None:
            self.tool.move(p.x(), p.y())
            self.layer.update()
        row = pick(self.hazard_tree, self.hazard_geometry, p.x(), p.y(), 0)
        if row != self._hover:
            self._hover = row
            self.hazardHovered.emit(row)
            if row is not None:
                t = self.project.engine.totals([row])
                QToolTip.showText(QCursor.pos(), self.tr("{id} · {area} ha · {left} ha remaining").format(
                    id=self.hazard_ids[row], area=f"{t.total_ha:,.2f}", left=f"{t.remaining_ha:,.2f}"), self)
            else:
                QToolTip.hideText()

    def keyPressEvent(self, ev) -> None:
        key = ev.key()
        rect = self.vb.viewRect()
        step = 0.2
        if self.tool is not None and key in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if key == Qt.Key.Key_Escape:
                self.tool.cancel()
            elif key == Qt.Key.Key_Backspace:
                self.tool.backspace()
            else:
                self.finish_tool()
            self.layer.update()
        elif key == Qt.Key.Key_Escape:
            self.set_selection(set())
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.vb.scaleBy((0.5, 0.5))
        elif key == Qt.Key.Key_Minus:
            self.vb.scaleBy((2, 2))
        elif key == Qt.Key.Key_Left:
            self.vb.translateBy(x=-rect.width() * step)
        elif key == Qt.Key.Key_Right:
            self.vb.translateBy(x=rect.width() * step)
        elif key == Qt.Key.Key_Up:
            self.vb.translateBy(y=rect.height() * step)
        elif key == Qt.Key.Key_Down:
            self.vb.translateBy(y=-rect.height() * step)
        else:
            super().keyPressEvent(ev)

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        if hasattr(self, "_timer"):  # pyqtgraph resizes once while constructing
            self._timer.start()
