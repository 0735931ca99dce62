"""Every file MineDesk reads goes through here: shapefiles (also zipped), GeoPackage, GeoJSON.

Reads with pyogrio (GDAL, vectorised; about 20x faster than fiona here, see
docs/decisions/0001-pyogrio.md). Anything wrong with a file becomes an
:class:`~minedesk.core.errors.InputError` that names the file and says what to do.
Files are only ever opened for reading.
"""

from __future__ import annotations

import os
import re
import stat
import struct
import warnings
import zipfile
import zlib
from pathlib import Path

import numpy as np
import shapely
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError, ProjError

from minedesk.core.errors import InputError, Msg
from minedesk.core.mapping import hazards_from_layer, releases_from_layer
from minedesk.core.model import Layer
from minedesk.core.schema import DAMAGED_RECORD, DAMAGED_VALUE, DELETED_RECORD, ENCODING_GUESSED
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
        crs = CRS.from_user_input(int(value) if value.isdigit() else value)
    except (CRSError, ValueError) as err:
        raise InputError(source, "{text!r} is not a coordinate reference system PROJ knows ({err})",
                         "give an EPSG code such as EPSG:32638 or EPSG:4326", text=text, err=err) from None
    try:  # PROJ may read a CRS it cannot convert (a projection method of no known name)
        Transformer.from_crs(crs, 4326, always_xy=True)
    except (CRSError, ProjError) as err:
        raise InputError(source, "names a coordinate reference system ({name}) PROJ cannot convert to longitude/latitude ({err})", "correct its .prj, or give the right one with --crs, "
                         "e.g. --crs EPSG:32638", name=crs.name, err=err) from None
    return crs


# --------------------------------------------------------------------------- sources
#: Zip members are sized from the archive's directory before anything is read: one that would
#: expand past MAX_ZIP_MEMBER bytes, or more than MAX_ZIP_RATIO times once past ZIP_RATIO_FROM
#: bytes (zero-filled padding, a zip bomb), is refused. Real shapefile parts compress 1.5-30x.
MAX_ZIP_MEMBER = 4 * 2**30
MAX_ZIP_RATIO = 200
ZIP_RATIO_FROM = 32 * 2**20

SHAPEFILE_CODE = 9994
SHAPE_TYPES = {0, 1, 3, 5, 8, 11, 13, 15, 18, 21, 23, 25, 28, 31}
DBF_VERSIONS = {0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8B, 0x8E, 0xCB, 0xF5, 0xFB}
PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")  # the parts MineDesk and GDAL read


def _unreadable(label, err: OSError) -> InputError:
    """A file or folder the operating system will not let us read."""
    if isinstance(err, PermissionError):
        return InputError(label, "cannot be read (permission denied)",
                          "ask for read access to it (and its folder), or copy it somewhere you can read")
    return InputError(label, "cannot be read ({value})", "check the file, or copy it again", value=err.strerror or err)


class _Parts:
    """The parts of one shapefile (plain files or zip members): their names, sizes and bytes."""

    def __init__(self, labels: dict[str, str | None], size, read):
        self.labels = labels  # ext -> what to call the part in messages (None: missing)
        self.size = size  # ext -> bytes
        self.read = read  # (ext, limit=-1) -> bytes


class _Source:
    """Where GDAL should look, and the raw bytes of a shapefile's parts for checks."""

    def __init__(self, path: Path, layer: str | None):
        self.path = path
        self.label = str(path)
        suffix = path.suffix.lower()
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            raise InputError(path, "no such file", "check the path") from None
        except NotADirectoryError:
            raise InputError(path, "no such file (a folder on its path is a file)", "check the path") from None
        except OSError as err:
            raise _unreadable(path, err) from None
        if stat.S_ISDIR(mode):
            raise InputError(path, "is a folder", "give a .shp, .zip, .gpkg or .geojson file inside it")
        if suffix not in READABLE:
            raise InputError(path, "is not a file type MineDesk reads ({value})",
                             "give a shapefile (.shp or .zip), a GeoPackage (.gpkg) or GeoJSON", value=suffix or 'no extension')
        try:
            with path.open("rb"):
                pass
        except OSError as err:
            raise _unreadable(path, err) from None
        self.layer = layer
        self.gdal_path = str(path)
        self.guessed_encoding = False  # a shapefile without .cpg: GDAL guesses from the .dbf
        self.crs_problem: InputError | None = None  # a GeoJSON ``crs`` member naming no CRS PROJ knows
        self.notes: list[Finding] = []  # what the checks of the raw files found, per record
        if suffix == ".zip":
            self._open_zip(layer)
        elif suffix == ".shp":
            self.layer = None
            self._open_shp()
        elif suffix in (".geojson", ".json"):
            size = path.stat().st_size
            self.crs_problem = _geojson_crs_problem(self.label, _read_plain(path, _JSON_PEEK),
                                                    _read_plain(path, _JSON_PEEK, size - _JSON_PEEK))

    def _open_shp(self):
        path = self.path
        actual = {ext: next((c for c in (path.with_suffix(ext), path.with_suffix(ext.upper())) if c.exists()), None)
                  for ext in PARTS}  # where GDAL looks for them
        for ext, p in actual.items():
            other = None if p is not None else _any_case(path.with_suffix(ext))
            if other is not None:
                raise _other_case(other, path.with_suffix(ext).name)
        actual[".shp"] = path
        labels = {ext: (str(p) if p is not None else None) for ext, p in actual.items()}
        part = None
        try:
            for p in actual.values():  # a part GDAL cannot open is read as absent: say so instead
                part = p
                if p is not None:
                    with p.open("rb"):
                        pass
            part = None

            def read(ext, limit: int = -1) -> bytes:
                return _read_plain(actual[ext], limit)

            self._check_shapefile_parts(_Parts(labels, lambda ext: actual[ext].stat().st_size, read))
        except OSError as err:
            raise _unreadable(part if part is not None else path, err) from None
        self.guessed_encoding = actual[".cpg"] is None

    def _open_zip(self, layer):
        try:
            with zipfile.ZipFile(self.path) as zf:
                infos = {i.filename: i for i in zf.infolist() if not i.filename.endswith("/")}
        except OSError as err:
            raise _unreadable(self.path, err) from None
        except (zipfile.BadZipFile, ValueError) as err:
            raise InputError(self.path, "is not a readable zip archive ({err})",
                             "copy the archive again from its source", err=err) from None
        names = list(infos)
        lower = {n.lower(): n for n in names}
        # a layer is named by its path inside the archive: two folders may each hold a "hazards"
        shps = {n[: -len(".shp")]: n for n in names if n.lower().endswith(".shp")}
        others = [n for n in names if Path(n).suffix.lower() in (".gpkg", ".geojson", ".json")]
        if not shps and len(others) == 1:
            self._check_zip_members(infos, [others[0]])
            self.gdal_path = f"/vsizip/{self.path.resolve()}/{others[0]}"
            self.label = f"{self.path}!{others[0]}"
            if Path(others[0]).suffix.lower() in (".geojson", ".json"):
                small = infos[others[0]].file_size <= 256 * _JSON_PEEK  # a zip member is read from its start
                whole = self._zip_read(others[0], -1 if small else _JSON_PEEK)
                self.crs_problem = _geojson_crs_problem(self.label, whole[:_JSON_PEEK],
                                                        whole[-_JSON_PEEK:] if small else b"")
            return
        if not shps:
            raise InputError(self.path, "holds no shapefile", "zip the .shp with its .shx, .dbf and .prj")
        stem = shps[_zip_layer(self.path, shps, layer)]
        stem = stem[: -len(".shp")]
        member = {ext: next((m for m in (stem + ext, stem + ext.upper()) if m in infos), None) for ext in PARTS}
        for ext, m in member.items():  # GDAL finds a part as STEM.ext or STEM.EXT, as it does on disk
            other = None if m is not None else lower.get((stem + ext).lower())
            if other is not None:
                raise _other_case(f"{self.path}!{other}", Path(stem + ext).name)
        # everything GDAL may open beside the .shp (.qix, .sbn ... too) is sized before any is read
        self._check_zip_members(infos, [n for n in names if n.lower().startswith(stem.lower() + ".")])
        self.label = f"{self.path}!{member['.shp']}"
        self.gdal_path = f"/vsizip/{self.path.resolve()}/{member['.shp']}"
        self.layer = None
        labels = {ext: (f"{self.path}!{m}" if m else None) for ext, m in member.items()}
        self._check_shapefile_parts(_Parts(labels, lambda ext: infos[member[ext]].file_size,
                                           lambda ext, limit=-1: self._zip_read(member[ext], limit)))
        self.guessed_encoding = member[".cpg"] is None

    def _zip_read(self, member: str, limit: int = -1) -> bytes:
        try:
            with zipfile.ZipFile(self.path) as zf, zf.open(member) as fh:
                return fh.read(limit)
        except OSError as err:
            raise _unreadable(self.path, err) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError, ValueError) as err:
            # a bad CRC or a cut-off member; encrypted, or packed in a way zipfile (and GDAL) cannot unpack
            raise InputError(f"{self.path}!{member}", "cannot be unpacked ({err})",
                             "copy the archive again from its source, or zip the files again (without a password)", err=err) from None

    def _check_zip_members(self, infos: dict, members: list[str]) -> None:
        for name in members:
            info = infos[name]
            size, packed = info.file_size, info.compress_size
            ratio = size / max(packed, 1)
            if size > MAX_ZIP_MEMBER or (size > ZIP_RATIO_FROM and ratio > MAX_ZIP_RATIO):
                raise InputError(f"{self.path}!{name}",
                                 "would expand from {packed:,} to {size:,} bytes ({ratio:,.0f} times), more than real data ever does (a zip bomb, or padding); refused unread",
                                 "copy the archive again from its source, or unpack it yourself if you trust it", packed=packed, size=size, ratio=ratio)

    def _check_shapefile_parts(self, parts: _Parts) -> None:
        for ext in (".shx", ".dbf"):
            if parts.labels[ext] is None:
                what = Msg("index") if ext == ".shx" else Msg("attribute table")
                raise InputError(self.label, "its {ext} file (the {what}) is missing",
                                 "copy the {ext} that belongs with the .shp into the same place", ext=ext, what=what)
        shp_head, shp_size = parts.read(".shp", 100), parts.size(".shp")
        _check_main_header(self.label, shp_head, shp_size, index=False)
        shx_label, shx_size = parts.labels[".shx"], parts.size(".shx")
        _check_main_header(shx_label, parts.read(".shx", 100), shx_size, index=True)
        # the .shp's header and size are enough: a national layer's .shp is read once, by GDAL
        shx = parts.read(".shx")
        _check_not_truncated(self.label, shp_head, shp_size, shx, shx_label)
        self.notes += _check_dbf(parts.labels[".dbf"], parts.read, parts.size(".dbf"), (len(shx) - 100) // 8)


def _read_plain(path: Path, limit: int = -1, offset: int = 0) -> bytes:
    with path.open("rb") as fh:
        if offset > 0:
            fh.seek(offset)
        return fh.read(limit)


def _zip_layer(archive: Path, shps: dict[str, str], layer: str | None) -> str:
    """The layer of a zip asked for: its path inside the archive (``a/hazards``), or its bare name
    when only one layer has it."""
    names = sorted(shps)
    if layer is None:
        if len(shps) > 1:
            raise InputError(archive, "holds several layers ({items})", "choose one with --layer NAME", items=', '.join(names))
        return names[0]
    wanted = layer.strip().replace("\\", "/").lstrip("/")
    if wanted.lower().endswith(".shp"):
        wanted = wanted[: -len(".shp")]
    if wanted in shps:
        return wanted
    same = [n for n in names if n.rsplit("/", 1)[-1] == wanted] or [n for n in names if n.lower() == wanted.lower()]
    if len(same) == 1:
        return same[0]
    if same:
        raise InputError(archive, "holds several layers named {layer_!r} ({items})",
                         "choose one by its path in the archive, e.g. --layer {value}", layer_=layer, items=', '.join(same), value=same[0])
    raise InputError(archive, "has no layer {layer_!r} (it holds {items})", "choose one with --layer NAME", layer_=layer, items=', '.join(names))


def _other_case(part, name: str) -> InputError:
    """A part named in another case than its .shp: GDAL would read the shapefile without it."""
    stem, ext = name.rsplit(".", 1)
    return InputError(part, "is not read with its shapefile: GDAL looks only for {name} or {stem}.{value}",
                      "rename it to {name}", name=name, stem=stem, value=ext.upper())


def _any_case(path: Path) -> Path | None:
    for sibling in path.parent.glob("*"):
        if sibling.name.lower() == path.name.lower():
            return sibling
    return None


def _check_main_header(label: str, head: bytes, size: int, index: bool) -> None:
    """The 100-byte header a .shp and its .shx share: file code 9994, version 1000, a shape type,
    and (for the .shx, whose size follows from it) a length field equal to the file's size."""
    what = Msg("shapefile index (.shx)") if index else Msg("shapefile")
    if size == 0:
        raise InputError(label, "is empty, not a valid {what}", "copy it again from its source", what=what)
    if len(head) < 100:
        raise InputError(label, "is not a valid {what} (only {size} bytes, no complete header)",
                         "copy it again from its source", what=what, size=size)
    code, length = struct.unpack(">i", head[:4])[0], struct.unpack(">i", head[24:28])[0] * 2
    version, shape_type = struct.unpack("<ii", head[28:36])
    if code != SHAPEFILE_CODE:
        kind = "zero-filled" if not any(head) else f"file code {code}, not {SHAPEFILE_CODE}"
        raise InputError(label, "is not a valid {what} (bad header: {kind_})", "copy it again from its source", what=what, kind_=kind)
    if version != 1000 or shape_type not in SHAPE_TYPES:
        raise InputError(label, "is not a valid {what} (bad header: version {version}, shape type {shape_type})",
                         "copy it again from its source", what=what, version=version, shape_type=shape_type)
    if index and (length != size or (size - 100) % 8):
        problem = (f"is truncated ({size:,} of {length:,} bytes)" if 100 <= length and size < length else
                   f"is corrupt: its header says {length:,} bytes, the file holds {size:,}")
        raise InputError(label, problem, "copy the complete .shx again from its source")


def _check_not_truncated(label: str, shp_head: bytes, shp_size: int, shx: bytes, shx_label: str = "") -> None:
    """GDAL reads a cut-off .shp without complaint (its lost records come back as nulls):
    the .shx offsets and the .shp size tell a truncated file from legitimate null shapes."""
    if len(shp_head) < 100 or len(shx) < 100 or shp_head[:4] != b"\x00\x00\x27\x0a":
        raise InputError(label, "is not a valid shapefile (bad header)", "copy it again from its source")
    declared = struct.unpack(">i", shp_head[24:28])[0] * 2
    nrec = (len(shx) - 100) // 8
    if nrec:
        index = np.frombuffer(shx, dtype=">i4", count=2 * nrec, offset=100).reshape(-1, 2).astype(np.int64) * 2
        if (index[:, 0] < 100).any() or (index[:, 1] < 4).any():
            bad = int(((index[:, 0] < 100) | (index[:, 1] < 4)).sum())
            raise InputError(shx_label or label, "is corrupt: {bad} of {nrec} index entries point into the header or to no record (a zero-filled or damaged index)",
                             "copy the .shx that belongs with the .shp again from its source", bad=bad, nrec=nrec)
        ends = index[:, 0] + 8 + index[:, 1]
        lost = int((ends > shp_size).sum())
        if lost:
            raise InputError(label, "is truncated: {lost} of {nrec} records lie past the end of the file ({shp_size} of {value} bytes)",
                             "copy the complete file again from its source", lost=lost, nrec=nrec, shp_size=shp_size, value=max(declared, int(ends.max())))
    if declared > shp_size:
        raise InputError(label, "is truncated ({shp_size} of {declared} bytes)",
                         "copy the complete file again from its source", shp_size=shp_size, declared=declared)
    if nrec and declared < int(ends.max()):
        raise InputError(label, "is corrupt: its header says {declared:,} bytes, its records run to {value:,}", "copy it again from its source", declared=declared, value=int(ends.max()))
    # bytes past the last record are tolerated: GDAL reads records by the index, and some writers pad


def _check_dbf(label: str, read, size: int, nrec: int) -> list[Finding]:
    """A .dbf that cannot hold the attributes of these shapes is an error, never "no attributes":
    GDAL reads a truncated, empty or foreign one as a layer without columns (ids lost, releases
    then linked by location)."""
    again = "copy the .dbf that belongs with the .shp again from its source"
    if size < 33:
        raise InputError(label, "is not a dBASE attribute table (only {size} bytes)", again, size=size)
    head = read(".dbf", 32)
    version = head[0]
    count, header_len, record_len = struct.unpack("<IHH", head[4:12])
    fields_end = None
    if version in DBF_VERSIONS and 33 <= header_len and record_len >= 1 and header_len > size:
        raise InputError(label, "is truncated ({size:,} of {value:,} bytes)", again, size=size, value=header_len + count * record_len)
    if version in DBF_VERSIONS and 33 <= header_len <= size and record_len >= 1:
        header = read(".dbf", header_len)
        for at in range(32, len(header), 32):  # 32-byte field descriptors, ended by 0x0D
            if header[at] == 0x0D:
                fields_end = at
                break
    if fields_end is None:
        raise InputError(label, "is not a dBASE attribute table (bad header)", again)
    widths = 1  # the deletion flag
    for at in range(32, fields_end, 32):
        kind, width, wide = header[at + 11], header[at + 16], header[at + 17]
        if kind not in DBF_FIELD_TYPES:
            name = header[at:at + 11].split(b"\0", 1)[0].decode("latin-1", "replace") or "?"
            raise InputError(label, "is not a dBASE attribute table (field {value} ({name}) has type byte {kind_:#04x}, no dBASE field type)", again, value=(at - 32) // 32 + 1, name=name, kind_=kind)
        widths += width + (256 * wide if kind in b"C" else 0)
    if widths != record_len:
        raise InputError(label, "is not a dBASE attribute table (its fields take {widths} bytes a record, its header says {record_len})", again, widths=widths, record_len=record_len)
    if count != nrec:
        raise InputError(label, "holds {count:,} records but the .shp holds {nrec:,}",
                         Msg("the attribute table does not belong with these shapes: {again}", again=Msg(again)), count=count, nrec=nrec)
    expected = header_len + count * record_len
    if size < expected:
        raise InputError(label, "is truncated ({size:,} of {expected:,} bytes)", again, size=size, expected=expected)
    # bytes past the records (the 0x1A end byte, padding some writers add) are tolerated: GDAL reads
    # exactly the header's count of records, so they cannot change a figure
    fields = [(header[at:at + 11].split(b"\0", 1)[0].decode("latin-1", "replace"), header[at + 11],
               header[at + 16] + (256 * header[at + 17] if header[at + 11] in b"C" else 0))
              for at in range(32, fields_end, 32)]
    return _dbf_record_notes(label, read(".dbf", expected), header_len, record_len, count, fields)


#: bytes a dBASE cell of each type may hold (N, F numbers; D dates YYYYMMDD; L logicals), then NUL:
#: a cell of nothing but NULs is empty (some writers leave it so), NULs among digits are damage
_DBF_CELL_BYTES = {kind: np.frombuffer(chars.encode() + b"\0", dtype=np.uint8)
                   for kind, chars in ((ord("N"), "0123456789 .-+eE*"), (ord("F"), "0123456789 .-+eE*"),
                                       (ord("D"), "0123456789 "), (ord("L"), "YyNnTtFf? "))}


def _dbf_record_notes(label: str, data: bytes, header_len: int, record_len: int, count: int,
                      fields: list[tuple[str, int, int]]) -> list[Finding]:
    """Findings for what GDAL reads without a word: a record flagged deleted (GDAL skips it: the
    feature is not read at all) and a number, date or logical cell holding bytes that are none
    (GDAL reads it as empty or as the digits before the damage)."""
    if not count:
        return []
    records = np.frombuffer(data, dtype=np.uint8, count=count * record_len, offset=header_len).reshape(count, record_len)
    notes = []
    flags = records[:, 0]
    for i in np.flatnonzero(flags != 0x20)[:50]:
        if flags[i] == 0x2A:
            notes.append(Finding(label, DELETED_RECORD, Msg("record {value} is flagged deleted in the .dbf: GDAL (and QGIS) skip it, so its shape is not counted", value=i + 1)))
        else:
            notes.append(Finding(label, DAMAGED_RECORD, Msg("record {value} has deletion flag {value2:#04x} (neither ' ' nor '*'): the .dbf is damaged there", value=i + 1, value2=flags[i])))
    start = 1
    for name, kind, width in fields:
        allowed = _DBF_CELL_BYTES.get(kind)
        if allowed is not None and width:
            cells = records[:, start:start + width]
            empty = (cells == 0).all(axis=1)  # NUL-filled: an empty cell, as some writers leave it
            bad = np.flatnonzero(~np.isin(cells, allowed[:-1]).all(axis=1) & ~empty)
            for i in bad[:50]:
                raw = bytes(cells[i]).decode("latin-1").strip()
                notes.append(Finding(label, DAMAGED_VALUE, Msg("record {value}, field {name}: {raw!r} is not a {value2} (the .dbf is damaged there; GDAL reads what it can)", value=i + 1, name=name, raw=raw, value2='number' if kind in b'NF' else 'date' if kind == ord('D') else 'yes/no')))
            if len(bad) > 50:
                notes.append(Finding(label, DAMAGED_VALUE, Msg("field {name}: {value:,} more damaged cells", name=name, value=len(bad) - 50)))
        start += width
    return notes


#: dBASE field type letters (dBASE III to 7, FoxPro, Visual FoxPro): anything else is damage
DBF_FIELD_TYPES = frozenset(b"CNFLDMBGIT@O+YV0PWQ")

_JSON_PEEK = 65536
_CRS_MEMBER = re.compile(r'"crs"\s*:\s*\{([^{}]*\{[^{}]*\}[^{}]*)\}')  # {"type": ..., "properties": {...}}
_CRS_NAME = re.compile(r'"name"\s*:\s*"([^"]*)"')
_CRS_CODE = re.compile(r'"code"\s*:\s*"?\s*(\w+)')


def _geojson_crs_problem(label: str, head: bytes, tail: bytes) -> InputError | None:
    """The error for a GeoJSON whose ``crs`` member names a CRS PROJ does not know (GDAL reads
    such a file as WGS84, silently), or None. Writers put the member before or after the
    features: the first and last 64 kB of the file are searched."""
    for chunk in (head, tail):
        member = _CRS_MEMBER.search(chunk.decode("utf-8", errors="replace"))
        if member is None:
            continue
        name, code = _CRS_NAME.search(member.group(1)), _CRS_CODE.search(member.group(1))
        if name is None and code is None:
            return None  # a "link" CRS, or none GDAL reads either
        value = (name or code).group(1).strip()
        try:
            if name is None or value.isdigit():
                CRS.from_epsg(int(value))
            else:
                CRS.from_user_input(value)
        except (CRSError, ValueError):
            return InputError(label, "its crs member names {value!r}, a coordinate reference system PROJ does not know", "correct the crs member (e.g. urn:ogc:def:crs:EPSG::32638), "
                                     "or pass --crs with the right one", value=value)
        return None
    return None


# --------------------------------------------------------------------------- reading
def list_layers(path: str | os.PathLike) -> list[tuple[str, str]]:
    """``(name, geometry type)`` of each layer in a file (a zip lists its shapefiles)."""
    path = Path(path)
    if path.suffix.lower() == ".zip":  # named by their path in the archive, as --layer takes them
        try:
            with zipfile.ZipFile(path) as zf:
                return [(n[: -len(".shp")], "shapefile") for n in zf.namelist() if n.lower().endswith(".shp")]
        except OSError as err:
            raise _unreadable(path, err) from None
        except zipfile.BadZipFile as err:
            raise InputError(path, "is not a readable zip archive ({err})", "copy it again", err=err) from None
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
    raise InputError(src.label, "holds several layers ({names})", "choose one with --layer NAME", names=names)


def _refuse_undecodable(caught, label) -> None:
    """GDAL says through a warning that text would not decode: one line, never garbled names."""
    for w in caught:
        if "encod" in str(w.message).lower():
            raise InputError(label, "text cannot be decoded ({message_})",
                             "add a .cpg file naming the encoding, or pass --encoding (e.g. cp1251)", message_=w.message)


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
        _refuse_undecodable(caught, label)
    except InputError:
        raise
    except UnicodeDecodeError as err:
        raise InputError(src.label, "text is not in the encoding it declares ({encoding}: {reason})",
                         "pass --encoding with the right one (e.g. cp1251, cp1254) or fix the .cpg file", encoding=err.encoding, reason=err.reason) from None
    except Exception as err:  # noqa: BLE001
        raise _gdal_error(src.label, err) from None

    gtype = meta.get("geometry_type")
    if wkb is None or (gtype not in POLYGON_TYPES and gtype not in MIXED_TYPES):
        kind = "no geometry" if wkb is None else f"{gtype} features"
        raise InputError(label, "holds {kind_}, not polygons",
                         "MineDesk needs hazard and release areas as polygons; choose a polygon layer", kind_=kind)
    geometry = _decode(label, wkb)
    if crs is not None:
        layer_crs = crs if isinstance(crs, CRS) else parse_crs(crs)
    elif src.crs_problem is not None:
        raise src.crs_problem
    elif meta.get("crs"):
        layer_crs = parse_crs(meta["crs"], label)
    else:
        raise InputError(label, "has no coordinate reference system (no .prj)",
                         "pass --crs with the right one, e.g. --crs EPSG:32638 for UTM 38N")
    fields = {str(name): np.asarray(col) for name, col in zip(meta["fields"], columns, strict=True)}
    notes = src.notes + [Finding(label, "GDAL warning", str(w.message)) for w in caught]
    if src.guessed_encoding and encoding is None and _has_non_ascii(fields):
        notes.append(Finding(label, ENCODING_GUESSED,
                             Msg("no .cpg file says how the text is encoded, read as {value}; if names look wrong pass --encoding (cp1251 for Cyrillic, cp1254 for Azerbaijani Latin)", value=meta.get('encoding'))))
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
        return InputError(label, "is not valid GeoJSON ({text})", "check the file is complete, or export it again", text=text)
    if "file is not a database" in text:
        return InputError(label, "is corrupt or not a GeoPackage (not an SQLite database)",
                          "copy it again from its source or export it again")
    if "not recognized as being in a supported file format" in text or "not recognized as a supported" in text:
        return InputError(label, "is corrupt or not a GIS file GDAL can read",
                          "copy it again from its source or export it again")
    if "Layer" in text and "could not be opened" in text or "not found" in text:
        return InputError(label, "cannot open the layer ({text})", "check the name given with --layer", text=text)
    return InputError(label, "cannot be read ({text})", "copy it again from its source or export it again", text=text)


# --------------------------------------------------------------------------- layers as the core wants them
def read_hazards(path, layer=None, crs=None, encoding=None, mapping=None):
    """A :class:`HazardSet` and the findings of its validation."""
    return hazards_from_layer(read_layer(path, layer, crs, encoding), mapping)


def read_releases(path, layer=None, crs=None, encoding=None, mapping=None):
    """A :class:`ReleaseSet` and the findings of its validation."""
    return releases_from_layer(read_layer(path, layer, crs, encoding), mapping)


# --------------------------------------------------------------------------- a first look (the window's import assistant)
def peek(path, layer: str | None = None, encoding: str | None = None, rows: int = 5) -> dict:
    """What a layer holds, read without its geometry: ``count`` (features), ``fields`` (name ->
    the first ``rows`` values), ``bounds`` (in the file's own numbers, or None), ``crs`` (as the
    file says it, or None), ``layer`` (the one read), ``shapefile`` (text encoding applies) and
    ``guessed_encoding``. Refuses as :func:`read_layer` does (a text that does not decode ...)."""
    src = _Source(Path(path), layer)
    pyogrio = _pyogrio()
    label = src.label
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            name = _choose_layer(src)
            label = src.label if name is None else f"{src.label}:{name}"
            info = pyogrio.read_info(src.gdal_path, layer=name, encoding=encoding, force_total_bounds=True)
            meta, _, _, columns = pyogrio.raw.read(src.gdal_path, layer=name, encoding=encoding,
                                                   max_features=rows, read_geometry=False)
        _refuse_undecodable(caught, label)
    except InputError:
        raise
    except UnicodeDecodeError as err:
        raise InputError(label, "text is not in the encoding it declares ({encoding}: {reason})",
                         "pass --encoding with the right one (e.g. cp1251, cp1254) or fix the .cpg file", encoding=err.encoding, reason=err.reason) from None
    except Exception as err:  # noqa: BLE001
        raise _gdal_error(src.label, err) from None
    bounds = info.get("total_bounds")
    bounds = tuple(float(v) for v in bounds) if bounds is not None and np.all(np.isfinite(bounds)) else None
    fields = {str(n): list(col) for n, col in zip(meta["fields"], columns, strict=True)}
    return {"count": int(info.get("features", 0)), "fields": fields, "bounds": bounds, "crs": info.get("crs"),
            "layer": name, "shapefile": src.path.suffix.lower() in (".shp", ".zip"),
            "guessed_encoding": src.guessed_encoding}


def outlines(path, layer: str | None = None, limit: int = 2000) -> np.ndarray:
    """The first ``limit`` geometries of a layer (shapely, in the file's own numbers, None where a
    feature has none), for an overview of where the data lies; no attributes, no repair."""
    src = _Source(Path(path), layer)
    pyogrio = _pyogrio()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _, _, wkb, _ = pyogrio.raw.read(src.gdal_path, layer=_choose_layer(src), max_features=limit, columns=[])
    except InputError:
        raise
    except Exception as err:  # noqa: BLE001
        raise _gdal_error(src.label, err) from None
    return shapely.from_wkb(wkb, on_invalid="ignore")


def crs_misfit(crs, bounds) -> str | None:
    """Why coordinates spanning ``bounds`` (xmin, ymin, xmax, ymax) cannot be in ``crs``, or None:
    degrees declared as metres (lat/lon numbers declared as UTM), metres declared as degrees, or
    an extent outside the CRS's area of use."""
    crs = crs if isinstance(crs, CRS) else parse_crs(crs)
    x0, y0, x1, y1 = bounds
    degrees_like = -180 <= x0 <= x1 <= 180 and -90 <= y0 <= y1 <= 90
    if crs.is_geographic:
        return None if degrees_like else (f"coordinates run to {max(abs(x0), abs(x1), abs(y0), abs(y1)):,.0f}, "
                                          f"not degrees of longitude and latitude ({crs.name})")
    if degrees_like and max(x1 - x0, y1 - y0) < 360:
        return (f"coordinates from {x0:g}, {y0:g} to {x1:g}, {y1:g} look like longitude and latitude, "
                f"not metres of {crs.name}")
    area = crs.area_of_use
    if area is None:
        return None
    try:
        lon, lat = Transformer.from_crs(crs, 4326, always_xy=True).transform([x0, x1, (x0 + x1) / 2],
                                                                            [y0, y1, (y0 + y1) / 2])
    except (CRSError, ProjError):
        return f"coordinates cannot be converted from {crs.name}"
    margin = 5.0  # degrees: data a little past a zone's edge is common and fine
    inside = [np.isfinite(a) and np.isfinite(b) and area.west - margin <= a <= area.east + margin
              and area.south - margin <= b <= area.north + margin for a, b in zip(lon, lat, strict=True)]
    if not any(inside):
        return f"coordinates lie outside the area where {crs.name} is used ({area.name})"
    return None
