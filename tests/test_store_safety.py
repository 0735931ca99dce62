"""The project store against other names, other programs, bad shapes, read-only places and damage
(issue 11, items 2, 3 and 13).

- One editor per file, whatever name it is opened by (a symlink, a hard link), and a change by
  another program (sqlite3, GDAL) between an editor's load and its command is a conflict: nothing
  is written, nothing is lost, the other program's row stays.
- A command on a hazard whose stored shape is invalid (a bow-tie saved by another GIS) is checked
  and computed before it is written; what is written is acknowledged, once.
- Read-only and damaged projects give one line naming the file (exit 2), never a traceback, and
  never a changed file.

Every damaged project is made here from the ``blocks`` fixture. Permission tests run as a process
without CAP_DAC_OVERRIDE when the tests run as root (root ignores file permissions).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely
from pyogrio.raw import write as gdal_write

from conftest import X0, Y0
from minedesk import store as store_mod
from minedesk.core.commands import AddRelease, MarkReleased, MergeHazards, RecordDevices, SplitHazard
from minedesk.core.errors import InputError
from minedesk.core.project import Project
from minedesk.exchange import import_project, open_source
from minedesk.store import GpkgStore, ProjectChanged, ProjectLocked, ProjectNotEditable, ProjectReadOnly

WAIT = 180  # seconds, for a child on a loaded machine
BOW_TIE = shapely.MultiPolygon([shapely.Polygon([(X0, Y0), (X0 + 100, Y0 + 100), (X0 + 100, Y0), (X0, Y0 + 100)])])


@pytest.fixture
def project(blocks, tmp_path) -> Path:
    """H-1 (releases R1 to R3) and H-2 (R4), 1 ha each."""
    folder = tmp_path / "project"  # a folder of its own, to be made read-only
    folder.mkdir()
    path, _ = import_project(folder / "p.gpkg", *blocks)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def audit_count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        conn.close()


def other_program(path: Path) -> sqlite3.Connection:
    """A plain SQLite connection, as another program has one (with GeoPackage's trigger functions)."""
    conn = sqlite3.connect(path, isolation_level=None)
    store_mod._register_functions(conn)
    return conn


def set_hazard_shape(path: Path, fid: int, geom) -> None:
    conn = other_program(path)
    conn.execute("UPDATE hazards SET geom=? WHERE fid=?", (store_mod.encode_geometry(geom, 32638), fid))
    conn.close()


# =============================================================================== item 2: one editor
def test_a_second_editor_through_a_symlink_is_refused(project, run_cli):
    link = project.parent.parent / "link.gpkg"
    link.symlink_to(project)
    for first, second in ((project, link), (link, project)):
        with GpkgStore.open(first):
            with pytest.raises(ProjectLocked, match="open for editing"):
                GpkgStore.open(second)
            code, out, err = run_cli("release", second, "--hazard", "H-2", "--category", "cleared", "--whole")
            assert code == 2 and "done" not in out and len(err.strip().splitlines()) == 1, err
            assert "open for editing" in err
            with GpkgStore.open(second, readonly=True) as reader:  # readers are welcome
                assert len(reader.load().tables["hazards"].fids) == 2
    # the lock file is the real file's, not the link's
    assert not (link.parent / "link.gpkg.lock").exists()
    with GpkgStore.open(link):  # the lock went with the first editor
        pass


def test_a_hard_link_is_never_a_second_editor(project, run_cli):
    """A second name of the same file (same inode) finds it taken; and a file with several names is
    not edited at all, since SQLite names its journal after the name used: a crash could not be
    rolled back through the other name."""
    first = GpkgStore.open(project)  # opened while the file has one name
    try:
        link = project.parent.parent / "hard.gpkg"
        os.link(project, link)
        for name in (link, project):
            with pytest.raises(ProjectNotEditable):
                GpkgStore.open(name)
            code, out, err = run_cli("release", name, "--hazard", "H-2", "--category", "cleared", "--whole")
            assert code == 2 and "done" not in out and len(err.strip().splitlines()) == 1, err
        # the claim on the file itself (its inode) refuses the other name, lock file or not
        with pytest.raises(ProjectLocked, match="another of its names"):
            store_mod._Lock(link)
    finally:
        first.close()
    with pytest.raises(ProjectReadOnly, match="hard links"):
        GpkgStore.open(link)
    p = open_source(link, locked_readonly=True)  # the window: read-only, and says why
    try:
        assert p.store.readonly and "hard links" in p.readonly_reason
    finally:
        p.store.close()
    os.unlink(link)
    with GpkgStore.open(project):  # one name again: editable
        pass


@pytest.fixture
def bind_mount(tmp_path):
    """``bind(source, target, readonly)``: a folder or a file under a second name (same inodes)."""
    if os.name == "nt" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("bind mounts need root on a POSIX system")
    mounted: list[Path] = []

    def bind(source: Path, target: Path, readonly: bool = False) -> Path:
        target.mkdir() if source.is_dir() else target.touch()
        if subprocess.run(["mount", "--bind", str(source), str(target)], capture_output=True).returncode:
            pytest.skip("mount --bind is not allowed here")
        mounted.append(target)
        if readonly and subprocess.run(["mount", "-o", "remount,bind,ro", str(target)], capture_output=True).returncode:
            pytest.skip("a read-only bind mount is not allowed here")
        return target

    yield bind
    for target in reversed(mounted):
        subprocess.run(["umount", str(target)], capture_output=True, check=False)


def test_a_second_name_through_a_bind_mount_finds_the_file_taken(project, tmp_path, bind_mount, run_cli):
    """Same inode, one link, another path in another folder (so another lock file): only the lock
    on the file itself can see it."""
    (tmp_path / "mirror").mkdir()
    other = bind_mount(project, tmp_path / "mirror" / project.name)
    assert os.stat(other).st_ino == os.stat(project).st_ino and os.stat(other).st_nlink == 1
    with GpkgStore.open(project):
        with pytest.raises(ProjectLocked, match="another of its names"):
            GpkgStore.open(other)
        code, out, err = run_cli("release", other, "--hazard", "H-2", "--category", "cleared", "--whole")
        assert code == 2 and "done" not in out and "open for editing" in err, err
    with GpkgStore.open(other):  # free again
        pass


def test_a_project_on_a_read_only_disk_is_read_and_says_so_when_edited(project, tmp_path, bind_mount, run_cli):
    ro = bind_mount(project.parent, tmp_path / "ro", readonly=True) / project.name
    before = digest(project)
    code, out, err = run_cli("release", ro, "--hazard", "H-2", "--category", "cleared", "--whole")
    assert code == 2 and "read-only" in err and len(err.strip().splitlines()) == 1, err
    code, out, err = run_cli("tally", ro)
    assert code == 0, err
    p = open_source(ro, locked_readonly=True)
    try:
        assert p.store.readonly and "read-only" in p.readonly_reason
    finally:
        p.store.close()
    assert digest(project) == before


#: Two editors, one per name, release in a loop; each acknowledged release must be in the file.
EDITOR = r'''
import sys
from minedesk.core.commands import MarkReleased
from minedesk.core.errors import InputError
from minedesk.core.project import Project
from minedesk.exchange import open_source
path, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
try:
    project = open_source(path, files=False)
except InputError as err:
    print("REFUSED", err.message, flush=True)
    sys.exit(0)
print("READY", flush=True)
sys.stdin.readline()
for k in range(n):
    project.execute(MarkReleased("H-2", "cleared", team=f"{tag}{k}"))
    print(f"ACK {tag}{k}", flush=True)
project.store.close()
'''


@pytest.mark.parametrize("how", ["symlink", "hard link"])
def test_two_editor_processes_on_two_names_never_lose_a_release(project, how):
    other = project.parent.parent / "other.gpkg"
    (other.symlink_to if how == "symlink" else lambda t: os.link(t, other))(project)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    children = [subprocess.Popen([sys.executable, "-c", EDITOR, str(name), tag, "15"], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
                for name, tag in ((project, "A"), (other, "B"))]
    try:
        first = [c.stdout.readline().split()[0] for c in children]
        for c in children:
            if c.poll() is None:
                c.stdin.write("\n")
                c.stdin.flush()
        outs = [c.communicate(timeout=WAIT)[0] for c in children]
    finally:
        for c in children:
            if c.poll() is None:
                c.kill()
                c.wait()
    assert first.count("READY") <= 1, (first, outs)  # never two editors
    acked = {line.split()[1] for out in outs for line in out.splitlines() if line.startswith("ACK")}
    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    teams = {r[0] for r in conn.execute("SELECT team FROM releases")}
    conn.close()
    assert acked <= teams, sorted(acked - teams)


def test_an_insert_by_another_program_is_never_overwritten(project):
    """GDAL appends a release after the editor read the project: the editor's next release would
    take the same fid. It is a conflict: nothing written, the other row intact, the editor's state
    and undo stack as they were."""
    p = Project(GpkgStore.open(project))
    try:
        p.execute(MarkReleased("H-2", "reduced", team="mine"))
        history = audit_count(project)
        gdal_write(str(project), np.array([shapely.to_wkb(shapely.box(X0, Y0, X0 + 10, Y0 + 10))], dtype=object),
                   [np.array(["GDAL-1"], dtype=object), np.array(["H-1"], dtype=object),
                    np.array(["cleared"], dtype=object)],
                   ["release_id", "hazard_id", "category"], driver="GPKG", layer="releases",
                   geometry_type="MultiPolygon", crs="EPSG:32638", append=True)
        before = digest(project)
        totals = p.engine.totals()
        rows = {t: dict(r) for t, r in p.rows.items()}
        with pytest.raises(ProjectChanged, match="changed by another program"):
            p.execute(MarkReleased("H-1", "cleared", team="lost?"))
        assert digest(project) == before and audit_count(project) == history
        assert p.engine.totals() == totals and p.rows == rows and p.undo_label == "Mark H-2 reduced"
        with pytest.raises(ProjectChanged):  # nor may undo write over it
            p.undo()
        assert digest(project) == before and p.undo_label == "Mark H-2 reduced" and p.redo_label is None
    finally:
        p.store.close()
    with GpkgStore.open(project, readonly=True) as st:
        ids = set(st.load().tables["releases"].values["release_id"])
    assert {"GDAL-1", "H-2-R2"} <= ids and "H-1-R4" not in ids
    p = open_source(project)  # reopened: the editor sees the other program's row and goes on
    try:
        p.execute(MarkReleased("H-1", "cleared", team="after"))
    finally:
        p.store.close()


def test_a_row_another_program_changed_is_a_conflict_for_update_delete_and_undo(project):
    p = Project(GpkgStore.open(project))
    try:
        p.execute(RecordDevices("R1", {"AP": 1}))
        conn = other_program(project)
        conn.execute("UPDATE releases SET team='QGIS' WHERE release_id='R1'")
        conn.close()
        before = digest(project)
        for act in (lambda: p.execute(RecordDevices("R1", {"AP": 1})), p.undo):
            with pytest.raises(ProjectChanged):
                act()
            assert digest(project) == before
        assert p.hazard_tally("H-1").devices["AP"] == 4 and p.undo_label.startswith("Record 1 AP")
    finally:
        p.store.close()
    with GpkgStore.open(project, readonly=True) as st:
        rows = Project(st).rows["releases"]
    r1 = next(r for r in rows.values() if r["release_id"] == "R1")
    assert r1["team"] == "QGIS" and r1["ap"] == 4


def test_undo_and_redo_write_only_over_the_rows_they_wrote(project):
    """The store's own check, below the data_version one: a replayed row must find there the row
    the editor last wrote (as another store would check it without SQLite's counter)."""
    p = Project(GpkgStore.open(project))
    try:
        p.execute(MarkReleased("H-2", "cleared"))
        # the release, then the hazard's status (released in full: issue 14)
        applied = next(a for a in p._undo[-1].applied if a.table == "releases")
        with pytest.raises(ProjectChanged):  # expects no row where the release is
            p.store.replay([(applied.table, applied.fid, applied.after_raw, None)], "redo", "x")
        p.undo()
        p.redo()
        assert p.hazard_tally("H-2").remaining_ha == 0
    finally:
        p.store.close()


# =============================================================================== item 3: bad shapes
@pytest.fixture
def bow_tie(project) -> Path:
    set_hazard_shape(project, 1, BOW_TIE)  # H-1, as another GIS saved it
    return project


def fresh_totals(path: Path):
    with GpkgStore.open(path, readonly=True) as st:
        return Project(st).engine.totals()


def close_enough(a, b) -> bool:
    return (a.hazards == b.hazards and a.devices == b.devices and abs(a.total_ha - b.total_ha) < 1e-6
            and all(abs(a.released_by_category_ha[k] - b.released_by_category_ha[k]) < 1e-6
                    for k in a.released_by_category_ha))


def test_release_on_an_invalid_hazard_is_written_and_acknowledged_once(bow_tie, run_cli):
    for args in (["--whole"], ["--whole", "--ap", "2", "--uxo", "1"],
                 ["--geometry", f"POLYGON (({X0} {Y0}, {X0 + 100} {Y0}, {X0 + 100} {Y0 + 30}, {X0} {Y0 + 30}, "
                                f"{X0} {Y0}))"]):
        entries = audit_count(bow_tie)
        code, out, err = run_cli("release", bow_tie, "--hazard", "H-1", "--category", "cleared", *args)
        assert code == 0 and out.startswith("done: "), (args, out, err)
        assert "nan" not in out.lower() and "Traceback" not in err
        assert audit_count(bow_tie) == entries + 1
    code, out, err = run_cli("tally", bow_tie, "--json")
    t = json.loads(out)
    assert code == 0 and 0 < t["released_ha"] <= t["total_ha"]
    assert t["devices"]["AP"] == 3 + 1 + 2 and t["devices"]["UXO"] == 2 + 5 + 1


def test_every_command_on_an_invalid_hazard_is_checked_before_it_is_written(bow_tie):
    """Mark whole, add a polygon, devices, split, merge: each written once, acknowledged, and the
    figures in memory are those of the file read afresh; undo and redo too."""
    line = shapely.LineString([(X0 + 30, Y0 - 10), (X0 + 30, Y0 + 110)])
    commands = [lambda: MarkReleased("H-1", "cleared", devices={"AP": 1}),
                lambda: AddRelease("H-1", shapely.box(X0, Y0, X0 + 100, Y0 + 40), "reduced"),
                lambda: RecordDevices("R1", {"UXO": 2}),
                lambda: SplitHazard("H-1", line),
                lambda: MergeHazards(["H-1", "H-2"])]
    for make in commands:
        p = Project(GpkgStore.open(bow_tie))
        try:
            entries = audit_count(bow_tie)
            command = make()
            p.execute(command)
            assert audit_count(bow_tie) == entries + 1, command.label
            assert close_enough(p.engine.totals(), fresh_totals(bow_tie)), command.label
            assert p.undo_label == command.label
            p.undo()
            p.redo()
            assert close_enough(p.engine.totals(), fresh_totals(bow_tie)), command.label
            p.undo()  # the next command starts from the bow-tie again
            assert audit_count(bow_tie) == entries + 4  # do, undo, redo, undo
        finally:
            p.store.close()
        assert all(np.isfinite(v) for v in p.engine.area_ha)


def test_what_is_written_is_acknowledged_even_when_the_tallies_stumble(project, monkeypatch):
    """Should the tally engine fail on some shape after the write, the project rebuilds it from
    its rows: execute returns, the command is on the undo stack and the figures are the file's."""
    p = Project(GpkgStore.open(project))
    try:
        def boom(*a, **k):
            raise shapely.errors.GEOSException("TopologyException: side location conflict")

        monkeypatch.setattr(p.engine, "add_release", boom)
        event = p.execute(MarkReleased("H-2", "reduced"))
        assert event.rebuilt and p.undo_label == "Mark H-2 reduced"
        assert close_enough(p.engine.totals(), fresh_totals(project))
        p.undo()
        assert close_enough(p.engine.totals(), fresh_totals(project))
    finally:
        p.store.close()


# =============================================================================== item 13: read-only
def _without_override() -> list[str]:
    if os.name == "nt":
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root and setpriv is missing: root ignores file permissions")
    return ["setpriv", "--inh-caps=-all", "--bounding-set=-all"]


def as_owner(*args: str) -> subprocess.CompletedProcess:
    """A command run by the files' owner without root's power over permissions."""
    return subprocess.run([*_without_override(), sys.executable, *args], capture_output=True, text=True,
                          timeout=WAIT, env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))


def minedesk(*args) -> subprocess.CompletedProcess:
    return as_owner("-m", "minedesk", *map(str, args))


OPEN_IN_WINDOW = r'''
import sys
from minedesk.core.errors import InputError
from minedesk.exchange import open_source
try:
    p = open_source(sys.argv[1], locked_readonly=True)
except InputError as err:
    print("ERROR |", err.message)
    sys.exit(0)
print(p.store.readonly, "|", p.readonly_reason, "|", len(p.rows["hazards"]))
p.store.close()
'''


@pytest.fixture
def restore_modes():
    changed: list[tuple[Path, int]] = []

    def chmod(path: Path, mode: int):
        changed.append((path, path.stat().st_mode & 0o7777))
        path.chmod(mode)

    yield chmod
    for path, mode in reversed(changed):
        path.chmod(mode)


@pytest.mark.parametrize("where", ["file", "folder"])
def test_a_read_only_project_is_read_and_says_so_when_edited(project, tmp_path, restore_modes, where):
    _without_override()
    before = digest(project)
    if where == "file":
        restore_modes(project, 0o444)
    else:
        restore_modes(project.parent, 0o555)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    r = minedesk("release", project, "--hazard", "H-2", "--category", "cleared", "--whole")
    assert r.returncode == 2 and "done" not in r.stdout, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "read-only" in r.stderr and str(project) in r.stderr, r.stderr
    for args in (["tally", project], ["history", project], ["export", project, "-o", out_dir / "e.gpkg"]):
        r = minedesk(*args)
        assert r.returncode == 0 and not r.stderr.count("Traceback"), (args, r.stderr)
    r = minedesk("check", project)
    assert r.returncode in (0, 1) and "Traceback" not in r.stderr, r.stderr
    r = as_owner("-c", OPEN_IN_WINDOW, str(project))
    assert r.returncode == 0, r.stderr
    readonly, reason, hazards = (x.strip() for x in r.stdout.split("|"))
    assert readonly == "True" and "read-only" in reason and hazards == "2"
    assert digest(project) == before and not (project.parent / "p.gpkg-journal").exists()


HALF_WRITE = r'''
import os, signal, sys
from minedesk.store import GpkgStore
c = GpkgStore.open(sys.argv[1]).conn
c.execute("PRAGMA cache_size=1")
c.execute("BEGIN IMMEDIATE")
c.execute("UPDATE releases SET team='HALF'")
c.execute("UPDATE hazards SET status='HALF'")
c.execute("UPDATE minedesk_meta SET value='half' WHERE key='created_by'")
os.kill(os.getpid(), signal.SIGKILL)
'''


def test_a_half_written_change_read_without_write_access_is_one_line(project, restore_modes):
    _without_override()
    killed = subprocess.run([sys.executable, "-c", HALF_WRITE, str(project)], capture_output=True, timeout=WAIT)
    journal = project.with_name(project.name + "-journal")
    assert killed.returncode == -9 and journal.exists(), killed.stderr
    before = digest(project), digest(journal)
    restore_modes(project, 0o444)
    restore_modes(journal, 0o444)
    restore_modes(project.parent, 0o555)
    for args in (["tally", project], ["history", project], ["check", project],
                 ["release", project, "--hazard", "H-2", "--category", "cleared", "--whole"]):
        r = minedesk(*args)
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, (args, r.stderr)
        assert "half-written" in r.stderr and str(project) in r.stderr, r.stderr
    r = as_owner("-c", OPEN_IN_WINDOW, str(project))  # the window shows the same line
    assert r.returncode == 0 and r.stdout.startswith("ERROR |") and "half-written" in r.stdout, (r.stdout, r.stderr)
    assert (digest(project), digest(journal)) == before


# =============================================================================== item 13: damage
def _drop_column(conn):
    conn.execute("ALTER TABLE releases DROP COLUMN category")


def _rename_column(conn):
    conn.execute("ALTER TABLE hazards RENAME COLUMN hazard_id TO haz")


def _garbage_geometry(conn):
    conn.execute("UPDATE releases SET geom=? WHERE fid=2", (b"GP\x00\x03garbage-not-a-geometry",))


def _short_geometry(conn):
    conn.execute("UPDATE hazards SET geom=? WHERE fid=2", (b"\xde\xad",))


def _no_schema_version(conn):
    conn.execute("DELETE FROM minedesk_meta WHERE key='schema_version'")


def _schema_two(conn):
    conn.execute("UPDATE minedesk_meta SET value='two' WHERE key='schema_version'")


def _no_srs(conn):
    conn.execute("DELETE FROM gpkg_spatial_ref_sys WHERE srs_id=(SELECT srs_id FROM gpkg_geometry_columns "
                 "WHERE table_name='hazards')")


BOGUS_PROJECTION = ('PROJCS["x",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],'
                    'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_\x01ercator"],'
                    'UNIT["Meter",1.0]]')


def _srs_of_unknown_projection(conn):  # PROJ reads it, but cannot convert it to longitude/latitude
    conn.execute("UPDATE gpkg_spatial_ref_sys SET organization='NONE', definition=? WHERE srs_id=(SELECT srs_id "
                 "FROM gpkg_geometry_columns WHERE table_name='hazards')", (BOGUS_PROJECTION,))


def _no_audit_log(conn):
    conn.execute("DROP TABLE audit_log")


def _no_finds(conn):
    conn.execute("DROP TABLE finds")


def _garbage_page(conn):
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='hazards'").fetchone()[0]
    return (root - 1) * page_size, page_size


DAMAGE = {"a dropped column": _drop_column, "a renamed column": _rename_column,
          "a garbage geometry blob": _garbage_geometry, "a two-byte geometry blob": _short_geometry,
          "schema_version missing": _no_schema_version, "schema_version 'two'": _schema_two,
          "a missing SRS row": _no_srs, "an SRS of an unknown projection": _srs_of_unknown_projection,
          "audit_log dropped": _no_audit_log, "finds dropped": _no_finds,
          "a page of garbage": _garbage_page}

FEATURES_ONLY = {"a garbage geometry blob", "a two-byte geometry blob", "a page of garbage"}


def damage(path: Path, how: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for f in ("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY", "ST_IsEmpty"):  # as a careless program would
        conn.create_function(f, 1, lambda b: 0)
    spot = DAMAGE[how](conn)
    conn.close()
    if spot:
        offset, size = spot
        with open(path, "r+b") as fh:
            fh.seek(offset)
            fh.write(np.random.default_rng(11).integers(0, 256, size, dtype=np.uint8).tobytes())


@pytest.mark.parametrize("how", list(DAMAGE))
def test_a_project_damaged_by_another_program_gives_one_line_for_every_command(project, tmp_path, run_cli, how):
    damage(project, how)
    before = digest(project)
    out = tmp_path / "out"
    out.mkdir()
    commands = [["tally", project], ["tally", project, "--json"], ["check", project], ["history", project],
                ["export", project, "-o", out / "e.gpkg"],
                ["release", project, "--hazard", "H-2", "--category", "cleared", "--whole"],
                ["report", project, "-o", out / "r.pdf"], ["task-order", project, "--hazard", "H-2", "-o", out / "t.pdf"],
                ["completion-report", project, "--task", "T-2026-0001", "-o", out / "c.pdf"]]
    for args in commands:
        code, stdout, err = run_cli(*args)
        if args[0] == "history" and how in FEATURES_ONLY:  # the audit log is whole: it is shown
            assert code == 0, err
            continue
        assert code == 2, (how, args, code, stdout, err)
        assert len(err.strip().splitlines()) == 1 and err.startswith("minedesk: ") and str(project) in err, (args, err)
        assert "Traceback" not in err
        assert digest(project) == before, args
    assert not any(out.iterdir()), list(out.iterdir())
    with pytest.raises(InputError) as caught:  # the window's way in
        p = open_source(project, locked_readonly=True)
        p.store.close()
    assert str(project) in caught.value.message


def test_bad_json_in_the_audit_log_is_one_line_in_history_and_harmless_elsewhere(project, run_cli):
    conn = other_program(project)
    conn.execute("UPDATE audit_log SET changes='{not json' WHERE fid=1")
    conn.execute("INSERT INTO audit_log (time, user, action, label, changes) VALUES (NULL, NULL, 'do', NULL, '[]')")
    conn.close()
    code, _, err = run_cli("history", project)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "audit log entry 1" in err, err
    conn = other_program(project)
    conn.execute("UPDATE audit_log SET changes='[]' WHERE fid=1")
    conn.close()
    code, out, err = run_cli("history", project)  # an entry with empty fields is shown, not a crash
    assert code == 0 and len(out.splitlines()) == 2, err
    code, out, err = run_cli("tally", project)
    assert code == 0, err
