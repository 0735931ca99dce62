"""Opening a project (or files shown read-only) off the GUI thread: the map as soon as the
features are read, the tallies when they are computed, a progress bar with Cancel meanwhile."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from minedesk.app.dialogs import show_error
from minedesk.app.messages import error_text, say
from minedesk.core.errors import InputError
from minedesk.core.mapping import column_named

PREVIEW_WAIT_S = 2.0  # the longest the loader waits for the window to draw the preview


def load_project(path: str, preview=None, reading: dict | None = None):
    """A project (or a read-only view of files) ready to show: runs off the GUI thread.
    ``preview(data)`` is called with the features as soon as they are read. ``reading``: how to
    read plain files (releases, layer, releases_layer, crs, encoding, mapping, link_by_id), as
    ``minedesk tally`` takes them; the release file beside the hazards is found when not given."""
    from minedesk.exchange import open_source

    options = dict(reading or {})
    releases = releases_of(path, options)
    return open_source(path, releases, locked_readonly=True, preview=preview, **options)


def releases_of(path: str, options: dict) -> str | None:
    """The release file of a ``reading`` (taken out of ``options``): the one it names; none when it
    says ``releases: None`` (the import assistant's "none"); else the one beside the hazards."""
    if "releases" in options:
        releases = options.pop("releases")
        if releases or releases is None:
            return releases
    return None if options.get("releases_layer") else releases_beside(path)


def releases_beside(path: str) -> str | None:
    """Shapefiles handed out by a centre come in pairs: hazards.shp with clearance.shp."""
    p = Path(path)
    for name in ("clearance", "releases", "release", "cleared"):
        candidate = p.with_name(f"{name}{p.suffix}")
        if candidate.exists() and candidate != p:
            return str(candidate)
    return None


class Loader(QObject):
    """Loads a project in a worker thread; the window shows a progress bar with Cancel."""

    loaded = Signal(object, str, float)
    failed = Signal(str, str, str)  # path, the message, the problem (what the import assistant can fix)
    preview = Signal(object)
    timeline = Signal(object)

    def __init__(self, path: str, reading: dict | None = None):
        super().__init__()
        self.path = path
        self.reading = reading
        self.drawn = threading.Event()  # set by the window once the preview is on screen

    def _preview(self, data) -> None:
        # the map first: let the window draw it before the tallies take the interpreter (the
        # two would share it and both be late); never wait long, whatever the window does
        self.preview.emit(data)
        self.drawn.wait(PREVIEW_WAIT_S)

    def run(self) -> None:
        t0 = time.perf_counter()
        try:
            project = load_project(self.path, self._preview, self.reading)
        except InputError as err:
            self.failed.emit(self.path, error_text(err), say(err.problem_msg))
        except Exception as err:  # noqa: BLE001 - anything else still must not crash the session
            self.failed.emit(self.path, f"{self.path}: cannot be opened ({type(err).__name__}: {err})", "")
        else:
            # copy what the chart of released hectares over time needs, hand the project to the
            # window, then compute the chart here from the copy (the GUI edits the project)
            from minedesk.core.summary import timeline_inputs, timelines

            inputs = timeline_inputs(project, project.hazard_ids())
            self.loaded.emit(project, self.path, time.perf_counter() - t0)
            self.timeline.emit(timelines(inputs, project.engine.meter))


class Loading:
    """The MainWindow's part that opens files: :meth:`open_path` and what follows a load. A
    loaded project goes to the application state, which hands it to every view."""

    _thread: QThread | None = None
    _loader: Loader | None = None
    _cancelled = False
    assistant = None  # the import assistant, while it is open
    assistant_enabled = True  # off where nobody can answer (screenshots)
    _load_over = False  # the load in the background has failed; its thread is ending

    def open_path(self, path: str, background: bool = True, reading: dict | None = None) -> None:
        """Open a project or files. In the background with a progress bar, unless told not to
        (screenshots and tests). ``reading``: how to read plain files (see :func:`load_project`);
        a project made of them is made the same way."""
        if self._thread is not None:
            if not self._load_over:
                return  # one load at a time
            self._thread.quit()  # the last one failed and its thread is ending (the assistant answered fast)
            self._thread.wait()
            self._load_done(self._thread)
        self._background = background  # the import assistant opens the file again the same way
        self.reading_options[path] = dict(reading or {})
        self.statusBar().showMessage(self.tr("Opening {0} ...").format(path))
        if not background:
            loader = Loader(path, reading)
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
        self._loader = Loader(path, reading)
        self._loader.moveToThread(self._thread)
        self._thread.started.connect(self._loader.run)
        self._loader.loaded.connect(self._loaded)
        self._loader.failed.connect(self._failed)
        self._loader.preview.connect(self._preview)
        self._loader.timeline.connect(self._timeline)
        self._loader.timeline.connect(self._thread.quit)
        self._loader.failed.connect(self._thread.quit)
        thread = self._thread
        thread.finished.connect(lambda: self._load_done(thread))
        self._thread.start()

    def cancel_load(self) -> None:
        """Stop waiting: what the worker loads is closed and dropped when it finishes."""
        self._cancelled = True
        if self._loader is not None:
            self._loader.drawn.set()
        self.progress.hide()
        self.cancel_button.hide()
        self.statusBar().showMessage(self.tr("Opening cancelled"), 5000)

    def stop_loading(self) -> None:
        """The window closes while a load runs: let it end, then drop what it made."""
        if self._thread is None:
            return
        self._cancelled = True
        self._loader.drawn.set()  # no preview will be drawn now: the loader need not wait for it
        self._thread.quit()
        self._thread.wait()

    def _load_done(self, thread) -> None:
        if thread is not self._thread:  # a thread already let go (told twice)
            return
        self._load_over = False
        thread.deleteLater()
        self._thread = None
        self._loader = None
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
        from pyproj import Transformer

        self._to_wgs84 = Transformer.from_crs(project.crs, 4326, always_xy=True)
        style = str(self.settings.value("map_style", "type"))
        if style not in ("type", "progress") and column_named(project.engine.hazards.attributes, style) is None:
            style = "type"  # a column of another project
        self.canvas.style = style
        self.state.set_project(project, path)  # every view takes it; the project before is closed
        self._remember(path)
        background = self.settings.value("background", "")
        if background and self.canvas.basemap is None and Path(background).is_file():
            try:
                self.canvas.set_background(background, project.crs)
            except InputError:
                self.settings.setValue("background", "")
        findings = len(self.quality.findings)
        if self._encoding_guessed(project, path):
            self.open_with_assistant(path, self.tr(
                "No .cpg file says how the text of {0} is encoded, and it was guessed: choose the encoding "
                "with which the names read right.").format(Path(path).name))
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

    def _failed(self, path: str, message: str, problem: str = "") -> None:
        self._load_over = True
        self.statusBar().showMessage(self.tr("Could not open {0}").format(Path(path).name), 10000)
        from minedesk.app.assistant import can_help

        if self.assistant_enabled and can_help(path, problem):
            self.open_with_assistant(path, self.tr("{0} {1}: choose below what MineDesk could not tell, then "
                                                   "Open.").format(Path(path).name, problem))
            return
        self.error_box = show_error(self, message)

    def _encoding_guessed(self, project, path: str) -> bool:
        """A file read with a guessed text encoding (no .cpg, and none was chosen) that has text
        beyond ASCII: the import assistant asks."""
        from minedesk.core.schema import ENCODING_GUESSED

        return (self.assistant_enabled and project.readonly and not path.endswith(".gpkg")
                and not (self.reading_options.get(path) or {}).get("encoding")
                and any(f.kind == ENCODING_GUESSED for f in project.reading_findings))

    def open_with_assistant(self, path: str, reason: str = "") -> None:
        """The import assistant for ``path`` (File > Import assistant, or a file that needs a
        choice); once accepted the file opens with its choices (and Make project keeps them)."""
        from minedesk.app.assistant import ImportAssistant

        self.assistant = ImportAssistant(path, self.reading_options.get(path), reason, self.settings, self)
        background = getattr(self, "_background", True)
        self.assistant.accepted.connect(
            lambda: self.open_path(path, background=background, reading=self.assistant.reading()))
        self.assistant.open()
