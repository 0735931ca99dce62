"""The MineDesk core: model, areas, tallies, validation. Pure Python, no Qt, no file I/O.

The GUI, the command line and the QGIS plugin all stand on this package.
"""
