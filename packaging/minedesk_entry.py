"""Entry point of the one-folder build: the same `minedesk` command (window, or CLI subcommands)."""

import multiprocessing
import sys

from minedesk.launcher import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
