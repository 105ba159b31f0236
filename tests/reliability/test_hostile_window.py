"""The window against a hostile server, one case each: what the user reads in it and
what the log holds. The sync runs in its own process, as in use.

Times are Stripe timestamps, integers "measured in seconds since the Unix epoch"
(https://docs.stripe.com/api/subscriptions/object); 253402300799 is
9999-12-31T23:59:59Z, the last second a Python datetime holds: east of UTC it has no
local time.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.emulator import Emulator
from desktop_app.logging_setup import log_file_path
from desktop_app.paths import log_dir

pytestmark = [pytest.mark.gui, pytest.mark.slow]

LAST_SECOND = 253_402_300_799


@pytest.fixture
def window(qtbot: Any, emu: Emulator, tmp_path: Path) -> Iterator[Any]:
    """The window on a connected (emulator) account, not synced yet."""
    from PySide6.QtCore import QLocale

    from desktop_app.logging_setup import setup_logging
    from desktop_app.stripe_api import StripeApi
    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.sync_process import SyncTarget

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    setup_logging()  # as billing-manager's main() does before the window opens
    create_application()
    shown = MainWindow()
    qtbot.addWidget(shown)
    shown.show()
    key, base = emu.api_key, emu.base_url
    shown.open_session(
        tmp_path / "cache.sqlite3",
        lambda: StripeApi(key, base, budget_rps=200.0),
        name="Hostile",
        mode="test",
        test=True,
        sync_target=SyncTarget(api_key=key, api_base=base, budget_rps=200.0),
    )
    yield shown
    shown.shutdown()
    QLocale.setDefault(previous)


@pytest.fixture
def east_of_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _synced(qtbot: Any, window: Any) -> Any:
    with qtbot.waitSignal(window.syncCompleted, timeout=60_000) as done:
        window.sync(full=True)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=10_000)
    return done.args[0]


def _active(emu: Emulator, status: str = "active") -> str:
    with emu.lock:
        return next(s["id"] for s in emu.state.subscriptions.values() if s["status"] == status)


@pytest.mark.bad_input
def test_the_window_names_what_it_skipped_and_the_log_says_why(
    qtbot: Any, window: Any, emu: Emulator
) -> None:
    bad = _active(emu)
    emu.corruptions.set(bad, "created", "abc")
    result = _synced(qtbot, window)
    assert [s.object_id for s in result.skipped] == [bad]
    text = window.banner.text()
    assert window.banner.isVisible()
    assert f"were skipped (1): {bad}. Everything else was synced" in text
    assert f"the details are in the log in {log_dir()}." in text
    assert not window.banner.retry_button.isVisible()
    shown = {row.id for row in window.model.rows()}
    with emu.lock:
        assert shown == set(emu.state.subscriptions) - {bad}
    # written by the sync's own process
    assert f"Skipped subscription {bad}: created is 'abc'" in log_file_path().read_text()


@pytest.mark.bad_input
def test_the_last_day_a_date_can_hold_shows_east_of_utc(
    qtbot: Any, window: Any, emu: Emulator, east_of_utc: None
) -> None:
    trialing = _active(emu, "trialing")
    emu.update_subscription(trialing, trial_end=LAST_SECOND)
    _synced(qtbot, window)
    with qtbot.waitSignal(window.detailShown, timeout=10_000):
        assert window.table.select_id(trialing)
    from ui.formatting import format_date

    last_day = format_date(date(9999, 12, 31))  # (in UTC: there is no later local day)
    assert "9999" in last_day
    assert window.card.field_text("trial_end") == last_day
    assert window.card.field_text("next") == last_day
    assert not window.banner.isVisible()


@pytest.mark.crash
def test_a_sync_process_that_dies_is_reported_and_the_log_says_how(
    qtbot: Any, window: Any, emu: Emulator
) -> None:
    import multiprocessing

    _synced(qtbot, window)
    before = {row.id for row in window.model.rows()}
    held = emu.faults.hold("/v1/subscriptions")
    earlier = set(multiprocessing.active_children())  # (the last sync's may be closing)
    with qtbot.waitSignal(window.syncErrored, timeout=60_000) as failed:
        window.sync(full=True)
        assert held.arrived.wait(30)
        (child,) = [
            p
            for p in multiprocessing.active_children()
            if p.name == "billing-manager-sync" and p not in earlier
        ]
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
        held.release()
    text = failed.args[0]
    assert "The sync stopped unexpectedly (exit code -9, SIGKILL)." in text
    assert f"details are in the log in {log_dir()}." in text
    assert "ended without a result (exit code -9, SIGKILL)" in log_file_path().read_text()
    assert {row.id for row in window.model.rows()} == before
    with qtbot.waitSignal(window.syncCompleted, timeout=60_000):
        window.banner.retry_button.click()


@pytest.mark.bad_input
def test_an_invoice_that_cannot_be_read_leaves_the_others_in_the_list(
    qtbot: Any, window: Any, emu: Emulator
) -> None:
    from desktop_app.stripe_api import StripeApi

    sub_id = _active(emu)
    with emu.lock:
        customer = emu.state.subscriptions[sub_id]["customer"]
    listed = StripeApi(emu.api_key, emu.base_url).list_customer_invoices(customer)
    assert len(listed) >= 2
    bad = listed[0]
    emu.corruptions.set(bad["id"], "amount_due", "lots")
    _synced(qtbot, window)
    with qtbot.waitSignal(window.session.invoicesReady, timeout=30_000):
        assert window.table.select_id(sub_id)
    qtbot.waitUntil(lambda: len(window.detail.invoice_rows()) == len(listed) - 1)
    shown = {row[0] for row in window.detail.invoice_rows()}
    assert (bad.get("number") or bad["id"]) not in shown
    assert "Could not load invoices" not in window.detail.invoice_status.text()
    assert f"Skipped invoice {bad['id']}: amount_due is 'lots'" in log_file_path().read_text()
