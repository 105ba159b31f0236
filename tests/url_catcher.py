"""Catching what the app would open in the browser, so that no browser is launched."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices


class UrlCatcher(QObject):
    """Receives what QDesktopServices.openUrl would have opened."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())

    def install(self) -> None:
        for scheme in ("http", "https"):
            QDesktopServices.setUrlHandler(scheme, self, "open")

    def uninstall(self) -> None:
        for scheme in ("http", "https"):
            QDesktopServices.unsetUrlHandler(scheme)
