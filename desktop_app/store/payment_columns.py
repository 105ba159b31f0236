"""The payment columns of cached subscriptions, derived again when what they show changes.

A subscription row names the payment method Stripe charges it with (the first of its
own default payment method and default source, its customer's invoice default and
legacy default source: ``domain.payment_methods``) and its card's expiry rule
(``domain.cards``). A customer's new default or a card's new expiry (the card
updater) changes rows that are not written themselves: ``refresh_payment_columns``.
"""

# SQL text here is assembled only from constants, column lists and "?" placeholders;
# every value is bound as a parameter.
# ruff: noqa: S608

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from desktop_app.domain.models import PaymentMethod
from desktop_app.domain.parse import parse_payment_method
from desktop_app.domain.payment_methods import first_in_order
from desktop_app.domain.status import DisplayStatus, NextBilling
from desktop_app.store.derive import PAYMENT_COLUMNS, payment_values
from desktop_app.store.statements import chunks, marks

_STATUSES = frozenset(status.value for status in DisplayStatus)
_SHOWN = ", ".join(f"s.{column}" for column in PAYMENT_COLUMNS)
_SELECT = (
    "SELECT s.id, s.default_payment_method_id, s.default_source_id, "
    "c.default_payment_method_id, c.default_source_id, s.next_billing_at, "
    f"s.next_billing_kind, s.display_status, {_SHOWN} "
    "FROM subscriptions AS s LEFT JOIN customers AS c ON c.id = s.customer_id WHERE "
)
_UPDATE = f"UPDATE subscriptions SET {', '.join(f'{c} = ?' for c in PAYMENT_COLUMNS)} WHERE id = ?"


def payment_methods_by_id(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, PaymentMethod]:
    """The cached payment methods (and legacy sources) with these IDs."""
    found: dict[str, PaymentMethod] = {}
    for group in chunks(ids):
        cursor = conn.execute(
            f"SELECT data FROM payment_methods WHERE id IN ({marks(len(group))})", tuple(group)
        )
        for (data,) in cursor:
            pm = parse_payment_method(json.loads(data))
            found[pm.id] = pm
    return found


def refresh_payment_columns(
    conn: sqlite3.Connection, customer_ids: Sequence[str], method_ids: Sequence[str] = ()
) -> None:
    """Derive again the payment columns of the subscriptions of these customers (and of
    those charged with these methods). Only rows whose values change are written."""
    found: dict[str, tuple[Any, ...]] = {}
    for column, ids in (("s.customer_id", customer_ids), ("s.payment_method_id", method_ids)):
        for group in chunks(list(dict.fromkeys(ids))):
            cursor = conn.execute(f"{_SELECT}{column} IN ({marks(len(group))})", tuple(group))
            found.update((row[0], row) for row in cursor)
    if not found:
        return
    charged = {sid: first_in_order(row[1:5]) for sid, row in found.items()}
    methods = payment_methods_by_id(conn, sorted({m for m in charged.values() if m}))
    updates = []
    for sid, row in found.items():
        at, kind, status = row[5], row[6], row[7]
        nb = None if at is None or kind is None else NextBilling(kind, _from_ts(at))
        known = DisplayStatus(status) if status in _STATUSES else DisplayStatus.UNKNOWN
        method_id = charged[sid]
        values = payment_values(method_id, methods.get(method_id or ""), nb, known)
        if values != tuple(row[8:]):
            updates.append((*values, sid))
    conn.executemany(_UPDATE, updates)


def _from_ts(value: int) -> datetime:
    return datetime.fromtimestamp(value, UTC)
