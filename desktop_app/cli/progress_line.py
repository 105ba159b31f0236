"""A one-line progress report on stderr, only when stderr is a terminal."""

from __future__ import annotations

import sys
from typing import TextIO

from desktop_app.sync.progress import SyncProgress

_LABELS = {
    "account": "Checking the account",
    "catalog": "Fetching products and prices",
    "subscriptions": "Fetching subscriptions",
    "saving": "Saving",
    "events": "Fetching changes",
    "done": "Done",
}


class ProgressLine:
    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._shown = False

    def __call__(self, p: SyncProgress) -> None:
        if not self.enabled:
            return
        label = _LABELS.get(p.phase, p.phase)
        count = f"{p.objects}" + (f"/{p.total}" if p.total is not None else "")
        self.stream.write(f"\r\x1b[K{label}: {count} ({p.pages} pages)")
        self.stream.flush()
        self._shown = True

    def finish(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
