"""The completion report an operator hands back when a task is done (IMAS 08.30), with a
handover certificate page for the land owner or community."""

from __future__ import annotations

import numpy as np

from minedesk import __version__
from minedesk.core.model import CATEGORIES
from minedesk.core.taskorder import measure, released_parts_lonlat, task_hazard_rows
from minedesk.core.values import count_or_zero, iso_date
from minedesk.core.words import QT_TRANSLATE_NOOP
from minedesk.report.layout import Document, font, metrics
from minedesk.report.maps import draw_task_map
from minedesk.report.qt import QColor, QPen, QPointF, QRectF, Qt
from minedesk.report.taskorder import signature_lines, simplified_note
from minedesk.report.words import Words

#: Fields a completion report adds to its task order's (``--field`` on the command line).
COMPLETION_FIELDS = [
    ("markers", QT_TRANSLATE_NOOP("CompletionDocument", "Markers placed")),
    ("not_released_reason", QT_TRANSLATE_NOOP("CompletionDocument", "Areas not released: why")),
    ("residual_risk", QT_TRANSLATE_NOOP("CompletionDocument", "Residual risk")),
    ("qa_by", QT_TRANSLATE_NOOP("CompletionDocument", "QA/QC carried out by")),
    ("handed_over_to", QT_TRANSLATE_NOOP("CompletionDocument", "Land handed over to (owner or community)")),
    ("operator_signatory", QT_TRANSLATE_NOOP("CompletionDocument", "For the operator (name, post)")),
    ("authority_signatory", QT_TRANSLATE_NOOP("CompletionDocument", "For the national authority (name, post)")),
]


def category_word(category: str, w: Words) -> str:
    """A release category (cleared, reduced, cancelled, not released) in the document's language."""
    return w.translate("Documents", category)


def method_word(method, w: Words) -> str:
    """A release method: the core's (manual, mechanical ...) in the document's language, another as typed."""
    return w.translate("ReleaseMethod", method) if method else ""


_CATEGORY_WORDS = [QT_TRANSLATE_NOOP("Documents", "cleared"), QT_TRANSLATE_NOOP("Documents", "reduced"),
                   QT_TRANSLATE_NOOP("Documents", "cancelled"), QT_TRANSLATE_NOOP("Documents", "not released")]


def completion_document(project, order, extra: dict, paper: str = "a4", simplify_m: float | None = None,
                        words: Words | None = None) -> Document:
    """The completion report of ``order`` in the language of ``words`` (English by default)."""
    w = words or Words()
    engine, meter = project.engine, project.engine.meter
    rows = task_hazard_rows(project, order.hazard_ids)
    hazards = measure(engine, meter, rows, order, simplify_m)
    zone = f"{hazards[0].rings[0].zone}{hazards[0].rings[0].hemisphere}"
    releases = [(fid, r) for h in order.hazard_ids for fid, r in project.releases_of(h)]
    dates = sorted(d for d in (iso_date(r["date"]) for _, r in releases) if d)  # as the core reads dates
    one = w.single  # values, table cells, the running header and footer: the first language
    doc = Document(one.translate("CompletionDocument", "COMPLETION REPORT {0}").format(order.task_id),
                   one.translate("CompletionDocument", "MineDesk {0} · IMAS 08.30 · areas and perimeters geodesic on WGS84, as "
                     "minedesk tally").format(__version__), paper, w)
    doc.text(w.translate("CompletionDocument", "COMPLETION REPORT"), size=18, bold=True, color=QColor(110, 20, 20))
    doc.text(w.translate("CompletionDocument", "Task {0} (task order version {1}) · hazards {2}").format(
        order.task_id, order.version, ", ".join(order.hazard_ids)), size=10, bold=True)
    if hazards[0].simplification is not None:
        doc.text(simplified_note(hazards[0].simplification, w), size=8.5, bold=True, color=QColor(160, 60, 0))
    methods = sorted({r["method"] for _, r in releases if r["method"]})
    depths = sorted({r["depth_cm"] for _, r in releases if r["depth_cm"] is not None})
    doc.fields([(w.translate("TaskOrderDocument", "Task ID"), order.task_id),
                (w.translate("TaskOrderField", "Tasked organisation"), order.value("organisation")),
                (w.translate("TaskOrderField", "Team(s)"), order.value("teams") or ", ".join(sorted({r["team"] for _, r in releases
                                                                                         if r["team"]}))),
                (w.translate("CompletionDocument", "Work started"), w.date(dates[0]) if dates else ""),
                (w.translate("CompletionDocument", "Work finished"), w.date(dates[-1]) if dates else ""),
                (w.translate("CompletionDocument", "Methods used"), ", ".join(method_word(m, one) for m in methods)),
                (w.translate("CompletionDocument", "Clearance depth"),
                 ", ".join(w.single.translate("Documents", "{0} cm").format(_depth(d, w)) for d in depths))])
    doc.heading(w.translate("CompletionDocument", "Released parts"))
    part_rows = []
    for h, row in zip(hazards, rows, strict=True):
        parts = engine.released_parts(row)
        for cat in CATEGORIES:
            g = parts.get(cat.value)
            if g is None or g.is_empty:
                continue
            ha = float(meter.hectares(np.array([g], dtype=object))[0])
            part_rows.append([h.hazard_id, category_word(cat.value, one), w.number(ha * 1e4), w.number(ha, 4),
                              w.number(meter.perimeter_m(g))])
        part_rows.append([h.hazard_id, category_word("not released", one), w.number(h.remaining_ha * 1e4),
                          w.number(h.remaining_ha, 4), ""])
    doc.table([(w.translate("Documents", "Hazard"), 1.4, "l"), (w.translate("Documents", "Category"), 1.0, "l"),
               (w.translate("Documents", "Area m²"), 1.0, "r"), (w.translate("Documents", "Area ha"), 1.0, "r"),
               (w.translate("Documents", "Perimeter m"), 1.0, "r")], part_rows)
    doc.heading(w.translate("CompletionDocument", "Release records"))
    doc.table([(w.translate("CompletionDocument", "Release"), 1.4, "l"), (w.translate("Documents", "Category"), 0.8, "l"),
               (w.translate("CompletionDocument", "Method"), 1.1, "l"), (w.translate("Documents", "Date"), 0.8, "l"),
               (w.translate("CompletionDocument", "Team"), 0.7, "l"), (w.translate("CompletionDocument", "Depth cm"), 0.8, "r")]
              + [(d, 0.45, "r") for d in project.device_names],
              [[r["release_id"], category_word(r["category"], one), method_word(r["method"], one),
                r["date"] or "", r["team"] or "", "" if r["depth_cm"] is None else _depth(r["depth_cm"], w)]
               + [w.count(count_or_zero(r.get(project.device_column(d)))) for d in project.device_names]
               for _, r in releases])
    doc.heading(w.translate("CompletionDocument", "Devices found"))
    totals = engine.totals(rows)
    doc.fields([(w.translate("CompletionDocument", "By category"), "   ".join(f"{k} {w.count(v)}" for k, v in totals.devices.items()))])
    finds = [f for f in project.rows["finds"].values() if f["hazard_id"] in order.hazard_ids]
    if finds:
        doc.table([(w.translate("CompletionDocument", "Find"), 1.4, "l"), (w.translate("Documents", "Category"), 0.7, "l"),
                   (w.translate("CompletionDocument", "Model"), 1.0, "l"), (w.translate("CompletionDocument", "Count"), 0.5, "r"),
                   (w.translate("CompletionDocument", "Depth cm"), 0.8, "r"), (w.translate("Documents", "Date"), 0.8, "l")],
                  [[f["find_id"], f["category"], f["model"] or "", w.count(count_or_zero(f["count"])),
                    "" if f["depth_cm"] is None else _depth(f["depth_cm"], w), f["date"] or ""] for f in finds])
    doc.heading(w.translate("CompletionDocument", "Quality, markers, residual risk"))
    doc.fields([(w.translate("TaskOrderField", "QA visits"), order.value("qa_visits")),
                (w.translate("TaskOrderField", "QC sampling"), order.value("qc_sampling")),
                (w.translate("TaskOrderField", "Inspecting body"), order.value("inspecting_body"))]
               + [(w.translate("CompletionDocument", label), str(extra.get(key, ""))) for key, label in COMPLETION_FIELDS[:4]])
    released = [released_parts_lonlat(engine, meter, r) for r in rows]
    doc.ensure(280)  # the heading stays with its map
    doc.heading(w.translate("CompletionDocument", "Map"))
    doc.box(max(min(doc.bottom - doc.y - 6, 380), 240), lambda p, rect: draw_task_map(
        p, rect, hazards, released, zone, order.point("benchmark"), order.point("reference_point")))

    # ---------------------------------------------------------------- handover certificate
    doc.new_page()
    doc.text(w.translate("CompletionDocument", "HANDOVER CERTIFICATE"), size=16, bold=True, color=QColor(110, 20, 20))
    land_use = order.value("land_use")
    certificate = (QT_TRANSLATE_NOOP("CompletionDocument", "The land of hazard(s) {0}, task {1}, has been released: {2} "
                                     "({3} in all; {4} not released). It is handed over to {5} for its intended use: "
                                     "{6}.") if land_use else
                   QT_TRANSLATE_NOOP("CompletionDocument", "The land of hazard(s) {0}, task {1}, has been released: {2} "
                                     "({3} in all; {4} not released). It is handed over to {5} for its intended use."))

    def sentence(v: Words) -> str:  # the certificate in one language, its figures in that language's way
        by_category = ", ".join(v.translate("CompletionDocument", "{0} {1}").format(v.ha(ha), category_word(k, v))
                                for k, ha in totals.released_by_category_ha.items() if ha)
        return v.translate("CompletionDocument", certificate).format(
            ", ".join(order.hazard_ids), order.task_id, by_category or "-", v.ha(totals.released_ha),
            v.ha(totals.remaining_ha), extra.get("handed_over_to") or "................................................",
            land_use)

    doc.text(sentence(one), size=10)
    if w.second:  # the certificate's sentence in the second language too, whole
        doc.space(3)
        doc.text(sentence(Words(w.second)), size=9, color=QColor(70, 70, 70))
    doc.space(8)
    signatories = [(w.translate("CompletionDocument", "For the operator"), extra.get("operator_signatory", "")),
                   (w.translate("CompletionDocument", "For the national authority"), extra.get("authority_signatory", "")),
                   (w.translate("CompletionDocument", "Land owner or community representative"), extra.get("handed_over_to", ""))]
    lines = signature_lines(w)
    for title, name in signatories:
        doc.box(92, lambda p, rect, title=title, name=name: _signature_block(p, rect, title, lines, name))
    return doc


def _depth(cm: float, w: Words) -> str:
    return w.number(cm, 0 if float(cm).is_integer() else 1)


def _signature_block(p, rect: QRectF, title: str, lines, name: str) -> None:
    p.setPen(QPen(QColor(0, 0, 0), 0.8))
    p.drawRect(rect)
    p.setFont(font(9, True))
    titles = title.split("\n")  # two lines in a bilingual document
    for i, line in enumerate(titles):
        p.drawText(QRectF(rect.left() + 6, rect.top() + 4 + i * 11, rect.width() - 12, 12), int(Qt.AlignmentFlag.AlignLeft),
                   line)
    p.setFont(font(8))
    label_w = max(84.0, min(150.0, max(metrics(font(8)).horizontalAdvance(s) for s in lines) + 8))
    for j, label in enumerate(lines):
        y = rect.top() + 32 + (len(titles) - 1) * 9 + j * 21
        p.drawText(QRectF(rect.left() + 6, y - 12, label_w - 6, 10), int(Qt.AlignmentFlag.AlignLeft), label)
        if j == 0 and name:
            p.drawText(QRectF(rect.left() + label_w + 6, y - 12, rect.width() - label_w - 12, 10),
                       int(Qt.AlignmentFlag.AlignLeft), name)
        p.setPen(QPen(QColor(120, 120, 120), 0.5, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(rect.left() + label_w + 6, y), QPointF(rect.right() - 6, y))
        p.setPen(QPen(QColor(0, 0, 0), 0.8))
