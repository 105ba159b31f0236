"""The SQL a cache transaction writes with, and the small helpers around it."""

# SQL text here is assembled only from constants, column lists and "?" placeholders;
# every value is bound as a parameter.
# ruff: noqa: S608

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from desktop_app.store.derive import ITEM_COLUMNS, SUBSCRIPTION_COLUMNS

T = TypeVar("T")
CHUNK = 500  # IDs per "IN (...)" query
WRITE_BATCH = 2000  # subscriptions derived and inserted per batch

SUB_INSERT = (
    f"INSERT OR REPLACE INTO subscriptions ({', '.join(SUBSCRIPTION_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in SUBSCRIPTION_COLUMNS)})"
)
ITEM_INSERT = (
    f"INSERT INTO subscription_items ({', '.join(ITEM_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in ITEM_COLUMNS)})"
)

CUSTOMER_UPSERT = (
    "INSERT INTO customers (id, name, email, default_payment_method_id, deleted, data, "
    "default_source_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
    "email = excluded.email, "
    "default_payment_method_id = excluded.default_payment_method_id, "
    "deleted = excluded.deleted, data = excluded.data, "
    "default_source_id = excluded.default_source_id"
)
PAYMENT_METHOD_UPSERT = (
    "INSERT INTO payment_methods (id, customer_id, data) VALUES (?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET customer_id = excluded.customer_id, "
    "data = excluded.data"
)
# ``failed_method_id``: the method the subscription was charged with when the cache
# first saw the invoice's latest failed attempt (its ``attempt_count`` grew): ''
# when it had none, NULL when the subscription was not cached. Kept while the count
# stays; a later method means the customer replaced it since (``queries.dunning``).
INVOICE_UPSERT = (
    "INSERT INTO invoices (id, customer_id, subscription_id, status, "
    "currency, amount_due, amount_remaining, created, data, attempt_count, failed_method_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "(SELECT coalesce(s.payment_method_id, '') FROM subscriptions AS s WHERE s.id = ?)) "
    "ON CONFLICT(id) DO UPDATE SET customer_id = excluded.customer_id, "
    "subscription_id = excluded.subscription_id, status = excluded.status, "
    "currency = excluded.currency, amount_due = excluded.amount_due, "
    "amount_remaining = excluded.amount_remaining, created = excluded.created, "
    "data = excluded.data, "
    "failed_method_id = CASE WHEN excluded.attempt_count > invoices.attempt_count "
    "OR invoices.failed_method_id IS NULL THEN excluded.failed_method_id "
    "ELSE invoices.failed_method_id END, "
    "attempt_count = excluded.attempt_count"
)
SUB_DATA_REPLACE = "INSERT OR REPLACE INTO subscription_data (id, data) VALUES (?, ?)"


def chunks(values: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def marks(count: int) -> str:
    return ", ".join("?" for _ in range(count))


def unique(objects: Iterable[T], key: Any) -> list[T]:
    """Last one wins per ID, first-seen order kept."""
    found: dict[str, T] = {}
    for obj in objects:
        found[key(obj)] = obj
    return list(found.values())


def set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def now_text() -> str:
    return datetime.now(UTC).isoformat()
