"""An incremental sync applies exactly the changes made since the last sync, with a
handful of requests; old or missing cursors fall back to a full sync."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop_app.emulator import Emulator
from desktop_app.store import Store, SubscriptionRow
from desktop_app.stripe_api import StripeApi
from desktop_app.sync import run_sync
from desktop_app.sync.run import full_sync_reason
from tests.sync.oracle import raw_subscriptions


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "cache.sqlite3")


def rows(store: Store) -> dict[str, SubscriptionRow]:
    return {row.id: row for row in store.query_subscriptions()}


def pick(emu: Emulator, status: str, count: int, *, skip: set[str] | None = None) -> list[str]:
    """Subscriptions in ``status`` whose customers have no other subscription."""
    raw = raw_subscriptions(emu)
    per_customer: dict[str, int] = {}
    for sub in raw.values():
        per_customer[sub["customer"]] = per_customer.get(sub["customer"], 0) + 1
    found = [
        sub_id
        for sub_id, sub in raw.items()
        if sub["status"] == status
        and not sub["cancel_at_period_end"]
        and sub["pause_collection"] is None
        and per_customer[sub["customer"]] == 1
        and sub_id not in (skip or set())
    ]
    assert len(found) >= count
    return found[:count]


def test_a_handful_of_changes_costs_a_handful_of_requests(
    api: StripeApi, emu: Emulator, store: Store
) -> None:
    run_sync(api, store)
    before = rows(store)
    canceling, failing, pausing, renamed = pick(emu, "active", 4)
    emu.update_subscription(canceling, cancel_at_period_end=True)
    emu.fail_payment(failing)
    emu.update_subscription(pausing, pause_collection={"behavior": "void", "resumes_at": None})
    customer_id = emu.state.subscriptions[renamed]["customer"]
    emu.update_customer(customer_id, name="Renamed Customer B.V.")
    emu.clear_request_log()

    result = run_sync(api, store)

    assert result.kind == "incremental"
    assert result.requests <= 3
    assert emu.request_log[0].path == "/v1/events"
    after = rows(store)
    changed = {sub_id for sub_id in after if after[sub_id] != before[sub_id]}
    assert changed == {canceling, failing, pausing, renamed}
    assert after[canceling].display_status.value == "canceling"
    assert after[failing].display_status.value == "past_due"
    assert after[pausing].collection_paused
    assert after[pausing].pause_behavior == "void"
    assert after[renamed].customer_name == "Renamed Customer B.V."
    detail = store.subscription_detail(failing)
    assert detail is not None
    assert detail.latest_invoice is not None
    assert detail.latest_invoice.attempt_count == 1


def test_nothing_changed_costs_one_request(api: StripeApi, emu: Emulator, store: Store) -> None:
    run_sync(api, store)
    before = rows(store)
    emu.clear_request_log()
    result = run_sync(api, store)
    assert result.kind == "incremental"
    assert result.changed == 0
    assert len(emu.request_log) == 1
    assert rows(store) == before


def test_what_the_cache_lacks_is_fetched_by_id(api: StripeApi, emu: Emulator, store: Store) -> None:
    run_sync(api, store)
    (sub_id,) = pick(emu, "active", 1)
    customer_id = emu.state.subscriptions[sub_id]["customer"]
    with store.changes() as ch:  # as if the customer had never reached the cache
        ch.delete_customers([customer_id])
    emu.update_subscription(sub_id, cancel_at_period_end=True)
    emu.clear_request_log()

    result = run_sync(api, store)

    paths = [r.path for r in emu.request_log]
    assert paths == ["/v1/events", f"/v1/customers/{customer_id}"]
    assert result.requests == 2
    row = rows(store)[sub_id]
    assert row.customer_email == emu.state.customers[customer_id]["email"]
    assert row.display_status.value == "canceling"


def test_changes_made_during_a_full_sync_are_not_lost(
    api: StripeApi, emu: Emulator, store: Store
) -> None:
    (sub_id,) = pick(emu, "active", 1)
    changed = False

    def change_midway(progress: object) -> None:
        nonlocal changed
        if not changed and getattr(progress, "phase", "") == "subscriptions":
            emu.update_subscription(sub_id, cancel_at_period_end=True)
            changed = True

    run_sync(api, store, progress=change_midway)
    run_sync(api, store)
    assert rows(store)[sub_id].display_status.value == "canceling"


def test_without_a_previous_sync_or_after_30_days_a_full_sync_runs(
    api: StripeApi, store: Store
) -> None:
    assert full_sync_reason(store, full=False) == "no previous sync"
    run_sync(api, store)
    assert full_sync_reason(store, full=False) is None
    assert full_sync_reason(store, full=True) == "asked"
    in_31_days = time.time() + 31 * 86_400
    assert full_sync_reason(store, full=False, now=in_31_days) == (
        "last sync more than 30 days ago"
    )


def test_a_customers_invoices_on_demand(api: StripeApi, emu: Emulator, store: Store) -> None:
    from desktop_app.sync import refresh_customer_invoices

    run_sync(api, store)
    customer_id = next(iter(raw_subscriptions(emu).values()))["customer"]
    expected = emu.state.invoices.for_customer(emu.state, customer_id)
    emu.clear_request_log()
    got = refresh_customer_invoices(api, store, customer_id)
    assert len(emu.request_log) == 1
    assert {i.id for i in got} == {i["id"] for i in expected}
    assert {i.id for i in store.invoices_for_customer(customer_id)} >= {i.id for i in got}


def test_changes_in_the_same_second_as_the_last_sync_are_not_lost(
    api: StripeApi, emu: Emulator, store: Store
) -> None:
    """Stripe's ``created`` has one-second resolution: a change made in the second of
    the last applied event must still arrive, and nothing is applied twice."""
    run_sync(api, store)
    first, second = pick(emu, "active", 2)
    with emu.lock:
        frozen = emu.state.now() + 1
        emu.state.clock = lambda: frozen
    emu.update_subscription(first, cancel_at_period_end=True)
    assert run_sync(api, store).changed == 1
    emu.update_subscription(second, pause_collection={"behavior": "void", "resumes_at": None})

    result = run_sync(api, store)

    assert result.kind == "incremental"
    assert result.changed == 1  # only the new change; the first is not re-applied
    after = rows(store)
    assert after[first].display_status.value == "canceling"
    assert after[second].collection_paused
    assert run_sync(api, store).changed == 0


def test_a_computer_clock_days_behind_stripe_still_takes_its_changes(
    api: StripeApi, emu: Emulator, store: Store
) -> None:
    # A computer whose clock runs three days behind Stripe's (a dead CMOS battery, a
    # virtual machine restored from a snapshot): Stripe's events of today are "from the
    # future" for it. Stripe's Date header carries Stripe's own clock (RFC 9110 §6.6.1:
    # the origin server's time when it generated the message), so events are judged
    # against the later of the two clocks and nothing is skipped.
    ahead = int(time.time()) + 3 * 86_400
    with emu.lock:
        emu.state.clock = lambda: ahead
    run_sync(api, store)
    (renamed,) = pick(emu, "active", 1)
    customer_id = emu.state.subscriptions[renamed]["customer"]
    emu.update_customer(customer_id, name="Clock Skew B.V.")

    result = run_sync(api, store)

    assert result.kind == "incremental"
    assert result.skipped == ()
    assert rows(store)[renamed].customer_name == "Clock Skew B.V."
