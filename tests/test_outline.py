"""core/outline.py: turning points and traverses into a polygon, against pyproj.Geod and the
task order's own printed table; add-hazard and release --points on the command line."""

from __future__ import annotations

import math

import mgrs
import pytest
import shapely
from pyproj import Geod, Proj, Transformer

from minedesk.core import coords
from minedesk.core.errors import InputError
from minedesk.core.outline import Settings, header_roles, read_outline, row_text

GEOD = Geod(ellps="WGS84")
START = (47.0030, 39.9188)  # near Xocavənd (lon, lat)
START_TEXT = "39.9188, 47.0030"


def _walk(start, legs):
    """The points reached by (true azimuth, horizontal metres) legs: pyproj.Geod.fwd, one by one."""
    pts = [start]
    for az, d in legs:
        lon, lat, _ = GEOD.fwd(pts[-1][0], pts[-1][1], az, d)
        pts.append((lon, lat))
    return pts


def _metres(a, b) -> float:
    return GEOD.inv(a[0], a[1], b[0], b[1])[2]


def test_a_closed_traverse_against_geod_forward_with_its_known_misclosure():
    legs = [(47.0, 120.0), (112.0, 85.0), (200.0, 100.0)]
    last = _walk(START, legs)[-1]
    az, _, d = GEOD.inv(last[0], last[1], START[0], START[1])
    legs.append((round(az % 360.0), round(d)))  # the way back as a team would write it: to 1° and 1 m
    expected = _walk(START, legs)
    out = read_outline([START_TEXT] + [f"{az:03.0f} {d:.0f}" for az, d in legs])
    assert not out.problems
    assert out.closes_on_start
    for got, want in zip(out.ring, expected[:-1], strict=True):
        assert _metres(got, want) < 1e-6
    assert out.misclosure_m == pytest.approx(_metres(expected[-1], START), abs=1e-6)
    assert 0.05 < out.misclosure_m < 2.0
    assert out.length_m == pytest.approx(sum(d for _, d in legs))
    assert out.ratio == pytest.approx(out.length_m / out.misclosure_m)
    # each row shows its leg: the bearing and distance from the previous point
    assert [round(r.bearing, 6) for r in out.rows[1:]] == [az for az, _ in legs]
    assert [round(r.distance, 6) for r in out.rows[1:]] == [d for _, d in legs]


def test_a_known_misclosure_is_measured_and_over_tolerance_must_be_accepted():
    # a 100 m square walked with the last leg 2 m short: 2 m over 398 m, 1 : 199 (tolerance 1 : 300)
    legs = [(0.0, 100.0), (90.0, 100.0), (180.0, 100.0), (270.0, 98.0)]
    out = read_outline([START_TEXT] + [f"{az} {d}" for az, d in legs])
    end = _walk(START, legs)[-1]
    assert out.misclosure_m == pytest.approx(_metres(end, START), abs=1e-6)
    assert 1.9 < out.misclosure_m < 2.1
    assert out.over_tolerance
    assert "worse than the tolerance 1 : 300" in out.misclosure_text()
    with pytest.raises(InputError, match="accept the misclosure"):
        out.polygon()
    poly = out.polygon(accept_misclosure=True)
    assert poly.is_valid and len(poly.exterior.coords) == 5
    assert not read_outline([START_TEXT] + [f"{az} {d}" for az, d in legs], Settings(tolerance=150)).over_tolerance
    assert not read_outline(["tolerance 1:150", START_TEXT] + [f"{az} {d}" for az, d in legs]).over_tolerance


def test_grid_bearings_add_the_meridian_convergence():
    # convergence computed independently: the direction of grid north from a 1 m step north in UTM 38N
    lon, lat = START
    proj = Proj("EPSG:32638")
    e, n = proj(lon, lat)
    lon_n, lat_n = proj(e, n + 1.0, inverse=True)
    gamma = GEOD.inv(lon, lat, lon_n, lat_n)[0]
    assert gamma > 0.5  # east of the central meridian 45°E
    out = read_outline([START_TEXT, "bearings grid", "090 500"])
    want = _walk(START, [(90.0 + gamma, 500.0)])[-1]
    assert _metres((out.rows[-1].lon, out.rows[-1].lat), want) < 0.01
    # the same leg written with its reference on the leg
    out2 = read_outline([START_TEXT, "090 grid 500"])
    assert (out2.rows[-1].lon, out2.rows[-1].lat) == pytest.approx((out.rows[-1].lon, out.rows[-1].lat), abs=1e-12)


def test_magnetic_bearings_with_a_declination_mils_and_slope():
    want = _walk(START, [(46.5, 100.0)])[-1]
    for rows in (["declination 6.5E", "040 mag 100"], ["bearings magnetic", "declination +6.5", "040 100"],
                 ["declination 6.5 E", "MAG 40 100 m"]):
        out = read_outline([START_TEXT, *rows])
        assert not out.problems, out.problems
        assert _metres((out.rows[-1].lon, out.rows[-1].lat), want) < 1e-6
    west = read_outline([START_TEXT, "declination 2W", "048.5 mag 100"])
    assert _metres((west.rows[-1].lon, west.rows[-1].lat), want) < 1e-6
    east = _walk(START, [(90.0, 100.0)])[-1]
    for rows in (["mils 6400", "1600 100"], ["mils 6000", "1500 100"], ["1600 mils 100"], ["1500 mil6000 100"]):
        out = read_outline([START_TEXT, *rows])
        assert not out.problems, rows
        assert _metres((out.rows[-1].lon, out.rows[-1].lat), east) < 1e-6, rows
    # 100 m along a 60° slope is 50 m on the map
    half = _walk(START, [(90.0, 50.0)])[-1]
    out = read_outline([START_TEXT, "090 100 slope 60"])
    assert _metres((out.rows[-1].lon, out.rows[-1].lat), half) < 1e-6
    out = read_outline([START_TEXT, "090° 100 m @ -60"])
    assert _metres((out.rows[-1].lon, out.rows[-1].lat), half) < 1e-6
    out = read_outline([START_TEXT, "090°30' 100"])
    assert out.rows[-1].bearing == pytest.approx(90.5)


def test_a_benchmark_leads_to_tp1_and_is_not_a_turning_point():
    bm = coords.to_mgrs(*START)
    legs = [(47.0, 120.0), (0.0, 50.0), (90.0, 50.0), (180.0, 50.0), (270.0, 50.0)]
    out = read_outline([f"BM {bm}"] + [f"{az:05.1f}° {d:.0f} m" for az, d in legs])
    assert not out.problems
    assert out.rows[0].benchmark and out.rows[0].form == "mgrs"
    bm_lonlat = coords.from_mgrs(bm)
    expected = _walk(bm_lonlat, legs)
    assert len(out.ring) == 4
    assert _metres(out.ring[0], expected[1]) < 1e-6
    assert out.closes_on_start and out.length_m == pytest.approx(200.0)  # the approach leg is not in it
    assert out.misclosure_m == pytest.approx(_metres(expected[-1], expected[1]), abs=1e-6)


def test_an_open_traverse_closes_on_its_last_leg():
    out = read_outline([START_TEXT, "000 100", "090 100", "180 100"])
    assert not out.closes_on_start and out.misclosure_m is None
    assert len(out.ring) == 4
    assert "straight edge" in out.misclosure_text()
    assert out.polygon().area > 0


def test_positions_in_every_form_and_mixed_zones_with_each_rows_zone():
    # a hazard across the 48°E boundary of zones 38 and 39 (lon, lat)
    corners = [(47.995, 39.90), (48.005, 39.90), (48.005, 39.91), (47.995, 39.91)]
    m = mgrs.MGRS()
    rows = [coords.format_utm(*corners[0]), m.toMGRS(corners[1][1], corners[1][0]),
            coords.format_dms(*corners[2]), coords.format_dd(*corners[3])]
    out = read_outline(rows)
    assert not out.problems, out.problems
    assert [r.zone for r in out.rows] == ["38N", "39N", "39N", "38N"]
    assert [r.form for r in out.rows] == ["utm", "mgrs", "dms", "dd"]
    for got, want in zip(out.ring, corners, strict=True):
        assert _metres(got, want) < 3.2
    # Gauss-Krüger rows, against pyproj's Pulkovo 1942 zone 8
    to_gk = Transformer.from_crs(4326, 28408, always_xy=True)
    gk_rows = []
    for lon, lat in [(47.0, 39.90), (47.01, 39.90), (47.01, 39.91)]:
        y, x = to_gk.transform(lon, lat)
        gk_rows.append(f"X={x:.2f} Y={y:.2f}")
    out = read_outline(gk_rows)
    assert [r.zone for r in out.rows] == ["GK 8"] * 3
    assert _metres(out.ring[1], (47.01, 39.90)) < 0.01


def test_self_crossing_is_shown_and_repaired_only_on_request():
    bow = ["39.9000, 47.0000", "39.9010, 47.0010", "39.9000, 47.0010", "39.9010, 47.0000"]
    out = read_outline(bow)
    assert len(out.crossings) == 1
    (x, y), = out.crossings
    assert (x, y) == pytest.approx((47.0005, 39.9005), abs=1e-6)
    with pytest.raises(InputError, match="crosses itself at 39.900500° N, 47.000500° E"):
        out.polygon()
    fixed = out.polygon(repair=True)
    assert fixed.geom_type == "MultiPolygon" and len(fixed.geoms) == 2 and fixed.is_valid
    assert not read_outline([bow[0], bow[2], bow[1], bow[3]]).crossings


@pytest.mark.parametrize("text, words", [
    ("91.5, 47.0", "latitude 91.5° is over 90"),
    ("39 75.1N 47 00.1E", "minutes 75.1 are over 59"),
    ("38SZZ 71184 20665", "column letter Z is not used in zone 38"),
    ("38SPA 71184 20665", "not in band S"),
    ("400 20", "bearing 400° is over 360"),
    ("6500 mils 20", "over the 6400 mil circle"),
    ("047 -5", "distance -5 m is negative"),
    ("047 0", "a leg of 0 m"),
    ("040 mag 100", "needs the declination"),
    ("090 100 slope 95", "slope angle 95° is 90 or more"),
    ("hello", "not a position or a leg MineDesk reads"),
    ("bearings sideways", "bearings are true, grid or magnetic"),
    ("mils 3200", "a mil circle is 6400 or 6000"),
    ("declination 6.5X", "is not degrees east or west"),
])
def test_bad_rows_say_what_on_their_row_and_nothing_is_made(text, words):
    out = read_outline([START_TEXT, text, "090 50", "180 50"])
    bad = out.problems
    assert [r.number for r in bad] == [2], [(r.number, r.problem) for r in bad]
    assert words in bad[0].problem
    with pytest.raises(InputError) as err:
        out.polygon()
    assert "row 2" in str(err.value) and "nothing was recorded" in str(err.value)


def test_a_forced_form_is_checked_on_each_row():
    out = read_outline([START_TEXT, "38SPK 71184 20665"], form="dd")
    assert "read as MGRS, not the DD chosen" in out.rows[1].problem
    out = read_outline(["047 120"], form="leg")
    assert "a leg needs a start" in out.rows[0].problem


# --------------------------------------------------------------------------- round trip

def _printed(polygon):
    from minedesk.core.taskorder import TP_TABLE
    from minedesk.report.taskorder import turning_point_rows

    ring = coords.turning_points(polygon)[0]
    return ring, [name for name, _, _, _ in TP_TABLE], turning_point_rows(ring)


HAZARD = shapely.Polygon([(46.6400, 39.9850), (46.6440, 39.9856), (46.6452, 39.9822), (46.6431, 39.9809),
                          (46.6398, 39.9818)])


@pytest.mark.parametrize("columns, tolerance_m", [
    (["TP", "Latitude", "Longitude"], 0.1),  # 6 decimals
    (["TP", "Latitude DMS", "Longitude DMS"], 3.2),  # 0.1": about 3 m
    (["TP", "UTM E", "UTM N"], 0.71),  # the centre of the metre square
    (["TP", "MGRS"], 0.71),
])
def test_a_task_orders_turning_points_pasted_back_give_the_polygon(columns, tolerance_m):
    ring, header, printed = _printed(HAZARD)
    keep = [header.index(c) for c in columns]
    head = [header[i] for i in keep]
    roles = header_roles(head)
    lines = ([f"zone {ring.zone}{ring.hemisphere}"] if "UTM E" in columns else []) + \
        [row_text([r[i] for i in keep], roles) for r in printed]
    out = read_outline(lines)
    assert not out.problems, out.problems
    assert len(out.ring) == len(ring.points)
    for got, tp in zip(out.ring, ring.points, strict=True):
        assert _metres(got, (tp.lon, tp.lat)) < tolerance_m


def test_the_whole_printed_table_pasted_with_its_header():
    ring, header, printed = _printed(HAZARD)
    roles = header_roles(header)
    assert roles[:3] == ["label", "lat", "lon"] and set(roles[3:]) == {"ignore"}
    out = read_outline([row_text(r, roles) for r in printed])
    assert len(out.ring) == len(ring.points) and not out.problems


def test_rows_copied_from_the_pdf_as_lines_read_by_their_latitude_and_longitude():
    ring, _, printed = _printed(HAZARD)
    out = read_outline(["   ".join(r) for r in printed])  # one line per row, cells apart by spaces
    assert not out.problems, out.problems
    assert [r.label for r in out.rows] == [str(tp.number) for tp in ring.points]
    for got, tp in zip(out.ring, ring.points, strict=True):
        assert _metres(got, (tp.lon, tp.lat)) < 0.1


def test_an_s_that_could_be_band_or_hemisphere_asks_on_its_row():
    out = read_outline(["38S 500000 4440000", "090 100", "000 100"])
    problem = out.rows[0].problem
    assert "is S the latitude band or the southern hemisphere?" in problem
    assert "write the band letter of the position meant: 38T 500000 4440000 or 38F 500000 4440000" in problem


@pytest.mark.parametrize("column, reference", [("Bearing true", "true"), ("Bearing grid", "grid")])
def test_the_printed_legs_walked_from_tp1_give_the_polygon(column, reference):
    ring, header, printed = _printed(HAZARD)
    b, d = header.index(column), header.index("Dist. m")
    # TP 1's position, then each point's leg from the previous one, and TP 1's leg (from the last) closes it
    lines = [f"zone {ring.zone}{ring.hemisphere}", f"bearings {reference}", f"TP1 {printed[0][1]}, {printed[0][2]}"]
    lines += [f"{r[b]} {r[d]}" for r in printed[1:]] + [f"{printed[0][b]} {printed[0][d]}"]
    out = read_outline(lines)
    assert not out.problems, out.problems
    assert out.closes_on_start
    # bearings at 0.1° and distances at 1 m: each leg moves its end by at most
    # 0.5 m + d * 0.05° (in radians); the errors add up along the legs
    allowed = 0.1
    for got, tp in zip(out.ring, ring.points, strict=True):
        assert _metres(got, (tp.lon, tp.lat)) < allowed
        allowed += 0.5 + tp.distance * math.radians(0.05)
    allowed += 0.5 + ring.points[0].distance * math.radians(0.05)
    assert out.misclosure_m < allowed


# --------------------------------------------------------------------------- command line

@pytest.fixture
def project(tmp_path, run_cli, blocks):
    path = tmp_path / "p.gpkg"
    code, _, err = run_cli("import", blocks[0], "-o", path, "--hazard-id", "HAZ_ID")
    assert code == 0, err
    return path


def _utm_rows(x, y, legs):
    return "\n".join(["zone 38N", f"{x:.0f} {y:.0f}"] + legs) + "\n"


def test_cli_release_points_from_a_file_prints_the_misclosure(project, tmp_path, run_cli):
    from conftest import X0, Y0

    pts = tmp_path / "pts.txt"
    pts.write_text(_utm_rows(X0 + 10, Y0 + 10, ["bearings grid", "090 40", "000 40", "270 40", "180 40"]), encoding="utf-8")
    code, out, err = run_cli("release", project, "--hazard", "H-1", "--category", "cleared", "--points", pts)
    assert code == 0, err
    assert "4 turning points; misclosure 0.00 m" in out
    assert "Add cleared release to H-1 (0.16 ha)" in out
    code, out, _ = run_cli("history", project)
    assert "Add cleared release to H-1" in out


def test_cli_add_hazard_from_standard_input(project, run_cli, monkeypatch):
    import io

    from conftest import X0, Y0

    text = _utm_rows(X0 + 500, Y0, ["grid 000 100", "grid 090 100", "grid 180 100", "grid 270 97"])
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    code, out, err = run_cli("add-hazard", project, "--id", "H-9", "--points", "-")
    assert code == 2 and "worse than the tolerance 1 : 300" in err and "--accept-misclosure" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    code, out, err = run_cli("add-hazard", project, "--id", "H-9", "--points", "-", "--accept-misclosure", "--hazard-type", "cha")
    assert code == 0, err
    assert "misclosure 3.00 m (1 : 132)" in out and "done: Add hazard H-9 (1.00 ha)" in out
    code, out, _ = run_cli("tally", project, "--per-hazard", "--json")
    assert "H-9" in out
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    code, _, err = run_cli("add-hazard", project, "--id", "H-9", "--points", "-", "--accept-misclosure")
    assert code == 2 and "hazard H-9 exists already" in err


def test_cli_bad_rows_are_each_reported_and_nothing_is_written(project, tmp_path, run_cli):
    from conftest import X0, Y0

    pts = tmp_path / "bad.txt"
    pts.write_text(_utm_rows(X0 + 10, Y0 + 10, ["090 40", "000 -40", "hello", "180 40"]), encoding="utf-8")
    before = project.read_bytes()
    code, _, err = run_cli("add-hazard", project, "--id", "H-5", "--points", pts)
    assert code == 2
    assert "row 4 '000 -40': distance -40 m is negative" in err
    assert "row 5 'hello': not a position or a leg" in err
    assert project.read_bytes() == before
    (tmp_path / "latin.txt").write_bytes("39.9188, 47.0030 ñ\n".encode("latin-1"))
    code, _, err = run_cli("add-hazard", project, "--id", "H-5", "--points", tmp_path / "latin.txt")
    assert code == 2 and "is not UTF-8 text" in err
