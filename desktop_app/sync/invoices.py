"""A customer's invoices, fetched on demand (the invoice view) and kept in the cache."""

from __future__ import annotations

from desktop_app.domain import Invoice, parse_invoice
from desktop_app.store import Store
from desktop_app.stripe_api import StripeApi


def refresh_customer_invoices(
    api: StripeApi, store: Store, customer_id: str, limit: int | None = 100
) -> list[Invoice]:
    """Fetch the customer's invoices (the newest ``limit``, or all with None; one
    request per 100), replace the cached list and return them, newest first."""
    invoices = [parse_invoice(obj) for obj in api.list_customer_invoices(customer_id, limit)]
    store.put_customer_invoices(customer_id, invoices)
    return invoices
