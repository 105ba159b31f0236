"""Incremental sync from the Events API: K changes cost O(K) requests.

Events after the cursor (oldest first) carry their objects unexpanded; only the
latest state of each object is applied. What a changed row needs and the cache
lacks (a new customer, card, price, product or latest invoice) is fetched by ID,
one request each. Everything is written in one ``store.changes()`` transaction.
"""

from __future__ import annotations

import logging
from typing import Any

from desktop_app.cancel import CancelToken
from desktop_app.errors import NotFound
from desktop_app.store import Store
from desktop_app.stripe_api import StripeApi
from desktop_app.sync.collect import Collected, ref_id
from desktop_app.sync.event_types import SYNC_EVENT_TYPES
from desktop_app.sync.progress import ProgressCallback, SyncProgress

Json = dict[str, Any]
log = logging.getLogger(__name__)

# Subscription statuses whose latest invoice (dunning state) the cache keeps.
DUNNING = {"past_due", "unpaid"}


def latest_objects(events: list[Json]) -> list[Json]:
    """The last state of each object, in the order of their last change (oldest first)."""
    last: dict[tuple[str, str], Json] = {}
    for event in events:
        obj = (event.get("data") or {}).get("object")
        if isinstance(obj, dict) and obj.get("id"):
            if event.get("type") == "customer.deleted":
                obj = {**obj, "deleted": True}
            key = (str(obj.get("object")), str(obj["id"]))
            last.pop(key, None)  # re-insert: order of last change
            last[key] = obj
    return list(last.values())


class _Fetcher:
    """Fetch by ID what the changed objects reference and the cache does not have."""

    def __init__(self, api: StripeApi, store: Store, found: Collected) -> None:
        self.api = api
        self.store = store
        self.found = found

    def _get(self, path: str, expand: tuple[str, ...] = ()) -> Json | None:
        try:
            return self.api.retrieve(path, expand)
        except NotFound:
            return None

    def customer(self, customer_id: str | None) -> None:
        if not customer_id or customer_id in self.found.customers:
            return
        if self.store.has_customer(customer_id):
            return
        obj = self._get(
            f"/v1/customers/{customer_id}", ("invoice_settings.default_payment_method",)
        )
        if obj is not None:
            self.found.add_customer(obj)

    def payment_method(self, pm_id: str | None) -> None:
        if not pm_id or pm_id in self.found.payment_methods:
            return
        if self.store.has_payment_method(pm_id):
            return
        obj = self._get(f"/v1/payment_methods/{pm_id}")
        if obj is not None:
            self.found.add_payment_method(obj)

    def product(self, product_id: str | None) -> None:
        if not product_id or product_id in self.found.products:
            return
        if self.store.has_product(product_id):
            return
        obj = self._get(f"/v1/products/{product_id}")
        if obj is not None:
            self.found.add_product(obj)

    def invoice(self, invoice_id: str | None) -> None:
        if not invoice_id or invoice_id in self.found.invoices:
            return
        if self.store.has_invoice(invoice_id):
            return
        obj = self._get(f"/v1/invoices/{invoice_id}")
        if obj is not None:
            self.found.add_invoice(obj)


def apply_objects(objects: list[Json], fetcher: _Fetcher) -> None:
    found = fetcher.found
    for obj in objects:
        kind = obj.get("object")
        if kind == "subscription":
            found.add_subscription(obj)
            fetcher.customer(ref_id(obj.get("customer")))
            fetcher.payment_method(ref_id(obj.get("default_payment_method")))
            if obj.get("status") in DUNNING:
                fetcher.invoice(ref_id(obj.get("latest_invoice")))
            for item in (obj.get("items") or {}).get("data") or []:
                price = item.get("price") if isinstance(item, dict) else None
                if isinstance(price, dict):
                    fetcher.product(ref_id(price.get("product")))
        elif kind == "customer":
            found.add_customer(obj)
            settings = obj.get("invoice_settings") or {}
            fetcher.payment_method(ref_id(settings.get("default_payment_method")))
        elif kind == "invoice":
            found.add_invoice(obj)
        elif kind == "payment_method":
            found.add_payment_method(obj)
        elif kind == "price":
            found.add_price(obj)
            fetcher.product(ref_id(obj.get("product")))
        elif kind == "product":
            found.add_product(obj)


def incremental_sync(
    api: StripeApi,
    store: Store,
    cursor: int,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> int:
    """Apply the events after ``cursor``; returns how many objects changed."""
    progress(SyncProgress("events", 0, 0, None))
    events = api.list_events(cursor, SYNC_EVENT_TYPES, cancel)
    objects = latest_objects(events)
    progress(SyncProgress("events", 0, 0, len(objects)))
    found = Collected()
    apply_objects(objects, _Fetcher(api, store, found))
    cancel.raise_if_cancelled()
    new_cursor = max([cursor, *(int(e["created"]) for e in events if e.get("created"))])
    progress(SyncProgress("saving", len(objects), 0, len(objects)))
    with store.changes() as ch:
        ch.put_products(found.products.values())
        ch.put_prices(found.prices.values())
        ch.put_payment_methods(found.payment_methods.values())
        ch.put_customers(found.customers.values())
        ch.put_invoices(found.invoices.values())
        ch.put_subscriptions(found.subscriptions.values())
        for customer_id in found.deleted_customers:
            ch.delete_customer(customer_id)
        ch.set_cursor(new_cursor)
    log.info("Incremental sync: %d events, %d objects", len(events), len(objects))
    return len(objects)
