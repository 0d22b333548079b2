"""Entry point for ``python -m hipcoach``."""

import sys

from hipcoach.cli import main

sys.exit(main())
