"""Make the README's pictures again from the bundled sample, as a user would see them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/images/make_images.py

The window is rendered offscreen at 1600x1000 as at a first start (`minedesk FILE --screenshot`);
the task order's pages go through `pdftoppm` (poppler-utils). Everything else is written to a
temporary folder; only the pictures in docs/images/ change.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"
OUT = REPO / "docs" / "images"
TASKED = "XCV-CHA-00005"


def minedesk(*args) -> None:
    subprocess.run([sys.executable, "-m", "minedesk", *map(str, args)], check=True, cwd=REPO)


def sample_with_a_typed_in_area(folder: Path) -> Path:
    """The sample with an AREA_HA column as officers type it, one value wrong by 20 %: the Data
    quality panel has something to show."""
    from pyogrio.raw import read, write

    from minedesk import io
    from minedesk.core.tally import TallyEngine

    for p in SAMPLE.glob("clearance.*"):
        shutil.copy(p, folder / p.name)
    hazards, _ = io.read_hazards(SAMPLE / "hazards.shp")
    area = np.round(TallyEngine(hazards).area_ha, 2)
    area[3] *= 1.2
    meta, _, geometry, fields = read(SAMPLE / "hazards.shp")
    write(str(folder / "hazards.shp"), geometry, [*fields, area], [*meta["fields"], "AREA_HA"],
          driver="ESRI Shapefile", geometry_type="MultiPolygon", crs=meta["crs"], encoding="UTF-8")
    return folder / "hazards.shp"


def bosnian_like(folder: Path) -> tuple[Path, Path]:
    """A delivery like the Bosnian public data: suspected areas in GeoJSON (WGS84) with no id
    column, a type column in words of its own and a district column under a local name, one
    bow-tie and one null geometry; cleared areas in a file of another name without a category
    column, some of them outside every current suspected area."""
    import json

    rng = np.random.default_rng(7)
    words = ["Suspected Minefield", "Confirmed Minefield", "Mined area", "Suspected Minefield"]
    districts = ["Zenica", "Kakanj", "Visoko", "Travnik"]
    hazards, cleared = [], []
    for i in range(48):
        x, y = 17.70 + (i % 8) * 0.045 + rng.uniform(0, 0.01), 44.10 + (i // 8) * 0.03 + rng.uniform(0, 0.01)
        w, h = rng.uniform(0.006, 0.02), rng.uniform(0.004, 0.012)
        ring = [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]
        if i == 5:  # a bow-tie, as digitised in a hurry
            ring = [[x, y], [x + w, y + h], [x + w, y], [x, y + h], [x, y]]
        geometry = None if i == 11 else {"type": "Polygon", "coordinates": [ring]}
        hazards.append({"type": "Feature", "geometry": geometry,
                        "properties": {"typeArea": words[i % 4], "opstina": districts[i // 12],
                                       "naziv": f"Lokalitet {i + 1}"}})
        if i % 3 == 0:
            part = [[x, y], [x + w * 0.6, y], [x + w * 0.6, y + h], [x, y + h], [x, y]]
            cleared.append({"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [part]},
                            "properties": {"godina": 2015 + i % 9, "tim": f"T{1 + i % 5}"}})
        if i % 4 == 1:  # cleared years ago, no longer inside any suspected area
            gone = [[x + 0.02, y + 0.015], [x + 0.026, y + 0.015], [x + 0.026, y + 0.02], [x + 0.02, y + 0.02],
                    [x + 0.02, y + 0.015]]
            cleared.append({"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [gone]},
                            "properties": {"godina": 2005 + i % 6, "tim": "T9"}})
    haz, done = folder / "sumnjive_povrsine.geojson", folder / "ocisceno.geojson"
    for path, features in ((haz, hazards), (done, cleared)):
        path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    return haz, done


def import_assistant(folder: Path, out: Path) -> None:
    """The import assistant, each step, on Bosnian-like data, and the window it opens."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from minedesk.app.window import MainWindow

    haz, done = bosnian_like(folder)
    app = QApplication.instance() or QApplication([])
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1600, 1000)
    window.show()
    window.open_with_assistant(str(haz))
    dialog = window.assistant

    def pick(combo, value):
        combo.setCurrentIndex(combo.findData(value))

    pick(dialog.hazard_columns["district"], "opstina")
    pick(dialog.hazard_columns["name"], "naziv")
    for r in range(dialog.types.rowCount()):
        if dialog.types.item(r, 0).text() == "Mined area":
            pick(dialog.types.cellWidget(r, 2), "CHA")
    dialog.releases.setText(str(done))
    pick(dialog.category, "cleared")
    pick(dialog.release_columns["team"], "tim")
    dialog.resize(860, 820)
    dialog.show()
    for step in range(dialog.steps.count()):
        dialog.steps.setCurrentIndex(step)
        app.processEvents()
        dialog.grab().save(str(out / f"import-assistant-{step + 1}.png"))
    dialog.accept()
    app.processEvents()
    while window.project is None:  # read in the background, as a user waits for it
        app.processEvents()
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / "bosnian-like-window.png"))
    window.close()


def coordinates_dialog(folder: Path, project: Path, out: Path) -> None:
    """Edit > New polygon from coordinates... on the sample project: a benchmark in MGRS and a
    traverse of magnetic bearings from a marking sketch, its misclosure, each leg, one bad row."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pyproj import Geod
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from minedesk.app.window import MainWindow
    from minedesk.core import coords

    app = QApplication.instance() or QApplication([])
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    window.open_path(str(project), background=False)
    window.polygon_from_coordinates()
    dialog = window.coordinates_dialog
    bm = (47.00326, 39.92356)
    legs = [(47.0, 120), (112.0, 85), (175.0, 64), (236.0, 92)]
    geod, points = Geod(ellps="WGS84"), [bm]
    for az, d in legs:
        lon, lat, _ = geod.fwd(points[-1][0], points[-1][1], az + 6.5, d)
        points.append((lon, lat))
    # the way back to TP 1 as the team paced it: to the degree and the metre
    az, _, d = geod.inv(points[-1][0], points[-1][1], points[1][0], points[1][1])
    rows = [["BM", coords.to_mgrs(*bm)]] + [["TP1" if i == 0 else f"TP{i + 1}", f"{a:03.0f} {m}"]
                                            for i, (a, m) in enumerate(legs)]
    rows.append(["TP1", f"{(az - 6.5) % 360:03.0f} {round(d)}"])
    dialog.reference_combo.setCurrentIndex(dialog.reference_combo.findData("magnetic"))
    dialog.declination_edit.setText("6.5E")
    dialog.set_rows(rows)
    dialog.id_edit.setText("XCV-CHA-00042")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findText("CHA"))
    dialog.resize(1180, 640)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out))
    dialog.reject()
    window.close()


def azerbaijani_task_order(project: Path, tmp: Path, out: Path) -> None:
    """Page 1 of the same hazard's task order in Azerbaijani (``--language az``)."""
    pdf = tmp / "task-order-az.pdf"
    minedesk("task-order", project, "--hazard", TASKED, "--language", "az", "--field", "authority=ANAMA",
             "--field", "organisation=Minatəmizləmə operatoru", "--field", "teams=XCV-T1",
             "--field", "village=Xocavənd rayonu, Hadrut", "--field", "benchmark=39.92356, 47.00326",
             "--field", "reference_point=39.92280, 47.00180", "--field", "issued_by=Əməliyyat zabiti", "-o", pdf)
    subprocess.run(["pdftoppm", "-r", "90", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp / "az")], check=True)
    shutil.copy(next(tmp.glob("az-*1.png")), out)


def task_order_pictures(tmp: Path) -> None:
    """Pages 1 and 2 of a task order for the sample's XCV-CHA-00005, and a detail map of a 15 km
    minefield belt (the README's picture of a detail map)."""
    import shapely
    from pyogrio.raw import write

    project = tmp / "sample.gpkg"
    minedesk("import", SAMPLE / "hazards.shp", "--releases", SAMPLE / "clearance.shp", "-o", project)
    pdf = tmp / "task-order.pdf"
    minedesk("task-order", project, "--hazard", TASKED, "--field", "authority=ANAMA",
             "--field", "organisation=Demining operator", "--field", "teams=XCV-T1",
             "--field", "benchmark=39.92356, 47.00326", "--field", "reference_point=39.92280, 47.00180",
             "--field", "issued_by=Operations officer", "-o", pdf)
    subprocess.run(["pdftoppm", "-r", "90", "-png", "-f", "1", "-l", "2", str(pdf), str(tmp / "page")], check=True)
    for i in (1, 2):
        page = next(tmp.glob(f"page-{i}.png"), None) or next(tmp.glob(f"page-0{i}.png"))
        shutil.copy(page, OUT / f"task-order-{i}.png")
    # a belt 15 km long and 100 m wide, 300 turning points, a stretch of it reduced
    x0, y0 = 640_000.0, 4_427_000.0
    along = np.linspace(0, 15_000, 150)
    side = 12 * np.sin(along / 400)
    xy = np.vstack([np.column_stack([along, side + 50]), np.column_stack([along, side - 50])[::-1]])
    c, s = np.cos(0.5), np.sin(0.5)
    belt = shapely.Polygon(np.column_stack([x0 + xy[:, 0] * c - xy[:, 1] * s, y0 + xy[:, 0] * s + xy[:, 1] * c]))
    reduced = shapely.box(x0 + 3000, y0 - 5000, x0 + 5000, y0 + 10_000).intersection(belt)
    write(str(tmp / "belt.shp"), np.array([shapely.to_wkb(belt)], dtype=object),
          [np.array(["FZL-BELT-1"], dtype=object), np.array(["Füzuli"], dtype=object)], ["HAZ_ID", "DISTRICT"],
          driver="ESRI Shapefile", geometry_type="MultiPolygon", crs="EPSG:32638")
    write(str(tmp / "belt_releases.shp"), np.array([shapely.to_wkb(reduced)], dtype=object),
          [np.array(["R1"], dtype=object), np.array(["FZL-BELT-1"], dtype=object), np.array(["reduced"], dtype=object)],
          ["CLR_ID", "HAZ_ID", "RELEASE"], driver="ESRI Shapefile", geometry_type="MultiPolygon", crs="EPSG:32638")
    pdf = tmp / "belt.pdf"
    minedesk("task-order", tmp / "belt.shp", "--releases", tmp / "belt_releases.shp", "--hazard", "FZL-BELT-1",
             "--field", "benchmark=38N 639900 4427000", "-o", pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    number = next(n for n, page in enumerate(text.split("\f"), start=1) if "Detail map 2 of" in page)
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", str(number), "-l", str(number), str(pdf), str(tmp / "belt")],
                   check=True)
    shutil.copy(next(tmp.glob("belt-*.png")), OUT / "task-order-detail.png")


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("make_images: pdftoppm is missing (apt-get install poppler-utils)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="minedesk-images-") as tmp:
        tmp = Path(tmp)
        planted = sample_with_a_typed_in_area(tmp)
        minedesk(planted, "--screenshot", OUT / "sample-window.png", "--overwrite")
        minedesk(SAMPLE / "hazards.shp", "--select", TASKED, "--screenshot", OUT / "sample-hazard.png", "--overwrite")
        minedesk(SAMPLE / "hazards.shp", "--colour-by", "progress", "--screenshot", OUT / "sample-progress.png",
                 "--overwrite")
        task_order_pictures(tmp)
        project = tmp / "sample.gpkg"  # made by task_order_pictures
        coordinates_dialog(tmp, project, OUT / "coordinates-dialog.png")
        azerbaijani_task_order(project, tmp, OUT / "task-order-az-1.png")
        (tmp / "delivery").mkdir()
        import_assistant(tmp / "delivery", OUT)
    print(f"pictures written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
