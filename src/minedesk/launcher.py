"""The ``minedesk`` program: a command of the command line, or the window.

It stands above both :mod:`minedesk.cli` and :mod:`minedesk.app`, which never import each
other: the command line parses every invocation (``minedesk [FILE ...]`` is ``minedesk open``)
and hands the window's arguments back here.
"""

from __future__ import annotations

import importlib.util
import sys

from minedesk import cli
from minedesk.core.errors import InputError

#: What the window needs beyond the command line (the ``gui`` extra).
GUI_MODULES = ("PySide6", "pyqtgraph")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if "--reset-settings" in argv:
        argv.remove("--reset-settings")
        if _missing_gui():
            print("minedesk: no window settings to reset (the desktop application is not installed)", file=sys.stderr)
        else:
            from minedesk.app.main import reset_settings

            print(f"minedesk: settings reset ({reset_settings()})", file=sys.stderr)
        if not argv:
            return cli.EXIT_OK
    return cli.main(argv, window=open_window)


def _missing_gui() -> list[str]:
    return [name for name in GUI_MODULES if importlib.util.find_spec(name) is None]


def open_window(args) -> int:
    """Start the window on ``args.paths`` with the window options ``cli`` parsed."""
    missing = _missing_gui()
    if missing:
        raise InputError(None, f"the desktop application is not installed ({', '.join(missing)} missing)",
                         'install it with: pip install "minedesk[gui]", or use a command such as minedesk tally')
    from minedesk.app.main import run

    return run(args.paths, screenshot=args.screenshot, size=args.size, select=args.select, language=args.language,
               background=args.background, style=args.style, overwrite=args.overwrite,
               reading=getattr(args, "reading", None))
