"""Connect a Stripe account: name, API key, a background check, then save to the keyring.

The dialog only draws: the check (``desktop_app.key_check``) and the saving
(``desktop_app.accounts``) run on worker threads through ``ui.tasks.run_task``;
the GUI thread never touches the network or the keyring (an unlock prompt may
block it). Signals let the window (and tests) follow along:

- ``check_succeeded(KeyCheck)`` after a successful check,
- ``error_shown(str)`` whenever an error message is shown,
- ``profile_saved(Profile)`` once the key is in the keyring and the profile saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.accounts import Accounts
from desktop_app.key_check import (
    KeyCheck,
    KeyNotUsable,
    ProbeApi,
    check_key,
    needed_permissions_text,
    permission_label,
    stripe_api_factory,
)
from desktop_app.profiles import Profile
from desktop_app.secrets import normalize_key
from ui.errors_text import error_text
from ui.plain_text import PlainLabel
from ui.tasks import run_task

ApiFactoryMaker = Callable[[str | None], Callable[[str], ProbeApi]]


class ConnectDialog(QDialog):
    check_succeeded = Signal(object)  # KeyCheck
    error_shown = Signal(str)
    profile_saved = Signal(object)  # Profile

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        accounts: Accounts | None = None,
        replace: Profile | None = None,
        api_base: str | None = None,
        api_factory: ApiFactoryMaker = stripe_api_factory,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts or Accounts()
        self.replacing = replace
        self._api_factory = api_factory
        self._check: KeyCheck | None = None
        self._checked_input: tuple[str, str | None] | None = None
        self._busy = False
        self.profile: Profile | None = None  # the saved profile, once saved
        self.setObjectName("connectDialog")
        self.setWindowTitle(
            self.tr("Replace API key") if replace else self.tr("Connect a Stripe account")
        )
        self.setMinimumWidth(560)
        self._build(api_base)
        self._update_buttons()

    # -- layout -----------------------------------------------------------------------

    def _build(self, api_base: str | None) -> None:
        layout = QVBoxLayout(self)
        intro = PlainLabel(self._intro_text(), self)
        intro.setObjectName("keyHelp")
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)

        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("accountName")
        self.name_edit.setAccessibleName(self.tr("Account name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Acme Ltd"))
        self.name_edit.setMaxLength(64)
        if self.replacing is not None:
            self.name_edit.setText(self.replacing.name)
            self.name_edit.setReadOnly(True)
        name_label = PlainLabel(self.tr("Account &name:"), self)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)

        key_row = QHBoxLayout()
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("apiKey")
        self.key_edit.setAccessibleName(self.tr("Stripe API key"))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("rk_live_…  /  rk_test_…  /  sk_live_…  /  sk_test_…")
        self.key_edit.setClearButtonEnabled(True)
        self.show_key = QCheckBox(self.tr("&Show"), self)
        self.show_key.setObjectName("showKey")
        self.show_key.setAccessibleName(self.tr("Show the API key"))
        self.show_key.toggled.connect(self._toggle_echo)
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        key_label = PlainLabel(self.tr("API &key:"), self)
        key_label.setBuddy(self.key_edit)
        form.addRow(key_label, key_row)

        self.api_base_edit = QLineEdit(self)
        self.api_base_edit.setObjectName("apiBase")
        self.api_base_edit.setAccessibleName(self.tr("API base (optional)"))
        self.api_base_edit.setPlaceholderText("https://api.stripe.com")
        base = api_base or (self.replacing.api_base if self.replacing else None)
        self.api_base_edit.setText(base or "")
        base_label = PlainLabel(self.tr("API &base:"), self)
        base_label.setBuddy(self.api_base_edit)
        form.addRow(base_label, self.api_base_edit)
        layout.addLayout(form)

        self.result_label = PlainLabel(self)
        self.result_label.setObjectName("checkResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName(self.tr("Check result"))
        layout.addWidget(self.result_label)

        self.error_label = PlainLabel(self)
        self.error_label.setObjectName("connectError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.check_button = QPushButton(self.tr("&Check key"), self)
        self.check_button.setObjectName("checkButton")
        self.check_button.setAccessibleName(self.tr("Check key"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setAccessibleName(self.tr("Save account"))
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.check_button.clicked.connect(self.start_check)
        self.save_button.clicked.connect(self.start_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.key_edit.textChanged.connect(self._input_changed)
        self.api_base_edit.textChanged.connect(self._input_changed)
        self.name_edit.textChanged.connect(self._update_buttons)
        self.setTabOrder(self.name_edit, self.key_edit)
        self.setTabOrder(self.key_edit, self.show_key)
        self.setTabOrder(self.show_key, self.api_base_edit)
        (self.key_edit if self.replacing else self.name_edit).setFocus()

    def _intro_text(self) -> str:
        return "\n\n".join(
            [
                self.tr(
                    "Paste an API key from the Stripe Dashboard (Developers > API keys). "
                    "Restricted keys (rk_…) can do only what you allow them: they are "
                    "recommended. Secret keys (sk_…) have full access to the account. "
                    "Live keys (…_live_…) see real customers and money; test keys "
                    "(…_test_…) see test data only."
                ),
                self.tr("Give a restricted key these permissions:")
                + "\n"
                + needed_permissions_text(),
                self.tr(
                    "The key is kept in your system's keyring, never in a file. It is "
                    "checked before it is saved."
                ),
            ]
        )

    # -- state ------------------------------------------------------------------------

    def _input(self) -> tuple[str, str | None]:
        base = self.api_base_edit.text().strip() or None
        return normalize_key(self.key_edit.text()), base

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.key_edit.setEchoMode(mode)

    def _input_changed(self) -> None:
        if self._checked_input is not None and self._input() != self._checked_input:
            self._check = None
            self._checked_input = None
            self.result_label.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_key = bool(self._input()[0])
        ready = self._check is not None and bool(self.name_edit.text().strip())
        self.check_button.setEnabled(not self._busy and has_key)
        self.save_button.setEnabled(not self._busy and ready)
        self.save_button.setDefault(ready)
        self.check_button.setDefault(not ready)
        for widget in (self.key_edit, self.api_base_edit, self.show_key):
            widget.setEnabled(not self._busy)
        self.name_edit.setEnabled(not self._busy)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if busy:
            self.result_label.setText(text)
            self._clear_error()
        self._update_buttons()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.adjustSize()
        self.error_shown.emit(message)

    def _clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    @property
    def last_check(self) -> KeyCheck | None:
        return self._check

    # -- check ------------------------------------------------------------------------

    def start_check(self) -> None:
        if self._busy:
            return
        key, api_base = self._input()
        factory = self._api_factory(api_base)
        keys = self.accounts.keys
        self._set_busy(True, self.tr("Checking the key with Stripe…"))

        def work() -> KeyCheck:
            keys.ensure_backend()  # no keyring at all: say so before anything else
            return check_key(key, factory)

        run_task(
            work,
            on_result=lambda check: self._check_done(check, (key, api_base)),
            on_error=self._check_failed,
        )

    def _check_done(self, check: KeyCheck, checked: tuple[str, str | None]) -> None:
        self._busy = False
        if self._input() != checked:  # edited while the check ran: start over
            self._update_buttons()
            return
        self._check = check
        self._checked_input = checked
        if not self.name_edit.text().strip() and check.account_name:
            self.name_edit.setText(check.account_name[:64])
        self.result_label.setText(self._describe(check))
        self._update_buttons()
        self.adjustSize()  # room for the result lines
        self.check_succeeded.emit(check)

    def _describe(self, check: KeyCheck) -> str:
        lines = [
            self.tr("Account: %1").replace("%1", check.account_label),
            self.tr("Key: %1").replace("%1", check.kind.description),
        ]
        if check.kind.livemode:
            lines.append(self.tr("LIVE mode: real customers and real money."))
        lines.append(check.summary)
        for status in check.features:
            if status.available:
                lines.append(self.tr("Works: %1").replace("%1", status.feature.label))
            else:
                needs = ", ".join(permission_label(p) for p in status.missing)
                text = self.tr("Not available: %1 (needs %2)")
                lines.append(text.replace("%1", status.feature.label).replace("%2", needs))
        return "\n".join(lines)

    def _check_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._check = None
        self._checked_input = None
        if isinstance(error, KeyNotUsable):
            self.result_label.setText(self._describe(error.check))
        else:
            self.result_label.clear()
        self._show_error(error_text(error))

    # -- save -------------------------------------------------------------------------

    def start_save(self) -> None:
        check = self._check
        if self._busy or check is None:
            return
        key, api_base = self._input()
        base = self.replacing or Profile(name=self.name_edit.text().strip(), mode=check.kind.mode)
        profile = base.with_changes(
            mode=check.kind.mode,
            account_id=check.account_id,
            account_name=check.account_name,
            api_base=api_base,
        )
        replace = self.replacing is not None
        accounts = self.accounts
        self._set_busy(True, self.tr("Saving the key in the keyring…"))
        run_task(
            lambda: accounts.connect(profile, key, replace=replace),
            on_result=self._saved,
            on_error=self._save_failed,
        )

    def _saved(self, profile: Profile) -> None:
        self._set_busy(False)
        self.key_edit.clear()
        self.result_label.setText(self.tr("Saved. The key is in your system's keyring."))
        self.profile = profile
        self.profile_saved.emit(profile)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_error(error_text(error))

    def reject(self) -> None:
        if self._busy:
            return  # a keyring call cannot be interrupted: wait for it to finish
        super().reject()
