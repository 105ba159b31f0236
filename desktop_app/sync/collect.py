"""Gather Stripe objects (expanded or not) into parsed domain models, keyed by ID.

An object that cannot be read (``domain/values.py``) is left out and listed in
``skipped``, with what came expanded in it: the rest is collected as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from desktop_app.domain import (
    Customer,
    Invoice,
    PaymentMethod,
    Price,
    Product,
    Subscription,
    parse_customer,
    parse_invoice,
    parse_payment_method,
    parse_price,
    parse_product,
    parse_subscription,
)
from desktop_app.sync.skipped import UNREADABLE, Skipped, skipped_for

Json = dict[str, Any]
T = TypeVar("T")


@dataclass
class Collected:
    products: dict[str, Product] = field(default_factory=dict)
    prices: dict[str, Price] = field(default_factory=dict)
    customers: dict[str, Customer] = field(default_factory=dict)
    payment_methods: dict[str, PaymentMethod] = field(default_factory=dict)
    subscriptions: dict[str, Subscription] = field(default_factory=dict)
    invoices: dict[str, Invoice] = field(default_factory=dict)
    deleted_customers: set[str] = field(default_factory=set)
    skipped: list[Skipped] = field(default_factory=list)

    def _read(self, kind: str, obj: object, parse: Callable[..., T], *args: Any) -> T | None:
        """``parse(obj, *args)``, or None with ``obj`` listed as skipped."""
        try:
            return parse(obj, *args)
        except UNREADABLE as exc:
            self.skipped.append(skipped_for(kind, obj, exc))
            return None

    # -- adding raw objects (expanded children are collected too) -------------------------

    def add_product(self, obj: Json) -> None:
        product = self._read("product", obj, parse_product)
        if product is not None:
            self.products[product.id] = product

    def add_price(self, obj: Json) -> None:
        price = self._read("price", obj, parse_price)
        if price is None:
            return
        product = obj.get("product")
        if isinstance(product, dict) and not product.get("deleted"):
            self.add_product(product)
        self.prices[price.id] = price

    def add_payment_method(self, obj: object) -> None:
        if isinstance(obj, dict) and obj.get("id"):
            card = self._read("payment method", obj, parse_payment_method)
            if card is not None:
                self.payment_methods[card.id] = card

    def _add_methods(self, *methods: PaymentMethod | None) -> None:
        for pm in methods:
            if pm is not None:
                self.payment_methods[pm.id] = pm

    def add_customer(self, obj: object) -> None:
        if not isinstance(obj, dict) or not obj.get("id"):
            return
        if obj.get("deleted"):
            self.deleted_customers.add(str(obj["id"]))
            self.customers.pop(str(obj["id"]), None)
            return
        customer = self._read("customer", obj, parse_customer)  # with its default methods
        if customer is not None:
            self._add_methods(customer.default_payment_method, customer.default_source)
            self.customers[customer.id] = customer

    def add_invoice(self, obj: object) -> None:
        if isinstance(obj, dict) and obj.get("id"):
            invoice = self._read("invoice", obj, parse_invoice)
            if invoice is not None:
                self.invoices[invoice.id] = invoice

    def add_subscription(self, obj: Json, page_prices: dict[str, Price] | None = None) -> None:
        """``page_prices``: prices parsed from the same API answer so far (reused)."""
        # parses what came expanded, once (the whole subscription is skipped if any of
        # it cannot be read)
        sub = self._read("subscription", obj, parse_subscription, page_prices)
        if sub is None:
            return
        customer = sub.customer
        if customer is not None and isinstance(obj.get("customer"), dict):
            if customer.deleted:
                self.deleted_customers.add(customer.id)
            else:
                self.customers[customer.id] = customer
                self._add_methods(customer.default_payment_method, customer.default_source)
        self._add_methods(sub.default_payment_method, sub.default_source)
        if sub.latest_invoice is not None:
            self.invoices[sub.latest_invoice.id] = sub.latest_invoice
        for item in sub.items:
            if item.price.id not in self.prices:
                self.prices[item.price.id] = item.price
        self.subscriptions[sub.id] = sub

    def add_page(self, page: list[Json]) -> None:
        """One list answer's subscriptions: each price in it is parsed once."""
        prices: dict[str, Price] = {}
        for obj in page:
            self.add_subscription(obj, prices)
