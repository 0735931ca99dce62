"""Small dialogs: mark released, record devices, errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from minedesk.core.commands import METHODS
from minedesk.core.values import MAX_DEVICES

CATEGORY_METHOD = {"cleared": "manual", "reduced": "technical survey", "cancelled": "non-technical survey"}


class ReleaseDialog(QDialog):
    """Category, method, date, team, depth and devices found, in one small form."""

    def __init__(self, title: str, parent: QWidget | None = None, devices=("AP", "AT", "UXO", "IED")):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.category = QComboBox()
        for value, text in (("cleared", self.tr("cleared")), ("reduced", self.tr("reduced")),
                            ("cancelled", self.tr("cancelled"))):
            self.category.addItem(text, value)
        self.method = QComboBox()
        self.method.setEditable(True)
        for value in METHODS:  # shown in the window's language, stored as the project's word
            self.method.addItem(QCoreApplication.translate("ReleaseMethod", value), value)
        self.category.currentIndexChanged.connect(
            lambda: self._set_method(CATEGORY_METHOD[self.category.currentData()]))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.team = QLineEdit()
        self.depth = QDoubleSpinBox()
        self.depth.setRange(0, 1000)
        self.depth.setSuffix(" cm")
        self.depth.setSpecialValueText(self.tr("not given"))
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Depth"), self.depth)
        self.devices = _device_rows(self, form, devices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.category.setCurrentIndex(0)
        self._set_method(CATEGORY_METHOD["cleared"])

    def _set_method(self, value: str) -> None:
        at = self.method.findData(value)
        if at >= 0:
            self.method.setCurrentIndex(at)
        else:
            self.method.setCurrentText(value)

    def method_value(self) -> str | None:
        """The method as the project stores it: a listed one in English, or what was typed."""
        text = self.method.currentText().strip()
        at = self.method.findText(text)
        return (self.method.itemData(at) if at >= 0 else text) or None

    def values(self) -> dict:
        return {
            "category": self.category.currentData(),
            "method": self.method_value(),
            "date": self.date.date().toString("yyyy-MM-dd"),
            "team": self.team.text().strip() or None,
            "depth_cm": self.depth.value() or None,
            "devices": {k: s.value() for k, s in self.devices.items() if s.value()} or None,
        }


class DevicesDialog(QDialog):
    """Devices found in one release of a hazard (counts added to what it records)."""

    def __init__(self, releases: list[str], parent: QWidget | None = None, devices=("AP", "AT", "UXO", "IED")):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record devices found"))
        form = QFormLayout(self)
        self.release = QComboBox()
        self.release.addItems(releases)
        form.addRow(self.tr("Release"), self.release)
        self.devices = _device_rows(self, form, devices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {"release_id": self.release.currentText(),
                "devices": {k: s.value() for k, s in self.devices.items() if s.value()}}


def _device_rows(dialog: QDialog, form: QFormLayout, devices) -> dict[str, QSpinBox]:
    """A count per device category, added to ``form``: whole numbers from 0 to the most one release
    can record (the core's rule, minedesk.core.values)."""
    spins = {}
    for name in devices:
        spin = QSpinBox()
        spin.setRange(0, MAX_DEVICES)
        spins[name] = spin
        # one context for both dialogs, named here: lupdate cannot tell which class ``dialog`` is
        form.addRow(QCoreApplication.translate("ReleaseDialog", "{0} found").format(name), spin)
    return spins


def show_error(parent: QWidget | None, message: str) -> QMessageBox:
    """The same one-line message as the command line: which file, what is wrong, what to do.
    Window-modal and non-blocking: the session goes on behind it."""
    box = QMessageBox(QMessageBox.Icon.Warning, "MineDesk", message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.open()
    return box


def source_files(project) -> list:
    """The files the open project was read from (the project itself, or the files on show)."""
    store = project.store
    return [getattr(store, "path", None), getattr(store, "releases_path", None)]


def refuse_protected(parent: QWidget, paths, project) -> bool:
    """When a save dialog's choice is a file MineDesk never writes over (the open project, a
    file it was read from, any project), say so and return True."""
    from minedesk.outputs import protected

    for path in paths:
        why = protected(path, source_files(project) if project is not None else [])
        if why is None:
            continue
        if why == "project":
            text = QCoreApplication.translate(
                "Outputs", "{0} is a MineDesk project: MineDesk never writes over a project. Choose another name.")
            text = text.format(path)
        else:
            text = QCoreApplication.translate(
                "Outputs", "{0} is the open project or one of the files it was read from ({1}): MineDesk never "
                "writes over them. Choose another name.").format(path, why)
        parent.error_box = show_error(parent, text)
        return True
    return False


def confirm_replace(parent: QWidget, paths) -> bool:
    """Ask before replacing files the save dialog did not name (a shapefile's parts, the CSV
    beside a PDF, an export's companions). True when none exists or the operator agrees."""
    import os

    existing = [str(p) for p in paths if os.path.lexists(p)]
    if not existing:
        return True
    text = QCoreApplication.translate("Outputs", "These files exist already:\n{0}\n\nReplace them?").format(
        "\n".join(existing))
    answer = QMessageBox.question(parent, "MineDesk", text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
