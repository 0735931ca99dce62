"""The QGIS dock on 10,000 hazards: how long one hazard edit takes to reach the figures.

    .venv-qgis/bin/python benchmarks/bench_qgis_dock.py [--count 10000] [--edits 30]

Runs in QGIS's Python (Debian's python3-qgis, the venv .ci/run makes); the data are made once by
benchmarks/make_data.py with MineDesk's own venv (`.venv/bin/python`, or $MINEDESK_PYTHON) into
benchmarks/data/qgis-N/. Writes nothing else but QGIS's throwaway profile in the temp folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--edits", type=int, default=30)
    args = ap.parse_args()
    data = REPO / "benchmarks" / "data" / f"qgis-{args.count}"
    if not (data / "hazards.shp").exists():
        python = os.environ.get("MINEDESK_PYTHON", str(REPO / ".venv" / "bin" / "python"))
        subprocess.run([python, str(REPO / "benchmarks" / "make_data.py"), str(data), "--count", str(args.count)],
                       check=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsGeometry, QgsProject, QgsVectorLayer

    with tempfile.TemporaryDirectory(prefix="minedesk-qgis-bench-") as profile:
        app = QgsApplication([], False, profile)
        app.initQgis()
        from minedesk_qgis.dock import TallyDock

        hz = QgsVectorLayer(str(data / "hazards.shp"), "hazards", "ogr")
        rl = QgsVectorLayer(str(data / "clearance.shp"), "clearance", "ogr")
        QgsProject.instance().addMapLayers([hz, rl])
        dock = TallyDock(None)
        t0 = time.perf_counter()
        dock.set_layers(hz, rl)
        read = time.perf_counter() - t0
        hz.startEditing()
        features = list(hz.getFeatures())[:: max(1, hz.featureCount() // args.edits)][: args.edits]
        times = []
        for f in features:
            g = QgsGeometry(f.geometry())
            g.translate(3, 0)
            t0 = time.perf_counter()
            hz.changeGeometry(f.id(), g)  # the dock follows through the layer's signal, in this call
            times.append(time.perf_counter() - t0)
        hz.rollBack()
        counts = hz.featureCount(), rl.featureCount()
        QgsProject.instance().removeAllMapLayers()
        n = len(times)
        p95 = sorted(times)[max(0, int(0.95 * n) - 1)]
        print(f"QGIS dock, {counts[0]:,} hazards, {counts[1]:,} releases")
        print(f"| read both layers and tally | {read:.2f} s |")
        print(f"| one hazard's geometry edited in QGIS to new figures (median / p95 of {n}) | "
              f"{1000 * statistics.median(times):.1f} / {1000 * p95:.1f} ms |")
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
