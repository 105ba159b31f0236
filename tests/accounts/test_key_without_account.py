"""A restricted key that may read subscriptions but not the account itself.

``GET /v1/account`` needs Connect's account permission, ``rak_connected_account_read``
("connected_account_read: Grants access to read Accounts",
https://docs.stripe.com/stripe-apps/reference/permissions), which a billing tool's
key is rarely given; Stripe then answers 403 naming the permission and the account
(https://docs.stripe.com/keys/restricted-api-keys; the message as in
stripe/stripe-node issue #2246). Such a key must still connect and sync: the
account's ID comes from that answer, its name from an invoice's ``account_name``
and its mode from the key, and the key check says what is missing.
Real parts: the emulator over HTTP, the CLI, the Secret Service, Qt widgets.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.cli.main import main
from desktop_app.profiles import ProfileStore
from desktop_app.stripe_api import StripeApi
from tests.accounts.conftest import without

pytestmark = pytest.mark.keyring
WAIT = 60_000
NO_ACCOUNT = without("rak_connected_account_read")
MISSING_LINE = (
    "  no   Read the account's name and settings from Stripe (needs Connect: Accounts: Read)"
)


def _run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def _all_subscription_ids(emulator: Any) -> set[str]:
    api = StripeApi(emulator.api_key, emulator.base_url, budget_rps=200.0)
    return {s["id"] for s in api.list_all("/v1/subscriptions", {"status": "all"})}


def _account_refused(emulator: Any) -> bool:
    return any(r.path == "/v1/account" and r.status == 403 for r in emulator.request_log)


def test_the_emulator_refuses_the_account_as_stripe_does(
    emulator: Any, restricted_key: Callable[..., str]
) -> None:
    import stripe

    key = restricted_key(NO_ACCOUNT)
    client = stripe.StripeClient(key, base_addresses={"api": emulator.base_url})
    with pytest.raises(stripe.PermissionError) as caught:
        client.v1.accounts.retrieve_current()
    error = caught.value
    assert error.http_status == 403
    assert error.json_body is not None
    body = error.json_body["error"]
    assert body["type"] == "invalid_request_error"
    account = emulator.state.account["id"]
    assert body["message"] == (
        f"The provided key 'rk_test_{'*' * (len(key) - 14)}{key[-6:]}' does not have the "
        f"required permissions for this endpoint on account '{account}'. Having the "
        "'rak_connected_account_read' permission would allow this request to continue."
    )
    assert client.v1.subscriptions.list(params={"limit": 1}).data  # the rest is readable


def test_cli_adds_the_account_and_syncs_it(
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
    isolated_app_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    key = restricted_key(NO_ACCOUNT)
    account = emulator.state.account
    emulator.clear_request_log()
    args = ["profiles", "add", "Acme", "--api-base", emulator.base_url]
    code, out, err = _run(monkeypatch, capsys, args, key)
    assert (code, err) == (0, "")
    assert _account_refused(emulator)  # the path under test: Stripe said no
    assert f"Account: {account['business_profile']['name']} ({account['id']}), test mode" in out
    assert "Features: Limited: the account's name is taken from its invoices." in out
    assert MISSING_LINE in out.splitlines()
    profile = ProfileStore().get("Acme")
    assert (profile.account_id, profile.mode) == (account["id"], "test")
    assert profile.account_name == account["business_profile"]["name"]

    code, _, err = _run(monkeypatch, capsys, ["sync", "--profile", "Acme"])
    assert code == 0, err
    assert "Synced Acme (full)" in err
    out_file = tmp_path / "acme.csv"
    args = ["export", "--profile", "Acme", "--offline", "-o", str(out_file)]
    code, _, err = _run(monkeypatch, capsys, args)
    assert code == 0, err
    with out_file.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["subscription_id"] for row in rows} == _all_subscription_ids(emulator)

    code, _, err = _run(monkeypatch, capsys, ["sync", "--profile", "Acme"])  # events
    assert code == 0, err
    assert "Synced Acme (incremental)" in err

    code, out, _ = _run(monkeypatch, capsys, ["profiles", "check", "Acme"])
    assert code == 0
    assert MISSING_LINE in out.splitlines()


@pytest.mark.gui
def test_connect_dialog_adds_the_account_and_the_window_syncs_it(
    qtbot: Any,
    secret_service: None,
    emulator: Any,
    restricted_key: Callable[..., str],
) -> None:
    from ui.app import create_application
    from ui.connect_dialog import ConnectDialog
    from ui.main_window import MainWindow

    create_application()
    key = restricted_key(NO_ACCOUNT)
    account = emulator.state.account
    emulator.clear_request_log()
    dialog = ConnectDialog(api_base=emulator.base_url)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.key_edit.setText(key)
    with qtbot.waitSignal(dialog.check_succeeded, timeout=WAIT):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert _account_refused(emulator)
    result = dialog.result_label.text().splitlines()
    assert f"Account: {account['business_profile']['name']} ({account['id']}), test mode" in result
    assert (
        "Not available: Read the account's name and settings from Stripe "
        "(needs Connect: Accounts: Read)"
    ) in result
    # The name the user would otherwise type, from the account's invoices.
    assert dialog.name_edit.text() == account["business_profile"]["name"]
    dialog.name_edit.setText("Acme")
    with qtbot.waitSignal(dialog.profile_saved, timeout=WAIT) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].account_id == account["id"]

    window = MainWindow(profile="Acme", ignore_saved_state=True)
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.syncCompleted, timeout=WAIT):
            window.sync(full=True)
        expected = _all_subscription_ids(emulator)
        qtbot.waitUntil(lambda: {row.id for row in window.model.rows()} == expected, timeout=WAIT)
        with qtbot.waitSignal(window.syncCompleted, timeout=WAIT) as refreshed:
            window.header.refresh_action.trigger()  # F5: a refresh from events works too
        assert refreshed.args[0].kind == "incremental"
    finally:
        window.shutdown()
