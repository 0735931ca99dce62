"""The File menu's work: open, make a project of the files on show, export, save the map
picture; recent files, the background map, the welcome screen, drag and drop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from minedesk.app.dialogs import confirm_replace, refuse_protected, show_error, source_files
from minedesk.app.messages import error_text, say
from minedesk.app.window.loading import releases_of
from minedesk.core.errors import InputError

OPENABLE = "GIS files (*.gpkg *.shp *.zip *.geojson *.json);;MineDesk projects (*.gpkg);;All files (*)"
MAX_RECENT = 8


class FileOperations:
    """The MainWindow's part that reads and writes files chosen by the operator."""

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open hazards or a project"), "", self.tr(OPENABLE))
        if path:
            self.open_path(path)

    def assistant_dialog(self) -> None:
        """File > Import assistant: choose a hazard file, then its layer, CRS, encoding, release
        file and the meaning of its columns in the assistant."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open hazards with the import assistant"), "",
                                              self.tr(OPENABLE))
        if path:
            self.open_with_assistant(path)

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
            reading = dict(self.reading_options.get(self.path) or {})  # read as it was shown
            releases = releases_of(self.path, reading)
            import_project(target, self.path, releases, overwrite=[target], **reading)
        except InputError as err:
            self.error_box = show_error(self, error_text(err))
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
                self.error_box = show_error(self, error_text(err))

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
                                        .format(path) + f" ({say(err.problem_msg)})")
            return False
        self.statusBar().showMessage(self.tr("Wrote {0}").format(path), 10000)
        return True

    # ------------------------------------------------------------------ recent files
    def _remember(self, path: str) -> None:
        recent = [p for p in (self.settings.value("recent", []) or []) if p != path]
        self.settings.setValue("recent", [path, *recent][:MAX_RECENT])
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for p in self.settings.value("recent", []) or []:
            self.recent_menu.addAction(p, lambda checked=False, p=p: self.open_path(p))

    def show_welcome(self):
        """The first screen of a new installation; what the operator picks there is opened."""
        from minedesk.app.welcome import WelcomeDialog

        self.welcome = WelcomeDialog(self.settings.value("recent", []) or [], self)
        self.welcome.accepted.connect(self._welcome_chosen)
        self.welcome.open()
        return self.welcome

    def _welcome_chosen(self) -> None:
        if self.welcome.assisted:
            self.assistant_dialog()
        elif self.welcome.browse:
            self.open_dialog()
        elif self.welcome.path:
            self.open_path(self.welcome.path)

    # ------------------------------------------------------------------ background map
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
            self.error_box = show_error(self, error_text(err))
            return
        self.settings.setValue("background", path or "")

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, ev) -> None:
        if ev.mimeData().hasUrls():
            ev.acceptProposedAction()

    def dropEvent(self, ev) -> None:
        urls = [u.toLocalFile() for u in ev.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_path(urls[0])
