"""Issue 16: the dock and Processing as a QGIS user relies on them every day, on real QGIS."""

import json
import shutil

import pytest

from conftest import SAMPLE


@pytest.fixture
def project(plugin):
    from qgis.core import QgsProject

    QgsProject.instance().removeAllMapLayers()
    yield QgsProject.instance()
    QgsProject.instance().removeAllMapLayers()


def _sample(tmp_path, names=("hazards", "clearance")):
    from qgis.core import QgsVectorLayer

    tmp_path.mkdir(parents=True, exist_ok=True)
    for p in SAMPLE.glob("*.*"):
        shutil.copy(p, tmp_path / p.name)
    layers = [QgsVectorLayer(str(tmp_path / f"{n}.shp"), n, "ogr") for n in names]
    assert all(layer.isValid() for layer in layers)
    return layers


def _without_category(path):
    """The sample's releases without their RELEASE column (as the Bosnian cleared areas come)."""
    import processing

    layer = processing.run("native:deletecolumn", {"INPUT": str(path), "COLUMN": ["RELEASE"],
                                                   "OUTPUT": "memory:"})["OUTPUT"]
    layer.setName("cleared")
    assert "RELEASE" not in layer.fields().names() and layer.featureCount() > 0
    return layer


def _dock(qtbot):
    from minedesk_qgis.dock import TallyDock

    dock = TallyDock(None)
    qtbot.addWidget(dock)
    return dock


# ---------------------------------------------------------------------------------- item 1
def test_the_same_layer_in_both_boxes_is_refused_with_a_message(project, qtbot, tmp_path):
    hz, rl = _sample(tmp_path)
    project.addMapLayers([hz, rl])
    dock = _dock(qtbot)
    dock.set_layers(hz, rl)
    assert dock.totals.hazards == 250 and "All hazards" in dock.all_label.text()
    dock.release_combo.setLayer(hz)  # as the user does: Releases = the hazard layer
    assert dock.engine is None
    assert "same layer" in dock.all_label.text() and "All hazards" not in dock.all_label.text()
    assert dock.selection_label.text() == ""  # no stale figures
    hz.selectByIds([next(hz.getFeatures()).id()])  # the selection signal on a refused choice: no crash
    assert dock.mark_selected({"category": "cleared"}) == 0 and dock.task_order(str(tmp_path / "x.pdf")) is None
    dock.release_combo.setLayer(rl)
    assert dock.totals.hazards == 250
    dock.hazard_combo.setLayer(rl)  # Hazards = Releases = clearance
    assert dock.engine is None and "same layer" in dock.all_label.text()
    dock.set_layers(hz, rl)
    assert dock.totals.hazards == 250


def test_the_boxes_preselect_hazards_and_releases_by_their_fields(project, qtbot, tmp_path):
    hz, rl = _sample(tmp_path)
    project.addMapLayers([rl, hz])  # releases first: the first layer is not taken for the hazards
    dock = _dock(qtbot)
    assert dock.hazard_layer is hz and dock.release_layer is rl
    assert dock.totals.hazards == 250
    cleared = _without_category(tmp_path / "clearance.shp")  # still looks like releases (ids, devices)
    project.removeMapLayer(rl.id())
    project.addMapLayer(cleared)
    assert dock.hazard_layer is hz and dock.release_layer is cleared


# ---------------------------------------------------------------------------------- item 2
def test_the_dock_follows_the_hazard_filter_set_changed_and_removed(project, qtbot, tmp_path):
    hz, rl = _sample(tmp_path)
    project.addMapLayers([hz, rl])
    dock = _dock(qtbot)
    dock.set_layers(hz, rl)
    everything = dock.totals
    districts = sorted({f["DISTRICT"] for f in hz.getFeatures()})
    assert len(districts) > 1
    seen = []
    for district in districts[:2]:
        assert hz.setSubsetString(f"\"DISTRICT\" = '{district}'")
        want = hz.featureCount()
        assert 0 < want < 250
        assert dock.totals.hazards == want
        assert dock.totals.total_ha < everything.total_ha
        seen.append(dock.totals.total_ha)
    assert seen[0] != seen[1]
    assert hz.setSubsetString("")
    assert dock.totals.hazards == 250 and dock.totals.total_ha == pytest.approx(everything.total_ha, abs=1e-9)


def test_the_dock_follows_the_release_filter_and_the_data_source(project, qtbot, tmp_path):
    hz, rl = _sample(tmp_path)
    project.addMapLayers([hz, rl])
    dock = _dock(qtbot)
    dock.set_layers(hz, rl)
    everything = dock.totals
    assert everything.released_by_category_ha["reduced"] > 0
    assert rl.setSubsetString("\"RELEASE\" = 'cleared'")
    assert dock.totals.released_by_category_ha["reduced"] == 0
    assert dock.totals.released_by_category_ha["cleared"] == pytest.approx(
        everything.released_by_category_ha["cleared"], abs=1e-6)
    assert rl.setSubsetString("")
    assert dock.totals.released_ha == pytest.approx(everything.released_ha, abs=1e-9)

    # another data source for the hazard layer: a copy holding only some of the hazards
    import processing

    part = tmp_path / "part.gpkg"
    district = next(hz.getFeatures())["DISTRICT"]
    processing.run("native:extractbyexpression", {"INPUT": str(tmp_path / "hazards.shp"),
                                                   "EXPRESSION": f"\"DISTRICT\" = '{district}'", "OUTPUT": str(part)})
    from qgis.core import QgsVectorLayer

    want = QgsVectorLayer(str(part), "p", "ogr").featureCount()
    assert 0 < want < 250
    hz.setDataSource(str(part), "hazards", "ogr")
    assert dock.totals.hazards == want


# ---------------------------------------------------------------------------------- item 3
def test_the_dock_never_starts_blank(project, qtbot, tmp_path):
    hz, rl = _sample(tmp_path)
    project.addMapLayers([hz, rl])
    before = _dock(qtbot)  # layers loaded before the dock starts
    assert before.totals.hazards == 250 and "All hazards" in before.all_label.text()
    project.removeAllMapLayers()
    assert before.engine is None and "Choose the hazard layer" in before.all_label.text()

    after = _dock(qtbot)  # an empty project: a prompt, then figures once layers are loaded
    assert "Choose the hazard layer" in after.all_label.text()
    hz, rl = _sample(tmp_path / "again")
    project.addMapLayers([hz, rl])
    for dock in (before, after):
        assert dock.hazard_layer is hz and dock.release_layer is rl
        assert dock.totals.hazards == 250 and dock.totals.released_ha > 0


def test_a_choice_of_the_user_is_kept_when_layers_are_loaded(project, qtbot, tmp_path):
    hz, rl = _sample(tmp_path)
    project.addMapLayers([hz])
    dock = _dock(qtbot)
    dock.set_layers(hz, None)  # the user: no release layer
    project.addMapLayers([rl])
    assert dock.hazard_layer is hz and dock.release_layer is None and dock.totals.released_ha == 0


# ---------------------------------------------------------------------------------- item 4
def test_a_hazard_geometry_edit_on_10000_hazards_is_incremental(project, qtbot, monkeypatch):
    """10,000 hazards and 5,000 releases: a hazard's geometry moved in QGIS's edit buffer reaches the
    figures without either layer being read again (its time: benchmarks/bench_qgis_dock.py, README),
    and the figures equal a fresh read of the edited layers."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    import minedesk_qgis.dock as dock_module

    hz = QgsVectorLayer("Polygon?crs=EPSG:32638&field=HAZ_ID:string", "hazards", "memory")
    rl = QgsVectorLayer("Polygon?crs=EPSG:32638&field=HAZ_ID:string&field=RELEASE:string", "releases", "memory")

    def square(x, y, w, h):
        return QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + w} {y},{x + w} {y + h},{x} {y + h},{x} {y}))")

    hazards, releases = [], []
    for i in range(10_000):
        x, y = 600_000 + (i % 100) * 200, 4_400_000 + (i // 100) * 200
        f = QgsFeature(hz.fields())
        f.setGeometry(square(x, y, 150, 150))
        f.setAttributes([f"H-{i:05d}"])
        hazards.append(f)
        if i % 2 == 0:
            r = QgsFeature(rl.fields())
            r.setGeometry(square(x, y, 75, 150))  # the western half cleared
            r.setAttributes([f"H-{i:05d}", "cleared"])
            releases.append(r)
    assert hz.dataProvider().addFeatures(hazards)[0] and rl.dataProvider().addFeatures(releases)[0]
    project.addMapLayers([hz, rl])
    dock = _dock(qtbot)
    dock.set_layers(hz, rl)
    assert dock.totals.hazards == 10_000 and dock.totals.released_ha == pytest.approx(5_000 * 1.125, rel=1e-3)
    reads = []
    real = dock_module.read_sets
    monkeypatch.setattr(dock_module, "read_sets", lambda *a, **k: reads.append(1) or real(*a, **k))
    engine = dock.engine
    target = next(f for f in hz.getFeatures() if f["HAZ_ID"] == "H-00000")
    hz.startEditing()
    moved = QgsGeometry(target.geometry())
    moved.translate(37.5, 0)  # half its release now lies outside it
    before = dock.totals
    assert hz.changeGeometry(target.id(), moved)
    assert not reads and dock.engine is engine  # that hazard only: no layer read again
    assert before.released_ha - dock.totals.released_ha == pytest.approx(0.5625, rel=2e-3)  # 37.5 m x 150 m
    live = dock.totals
    dock.rebuild()
    assert reads == [1]
    assert dock.totals.total_ha == pytest.approx(live.total_ha, abs=1e-6)
    assert dock.totals.released_ha == pytest.approx(live.released_ha, abs=1e-6)
    hz.rollBack()


# ---------------------------------------------------------------------------------- item 5
@pytest.mark.parametrize("alg_id", ["minedesk:tally", "minedesk:check", "minedesk:task_order"])
def test_processing_takes_the_mapping_for_a_release_layer_without_category(project, tmp_path, alg_id):
    import processing
    from qgis.core import QgsApplication, QgsProcessingException

    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    names = {p.name() for p in alg.parameterDefinitions()}
    assert {"HAZARD_ID_FIELD", "RELEASE_HAZARD_ID_FIELD", "CATEGORY_FIELD", "CATEGORY", "CATEGORY_VALUES",
            "AP_FIELD", "AT_FIELD", "UXO_FIELD", "IED_FIELD"} <= names
    cleared = _without_category(SAMPLE / "clearance.shp")
    params = {"HAZARDS": str(SAMPLE / "hazards.shp"), "RELEASES": cleared,
              "OUTPUT": str(tmp_path / ("out.pdf" if alg_id.endswith("order") else "out.gpkg"))}
    if alg_id.endswith("order"):
        params["IDS"] = "XCV-CHA-00005"
    with pytest.raises(QgsProcessingException) as refused:
        processing.run(alg_id, params)
    message = str(refused.value)
    assert "CATEGORY_FIELD" in message and "--" not in message, message
    result = processing.run(alg_id, {**params, "CATEGORY": 1})  # every release cleared
    if alg_id == "minedesk:tally":
        import json

        got = json.loads(result["JSON"])
        assert got["released_by_category_ha"]["reduced"] == 0 and got["released_ha"] > 0
        # the same release layer read with its category field named, and a device field mapped
        full = json.loads(processing.run(alg_id, {**params, "RELEASES": str(SAMPLE / "clearance.shp"),
                                                  "CATEGORY_FIELD": "RELEASE", "UXO_FIELD": "AP_FOUND"})["JSON"])
        plain = json.loads(processing.run(alg_id, {**params, "RELEASES": str(SAMPLE / "clearance.shp")})["JSON"])
        assert full["devices"]["UXO"] == plain["devices"]["AP"]
        assert full["released_ha"] == pytest.approx(plain["released_ha"], abs=1e-9)
        words = processing.run(alg_id, {**params, "RELEASES": str(SAMPLE / "clearance.shp"),
                                        "CATEGORY_VALUES": "nonsense=cleared"})
        assert json.loads(words["JSON"])["released_ha"] == pytest.approx(plain["released_ha"], abs=1e-9)
    elif alg_id == "minedesk:check":
        assert result["FINDINGS"] >= 0
    else:
        assert (tmp_path / "out.pdf").stat().st_size > 10_000


def test_processing_maps_the_hazard_type_of_a_layer_with_its_own_words(project, tmp_path):
    """A layer that says its type in its own words (typeArea = "Suspected Minefield", "Area 7") gets
    SHA/CHA in the task order's hazard table through TYPE_FIELD and TYPE_VALUES, as the command line's
    --type-field and --type-value."""
    import processing
    import pypdf
    from qgis.core import QgsApplication, QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    for alg in ("minedesk:tally", "minedesk:check", "minedesk:task_order"):  # one shared definition
        names = {p.name() for p in QgsApplication.processingRegistry().algorithmById(alg).parameterDefinitions()}
        assert {"TYPE_FIELD", "TYPE_VALUES"} <= names, alg
    layer = QgsVectorLayer("Polygon?crs=EPSG:32638", "suspected", "memory")
    layer.dataProvider().addAttributes([QgsField("HAZ_ID", QVariant.String), QgsField("typeArea", QVariant.String)])
    layer.updateFields()
    features = []
    for i, (hid, kind) in enumerate((("BIH-1", "Suspected Minefield"), ("BIH-2", "Area 7"))):
        f = QgsFeature(layer.fields())
        x = 640_000 + i * 500
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} 4427000,{x + 200} 4427000,{x + 200} 4427150,{x} 4427150,{x} 4427000))"))
        f.setAttributes([hid, kind])
        features.append(f)
    layer.dataProvider().addFeatures(features)

    def printed(name, **more):
        out = tmp_path / name
        processing.run("minedesk:task_order", {"HAZARDS": layer, "IDS": "BIH-1,BIH-2", "OUTPUT": str(out), **more})
        return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(out)).pages)

    plain = printed("plain.pdf")
    assert "BIH-1 SHA" in plain and "BIH-2 Area 7" in plain  # detected column, usual words; the rest as written
    mapped = printed("mapped.pdf", TYPE_FIELD="typeArea", TYPE_VALUES="Area 7=CHA")
    assert "BIH-1 SHA" in mapped and "BIH-2 CHA" in mapped
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="TYPE_VALUES"):
        printed("bad.pdf", TYPE_VALUES="Area 7=minefield-ish")


def test_processing_names_its_own_parameters_in_the_core_advice(project):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as refused:
        processing.run("minedesk:tally", {"HAZARDS": str(SAMPLE / "hazards.shp"),
                                          "RELEASES": str(SAMPLE / "clearance.shp"),
                                          "CATEGORY_VALUES": "x=nothing", "OUTPUT": "memory:"})
    assert "CATEGORY_VALUES" in str(refused.value)


def test_the_hazard_id_hint_names_processings_parameter(project):
    """A hazard layer without an id column: the finding says which parameter names it, not --hazard-id."""
    import processing

    hazards = processing.run("native:deletecolumn", {"INPUT": str(SAMPLE / "hazards.shp"), "COLUMN": ["HAZ_ID"],
                                                     "OUTPUT": "memory:"})["OUTPUT"]
    for alg_id in ("minedesk:tally", "minedesk:check"):
        obj = json.loads(processing.run(alg_id, {"HAZARDS": hazards, "OUTPUT": "memory:"})["JSON"])
        said = " ".join(obj.get("warnings") or [f["detail"] for f in obj["findings"]])
        assert "HAZARD_ID_FIELD" in said and "--" not in said, said


def test_the_dock_points_to_fields(project, qtbot):
    cleared = _without_category(SAMPLE / "clearance.shp")
    from qgis.core import QgsVectorLayer

    hz = QgsVectorLayer(str(SAMPLE / "hazards.shp"), "hazards", "ogr")
    project.addMapLayers([hz, cleared])
    dock = _dock(qtbot)
    dock.set_layers(hz, cleared)
    assert "Fields..." in dock.all_label.text() and "--" not in dock.all_label.text()


# ---------------------------------------------------------------------------------- item 6
def test_marking_released_into_a_layer_without_category_field(project, qtbot):
    from qgis.core import QgsVectorLayer

    hz = QgsVectorLayer(str(SAMPLE / "hazards.shp"), "hazards", "ogr")
    cleared = _without_category(SAMPLE / "clearance.shp")
    project.addMapLayers([hz, cleared])
    dock = _dock(qtbot)
    dock.set_layers(hz, cleared)
    target = next(f for f in hz.getFeatures() if f["HAZ_ID"] == "FZL-CHA-00001")
    hz.selectByIds([target.id()])
    assert dock.mark_selected({"category": "cleared", "date": "2026-11-29"}) == 0  # nothing says its category
    assert "Fields..." in dock.all_label.toolTip()
    dock.edit_fields({"category": "cleared"})  # Fields... -> one category for all = cleared
    hz.selectByIds([target.id()])
    row = dock.view.hazard_row("FZL-CHA-00001")
    before = dock.totals.released_ha
    remaining = dock.engine.totals([row]).remaining_ha
    assert remaining > 0
    assert dock.mark_selected({"category": "reduced", "date": "2026-11-29"}) == 0  # not what the layer holds
    assert "cleared" in dock.all_label.toolTip()
    n = cleared.featureCount()
    assert dock.mark_selected({"category": "cleared", "method": "manual", "date": "2026-11-29", "team": "NEW-T",
                               "devices": {"AP": 1}}) == 1
    assert cleared.featureCount() == n + 1
    added = [f for f in cleared.getFeatures() if f["TEAM"] == "NEW-T"]
    assert len(added) == 1 and added[0]["HAZ_ID"] == "FZL-CHA-00001" and added[0]["AP_FOUND"] == 1
    assert dock.engine.totals([row]).remaining_ha == pytest.approx(0, abs=1e-6)
    assert dock.totals.released_ha == pytest.approx(before + remaining, abs=1e-6)
    cleared.rollBack()
