"""An offline background map: a local MBTiles file (SQLite of web-mercator tiles).

No network is ever used. A GeoTIFF becomes an MBTiles file with
``gdal_translate -of MBTILES in.tif out.mbtiles`` (then ``gdaladdo`` for the lower zooms).
Tiles are drawn under the hazards, each warped from its four corners into the project's CRS.
"""

from __future__ import annotations

import math
import sqlite3
from collections import OrderedDict
from pathlib import Path

import numpy as np
from pyproj import CRS, Transformer
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QPolygonF, QTransform

from minedesk.core.errors import InputError

MAX_TILES = 96  # drawn per frame; more means the zoom level is too fine for the view


def _lonlat_to_tile(lon, lat, z):
    n = 2 ** z
    x = (lon + 180.0) / 360.0 * n
    lat = np.clip(lat, -85.05112878, 85.05112878)
    y = (1.0 - np.arcsinh(np.tan(np.radians(lat))) / math.pi) / 2.0 * n
    return x, y


def _tile_to_lonlat(x, y, z):
    n = 2 ** z
    lon = x / n * 360.0 - 180.0
    lat = np.degrees(np.arctan(np.sinh(math.pi * (1 - 2 * np.asarray(y, dtype=float) / n))))
    return lon, lat


class MBTiles:
    """Reads tiles from an MBTiles file (read-only; the file is never changed)."""

    def __init__(self, path):
        self.path = Path(path)
        if not self.path.is_file():
            raise InputError(self.path, "no such file", "choose an .mbtiles file")
        try:
            self.conn = sqlite3.connect(f"file:{self.path.resolve()}?mode=ro", uri=True, check_same_thread=False)
            meta = dict(self.conn.execute("SELECT name, value FROM metadata").fetchall())
            zooms = self.conn.execute("SELECT min(zoom_level), max(zoom_level) FROM tiles").fetchone()
        except sqlite3.Error as err:
            raise InputError(self.path, "is not an MBTiles file ({err})",
                             "make one with: gdal_translate -of MBTILES in.tif out.mbtiles", err=err) from None
        if zooms[0] is None:
            raise InputError(self.path, "holds no tiles", "make it again with its zoom levels")
        self.name = meta.get("name", self.path.stem)
        self.minzoom = int(meta.get("minzoom", zooms[0]))
        self.maxzoom = int(meta.get("maxzoom", zooms[1]))
        self._cache: OrderedDict = OrderedDict()

    def tile(self, z: int, x: int, y: int) -> QImage | None:
        key = (z, x, y)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        row = self.conn.execute("SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
                                (z, x, 2 ** z - 1 - y)).fetchone()  # MBTiles rows count from the south
        image = None
        if row is not None:
            image = QImage.fromData(bytes(row[0]))
            image = None if image.isNull() else image
        self._cache[key] = image
        if len(self._cache) > 512:
            self._cache.popitem(last=False)
        return image

    def close(self) -> None:
        self.conn.close()


class Basemap:
    """Draws an :class:`MBTiles` background in a map whose coordinates are in ``crs``."""

    def __init__(self, source: MBTiles, crs: CRS):
        self.source = source
        self.to_lonlat = Transformer.from_crs(crs, 4326, always_xy=True)
        self.from_lonlat = Transformer.from_crs(4326, crs, always_xy=True)

    def zoom_for(self, metres_per_pixel: float, lat: float) -> int:
        z = math.log2(156_543.03 * math.cos(math.radians(lat)) / max(metres_per_pixel, 1e-6))
        return int(min(max(round(z), self.source.minzoom), self.source.maxzoom))

    def draw(self, painter: QPainter, rect: QRectF, to_image: QTransform, metres_per_pixel: float) -> int:
        """Draw the tiles under ``rect`` (map coordinates). Returns how many were drawn."""
        xs = np.array([rect.left(), rect.right(), rect.left(), rect.right(), rect.center().x()])
        ys = np.array([rect.top(), rect.top(), rect.bottom(), rect.bottom(), rect.center().y()])
        lon, lat = self.to_lonlat.transform(xs, ys)
        if not np.all(np.isfinite(lon)):
            return 0
        z = self.zoom_for(metres_per_pixel, float(lat[-1]))
        tx, ty = _lonlat_to_tile(lon[:4], lat[:4], z)
        x0, x1 = int(np.floor(tx.min())), int(np.floor(tx.max()))
        y0, y1 = int(np.floor(ty.min())), int(np.floor(ty.max()))
        n = 2 ** z
        x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, n - 1), min(y1, n - 1)
        if (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_TILES:
            return 0
        drawn = 0
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                image = self.source.tile(z, x, y)
                if image is None:
                    continue
                clon, clat = _tile_to_lonlat(np.array([x, x + 1, x + 1, x]), np.array([y, y, y + 1, y + 1]), z)
                mx, my = self.from_lonlat.transform(clon, clat)
                corners = QPolygonF([to_image.map(QPointF(a, b)) for a, b in zip(mx, my, strict=True)])
                w, h = image.width(), image.height()
                square = QPolygonF([QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h)])
                warp = QTransform()
                if QTransform.quadToQuad(square, corners, warp):
                    painter.setTransform(warp)
                    painter.drawImage(0, 0, image)
                    drawn += 1
        painter.restore()
        return drawn
