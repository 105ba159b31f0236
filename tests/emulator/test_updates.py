"""Subscription updates, payment failures and the events they write."""

from __future__ import annotations

import pytest
import stripe

from desktop_app.emulator import Emulator


def _active(client: stripe.StripeClient) -> stripe.Subscription:
    subs = client.v1.subscriptions.list(params={"limit": 100, "status": "active"}).data
    return next(s for s in subs if not s.pause_collection and not s.cancel_at_period_end)


def test_pause_collection_set_and_cleared_with_events(
    emu: Emulator, client: stripe.StripeClient
) -> None:
    sub = _active(client)
    resumes = emu.now + 30 * 86400
    paused = client.v1.subscriptions.update(
        sub.id, params={"pause_collection": {"behavior": "void", "resumes_at": resumes}}
    )
    assert paused.pause_collection.behavior == "void"
    assert paused.pause_collection.resumes_at == resumes
    assert paused.status == sub.status
    event = client.v1.events.list(params={"limit": 1}).data[0]
    assert event.type == "customer.subscription.updated"
    assert event.data.object.id == sub.id
    assert event.data.previous_attributes.pause_collection is None

    cleared = client.v1.subscriptions.update(sub.id, params={"pause_collection": ""})
    assert cleared.pause_collection is None
    event = client.v1.events.list(params={"limit": 1}).data[0]
    assert event.data.previous_attributes.pause_collection.behavior == "void"
    assert client.v1.subscriptions.retrieve(sub.id).pause_collection is None


def test_bad_pause_behavior_is_400_and_changes_nothing(
    emu: Emulator, client: stripe.StripeClient
) -> None:
    sub = _active(client)
    before = len(emu.state.events)
    with pytest.raises(stripe.InvalidRequestError) as caught:
        client.v1.subscriptions.update(sub.id, params={"pause_collection": {"behavior": "nap"}})
    assert caught.value.param == "pause_collection[behavior]"
    assert len(emu.state.events) == before
    assert emu.state.subscriptions[sub.id]["pause_collection"] is None


def test_cancel_at_period_end_and_renew(emu: Emulator, client: stripe.StripeClient) -> None:
    sub = _active(client)
    period_end = sub["items"].data[0].current_period_end
    canceling = client.v1.subscriptions.update(sub.id, params={"cancel_at_period_end": True})
    assert canceling.cancel_at_period_end is True
    assert canceling.cancel_at == period_end
    renewed = client.v1.subscriptions.update(sub.id, params={"cancel_at_period_end": False})
    assert renewed.cancel_at_period_end is False
    assert renewed.cancel_at is None
    events = client.v1.events.list(params={"types": ["customer.subscription.updated"]}).data
    assert [e.data.object.cancel_at_period_end for e in events[:2]] == [False, True]


def test_fail_payment_makes_past_due_with_a_retry(
    emu: Emulator, client: stripe.StripeClient
) -> None:
    sub = _active(client)
    started = emu.state.events.__len__()
    emu.fail_payment(sub.id)
    after = client.v1.subscriptions.retrieve(sub.id, params={"expand": ["latest_invoice"]})
    assert after.status == "past_due"
    invoice = after.latest_invoice
    assert invoice.status == "open"
    assert invoice.attempt_count == 1
    assert invoice.next_payment_attempt is not None
    assert invoice.hosted_invoice_url.startswith(emu.base_url)
    types = [e.type for e in client.v1.events.list(params={"limit": 100}).data]
    assert len(types) == len(emu.state.events) > started
    assert "invoice.payment_failed" in types
    assert types[0] == "customer.subscription.updated"
    failed = client.v1.events.list(params={"types": ["invoice.payment_failed"]}).data
    assert failed[0].data.object.id == invoice.id
    open_invoices = client.v1.invoices.list(params={"customer": sub.customer, "status": "open"})
    assert invoice.id in {i.id for i in open_invoices.data}


def test_events_created_filter_and_wildcard(emu: Emulator, client: stripe.StripeClient) -> None:
    sub = _active(client)
    client.v1.subscriptions.update(sub.id, params={"cancel_at_period_end": True})
    first = client.v1.events.list(params={"limit": 1}).data[0]
    emu.update_customer(sub.customer, name="Renamed Customer")
    newer = client.v1.events.list(params={"created": {"gte": first.created}}).data
    assert [e.type for e in newer][:2] == ["customer.updated", "customer.subscription.updated"]
    later = client.v1.events.list(params={"created": {"gt": first.created + 10**6}}).data
    assert later == []
    grouped = client.v1.events.list(params={"type": "customer.subscription.*"}).data
    assert {e.type for e in grouped} == {"customer.subscription.updated"}


def test_invoice_history_per_customer_pages(emu: Emulator, client: stripe.StripeClient) -> None:
    subs = client.v1.subscriptions.list(params={"limit": 100, "status": "active"}).data
    sub = next(s for s in subs if len(emu.state.invoices.for_subscription(emu.state, s.id)) > 3)
    invoices = client.v1.invoices.list(params={"customer": sub.customer, "limit": 2})
    assert len(invoices.data) == 2
    assert invoices.has_more
    rest = client.v1.invoices.list(
        params={"customer": sub.customer, "limit": 100, "starting_after": invoices.data[-1].id}
    )
    all_ids = [i.id for i in invoices.data + rest.data]
    assert len(all_ids) == len(set(all_ids))
    created = [i.created for i in invoices.data + rest.data]
    assert created == sorted(created, reverse=True)
    for invoice in invoices.data + rest.data:
        assert invoice.customer == sub.customer
        assert invoice.lines.data


def test_cancel_writes_deleted_event(emu: Emulator, client: stripe.StripeClient) -> None:
    sub = _active(client)
    canceled = client.v1.subscriptions.cancel(sub.id)
    assert canceled.status == "canceled"
    assert canceled.ended_at is not None
    event = client.v1.events.list(params={"limit": 1}).data[0]
    assert event.type == "customer.subscription.deleted"


def test_repeated_failures_count_attempts_then_unpaid(
    emu: Emulator, client: stripe.StripeClient
) -> None:
    sub = _active(client)
    for _ in range(3):
        emu.fail_payment(sub.id)
    invoice = client.v1.invoices.retrieve(client.v1.subscriptions.retrieve(sub.id).latest_invoice)
    assert invoice.attempt_count == 3
    assert client.v1.subscriptions.retrieve(sub.id).status == "past_due"
    emu.fail_payment(sub.id)
    after = client.v1.subscriptions.retrieve(sub.id, params={"expand": ["latest_invoice"]})
    assert after.status == "unpaid"
    assert after.latest_invoice.attempt_count == 4
    assert after.latest_invoice.next_payment_attempt is None


def test_helper_update_writes_one_event_with_stripe_cancel_fields(
    emu: Emulator, client: stripe.StripeClient
) -> None:
    sub = _active(client)
    before = len(emu.state.events)
    emu.update_subscription(sub.id, cancel_at_period_end=True)
    after = client.v1.subscriptions.retrieve(sub.id)
    assert after.cancel_at == sub["items"].data[0].current_period_end
    assert after.canceled_at is not None
    emu.update_subscription(sub.id, metadata={"note": "vip"})
    events = client.v1.events.list(params={"limit": 2}).data
    assert len(emu.state.events) == before + 2
    assert events[0].data.previous_attributes.to_dict() == {"metadata": {}}
    assert events[1].data.previous_attributes.cancel_at_period_end is False
