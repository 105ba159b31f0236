"""Entry point of the frozen app (build.spec's script): the same as ``billing-manager``."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A child started by multiprocessing ("spawn") runs this executable again; in a frozen
    # app freeze_support() turns that run into the child, before any argument parsing.
    multiprocessing.freeze_support()
    from desktop_app.cli.main import main

    sys.exit(main())
