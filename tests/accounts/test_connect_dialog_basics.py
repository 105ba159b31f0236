"""The connect dialog without a server: masking, accessibility, format errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop_app.profiles import ProfileStore
from tests.accounts.keyring_helpers import files_containing
from ui.connect_dialog import ConnectDialog

pytestmark = pytest.mark.gui


def _dialog(qtbot: Any, **kwargs: Any) -> ConnectDialog:
    dialog = ConnectDialog(**kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_key_is_masked_until_shown(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(dialog.show_key, Qt.MouseButton.LeftButton)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.show_key.setChecked(False)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password


def test_widgets_have_accessible_names_and_help(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    for widget in (
        dialog.name_edit,
        dialog.key_edit,
        dialog.show_key,
        dialog.api_base_edit,
        dialog.check_button,
        dialog.save_button,
    ):
        assert widget.accessibleName()
    help_text = dialog.findChild(type(dialog.result_label), "keyHelp").text()
    for word in ("rk_", "sk_", "restricted", "live", "test", "Subscriptions", "keyring"):
        assert word in help_text


def test_buttons_follow_the_input(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    assert not dialog.check_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    dialog.key_edit.setFocus()
    qtbot.keyClicks(dialog.key_edit, "rk_test_FAKE0123456789")
    assert dialog.check_button.isEnabled()
    assert dialog.check_button.isDefault()
    assert not dialog.save_button.isEnabled()  # only after a successful check


def test_malformed_key_is_explained_and_nothing_is_written(
    qtbot: Any, isolated_app_dirs: Path
) -> None:
    dialog = _dialog(qtbot)
    dialog.name_edit.setText("Acme")
    dialog.key_edit.setText("pk_test_FAKE0123456789")
    with qtbot.waitSignal(dialog.error_shown, timeout=5000) as blocker:
        qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)
    assert "publishable key" in blocker.args[0]
    assert dialog.error_label.isVisible()
    assert "publishable key" in dialog.error_label.text()
    assert not dialog.save_button.isEnabled()
    assert ProfileStore().list() == []
    assert files_containing(isolated_app_dirs, "FAKE0123456789") == []


def test_tab_order_follows_the_form(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    dialog.activateWindow()
    dialog.name_edit.setFocus()
    qtbot.waitUntil(dialog.name_edit.hasFocus)
    for widget in (dialog.key_edit, dialog.show_key, dialog.api_base_edit):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(widget.hasFocus)
