"""The connect dialog end to end: the emulator, the real Secret Service, real widgets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from desktop_app.profiles import Profile, ProfileStore
from desktop_app.secrets import SERVICE, KeyStore
from tests.accounts.conftest import FULL_PERMISSIONS, READ_ONLY, without
from tests.accounts.keyring_helpers import (
    app_items,
    files_containing,
    locked_default_collection,
    secret_tool_lookup,
)
from ui.connect_dialog import ConnectDialog

pytestmark = [pytest.mark.gui, pytest.mark.keyring]
WAIT = 15000


def _dialog(qtbot: Any, emulator: Any, **kwargs: Any) -> ConnectDialog:
    dialog = ConnectDialog(api_base=emulator.base_url, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _check(qtbot: Any, dialog: ConnectDialog, name: str, key: str) -> None:
    dialog.name_edit.setText(name)
    dialog.key_edit.setText(key)
    with qtbot.waitSignal(dialog.check_succeeded, timeout=WAIT):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)


def _error_after_check(qtbot: Any, dialog: ConnectDialog, key: str) -> str:
    dialog.name_edit.setText("Acme")
    dialog.key_edit.setText(key)
    with qtbot.waitSignal(dialog.error_shown, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled()
    assert dialog.error_label.text() == blocker.args[0]
    return str(blocker.args[0])


def _nothing_left(home: Path, key: str) -> None:
    assert ProfileStore().list() == []
    assert app_items() == []
    assert files_containing(home, key) == []


def test_pasted_key_is_checked_then_saved_to_the_keyring_only(
    qtbot: Any,
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
    isolated_app_dirs: Path,
) -> None:
    key = restricted_key()
    dialog = _dialog(qtbot, emulator)
    qtbot.keyClicks(dialog.name_edit, "Acme")
    QGuiApplication.clipboard().setText(f" {key}\n")
    dialog.key_edit.setFocus()
    qtbot.keySequence(dialog.key_edit, QKeySequence.StandardKey.Paste)
    assert dialog.key_edit.text().strip() == key
    with qtbot.waitSignal(dialog.check_succeeded, timeout=WAIT) as checked:
        qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)  # default button: Check
    check = checked.args[0]
    result = dialog.result_label.text()
    assert check.account_id in result
    assert "test mode" in result
    assert "All features available." in result
    assert dialog.save_button.isDefault()

    with qtbot.waitSignal(dialog.profile_saved, timeout=WAIT) as saved:
        qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)  # default button: Save
    profile: Profile = saved.args[0]
    assert profile.name == "Acme"
    assert profile.account_id == check.account_id
    assert ProfileStore().get("Acme") == profile
    assert keyring.get_password(SERVICE, "Acme") == key
    assert secret_tool_lookup("Acme") == key
    assert dialog.key_edit.text() == ""
    QGuiApplication.clipboard().clear()
    # config (profiles, QSettings), data (caches), state (logs), cache: none holds the key
    assert files_containing(isolated_app_dirs, key) == []


def test_read_only_key_shows_what_is_disabled(
    qtbot: Any, secret_service: None, emulator: Any, restricted_key: Callable[..., str]
) -> None:
    dialog = _dialog(qtbot, emulator)
    _check(qtbot, dialog, "Reader", restricted_key(READ_ONLY))
    assert "Read only: pause and resume disabled." in dialog.result_label.text()
    assert dialog.save_button.isEnabled()


def test_editing_the_key_after_a_check_needs_a_new_check(
    qtbot: Any, secret_service: None, emulator: Any, restricted_key: Callable[..., str]
) -> None:
    dialog = _dialog(qtbot, emulator)
    _check(qtbot, dialog, "Acme", restricted_key())
    assert dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.key_edit, "x")
    assert not dialog.save_button.isEnabled()
    assert dialog.result_label.text() == ""


def test_wrong_key(
    qtbot: Any, secret_service: None, emulator: Any, isolated_app_dirs: Path
) -> None:
    key = "rk_test_FAKEneverissued0123456789"
    message = _error_after_check(qtbot, _dialog(qtbot, emulator), key)
    assert message.startswith("Stripe did not accept this key")
    assert key not in message
    _nothing_left(isolated_app_dirs, key)


def test_revoked_key(
    qtbot: Any,
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
    isolated_app_dirs: Path,
) -> None:
    key = restricted_key()
    emulator.revoke_key(key)
    message = _error_after_check(qtbot, _dialog(qtbot, emulator), key)
    assert message.startswith("Stripe says this key has been revoked or rolled")
    _nothing_left(isolated_app_dirs, key)


def test_missing_permission_names_it(
    qtbot: Any,
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
    isolated_app_dirs: Path,
) -> None:
    key = restricted_key(without("rak_invoice_read"))
    dialog = _dialog(qtbot, emulator)
    message = _error_after_check(qtbot, dialog, key)
    assert message.startswith("Not usable: the key lacks Invoices: Read.")
    result = dialog.result_label.text()
    assert "Not available: See subscriptions, customers, invoices and cards on file" in result
    assert "(needs Invoices: Read)" in result
    _nothing_left(isolated_app_dirs, key)


def test_locked_keyring_on_save_keeps_the_dialog_open(
    qtbot: Any,
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
    isolated_app_dirs: Path,
) -> None:
    key = restricted_key()
    dialog = _dialog(qtbot, emulator)
    _check(qtbot, dialog, "Acme", key)
    with locked_default_collection():
        with qtbot.waitSignal(dialog.error_shown, timeout=WAIT) as blocker:
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert blocker.args[0].startswith("The keyring is locked.")
        assert "Unlock your login keyring" in blocker.args[0]
        assert dialog.isVisible()
        _nothing_left(isolated_app_dirs, key)
    with qtbot.waitSignal(dialog.profile_saved, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert KeyStore().get_key("Acme") == key


def test_no_keyring_backend_is_reported_by_the_check(
    qtbot: Any, no_keyring: None, emulator: Any, isolated_app_dirs: Path
) -> None:
    key = "rk_test_FAKEnokeyring0123456789"
    emulator.add_key(key, permissions=FULL_PERMISSIONS)
    emulator.clear_request_log()
    message = _error_after_check(qtbot, _dialog(qtbot, emulator), key)
    assert message.startswith("No OS keyring is available")
    assert "apt-get install gnome-keyring" in message
    assert emulator.request_log == []  # found out before the key went anywhere
    assert ProfileStore().list() == []
    assert files_containing(isolated_app_dirs, key) == []


def test_no_keyring_backend_at_save(
    qtbot: Any,
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
    isolated_app_dirs: Path,
) -> None:
    key = restricted_key()
    dialog = _dialog(qtbot, emulator)
    _check(qtbot, dialog, "Acme", key)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with qtbot.waitSignal(dialog.error_shown, timeout=WAIT) as blocker:
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    finally:
        keyring.set_keyring(previous)
    assert "No OS keyring is available" in blocker.args[0]
    assert "apt-get install gnome-keyring" in blocker.args[0]
    _nothing_left(isolated_app_dirs, key)


def test_replacing_a_key_keeps_the_profile(
    qtbot: Any, secret_service: None, emulator: Any, restricted_key: Callable[..., str]
) -> None:
    first = _dialog(qtbot, emulator)
    _check(qtbot, first, "Acme", restricted_key())
    with qtbot.waitSignal(first.profile_saved, timeout=WAIT) as saved:
        qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    profile = saved.args[0].with_changes(return_url="https://acme.example/")
    ProfileStore().save(profile)

    rotated = restricted_key()
    dialog = _dialog(qtbot, emulator, replace=profile)
    assert dialog.name_edit.isReadOnly()
    _check(qtbot, dialog, "Acme", rotated)
    with qtbot.waitSignal(dialog.profile_saved, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert secret_tool_lookup("Acme") == rotated
    assert ProfileStore().get("Acme").return_url == "https://acme.example/"
    assert len(app_items()) == 1
