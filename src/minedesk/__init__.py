"""MineDesk: land-release tallies, task orders and reports for mine action."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("minedesk")
except PackageNotFoundError:  # a copy inside the QGIS plugin, or a source tree not installed
    try:
        from minedesk._version import version as __version__  # written when the plugin is built
    except ImportError:
        __version__ = "0+unknown"
