"""Build the QGIS plugin zip (what QGIS's "Install from ZIP" takes).

    python packaging/build_plugin.py [--out dist/]      ->  dist/minedesk_qgis-VERSION.zip

The zip holds one folder, minedesk_qgis/, with the plugin and, in minedesk_qgis/lib/, the
pure-Python parts of MineDesk it needs (core, report and the outputs module they write through,
fonts included). QGIS's Python must
already have shapely >= 2.1, pyproj and numpy (README: "QGIS plugin").
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
BUNDLED = ["minedesk/__init__.py", "minedesk/outputs.py", "minedesk/core", "minedesk/report"]


def version() -> str:
    try:
        from importlib.metadata import version as v

        return v("minedesk")
    except Exception:  # noqa: BLE001 - building from a tree that was not installed
        return "0.1.0"


def build(out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    ver = version()
    target = out_dir / f"minedesk_qgis-{ver}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted((SRC / "minedesk_qgis").rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                text = path.read_bytes()
                if path.name == "metadata.txt":
                    text = "\n".join(f"version={ver}" if line.startswith("version=") else line
                                     for line in path.read_text(encoding="utf-8").splitlines()).encode() + b"\n"
                zf.writestr(f"minedesk_qgis/{path.relative_to(SRC / 'minedesk_qgis')}", text)
        for item in BUNDLED:
            base = SRC / item
            files = [base] if base.is_file() else sorted(p for p in base.rglob("*.py"))
            for path in files:
                zf.write(path, f"minedesk_qgis/lib/{path.relative_to(SRC)}")
        zf.writestr("minedesk_qgis/lib/minedesk/_version.py", f'version = "{ver}"\n')
        zf.write(REPO / "resources" / "icons" / "minedesk.svg", "minedesk_qgis/icon.svg")
        for qm in sorted((REPO / "resources" / "i18n").glob("minedesk_qgis_*.qm")):
            zf.write(qm, f"minedesk_qgis/i18n/{qm.name}")
        for font in sorted((REPO / "resources" / "fonts").iterdir()):
            zf.write(font, f"minedesk_qgis/lib/minedesk/report/fonts/{font.name}")
    return target


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=REPO / "dist")
    args = ap.parse_args(argv)
    print(build(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
