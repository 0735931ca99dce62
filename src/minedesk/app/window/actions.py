"""The menus and the tool bar: every action, its shortcut, and when it is enabled (which
follows the application state: the open project, whether it can be edited, the undo stack).
The map style menu and the language menu live here too."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox

from minedesk import __version__


class Actions:
    """The MainWindow's part that builds the menus and keeps their actions' states."""

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
        file.addAction(self._action(self.tr("Open with the &import assistant..."), self.assistant_dialog))
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
        self.coordinates_action = self._action(self.tr("New &polygon from coordinates..."),
                                               self.polygon_from_coordinates, "Ctrl+Shift+P")
        for a in (self.undo_action, self.redo_action, self.delete_action):
            edit.addAction(a)
        edit.addSeparator()
        edit.addAction(self.coordinates_action)
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
        # Undo and Redo first: on a narrow screen (1366 wide, long Russian labels) the tool bar's end
        # goes into its overflow menu, and what goes there is also in the Tools menu, with its key
        for a in (self.undo_action, self.redo_action):
            toolbar.addAction(a)
        toolbar.addSeparator()
        for a in self.tool_actions.values():
            toolbar.addAction(a)
        toolbar.addSeparator()
        for a in (self.mark_action, self.devices_action):
            toolbar.addAction(a)
        self._update_recent_menu()
        self.update_actions()

    def update_actions(self, undo=None) -> None:
        """Enable what the open project allows; Undo and Redo name what they would do (the
        application state's UndoState, ``undo``, after every edit)."""
        project = self.project
        undo = undo if undo is not None else self.state.undo
        editable = project is not None and not project.readonly
        self.undo_action.setEnabled(undo.can_undo)
        self.redo_action.setEnabled(undo.can_redo)
        self.undo_action.setText(self.tr("&Undo {0}").format(undo.undo_label) if undo.can_undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {0}").format(undo.redo_label) if undo.can_redo else self.tr("&Redo"))
        for a in (self.mark_action, self.devices_action, self.delete_action, self.tool_actions["release"],
                  self.tool_actions["split"], self.tool_actions["edit"], self.completion_action,
                  self.coordinates_action):
            a.setEnabled(editable)
        self.task_order_action.setEnabled(project is not None)
        self.summary_action.setEnabled(project is not None)
        self.picture_action.setEnabled(project is not None)
        self.make_project_action.setEnabled(project is not None and project.readonly and
                                            not (self.path or "").endswith(".gpkg"))

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

    # ------------------------------------------------------------------ language, about
    def set_language(self, code: str) -> None:
        """Remembered, and used from the next start (menus are built once)."""
        self.settings.setValue("language", code)
        self.statusBar().showMessage(self.tr("The language changes when MineDesk starts again"), 8000)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About MineDesk"), self.tr(
            "<h3>MineDesk {0}</h3><p>Land-release tallies, task orders and reports for mine action.</p>"
            "<p>Hectares are geodesic, on the WGS84 ellipsoid.</p>").format(__version__))
