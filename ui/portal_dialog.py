"""Open the hosted Billing portal for a customer.

The session is created in the background (``ui.tasks.run_task``), opened in the
system browser (``ui.browser.open_link``) and ALSO shown here with a Copy
button: ``openUrl`` reports success whenever ``xdg-open`` exists, even when no
browser comes up, so the link must always be reachable by hand. The URL is a
short-lived secret: it lives only in this dialog and is dropped when it closes.
A link the server sent that is not a web address the app opens
(``desktop_app.browser_links``) is neither opened nor shown: the dialog says why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.actions import PortalSessionLike
from desktop_app.browser_links import UnsafeLink
from ui.browser import open_link
from ui.errors_text import error_text
from ui.plain_text import PlainLabel
from ui.tasks import run_task

log = logging.getLogger(__name__)


class PortalDialog(QDialog):
    """Create a portal session, open it, and show its link with Copy."""

    sessionOpened = Signal(str)  # session ID (never the URL)
    failed = Signal(object)  # the exception (its message is user-facing and redacted)

    def __init__(
        self,
        create: Callable[[], PortalSessionLike],
        *,
        customer_label: str,
        action_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("portalDialog")
        self.setWindowTitle(self.tr("Customer portal: %1").replace("%1", action_label))
        self.setMinimumWidth(520)
        self._create = create
        self._closed = False
        self.opened_in_browser: bool | None = None
        layout = QVBoxLayout(self)
        self.status = PlainLabel(
            self.tr("Creating a portal link for %1…").replace("%1", customer_label), self
        )
        self.status.setObjectName("portalStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        layout.addWidget(self.busy)

        row = QHBoxLayout()
        self.url_field = QLineEdit(self)
        self.url_field.setObjectName("portalUrl")
        self.url_field.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("copyButton")
        self.copy_button.clicked.connect(self.copy_url)
        row.addWidget(self.url_field, 1)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        self.warning = PlainLabel(
            self.tr(
                "This link signs in as the customer and expires within minutes. Use it now; "
                "do not e-mail it. To send the customer a link, use the portal's login link "
                "(Portal configurations)."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for widget in (self.url_field, self.copy_button, self.warning):
            widget.hide()

    def start(self) -> None:
        run_task(self._create, on_result=self._on_session, on_error=self._on_error)

    def _on_session(self, session: PortalSessionLike) -> None:
        self.busy.hide()
        if self._closed:  # closed while waiting: the user no longer wants it opened
            self.sessionOpened.emit(session.id)
            return
        try:
            self.opened_in_browser = open_link(session.url)
        except UnsafeLink as exc:  # neither opened nor shown for copying
            self.status.setText(
                self.tr("The portal link could not be opened.") + "\n\n" + exc.message
            )
            self.failed.emit(exc)
            return
        if self.opened_in_browser:
            self.status.setText(
                self.tr(
                    "The portal was sent to your browser. If no browser window opened, "
                    "copy the link below and open it yourself."
                )
            )
        else:
            self.status.setText(
                self.tr("No browser could be opened. Copy the link below and open it yourself.")
            )
        self.url_field.setText(session.url)
        self.url_field.setCursorPosition(0)
        for widget in (self.url_field, self.copy_button, self.warning):
            widget.show()
        self.sessionOpened.emit(session.id)

    def _on_error(self, exc: BaseException) -> None:
        self.busy.hide()
        message = error_text(exc)
        log.info("Portal session failed: %s", message)
        self.status.setText(self.tr("The portal link could not be created.") + "\n\n" + message)
        self.failed.emit(exc)

    def copy_url(self) -> None:
        QGuiApplication.clipboard().setText(self.url_field.text())

    def _forget(self) -> None:
        self._closed = True
        self.url_field.clear()

    def done(self, result: int) -> None:
        self._forget()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._forget()
        super().closeEvent(event)
