"""What the cache's queries return: flat rows for tables and CSV, details for one item."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desktop_app.domain.models import (
    Customer,
    Invoice,
    PauseCollection,
    PaymentMethod,
    Price,
    Product,
    Subscription,
    SubscriptionItem,
)
from desktop_app.domain.periods import BillingPeriod
from desktop_app.domain.status import DisplayStatus, NextBilling, NextBillingKind


class SortKey(StrEnum):
    """Sortable columns; each sorts on its native value, ties broken by subscription ID.

    ``customer``: name (else e-mail, else ID), case-insensitive; ``email``: e-mail;
    ``plan``: plan label; ``amount``: amount per period, then currency;
    ``status``: ``DisplayStatus`` declaration order; ``next_billing``: date;
    ``created``: creation time. Missing values (no amount, no next billing date)
    sort last in both directions.
    """

    CUSTOMER = "customer"
    EMAIL = "email"
    PLAN = "plan"
    AMOUNT = "amount"
    STATUS = "status"
    NEXT_BILLING = "next_billing"
    CREATED = "created"


@dataclass(frozen=True, slots=True)
class SubscriptionFilter:
    """``statuses``: any of these display statuses (None: all); ``collection_paused``:
    True only paused-collection ones, False only the others, None both; ``search``:
    every whitespace-separated term must occur (case-insensitive) in the customer's
    name or e-mail, the plan label, or the subscription, customer, price or product ID.
    """

    statuses: frozenset[DisplayStatus] | None = None
    collection_paused: bool | None = None
    search: str | None = None


@dataclass(frozen=True, slots=True)
class SubscriptionRow:
    """One line of the status table or the CSV. ``amount_minor`` is per billing period,
    None when any item is metered/tiered (see ``domain.billing.amount_per_period``).
    ``next_billing_date`` is the UTC date of ``next_billing_at``."""

    id: str
    customer_id: str | None
    customer_name: str | None
    customer_email: str | None
    plan_label: str
    amount_minor: int | None
    currency: str
    interval_label: str | None
    display_status: DisplayStatus
    raw_status: str
    collection_paused: bool
    pause_behavior: str | None
    pause_resumes_at: datetime | None
    next_billing_date: date | None
    next_billing_kind: NextBillingKind | None
    cancel_at: datetime | None
    ended_at: datetime | None
    created: datetime
    livemode: bool
    interval: str | None = None
    interval_count: int | None = None
    next_billing_at: datetime | None = None
    canceled_at: datetime | None = None

    @property
    def billing_period(self) -> BillingPeriod | None:
        if self.interval is None:
            return None
        return BillingPeriod(self.interval, self.interval_count or 1)


@dataclass(frozen=True, slots=True)
class DetailItem:
    item: SubscriptionItem
    price: Price
    product: Product | None


@dataclass(frozen=True, slots=True)
class SubscriptionDetail:
    """Everything the summary card shows for one subscription.

    ``payment_method`` is the subscription's default payment method, else the
    customer's invoice default (``payment_method_source`` says which), when cached.
    """

    row: SubscriptionRow
    subscription: Subscription
    customer: Customer | None
    payment_method: PaymentMethod | None
    payment_method_source: str | None  # "subscription" | "customer" | None
    items: tuple[DetailItem, ...]
    latest_invoice: Invoice | None
    billing_period: BillingPeriod | None
    next_billing: NextBilling | None
    collection_pause: PauseCollection | None


@dataclass(frozen=True, slots=True)
class StoreMeta:
    last_sync_at: datetime | None
    last_full_sync_at: datetime | None
    event_cursor: int | None
    account_id: str | None
    account_name: str | None
    livemode: bool | None
    schema_version: int
    event_cursor_seen: frozenset[str] = frozenset()  # events of the cursor's second applied
