"""The Qt widgets the shared dialogs use, from the binding :mod:`minedesk.report.qt` chose:
PyQt5 inside QGIS, PySide6 in the application. Dialog code imports Qt only from here."""

from __future__ import annotations

from minedesk.report.qt import API, QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPointF, QRectF, Qt  # noqa: F401

if API == "pyqt5":
    from PyQt5.QtCore import QCoreApplication, QTimer  # type: ignore
    from PyQt5.QtCore import pyqtSignal as Signal  # type: ignore
    from PyQt5.QtGui import QGuiApplication, QKeySequence  # type: ignore
    from PyQt5.QtWidgets import (  # type: ignore
        QAbstractItemView,
        QCheckBox,
        QComboBox,
        QDialog,
        QDialogButtonBox,
        QDoubleSpinBox,
        QFormLayout,
        QGridLayout,
        QHBoxLayout,
        QHeaderView,
        QLabel,
        QLineEdit,
        QPushButton,
        QSizePolicy,
        QSplitter,
        QTableWidget,
        QTableWidgetItem,
        QVBoxLayout,
        QWidget,
    )
else:
    from PySide6.QtCore import (  # noqa: F401
        QCoreApplication,
        QTimer,
        Signal,
    )
    from PySide6.QtGui import QGuiApplication, QKeySequence  # noqa: F401
    from PySide6.QtWidgets import (  # noqa: F401
        QAbstractItemView,
        QCheckBox,
        QComboBox,
        QDialog,
        QDialogButtonBox,
        QDoubleSpinBox,
        QFormLayout,
        QGridLayout,
        QHBoxLayout,
        QHeaderView,
        QLabel,
        QLineEdit,
        QPushButton,
        QSizePolicy,
        QSplitter,
        QTableWidget,
        QTableWidgetItem,
        QVBoxLayout,
        QWidget,
    )


def exec_dialog(dialog) -> int:
    """``exec()`` in both bindings (PyQt5 also has it since 5.x)."""
    return dialog.exec() if hasattr(dialog, "exec") else dialog.exec_()
