"""A full sync of a seeded emulator account reproduces every subscription, with no
request per subscription, in one snapshot."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.emulator import Emulator
from desktop_app.store import Store, SubscriptionFilter
from desktop_app.stripe_api import StripeApi
from desktop_app.sync import SyncProgress, run_sync
from tests.sync.oracle import (
    expected_amount,
    expected_card_last4,
    expected_card_problem,
    expected_card_status,
    expected_collection_paused,
    expected_method,
    expected_next_billing,
    expected_status,
    raw_subscriptions,
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "cache.sqlite3")


def test_every_subscription_arrives_as_the_emulator_has_it(
    api: StripeApi, emu: Emulator, store: Store
) -> None:
    reports: list[SyncProgress] = []
    result = run_sync(api, store, progress=reports.append)
    now = datetime.now(UTC)
    raw = raw_subscriptions(emu)
    assert result.kind == "full"
    assert result.changed == len(raw)
    rows = {row.id: row for row in store.query_subscriptions()}
    assert rows.keys() == raw.keys()
    for sub_id, sub in raw.items():
        row = rows[sub_id]
        assert row.display_status.value == expected_status(sub), sub_id
        assert row.raw_status == sub["status"]
        assert row.collection_paused == expected_collection_paused(sub), sub_id
        assert row.next_billing_date == expected_next_billing(sub), sub_id
        assert row.amount_minor == expected_amount(sub), sub_id
        assert row.currency == sub["currency"]
        customer = emu.state.customers[sub["customer"]]
        assert row.customer_email == customer["email"]
        detail = store.subscription_detail(sub_id)
        assert detail is not None
        card = detail.payment_method.last4 if detail.payment_method else None
        assert card == expected_card_last4(emu, sub), sub_id
        # the table's row names the same method, and its card's state
        method = expected_method(emu, sub)
        assert (row.payment_method.type if row.payment_method else None) == (
            method[0] if method else None
        ), sub_id
        assert (row.payment_method.last4 if row.payment_method else None) == card, sub_id
        assert row.card_status(now).value == expected_card_status(emu, sub, now), sub_id
    # every status the seed has shows up, and the counts agree
    counts = store.status_counts()
    expected_counts = Counter(expected_status(s) for s in raw.values())
    for status, count in expected_counts.items():
        assert counts[status] == count
    assert counts["collection_paused"] == sum(expected_collection_paused(s) for s in raw.values())
    problems = {sid for sid, s in raw.items() if expected_card_problem(emu, s, now)}
    assert problems  # the demo account has expired and expiring cards
    assert counts["card_problem"] == len(problems)
    shown = store.query_subscriptions(SubscriptionFilter(card_problem=True))
    assert {row.id for row in shown} == problems
    # a legacy card source, and a subscription's own source, are what Stripe charges
    assert any(emu.state.sources.get(s["default_source"] or "") for s in raw.values())
    assert any(
        m and m[1].get("object") == "card" for m in (expected_method(emu, s) for s in raw.values())
    )
    assert reports[-1].phase == "done"
    assert any(r.phase == "subscriptions" and r.pages > 0 for r in reports)


def test_dunning_subscriptions_carry_their_latest_invoice(
    api: StripeApi, emu: Emulator, store: Store
) -> None:
    run_sync(api, store)
    dunning = [s for s in raw_subscriptions(emu).values() if s["status"] in {"past_due", "unpaid"}]
    assert dunning
    for sub in dunning:
        detail = store.subscription_detail(sub["id"])
        assert detail is not None
        assert detail.latest_invoice is not None, sub["id"]
        assert detail.latest_invoice.id == sub["latest_invoice"]
        invoice = emu.state.invoices.get(emu.state, sub["latest_invoice"])
        assert detail.latest_invoice.attempt_count == invoice["attempt_count"]


def test_no_request_per_subscription(api: StripeApi, emu: Emulator, store: Store) -> None:
    emu.clear_request_log()
    result = run_sync(api, store)
    log = emu.request_log
    paths = Counter(record.path for record in log)
    assert set(paths) <= {
        "/v1/account",
        "/v1/events",
        "/v1/products",
        "/v1/prices",
        "/v1/subscriptions",
    }
    pages_needed = -(-len(emu.state.subscriptions) // 100)
    # a few extra pages for slices' partial last pages and the past-due/unpaid lists
    assert paths["/v1/subscriptions"] <= pages_needed + 2 * 8 + 8
    assert result.requests == len(log)
    main_lists = [r for r in log if r.path == "/v1/subscriptions" and r.query["status"] == ["all"]]
    assert all(r.query["limit"] == ["100"] for r in main_lists)
    expand = {
        v for r in main_lists for k, vs in r.query.items() if k.startswith("expand") for v in vs
    }
    assert {"data.customer", "data.default_payment_method"} <= expand


def test_a_second_full_sync_replaces_the_snapshot(
    api: StripeApi, emu: Emulator, store: Store
) -> None:
    run_sync(api, store)
    sub_id = next(i for i, s in raw_subscriptions(emu).items() if s["status"] == "active")
    emu.cancel_subscription(sub_id)
    result = run_sync(api, store, full=True)
    assert result.kind == "full"
    row = store.query_subscriptions(SubscriptionFilter(search=sub_id))[0]
    assert row.display_status.value == "canceled"
