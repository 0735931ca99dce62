"""Drawing tools as plain state machines: no window needed."""

import numpy as np
import shapely

from minedesk.app.tools import LineTool, PolygonTool, Snapper, box_select, pick

HAZARDS = np.array([shapely.box(0, 0, 100, 100), shapely.box(200, 0, 300, 100), shapely.box(0, 0, 10, 10)], dtype=object)


def test_polygon_tool_keys():
    tool = PolygonTool()
    for x, y in [(0, 0), (10, 0), (10, 10)]:
        tool.press(x, y)
    tool.press(10, 10)  # a double-click's repeated vertex is not added twice
    assert tool.vertices == [(0, 0), (10, 0), (10, 10)]
    tool.move(0, 10)
    assert tool.preview()[-1] == (0, 10)
    tool.backspace()
    assert not tool.can_finish and tool.finish() is None
    tool.press(0, 10)
    geom = tool.finish()
    assert geom.area == 50 and tool.vertices == []
    tool.press(1, 1)
    tool.cancel()
    assert tool.vertices == [] and tool.cursor is None


def test_self_crossing_drawing_becomes_valid_keeping_its_area():
    tool = PolygonTool()
    for x, y in [(0, 0), (2, 2), (2, 0), (0, 2)]:
        tool.press(x, y)
    geom = tool.finish()
    assert geom.is_valid and geom.area == 2


def test_line_tool_needs_two_vertices():
    tool = LineTool()
    tool.press(-10, 50)
    assert tool.finish() is None
    tool.press(-10, 50)
    tool.press(110, 50)
    assert tool.finish().length == 120


def test_snapping_prefers_vertices_then_edges():
    snapper = Snapper(HAZARDS, tolerance=3)
    assert snapper.snap(101.5, 98.9) == (100.0, 100.0, "vertex")
    x, y, kind = snapper.snap(50, 102)
    assert (x, y, kind) == (50.0, 100.0, "edge")
    assert snapper.snap(150, 50) == (150, 50, None)
    tool = PolygonTool(snapper=snapper)
    tool.press(99, 1)
    assert tool.vertices == [(100.0, 0.0)]


def test_pick_and_box_select():
    tree = shapely.STRtree(HAZARDS)
    assert pick(tree, HAZARDS, 5, 5, 0) == 2  # the smallest hazard under the click
    assert pick(tree, HAZARDS, 50, 50, 0) == 0
    assert pick(tree, HAZARDS, 150, 50, 0) is None
    assert pick(tree, HAZARDS, 302, 50, 5) == 1  # a thin miss still picks the nearest
    assert sorted(box_select(tree, 250, 50, 150, -20)) == [1]


def test_vertex_tool_moves_one_vertex():
    from minedesk.app.tools import VertexTool

    tool = VertexTool(tolerance=2)
    hole = shapely.box(20, 20, 30, 30).exterior.coords
    tool.start(shapely.Polygon(shapely.box(0, 0, 100, 100).exterior.coords, [hole]), key=7)
    assert not tool.press(50, 50) and tool.release() is None  # not near a vertex
    assert tool.press(99, 101)
    tool.move(150, 100)
    geom = tool.release()
    assert geom.area == 100 * 100 + 50 * 100 / 2 - 100 and len(geom.interiors) == 1  # the hole stays
    assert tool.key == 7
