"""A page of expanded subscriptions turned into the cache's rows, ready to insert.

The full sync prepares each page on the thread that fetched it, or in a worker
process (parsing, deriving the table columns and serializing the ``data`` columns:
most of a page's CPU time), so the one thread that writes to SQLite only runs
``executemany``. The derived values
come from the same functions the writer uses (``derive.py``), given the names a
snapshot's transaction would find: the customer expanded in the page, and the
product catalog fetched before any subscription.
"""

from __future__ import annotations

import marshal
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from desktop_app.domain.models import Customer, Invoice, PaymentMethod, Price, Product, Subscription
from desktop_app.domain.payment_methods import charged_method_id
from desktop_app.domain.serialize import (
    customer_to_json,
    invoice_to_json,
    payment_method_to_json,
)
from desktop_app.store.derive import item_rows, subscription_data, subscription_row, to_json_text

Row = tuple[Any, ...]


def customer_row(c: Customer) -> Row:
    """Values for the customers table: id, name, email, default card, deleted, data,
    default source."""
    return (
        c.id,
        c.name,
        c.email,
        c.default_payment_method_id,
        int(c.deleted),
        to_json_text(customer_to_json(c)),
        c.default_source_id,
    )


def payment_method_row(pm: PaymentMethod) -> Row:
    return (pm.id, pm.customer_id, to_json_text(payment_method_to_json(pm)))


def invoice_row(inv: Invoice) -> Row:
    """Values for ``statements.INVOICE_UPSERT`` (the subscription ID twice: the second
    looks up the method it is charged with, for ``failed_method_id``)."""
    return (
        inv.id,
        inv.customer_id,
        inv.subscription_id,
        inv.status,
        inv.currency,
        inv.amount_due,
        inv.amount_remaining,
        None if inv.created is None else int(inv.created.timestamp()),
        to_json_text(invoice_to_json(inv)),
        inv.attempt_count,
        inv.subscription_id,
    )


@dataclass
class PreparedPage:
    """Rows for every table a page of subscriptions touches (one row per ID)."""

    subscription_ids: list[str] = field(default_factory=list)
    subscriptions: list[Row] = field(default_factory=list)
    subscription_data: list[Row] = field(default_factory=list)
    items: list[Row] = field(default_factory=list)
    customers: list[Row] = field(default_factory=list)
    payment_methods: list[Row] = field(default_factory=list)
    invoices: list[Row] = field(default_factory=list)
    prices: list[Price] = field(default_factory=list)
    # Objects of the page that could not be read (sync/skipped.py): not in the rows.
    skipped: list[Any] = field(default_factory=list)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled (to and from page workers) with the rows as one ``marshal`` blob:
        they are plain tuples of str, int and None, which marshal writes ~6x and reads
        ~2x faster than pickle."""
        rows = tuple(getattr(self, f.name) for f in fields(self) if f.name not in _PICKLED)
        return (_unmarshal_page, (marshal.dumps(rows), self.prices, self.skipped))


_PICKLED = ("prices", "skipped")  # (not plain tuples)


def _unmarshal_page(blob: bytes, prices: list[Price], skipped: list[Any]) -> PreparedPage:
    page = PreparedPage(*marshal.loads(blob))  # noqa: S302 (our own bytes)
    page.prices = prices
    page.skipped = skipped
    return page


def prepare_page(
    subscriptions: Iterable[Subscription],
    customers: Mapping[str, Customer],
    payment_methods: Iterable[PaymentMethod],
    invoices: Iterable[Invoice],
    products: Mapping[str, Product],
) -> PreparedPage:
    """The rows for subscriptions whose customers (those not deleted) are in
    ``customers``: a customer that is not there shows no name, as in the cache.
    ``payment_methods``: those expanded in the page (each subscription's own, its
    customer's default and legacy default source)."""
    subscriptions = list(subscriptions)
    embedded = {
        item.price.product.id: item.price.product
        for sub in subscriptions
        for item in sub.items
        if item.price.product is not None
    }
    if embedded:  # an expanded product is newer than the catalog's
        products = {**products, **embedded}
    page = PreparedPage()
    page.customers = [customer_row(c) for c in customers.values()]
    methods = {pm.id: pm for pm in payment_methods}
    page.payment_methods = [payment_method_row(pm) for pm in methods.values()]
    page.invoices = [invoice_row(inv) for inv in invoices]
    prices: dict[str, Price] = {}
    for sub in subscriptions:
        customer = customers.get(sub.customer_id or "")
        name, email = (customer.name, customer.email) if customer else (None, None)
        page.subscription_ids.append(sub.id)
        method_id, _ = charged_method_id(sub, customer)
        method = (method_id, methods.get(method_id or ""))
        page.subscriptions.append(subscription_row(sub, name, email, products, method))
        page.subscription_data.append((sub.id, subscription_data(sub)))
        page.items.extend(item_rows(sub))
        for item in sub.items:
            prices[item.price.id] = item.price
    page.prices = list(prices.values())
    return page
