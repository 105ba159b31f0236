"""What a subscription row should say, worked out from the emulator's raw JSON by the
rules of DESIGN.md §3 (independently of desktop_app.domain), for comparisons."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from desktop_app.emulator import Emulator

Obj = dict[str, Any]
_TROUBLE = {"incomplete_expired", "incomplete", "unpaid", "past_due", "paused"}


def expected_status(sub: Obj) -> str:
    raw = sub["status"]
    if raw == "incomplete_expired":  # ended too, but shown as what it is
        return raw
    if raw == "canceled" or sub.get("ended_at"):
        return "canceled"
    if raw in _TROUBLE:
        return raw
    if raw in {"active", "trialing"} and (sub["cancel_at_period_end"] or sub.get("cancel_at")):
        return "canceling"
    return raw


def _day(ts: int | None) -> date | None:
    return datetime.fromtimestamp(ts, UTC).date() if ts else None


def expected_next_billing(sub: Obj) -> date | None:
    status = expected_status(sub)
    period_end = min(int(i["current_period_end"]) for i in sub["items"]["data"])
    if status == "canceling":
        return _day(sub.get("cancel_at") or period_end)
    if status == "trialing":
        return _day(sub["trial_end"])
    if status in {"active", "past_due", "unpaid"}:
        return _day(period_end)
    return None


def expected_amount(sub: Obj) -> int | None:
    total = 0
    for item in sub["items"]["data"]:
        price = item["price"]
        recurring = price.get("recurring") or {}
        if recurring.get("usage_type") == "metered" or price["billing_scheme"] == "tiered":
            return None
        if price.get("unit_amount") is None:
            return None
        total += price["unit_amount"] * (item.get("quantity") or 1)
    return total


def expected_collection_paused(sub: Obj) -> bool:
    ended = expected_status(sub) in {"canceled", "incomplete_expired"}
    return sub.get("pause_collection") is not None and not ended


def expected_method(emu: Emulator, sub: Obj) -> tuple[str, Obj] | None:
    """The type and details of the method Stripe charges: "the first available payment
    method" of subscription default_payment_method, subscription default_source,
    customer invoice_settings.default_payment_method, customer default_source
    (docs.stripe.com/billing/revenue-recovery/smart-retries, "Payment method ordering").
    A legacy card source (``card_...``) has its details at its top level."""
    customer = emu.state.customers.get(sub["customer"]) or {}
    settings = customer.get("invoice_settings") or {}
    order = (
        sub.get("default_payment_method"),
        sub.get("default_source"),
        settings.get("default_payment_method"),
        customer.get("default_source"),
    )
    pm_id = next((ident for ident in order if ident), None)
    if not pm_id:
        return None
    source = emu.state.sources.get(pm_id)
    if source is not None:
        return "card", source
    pm = emu.state.payment_methods[pm_id]
    return pm["type"], pm[pm["type"]]


def expected_card_last4(emu: Emulator, sub: Obj) -> str | None:
    found = expected_method(emu, sub)
    return None if found is None else found[1].get("last4")


def expected_card_status(emu: Emulator, sub: Obj, now: datetime) -> str:
    """none / ok / expired / expiring: a card is valid through the end of its expiry
    month (docs.stripe.com/api/cards/object exp_month, exp_year); "expiring" when it
    lapses before the next payment (the renewal, or the end of a trial)."""
    found = expected_method(emu, sub)
    if found is None:
        return "none"
    kind, details = found
    if kind != "card":
        return "ok"
    year, month = int(details["exp_year"]), int(details["exp_month"])
    lapses = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
    if lapses <= now:
        return "expired"
    status = expected_status(sub)
    payment = None
    if status == "trialing":
        payment = sub["trial_end"]
    elif status in {"active", "past_due", "unpaid"}:
        payment = min(int(i["current_period_end"]) for i in sub["items"]["data"])
    if payment is not None and lapses.timestamp() <= payment:
        return "expiring"
    return "ok"


def expected_card_problem(emu: Emulator, sub: Obj, now: datetime) -> bool:
    """What the "Card problem" filter shows: a running subscription's card expired, or
    expiring before its next payment."""
    running = expected_status(sub) not in {"canceled", "incomplete_expired"}
    return running and expected_card_status(emu, sub, now) in {"expired", "expiring"}


def raw_subscriptions(emu: Emulator) -> dict[str, Obj]:
    with emu.lock:
        return {sub_id: dict(sub) for sub_id, sub in emu.state.subscriptions.items()}
