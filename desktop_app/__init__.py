"""Billing Manager: the application core, usable without Qt.

Nothing in this package imports PySide6; the Qt front end lives in ``ui``.
"""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Billing Manager"
APP_ID = "billing-manager"

try:
    __version__ = version(APP_ID)
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

__all__ = ["APP_ID", "APP_NAME", "__version__"]
