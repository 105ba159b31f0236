"""Stripe-shaped JSON for tests: plain dicts like the API (current version) returns.

Values are built field by field so each test states what matters to it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

T0 = int(datetime(2026, 11, 1, tzinfo=UTC).timestamp())
DAY = 86_400


def ts(year: int, month: int, day: int) -> int:
    return int(datetime(year, month, day, tzinfo=UTC).timestamp())


def price(
    ident: str = "price_pro",
    *,
    product: Any = "prod_pro",
    unit_amount: int | None = 2000,
    currency: str = "eur",
    interval: str | None = "month",
    interval_count: int = 1,
    usage_type: str = "licensed",
    billing_scheme: str = "per_unit",
    nickname: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    recurring = (
        None
        if interval is None
        else {
            "interval": interval,
            "interval_count": interval_count,
            "usage_type": usage_type,
            "meter": None,
            "trial_period_days": None,
        }
    )
    return {
        "id": ident,
        "object": "price",
        "active": True,
        "billing_scheme": billing_scheme,
        "currency": currency,
        "livemode": False,
        "nickname": nickname,
        "product": product,
        "recurring": recurring,
        "tiers_mode": "graduated" if billing_scheme == "tiered" else None,
        "transform_quantity": None,
        "type": "recurring" if interval else "one_time",
        "unit_amount": unit_amount,
        "unit_amount_decimal": None if unit_amount is None else str(unit_amount),
        **extra,
    }


def product(ident: str = "prod_pro", name: str = "Pro", **extra: Any) -> dict[str, Any]:
    return {"id": ident, "object": "product", "name": name, "active": True, **extra}


def item(
    ident: str = "si_1",
    *,
    price_obj: dict[str, Any] | None = None,
    quantity: int | None = 1,
    period_end: int | None = T0 + 30 * DAY,
    period_start: int | None = T0,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": ident,
        "object": "subscription_item",
        "price": price_obj if price_obj is not None else price(),
        "quantity": quantity,
    }
    if period_end is not None:
        data["current_period_end"] = period_end
    if period_start is not None:
        data["current_period_start"] = period_start
    return data


def customer(
    ident: str = "cus_1", name: str | None = "Acme BV", email: str | None = "ap@acme.example"
) -> dict[str, Any]:
    return {
        "id": ident,
        "object": "customer",
        "name": name,
        "email": email,
        "phone": "+31 20 123 4567",
        "address": {
            "line1": "Damrak 1",
            "line2": None,
            "postal_code": "1012 LG",
            "city": "Amsterdam",
            "state": None,
            "country": "NL",
        },
        "created": T0 - 400 * DAY,
        "livemode": False,
        "invoice_settings": {"default_payment_method": "pm_cust"},
    }


def card(ident: str = "pm_1", last4: str = "4242") -> dict[str, Any]:
    return {
        "id": ident,
        "object": "payment_method",
        "type": "card",
        "billing_details": {
            "address": {"postal_code": "94102", "line1": "1234 Fake Street"},
            "email": "jenny@example.com",
            "name": "Jenny",
            "phone": "+15555555555",
        },
        "card": {
            "brand": "visa",
            "exp_month": 8,
            "exp_year": 2030,
            "fingerprint": "AOB934RVNwzk6xtn",
            "funding": "credit",
            "last4": last4,
            "country": "US",
        },
        "customer": "cus_1",
        "livemode": False,
    }


def invoice(
    ident: str = "in_1",
    *,
    subscription: str | None = "sub_1",
    status: str = "open",
    amount_due: int = 2000,
    amount_remaining: int = 2000,
    currency: str = "eur",
    customer_id: str = "cus_1",
    attempt_count: int = 1,
    next_payment_attempt: int | None = T0 + 3 * DAY,
    legacy: bool = False,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": ident,
        "object": "invoice",
        "number": f"NUM-{ident}",
        "status": status,
        "currency": currency,
        "customer": customer_id,
        "amount_due": amount_due,
        "amount_paid": amount_due - amount_remaining,
        "amount_remaining": amount_remaining,
        "total": amount_due,
        "attempt_count": attempt_count,
        "next_payment_attempt": next_payment_attempt,
        "hosted_invoice_url": f"https://invoice.stripe.com/i/{ident}",
        "invoice_pdf": f"https://pay.stripe.com/invoice/{ident}/pdf",
        "created": T0,
        "livemode": False,
    }
    if legacy:
        data["subscription"] = subscription
    else:
        data["parent"] = {
            "type": "subscription_details",
            "subscription_details": {"subscription": subscription, "metadata": {}},
            "quote_details": None,
        }
    return data


def subscription(
    ident: str = "sub_1",
    *,
    status: str = "active",
    customer_obj: Any = "cus_1",
    items: list[dict[str, Any]] | None = None,
    created: int = T0 - 100 * DAY,
    **extra: Any,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": ident,
        "object": "subscription",
        "status": status,
        "customer": customer_obj,
        "created": created,
        "start_date": created,
        "currency": "eur",
        "livemode": False,
        "collection_method": "charge_automatically",
        "cancel_at_period_end": False,
        "cancel_at": None,
        "canceled_at": None,
        "ended_at": None,
        "trial_start": None,
        "trial_end": None,
        "pause_collection": None,
        "default_payment_method": None,
        "latest_invoice": None,
        "items": {
            "object": "list",
            "data": items if items is not None else [item()],
            "has_more": False,
        },
    }
    data.update(extra)
    return data
