"""``python -m drafter``: the command line."""

from drafter.cli import main

raise SystemExit(main())
