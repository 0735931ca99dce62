"""Data shaped like public national data (Bosnia and Herzegovina's suspected and cleared areas):
GeoJSON in WGS84, no hazard id column, type values in words, null and invalid geometries, cleared
areas in a second file with another name and no category column, most of them outside today's
suspected areas. The command line and the window give the same figures and say what is not
counted (issue 14)."""

import json

import pytest
import shapely

from conftest import write_layer

LON, LAT = 18.40, 44.00  # central Bosnia
D = 0.001  # about 80 m east-west, 110 m north-south


def box(i, j, w=1.0, h=1.0):
    return shapely.box(LON + i * D, LAT + j * D, LON + (i + w) * D, LAT + (j + h) * D)


@pytest.fixture
def bosnian(tmp_path):
    bow = shapely.Polygon([(LON, LAT + 5 * D), (LON + D, LAT + 6 * D), (LON + D, LAT + 5 * D), (LON, LAT + 6 * D)])
    hazards = write_layer(tmp_path / "sumnjive_povrsine.geojson",
                          [box(0, 0), box(2, 0), None, bow, box(4, 0, 2, 2)],
                          {"typeArea": ["Suspected Minefield", "Confirmed Minefield", "Suspected Minefield",
                                        "Suspected Minefield", "Confirmed Minefield"],
                           "opstina": ["Zenica", "Zenica", "Kakanj", "Kakanj", "Zenica"]}, crs="EPSG:4326")
    cleared = write_layer(tmp_path / "ocisceno.geojson",
                          [box(0, 0, 0.5), box(4, 0), box(20, 20), box(30, 30, 2, 2)],
                          {"godina": [2019, 2020, 2015, 2012]}, crs="EPSG:4326")
    return hazards, cleared


OPTIONS = ["--category", "cleared"]


def test_the_command_line_reads_it_with_one_category(run_cli, bosnian):
    hazards, cleared = bosnian
    code, out, err = run_cli("tally", hazards, "--releases", cleared, *OPTIONS, "--json")
    assert code == 0, err
    t = json.loads(out)
    assert t["hazards"] == 4  # the null one skipped, the bow-tie repaired
    assert t["not_counted"]["releases"] == 2 and t["not_counted"]["hazards_skipped"] == 1
    assert t["not_counted"]["ha"] > 2 * t["released_ha"]  # most cleared land lies outside today's hazards
    assert any("hazard ids generated" in w for w in t["warnings"])
    code, out, _ = run_cli("tally", hazards, "--releases", cleared, *OPTIONS)
    assert "Not counted:" in out


def test_the_window_maps_types_and_tallies_the_same(run_cli, bosnian, qtbot, tmp_path):
    pytest.importorskip("PySide6.QtWidgets")
    from PySide6.QtCore import QSettings

    from minedesk import launcher
    from minedesk.app.window import MainWindow

    hazards, cleared = bosnian
    seen = []
    launcher_open = launcher.open_window
    try:
        launcher.open_window = lambda args: seen.append(args) or 0
        assert run_cli(hazards, "--releases", cleared, *OPTIONS)[0] == 0
    finally:
        launcher.open_window = launcher_open
    want = json.loads(run_cli("tally", hazards, "--releases", cleared, *OPTIONS, "--json")[1])
    w = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.open_path(str(hazards), background=False, reading=seen[0].reading)
    got = w.project.engine.totals().to_dict()
    assert {k: got[k] for k in ("hazards", "total_ha", "released_ha")} == \
        {k: want[k] for k in ("hazards", "total_ha", "released_ha")}
    types = list(w.project.engine.hazards.attributes["hazard_type"])
    assert sorted(types) == ["CHA", "CHA", "SHA", "SHA"]  # "Suspected Minefield" is SHA, never grey "other"
    assert not w.dashboard.not_counted.isHidden() and "outside every hazard" in w.dashboard.not_counted.text()
    project = tmp_path / "ba.gpkg"
    assert run_cli("import", hazards, "--releases", cleared, *OPTIONS, "--type-value", "Confirmed Minefield=SHA",
                   "-o", project)[0] == 0
    from minedesk.exchange import open_source

    with open_source(project, readonly=True) as made:
        assert sorted(r["hazard_type"] for r in made.rows["hazards"].values()) == ["SHA"] * 4  # as mapped
    w.close()


def test_a_bad_type_value_is_one_line(run_cli, bosnian, tmp_path):
    hazards, cleared = bosnian
    code, _, err = run_cli("import", hazards, "--type-value", "Suspected Minefield=maybe", "-o", tmp_path / "x.gpkg")
    assert code == 2 and "--type-value" in err and "use SHA or CHA" in err
    code, _, err = run_cli("import", hazards, "--type-field", "nosuch", "-o", tmp_path / "x.gpkg")
    assert code == 2 and "no column 'nosuch' for the hazard type" in err
