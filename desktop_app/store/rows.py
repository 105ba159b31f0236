"""What the cache's queries return: flat rows for tables and CSV, details for one item."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desktop_app.domain.cards import CardStatus, card_status, next_payment
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
from desktop_app.domain.payment_methods import MethodDisplay, MethodSource
from desktop_app.domain.periods import BillingPeriod
from desktop_app.domain.status import DisplayStatus, NextBilling, NextBillingKind


class SortKey(StrEnum):
    """Sortable columns; each sorts on its native value, ties broken by subscription ID.

    ``customer``: name (else e-mail, else ID), case-insensitive; ``email``: e-mail;
    ``plan``: plan label; ``amount``: amount per period, then currency;
    ``status``: ``DisplayStatus`` declaration order; ``next_billing``: date;
    ``created``: creation time; ``payment``: the card's expiry (soonest first, other
    methods after cards). Missing values (no amount, no next billing date, no card)
    sort last in both directions.
    """

    CUSTOMER = "customer"
    EMAIL = "email"
    PLAN = "plan"
    AMOUNT = "amount"
    STATUS = "status"
    NEXT_BILLING = "next_billing"
    CREATED = "created"
    PAYMENT = "payment"


@dataclass(frozen=True, slots=True)
class SubscriptionFilter:
    """``statuses``: any of these display statuses (None: all); ``collection_paused``:
    True only paused-collection ones, False only the others, None both; ``search``:
    every whitespace-separated term must occur (case-insensitive) in the customer's
    name or e-mail, the plan label, or the subscription, customer, price or product ID;
    ``card_problem``: only running subscriptions whose card has expired or expires
    before their next payment (``domain.cards``), at the time of the query.
    """

    statuses: frozenset[DisplayStatus] | None = None
    collection_paused: bool | None = None
    search: str | None = None
    card_problem: bool = False


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
    # The payment method Stripe charges (None: none on file) and its card's expiry:
    # valid until this instant (the month after the expiry month begins).
    payment_method: MethodDisplay | None = None
    card_valid_until: datetime | None = None

    @property
    def billing_period(self) -> BillingPeriod | None:
        if self.interval is None:
            return None
        return BillingPeriod(self.interval, self.interval_count or 1)

    @property
    def next_payment_at(self) -> datetime | None:
        """When the subscription is next charged (its renewal or trial end), if ever."""
        if self.next_billing_kind is None or self.next_billing_at is None:
            return None
        return next_payment(NextBilling(self.next_billing_kind, self.next_billing_at))

    def card_status(self, now: datetime) -> CardStatus:
        """ok, expiring, expired or none: ``domain.cards.card_status`` at ``now``."""
        return card_status(
            self.payment_method is not None, self.card_valid_until, self.next_payment_at, now
        )


@dataclass(frozen=True, slots=True)
class DetailItem:
    item: SubscriptionItem
    price: Price
    product: Product | None


@dataclass(frozen=True, slots=True)
class SubscriptionDetail:
    """Everything the summary card shows for one subscription.

    ``payment_method`` is the method Stripe charges, the first set of the
    subscription's default payment method and default source and the customer's
    invoice default and default source (``payment_method_source`` says which), when
    cached. ``customer_payment_method``: the customer's own default (invoice default,
    else legacy default source). ``method_replaced``: the customer replaced the
    method after the latest invoice's last failed attempt
    (``domain.payment_methods.replaced_since_failure``).
    """

    row: SubscriptionRow
    subscription: Subscription
    customer: Customer | None
    payment_method: PaymentMethod | None
    payment_method_source: MethodSource | None
    items: tuple[DetailItem, ...]
    latest_invoice: Invoice | None
    billing_period: BillingPeriod | None
    next_billing: NextBilling | None
    collection_pause: PauseCollection | None
    customer_payment_method: PaymentMethod | None = None
    method_replaced: bool = False


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
