"""The MineDesk project file: one OGC GeoPackage that any GIS opens.

Layers ``hazards``, ``releases`` (MultiPolygon) and ``finds`` (Point), all in the CRS the hazards
were imported in; tables ``audit_log`` and ``minedesk_meta`` (schema version). GeoPackage 1.2,
which QGIS 3.22 reads without warnings.

Every command is one SQLite transaction (rollback journal, ``synchronous=EXTRA``): when
:meth:`GpkgStore.apply` returns, the change and its audit entry are on disk; a kill or power
cut at any moment leaves the command fully there or fully absent, and SQLite's journal makes
the file whole again on the next open. One edit writes only the rows it changes.

A project open for editing holds an OS lock on ``PROJECT.gpkg.lock`` (released by the OS if
the program dies): a second editor is refused with a message that names the holder, readers
open read-only. This module is the only one that knows the file; the core sees the
:class:`~minedesk.core.project.ProjectStore` protocol (docs/decisions/0005-project-store.md).
"""

from __future__ import annotations

import datetime as _dt
import getpass
import json
import os
import socket
import sqlite3
import struct
import tempfile
from pathlib import Path

import numpy as np
import shapely
from pyproj import CRS

from minedesk import __version__
from minedesk.core.errors import InputError
from minedesk.core.project import Applied, Change, ProjectData, TableData

SCHEMA_VERSION = 2  # 1: hazards, releases, finds, audit log; 2: + task_orders
APPLICATION_ID = 0x47504B47  # "GPKG"

HAZARD_COLUMNS = [("hazard_id", "TEXT"), ("hazard_type", "TEXT"), ("status", "TEXT")]
RELEASE_COLUMNS = [("release_id", "TEXT"), ("hazard_id", "TEXT"), ("category", "TEXT"), ("method", "TEXT"),
                   ("date", "TEXT"), ("team", "TEXT"), ("depth_cm", "REAL"),
                   ("ap", "INTEGER"), ("at", "INTEGER"), ("uxo", "INTEGER"), ("ied", "INTEGER")]
FIND_COLUMNS = [("find_id", "TEXT"), ("release_id", "TEXT"), ("hazard_id", "TEXT"), ("category", "TEXT"),
                ("model", "TEXT"), ("count", "INTEGER"), ("depth_cm", "REAL"), ("date", "TEXT")]
TASK_ORDER_COLUMNS = [("task_id", "TEXT"), ("version", "INTEGER"), ("issued", "TEXT"), ("hazard_ids", "TEXT"),
                      ("fields", "TEXT")]
SPATIAL = {"hazards": "MultiPolygon", "releases": "MultiPolygon", "finds": "Point"}
TABLES = ("hazards", "releases", "finds", "task_orders")


def _add_task_orders(conn: sqlite3.Connection) -> None:
    """Schema 1 -> 2: the task orders table, registered so that GIS lists it."""
    cols = ", ".join(f'"{n}" {t}' for n, t in TASK_ORDER_COLUMNS)
    conn.execute(f'CREATE TABLE IF NOT EXISTS "task_orders" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {cols})')
    conn.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, last_change) "
                 "VALUES ('task_orders', 'attributes', 'task_orders', strftime('%Y-%m-%dT%H:%M:%fZ','now'))")


#: Migrations: ``MIGRATIONS[v]`` turns a schema-v project into v+1 inside one transaction.
MIGRATIONS: dict[int, object] = {1: _add_task_orders}


# --------------------------------------------------------------------------- geometry blobs
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def encode_geometry(geom, srs_id: int) -> bytes | None:
    """A GeoPackage geometry blob: header with envelope, then little-endian ISO WKB."""
    if geom is None:
        return None
    if geom.is_empty:
        return b"GP\x00" + bytes([0b00010001]) + struct.pack("<i", srs_id) + shapely.to_wkb(geom, byte_order=1)
    minx, miny, maxx, maxy = geom.bounds
    header = b"GP\x00" + bytes([0b00000011]) + struct.pack("<i4d", srs_id, minx, maxx, miny, maxy)
    return header + shapely.to_wkb(geom, byte_order=1, output_dimension=2)


def _wkb_start(blob: bytes) -> int:
    return 8 + _ENVELOPE_BYTES[(blob[3] >> 1) & 0b111]


def decode_geometries(blobs) -> np.ndarray:
    """Shapely geometries from GeoPackage blobs (None stays None)."""
    wkb = np.array([None if b is None else bytes(b[_wkb_start(b):]) for b in blobs], dtype=object)
    if not len(wkb):
        return np.array([], dtype=object)
    with np.errstate(invalid="ignore"):  # NaN coordinates written by another program: validation reports them
        return shapely.from_wkb(wkb)


def _envelope(blob, i: int):
    if blob is None:
        return None
    blob = bytes(blob)
    kind = (blob[3] >> 1) & 0b111
    if kind:
        order = "<" if blob[3] & 1 else ">"
        return struct.unpack(order + "d", blob[8 + 8 * i: 16 + 8 * i])[0]
    geom = shapely.from_wkb(blob[_wkb_start(blob):])
    return None if geom.is_empty else geom.bounds[(0, 2, 1, 3)[i]]


def _register_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions GeoPackage's R-tree triggers call (GDAL provides them in its own
    connections; ours must too)."""
    conn.create_function("ST_MinX", 1, lambda b: _envelope(b, 0), deterministic=True)
    conn.create_function("ST_MaxX", 1, lambda b: _envelope(b, 1), deterministic=True)
    conn.create_function("ST_MinY", 1, lambda b: _envelope(b, 2), deterministic=True)
    conn.create_function("ST_MaxY", 1, lambda b: _envelope(b, 3), deterministic=True)
    conn.create_function("ST_IsEmpty", 1, lambda b: None if b is None else int(bool(bytes(b)[3] & 0b00010000)),
                         deterministic=True)


# --------------------------------------------------------------------------- locking
class ProjectLocked(InputError):
    """The project is open for editing elsewhere."""


class _Lock:
    """An exclusive OS lock on ``PROJECT.gpkg.lock``; the OS drops it if the holder dies."""

    def __init__(self, project: Path):
        self.path = project.with_name(project.name + ".lock")
        self.fh = open(self.path, "a+")  # noqa: SIM115 - held for the life of the store
        try:
            _lock_file(self.fh)
        except OSError:
            self.fh.seek(0)
            holder = self.fh.read().strip() or "another program"
            self.fh.close()
            raise ProjectLocked(project, f"is open for editing in {holder}",
                                "close it there first; reading it (tally, history, export) works meanwhile") from None
        self.fh.seek(0)
        self.fh.truncate()
        self.fh.write(f"MineDesk (process {os.getpid()} on {socket.gethostname()}, user {current_user()})")
        self.fh.flush()

    def release(self) -> None:
        if not self.fh.closed:
            self.fh.seek(0)
            self.fh.truncate()
            _unlock_file(self.fh)
            self.fh.close()


if os.name == "nt":  # pragma: no cover - Windows
    import msvcrt

    def _lock_file(fh):
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(fh):
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock_file(fh):
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(fh):
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def current_user() -> str:
    try:
        return os.environ.get("MINEDESK_USER") or getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        return "unknown"


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# --------------------------------------------------------------------------- the store
def is_project(path) -> bool:
    """Whether ``path`` is a MineDesk project (a GeoPackage with a ``minedesk_meta`` table)."""
    path = Path(path)
    try:
        if path.suffix.lower() != ".gpkg" or not path.is_file():
            return False
    except OSError:  # a folder on its path cannot be searched: the reader then says so, naming the file
        return False
    if path.with_name(path.name + "-journal").exists() and path.with_name(path.name + ".lock").exists():
        # a MineDesk editor worked here (its lock file) and left a journal: if no editor holds the
        # project now, that is a half-written change to roll back before anyone can read it.
        # A GeoPackage MineDesk never edited has no lock file and is never written to.
        _recover(path)
    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, timeout=15)
        try:
            return conn.execute("SELECT 1 FROM sqlite_master WHERE name='minedesk_meta'").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return False


class GpkgStore:
    """A MineDesk project in a GeoPackage (see the module docstring)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, readonly: bool, lock: _Lock | None):
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self._lock = lock
        self._columns: dict[str, list[str]] = {}
        for table in TABLES:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            if columns:  # a schema-1 project opened read-only has no task_orders table
                self._columns[table] = columns
        srs = conn.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name='hazards'").fetchone()
        self.srs_id = int(srs[0])
        definition, org, code = conn.execute(
            "SELECT definition, organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id=?",
            (self.srs_id,)).fetchone()
        self.crs = CRS.from_user_input(f"{org}:{code}") if org and org.upper() == "EPSG" else CRS.from_wkt(definition)

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path, readonly: bool = False) -> GpkgStore:
        path = Path(path)
        if not path.is_file():
            raise InputError(path, "no such project", "make one with: minedesk import HAZARDS -o PROJECT.gpkg")
        if not is_project(path):
            raise InputError(path, "is not a MineDesk project (no minedesk_meta table)",
                             "make one from it with: minedesk import FILE -o PROJECT.gpkg")
        lock = None if readonly else _Lock(path)
        try:
            # a project may be opened in a worker thread and used in the GUI thread: calls are
            # never concurrent (the Project serialises them), so the same-thread check is off
            if readonly:
                conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, isolation_level=None,
                                       check_same_thread=False)
            else:
                conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 15000")
            if not readonly:
                conn.execute("PRAGMA journal_mode = DELETE")
                # EXTRA, not FULL: the folder is fsynced after the journal is deleted, so a power
                # cut just after "done" cannot bring the journal back and roll the command back
                conn.execute("PRAGMA synchronous = EXTRA")
            _register_functions(conn)
            version = int(conn.execute("SELECT value FROM minedesk_meta WHERE key='schema_version'").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise InputError(path, f"was made by a newer MineDesk (project schema {version}, this one "
                                       f"reads up to {SCHEMA_VERSION})", "update MineDesk to open it")
            if version < SCHEMA_VERSION and not readonly:
                _migrate(conn, version)
            return cls(path, conn, readonly, lock)
        except sqlite3.DatabaseError as err:
            if lock:
                lock.release()
            raise InputError(path, f"cannot be read as a project ({err})", "restore it from a copy") from None
        except BaseException:
            if lock:
                lock.release()
            raise

    def close(self) -> None:
        self.conn.close()
        if self._lock:
            self._lock.release()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ------------------------------------------------------------------ reading
    def load(self) -> ProjectData:
        """Every feature of the project, in one read transaction (a consistent snapshot)."""
        self.conn.execute("BEGIN")
        try:
            tables = {}
            for table, columns in self._columns.items():
                names = [c for c in columns if c != "fid"]
                rows = self.conn.execute(f'SELECT fid, {", ".join(_q(c) for c in names)} FROM "{table}" ORDER BY fid').fetchall()
                fids = np.array([r[0] for r in rows], dtype=np.int64)
                values = {}
                for j, name in enumerate(names, start=1):
                    column = [r[j] for r in rows]
                    values[name] = decode_geometries(column) if name == "geom" else np.array(column, dtype=object)
                seq = self.conn.execute("SELECT seq FROM sqlite_sequence WHERE name=?", (table,)).fetchone()
                tables[table] = TableData(table, names, fids, values, int(seq[0]) if seq else int(fids.max(initial=0)))
            meta = dict(self.conn.execute("SELECT key, value FROM minedesk_meta").fetchall())
        finally:
            self.conn.execute("COMMIT")
        return ProjectData(crs=self.crs, tables=tables, meta=meta)

    def history(self) -> list[dict]:
        rows = self.conn.execute("SELECT fid, time, user, action, label, changes FROM audit_log ORDER BY fid").fetchall()
        return [{"seq": r[0], "time": r[1], "user": r[2], "action": r[3], "label": r[4],
                 "changes": json.loads(r[5]) if r[5] else []} for r in rows]

    def columns(self, table: str) -> list[str]:
        return [c for c in self._columns[table] if c != "fid"]

    # ------------------------------------------------------------------ writing
    def apply(self, changes: list[Change], action: str, label: str) -> list[Applied]:
        """Write a command's changes and its audit entry in one transaction."""
        return self._write([(c.table, c.fid, None if c.values is None else self._encode_row(c.table, c.values))
                            for c in changes], action, label)

    def replay(self, raw: list[tuple[str, int, dict | None]], action: str, label: str) -> list[Applied]:
        """Write rows exactly as they were (undo and redo): byte for byte."""
        return self._write(raw, action, label)

    def _write(self, raw_changes, action: str, label: str) -> list[Applied]:
        if self.readonly:
            raise InputError(self.path, "is open read-only", "open it for editing to change it")
        conn = self.conn
        applied = []
        conn.execute("BEGIN IMMEDIATE")
        try:
            for table, fid, after in raw_changes:
                cols = self.columns(table)
                row = conn.execute(f'SELECT {", ".join(_q(c) for c in cols)} FROM "{table}" WHERE fid=?', (fid,)).fetchone()
                before = None if row is None else dict(zip(cols, row, strict=True))
                if after is None:
                    conn.execute(f'DELETE FROM "{table}" WHERE fid=?', (fid,))
                elif before is None:
                    conn.execute(f'INSERT INTO "{table}" (fid, {", ".join(_q(c) for c in cols)}) '
                                 f'VALUES (?{", ?" * len(cols)})', (fid, *[after.get(c) for c in cols]))
                else:  # UPDATE, not REPLACE: GeoPackage's triggers keep the R-tree and counts right
                    conn.execute(f'UPDATE "{table}" SET {", ".join(_q(c) + "=?" for c in cols)} WHERE fid=?',
                                 (*[after.get(c) for c in cols], fid))
                applied.append(Applied(table, fid, before, after, self._decode_row(before), self._decode_row(after)))
            conn.execute("INSERT INTO audit_log (time, user, action, label, changes) VALUES (?, ?, ?, ?, ?)",
                         (_now(), current_user(), action, label, json.dumps(
                             [_audit(a) for a in applied], ensure_ascii=False)))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return applied

    def _encode_row(self, table: str, values: dict) -> dict:
        row = {c: values.get(c) for c in self.columns(table)}
        if "geom" in row:
            geom = row["geom"]
            if SPATIAL[table] == "MultiPolygon" and geom is not None and geom.geom_type == "Polygon":
                geom = shapely.MultiPolygon([geom])
            row["geom"] = encode_geometry(geom, self.srs_id)
        return row

    def _decode_row(self, raw: dict | None) -> dict | None:
        if raw is None:
            return None
        row = dict(raw)
        if row.get("geom") is not None:
            row["geom"] = decode_geometries([row["geom"]])[0]
        return row

    def integrity(self) -> str:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]


def _recover(path: Path) -> None:
    """Roll back an edit that a killed program left half-written (a hot journal), so that a
    read-only open sees the last committed state. Only when no editor holds the project: an
    editor's journal is not hot, readers simply wait for its commit."""
    if not path.with_name(path.name + "-journal").exists():
        return
    try:
        lock = _Lock(path)
    except ProjectLocked:
        return
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reading rolls it back
        finally:
            conn.close()
    finally:
        lock.release()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _audit(a: Applied) -> dict:
    def readable(row):
        if row is None:
            return None
        out = dict(row)
        if out.get("geom") is not None:
            out["geom"] = out["geom"].wkt
        return out

    return {"table": a.table, "fid": a.fid, "before": readable(a.before), "after": readable(a.after)}


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        while version < SCHEMA_VERSION:
            MIGRATIONS[version](conn)
            version += 1
        conn.execute("UPDATE minedesk_meta SET value=? WHERE key='schema_version'", (str(version),))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


# --------------------------------------------------------------------------- creating
def create(path, crs: CRS, hazards: dict, releases: dict, source: str = "") -> Path:
    """Write a new project. ``hazards`` and ``releases`` map column name -> array, with "geom"
    holding shapely geometries in ``crs``. The file appears only when complete."""
    from pyogrio.raw import write

    path = Path(path)
    if path.exists():
        raise InputError(path, "already exists", "choose another name, or delete or rename the old project first")
    fd, tmp = tempfile.mkstemp(suffix=".gpkg", prefix=f".{path.stem}-", dir=path.parent)
    os.close(fd)
    os.unlink(tmp)
    crs_text = crs.to_wkt()
    try:
        for i, (layer, columns) in enumerate((("hazards", hazards), ("releases", releases), ("finds", _empty_finds()))):
            geom = columns["geom"]
            multi = np.array([None if g is None else shapely.to_wkb(_multi(g) if layer != "finds" else g, output_dimension=2)
                              for g in geom], dtype=object)
            names = [c for c in columns if c != "geom"]
            write(tmp, multi, [_column(columns[c]) for c in names], names, driver="GPKG",
                  geometry_type=SPATIAL[layer], crs=crs_text, layer=layer, append=i > 0,
                  **({"VERSION": "1.2"} if i == 0 else {}))
        for layer, cols in (("audit_log", {"time": [], "user": [], "action": [], "label": [], "changes": []}),
                            ("minedesk_meta", {"key": [], "value": []})):
            write(tmp, None, [np.array(v, dtype=object) for v in cols.values()], list(cols), driver="GPKG",
                  layer=layer, append=True)
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            _add_task_orders(conn)
            conn.executemany("INSERT INTO minedesk_meta (key, value) VALUES (?, ?)", [
                ("schema_version", str(SCHEMA_VERSION)), ("created", _now()), ("created_by", current_user()),
                ("minedesk_version", __version__), ("imported_from", source)])
            conn.execute("INSERT INTO audit_log (time, user, action, label, changes) VALUES (?, ?, ?, ?, ?)",
                         (_now(), current_user(), "import", f"Import {source}".strip(), "[]"))
        finally:
            conn.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _multi(g):
    return shapely.MultiPolygon([g]) if g.geom_type == "Polygon" else g


def _column(values) -> np.ndarray:
    """A column as GDAL should type it: integers, reals, or text (None stays empty)."""
    values = np.asarray(values)
    if values.dtype.kind in "iub":
        return values.astype(np.int64)
    if values.dtype.kind == "f":
        return values.astype(np.float64)
    present = [v for v in values if v is not None and not (isinstance(v, float) and np.isnan(v))]
    if present and all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in present):
        if len(present) == len(values):
            return values.astype(np.int64)
        return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)
    if present and all(isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool) for v in present):
        return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)
    return np.array([None if v is None else str(v) for v in values], dtype=object)


def _empty_finds() -> dict:
    out = {"geom": np.array([], dtype=object)}
    for name, kind in FIND_COLUMNS:
        out[name] = np.array([], dtype={"TEXT": object, "INTEGER": np.int64, "REAL": np.float64}[kind])
    return out
