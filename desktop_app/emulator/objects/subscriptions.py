"""Subscriptions and their items (periods live on each item since 2025-03-31.basil)."""

from __future__ import annotations

from typing import Any

from desktop_app.emulator.objects.catalog import plan_from_price

Obj = dict[str, Any]

_PAYMENT_METHOD_OPTIONS: Obj = {
    "acss_debit": None,
    "bancontact": None,
    "card": {"network": None, "request_three_d_secure": "automatic"},
    "customer_balance": None,
    "konbini": None,
    "sepa_debit": None,
    "us_bank_account": None,
    "payto": None,
    "pix": None,
    "upi": None,
}


_PLANS: dict[tuple[str, bool], Obj] = {}


def _plan(price: Obj) -> Obj:
    """The legacy plan view of a price, shared by every item on that price (read-only)."""
    key = (price["id"], price["livemode"])
    plan = _PLANS.get(key)
    if plan is None or plan["amount"] != price["unit_amount"]:
        plan = _PLANS[key] = plan_from_price(price)
    return plan


# Shared by every subscription; changes replace it, never edit it in place.
_PAYMENT_SETTINGS: Obj = {
    "payment_method_options": _PAYMENT_METHOD_OPTIONS,
    "payment_method_types": None,
    "save_default_payment_method": "off",
}


def subscription_item(
    *,
    id: str,
    subscription_id: str,
    price: Obj,
    quantity: int | None,
    created: int,
    period_start: int,
    period_end: int,
) -> Obj:
    return {
        "created": created,
        "discounts": [],
        "id": id,
        "metadata": {},
        "object": "subscription_item",
        "price": price,
        "quantity": quantity,
        "subscription": subscription_id,
        "tax_rates": [],
        "plan": _plan(price),
        "current_period_end": period_end,
        "current_period_start": period_start,
        "billing_thresholds": None,
    }


def subscription(
    *,
    id: str,
    customer_id: str,
    currency: str,
    items: list[Obj],
    status: str,
    created: int,
    start_date: int,
    billing_cycle_anchor: int,
    livemode: bool,
    default_payment_method: str | None = None,
    default_source: str | None = None,
    latest_invoice: str | None = None,
    trial_start: int | None = None,
    trial_end: int | None = None,
    cancel_at_period_end: bool = False,
    cancel_at: int | None = None,
    canceled_at: int | None = None,
    ended_at: int | None = None,
    cancellation_reason: str | None = None,
    pause_collection: Obj | None = None,
    description: str | None = None,
) -> Obj:
    return {
        "application": None,
        "application_fee_percent": None,
        "automatic_tax": {"enabled": False, "liability": None, "disabled_reason": None},
        "billing_cycle_anchor": billing_cycle_anchor,
        "billing_cycle_anchor_config": None,
        "cancel_at": cancel_at,
        "canceled_at": canceled_at,
        "cancellation_details": {"comment": None, "feedback": None, "reason": cancellation_reason},
        "collection_method": "charge_automatically",
        "created": created,
        "currency": currency,
        "customer": customer_id,
        "days_until_due": None,
        "default_payment_method": default_payment_method,
        "default_source": default_source,
        "default_tax_rates": [],
        "description": description,
        "discounts": [],
        "ended_at": ended_at,
        "id": id,
        "invoice_settings": {
            "account_tax_ids": None,
            "issuer": {"type": "self"},
            "custom_fields": None,
            "description": None,
            "footer": None,
        },
        "items": {
            "data": items,
            "has_more": False,
            "object": "list",
            "url": f"/v1/subscription_items?subscription={id}",
        },
        "latest_invoice": latest_invoice,
        "livemode": livemode,
        "metadata": {},
        "next_pending_invoice_item_invoice": None,
        "object": "subscription",
        "on_behalf_of": None,
        "pause_collection": pause_collection,
        "payment_settings": _PAYMENT_SETTINGS,
        "pending_invoice_item_interval": None,
        "pending_setup_intent": None,
        "pending_update": None,
        "schedule": None,
        "start_date": start_date,
        "status": status,
        "test_clock": None,
        "transfer_data": None,
        "trial_end": trial_end,
        "trial_settings": {"end_behavior": {"missing_payment_method": "create_invoice"}},
        "trial_start": trial_start,
        "cancel_at_period_end": cancel_at_period_end,
        "billing_thresholds": None,
        "billing_mode": {"type": "classic", "flexible": None},
        "customer_account": None,
        "managed_payments": {"enabled": False},
        "billing_schedules": [],
    }
