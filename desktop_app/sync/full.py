"""Full sync: the whole account into one new snapshot of the cache.

Products and prices (all pages), then every subscription with its customer, cards
and latest invoice expanded, by parallel ``created`` slices (no request per
subscription). Nothing is written until everything is fetched; then one snapshot
transaction replaces the previous data, so a failure or cancel leaves it intact.
"""

from __future__ import annotations

import logging
import math
import time
from typing import Any

from desktop_app.cancel import CancelToken
from desktop_app.store import Store
from desktop_app.stripe_api import DUNNING_EXPAND, DUNNING_STATUSES, StripeApi, SubscriptionQuery
from desktop_app.sync.collect import Collected
from desktop_app.sync.progress import ProgressCallback, SyncProgress

log = logging.getLogger(__name__)

# Subscriptions can be created a little "in the future" of a skewed local clock.
CLOCK_MARGIN_S = 86_400
# Stripe accounts did not exist before this (2010-01-01): the lower bound without one.
EPOCH_FLOOR = 1_262_304_000


def slice_workers(budget_rps: float) -> int:
    """Threads enough to keep the budget busy up to ~300 ms per request, within reason.
    (Fewer run when the measured latency needs fewer.)"""
    return max(2, min(48, math.ceil(budget_rps * 0.3)))


def fetch_everything(
    api: StripeApi,
    progress: ProgressCallback,
    cancel: CancelToken,
    *,
    account_created: int | None,
    workers: int | None = None,
) -> Collected:
    collected = Collected()
    pages = 0

    def report(phase: str) -> None:
        progress(SyncProgress(phase, len(collected.subscriptions), pages, None))

    report("catalog")
    for page in api.iter_pages("/v1/products", None, cancel):
        pages += 1
        for obj in page:
            collected.add_product(obj)
    for page in api.iter_pages("/v1/prices", None, cancel):
        pages += 1
        for obj in page:
            collected.add_price(obj)
    report("subscriptions")

    def on_page(page: list[dict[str, Any]]) -> None:
        nonlocal pages
        pages += 1
        collected.add_page(page)
        report("subscriptions")

    def on_dunning_page(page: list[dict[str, Any]]) -> None:
        nonlocal pages
        pages += 1
        for obj in page:
            collected.add_invoice(obj.get("latest_invoice"))

    queries = [SubscriptionQuery(on_page)]
    queries += [
        SubscriptionQuery(on_dunning_page, status, DUNNING_EXPAND) for status in DUNNING_STATUSES
    ]
    lo = min(account_created or EPOCH_FLOOR, int(time.time()))
    hi = int(time.time()) + CLOCK_MARGIN_S
    api.list_subscriptions_sliced(
        queries,
        created_from=lo,
        created_to=hi,
        workers=workers or slice_workers(api.budget.rate),
        cancel=cancel,
    )
    return collected


def full_sync(
    api: StripeApi,
    store: Store,
    progress: ProgressCallback,
    cancel: CancelToken,
    *,
    workers: int | None = None,
) -> int:
    """Fetch everything and replace the cache in one transaction; returns subscriptions."""
    progress(SyncProgress("account", 0, 0, None))
    account = api.account()
    # Before the data, so nothing in between is missed. No events yet: 0 (every event
    # that exists at the next sync is newer than this one).
    cursor = api.newest_event_created() or 0
    cancel.raise_if_cancelled()
    collected = fetch_everything(
        api, progress, cancel, account_created=account.created, workers=workers
    )
    cancel.raise_if_cancelled()
    total = len(collected.subscriptions)
    progress(SyncProgress("saving", total, 0, total))
    with store.snapshot() as snap:
        snap.put_products(collected.products.values())
        snap.put_prices(collected.prices.values())
        snap.put_payment_methods(collected.payment_methods.values())
        snap.put_customers(collected.customers.values())
        snap.put_invoices(collected.invoices.values())
        snap.put_subscriptions(collected.subscriptions.values())
        livemode = account.livemode if account.livemode is not None else api.key_livemode
        snap.set_account(account.id, account.name, livemode)
        snap.set_cursor(cursor)
        cancel.raise_if_cancelled()
    log.info("Full sync: %d subscriptions", total)
    return total
