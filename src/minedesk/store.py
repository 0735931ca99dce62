"""The MineDesk project file: one OGC GeoPackage that any GIS opens.

Layers ``hazards``, ``releases`` (MultiPolygon) and ``finds`` (Point), all in the CRS the hazards
were imported in; tables ``audit_log`` and ``minedesk_meta`` (schema version). GeoPackage 1.2,
which QGIS 3.22 reads without warnings.

Every command is one SQLite transaction (rollback journal, ``synchronous=EXTRA``): when
:meth:`GpkgStore.apply` returns, the change and its audit entry are on disk; a kill or power
cut at any moment leaves the command fully there or fully absent, and SQLite's journal makes
the file whole again on the next open. One edit writes only the rows it changes.

A project open for editing holds OS locks (released by the OS if the program dies) on the
file's real identity: ``REAL_PATH.lock`` beside it (symlinks resolved) and the database file's
inode, so a second editor is refused under any name, with a message that names the holder;
readers open read-only. A write goes through only if no other program committed since this
editor read the project (SQLite's ``data_version``) and each row is what the editor last saw:
otherwise nothing is written and the editor is told to reopen the project. A read-only or
multiply linked file is not edited; a damaged one gives one line naming what is wrong. This module is the only one that knows the file; the core sees the
:class:`~minedesk.core.project.ProjectStore` protocol (docs/decisions/0005-project-store.md).
"""

from __future__ import annotations

import datetime as _dt
import errno
import getpass
import json
import os
import socket
import sqlite3
import struct
import tempfile
import threading
from pathlib import Path

import numpy as np
import shapely
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError, ProjError

from minedesk import __version__
from minedesk.core.errors import InputError
from minedesk.core.project import Applied, Change, ProjectData, TableData
from minedesk.core.schema import (  # the schema is the core's (a PostGIS store writes the same)
    FIND_COLUMNS,
    HAZARD_COLUMNS,
    READING_FINDING_COLUMNS,
    READING_FINDINGS,
    RELEASE_COLUMNS,
    SCHEMA_VERSION,
    SPATIAL,
    TABLES,
    TASK_ORDER_COLUMNS,
)
from minedesk.core.validation import Finding

APPLICATION_ID = 0x47504B47  # "GPKG"


def _add_task_orders(conn: sqlite3.Connection) -> None:
    """Schema 1 -> 2: the task orders table, registered so that GIS lists it."""
    cols = ", ".join(f'"{n}" {t}' for n, t in TASK_ORDER_COLUMNS)
    conn.execute(f'CREATE TABLE IF NOT EXISTS "task_orders" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {cols})')
    conn.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, last_change) "
                 "VALUES ('task_orders', 'attributes', 'task_orders', strftime('%Y-%m-%dT%H:%M:%fZ','now'))")


def _add_reading_findings(conn: sqlite3.Connection) -> None:
    """Schema 2 -> 3: the table of what was found when the project's files were read."""
    cols = ", ".join(f'"{n}" {t}' for n, t in READING_FINDING_COLUMNS)
    conn.execute(f'CREATE TABLE IF NOT EXISTS "{READING_FINDINGS}" '
                 f'("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {cols})')
    conn.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, last_change) "
                 f"VALUES ('{READING_FINDINGS}', 'attributes', '{READING_FINDINGS}', "
                 "strftime('%Y-%m-%dT%H:%M:%fZ','now'))")


#: Migrations: ``MIGRATIONS[v]`` turns a schema-v project into v+1 inside one transaction.
MIGRATIONS: dict[int, object] = {1: _add_task_orders, 2: _add_reading_findings}


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
    if not isinstance(blob, (bytes, bytearray, memoryview)) or bytes(blob[:2]) != b"GP" or len(blob) < 8:
        raise ValueError("not a GeoPackage geometry")
    return 8 + _ENVELOPE_BYTES[(blob[3] >> 1) & 0b111]


def decode_geometries(blobs) -> np.ndarray:
    """Shapely geometries from GeoPackage blobs (None stays None); raises on a blob that is not one."""
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
class ProjectNotEditable(InputError):
    """The project cannot be opened for editing now; it can still be read."""


#: What a second editor is told. The lock is the holder's, kept by the operating system until that
#: program closes the project or ends (a crash included); the ``.lock`` file it is taken on stays.
LOCKED_HINT = ("close it there first (the lock ends when that program closes the project or stops, even by a crash; "
               "the empty .lock file beside the project is not itself a lock and may stay); "
               "reading it (tally, history, export) works meanwhile")


class ProjectLocked(ProjectNotEditable):
    """The project is open for editing elsewhere."""


class ProjectReadOnly(ProjectNotEditable):
    """The project (or its folder) cannot be written by this user, or lies on a read-only disk."""


class ProjectChanged(InputError):
    """Another program wrote to the project after this editor read it: writing now could
    overwrite its change, so nothing is written."""


READ_ONLY_HINT = ("it opens read-only for reading (tally, export, history, the window); to edit it, ask for write "
                  "access to the file and its folder, or copy it to a folder you can write to")
CHANGED_PROBLEM = "was changed by another program since it was opened here; nothing was written"
CHANGED_HINT = "reopen it to see that change, then do this again"


def real_path(path) -> Path:
    """The project's one true name: symlinks resolved (hard links are caught by the inode lock)."""
    return Path(os.path.realpath(path))


_held_lock = threading.Lock()
_held: set[tuple[int, int]] = set()  # (device, inode) of the projects this process edits
# one descriptor per project file this process has edited, kept open for the life of the process:
# closing a descriptor of a database file drops every POSIX lock the process holds on it, SQLite's
# own included (https://www.sqlite.org/howtocorrupt.html, 2.2)
_inode_fds: dict[tuple[int, int], int] = {}


class _Lock:
    """An editing session's claim on a project, on the file's real identity.

    Two OS locks, both dropped by the OS if the holder dies: one on ``REAL_PATH.lock`` beside the
    project (symlinks resolved; it names the holder, and works between computers on a shared
    folder), one on the database file itself (its device and inode: a hard link, a bind mount or
    any other name of the same file finds it taken). See docs/decisions/0005-project-store.md.
    """

    def __init__(self, project: Path):
        real = real_path(project)
        self.path = real.with_name(real.name + ".lock")
        self.key = None
        try:
            self.fh = open(self.path, "a+")  # noqa: SIM115 - held for the life of the store
        except OSError as err:
            raise ProjectReadOnly(project, "cannot be edited: its lock file {name} cannot be made ({value})", READ_ONLY_HINT, name=self.path.name, value=err.strerror.lower() if err.strerror else err) from None
        try:
            _lock_file(self.fh)
        except OSError:
            self.fh.seek(0)
            holder = self.fh.read().strip() or "another program"
            self.fh.close()
            raise ProjectLocked(project, "is open for editing in {holder}",
                                LOCKED_HINT, holder=holder) from None
        try:
            self.key = _lock_inode(real)
        except OSError as err:
            _unlock_file(self.fh)
            self.fh.close()
            if not isinstance(err, _Taken):
                raise ProjectReadOnly(project, "cannot be edited ({value})",
                                      READ_ONLY_HINT, value=(err.strerror or str(err)).lower()) from None
            raise ProjectLocked(project, "is open for editing in another program, under another of its names "
                                         "(a link to the same file)",
                                LOCKED_HINT) from None
        try:  # who holds it, for the refusal message (only that: a full disk does not stop the edit here)
            self.fh.seek(0)
            self.fh.truncate()
            self.fh.write(f"MineDesk (process {os.getpid()} on {socket.gethostname()}, user {current_user()})")
            self.fh.flush()
        except OSError:
            pass

    def release(self) -> None:
        if not self.fh.closed:
            _unlock_inode(self.key)
            self.key = None
            try:
                self.fh.seek(0)
                self.fh.truncate()
            except OSError:
                pass
            _unlock_file(self.fh)
            try:
                self.fh.close()
            except OSError:
                pass


class _Taken(OSError):
    """Another editor holds the file."""


def _lock_inode(real: Path):
    """Claim the database file (by device and inode) for this editor; _Taken if it is claimed."""
    st = os.stat(real)
    key = (st.st_dev, st.st_ino)
    with _held_lock:
        if key in _held:  # this process edits it already, under this name or another
            raise _Taken("held in this process")
        if os.name == "nt":  # pragma: no cover - no lock inside the file there (see _lock_fd)
            _held.add(key)
            return key
        fd = _inode_fds.get(key)
        if fd is not None:
            try:
                same = (lambda s: (s.st_dev, s.st_ino) == key and s.st_nlink > 0)(os.fstat(fd))
            except OSError:
                same = False
            if not same:  # the file was replaced and its inode number reused: keep the old one open
                fd = None
        if fd is None:
            fd = os.open(real, os.O_RDWR | getattr(os, "O_CLOEXEC", 0))  # a write lock needs it; never written
            _inode_fds[key] = fd
        try:
            _lock_fd(fd)
        except OSError as err:
            if err.errno in (errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK):
                raise _Taken(str(err)) from None
            raise
        _held.add(key)
    return key


def _unlock_inode(key) -> None:
    if key is None:
        return
    with _held_lock:
        fd = _inode_fds.get(key)
        if fd is not None and key in _held:
            try:
                _unlock_fd(fd)
            except OSError:
                pass
        _held.discard(key)


if os.name == "nt":  # pragma: no cover - Windows
    import msvcrt

    def _lock_file(fh):
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(fh):
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

    # Windows locks are mandatory: a lock inside the database file would stop SQLite reading it.
    # There the lock file (real path) stands alone; the data_version check still refuses to write
    # over another program's change.
    def _lock_fd(fd):
        pass

    def _unlock_fd(fd):
        pass
else:
    import fcntl

    def _lock_file(fh):
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(fh):
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    # On Linux an open-file-description lock on one byte far beyond any page SQLite uses (it locks
    # bytes at 1 GiB): it neither meets SQLite's locks nor, on NFS, blocks readers. Elsewhere flock.
    _FAR_BYTE = 1 << 62

    def _flock_struct(kind: int) -> bytes:
        return struct.pack("hhqqi4x", kind, os.SEEK_SET, _FAR_BYTE, 1, 0)

    if hasattr(fcntl, "F_OFD_SETLK"):
        def _lock_fd(fd):
            fcntl.fcntl(fd, fcntl.F_OFD_SETLK, _flock_struct(fcntl.F_WRLCK))

        def _unlock_fd(fd):
            fcntl.fcntl(fd, fcntl.F_OFD_SETLK, _flock_struct(fcntl.F_UNLCK))
    else:  # pragma: no cover - macOS, BSD
        def _lock_fd(fd):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

        def _unlock_fd(fd):
            fcntl.flock(fd, fcntl.LOCK_UN)


def current_user() -> str:
    try:
        return os.environ.get("MINEDESK_USER") or getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        return "unknown"


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


# --------------------------------------------------------------------------- what can go wrong
DAMAGED_HINT = "restore it from a copy (or repair it in QGIS); MineDesk changed nothing"
_DECODE_ERRORS = (shapely.errors.GEOSException, KeyError, IndexError, struct.error, ValueError, TypeError)


def sqlite_problem(path, err: sqlite3.Error) -> InputError:
    """The one line for an SQLite error on a project (read-only, full, busy, damaged ...)."""
    name = getattr(err, "sqlite_errorname", "") or ""
    text = str(err)
    if name == "SQLITE_READONLY_ROLLBACK":
        real = real_path(path)
        if os.access(real, os.W_OK) and os.access(real.parent, os.W_OK | os.X_OK):
            # MineDesk rolls back only what its own editors left (their lock file is beside it)
            return InputError(path, "holds a half-written change ({name}-journal) left by another program that stopped", "open it once in that program (QGIS, say) so that it rolls the "
                                                    "change back, or restore it from a copy", name=real.name)
        return InputError(path, "holds a half-written change ({name}-journal) left by a program that stopped, and only someone who may write to the file and its folder can undo it",
                          "open it once with write access (as its owner, say); until then it cannot be read safely", name=real.name)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return ProjectReadOnly(path, "is read-only: nothing was written", READ_ONLY_HINT)
    if name.startswith("SQLITE_FULL"):
        return InputError(path, "cannot be written: the disk is full; nothing was written",
                          "free some space and do it again")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return InputError(path, "is busy: another program kept it locked for 15 seconds; nothing was written",
                          "try again when that program is done")
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return InputError(path, "cannot be opened ({text})", "check that it is there and that you may read it", text=text)
    if name.startswith("SQLITE_IOERR"):
        return InputError(path, "cannot be read or written ({text}); nothing was written",
                          "check the disk or the network folder, then try again", text=text)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return InputError(path, "is damaged ({text})", DAMAGED_HINT, text=text)
    return InputError(path, "cannot be used as a project ({text})", DAMAGED_HINT, text=text)


def _damage(conn: sqlite3.Connection) -> tuple[str | None, int]:
    """What another program broke in a project's structure (None when whole), and its schema version."""
    row = conn.execute("SELECT value FROM minedesk_meta WHERE key='schema_version'").fetchone()
    if row is None:
        return "has no schema_version in its minedesk_meta table", 0
    try:
        version = int(str(row[0]).strip())
    except ValueError:
        return f"has schema_version {row[0]!r} in its minedesk_meta table, not a number", 0
    if version > SCHEMA_VERSION:
        return None, version  # said by the caller: made by a newer MineDesk
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    wanted = {"hazards": HAZARD_COLUMNS, "releases": RELEASE_COLUMNS, "finds": FIND_COLUMNS,
              "audit_log": [(c, "") for c in ("time", "user", "action", "label", "changes")]}
    if version >= 2:
        wanted["task_orders"] = TASK_ORDER_COLUMNS
    for table, columns in wanted.items():
        if table not in tables:
            return f"has no {table} table", version
        have = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        missing = [c for c in ["fid"] + (["geom"] if table in SPATIAL else []) + [n for n, _ in columns]
                   if c not in have]
        if missing:
            return f"has no column{'s' if len(missing) > 1 else ''} {', '.join(missing)} in its {table} table", version
    return None, version


def _srs(conn: sqlite3.Connection) -> tuple[int, CRS] | str:
    """The project's SRS id and CRS, or what is wrong with them."""
    row = conn.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name='hazards'").fetchone()
    if row is None or row[0] is None:
        return "has no hazards layer in gpkg_geometry_columns"
    srs_id = int(row[0])
    found = conn.execute("SELECT definition, organization, organization_coordsys_id FROM gpkg_spatial_ref_sys "
                         "WHERE srs_id=?", (srs_id,)).fetchone()
    if found is None:
        return f"has no spatial reference system {srs_id} (its gpkg_spatial_ref_sys row is missing)"
    definition, org, code = found
    try:
        crs = CRS.from_user_input(f"{org}:{code}") if org and org.upper() == "EPSG" else CRS.from_wkt(definition)
    except Exception as err:  # noqa: BLE001 - pyproj raises CRSError or TypeError on damaged text
        return f"has a spatial reference system {srs_id} that cannot be read ({err})"
    try:  # PROJ may read a CRS it cannot convert (a projection method of no known name)
        Transformer.from_crs(crs, 4326, always_xy=True)
    except (CRSError, ProjError) as err:
        return f"has a spatial reference system {srs_id} that PROJ cannot convert to longitude/latitude ({err})"
    return srs_id, crs


def _why_not_project(path: Path) -> InputError:
    """The one line for a .gpkg that did not open as a project."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as err:
        return InputError(path, "cannot be read ({value})",
                          "ask for read access to it, or copy it somewhere you can read it", value=(err.strerror or str(err)).lower())
    if head != b"SQLite format 3\x00":
        return InputError(path, "is not a GeoPackage (not an SQLite database: damaged or another kind of file)",
                          DAMAGED_HINT)
    return InputError(path, "is not a MineDesk project (no minedesk_meta table)",
                      "make one from it with: minedesk import FILE -o PROJECT.gpkg")


# --------------------------------------------------------------------------- the store
def is_project(path) -> bool:
    """Whether ``path`` is a MineDesk project (a GeoPackage with a ``minedesk_meta`` table).

    Raises InputError for a project that cannot be read safely now (a half-written change that
    this user cannot roll back)."""
    path = Path(path)
    try:
        if path.suffix.lower() != ".gpkg" or not path.is_file():
            return False
    except OSError:  # a folder on its path cannot be searched: the reader then says so, naming the file
        return False
    real = real_path(path)
    if real.with_name(real.name + "-journal").exists() and real.with_name(real.name + ".lock").exists():
        # a MineDesk editor worked here (its lock file) and left a journal: if no editor holds the
        # project now, that is a half-written change to roll back before anyone can read it.
        # A GeoPackage MineDesk never edited has no lock file and is never written to.
        _recover(real)
    try:
        conn = sqlite3.connect(f"file:{_uri(real)}?mode=ro", uri=True, timeout=15)
        try:
            return conn.execute("SELECT 1 FROM sqlite_master WHERE name='minedesk_meta'").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error as err:
        if getattr(err, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
            raise sqlite_problem(path, err) from None
        return False
    except UnicodeDecodeError:  # a damaged page in the schema table: garbage where table names are
        raise InputError(path, "is damaged (its table of tables cannot be read)",
                         "restore it from a copy; MineDesk left it as it is") from None


def _uri(path: Path) -> str:
    return str(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")


class GpkgStore:
    """A MineDesk project in a GeoPackage (see the module docstring)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, readonly: bool, lock: _Lock | None,
                 srs_id: int, crs: CRS):
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self._lock = lock
        self._columns: dict[str, list[str]] = {}
        for table in TABLES:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            if columns:  # a schema-1 project opened read-only has no task_orders table
                self._columns[table] = columns
        self.srs_id = srs_id
        self.crs = crs
        # SQLite's count of commits by other connections: the editor writes only while it is the
        # one it read (anything else is another program's change: a conflict, never overwritten)
        self._data_version = self._version()

    def _version(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path, readonly: bool = False) -> GpkgStore:
        path = Path(path)
        if not path.is_file():
            raise InputError(path, "no such project", "make one with: minedesk import HAZARDS -o PROJECT.gpkg")
        if not is_project(path):
            raise _why_not_project(path)
        real = real_path(path)
        if not readonly:
            _check_writable(path, real)
        lock = None if readonly else _Lock(path)
        conn = None
        try:
            # a project may be opened in a worker thread and used in the GUI thread: calls are
            # never concurrent (the Project serialises them), so the same-thread check is off
            if readonly:
                conn = sqlite3.connect(f"file:{_uri(real)}?mode=ro", uri=True, isolation_level=None,
                                       check_same_thread=False)
            else:  # by its real name: SQLite's journal goes beside the real file, whatever name was given
                conn = sqlite3.connect(real, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 15000")
            if not readonly:
                conn.execute("PRAGMA journal_mode = DELETE")
                # EXTRA, not FULL: the folder is fsynced after the journal is deleted, so a power
                # cut just after "done" cannot bring the journal back and roll the command back
                conn.execute("PRAGMA synchronous = EXTRA")
            _register_functions(conn)
            problem, version = _damage(conn)
            if problem:
                raise InputError(path, "is damaged: it {problem_}", DAMAGED_HINT, problem_=problem)
            if version > SCHEMA_VERSION:
                raise InputError(path, "was made by a newer MineDesk (project schema {version}, this one reads up to {schema_version})", "update MineDesk to open it", version=version, schema_version=SCHEMA_VERSION)
            srs = _srs(conn)
            if isinstance(srs, str):
                raise InputError(path, "is damaged: it {srs}", DAMAGED_HINT, srs=srs)
            if version < SCHEMA_VERSION and not readonly:
                _migrate(conn, version)
            return cls(path, conn, readonly, lock, *srs)
        except sqlite3.Error as err:
            if conn is not None:
                conn.close()
            if lock:
                lock.release()
            raise sqlite_problem(path, err) from None
        except BaseException:
            if conn is not None:
                conn.close()
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
        try:
            self.conn.execute("BEGIN")
            try:
                tables = {}
                for table, columns in self._columns.items():
                    names = [c for c in columns if c != "fid"]
                    rows = self.conn.execute(f'SELECT fid, {", ".join(_q(c) for c in names)} FROM "{table}" '
                                             'ORDER BY fid').fetchall()
                    fids = np.array([r[0] for r in rows], dtype=np.int64)
                    values = {}
                    for j, name in enumerate(names, start=1):
                        column = [r[j] for r in rows]
                        values[name] = self._geometries(table, fids, column) if name == "geom" else \
                            np.array(column, dtype=object)
                    seq = self.conn.execute("SELECT seq FROM sqlite_sequence WHERE name=?", (table,)).fetchone()
                    tables[table] = TableData(table, names, fids, values,
                                              max(int(seq[0]) if seq else 0, int(fids.max(initial=0))))
                meta = dict(self.conn.execute("SELECT key, value FROM minedesk_meta").fetchall())
                found = self._reading_findings()
                self._data_version = self._version()  # the state this snapshot shows
            finally:
                self.conn.execute("COMMIT")
        except sqlite3.Error as err:
            raise sqlite_problem(self.path, err) from None
        return ProjectData(crs=self.crs, tables=tables, meta=meta, reading_findings=found)

    def _reading_findings(self) -> list[Finding]:
        """What reading the project's files found (none in a project older than schema 3, or one
        another program emptied); a row another program damaged is read as text, never refused."""
        if not self.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                 (READING_FINDINGS,)).fetchone():
            return []
        rows = self.conn.execute(f'SELECT layer, source, feature, kind, detail FROM "{READING_FINDINGS}" ORDER BY fid')
        return [Finding(_text(feature), _text(kind), _text(detail), source=_text(source), layer=_text(layer))
                for layer, source, feature, kind, detail in rows.fetchall()]

    def _geometries(self, table: str, fids, blobs) -> np.ndarray:
        try:
            return decode_geometries(blobs)
        except _DECODE_ERRORS:
            for fid, blob in zip(fids, blobs, strict=True):
                try:
                    decode_geometries([blob])
                except _DECODE_ERRORS as err:
                    raise InputError(self.path, "is damaged: the geometry of {table} feature {fid} cannot be read ({err})", "fix or delete that feature in QGIS, or restore the "
                                                            "project from a copy", table=table, fid=fid, err=err) from None
            raise

    def history(self) -> list[dict]:
        try:
            rows = self.conn.execute("SELECT fid, time, user, action, label, changes FROM audit_log "
                                     "ORDER BY fid").fetchall()
        except sqlite3.Error as err:
            raise sqlite_problem(self.path, err) from None
        out = []
        for r in rows:
            try:
                changes = json.loads(r[5]) if r[5] else []
                if not isinstance(changes, list):
                    raise ValueError("not a list of changes")
            except (ValueError, TypeError) as err:
                raise InputError(self.path, "is damaged: its audit log entry {value} cannot be read ({err})",
                                 "restore it from a copy; the features themselves are not affected", value=r[0], err=err) from None
            out.append({"seq": r[0], "time": _text(r[1]), "user": _text(r[2]), "action": _text(r[3]),
                        "label": _text(r[4]), "changes": changes})
        return out

    def columns(self, table: str) -> list[str]:
        return [c for c in self._columns[table] if c != "fid"]

    # ------------------------------------------------------------------ writing
    def apply(self, changes: list[Change], action: str, label: str) -> list[Applied]:
        """Write a command's changes and its audit entry in one transaction."""
        return self._write([(c.table, c.fid, None if c.values is None else self._encode_row(c.table, c.values),
                             _EXPECT_ROW if c.exists else (None if c.exists is False else _ANY))
                            for c in changes], action, label)

    def replay(self, raw: list[tuple], action: str, label: str) -> list[Applied]:
        """Write rows exactly as they were (undo and redo): byte for byte. Each item is
        ``(table, fid, row, expected)``: ``expected`` is the row the editor last saw there (None: none)."""
        return self._write(raw, action, label)

    def _write(self, raw_changes, action: str, label: str) -> list[Applied]:
        if self.readonly:
            raise InputError(self.path, "is open read-only", "open it for editing to change it")
        conn = self.conn
        applied = []
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                if self._version() != self._data_version:  # another program committed since we read
                    raise ProjectChanged(self.path, CHANGED_PROBLEM, CHANGED_HINT)
                for table, fid, after, *expected in raw_changes:
                    expected = expected[0] if expected else _ANY
                    cols = self.columns(table)
                    row = conn.execute(f'SELECT {", ".join(_q(c) for c in cols)} FROM "{table}" WHERE fid=?',
                                       (fid,)).fetchone()
                    before = None if row is None else dict(zip(cols, row, strict=True))
                    if not (expected is _ANY or (expected is _EXPECT_ROW and before is not None) or
                            (expected is not _EXPECT_ROW and before == expected)):
                        # a row where the editor had none (never overwritten), or not the row it had
                        raise ProjectChanged(self.path, CHANGED_PROBLEM, CHANGED_HINT)
                    if after is None:
                        conn.execute(f'DELETE FROM "{table}" WHERE fid=?', (fid,))
                    elif before is None:
                        conn.execute(f'INSERT INTO "{table}" (fid, {", ".join(_q(c) for c in cols)}) '
                                     f'VALUES (?{", ?" * len(cols)})', (fid, *[after.get(c) for c in cols]))
                    else:  # UPDATE, not REPLACE: GeoPackage's triggers keep the R-tree and counts right
                        conn.execute(f'UPDATE "{table}" SET {", ".join(_q(c) + "=?" for c in cols)} WHERE fid=?',
                                     (*[after.get(c) for c in cols], fid))
                    if after is not None:  # as stored (SQLite's column types), so that undo finds it again
                        stored = conn.execute(f'SELECT {", ".join(_q(c) for c in cols)} FROM "{table}" WHERE fid=?',
                                              (fid,)).fetchone()
                        after = dict(zip(cols, stored, strict=True))
                    applied.append(Applied(table, fid, before, after, self._decode_row(before),
                                           self._decode_row(after)))
                conn.execute("INSERT INTO audit_log (time, user, action, label, changes) VALUES (?, ?, ?, ?, ?)",
                             (_now(), current_user(), action, label, json.dumps(
                                 [_audit(a) for a in applied], ensure_ascii=False)))
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as err:
            raise sqlite_problem(self.path, err) from None
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


_ANY = object()  # no expectation (a caller that does not say)
_EXPECT_ROW = object()  # a row must be there (the editor updates or deletes one it read)


def _text(value) -> str:
    return "" if value is None else str(value)


def _check_writable(path: Path, real: Path) -> None:
    """Refuse to edit what cannot be written (the file, or its folder where the journal and the
    lock go) or what has several names (hard links: SQLite's journal is named after the name a
    program used, so a crash could not be rolled back by a program using another name)."""
    if not os.access(real, os.W_OK):
        raise ProjectReadOnly(path, "is read-only (you may not write to the file, or the disk is read-only)",
                              READ_ONLY_HINT)
    if not os.access(real.parent, os.W_OK | os.X_OK):
        raise ProjectReadOnly(path, "is read-only: you may not write to its folder, where the edit journal "
                                    "and the lock file go", READ_ONLY_HINT)
    links = os.stat(real).st_nlink
    if links > 1:
        raise ProjectReadOnly(path, "has {links} names (hard links), so it opens read-only: an edit cut off by a crash could not be rolled back through its other names",
                              "to edit it, copy it (cp, not ln) and open the copy, or remove its other links", links=links)


def _recover(path: Path) -> None:
    """Roll back an edit that a killed program left half-written (a hot journal), so that a
    read-only open sees the last committed state. Only when no editor holds the project: an
    editor's journal is not hot, readers simply wait for its commit. A user who may not write
    to the project leaves it be (opening it then says so)."""
    if not path.with_name(path.name + "-journal").exists():
        return
    try:
        lock = _Lock(path)
    except ProjectNotEditable:
        return
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reading rolls it back
        finally:
            conn.close()
    except sqlite3.Error:
        pass
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
#: minedesk_meta key: how the files a project was made from were read (JSON: layer, CRS, encoding,
#: the field and value mapping), so the next delivery can be read the same way.
READ_AS = "read_as"


def create(path, crs: CRS, hazards: dict, releases: dict, source: str = "", findings=(),
           meta: dict | None = None) -> Path:
    """Write a new project. ``hazards`` and ``releases`` map column name -> array, with "geom"
    holding shapely geometries in ``crs``; ``findings``: what reading the files found (kept in
    the project's reading_findings table); ``meta``: more minedesk_meta entries (e.g.
    :data:`READ_AS`). The file appears only when complete."""
    from pyogrio.raw import write

    path = Path(path)
    if path.exists():
        raise InputError(path, "already exists", "choose another name, or delete or rename the old project first")
    fd, tmp = tempfile.mkstemp(suffix=".gpkg", prefix=f".{path.stem}-", dir=path.parent)
    os.close(fd)
    os.unlink(tmp)
    crs_text = crs.to_wkt()
    try:
        for i, (layer, columns) in enumerate((("hazards", hazards), ("releases", releases), ("finds", empty_finds()))):
            geom = columns["geom"]
            multi = np.array([None if g is None else shapely.to_wkb(_multi(g) if layer != "finds" else g, output_dimension=2)
                              for g in geom], dtype=object)
            names = [c for c in columns if c != "geom"]
            write(tmp, multi, [column_array(columns[c]) for c in names], names, driver="GPKG",
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
            _add_reading_findings(conn)
            conn.executemany(f'INSERT INTO "{READING_FINDINGS}" (layer, source, feature, kind, detail) '
                             'VALUES (?, ?, ?, ?, ?)', [(f.layer, f.source, str(f.label), f.kind, f.detail)
                                                        for f in findings])
            conn.executemany("INSERT INTO minedesk_meta (key, value) VALUES (?, ?)", [
                ("schema_version", str(SCHEMA_VERSION)), ("created", _now()), ("created_by", current_user()),
                ("minedesk_version", __version__), ("imported_from", source), *sorted((meta or {}).items())])
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


def column_array(values) -> np.ndarray:
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


def empty_finds() -> dict:
    out = {"geom": np.array([], dtype=object)}
    for name, kind in FIND_COLUMNS:
        out[name] = np.array([], dtype={"TEXT": object, "INTEGER": np.int64, "REAL": np.float64}[kind])
    return out
