"""The main window: map, hazard table, dashboard and properties; menus, tools, status bar."""

from __future__ import annotations

import threading
import time
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QThread, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from minedesk import __version__
from minedesk.app.canvas import MapCanvas
from minedesk.app.dashboard import Dashboard
from minedesk.app.dialogs import DevicesDialog, ReleaseDialog, confirm_replace, refuse_protected, show_error
from minedesk.app.quality import QualityPanel
from minedesk.app.table import HazardFilterModel, HazardTableModel, fit_columns
from minedesk.core.commands import AddRelease, Batch, DeleteHazard, RecordDevices, SplitHazard, mark_released
from minedesk.core.errors import InputError

OPENABLE = "GIS files (*.gpkg *.shp *.zip *.geojson *.json);;MineDesk projects (*.gpkg);;All files (*)"
MAX_RECENT = 8


def load_project(path: str, preview=None):
    """A project (or a read-only view of files) ready to show: runs off the GUI thread.
    ``preview(data)`` is called with the features as soon as they are read."""
    from minedesk.exchange import open_source

    return open_source(path, _releases_beside(path), locked_readonly=True, preview=preview)


def _releases_beside(path: str) -> str | None:
    """Shapefiles handed out by a centre come in pairs: hazards.shp with clearance.shp."""
    p = Path(path)
    for name in ("clearance", "releases", "release", "cleared"):
        candidate = p.with_name(f"{name}{p.suffix}")
        if candidate.exists() and candidate != p:
            return str(candidate)
    return None


PREVIEW_WAIT_S = 2.0  # the longest the loader waits for the window to draw the preview


class Loader(QObject):
    """Loads a project in a worker thread; the window shows a progress bar with Cancel."""

    loaded = Signal(object, str, float)
    failed = Signal(str, str)
    preview = Signal(object)
    timeline = Signal(object)

    def __init__(self, path: str):
        super().__init__()
        self.path = path
        self.drawn = threading.Event()  # set by the window once the preview is on screen

    def _preview(self, data) -> None:
        # the map first: let the window draw it before the tallies take the interpreter (the
        # two would share it and both be late); never wait long, whatever the window does
        self.preview.emit(data)
        self.drawn.wait(PREVIEW_WAIT_S)

    def run(self) -> None:
        t0 = time.perf_counter()
        try:
            project = load_project(self.path, self._preview)
        except InputError as err:
            self.failed.emit(self.path, err.message)
        except Exception as err:  # noqa: BLE001 - anything else still must not crash the session
            self.failed.emit(self.path, f"{self.path}: cannot be opened ({type(err).__name__}: {err})")
        else:
            # copy what the chart of released hectares over time needs, hand the project to the
            # window, then compute the chart here from the copy (the GUI edits the project)
            from minedesk.app.dashboard import timeline_inputs, timelines

            inputs = timeline_inputs(project, project.hazard_ids())
            self.loaded.emit(project, self.path, time.perf_counter() - t0)
            self.timeline.emit(timelines(inputs, project.engine.meter))


class MainWindow(QMainWindow):
    projectLoaded = Signal(object)

    def __init__(self, settings: QSettings | None = None):
        super().__init__()
        self.settings = settings or QSettings()
        self.project = None
        self.path: str | None = None
        self._thread: QThread | None = None
        self._cancelled = False
        self.setAcceptDrops(True)
        self.setWindowTitle("MineDesk")
        self.canvas = MapCanvas(self)
        self.setCentralWidget(self.canvas)
        self.dashboard = Dashboard(self)
        self.table = QTableView()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter hazards (id, district, type ...)"))
        self.properties = QTextBrowser()
        self.quality = QualityPanel(self)
        self.quality.hazardActivated.connect(self._show_hazard)
        self._make_docks()
        self._make_actions()
        self._make_status()
        self.canvas.selectionChanged.connect(self._selection_from_map)
        self.canvas.cursorMoved.connect(self._show_cursor)
        self.canvas.geometryDrawn.connect(self._geometry_drawn)
        self.canvas.releaseEdited.connect(self._release_edited)
        if not self.restoreGeometry(self.settings.value("window/geometry", b"")):
            screen = self.screen().availableGeometry()  # the first start: most of the screen, at most 1600x1000
            self.resize(min(1600, int(screen.width() * 0.95)), min(1000, int(screen.height() * 0.92)))
        # the first start's dock sizes are set once the first project's tallies are known (fit_tallies)
        self._first_layout = not self.restoreState(self.settings.value("window/state", b""))
        if self._first_layout:
            self.resizeDocks([self.dock_table], [220], Qt.Orientation.Vertical)
            self.resizeDocks([self.dock_dashboard], [560], Qt.Orientation.Horizontal)
        self._update_title()

    # ------------------------------------------------------------------ building
    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _make_docks(self) -> None:
        table_box = QWidget()
        layout = QVBoxLayout(table_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # compact rows
        self.table.verticalHeader().hide()
        self.dock_table = self._dock(self.tr("Hazards"), "hazardsDock", table_box, Qt.DockWidgetArea.BottomDockWidgetArea)
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

    def _action(self, text: str, slot, shortcut=None, checkable=False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(self._action(self.tr("&Open..."), self.open_dialog, QKeySequence.StandardKey.Open))
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self.make_project_action = self._action(self.tr("&Make project from these files..."), self.make_project)
        file.addAction(self.make_project_action)
        file.addAction(self._action(self.tr("&Export..."), self.export_dialog))
        self.picture_action = self._action(self.tr("Save map &picture..."), self.save_map_picture)
        file.addAction(self.picture_action)
        file.addSeparator()
        file.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self.redo, QKeySequence("Ctrl+Shift+Z"))
        self.delete_action = self._action(self.tr("&Delete selected hazards"), self.delete_selected, QKeySequence.StandardKey.Delete)
        for a in (self.undo_action, self.redo_action, self.delete_action):
            edit.addAction(a)
        view = bar.addMenu(self.tr("&View"))
        view.addAction(self._action(self.tr("Zoom to &all"), self.canvas.zoom_all, QKeySequence("Ctrl+Shift+F")))
        view.addAction(self._action(self.tr("Zoom to &selection"), self.zoom_selection, QKeySequence("Ctrl+J")))
        view.addSeparator()
        self.style_menu = view.addMenu(self.tr("&Colour hazards by"))
        self.style_group = QActionGroup(self)
        self.update_style_menu()
        view.addAction(self._action(self.tr("&Background map (MBTiles)..."), self.choose_background))
        view.addAction(self._action(self.tr("&No background map"), lambda: self.set_background(None)))
        view.addSeparator()
        for dock in (self.dock_table, self.dock_dashboard, self.dock_properties, self.dock_quality):
            view.addAction(dock.toggleViewAction())
        tools = bar.addMenu(self.tr("&Tools"))
        self.tool_group = QActionGroup(self)
        self.tool_actions = {}
        for name, text, key in (("pan", self.tr("&Pan"), "Ctrl+1"), ("select", self.tr("&Select"), "Ctrl+2"),
                                ("release", self.tr("&Draw release polygon"), "Ctrl+3"),
                                ("edit", self.tr("&Edit release vertices"), "Ctrl+4"),
                                ("split", self.tr("S&plit hazard with a line"), "Ctrl+5")):
            action = self._action(text, lambda checked=False, n=name: self.set_tool(n), key, checkable=True)
            self.tool_group.addAction(action)
            tools.addAction(action)
            self.tool_actions[name] = action
        self.tool_actions["pan"].setChecked(True)
        tools.addSeparator()
        self.mark_action = self._action(self.tr("&Mark selected released..."), self.mark_selected, "Ctrl+R")
        self.devices_action = self._action(self.tr("Record &devices found..."), self.record_devices, "Ctrl+D")
        tools.addAction(self.mark_action)
        tools.addAction(self.devices_action)
        tools.addSeparator()
        self.task_order_action = self._action(self.tr("&Task order for selected hazards..."), self.task_order, "Ctrl+T")
        self.completion_action = self._action(self.tr("&Completion report..."), self.completion_report)
        self.summary_action = self._action(self.tr("&Summary report for a period..."), self.summary_report)
        tools.addAction(self.task_order_action)
        tools.addAction(self.completion_action)
        tools.addAction(self.summary_action)
        settings_menu = bar.addMenu(self.tr("Se&ttings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        current = self.settings.value("language", "system")
        group = QActionGroup(self)
        for code, name in (("system", self.tr("As the system")), ("en", "English"), ("az", "Azərbaycanca"),
                           ("ru", "Русский")):
            action = self._action(name, lambda checked=False, c=code: self.set_language(c), checkable=True)
            action.setChecked(code == current)
            group.addAction(action)
            language_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About MineDesk"), self.about))
        toolbar = self.addToolBar(self.tr("Tools"))
        toolbar.setObjectName("toolsToolbar")
        for a in self.tool_actions.values():
            toolbar.addAction(a)
        toolbar.addSeparator()
        for a in (self.mark_action, self.devices_action, self.undo_action, self.redo_action):
            toolbar.addAction(a)
        self._update_recent_menu()
        self._update_actions()

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

    # ------------------------------------------------------------------ opening
    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open hazards or a project"), "", self.tr(OPENABLE))
        if path:
            self.open_path(path)

    def open_path(self, path: str, background: bool = True) -> None:
        """Open a project or files. In the background with a progress bar, unless told not to
        (screenshots and tests)."""
        if self._thread is not None:
            return
        self.statusBar().showMessage(self.tr("Opening {0} ...").format(path))
        if not background:
            loader = Loader(path)
            loader.drawn.set()  # no preview to wait for: everything happens here, in order
            loader.loaded.connect(self._loaded)
            loader.failed.connect(self._failed)
            loader.timeline.connect(self._timeline)
            loader.run()
            return
        self._cancelled = False
        self.progress.show()
        self.cancel_button.show()
        self._thread = QThread(self)
        self._loader = Loader(path)
        self._loader.moveToThread(self._thread)
        self._thread.started.connect(self._loader.run)
        self._loader.loaded.connect(self._loaded)
        self._loader.failed.connect(self._failed)
        self._loader.preview.connect(self._preview)
        self._loader.timeline.connect(self._timeline)
        self._loader.timeline.connect(self._thread.quit)
        self._loader.failed.connect(self._thread.quit)
        self._thread.finished.connect(self._load_done)
        self._thread.start()

    def cancel_load(self) -> None:
        """Stop waiting: what the worker loads is closed and dropped when it finishes."""
        self._cancelled = True
        if getattr(self, "_loader", None) is not None:
            self._loader.drawn.set()
        self.progress.hide()
        self.cancel_button.hide()
        self.statusBar().showMessage(self.tr("Opening cancelled"), 5000)

    def _load_done(self) -> None:
        self._thread.deleteLater()
        self._thread = None
        self.progress.hide()
        self.cancel_button.hide()

    def _timeline(self, cache) -> None:
        if not self._cancelled and self.project is not None:
            self.dashboard.set_timeline(cache)

    def _preview(self, data) -> None:
        """The map first: drawn as soon as the features are read, then the tallies are computed."""
        try:
            if not self._cancelled:
                self.canvas.set_preview(data)
                self.statusBar().showMessage(self.tr("Computing tallies ..."))
        finally:
            loader = self.sender()
            if isinstance(loader, Loader):
                loader.drawn.set()

    def _loaded(self, project, path: str, seconds: float) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        if self._cancelled:
            project.close()
            return
        if self.project is not None:
            self.project.close()
        self.project = project
        self.path = path
        from pyproj import Transformer

        self._to_wgs84 = Transformer.from_crs(project.crs, 4326, always_xy=True)
        style = str(self.settings.value("map_style", "type"))
        if style not in ("type", "progress") and style not in project.engine.hazards.attributes:
            style = "type"  # a column of another project
        self.canvas.style = style
        self.canvas.set_project(project)
        self.update_style_menu()
        self.dashboard.set_project(project)
        self.model = HazardTableModel(project, self)
        self.proxy = HazardFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().selectionChanged.connect(self._selection_from_table)
        fit_columns(self.table)
        self._show_properties(set())
        self.quality.set_project(project)
        if self.quality.findings:  # bad geometry is never accepted silently: show what was found
            self.dock_quality.show()
            self.dock_quality.raise_()
        if self._first_layout or self.quality.findings:
            if self.fit_tallies(width=self._first_layout):
                self._first_layout = False
        project.subscribe(self._project_changed)
        self._remember(path)
        background = self.settings.value("background", "")
        if background and self.canvas.basemap is None and Path(background).is_file():
            try:
                self.canvas.set_background(background, project.crs)
            except InputError:
                self.settings.setValue("background", "")
        self._update_title()
        self._update_actions()
        findings = len(self.quality.findings)
        if project.readonly_reason:
            self.statusBar().showMessage(self.tr("Opened read-only: {0}").format(project.readonly_reason), 30000)
            self.projectLoaded.emit(project)
            return
        if project.readonly and not path.endswith(".gpkg"):
            self.statusBar().showMessage(self.tr("{0} is shown read-only: File > Make project to record releases")
                                         .format(Path(path).name), 20000)
            self.projectLoaded.emit(project)
            return
        self.statusBar().showMessage(self.tr("Opened {0} in {1:.1f} s").format(Path(path).name, seconds)
                                     + (self.tr(" ({0} findings: see Data quality)").format(findings) if findings
                                        else ""), 10000)
        self.projectLoaded.emit(project)

    def _failed(self, path: str, message: str) -> None:
        self.statusBar().showMessage(self.tr("Could not open {0}").format(Path(path).name), 10000)
        self.error_box = show_error(self, message)

    def make_project(self) -> None:
        """Make a project of the files on show (as `minedesk import`), then open it."""
        from minedesk.exchange import import_project

        if self.project is None or not self.project.readonly or self.path is None or self.path.endswith(".gpkg"):
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the new project as"),
                                                str(Path(self.path).with_suffix(".gpkg")), self.tr("MineDesk projects (*.gpkg)"))
        if not target:
            return
        if refuse_protected(self, [target], self.project):
            return
        try:  # the save dialog asked before replacing ``target``
            import_project(target, self.path, _releases_beside(self.path), overwrite=[target])
        except InputError as err:
            self.error_box = show_error(self, err.message)
            return
        self.open_path(target)

    def export_dialog(self) -> None:
        from minedesk.exchange import export_files, export_project

        if self.project is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), "", self.tr(
            "GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson);;CSV (*.csv)"))
        if target:
            files = export_files(self.project, target)
            if refuse_protected(self, files, self.project):
                return
            others = [f for f in files if Path(f).with_suffix("") != Path(target).with_suffix("")]
            if not confirm_replace(self, others):
                return
            try:  # the save dialog asked for ``target`` (and its parts), confirm_replace for the rest
                written = export_project(self.project, target, overwrite=files)
                self.statusBar().showMessage(self.tr("Wrote {0}").format(", ".join(p.name for p in written)), 10000)
            except InputError as err:
                self.error_box = show_error(self, err.message)

    def save_map_picture(self, path: str | None = None) -> bool:
        """The map as shown (hazards, releases, legend, scale bar, north arrow) to a PNG or JPEG,
        at the screen's resolution: for slides and e-mails; task orders print their own maps."""
        if self.project is None:
            return False
        if path is None:
            name = f"{Path(self.path or 'map').stem}-map.png"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save map picture"), name,
                                                  self.tr("Pictures (*.png *.jpg)"))
            if not path:
                return False
        if Path(path).suffix.lower() not in (".png", ".jpg", ".jpeg"):
            path += ".png"
        if refuse_protected(self, [path], self.project):
            return False
        from minedesk.app.dialogs import source_files
        from minedesk.outputs import Outputs

        self.canvas.render()
        try:  # the save dialog asked before replacing ``path``; written whole or not at all
            with Outputs([path], inputs=source_files(self.project), overwrite=[path]) as out:
                if not self.canvas.grab().save(str(out.temp(path))):
                    self.error_box = show_error(self, self.tr("{0}: cannot write the picture; choose another folder")
                                                .format(path))
                    return False
                out.commit()
        except InputError as err:  # a missing folder, a full disk
            self.error_box = show_error(self, self.tr("{0}: cannot write the picture; choose another folder")
                                        .format(path) + f" ({err.problem})")
            return False
        self.statusBar().showMessage(self.tr("Wrote {0}").format(path), 10000)
        return True

    def _remember(self, path: str) -> None:
        recent = [p for p in (self.settings.value("recent", []) or []) if p != path]
        self.settings.setValue("recent", [path, *recent][:MAX_RECENT])
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for p in self.settings.value("recent", []) or []:
            self.recent_menu.addAction(p, lambda checked=False, p=p: self.open_path(p))

    def _update_title(self) -> None:
        if self.path is None:
            self.setWindowTitle("MineDesk")
        else:
            ro = self.project is not None and self.project.readonly
            self.setWindowTitle(f"{Path(self.path).name}{self.tr(' [read-only]') if ro else ''} - MineDesk")

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, ev) -> None:
        if ev.mimeData().hasUrls():
            ev.acceptProposedAction()

    def dropEvent(self, ev) -> None:
        urls = [u.toLocalFile() for u in ev.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_path(urls[0])

    # ------------------------------------------------------------------ selection
    def selected_rows(self) -> set[int]:
        return set(self.canvas.selection)

    def _show_hazard(self, hazard_id: str) -> None:
        """Select one hazard and bring it into view (from a finding of the data-quality check)."""
        self.select_ids([hazard_id])
        self.zoom_selection()

    def select_ids(self, ids) -> None:
        rows = {self.project.hazard_row(i) for i in ids}
        self.canvas.set_selection(rows)

    def _selection_from_map(self, rows: set[int]) -> None:
        self.dashboard.set_selection(rows)
        self._show_properties(rows)
        if getattr(self, "proxy", None) is None:
            return
        sel = self.table.selectionModel()
        sel.blockSignals(True)
        sel.clearSelection()
        for r in rows:
            i = self.model.model_row(r)
            if i is not None:
                index = self.proxy.mapFromSource(self.model.index(i, 0))
                sel.select(index, sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
                self.table.scrollTo(index)
        sel.blockSignals(False)
        self.table.viewport().update()

    def _selection_from_table(self, *args) -> None:
        rows = {self.model.engine_row(self.proxy.mapToSource(i).row()) for i in self.table.selectionModel().selectedRows()}
        self.canvas.set_selection(rows, emit=False)
        self.dashboard.set_selection(rows)
        self._show_properties(rows)

    def _show_properties(self, rows) -> None:
        if not rows or self.project is None:
            hint = self.tr("Nothing selected: click a hazard on the map or a row of the table.") \
                if self.project is not None else ""
            self.properties.setHtml(f"<p>{escape(hint)}</p>")
            return
        engine = self.project.engine
        ha = self.dashboard.hectares_text
        t = engine.totals(rows)
        figures = [(self.tr("Area"), ha(t.total_ha)), (self.tr("Released"), ha(t.released_ha))]
        names = {"cleared": self.tr("cleared"), "reduced": self.tr("reduced"), "cancelled": self.tr("cancelled")}
        figures += [(f"&nbsp;&nbsp;{names.get(k, k)}", ha(v)) for k, v in t.released_by_category_ha.items() if v]
        figures += [(self.tr("Remaining"), ha(t.remaining_ha)),
                    (self.tr("Devices found"), escape("  ".join(f"{k} {self.dashboard.locale.toString(v)}"
                                                                for k, v in t.devices.items())))]
        table = "".join(f"<tr><td>{k}</td><td align='right'>{v}</td></tr>" for k, v in figures)
        if len(rows) > 1:
            title = self.tr("{0} hazards").format(self.dashboard.locale.toString(len(rows)))
            self.properties.setHtml(f"<h3>{escape(title)}</h3><table>{table}</table>")
            return
        (row,) = rows
        hid = str(engine.hazards.ids[row])
        attrs = "".join(f"<tr><td>{escape(str(k))}</td><td>{'' if v[row] is None else escape(str(v[row]))}</td></tr>"
                        for k, v in engine.hazards.attributes.items())
        described = (" ".join(str(r[k]) for k in ("release_id", "category", "date", "team") if r[k])
                     for _, r in self.project.releases_of(hid))
        releases = "".join(f"<li>{escape(d)}</li>" for d in described)
        if releases:
            releases = f"<p><b>{escape(self.tr('Releases'))}</b></p><ul>{releases}</ul>"
        self.properties.setHtml(f"<h3>{escape(hid)}</h3><table>{table}</table><hr><table>{attrs}</table>{releases}")

    # ------------------------------------------------------------------ map style
    def update_style_menu(self) -> None:
        """Type, progress, and one entry per hazard attribute of the open project."""
        self.style_menu.clear()
        for action in self.style_group.actions():
            self.style_group.removeAction(action)
        choices = [("type", self.tr("&Type (CHA, SHA)")), ("progress", self.tr("&Progress (how much is released)"))]
        fields = [] if self.project is None else [f for f in self.project.engine.hazards.attributes
                                             if f not in ("hazard_type", "hazard_id")]
        choices += [(f, f) for f in fields]
        for i, (style, text) in enumerate(choices):
            if i == 2:
                self.style_menu.addSeparator()
            action = self._action(text, lambda checked=False, st=style: self.set_map_style(st), checkable=True)
            action.setData(style)
            action.setChecked(style == self.canvas.style)
            self.style_group.addAction(action)
            self.style_menu.addAction(action)

    def set_map_style(self, style: str) -> None:
        self.canvas.set_style(style)
        self.settings.setValue("map_style", style)
        for action in self.style_group.actions():
            action.setChecked(action.data() == style)

    def zoom_selection(self) -> None:
        if self.canvas.selection:
            self.canvas.zoom_to_rows(self.canvas.selection)

    # ------------------------------------------------------------------ commands
    def execute(self, command) -> bool:
        try:
            self.project.execute(command)
        except InputError as err:
            self.error_box = show_error(self, err.message)
            return False
        self.statusBar().showMessage(command.label, 8000)
        return True

    def _project_changed(self, event) -> None:
        self._update_actions()
        self._show_properties(self.canvas.selection)

    def _update_actions(self) -> None:
        project = self.project
        editable = project is not None and not project.readonly
        self.undo_action.setEnabled(bool(project and project.undo_label))
        self.redo_action.setEnabled(bool(project and project.redo_label))
        self.undo_action.setText(self.tr("&Undo {0}").format(project.undo_label) if project and project.undo_label
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {0}").format(project.redo_label) if project and project.redo_label
                                 else self.tr("&Redo"))
        for a in (self.mark_action, self.devices_action, self.delete_action, self.tool_actions["release"],
                  self.tool_actions["split"], self.tool_actions["edit"], self.completion_action):
            a.setEnabled(editable)
        self.task_order_action.setEnabled(project is not None)
        self.summary_action.setEnabled(project is not None)
        self.picture_action.setEnabled(project is not None)
        self.make_project_action.setEnabled(project is not None and project.readonly and
                                            not (self.path or "").endswith(".gpkg"))

    def undo(self) -> None:
        try:
            if self.project is not None and self.project.undo():
                self.statusBar().showMessage(self.tr("Undone"), 5000)
        except InputError as err:  # another program changed the project: nothing was undone
            self.error_box = show_error(self, err.message)

    def redo(self) -> None:
        try:
            if self.project is not None and self.project.redo():
                self.statusBar().showMessage(self.tr("Redone"), 5000)
        except InputError as err:
            self.error_box = show_error(self, err.message)

    def set_tool(self, name: str) -> None:
        self.tool_actions[name].setChecked(True)
        self.canvas.set_tool(name)
        self.canvas.setFocus()

    def _selected_ids(self) -> list[str]:
        return [str(self.project.engine.hazards.ids[r]) for r in sorted(self.canvas.selection)]

    def mark_selected(self, checked=False, values: dict | None = None) -> None:
        ids = self._selected_ids()
        if not ids:
            self.statusBar().showMessage(self.tr("Select one or more hazards first"), 5000)
            return
        if values is None:
            dialog = ReleaseDialog(self.tr("Mark {0} hazard(s) released").format(len(ids)), self,
                                   self.project.device_names)
            if dialog.exec() != ReleaseDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        self.execute(mark_released(ids, **values))  # devices counted once: the core says on which hazard

    def record_devices(self, checked=False, values: dict | None = None) -> None:
        ids = self._selected_ids()
        if len(ids) != 1:
            self.statusBar().showMessage(self.tr("Select one hazard first"), 5000)
            return
        releases = [r["release_id"] for _, r in self.project.releases_of(ids[0])]
        if not releases:
            self.error_box = show_error(self, self.tr("{0} has no release yet: mark it or draw a release first").format(ids[0]))
            return
        if values is None:
            dialog = DevicesDialog(releases, self, self.project.device_names)
            if dialog.exec() != DevicesDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        self.execute(RecordDevices(values["release_id"], values["devices"]))

    def delete_selected(self) -> None:
        ids = self._selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(self, "MineDesk", self.tr("Delete {0} hazard(s) with their releases? "
                                                                "(Edit > Undo brings them back)").format(len(ids)))
        if answer == QMessageBox.StandardButton.Yes:
            self.canvas.set_selection(set())
            self.execute(Batch([DeleteHazard(h) for h in ids]) if len(ids) > 1 else DeleteHazard(ids[0]))

    def _geometry_drawn(self, tool: str, geometry, values: dict | None = None) -> None:
        """A polygon drawn with the release tool, or a line with the split tool."""
        if self.project is None:
            return
        import shapely

        candidates = self.canvas.hazard_tree.query(geometry, predicate="intersects")
        if not len(candidates):
            self.error_box = show_error(self, self.tr("What you drew does not touch any hazard"))
            return
        if tool == "split":
            for row in candidates:
                self.execute(SplitHazard(str(self.project.engine.hazards.ids[row]), geometry))
            return
        overlap = shapely.area(shapely.intersection(self.canvas.hazard_geometry[candidates], geometry))
        row = int(candidates[overlap.argmax()])
        hid = str(self.project.engine.hazards.ids[row])
        if values is None:
            dialog = ReleaseDialog(self.tr("Release drawn on {0}").format(hid), self, self.project.device_names)
            if dialog.exec() != ReleaseDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        self.execute(AddRelease(hid, geometry, **values))

    def task_order(self) -> None:
        from minedesk.app.paper import TaskOrderDialog

        ids = self._selected_ids()
        if not ids:
            self.statusBar().showMessage(self.tr("Select one or more hazards first"), 5000)
            return
        self.task_order_dialog = TaskOrderDialog(self.project, ids, self)
        self.task_order_dialog.open()

    def summary_report(self) -> None:
        from minedesk.app.paper import SummaryDialog

        if self.project is None:
            return
        self.summary_dialog = SummaryDialog(self.project, self)
        self.summary_dialog.open()

    def completion_report(self) -> None:
        from minedesk.app.paper import completion_report

        completion_report(self)

    def _release_edited(self, fid: int, geometry) -> None:
        from minedesk.core.commands import EditRelease

        row = self.project.rows["releases"].get(fid)
        if row is not None:
            self.execute(EditRelease(row["release_id"], geometry))

    def choose_background(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Background map"), "", self.tr("MBTiles (*.mbtiles)"))
        if path:
            self.set_background(path)

    def set_background(self, path: str | None) -> None:
        """An offline background map under the hazards; remembered for the next start."""
        if self.project is None:
            self.settings.setValue("background", path or "")
            return
        try:
            self.canvas.set_background(path, self.project.crs)
        except InputError as err:
            self.error_box = show_error(self, err.message)
            return
        self.settings.setValue("background", path or "")

    def set_language(self, code: str) -> None:
        """Remembered, and used from the next start (menus are built once)."""
        self.settings.setValue("language", code)
        self.statusBar().showMessage(self.tr("The language changes when MineDesk starts again"), 8000)

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

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About MineDesk"), self.tr(
            "<h3>MineDesk {0}</h3><p>Land-release tallies, task orders and reports for mine action.</p>"
            "<p>Hectares are geodesic, on the WGS84 ellipsoid.</p>").format(__version__))

    # ------------------------------------------------------------------ closing
    def closeEvent(self, ev) -> None:
        # every edit was written when it was made: nothing to save, nothing to ask
        if self._thread is not None:  # a load still running: let it end, then drop what it made
            self._cancelled = True
            self._loader.drawn.set()  # no preview will be drawn now: the loader need not wait for it
            self._thread.quit()
            self._thread.wait()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        if self.project is not None:
            self.project.close()
        super().closeEvent(ev)
