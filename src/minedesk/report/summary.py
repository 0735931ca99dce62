"""The weekly (or any period's) summary a centre sends up: released hectares by category,
remaining, devices by category, for the period and cumulative, by district, team or any
attribute, with a chart. As a PDF, and as CSV for spreadsheets."""

from __future__ import annotations

import csv
import datetime as _dt
import math
import os

import numpy as np

from minedesk import __version__
from minedesk.core.model import CATEGORIES
from minedesk.core.summary import figures, groups
from minedesk.outputs import CSV, Outputs, csv_cell, require_suffix
from minedesk.report.completion import category_word
from minedesk.report.layout import Document, font, metrics
from minedesk.report.maps import RELEASE_COLORS
from minedesk.report.qt import QColor, QPen, QPointF, QRectF, Qt
from minedesk.report.words import Words

CATS = [c.value for c in CATEGORIES]


def _row(name, f, w: Words) -> list[str]:
    return ([name, w.count(f.hazards), w.number(f.total_ha, 2)] + [w.number(f.period_ha[c], 2) for c in CATS]
            + [w.number(sum(f.cumulative_ha.values()), 2), w.number(f.remaining_ha, 2)]
            + [f"{w.count(f.period_devices[d])}/{w.count(f.cumulative_devices[d])}" for d in f.period_devices])


def not_counted_text(left_out, w: Words) -> str:
    """What the figures leave out (the core's NotCounted), in the document's language."""
    one = w.single
    parts = []
    if left_out.releases:
        text = (one.translate("SummaryDocument", "{0} in 1 release outside every hazard (or the one it names)")
                if left_out.releases == 1 else
                one.translate("SummaryDocument", "{0} in {1} releases outside every hazard (or the one it names)"))
        parts.append(text.format(w.ha(left_out.ha, 2), w.count(left_out.releases)))
    if left_out.hazards_skipped:
        text = (one.translate("SummaryDocument", "1 hazard skipped (no usable polygon)") if left_out.hazards_skipped == 1
                else one.translate("SummaryDocument", "{0} hazards skipped (no usable polygon)"))
        parts.append(text.format(w.count(left_out.hazards_skipped)))
    where = one.translate("SummaryDocument", "The data-quality check (minedesk check) names each one.")
    return "; ".join(parts) + ". " + where


def summary_document(project, start=None, end=None, by=None, title: str = "", paper: str = "a4",
                     words: Words | None = None) -> Document:
    """The period summary in the language of ``words`` (English by default)."""
    w = words or Words()
    everything = figures(project, np.flatnonzero(project.engine.alive), start, end)
    by_group = groups(project, by, start, end)
    one = w.single
    period = one.translate("SummaryDocument", "{0} to {1}").format(
        w.date(start) if start else one.translate("SummaryDocument", "the beginning"),
        w.date(end) if end else one.translate("SummaryDocument", "today"))
    doc = Document(one.translate("SummaryDocument", "SUMMARY REPORT · {0}").format(period),
                   one.translate("SummaryDocument", "MineDesk {0} · hectares geodesic on WGS84, the tally engine's figures · "
                     "printed {1}").format(__version__, w.date(_dt.date.today().isoformat())), paper, w)
    doc.text(title or w.translate("SummaryDocument", "LAND RELEASE SUMMARY"), size=16, bold=True, color=QColor(110, 20, 20))
    doc.text(w.translate("SummaryDocument", "Period: {0}").format(period), size=10, bold=True)
    doc.heading(w.translate("SummaryDocument", "All hazards"))
    rows = [(w.translate("SummaryDocument", "Hazards"), w.count(everything.hazards)),
            (w.translate("SummaryDocument", "Hazard area"), w.ha(everything.total_ha, 2))]
    for c in CATS:
        rows.append((w.each(lambda v, c=c: v.translate("SummaryDocument", "Released in the period: {0}")
                            .format(category_word(c, v))),
                     w.ha(everything.period_ha[c], 2)))
    rows.append((w.translate("SummaryDocument", "Released in the period"), w.ha(sum(everything.period_ha.values()), 2)))
    for c in CATS:
        rows.append((w.each(lambda v, c=c: v.translate("SummaryDocument", "Released to date: {0}")
                            .format(category_word(c, v))),
                     w.ha(everything.cumulative_ha[c], 2)))
    rows.append((w.translate("SummaryDocument", "Released to date"), w.ha(sum(everything.cumulative_ha.values()), 2)))
    rows.append((w.translate("SummaryDocument", "Remaining"), w.ha(everything.remaining_ha, 2)))
    left_out = project.engine.not_counted()
    if left_out:
        rows.append((w.translate("SummaryDocument", "Not counted"), not_counted_text(left_out, w)))
    rows.append((w.translate("SummaryDocument", "Devices found in the period"),
                 "   ".join(f"{k} {w.count(v)}" for k, v in everything.period_devices.items())))
    rows.append((w.translate("SummaryDocument", "Devices found to date"),
                 "   ".join(f"{k} {w.count(v)}" for k, v in everything.cumulative_devices.items())))
    doc.fields(rows, label_width=200)
    chart_groups = by_group or {one.translate("SummaryDocument", "All hazards"): everything}
    chart_title = w.translate("SummaryDocument", "Hectares released in the period, by category")
    legend = [category_word(c, one) for c in CATS]
    doc.box(190, lambda p, rect: _chart(p, rect, chart_groups, chart_title, legend, w))
    if by_group:
        by_name = w.translate("SummaryDocument", "team") if by == "team" else by
        doc.heading(w.each(lambda v: v.translate("SummaryDocument", "By {0}").format(
            v.translate("SummaryDocument", "team") if by == "team" else by)))
        devices = list(everything.period_devices)
        columns = ([(by_name, 1.6, "l"), (w.translate("SummaryDocument", "Hazards"), 0.85, "r"), (w.translate("Documents", "Area ha"), 1.0, "r")]
                   + [(w.each(lambda v, c=c: v.translate("SummaryDocument", "{0} ha (period)").format(category_word(c, v))),
                       1.0, "r") for c in CATS]
                   + [(w.translate("SummaryDocument", "Released ha (to date)"), 1.25, "r"), (w.translate("Documents", "Remaining ha"), 1.2, "r")]
                   + [(w.translate("SummaryDocument", "{0} period/to date").format(d), 0.9, "r") for d in devices])
        doc.table(columns, [_row(k, f, w) for k, f in by_group.items()]
                  + [_row(one.translate("SummaryDocument", "All"), everything, w)], size=6.8)
    return doc


def nice_ticks(top: float, most: int = 6) -> list[float]:
    """Axis ticks from 0 that read as round numbers: steps of 1, 2 or 5 times a power of ten
    (0, 10, 20 ... or 0, 0.2, 0.4 ... or 0, 500, 1000 ...), the finest that needs at most
    ``most`` steps, the last tick at or above ``top``."""
    if top <= 0:
        return [0.0, 1.0]
    power = 10.0 ** math.floor(math.log10(top / most))
    step = next(m * power for m in (1, 2, 5, 10, 20) if math.ceil(top / (m * power) - 1e-9) <= most)
    return [round(k * step, 12) for k in range(math.ceil(top / step - 1e-9) + 1)]


def _chart(p, rect: QRectF, data: dict, title: str, legend: list[str], w: Words) -> None:
    """Hectares released in the period by category, stacked, one bar per group: vector paths."""
    names = list(data)[:24]
    values = np.array([[data[n].period_ha[c] for c in CATS] for n in names])
    ticks = nice_ticks(float(values.sum(axis=1).max(initial=0)))
    top = ticks[-1]
    step = ticks[1] - ticks[0]
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    left, bottom = rect.left() + 46, rect.bottom() - 40
    height, width = rect.height() - 60, rect.width() - 56
    p.setFont(font(8, True))
    p.setPen(QColor(0, 0, 0))
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 12), int(Qt.AlignmentFlag.AlignLeft), title)
    p.setFont(font(6))
    for tick in ticks:
        y = bottom - height * tick / top
        p.setPen(QPen(QColor(220, 220, 220), 0.4))
        p.drawLine(QPointF(left, y), QPointF(left + width, y))
        p.setPen(QColor(60, 60, 60))
        p.drawText(QRectF(rect.left(), y - 5, 42, 10), int(Qt.AlignmentFlag.AlignRight), w.number(tick, decimals))
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
    p.setFont(font(6))
    fm = metrics(font(6))
    x = rect.right()
    for j in reversed(range(len(CATS))):  # the legend from the right, as wide as its words
        x -= fm.horizontalAdvance(legend[j]) + 12 + 10
        p.fillRect(QRectF(x, rect.top() + 2, 9, 7), RELEASE_COLORS[CATS[j]])
        p.setPen(QColor(0, 0, 0))
        p.drawText(QRectF(x + 12, rect.top(), fm.horizontalAdvance(legend[j]) + 4, 10),
                   int(Qt.AlignmentFlag.AlignLeft), legend[j])


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
