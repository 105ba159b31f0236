"""The full sync prepares each page's rows on the fetching thread, or for a big account
in worker processes: the cache it writes must be exactly what the writer's own
object-by-object path writes from the same data."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain import parse_invoice
from desktop_app.emulator import Emulator
from desktop_app.store import Store
from desktop_app.store.schema import DATA_TABLES
from desktop_app.stripe_api import DUNNING_EXPAND, SUBSCRIPTION_EXPAND, StripeApi
from desktop_app.sync import page_workers, run_sync
from desktop_app.sync.collect import Collected


def table_contents(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)  # noqa: S608
            for table in DATA_TABLES
        }
    finally:
        conn.close()


@pytest.mark.parametrize("where", ["fetching threads", "worker processes"])
def test_prepared_pages_write_what_the_writer_writes(
    api: StripeApi,
    emu: Emulator,
    tmp_path: Path,
    where: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    if where == "worker processes":  # a big account's path, from the first page on
        monkeypatch.setattr(page_workers, "AFTER_PAGES", 0)
        monkeypatch.setattr(page_workers, "PROCESSES", 2)
        monkeypatch.setattr(page_workers, "WAIT_FOR_START_S", 60.0)
    synced = Store.open(tmp_path / "synced.sqlite3")
    with caplog.at_level(logging.INFO, logger="desktop_app.sync"):
        run_sync(api, synced, full=True)
    synced.close()
    in_workers = [r.getMessage() for r in caplog.records if "worker processes" in r.getMessage()]
    assert bool(in_workers) == (where == "worker processes")

    # The same account, written object by object through the writer's own path.
    catalog = Collected()
    for product in api.list_products():
        catalog.add_product(product)
    for price in api.list_prices():
        catalog.add_price(price)
    subs = api.list_all("/v1/subscriptions", {"status": "all", "expand": list(SUBSCRIPTION_EXPAND)})
    dunning = [
        sub
        for status in ("past_due", "unpaid")
        for sub in api.list_all(
            "/v1/subscriptions", {"status": status, "expand": list(DUNNING_EXPAND)}
        )
    ]
    assert dunning, "the seeded account has past-due or unpaid subscriptions"
    batch = Collected()
    batch.add_page(subs)
    reference = Store.open(tmp_path / "reference.sqlite3")
    with reference.snapshot() as snap:
        snap.put_products(catalog.products.values())
        snap.put_prices(catalog.prices.values())
        snap.put_payment_methods(batch.payment_methods.values())  # customers' cards too
        snap.put_customers(batch.customers.values())
        snap.put_subscriptions(batch.subscriptions.values())
        snap.put_invoices(parse_invoice(sub["latest_invoice"]) for sub in dunning)
    reference.close()

    got = table_contents(tmp_path / "synced.sqlite3")
    want = table_contents(tmp_path / "reference.sqlite3")
    assert {t: len(rows) for t, rows in got.items()} == {t: len(rows) for t, rows in want.items()}
    assert len(got["subscriptions"]) == len(subs)
    for table in DATA_TABLES:
        assert got[table] == want[table], table
