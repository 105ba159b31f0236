"""Selecting a row fills the summary card: one case per kind of subscription."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.conftest import emulator_of, stripe_subscriptions, wait_view
from tests.url_catcher import UrlCatcher

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def _select(qtbot: Any, window: Any, predicate: Any) -> Any:
    """Select the first row matching ``predicate`` and wait for its details."""
    for row in window.model.rows():
        if predicate(row):
            with qtbot.waitSignal(window.detailShown, timeout=10_000):
                assert window.table.select_id(row.id)
            return row
    pytest.fail("the demo data has no such subscription")


def _stripe(window: Any, sub_id: str) -> Any:
    return next(s for s in stripe_subscriptions(window) if s.id == sub_id)


def test_active_subscription(qtbot: Any, demo_window: Any) -> None:
    window = demo_window
    row = _select(qtbot, window, lambda r: r.display_status == "active" and not r.collection_paused)
    card = window.card
    assert card.badge.texts() == ["Active"]
    assert card.field_text("plan") == row.plan_label
    assert card.field_text("period") == row.interval_label
    assert card.label_text("next") == "Next billing date"
    assert card.field_text("next")
    assert card.field_text("id") == row.id
    assert not card.warning.isVisibleTo(card)
    assert not card.notice.isVisibleTo(card)
    assert not card.portal_button.isVisibleTo(card)
    sub = _stripe(window, row.id)
    if sub.default_payment_method is not None and sub.default_payment_method.last4:
        assert sub.default_payment_method.last4 in card.field_text("payment_method")


def test_trialing_subscription_shows_trial_end(qtbot: Any, demo_window: Any) -> None:
    from ui.formatting import format_date

    window = demo_window
    row = _select(qtbot, window, lambda r: r.display_status == "trialing")
    sub = _stripe(window, row.id)
    assert window.card.badge.texts()[0] == "Trialing"
    assert window.card.field_text("trial_end") == format_date(sub.trial_end)


def test_canceling_subscription_says_when_it_ends(qtbot: Any, demo_window: Any) -> None:
    from ui.formatting import format_date

    window = demo_window
    row = _select(qtbot, window, lambda r: r.display_status == "canceling")
    card = window.card
    assert card.badge.texts()[0] == "Canceling"
    assert card.label_text("next") == "Ends on"
    assert card.field_text("next") == format_date(row.next_billing_date)
    assert card.label_text("cancel") == "Cancels on"
    assert card.field_text("cancel")


def test_canceled_subscription_shows_cancellation_date(qtbot: Any, demo_window: Any) -> None:
    window = demo_window
    row = _select(qtbot, window, lambda r: r.display_status == "canceled")
    card = window.card
    assert card.badge.texts() == ["Canceled"]
    assert card.label_text("cancel") == "Canceled on"
    assert card.field_text("cancel")
    assert not card.field_text("next")
    assert not card.portal_button.isVisibleTo(card)
    assert row.id == card.field_text("id")


def test_collection_paused_notice(qtbot: Any, demo_window: Any) -> None:
    from ui.formatting import format_date

    window = demo_window
    row = _select(qtbot, window, lambda r: r.collection_paused)
    card = window.card
    assert "Collection paused" in card.badge.texts()
    assert card.notice.isVisibleTo(card)
    text = card.notice.text()
    assert "Payment collection is paused" in text
    behavior_words = {
        "keep_as_draft": "drafts",
        "mark_uncollectible": "uncollectible",
        "void": "voided",
    }
    assert behavior_words[row.pause_behavior] in text
    if row.pause_resumes_at is not None:
        assert format_date(row.pause_resumes_at) in text
    else:
        assert "until someone resumes it" in text


def test_past_due_shows_dunning_and_portal_action(qtbot: Any, demo_window: Any) -> None:
    from ui.formatting import format_date

    window = demo_window
    row = _select(qtbot, window, lambda r: r.display_status == "past_due")
    card = window.card
    sub = _stripe(window, row.id)
    emu = emulator_of(window)
    from desktop_app.domain import parse_invoice
    from desktop_app.stripe_api import StripeApi

    api = StripeApi(emu.api_key, api_base=emu.base_url)
    invoice = parse_invoice(api.get(f"/v1/invoices/{sub.latest_invoice_id}"))
    assert card.warning.isVisibleTo(card)
    text = card.warning.text()
    assert "Past due" in text
    assert f"Attempts so far: {invoice.attempt_count}" in text
    if invoice.next_payment_attempt is not None:
        assert f"Next retry: {format_date(invoice.next_payment_attempt)}" in text
    assert card.portal_button.isVisibleTo(card)
    with qtbot.waitSignal(window.portalRequested, timeout=2000) as blocker:
        card.portal_button.click()
    assert blocker.args == [row.id, "payment_method_update"]


def test_unknown_status_displays_as_unknown(qtbot: Any, demo_window: Any) -> None:
    window = demo_window
    emu = emulator_of(window)
    target = next(r for r in window.model.rows() if r.display_status == "active")
    emu.update_subscription(target.id, status="frozen_by_future_api")
    with qtbot.waitSignal(window.syncCompleted, timeout=30_000):
        window.header.refresh_action.trigger()
    qtbot.waitUntil(
        lambda: any(
            r.id == target.id and r.display_status == "unknown" for r in window.model.rows()
        ),
        timeout=10_000,
    )
    _select(qtbot, window, lambda r: r.id == target.id)
    card = window.card
    assert card.badge.texts()[0] == "Unknown"
    assert "frozen_by_future_api" in card.warning.text()
    assert not card.portal_button.isVisibleTo(card)


def test_invoices_load_in_the_background(qtbot: Any, demo_window: Any) -> None:
    from desktop_app.domain import parse_invoice
    from desktop_app.stripe_api import StripeApi

    window = demo_window
    row = _select(qtbot, window, lambda r: r.display_status == "past_due")
    emu = emulator_of(window)
    api = StripeApi(emu.api_key, api_base=emu.base_url)
    expected = [parse_invoice(obj) for obj in api.list_customer_invoices(row.customer_id)]
    assert expected
    qtbot.waitUntil(lambda: len(window.detail.invoice_rows()) == len(expected), timeout=10_000)
    shown_numbers = {r[0] for r in window.detail.invoice_rows()}
    assert shown_numbers == {inv.number or inv.id for inv in expected}
    # opening the hosted page goes through QDesktopServices (intercepted here)
    opened: list[str] = []
    window.detail.urlOpened.connect(opened.append)
    first = window.detail.current_invoice()
    assert first is not None
    if first.hosted_invoice_url:
        browser = UrlCatcher()
        browser.install()
        try:
            window.detail.hosted_button.click()
        finally:
            browser.uninstall()
        assert opened == [first.hosted_invoice_url]
        assert browser.urls == [first.hosted_invoice_url]
        assert first.hosted_invoice_url in window.detail.url_label.text()


def test_search_then_clear_restores_rows(qtbot: Any, demo_window: Any) -> None:
    window = demo_window
    total = window.model.rowCount()
    wait_view(qtbot, window, lambda: window.header.search.setText("zzzz-no-such-customer"))
    assert window.model.rowCount() == 0
    assert window.table.placeholder() == "No subscriptions match this filter."
    assert window.chips.chips["all"].count == 0
    wait_view(qtbot, window, lambda: window.header.search.clear())
    assert window.model.rowCount() == total
