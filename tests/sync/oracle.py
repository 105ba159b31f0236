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


def expected_card_last4(emu: Emulator, sub: Obj) -> str | None:
    pm_id = sub.get("default_payment_method")
    if not pm_id:
        customer = emu.state.customers.get(sub["customer"])
        settings = (customer or {}).get("invoice_settings") or {}
        pm_id = settings.get("default_payment_method")
    if not pm_id:
        return None
    pm = emu.state.payment_methods.get(pm_id)
    return ((pm or {}).get("card") or {}).get("last4")


def raw_subscriptions(emu: Emulator) -> dict[str, Obj]:
    with emu.lock:
        return {sub_id: dict(sub) for sub_id, sub in emu.state.subscriptions.items()}
