"""The one place where ``ui`` imports the core's types (domain, store, sync).

Widgets import these names from here, so a change in where the core keeps them
is a one-line change.
"""

from __future__ import annotations

from desktop_app.domain import (
    Customer,
    DisplayStatus,
    Invoice,
    PaymentMethod,
    Subscription,
)
from desktop_app.money import currency_exponent, to_decimal
from desktop_app.store import (
    SortKey,
    Store,
    SubscriptionDetail,
    SubscriptionFilter,
    SubscriptionRow,
)

__all__ = [
    "Customer",
    "DisplayStatus",
    "Invoice",
    "PaymentMethod",
    "SortKey",
    "Store",
    "Subscription",
    "SubscriptionDetail",
    "SubscriptionFilter",
    "SubscriptionRow",
    "currency_exponent",
    "to_decimal",
]
