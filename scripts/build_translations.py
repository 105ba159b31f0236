"""Compile resources/translations/*.ts into .qm files with pyside6-lrelease.

Only files whose .ts is newer than the .qm are rebuilt, so re-running is cheap.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def lrelease() -> str:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(exe) if exe.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: run scripts/setup.sh first")
    return found


def main() -> int:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
