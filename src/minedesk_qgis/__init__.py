"""The MineDesk QGIS plugin: a thin shell over the MineDesk core (bundled in ``lib/``).

QGIS runs PyQt5; the plugin uses ``qgis.PyQt`` and MineDesk's pure-Python core and its
binding-neutral report layer. It never imports PySide6.
"""

import os
import sys

#: The folder of the MineDesk library the plugin zip carries (absent when run from the sources).
LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib")
if os.path.isdir(LIB) and LIB not in sys.path:
    sys.path.insert(0, LIB)
os.environ.setdefault("MINEDESK_QT_API", "pyqt5")


def forget_bundled_library() -> list[str]:
    """Drop the bundled ``minedesk`` modules from ``sys.modules`` and ``lib/`` from ``sys.path``.

    Called when the plugin unloads: QGIS forgets the plugin's own modules (``minedesk_qgis.*``),
    not the library it carries, so a reloaded plugin (Plugin Reloader, ``qgis.utils.reloadPlugin``,
    an update installed from a zip) would run its new code on the old library. Only modules loaded
    from this plugin's ``lib/`` are dropped, never a MineDesk installed elsewhere. Returns their names.
    """
    lib = os.path.normcase(os.path.realpath(LIB)) + os.sep
    dropped = []
    for name, module in list(sys.modules.items()):
        if name != "minedesk" and not name.startswith("minedesk."):
            continue
        path = getattr(module, "__file__", None)
        if path and os.path.normcase(os.path.realpath(path)).startswith(lib):
            del sys.modules[name]
            dropped.append(name)
    while LIB in sys.path:
        sys.path.remove(LIB)
    return dropped


def classFactory(iface):  # noqa: N802 - the name QGIS calls
    from .plugin import MineDeskPlugin

    return MineDeskPlugin(iface)
