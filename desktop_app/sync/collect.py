"""Gather Stripe objects (expanded or not) into parsed domain models, keyed by ID."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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

Json = dict[str, Any]


@dataclass
class Collected:
    products: dict[str, Product] = field(default_factory=dict)
    prices: dict[str, Price] = field(default_factory=dict)
    customers: dict[str, Customer] = field(default_factory=dict)
    payment_methods: dict[str, PaymentMethod] = field(default_factory=dict)
    subscriptions: dict[str, Subscription] = field(default_factory=dict)
    invoices: dict[str, Invoice] = field(default_factory=dict)
    deleted_customers: set[str] = field(default_factory=set)

    # -- adding raw objects (expanded children are collected too) -------------------------

    def add_product(self, obj: Json) -> None:
        self.products[str(obj["id"])] = parse_product(obj)

    def add_price(self, obj: Json) -> None:
        product = obj.get("product")
        if isinstance(product, dict) and not product.get("deleted"):
            self.add_product(product)
        self.prices[str(obj["id"])] = parse_price(obj)

    def add_payment_method(self, obj: object) -> None:
        if isinstance(obj, dict) and obj.get("id"):
            self.payment_methods[str(obj["id"])] = parse_payment_method(obj)

    def add_customer(self, obj: object) -> None:
        if not isinstance(obj, dict) or not obj.get("id"):
            return
        if obj.get("deleted"):
            self.deleted_customers.add(str(obj["id"]))
            self.customers.pop(str(obj["id"]), None)
            return
        self._add_customer_card(obj)
        self.customers[str(obj["id"])] = parse_customer(obj)

    def _add_customer_card(self, customer: Json, parsed: str | None = None) -> None:
        """``parsed``: a card of the same answer already collected (not parsed again)."""
        settings = customer.get("invoice_settings")
        if isinstance(settings, dict):
            card = settings.get("default_payment_method")
            if not (parsed and isinstance(card, dict) and card.get("id") == parsed):
                self.add_payment_method(card)

    def add_invoice(self, obj: object) -> None:
        if isinstance(obj, dict) and obj.get("id"):
            self.invoices[str(obj["id"])] = parse_invoice(obj)

    def add_subscription(self, obj: Json, page_prices: dict[str, Price] | None = None) -> None:
        """``page_prices``: prices parsed from the same API answer so far (reused)."""
        sub = parse_subscription(obj, page_prices)  # parses what came expanded, once
        customer = obj.get("customer")
        if sub.customer is not None and isinstance(customer, dict):
            if sub.customer.deleted:
                self.deleted_customers.add(sub.customer.id)
            else:
                self.customers[sub.customer.id] = sub.customer
                card = sub.default_payment_method
                self._add_customer_card(customer, None if card is None else card.id)
        if sub.default_payment_method is not None:
            self.payment_methods[sub.default_payment_method.id] = sub.default_payment_method
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
