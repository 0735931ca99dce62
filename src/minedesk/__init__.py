"""MineDesk: land-release tallies, task orders and reports for mine action."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("minedesk")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"
