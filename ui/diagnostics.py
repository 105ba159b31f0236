"""What Qt sees, for ``billing-manager diagnose --qt`` (support, and the frozen-app smoke test)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLibraryInfo, QTranslator, qVersion
from PySide6.QtGui import QGuiApplication

# Qt's own catalogues for the languages the app speaks (English needs none).
QT_LANGUAGES = ("nl", "sv")


def qt_report(translations_dir: Path | None) -> dict[str, Any]:
    """Start a QGuiApplication (offscreen when there is no display) and describe it."""
    note = None
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        note = "no display found: used the offscreen platform"
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    report: dict[str, Any] = {
        "qt_version": qVersion(),
        "pyside_version": pyside_version,
        "platform_plugin": QGuiApplication.platformName(),
        "plugins_dir": QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath),
        "qt_translations_dir": qt_translations,
        "qt_translations_loaded": {
            lang: QTranslator(app).load(f"qtbase_{lang}", qt_translations) for lang in QT_LANGUAGES
        },
        "app_translations_loaded": {
            qm.name: QTranslator(app).load(str(qm))
            for qm in sorted(translations_dir.glob("*.qm") if translations_dir else [])
        },
    }
    if note:
        report["note"] = note
    return report
