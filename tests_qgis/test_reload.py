"""Reloading the plugin (Plugin Reloader, qgis.utils.reloadPlugin) reloads the MineDesk library
the zip carries too, and never touches a MineDesk loaded from elsewhere."""

import json
import sys
import types

from conftest import SAMPLE


def _tally():
    import processing

    result = processing.run("minedesk:tally", {"HAZARDS": str(SAMPLE / "hazards.shp"),
                                               "RELEASES": str(SAMPLE / "clearance.shp"), "OUTPUT": "memory:"})
    return json.loads(result["JSON"])


def test_reloading_the_plugin_reloads_its_bundled_library(qapp, tmp_path):
    import qgis.utils
    from qgis.core import QgsApplication

    assert qgis.utils.loadPlugin("minedesk_qgis")
    assert qgis.utils.startPlugin("minedesk_qgis")
    try:
        import minedesk.core.tally

        before = sys.modules["minedesk.core.tally"]
        assert str(qapp.minedesk_plugins) in before.__file__
        figures = _tally()
        # a module of the minedesk package loaded from elsewhere (another MineDesk install)
        elsewhere = types.ModuleType("minedesk.elsewhere")
        elsewhere.__file__ = str(tmp_path / "site-packages" / "minedesk" / "elsewhere.py")
        sys.modules["minedesk.elsewhere"] = elsewhere

        assert qgis.utils.reloadPlugin("minedesk_qgis")

        import minedesk.core.tally  # noqa: F811 - imported again, after the reload

        after = sys.modules["minedesk.core.tally"]
        assert after is not before and after is minedesk.core.tally
        assert str(qapp.minedesk_plugins) in after.__file__
        assert sys.modules["minedesk.elsewhere"] is elsewhere  # never dropped
        provider_module = sys.modules["minedesk_qgis.provider"]
        assert provider_module.TallyEngine is after.TallyEngine  # the new plugin runs on the new library
        alg = QgsApplication.processingRegistry().algorithmById("minedesk:tally")
        assert type(alg) is provider_module.TallyAlgorithm
        assert _tally() == figures  # the provider still works, with the same figures
    finally:
        sys.modules.pop("minedesk.elsewhere", None)
        qgis.utils.unloadPlugin("minedesk_qgis")
