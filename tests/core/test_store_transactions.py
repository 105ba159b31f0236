"""Full snapshots and incremental changes are all-or-nothing; readers see whole snapshots."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.domain.models import Customer, Product
from desktop_app.domain.parse import parse_invoice, parse_subscription
from desktop_app.store import Store, SubscriptionFilter, opening
from desktop_app.store import store as store_module
from tests.core import factories as f
from tests.core import store_data

ROOT = Path(__file__).resolve().parents[2]


class SyncFailed(Exception):
    pass


def _ids(store: Store) -> list[str]:
    return sorted(row.id for row in store.query_subscriptions())


def test_snapshot_replaces_everything(filled_store: Store) -> None:
    with filled_store.snapshot() as snap:
        snap.put_subscriptions(
            [parse_subscription(f.subscription("sub_new", customer_obj="cus_new"))]
        )
    assert _ids(filled_store) == ["sub_new"]
    assert filled_store.customer_subscriptions("cus_acme") == []
    assert filled_store.subscription_detail("sub_a1") is None
    # products were replaced too: the plan label falls back to the product ID
    assert filled_store.query_subscriptions()[0].plan_label == "prod_pro"


def test_exception_mid_snapshot_leaves_previous_snapshot(filled_store: Store) -> None:
    before = filled_store.query_subscriptions()
    counts = filled_store.status_counts()
    meta = filled_store.meta

    def failing_sync() -> None:
        with filled_store.snapshot() as snap:
            snap.put_products([Product("prod_pro", "Renamed")])
            snap.put_subscriptions([parse_subscription(f.subscription("sub_half"))])
            snap.set_cursor(42)
            raise SyncFailed("network went away on page 7")

    with pytest.raises(SyncFailed):
        failing_sync()
    assert filled_store.query_subscriptions() == before
    assert filled_store.status_counts() == counts
    assert filled_store.meta == meta
    assert filled_store.meta.event_cursor == 1_700_000_000


def test_process_killed_mid_snapshot_leaves_previous_snapshot(filled_store: Store) -> None:
    """The app dies (power cut, kill -9) halfway through a full sync's transaction."""
    before = filled_store.query_subscriptions()
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from desktop_app.domain.parse import parse_subscription\n"
        "from desktop_app.store import Store\n"
        "from tests.core import factories as f\n"
        "store = Store.open(Path(sys.argv[1]))\n"
        "with store.snapshot() as snap:\n"
        "    snap.put_subscriptions(\n"
        "        [parse_subscription(f.subscription(f'sub_k{i}')) for i in range(3000)]\n"
        "    )\n"
        "    print('written', flush=True)\n"
        "    os._exit(9)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(filled_store.path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 9, result.stderr
    assert result.stdout.strip() == "written"
    with Store.open(filled_store.path) as reopened:
        assert reopened.query_subscriptions() == before
    assert filled_store.query_subscriptions() == before


def test_keyboard_interrupt_mid_changes_rolls_back(filled_store: Store) -> None:
    before = filled_store.query_subscriptions()

    def interrupted() -> None:
        with filled_store.changes() as ch:
            ch.delete_subscriptions(["sub_a1", "sub_a2"])
            ch.put_customers([Customer("cus_acme", "Someone Else")])
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted()
    assert filled_store.query_subscriptions() == before


def test_changes_upsert_and_delete(filled_store: Store) -> None:
    updated = parse_subscription(
        f.subscription("sub_a1", customer_obj="cus_acme", cancel_at_period_end=True)
    )
    new = parse_subscription(f.subscription("sub_c1", customer_obj=f.customer("cus_c", "Ceres")))
    with filled_store.changes() as ch:
        ch.put_subscriptions([updated, new])
        ch.delete_subscriptions(["sub_z2"])
        ch.set_cursor(1_700_000_500)
    rows = {row.id: row for row in filled_store.query_subscriptions()}
    assert "sub_z2" not in rows
    assert rows["sub_a1"].display_status == "canceling"
    assert rows["sub_c1"].customer_name == "Ceres"  # the expanded customer was stored
    assert filled_store.meta.event_cursor == 1_700_000_500
    assert filled_store.meta.last_full_sync_at is not None


def test_many_subscriptions_in_one_call(store: Store) -> None:
    """A sync may hand over every subscription at once; the last version of an ID wins."""
    subs = [parse_subscription(f.subscription(f"sub_{n:05d}")) for n in range(4500)]
    subs.append(parse_subscription(f.subscription("sub_00000", status="past_due")))
    with store.snapshot() as snap:
        snap.put_subscriptions(subs)
    assert store.count_subscriptions() == 4500
    counts = store.status_counts()
    assert (counts["active"], counts["past_due"]) == (4499, 1)
    assert store.query_subscriptions(SubscriptionFilter(search="sub_00000"))[0].raw_status == (
        "past_due"
    )


def test_put_order_does_not_matter(store: Store) -> None:
    """Customers and products written after their subscriptions still show."""
    with store.snapshot() as snap:
        snap.put_subscriptions(store_data.subscriptions())
        snap.put_customers(store_data.customers())
        snap.put_products(store_data.products())
    row = store.query_subscriptions(SubscriptionFilter(search="sub_a2"))[0]
    assert (row.customer_name, row.plan_label) == ("Acme BV", "Pro, Seats")
    assert store.query_subscriptions(SubscriptionFilter(search="acme bv"))


def test_renamed_customer_and_product_update_rows_and_search(filled_store: Store) -> None:
    with filled_store.changes() as ch:
        ch.put_customers([Customer("cus_acme", "Acme Holding", "ar@acme.example")])
        ch.put_products([Product("prod_seat", "Extra seats")])
    row = next(r for r in filled_store.customer_subscriptions("cus_acme") if r.id == "sub_a2")
    assert (row.customer_name, row.customer_email) == ("Acme Holding", "ar@acme.example")
    assert row.plan_label == "Pro, Extra seats"
    assert filled_store.count_subscriptions(SubscriptionFilter(search="holding")) == 2
    assert filled_store.count_subscriptions(SubscriptionFilter(search="ap@acme")) == 0
    assert filled_store.count_subscriptions(SubscriptionFilter(search="extra seats")) == 1


def test_deleted_customer_and_product(filled_store: Store) -> None:
    with filled_store.changes() as ch:
        ch.delete_customers(["cus_bolt"])
        ch.delete_products(["prod_seat"])
    rows = {row.id: row for row in filled_store.query_subscriptions()}
    assert rows["sub_b1"].customer_name is None
    assert rows["sub_a2"].plan_label == "Pro, prod_seat"


def test_reader_sees_previous_snapshot_while_a_sync_writes(filled_store: Store) -> None:
    before = _ids(filled_store)
    written = threading.Event()
    release = threading.Event()
    errors: list[BaseException] = []

    def sync() -> None:
        try:
            with filled_store.snapshot() as snap:
                snap.put_subscriptions(
                    [parse_subscription(f.subscription(f"sub_n{i}")) for i in range(50)]
                )
                written.set()
                assert release.wait(10)
        except BaseException as exc:  # reported to the test thread
            errors.append(exc)
            written.set()

    writer = threading.Thread(target=sync)
    writer.start()
    assert written.wait(10)
    assert _ids(filled_store) == before  # mid-sync: still the old, complete snapshot
    assert filled_store.status_counts()["all"] == len(before)
    release.set()
    writer.join(10)
    assert not errors
    assert len(_ids(filled_store)) == 50


def test_readers_on_many_threads(filled_store: Store) -> None:
    results: list[int] = []
    lock = threading.Lock()

    def read() -> None:
        for _ in range(20):
            count = filled_store.count_subscriptions()
            with lock:
                results.append(count)

    threads = [threading.Thread(target=read) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert results == [len(store_data.raw_subscriptions())] * 120


def test_customer_invoices_replace_but_keep_latest_invoices(filled_store: Store) -> None:
    latest = parse_invoice(f.invoice("in_a2", subscription="sub_a2", customer_id="cus_acme"))
    with filled_store.changes() as ch:
        ch.put_invoices([latest])
    old = replace(
        parse_invoice(f.invoice("in_old", customer_id="cus_acme", status="paid")),
        created=datetime(2026, 1, 1, tzinfo=UTC),
    )
    filled_store.put_customer_invoices("cus_acme", [old])
    assert [i.id for i in filled_store.invoices_for_customer("cus_acme")] == ["in_a2", "in_old"]
    newer = replace(old, id="in_new", created=datetime(2027, 1, 1, tzinfo=UTC))
    filled_store.put_customer_invoices("cus_acme", [newer])
    assert [i.id for i in filled_store.invoices_for_customer("cus_acme")] == ["in_new", "in_a2"]
    assert filled_store.invoices_for_customer("cus_bolt") == []


def test_invoice_write_gives_up_while_a_sync_holds_the_cache(
    filled_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.store import CacheBusy
    from desktop_app.store import store as store_module

    monkeypatch.setattr(store_module, "INVOICE_WRITE_WAIT_S", 0.05)
    entered = threading.Event()
    release = threading.Event()

    def sync() -> None:
        with filled_store.changes():
            entered.set()
            release.wait(10)

    writer = threading.Thread(target=sync)
    writer.start()
    try:
        assert entered.wait(10)
        with pytest.raises(CacheBusy, match="sync is writing"):
            filled_store.put_customer_invoices("cus_acme", [])
    finally:
        release.set()
        writer.join(10)
    filled_store.put_customer_invoices("cus_acme", [])  # fine once the sync is done


def test_closed_store_refuses_work(cache_path: Path) -> None:
    store = Store.open(cache_path)
    store.close()
    store.close()  # idempotent
    with pytest.raises(RuntimeError, match="closed"):
        store.count_subscriptions()


def _index_sql(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT sql FROM sqlite_master WHERE type='index'")}
    finally:
        conn.close()


def test_a_snapshot_leaves_every_index_as_the_schema_has_it(filled_store: Store) -> None:
    """A full snapshot drops the read-only indexes while it writes: committed or
    rolled back, the cache has all of them again, and the window's queries use them."""
    before = _index_sql(filled_store.path)
    with filled_store.snapshot() as snap:
        snap.put_subscriptions([parse_subscription(f.subscription("sub_new"))])
    assert _index_sql(filled_store.path) == before

    def cancelled_sync() -> None:
        with filled_store.snapshot() as snap:
            snap.put_subscriptions([parse_subscription(f.subscription("sub_half"))])
            raise SyncFailed("cancelled")

    with pytest.raises(SyncFailed):
        cancelled_sync()
    assert _index_sql(filled_store.path) == before
    assert _ids(filled_store) == ["sub_new"]
    conn = sqlite3.connect(filled_store.path)
    try:
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM subscriptions ORDER BY customer_sort, id LIMIT 5"
        ).fetchall()
    finally:
        conn.close()
    assert "subs_sort_customer" in " ".join(str(step) for step in plan)


def _file_size(store: Store) -> int:
    return os.path.getsize(store.path)


def test_a_big_snapshot_is_readable_before_it_is_copied_into_the_file(store: Store) -> None:
    """A full sync's commit leaves the snapshot in the WAL (readable and durable at
    once); ``checkpoint()``, or ``close()``, copies it into the database file."""
    subs = [parse_subscription(f.subscription(f"sub_{n:05d}")) for n in range(3000)]
    empty = _file_size(store)
    with store.snapshot() as snap:
        snap.put_subscriptions(subs)
    other = sqlite3.connect(store.path)
    try:
        assert other.execute("SELECT count(*) FROM subscriptions").fetchone() == (3000,)
    finally:
        other.close()
    assert _file_size(store) == empty  # nothing copied by the commit
    store.checkpoint()
    assert _file_size(store) > empty + 1_000_000
    store.close()
    with Store.open(store.path) as reopened:
        assert reopened.count_subscriptions() == 3000


def test_close_copies_a_pending_snapshot_into_the_file(store: Store) -> None:
    with store.snapshot() as snap:
        snap.put_subscriptions(
            [parse_subscription(f.subscription(f"sub_{n}")) for n in range(3000)]
        )
    empty = _file_size(store)
    store.close()
    assert _file_size(store) > empty + 1_000_000
    assert not os.path.exists(f"{store.path}-wal") or os.path.getsize(f"{store.path}-wal") == 0


def test_writes_after_a_failed_snapshot_copy_themselves_into_the_file(store: Store) -> None:
    """Only a snapshot defers the copy: a failed one leaves SQLite's own (a commit
    copies a big WAL into the file) for the changes that follow."""

    def failing_sync() -> None:
        with store.snapshot() as snap:
            snap.put_subscriptions([parse_subscription(f.subscription("sub_half"))])
            raise SyncFailed("cancelled")

    with pytest.raises(SyncFailed):
        failing_sync()
    empty = _file_size(store)
    with store.changes() as txn:
        txn.put_subscriptions([parse_subscription(f.subscription(f"sub_{n}")) for n in range(8000)])
    assert _file_size(store) > empty + 1_000_000


def _bytes_written() -> int:
    with open("/proc/self/io") as io:
        counters = dict(line.split(": ") for line in io.read().splitlines())
    return int(counters["wchar"])


@pytest.mark.skipif(not os.path.exists("/proc/self/io"), reason="needs Linux's /proc")
def test_a_snapshot_bigger_than_the_page_cache_writes_each_page_once(
    cache_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer's usual page cache, shrunk here to far less than the snapshot, would
    spill pages to the WAL and rewrite them before the commit; a snapshot gets a
    cache of its own, and gives it back after."""
    monkeypatch.setattr(opening, "CACHE_KIB", 100)
    monkeypatch.setattr(store_module, "CACHE_KIB", 100)
    # Stripe's IDs come in no order: rows land all over the tables' B-trees.
    ids = [f"sub_{n * 7919 % 10007:05d}" for n in range(4000)]
    subs = [parse_subscription(f.subscription(sub_id)) for sub_id in ids]
    with Store.open(cache_path) as store:
        before = _bytes_written()
        with store.snapshot() as snap:
            snap.put_subscriptions(subs)
        written = _bytes_written() - before
        wal = os.path.getsize(f"{cache_path}-wal")
        assert wal > 20 * 100 * 1024  # the test means something: far bigger than the cache
        assert written < 1.2 * wal
        assert store._writer.execute("PRAGMA cache_size").fetchone() == (-100,)
