"""The core stays free of Qt, QGIS and file libraries, so every front end can stand on it."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_import_linter_contract():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    if lint is None:
        pytest.fail("import-linter is not installed: pip install -e .[test]")
    proc = subprocess.run([lint, "--config", str(REPO / "pyproject.toml")], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_importing_the_core_loads_no_gui_or_gdal():
    code = ("import sys, minedesk.core.tally, minedesk.core.check, minedesk.core.mapping;"
            "bad = [m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'PyQt5', 'PyQt6', 'qtpy', 'pyqtgraph', 'qgis', 'pyogrio', 'fiona')];"
            "print(','.join(bad))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == ""


def test_ci_has_every_optional_piece():
    """In CI nothing may be skipped quietly: the GUI, the PDF reader and Qt must be there."""
    import os

    if not os.environ.get("CI"):
        pytest.skip("only checked in CI")
    import pypdf  # noqa: F401
    import pyqtgraph  # noqa: F401
    import PySide6.QtWidgets  # noqa: F401


def _private_reads(path: Path) -> list[str]:
    """``obj._name`` and ``from x import _name`` in one module, where ``_name`` is not the
    module's own (defined, assigned or declared in it): reading another module's private name."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    own = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            own.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            own.add(node.attr)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            own.add(node.id)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            own.add(node.target.id)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            found += [f"{node.lineno}: from {node.module} import {a.name}" for a in node.names
                      if a.name.startswith("_") and not a.name.startswith("__")]
        elif isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            base = node.value
            if isinstance(base, ast.Name) and base.id in ("self", "cls"):
                continue
            if node.attr in own:
                continue
            found.append(f"{node.lineno}: .{node.attr}")
    return found


#: private names of other libraries MineDesk has to use (none of MineDesk's own)
FOREIGN_PRIVATE = {"._exit", "._MEIPASS"}  # os._exit (after Qt's fatal message), PyInstaller's folder


def test_no_module_reads_another_modules_private_names():
    """Front ends and the core talk through public methods (issue 13): a module may use its own
    _names, never another module's."""
    src = REPO / "src"
    bad = {}
    for path in sorted(src.rglob("*.py")):
        if "egg-info" in str(path):
            continue
        reads = [r for r in _private_reads(path) if r.split(": ", 1)[1] not in FOREIGN_PRIVATE]
        if reads:
            bad[str(path.relative_to(src))] = reads
    assert not bad, bad
