"""The first screen of a new installation: the bundled sample, recent files, a short guide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

from minedesk.resources import resource


class WelcomeDialog(QDialog):
    """Its result, once accepted: ``path`` to open (the sample or a recent file), or ``browse``
    (the operator chose Open...); the window acts on it."""

    def __init__(self, recent: list[str], parent=None):
        super().__init__(parent)
        self.path: str | None = None
        self.browse = False
        self.assisted = False  # browse, then the import assistant
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to MineDesk"))
        layout = QVBoxLayout(self)
        guide = QLabel(self.tr(
            "<h2>MineDesk</h2>"
            "<p>Land released and remaining, in exact hectares, and the devices found: for every hazard, "
            "district and team, offline.</p>"
            "<ol><li><b>Open</b> a project, or hazard shapefiles handed out by the centre (File &gt; Open, or drop "
            "them on the window).</li>"
            "<li><b>Make a project</b> of them (File &gt; Make project): every edit is saved as you make it, "
            "undoable and audited.</li>"
            "<li><b>Select</b> hazards on the map or in the table; <b>mark them released</b> (Ctrl+R) or "
            "<b>draw</b> the released part (Ctrl+3); record devices found (Ctrl+D).</li>"
            "<li>The <b>Tallies</b> panel follows every edit; <b>Tools &gt; Task order</b> (Ctrl+T) prints "
            "the paper for the team.</li></ol>"))
        guide.setWordWrap(True)
        layout.addWidget(guide)
        row = QHBoxLayout()
        self.sample_button = QPushButton(self.tr("Open the sample (250 hazards in Azerbaijan)"))
        self.sample_button.clicked.connect(self.open_sample)
        open_button = QPushButton(self.tr("Open..."))
        open_button.clicked.connect(self.open_other)
        assist_button = QPushButton(self.tr("Open with the import assistant..."))
        assist_button.setToolTip(self.tr("Choose the layer, coordinates, text encoding, release file and what "
                                         "each column means before the files open"))
        assist_button.clicked.connect(self.open_assisted)
        row.addWidget(self.sample_button)
        row.addWidget(open_button)
        row.addWidget(assist_button)
        layout.addLayout(row)
        self.recent = QListWidget()
        for path in recent:
            self.recent.addItem(path)
        self.recent.itemActivated.connect(lambda item: self.choose(item.text()))
        if self.recent.count():
            layout.addWidget(QLabel(self.tr("Recent files")))
            layout.addWidget(self.recent)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)
        self.resize(640, 420)

    def choose(self, path: str) -> None:
        self.path = path
        self.accept()

    def open_sample(self) -> None:
        self.choose(str(sample_path()))

    def open_other(self) -> None:
        self.browse = True
        self.accept()

    def open_assisted(self) -> None:
        self.browse = self.assisted = True
        self.accept()

    @staticmethod
    def is_first_run(settings) -> bool:
        return not settings.value("welcomed", False, type=bool)


def sample_path() -> Path:
    return resource("sample", "hazards.shp")
