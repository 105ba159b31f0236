"""``python -m desktop_app`` is the same as the ``billing-manager`` command."""

from desktop_app.cli.main import main

raise SystemExit(main())
