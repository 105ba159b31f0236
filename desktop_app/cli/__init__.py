"""The ``billing-manager`` command: the GUI by default, headless subcommands."""
