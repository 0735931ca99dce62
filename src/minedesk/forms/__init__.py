"""Dialogs written once for the application (PySide6) and the QGIS plugin (PyQt5), through the
binding-neutral widgets of :mod:`minedesk.forms.qt` (decision 0014)."""
