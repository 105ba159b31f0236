"""A full sync may have the snapshot's indexes built on another thread while it
fetches what is left; the snapshot comes out the same, and a failure meanwhile still
leaves the previous one."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from desktop_app.domain.models import Subscription
from desktop_app.domain.parse import parse_invoice, parse_subscription
from desktop_app.store import Store, SubscriptionFilter
from desktop_app.store.schema import READ_ONLY_INDEXES
from tests.core import factories as f


class SyncFailed(Exception):
    pass


def _indexes(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
        return {str(name): str(sql) for name, sql in rows if sql is not None}
    finally:
        conn.close()


def _subs(prefix: str, count: int) -> list[Subscription]:
    return [parse_subscription(f.subscription(f"{prefix}_{n:04d}")) for n in range(count)]


def test_indexes_built_meanwhile_give_the_same_snapshot(filled_store: Store) -> None:
    before = _indexes(filled_store.path)
    assert set(READ_ONLY_INDEXES) <= set(before)
    with filled_store.snapshot() as snap:
        snap.put_subscriptions(_subs("sub_new", 500))
        snap.build_indexes_meanwhile()
        with pytest.raises(RuntimeError, match="building indexes"):
            snap.put_subscriptions(_subs("sub_late", 1))
        snap.finish_indexes()
        # written after the build: kept in the indexes like any later write
        snap.put_invoices([parse_invoice(f.invoice("in_late", subscription="sub_new_0001"))])
        snap.put_subscriptions(_subs("sub_late", 3))
    assert _indexes(filled_store.path) == before
    assert filled_store.count_subscriptions() == 503
    found = filled_store.query_subscriptions(SubscriptionFilter(search="sub_late_0002"))
    assert [row.id for row in found] == ["sub_late_0002"]


def test_a_failure_while_indexes_build_leaves_the_previous_snapshot(
    filled_store: Store,
) -> None:
    before = _indexes(filled_store.path)
    ids = sorted(row.id for row in filled_store.query_subscriptions())

    def failing_sync() -> None:
        with filled_store.snapshot() as snap:
            snap.put_subscriptions(_subs("sub_new", 6000))
            snap.build_indexes_meanwhile()  # still building when the failure comes
            raise SyncFailed("the dunning list could not be fetched")

    with pytest.raises(SyncFailed):
        failing_sync()
    # nothing left running on the cache's connection
    assert "cache-indexes" not in [thread.name for thread in threading.enumerate()]
    assert sorted(row.id for row in filled_store.query_subscriptions()) == ids
    assert _indexes(filled_store.path) == before
    with filled_store.snapshot() as snap:  # and the cache takes the next sync
        snap.put_subscriptions(_subs("sub_next", 2))
        snap.build_indexes_meanwhile()
    assert filled_store.count_subscriptions() == 2
    assert _indexes(filled_store.path) == before


def test_a_build_once_over_gives_the_transaction_back(filled_store: Store) -> None:
    with filled_store.snapshot() as snap:
        assert not snap.indexes_built()  # none started
        snap.put_subscriptions(_subs("sub_new", 500))
        snap.build_indexes_meanwhile()
        builder = next(t for t in threading.enumerate() if t.name == "cache-indexes")
        builder.join(30)
        assert snap.indexes_built()
        snap.put_subscriptions(_subs("sub_late", 2))  # usable again, no finish_indexes()
    assert filled_store.count_subscriptions() == 502
    found = filled_store.query_subscriptions(SubscriptionFilter(search="sub_late_0001"))
    assert [row.id for row in found] == ["sub_late_0001"]
