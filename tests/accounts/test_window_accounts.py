"""Two connected accounts in the window: each shows its own data, never the other's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.accounts import Accounts
from desktop_app.emulator import run_emulator
from desktop_app.key_check import check_key, stripe_api_factory
from desktop_app.profiles import Profile, cache_path
from desktop_app.stripe_api import StripeApi
from tests.accounts.keyring_helpers import files_containing

pytestmark = [pytest.mark.gui, pytest.mark.keyring, pytest.mark.slow]
WAIT = 60_000


def _subscription_ids(emu: Any) -> set[str]:
    api = StripeApi(emu.api_key, api_base=emu.base_url, budget_rps=100.0)
    return {obj["id"] for obj in api.list_all("/v1/subscriptions", {"status": "all"})}


def _connect(name: str, emu: Any) -> Profile:
    """What the connect dialog does, without the dialog: check, then keyring + profile."""
    check = check_key(emu.api_key, stripe_api_factory(emu.base_url))
    profile = Profile(
        name=name,
        mode=check.kind.mode,
        account_id=check.account_id,
        account_name=check.account_name,
        api_base=emu.base_url,
    )
    return Accounts().connect(profile, emu.api_key)


@pytest.fixture
def two_accounts(secret_service: None) -> Iterator[tuple[Any, Any]]:
    with (
        run_emulator(seed=21, subscriptions=8) as alpha,
        run_emulator(seed=22, subscriptions=5) as beta,
    ):
        _connect("Alpha", alpha)
        _connect("Beta", beta)
        yield alpha, beta


def _ids(window: Any) -> set[str]:
    return {row.id for row in window.model.rows()}


def _sync(qtbot: Any, window: Any) -> None:
    with qtbot.waitSignal(window.syncCompleted, timeout=WAIT):
        window.sync(full=True)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)


def _switch(qtbot: Any, window: Any, name: str) -> None:
    """Choose ``name`` in the header's account switcher, as a keyboard user would."""
    switcher = window.header.switcher
    assert switcher.isVisible()
    target = switcher.findText(name)
    assert target >= 0
    switcher.setFocus()
    key = Qt.Key.Key_Down if target > switcher.currentIndex() else Qt.Key.Key_Up
    with qtbot.waitSignal(window.viewUpdated, timeout=WAIT):
        while switcher.currentIndex() != target:
            qtbot.keyClick(switcher, key)
    assert switcher.currentText() == name


def test_switching_accounts_never_mixes_their_data(
    qtbot: Any, two_accounts: tuple[Any, Any], isolated_app_dirs: Path
) -> None:
    from ui.app import create_application
    from ui.main_window import MainWindow

    alpha, beta = two_accounts
    alpha_ids, beta_ids = _subscription_ids(alpha), _subscription_ids(beta)
    assert alpha_ids
    assert beta_ids
    assert not alpha_ids & beta_ids

    create_application()
    window = MainWindow(profile="Alpha", ignore_saved_state=True)
    qtbot.addWidget(window)
    window.show()
    try:
        _sync(qtbot, window)
        assert _ids(window) == alpha_ids

        _switch(qtbot, window, "Beta")
        assert not _ids(window) & alpha_ids  # Beta never synced: nothing of Alpha shows
        _sync(qtbot, window)
        assert _ids(window) == beta_ids

        _switch(qtbot, window, "Alpha")  # from Alpha's own cache, no sync needed
        qtbot.waitUntil(lambda: _ids(window) == alpha_ids, timeout=WAIT)
    finally:
        window.shutdown()
        window.save_settings()
    assert cache_path("Alpha") != cache_path("Beta")
    assert cache_path("Alpha").is_file()
    assert cache_path("Beta").is_file()
    # caches, window settings (QSettings), logs: no file the app wrote holds a key
    from ui.settings import settings_path

    assert settings_path().is_file()
    assert str(settings_path()).startswith(str(isolated_app_dirs))
    for emu in two_accounts:
        assert files_containing(isolated_app_dirs, emu.api_key) == []


def test_a_revoked_key_is_reported_and_the_cached_data_stays(
    qtbot: Any, two_accounts: tuple[Any, Any]
) -> None:
    from ui.app import create_application
    from ui.main_window import MainWindow

    alpha, _ = two_accounts
    alpha_ids = _subscription_ids(alpha)
    create_application()
    window = MainWindow(profile="Alpha", ignore_saved_state=True)
    qtbot.addWidget(window)
    window.show()
    try:
        _sync(qtbot, window)
        alpha.revoke_key(alpha.api_key)
        with qtbot.waitSignal(window.syncErrored, timeout=WAIT) as failed:
            window.sync()
        message = failed.args[0]
        assert "revoked or rolled" in message
        assert "Replace" in message
        assert alpha.api_key not in message
        assert _ids(window) == alpha_ids
    finally:
        window.shutdown()
