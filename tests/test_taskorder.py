"""Task orders: the PDF read back as text, checked against the geometry and the tallies."""

import json
import re

import numpy as np
import pytest
import shapely
from pyproj import Transformer

pytest.importorskip("PySide6.QtGui")
pypdf = pytest.importorskip("pypdf")

from conftest import SAMPLE, X0, Y0, write_layer  # noqa: E402
from minedesk.core.positions import parse_position  # noqa: E402
from minedesk.exchange import import_project  # noqa: E402
from minedesk.store import GpkgStore  # noqa: E402

ROW = re.compile(r"^(\d+)\n(\d+\.\d{6})\n(\d+\.\d{6})\n(.+?)\n(.+?)\n(\d{6,7})\n(\d{6,8})\n(\S+ \d+ \d+)\n"
                 r"([\d.]+)°\n([\d.]+)°\n([\d,]+)$", re.M)
AZ = "Əli Məmmədov, Xocavənd rayonu, Şuşa yolu: ğ ı ö ş ç ü"
RU = "Иван Петров, начальник группы"


def text_of(pdf) -> list[str]:
    return [p.extract_text().replace("\t", " ") for p in pypdf.PdfReader(str(pdf)).pages]


def turning_point_rows(pages) -> list[tuple]:
    return [m.groups() for page in pages for m in ROW.finditer(page)]


@pytest.fixture
def project_path(tmp_path):
    path, _ = import_project(tmp_path / "sample.gpkg", SAMPLE / "hazards.shp", SAMPLE / "clearance.shp")
    return path


def test_task_order_pdf_matches_the_geometry_and_the_tally(project_path, tmp_path, run_cli):
    out = tmp_path / "task.pdf"
    code, stdout, err = run_cli("task-order", project_path, "--hazard", "XCV-CHA-00005", "--field", "authority=ANAMA",
                                "--field", f"issued_by={AZ}", "--field", f"received_by={RU}",
                                "--field", "benchmark=39.9200, 47.0050", "--field", "reference_point=38SPK 71000 20800",
                                "-o", out)
    assert code == 0, err
    assert "task order T-" in stdout and "version 1" in stdout
    pages = text_of(out)
    whole = "\n".join(pages)
    task_id = re.search(r"T-\d{4}-\d{4}", stdout)[0]
    assert f"TASK ORDER {task_id} · version 1" in pages[0]
    assert all(f"page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))
    assert "XCV-CHA-00005" in whole and "ANAMA" in whole
    assert AZ in whole and RU in whole  # copied out as typed

    # areas and perimeter: the core's figures, as `minedesk tally` prints them
    code, out_json, _ = run_cli("tally", project_path, "--per-hazard", "--json")
    row = next(r for r in json.loads(out_json)["per_hazard"] if r["id"] == "XCV-CHA-00005")
    assert f"{row['total_ha']:,.4f}" in pages[0]
    assert f"({row['total_ha']:,.4f} ha)" in whole
    assert f"{row['remaining_ha']:,.4f}" in pages[0]

    # every turning point against the polygon: degrees, UTM and MGRS to 1 m
    with GpkgStore.open(project_path, readonly=True) as st:
        from minedesk.core.project import Project

        project = Project(st)
        geom = project.hazard("XCV-CHA-00005")[1]["geom"]
    to_wgs = Transformer.from_crs(32638, 4326, always_xy=True)
    vertices = shapely.get_coordinates(geom)
    lon, lat = to_wgs.transform(vertices[:, 0], vertices[:, 1])
    rows = turning_point_rows(pages)
    ring_vertices = len({tuple(v) for v in vertices})
    assert len(rows) == ring_vertices
    assert [int(r[0]) for r in rows] == list(range(1, ring_vertices + 1))
    bm_lon, bm_lat = parse_position("39.9200, 47.0050").lonlat
    d_bm = [np.hypot(float(r[2]) - bm_lon, float(r[1]) - bm_lat) for r in rows]
    assert int(np.argmin(d_bm)) == 0  # TP 1 is the vertex nearest the benchmark
    from minedesk.core import coords

    for number, la, lo, _dms_lat, _dms_lon, e, n, mgrs, *_ in rows:
        i = int(np.argmin(np.hypot(vertices[:, 0] - float(e), vertices[:, 1] - float(n))))
        assert abs(vertices[i, 0] - float(e)) <= 1 and abs(vertices[i, 1] - float(n)) <= 1
        assert abs(float(la) - lat[i]) * 111_000 < 1 and abs(float(lo) - lon[i]) * 85_000 < 1
        back = coords.from_mgrs(mgrs, centre=False)
        assert abs(back[0] - lon[i]) * 85_000 < 1.5 and abs(back[1] - lat[i]) * 111_000 < 1.5
    # clockwise, as the field team walks it
    poly = shapely.Polygon([(float(r[2]), float(r[1])) for r in rows])
    assert not poly.exterior.is_ccw
    # distances add up to the perimeter
    perimeter = sum(int(r[10].replace(",", "")) for r in rows)
    assert perimeter == pytest.approx(float(re.search(r"perimeter ([\d,]+) m", whole)[1].replace(",", "")), abs=len(rows))


def test_fonts_are_embedded_and_the_map_is_vector(project_path, tmp_path, run_cli):
    out = tmp_path / "t.pdf"
    assert run_cli("task-order", project_path, "--hazard", "FZL-CHA-00001", "-o", out)[0] == 0
    reader = pypdf.PdfReader(str(out))
    fonts = {}
    for page in reader.pages:
        for f in page["/Resources"]["/Font"].values():
            f = f.get_object()
            descendant = f["/DescendantFonts"][0].get_object() if "/DescendantFonts" in f else f
            fonts[f["/BaseFont"]] = ("/FontFile2" in descendant["/FontDescriptor"], "/ToUnicode" in f)
        assert not page["/Resources"].get("/XObject")  # no raster images: the map is paths
    assert fonts and all(embedded and unicode for embedded, unicode in fonts.values())
    assert any("DejaVuSans" in name for name in fonts)


def test_long_tables_continue_with_their_header_and_keep_every_row(tmp_path, run_cli):
    t = np.linspace(0, 2 * np.pi, 301)[:-1]
    r = 400 + 40 * np.sin(7 * t)
    ring = shapely.Polygon(np.column_stack([X0 + r * np.cos(t), Y0 + r * np.sin(t)]))
    hole = shapely.Point(X0, Y0).buffer(100, 8)
    h = write_layer(tmp_path / "h.shp", [shapely.Polygon(ring.exterior.coords, [hole.exterior.coords])],
                    {"HAZ_ID": ["BIG-1"], "DISTRICT": ["Ağdam"]})
    path, _ = import_project(tmp_path / "p.gpkg", h)
    out = tmp_path / "big.pdf"
    assert run_cli("task-order", path, "--hazard", "BIG-1", "--paper", "letter", "-o", out)[0] == 0
    pages = text_of(out)
    rows = turning_point_rows(pages)
    outer = [int(r[0]) for r in rows[:300]]
    assert outer == list(range(1, 301))
    assert [int(r[0]) for r in rows[300:]] == list(range(1, 33))  # the hole: its own sequence
    continued = [p for p in pages if ROW.search(p)]
    assert len(continued) >= 3 and all("Latitude DMS" in p for p in continued)
    box = pypdf.PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_editing_an_issued_order_makes_a_new_version(project_path, tmp_path, run_cli):
    assert run_cli("task-order", project_path, "--hazard", "FZL-CHA-00001", "--field", "teams=FZL-T1",
                   "-o", tmp_path / "v1.pdf")[0] == 0
    code, out, err = run_cli("task-order", project_path, "--task", f"T-{__import__('datetime').date.today().year}-0001",
                             "--field", "teams=FZL-T2", "-o", tmp_path / "v2.pdf")
    assert code == 0, err
    with GpkgStore.open(project_path, readonly=True) as st:
        from minedesk.core.project import Project

        versions = Project(st).task_orders()
    assert [(o.version, o.fields["teams"]) for o in versions] == [(1, "FZL-T1"), (2, "FZL-T2")]
    assert "version 2" in text_of(tmp_path / "v2.pdf")[0]
    code, out, _ = run_cli("history", project_path)
    assert "Issue task order" in out and "version 2" in out


def test_bad_task_order_input(project_path, tmp_path, run_cli):
    for args, words in [(["--hazard", "NOPE"], ["NOPE"]),
                        (["--hazard", "FZL-CHA-00001", "--field", "benchmark=north of the road"], ["benchmark", "lat, lon"]),
                        (["--hazard", "FZL-CHA-00001", "--field", "colour=red"], ["colour"]),
                        (["--task", "T-1999-0001"], ["T-1999-0001"])]:
        code, _, err = run_cli("task-order", project_path, *args, "-o", tmp_path / "x.pdf")
        assert code == 2 and len(err.strip().splitlines()) == 1, err
        assert all(w in err for w in words), err
    assert not (tmp_path / "x.pdf").exists()


def test_from_plain_files_without_a_project(tmp_path, run_cli):
    code, out, _ = run_cli("task-order", SAMPLE / "hazards.shp", "--releases", SAMPLE / "clearance.shp",
                           "--hazard", "XCV-CHA-00005", "-o", tmp_path / "t.pdf")
    assert code == 0 and "not stored" in out
    assert "Cleared" in "\n".join(text_of(tmp_path / "t.pdf"))


def test_positions_as_typed():
    assert parse_position("39.985665, 46.641176").lonlat == pytest.approx((46.641176, 39.985665))
    assert parse_position("39.98N 46.93E").lonlat == pytest.approx((46.93, 39.98))
    lon, lat = parse_position("38N 640123 4427456").lonlat
    assert (lon, lat) == pytest.approx((46.6412, 39.9857), abs=1e-3)
    assert parse_position("38SPK 40123 27456").lonlat == pytest.approx((lon, lat), abs=2e-5)


def test_order_to_issue_is_the_one_numbering_rule():
    from minedesk.core.errors import InputError
    from minedesk.core.taskorder import TaskOrder, order_to_issue

    issued = [TaskOrder("T-2026-0001", ["A"], {"authority": "ANAMA", "teams": "T1"}),
              TaskOrder("T-2026-0002", ["B"], {}),
              TaskOrder("T-2026-0001", ["A", "C"], {"authority": "ANAMA", "teams": "T2"}, version=2),
              TaskOrder("T-2025-0009", ["D"], {})]
    new = order_to_issue(issued, ["E"], {}, year=2026)
    assert (new.task_id, new.version, new.hazard_ids) == ("T-2026-0003", 1, ["E"])
    again = order_to_issue(issued, [], {"teams": "T3"}, "T-2026-0001")  # the last version's hazards and fields
    assert (again.version, again.hazard_ids, again.fields) == (3, ["A", "C"], {"authority": "ANAMA", "teams": "T3"})
    form = order_to_issue(issued, ["A"], {"teams": "T3"}, "T-2026-0001", replace_fields=True)  # a form shows all
    assert (form.version, form.hazard_ids, form.fields) == (3, ["A"], {"teams": "T3"})
    named = order_to_issue(issued, ["E"], {}, "OPS-17")
    assert (named.task_id, named.version) == ("OPS-17", 1)
    with pytest.raises(InputError, match="at least one hazard"):
        order_to_issue(issued, [], {})
    with pytest.raises(InputError, match="unknown"):
        order_to_issue(issued, ["E"], {"colour": "red"})


def test_cli_and_window_number_orders_alike(tmp_path, run_cli, qtbot):
    """Two orders from the command line, then one from the window's form, then a new version from
    the command line: one sequence, one rule."""
    pytest.importorskip("PySide6.QtWidgets")
    import datetime

    from minedesk.exchange import open_source

    year = datetime.date.today().year
    project = tmp_path / "p.gpkg"
    assert run_cli("import", SAMPLE / "hazards.shp", "--releases", SAMPLE / "clearance.shp", "-o", project)[0] == 0
    for name in ("a", "b"):
        assert run_cli("task-order", project, "--hazard", "XCV-CHA-00005", "-o", tmp_path / f"{name}.pdf")[0] == 0
    from minedesk.app.paper import TaskOrderDialog

    p = open_source(project, readonly=True)
    try:
        dialog = TaskOrderDialog(p, ["XCV-CHA-00005"])
        qtbot.addWidget(dialog)
        assert dialog.order().task_id == f"T-{year}-0003"
        dialog.task.setCurrentIndex(dialog.task.findData(f"T-{year}-0001"))
        assert (dialog.order().task_id, dialog.order().version) == (f"T-{year}-0001", 2)
    finally:
        p.store.close()
    code, out, err = run_cli("task-order", project, "--task", f"T-{year}-0002", "-o", tmp_path / "c.pdf")
    assert code == 0, err
    assert f"task order T-{year}-0002 version 2" in out


def test_projects_and_the_qgis_view_are_task_sources(tmp_path):
    """The documents ask a TaskSource for nothing but crs, engine, hazard_row and hazard_ids."""
    import inspect

    from minedesk.core.project import Project
    from minedesk.core.taskorder import TaskSource

    wanted = {n for n, _ in inspect.getmembers(TaskSource) if not n.startswith("_")} | set(TaskSource.__annotations__)
    assert wanted == {"crs", "engine", "hazard_row", "hazard_ids"}
    path, _ = import_project(tmp_path / "p.gpkg", SAMPLE / "hazards.shp", SAMPLE / "clearance.shp")
    with GpkgStore.open(path, readonly=True) as store:
        project = Project(store)
        assert all(hasattr(project, name) for name in wanted)
    bridge = (SAMPLE.parents[1] / "src" / "minedesk_qgis" / "bridge.py").read_text(encoding="utf-8")
    view = bridge.split("class EngineView", 1)[1].split("\nclass ", 1)[0].split("\ndef ", 1)[0]
    for name in wanted:
        assert f"self.{name} =" in view or f"def {name}(" in view
