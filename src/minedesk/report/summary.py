"""The weekly (or any period's) summary a centre sends up: released hectares by category,
remaining, devices by category, for the period and cumulative, by district, team or any
attribute, with a chart. As a PDF, and as CSV for spreadsheets."""

from __future__ import annotations

import csv
import datetime as _dt
import os

import numpy as np

from minedesk import __version__
from minedesk.core.model import CATEGORIES
from minedesk.core.summary import figures, groups
from minedesk.outputs import CSV, Outputs, csv_cell, require_suffix
from minedesk.report.layout import Document, font
from minedesk.report.maps import RELEASE_COLORS
from minedesk.report.qt import QColor, QPen, QPointF, QRectF, Qt

CATS = [c.value for c in CATEGORIES]


def _row(name, f) -> list[str]:
    return ([name, str(f.hazards), f"{f.total_ha:,.2f}"] + [f"{f.period_ha[c]:,.2f}" for c in CATS]
            + [f"{sum(f.cumulative_ha.values()):,.2f}", f"{f.remaining_ha:,.2f}"]
            + [f"{f.period_devices[d]}/{f.cumulative_devices[d]}" for d in f.period_devices])


def summary_document(project, start=None, end=None, by=None, title: str = "", paper: str = "a4") -> Document:
    everything = figures(project, np.flatnonzero(project.engine.alive), start, end)
    by_group = groups(project, by, start, end)
    period = f"{start or 'the beginning'} to {end or 'today'}"
    doc = Document(f"SUMMARY REPORT · {period}", f"MineDesk {__version__} · hectares geodesic on WGS84, the tally "
                   f"engine's figures · printed {_dt.date.today().isoformat()}", paper)
    doc.text(title or "LAND RELEASE SUMMARY", size=16, bold=True, color=QColor(110, 20, 20))
    doc.text(f"Period: {period}", size=10, bold=True)
    doc.heading("All hazards")
    rows = [("Hazards", f"{everything.hazards:,}"), ("Hazard area", f"{everything.total_ha:,.2f} ha")]
    for c in CATS:
        rows.append((f"Released in the period: {c}", f"{everything.period_ha[c]:,.2f} ha"))
    rows.append(("Released in the period", f"{sum(everything.period_ha.values()):,.2f} ha"))
    for c in CATS:
        rows.append((f"Released to date: {c}", f"{everything.cumulative_ha[c]:,.2f} ha"))
    rows.append(("Released to date", f"{sum(everything.cumulative_ha.values()):,.2f} ha"))
    rows.append(("Remaining", f"{everything.remaining_ha:,.2f} ha"))
    left_out = project.engine.not_counted()
    if left_out:
        rows.append(("Not counted", left_out.text("The data-quality check (minedesk check) names each one.")
                     .removeprefix("Not counted: ")))
    rows.append(("Devices found in the period", "   ".join(f"{k} {v:,}" for k, v in everything.period_devices.items())))
    rows.append(("Devices found to date", "   ".join(f"{k} {v:,}" for k, v in everything.cumulative_devices.items())))
    doc.fields(rows, label_width=200)
    chart_groups = by_group or {"All hazards": everything}
    doc.box(190, lambda p, rect: _chart(p, rect, chart_groups))
    if by_group:
        doc.heading(f"By {by}")
        devices = list(everything.period_devices)
        columns = ([(by, 1.6, "l"), ("Hazards", 0.85, "r"), ("Area ha", 1.0, "r")]
                   + [(f"{c} ha (period)", 1.0, "r") for c in CATS]
                   + [("Released ha (to date)", 1.0, "r"), ("Remaining ha", 1.2, "r")]
                   + [(f"{d} period/to date", 0.9, "r") for d in devices])
        doc.table(columns, [_row(k, f) for k, f in by_group.items()] + [_row("All", everything)], size=6.8)
    return doc


def nice_ticks(top: float, most: int = 5) -> list[float]:
    """Axis ticks from 0 that read as round numbers (0, 5, 10 ... or 0, 0.25, 0.5 ...), the last at
    or above ``top``, at most ``most`` + 1 of them."""
    import math

    if top <= 0:
        return [0.0, 1.0]
    raw = top / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return [k * step for k in range(int(math.ceil(top / step - 1e-9)) + 1)]


def _chart(p, rect: QRectF, data: dict) -> None:
    """Hectares released in the period by category, stacked, one bar per group: vector paths."""
    names = list(data)[:24]
    values = np.array([[data[n].period_ha[c] for c in CATS] for n in names])
    ticks = nice_ticks(float(values.sum(axis=1).max(initial=0)))
    top = ticks[-1]
    step = ticks[1] - ticks[0]
    decimals = 0 if step >= 1 else (1 if step * 10 == int(step * 10) else 2)
    left, bottom = rect.left() + 46, rect.bottom() - 40
    height, width = rect.height() - 60, rect.width() - 56
    p.setFont(font(8, True))
    p.setPen(QColor(0, 0, 0))
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 12), int(Qt.AlignmentFlag.AlignLeft),
               "Hectares released in the period, by category")
    p.setFont(font(6))
    for tick in ticks:
        y = bottom - height * tick / top
        p.setPen(QPen(QColor(220, 220, 220), 0.4))
        p.drawLine(QPointF(left, y), QPointF(left + width, y))
        p.setPen(QColor(60, 60, 60))
        p.drawText(QRectF(rect.left(), y - 5, 42, 10), int(Qt.AlignmentFlag.AlignRight), f"{tick:,.{decimals}f}")
    slot = width / max(len(names), 1)
    for i, name in enumerate(names):
        y = bottom
        for j, c in enumerate(CATS):
            h = values[i, j] / top * height
            p.fillRect(QRectF(left + i * slot + slot * 0.15, y - h, slot * 0.7, h), RELEASE_COLORS[c])
            y -= h
        p.save()
        p.translate(left + i * slot + slot / 2, bottom + 4)
        p.rotate(35)
        p.setPen(QColor(0, 0, 0))
        p.drawText(QRectF(0, 0, 80, 9), int(Qt.AlignmentFlag.AlignLeft), name[:18])
        p.restore()
    for j, c in enumerate(CATS):
        x = rect.right() - 200 + j * 66
        p.fillRect(QRectF(x, rect.top() + 2, 9, 7), RELEASE_COLORS[c])
        p.setPen(QColor(0, 0, 0))
        p.drawText(QRectF(x + 12, rect.top(), 60, 10), int(Qt.AlignmentFlag.AlignLeft), c)


def write_summary_csv(project, out, start=None, end=None, by=None, *, outputs=None, overwrite=False, inputs=()) -> None:
    """The summary's table as CSV for spreadsheets (text cells made safe to open, see
    :func:`minedesk.outputs.csv_cell`). ``outputs``, ``overwrite``, ``inputs``: as
    :meth:`~minedesk.report.layout.Document.write_pdf`."""
    require_suffix(out, CSV, "a CSV table")
    everything = figures(project, np.flatnonzero(project.engine.alive), start, end)
    data = groups(project, by, start, end) if by else {}
    data["All"] = everything
    devices = list(everything.period_devices)
    rows = [[by or "group", "hazards", "total_ha"] + [f"{c}_ha_period" for c in CATS]
            + [f"{c}_ha_to_date" for c in CATS] + ["released_ha_to_date", "remaining_ha"]
            + [f"{d}_period" for d in devices] + [f"{d}_to_date" for d in devices]
            + ["not_counted_releases", "not_counted_ha", "hazards_skipped"]]
    left_out = project.engine.not_counted()
    for name, f in data.items():
        rows.append([name, f.hazards, round(f.total_ha, 4)] + [round(f.period_ha[c], 4) for c in CATS]
                    + [round(f.cumulative_ha[c], 4) for c in CATS]
                    + [round(sum(f.cumulative_ha.values()), 4), round(f.remaining_ha, 4)]
                    + [f.period_devices[d] for d in devices] + [f.cumulative_devices[d] for d in devices]
                    + ([left_out.releases, round(left_out.ha, 4), left_out.hazards_skipped] if name == "All"
                       else ["", "", ""]))  # outside every hazard: in no group

    def write(path):
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            for row in rows:
                w.writerow([csv_cell(v) for v in row])
            fh.flush()
            os.fsync(fh.fileno())

    if outputs is None:
        with Outputs([out], inputs=inputs, overwrite=overwrite) as own:
            own.write(out, write)
            own.commit()
    else:
        outputs.write(out, write)
