import sys

from minedesk.launcher import main

sys.exit(main())
