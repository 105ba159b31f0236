"""A customer's invoices, fetched on demand (the invoice view) and kept in the cache."""

from __future__ import annotations

import logging

from desktop_app.domain import Invoice
from desktop_app.store import Store
from desktop_app.store.store import CacheBusy
from desktop_app.stripe_api import StripeApi
from desktop_app.sync.collect import Collected
from desktop_app.sync.skipped import log_skipped

log = logging.getLogger(__name__)


def refresh_customer_invoices(
    api: StripeApi, store: Store, customer_id: str, limit: int | None = 100
) -> list[Invoice]:
    """Fetch the customer's invoices (the newest ``limit``, or all with None; one
    request per 100), replace the cached list and return them, newest first.

    While a full sync holds the cache, caching waits (up to the store's limit, 30 s)
    and is then skipped; the invoices are returned either way. Call on a worker.
    """
    found = Collected()  # an invoice that cannot be read is left out, and logged
    for obj in api.list_customer_invoices(customer_id, limit):
        found.add_invoice(obj)
    log_skipped(found.skipped)
    invoices = list(found.invoices.values())
    try:
        store.put_customer_invoices(customer_id, invoices)
    except CacheBusy:  # a full sync holds the cache: show them anyway, cache next time
        log.info("Invoices of %s not cached: a sync holds the cache", customer_id)
    return invoices
