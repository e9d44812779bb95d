"""`python -m service …` is the `pa-review …` command line (for a checkout without the script)."""

import sys

from service.cli import main

sys.exit(main())
