"""The project file: import, GIS-readable layers, commands with undo/redo, audit log, export."""

import json
import sqlite3

import pyogrio
import pytest
import shapely
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from conftest import SAMPLE, X0, Y0, square, truth, write_layer
from minedesk import store as store_mod
from minedesk.core.commands import (
    AddRelease,
    Batch,
    DeleteHazard,
    DeleteRelease,
    EditRelease,
    MarkReleased,
    MergeHazards,
    RecordDevices,
    SetHazardAttributes,
    SplitHazard,
)
from minedesk.core.errors import InputError
from minedesk.core.project import Project
from minedesk.exchange import import_project
from minedesk.store import GpkgStore, ProjectLocked

DATA_TABLES = ("hazards", "releases", "finds")


@pytest.fixture(scope="module")
def sample_project(tmp_path_factory):
    path, _ = import_project(tmp_path_factory.mktemp("p") / "sample.gpkg", SAMPLE / "hazards.shp", SAMPLE / "clearance.shp")
    return path


@pytest.fixture
def project_copy(sample_project, tmp_path):
    target = tmp_path / "work.gpkg"
    target.write_bytes(sample_project.read_bytes())
    return target


@pytest.fixture
def small(tmp_path):
    """Three 100 m hazards in a row, one partly cleared, as an open project."""
    h = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), square(X0 + 100, Y0, 100), square(X0 + 300, Y0, 100)],
                    {"HAZ_ID": ["A", "B", "C"], "HAZ_TYPE": ["SHA", "CHA", "SHA"], "DISTRICT": ["Ağdam", "Ağdam", "Füzuli"]})
    r = write_layer(tmp_path / "r.shp", [shapely.box(X0, Y0, X0 + 50, Y0 + 100)],
                    {"CLR_ID": ["A-R1"], "HAZ_ID": ["A"], "RELEASE": ["cleared"], "AP_FOUND": [2], "METHOD": ["manual"]})
    path, _ = import_project(tmp_path / "small.gpkg", h, r)
    project = Project(GpkgStore.open(path))
    yield project
    project.store.close()


def dump(path) -> dict:
    """Every row of the data tables, raw bytes and all."""
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY fid').fetchall() for t in DATA_TABLES}
    finally:
        conn.close()


def ha(project, geom):
    return project.hectares(geom)


# ----------------------------------------------------------------------------- the file
def test_import_gives_the_same_tally_as_the_files(sample_project, run_cli):
    code, out, _ = run_cli("tally", sample_project, "--json")
    result, expected = json.loads(out), truth(SAMPLE)
    assert code == 0 and result["hazards"] == expected["hazards"]
    for key in ("total_ha", "released_ha"):
        assert result[key] == pytest.approx(expected[key], abs=2e-4)
    assert result["devices"] == expected["devices"]
    code, out, _ = run_cli("tally", sample_project, "--by", "hazard_type", "--json")
    assert set(json.loads(out)["groups"]) == {"SHA", "CHA"}


def test_opens_in_gdal_as_geopackage_1_2(sample_project):
    layers = dict(pyogrio.list_layers(sample_project))
    assert layers["hazards"] == "MultiPolygon" and layers["releases"] == "MultiPolygon" and layers["finds"] == "Point"
    assert "audit_log" in layers and "minedesk_meta" in layers
    info = pyogrio.read_info(sample_project, layer="hazards")
    assert info["features"] == 250 and info["crs"] == "EPSG:32638"
    conn = sqlite3.connect(sample_project)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 10200
    assert conn.execute("SELECT value FROM minedesk_meta WHERE key='schema_version'").fetchone()[0] == \
        str(store_mod.SCHEMA_VERSION)
    conn.close()


def test_edits_keep_the_file_valid_for_gdal(project_copy):
    with GpkgStore.open(project_copy) as st:
        p = Project(st)
        hid = p.hazard_ids()[0]
        p.execute(MarkReleased(hid, "cleared"))
        p.execute(SplitHazard(p.hazard_ids()[1], _cutting_line(p, p.hazard_ids()[1])))
        assert st.integrity() == "ok"
    # GDAL sees the edits, with a spatial index that agrees (bbox query through the R-tree)
    meta, _, geoms, _ = pyogrio.raw.read(project_copy, layer="hazards")
    assert len(geoms) == 251
    g = shapely.from_wkb(geoms[0])
    _, _, hits, _ = pyogrio.raw.read(project_copy, layer="hazards", bbox=g.bounds)
    assert len(hits) >= 1
    conn = sqlite3.connect(project_copy)
    assert conn.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name='hazards'").fetchone()[0] == 251
    assert conn.execute('SELECT count(*) FROM "rtree_hazards_geom"').fetchone()[0] == 251
    conn.close()


def test_import_refuses_to_overwrite(sample_project, run_cli):
    code, _, err = run_cli("import", SAMPLE / "hazards.shp", "-o", sample_project)
    assert code == 2 and "already exists" in err


def test_not_a_project(tmp_path, run_cli):
    plain = write_layer(tmp_path / "plain.gpkg", [square(X0, Y0, 10)], {"HAZ_ID": ["A"]})
    code, _, err = run_cli("history", plain)
    assert code == 2 and "not a MineDesk project" in err and "minedesk import" in err
    # tally still reads it as a plain file
    code, out, _ = run_cli("tally", plain, "--json")
    assert code == 0 and json.loads(out)["hazards"] == 1


def test_newer_schema_is_refused_and_older_is_migrated(project_copy, monkeypatch):
    conn = sqlite3.connect(project_copy)
    conn.execute("UPDATE minedesk_meta SET value='7' WHERE key='schema_version'")
    conn.commit()
    with pytest.raises(InputError, match="newer MineDesk"):
        GpkgStore.open(project_copy)
    # a schema-1 project (before task orders): readable as it is, upgraded when opened for editing
    conn.execute("UPDATE minedesk_meta SET value='1' WHERE key='schema_version'")
    conn.execute('DROP TABLE "task_orders"')
    conn.execute("DELETE FROM gpkg_contents WHERE table_name='task_orders'")
    conn.commit()
    conn.close()
    with GpkgStore.open(project_copy, readonly=True) as st:  # reading never migrates
        assert "task_orders" not in st._columns
        assert Project(st).rows["task_orders"] == {}
    with GpkgStore.open(project_copy) as st:
        assert st.columns("task_orders")[:2] == ["task_id", "version"]
    assert "task_orders" in dict(pyogrio.list_layers(project_copy))

    def add_column(c):
        c.execute('ALTER TABLE "releases" ADD COLUMN "qa_by" TEXT')

    future = store_mod.SCHEMA_VERSION + 1  # a migration this MineDesk does not have yet
    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", future)
    monkeypatch.setitem(store_mod.MIGRATIONS, future - 1, add_column)
    with GpkgStore.open(project_copy, readonly=True) as st:
        assert "qa_by" not in st.columns("releases")
    with GpkgStore.open(project_copy) as st:
        assert "qa_by" in st.columns("releases")
        assert st.conn.execute("SELECT value FROM minedesk_meta WHERE key='schema_version'").fetchone()[0] == str(future)
        p = Project(st)
        p.execute(MarkReleased(p.hazard_ids()[0], "cleared"))


# ----------------------------------------------------------------------------- commands
def _cutting_line(project, hazard_id):
    g = project.hazard(hazard_id)[1]["geom"]
    minx, miny, maxx, maxy = g.bounds
    c = g.representative_point()
    return shapely.LineString([(c.x, miny - 10), (c.x, maxy + 10)])


def test_mark_released_and_undo_redo(small):
    p = small
    before = p.engine.totals()
    event = p.execute(MarkReleased("B", "reduced", method="technical survey", team="T2", devices={"UXO": 3}))
    assert event.label == "Mark B reduced, 3 UXO" and p.undo_label == event.label
    t = p.hazard_tally("B")
    assert t.released_by_category_ha["reduced"] == pytest.approx(t.total_ha) and t.remaining_ha == 0
    assert p.engine.totals().devices["UXO"] == before.devices["UXO"] + 3
    p.undo()
    assert p.engine.totals() == before and p.redo_label == event.label
    p.redo()
    assert p.hazard_tally("B").remaining_ha == 0


def test_add_release_is_clipped_and_better_category_stays(small):
    p = small
    a_before = p.hazard_tally("A")
    # reduced over the whole of A and 50 m beyond: only the uncleared half counts, nothing outside
    p.execute(AddRelease("A", shapely.box(X0 - 50, Y0, X0 + 100, Y0 + 100), "reduced"))
    a = p.hazard_tally("A")
    assert a.released_by_category_ha["cleared"] == pytest.approx(a_before.released_by_category_ha["cleared"])
    assert a.released_by_category_ha["reduced"] == pytest.approx(a.total_ha / 2, rel=1e-4)
    stored = p.rows["releases"][max(p.rows["releases"])]["geom"]
    assert shapely.within(stored, p.hazard("A")[1]["geom"].buffer(1e-6))
    with pytest.raises(InputError, match="does not overlap"):
        p.execute(AddRelease("A", square(X0 + 5000, Y0, 10), "cleared"))


def test_edit_release_vertices(small):
    p = small
    p.execute(EditRelease("A-R1", shapely.box(X0, Y0, X0 + 25, Y0 + 100)))
    assert p.hazard_tally("A").released_ha == pytest.approx(p.hazard_tally("A").total_ha / 4, rel=1e-4)
    p.undo()
    assert p.hazard_tally("A").released_ha == pytest.approx(p.hazard_tally("A").total_ha / 2, rel=1e-4)


def test_record_devices_with_point_finds(small):
    p = small
    p.execute(RecordDevices("A-R1", {"AP": 1}, finds=[
        {"geom": shapely.Point(X0 + 10, Y0 + 10), "category": "AT", "model": "TM-62", "depth_cm": 15}]))
    assert p.hazard_tally("A").devices == {"AP": 3, "AT": 1, "UXO": 0, "IED": 0}
    (find,) = p.rows["finds"].values()
    assert find["model"] == "TM-62" and find["hazard_id"] == "A"
    p.undo()
    assert p.hazard_tally("A").devices["AT"] == 0 and not p.rows["finds"]


def test_split_keeps_every_hectare_and_device(small):
    p = small
    whole = p.engine.totals()
    line = shapely.LineString([(X0 + 25, Y0 - 10), (X0 + 25, Y0 + 110)])
    p.execute(SplitHazard("A", line))
    assert "A" not in p.hazard_ids() and {"A-A", "A-B"} <= set(p.hazard_ids())
    after = p.engine.totals()
    assert after.hazards == whole.hazards + 1
    assert after.total_ha == pytest.approx(whole.total_ha, rel=1e-9)
    assert after.released_ha == pytest.approx(whole.released_ha, rel=1e-9)
    assert after.devices == whole.devices
    assert p.hazard_tally("A-A").remaining_ha == pytest.approx(0, abs=1e-9)  # west quarter, all cleared
    p.undo()
    assert p.engine.totals() == whole and "A" in p.hazard_ids()
    with pytest.raises(InputError, match="does not cut"):
        p.execute(SplitHazard("A", shapely.LineString([(X0 - 50, Y0 - 50), (X0 - 40, Y0 - 40)])))


def test_merge_moves_releases_and_keeps_figures(small):
    p = small
    whole = p.engine.totals()
    p.execute(MergeHazards(["A", "B"]))
    assert "B" not in p.hazard_ids()
    a = p.hazard_tally("A")
    assert a.total_ha == pytest.approx(whole.total_ha - p.hazard_tally("C").total_ha, rel=1e-6)
    assert a.devices["AP"] == 2 and p.engine.totals().released_ha == pytest.approx(whole.released_ha, rel=1e-9)
    p.undo()
    assert p.engine.totals() == whole


def test_a_change_of_status_neither_measures_nor_relinks_the_hazard(small, monkeypatch):
    p = small
    shapes = []
    update = p.engine.update_hazard
    monkeypatch.setattr(p.engine, "update_hazard", lambda row, **kw: shapes.append(kw["geometry"]) or update(row, **kw))
    before = p.engine.totals()
    p.execute(SetHazardAttributes("A", status="in progress"))
    p.undo()
    assert shapes == [None, None] and p.engine.totals() == before


def test_a_category_another_program_wrote_is_reported_for_every_release(project_copy):
    db = sqlite3.connect(project_copy)  # as if edited in QGIS: two releases say "dug"
    store_mod._register_functions(db)  # what GDAL gives its connections, for the R-tree triggers
    with db:
        fids = [f for (f,) in db.execute("SELECT fid FROM releases ORDER BY fid LIMIT 3")]
        db.execute(f"UPDATE releases SET category = 'dug' WHERE fid IN ({fids[0]}, {fids[2]})")
        db.execute(f"UPDATE releases SET category = 'CLEARED' WHERE fid = {fids[1]}")
    db.close()
    project = Project(GpkgStore.open(project_copy, readonly=True))
    try:
        bad = [w for w in project.warnings if w.kind == "unknown release category"]
        assert len(bad) == 2 and all("'dug': not counted" in str(w) for w in bad)
        assert len({w.label for w in bad}) == 2
        assert project.engine.totals().released_ha > 0  # the rest still counts, CLEARED too
    finally:
        project.store.close()


def test_type_status_and_delete(small):
    p = small
    p.execute(SetHazardAttributes("A", hazard_type="cha", status="in progress"))
    assert p.hazard("A")[1]["hazard_type"] == "CHA"
    assert p.engine.groups("hazard_type")["CHA"].hazards == 2
    with pytest.raises(InputError, match="SHA or CHA"):
        p.execute(SetHazardAttributes("A", hazard_type="XYZ"))
    total = p.engine.totals()
    p.execute(DeleteHazard("A"))
    t = p.engine.totals()
    assert t.hazards == 2 and t.devices["AP"] == 0 and not p.releases_of("A")
    p.undo()
    assert p.engine.totals() == total and p.releases_of("A")
    p.execute(DeleteRelease("A-R1"))
    assert p.hazard_tally("A").released_ha == 0


def test_batch_is_one_step(small):
    p = small
    p.execute(Batch([MarkReleased("B", "cleared"), MarkReleased("C", "cancelled")], label="Mark 2 hazards"))
    assert p.engine.totals().remaining_ha == pytest.approx(p.hazard_tally("A").remaining_ha, rel=1e-9)
    p.undo()
    assert p.hazard_tally("B").released_ha == 0 and p.hazard_tally("C").released_ha == 0


def test_listeners_see_the_undo_and_redo_stacks_as_they_stand_after_the_change(small):
    """Listeners (the window's Undo and Redo actions) are told after both stacks are updated."""
    p = small
    seen = []
    p.subscribe(lambda e: seen.append((e.action, p.undo_label, p.redo_label)))
    labels = [p.execute(MarkReleased(h, "cleared")).label for h in ("A", "B", "C")]
    assert seen[-1] == ("do", labels[2], None)
    p.undo()
    assert seen[-1] == ("undo", labels[1], labels[2])
    p.undo()
    p.undo()
    assert seen[-1] == ("undo", None, labels[0])  # after three undos Redo names the first command
    p.redo()
    assert seen[-1] == ("redo", labels[0], labels[1])
    p.undo()
    assert seen[-1] == ("undo", None, labels[0])
    p.execute(MarkReleased("B", "reduced"))
    assert seen[-1] == ("do", "Mark B reduced", None)


def test_withdrawn_command_is_not_offered_for_redo_even_to_listeners(small):
    p = small
    first = p.execute(MarkReleased("A", "cleared")).label
    command = MarkReleased("B", "cleared")
    p.execute(command)
    seen = []
    p.subscribe(lambda e: seen.append((e.action, p.undo_label, p.redo_label)))
    p.withdraw(command)
    assert seen == [("undo", first, None)] and p.redo_label is None and p.undo_label == first


def test_each_command_of_a_batch_sees_the_ones_before_it(small):
    p = small
    event = p.execute(Batch([AddRelease("A", square(X0 + 50, Y0, 20), "reduced"),
                             AddRelease("A", square(X0 + 75, Y0, 20), "cancelled"),
                             MarkReleased("B", "cleared"), MarkReleased("B", "reduced")]))
    ids = sorted(r["release_id"] for _, r in p.releases_of("A"))
    assert ids == ["A-R1", "A-R2", "A-R3"]
    assert sorted(r["release_id"] for _, r in p.releases_of("B")) == ["B-R1", "B-R2"]
    assert len({r["release_id"] for r in p.rows["releases"].values()}) == len(p.rows["releases"])
    a = p.hazard_tally("A")
    assert a.released_by_category_ha["cancelled"] == pytest.approx(a.total_ha * 0.04, rel=1e-4)
    p.undo()
    assert [r["release_id"] for _, r in p.releases_of("A")] == ["A-R1"] and not p.releases_of("B")
    p.redo()
    assert sorted(r["release_id"] for _, r in p.releases_of("A")) == ["A-R1", "A-R2", "A-R3"]
    assert event.label.count("Add") == 2


def test_a_batch_reads_what_its_earlier_commands_deleted_added_and_counted(small):
    p = small
    # devices recorded twice in one batch add up; a release deleted earlier is gone for the next one
    p.execute(Batch([RecordDevices("A-R1", {"AP": 1}), RecordDevices("A-R1", {"AP": 2})]))
    assert p.release("A-R1")[1]["ap"] == 5 and p.hazard_tally("A").devices["AP"] == 5
    with pytest.raises(InputError, match="has no release 'A-R1'"):
        p.execute(Batch([DeleteRelease("A-R1"), EditRelease("A-R1", category="reduced")]))
    assert p.release("A-R1")  # nothing of the refused batch was written
    # a hazard split earlier in the batch is gone; its pieces can be released in the same step
    p.execute(Batch([SplitHazard("C", shapely.LineString([(X0 + 350, Y0 - 10), (X0 + 350, Y0 + 110)])),
                     MarkReleased("C-A", "cleared")]))
    assert "C" not in p.hazard_ids() and p.hazard_tally("C-A").remaining_ha == pytest.approx(0, abs=1e-9)
    assert [r["release_id"] for _, r in p.releases_of("C-A")] == ["C-A-R1"]
    with pytest.raises(InputError, match="has no hazard 'B'"):
        p.execute(Batch([DeleteHazard("B"), MarkReleased("B", "cleared")]))
    assert p.hazard("B")


def test_listeners_hear_each_change(small):
    p = small
    heard = []
    p.subscribe(heard.append)
    p.execute(MarkReleased("C", "cleared"))
    p.undo()
    assert [(e.action, e.label) for e in heard] == [("do", "Mark C cleared"), ("undo", "Mark C cleared")]
    # C released in full: its status is set in the same command (issue 14)
    assert heard[0].hazard_rows == {p.hazard_row("C")} and heard[0].tables == {"releases", "hazards"}


def test_audit_log_records_do_undo_redo(small, run_cli):
    p = small
    p.execute(MarkReleased("C", "cleared", team="T9"))
    p.undo()
    p.redo()
    log = p.store.history()
    assert [(e["action"], e["label"]) for e in log[-3:]] == [("do", "Mark C cleared"), ("undo", "Mark C cleared"),
                                                              ("redo", "Mark C cleared")]
    change = log[-3]["changes"][0]
    assert change["table"] == "releases" and change["before"] is None
    assert change["after"]["team"] == "T9" and change["after"]["geom"].startswith("MULTIPOLYGON")
    status = log[-3]["changes"][1]  # C released in full: its status in the same command (issue 14)
    assert status["table"] == "hazards" and (status["before"]["status"], status["after"]["status"]) == (None, "released")
    assert next(c for c in log[-2]["changes"] if c["table"] == "releases")["after"] is None  # undone
    assert all(e["user"] and e["time"].endswith("Z") for e in log)


# ----------------------------------------------------------------------------- undo all, redo all
SAMPLE_IDS = ["FZL-CHA-00001", "ZNG-CHA-00002", "QBD-CHA-00003", "AGD-SHA-00004", "SHS-CHA-00005"]


@st.composite
def command_for(draw, project):
    ids = project.hazard_ids()
    if not ids:
        reject()  # every hazard deleted or merged away: nothing left to edit
    hid = draw(st.sampled_from(ids))
    kinds = ["mark", "add", "devices", "attrs", "split", "merge", "delete", "edit"]
    kind = draw(st.sampled_from(kinds if len(ids) > 1 else [k for k in kinds if k != "merge"]))
    cat = draw(st.sampled_from(["cleared", "reduced", "cancelled"]))
    g = project.hazard(hid)[1]["geom"]
    if kind == "mark":
        return MarkReleased(hid, cat, team=draw(st.sampled_from(["T1", "T2"])),
                            devices={"AP": draw(st.integers(0, 3))})
    if kind == "add":
        minx, miny, maxx, maxy = g.bounds
        f = draw(st.floats(0.2, 0.8))
        return AddRelease(hid, shapely.box(minx, miny, minx + f * (maxx - minx), maxy), cat)
    if kind == "attrs":
        return SetHazardAttributes(hid, hazard_type=draw(st.sampled_from(["SHA", "CHA"])), status="surveyed")
    if kind == "split":
        return SplitHazard(hid, _cutting_line(project, hid))
    if kind == "merge":
        other = draw(st.sampled_from([i for i in ids if i != hid]))
        return MergeHazards([hid, other])
    if kind == "delete":
        return DeleteHazard(hid)
    rel = project.releases_of(hid)
    if not rel:
        return MarkReleased(hid, cat)
    rid = rel[0][1]["release_id"]
    if kind == "devices":
        return RecordDevices(rid, {"UXO": draw(st.integers(1, 4))},
                             finds=[{"geom": g.representative_point(), "category": "AP", "model": "PMN-2"}])
    return EditRelease(rid, shapely.box(*g.buffer(-1).bounds) if not g.buffer(-1).is_empty else g, category=cat)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_undo_all_then_redo_all_restores_the_data_byte_for_byte(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("undo")
    h = write_layer(folder / "h.shp", [SAMPLE_SHAPES[i] for i in range(5)], {"HAZ_ID": SAMPLE_IDS})
    r = write_layer(folder / "r.shp", [SAMPLE_SHAPES[0].buffer(-20)], {"HAZ_ID": [SAMPLE_IDS[0]], "RELEASE": ["reduced"]})
    path, _ = import_project(folder / "p.gpkg", h, r)
    with GpkgStore.open(path) as st_:
        p = Project(st_)
        start, start_totals = dump(path), p.engine.totals()
        done = 0
        for _ in range(data.draw(st.integers(1, 8))):
            try:
                p.execute(data.draw(command_for(p)))
                done += 1
            except InputError:
                pass  # e.g. a merge of far-apart hazards is fine, a split line that misses is refused
        end, end_totals = dump(path), p.engine.totals()
        while p.undo():
            pass
        assert dump(path) == start
        assert p.engine.totals().to_dict(9) == start_totals.to_dict(9)
        while p.redo():
            pass
        assert dump(path) == end
        assert p.engine.totals().to_dict(9) == end_totals.to_dict(9)
        # and a fresh open of the file agrees with the live engine
    with GpkgStore.open(path, readonly=True) as st_:
        assert Project(st_).engine.totals().to_dict(6) == end_totals.to_dict(6)
        assert st_.integrity() == "ok"
        assert sum(e["action"] == "do" for e in st_.history()) == done


SAMPLE_SHAPES = [square(X0 + i * 300, Y0, 200) for i in range(4)] + [
    shapely.Polygon([(X0, Y0 + 400), (X0 + 300, Y0 + 400), (X0 + 150, Y0 + 700)])]


# ----------------------------------------------------------------------------- command line
def test_cli_release_history_export_round_trip(project_copy, tmp_path, run_cli):
    code, out, err = run_cli("release", project_copy, "--hazard", "FZL-CHA-00001", "--category", "cleared", "--whole",
                             "--ap", "2", "--team", "FZL-T1", "--date", "2026-11-20", "--method", "manual")
    assert code == 0, err
    assert "done: Mark FZL-CHA-00001 cleared, 2 AP" in out and "0.00 ha remaining" in out
    code, out, err = run_cli("release", project_copy, "--hazard", "FZL-CHA-00001", "--category", "reduced",
                             "--geometry", '{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}')
    assert code == 2 and "does not overlap" in err
    code, out, _ = run_cli("history", project_copy)
    assert "Import hazards.shp + clearance.shp" in out and "do     Mark FZL-CHA-00001 cleared, 2 AP" in out

    code, out, _ = run_cli("tally", project_copy, "--json")
    before = json.loads(out)
    for ext in (".gpkg", ".shp", ".geojson", ".csv"):
        code, out, err = run_cli("export", project_copy, "-o", tmp_path / f"out{ext}")
        assert code == 0, err
    code, out, _ = run_cli("tally", tmp_path / "out.shp", "--releases", tmp_path / "out_releases.shp", "--json")
    again = json.loads(out)
    for key in ("total_ha", "released_ha", "remaining_ha"):
        assert again[key] == pytest.approx(before[key], abs=2e-3)
    assert again["devices"] == before["devices"]
    code, out, _ = run_cli("tally", tmp_path / "out.geojson", "--releases", tmp_path / "out_releases.geojson", "--json")
    assert json.loads(out)["total_ha"] == pytest.approx(before["total_ha"], rel=1e-6)
    header = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert {"HAZ_ID", "AREA_HA", "CLEARED_HA", "REMAIN_HA", "AP", "LON", "LAT"} <= set(header)
    # an export imports again as a project with the same figures
    code, _, err = run_cli("import", tmp_path / "out.shp", "--releases", tmp_path / "out_releases.shp",
                           "-o", tmp_path / "again.gpkg")
    assert code == 0, err
    code, out, _ = run_cli("tally", tmp_path / "again.gpkg", "--json")
    assert json.loads(out)["released_ha"] == pytest.approx(before["released_ha"], abs=2e-3)


def test_cli_release_bad_input(project_copy, run_cli):
    for args, words in [
        (["--hazard", "NOPE", "--category", "cleared", "--whole"], ["NOPE"]),
        (["--hazard", "FZL-CHA-00001", "--category", "cleared"], ["--whole"]),
        (["--hazard", "FZL-CHA-00001", "--category", "cleared", "--whole", "--date", "31/11/2026"], ["31/11/2026", "YYYY-MM-DD"]),
        (["--hazard", "FZL-CHA-00001", "--category", "cleared", "--geometry", "POLYGON ((1 2"], ["WKT"]),
    ]:
        code, _, err = run_cli("release", project_copy, *args)
        assert code == 2 and len(err.strip().splitlines()) == 1, err
        assert all(w in err for w in words), err


def test_second_editor_is_refused(project_copy):
    with GpkgStore.open(project_copy):
        with pytest.raises(ProjectLocked, match="open for editing"):
            GpkgStore.open(project_copy)
        with GpkgStore.open(project_copy, readonly=True) as ro:  # readers are welcome
            assert len(ro.load().tables["hazards"].fids) == 250
    with GpkgStore.open(project_copy):  # the lock went with the first editor
        pass


def test_a_project_with_a_bad_shape_edited_elsewhere_still_opens(project_copy):
    conn = sqlite3.connect(project_copy)
    conn.create_function("ST_IsEmpty", 1, lambda b: 0)
    for f in ("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
        conn.create_function(f, 1, lambda b: 0.0)
    bow = shapely.MultiPolygon([shapely.Polygon([(X0, Y0), (X0 + 100, Y0 + 100), (X0 + 100, Y0), (X0, Y0 + 100)])])
    conn.execute("UPDATE hazards SET geom=? WHERE fid=1", (store_mod.encode_geometry(bow, 32638),))
    conn.commit()
    conn.close()
    with GpkgStore.open(project_copy, readonly=True) as st_:
        p = Project(st_)
        assert any(w.kind == "invalid geometry repaired" for w in p.warnings)
        assert p.engine.area_ha[0] == pytest.approx(0.5, rel=1e-2)


def test_half_written_edit_is_rolled_back_for_readers(project_copy, run_cli):
    """A writer killed mid-transaction leaves a hot journal; a read-only open still works and
    sees the last committed state."""
    import subprocess
    import sys

    code = f"""
import os, signal
from minedesk.store import GpkgStore
c = GpkgStore.open({str(project_copy)!r}).conn  # an editor, as MineDesk opens one
c.execute("PRAGMA cache_size=1")
c.execute("BEGIN IMMEDIATE")
c.execute("UPDATE releases SET team='HALF' ")
c.execute("UPDATE minedesk_meta SET value='half' WHERE key='created_by'")
os.kill(os.getpid(), signal.SIGKILL)
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    assert project_copy.with_name(project_copy.name + "-journal").exists()
    with GpkgStore.open(project_copy, readonly=True) as st_:
        p = Project(st_)
        assert not any(r["team"] == "HALF" for r in p.rows["releases"].values())
        assert p.meta["created_by"] != "half" and st_.integrity() == "ok"
    code_, out, err = run_cli("tally", project_copy, "--json")
    assert code_ == 0, err


def test_project_public_lifecycle(tmp_path):
    """What front ends use instead of reaching into the store: readonly, history, close (twice
    is fine), a context manager, unsubscribe."""
    from conftest import SAMPLE
    from minedesk.core.commands import MarkReleased
    from minedesk.exchange import import_project, open_source

    path, _ = import_project(tmp_path / "p.gpkg", SAMPLE / "hazards.shp", SAMPLE / "clearance.shp")
    seen = []
    with open_source(path, readonly=False) as project:
        assert not project.readonly
        project.subscribe(seen.append)
        project.execute(MarkReleased("FZL-CHA-00001", "cleared"))
        project.unsubscribe(seen.append)
        project.unsubscribe(print)  # not subscribed: ignored
        project.undo()
        assert len(seen) == 1
        assert [e["action"] for e in project.history()][-2:] == ["do", "undo"]
    project.close()
    with open_source(path, readonly=True) as again:
        assert again.readonly
    with open_source(path, readonly=False) as third:  # the lock went with the first close
        assert not third.readonly
