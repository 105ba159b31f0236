"""State changes, each writing the events Stripe would.

Callers hold the emulator's lock. Every object changed in place is reported with
``mode.touch(id)`` (encoded.py keeps list pages' JSON until then): a change made
here without it would leave stale answers, which tests/emulator/test_encoded_pages.py
and the suite's verifying emulators catch.
"""

from __future__ import annotations

import copy
from typing import Any

from desktop_app.emulator.apierror import ApiError
from desktop_app.emulator.eventlog import diff, record
from desktop_app.emulator.invoicing import invoice_id, make_invoice
from desktop_app.emulator.objects import customers as cb
from desktop_app.emulator.periods import DAY, days, shift
from desktop_app.emulator.state import ModeData

Obj = dict[str, Any]

_ENDED = ("canceled", "incomplete_expired")

# Test cards the demo portal offers: number -> (brand, last4, funding).
TEST_CARDS = {
    "4242424242424242": ("visa", "4242", "credit"),
    "4000056655665556": ("visa", "5556", "debit"),
    "5555555555554444": ("mastercard", "4444", "credit"),
    "378282246310005": ("amex", "0005", "credit"),
    "3566002020360505": ("jcb", "0505", "credit"),
}


def _subscription_event(before: Obj, after: Obj) -> str:
    if after["status"] == "canceled" and before["status"] != "canceled":
        return "customer.subscription.deleted"
    if after["status"] == "paused" and before["status"] != "paused":
        return "customer.subscription.paused"
    if before["status"] == "paused" and after["status"] != "paused":
        return "customer.subscription.resumed"
    return "customer.subscription.updated"


def update_subscription(mode: ModeData, sub_id: str, fields: Obj) -> Obj:
    """Set top-level fields of a subscription and write the matching event."""
    sub: Obj = mode.subscriptions.require(sub_id)
    before = copy.copy(sub)
    for key in fields:
        if key not in sub:
            raise ValueError(f"subscriptions have no field {key!r}")
    sub.update(fields)
    mode.touch(sub_id)
    previous = diff(before, sub)
    if previous:
        record(mode, _subscription_event(before, sub), sub, previous)
    return sub


def _period_end(sub: Obj) -> int:
    return max(int(item["current_period_end"]) for item in sub["items"]["data"])


def cancel_fields(sub: Obj, cancel: bool, now: int) -> Obj:
    """The fields Stripe sets with ``cancel_at_period_end`` (true: cancel_at = period end)."""
    if cancel:
        return {
            "cancel_at_period_end": True,
            "cancel_at": _period_end(sub),
            "canceled_at": now,
            "cancellation_details": {
                **sub["cancellation_details"],
                "reason": "cancellation_requested",
            },
        }
    return {
        "cancel_at_period_end": False,
        "cancel_at": None,
        "canceled_at": None,
        "cancellation_details": {"comment": None, "feedback": None, "reason": None},
    }


def set_cancel_at_period_end(mode: ModeData, sub_id: str, cancel: bool) -> Obj:
    sub = mode.subscriptions.require(sub_id)
    if sub["status"] in _ENDED:
        raise ApiError.invalid(
            "A canceled subscription can only update its cancellation_details and metadata.",
            param="cancel_at_period_end",
        )
    return update_subscription(mode, sub_id, cancel_fields(sub, cancel, mode.now()))


def set_pause_collection(mode: ModeData, sub_id: str, pause: Obj | None) -> Obj:
    sub = mode.subscriptions.require(sub_id)
    if sub["status"] in _ENDED:
        raise ApiError.invalid(
            "You cannot pause collection on a canceled subscription.", param="pause_collection"
        )
    return update_subscription(mode, sub_id, {"pause_collection": pause})


def cancel_now(mode: ModeData, sub_id: str) -> Obj:
    sub = mode.subscriptions.require(sub_id)
    if sub["status"] in _ENDED:
        raise ApiError.invalid(
            f"This subscription has already been canceled: {sub_id}", param="subscription"
        )
    now = mode.now()
    return update_subscription(
        mode,
        sub_id,
        {
            "status": "canceled",
            "ended_at": now,
            "canceled_at": sub["canceled_at"] or now,
            "cancel_at_period_end": False,
            "cancellation_details": {
                **sub["cancellation_details"],
                "reason": "cancellation_requested",
            },
        },
    )


def fail_payment(mode: ModeData, sub_id: str) -> Obj:
    """A renewal payment fails: the invoice stays open and is retried; the subscription is past_due.

    Writes invoice.created/finalized (for a new invoice), invoice.payment_failed,
    invoice.updated and customer.subscription.updated.
    """
    sub = mode.subscriptions.require(sub_id)
    latest = mode.invoices.keep(mode, sub["latest_invoice"]) if sub["latest_invoice"] else None
    now = mode.now()
    if latest is not None and latest["status"] == "open":
        before = copy.copy(latest)
        latest["attempt_count"] += 1
        latest["attempted"] = True
        latest["next_payment_attempt"] = now + days(3) if latest["attempt_count"] < 4 else None
        mode.touch(latest["id"])
        invoice = latest
    else:
        n = mode.invoices.next_index(sub_id)
        start = min(int(i["current_period_start"]) for i in sub["items"]["data"])
        invoice = make_invoice(
            mode,
            sub,
            object_id=invoice_id(sub_id, n),
            n=n,
            status="open",
            created=now,
            period_start=start,
            period_end=_period_end(sub),
            attempt_count=1,
            next_payment_attempt=now + days(3),
            billing_reason="subscription_cycle",
        )
        mode.invoices.add(sub_id, invoice)
        record(mode, "invoice.created", invoice)
        record(mode, "invoice.finalized", invoice)
        before = {"attempt_count": 0, "attempted": False, "next_payment_attempt": None}
    record(mode, "invoice.payment_failed", invoice)
    record(mode, "invoice.updated", invoice, diff(before, invoice))
    fields: Obj = {"latest_invoice": invoice["id"]}
    if sub["status"] in ("active", "trialing", "past_due"):
        fields["status"] = "past_due" if invoice["attempt_count"] < 4 else "unpaid"
    return update_subscription(mode, sub_id, fields)


def attach_card(mode: ModeData, customer_id: str, card_number: str) -> Obj:
    """A new card becomes the customer's default (as the portal does)."""
    customer = mode.customers.require(customer_id, "customer")
    if card_number not in TEST_CARDS:
        raise ApiError.invalid("Your card number is incorrect.", param="card")
    brand, last4, funding = TEST_CARDS[card_number]
    now = mode.now()
    pm = cb.card_payment_method(
        id=mode.new_id("pm"),
        customer_id=customer_id,
        brand=brand,
        last4=last4,
        exp_month=12,
        exp_year=int(1970 + now // (365.25 * DAY)) + 4,
        country=customer["address"]["country"] or "US",
        postal_code=customer["address"]["postal_code"],
        name=customer["name"],
        email=customer["email"],
        created=now,
        livemode=mode.livemode,
        fingerprint=mode.new_id("", 17)[2:],
        funding=funding,
    )
    mode.add_payment_method(pm)
    record(mode, "payment_method.attached", pm)
    before = copy.deepcopy(customer["invoice_settings"])
    customer["invoice_settings"] = {**before, "default_payment_method": pm["id"]}
    mode.touch(customer_id)
    record(mode, "customer.updated", customer, {"invoice_settings": before})
    for sub in mode.customer_subscriptions(customer_id):
        if sub["default_payment_method"] and sub["status"] not in _ENDED:
            update_subscription(mode, sub["id"], {"default_payment_method": pm["id"]})
    return pm


def _update_fields(mode: ModeData, obj: Obj, fields: Obj, event_type: str) -> Obj:
    """Set top-level fields the object has (as ``POST /v1/<objects>/{id}`` does) and
    write ``event_type`` with the previous values, if anything changed."""
    before = copy.copy(obj)
    for key in fields:
        if key not in obj:
            raise ValueError(f"{obj['object']} objects have no field {key!r}")
    obj.update(fields)
    mode.touch(obj["id"])
    previous = diff(before, obj)
    if previous:
        record(mode, event_type, obj, previous)
    return obj


def update_customer(mode: ModeData, customer_id: str, fields: Obj) -> Obj:
    customer: Obj = mode.customers.require(customer_id, "customer")
    return _update_fields(mode, customer, fields, "customer.updated")


def update_product(mode: ModeData, product_id: str, fields: Obj) -> Obj:
    product: Obj = mode.products.require(product_id, "product")
    return _update_fields(mode, product, {"updated": mode.now(), **fields}, "product.updated")


def card_updated_by_network(
    mode: ModeData, pm_id: str, last4: str | None, exp: tuple[int, int]
) -> Obj:
    """The card updater gives a saved card a new expiry (a reissued card: also a new
    last 4). Stripe writes ``payment_method.automatically_updated`` ("Occurs whenever
    a payment method's details are automatically updated by the network", stripe-python
    16.1 ``Event.type``; docs.stripe.com/payments/cards/overview, "Automatic card
    updates"), not ``payment_method.updated`` (updates through the API only)."""
    pm: Obj = mode.payment_methods.require(pm_id, "payment_method")
    if pm["type"] != "card":
        raise ApiError.invalid(f"{pm_id} is not a card.", param="payment_method")
    before = copy.deepcopy(pm["card"])
    exp_month, exp_year = exp
    pm["card"]["exp_month"] = exp_month
    pm["card"]["exp_year"] = exp_year
    if last4 is not None:
        pm["card"]["last4"] = last4
    mode.touch(pm_id)
    record(mode, "payment_method.automatically_updated", pm, {"card": before})
    return pm


def renew_period(mode: ModeData, sub_id: str) -> Obj:
    """A subscription's billing period ends and the next one is paid at once.

    Stripe's events for a renewal, in order (docs.stripe.com/billing/subscriptions/
    webhooks, "Subscription events"): ``invoice.created`` for the new period,
    ``invoice.finalized``, ``invoice.paid`` and ``invoice.payment_succeeded``, and
    ``customer.subscription.updated`` for the new period (on each item since
    2025-03-31.basil; on the subscription before it: versions.py)."""
    sub: Obj = mode.subscriptions.require(sub_id)
    if sub["status"] not in ("active", "past_due"):
        raise ApiError.invalid(f"{sub_id} is not billed now.", param="subscription")
    before = copy.deepcopy(sub)
    for item in sub["items"]["data"]:
        recurring = item["price"]["recurring"]
        start = int(item["current_period_end"])
        item["current_period_start"] = start
        item["current_period_end"] = shift(
            start, recurring["interval"], recurring["interval_count"], 1
        )
    n = mode.invoices.next_index(sub_id)
    invoice = make_invoice(
        mode,
        sub,
        object_id=invoice_id(sub_id, n),
        n=n,
        status="paid",
        created=mode.now(),
        period_start=min(int(i["current_period_start"]) for i in sub["items"]["data"]),
        period_end=_period_end(sub),
        attempt_count=1,
        next_payment_attempt=None,
        billing_reason="subscription_cycle",
    )
    mode.invoices.add(sub_id, invoice)
    unpaid = {"amount_paid": 0, "amount_remaining": invoice["amount_due"]}
    record(mode, "invoice.created", {**invoice, **unpaid, "status": "draft"})
    record(mode, "invoice.finalized", {**invoice, **unpaid, "status": "open"})
    record(mode, "invoice.paid", invoice)
    record(mode, "invoice.payment_succeeded", invoice)
    sub["latest_invoice"] = invoice["id"]
    sub["status"] = "active"
    mode.touch(sub_id)
    record(mode, "customer.subscription.updated", sub, diff(before, sub))
    return sub
