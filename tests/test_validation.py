"""Bad polygons are repaired keeping all enclosed area, or skipped, and always reported."""

import numpy as np
import shapely

from minedesk.core.validation import DEGENERATE, EMPTY, NULL, REPAIRED, REPEATED, clean_polygons

LABELS = np.array(["A", "B", "C", "D", "E", "F"], dtype=object)


def run(*geoms):
    return clean_polygons(np.array(list(geoms), dtype=object), LABELS[: len(geoms)])


def test_bow_tie_keeps_both_lobes():
    bow = shapely.Polygon([(0, 0), (2, 2), (2, 0), (0, 2), (0, 0)])
    assert bow.buffer(0).area == 1.0  # what buffer(0) would lose
    geoms, keep, findings = run(bow)
    assert keep.all() and geoms[0].is_valid and geoms[0].area == 2.0
    assert [(f.label, f.kind) for f in findings] == [("A", REPAIRED)]
    assert "self-intersection" in findings[0].detail


def test_spike_is_cut_off_and_area_kept():
    spike = shapely.Polygon([(0, 0), (2, 0), (2, 2), (3, 3), (2, 2), (0, 2), (0, 0)])
    geoms, keep, findings = run(spike)
    assert geoms[0].geom_type == "Polygon" and geoms[0].area == 4.0
    assert findings[-1].kind == REPAIRED


def test_repeated_vertices_removed_and_reported():
    rep = shapely.Polygon([(0, 0), (2, 0), (2, 0), (2, 2), (0, 2), (0, 0)])
    geoms, keep, findings = run(rep)
    assert shapely.get_num_coordinates(geoms[0]) == 5 and geoms[0].area == 4.0
    assert [(f.label, f.kind, f.detail) for f in findings] == [("A", REPEATED, "1 removed")]


def test_repeated_vertices_found_in_the_right_feature_only():
    a = shapely.Polygon([(0, 0), (2, 0), (2, 2), (0, 0)])  # ends on (0, 0) ...
    b = shapely.Polygon([(0, 0), (0, 2), (-2, 2), (0, 0)])  # ... where the next one starts
    c = shapely.Polygon([(5, 5), (6, 5), (6, 6), (6, 6), (6, 6), (5, 5)])
    geoms, keep, findings = run(a, None, b, c)
    assert [(f.label, f.kind, f.detail) for f in findings] == [("B", NULL, ""), ("D", REPEATED, "2 removed")]
    assert shapely.get_num_coordinates(geoms[3]) == 4 and geoms[0] is not None


def test_null_empty_and_degenerate_are_skipped_with_a_finding_each():
    flat = shapely.from_wkt("POLYGON ((0 0, 1 1, 0 0))")
    line_like = shapely.Polygon([(0, 0), (1, 0), (2, 0), (0, 0)])
    good = shapely.box(0, 0, 1, 1)
    geoms, keep, findings = run(None, shapely.Polygon(), flat, line_like, good)
    assert keep.tolist() == [False, False, False, False, True]
    kinds = {f.label: f.kind for f in findings}
    assert kinds == {"A": NULL, "B": EMPTY, "C": DEGENERATE, "D": DEGENERATE}


def test_input_array_is_not_modified():
    bow = shapely.Polygon([(0, 0), (2, 2), (2, 0), (0, 2), (0, 0)])
    given = np.array([bow], dtype=object)
    clean_polygons(given, LABELS[:1])
    assert given[0] is bow and not given[0].is_valid


def test_valid_input_gives_no_findings():
    geoms, keep, findings = run(shapely.box(0, 0, 1, 1), shapely.box(5, 5, 6, 7).reverse())
    assert keep.all() and findings == []


def test_ring_of_repeated_vertices_is_skipped_not_a_geos_error():
    """A ring that repeats its vertices until fewer than three distinct remain (a damaged blob in a
    project did this) is skipped with a finding; the others are still cleaned (found by the fuzz)."""
    collapsed = shapely.Polygon([(5, 5)] * 4)  # GEOS: "found 2 points - must be 0 or >= 3"
    rep = shapely.Polygon([(0, 0), (2, 0), (2, 0), (2, 2), (0, 2), (0, 0)])
    geoms, keep, findings = run(collapsed, rep)
    assert geoms[0] is None and not keep[0]
    assert shapely.get_num_coordinates(geoms[1]) == 5 and keep[1]
    assert [(f.label, f.kind) for f in findings] == [("A", DEGENERATE), ("B", REPEATED)]
