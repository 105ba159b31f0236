"""Window state that persists between runs (QSettings). Never a key or a URL.

Stored: window geometry and state, the splitter, the table's header state
(column widths, order, sort column and order) and the last filter chip.

Qt writes a settings file through QSaveFile: a temporary file renamed over the old
one, given the old file's permissions, or the umask's (0644) for a new one.
``private_settings`` creates the file 0600 before Qt first writes it (the rule of
``desktop_app.paths``), so every later write keeps it private.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.paths import config_dir, create_private_file, make_private

GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTER = "window/splitter"
HEADER = "table/header"
FILTER = "table/filter"
TAB = "window/tab"


FILE_NAME = "window-state.ini"


def settings_path() -> Path:
    """In the app's config folder (platformdirs), beside the profiles file. Read afresh
    each time, so it follows XDG_CONFIG_HOME (tests give each test its own)."""
    return config_dir() / FILE_NAME


def private_settings(settings: QSettings) -> QSettings:
    """``settings`` with its file created 0600 in a 0700 folder (if it is a file: the
    INI format, or the native one on Linux; macOS and Windows keep their own)."""
    ini = settings.format() == QSettings.Format.IniFormat
    if ini or (settings.format() == QSettings.Format.NativeFormat and sys.platform == "linux"):
        create_private_file(Path(settings.fileName()))
    return settings


class WindowSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = private_settings(
            settings
            if settings is not None
            else QSettings(str(settings_path()), QSettings.Format.IniFormat)
        )

    def bytes(self, key: str) -> QByteArray | None:
        value = self.settings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        return None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self.settings.setValue(key, value)

    def text(self, key: str, default: str = "") -> str:
        value = self.settings.value(key, default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self.settings.setValue(key, value)

    def sync(self) -> None:
        self.settings.sync()
        path = Path(self.settings.fileName())
        if path.is_file():  # (one replaced behind Qt's back meanwhile)
            make_private(path)
