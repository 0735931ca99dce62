"""The Data quality panel: every finding of the project's check, one row each; a double-click
selects the hazard it is about (or the hazard of the release) and zooms to it."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minedesk.app.messages import finding_detail, translate
from minedesk.core.errors import InputError

AUTO_SECONDS = 0.25  # a check faster than this runs again by itself after every edit
AUTO_HAZARDS = 5000  # larger projects show what reading found, and are checked in full on demand


class QualityPanel(QWidget):
    """Findings of :func:`minedesk.core.check.check_project`, kept current while they are cheap."""

    hazardActivated = Signal(str)  # the hazard id a finding is about

    def __init__(self, parent=None):
        super().__init__(parent)
        self.project = None
        self.findings: list = []
        self.last_seconds = 0.0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.again = QPushButton(self.tr("Check again"))
        self.again.clicked.connect(self.run)
        top.addWidget(self.summary, 1)
        top.addWidget(self.again)
        layout.addLayout(top)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Layer"), self.tr("Feature"), self.tr("Finding"), self.tr("Detail")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self, singleShot=True, interval=300, timeout=self.run)

    def set_project(self, project) -> None:
        """Check ``project`` and follow its edits (no longer those of the project before)."""
        if self.project is not None:
            self.project.unsubscribe(self._project_changed)
        self._timer.stop()
        self.project = project
        project.subscribe(self._project_changed)
        if len(project.hazard_ids()) <= AUTO_HAZARDS:
            self.run()
            return
        # national scale: the full check takes a second; what reading found is free
        self.last_seconds = AUTO_SECONDS
        from minedesk.core.check import found_when_read

        self._show(found_when_read(project))
        self.summary.setText(self.tr("{0} finding(s) from reading the project; Check again for duplicates, long "
                                     "edges, reported areas and releases outside hazards").format(len(self.findings)))

    def _project_changed(self, event) -> None:
        if self.last_seconds < AUTO_SECONDS:
            self._timer.start()
        else:
            self.summary.setText(self.tr("{0} finding(s) before the last edit: Check again to bring them up to date")
                                 .format(len(self.findings)))

    def run(self) -> None:
        from minedesk.core.check import check_project

        if self.project is None:
            return
        t0 = time.perf_counter()
        self._show(check_project(self.project))
        self.last_seconds = time.perf_counter() - t0
        if self.findings:
            self.summary.setText(self.tr("{0} finding(s); double-click one to see the hazard").format(len(self.findings)))
        else:
            self.summary.setText(self.tr("No problems found in the hazards or the releases"))

    def _show(self, findings) -> None:
        self.findings = findings
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.findings))
        layers = {"hazards": self.tr("hazards"), "releases": self.tr("releases")}
        for i, (layer, f) in enumerate(self.findings):
            shown = (layers.get(layer, layer), f.label, translate(f.kind), finding_detail(f))
            for j, text in enumerate(shown):
                item = QTableWidgetItem(str(text))
                item.setToolTip(str(text))  # the detail is often wider than its column
                self.table.setItem(i, j, item)
            self.table.item(i, 0).setData(Qt.ItemDataRole.UserRole, layer)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()

    def _activated(self, row: int, column: int) -> None:
        layer, label = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole), self.table.item(row, 1).text()
        project = self.project
        hazard_ids = set(project.hazard_ids())
        if layer == "hazards" and label in hazard_ids:
            self.hazardActivated.emit(label)
            return
        try:
            _, release = project.release(label)
        except InputError:  # a release known only by its position, or gone since
            return
        if release["hazard_id"] in hazard_ids:
            self.hazardActivated.emit(release["hazard_id"])
