"""Commands from the menus, the map's tools and the dialogs, run on the open project: mark
released, record devices, delete, draw a release, split, edit a release's vertices, undo and
redo; task orders and reports. Every edit is a command of minedesk.core.commands; the views
follow the project's event, not this code."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from minedesk.app.dialogs import DevicesDialog, ReleaseDialog, show_error
from minedesk.app.messages import error_text, say
from minedesk.core.commands import Batch, DeleteHazard, RecordDevices, SplitHazard, mark_released, release_drawn
from minedesk.core.errors import InputError


class Editing:
    """The MainWindow's part that turns what the operator asks for into commands."""

    def execute(self, command) -> bool:
        try:
            self.project.execute(command)
        except InputError as err:
            self.error_box = show_error(self, error_text(err))
            return False
        self.statusBar().showMessage(say(getattr(command, "message", None) or command.label), 8000)
        return True

    def undo(self) -> None:
        try:
            if self.project is not None and self.project.undo():
                self.statusBar().showMessage(self.tr("Undone"), 5000)
        except InputError as err:  # another program changed the project: nothing was undone
            self.error_box = show_error(self, error_text(err))

    def redo(self) -> None:
        try:
            if self.project is not None and self.project.redo():
                self.statusBar().showMessage(self.tr("Redone"), 5000)
        except InputError as err:
            self.error_box = show_error(self, error_text(err))

    def set_tool(self, name: str) -> None:
        self.tool_actions[name].setChecked(True)
        self.canvas.set_tool(name)
        self.canvas.setFocus()

    def _selected_ids(self) -> list[str]:
        return self.state.selected_ids()

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
            self.state.select(set())
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
        try:  # on every hazard it covers: no land drawn is dropped (the core's rule, as import does)
            command = release_drawn(self.project, geometry, **values)
        except InputError as err:
            self.error_box = show_error(self, error_text(err))
            return
        self.execute(command)

    def polygon_from_coordinates(self, checked=False) -> None:
        """Edit > New polygon from coordinates...: a hazard, or a release of the selected hazard,
        from typed or pasted turning points and legs (the dialog is minedesk.forms', shared with
        QGIS); drawn live on the map; one undoable command."""
        if self.project is None or self.project.readonly:
            self.statusBar().showMessage(self.tr("Open a project (.gpkg) to add polygons"), 5000)
            return
        from minedesk.forms.coordinates import CoordinatesDialog

        ids = self._selected_ids()
        targets = [("hazard", self.tr("New hazard"))]
        context = {}
        if len(ids) == 1:
            targets.insert(0, ("release", self.tr("Release of the selected hazard {0}").format(ids[0])))
            shape = self.project.engine.meter.to_wgs84(self.project.hazard_shape(ids[0]))
            import shapely

            context["release"] = [list(r.coords) for p in shapely.get_parts(shape) for r in [p.exterior]]
        dialog = CoordinatesDialog(targets, self, context=context)
        dialog.hazard_id = ids[0] if len(ids) == 1 else None
        dialog.previewed.connect(self._outline_previewed)
        dialog.accepted.connect(lambda: self._coordinates_accepted(dialog))
        dialog.finished.connect(lambda *_: self.canvas.set_outline_preview(None, None, None))
        self.coordinates_dialog = dialog
        dialog.open()

    def _outline_previewed(self, outline) -> None:
        from pyproj import CRS, Transformer

        to_map = Transformer.from_crs(CRS.from_epsg(4326), self.project.crs, always_xy=True)

        def there(points):
            if not points:
                return []
            xs, ys = to_map.transform([p[0] for p in points], [p[1] for p in points])
            return list(zip(xs, ys, strict=True))

        walked = [(r.lon, r.lat) for r in outline.rows if r.lon is not None]
        self.canvas.set_outline_preview(there(walked), there(outline.ring), there(outline.crossings))

    def _coordinates_accepted(self, dialog) -> None:
        from minedesk.core.commands import polygon_command

        values = dialog.values()
        try:
            polygon = dialog.polygon()
            target = values.pop("target")
            hazard_id = values.pop("hazard_id", None) if target == "hazard" else dialog.hazard_id
            if target == "release":  # dated today, as the command line does; devices: Record devices found
                import datetime

                values["date"] = datetime.date.today().isoformat()
            command = polygon_command(self.project, polygon, target, hazard_id, **values)
        except InputError as err:
            self.error_box = show_error(self, err.message)
            return
        if self.execute(command):
            self.statusBar().showMessage(f"{say(command.message)} · {say(dialog.outline.misclosure_text())}", 12000)

    def _release_edited(self, fid: int, geometry) -> None:
        from minedesk.core.commands import EditRelease

        row = self.project.rows["releases"].get(fid)
        if row is not None:
            self.execute(EditRelease(row["release_id"], geometry))

    # ------------------------------------------------------------------ paper
    def task_order(self) -> None:
        from minedesk.app.paper import TaskOrderDialog

        ids = self._selected_ids()
        if not ids:
            self.statusBar().showMessage(self.tr("Select one or more hazards first"), 5000)
            return
        self.task_order_dialog = TaskOrderDialog(self.project, ids, self)
        self.task_order_dialog.written.connect(self._paper_written)
        self.task_order_dialog.open()

    def summary_report(self) -> None:
        from minedesk.app.paper import SummaryDialog

        if self.project is None:
            return
        self.summary_dialog = SummaryDialog(self.project, self)
        self.summary_dialog.written.connect(self._paper_written)
        self.summary_dialog.open()

    def completion_report(self) -> None:
        from minedesk.app.paper import completion_report

        path = completion_report(self, self.project)
        if path:
            self.statusBar().showMessage(self.tr("Wrote {0}").format(path), 10000)

    def _paper_written(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def close_paper_dialogs(self) -> None:
        """Task order and summary dialogs belong to the project they were opened on: another
        project is shown now, so they close (and let go of that project)."""
        for name in ("task_order_dialog", "summary_dialog"):
            dialog = getattr(self, name, None)
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
                setattr(self, name, None)
