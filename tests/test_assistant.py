"""The import assistant (issue 14): a file that needs a choice opens from the window through one
dialog, driven here as an operator would, and tallies as `minedesk tally` does with the same
options; bad choices are said in the dialog before anything opens, and files never change."""

import json
import shlex

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from conftest import SAMPLE, X0, Y0, square, tree_hash, write_layer  # noqa: E402

KEYS = ("hazards", "total_ha", "released_ha", "released_by_category_ha", "devices")


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    from minedesk.app.window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def inputs(folder):
    """The input files, byte for byte (not the settings the window writes)."""
    return {k: v for k, v in tree_hash(folder).items() if k != "settings.ini"}


def tally(run_cli, *args):
    code, out, err = run_cli("tally", *args, "--json")
    assert code == 0, err
    return {k: json.loads(out)[k] for k in KEYS}


def shown(window):
    return {k: window.project.engine.totals().to_dict()[k] for k in KEYS}


def pick(combo, data):
    index = combo.findData(data)
    assert index >= 0, (data, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def hazards(folder, name="hazards.shp", **kw):
    return write_layer(folder / name, [square(X0, Y0, 300), square(X0 + 500, Y0, 200), square(X0, Y0 + 500, 100)],
                       {"HAZ_ID": ["H1", "H2", "H3"], "NAME": ["Ağdam", "Şuşa", "Füzuli"]}, **kw)


def releases(folder, name, fields, **kw):
    return write_layer(folder / name, [square(X0, Y0, 150), square(X0 + 500, Y0, 100), square(X0, Y0 + 500, 50)],
                       fields, **kw)


def test_a_two_layer_geopackage_opens_through_the_assistant(window, tmp_path, run_cli):
    gpkg = tmp_path / "delivery.gpkg"
    hazards(tmp_path, "delivery.gpkg", layer="areas")
    releases(tmp_path, "delivery.gpkg", {"HAZ_ID": ["H1", "H2", "H3"], "RELEASE": ["cleared", "TS", "NTS"]},
             layer="done")
    before = inputs(tmp_path)
    window.open_path(str(gpkg), background=False)
    dialog = window.assistant
    assert window.project is None and dialog is not None and "several layers" in dialog.reason.text()
    assert [dialog.layer.itemData(i) for i in range(dialog.layer.count())] == ["areas", "done"]
    pick(dialog.layer, "areas")
    dialog.releases.setText(str(gpkg))
    pick(dialog.releases_layer, "done")
    assert dialog.category_field.currentData() == "RELEASE" and dialog.release_hazard_id.currentData() == "HAZ_ID"
    assert dialog.count.text().startswith("3") and dialog.preview.rowCount() == 3
    dialog.accept()
    assert dialog.result() and window.project is not None
    assert shown(window) == tally(run_cli, gpkg, "--layer", "areas", "--releases", gpkg, "--releases-layer", "done")
    assert window.reading_options[str(gpkg)]["layer"] == "areas"  # Make project reads it the same way
    assert inputs(tmp_path) == before


def test_a_shapefile_without_prj_gets_its_crs_and_it_is_remembered(window, tmp_path, run_cli, qtbot, settings):
    from minedesk.app.window import MainWindow

    shp = hazards(tmp_path)
    releases(tmp_path, "clearance.shp", {"HAZ_ID": ["H1", "H2", "H3"], "RELEASE": ["cleared"] * 3})
    for p in tmp_path.glob("*.prj"):
        p.unlink()
    window.open_path(str(shp), background=False)
    dialog = window.assistant
    assert window.project is None and "no coordinate reference system" in dialog.reason.text()
    codes = [dialog.crs.itemData(i) for i in range(dialog.crs.count())]
    assert codes[0] == "EPSG:4326" and len(codes) > 1000 and "EPSG:28408" in codes  # Pulkovo 1942 GK zone 8
    assert dialog.releases.text() == str(tmp_path / "clearance.shp")  # found beside, as without the dialog
    pick(dialog.crs, "EPSG:32638")
    dialog.accept()
    assert shown(window) == tally(run_cli, shp, "--crs", "EPSG:32638", "--releases", tmp_path / "clearance.shp")

    again = MainWindow(settings)  # the next time: the choice is offered
    qtbot.addWidget(again)
    again.open_path(str(shp), background=False)
    assert again.assistant.crs.currentData() == "EPSG:32638" and again.assistant.remembered
    again.assistant.reject()
    assert again.project is None
    again.close()


def test_a_cp1251_shapefile_without_cpg_is_read_in_the_encoding_chosen(window, tmp_path, run_cli):
    shp = write_layer(tmp_path / "h.shp", [square(X0, Y0, 300), square(X0 + 500, Y0, 200)],
                      {"HAZ_ID": ["Шуша-1", "Агдам-2"]}, encoding="cp1251")
    (tmp_path / "h.cpg").unlink()
    window.open_path(str(shp), background=False)
    dialog = window.assistant  # it opened, and the assistant asks how the text is encoded
    assert dialog is not None and ".cpg" in dialog.reason.text()
    texts = {dialog.encoding.itemData(i): dialog.encoding.itemText(i) for i in range(dialog.encoding.count())}
    assert "Шуша-1" in texts["cp1251"] and "Шуша-1" not in texts["ISO-8859-1"]  # the names as they would read
    pick(dialog.encoding, "cp1251")
    dialog.accept()
    assert window.assistant.result() and window.assistant is dialog  # no second question: it was answered
    assert set(window.project.hazard_ids()) == {"Шуша-1", "Агдам-2"}
    assert shown(window) == tally(run_cli, shp, "--encoding", "cp1251")


def test_a_release_file_of_another_name_without_a_category_column(window, tmp_path, run_cli, monkeypatch):
    shp = hazards(tmp_path)
    done = releases(tmp_path, "done_2024.shp", {"HAZ_ID": ["H1", "H2", "H3"], "TEAM": ["A", "B", "C"]})
    window.open_path(str(shp), background=False)
    assert window.assistant is None and window.project.engine.totals().released_ha == 0  # nothing beside it
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(shp), ""))
    window.assistant_dialog()  # File > Open with the import assistant
    dialog = window.assistant
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(done), ""))
    dialog._browse()
    assert dialog.category_field.currentData() is None and dialog.category.isEnabled()
    pick(dialog.category, "reduced")
    dialog.accept()
    assert shown(window) == tally(run_cli, shp, "--releases", done, "--category", "reduced")
    assert shown(window)["released_by_category_ha"]["reduced"] > 0


def test_unknown_category_values_are_mapped_in_the_dialog(window, tmp_path, run_cli):
    shp = hazards(tmp_path)
    releases(tmp_path, "clearance.shp", {"HAZ_ID": ["H1", "H2", "H3"], "KIND": ["Done", "Done", "Surveyed"]})
    window.open_path(str(shp), background=False)
    dialog = window.assistant
    assert "no release category column" in dialog.reason.text()
    pick(dialog.category_field, "KIND")
    rows = {dialog.values.item(r, 0).text(): (dialog.values.item(r, 1).text(), dialog.values.cellWidget(r, 2))
            for r in range(dialog.values.rowCount())}
    assert {k: v[0] for k, v in rows.items()} == {"Done": "2", "Surveyed": "1"}
    pick(rows["Done"][1], "cleared")
    pick(rows["Surveyed"][1], "cancelled")
    dialog.accept()
    assert shown(window) == tally(run_cli, shp, "--releases", tmp_path / "clearance.shp", "--category-field", "KIND",
                                  "--category-value", "Done=cleared", "--category-value", "Surveyed=cancelled")


def test_files_that_need_nothing_open_without_the_assistant(window):
    window.open_path(str(SAMPLE / "hazards.shp"), background=False)
    assert window.assistant is None and window.project.engine.totals().released_ha > 1000


# --------------------------------------------------------------------------- bad input, said in the dialog
def test_lat_lon_numbers_declared_as_utm_are_refused_in_the_dialog(window, tmp_path):
    shp = write_layer(tmp_path / "h.shp", [square(47.0, 40.0, 0.01), square(47.1, 40.0, 0.01)],
                      {"HAZ_ID": ["A", "B"]}, crs="EPSG:4326")
    (tmp_path / "h.prj").unlink()
    before = inputs(tmp_path)
    window.open_path(str(shp), background=False)
    dialog = window.assistant
    pick(dialog.crs, "EPSG:32638")
    dialog.accept()
    assert not dialog.result() and window.project is None
    assert "look like longitude and latitude" in dialog.message.text() and "\n" not in dialog.message.text()
    pick(dialog.crs, "EPSG:4326")
    dialog.accept()
    assert dialog.result() and window.project.engine.totals().hazards == 2
    assert inputs(tmp_path) == before


def test_an_encoding_that_does_not_decode_is_said_in_the_dialog(window, tmp_path):
    shp = write_layer(tmp_path / "h.shp", [square(X0, Y0, 300)], {"HAZ_ID": ["Шуша-1"]}, encoding="cp1251")
    (tmp_path / "h.cpg").unlink()
    before = inputs(tmp_path)
    window.open_path(str(shp), background=False)
    dialog = window.assistant
    shown_before = window.project
    pick(dialog.encoding, "UTF-8")
    assert "does not decode" in dialog.encoding.currentText()
    dialog.accept()
    assert not dialog.result() and window.project is shown_before
    assert "not in the encoding it declares (utf-8" in dialog.message.text() and "\n" not in dialog.message.text()
    assert inputs(tmp_path) == before


def test_two_meanings_on_one_column_are_said_in_the_dialog(window, tmp_path):
    shp = hazards(tmp_path)
    releases(tmp_path, "clearance.shp", {"HAZ_ID": ["H1", "H2", "H3"], "KIND": ["cleared"] * 3})
    window.open_path(str(shp), background=False)
    dialog = window.assistant
    pick(dialog.category_field, "HAZ_ID")
    assert dialog.release_hazard_id.currentData() == "HAZ_ID"
    dialog.accept()
    assert not dialog.result() and window.project is None
    assert "HAZ_ID" in dialog.message.text() and "both" in dialog.message.text()


# --------------------------------------------------------------------------- every kind of file, from the window
def test_a_zip_of_two_shapefiles_opens_with_its_layers_chosen(window, tmp_path, run_cli):
    import zipfile

    src = tmp_path / "src"
    src.mkdir()
    hazards(src, "areas.shp")
    releases(src, "done.shp", {"HAZ_ID": ["H1", "H2", "H3"], "RELEASE": ["cleared", "TS", "NTS"]})
    archive = tmp_path / "delivery.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in sorted(src.iterdir()):
            z.write(f, f.name)
    before = inputs(tmp_path)
    window.open_path(str(archive), background=False)
    dialog = window.assistant
    assert window.project is None and "several layers" in dialog.reason.text()
    assert "--layer" not in dialog.reason.text()  # said in the window's words, not the command line's
    assert sorted(dialog.layer.itemData(i) for i in range(dialog.layer.count())) == ["areas", "done"]
    pick(dialog.layer, "areas")
    dialog.releases.setText(str(archive))
    assert [dialog.releases_layer.itemData(i) for i in range(dialog.releases_layer.count())] == ["done"]
    dialog.accept()
    assert dialog.result()
    assert shown(window) == tally(run_cli, archive, "--layer", "areas", "--releases", archive,
                                  "--releases-layer", "done")
    assert inputs(tmp_path) == before


def test_the_welcome_screen_leads_to_the_assistant(qtbot, settings, tmp_path, monkeypatch, run_cli):
    from minedesk.app.window import MainWindow

    shp = hazards(tmp_path)
    for p in tmp_path.glob("*.prj"):
        p.unlink()
    w = MainWindow(settings)
    qtbot.addWidget(w)
    welcome = w.show_welcome()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(shp), ""))
    welcome.open_other()  # "Open..." on the welcome screen: read in the background, then the assistant asks
    qtbot.waitUntil(lambda: w.assistant is not None, timeout=20000)
    dialog = w.assistant
    assert "no coordinate reference system" in dialog.reason.text()
    pick(dialog.crs, "EPSG:32638")
    dialog.accept()
    qtbot.waitUntil(lambda: w.project is not None, timeout=20000)
    assert shown(w) == tally(run_cli, shp, "--crs", "EPSG:32638")
    w.assistant = None
    welcome = w.show_welcome()
    welcome.open_assisted()  # "Open with the import assistant..." asks before anything is read
    assert w.assistant is not None and w.assistant.crs.currentData() == "EPSG:32638"  # remembered
    w.assistant.reject()
    w.close()


def bosnian_pair(folder):
    """Like the public data of Bosnia and Herzegovina: GeoJSON in degrees, no hazard id, types in
    words (one a word MineDesk does not know), a bow-tie, a null geometry; cleared land in a file
    of another name with no category column."""
    import shapely

    lon, lat, d = 18.40, 44.00, 0.001
    box = lambda i, j, w=1.0: shapely.box(lon + i * d, lat + j * d, lon + (i + w) * d, lat + (j + 1) * d)  # noqa: E731
    bow = shapely.Polygon([(lon, lat + 5 * d), (lon + d, lat + 6 * d), (lon + d, lat + 5 * d), (lon, lat + 6 * d)])
    haz = write_layer(folder / "sumnjive.geojson", [box(0, 0), box(2, 0), None, bow, box(4, 0, 2)],
                      {"typeArea": ["Suspected Minefield", "Mined area", "Suspected Minefield", "Mined area",
                                    "Confirmed Minefield"],
                       "opstina": ["Zenica", "Zenica", "Kakanj", "Kakanj", "Zenica"],
                       "naziv": ["Gradina", "Brdo", "Polje", "Kosa", "Vis"]}, crs="EPSG:4326")
    done = write_layer(folder / "ocisceno.geojson", [box(0, 0, 0.5), box(4, 0), box(20, 20)],
                       {"godina": [2019, 2020, 2015], "tim": ["T1", "T2", "T3"]}, crs="EPSG:4326")
    return haz, done


def test_bosnian_like_data_maps_types_columns_and_one_category(window, tmp_path, run_cli, monkeypatch):
    haz, done = bosnian_pair(tmp_path)
    before = inputs(tmp_path)
    window.open_path(str(haz), background=False)  # needs nothing: opens as it is, without releases
    assert window.assistant is None and window.project.engine.totals().released_ha == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(haz), ""))
    window.assistant_dialog()
    dialog = window.assistant
    assert dialog.hazard_id.currentData() is None  # no id column: ids are generated, and said so
    assert dialog.type_field.currentData() == "typeArea"
    types = {dialog.types.item(r, 0).text(): (dialog.types.item(r, 1).text(), dialog.types.cellWidget(r, 2))
             for r in range(dialog.types.rowCount())}
    assert types["Mined area"][0] == "2" and types["Mined area"][1].isEnabled()  # unknown word, first, counted
    assert types["Suspected Minefield"][1].currentData() == "SHA" and not types["Suspected Minefield"][1].isEnabled()
    pick(types["Mined area"][1], "CHA")
    pick(dialog.hazard_columns["district"], "opstina")
    pick(dialog.hazard_columns["name"], "naziv")
    assert "44.00" in dialog.extent.text() and "18.40" in dialog.extent.text()  # where the data lies
    dialog.releases.setText(str(done))
    assert dialog.category_field.currentData() is None and dialog.category.isEnabled()
    pick(dialog.category, "cleared")
    pick(dialog.release_columns["team"], "tim")
    pick(dialog.release_columns["date"], "godina")
    dialog.accept()
    assert dialog.result(), dialog.message.text()
    options = ["--releases", done, "--category", "cleared", "--column", "district=opstina", "--column", "name=naziv",
               "--column", "team=tim", "--column", "date=godina"]
    assert shown(window) == tally(run_cli, haz, *options)
    options += ["--type-value", "Mined area=CHA"]  # types colour the map and group the tables: not a tally option
    attrs = window.project.engine.hazards.attributes
    assert sorted(attrs["hazard_type"]) == ["CHA", "CHA", "CHA", "SHA"]
    model = window.proxy.sourceModel()  # the table groups by the district chosen and shows the name
    assert model.group_column == "district" and model.name_column == "name"

    seen = shown(window)
    target = tmp_path / "ba.gpkg"  # File > Make project keeps the choices, and says how it read the files
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.make_project_action.trigger()
    code, out, _ = run_cli("check", target)
    assert "Mined area=CHA" in out and "district=opstina" in out and "--category cleared" in out
    assert "repaired" in out  # the bow-tie, kept from reading
    code, out, _ = run_cli("check", target, "--json")
    assert json.loads(out)["read_as"]["record"]["mapping"]["columns"]["team"] == "tim"
    assert set(options[2:]) <= set(shlex.split(" ".join(json.loads(out)["read_as"]["options"])))
    # the options a project says it was read with read the next delivery the same way
    replay = [str(done) if o == done.name else o for o in shlex.split(" ".join(json.loads(out)["read_as"]["options"]))]
    with_cli = tmp_path / "ba_cli.gpkg"
    assert run_cli("import", haz, *replay, "-o", with_cli)[0] == 0
    assert json.loads(run_cli("check", with_cli, "--json")[1])["read_as"]["options"] == \
        json.loads(run_cli("check", target, "--json")[1])["read_as"]["options"]
    assert tally(run_cli, with_cli) == tally(run_cli, target) == seen
    from minedesk.exchange import open_source

    with open_source(with_cli, readonly=True) as made:
        rows = list(made.rows["releases"].values())
        assert sorted(r["team"] for r in rows) == ["T1", "T2", "T3"] and {r["date"] for r in rows} == {"2019", "2020", "2015"}
    # kept, and said: the release far from every hazard counts toward none
    assert json.loads(run_cli("tally", with_cli, "--json")[1])["not_counted"]["releases"] == 1
    assert {k: v for k, v in inputs(tmp_path).items() if not k.startswith("ba")} == before


def test_a_named_mapping_is_saved_and_reused_for_the_next_delivery(window, tmp_path, run_cli, settings, qtbot):
    first, second = tmp_path / "may", tmp_path / "june"
    first.mkdir()
    second.mkdir()
    haz, done = bosnian_pair(first)
    haz2, done2 = bosnian_pair(second)
    window.open_with_assistant(str(haz))
    dialog = window.assistant
    pick(dialog.hazard_columns["district"], "opstina")
    dialog.releases.setText(str(done))
    pick(dialog.category, "reduced")
    types = {dialog.types.item(r, 0).text(): dialog.types.cellWidget(r, 2) for r in range(dialog.types.rowCount())}
    pick(types["Mined area"], "CHA")
    dialog.save_mapping("BHMAC monthly")
    dialog.reject()

    window.open_with_assistant(str(haz2))
    dialog = window.assistant
    assert dialog.mapping.findData("BHMAC monthly") >= 0
    dialog.releases.setText(str(done2))
    dialog.apply_mapping("BHMAC monthly")
    assert dialog.releases.text() == str(done2)  # the file stays this delivery's
    assert dialog.hazard_columns["district"].currentData() == "opstina" and dialog.category.currentData() == "reduced"
    types = {dialog.types.item(r, 0).text(): dialog.types.cellWidget(r, 2) for r in range(dialog.types.rowCount())}
    assert types["Mined area"].currentData() == "CHA"
    dialog.accept()
    assert dialog.result()
    qtbot.waitUntil(lambda: window.project is not None, timeout=20000)  # read in the background
    assert shown(window) == tally(run_cli, haz2, "--releases", done2, "--category", "reduced")
    assert sorted(window.project.engine.hazards.attributes["hazard_type"]) == ["CHA", "CHA", "CHA", "SHA"]


def test_two_meanings_of_a_hazard_column_and_a_wrong_crs_in_the_overview(window, tmp_path):
    haz, _ = bosnian_pair(tmp_path)
    window.open_with_assistant(str(haz))
    dialog = window.assistant
    pick(dialog.hazard_columns["name"], "opstina")
    pick(dialog.hazard_columns["district"], "opstina")
    dialog.accept()
    assert not dialog.result() and "opstina" in dialog.message.text() and "both" in dialog.message.text()
    pick(dialog.hazard_columns["name"], "naziv")
    pick(dialog.crs, "EPSG:32634")  # degrees declared as UTM metres: the overview says so before opening
    assert "look like longitude and latitude" in dialog.extent.text()
    dialog.accept()
    assert not dialog.result() and window.project is None


def test_the_crs_list_puts_the_likely_ones_first():
    from minedesk.app.assistant import crs_choices

    bosnia = [code for code, _ in crs_choices((17.7, 44.1, 18.1, 44.3), "EPSG:4326")]
    # WGS84, the UTM zones of the extent, the Gauss-Kruger zone, then the national grid
    assert bosnia[:4] == ["EPSG:4326", "EPSG:32633", "EPSG:32634", "EPSG:28404"]
    assert bosnia.index("EPSG:10329") < 12  # BH_ETRS89 / TM, made for Bosnia and Herzegovina
    assert "EPSG:3857" in bosnia  # and then every CRS PROJ knows
    # numbers in metres, converted with the file's CRS to find the zones (UTM 38N, near Agdam)
    agdam = [code for code, _ in crs_choices((640_000, 4_427_000, 660_000, 4_440_000), "EPSG:32638")]
    assert agdam[:3] == ["EPSG:4326", "EPSG:32638", "EPSG:28408"]
