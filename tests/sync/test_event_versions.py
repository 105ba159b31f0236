"""Events in the account's own (older) API version update the cache as a full sync would.

An event's ``data.object`` is rendered in the account's API version of when the
event was created, "not according to your current Stripe API version or
Stripe-Version header" (stripe-python 16.1, ``EventService.list``). An account still
on 2024-06-20 sends subscriptions with ``current_period_start/end`` on the
subscription and not on its items, and invoices with a top-level ``subscription``
and no ``parent`` (docs.stripe.com/changelog/basil/2025-03-31/deprecate-subscription-
current-period-start-and-end and .../adds-new-parent-field-to-invoicing-objects).
The oracle: a fresh full sync, whose requests are answered in the app's own version.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.emulator import Emulator, run_emulator
from desktop_app.export import write_csv
from desktop_app.store import Store
from desktop_app.sync import run_sync
from tests.sync.conftest import make_api
from tests.sync.test_incremental_sync import pick, rows

OLD = "2024-06-20"


@pytest.fixture
def old_account() -> Iterator[Emulator]:
    with run_emulator(seed=11, subscriptions=150, api_version=OLD) as emulator:
        yield emulator


def _csv(store: Store, path: Path) -> str:
    write_csv(store.query_subscriptions(), path)
    return path.read_text(encoding="utf-8")


def test_events_of_an_older_api_version_update_the_cache_like_a_full_sync(
    old_account: Emulator, tmp_path: Path
) -> None:
    emu = old_account
    store = Store.open(tmp_path / "refreshed.sqlite3")
    assert run_sync(make_api(emu), store).kind == "full"
    before = rows(store)
    renewed, failing, canceling, paused = pick(emu, "active", 4)
    emu.renew_period(renewed)  # the period moves: on the subscription in 2024-06-20
    emu.fail_payment(failing)  # invoice.payment_failed & co.: invoice.subscription
    emu.update_subscription(canceling, cancel_at_period_end=True)
    emu.set_account_api_version("2026-10-28.endive")  # the owner upgrades midway
    emu.update_subscription(paused, pause_collection={"behavior": "void", "resumes_at": None})

    events = list(emu.state.events.newest_first())
    old = [e for e in events if e["api_version"] == OLD]
    assert {e["type"] for e in old} >= {"invoice.payment_failed", "customer.subscription.updated"}
    for event in old:  # the layout under test really is the old one
        obj = event["data"]["object"]
        if obj["object"] == "subscription":
            assert "current_period_end" in obj
            assert all("current_period_end" not in i for i in obj["items"]["data"])
        if obj["object"] == "invoice":
            assert "parent" not in obj
            assert obj["subscription"] in (renewed, failing)

    result = run_sync(make_api(emu), store)
    assert result.kind == "incremental"
    refreshed = rows(store)
    assert {i for i in refreshed if refreshed[i] != before[i]} == {
        renewed,
        failing,
        canceling,
        paused,
    }
    assert refreshed[renewed].next_billing_date != before[renewed].next_billing_date

    fresh = Store.open(tmp_path / "fresh.sqlite3")
    assert run_sync(make_api(emu), fresh, full=True).kind == "full"
    assert refreshed == rows(fresh)
    for sub_id in (renewed, failing):  # each item's period, as a full sync has it
        refreshed_detail = store.subscription_detail(sub_id)
        fresh_detail = fresh.subscription_detail(sub_id)
        assert refreshed_detail is not None
        assert fresh_detail is not None
        assert refreshed_detail.items == fresh_detail.items
    assert store.subscription_detail(failing) is not None
    refreshed_invoice = store.subscription_detail(failing).latest_invoice  # type: ignore[union-attr]
    assert refreshed_invoice is not None
    assert refreshed_invoice.subscription_id == failing
    assert refreshed_invoice == fresh.subscription_detail(failing).latest_invoice  # type: ignore[union-attr]
    assert _csv(store, tmp_path / "refreshed.csv") == _csv(fresh, tmp_path / "fresh.csv")
