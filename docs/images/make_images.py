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


def import_assistant(folder: Path, out: Path) -> None:
    """The import assistant on a delivery as it comes: a cp1251 shapefile with neither .prj nor
    .cpg, its releases in a file of another name with category values of its own."""
    import os

    import shapely
    from pyogrio.raw import write

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from minedesk.app.window import MainWindow

    x0, y0 = 640_000.0, 4_427_000.0

    def shapes(n, size):
        return np.array([shapely.to_wkb(shapely.box(x0 + i * 400, y0 + i % 3 * 500, x0 + i * 400 + size,
                                                    y0 + i % 3 * 500 + size)) for i in range(n)], dtype=object)

    names = ["Агдам северное поле", "Шуша лес", "Физули склон", "Ходжавенд", "Агдере", "Лачин"]
    ids = np.array([f"AGD-{i:03d}" for i in range(6)], dtype=object)
    hazards = folder / "sahələr.shp"
    write(str(hazards), shapes(6, 300), [ids, np.array(names, dtype=object), np.array(["SHA", "CHA"] * 3, dtype=object)],
          ["KOD", "NAME", "TYPE"], driver="ESRI Shapefile", geometry_type="MultiPolygon", crs="EPSG:32638",
          encoding="cp1251")
    for ext in (".prj", ".cpg"):
        hazards.with_suffix(ext).unlink()
    done = folder / "2024_tamamlanmış.shp"
    kinds = ["Clearance", "Done", "Technical survey", "Done", "Surveyed", "Done"]
    write(str(done), shapes(6, 150), [ids, np.array(kinds, dtype=object)], ["KOD", "NOV"], driver="ESRI Shapefile",
          geometry_type="MultiPolygon", crs="EPSG:32638")
    app = QApplication.instance() or QApplication([])
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    window.open_path(str(hazards), background=False)
    dialog = window.assistant
    for combo, value in ((dialog.hazard_id, "KOD"), (dialog.crs, "EPSG:32638"), (dialog.encoding, "cp1251")):
        combo.setCurrentIndex(combo.findData(value))
    dialog.releases.setText(str(done))
    for combo, value in ((dialog.release_hazard_id, "KOD"), (dialog.category_field, "NOV")):
        combo.setCurrentIndex(combo.findData(value))
    dialog.values.cellWidget(0, 2).setCurrentIndex(1)  # Done -> cleared
    dialog.resize(820, 860)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out))
    window.close()


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
        (tmp / "delivery").mkdir()
        import_assistant(tmp / "delivery", OUT / "import-assistant.png")
    print(f"pictures written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
