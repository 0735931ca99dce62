"""Build the QGIS plugin zip (what QGIS's "Install from ZIP" takes).

    python packaging/build_plugin.py [--out dist/]      ->  dist/minedesk_qgis-VERSION-dev.zip
    python packaging/build_plugin.py --release --config packaging/plugin.toml
                                                        ->  dist/minedesk_qgis-VERSION.zip

What the plugin repository shows (email, tracker, repository, homepage) comes from the options
``--email`` ..., or a small TOML file (``--config``, keys of the same names). While any of them is
still the placeholder of ``src/minedesk_qgis/metadata.txt``, the zip is a development zip
(``-dev`` in its name) and ``--release`` refuses to build.

The zip holds one folder, minedesk_qgis/, with the plugin and, in minedesk_qgis/lib/, the
pure-Python parts of MineDesk it needs (core, report and the outputs module they write through,
fonts included). QGIS's Python must
already have shapely >= 2.1, pyproj and numpy (README: "QGIS plugin").
"""

from __future__ import annotations

import argparse
import sys
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
BUNDLED = ["minedesk/__init__.py", "minedesk/outputs.py", "minedesk/core", "minedesk/report", "minedesk/forms"]


#: the metadata a release must give real values for (the plugin repository shows them)
PUBLISHED = ("email", "tracker", "repository", "homepage")


class BuildError(Exception):
    """Why no zip was made: one line for the user."""


def version() -> str:
    """The version of the MineDesk this Python imports (the git tag, setuptools-scm)."""
    try:
        import minedesk
    except ImportError as err:
        raise BuildError(f"{sys.executable} cannot import MineDesk ({err}): run this script with the Python "
                         "MineDesk is installed in (.venv/bin/python, after pip install -e .)") from None
    ver = getattr(minedesk, "__version__", "")
    if not ver or "unknown" in ver:
        raise BuildError(f"{sys.executable} imports a MineDesk without a version ({minedesk.__file__}): "
                         "install it (pip install -e .)")
    return ver


def is_placeholder(value: str | None) -> bool:
    return not value or "example" in value or value.endswith(".invalid") or ".invalid/" in value


def read_metadata() -> dict[str, str]:
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys as written (qgisMinimumVersion)
    parser.read(SRC / "minedesk_qgis" / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def metadata_text(values: dict[str, str]) -> bytes:
    lines = ["[general]"]
    for key, value in values.items():
        lines.append(f"{key}=" + "\n    ".join(value.splitlines()))  # continuation lines, as configparser reads them
    return ("\n".join(lines) + "\n").encode("utf-8")


def published_values(config: Path | None, options: dict) -> dict[str, str]:
    values = {}
    if config is not None:
        import tomllib

        try:
            data = tomllib.loads(config.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise BuildError(f"{config}: {err}") from None
        unknown = set(data) - set(PUBLISHED)
        if unknown:
            raise BuildError(f"{config}: unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(PUBLISHED)})")
        values.update({k: str(v) for k, v in data.items()})
    values.update({k: v for k, v in options.items() if v})
    return values


def _entry(name: str, directory: bool = False) -> zipfile.ZipInfo:
    """A zip entry readable by everyone who can read the plugin folder: files 0644, folders 0755."""
    info = zipfile.ZipInfo(name + ("/" if directory else ""), date_time=time.localtime()[:6])
    info.external_attr = ((0o40755 if directory else 0o100644) << 16) | (0x10 if directory else 0)
    info.compress_type = zipfile.ZIP_STORED if directory else zipfile.ZIP_DEFLATED
    return info


def build(out_dir: Path, published: dict[str, str] | None = None, release: bool = False) -> Path:
    ver = version()
    meta = read_metadata()
    meta.update(published or {})
    meta["version"] = ver
    missing = [k for k in PUBLISHED if is_placeholder(meta.get(k))]
    if release and missing:
        raise BuildError("--release needs real values for " + ", ".join(missing)
                         + " (options --" + " --".join(missing) + ", or --config FILE)")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / (f"minedesk_qgis-{ver}-dev.zip" if missing else f"minedesk_qgis-{ver}.zip")
    files: dict[str, bytes] = {}
    for path in sorted((SRC / "minedesk_qgis").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
            rel = f"minedesk_qgis/{path.relative_to(SRC / 'minedesk_qgis').as_posix()}"
            files[rel] = metadata_text(meta) if path.name == "metadata.txt" else path.read_bytes()
    for item in BUNDLED:
        base = SRC / item
        for path in [base] if base.is_file() else sorted(base.rglob("*.py")):
            files[f"minedesk_qgis/lib/{path.relative_to(SRC).as_posix()}"] = path.read_bytes()
    files["minedesk_qgis/lib/minedesk/_version.py"] = f'version = "{ver}"\n'.encode()
    files["minedesk_qgis/icon.svg"] = (REPO / "resources" / "icons" / "minedesk.svg").read_bytes()
    files["minedesk_qgis/LICENSE"] = (REPO / "LICENSE").read_bytes()
    # the application's own translations (resources/i18n/*.ts, compiled): the dock, dialogs and algorithms
    for qm in sorted((REPO / "resources" / "i18n").glob("minedesk_*.qm")):
        files[f"minedesk_qgis/i18n/{qm.name}"] = qm.read_bytes()
    for qm in sorted((REPO / "resources" / "i18n").glob("minedesk_??.qm")):  # the shared dialogs' strings
        files[f"minedesk_qgis/i18n/{qm.name}"] = qm.read_bytes()
    for qm in ("minedesk_az.qm", "minedesk_ru.qm"):  # the documents' words (report/words.py looks here first)
        files[f"minedesk_qgis/lib/minedesk/report/i18n/{qm}"] = (REPO / "resources" / "i18n" / qm).read_bytes()
    for font in sorted((REPO / "resources" / "fonts").iterdir()):
        files[f"minedesk_qgis/lib/minedesk/report/fonts/{font.name}"] = font.read_bytes()
    folders = sorted({"/".join(name.split("/")[:i]) for name in files for i in range(1, name.count("/") + 1)})
    for stale in out_dir.glob(f"minedesk_qgis-{ver}*.zip"):  # a -dev and a release zip never lie side by side
        stale.unlink()
    with zipfile.ZipFile(target, "w") as zf:
        for folder in folders:
            zf.writestr(_entry(folder, directory=True), b"")
        for name, data in sorted(files.items()):
            zf.writestr(_entry(name), data)
    return target


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=REPO / "dist")
    ap.add_argument("--config", type=Path, help="TOML file with " + ", ".join(PUBLISHED))
    for key in PUBLISHED:
        ap.add_argument(f"--{key}", help=f"the plugin's {key} in metadata.txt")
    ap.add_argument("--release", action="store_true", help="refuse placeholders (a zip for the plugin repository)")
    args = ap.parse_args(argv)
    try:
        published = published_values(args.config, {k: getattr(args, k) for k in PUBLISHED})
        print(build(args.out, published, args.release))
    except BuildError as err:
        print(f"build_plugin.py: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
