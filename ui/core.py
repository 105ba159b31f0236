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
from desktop_app.domain.cards import CardStatus, card_status, valid_until
from desktop_app.domain.payment_methods import MethodDisplay, brand_name, method_label
from desktop_app.money import currency_exponent, to_decimal
from desktop_app.store import (
    SortKey,
    Store,
    SubscriptionDetail,
    SubscriptionFilter,
    SubscriptionRow,
)

__all__ = [
    "CardStatus",
    "Customer",
    "DisplayStatus",
    "Invoice",
    "MethodDisplay",
    "PaymentMethod",
    "SortKey",
    "Store",
    "Subscription",
    "SubscriptionDetail",
    "SubscriptionFilter",
    "SubscriptionRow",
    "brand_name",
    "card_status",
    "currency_exponent",
    "method_label",
    "to_decimal",
    "valid_until",
]
