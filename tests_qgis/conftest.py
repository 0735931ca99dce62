"""Tests against real QGIS (Debian's python3-qgis, headless). Run by .ci/run with a venv made
with --system-site-packages; see README "QGIS plugin"."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "resources" / "sample"
#: the Python MineDesk is installed in (builds the plugin zip; QGIS's own Python cannot import MineDesk)
MINEDESK_PYTHON = Path(os.environ["MINEDESK_CLI"]).parent / "python" if os.environ.get("MINEDESK_CLI") \
    else REPO / ".venv" / "bin" / "python"


@pytest.fixture(scope="session")
def qapp(tmp_path_factory):
    """QGIS itself, started once, with a fresh profile and the plugin installed from its zip."""
    from qgis.core import QgsApplication

    profile = tmp_path_factory.mktemp("profile")
    app = QgsApplication([], False, str(profile))
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([str(MINEDESK_PYTHON), str(REPO / "packaging" / "build_plugin.py"), "--out", str(out)], check=True)
    (zip_path,) = out.glob("minedesk_qgis-*.zip")
    app.minedesk_zip = zip_path
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(plugins)
    sys.path.insert(0, str(plugins))
    # known to qgis.utils as QGIS knows its profile's plugins, so that unloading and reloading
    # forget the plugin's modules as they do in QGIS
    import qgis.utils

    qgis.utils.plugin_paths.append(str(plugins))
    qgis.utils.updateAvailablePlugins()
    app.minedesk_plugins = plugins
    yield app
    app.exitQgis()


#: the plugin loaded and started in QGIS once per test module, as QGIS does at start-up
@pytest.fixture(scope="module")
def plugin(qapp):
    import qgis.utils

    assert qgis.utils.loadPlugin("minedesk_qgis")
    assert qgis.utils.startPlugin("minedesk_qgis")
    yield qgis.utils.plugins["minedesk_qgis"]
    qgis.utils.unloadPlugin("minedesk_qgis")
