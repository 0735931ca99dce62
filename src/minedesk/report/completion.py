"""The completion report an operator hands back when a task is done (IMAS 08.30), with a
handover certificate page for the land owner or community."""

from __future__ import annotations

import numpy as np

from minedesk import __version__
from minedesk.core.model import CATEGORIES
from minedesk.core.taskorder import measure, released_parts_lonlat, task_hazard_rows
from minedesk.core.values import count_or_zero, iso_date
from minedesk.report.layout import Document, font
from minedesk.report.maps import draw_task_map
from minedesk.report.qt import QColor, QPen, QPointF, QRectF, Qt

#: Fields a completion report adds to its task order's (``--field`` on the command line).
COMPLETION_FIELDS = [
    ("markers", "Markers placed"),
    ("not_released_reason", "Areas not released: why"),
    ("residual_risk", "Residual risk"),
    ("qa_by", "QA/QC carried out by"),
    ("handed_over_to", "Land handed over to (owner or community)"),
    ("operator_signatory", "For the operator (name, post)"),
    ("authority_signatory", "For the national authority (name, post)"),
]


def completion_document(project, order, extra: dict, paper: str = "a4", simplify_m: float | None = None) -> Document:
    engine, meter = project.engine, project.engine.meter
    rows = task_hazard_rows(project, order.hazard_ids)
    hazards = measure(engine, meter, rows, order, simplify_m)
    zone = f"{hazards[0].rings[0].zone}{hazards[0].rings[0].hemisphere}"
    releases = [(fid, r) for h in order.hazard_ids for fid, r in project.releases_of(h)]
    dates = sorted(d for d in (iso_date(r["date"]) for _, r in releases) if d)  # as the core reads dates
    doc = Document(f"COMPLETION REPORT {order.task_id}", f"MineDesk {__version__} · IMAS 08.30 · areas and perimeters "
                   f"geodesic on WGS84, as minedesk tally", paper)
    doc.text("COMPLETION REPORT", size=18, bold=True, color=QColor(110, 20, 20))
    doc.text(f"Task {order.task_id} (task order version {order.version}) · hazards {', '.join(order.hazard_ids)}",
             size=10, bold=True)
    if hazards[0].simplification is not None:
        doc.text(hazards[0].simplification.note(), size=8.5, bold=True, color=QColor(160, 60, 0))
    doc.fields([("Task ID", order.task_id), ("Organisation", order.value("organisation")),
                ("Team(s)", order.value("teams") or ", ".join(sorted({r["team"] for _, r in releases if r["team"]}))),
                ("Work started", dates[0] if dates else ""), ("Work finished", dates[-1] if dates else ""),
                ("Methods used", ", ".join(sorted({r["method"] for _, r in releases if r["method"]}))),
                ("Clearance depth", ", ".join(sorted({f"{r['depth_cm']:g} cm" for _, r in releases
                                                      if r["depth_cm"] is not None})))])
    doc.heading("Released parts")
    part_rows = []
    for h, row in zip(hazards, rows, strict=True):
        parts = engine.released_parts(row)
        for cat in CATEGORIES:
            g = parts.get(cat.value)
            if g is None or g.is_empty:
                continue
            ha = float(meter.hectares(np.array([g], dtype=object))[0])
            part_rows.append([h.hazard_id, cat.value, f"{ha * 1e4:,.0f}", f"{ha:,.4f}", f"{meter.perimeter_m(g):,.0f}"])
        part_rows.append([h.hazard_id, "not released", f"{h.remaining_ha * 1e4:,.0f}", f"{h.remaining_ha:,.4f}", ""])
    doc.table([("Hazard", 1.4, "l"), ("Category", 1.0, "l"), ("Area m²", 1.0, "r"), ("Area ha", 1.0, "r"),
               ("Perimeter m", 1.0, "r")], part_rows)
    doc.heading("Release records")
    doc.table([("Release", 1.6, "l"), ("Category", 0.8, "l"), ("Method", 1.1, "l"), ("Date", 0.8, "l"),
               ("Team", 0.7, "l"), ("Depth cm", 0.6, "r")] + [(d, 0.45, "r") for d in project.device_names],
              [[r["release_id"], r["category"], r["method"] or "", r["date"] or "", r["team"] or "",
                "" if r["depth_cm"] is None else f"{r['depth_cm']:g}"]
               + [str(count_or_zero(r.get(project.device_column(d)))) for d in project.device_names] for _, r in releases])
    doc.heading("Devices found")
    totals = engine.totals(rows)
    doc.fields([("By category", "   ".join(f"{k} {v:,}" for k, v in totals.devices.items()))])
    finds = [f for f in project.rows["finds"].values() if f["hazard_id"] in order.hazard_ids]
    if finds:
        doc.table([("Find", 1.4, "l"), ("Category", 0.7, "l"), ("Model", 1.0, "l"), ("Count", 0.5, "r"),
                   ("Depth cm", 0.6, "r"), ("Date", 0.8, "l")],
                  [[f["find_id"], f["category"], f["model"] or "", str(count_or_zero(f["count"])),
                    "" if f["depth_cm"] is None else f"{f['depth_cm']:g}", f["date"] or ""] for f in finds])
    doc.heading("Quality, markers, residual risk")
    doc.fields([("QA visits", order.value("qa_visits")), ("QC sampling", order.value("qc_sampling")),
                ("Inspecting body", order.value("inspecting_body"))]
               + [(label, str(extra.get(key, ""))) for key, label in COMPLETION_FIELDS[:4]])
    released = [released_parts_lonlat(engine, meter, r) for r in rows]
    doc.ensure(280)  # the heading stays with its map
    doc.heading("Map")
    doc.box(max(min(doc.bottom - doc.y - 6, 380), 240), lambda p, rect: draw_task_map(
        p, rect, hazards, released, zone, order.point("benchmark"), order.point("reference_point")))

    # ---------------------------------------------------------------- handover certificate
    doc.new_page()
    doc.text("HANDOVER CERTIFICATE", size=16, bold=True, color=QColor(110, 20, 20))
    released_ha = totals.released_ha
    doc.text(f"The land of hazard(s) {', '.join(order.hazard_ids)}, task {order.task_id}, has been released: "
             + ", ".join(f"{v:,.4f} ha {k}" for k, v in totals.released_by_category_ha.items() if v)
             + f" ({released_ha:,.4f} ha in all; {totals.remaining_ha:,.4f} ha not released). It is handed over to "
             f"{extra.get('handed_over_to') or '................................................'} for its intended use"
             f"{': ' + order.value('land_use') if order.value('land_use') else ''}.", size=10)
    doc.space(8)
    signatories = [("For the operator", extra.get("operator_signatory", "")),
                   ("For the national authority", extra.get("authority_signatory", "")),
                   ("Land owner or community representative", extra.get("handed_over_to", ""))]
    for title, name in signatories:
        doc.box(92, lambda p, rect, title=title, name=name: _signature_block(p, rect, title, name))
    return doc


def _signature_block(p, rect: QRectF, title: str, name: str) -> None:
    p.setPen(QPen(QColor(0, 0, 0), 0.8))
    p.drawRect(rect)
    p.setFont(font(9, True))
    p.drawText(QRectF(rect.left() + 6, rect.top() + 4, rect.width() - 12, 12), int(Qt.AlignmentFlag.AlignLeft), title)
    p.setFont(font(8))
    for j, label in enumerate(("Name, post", "Signature", "Date")):
        y = rect.top() + 32 + j * 22
        p.drawText(QRectF(rect.left() + 6, y - 12, 80, 10), int(Qt.AlignmentFlag.AlignLeft), label)
        if j == 0 and name:
            p.drawText(QRectF(rect.left() + 90, y - 12, rect.width() - 96, 10), int(Qt.AlignmentFlag.AlignLeft), name)
        p.setPen(QPen(QColor(120, 120, 120), 0.5, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(rect.left() + 90, y), QPointF(rect.right() - 6, y))
        p.setPen(QPen(QColor(0, 0, 0), 0.8))
