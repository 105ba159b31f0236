"""Create the QApplication and show the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop_app import APP_ID, APP_NAME, __version__
from desktop_app.resources import resource_path
from ui import gc_tuning
from ui.i18n import install_translations

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    gc_tuning.tune()
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    QGuiApplication.setDesktopFileName(APP_ID)
    if QLocale.system().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app.setWindowIcon(QIcon(str(resource_path("icons", "billing-manager.svg"))))
    install_translations(app)  # Settings' language, else the system's; before any widget
    return app


def run(
    *, demo: bool = False, profile: str | None = None, screenshot_dir: str | None = None
) -> int:
    from ui.main_window import MainWindow

    app = create_application()
    log.info("Starting %s %s (demo=%s)", APP_NAME, __version__, demo)
    taker = None
    if screenshot_dir is not None:
        from pathlib import Path

        from ui.screenshots import ScreenshotTaker, prepare_style

        prepare_style()
        window = MainWindow(demo=demo, profile=profile, ignore_saved_state=True)
        window.resize(1580, 940)
        taker = ScreenshotTaker(window, Path(screenshot_dir))
    else:
        window = MainWindow(demo=demo, profile=profile)
    window.show()
    code = app.exec()
    if taker is not None:
        print("\n".join(str(p) for p in taker.saved))
    return code
