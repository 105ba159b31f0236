"""A failing sync shows a clear, non-modal error and keeps the cached rows."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.conftest import emulator_of, row_ids

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_sync_fault_shows_error_and_keeps_rows(qtbot: Any, demo_window: Any) -> None:
    window = demo_window
    before = row_ids(window)
    emu = emulator_of(window)
    # Stripe answers 500 for good: reads are retried until their deadline (30 s)
    emu.faults.inject("500", count=100_000)
    with qtbot.waitSignal(window.syncErrored, timeout=90_000) as blocker:
        window.header.refresh_action.trigger()
    message = blocker.args[0]
    assert message
    assert window.banner.isVisible()
    assert window.banner.text() == message
    assert "last successful sync" in message
    assert row_ids(window) == before
    assert "(stale)" in window.header.synced_label.text() or window.stale
    assert window.model.rowCount() == len(before)
    # once Stripe answers again, Retry clears the message
    emu.faults.clear()
    with qtbot.waitSignal(window.syncCompleted, timeout=60_000):
        window.banner.retry_button.click()
    assert not window.banner.isVisible()
    assert not window.stale


def test_a_list_that_never_ends_shows_what_happened(qtbot: Any, demo_window: Any) -> None:
    """A server that repeats the same page of a list (ignoring the cursor) forever: the
    sync stops at the first repeat and the window says why."""
    window = demo_window
    before = row_ids(window)
    emu = emulator_of(window)
    emu.faults.inject("repeat_page", count=100_000, path="/v1/subscriptions")
    with qtbot.waitSignal(window.syncErrored, timeout=60_000) as blocker:
        window.header.full_action.trigger()
    message = blocker.args[0]
    assert "kept sending pages of /v1/subscriptions that were sent already" in message
    assert window.banner.isVisible()
    assert window.banner.text() == message
    assert row_ids(window) == before


def test_model_passes_qtmodeltester(qtmodeltester: Any, demo_window: Any) -> None:
    qtmodeltester.check(demo_window.model, force_py=True)


def test_welcome_screen_offers_connect_and_demo(qtbot: Any) -> None:
    from ui.app import create_application
    from ui.main_window import MainWindow

    create_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.demo_button.isEnabled()
    assert window.welcome.connect_button.isEnabled()
    assert window.welcome.connect_button.text().startswith("Connect a Stripe account")


def test_cancel_stops_the_sync_and_keeps_rows(qtbot: Any, demo_window: Any) -> None:
    window = demo_window
    before = row_ids(window)
    emu = emulator_of(window)
    emu.set_latency(300)  # slow enough to cancel mid-way
    with qtbot.waitSignal(window.session.syncProgress, timeout=30_000):
        window.header.full_action.trigger()
    assert window.header.cancel_button.isVisible()
    assert not window.header.full_action.isEnabled()
    with qtbot.waitSignal(window.syncErrored, timeout=30_000) as blocker:
        window.header.cancel_button.click()
    assert blocker.args == [""]  # a cancel is not an error: no banner
    assert "cancelled" in window.statusBar().currentMessage()
    assert not window.banner.isVisible()
    assert not window.header.cancel_button.isVisible()
    assert window.header.refresh_action.isEnabled()
    assert row_ids(window) == before
