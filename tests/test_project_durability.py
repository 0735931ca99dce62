"""The project file under stress: kill -9 while writing, a second program at the same time,
and imports that never touch their input files.

Writers and lock holders run as real child processes (``python -c CODE``), so the OS lock,
SQLite's file locks and its rollback journal are exercised as they are in the field. Nothing
here asserts on timing: children get generous timeouts and are always killed in a finalizer.
"""

from __future__ import annotations

import json
import os
import queue
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyogrio
import pytest
import shapely
from pyogrio.raw import read as gdal_read

from conftest import SAMPLE, tree_hash, write_layer
from minedesk.core.commands import MarkReleased
from minedesk.core.errors import InputError
from minedesk.core.project import Project
from minedesk.exchange import import_project
from minedesk.store import GpkgStore, ProjectLocked, is_project

SAMPLE_RELEASES = 349  # releases in the bundled sample (resources/sample/truth.json)
SAMPLE_HAZARDS = 250
SAMPLE_AP, SAMPLE_UXO = 342, 617
LAYERS = ["hazards", "releases", "finds", "audit_log", "minedesk_meta", "task_orders", "reading_findings"]
SPATIAL = ["hazards", "releases", "finds"]
HOT_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # a journal SQLite will play back

CHILD_ENV = dict(os.environ, MINEDESK_USER="writer", PYTHONDONTWRITEBYTECODE="1")
WAIT = 120  # seconds: generous, for a loaded 2-core machine

# --------------------------------------------------------------------------- child programs
#: Opens the project for editing and executes commands in a loop, printing ``ACK k`` only once
#: ``project.execute`` has returned. Command k is tagged ``PREFIX + k``: a release with that team
#: (k % 3 == 0: MarkReleased, 1: AddRelease) or a find with that model (2: RecordDevices on the
#: release of k - 1, adding 1 AP and 1 UXO to it). Stops at LIMIT, when STOPFILE appears, when
#: its parent is gone, or after five minutes: a lost child never writes for long.
WRITER = r'''
import os, sys, time
from minedesk.core.commands import AddRelease, MarkReleased, RecordDevices
from minedesk.core.project import Project
from minedesk.store import GpkgStore

path, prefix, offset, stopfile, limit = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
project = Project(GpkgStore.open(path))
ids = project.hazard_ids()
deadline = time.monotonic() + 300
parent = os.getppid()
print("READY", flush=True)
k = 0
last_release = last_spot = None
while (k < limit and time.monotonic() < deadline and os.getppid() == parent
       and not (stopfile != "-" and os.path.exists(stopfile))):
    tag = f"{prefix}{k}"
    hazard_id = ids[(offset + k) % len(ids)]
    spot = project.hazard(hazard_id)[1]["geom"].representative_point()
    if k % 3 == 0:
        command = MarkReleased(hazard_id, "cleared", method="manual", date="2026-11-29", team=tag)
    elif k % 3 == 1:
        command = AddRelease(hazard_id, spot.buffer(20), "reduced", method="MDD", date="2026-11-29", team=tag)
    else:
        command = RecordDevices(last_release, devices={"AP": 1},
                                finds=[{"geom": last_spot, "category": "UXO", "model": tag, "count": 1}])
    project.execute(command)
    if k % 3 == 1:
        last_release = next(a.after for a in command.applied if a.table == "releases")["release_id"]
        last_spot = spot
    print(f"ACK {k}", flush=True)
    k += 1
project.store.close()
print("DONE", flush=True)
'''

#: Holds the project open for editing until a line arrives on stdin.
HOLDER = r'''
import sys
from minedesk.store import GpkgStore

store = GpkgStore.open(sys.argv[1])
print("READY", flush=True)
sys.stdin.readline()
store.close()
print("BYE", flush=True)
'''

#: Commits three tagged releases, waits for a line on stdin, then stalls one big command (30
#: releases in one Batch) just before its COMMIT, with a one-page cache so SQLite has already
#: synced the journal and overwritten pages of the project file: the state of a kill in the
#: middle of a commit, reached deterministically.
STALLER = r'''
import sys, time
from minedesk.core.commands import Batch, MarkReleased
from minedesk.core.project import Project
from minedesk.store import GpkgStore

project = Project(GpkgStore.open(sys.argv[1]))
ids = project.hazard_ids()
for k in range(3):
    project.execute(MarkReleased(ids[k], "cleared", team=f"S{k}"))
print("COMMITTED", flush=True)
sys.stdin.readline()


class StallAtCommit:
    def __init__(self, conn):
        self._conn = conn

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def execute(self, sql, *args):
        if sql == "COMMIT":
            print("STALLED", flush=True)
            time.sleep(600)
        return self._conn.execute(sql, *args)


store = project.store
store.conn.execute("PRAGMA cache_size = 1")
store.conn = StallAtCommit(store.conn)
project.execute(Batch([MarkReleased(h, "reduced", team="INFLIGHT") for h in ids[10:40]]))
print("NOT REACHED", flush=True)
'''


class Child:
    """A child process whose stdout lines are collected by a thread (nothing can block)."""

    def __init__(self, code: str, args, cwd: Path, name: str, stdin: bool = False):
        self.err_path = cwd / f"{name}.stderr"
        self._err = open(self.err_path, "w")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen([sys.executable, "-c", code, *map(str, args)], cwd=cwd, env=CHILD_ENV, text=True,
                                     stdin=subprocess.PIPE if stdin else subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=self._err)
        self.lines: list[str] = []  # complete lines only
        self._queue: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._pump, daemon=True)
        self._thread.start()

    def _pump(self):
        for line in self.proc.stdout:
            if line.endswith("\n"):  # a line cut by SIGKILL is not an ACK
                self.lines.append(line.strip())
                self._queue.put(line.strip())
        self._queue.put(None)

    def stderr(self) -> str:
        self._err.flush()
        return self.err_path.read_text(errors="replace")[-3000:]

    def expect(self, word: str, timeout: float = WAIT) -> str:
        """Wait for a line starting with ``word``."""
        while True:
            try:
                line = self._queue.get(timeout=timeout)
            except queue.Empty:
                pytest.fail(f"child printed no {word!r} within {timeout} s; stderr:\n{self.stderr()}")
            if line is None:
                self.proc.wait(timeout=WAIT)
                pytest.fail(f"child exited ({self.proc.returncode}) before {word!r}; stderr:\n{self.stderr()}")
            if line.startswith(word):
                return line

    def send(self, text: str = "\n") -> None:
        self.proc.stdin.write(text)
        self.proc.stdin.flush()

    def kill9(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=WAIT)
        self._thread.join(timeout=WAIT)

    def wait(self, timeout: float = WAIT) -> int:
        code = self.proc.wait(timeout=timeout)
        self._thread.join(timeout=WAIT)
        return code

    def acks(self) -> list[int]:
        return [int(m.group(1)) for m in map(re.compile(r"ACK (\d+)$").match, self.lines) if m]

    def close(self) -> None:
        try:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.wait(timeout=WAIT)
            self._thread.join(timeout=WAIT)
        finally:
            for stream in (self.proc.stdin, self.proc.stdout):
                if stream is not None:
                    try:
                        stream.close()
                    except OSError:  # a pipe to a dead child
                        pass
            self._err.close()


@pytest.fixture
def spawn(tmp_path):
    """``spawn(code, *args, stdin=False)`` starts a child; every child is killed at teardown."""
    children: list[Child] = []

    def start(code, *args, stdin=False):
        child = Child(code, args, tmp_path, f"child{len(children)}", stdin=stdin)
        children.append(child)
        return child

    yield start
    for child in children:
        child.close()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    path, _ = import_project(tmp_path_factory.mktemp("pristine") / "sample.gpkg", SAMPLE / "hazards.shp",
                             SAMPLE / "clearance.shp")
    return path


@pytest.fixture
def project_path(pristine, tmp_path):
    target = tmp_path / "project" / "sample.gpkg"
    target.parent.mkdir()
    shutil.copyfile(pristine, target)
    return target


def cli(*args, timeout: float = WAIT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "minedesk", *map(str, args)], check=False, capture_output=True, text=True,
                          env=CHILD_ENV, timeout=timeout)


# --------------------------------------------------------------------------- reading a state
@dataclass
class State:
    """One committed state of the project, read in a single SQLite read transaction."""

    releases: int = 0
    finds: int = 0
    table_tags: Counter = field(default_factory=Counter)  # writer tags found as release teams / find models
    audit_tags: Counter = field(default_factory=Counter)  # writer tags found in "do" audit entries
    audit_users: set = field(default_factory=set)
    devices: dict = field(default_factory=dict)  # writer release_id -> (ap, uxo)
    finds_of: Counter = field(default_factory=Counter)  # release_id -> number of writer finds on it
    rtree: dict = field(default_factory=dict)  # table -> (rows with geometry, R-tree entries)


def read_state(path: Path, tag_re: re.Pattern) -> State:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60, isolation_level=None)
    try:
        conn.execute("BEGIN")
        s = State()
        rows = conn.execute("SELECT release_id, team, ap, uxo FROM releases").fetchall()
        s.releases = len(rows)
        for release_id, team, ap, uxo in rows:
            if team and tag_re.fullmatch(team):
                s.table_tags[team] += 1
                s.devices[release_id] = (ap, uxo)
        rows = conn.execute("SELECT release_id, model FROM finds").fetchall()
        s.finds = len(rows)
        for release_id, model in rows:
            if model and tag_re.fullmatch(model):
                s.table_tags[model] += 1
                s.finds_of[release_id] += 1
        for action, user, changes in conn.execute("SELECT action, user, changes FROM audit_log ORDER BY fid"):
            if action != "do":
                continue
            s.audit_users.add(user)
            for c in json.loads(changes):
                if c["before"] is None and c["after"] is not None:
                    tag = c["after"]["team"] if c["table"] == "releases" else c["after"].get("model")
                    if tag and tag_re.fullmatch(tag):
                        s.audit_tags[tag] += 1
        for table in SPATIAL:
            s.rtree[table] = (conn.execute(f'SELECT count(*) FROM "{table}" WHERE geom IS NOT NULL').fetchone()[0],
                              conn.execute(f'SELECT count(*) FROM "rtree_{table}_geom"').fetchone()[0])
        conn.execute("COMMIT")
        return s
    finally:
        conn.close()


def assert_consistent(s: State) -> None:
    """What holds in every committed state: each command is there entirely or not at all."""
    # each command wrote its row(s) and exactly one audit entry, in the same transaction
    assert set(s.table_tags) == set(s.audit_tags), (
        f"rows without audit entry: {sorted(set(s.table_tags) - set(s.audit_tags))}; "
        f"audit entries without rows: {sorted(set(s.audit_tags) - set(s.table_tags))}")
    assert all(n == 1 for n in s.table_tags.values()), [t for t, n in s.table_tags.items() if n > 1]
    assert all(n == 1 for n in s.audit_tags.values()), [t for t, n in s.audit_tags.items() if n > 1]
    assert s.audit_users <= {"writer"}, s.audit_users
    finds = sum(s.finds_of.values())
    assert s.releases == SAMPLE_RELEASES + len(s.table_tags) - finds
    assert s.finds == finds
    # RecordDevices updates a release and inserts a find: both or neither
    for release_id, (ap, uxo) in s.devices.items():
        assert ap == uxo == s.finds_of[release_id], (release_id, ap, uxo, s.finds_of[release_id])
    # GeoPackage's R-tree triggers ran in the same transactions
    for table, (rows, entries) in s.rtree.items():
        assert rows == entries, f"{table}: {rows} features, {entries} R-tree entries"


def assert_gdal_reads(path: Path) -> None:
    """GDAL lists and opens every layer and reads every feature of the spatial ones."""
    assert sorted(str(name) for name, _ in pyogrio.list_layers(path)) == sorted(LAYERS)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60)
    try:
        for layer in LAYERS:
            info = pyogrio.read_info(path, layer=layer)
            assert info["features"] == conn.execute(f'SELECT count(*) FROM "{layer}"').fetchone()[0], layer
        for layer in SPATIAL:
            _, _, geometry, _ = gdal_read(path, layer=layer, columns=[])
            geoms = shapely.from_wkb(geometry)
            assert not shapely.is_missing(geoms).any() and not shapely.is_empty(geoms).any(), layer
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def journal_state(path: Path) -> str:
    journal = path.with_name(path.name + "-journal")
    if not journal.exists():
        return "none"
    return "hot" if journal.read_bytes()[:8] == HOT_JOURNAL_MAGIC else "cold"


def reopen(path: Path, how: str) -> None:
    """Open a project after a crash the way a user would; each of these must recover it."""
    if how == "edit":
        with GpkgStore.open(path) as store:
            assert store.integrity() == "ok"
    elif how == "read-only":
        with GpkgStore.open(path, readonly=True) as store:
            Project(store)
            assert store.integrity() == "ok"
    elif how in ("tally", "history"):
        result = cli(how, path, "--json")
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
        json.loads(result.stdout)
    else:  # GDAL in update mode, QGIS, sqlite3: SQLite plays a hot journal back on the first read
        conn = sqlite3.connect(path, timeout=60)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()


# --------------------------------------------------------------------------- 1. kill -9 while writing
KILL_ITERATIONS = int(os.environ.get("MINEDESK_KILL_ITERATIONS", "20"))  # about 1 s each; more for a soak run


def test_kill_9_at_random_moments_loses_no_acknowledged_command(project_path, spawn):
    """A writer is killed -9 at a random moment, KILL_ITERATIONS times in a row on the same file.
    After each kill and a reopen (for editing, or read-only first): the file passes SQLite's
    integrity check and GDAL reads every layer; every command the writer reported done is there
    with its audit entry; the one in flight is there entirely (rows, device counts, R-tree, audit
    entry) or not at all; the edit lock is free again."""
    rng = random.Random(20261129)
    acked: set[str] = set()
    journals = Counter()
    total_acks = 0
    for it in range(KILL_ITERATIONS):
        prefix = f"W{it:02d}-"
        writer = spawn(WRITER, project_path, prefix, rng.randrange(250), "-", 20_000)
        writer.expect("ACK")
        time.sleep(rng.uniform(0.05, 1.0))  # let it write; the kill lands anywhere
        writer.kill9()
        assert "Traceback" not in writer.stderr(), writer.stderr()
        acks = writer.acks()
        assert acks == list(range(len(acks))) and acks, acks
        total_acks += len(acks)

        journals[journal_state(project_path)] += 1
        reopen(project_path, "read-only" if it % 2 else "edit")
        with GpkgStore.open(project_path) as store:  # the lock died with the writer
            assert store.integrity() == "ok"
        assert journal_state(project_path) != "hot"
        assert integrity(project_path) == "ok"
        assert_gdal_reads(project_path)

        state = read_state(project_path, re.compile(r"W\d\d-\d+"))
        assert_consistent(state)
        acked |= {f"{prefix}{k}" for k in acks}
        missing = acked - set(state.audit_tags)
        assert not missing, f"iteration {it}: commands reported done are gone: {sorted(missing)}"
        ours = {int(t[len(prefix):]) for t in state.table_tags if t.startswith(prefix)}
        in_flight = len(acks)
        assert ours - set(acks) <= {in_flight}, f"iteration {it}: rows of commands never started: {ours}"
    assert total_acks >= KILL_ITERATIONS
    print(f"\n{KILL_ITERATIONS} kills, {total_acks} commands reported done, journal after kill: {dict(journals)}")


@pytest.fixture
def killed_mid_commit(project_path, spawn):
    """A project whose writer was killed -9 in the middle of a commit: a hot journal next to a
    partly overwritten file. Returns (path, the file's bytes before that command)."""
    staller = spawn(STALLER, project_path, stdin=True)
    staller.expect("COMMITTED")
    before = project_path.read_bytes()
    staller.send()
    staller.expect("STALLED")
    staller.kill9()
    assert journal_state(project_path) == "hot"
    assert project_path.read_bytes() != before  # pages of the file were overwritten already
    return project_path, before


@pytest.mark.parametrize("how", ["edit", "read-only", "tally", "history", "sqlite"])
def test_a_kill_mid_commit_is_rolled_back_by_whoever_opens_the_project_next(killed_mid_commit, how):
    """Deterministically a kill in the middle of a commit (journal synced, project file partly
    overwritten). Whatever opens it next - MineDesk for editing, MineDesk read-only, the CLI
    readers, or another program writing - the interrupted command is fully absent (the file is
    byte for byte as before it), the commands before it are there, GDAL reads it, and it can be
    edited again."""
    path, before = killed_mid_commit
    reopen(path, how)
    assert journal_state(path) == "none"
    assert path.read_bytes() == before
    assert integrity(path) == "ok"
    assert_gdal_reads(path)
    state = read_state(path, re.compile(r"S\d+|INFLIGHT"))
    assert_consistent(state)
    assert set(state.table_tags) == {"S0", "S1", "S2"}
    with GpkgStore.open(path) as store:
        project = Project(store)
        assert len(project.rows["releases"]) == SAMPLE_RELEASES + 3
        project.execute(MarkReleased(project.hazard_ids()[0], "cancelled", team="AFTER"))
    assert integrity(path) == "ok"


def test_settings_make_a_reported_command_survive_a_power_cut(project_path):
    """A power cut cannot be simulated here; what can be checked is that the store asks SQLite for
    the settings SQLite documents as durable: with a DELETE journal, synchronous=EXTRA (3), as
    SQLite commits by unlinking the journal and only EXTRA fsyncs the folder after the unlink;
    with TRUNCATE, PERSIST or WAL, synchronous=FULL (2) or more."""
    with GpkgStore.open(project_path) as store:
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0].lower()
        sync = store.conn.execute("PRAGMA synchronous").fetchone()[0]
    assert sync >= {"delete": 3, "truncate": 2, "persist": 2, "wal": 2}.get(mode, 99), (mode, sync)


# --------------------------------------------------------------------------- 2. a second program
def test_a_second_editor_is_refused_with_a_clear_message(project_path, spawn):
    holder = spawn(HOLDER, project_path, stdin=True)
    holder.expect("READY")
    before = project_path.read_bytes()

    with pytest.raises(ProjectLocked) as err:
        GpkgStore.open(project_path)
    message = str(err.value)
    assert isinstance(err.value, InputError)
    assert str(project_path) in message and "open for editing" in message, message
    assert f"process {holder.proc.pid}" in message and "user writer" in message, message  # it names the holder
    assert "\n" not in message

    result = cli("release", project_path, "--hazard", "FZL-CHA-00001", "--category", "cleared", "--whole",
                 "--team", "SECOND")
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert str(project_path) in lines[0] and "open for editing" in lines[0], lines[0]
    assert result.stdout == ""

    with GpkgStore.open(project_path, readonly=True) as ro:  # reading is fine meanwhile
        assert len(Project(ro).rows["releases"]) == SAMPLE_RELEASES
    assert project_path.read_bytes() == before  # nothing was written by the refused editor
    assert not project_path.with_name(project_path.name + "-journal").exists()

    holder.send()
    holder.expect("BYE")
    assert holder.wait() == 0
    result = cli("release", project_path, "--hazard", "FZL-CHA-00001", "--category", "cleared", "--whole",
                 "--team", "SECOND")
    assert result.returncode == 0, result.stderr  # the lock went with the holder
    assert integrity(project_path) == "ok"


def read_cli(*args) -> subprocess.CompletedProcess:
    return cli(*args)


def open_read_only(path: Path) -> GpkgStore:
    return GpkgStore.open(path, readonly=True)


def test_readers_see_only_whole_commands_while_another_process_writes(project_path, spawn, tmp_path):
    """Read-only opens (in process, ``tally --json``, ``history --json``) work while a writer
    executes commands in a loop, never disturb it, and always see a committed state."""
    stop = tmp_path / "stop-writing"
    writer = spawn(WRITER, project_path, "R", 0, stop, 20_000)
    writer.expect("ACK")
    tag_re = re.compile(r"R\d+")
    last_released, last_devices, last_history = 0.0, 0, 0
    for _ in range(3):
        # in process: one snapshot through the store, the audit log read after it
        with open_read_only(project_path) as store:
            project = Project(store)
            rows = project.rows
            ours = {r["team"] for r in rows["releases"].values() if r["team"] and tag_re.fullmatch(r["team"])}
            ours |= {f["model"] for f in rows["finds"].values()}
            assert len(rows["hazards"]) == SAMPLE_HAZARDS
            assert len(rows["releases"]) == SAMPLE_RELEASES + len(ours) - len(rows["finds"])
            per_release = Counter(f["release_id"] for f in rows["finds"].values())
            for r in rows["releases"].values():
                if r["team"] and tag_re.fullmatch(r["team"]):
                    assert r["ap"] == r["uxo"] == per_release[r["release_id"]], r["release_id"]
            totals = project.engine.totals()
            assert totals.devices["AP"] - SAMPLE_AP == totals.devices["UXO"] - SAMPLE_UXO == len(rows["finds"])
            assert totals.released_ha >= last_released - 1e-3  # releases are only added
            last_released = totals.released_ha
            history = store.history()  # later than the snapshot: holds at least its commands
            logged = {c["after"].get("team") or c["after"].get("model") for e in history if e["action"] == "do"
                      for c in e["changes"] if c["before"] is None}
            assert ours <= logged, sorted(ours - logged)
            with pytest.raises(InputError, match="read-only"):
                project.execute(MarkReleased(project.hazard_ids()[0], "cleared", team="READER"))

        # straight from SQLite, one read transaction: rows and audit entries agree
        assert_consistent(read_state(project_path, tag_re))

        result = read_cli("tally", project_path, "--json")
        assert result.returncode == 0, result.stderr
        tally = json.loads(result.stdout)
        assert tally["hazards"] == SAMPLE_HAZARDS
        found = tally["devices"]["AP"] - SAMPLE_AP
        assert found == tally["devices"]["UXO"] - SAMPLE_UXO  # never half a RecordDevices
        assert found >= last_devices and tally["released_ha"] >= last_released - 1e-3
        last_devices, last_released = found, max(last_released, tally["released_ha"])

        result = read_cli("history", project_path, "--json")
        assert result.returncode == 0, result.stderr
        history = json.loads(result.stdout)
        assert history[0]["action"] == "import"
        done = [e for e in history if e["action"] == "do"]
        assert all(e["user"] == "writer" for e in done)
        assert len(done) >= last_history
        last_history = len(done)

    assert writer.proc.poll() is None, f"the writer stopped while being read: {writer.stderr()}"
    stop.touch()
    assert writer.wait() == 0, writer.stderr()
    assert writer.lines[-1] == "DONE"
    acks = writer.acks()
    state = read_state(project_path, tag_re)
    assert_consistent(state)
    assert set(state.audit_tags) == {f"R{k}" for k in acks}  # every command done, nothing else
    assert last_history <= len(acks)
    assert integrity(project_path) == "ok"


@pytest.fixture
def busy_writer(project_path, spawn):
    writer = spawn(WRITER, project_path, "Q", 0, "-", 20_000)
    writer.expect("ACK")
    return writer


def test_a_project_is_recognised_while_another_process_commits(project_path, busy_writer):
    """Asked over and over while a writer commits, is_project() - which every open and tally
    calls first - always recognises the project."""
    writer = busy_writer
    start, calls, deadline = len(writer.lines), 0, time.monotonic() + 90
    while len(writer.lines) < start + 600 and time.monotonic() < deadline and writer.proc.poll() is None:
        calls += 1
        assert is_project(project_path), f"call {calls}: a project being written was not recognised"
    assert writer.proc.poll() is None, writer.stderr()


#: A schema migration (the kind that rebuilds a table) killed halfway, with enough data that
#: SQLite spilled its cache to the file: minedesk_meta is gone from the file, the journal has it.
MIGRATION_KILLED = r'''
import os, signal, sys
from minedesk import store


def migrate_to_next(conn):
    conn.execute("PRAGMA cache_size = 1")
    conn.execute("CREATE TABLE minedesk_meta_v2 AS SELECT * FROM minedesk_meta")
    conn.execute("DROP TABLE minedesk_meta")
    conn.execute("UPDATE releases SET team = team")  # a big table: the cache spills to the file
    os.kill(os.getpid(), signal.SIGKILL)  # before ALTER TABLE minedesk_meta_v2 RENAME TO minedesk_meta


store.MIGRATIONS[store.SCHEMA_VERSION] = migrate_to_next  # one schema beyond this MineDesk's
store.SCHEMA_VERSION += 1
store.GpkgStore.open(sys.argv[1])
'''


@pytest.fixture
def migration_killed(project_path):
    """(path, its bytes before): a project whose migration was killed halfway, a hot journal."""
    before = project_path.read_bytes()
    result = subprocess.run([sys.executable, "-c", MIGRATION_KILLED, str(project_path)], check=False,
                            capture_output=True, text=True, timeout=WAIT, env=CHILD_ENV)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert journal_state(project_path) == "hot"
    return project_path, before


def test_a_migration_killed_halfway_is_rolled_back_on_the_next_open(migration_killed):
    project_path, before = migration_killed
    with GpkgStore.open(project_path) as store:
        assert store.integrity() == "ok"
        assert len(Project(store).rows["releases"]) == SAMPLE_RELEASES
    assert project_path.read_bytes() == before


# --------------------------------------------------------------------------- 3. inputs stay untouched
def test_import_never_modifies_its_input_files(tmp_path, run_cli):
    src = tmp_path / "inputs"
    shutil.copytree(SAMPLE, src / "shp")
    from minedesk import io

    (src / "gpkg").mkdir()
    for name in ("hazards", "clearance"):
        layer = io.read_layer(SAMPLE / f"{name}.shp")
        write_layer(src / "gpkg" / "both.gpkg", layer.geometry, layer.fields, layer=name)
    (src / "zip").mkdir()
    members = sorted(p for p in (src / "shp").iterdir() if p.suffix != ".json")
    with zipfile.ZipFile(src / "zip" / "sample.zip", "w") as zf:  # written outside the folder it zips
        for p in members:
            zf.write(p, p.name)
    before = tree_hash(src)
    assert len(before) == len(members) + 1 + 1 + 1

    out = tmp_path / "out"
    out.mkdir()
    import_project(out / "a.gpkg", src / "shp" / "hazards.shp", src / "shp" / "clearance.shp")
    import_project(out / "b.gpkg", src / "gpkg" / "both.gpkg", src / "gpkg" / "both.gpkg", layer="hazards",
                   releases_layer="clearance")
    import_project(out / "c.gpkg", src / "zip" / "sample.zip", src / "zip" / "sample.zip", layer="hazards",
                   releases_layer="clearance")
    code, _, err = run_cli("import", src / "shp" / "hazards.shp", "--releases", src / "shp" / "clearance.shp",
                           "-o", out / "d.gpkg")
    assert code == 0, err
    with pytest.raises(InputError, match="already exists"):  # an existing output is not touched either
        import_project(out / "a.gpkg", src / "shp" / "hazards.shp")
    assert tree_hash(src) == before
    assert sorted(p.name for p in out.iterdir()) == ["a.gpkg", "b.gpkg", "c.gpkg", "d.gpkg"]
    for name in ("a", "b", "c", "d"):
        with GpkgStore.open(out / f"{name}.gpkg", readonly=True) as store:
            assert len(Project(store).rows["releases"]) == SAMPLE_RELEASES, name

    # reading a project (tally, history, export) does not write to it either
    project = out / "a.gpkg"
    project_hash = tree_hash(out)["a.gpkg"]
    for args in (["tally", project, "--json"], ["history", project], ["export", project, "-o", tmp_path / "x.gpkg"]):
        code, _, err = run_cli(*args)
        assert code == 0, (args, err)
    assert tree_hash(out)["a.gpkg"] == project_hash


#: A GIS killed in the middle of saving an edit to a GeoPackage: a hot journal next to it.
CRASHED_GIS = r'''
import os, signal, sqlite3, sys

conn = sqlite3.connect(sys.argv[1], isolation_level=None)
for name in ("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):  # GDAL's R-tree triggers call them
    conn.create_function(name, 1, lambda blob: 0.0)
conn.create_function("ST_IsEmpty", 1, lambda blob: 0)
conn.execute("PRAGMA cache_size = 1")  # spill: the journal is synced, the file overwritten
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE clearance SET RELEASE = 'half-edited'")
os.kill(os.getpid(), signal.SIGKILL)
'''


@pytest.fixture
def crashed_input(tmp_path):
    """A GeoPackage of hazards and clearance (not a project) that a killed GIS left half-saved."""
    from minedesk import io

    folder = tmp_path / "inputs"
    folder.mkdir()
    path = folder / "field.gpkg"
    for name in ("hazards", "clearance"):
        layer = io.read_layer(SAMPLE / f"{name}.shp")
        write_layer(path, layer.geometry, layer.fields, layer=name)
    result = subprocess.run([sys.executable, "-c", CRASHED_GIS, str(path)], check=False, capture_output=True, text=True,
                            timeout=WAIT, cwd=tmp_path)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert journal_state(path) == "hot"
    return path


def test_import_leaves_a_half_saved_input_geopackage_alone(crashed_input, tmp_path, run_cli):
    """MineDesk reads that file (or says it cannot) but does not roll back the other program's
    journal, nor leave anything next to it."""
    before = tree_hash(crashed_input.parent)
    try:
        import_project(tmp_path / "p.gpkg", crashed_input, crashed_input, layer="hazards", releases_layer="clearance")
    except InputError as err:
        assert str(crashed_input) in str(err)
    code, _, err = run_cli("import", crashed_input, "--layer", "hazards", "--releases-layer", "clearance",
                           "-o", tmp_path / "q.gpkg")
    assert code in (0, 2) and "Traceback" not in err, err
    assert tree_hash(crashed_input.parent) == before


def test_tally_leaves_a_half_saved_input_geopackage_alone(crashed_input, run_cli):
    """tally asks whether a .gpkg is a project; that question must not roll back (write to) a
    GeoPackage that is not one, nor leave a lock file next to it."""
    before = tree_hash(crashed_input.parent)
    code, _, err = run_cli("tally", crashed_input, "--layer", "hazards", "--releases-layer", "clearance", "--json")
    assert code in (0, 2) and "Traceback" not in err, err
    assert tree_hash(crashed_input.parent) == before
