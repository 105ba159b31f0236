"""Stand-ins for the programs a link is handed to, recording what they were given.

``LaunchRecorder(folder)`` writes a small program, installed as ``BROWSER`` (Python's
``webbrowser`` tries it first) and as ``xdg-open``, ``x-www-browser``, ``www-browser``,
``sensible-browser`` and ``firefox`` in a folder that goes first on ``PATH`` (Qt's
``QDesktopServices`` starts ``xdg-open`` from ``PATH`` on Linux). Each run writes
one JSON file with its name, arguments and environment, then exits 0 (a browser that
opened). ``env()`` gives a child process's environment with them in place.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

_PROGRAM = """#!{python}
import json, os, sys, tempfile
folder = {records!r}
record = {{"program": os.path.basename(sys.argv[0]), "argv": sys.argv[1:], "env": dict(os.environ)}}
fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
with os.fdopen(fd, "w") as handle:
    json.dump(record, handle)
os.rename(tmp, tmp[:-4] + ".json")  # whole, or not there
"""
NAMES = (
    "record-browser",
    "xdg-open",
    "x-www-browser",
    "www-browser",
    "sensible-browser",
    "firefox",
)


class LaunchRecorder:
    def __init__(self, folder: Path) -> None:
        self.bin = folder / "bin"
        self.records_dir = folder / "launched"
        self.bin.mkdir(parents=True)
        self.records_dir.mkdir()
        program = _PROGRAM.format(python=sys.executable, records=str(self.records_dir))
        for name in NAMES:
            path = self.bin / name
            path.write_text(program, encoding="utf-8")
            path.chmod(path.stat().st_mode | stat.S_IXUSR)

    def env(self, base: dict[str, str] | None = None, **extra: str) -> dict[str, str]:
        env = dict(os.environ if base is None else base)
        env["PATH"] = f"{self.bin}{os.pathsep}{env.get('PATH', '')}"
        env["BROWSER"] = f"{self.bin / 'record-browser'} %s"
        env.update(extra)
        return env

    def records(self) -> list[dict[str, Any]]:
        found = []
        for path in sorted(self.records_dir.glob("*.json")):
            found.append(json.loads(path.read_text(encoding="utf-8")))
        return found
