"""Billing Manager: the application core, usable without Qt.

Nothing in this package imports PySide6; the Qt front end lives in ``ui``.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

APP_NAME = "Billing Manager"
APP_ID = "billing-manager"

if TYPE_CHECKING:
    __version__: str


@cache
def _version() -> str:
    # importlib.metadata costs ~40 ms: only when the version is asked for (not in
    # every page worker process, say)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(APP_ID)
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.1.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["APP_ID", "APP_NAME", "__version__"]
