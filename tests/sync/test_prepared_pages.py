"""The full sync prepares each page's rows on the fetching thread: the cache it writes
must be exactly what the writer's own object-by-object path writes from the same data."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from desktop_app.domain import parse_invoice
from desktop_app.emulator import Emulator
from desktop_app.store import Store
from desktop_app.store.schema import DATA_TABLES
from desktop_app.stripe_api import DUNNING_EXPAND, SUBSCRIPTION_EXPAND, StripeApi
from desktop_app.stripe_api.slices import Stream, fetch_streams
from desktop_app.sync import run_sync
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


def test_prepared_pages_write_what_the_writer_writes(
    api: StripeApi, emu: Emulator, tmp_path: Path
) -> None:
    synced = Store.open(tmp_path / "synced.sqlite3")
    run_sync(api, synced, full=True)
    synced.close()

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


def test_pages_are_prepared_on_the_fetching_threads() -> None:
    caller = threading.get_ident()
    prepared_on: set[int] = set()
    received: list[Any] = []
    pages = {
        None: ([{"id": "sub_2", "created": 5}], True),
        "sub_2": ([{"id": "sub_1", "created": 4}], False),
    }

    def fetch(gte: int, lt: int, cursor: str | None) -> tuple[list[dict[str, Any]], bool]:
        return pages[cursor]

    def prepare(page: list[dict[str, Any]]) -> list[str]:
        prepared_on.add(threading.get_ident())
        return [obj["id"].upper() for obj in page]

    fetch_streams([Stream(fetch, 0, 10, received.append, 1, prepare)], workers=2)
    assert sorted(received) == [["SUB_1"], ["SUB_2"]]
    assert prepared_on
    assert caller not in prepared_on
