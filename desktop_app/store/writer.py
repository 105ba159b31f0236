"""Writes inside one cache transaction (a full snapshot or a batch of changes).

``put_*`` are upserts. ``put_subscriptions`` also stores what came expanded inside
each subscription (customer, default payment method, latest invoice, item prices
and any expanded product), then derives the table columns from the customer and
product rows present *in this transaction*. Writing customers or renamed products
afterwards updates the subscriptions that show them, so the order of ``put_*``
calls within a transaction does not change the result.
"""

# SQL text here is assembled only from constants, column lists and "?" placeholders;
# every value is bound as a parameter.
# ruff: noqa: S608

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import cast

from desktop_app.domain.models import (
    Customer,
    Invoice,
    PaymentMethod,
    Price,
    Product,
    Subscription,
)
from desktop_app.domain.parse import parse_subscription
from desktop_app.domain.payment_methods import (
    charged_method_id,
    expanded_methods,
)
from desktop_app.domain.serialize import price_to_json, product_to_json
from desktop_app.store.derive import (
    customer_sort_key,
    fold,
    item_rows,
    subscription_data,
    subscription_row,
    to_json_text,
)
from desktop_app.store.fresh import FreshTables
from desktop_app.store.index_build import IndexBuild, LentConnection
from desktop_app.store.payment_columns import payment_methods_by_id, refresh_payment_columns
from desktop_app.store.prepared import (
    PreparedPage,
    customer_row,
    invoice_row,
    payment_method_row,
)
from desktop_app.store.statements import (
    CUSTOMER_UPSERT,
    INVOICE_UPSERT,
    ITEM_INSERT,
    PAYMENT_METHOD_UPSERT,
    SUB_DATA_REPLACE,
    SUB_INSERT,
    WRITE_BATCH,
    chunks,
    marks,
    set_meta,
    unique,
)

_CustomerColumns = tuple[str | None, str | None, str | None, str | None]
_NO_CUSTOMER: _CustomerColumns = (None, None, None, None)


class StoreTransaction:
    """The writer handed out by ``Store.snapshot()`` and ``Store.changes()``.

    Use it only inside its ``with`` block and on the thread that opened it.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._indexes: IndexBuild | None = None
        self.cursor_set = False
        # Prices written in this transaction: every page of a sync carries the same
        # few prices inside its subscriptions; write each one once.
        self._prices_written: dict[str, Price] = {}
        self._fresh: FreshTables | None = None

    def tables_emptied(self) -> None:
        """Called by ``Store.snapshot`` once it has emptied the data tables: from now on
        pages are written without look-ups for rows they cannot have touched before
        (see ``fresh.py``), until something else rewrites subscriptions."""
        self._fresh = FreshTables()

    # -- a snapshot's read-only indexes ----------------------------------------
    def set_dropped_indexes(self, statements: Sequence[str]) -> None:
        """Called by ``Store.snapshot``: the SQL that builds again the indexes it dropped
        (run by ``build_indexes_meanwhile`` or ``finish_indexes``)."""
        self._indexes = IndexBuild(self._conn, statements)

    def build_indexes_meanwhile(self) -> None:
        """Start building the snapshot's dropped indexes on another thread (a full
        sync, once (nearly) every subscription is written: rows written after the build
        go into the indexes row by row). Until ``finish_indexes()`` or a true
        ``indexes_built()`` this transaction cannot be used (RuntimeError); the
        snapshot calls ``finish_indexes()`` at the end."""
        if self._indexes is not None and not self._indexes.started:
            self._indexes.start()
            self._conn = cast(sqlite3.Connection, LentConnection())  # any use raises

    def finish_indexes(self) -> None:
        """The indexes built (waiting for ``build_indexes_meanwhile``'s thread, or
        building them now); raises what building them raised."""
        if self._indexes is None:
            return
        try:
            self._indexes.finish()
        finally:
            self._conn = self._indexes.conn

    def indexes_built(self) -> bool:
        """Whether ``build_indexes_meanwhile``'s build is over; if so, the transaction
        can be used again (raises what building them raised). False while it runs, or
        when none was started."""
        build = self._indexes
        if build is None or not build.started or build.running:
            return False
        self.finish_indexes()
        return True

    def stop_indexes(self) -> None:
        """Interrupt a build in progress (the snapshot is being rolled back)."""
        if self._indexes is not None:
            self._indexes.stop()
            self._conn = self._indexes.conn

    # -- products and prices -------------------------------------------------
    def put_products(self, products: Iterable[Product]) -> None:
        rows = unique(products, lambda p: p.id)
        if not rows:
            return
        old = self._product_names([p.id for p in rows])
        self._conn.executemany(
            "INSERT INTO products (id, name, data) VALUES (?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name, data = excluded.data",
            [(p.id, p.name, to_json_text(product_to_json(p))) for p in rows],
        )
        renamed = [p.id for p in rows if p.id in old and old[p.id] != p.name]
        renamed += [p.id for p in rows if p.id not in old]
        self._rederive_for_products(renamed)

    def put_prices(self, prices: Iterable[Price]) -> None:
        rows = []
        for price in unique(prices, lambda p: p.id):
            if self._prices_written.get(price.id) != price:
                self._prices_written[price.id] = price
                rows.append((price, to_json_text(price_to_json(price))))
        embedded = [p.product for p, _ in rows if p.product is not None]
        if embedded:
            self.put_products(embedded)
        self._conn.executemany(
            "INSERT INTO prices (id, product_id, data) VALUES (?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET product_id = excluded.product_id, "
            "data = excluded.data",
            [(p.id, p.product_id, text) for p, text in rows],
        )

    # -- customers and payment methods --------------------------------------
    def put_customers(self, customers: Iterable[Customer]) -> None:
        self._fresh = None
        rows = unique(customers, lambda c: c.id)
        self._conn.executemany(
            CUSTOMER_UPSERT,
            [customer_row(c) for c in rows],
        )
        self._update_customer_columns([(c.id, c.name, c.email) for c in rows])
        refresh_payment_columns(self._conn, [c.id for c in rows])

    def put_payment_methods(self, payment_methods: Iterable[PaymentMethod]) -> None:
        rows = unique(payment_methods, lambda pm: pm.id)
        self._conn.executemany(PAYMENT_METHOD_UPSERT, [payment_method_row(pm) for pm in rows])
        refresh_payment_columns(
            self._conn,
            sorted({pm.customer_id for pm in rows if pm.customer_id}),
            [pm.id for pm in rows if not pm.customer_id],
        )

    # -- invoices -----------------------------------------------------------
    def put_invoices(self, invoices: Iterable[Invoice]) -> None:
        self._conn.executemany(
            INVOICE_UPSERT,
            [invoice_row(inv) for inv in unique(invoices, lambda inv: inv.id)],
        )

    # -- subscriptions ------------------------------------------------------
    def put_subscriptions(self, subscriptions: Iterable[Subscription]) -> None:
        everything = unique(subscriptions, lambda s: s.id)
        for subs in chunks(everything, WRITE_BATCH):  # bounded memory for 100,000 at once
            self._put_subscription_batch(subs)

    def _put_subscription_batch(self, subs: Sequence[Subscription]) -> None:
        prices = [item.price for sub in subs for item in sub.items]
        if prices:
            self.put_prices(prices)
        customers = [s.customer for s in subs if s.customer is not None]
        if customers:
            self.put_customers(customers)
        pms = [pm for s in subs for pm in expanded_methods(s, s.customer)]
        if pms:
            self.put_payment_methods(pms)
        invoices = [s.latest_invoice for s in subs if s.latest_invoice is not None]
        if invoices:
            self.put_invoices(invoices)
        self._write_subscriptions(subs)

    def _write_subscriptions(self, subs: Sequence[Subscription]) -> None:
        self._fresh = None
        customer_ids = sorted({s.customer_id for s in subs if s.customer_id})
        customers = self._customer_names(customer_ids)
        product_ids = sorted(
            {i.price.product_id for s in subs for i in s.items if i.price.product_id}
        )
        products = {
            pid: Product(pid, name) for pid, name in self._product_names(product_ids).items()
        }
        charged: dict[str, str | None] = {}
        for sub in subs:
            _, _, pm_id, source_id = customers.get(sub.customer_id or "", _NO_CUSTOMER)
            holder = Customer(
                sub.customer_id or "", default_payment_method_id=pm_id, default_source_id=source_id
            )
            charged[sub.id], _ = charged_method_id(sub, holder)
        methods = payment_methods_by_id(self._conn, sorted({m for m in charged.values() if m}))
        sub_rows = []
        for sub in subs:
            name, email, _, _ = customers.get(sub.customer_id or "", _NO_CUSTOMER)
            method_id = charged[sub.id]
            method = (method_id, methods.get(method_id or ""))
            sub_rows.append(subscription_row(sub, name, email, products, method))
        self._conn.executemany(SUB_INSERT, sub_rows)
        self._conn.executemany(
            SUB_DATA_REPLACE,
            [(sub.id, subscription_data(sub)) for sub in subs],
        )
        self._delete_items([s.id for s in subs])
        self._conn.executemany(ITEM_INSERT, [row for sub in subs for row in item_rows(sub)])

    def write_prepared(self, page: PreparedPage) -> None:
        """Write a page prepared by ``prepared.prepare_page`` (a full sync's page)."""
        fresh = self._fresh
        self.put_prices(page.prices)
        self._conn.executemany(CUSTOMER_UPSERT, page.customers)
        customers = [(row[0], row[1], row[2]) for row in page.customers]
        self._update_customer_columns(customers if fresh is None else fresh.to_update(customers))
        self._conn.executemany(PAYMENT_METHOD_UPSERT, page.payment_methods)
        self._conn.executemany(INVOICE_UPSERT, page.invoices)
        ids = page.subscription_ids
        clear = ids if fresh is None else fresh.written_before(ids)
        self._conn.executemany(SUB_INSERT, page.subscriptions)
        if fresh is not None:
            fresh.subscriptions_written(page.subscriptions)
        self._conn.executemany(SUB_DATA_REPLACE, page.subscription_data)
        self._delete_items(clear)
        self._conn.executemany(ITEM_INSERT, page.items)

    # -- deletes ------------------------------------------------------------
    def delete_subscriptions(self, ids: Iterable[str]) -> None:
        self._fresh = None
        wanted = list(dict.fromkeys(ids))
        self._delete("subscription_items", "subscription_id", wanted)
        self._delete("subscription_data", "id", wanted)
        self._delete("subscriptions", "id", wanted)

    def delete_customers(self, ids: Iterable[str]) -> None:
        self._fresh = None
        wanted = list(dict.fromkeys(ids))
        self._delete("customers", "id", wanted)
        self._update_customer_columns([(cid, None, None) for cid in wanted])

    def delete_products(self, ids: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(ids))
        self._delete("products", "id", wanted)
        self._rederive_for_products(wanted)

    def delete_prices(self, ids: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(ids))
        for price_id in wanted:
            self._prices_written.pop(price_id, None)
        self._delete("prices", "id", wanted)

    def delete_payment_methods(self, ids: Iterable[str]) -> None:
        self._delete("payment_methods", "id", ids)

    def delete_invoices(self, ids: Iterable[str]) -> None:
        self._delete("invoices", "id", ids)

    # -- meta ---------------------------------------------------------------
    def set_cursor(self, event_cursor: int | None, seen: Iterable[str] = ()) -> None:
        """The ``created`` time of the newest event applied (the next sync asks for
        ``created[gte]``) and the IDs of the events of that second already applied:
        more may come in the same second, and those must not be lost."""
        set_meta(self._conn, "event_cursor", None if event_cursor is None else str(event_cursor))
        set_meta(self._conn, "event_cursor_seen", ",".join(sorted(set(seen))) or None)
        self.cursor_set = True

    def set_account(self, account_id: str | None, account_name: str | None, livemode: bool) -> None:
        set_meta(self._conn, "account_id", account_id)
        set_meta(self._conn, "account_name", account_name)
        set_meta(self._conn, "livemode", "1" if livemode else "0")

    # -- helpers ------------------------------------------------------------
    def _delete_items(self, sub_ids: Sequence[str]) -> None:
        for group in chunks(sub_ids):
            self._conn.execute(
                f"DELETE FROM subscription_items WHERE subscription_id IN ({marks(len(group))})",
                tuple(group),
            )

    def _delete(self, table: str, column: str, ids: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(ids))
        for group in chunks(wanted):
            self._conn.execute(
                f"DELETE FROM {table} WHERE {column} IN ({marks(len(group))})", tuple(group)
            )

    def _customer_names(self, ids: Sequence[str]) -> dict[str, _CustomerColumns]:
        """Name, e-mail, default payment method and default source of cached customers."""
        found: dict[str, _CustomerColumns] = {}
        for group in chunks(ids):
            cursor = self._conn.execute(
                "SELECT id, name, email, default_payment_method_id, default_source_id "
                f"FROM customers WHERE id IN ({marks(len(group))})",
                tuple(group),
            )
            for cid, name, email, pm_id, source_id in cursor:
                found[cid] = (name, email, pm_id, source_id)
        return found

    def _product_names(self, ids: Sequence[str]) -> dict[str, str | None]:
        found: dict[str, str | None] = {}
        for group in chunks(ids):
            cursor = self._conn.execute(
                f"SELECT id, name FROM products WHERE id IN ({marks(len(group))})", tuple(group)
            )
            found.update({pid: name for pid, name in cursor})
        return found

    def _update_customer_columns(
        self, customers: Sequence[tuple[str, str | None, str | None]]
    ) -> None:
        """Copy new names/e-mails into the rows of their subscriptions (only where they
        differ: a snapshot writing customers before subscriptions updates nothing)."""
        shown: dict[str, set[tuple[str | None, str | None]]] = {}
        for group in chunks(list(dict.fromkeys(cid for cid, _, _ in customers))):
            cursor = self._conn.execute(
                "SELECT DISTINCT customer_id, customer_name, customer_email FROM subscriptions "
                f"WHERE customer_id IN ({marks(len(group))})",
                tuple(group),
            )
            for cid, name, email in cursor:
                shown.setdefault(cid, set()).add((name, email))
        rows = []
        for cid, name, email in customers:
            if cid not in shown or shown[cid] == {(name, email)}:
                continue
            suffix = " ".join(part for part in (fold(name), fold(email)) if part)
            rows.append(
                (
                    name,
                    email,
                    customer_sort_key(name, email, cid),
                    fold(email) if email else None,
                    suffix,
                    suffix,
                    cid,
                )
            )
        self._conn.executemany(
            "UPDATE subscriptions SET customer_name = ?, customer_email = ?, customer_sort = ?, "
            "email_sort = ?, search = CASE WHEN ? = '' THEN search_base "
            "ELSE search_base || ' ' || ? END WHERE customer_id = ?",
            rows,
        )

    def _rederive_for_products(self, product_ids: Sequence[str]) -> None:
        sub_ids: set[str] = set()
        for group in chunks(product_ids):
            cursor = self._conn.execute(
                "SELECT DISTINCT subscription_id FROM subscription_items "
                f"WHERE product_id IN ({marks(len(group))})",
                tuple(group),
            )
            sub_ids.update(row[0] for row in cursor)
        self.rederive(sorted(sub_ids))

    def rederive(self, sub_ids: Sequence[str]) -> None:
        """Recompute the derived columns of these cached subscriptions."""
        for group in chunks(sub_ids):
            cursor = self._conn.execute(
                f"SELECT data FROM subscription_data WHERE id IN ({marks(len(group))})",
                tuple(group),
            )
            subs = [parse_subscription(json.loads(row[0])) for row in cursor]
            if subs:
                self._write_subscriptions(subs)
