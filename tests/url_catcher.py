"""Catching what the app would open in the browser, so that no browser is launched."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

WEB_SCHEMES = ("http", "https")
# Schemes of the hostile links (tests/hostile_links.py): caught too, so a link that
# got past the app's check would be seen here rather than reach a launcher.
HOSTILE_SCHEMES = ("file", "smb", "javascript", "data", "ftp", "mailto", "vscode", "ms-msdt")


class UrlCatcher(QObject):
    """Receives what QDesktopServices.openUrl would have opened."""

    def __init__(self, schemes: Sequence[str] = WEB_SCHEMES) -> None:
        super().__init__()
        self.schemes = tuple(schemes)
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())

    def install(self) -> None:
        for scheme in self.schemes:
            QDesktopServices.setUrlHandler(scheme, self, "open")

    def uninstall(self) -> None:
        for scheme in self.schemes:
            QDesktopServices.unsetUrlHandler(scheme)
