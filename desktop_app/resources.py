"""Locate the files under ``resources/`` (icons, styles, translations, desktop entry).

In a source checkout or an editable install they sit beside the ``desktop_app``
package; in an installed wheel they are the package ``billing_manager_resources``;
in a frozen bundle PyInstaller puts them under ``sys._MEIPASS``. Never relative to
the current directory.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

_PACKAGE = "billing_manager_resources"


@cache
def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        candidate = Path(frozen_root) / _PACKAGE
        if candidate.is_dir():
            return candidate
    source_tree = Path(__file__).resolve().parent.parent / "resources"
    if (source_tree / "billing-manager.desktop").is_file():
        return source_tree
    # Installed: a namespace package (resources/ has no __init__.py).
    spec = importlib.util.find_spec(_PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec else []
    if not locations:
        raise FileNotFoundError("The app's resources are missing; reinstall Billing Manager.")
    return Path(locations[0])


def resource_path(*parts: str) -> Path:
    """Path of one resource file, e.g. ``resource_path("icons", "app.svg")``."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"Resource not found: {'/'.join(parts)}")
    return path
