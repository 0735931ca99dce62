"""Task order maps read back from the PDF (pdftotext -bbox): every turning point labelled once
per map, on page 1 or a detail map, and no two words of a map page overlapping; the label
placer's own rules (markers, inset, leaders); the far-benchmark rule."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from html import unescape

import numpy as np
import pytest
import shapely

pytest.importorskip("PySide6.QtGui")

from conftest import SAMPLE, X0, Y0, write_layer  # noqa: E402
from minedesk.core import labels  # noqa: E402
from minedesk.core.taskorder import TaskOrder, benchmark_distance_m, far_benchmark  # noqa: E402
from minedesk.exchange import import_project  # noqa: E402

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
TP = re.compile(r"^(P\d+\.)?(H\d+\.)?\d+$")


# ---------------------------------------------------------------------------------- cases
def belt(x, y, length=15_000.0, width=100.0, n=150, angle=0.5):
    """A minefield belt: ``length`` metres long, ``width`` wide, ``2 n`` vertices, a little wavy."""
    t = np.linspace(0, length, n)
    wave = 12 * np.sin(t / 400)
    left = np.column_stack([t, wave + width / 2])
    right = np.column_stack([t, wave - width / 2])[::-1]
    xy = np.vstack([left, right])
    c, s = np.cos(angle), np.sin(angle)
    return shapely.Polygon(np.column_stack([x + xy[:, 0] * c - xy[:, 1] * s, y + xy[:, 0] * s + xy[:, 1] * c]))


def make_case(tmp_path, case: str):
    """A project for one of the four cases, with the order's hazard ids and fields."""
    rel, fields = None, {}
    if case == "single":
            # a small hazard with three turning points a metre apart (the "29/30/31" of the issue): its
        # task map cannot tell them apart, a detail map can
        poly = shapely.Polygon([(X0, Y0), (X0 + 120, Y0 + 10), (X0 + 121, Y0 + 11), (X0 + 122, Y0 + 10.5),
                                (X0 + 140, Y0 + 90), (X0 + 60, Y0 + 130), (X0 + 59, Y0 + 129), (X0 - 10, Y0 + 70)])
        h = write_layer(tmp_path / "h.shp", [poly], {"HAZ_ID": ["S-1"], "NAME": ["Kənd yolu"], "DISTRICT": ["Ağdam"]})
        rel = write_layer(tmp_path / "r.shp", [shapely.box(X0, Y0, X0 + 60, Y0 + 60)],
                          {"CLR_ID": ["R1"], "HAZ_ID": ["S-1"], "RELEASE": ["cleared"]})
        ids = ["S-1"]
        fields = {"benchmark": "38N 640050 4426900", "reference_point": "38N 640200 4426950"}
    elif case == "belt":
        poly = belt(X0, Y0)
        h = write_layer(tmp_path / "h.shp", [poly], {"HAZ_ID": ["BELT-1"], "DISTRICT": ["Füzuli"]})
        strip = shapely.box(X0 + 3000, Y0 - 5000, X0 + 5000, Y0 + 10_000).intersection(poly)
        rel = write_layer(tmp_path / "r.shp", [strip], {"CLR_ID": ["R1"], "HAZ_ID": ["BELT-1"], "RELEASE": ["reduced"]})
        ids = ["BELT-1"]
        fields = {"benchmark": "38N 639900 4427000"}
    elif case == "three":
        polys = [shapely.Polygon([(X0, Y0), (X0 + 200, Y0 + 30), (X0 + 180, Y0 + 220), (X0 - 20, Y0 + 160)]),
                 shapely.Point(X0 + 30_000, Y0 + 20_000).buffer(150, 6),
                 shapely.box(X0 + 55_000, Y0 + 35_000, X0 + 55_300, Y0 + 35_100)]
        h = write_layer(tmp_path / "h.shp", polys, {"HAZ_ID": ["AGD-1", "AGD-2", "FZL-3"],
                                                    "DISTRICT": ["Ağdam", "Ağdam", "Füzuli"]})
        ids = ["AGD-1", "AGD-2", "FZL-3"]
        fields = {"benchmark": "38N 604000 4427000"}  # 35 km west of the nearest
    elif case == "multipart":
        outer = shapely.Point(X0, Y0).buffer(300, 8)
        hole = shapely.Point(X0 + 40, Y0 - 20).buffer(90, 4)
        parts = shapely.MultiPolygon([shapely.Polygon(outer.exterior.coords, [hole.exterior.coords]),
                                      shapely.box(X0 + 2500, Y0 + 800, X0 + 2650, Y0 + 900)])
        h = write_layer(tmp_path / "h.shp", [parts], {"HAZ_ID": ["MP-1"], "DISTRICT": ["Xocavənd"]})
        rel = write_layer(tmp_path / "r.shp", [shapely.box(X0 - 300, Y0 - 300, X0, Y0 + 300)],
                          {"CLR_ID": ["R1"], "HAZ_ID": ["MP-1"], "RELEASE": ["cancelled"]})
        ids = ["MP-1"]
    else:
        raise ValueError(case)
    path, _ = import_project(tmp_path / f"{case}.gpkg", h, rel)
    return path, ids, fields


def write_case(tmp_path, case: str, run_cli, *more):
    """The case's task order written by the CLI (``more``: further options, e.g. a language)."""
    path, ids, fields = make_case(tmp_path, case)
    out = tmp_path / f"{case}.pdf"
    args = ["task-order", path, "-o", out, *more]
    for hid in ids:
        args += ["--hazard", hid]
    for k, v in fields.items():
        args += ["--field", f"{k}={v}"]
    code, _, err = run_cli(*args)
    assert code == 0, err
    return path, ids, out


# ---------------------------------------------------------------------------------- reading back
def words(pdf) -> list[list[tuple]]:
    """Per page, (x0, y0, x1, y1, text) of every word, as pdftotext -bbox reads them."""
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in xml.split("<page ")[1:]:
        pages.append([(float(a), float(b), float(c), float(d), unescape(t)) for a, b, c, d, t in WORD.findall(page)])
    return pages


def label_height() -> float:
    """The height pdftotext gives a turning point label (LABEL_SIZE bold DejaVu Sans)."""
    from minedesk.report.layout import font, metrics
    from minedesk.report.maps import LABEL_SIZE

    return metrics(font(LABEL_SIZE, True)).height()


def map_pages(pages) -> list[int]:
    """Page 1 and every detail map page (the index map labels detail numbers, not turning points)."""
    return [0] + [i for i, page in enumerate(pages) if re.search(r"Detail map \d+ of \d+", " ".join(w[4] for w in page[:25]))]


def tp_labels(page, height) -> list[tuple]:
    """Turning point labels: numbers at the labels' size, above the footer (whose "4 / 9" has it too)."""
    return [w for w in page if TP.match(w[4]) and abs((w[3] - w[1]) - height) < 0.05 and w[3] < 842 - 40 - 22]


def overlaps(a, b, tol=0.3) -> bool:
    return a[0] + tol < b[2] and b[0] + tol < a[2] and a[1] + tol < b[3] and b[1] + tol < a[3]


def expected_names(project_path, ids) -> Counter:
    """Every turning point name of the order's hazards, as the maps print them."""
    from minedesk.core import coords
    from minedesk.core.project import Project
    from minedesk.report.maps import tp_label
    from minedesk.store import GpkgStore

    names = Counter()
    with GpkgStore.open(project_path, readonly=True) as st:
        project = Project(st)
        for hid in ids:
            geom = project.engine.meter.to_wgs84(project.hazard(hid)[1]["geom"])
            rings = coords.turning_points(geom)
            multipart = len({r.part for r in rings}) > 1
            names.update(tp_label(r.part, r.hole, tp.number, multipart) for r in rings for tp in r.points)
    return names


@needs_poppler
@pytest.mark.parametrize("case", ["single", "belt", "three", "multipart"])
def test_every_turning_point_is_labelled_once_and_no_words_overlap(tmp_path, run_cli, case):
    path, ids, pdf = write_case(tmp_path, case, run_cli)
    pages = words(pdf)
    height = label_height()
    maps = map_pages(pages)
    seen = Counter()
    for i in maps:
        found = [w[4] for w in tp_labels(pages[i], height)]
        assert len(found) == len(set(found)), (i, [n for n, c in Counter(found).items() if c > 1])
        seen.update(found)
        # no two words of a map page overlap: labels, grid labels, legend, inset, scale bar
        page = pages[i]
        for a in range(len(page)):
            for b in range(a + 1, len(page)):
                assert not overlaps(page[a], page[b]), (i, page[a], page[b])
    assert seen == expected_names(path, ids)
    text = "\n".join(" ".join(w[4] for w in page) for page in pages)
    details = len(maps) - 1
    if case == "single":
        assert details >= 1 and "Kənd yolu" in text and "Ağdam" in text  # name and district printed
        assert "BM benchmark" in text and "RP reference point" in text
    elif case == "belt":
        assert details >= 3 and "Index map" in text and "Reduced" in text
    elif case == "three":
        assert details >= 3 and "Overview: Ağdam, Füzuli" in text
        assert re.search(r"Warning: The benchmark is 3\d\.\d km from the nearest hazard", text)
    elif case == "multipart":
        # the small far part reads on the task map; the ring with its hole gets a detail map
        assert details >= 1 and "part 1" in text and "P1.H1.1" in text and "P2.1" in text


@pytest.fixture(scope="module")
def belt_plan():
    from minedesk.report.maps import plan_detail_maps, plan_task_map, task_geometry
    from minedesk.report.qt import ensure_app

    ensure_app()

    poly = belt(X0, Y0, length=4000, n=60)
    geo = task_geometry([], [], "38N")
    geo.shapes, geo.released, geo.hazard_ids = [poly], [{}], ["B"]
    from minedesk.report.maps import Ring as MapRing

    geo.rings = [MapRing(0, 1, 0, np.asarray(poly.exterior.coords)[:-1], [str(k) for k in range(1, 121)])]
    geo.bm = (X0 + 100, Y0 + 400)
    task = plan_task_map((515, 400), geo)
    details = plan_detail_maps((515, 640), geo, [k for k in geo.parts() if k not in task.labelled])
    return geo, task, details


def test_labels_touch_no_marker_no_inset_and_no_other_label(belt_plan):
    geo, task, details = belt_plan
    assert task.inset is not None and not task.labelled  # a 4 km belt: unreadable on the task map
    inset = (task.inset.left(), task.inset.top(), task.inset.right(), task.inset.bottom())
    for pt in task.frame.xy(geo.xy()):  # the inset hides no turning point
        assert not (inset[0] <= pt[0] <= inset[2] and inset[1] <= pt[1] <= inset[3])
    assert sum(len(d.tps) for d in details) == 120
    for d in details:
        boxes = [pl.label.box for pl in d.tps]
        markers = d.frame.xy(geo.xy())
        neat = (d.neat.left(), d.neat.top(), d.neat.right(), d.neat.bottom())
        for k, b in enumerate(boxes):
            assert neat[0] <= b[0] and b[2] <= neat[2] and neat[1] <= b[1] and b[3] <= neat[3]
            assert not any(overlaps(b, o, 0) for o in boxes[k + 1:])
            for x, y in markers:  # the marker's disc, as a box
                assert not overlaps(b, (x - 2.4, y - 2.4, x + 2.4, y + 2.4), 0)


def test_placer_uses_leaders_for_a_tight_cluster_and_never_overlaps():
    anchors = [(100 + i * 0.8, 100 + (i % 2) * 0.5) for i in range(6)] + [(30, 30), (170, 170)]
    placed = labels.place_labels(anchors, [(12, 7.6)] * len(anchors), (0, 0, 200, 200), obstacles=[(40, 40, 80, 80)])
    assert all(p is not None for p in placed)
    boxes = [p.box for p in placed]
    assert any(p.leader for p in placed)
    for k, b in enumerate(boxes):
        assert not overlaps(b, (40, 40, 80, 80), 0)
        assert not any(overlaps(b, o, 0) for o in boxes[k + 1:])


def test_labels_go_outside_the_hazard():
    square = shapely.box(0, 0, 200, 200)
    ring = np.asarray(square.exterior.coords)[:-1]
    out = labels.outward_directions([ring], square)[0]
    placed = labels.place_labels(ring, [(10, 7)] * 4, (-100, -100, 300, 300), outward=out)
    for p in placed:
        cx, cy = (p.box[0] + p.box[2]) / 2, (p.box[1] + p.box[3]) / 2
        assert not square.contains(shapely.Point(cx, cy))


def test_far_benchmark_is_the_one_rule():
    near = shapely.box(46.60, 39.95, 46.61, 39.96)
    order = TaskOrder("T-1", ["A"], {"benchmark": "39.955, 46.59"})  # 0.01° west: about 850 m
    assert 800 < benchmark_distance_m((46.59, 39.955), [near]) < 900
    assert far_benchmark(order, [near]) is None
    warning = far_benchmark(order, [near], limit_m=500)
    assert warning and "0.9 km" in warning and "0.5 km" in warning
    far = TaskOrder("T-1", ["A"], {"benchmark": "39.955, 46.19"})
    assert far_benchmark(far, [near]).startswith("The benchmark is 35.")
    assert far_benchmark(TaskOrder("T-1", ["A"], {}), [near]) is None
    inside = TaskOrder("T-1", ["A"], {"benchmark": "39.955, 46.605"})
    assert benchmark_distance_m((46.605, 39.955), [near]) == 0 and far_benchmark(inside, [near]) is None


def test_the_window_asks_before_issuing_with_a_far_benchmark(tmp_path, qtbot, monkeypatch):
    pytest.importorskip("PySide6.QtWidgets")
    from PySide6.QtWidgets import QMessageBox

    from minedesk.app.paper import TaskOrderDialog
    from minedesk.exchange import open_source

    path, _ = import_project(tmp_path / "p.gpkg", SAMPLE / "hazards.shp", SAMPLE / "clearance.shp")
    asked = []
    p = open_source(path)
    try:
        dialog = TaskOrderDialog(p, ["XCV-CHA-00005"])
        qtbot.addWidget(dialog)
        dialog.inputs["benchmark"].setText("39.9200, 46.0050")
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
        assert not dialog.issue(str(tmp_path / "t.pdf"))
        assert asked and "km from the nearest hazard" in asked[0]
        assert not (tmp_path / "t.pdf").exists() and not p.task_orders()
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        assert dialog.issue(str(tmp_path / "t.pdf"))
        asked.clear()
        dialog2 = TaskOrderDialog(p, ["XCV-CHA-00005"])
        qtbot.addWidget(dialog2)
        dialog2.inputs["benchmark"].setText("")
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
        assert dialog2.prepare(issuing=True) and not asked  # no benchmark: nothing to ask
        dialog.inputs["benchmark"].setText("39.9200, 46.0050")
        assert dialog.prepare() and not asked  # a preview does not ask: the page shows the warning
    finally:
        p.store.close()


def test_cli_flags_a_far_benchmark_and_takes_the_distance(tmp_path, run_cli):
    path, _ = import_project(tmp_path / "p.gpkg", SAMPLE / "hazards.shp", SAMPLE / "clearance.shp")
    far = ["task-order", path, "--hazard", "XCV-CHA-00005", "--field", "benchmark=39.9200, 46.6050"]
    code, _, err = run_cli(*far, "-o", tmp_path / "a.pdf")
    assert code == 0 and re.search(r"warning: The benchmark is \d+\.\d km from the nearest hazard", err), err
    code, _, err = run_cli(*far, "--benchmark-within", "60000", "-o", tmp_path / "b.pdf")
    assert code == 0 and "benchmark" not in err, err
    assert "Warning: The benchmark" not in " ".join(w[4] for page in words(tmp_path / "b.pdf") for w in page)
    code, _, err = run_cli(*far, "--benchmark-within", "-5", "-o", tmp_path / "c.pdf")
    assert code == 2 and "--benchmark-within" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "c.pdf").exists()


def test_a_far_benchmark_is_marked_clear_of_the_inset(belt_plan):
    """A benchmark far to the north-west is marked at the frame's edge with its distance: never under
    the inset (top left here), and its label placed."""
    from minedesk.report.maps import plan_task_map

    geo = belt_plan[0]
    saved = geo.bm
    try:
        geo.bm = (X0 - 40_000, Y0 + 40_000)
        plan = plan_task_map((515, 400), geo)
    finally:
        geo.bm = saved
    inset = plan.inset
    x, y = plan.bm_page
    assert not (inset.left() - 10 <= x <= inset.right() + 10 and inset.top() - 10 <= y <= inset.bottom() + 10)
    tag = next(t for t in plan.tags if t.name.startswith("BM "))
    assert tag.label is not None and re.fullmatch(r"BM \d+\.\d km", tag.name)
    b = tag.label.box
    assert not overlaps(b, (inset.left(), inset.top(), inset.right(), inset.bottom()), 0)


def test_labels_keep_room_between_them():
    """Two labels side by side are at least a space apart, so that "7" and "8" never read as "78"."""
    for step in (5, 6, 7, 8):
        anchors = [(50 + step * i, 60) for i in range(12)]
        placed = labels.place_labels(anchors, [(4.9, 8.1)] * len(anchors), (0, 0, 200, 120))
        boxes = [p.box for p in placed]
        for k, a in enumerate(boxes):
            for b in boxes[k + 1:]:
                if a[1] < b[3] and b[1] < a[3]:  # on one line
                    assert max(b[0] - a[2], a[0] - b[2]) >= 2.9, (step, a, b)  # a space at 7 pt: 2.2 points


@needs_poppler
@pytest.mark.parametrize("language", ["az", "ru"])
@pytest.mark.parametrize("case", ["belt", "three"])
def test_the_maps_and_their_pages_print_in_the_orders_language(tmp_path, run_cli, case, language):
    """Legend, scale bar, north arrow, far-benchmark mark, index and detail map headings and the
    warning in Azerbaijani or Russian; no English word of the maps left; no two words of a map page
    overlapping (their lengths differ from the English)."""
    from minedesk.report.maps import WORDS
    from minedesk.report.words import Words

    _, _, out = write_case(tmp_path, case, run_cli, "--language", language)
    pages = words(out)
    text = "\n".join(" ".join(w[4] for w in page) for page in pages)
    w = Words(language)
    detail = w.translate("TaskOrderDocument", "Detail map {0} of {1}").split("{0}")[0].strip()
    maps = [0] + [i for i, page in enumerate(pages) if detail in " ".join(x[4] for x in page[:25])]
    for i in maps:
        page = pages[i]
        for a in range(len(page)):
            for b in range(a + 1, len(page)):
                assert not overlaps(page[a], page[b]), (i, page[a], page[b])
    english = ["Index map", "Detail map", "Task map", "Warning", "Turning points", "Overview", "grid north",
               "benchmark", "Label leader", *(v for v in WORDS.values() if len(v) > 3 and "{" not in v)]
    assert not [e for e in english if e in text]
    legend = w.translate("TaskMap", WORDS["hazard"])
    assert legend != "Hazard" and legend in text
    if case == "belt":
        assert len(maps) >= 4 and w.translate("TaskOrderDocument", "Index map") in text
    else:
        assert w.translate("TaskOrderDocument", "Warning: {0}").split("{0}")[0].strip() in text
        assert re.search(r" 3\d,\d (km|км) ", text)  # the distance with the language's decimal comma
