"""Every file MineDesk reads goes through here: shapefiles (also zipped), GeoPackage, GeoJSON.

Reads with pyogrio (GDAL, vectorised; about 20x faster than fiona here, see
docs/decisions/0001-pyogrio.md). Anything wrong with a file becomes an
:class:`~minedesk.core.errors.InputError` that names the file and says what to do.
Files are only ever opened for reading.
"""

from __future__ import annotations

import os
import struct
import warnings
import zipfile
from pathlib import Path

import numpy as np
import shapely
from pyproj import CRS
from pyproj.exceptions import CRSError

from minedesk.core.errors import InputError
from minedesk.core.mapping import hazards_from_layer, releases_from_layer
from minedesk.core.model import Layer
from minedesk.core.validation import Finding

POLYGON_TYPES = {"Polygon", "MultiPolygon", "Polygon Z", "MultiPolygon Z", "Polygon M",
                 "MultiPolygon M", "Polygon ZM", "MultiPolygon ZM", "CurvePolygon", "MultiSurface"}
MIXED_TYPES = {"Unknown", "Unknown (any)", "GeometryCollection", "Geometry", None}

READABLE = (".shp", ".zip", ".gpkg", ".geojson", ".json")


def _pyogrio():
    import pyogrio  # imported late: `minedesk --help` should not wait for GDAL

    return pyogrio


def parse_crs(text: str, source: str = "--crs") -> CRS:
    """A CRS from what a user types: ``EPSG:32638``, ``32638``, a PROJ string or WKT."""
    try:
        value = text.strip()
        return CRS.from_user_input(int(value) if value.isdigit() else value)
    except (CRSError, ValueError) as err:
        raise InputError(source, f"{text!r} is not a coordinate reference system PROJ knows ({err})",
                         "give an EPSG code such as EPSG:32638 or EPSG:4326") from None


# --------------------------------------------------------------------------- sources
class _Source:
    """Where GDAL should look, and the raw bytes of a shapefile's parts for checks."""

    def __init__(self, path: Path, layer: str | None):
        self.path = path
        self.label = str(path)
        suffix = path.suffix.lower()
        if not path.exists():
            raise InputError(path, "no such file", "check the path")
        if path.is_dir():
            raise InputError(path, "is a folder", "give a .shp, .zip, .gpkg or .geojson file inside it")
        if suffix not in READABLE:
            raise InputError(path, f"is not a file type MineDesk reads ({suffix or 'no extension'})",
                             "give a shapefile (.shp or .zip), a GeoPackage (.gpkg) or GeoJSON")
        self.layer = layer
        self.gdal_path = str(path)
        self.guessed_encoding = False  # a shapefile without .cpg: GDAL guesses from the .dbf
        if suffix == ".zip":
            self._open_zip(layer)
        elif suffix == ".shp":
            self.layer = None
            def actual(p: Path) -> Path:
                return p if p.exists() else _any_case(p)

            def read(p: Path, limit: int = -1) -> bytes:
                with actual(p).open("rb") as fh:
                    return fh.read(limit)

            self._check_shapefile_parts({ext: path.with_suffix(ext) for ext in (".shp", ".shx", ".dbf")},
                                        lambda p: p.exists() or _any_case(p) is not None, read,
                                        lambda p: actual(p).stat().st_size)
            cpg = path.with_suffix(".cpg")
            self.guessed_encoding = not (cpg.exists() or _any_case(cpg))

    def _open_zip(self, layer):
        try:
            with zipfile.ZipFile(self.path) as zf:
                names = [n for n in zf.namelist() if not n.endswith("/")]
        except (zipfile.BadZipFile, OSError) as err:
            raise InputError(self.path, f"is not a readable zip archive ({err})",
                             "copy the archive again from its source") from None
        shps = {Path(n).stem: n for n in names if n.lower().endswith(".shp")}
        others = [n for n in names if Path(n).suffix.lower() in (".gpkg", ".geojson", ".json")]
        if not shps and len(others) == 1:
            self.gdal_path = f"/vsizip/{self.path.resolve()}/{others[0]}"
            self.label = f"{self.path}!{others[0]}"
            return
        if not shps:
            raise InputError(self.path, "holds no shapefile", "zip the .shp with its .shx, .dbf and .prj")
        if layer is None:
            if len(shps) > 1:
                raise InputError(self.path, f"holds several layers ({', '.join(sorted(shps))})",
                                 "choose one with --layer NAME")
            layer = next(iter(shps))
        if layer not in shps:
            raise InputError(self.path, f"has no layer {layer!r} (it holds {', '.join(sorted(shps))})",
                             "choose one with --layer NAME")
        member = shps[layer]
        self.label = f"{self.path}!{member}"
        self.gdal_path = f"/vsizip/{self.path.resolve()}/{member}"
        self.layer = None
        lower = {n.lower(): n for n in names}
        stem = member[: -len(".shp")]

        def find(ext):
            return lower.get((stem + ext).lower())

        def read(ext, limit: int = -1) -> bytes:
            with zipfile.ZipFile(self.path) as zf, zf.open(find(ext)) as fh:
                return fh.read(limit)

        def size(ext) -> int:
            with zipfile.ZipFile(self.path) as zf:
                return zf.getinfo(find(ext)).file_size

        self._check_shapefile_parts({ext: ext for ext in (".shp", ".shx", ".dbf")},
                                    lambda ext: find(ext) is not None, read, size)
        self.guessed_encoding = find(".cpg") is None

    def _check_shapefile_parts(self, parts, exists, read, size):
        for ext in (".shx", ".dbf"):
            if not exists(parts[ext]):
                what = "index" if ext == ".shx" else "attribute table"
                raise InputError(self.label, f"its {ext} file (the {what}) is missing",
                                 f"copy the {ext} that belongs with the .shp into the same place")
        # the .shp's header and size are enough: a national layer's .shp is read once, by GDAL
        _check_not_truncated(self.label, read(parts[".shp"], 100), size(parts[".shp"]), read(parts[".shx"]))


def _any_case(path: Path) -> Path | None:
    for sibling in path.parent.glob("*"):
        if sibling.name.lower() == path.name.lower():
            return sibling
    return None


def _check_not_truncated(label: str, shp_head: bytes, shp_size: int, shx: bytes) -> None:
    """GDAL reads a cut-off .shp without complaint (its lost records come back as nulls):
    the .shx offsets and the .shp size tell a truncated file from legitimate null shapes."""
    if len(shp_head) < 100 or len(shx) < 100 or shp_head[:4] != b"\x00\x00\x27\x0a":
        raise InputError(label, "is not a valid shapefile (bad header)", "copy it again from its source")
    declared = struct.unpack(">i", shp_head[24:28])[0] * 2
    nrec = (len(shx) - 100) // 8
    if nrec:
        index = np.frombuffer(shx, dtype=">i4", count=2 * nrec, offset=100).reshape(-1, 2).astype(np.int64) * 2
        ends = index[:, 0] + 8 + index[:, 1]
        lost = int((ends > shp_size).sum())
        if lost:
            raise InputError(label, f"is truncated: {lost} of {nrec} records lie past the end of the file "
                                    f"({shp_size} of {max(declared, int(ends.max()))} bytes)",
                             "copy the complete file again from its source")
    if declared > shp_size:
        raise InputError(label, f"is truncated ({shp_size} of {declared} bytes)",
                         "copy the complete file again from its source")


# --------------------------------------------------------------------------- reading
def list_layers(path: str | os.PathLike) -> list[tuple[str, str]]:
    """``(name, geometry type)`` of each layer in a file (a zip lists its shapefiles)."""
    path = Path(path)
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as zf:
                return [(Path(n).stem, "shapefile") for n in zf.namelist() if n.lower().endswith(".shp")]
        except (zipfile.BadZipFile, OSError) as err:
            raise InputError(path, f"is not a readable zip archive ({err})", "copy it again") from None
    src = _Source(path, None)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return [(str(n), str(t)) for n, t in _pyogrio().list_layers(src.gdal_path)]
    except Exception as err:  # noqa: BLE001 - GDAL raises many kinds; all mean "cannot read"
        raise _gdal_error(src.label, err) from None


def _choose_layer(src: _Source) -> str | None:
    if src.layer is not None or src.path.suffix.lower() != ".gpkg":
        return src.layer
    layers = [(n, t) for n, t in _pyogrio().list_layers(src.gdal_path) if t is not None]
    polygons = [n for n, t in layers if t in POLYGON_TYPES]
    if len(layers) == 1:
        return layers[0][0]
    if len(polygons) == 1:
        return polygons[0]
    names = ", ".join(n for n, _ in layers) or "none"
    raise InputError(src.label, f"holds several layers ({names})", "choose one with --layer NAME")


def read_layer(path: str | os.PathLike, layer: str | None = None, crs: str | CRS | None = None,
               encoding: str | None = None) -> Layer:
    """Read one polygon layer: geometry as shapely (2-D, unrepaired), attributes as numpy columns.

    ``crs`` is used when the file has none and overrides the file's when given.
    """
    src = _Source(Path(path), layer)
    pyogrio = _pyogrio()
    label = src.label
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")  # GDAL speaks through warnings; we decide what they mean
            layer_name = _choose_layer(src)
            label = src.label if layer_name is None else f"{src.label}:{layer_name}"
            meta, fids, wkb, columns = pyogrio.raw.read(src.gdal_path, layer=layer_name, encoding=encoding,
                                                        return_fids=True, force_2d=True)
        for w in caught:
            if "encod" in str(w.message).lower():
                raise InputError(label, f"text cannot be decoded ({w.message})",
                                 "add a .cpg file naming the encoding, or pass --encoding (e.g. cp1251)")
    except InputError:
        raise
    except UnicodeDecodeError as err:
        raise InputError(src.label, f"text is not in the encoding it declares ({err.encoding}: {err.reason})",
                         "pass --encoding with the right one (e.g. cp1251, cp1254) or fix the .cpg file") from None
    except Exception as err:  # noqa: BLE001
        raise _gdal_error(src.label, err) from None

    gtype = meta.get("geometry_type")
    if wkb is None or (gtype not in POLYGON_TYPES and gtype not in MIXED_TYPES):
        kind = "no geometry" if wkb is None else f"{gtype} features"
        raise InputError(label, f"holds {kind}, not polygons",
                         "MineDesk needs hazard and release areas as polygons; choose a polygon layer")
    geometry = _decode(label, wkb)
    if crs is not None:
        layer_crs = crs if isinstance(crs, CRS) else parse_crs(crs)
    elif meta.get("crs"):
        layer_crs = parse_crs(meta["crs"], label)
    else:
        raise InputError(label, "has no coordinate reference system (no .prj)",
                         "pass --crs with the right one, e.g. --crs EPSG:32638 for UTM 38N")
    fields = {str(name): np.asarray(col) for name, col in zip(meta["fields"], columns, strict=True)}
    notes = [Finding(label, "GDAL warning", str(w.message)) for w in caught]
    if src.guessed_encoding and encoding is None and _has_non_ascii(fields):
        notes.append(Finding(label, "text encoding guessed",
                             f"no .cpg file says how the text is encoded, read as {meta.get('encoding')}; if names "
                             "look wrong pass --encoding (cp1251 for Cyrillic, cp1254 for Azerbaijani Latin)"))
    return Layer(source=label, name=layer_name or Path(label.split("!")[-1]).stem, crs=layer_crs,
                 geometry=geometry, fids=np.asarray(fids), fields=fields, notes=notes)


def _has_non_ascii(fields) -> bool:
    return any(isinstance(v, str) and not v.isascii() for col in fields.values() for v in col)


def _decode(label: str, wkb: np.ndarray) -> np.ndarray:
    try:
        with np.errstate(invalid="ignore"):  # NaN coordinates are reported by validation, per feature
            geometry = shapely.from_wkb(wkb)
    except shapely.errors.GEOSException:
        # find the culprit(s); a shape GEOS cannot even build becomes a null (and is reported)
        geometry = np.empty(len(wkb), dtype=object)
        for i, blob in enumerate(wkb):
            try:
                geometry[i] = shapely.from_wkb(blob) if blob is not None else None
            except shapely.errors.GEOSException:
                geometry[i] = None
    return geometry


def _gdal_error(label: str, err: Exception) -> InputError:
    text = str(err).strip() or type(err).__name__
    if label.lower().endswith((".geojson", ".json")) and ("not recognized" in text or "Failed to read" in text):
        return InputError(label, f"is not valid GeoJSON ({text})", "check the file is complete, or export it again")
    if "file is not a database" in text:
        return InputError(label, "is corrupt or not a GeoPackage (not an SQLite database)",
                          "copy it again from its source or export it again")
    if "not recognized as being in a supported file format" in text or "not recognized as a supported" in text:
        return InputError(label, "is corrupt or not a GIS file GDAL can read",
                          "copy it again from its source or export it again")
    if "Layer" in text and "could not be opened" in text or "not found" in text:
        return InputError(label, f"cannot open the layer ({text})", "check the name given with --layer")
    return InputError(label, f"cannot be read ({text})", "copy it again from its source or export it again")


# --------------------------------------------------------------------------- layers as the core wants them
def read_hazards(path, layer=None, crs=None, encoding=None, mapping=None):
    """A :class:`HazardSet` and the findings of its validation."""
    return hazards_from_layer(read_layer(path, layer, crs, encoding), mapping)


def read_releases(path, layer=None, crs=None, encoding=None, mapping=None):
    """A :class:`ReleaseSet` and the findings of its validation."""
    return releases_from_layer(read_layer(path, layer, crs, encoding), mapping)
