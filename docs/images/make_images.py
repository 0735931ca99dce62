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
        project = tmp / "sample.gpkg"
        minedesk("import", SAMPLE / "hazards.shp", "--releases", SAMPLE / "clearance.shp", "-o", project)
        pdf = tmp / "task-order.pdf"
        minedesk("task-order", project, "--hazard", TASKED, "--field", "authority=ANAMA",
                 "--field", "organisation=Demining operator", "--field", "teams=XCV-T1",
                 "--field", "benchmark=39.92356, 47.00326", "--field", "reference_point=39.92280, 47.00180", "--field", "issued_by=Operations officer", "-o", pdf)
        subprocess.run(["pdftoppm", "-r", "90", "-png", "-f", "1", "-l", "2", str(pdf), str(tmp / "page")], check=True)
        for i in (1, 2):
            page = next(tmp.glob(f"page-{i}.png"), None) or next(tmp.glob(f"page-0{i}.png"))
            shutil.copy(page, OUT / f"task-order-{i}.png")
    print(f"pictures written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
