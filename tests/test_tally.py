"""The tally rules: clip to the hazard, overlaps once, cleared > reduced > cancelled, devices once."""

import numpy as np
import pytest
import shapely

from conftest import X0, Y0, square, write_layer
from minedesk import io
from minedesk.core.area import AreaMeter
from minedesk.core.mapping import FieldMapping
from minedesk.core.model import Category
from minedesk.core.tally import TallyEngine

CLEARED, REDUCED, CANCELLED = 0, 1, 2


def engine_for(hazards_path, releases_path, **mapping):
    hz, _ = io.read_hazards(hazards_path, mapping=FieldMapping(**mapping))
    rel, _ = io.read_releases(releases_path, mapping=FieldMapping(**mapping))
    return TallyEngine(hz, rel)


def ha(engine, geom):
    return engine.meter.hectares(np.array([geom], dtype=object))[0]


def test_precedence_clipping_and_devices(blocks):
    e = engine_for(*blocks)
    t = e.totals()
    h1 = square(X0, Y0, 100)
    cleared = ha(e, shapely.box(X0, Y0, X0 + 50, Y0 + 100)) + ha(e, square(X0 + 200, Y0, 100))
    reduced = ha(e, shapely.box(X0 + 50, Y0, X0 + 75, Y0 + 100))
    cancelled = ha(e, shapely.box(X0 + 75, Y0, X0 + 100, Y0 + 10))  # clipped, and not under R1/R2
    assert t.hazards == 2
    assert t.total_ha == pytest.approx(ha(e, h1) + ha(e, square(X0 + 200, Y0, 100)), rel=1e-12)
    assert t.released_by_category_ha["cleared"] == pytest.approx(cleared, rel=1e-9)
    assert t.released_by_category_ha["reduced"] == pytest.approx(reduced, rel=1e-9)
    assert t.released_by_category_ha["cancelled"] == pytest.approx(cancelled, rel=1e-9)
    assert t.remaining_ha == pytest.approx(t.total_ha - cleared - reduced - cancelled, rel=1e-9)
    assert t.devices == {"AP": 4, "AT": 1, "UXO": 7, "IED": 0}
    assert e.warnings == []


def test_groups_by_attribute(blocks):
    e = engine_for(*blocks)
    groups = e.groups("DISTRICT")
    assert set(groups) == {"Ağdam", "Füzuli"}
    assert groups["Füzuli"].remaining_ha == pytest.approx(0, abs=1e-9)
    assert groups["Füzuli"].devices["UXO"] == 5
    assert sum(g.total_ha for g in groups.values()) == pytest.approx(e.totals().total_ha)


def test_link_by_location_counts_toward_each_hazard_devices_once(tmp_path):
    hazards = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), square(X0 + 100, Y0, 100)],
                          {"HAZ_ID": ["A", "B"]})
    # no hazard id on the release: one release straddling both hazards, more of it over B
    rel = write_layer(tmp_path / "r.shp", [shapely.box(X0 + 80, Y0, X0 + 200, Y0 + 100)],
                      {"RELEASE": ["cleared"], "AP_FOUND": [7]})
    e = engine_for(hazards, rel)
    a, b = e.totals([0]), e.totals([1])
    assert a.released_ha == pytest.approx(ha(e, shapely.box(X0 + 80, Y0, X0 + 100, Y0 + 100)), rel=1e-9)
    assert b.released_ha == pytest.approx(b.total_ha, rel=1e-9)
    assert (a.devices["AP"], b.devices["AP"]) == (0, 7)


def test_unknown_hazard_id_links_by_location_with_a_warning(tmp_path):
    hazards = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100)], {"HAZ_ID": ["A"]})
    rel = write_layer(tmp_path / "r.shp", [square(X0, Y0, 100), square(X0 + 5000, Y0, 100)],
                      {"HAZ_ID": ["TYPO", "A"], "RELEASE": ["reduced", "cleared"], "CLR_ID": ["R1", "R2"],
                       "UXO": [0, 2]})
    e = engine_for(hazards, rel)
    t = e.totals()
    assert t.released_by_category_ha["reduced"] == pytest.approx(t.total_ha, rel=1e-9)
    # R2 names hazard A but lies 5 km away: it counts no area there, its devices stay A's
    assert t.released_by_category_ha["cleared"] == 0 and t.devices["UXO"] == 2
    assert sorted((w.label, w.kind) for w in e.warnings) == [("R1", "unknown hazard id"), ("R2", "release outside its hazard")]


def test_release_outside_every_hazard_is_reported(tmp_path):
    hazards = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100)], {"NAME": ["x"]})
    rel = write_layer(tmp_path / "r.shp", [square(X0 + 900, Y0, 50)],
                      {"RELEASE": ["cleared"], "AP_FOUND": [3]})
    e = engine_for(hazards, rel)
    assert e.totals().released_ha == 0 and e.totals().devices["AP"] == 0
    (w,) = e.warnings
    assert w.kind == "release outside every hazard" and "3 device" in w.detail


def test_release_layer_in_another_crs_is_reprojected(blocks, tmp_path):
    hz, rel_path = blocks
    rel, _ = io.read_releases(rel_path)
    from pyproj import Transformer

    t = Transformer.from_crs(32638, 4326, always_xy=True)
    moved = shapely.transform(rel.geometry, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))
    fields = {"HAZ_ID": list(rel.hazard_ids), "RELEASE": ["cleared", "reduced", "cancelled", "cleared"]}
    wgs = write_layer(tmp_path / "r4326.geojson", moved, fields, crs="EPSG:4326")
    a = engine_for(hz, rel_path).totals()
    b = engine_for(hz, wgs).totals()
    for cat in a.released_by_category_ha:
        assert b.released_by_category_ha[cat] == pytest.approx(a.released_by_category_ha[cat], rel=1e-6)


def test_incremental_edits_equal_a_full_recount(blocks):
    e = engine_for(*blocks)
    calls = []
    e.subscribe(calls.append)
    key, changed = e.add_release(shapely.box(X0 + 50, Y0, X0 + 100, Y0 + 100), CLEARED, {"AP": 2}, "H-1")
    assert changed == {0} and calls == [{0}]
    assert e.totals([0]).released_by_category_ha["cleared"] == pytest.approx(e.totals([0]).total_ha, rel=1e-9)
    assert e.totals([0]).released_by_category_ha["reduced"] == 0
    e.update_release(key, category=CANCELLED)
    assert e.totals().devices["AP"] == 6
    e.update_release(key, devices={"AP": 0})
    assert e.totals().devices["AP"] == 4
    e.remove_release(key)
    fresh = engine_for(*blocks)
    assert e.totals().to_dict(12) == fresh.totals().to_dict(12)
    assert np.array_equal(e.released_ha, fresh.released_ha)


def test_update_touches_only_the_hazards_involved(blocks):
    e = engine_for(*blocks)
    before = e.released_ha.copy()
    changed = e.update_release(3, geometry=square(X0 + 200, Y0, 50))
    assert changed == {1}
    assert np.array_equal(e.released_ha[0], before[0])
    assert e.totals([1]).released_by_category_ha["cleared"] == pytest.approx(ha(e, square(X0 + 200, Y0, 50)))


def test_released_parts_are_disjoint_and_inside(blocks):
    e = engine_for(*blocks)
    parts = e.released_parts(0)
    assert set(parts) == {"cleared", "reduced", "cancelled"}
    h = e.hazards.geometry[0]
    union = shapely.union_all(list(parts.values()))
    assert shapely.area(shapely.difference(union, h)) < 1e-6
    assert sum(p.area for p in parts.values()) == pytest.approx(union.area)


def test_constant_category_for_a_layer_without_one(tmp_path):
    hazards = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100)], {"HAZ_ID": ["A"]})
    rel = write_layer(tmp_path / "r.shp", [square(X0, Y0, 50)], {"HAZ_ID": ["A"]})
    e = engine_for(hazards, rel, category=Category.REDUCED)
    assert e.totals().released_by_category_ha["reduced"] == pytest.approx(e.totals().total_ha / 4, rel=1e-4)


def test_meter_is_shared_and_no_hazards_is_fine(tmp_path):
    hazards = write_layer(tmp_path / "h.shp", [None], {"HAZ_ID": ["A"]})
    hz, findings = io.read_hazards(hazards)
    e = TallyEngine(hz, None)
    assert e.totals().hazards == 0 and e.totals().total_ha == 0 and len(findings) == 1
    assert isinstance(e.meter, AreaMeter)


def test_remaining_percent_and_cap_have_one_rule_for_numbers_and_arrays():
    from minedesk.core.tally import Tally, cap_to_hazard, percent_released, remaining_ha

    assert remaining_ha(2.0, 0.5) == 1.5 and remaining_ha(1.0, 1.0 + 1e-9) == 0.0
    assert percent_released(0.5, 2.0) == 25.0 and percent_released(1.0, 0.0) == 0.0
    assert list(remaining_ha(np.array([2.0, 1.0, 0.0]), np.array([0.5, 2.0, 0.0]))) == [1.5, 0.0, 0.0]
    assert list(percent_released(np.array([0.5, 1.0, 0.0]), np.array([2.0, 1.0, 0.0]))) == [25.0, 100.0, 0.0]
    t = Tally(hazards=1, total_ha=2.0, released_by_category_ha={"cleared": 0.25, "reduced": 0.25}, devices={})
    assert (t.remaining_ha, t.percent_released) == (remaining_ha(2.0, 0.5), percent_released(0.5, 2.0))
    released = np.array([[0.6, 0.6, 0.0], [0.2, 0.1, 0.0]])
    capped = cap_to_hazard(released, np.array([1.0, 1.0]))
    assert capped.sum(axis=1) == pytest.approx([1.0, 0.3]) and capped[0, 0] == pytest.approx(0.5)


def test_the_engine_never_changes_the_hazard_set_it_was_given(blocks):
    """Live edits change the engine's own copy: the caller's HazardSet (a file read once, shown
    elsewhere) stays as read."""
    import shapely

    from minedesk import io
    from minedesk.core.tally import TallyEngine

    hazards_path, releases_path = blocks
    hazards, _ = io.read_hazards(hazards_path)
    releases, _ = io.read_releases(releases_path)
    geometry, ids = hazards.geometry.copy(), hazards.ids.copy()
    attributes = {k: v.copy() for k, v in hazards.attributes.items()}
    engine = TallyEngine(hazards, releases)
    engine.update_hazard(0, geometry=shapely.box(0, 0, 1, 1), hazard_id="NEW", attributes={"DISTRICT": "X"})
    engine.add_hazard(shapely.box(5, 5, 6, 6), "ADDED", {"DISTRICT": "Y"})
    assert len(hazards) == 2 and list(hazards.ids) == list(ids)
    assert all(shapely.equals(a, b) for a, b in zip(hazards.geometry, geometry, strict=True))
    assert {k: list(v) for k, v in hazards.attributes.items()} == {k: list(v) for k, v in attributes.items()}
    assert engine.hazards.ids[0] == "NEW" and len(engine.hazards) == 3


def test_group_members_is_one_rule():
    import numpy as np

    from minedesk.core.tally import NO_VALUE, group_members

    values = np.array(["Füzuli", None, "Ağdam", "", float("nan"), "Ağdam", 7], dtype=object)
    alive = np.array([True, True, True, True, True, False, True])
    assert group_members(values, alive) == {NO_VALUE: [1, 3, 4], "7": [6], "Ağdam": [2], "Füzuli": [0]}
    assert list(group_members(values, alive)) == [NO_VALUE, "7", "Ağdam", "Füzuli"]


def test_cli_and_summary_group_the_same_hazards(tmp_path, run_cli):
    """tally --by and report --by put every hazard in the same group."""
    import csv
    import json

    from conftest import SAMPLE

    project = tmp_path / "p.gpkg"
    assert run_cli("import", SAMPLE / "hazards.shp", "--releases", SAMPLE / "clearance.shp", "-o", project)[0] == 0
    tally = json.loads(run_cli("tally", project, "--by", "DISTRICT", "--json")[1])["groups"]
    assert run_cli("report", project, "--by", "DISTRICT", "--csv", tmp_path / "r.csv")[0] == 0
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    names = [r[0] for r in rows[1:] if r and r[0] in tally]
    assert names == list(tally)


def test_not_counted_says_what_the_figures_leave_out(tmp_path, run_cli):
    """Releases on no hazard (outside every one, or outside the one they name) and skipped hazards,
    in the JSON, the table and the engine, and kept current by edits."""
    import json

    import shapely

    from conftest import X0, Y0, square, write_layer
    from minedesk import io
    from minedesk.core.tally import TallyEngine

    hz = write_layer(tmp_path / "h.shp", [square(X0, Y0, 100), None, square(X0 + 500, Y0, 100)],
                     {"HAZ_ID": ["H-1", "H-2", "H-3"]})
    rl = write_layer(tmp_path / "r.shp", [shapely.box(X0, Y0, X0 + 50, Y0 + 100),  # on H-1: counted
                                          shapely.box(X0 + 2000, Y0, X0 + 2100, Y0 + 100),  # on nothing: 1 ha
                                          shapely.box(X0 + 500, Y0, X0 + 600, Y0 + 50)],  # names H-1, lies on H-3
                     {"HAZ_ID": ["H-1", None, "H-1"], "RELEASE": ["cleared", "cleared", "reduced"]})
    code, out, err = run_cli("tally", hz, "--releases", rl, "--json")
    assert code == 0, err
    got = json.loads(out)["not_counted"]
    assert got["releases"] == 2 and got["hazards_skipped"] == 1
    assert got["ha"] == pytest.approx(1.5, rel=1e-3)  # 1 ha + 0.5 ha, on the ellipsoid
    code, out, _ = run_cli("tally", hz, "--releases", rl)
    assert "Not counted: 1.50 ha in 2 releases outside every hazard (or the one it names); 1 hazard skipped" in out
    hazards, _ = io.read_hazards(hz)
    releases, _ = io.read_releases(rl)
    engine = TallyEngine(hazards, releases)
    before = engine.not_counted()
    key, _ = engine.add_release(shapely.box(X0 + 3000, Y0, X0 + 3100, Y0 + 100), 0)
    assert engine.not_counted().releases == before.releases + 1
    engine.update_release(key, geometry=shapely.box(X0, Y0 + 50, X0 + 100, Y0 + 100))  # moved onto H-1
    assert engine.not_counted().releases == before.releases
    engine.update_hazard(0, geometry=square(X0 + 9000, Y0, 100))  # H-1 moves off its releases
    assert engine.not_counted().releases == before.releases + 2  # the one named H-1, and the one now bare
    engine.remove_release(key)
    assert engine.not_counted().releases == before.releases + 1
    clean = json.loads(run_cli("tally", hz, "--json")[1])["not_counted"]
    assert clean == {"releases": 0, "ha": 0.0, "hazards_skipped": 1}


def test_apply_release_is_the_one_way_a_release_row_reaches_the_figures(blocks):
    """A release row as written (project row, QGIS feature): the category read by the core's rule
    (any accepted spelling), the counts as the figures count them; no shape or no category: removed."""
    e = engine_for(*blocks)
    before = e.totals().to_dict(12)
    whole = shapely.box(X0 + 50, Y0, X0 + 100, Y0 + 100)
    key, changed = e.apply_release(None, whole, "Clearance", {"AP": "2", "UXO": -99, "AT": None}, "H-1", "NEW")
    assert key is not None and changed == {0}
    t = e.totals([0])
    assert t.released_by_category_ha["cleared"] == pytest.approx(t.total_ha, rel=1e-9)
    assert e.totals().devices["AP"] == before["devices"]["AP"] + 2  # "2" reads as 2
    assert e.totals().devices["UXO"] == before["devices"]["UXO"]  # a no-data marker counts 0
    key, _ = e.apply_release(key, whole, Category.REDUCED, {"AP": 1}, "H-1", "NEW")  # the row changed
    assert e.totals().devices["AP"] == before["devices"]["AP"] + 1
    assert e.totals([0]).released_by_category_ha["cleared"] < t.total_ha
    key, changed = e.apply_release(key, whole, "no such category", {"AP": 1}, "H-1", "NEW")
    assert key is None and changed == {0}
    assert e.totals().to_dict(12) == before
    key, _ = e.apply_release(None, whole, "cleared", {}, "H-1", "NEW")
    assert e.apply_release(key, None, "cleared", {}, "H-1", "NEW") == (None, {0})  # deleted, or no shape
    assert e.totals().to_dict(12) == before


def test_the_readmes_not_counted_line_is_what_the_dirty_sample_prints(run_cli):
    from conftest import REPO, SAMPLE

    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    shown = readme.split("with a line such as `", 1)[1].split("`", 1)[0]
    code, out, _ = run_cli("tally", SAMPLE / "dirty" / "hazards.shp", "--releases", SAMPLE / "dirty" / "clearance.shp")
    assert code == 0 and shown in out.splitlines()
