"""Remove a connected account: its key from the keyring, its profile and, if the user
confirms, its local copy of the data.

The removal runs on a worker thread (the keyring may prompt). Signals:
``removed(Removal)`` when done, ``error_shown(str)`` when it failed (nothing was
removed: the key goes first, and a locked keyring stops everything).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.accounts import Accounts, Removal
from desktop_app.profiles import Profile
from ui.errors_text import error_text
from ui.plain_text import PlainLabel
from ui.tasks import run_task


class RemoveAccountDialog(QDialog):
    removed = Signal(object)  # Removal
    error_shown = Signal(str)

    def __init__(
        self, profile: Profile, parent: QWidget | None = None, *, accounts: Accounts | None = None
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.accounts = accounts or Accounts()
        self.removal: Removal | None = None
        self._busy = False
        self.setObjectName("removeAccountDialog")
        self.setWindowTitle(self.tr("Remove account"))
        layout = QVBoxLayout(self)

        text = self.tr(
            "Remove the account “%1”? Its API key is deleted from your system's keyring; "
            "the key itself stays valid in Stripe until you revoke it in the Dashboard."
        ).replace("%1", profile.display_name)
        self.message = PlainLabel(text, self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.delete_cache = QCheckBox(self.tr("Also &delete the local copy of its data"), self)
        self.delete_cache.setObjectName("deleteCache")
        self.delete_cache.setAccessibleName(self.tr("Also delete the local copy of its data"))
        self.delete_cache.setChecked(True)
        layout.addWidget(self.delete_cache)

        self.error_label = PlainLabel(self)
        self.error_label.setObjectName("removeError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox(self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("removeButton")
        self.remove_button.setAccessibleName(self.tr("Remove account"))
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)  # Enter does not destroy anything
        self.remove_button.clicked.connect(self.start_remove)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def start_remove(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.remove_button.setEnabled(False)
        self.error_label.hide()
        accounts, name = self.accounts, self.profile.name
        delete_cache = self.delete_cache.isChecked()
        run_task(
            lambda: accounts.remove(name, delete_cache_files=delete_cache),
            on_result=self._done,
            on_error=self._failed,
        )

    def _done(self, removal: Removal) -> None:
        self._busy = False
        self.removal = removal
        self.removed.emit(removal)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.remove_button.setEnabled(True)
        message = error_text(error)
        self.error_label.setText(message)
        self.error_label.show()
        self.error_shown.emit(message)

    def reject(self) -> None:
        if self._busy:
            return  # the keyring call cannot be interrupted: wait for it
        super().reject()
