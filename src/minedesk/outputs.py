"""Every file MineDesk writes goes through here: what may be written, and how.

The rules (README, "What MineDesk never writes over"):

- no command writes over one of its inputs (any file of an input shapefile set, a zip, a
  GeoPackage and its journal), compared by the file's identity (device and inode, so a
  symlink or a hard link to an input is the input), nor over any MineDesk project, even when
  asked to;
- an existing output file is replaced only when the operator says so (``--overwrite`` on the
  command line, the save dialog's own question in the window);
- every file a command would write is checked, not only the one named: a shapefile's
  ``.shp .shx .dbf .prj .cpg``, the ``_releases`` and ``_finds`` companions of an export, the
  CSV beside a summary PDF;
- an output is written to a temporary file in its own folder, flushed to disk, and renamed into
  place only when complete: an error or a full disk leaves the old file (or none), never half of
  a new one.

Use::

    with Outputs([out_pdf], inputs=[project_path], overwrite=args.overwrite) as out:
        document.write_pdf(out.temp(out_pdf))
        out.commit()

This module imports only the standard library (the QGIS plugin carries it with ``report``).
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import sqlite3
import struct
from collections.abc import Iterable
from pathlib import Path

from minedesk.core.errors import InputError

#: What GDAL writes for one shapefile.
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
#: Files SQLite and MineDesk keep beside a GeoPackage.
PROJECT_COMPANIONS = ("-journal", "-wal", "-shm", ".lock")
_SQLITE_MAGIC = b"SQLite format 3\x00"


# --------------------------------------------------------------------------- what a path stands for
def output_files(path) -> list[Path]:
    """The files writing ``path`` makes: a shapefile's parts, else the path itself."""
    path = Path(path)
    if path.suffix.lower() == ".shp":
        return [path.with_suffix(s) for s in SHAPEFILE_PARTS]
    return [path]


def input_files(path) -> list[Path]:
    """The files an input consists of: every file of a shapefile set (same name, any
    extension), a GeoPackage with its journal and lock, else the file itself."""
    path = Path(path)
    out = [path]
    suffix = path.suffix.lower()
    if suffix in SHAPEFILE_PARTS or suffix in (".qix", ".sbn", ".sbx", ".xml"):
        stem = path.stem.lower()
        try:
            out += [p for p in path.parent.iterdir() if p.stem.lower() == stem or p.name.lower().startswith(stem + ".")]
        except OSError:
            pass
    elif suffix == ".gpkg":
        out += [path.with_name(path.name + c) for c in PROJECT_COMPANIONS]
    return out


def is_project_file(path) -> bool:
    """Whether ``path`` is a MineDesk project (whatever its name), or a file SQLite or
    MineDesk keeps beside one (its journal, its lock). Reads only; never recovers anything."""
    path = Path(path)
    for companion in PROJECT_COMPANIONS:
        if path.name.endswith(companion) and len(path.name) > len(companion):
            if is_project_file(path.with_name(path.name[: -len(companion)])):
                return True
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != _SQLITE_MAGIC:
                return False
    except OSError:
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT 1 FROM sqlite_master WHERE name='minedesk_meta'").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return True  # an SQLite file we cannot read: treat it as a project, never write over it


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# --------------------------------------------------------------------------- the plan
def protected(target, inputs: Iterable = ()) -> Path | str | None:
    """Why ``target`` may never be written, even when the operator agrees: the input file it
    is (by identity: a symlink or hard link to an input is the input), ``"project"`` when it
    is a MineDesk project or a file beside one, else None. ``inputs`` are input paths (each
    stands for all its files, see :func:`input_files`)."""
    target = Path(target)
    if not os.path.lexists(target):
        return None
    for path in inputs:
        for source in input_files(path) if path is not None else ():
            if _same_file(target, source):
                return source
    return "project" if is_project_file(target) else None


#: the names each kind of document must end with: a PDF is never written into ``x.dbf``
PDF, CSV, PICTURE = (".pdf",), (".csv",), (".png", ".jpg", ".jpeg")


def require_suffix(path, suffixes: tuple[str, ...], what: str) -> None:
    """Refuse to write ``what`` under a name that says it is something else (``report --csv
    in.dbf``, ``-o hazards.shp``): the name is how every program, MineDesk included, knows a file."""
    if path is not None and Path(path).suffix.lower() not in suffixes:
        raise InputError(path, "is not a name for {what} (it ends {value})",
                         "end it with {items}", what=what, value=Path(path).suffix or 'with no extension', items=' or '.join(suffixes))


def check_targets(targets: Iterable, inputs: Iterable = (), overwrite: bool | Iterable = False,
                  option: str = "--overwrite") -> list[Path]:
    """Refuse (``InputError``) a set of files to write when one of them is a folder, is in a
    missing folder, is one of ``inputs``, is a MineDesk project, is named twice, or exists
    and ``overwrite`` does not allow it. ``overwrite`` is True, False, or the paths (and
    their shapefile parts) the operator already agreed to replace. Returns the targets."""
    targets = [Path(t) for t in targets]
    if isinstance(overwrite, bool):
        allowed = None if overwrite else set()
    else:
        allowed = {os.path.abspath(f) for p in overwrite for f in output_files(p)}
    inputs_all = [i for i in inputs if i is not None]
    seen: dict[str, Path] = {}
    for target in targets:
        key = os.path.normcase(os.path.abspath(target))
        if key in seen:
            raise InputError(target, "is named twice as an output", "give each output its own name")
        seen[key] = target
        parent = target.parent if str(target.parent) else Path(".")
        if target.is_dir():
            raise InputError(target, "is a folder, not a file name", "give the name of a file inside it")
        if not parent.exists():
            raise InputError(parent, "folder does not exist", "create it first, or choose another folder")
        if not parent.is_dir():
            raise InputError(target, "{parent} is not a folder", "choose a file name in a folder", parent=parent)
        if not os.path.lexists(target):
            continue
        source = protected(target, inputs_all)
        if source == "project":
            raise InputError(target, "already exists and is a MineDesk project (or a file kept beside one)",
                             "MineDesk never writes over a project, even with --overwrite; choose another name")
        if source is not None:
            same = "" if os.path.abspath(target) == os.path.abspath(source) else f" (the same file as {source})"
            raise InputError(target, "is one of this command's inputs{same}",
                             "MineDesk never writes over its inputs; choose another name", same=same)
        if allowed is not None and os.path.abspath(target) not in allowed:
            raise InputError(target, "already exists", "give {option} to replace it, or choose another name", option=option)
    return targets


class Outputs:
    """A set of files written together: each to a temporary file in its own folder, renamed
    into place by :meth:`commit`; on an error (or without a commit) the temporaries go and
    the old files stay. Shapefile parts of one name share one temporary name."""

    def __init__(self, targets: Iterable, *, inputs: Iterable = (), overwrite: bool | Iterable = False,
                 option: str = "--overwrite"):
        self._rules = (list(inputs), overwrite, option)
        self.targets = check_targets(targets, *self._rules)
        self._stems: dict[Path, str] = {}
        self.committed: list[Path] = []

    def _key(self, target: Path) -> Path:
        return target.with_suffix("") if target.suffix.lower() in SHAPEFILE_PARTS else target

    def temp(self, target) -> Path:
        """Where to write ``target`` now (same folder, same extension, a hidden name)."""
        target = Path(target)
        key = self._key(target)
        if key not in self._stems:
            while True:
                stem = f".{key.name}.{secrets.token_hex(4)}.part"
                if not any(key.parent.glob(glob_escape(stem) + "*")):
                    break
            self._stems[key] = stem
        return target.parent / (self._stems[key] + target.suffix)

    def write(self, target, fn, errors: tuple = ()) -> Path:
        """``fn(temporary_path)`` writes ``target``'s content; an ``OSError`` (a full disk, a
        folder without write access), or one of ``errors`` (the writing library's), becomes
        one line naming ``target``."""
        tmp = self.temp(target)
        try:
            fn(tmp)
        except (OSError, *errors) as err:
            raise write_error(target, err) from None
        return tmp

    def _temps(self) -> list[Path]:
        out = []
        for key, stem in self._stems.items():
            try:
                out += [p for p in key.parent.iterdir() if p.name.startswith(stem)]
            except OSError:
                pass
        return out

    def commit(self) -> list[Path]:
        """Flush every temporary file to disk and rename it into place. A planned file that
        was not written is removed when an old one is there (only reachable with overwrite),
        so a set never mixes old and new parts. Returns the files now in place."""
        check_targets(self.targets, *self._rules)  # nothing appeared meanwhile
        pairs = [(self.temp(t), t) for t in self.targets]
        pairs = [(tmp, t) for tmp, t in pairs if tmp.exists()]
        existed = {t for _, t in pairs if os.path.lexists(t)}
        target = self.targets[0]
        try:
            for tmp, target in pairs:
                _fsync(tmp)
            for tmp, target in pairs:
                os.replace(tmp, target)
                self.committed.append(target)
        except OSError as err:
            for done in self.committed:  # a set is whole or absent: new files that were not there go again
                if done not in existed:
                    _unlink(done)
            self.committed = []
            raise write_error(target, err) from None
        written = {t for _, t in pairs}
        for target in self.targets:  # planned, not written (an export without finds), an old one there
            if target not in written and os.path.lexists(target):
                _unlink(target)
        for folder in {t.parent for t in self.committed}:
            _fsync_dir(folder)
        self.discard()
        return list(self.committed)

    def discard(self) -> None:
        """Remove every temporary file (after an error, or what a commit left)."""
        for p in self._temps():
            _unlink(p)

    def __enter__(self) -> Outputs:
        return self

    def __exit__(self, *exc) -> None:
        self.discard()


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_bytes(path, data: bytes) -> None:
    """Write ``data`` to ``path`` and flush it to disk (a full disk is an ``OSError`` here)."""
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def check_shapefile(shp) -> None:
    """Raise ``OSError`` unless the shapefile at ``shp`` is whole: GDAL does not report a
    write that failed (a full disk), so each part's size is checked against its header."""
    shp = Path(shp)

    def short(part: Path):
        return OSError(errno.ENOSPC, f"{part.suffix} part written short (disk full?)", str(part))

    for part in (shp, shp.with_suffix(".shx")):
        data = part.read_bytes()
        if len(data) < 100 or len(data) != struct.unpack(">i", data[24:28])[0] * 2:
            raise short(part)
    dbf = shp.with_suffix(".dbf")
    data = dbf.read_bytes()
    if len(data) < 12:
        raise short(dbf)
    records, header, record = struct.unpack("<IHH", data[4:12])
    if len(data) not in (header + records * record, header + records * record + 1):
        raise short(dbf)
    for suffix in (".prj", ".cpg"):
        part = shp.with_suffix(suffix)
        if part.exists() and part.stat().st_size == 0:
            raise short(part)


def write_error(path, err: Exception) -> InputError:
    """An error while writing ``path`` (a full disk, no write access) as the one line the user sees."""
    text = str(err).strip()
    reason = (err.strerror if isinstance(err, OSError) else None) or (text.splitlines()[0] if text else type(err).__name__)
    return InputError(path, "cannot be written ({reason})",
                      "check the folder is writable and has room, or choose another folder", reason=reason)


# --------------------------------------------------------------------------- CSV
_PLAIN_NUMBER = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A value as a CSV cell a spreadsheet will not run: text that starts with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return gets a leading single quote (OWASP, "CSV
    injection"); numbers, and text that is only a number (``-12.5``), stay as they are."""
    if not isinstance(value, str) or not value.startswith(_FORMULA_START):
        return value
    if _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value
