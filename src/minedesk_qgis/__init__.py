"""The MineDesk QGIS plugin: a thin shell over the MineDesk core (bundled in ``lib/``).

QGIS runs PyQt5; the plugin uses ``qgis.PyQt`` and MineDesk's pure-Python core and its
binding-neutral report layer. It never imports PySide6.
"""

import os
import sys

_LIB = os.path.join(os.path.dirname(__file__), "lib")
if os.path.isdir(_LIB) and _LIB not in sys.path:
    sys.path.insert(0, _LIB)
os.environ.setdefault("MINEDESK_QT_API", "pyqt5")


def classFactory(iface):  # noqa: N802 - the name QGIS calls
    from .plugin import MineDeskPlugin

    return MineDeskPlugin(iface)
