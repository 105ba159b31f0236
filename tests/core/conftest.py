"""Fixtures for the core's tests: a real cache file in the test's data directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.paths import data_dir
from desktop_app.store import Store
from tests.core import store_data


@pytest.fixture
def cache_path(isolated_app_dirs: Path) -> Path:
    return data_dir() / "caches" / "test-profile.sqlite"


@pytest.fixture
def store(cache_path: Path) -> Iterator[Store]:
    opened = Store.open(cache_path)
    yield opened
    opened.close()


@pytest.fixture
def filled_store(store: Store) -> Store:
    with store.snapshot() as snap:
        snap.set_account("acct_TEST1", "Test Company", livemode=False)
        snap.put_products(store_data.products())
        snap.put_customers(store_data.customers())
        snap.put_subscriptions(store_data.subscriptions())
        snap.set_cursor(1_700_000_000)
    return store
