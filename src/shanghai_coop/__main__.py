"""Run the command line: ``python -m shanghai_coop --help``."""

from .cli import main

raise SystemExit(main())
