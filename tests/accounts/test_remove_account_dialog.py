"""Removing an account from the window: key, profile and (when confirmed) cache."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.accounts import Accounts
from desktop_app.profiles import Profile, ProfileStore, cache_path
from tests.accounts.keyring_helpers import app_items, locked_default_collection, secret_tool_lookup
from ui.remove_account_dialog import RemoveAccountDialog

pytestmark = [pytest.mark.gui, pytest.mark.keyring]
KEY = "rk_live_FAKEremove0123456789"
WAIT = 15000


def _connected(name: str = "Acme") -> Profile:
    profile = Accounts().connect(Profile(name=name, mode="live", account_id="acct_1FAKE"), KEY)
    cache = cache_path(profile)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(b"SQLite format 3\x00")
    return profile


def _dialog(qtbot: Any, profile: Profile) -> RemoveAccountDialog:
    dialog = RemoveAccountDialog(profile)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_remove_with_cache(qtbot: Any, secret_service: None) -> None:
    profile = _connected()
    dialog = _dialog(qtbot, profile)
    assert "Acme (LIVE)" in dialog.message.text()
    assert dialog.delete_cache.isChecked()
    assert not dialog.remove_button.isDefault()
    with qtbot.waitSignal(dialog.removed, timeout=WAIT) as done:
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert done.args[0].key_removed
    assert secret_tool_lookup("Acme") is None
    assert app_items() == []
    assert ProfileStore().list() == []
    assert not cache_path(profile).exists()


def test_remove_keeping_the_cache(qtbot: Any, secret_service: None) -> None:
    profile = _connected()
    dialog = _dialog(qtbot, profile)
    qtbot.mouseClick(dialog.delete_cache, Qt.MouseButton.LeftButton)
    assert not dialog.delete_cache.isChecked()
    with qtbot.waitSignal(dialog.removed, timeout=WAIT):
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert app_items() == []
    assert cache_path(profile).exists()


def test_locked_keyring_removes_nothing(qtbot: Any, secret_service: None) -> None:
    profile = _connected()
    dialog = _dialog(qtbot, profile)
    with locked_default_collection():
        with qtbot.waitSignal(dialog.error_shown, timeout=WAIT) as failed:
            qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        assert failed.args[0].startswith("The keyring is locked.")
        assert dialog.isVisible()
        assert dialog.remove_button.isEnabled()
    assert secret_tool_lookup("Acme") == KEY
    assert ProfileStore().get("Acme") == profile
    assert cache_path(profile).exists()
