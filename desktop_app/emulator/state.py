"""The emulator's in-memory objects for one mode (test or live).

Every object is a dict in Stripe's JSON shape. Readers and writers hold the
emulator's lock. Invoices are produced lazily per subscription (see invoicing.py)
so a 100,000-subscription account stays small in memory.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.emulator import versions
from desktop_app.emulator.encoded_cache import EncodedCache
from desktop_app.emulator.ids import make_id
from desktop_app.emulator.index import ObjectIndex
from desktop_app.emulator.invoicing import InvoiceBook

Obj = dict[str, Any]


def wall_clock() -> int:
    return int(time.time())


@dataclass
class ModeData:
    livemode: bool
    account: Obj
    rng: random.Random
    public_base: str = "http://127.0.0.1"
    clock: Callable[[], int] = wall_clock
    # The account's default API version: the layout its events are rendered in.
    api_version: str = versions.CURRENT
    products: ObjectIndex = field(default_factory=lambda: ObjectIndex("product"))
    prices: ObjectIndex = field(default_factory=lambda: ObjectIndex("price"))
    price_tiers: dict[str, list[Obj]] = field(default_factory=dict)
    customers: ObjectIndex = field(default_factory=lambda: ObjectIndex("customer"))
    payment_methods: ObjectIndex = field(default_factory=lambda: ObjectIndex("payment_method"))
    payment_methods_by_customer: dict[str, list[str]] = field(default_factory=dict)
    # Legacy sources (card_...) of old accounts, saved before payment methods existed.
    sources: dict[str, Obj] = field(default_factory=dict)
    tax_ids: dict[str, list[Obj]] = field(default_factory=dict)
    subscriptions: ObjectIndex = field(default_factory=lambda: ObjectIndex("subscription"))
    subscriptions_by_customer: dict[str, list[str]] = field(default_factory=dict)
    invoices: InvoiceBook = field(default_factory=InvoiceBook)
    events: ObjectIndex = field(default_factory=lambda: ObjectIndex("event"))
    portal_configurations: ObjectIndex = field(
        default_factory=lambda: ObjectIndex("billing_portal.configuration")
    )
    portal_sessions: dict[str, Obj] = field(default_factory=dict)
    portal_session_by_secret: dict[str, str] = field(default_factory=dict)
    encoded: EncodedCache = field(default_factory=EncodedCache)  # list pages' JSON, see encoded.py

    def touch(self, object_id: str) -> None:
        """``object_id`` changed: forget its encoded JSON and whatever expands it."""
        self.encoded.forget(object_id)

    def new_id(self, prefix: str, length: int = 24) -> str:
        return make_id(self.rng, prefix, length)

    def now(self) -> int:
        return self.clock()

    def add_customer(self, customer: Obj) -> None:
        self.customers.add(customer)

    def add_payment_method(self, pm: Obj) -> None:
        self.payment_methods.add(pm)
        if pm["customer"]:
            self.payment_methods_by_customer.setdefault(pm["customer"], []).append(pm["id"])

    def add_source(self, source: Obj) -> None:
        self.sources[source["id"]] = source

    def add_subscription(self, sub: Obj) -> None:
        self.subscriptions.add(sub)
        self.subscriptions_by_customer.setdefault(sub["customer"], []).append(sub["id"])

    def customer_subscriptions(self, customer_id: str) -> list[Obj]:
        ids = self.subscriptions_by_customer.get(customer_id, [])
        return [self.subscriptions[i] for i in ids]

    def default_configuration(self) -> Obj | None:
        for config in self.portal_configurations.values():
            if config["is_default"]:
                return config
        return None

    def resolve(self, object_id: str) -> Obj | None:
        """Any object by id (for expansion), or None."""
        prefix = object_id.split("_", 1)[0]
        if prefix == "in":
            return self.invoices.get(self, object_id)
        table = _TABLES.get(prefix)
        if table is None:
            return None
        index: ObjectIndex | dict[str, Obj] = getattr(self, table)
        return index.get(object_id)


_TABLES = {
    "cus": "customers",
    "pm": "payment_methods",
    "card": "sources",
    "src": "sources",
    "ba": "sources",
    "prod": "products",
    "price": "prices",
    "sub": "subscriptions",
    "bpc": "portal_configurations",
    "evt": "events",
}
