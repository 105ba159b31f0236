"""``billing-manager --demo --screenshot DIR``: the documentation's screenshots.

Waits for the demo's first sync, selects a past-due subscription, waits for its
details and invoices, and saves with ``QWidget.grab()``: the main window (light),
the summary card, the overview, then the same window and overview under a dark
palette. Quits when done (exit code 0), or with 1 if something never arrived.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QStyleFactory

from ui.main_window import MainWindow
from ui.theme import dark_palette

log = logging.getLogger(__name__)

TIMEOUT_MS = 120_000


class ScreenshotTaker:
    def __init__(self, window: MainWindow, out_dir: Path) -> None:
        self.window = window
        self.out_dir = out_dir
        self.saved: list[Path] = []
        self.exit_code = 1
        out_dir.mkdir(parents=True, exist_ok=True)
        self._watchdog = QTimer()
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._give_up)
        self._watchdog.start(TIMEOUT_MS)
        window.syncCompleted.connect(self._synced)

    def _later(self, fn: Callable[[], None], ms: int = 150) -> None:
        QTimer.singleShot(ms, fn)

    def _synced(self, _result: object) -> None:
        self.window.syncCompleted.disconnect(self._synced)
        self.window.viewUpdated.connect(self._view_ready)

    def _view_ready(self) -> None:
        self.window.viewUpdated.disconnect(self._view_ready)
        self.window.detailShown.connect(self._detail_shown)
        rows = self.window.model.rows()
        target = next((r for r in rows if str(r.display_status) == "past_due"), None)
        if target is None and rows:
            target = rows[0]
        if target is None:
            self._give_up()
            return
        self.window.table.select_id(target.id)

    def _detail_shown(self, _sub_id: str) -> None:
        self.window.detailShown.disconnect(self._detail_shown)
        self._wait_invoices(self._shoot_light)

    def _wait_invoices(self, then: Callable[[], None], tries: int = 100) -> None:
        loading = self.window.detail.invoice_status.text().endswith("…")
        if loading and tries > 0:
            self._later(lambda: self._wait_invoices(then, tries - 1), 100)
        else:
            self._later(then)

    def _save(self, widget: object, name: str) -> None:
        from PySide6.QtWidgets import QWidget

        assert isinstance(widget, QWidget)
        path = self.out_dir / name
        if widget.grab().save(str(path)):
            self.saved.append(path)
            log.info("Saved %s", path)

    def _shoot_light(self) -> None:
        window = self.window
        window.tabs.setCurrentIndex(0)
        self._save(window, "main-window-light.png")
        self._save(window.card, "summary-card-past-due.png")
        self._show_overview(self._shoot_overview_light)

    def _show_overview(self, then: Callable[[], None]) -> None:
        """Open the Overview tab and shoot once its figures have arrived."""
        session = self.window.session
        assert session is not None

        def ready(_data: object) -> None:
            session.overviewReady.disconnect(ready)
            self._later(then)

        session.overviewReady.connect(ready)
        self.window.tabs.setCurrentWidget(self.window.overview)

    def _shoot_overview_light(self) -> None:
        self._save(self.window, "overview-light.png")
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setPalette(dark_palette())
        self.window.tabs.setCurrentIndex(0)
        current = self.window.table.current_subscription()
        if current is not None:
            self.window.detailShown.connect(self._dark_detail_shown)
            self.window.reshow_current()
        else:
            self._later(self._shoot_dark)

    def _dark_detail_shown(self, _sub_id: str) -> None:
        self.window.detailShown.disconnect(self._dark_detail_shown)
        self._wait_invoices(self._shoot_dark)

    def _shoot_dark(self) -> None:
        self._save(self.window, "main-window-dark.png")
        self._save(self.window.card, "summary-card-past-due-dark.png")
        self._show_overview(self._shoot_overview_dark)

    def _shoot_overview_dark(self) -> None:
        self._save(self.window, "overview-dark.png")
        self.exit_code = 0
        self._finish()

    def _give_up(self) -> None:
        log.error("Screenshots: the demo did not get ready in time")
        self.exit_code = 1
        self._finish()

    def _finish(self) -> None:
        self._watchdog.stop()
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.exit(self.exit_code)


def prepare_style() -> None:
    """Fusion draws the same on every machine, so screenshots do not depend on the host."""
    style = QStyleFactory.create("Fusion")
    if style is not None:
        QApplication.setStyle(style)
