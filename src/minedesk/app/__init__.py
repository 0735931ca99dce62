"""The MineDesk desktop application (PySide6 + pyqtgraph), a thin layer over minedesk.core."""
