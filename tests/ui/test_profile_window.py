"""The window on a connected account: key in the real Secret Service, sync in a child
process that reads the key itself, rows from the emulator."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.accounts.keyring_helpers import delete_app_items, in_private_secret_service

pytestmark = [pytest.mark.gui, pytest.mark.keyring, pytest.mark.slow]


@pytest.fixture
def emulator_profile() -> Iterator[Any]:
    if not in_private_secret_service():
        pytest.skip("needs the private Secret Service of scripts/test.sh")
    from desktop_app.accounts import Accounts
    from desktop_app.emulator import run_emulator
    from desktop_app.profiles import Profile

    delete_app_items()
    with run_emulator(subscriptions=40) as emu:
        Accounts().connect(Profile(name="Acme", mode="test", api_base=emu.base_url), emu.api_key)
        yield emu
    delete_app_items()


def test_window_opens_the_profile_and_syncs_it(qtbot: Any, emulator_profile: Any) -> None:
    from desktop_app.stripe_api import StripeApi
    from ui.app import create_application
    from ui.main_window import MainWindow

    create_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.main_page
    with qtbot.waitSignal(window.syncCompleted, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    emu = emulator_profile
    api = StripeApi(emu.api_key, api_base=emu.base_url)
    expected = {s["id"] for s in api.list_all("/v1/subscriptions", {"status": "all"})}
    assert {r.id for r in window.model.rows()} == expected
    assert window.header.mode_badge.text == "TEST"
    assert "DEMO" not in window.windowTitle()
    assert window.session is not None
    assert (
        window.session.dashboard_url("sub_1")
        == "https://dashboard.stripe.com/test/subscriptions/sub_1"
    )
    window.shutdown()
