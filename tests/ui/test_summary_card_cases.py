"""The summary card for each kind of subscription, from the store's own dataclasses."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from desktop_app.domain import DisplayStatus, Invoice, PauseCollection, PaymentMethod, Subscription
from desktop_app.store import SubscriptionDetail
from tests.ui.test_model_rows import make_row
from ui.formatting import format_date
from ui.summary_card import SummaryCard

pytestmark = pytest.mark.gui

NOW = datetime(2026, 11, 21, 12, tzinfo=UTC)


def detail_for(row: Any, **sub_fields: Any) -> SubscriptionDetail:
    invoice = sub_fields.pop("invoice", None)
    card = sub_fields.pop("card", None)
    sub = Subscription(id=row.id, status=row.raw_status, created=row.created, **sub_fields)
    return SubscriptionDetail(
        row=row,
        subscription=sub,
        customer=None,
        payment_method=card,
        payment_method_source="subscription" if card else None,
        items=(),
        latest_invoice=invoice,
        billing_period=None,
        next_billing=None,
        collection_pause=sub.pause_collection,
    )


@pytest.fixture
def card(qtbot: Any) -> SummaryCard:
    widget = SummaryCard()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_active_with_card(card: SummaryCard) -> None:
    row = make_row(1, DisplayStatus.ACTIVE)
    visa = PaymentMethod("pm_1", brand="visa", last4="4242", exp_month=4, exp_year=2028)
    card.show_subscription(row, detail_for(row, card=visa))
    assert card.badge.texts() == ["Active"]
    assert card.field_text("payment_method") == "Visa ending in 4242, expires 04/2028"
    assert card.field_text("next") == format_date(row.next_billing_date)
    assert card.label_text("next") == "Next billing date"
    assert not card.warning.isVisible()
    assert not card.notice.isVisible()


def test_trialing_shows_trial_end(card: SummaryCard) -> None:
    row = make_row(2, DisplayStatus.TRIALING, next_billing_kind="trial_ends")
    card.show_subscription(row, detail_for(row, trial_end=NOW))
    assert card.badge.texts() == ["Trialing"]
    assert card.field_text("trial_end") == format_date(NOW)


def test_canceling_shows_end_date(card: SummaryCard) -> None:
    row = make_row(3, DisplayStatus.CANCELING, next_billing_kind="ends", cancel_at=NOW)
    card.show_subscription(row, detail_for(row, cancel_at=NOW, cancel_at_period_end=False))
    assert card.label_text("next") == "Ends on"
    assert card.label_text("cancel") == "Cancels on"
    assert card.field_text("cancel") == format_date(NOW)


def test_canceled_shows_when(card: SummaryCard) -> None:
    row = make_row(4, DisplayStatus.CANCELED, next_billing_date=None, ended_at=NOW)
    card.show_subscription(row, detail_for(row, ended_at=NOW))
    assert card.label_text("cancel") == "Canceled on"
    assert card.field_text("cancel") == format_date(NOW)
    assert card.field_text("next") == ""


def test_collection_paused_notice_with_behavior_and_resume_date(card: SummaryCard) -> None:
    pause = PauseCollection("mark_uncollectible", NOW)
    row = make_row(
        5,
        DisplayStatus.ACTIVE,
        collection_paused=True,
        pause_behavior=pause.behavior,
        pause_resumes_at=NOW,
    )
    card.show_subscription(row, detail_for(row, pause_collection=pause))
    assert card.badge.texts() == ["Active", "Collection paused"]
    assert card.notice.isVisible()
    assert "marked uncollectible" in card.notice.text()
    assert format_date(NOW) in card.notice.text()


def test_past_due_with_dunning_and_portal_signal(qtbot: Any, card: SummaryCard) -> None:
    row = make_row(6, DisplayStatus.PAST_DUE)
    invoice = Invoice(
        "in_6",
        status="open",
        number="INV-6",
        currency="eur",
        amount_due=1006,
        amount_remaining=1006,
        attempt_count=3,
        next_payment_attempt=NOW,
    )
    card.show_subscription(row, detail_for(row, invoice=invoice))
    text = card.warning.text()
    assert card.warning.isVisible()
    assert "Attempts so far: 3" in text
    assert f"Next retry: {format_date(NOW)}" in text
    assert "Amount due: €10.06" in text
    assert card.field_text("latest_invoice").startswith("INV-6")
    with qtbot.waitSignal(card.portalRequested) as blocker:
        card.portal_button.click()
    assert blocker.args == [row.id, "payment_method_update"]


def test_unpaid_without_retry(card: SummaryCard) -> None:
    row = make_row(7, DisplayStatus.UNPAID)
    invoice = Invoice("in_7", status="open", currency="eur", attempt_count=4)
    card.show_subscription(row, detail_for(row, invoice=invoice))
    assert "No further retry is scheduled." in card.warning.text()
    assert card.portal_button.isVisible()


def test_unknown_status_says_so(card: SummaryCard) -> None:
    row = make_row(8, DisplayStatus.UNKNOWN, raw_status="hibernating")
    card.show_subscription(row, detail_for(row))
    assert card.badge.texts() == ["Unknown"]
    assert "hibernating" in card.warning.text()
    assert not card.portal_button.isVisible()


def test_a_replaced_card_without_a_retry_and_a_paid_invoice(card: SummaryCard) -> None:
    """After the customer replaced the card: no retry scheduled says to collect in the
    Dashboard (Stripe retries only on its schedule: "No further retry" otherwise); once
    the latest invoice is paid the box says so, not to ask for a new card."""
    row = make_row(8, DisplayStatus.UNPAID)
    invoice = Invoice("in_8", status="open", currency="eur", attempt_count=4)
    detail = replace(detail_for(row, invoice=invoice), method_replaced=True)
    card.show_subscription(row, detail)
    text = card.warning.text()
    assert "updated the payment method after the last failed attempt" in text
    assert "no retry is scheduled" in text
    assert "Ask the customer" not in text
    assert not card.portal_button.isVisible()
    paid = replace(invoice, status="paid", amount_remaining=0)
    card.show_subscription(row, detail_for(row, invoice=paid))
    assert card.warning.text() == "The latest invoice is paid: Stripe changes the status shortly."
    assert not card.portal_button.isVisible()
