"""Run the command line: ``python -m timeline``."""

import sys

from timeline.cli import main

sys.exit(main())
