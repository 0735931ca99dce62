"""The main window: the map in the middle; the Hazards, Tallies, Selection and Data quality
docks; the status bar. Here is where each view is told to observe the application state
(:meth:`MainWindow._connect_views`); the window's other parts are its base classes:
loading, file operations, editing (commands) and actions (menus)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QProgressBar, QPushButton, QScrollArea, QWidget

from minedesk.app.canvas import MapCanvas
from minedesk.app.dashboard import Dashboard
from minedesk.app.quality import QualityPanel
from minedesk.app.selection import SelectionPanel
from minedesk.app.state import AppState
from minedesk.app.table import HazardTable
from minedesk.app.window.actions import Actions
from minedesk.app.window.editing import Editing
from minedesk.app.window.files import FileOperations
from minedesk.app.window.loading import Loading

#: Rows of the hazard table the window shows at its first start (on a 1366x768 screen too).
TABLE_ROWS = 10


class MainWindow(Loading, FileOperations, Editing, Actions, QMainWindow):
    projectLoaded = Signal(object)

    def __init__(self, settings: QSettings | None = None):
        super().__init__()
        self.settings = settings or QSettings()
        self.state = AppState()
        self.reading_options: dict[str, dict] = {}  # path -> how its files were read (for Make project)
        self.setAcceptDrops(True)
        self.setWindowTitle("MineDesk")
        self.canvas = MapCanvas(self)
        self.setCentralWidget(self.canvas)
        self.dashboard = Dashboard(self)
        self.hazards = HazardTable()
        self.table, self.filter, self.proxy = self.hazards.view, self.hazards.filter, self.hazards.proxy
        self.properties = SelectionPanel(self.dashboard.hectares_text, lambda: self.dashboard.locale)
        self.quality = QualityPanel(self)
        self._make_docks()
        self._make_actions()
        self._make_status()
        self._connect_views()
        if not self.restoreGeometry(self.settings.value("window/geometry", b"")):
            screen = self.screen().availableGeometry()  # the first start: most of the screen, at most 1600x1000
            self.resize(min(1600, int(screen.width() * 0.95)), min(1000, int(screen.height() * 0.92)))
        # the first start's dock sizes are set once the first project's tallies are known (fit_tallies)
        self._first_layout = not self.restoreState(self.settings.value("window/state", b""))
        if self._first_layout:
            self.resizeDocks([self.dock_table], [220], Qt.Orientation.Vertical)
            self.resizeDocks([self.dock_dashboard], [560], Qt.Orientation.Horizontal)
        self._update_title()

    # ------------------------------------------------------------------ the application state
    @property
    def project(self):
        """The open project (the application state's), or None."""
        return self.state.project

    @property
    def path(self) -> str | None:
        return self.state.path

    @property
    def model(self):
        """The hazard table's model of the open project."""
        return self.hazards.model

    def _connect_views(self) -> None:
        """Who observes what: the views take each new project (and follow its edits themselves),
        and show the one selection; selecting on the map or in the table changes the state only."""
        state = self.state
        for view in (self.canvas, self.dashboard, self.hazards, self.properties, self.quality):
            state.project_changed.connect(view.set_project)
        state.project_changed.connect(self._project_shown)
        state.selection_changed.connect(lambda rows, source: self.canvas.set_selection(rows, emit=False))
        state.selection_changed.connect(self.dashboard.set_selection)
        state.selection_changed.connect(self.hazards.show_selection)
        state.selection_changed.connect(self.properties.selection_changed)
        state.undo_changed.connect(self.update_actions)
        self.canvas.selectionChanged.connect(lambda rows: state.select(rows, self.canvas))
        self.hazards.rowsSelected.connect(lambda rows: state.select(rows, self.hazards))
        self.quality.hazardActivated.connect(self._show_hazard)
        self.canvas.cursorMoved.connect(self._show_cursor)
        self.canvas.geometryDrawn.connect(self._geometry_drawn)
        self.canvas.releaseEdited.connect(self._release_edited)

    def _project_shown(self, project) -> None:
        """What the window itself changes for another project: its menus, its docks, its title."""
        self.close_paper_dialogs()
        self.update_style_menu()
        if self.quality.findings:  # bad geometry is never accepted silently: show what was found
            self.dock_quality.show()
            self.dock_quality.raise_()
        if self._first_layout or self.quality.findings:
            if self.fit_tallies(width=self._first_layout):
                self._first_layout = False
        self._update_title()
        self.update_actions()

    # ------------------------------------------------------------------ building
    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _make_docks(self) -> None:
        self.dock_table = self._dock(self.tr("Hazards"), "hazardsDock", self.hazards, Qt.DockWidgetArea.BottomDockWidgetArea)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.dashboard)
        self.dock_dashboard = self._dock(self.tr("Tallies"), "talliesDock", scroll, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock_properties = self._dock(self.tr("Selection"), "selectionDock", self.properties,
                                          Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock_quality = self._dock(self.tr("Data quality"), "qualityDock", self.quality,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.dock_properties, self.dock_quality)
        self.dock_properties.raise_()
        # the right-hand docks run the window's full height, the hazard table spans the map only:
        # the tallies' group table and charts need the height more than the table needs the width
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

    def fit_tallies(self, width: bool = True) -> bool:
        """Give the Tallies dock the room its figures, group table and charts need (at most half
        the window's width, and the height the Selection and Data quality docks can spare)."""
        if width:
            self.fit_table()
        if self.dock_dashboard.isFloating() or not self.dock_dashboard.isVisible():
            return False
        self.dashboard.layout().activate()
        want = self.dashboard.wanted_size()
        scroll = self.dock_dashboard.widget()
        chrome_w = self.dock_dashboard.width() - scroll.viewport().width()
        chrome_h = self.dock_dashboard.height() - scroll.viewport().height()
        if scroll.verticalScrollBar().isVisible():
            chrome_w -= scroll.verticalScrollBar().width()
        if width:
            w = min(want.width() + chrome_w + scroll.verticalScrollBar().sizeHint().width(), self.width() // 2)
            self.resizeDocks([self.dock_dashboard], [w], Qt.Orientation.Horizontal)
        below = next((d for d in (self.dock_quality, self.dock_properties)
                      if d.isVisible() and not d.isFloating()), None)
        if below is None:
            return True
        room = self.dock_dashboard.height() + below.height()
        # what the tallies need, or more where the dock below keeps a quarter (its list of findings,
        # the selected hazard's figures); never so much that the dock below has no room
        h = max(want.height() + chrome_h, room - max(180, room // 4))
        h = min(h, room - max(below.minimumSizeHint().height(), 120))
        self.resizeDocks([self.dock_dashboard, below], [h, room - h], Qt.Orientation.Vertical)
        return True

    def fit_table(self, rows: int = TABLE_ROWS) -> None:
        """Give the hazard table the height of ``rows`` rows (the map keeps at least half the
        height beside it)."""
        if self.dock_table.isFloating() or not self.dock_table.isVisible():
            return
        view = self.hazards.view
        row = view.verticalHeader().defaultSectionSize()
        sideways = 0 if view.horizontalScrollBar().isVisible() else view.horizontalScrollBar().sizeHint().height()
        if view.horizontalHeader().height() < view.horizontalHeader().sizeHint().height():
            sideways += view.horizontalHeader().sizeHint().height() - view.horizontalHeader().height()
        want = self.dock_table.height() - view.viewport().height() + sideways + rows * row + 2
        room = self.dock_table.height() + self.centralWidget().height()
        self.resizeDocks([self.dock_table], [min(want, room // 2)], Qt.Orientation.Vertical)

    def _make_status(self) -> None:
        self.cursor_label = QLabel()
        self.cursor_label.setObjectName("cursorLabel")
        self.statusBar().addPermanentWidget(self.cursor_label, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_load)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

    def _update_title(self) -> None:
        if self.path is None:
            self.setWindowTitle("MineDesk")
        else:
            ro = self.project is not None and self.project.readonly
            self.setWindowTitle(f"{Path(self.path).name}{self.tr(' [read-only]') if ro else ''} - MineDesk")

    # ------------------------------------------------------------------ selection
    def selected_rows(self) -> set[int]:
        return set(self.state.selection)

    def select_ids(self, ids) -> None:
        self.state.select_ids(ids)

    def _show_hazard(self, hazard_id: str) -> None:
        """Select one hazard and bring it into view (from a finding of the data-quality check)."""
        self.select_ids([hazard_id])
        self.zoom_selection()

    def zoom_selection(self) -> None:
        if self.state.selection:
            self.canvas.zoom_to_rows(self.state.selection)

    # ------------------------------------------------------------------ status bar
    def _show_cursor(self, x: float, y: float) -> None:
        if self.project is None:
            return
        lon, lat = self._to_wgs84.transform(x, y)
        from minedesk.core import coords

        try:
            text = "   ".join([coords.format_dd(lon, lat), coords.format_dms(lon, lat), coords.format_utm(lon, lat),
                               coords.to_mgrs(lon, lat)])
        except (ValueError, AttributeError):
            text = f"{lat:.6f}, {lon:.6f}"
        self.cursor_label.setText(text)

    # ------------------------------------------------------------------ closing
    def closeEvent(self, ev) -> None:
        # every edit was written when it was made: nothing to save, nothing to ask
        self.stop_loading()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.state.close()
        super().closeEvent(ev)
