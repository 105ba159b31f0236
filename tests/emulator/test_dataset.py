"""The seeded demo account: every status and flag, realistic proportions, deterministic."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import stripe

from desktop_app.emulator import Emulator
from desktop_app.emulator.dataset import new_mode, seed_mode
from desktop_app.emulator.state import ModeData

STATUSES = {
    "active", "trialing", "canceled", "past_due", "unpaid", "paused", "incomplete",
    "incomplete_expired",
}  # fmt: skip
NOW = 1_790_000_000


def _seeded(seed: int, n: int) -> ModeData:
    mode = new_mode(seed=seed, livemode=False, now=NOW, public_base="http://127.0.0.1:1")
    seed_mode(mode, seed=seed, subscriptions=n, now=NOW)
    return mode


def _flags(subs: list[dict[str, Any]], customers: dict[str, dict[str, Any]]) -> Counter[str]:
    found: Counter[str] = Counter()
    for sub in subs:
        found[sub["status"]] += 1
        if sub["cancel_at_period_end"]:
            found["canceling"] += 1
        elif sub["cancel_at"] and not sub["ended_at"]:
            found["cancel_at"] += 1
        pause = sub["pause_collection"]
        if pause:
            found[f"pause:{pause['behavior']}:{'resumes' if pause['resumes_at'] else 'open'}"] += 1
        items = sub["items"]["data"]
        if len(items) > 1:
            found["multi_item"] += 1
        if any(i["price"]["recurring"]["usage_type"] == "metered" for i in items):
            found["metered"] += 1
        if any(i["price"]["billing_scheme"] == "tiered" for i in items):
            found["tiered"] += 1
        if sub["trial_end"]:
            found["trial"] += 1
        recurring = items[0]["price"]["recurring"]
        found[f"interval:{recurring['interval']}:{recurring['interval_count']}"] += 1
        customer = customers[sub["customer"]]
        if customer["invoice_settings"]["default_payment_method"] is None:
            found["no_card"] += 1
        found[f"country:{customer['address']['country']}"] += 1
        found[f"currency:{sub['currency']}"] += 1
    return found


EXPECTED_FLAGS = {
    *STATUSES, "canceling", "cancel_at", "multi_item", "metered", "tiered", "trial", "no_card",
    "pause:keep_as_draft:resumes", "pause:keep_as_draft:open",
    "pause:mark_uncollectible:resumes", "pause:mark_uncollectible:open",
    "pause:void:resumes", "pause:void:open",
    "interval:month:1", "interval:year:1", "interval:month:3", "interval:week:1",
    "currency:eur", "currency:sek", "currency:usd", "currency:jpy",
    "country:NL", "country:SE", "country:DE", "country:US", "country:JP",
}  # fmt: skip


def test_every_status_and_flag_through_the_sdk(emu: Emulator, client: stripe.StripeClient) -> None:
    subs, customers = [], {}
    for sub in client.v1.subscriptions.list(
        params={"limit": 100, "status": "all", "expand": ["data.customer", "data.latest_invoice"]}
    ).auto_paging_iter():
        data = sub.to_dict()
        customer = data["customer"]
        customers[customer["id"]] = customer
        data["customer"] = customer["id"]
        subs.append(data)
        invoice = data["latest_invoice"]
        if data["status"] == "past_due":
            assert invoice["status"] == "open"
            assert invoice["attempt_count"] >= 1
            assert invoice["next_payment_attempt"] is not None
        if data["status"] == "unpaid":
            assert invoice["next_payment_attempt"] is None
    assert len(subs) == emu.subscriptions
    found = _flags(subs, customers)
    assert EXPECTED_FLAGS - set(found) == set()


def test_proportions_and_history_at_1500() -> None:
    mode = _seeded(5, 1500)
    subs = list(mode.subscriptions.values())
    found = _flags(subs, dict(mode.customers.items()))
    assert EXPECTED_FLAGS - set(found) == set()
    assert found["active"] > 0.6 * len(subs)
    assert found["interval:month:1"] > found["interval:week:1"]
    for status in STATUSES - {"active"}:
        assert 0 < found[status] < found["active"] / 5
    histories = [len(mode.invoices.for_subscription(mode, s["id"])) for s in subs[:200]]
    assert max(histories) > 3
    assert all(h >= 1 for h in histories)
    assert len(mode.customers) < len(subs)  # some customers have several subscriptions
    with_tax_ids = sum(1 for c in mode.customers if mode.tax_ids.get(c))
    assert 0 < with_tax_ids < len(mode.customers)


def test_same_seed_same_data_other_seed_other_data() -> None:
    def dump(mode: ModeData) -> str:
        return json.dumps([list(mode.subscriptions.values()), list(mode.customers.values())])

    assert dump(_seeded(9, 200)) == dump(_seeded(9, 200))
    assert dump(_seeded(9, 200)) != dump(_seeded(10, 200))
