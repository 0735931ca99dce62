"""The plugin in real QGIS: installed from its zip, started, Processing run, the dock live."""

import json
import os
import subprocess
import sys

import pytest

from conftest import SAMPLE


def expected_tally(by=None):
    """What `minedesk tally --json` prints on the same files (the CLI of the main install when
    CI names it, else the truth of the bundled sample)."""
    cli = os.environ.get("MINEDESK_CLI")
    if cli:
        args = [cli, "tally", str(SAMPLE / "hazards.shp"), "--releases", str(SAMPLE / "clearance.shp"), "--json"]
        if by:
            args += ["--by", by]
        return json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    truth = json.loads((SAMPLE / "truth.json").read_text(encoding="utf-8"))
    return {k: truth[k] for k in ("hazards", "total_ha", "released_ha", "remaining_ha", "released_by_category_ha",
                                  "devices")}


def test_installed_from_the_zip_and_started(plugin, qapp):
    import minedesk
    from qgis.core import QgsApplication

    assert str(qapp.minedesk_plugins) in minedesk.__file__  # the copy inside the plugin
    provider = QgsApplication.processingRegistry().providerById("minedesk")
    assert provider is not None
    assert {a.id() for a in provider.algorithms()} == {"minedesk:tally", "minedesk:check", "minedesk:task_order"}


def test_processing_tally_equals_the_command_line(plugin):
    import processing

    result = processing.run("minedesk:tally", {"HAZARDS": str(SAMPLE / "hazards.shp"),
                                               "RELEASES": str(SAMPLE / "clearance.shp"),
                                               "GROUP_FIELD": "DISTRICT", "OUTPUT": "memory:"})
    got = json.loads(result["JSON"])
    want = expected_tally("DISTRICT")
    for key in ("hazards", "total_ha", "released_ha", "remaining_ha", "devices"):
        assert got[key] == pytest.approx(want[key], abs=1e-4), key
    for cat, v in want["released_by_category_ha"].items():
        assert got["released_by_category_ha"][cat] == pytest.approx(v, abs=1e-4)
    if "groups" in want:
        assert set(got["groups"]) == set(want["groups"])
    table = result["OUTPUT"]
    rows = {f["group"]: f for f in table.getFeatures()}
    assert rows["(all)"]["total_ha"] == pytest.approx(want["total_ha"], abs=1e-4)
    assert len(rows) == 1 + len(got["groups"])


def _memory_layer(name, fields, rows):
    """A polygon layer in UTM 38N held by QGIS: (wkt, {field: value}) per feature."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"Polygon?crs=EPSG:32638&{'&'.join(f'field={f}' for f in fields)}", name, "memory")
    features = []
    for wkt, values in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        for k, v in values.items():
            f[k] = v
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def test_processing_check_finds_what_the_command_line_finds(plugin):
    import processing

    x, y = 640_000, 4_427_000

    def square(x0, y0, d):
        return f"POLYGON(({x0} {y0},{x0 + d} {y0},{x0 + d} {y0 + d},{x0} {y0 + d},{x0} {y0}))"

    bow = f"POLYGON(({x} {y},{x + 100} {y + 100},{x + 100} {y},{x} {y + 100},{x} {y}))"
    long = f"POLYGON(({x + 5000} {y},{x + 5100} {y},{x + 5100} {y + 30000},{x + 5000} {y + 30000},{x + 5000} {y}))"
    hazards = _memory_layer("hazards", ["HAZ_ID:string", "AREA_HA:double"], [
        (bow, {"HAZ_ID": "BOW", "AREA_HA": 0.5}), (square(x + 2000, y, 100), {"HAZ_ID": "A", "AREA_HA": 1.0}),
        (square(x + 2000, y, 100), {"HAZ_ID": "B", "AREA_HA": 1.0}), (long, {"HAZ_ID": "C", "AREA_HA": 300.1}),
        (square(x + 4000, y, 100), {"HAZ_ID": "D", "AREA_HA": 2.0})])
    releases = _memory_layer("clearance", ["CLR_ID:string", "RELEASE:string"], [
        (square(x + 2000, y, 50), {"CLR_ID": "R1", "RELEASE": "cleared"}),
        (square(x + 9000, y, 50), {"CLR_ID": "R2", "RELEASE": "cleared"})])
    result = processing.run("minedesk:check", {"HAZARDS": hazards, "RELEASES": releases, "OUTPUT": "memory:"})
    got = {(f["id"], f["kind"]) for f in json.loads(result["JSON"])["findings"]}
    assert got == {("BOW", "invalid geometry repaired"), ("A", "duplicate geometry"),
                   ("C", "consecutive vertices far apart"), ("D", "reported area differs"),
                   ("R2", "release outside every hazard")}
    assert result["FINDINGS"] == 5
    assert {(f["id"], f["kind"]) for f in result["OUTPUT"].getFeatures()} == got
    clean = processing.run("minedesk:check", {"HAZARDS": str(SAMPLE / "hazards.shp"),
                                               "RELEASES": str(SAMPLE / "clearance.shp"), "OUTPUT": "memory:"})
    assert clean["FINDINGS"] == 0 and json.loads(clean["JSON"])["clean"] is True


def test_processing_tally_repairs_a_bow_tie_as_the_command_line_does(plugin):
    import processing

    x, y = 640_000, 4_427_000
    bow = f"POLYGON(({x} {y},{x + 100} {y + 100},{x + 100} {y},{x} {y + 100},{x} {y}))"
    hazards = _memory_layer("hazards", ["HAZ_ID:string"], [(bow, {"HAZ_ID": "BOW"})])
    got = json.loads(processing.run("minedesk:tally", {"HAZARDS": hazards, "OUTPUT": "memory:"})["JSON"])
    assert got["hazards"] == 1 and got["total_ha"] == pytest.approx(0.5, rel=1e-3)  # both lobes, not QGIS's refusal
    assert any(w.startswith("BOW: invalid geometry repaired") for w in got["warnings"])


def test_processing_task_order(plugin, tmp_path):
    import processing
    import pypdf

    out = tmp_path / "order.pdf"
    processing.run("minedesk:task_order", {"HAZARDS": str(SAMPLE / "hazards.shp"),
                                           "RELEASES": str(SAMPLE / "clearance.shp"), "IDS": "XCV-CHA-00005",
                                           "TASK_ID": "T-2026-0042", "FIELDS": "authority=ANAMA;issued_by=Əli Məmmədov",
                                           "OUTPUT": str(out)})
    text = "\n".join(p.extract_text().replace("\t", " ") for p in pypdf.PdfReader(str(out)).pages)
    assert "T-2026-0042" in text and "XCV-CHA-00005" in text and "Əli Məmmədov" in text and "38SPK" in text
    assert "TASK ORDER" in text  # QGIS's language here: English


def test_processing_task_order_in_russian_and_azerbaijani_on_pyqt5(plugin, tmp_path):
    import processing
    import pypdf

    for language, english_too, words in ((2, False, ["ЗАДАНИЕ", "Геометрия", "Поворотные точки"]),
                                         (1, True, ["TAPŞIRIQ ƏMRİ / TASK ORDER", "Həndəsə / Geometry"])):
        out = tmp_path / f"order-{language}.pdf"
        processing.run("minedesk:task_order", {"HAZARDS": str(SAMPLE / "hazards.shp"),
                                               "RELEASES": str(SAMPLE / "clearance.shp"), "IDS": "XCV-CHA-00005",
                                               "LANGUAGE": language, "ENGLISH_TOO": english_too, "OUTPUT": str(out)})
        text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(out)).pages)
        for word in words:
            assert word in text, word


def test_the_dock_follows_edits_made_through_qgis(plugin, qtbot, tmp_path):
    import shutil

    from qgis.core import QgsFeature, QgsProject, QgsVectorLayer

    from minedesk_qgis.dock import TallyDock

    for p in SAMPLE.glob("*.*"):
        shutil.copy(p, tmp_path / p.name)
    hz = QgsVectorLayer(str(tmp_path / "hazards.shp"), "hazards", "ogr")
    rl = QgsVectorLayer(str(tmp_path / "clearance.shp"), "clearance", "ogr")
    assert hz.isValid() and rl.isValid()
    QgsProject.instance().addMapLayers([hz, rl])
    dock = TallyDock(None)
    qtbot.addWidget(dock)
    dock.set_layers(hz, rl)
    want = expected_tally()
    assert dock.totals.released_ha == pytest.approx(want["released_ha"], abs=1e-4)

    # a hazard not yet fully released: cleared in full by a feature added in QGIS's edit buffer
    target = next(f for f in hz.getFeatures() if f["HAZ_ID"] == "FZL-CHA-00001")
    row = dock.view.hazard_row("FZL-CHA-00001")
    remaining = dock.engine.totals([row]).remaining_ha
    assert remaining > 1
    rl.startEditing()
    f = QgsFeature(rl.fields())
    f.setGeometry(target.geometry())
    f["HAZ_ID"], f["RELEASE"], f["CLR_ID"], f["AP_FOUND"] = "FZL-CHA-00001", "cleared", "NEW-1", 3
    assert rl.addFeature(f)
    assert dock.totals.released_ha == pytest.approx(want["released_ha"] + remaining, abs=1e-3)
    assert dock.totals.devices["AP"] == want["devices"]["AP"] + 3
    rl.undoStack().undo()  # QGIS's own undo
    assert dock.totals.released_ha == pytest.approx(want["released_ha"], abs=1e-4)

    # mark the selection released: features land in the edit buffer, the figures follow
    hz.selectByIds([target.id()])
    assert dock.selection_totals.hazards == 1
    assert dock.mark_selected({"category": "reduced", "method": "technical survey", "date": "2026-11-29",
                               "team": "FZL-T9", "devices": {"UXO": 2}}) == 1
    assert dock.engine.totals([row]).remaining_ha == pytest.approx(0, abs=1e-9)
    assert dock.totals.devices["UXO"] == want["devices"]["UXO"] + 2
    added = [x for x in rl.getFeatures() if x["TEAM"] == "FZL-T9"]
    assert len(added) == 1 and added[0]["RELEASE"] == "reduced" and added[0]["HAZ_ID"] == "FZL-CHA-00001"
    rl.rollBack()
    qtbot.waitUntil(lambda: dock.totals.released_ha == pytest.approx(want["released_ha"], abs=1e-4), timeout=5000)

    out = dock.task_order(str(tmp_path / "dock.pdf"))
    assert out and os.path.getsize(out) > 10_000
    QgsProject.instance().removeAllMapLayers()


def test_the_plugin_never_loads_pyside6(plugin):
    assert "PySide6" not in sys.modules


def test_field_mapping_is_remembered_per_layer(plugin, qtbot, tmp_path):
    import shutil

    from qgis.core import QgsProject, QgsVectorLayer

    from minedesk_qgis.bridge import mapping_for
    from minedesk_qgis.dock import TallyDock

    for p in SAMPLE.glob("*.*"):
        shutil.copy(p, tmp_path / p.name)
    hz = QgsVectorLayer(str(tmp_path / "hazards.shp"), "hazards", "ogr")
    rl = QgsVectorLayer(str(tmp_path / "clearance.shp"), "clearance", "ogr")
    QgsProject.instance().addMapLayers([hz, rl])
    dock = TallyDock(None)
    qtbot.addWidget(dock)
    dock.set_layers(hz, rl)
    before = dock.totals
    # count only AP as "UXO" and every release as cancelled: the figures change accordingly
    dock.edit_fields({"hazard_id": "HAZ_ID", "release_hazard_id": "HAZ_ID", "category": "cancelled",
                      "devices": {"UXO": "AP_FOUND"}})
    assert mapping_for(rl).devices == {"UXO": "AP_FOUND"}
    assert dock.totals.devices["UXO"] == before.devices["AP"]
    assert dock.totals.released_by_category_ha["cleared"] == 0
    assert dock.totals.released_ha == pytest.approx(before.released_ha, abs=1e-3)  # the same land, other pieces
    QgsProject.instance().removeAllMapLayers()


def test_the_dock_refuses_bad_values_and_never_writes_over_a_layer(plugin, qtbot, tmp_path):
    """Issue 11 in the dock: device counts and dates go through the core's rules (nothing added to
    the edit buffer when they are refused), and a task order never replaces a layer's own file."""
    import hashlib
    import shutil

    from qgis.core import QgsProject, QgsVectorLayer

    from minedesk_qgis.dock import TallyDock

    for p in SAMPLE.glob("*.*"):
        shutil.copy(p, tmp_path / p.name)
    hz = QgsVectorLayer(str(tmp_path / "hazards.shp"), "hazards", "ogr")
    rl = QgsVectorLayer(str(tmp_path / "clearance.shp"), "clearance", "ogr")
    QgsProject.instance().addMapLayers([hz, rl])
    dock = TallyDock(None)
    qtbot.addWidget(dock)
    dock.set_layers(hz, rl)
    target = next(f for f in hz.getFeatures() if f["HAZ_ID"] == "FZL-CHA-00001")
    hz.selectByIds([target.id()])
    before = rl.featureCount()
    for values, word in (({"devices": {"AP": -3}}, "negative"), ({"devices": {"AT": 10**9}}, "more than"),
                         ({"date": "31.02.2024"}, "31.02.2024")):
        values = {"category": "cleared", "date": "2026-11-29", **values}
        assert dock.mark_selected(values) == 0
        assert word in dock.all_label.toolTip(), dock.all_label.toolTip()
    assert rl.featureCount() == before and not rl.isModified()
    assert dock.mark_selected({"category": "cleared", "date": "15.06.2024", "devices": {"AP": 2}}) == 1
    added = [x for x in rl.getFeatures() if x["AP_FOUND"] == 2 and x["HAZ_ID"] == "FZL-CHA-00001"]
    assert added and str(added[-1]["DATE"]).startswith("2024-06-15")
    rl.rollBack()

    shp = tmp_path / "hazards.shp"
    digest = hashlib.sha256(shp.read_bytes()).hexdigest()
    assert dock.task_order(str(shp)) is None  # even though "the save dialog asked"
    assert "hazards.shp" in dock.all_label.toolTip()
    assert hashlib.sha256(shp.read_bytes()).hexdigest() == digest
    QgsProject.instance().removeAllMapLayers()


def test_task_orders_from_qgis_are_numbered_by_the_core_rule(plugin, qtbot, tmp_path):
    """The dock and Processing take the next free number of the year from the orders issued in the
    QGIS project, as the command line and the window do from a MineDesk project; an issued id
    given to Processing makes its next version."""
    import datetime

    import processing
    import pypdf
    from qgis.core import QgsProject, QgsVectorLayer

    from minedesk_qgis.bridge import issued_orders
    from minedesk_qgis.dock import TallyDock

    year = datetime.date.today().year
    QgsProject.instance().clear()
    hz = QgsVectorLayer(str(SAMPLE / "hazards.shp"), "hazards", "ogr")
    rl = QgsVectorLayer(str(SAMPLE / "clearance.shp"), "clearance", "ogr")
    QgsProject.instance().addMapLayers([hz, rl])
    dock = TallyDock(None)
    qtbot.addWidget(dock)
    dock.set_layers(hz, rl)
    hz.selectByIds([next(f.id() for f in hz.getFeatures() if f["HAZ_ID"] == "XCV-CHA-00005")])
    assert dock.task_order(str(tmp_path / "a.pdf"))
    assert dock.task_order(str(tmp_path / "b.pdf"))
    params = {"HAZARDS": str(SAMPLE / "hazards.shp"), "IDS": "XCV-CHA-00005", "OUTPUT": str(tmp_path / "c.pdf")}
    processing.run("minedesk:task_order", params)
    processing.run("minedesk:task_order", {**params, "TASK_ID": f"T-{year}-0001", "OUTPUT": str(tmp_path / "d.pdf")})
    got = [(o.task_id, o.version) for o in issued_orders(QgsProject.instance())]
    assert got == [(f"T-{year}-0001", 1), (f"T-{year}-0002", 1), (f"T-{year}-0003", 1), (f"T-{year}-0001", 2)]
    text = pypdf.PdfReader(str(tmp_path / "c.pdf")).pages[0].extract_text()
    assert f"T-{year}-0003" in text
    QgsProject.instance().removeAllMapLayers()
    QgsProject.instance().clear()


def test_marking_several_hazards_counts_their_devices_once(plugin, qtbot, tmp_path):
    import shutil

    from qgis.core import QgsProject, QgsVectorLayer

    from minedesk_qgis.dock import TallyDock

    for p in SAMPLE.glob("clearance.*"):
        shutil.copy(p, tmp_path / p.name)
    hz = QgsVectorLayer(str(SAMPLE / "hazards.shp"), "hazards", "ogr")
    rl = QgsVectorLayer(str(tmp_path / "clearance.shp"), "clearance", "ogr")
    QgsProject.instance().addMapLayers([hz, rl])
    dock = TallyDock(None)
    qtbot.addWidget(dock)
    dock.set_layers(hz, rl)
    before = dock.totals.devices["UXO"]
    hz.selectByIds([f.id() for f in hz.getFeatures() if f["HAZ_ID"] in ("FZL-CHA-00001", "ZNG-CHA-00002")])
    assert dock.mark_selected({"category": "cleared", "method": "manual", "date": "2026-11-29", "team": "T-DEV",
                               "devices": {"UXO": 2}}) == 2
    added = [f for f in rl.getFeatures() if f["TEAM"] == "T-DEV"]
    assert sorted(int(f["UXO_FOUND"] or 0) for f in added) == [0, 2]  # once, as the window records them
    assert dock.totals.devices["UXO"] == before + 2
    rl.rollBack()
    QgsProject.instance().removeAllMapLayers()


def test_a_hazard_edit_in_qgis_changes_that_hazard_only(plugin, qtbot, tmp_path):
    """Moving, adding, renaming and deleting a hazard in QGIS's edit buffer updates the figures at
    once, without re-reading the layers, and ends where a fresh read of the same features ends."""
    import shutil

    from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

    from minedesk_qgis.dock import TallyDock

    for p in SAMPLE.glob("hazards.*"):
        shutil.copy(p, tmp_path / p.name)
    hz = QgsVectorLayer(str(tmp_path / "hazards.shp"), "hazards", "ogr")
    rl = QgsVectorLayer(str(SAMPLE / "clearance.shp"), "clearance", "ogr")
    QgsProject.instance().addMapLayers([hz, rl])
    dock = TallyDock(None)
    qtbot.addWidget(dock)
    dock.set_layers(hz, rl)
    engine = dock.engine
    rebuilt = []
    dock._timer.timeout.connect(lambda: rebuilt.append(1))
    target = next(f for f in hz.getFeatures() if f["HAZ_ID"] == "FZL-CHA-00001")
    hz.startEditing()
    moved = QgsGeometry(target.geometry())
    moved.translate(5000, 0)  # off its releases: what they cleared no longer lies on it
    assert hz.changeGeometry(target.id(), moved)
    assert dock.engine is engine and dock.totals.released_ha < 1026.78 - 1
    new = QgsFeature(hz.fields())
    new.setGeometry(QgsGeometry.fromWkt("POLYGON ((640000 4427000, 640100 4427000, 640100 4427100, "
                                        "640000 4427100, 640000 4427000))"))
    new["HAZ_ID"] = "NEW-1"
    assert hz.addFeature(new)
    assert dock.totals.hazards == 251 and dock.view.hazard_row("NEW-1") >= 250
    other = next(f for f in hz.getFeatures() if f["HAZ_ID"] == "ZNG-CHA-00002")
    assert hz.deleteFeature(other.id())
    assert dock.totals.hazards == 250 and dock.engine is engine and not rebuilt
    live = dock.totals
    dock.rebuild()  # a fresh read of the edit buffer, as the layer shows it
    fresh = dock.totals
    assert (live.hazards, live.devices) == (fresh.hazards, fresh.devices)
    assert live.total_ha == pytest.approx(fresh.total_ha, abs=1e-6)
    assert live.released_ha == pytest.approx(fresh.released_ha, abs=1e-6)
    hz.rollBack()
    QgsProject.instance().removeAllMapLayers()
