"""The plugin object QGIS loads: the dock, the menu entries and the Processing provider."""

from __future__ import annotations

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from . import forget_bundled_library
from .provider import ICON, MineDeskProvider

#: where the plugin zip carries the application's compiled translations (packaging/build_plugin.py)
I18N = os.path.join(os.path.dirname(os.path.abspath(__file__)), "i18n")


def translation_file(locale: str) -> str | None:
    """The .qm for a QGIS locale (``az``, ``ru_RU``: by its language), None for English or a language
    MineDesk is not translated into."""
    language = (locale or "").replace("-", "_").split("_")[0].lower()
    path = os.path.join(I18N, f"minedesk_{language}.qm")
    return path if language and language != "en" and os.path.exists(path) else None


class MineDeskPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.dock = None
        self.action = None
        self.coordinates_action = None
        self.coordinates_tool = None
        self.translator = None
        self._install_translation()

    def _install_translation(self):
        """QGIS's language for the dock, the dialogs and the Processing algorithms: the application's
        own translation (i18n/minedesk_<language>.qm, compiled from resources/i18n/*.ts), when the
        zip carries one for the language QGIS runs in (Settings > Options > General > Locale)."""
        from qgis.PyQt.QtCore import QTranslator

        path = translation_file(QgsApplication.locale())
        if path is not None:
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                self.translator = translator

    def initProcessing(self):  # noqa: N802 - QGIS calls it, also in qgis_process (no iface)
        if self.provider is None:
            self.provider = MineDeskProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        if self.iface is None:
            return
        from .dock import TallyDock

        self.dock = TallyDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.action = QAction(QIcon(ICON), QCoreApplication.translate("MineDeskPlugin", "MineDesk tallies"),
                              self.iface.mainWindow())
        self.action.setCheckable(True)
        self.action.setChecked(True)
        self.action.toggled.connect(self.dock.setVisible)
        self.iface.addPluginToVectorMenu("MineDesk", self.action)
        self.iface.addToolBarIcon(self.action)
        from qgis.core import QgsSettings

        from .coordinates import install_translation, menu_text

        install_translation(QgsSettings().value("locale/userLocale", "") or "")
        self.coordinates_action = QAction(menu_text(), self.iface.mainWindow())
        self.coordinates_action.triggered.connect(self.polygon_from_coordinates)
        self.iface.addPluginToVectorMenu("MineDesk", self.coordinates_action)

    def polygon_from_coordinates(self, checked=False):
        """The application's dialog; the polygon goes to the chosen layer's edit buffer."""
        from qgis.core import QgsSettings

        from minedesk.core.errors import InputError

        from .coordinates import CoordinatesTool, install_translation

        install_translation(QgsSettings().value("locale/userLocale", "") or "")
        try:
            self.coordinates_tool = CoordinatesTool(self.iface, self.iface.mainWindow())
        except InputError as err:
            self.iface.messageBar().pushWarning("MineDesk", err.message)
            return None
        self.coordinates_tool.dialog.accepted.connect(self.coordinates_tool.accepted)
        self.coordinates_tool.dialog.open()
        return self.coordinates_tool

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.iface is not None and self.action is not None:
            self.iface.removePluginVectorMenu("MineDesk", self.action)
            self.iface.removeToolBarIcon(self.action)
            if self.coordinates_action is not None:
                self.iface.removePluginVectorMenu("MineDesk", self.coordinates_action)
                self.coordinates_action = None
        if self.dock is not None:
            if self.iface is not None:
                self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
        # QGIS forgets minedesk_qgis.* itself; the bundled library is ours to forget, so that a
        # reloaded plugin imports its own copy again
        forget_bundled_library()
