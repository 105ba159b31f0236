"""A sync stopped midway (exception, cancel, network fault) leaves the previous snapshot
complete and readable, and the next sync still catches up."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cancel import CancelToken
from desktop_app.emulator import Emulator
from desktop_app.errors import NetworkUnavailable, SyncCancelled
from desktop_app.store import Store, SubscriptionRow
from desktop_app.stripe_api import StripeApi
from desktop_app.sync import SyncProgress, run_sync
from tests.sync.oracle import raw_subscriptions


class Boom(Exception):
    pass


@pytest.fixture
def synced(api: StripeApi, emu: Emulator, tmp_path: Path) -> tuple[Store, list[SubscriptionRow]]:
    """A cache after one full sync, then a change on the server it does not have yet."""
    store = Store.open(tmp_path / "cache.sqlite3")
    run_sync(api, store)
    snapshot = store.query_subscriptions()
    active = next(i for i, s in raw_subscriptions(emu).items() if s["status"] == "active")
    emu.cancel_subscription(active)
    return store, snapshot


def after_pages(pages: int, action: object) -> object:
    def progress(p: SyncProgress) -> None:
        if p.phase == "subscriptions" and p.pages >= pages:
            action()  # type: ignore[operator]

    return progress


def assert_previous_snapshot(store: Store, snapshot: list[SubscriptionRow]) -> None:
    assert store.query_subscriptions() == snapshot
    assert store.status_counts()["all"] == len(snapshot)


@pytest.mark.parametrize("full", [True, False])
def test_an_exception_midway_changes_nothing(
    api: StripeApi, emu: Emulator, synced: tuple[Store, list[SubscriptionRow]], full: bool
) -> None:
    store, snapshot = synced
    cursor = store.meta.event_cursor

    def fail(p: SyncProgress) -> None:
        if p.phase in {"subscriptions", "events"}:
            raise Boom

    with pytest.raises(Boom):
        run_sync(api, store, full=full, progress=fail)
    assert_previous_snapshot(store, snapshot)
    assert store.meta.event_cursor == cursor


def test_cancel_midway_raises_sync_cancelled_and_changes_nothing(
    api: StripeApi, synced: tuple[Store, list[SubscriptionRow]]
) -> None:
    store, snapshot = synced
    token = CancelToken()
    with pytest.raises(SyncCancelled, match="previous sync"):
        run_sync(api, store, full=True, progress=after_pages(1, token.cancel), cancel=token)
    assert_previous_snapshot(store, snapshot)


def test_cancel_while_saving_rolls_back(
    api: StripeApi, synced: tuple[Store, list[SubscriptionRow]]
) -> None:
    store, snapshot = synced
    token = CancelToken()

    def cancel_when_saving(p: SyncProgress) -> None:
        if p.phase == "saving":
            token.cancel()

    with pytest.raises(SyncCancelled):
        run_sync(api, store, full=True, progress=cancel_when_saving, cancel=token)
    assert_previous_snapshot(store, snapshot)


@pytest.mark.slow
def test_a_network_fault_midway_changes_nothing(
    emu: Emulator, synced: tuple[Store, list[SubscriptionRow]]
) -> None:
    from tests.sync.conftest import make_api

    store, snapshot = synced
    # a slow budget, so requests are still to be sent when the first page is in
    api = make_api(emu, rps=4, retries=0)

    def cut_the_network() -> None:
        emu.faults.inject("reset", count=1000, path="/v1/subscriptions")

    with pytest.raises(NetworkUnavailable):
        run_sync(api, store, full=True, progress=after_pages(1, cut_the_network))
    assert_previous_snapshot(store, snapshot)
    emu.faults.clear()
    result = run_sync(api, store)
    assert result.kind == "incremental"
    assert result.changed >= 1
    assert store.query_subscriptions() != snapshot
