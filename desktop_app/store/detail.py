"""One subscription's details for the summary card: its row, objects and dunning state."""

# SQL text here is assembled only from constants and column lists; every value is
# bound as a parameter.
# ruff: noqa: S608

from __future__ import annotations

import json
import sqlite3

from desktop_app.domain.models import Invoice
from desktop_app.domain.parse import parse_invoice, parse_subscription
from desktop_app.domain.payment_methods import charged_method_id, replaced_since_failure
from desktop_app.domain.periods import billing_period
from desktop_app.domain.status import collection_pause, next_billing
from desktop_app.store.queries import ROW_COLUMNS, customer, payment_method, product, row_from_sql
from desktop_app.store.rows import DetailItem, SubscriptionDetail


def subscription_detail(conn: sqlite3.Connection, sub_id: str) -> SubscriptionDetail | None:
    found = conn.execute(
        f"SELECT {ROW_COLUMNS}, (SELECT data FROM subscription_data AS d WHERE d.id = s.id) "
        "FROM subscriptions AS s WHERE id = ?",
        (sub_id,),
    ).fetchone()
    if found is None:
        return None
    row = row_from_sql(found[:-1])
    sub = parse_subscription(json.loads(found[-1]))
    cust = customer(conn, sub.customer_id)
    charged_id, source = charged_method_id(sub, cust)
    pm = payment_method(conn, charged_id)
    own = None
    if cust is not None:
        own = payment_method(conn, cust.default_payment_method_id or cust.default_source_id)
    latest, failed_with = _invoice_and_failed_method(conn, sub.latest_invoice_id)
    items = []
    for item in sub.items:
        item_price = item.price
        prod = item_price.product or product(conn, item_price.product_id)
        items.append(DetailItem(item=item, price=item_price, product=prod))
    return SubscriptionDetail(
        row=row,
        subscription=sub,
        customer=cust,
        payment_method=pm,
        payment_method_source=source if pm is not None else None,
        items=tuple(items),
        latest_invoice=latest,
        billing_period=billing_period(sub),
        next_billing=next_billing(sub),
        collection_pause=collection_pause(sub),
        customer_payment_method=own,
        method_replaced=replaced_since_failure(latest, failed_with, charged_id),
    )


def _invoice_and_failed_method(
    conn: sqlite3.Connection, invoice_id: str | None
) -> tuple[Invoice | None, str | None]:
    """An invoice and the method charged at its last failed attempt (see
    ``statements.INVOICE_UPSERT``)."""
    if invoice_id is None:
        return None, None
    row = conn.execute(
        "SELECT data, failed_method_id FROM invoices WHERE id = ?", (invoice_id,)
    ).fetchone()
    if row is None:
        return None, None
    return parse_invoice(json.loads(row[0])), row[1]
