"""The task order as a printable, vector PDF (A4 or Letter, portrait).

Page 1: the task summary, the hazards with their areas, and the task map with an overview.
Then the geometry (CRS, benchmark, reference point, the coordinate table of every turning
point, continued across pages with its header), the parts to release, threat, priority,
dates, safety, quality, signatures and distribution. Every figure comes from the core: the
same hectares as ``minedesk tally``, the same coordinates as the status bar.
"""

from __future__ import annotations

import numpy as np
import shapely

from minedesk import __version__
from minedesk.core import coords
from minedesk.core.errors import InputError
from minedesk.core.mapping import DISTRICT_NAMES, NAME_NAMES, detect_column
from minedesk.core.taskorder import (
    BENCHMARK_LIMIT_M,
    FIELDS,
    TP_TABLE,
    Simplification,
    TaskOrder,
    TaskSource,
    far_benchmark,
    measure,
    released_parts_lonlat,
    task_hazard_rows,
)
from minedesk.report.layout import Document, font, metrics
from minedesk.report.maps import (
    draw_map,
    draw_overview,
    plan_detail_maps,
    plan_index_map,
    plan_task_map,
    task_geometry,
)
from minedesk.report.qt import QColor, QPen, QPointF, QRectF, Qt
from minedesk.report.words import LANGUAGES, Words, speaking


def _fields(order: TaskOrder, section: str, w: Words) -> list[tuple[str, str]]:
    return [(w.translate("TaskOrderField", label), order.value(key)) for key, label, sec in FIELDS if sec == section]


def simplified_note(s: Simplification, w: Words) -> str:
    """What a document says when its outlines were simplified for it, in its language."""
    return w.translate("Documents", "Outline simplified for this document only (tolerance {0}, topology kept): "
                       "{1} turning points in the project, {2} listed here. Areas and perimeters are those of the "
                       "project's geometry, which is unchanged.").format(
        w.single.translate("Documents", "{0} m").format(w.number(s.tolerance_m, 2 if s.tolerance_m % 1 else 0)),
        w.count(s.before), w.count(s.after))


def _position_rows(name: str, lonlat, description: str, zone: str) -> list[tuple[str, str]]:
    if lonlat is None:
        return [(name, "")]
    lon, lat = lonlat
    return [(name, f"{coords.format_dd(lon, lat)}   ({coords.format_dms(lon, lat)})"),
            ("", f"UTM {coords.format_utm(lon, lat, zone)}    MGRS {coords.to_mgrs(lon, lat)}"),
            ("", description or "")]


def _hazard_rows(hazards, w: Words) -> list[list[str]]:
    rows = []
    for h in hazards:
        a = h.attributes
        district = str(a.get(detect_column(a, DISTRICT_NAMES)) or "")
        rows.append([h.hazard_id, h.hazard_type or "", h.status or "", district,
                     w.number(h.area_m2), w.number(h.area_m2 / 1e4, 4), w.number(h.perimeter_m),
                     w.number(sum(h.released_ha.values()), 4), w.number(h.remaining_ha, 4)])
    return rows


def tp_columns(w: Words) -> list[tuple[str, float, str]]:
    """The coordinate table's header in the document's language (the columns: core TP_TABLE)."""
    return [(w.translate("TaskOrderDocument", header), width, align) for header, _, width, align in TP_TABLE]


def printed_tp_headers() -> dict[str, str]:
    """Every language's header of the coordinate table (lower case) and the column's role, so that
    a task order printed in any of them reads back when its table is pasted into the form."""
    headers = {}
    for language in LANGUAGES:
        try:
            w = Words(language)
        except InputError:  # a translation not installed: its headers are not known
            continue
        for header, role, _, _ in TP_TABLE:
            headers[" ".join(w.translate("TaskOrderDocument", header).lower().split())] = role
    return headers


def turning_point_rows(ring) -> list[list[str]]:
    """Every figure as a field team types it back into a GPS receiver or the coordinates form, in
    every language: a decimal point and no grouping (``1.234`` would read as 1,234 m in Azerbaijani
    and 1.234 m in English)."""
    rows = []
    for tp in ring.points:
        rows.append([str(tp.number), f"{tp.lat:.6f}", f"{tp.lon:.6f}",
                     coords.dms_text(tp.lat, "lat"), coords.dms_text(tp.lon, "lon"),
                     f"{int(tp.easting)}", f"{int(tp.northing)}", coords.to_mgrs(tp.lon, tp.lat),
                     f"{tp.true_bearing:.1f}°", f"{tp.grid_bearing:.1f}°", f"{tp.distance:.0f}"])
    return rows


def _district(attributes: dict) -> str:
    return str(attributes.get(detect_column(attributes, DISTRICT_NAMES)) or "")


def _hazard_title(h) -> str:
    """A hazard as the maps name it: its id, name and district."""
    name = str(h.attributes.get(detect_column(h.attributes, NAME_NAMES)) or "")
    return " · ".join(x for x in (h.hazard_id, name, _district(h.attributes)) if x)


def _ranges(numbers: list[int]) -> str:
    """``1–4, 9, 12–15``."""
    out, numbers = [], sorted(numbers)
    start = prev = None
    for n in numbers + [None]:
        if start is not None and (n is None or n != prev + 1):
            out.append(f"{start}" if start == prev else f"{start}–{prev}")
            start = None
        if n is not None and start is None:
            start = n
        prev = n
    return ", ".join(out)


def _detail_points(plan, geo) -> str:
    """The turning points a detail map labels, by ring: ``1–40, 262–300; H1.1–H1.8``."""
    names = {pl.name for pl in plan.tps}
    out = []
    for r in geo.rings:
        if (r.hazard, r.part) != plan.highlight:
            continue
        mine = [n for n in r.names if n in names]
        if mine:
            prefix = mine[0][:-len(mine[0].rsplit(".", 1)[-1])]
            out.append(prefix + _ranges([int(n.rsplit(".", 1)[-1]) for n in mine]).replace(", ", ", " + prefix)
                       .replace("–", "–" + prefix))
    return "; ".join(out)


def task_order_document(project: TaskSource, order: TaskOrder, paper: str = "a4", simplify_m: float | None = None,
                        words: Words | None = None, benchmark_limit_m: float = BENCHMARK_LIMIT_M) -> Document:
    """Lay out a task order for hazards of ``project`` (a :class:`~minedesk.core.project.Project`)
    in the language of ``words`` (English by default). More turning points than a task order carries are refused before any drawing, unless
    ``simplify_m`` simplifies the outlines for this document (it says so on page 1 and above
    the coordinate tables). A benchmark farther than ``benchmark_limit_m`` from the order's
    hazards is flagged on page 1 and beside the benchmark (the core's rule, far_benchmark)."""
    w = words or Words()
    with speaking(w):  # the maps are planned now (label sizes measured) in the document's language
        return _task_order_layout(project, order, paper, simplify_m, w, benchmark_limit_m)


def _task_order_layout(project: TaskSource, order: TaskOrder, paper: str, simplify_m: float | None, w: Words,
                       benchmark_limit_m: float) -> Document:
    engine, meter = project.engine, project.engine.meter
    rows = task_hazard_rows(project, order.hazard_ids)
    hazards = measure(engine, meter, rows, order, simplify_m)
    simplified = hazards[0].simplification
    zone_number, hemisphere = hazards[0].rings[0].zone, hazards[0].rings[0].hemisphere
    zone = f"{zone_number}{hemisphere}"
    released = [released_parts_lonlat(engine, meter, r) for r in rows]
    issued = w.date(order.issued)
    one = w.single  # the running header and footer, values: the first language
    doc = Document(one.translate("TaskOrderDocument", "TASK ORDER {0} · version {1}").format(order.task_id, order.version),
                   one.translate("TaskOrderDocument", "MineDesk {0} · areas and perimeters geodesic on WGS84, as minedesk tally · "
                     "issued {1}").format(__version__, issued), paper, w)

    # ---------------------------------------------------------------- page 1
    doc.text(w.translate("TaskOrderDocument", "TASK ORDER"), size=18, bold=True, color=QColor(110, 20, 20))
    doc.text(w.each(lambda v: v.translate("TaskOrderDocument", "{0} · version {1} · issued {2}").format(
        order.task_id, order.version, v.date(order.issued))), size=10, bold=True)
    if simplified is not None:
        doc.text(simplified_note(simplified, w), size=8.5, bold=True, color=QColor(160, 60, 0))
    bm_warning = far_benchmark(order, [h.polygon_lonlat for h in hazards], benchmark_limit_m)
    if bm_warning:  # a sentence: said whole in each language of the document
        bm_warning = w.each(lambda v, said=bm_warning: v.translate("TaskOrderDocument", "Warning: {0}").format(v.say(said)))
    if bm_warning:
        doc.text(bm_warning, size=8.5, bold=True, color=QColor(160, 60, 0))
    doc.space(4)
    doc.fields([(w.translate("TaskOrderDocument", "Task ID"), order.task_id), (w.translate("TaskOrderDocument", "Version"), str(order.version)),
                (w.translate("TaskOrderDocument", "Issue date"), issued)] + _fields(order, "Task", w))
    doc.heading(w.translate("TaskOrderSection", "Hazards"))
    doc.table([(w.translate("Documents", "Hazard"), 1.6, "l"), (w.translate("Documents", "Type"), 0.5, "l"), (w.translate("Documents", "Status"), 0.9, "l"),
               (w.translate("Documents", "District"), 1.0, "l"), (w.translate("Documents", "Area m²"), 1.0, "r"),
               (w.translate("Documents", "Area ha"), 0.9, "r"), (w.translate("Documents", "Perimeter m"), 0.9, "r"),
               (w.translate("Documents", "Released ha"), 0.9, "r"), (w.translate("Documents", "Remaining ha"), 0.95, "r")],
              _hazard_rows(hazards, w), size=7.5)
    doc.fields(_fields(order, "Hazards", w), size=8.5)
    bm, rp = order.point("benchmark"), order.point("reference_point")
    context = _context(project, rows)
    geo = task_geometry(hazards, released, zone, bm, rp)
    doc.text(one.translate("TaskOrderDocument", "Task map: {0}").format("; ".join(_hazard_title(h) for h in hazards)),
             size=8, bold=True)
    height = max(min(doc.bottom - doc.y - 6, 430), 260)
    plan = plan_task_map((doc.content_width, height), geo)
    districts = list(dict.fromkeys(d for d in (_district(h.attributes) for h in hazards) if d))
    overview_title = (one.translate("TaskOrderDocument", "Overview: {0}").format(", ".join(districts)) if districts
                      else one.translate("TaskOrderDocument", "Overview"))

    def overview(p, inset):
        draw_overview(p, inset, [h.polygon_lonlat for h in hazards], context, zone, overview_title)

    doc.box(height, lambda p, rect: draw_map(p, rect, plan, geo, overview))

    # ---------------------------------------------------------------- index and detail maps
    wanted = [key for key in geo.parts() if key not in plan.labelled]
    if wanted:
        title_h = 12 * 0.6 + metrics(font(12, True)).height() * 1.15 + 4 + 2 * metrics(font(8.5)).height() * 1.15 + 8
        details = plan_detail_maps((doc.content_width, doc.bottom - doc.top - title_h), geo, wanted)
        doc.new_page()
        doc.heading(w.translate("TaskOrderDocument", "Index map"))
        doc.table([(w.translate("TaskOrderDocument", "Detail map"), 0.6, "r"), (w.translate("Documents", "Hazard"), 2.4, "l"),
                   (w.translate("TaskOrderDocument", "Turning points"), 3.0, "l")],
                  [[str(n), _detail_title(hazards, d, one), _detail_points(d, geo)] for n, d in enumerate(details, start=1)],
                  size=7.5)
        index_h = max(doc.bottom - doc.y - 6, 320)
        index = plan_index_map((doc.content_width, index_h), geo, details)
        doc.box(index_h, lambda p, rect: draw_map(p, rect, index, geo))
        for n, d in enumerate(details, start=1):
            doc.new_page()
            doc.heading(w.translate("TaskOrderDocument", "Detail map {0} of {1}").format(n, len(details)))
            doc.text(one.translate("TaskOrderDocument", "{0} · Turning points {1}").format(
                _detail_title(hazards, d, one), _detail_points(d, geo)),
                     size=8.5)
            doc.box(d.size[1], lambda p, rect, d=d: draw_map(p, rect, d, geo))

    # ---------------------------------------------------------------- geometry
    doc.new_page()
    doc.heading(w.translate("TaskOrderSection", "Geometry"))
    epsg = coords.utm_epsg(zone_number, hemisphere)
    doc.text(w.translate("TaskOrderDocument", "Coordinates on WGS84 (EPSG:4326) in decimal degrees and DMS; UTM zone {0} "
               "(EPSG:{1}), easting and northing to 1 m; MGRS. Bearings in degrees clockwise from north, true and grid "
               "(grid north of UTM {0}); distances geodesic in metres. Turning points run clockwise from TP 1, the "
               "start point. Coordinates are written with a decimal point, as GPS receivers take them.")
             .format(zone, epsg), size=8)
    if simplified is not None:
        doc.text(simplified_note(simplified, w), size=8, bold=True, color=QColor(160, 60, 0))
    doc.space(3)
    doc.fields(_position_rows(w.translate("TaskOrderDocument", "Benchmark (BM)"), bm, order.value("benchmark_description"), zone)
               + _position_rows(w.translate("TaskOrderDocument", "Reference point (RP)"), rp,
                                order.value("reference_description"), zone), size=8.5)
    columns = tp_columns(w)
    if bm_warning:
        doc.text(bm_warning, size=8, bold=True, color=QColor(160, 60, 0))
    for h in hazards:
        doc.heading(w.translate("TaskOrderDocument", "Hazard {0}").format(h.hazard_id), size=10.5)
        first = h.rings[0].points[0]
        doc.text(w.translate("TaskOrderDocument", "Area {0} m² ({1}) · perimeter {2} · start point TP 1 {3}").format(
            w.number(h.area_m2), w.ha(h.area_m2 / 1e4), w.metres(h.perimeter_m), coords.format_dd(first.lon, first.lat)),
            size=8.5)
        for ring in h.rings:
            if ring.is_hole:
                what = w.translate("TaskOrderDocument", "Turning points of {0}, hole {1} of part {2} ({3} points)")
                what = what.format(h.hazard_id, ring.hole, ring.part, len(ring.points))
            else:
                what = w.translate("TaskOrderDocument", "Turning points of {0}, part {1}, outer boundary ({2} points)")
                what = what.format(h.hazard_id, ring.part, len(ring.points))
            doc.text(what, size=8, bold=True)
            doc.table(columns, turning_point_rows(ring), size=6.6)

    for section in ("Parts to release", "Threat", "Priority and land use", "Dates", "Safety", "Quality"):
        doc.heading(w.translate("TaskOrderSection", section))
        doc.fields(_fields(order, section, w))

    # ---------------------------------------------------------------- signatures
    doc.heading(w.translate("TaskOrderSection", "Signatures"))
    issued_by, received_by = order.value("issued_by"), order.value("received_by")
    titles = (w.translate("TaskOrderDocument", "Issued by"), w.translate("TaskOrderDocument", "Received by"))
    lines = signature_lines(w)
    doc.box(120, lambda p, rect: _signatures(p, rect, titles, lines, issued_by, received_by))
    doc.fields([(w.translate("TaskOrderField", "Distribution"), order.value("distribution"))])
    return doc


def signature_lines(w: Words) -> tuple[str, str, str]:
    """The three lines of a signature block."""
    return (w.translate("Documents", "Name, post"), w.translate("Documents", "Signature"), w.translate("Documents", "Date"))


def _detail_title(hazards, plan, w: Words) -> str:
    hazard, part = plan.highlight
    h = hazards[hazard]
    several = len({r.part for r in h.rings}) > 1
    return _hazard_title(h) + (" · " + w.translate("TaskOrderDocument", "part {0}").format(part) if several else "")


def _context(project, rows) -> list:
    """The other hazards of the task's districts (or within 15 km) for the overview inset."""
    engine = project.engine
    attrs = engine.hazards.attributes
    district_col = detect_column(attrs, DISTRICT_NAMES)
    alive = np.flatnonzero(engine.alive)
    if district_col is not None:
        values = {attrs[district_col][r] for r in rows}
        others = [r for r in alive if attrs[district_col][r] in values]
    else:
        # around the task's extent: its bounding box, so that a long outline costs nothing here
        area = shapely.box(*shapely.total_bounds(engine.hazards.geometry[rows])).buffer(
            15_000 if not project.crs.is_geographic else 0.15)
        others = list(engine.hazard_tree().query(area))
    others = others[:5000]
    return list(engine.meter.to_wgs84(engine.hazards.geometry[others])) if others else []


def _signatures(p, rect: QRectF, titles, lines, issued_by: str, received_by: str) -> None:
    w = (rect.width() - 20) / 2
    for i, (title, name) in enumerate(zip(titles, (issued_by, received_by), strict=True)):
        box = QRectF(rect.left() + i * (w + 20), rect.top(), w, rect.height())
        p.setPen(QPen(QColor(0, 0, 0), 0.8))
        p.drawRect(box)
        p.setFont(font(9, True))
        p.drawText(QRectF(box.left() + 6, box.top() + 4, w - 12, 12), int(Qt.AlignmentFlag.AlignLeft), title)
        p.setFont(font(8))
        label_w = max(70.0, min(120.0, max(metrics(font(8)).horizontalAdvance(s) for s in lines) + 8))
        for j, label in enumerate(lines):
            y = box.top() + 34 + j * 28
            p.drawText(QRectF(box.left() + 6, y - 12, label_w - 6, 10), int(Qt.AlignmentFlag.AlignLeft), label)
            if j == 0 and name:
                p.drawText(QRectF(box.left() + label_w + 6, y - 12, w - label_w - 12, 10),
                           int(Qt.AlignmentFlag.AlignLeft), name)
            p.setPen(QPen(QColor(120, 120, 120), 0.5, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(box.left() + label_w + 6, y), QPointF(box.right() - 6, y))
            p.setPen(QPen(QColor(0, 0, 0), 0.8))


def write_task_order(project: TaskSource, order: TaskOrder, out, paper: str = "a4", *, simplify_m: float | None = None,
                     words: Words | None = None, outputs=None, overwrite=False, inputs=(),
                     benchmark_limit_m: float = BENCHMARK_LIMIT_M) -> None:
    """Lay out and write a task order PDF in the language of ``words`` (``outputs``,
    ``overwrite``, ``inputs``: as :meth:`~minedesk.report.layout.Document.write_pdf`)."""
    task_order_document(project, order, paper, simplify_m, words, benchmark_limit_m).write_pdf(
        out, title=f"Task order {order.task_id} v{order.version}", outputs=outputs, overwrite=overwrite, inputs=inputs)
