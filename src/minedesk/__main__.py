import sys

from minedesk.cli import main

sys.exit(main())
