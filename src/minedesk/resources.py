"""Where MineDesk's bundled files are: the sample dataset, fonts, translations, icons.

Looked for in the installed package (``minedesk/_resources``, copied there when the wheel is
built), in a PyInstaller folder (``<app>/resources``), then in the source tree (``resources/``).
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_CANDIDATES = [
    _HERE / "_resources",
    Path(getattr(sys, "_MEIPASS", _HERE)) / "resources",
    _HERE.parents[1] / "resources",
]


def resources_dir() -> Path:
    for folder in _CANDIDATES:
        if (folder / "sample").is_dir() or (folder / "fonts").is_dir():
            return folder
    return _CANDIDATES[-1]


def resource(*parts: str) -> Path:
    """The path of a bundled file or folder, e.g. ``resource("sample", "hazards.shp")``."""
    return resources_dir().joinpath(*parts)
