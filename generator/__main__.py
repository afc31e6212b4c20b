"""Allow ``python -m generator`` as a synonym for the ``briefing`` command."""

from generator.cli import main

raise SystemExit(main())
