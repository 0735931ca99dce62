"""Map tools as plain state machines over map coordinates: tested without a window.

The canvas turns mouse and key events into calls on the active tool and draws what
:meth:`Tool.preview` returns; a finished tool hands back a shapely geometry.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely


@dataclass
class Snapper:
    """Snap a map point to the nearest hazard vertex, else the nearest point on an edge,
    within ``tolerance`` map units (the canvas sets it from a number of pixels)."""

    geometries: np.ndarray
    tree: shapely.STRtree | None = None
    tolerance: float = 0.0

    def __post_init__(self):
        if self.tree is None:
            self.tree = shapely.STRtree(self.geometries)

    def snap(self, x: float, y: float) -> tuple[float, float, str | None]:
        """The snapped point and what it snapped to ("vertex", "edge" or None)."""
        if self.tolerance <= 0 or not len(self.geometries):
            return x, y, None
        p = shapely.Point(x, y)
        near = self.tree.query(p.buffer(self.tolerance))
        if not len(near):
            return x, y, None
        rings = shapely.boundary(self.geometries[near])
        coords = shapely.get_coordinates(rings)
        if len(coords):
            d = np.hypot(coords[:, 0] - x, coords[:, 1] - y)
            i = int(np.argmin(d))
            if d[i] <= self.tolerance:
                return float(coords[i, 0]), float(coords[i, 1]), "vertex"
        best, where = None, None
        for ring in rings:
            q = ring.interpolate(ring.project(p))
            d = q.distance(p)
            if d <= self.tolerance and (best is None or d < best):
                best, where = d, q
        if where is not None:
            return where.x, where.y, "edge"
        return x, y, None


@dataclass
class PolygonTool:
    """Draw a polygon vertex by vertex: click adds a vertex, Backspace removes the last,
    Esc cancels, double-click or Enter finishes (at least three vertices)."""

    snapper: Snapper | None = None
    vertices: list[tuple[float, float]] = field(default_factory=list)
    cursor: tuple[float, float] | None = None
    min_vertices: int = 3

    def press(self, x: float, y: float) -> None:
        x, y, _ = self.snapper.snap(x, y) if self.snapper else (x, y, None)
        if not self.vertices or (x, y) != self.vertices[-1]:
            self.vertices.append((x, y))

    def move(self, x: float, y: float) -> str | None:
        x, y, kind = self.snapper.snap(x, y) if self.snapper else (x, y, None)
        self.cursor = (x, y)
        return kind

    def backspace(self) -> None:
        if self.vertices:
            self.vertices.pop()

    def cancel(self) -> None:
        self.vertices.clear()
        self.cursor = None

    @property
    def can_finish(self) -> bool:
        return len(self.vertices) >= self.min_vertices

    def finish(self):
        """The drawn geometry (or None when there are too few vertices); the tool starts over."""
        if not self.can_finish:
            return None
        geom = self._geometry(self.vertices)
        self.cancel()
        return geom

    def _geometry(self, vertices):
        polygon = shapely.Polygon(vertices)
        return polygon if polygon.is_valid else shapely.make_valid(polygon)

    def preview(self) -> list[tuple[float, float]]:
        """Vertices to draw, with the cursor as the moving last one."""
        return self.vertices + ([self.cursor] if self.cursor and self.vertices else [])


@dataclass
class LineTool(PolygonTool):
    """Draw a line (to split a hazard): the same keys, two vertices are enough."""

    min_vertices: int = 2

    def _geometry(self, vertices):
        return shapely.LineString(vertices)


def box_select(tree: shapely.STRtree, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    """Indices of the geometries that intersect a dragged box."""
    return tree.query(shapely.box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), predicate="intersects")


def pick(tree: shapely.STRtree, geometries: np.ndarray, x: float, y: float, tolerance: float) -> int | None:
    """The geometry under a click: the smallest one containing the point, else the nearest
    within ``tolerance`` (so that thin belts can be clicked)."""
    p = shapely.Point(x, y)
    hits = tree.query(p, predicate="intersects")
    if len(hits):
        return int(hits[np.argmin(shapely.area(geometries[hits]))])
    near = tree.query(p, predicate="dwithin", distance=tolerance) if tolerance > 0 else []
    if len(near):
        return int(near[np.argmin(shapely.distance(geometries[near], p))])
    return None


@dataclass
class VertexTool:
    """Move the vertices of one polygon: press near a vertex, drag, release. The edited
    polygon is handed back after each move (the canvas turns it into an undoable command)."""

    geometry: object = None  # the polygon being edited (its largest part)
    key: object = None  # what it is (the canvas keeps the release's fid here)
    tolerance: float = 0.0
    dragging: int | None = None
    ring: list[tuple[float, float]] = field(default_factory=list)
    others: list = field(default_factory=list)  # parts and holes left as they are

    def start(self, geometry, key) -> None:
        parts = list(getattr(geometry, "geoms", [geometry]))
        largest = max(parts, key=lambda g: g.area)
        self.others = [p for p in parts if p is not largest]
        self.holes = [list(r.coords) for r in largest.interiors]
        self.ring = list(largest.exterior.coords)[:-1]
        self.geometry, self.key, self.dragging = geometry, key, None

    def vertex_at(self, x: float, y: float) -> int | None:
        if not self.ring:
            return None
        d = np.hypot(np.array([p[0] for p in self.ring]) - x, np.array([p[1] for p in self.ring]) - y)
        i = int(np.argmin(d))
        return i if d[i] <= self.tolerance else None

    def press(self, x: float, y: float) -> bool:
        self.dragging = self.vertex_at(x, y)
        return self.dragging is not None

    def move(self, x: float, y: float) -> None:
        if self.dragging is not None:
            self.ring[self.dragging] = (x, y)

    def release(self):
        """The edited geometry, or None when nothing was dragged."""
        if self.dragging is None:
            return None
        self.dragging = None
        polygon = shapely.Polygon(self.ring, self.holes)
        if not polygon.is_valid:
            polygon = shapely.make_valid(polygon)
        geom = shapely.union_all([polygon, *self.others]) if self.others else polygon
        self.geometry = geom
        return geom

    def cancel(self) -> None:
        self.geometry, self.key, self.ring, self.dragging = None, None, [], None

    def preview(self) -> list[tuple[float, float]]:
        return list(self.ring)
