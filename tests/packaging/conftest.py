"""The frozen (PyInstaller) build under test: dist/billing-manager/ of this checkout.

These tests run only when that bundle exists; scripts/smoke_frozen.sh builds it first
(and rebuilds a bundle older than the sources). With BILLING_MANAGER_FROZEN_SMOKE=1 (set
by that script) a missing or stale bundle is an error instead of a skip.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
BUNDLE = ROOT / "dist" / "billing-manager"
EXECUTABLE = BUNDLE / ("billing-manager.exe" if sys.platform == "win32" else "billing-manager")
SOURCES = ("desktop_app", "ui", "resources", "build.spec", "requirements")
BUILD_HINT = "build it with scripts/smoke_frozen.sh (or scripts/build_installer.sh --bundle)"


def _newest_source_mtime() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else (p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" not in file.parts and file.suffix != ".pyc":
                newest = max(newest, file.stat().st_mtime)
    return newest


def _unusable_reason() -> str | None:
    if not EXECUTABLE.is_file():
        return f"no frozen bundle at {BUNDLE.relative_to(ROOT)}/: {BUILD_HINT}"
    if EXECUTABLE.stat().st_mtime < _newest_source_mtime():
        return f"the frozen bundle is older than the sources: {BUILD_HINT}"
    return None


@pytest.fixture(scope="session")
def frozen_exe() -> Path:
    reason = _unusable_reason()
    if reason is not None:
        if os.environ.get("BILLING_MANAGER_FROZEN_SMOKE") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return EXECUTABLE
