"""Build the one-folder application with PyInstaller: dist/minedesk/minedesk (+ a .tar.gz).

    .venv/bin/python packaging/build_app.py          # needs: pip install pyinstaller

The folder holds Python, Qt (PySide6-Essentials), GDAL (through pyogrio), PROJ and its database,
GEOS, MineDesk, its fonts, translations, icons and the sample dataset: it runs on a machine
with no Python. On Windows the same script makes dist\\minedesk\\minedesk.exe, which
packaging/windows/minedesk.iss turns into an installer.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEP = ";" if os.name == "nt" else ":"


def version() -> str:
    from importlib.metadata import version as v

    return v("minedesk")


def build(dist: Path, work: Path) -> Path:
    data = [(REPO / "resources" / "sample", "resources/sample"), (REPO / "resources" / "fonts", "resources/fonts"),
            (REPO / "resources" / "icons", "resources/icons")]
    args = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--onedir", "--name", "minedesk",
            "--distpath", str(dist), "--workpath", str(work), "--specpath", str(work),
            "--collect-submodules", "minedesk", "--copy-metadata", "minedesk",
            "--collect-all", "pyogrio", "--collect-data", "pyproj", "--collect-data", "pyqtgraph",
            "--exclude-module", "PyQt5", "--exclude-module", "PyQt6", "--exclude-module", "tkinter",
            "--exclude-module", "geopandas", "--exclude-module", "pandas", "--exclude-module", "fiona"]
    for src, target in data:
        args += ["--add-data", f"{src}{SEP}{target}"]
    for qm in sorted((REPO / "resources" / "i18n").glob("*.qm")):
        args += ["--add-data", f"{qm}{SEP}resources/i18n"]
    icon = REPO / "resources" / "icons" / ("minedesk.ico" if os.name == "nt" else "minedesk.svg")
    if os.name == "nt" and icon.exists():
        args += ["--icon", str(icon)]
    args.append(str(REPO / "packaging" / "minedesk_entry.py"))
    subprocess.run(args, check=True)
    return dist / "minedesk"


def archive(folder: Path) -> Path:
    name = f"minedesk-{version()}-{platform.system().lower()}-{platform.machine()}"
    target = folder.parent / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(folder, arcname="minedesk")
    return target


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dist", type=Path, default=REPO / "dist")
    ap.add_argument("--work", type=Path, default=REPO / "build" / "pyinstaller")
    ap.add_argument("--no-archive", action="store_true")
    a = ap.parse_args(argv)
    if (a.dist / "minedesk").exists():
        shutil.rmtree(a.dist / "minedesk")
    folder = build(a.dist, a.work)
    if os.name != "nt":  # the menu entry and a per-user installer travel with the folder
        for extra in ("minedesk.desktop", "install.sh"):
            shutil.copy2(REPO / "packaging" / "linux" / extra, folder / extra)
    print(folder)
    if not a.no_archive:
        print(archive(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
