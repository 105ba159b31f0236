"""Full sync: the whole account into one new snapshot of the cache.

Account, event cursor, products and prices (all pages) and the first page of each
subscription list in parallel; then every subscription with its customer and cards
expanded, by parallel ``created`` slices (no request per subscription), and the
latest invoice of past-due and unpaid ones (their dunning state) by two more sliced
lists, which go on as the subscriptions' last round starts. From then on the cache's
indexes are built on another thread; the pages that come in meanwhile are written
once it is done (the indexes take them in like any later write).
Each page becomes the cache's rows on the thread that fetched it, or past the first
pages in worker processes (``page_workers.py``, while its slice goes on with the next
page); the calling thread only writes.
Everything is written inside one snapshot transaction that replaces the previous
data on commit, so a failure or a cancel leaves the previous snapshot intact.
"""

from __future__ import annotations

import logging
import math
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from desktop_app.cancel import CancelToken
from desktop_app.domain import Invoice
from desktop_app.store import Store
from desktop_app.store.prepared import PreparedPage
from desktop_app.stripe_api import (
    DUNNING_EXPAND,
    DUNNING_STATUSES,
    SUBSCRIPTION_EXPAND,
    AccountInfo,
    EventsHead,
    StripeApi,
    SubscriptionQuery,
)
from desktop_app.sync.collect import Collected
from desktop_app.sync.event_cursor import cursor_beside_reads
from desktop_app.sync.page_workers import PagePreparer
from desktop_app.sync.progress import ProgressCallback, SyncProgress
from desktop_app.sync.skipped import Skipped

log = logging.getLogger(__name__)

# Subscriptions can be created a little "in the future" of a skewed local clock.
CLOCK_MARGIN_S = 86_400
# Stripe accounts did not exist before this (2010-01-01): the lower bound without one.
EPOCH_FLOOR = 1_262_304_000


def slice_workers(budget_rps: float) -> int:
    """Threads enough to keep the budget busy up to ~300 ms per request, within reason.
    (Fewer run when the measured latency needs fewer.)"""
    return max(2, min(48, math.ceil(budget_rps * 0.3)))


@dataclass
class _Prelude:
    account: AccountInfo
    cursor: int
    catalog: Collected
    seen: frozenset[str]  # events of the cursor's second, in the snapshot
    heads: dict[str, Future[bytes]]  # each subscription list's first page, by status
    round_trip: float  # seconds the reads took


def fetch_prelude(api: StripeApi, cancel: CancelToken, created_to: int) -> _Prelude:
    """Account, event cursor, products, prices and the first page of each subscription
    list (all, past due, unpaid): independent reads, in parallel. The sliced lists go
    on from those pages (``SubscriptionQuery.head``).

    The cursor is read beside the data, so it is moved back to before the first data
    read where a change could fall between the two (``event_cursor.py``): nothing
    that changes meanwhile is missed. No events yet: 0.
    """
    lists = {"all": SUBSCRIPTION_EXPAND} | {status: DUNNING_EXPAND for status in DUNNING_STATUSES}
    with ThreadPoolExecutor(
        max_workers=4 + len(lists), thread_name_prefix="stripe-prelude"
    ) as pool:
        reads_began = time.monotonic()

        def events_head() -> tuple[EventsHead, float]:
            head = api.newest_events()
            return head, time.monotonic() - reads_began

        cursor = pool.submit(events_head)
        heads = {
            status: pool.submit(api.first_page, status, expand, created_to)
            for status, expand in lists.items()
        }
        account = pool.submit(api.account)
        products = pool.submit(api.list_products, cancel)
        prices = pool.submit(api.list_prices, cancel)
        catalog = Collected()
        for obj in products.result():
            catalog.add_product(obj)
        for obj in prices.result():
            catalog.add_price(obj)
        events, span = cursor.result()
        newest, seen = cursor_beside_reads(events, span)
        return _Prelude(account.result(), newest, catalog, seen, heads, span)


def full_sync(
    api: StripeApi,
    store: Store,
    progress: ProgressCallback,
    cancel: CancelToken,
    *,
    workers: int | None = None,
) -> tuple[int, list[Skipped]]:
    """Fetch everything into a new snapshot of the cache; returns how many subscriptions
    were written, and the objects skipped because they could not be read.

    Pages are written as they arrive, inside the one snapshot transaction (readers
    keep seeing the previous snapshot until it commits; an exception or a cancel
    rolls it all back).
    """
    progress(SyncProgress("account", 0, 0, None))
    created_to = int(time.time()) + CLOCK_MARGIN_S
    prelude = fetch_prelude(api, cancel, created_to)
    cancel.raise_if_cancelled()
    account = prelude.account
    subscriptions = 0
    pages = 0
    skipped = prelude.catalog.skipped

    with store.snapshot() as snap:
        progress(SyncProgress("catalog", 0, pages, None))
        snap.put_products(prelude.catalog.products.values())
        snap.put_prices(prelude.catalog.prices.values())

        # The indexes are built from the list's last round on; the pages that come in
        # meanwhile are written once they are built.
        building = False
        written_last: list[PreparedPage] = []

        def build_indexes() -> None:
            nonlocal building
            building = True
            snap.build_indexes_meanwhile()

        def on_page(page: PreparedPage) -> None:
            nonlocal pages, subscriptions, building
            pages += 1
            written_last.append(page)
            skipped.extend(page.skipped)
            if building and snap.indexes_built():
                building = False
            if not building:
                for waiting in written_last:
                    snap.write_prepared(waiting)
                written_last.clear()
            subscriptions += len(page.subscription_ids)
            progress(SyncProgress("subscriptions", subscriptions, pages, None))

        dunning: list[Invoice] = []

        def on_dunning_page(payload: tuple[list[Invoice], list[Skipped]]) -> None:
            nonlocal pages
            pages += 1
            invoices, unread = payload
            dunning.extend(invoices)  # written at the end: the indexes may be building
            skipped.extend(unread)

        created_from = min(account.created or EPOCH_FLOOR, int(time.time()))
        with PagePreparer(prelude.catalog.products, created_from=created_from) as preparer:
            queries = [
                SubscriptionQuery(
                    on_page,
                    prepare=preparer.subscriptions,
                    on_done=build_indexes,
                    head=prelude.heads["all"],
                    on_last_round=build_indexes,
                )
            ]
            queries += [
                SubscriptionQuery(
                    on_dunning_page,
                    status,
                    DUNNING_EXPAND,
                    prepare=preparer.dunning,
                    later=True,
                    head=prelude.heads[status],
                )
                for status in DUNNING_STATUSES
            ]
            progress(SyncProgress("subscriptions", 0, pages, None))
            api.list_subscriptions_sliced(
                queries,
                created_from=created_from,
                created_to=created_to,
                workers=workers or slice_workers(api.budget.rate),
                cancel=cancel,
                latency=prelude.round_trip,
            )
            if preparer.pages_in_workers:
                log.info("%d pages prepared in worker processes", preparer.pages_in_workers)
        cancel.raise_if_cancelled()
        progress(SyncProgress("saving", subscriptions, pages, subscriptions))
        snap.finish_indexes()  # (the rest of the build, if the dunning lists were quicker)
        for page in written_last:
            snap.write_prepared(page)
        snap.put_invoices(dunning)
        livemode = account.livemode if account.livemode is not None else api.key_livemode
        snap.set_account(account.id, account.name, livemode)
        snap.set_cursor(prelude.cursor, prelude.seen)
        cancel.raise_if_cancelled()
    log.info("Full sync: %d subscriptions, %d pages", subscriptions, pages)
    return subscriptions, skipped
