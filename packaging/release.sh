#!/usr/bin/env bash
# Every artifact of a release, into dist/: wheel and sdist, the QGIS plugin zip, and the
# one-folder application with its .tar.gz (on Windows, then: iscc packaging\windows\minedesk.iss).
# The version comes from the git tag (setuptools-scm), the one place it is set.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
"$PY" -m pip install -q build pyinstaller
rm -rf dist/*.whl dist/*.tar.gz dist/minedesk_qgis-*.zip
"$PY" -m build --outdir dist .
"$PY" packaging/build_plugin.py --out dist
"$PY" packaging/build_app.py
cp packaging/linux/minedesk.desktop packaging/linux/install.sh dist/minedesk/
ls -la dist
