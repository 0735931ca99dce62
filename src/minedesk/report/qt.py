"""The Qt the reports draw with, whichever binding is there: PySide6 in the application,
PyQt5 inside QGIS. Report code imports Qt only from here, so the QGIS plugin never loads PySide6.

``MINEDESK_QT_API=pyqt5`` (or ``pyside6``) forces one; otherwise an already imported binding
wins, then PySide6, then PyQt5.
"""

from __future__ import annotations

import os
import sys

_wanted = os.environ.get("MINEDESK_QT_API", "").lower()
if not _wanted:
    _wanted = "pyqt5" if "PyQt5" in sys.modules and "PySide6" not in sys.modules else "pyside6"

if _wanted == "pyqt5":
    from PyQt5.QtCore import (  # type: ignore  # noqa: F401
        QBuffer,
        QByteArray,
        QIODevice,
        QLocale,
        QMarginsF,
        QPointF,
        QRectF,
        QSizeF,
        Qt,
        QTranslator,
    )
    from PyQt5.QtGui import (  # type: ignore  # noqa: F401
        QBrush,
        QColor,
        QFont,
        QFontDatabase,
        QFontMetricsF,
        QGuiApplication,
        QImage,
        QPageLayout,
        QPageSize,
        QPainter,
        QPainterPath,
        QPdfWriter,
        QPen,
        QPolygonF,
    )

    API = "pyqt5"
else:
    from PySide6.QtCore import (  # noqa: F401
        QBuffer,
        QByteArray,
        QIODevice,
        QLocale,
        QMarginsF,
        QPointF,
        QRectF,
        QSizeF,
        Qt,
        QTranslator,
    )
    from PySide6.QtGui import (  # noqa: F401
        QBrush,
        QColor,
        QFont,
        QFontDatabase,
        QFontMetricsF,
        QGuiApplication,
        QImage,
        QPageLayout,
        QPageSize,
        QPainter,
        QPainterPath,
        QPdfWriter,
        QPen,
        QPolygonF,
    )

    API = "pyside6"


def ensure_app():
    """Fonts and PDF writing need a (GUI) application; make an offscreen one if there is none."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        try:  # a full QApplication, so that widgets can come later in the same process
            if API == "pyqt5":
                from PyQt5.QtWidgets import QApplication  # type: ignore
            else:
                from PySide6.QtWidgets import QApplication
        except ImportError:
            QApplication = QGuiApplication  # noqa: N806
        app = QApplication(sys.argv[:1])
    return app


def translated(translator, context: str, text: str) -> str:
    """``translator``'s translation of ``text`` ('' when it has none). PyQt5 passes a str to
    Qt's ``const char *`` as ASCII; the .qm files key their texts by UTF-8, so it gets bytes."""
    if API == "pyqt5":
        return translator.translate(context.encode("utf-8"), text.encode("utf-8"))
    return translator.translate(context, text)
