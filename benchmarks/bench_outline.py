"""Time reading typed turning points and traverses (core/outline.py) and the dialog's refresh.

Run by hand (never from pytest):  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_outline.py
Measures, for 500 rows (the most a task order lists): the core's reading of a traverse (a
benchmark and 499 legs) and of 500 MGRS positions, and one refresh of the dialog (the table filled,
the sketch drawn) as the operator types, median of 20.
"""

from __future__ import annotations

import math
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _median_ms(fn, n: int = 20) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    from minedesk.core import coords
    from minedesk.core.outline import read_outline

    n = 500
    legs = ["BM 38SPK 71194 21194"] + [f"{(i * 360 / (n - 1)) % 360:05.1f} 10" for i in range(n - 1)]
    lon0, lat0 = 47.00326, 39.92356
    mgrs_rows = [coords.to_mgrs(lon0 + 0.01 * math.cos(2 * math.pi * i / n), lat0 + 0.01 * math.sin(2 * math.pi * i / n))
                 for i in range(n)]
    print(f"traverse, {n} rows:        {_median_ms(lambda: read_outline(legs)):7.1f} ms")
    print(f"MGRS positions, {n} rows:  {_median_ms(lambda: read_outline(mgrs_rows)):7.1f} ms")

    from PySide6.QtWidgets import QApplication

    from minedesk.forms.coordinates import CoordinatesDialog

    app = QApplication.instance() or QApplication([])
    dialog = CoordinatesDialog()
    dialog.set_rows([["", t] for t in legs])
    dialog.show()

    def refresh():
        dialog.refresh()
        dialog.sketch.repaint()
        app.processEvents()

    print(f"dialog refresh, {n} rows:  {_median_ms(refresh):7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
