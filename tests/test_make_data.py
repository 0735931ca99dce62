"""benchmarks/make_data.py: the project's own data generator, and the truth.json it writes.

truth.json is computed without MineDesk (pyproj.Geod ring by ring, shapely overlay), so a tally that
equals it proves both sides; the benchmarks rely on the same seed giving the same files.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MAKE_DATA = REPO / "benchmarks" / "make_data.py"
CATEGORIES = ("cleared", "reduced", "cancelled")


def make(out: Path, *args: str) -> None:
    proc = subprocess.run([sys.executable, str(MAKE_DATA), str(out), *args], capture_output=True, text=True,
                          cwd=out.parent)
    assert proc.returncode == 0, proc.stderr
    assert "wrote" in proc.stdout


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("made") / "set"
    # 20 hazards on 100 km2: every figure is large enough for the command's 4 decimals to be within 1e-6
    make(out, "--count", "20", "--total-km2", "100", "--seed", "5", "--truth")
    return out


def test_tally_equals_truth(made, run_cli):
    truth = json.loads((made / "truth.json").read_text(encoding="utf-8"))
    assert truth["hazards"] == 20 and truth["clearance_records"] > 20
    assert all(truth["released_by_category_ha"][c] > 10 for c in CATEGORIES)  # precedence is exercised
    code, out, err = run_cli("tally", str(made / "hazards.shp"), "--releases", str(made / "clearance.shp"), "--json")
    assert code == 0, err
    got = json.loads(out)
    assert got["hazards"] == truth["hazards"]
    for key in ("total_ha", "released_ha", "remaining_ha"):
        assert got[key] == pytest.approx(truth[key], rel=1e-6), key
    for cat in CATEGORIES:
        assert got["released_by_category_ha"][cat] == pytest.approx(truth["released_by_category_ha"][cat], rel=1e-6)
    assert {dev: got["devices"].get(dev, 0) for dev in truth["devices"]} == truth["devices"]
    assert set(got["devices"]) <= set(truth["devices"])
    assert sum(truth["devices"].values()) > 0


def test_same_seed_same_bytes(made, tmp_path):
    again = tmp_path / "again"
    make(again, "--count", "20", "--total-km2", "100", "--seed", "5", "--truth")
    names = sorted(p.name for p in made.iterdir())
    assert names == sorted(p.name for p in again.iterdir())
    assert {"hazards.shp", "hazards.dbf", "hazards.cpg", "hazards.prj", "clearance.shp", "truth.json"} <= set(names)
    for name in names:
        assert (made / name).read_bytes() == (again / name).read_bytes(), name
    assert (made / "hazards.cpg").read_text().strip().upper() in ("UTF-8", "UTF8")

    other = tmp_path / "other"
    make(other, "--count", "20", "--total-km2", "100", "--seed", "6")
    assert (other / "hazards.shp").read_bytes() != (made / "hazards.shp").read_bytes()
    assert not (other / "truth.json").exists()


def test_generator_does_not_use_minedesk():
    """truth.json is only a check of MineDesk if MineDesk had no hand in it."""
    import ast

    tree = ast.parse(MAKE_DATA.read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert imported and not any(name.split(".")[0] == "minedesk" for name in imported), imported
