"""Incremental sync from the Events API: K changes cost O(K) requests.

Events after the cursor (oldest first) carry their objects unexpanded; only the
latest state of each object is applied. What a changed row needs and neither the
events nor the cache hold (a new customer, card, product, or the latest invoice of
a past-due subscription) is fetched by ID, one request each. Everything is written
in one ``store.changes()`` transaction.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from desktop_app.cancel import CancelToken
from desktop_app.errors import NotFound
from desktop_app.store import Store
from desktop_app.stripe_api import StripeApi
from desktop_app.stripe_api.events_head import event_created, latest_event_time
from desktop_app.sync.collect import Collected
from desktop_app.sync.event_types import EVENT_TYPE_GROUPS
from desktop_app.sync.known import known_ids
from desktop_app.sync.progress import ProgressCallback, SyncProgress
from desktop_app.sync.skipped import UNREADABLE, Skipped, skipped_for

Json = dict[str, Any]
log = logging.getLogger(__name__)

# Subscription statuses whose latest invoice (dunning state) the cache keeps.
DUNNING = {"past_due", "unpaid"}


def readable_times(
    events: list[Json], found: Collected, server_clock: int | None = None
) -> list[tuple[Json, int]]:
    """Each event with its ``created`` second, in order; an event without a readable
    time (``events_head.event_created``; dated beyond the later of this computer's and
    the server's clock) is left out, listed in ``found``."""
    latest = latest_event_time(server_clock)
    timed: list[tuple[Json, int]] = []
    for event in events:
        try:
            timed.append((event, event_created(event, latest)))
        except UNREADABLE as exc:
            found.skipped.append(skipped_for("event", event, exc))
    return timed


def latest_objects(events: list[Json]) -> list[Json]:
    """The last state of each object, in the order of their last change (oldest first)."""
    last: dict[tuple[str, str], Json] = {}
    for event in events:
        data = event.get("data")
        obj = data.get("object") if isinstance(data, dict) else None
        if isinstance(obj, dict) and obj.get("id"):
            if event.get("type") == "customer.deleted":
                obj = {**obj, "deleted": True}
            key = (str(obj.get("object")), str(obj["id"]))
            last.pop(key, None)  # re-insert: order of last change
            last[key] = obj
    return list(last.values())


def _wanted(found: Collected) -> dict[str, set[str]]:
    """IDs the changed objects point to: customers, cards, products, dunning invoices."""
    wanted: dict[str, set[str]] = {
        "customers": set(),
        "payment_methods": set(),
        "products": set(),
        "invoices": set(),
    }
    for sub in found.subscriptions.values():
        if sub.customer_id:
            wanted["customers"].add(sub.customer_id)
        if sub.default_payment_method_id:
            wanted["payment_methods"].add(sub.default_payment_method_id)
        if sub.default_source_id and sub.customer_id:  # a legacy source: the customer's
            wanted["payment_methods"].add(f"{sub.customer_id}/{sub.default_source_id}")
        if sub.status in DUNNING and sub.latest_invoice_id:
            wanted["invoices"].add(sub.latest_invoice_id)
    for customer in found.customers.values():
        if customer.default_payment_method_id:
            wanted["payment_methods"].add(customer.default_payment_method_id)
        if customer.default_source_id:
            wanted["payment_methods"].add(f"{customer.id}/{customer.default_source_id}")
    for price in found.prices.values():
        if price.product_id:
            wanted["products"].add(price.product_id)
    methods = found.payment_methods
    have = {
        "customers": found.customers.keys() | found.deleted_customers,
        "payment_methods": {m for m in wanted["payment_methods"] if _method_id(m) in methods},
        "products": found.products.keys(),
        "invoices": found.invoices.keys(),
    }
    return {table: ids - set(have[table]) for table, ids in wanted.items()}


def _method_id(wanted: str) -> str:
    """A wanted payment method's ID (a legacy source is wanted as "cus_.../card_...")."""
    return wanted.rpartition("/")[2]


_RETRIEVE: dict[str, tuple[str, tuple[str, ...]]] = {
    "customers": (
        "/v1/customers/{}",
        ("invoice_settings.default_payment_method", "default_source"),
    ),
    "payment_methods": ("/v1/payment_methods/{}", ()),
    # A legacy source (card_..., src_..., ba_...): Stripe's "Retrieve a source" of a
    # customer, GET /v1/customers/:id/sources/:id (docs.stripe.com/api/sources/retrieve;
    # stripe-python 16.x CustomerPaymentSourceService.retrieve).
    "sources": ("/v1/customers/{}/sources/{}", ()),
    "products": ("/v1/products/{}", ()),
    "invoices": ("/v1/invoices/{}", ()),
}


def fetch_missing(api: StripeApi, cache: Path, found: Collected, cancel: CancelToken) -> int:
    """Retrieve, one request each (a few in parallel), what the changes need and neither
    the events nor the cache hold. Returns the number of objects fetched."""
    wanted = _wanted(found)
    jobs: list[tuple[str, str]] = []
    for table, ids in wanted.items():
        known = known_ids(cache, table, {_method_id(i) for i in ids})
        missing = {i for i in ids if _method_id(i) not in known}
        jobs += [(table, object_id) for object_id in sorted(missing)]
    if not jobs:
        return 0

    def get(job: tuple[str, str]) -> tuple[str, Json | None]:
        cancel.raise_if_cancelled()
        table, object_id = job
        kind = "sources" if table == "payment_methods" and "/" in object_id else table
        path, expand = _RETRIEVE[kind]
        try:
            return table, api.retrieve(path.format(*object_id.split("/")), expand)
        except NotFound:
            return table, None

    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="stripe-fetch") as pool:
        results = list(pool.map(get, jobs))
    for table, obj in results:
        if obj is None:
            continue
        if table == "customers":
            found.add_customer(obj)
        elif table == "payment_methods":
            found.add_payment_method(obj)
        elif table == "products":
            found.add_product(obj)
        else:
            found.add_invoice(obj)
    return len(jobs)


def apply_objects(objects: list[Json], found: Collected) -> None:
    for obj in objects:
        kind = obj.get("object")
        if kind == "subscription":
            found.add_subscription(obj)
        elif kind == "customer":
            found.add_customer(obj)
        elif kind == "invoice":
            found.add_invoice(obj)
        elif kind in ("payment_method", "card", "source", "bank_account"):  # and legacy sources
            found.add_payment_method(obj)
        elif kind == "price":
            found.add_price(obj)
        elif kind == "product":
            found.add_product(obj)


def incremental_sync(
    api: StripeApi,
    store: Store,
    cursor: int,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> tuple[int, list[Skipped]]:
    """Apply the events after ``cursor``; returns how many objects changed, and the
    objects (and events) skipped because they could not be read.

    Event times are whole seconds: more events can arrive in the cursor's own second
    after a sync read it. So the events *from* the cursor's second are asked for,
    and those of that second already applied (``event_cursor_seen``) are skipped.
    """
    progress(SyncProgress("events", 0, 0, None))
    seen = store.meta.event_cursor_seen
    listed = api.list_events(cursor, EVENT_TYPE_GROUPS, cancel, inclusive=True)
    found = Collected()
    fresh = [e for e in listed.events if not (isinstance(e, dict) and str(e.get("id")) in seen)]
    timed = readable_times(fresh, found, listed.server_time)
    events = [event for event, _ in timed]
    objects = latest_objects(events)
    progress(SyncProgress("events", 0, 0, len(objects)))
    apply_objects(objects, found)
    fetch_missing(api, store.path, found, cancel)
    cancel.raise_if_cancelled()
    new_cursor = max([cursor, *(created for _, created in timed)])
    progress(SyncProgress("saving", len(objects), 0, len(objects)))
    with store.changes() as ch:
        ch.put_products(found.products.values())
        ch.put_prices(found.prices.values())
        ch.put_payment_methods(found.payment_methods.values())
        ch.put_customers(found.customers.values())
        ch.put_invoices(found.invoices.values())
        ch.put_subscriptions(found.subscriptions.values())
        if found.deleted_customers:
            ch.delete_customers(sorted(found.deleted_customers))
        same_second = {str(e["id"]) for e, created in timed if created == new_cursor}
        ch.set_cursor(new_cursor, same_second | (seen if new_cursor == cursor else set()))
    log.info("Incremental sync: %d events, %d objects", len(events), len(objects))
    return len(objects), found.skipped
