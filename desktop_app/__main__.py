"""``python -m desktop_app`` is the same as the ``billing-manager`` command."""

from desktop_app.cli.main import main

if __name__ == "__main__":  # not when a sync child process (spawn) imports this module
    raise SystemExit(main())
