"""Report that the main window reached the screen, then quit: the frozen-app smoke test.

``ui.app.run`` calls ``report_when_shown`` only when BILLING_MANAGER_SMOKE_REPORT names a
file. On the window's first expose event (it is mapped on the X server or compositor)
this writes a JSON report (window title, platform, size, the wall-clock time it was
shown) and a PNG of the window beside it, creating the report's folder if need be,
then ends the event loop with exit code 0 (1 when the folder cannot be made).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QWidget

SMOKE_REPORT_ENV = "BILLING_MANAGER_SMOKE_REPORT"


class _ExposeWatcher(QObject):
    def __init__(self, window: QWidget, report: Path) -> None:
        super().__init__(window)
        self._window = window
        self._report = report
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        exposed = isinstance(watched, QWindow) and watched.isExposed()
        if event.type() == QEvent.Type.Expose and exposed and not self._done:
            self._done = True
            shown_at = time.time()
            QTimer.singleShot(0, lambda: self._write(shown_at))
        return False

    def _write(self, shown_at: float) -> None:
        try:
            self._report.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # the event loop would go on: a smoke run must end
            sys.stderr.write(f"smoke report: cannot write {self._report}: {exc}\n")
            QCoreApplication.exit(1)
            return
        screenshot = self._report.with_suffix(".png")
        saved = self._window.grab().save(str(screenshot), "PNG")
        data = {
            "title": self._window.windowTitle(),
            "shown_at": shown_at,
            "platform": QGuiApplication.platformName(),
            "size": [self._window.width(), self._window.height()],
            "visible": self._window.isVisible(),
            "screenshot": str(screenshot) if saved else None,
        }
        tmp = self._report.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(self._report)  # the report appears complete or not at all
        QCoreApplication.exit(0)


def report_when_shown(window: QWidget, report: Path) -> None:
    """Call after ``window.show()`` and before ``app.exec()``."""
    handle = window.windowHandle()
    if handle is None:
        raise RuntimeError("report_when_shown needs a shown top-level window")
    handle.installEventFilter(_ExposeWatcher(window, report))
