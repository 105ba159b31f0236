"""The shared confirmation for write actions (cancel, renew, pause, resume).

Shows the effect in words naming the customer (``desktop_app.confirmations``). In
live mode the text is stronger and the action button stays disabled until the
customer's name is typed. Cancel is the default button: Enter never confirms.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.confirmations import Confirmation
from ui.plain_text import PlainLabel


def confirm_buttons(
    dialog: QDialog, confirm_label: str, on_accept: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The buttons of every confirmation: the action named, and Cancel as the default,
    so Enter never applies a change by accident. ``on_accept`` decides whether to accept."""
    buttons = QDialogButtonBox(dialog)
    confirm = buttons.addButton(confirm_label, QDialogButtonBox.ButtonRole.AcceptRole)
    confirm.setObjectName("confirmButton")
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setObjectName("cancelButton")
    confirm.setAutoDefault(False)
    cancel.setDefault(True)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, confirm, cancel


class ConfirmationPanel(QWidget):
    """The effect text and, in live mode, the field where the name is typed."""

    acceptableChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._confirmation: Confirmation | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.live_banner = PlainLabel(self.tr("LIVE ACCOUNT"), self)
        self.live_banner.setObjectName("liveBanner")
        self.live_banner.setStyleSheet(
            "QLabel#liveBanner { background: #b00020; color: white; font-weight: bold;"
            " padding: 4px 8px; border-radius: 3px; }"
        )
        self.text = PlainLabel(self)
        self.text.setObjectName("confirmText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.typed = QLineEdit(self)
        self.typed.setObjectName("confirmTyped")
        self.typed.textChanged.connect(self._emit_state)
        layout.addWidget(self.live_banner)
        layout.addWidget(self.text)
        layout.addWidget(self.typed)

    @property
    def confirmation(self) -> Confirmation | None:
        return self._confirmation

    def set_confirmation(self, confirmation: Confirmation) -> None:
        self._confirmation = confirmation
        self.text.setText(confirmation.text)
        self.live_banner.setVisible(confirmation.live)
        needs_typing = confirmation.typed_phrase is not None
        self.typed.setVisible(needs_typing)
        if needs_typing:
            self.typed.setPlaceholderText(
                self.tr("Type “%1” to confirm").replace("%1", confirmation.typed_phrase or "")
            )
        self._emit_state()

    def is_acceptable(self) -> bool:
        c = self._confirmation
        return c is not None and c.accepts(self.typed.text())

    def _emit_state(self) -> None:
        self.acceptableChanged.emit(self.is_acceptable())


class ConfirmDialog(QDialog):
    """A confirmation dialog; ``accepted`` only once the user confirmed."""

    def __init__(self, confirmation: Confirmation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setWindowTitle(confirmation.title)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.panel = ConfirmationPanel(self)
        layout.addWidget(self.panel)
        self.buttons, self.confirm_button, self.cancel_button = confirm_buttons(
            self, confirmation.confirm_label, self._accept_if_allowed
        )
        layout.addWidget(self.buttons)
        self.panel.acceptableChanged.connect(self.confirm_button.setEnabled)
        self.panel.set_confirmation(confirmation)
        if confirmation.typed_phrase is not None:
            self.panel.typed.setFocus()
        else:
            self.cancel_button.setFocus()

    def _accept_if_allowed(self) -> None:
        if self.panel.is_acceptable():
            self.accept()
