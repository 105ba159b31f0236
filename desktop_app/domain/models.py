"""The app's picture of Stripe Billing objects: small, frozen, typed.

Only what the app shows or derives from is kept. Times are timezone-aware UTC
``datetime`` values; amounts are Stripe's integers in minor units (see
``desktop_app.money``); currencies are lower-case ISO codes as Stripe sends them.
Statuses are kept as Stripe's raw strings, so a value this version does not know
survives a round trip and displays as Unknown (``domain.status``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Product:
    id: str
    name: str | None = None
    active: bool = True
    deleted: bool = False
    livemode: bool = False


@dataclass(frozen=True, slots=True)
class Price:
    """A price; ``interval`` is None for one-time prices.

    ``unit_amount`` is None for tiered prices and for prices with a sub-minor-unit
    amount (then ``unit_amount_decimal`` holds it) or a customer-chosen amount.
    ``product`` is the product when it came expanded (or was joined from the cache).
    """

    id: str
    product_id: str | None = None
    currency: str = ""
    unit_amount: int | None = None
    unit_amount_decimal: str | None = None
    billing_scheme: str = "per_unit"  # "per_unit" | "tiered"
    interval: str | None = None  # "day" | "week" | "month" | "year"
    interval_count: int = 1
    usage_type: str = "licensed"  # "licensed" | "metered"
    nickname: str | None = None
    active: bool = True
    deleted: bool = False
    transform_divide_by: int | None = None
    transform_round: str | None = None  # "up" | "down"
    livemode: bool = False
    product: Product | None = None

    @property
    def is_metered(self) -> bool:
        return self.usage_type == "metered"

    @property
    def is_tiered(self) -> bool:
        return self.billing_scheme == "tiered"


@dataclass(frozen=True, slots=True)
class PaymentMethod:
    """What may be shown of a payment method: never more card data than this.

    ``type`` is Stripe's payment method type (``card``, ``sepa_debit``,
    ``us_bank_account``, ``bacs_debit``, ``link``, ...); a legacy card source
    (``card_...``) is a ``card``, a legacy bank account (``ba_...``) a ``bank_account``.
    ``brand`` is the card brand (``visa``) or, for a bank account, the bank's name.
    ``country`` (SEPA: of the IBAN), ``bank_code`` (SEPA), ``sort_code`` (Bacs) and
    ``email`` (Link: kept masked, as ``j…@example.com``) are what Stripe gives to tell
    a non-card method apart; ``generated_from`` is True for a SEPA Direct Debit
    method saved from an iDEAL, Bancontact or Sofort payment.
    """

    id: str
    type: str = "card"
    brand: str | None = None
    last4: str | None = None
    exp_month: int | None = None
    exp_year: int | None = None
    postal_code: str | None = None
    customer_id: str | None = None
    livemode: bool = False
    country: str | None = None
    bank_code: str | None = None
    sort_code: str | None = None
    email: str | None = None
    generated_from: bool = False


@dataclass(frozen=True, slots=True)
class Address:
    line1: str | None = None
    line2: str | None = None
    postal_code: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None

    @property
    def is_empty(self) -> bool:
        return not any(
            (self.line1, self.line2, self.postal_code, self.city, self.state, self.country)
        )


@dataclass(frozen=True, slots=True)
class TaxId:
    id: str
    type: str  # Stripe's tax ID type, e.g. "eu_vat"
    value: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Customer:
    id: str
    name: str | None = None
    email: str | None = None
    phone: str | None = None
    address: Address | None = None
    tax_ids: tuple[TaxId, ...] = ()
    default_payment_method_id: str | None = None
    deleted: bool = False
    created: datetime | None = None
    livemode: bool = False
    # The legacy ``default_source`` (a ``card_...`` of an old account), and the
    # expanded invoice default / source when the payload had them expanded.
    default_source_id: str | None = None
    default_payment_method: PaymentMethod | None = field(default=None, compare=False)
    default_source: PaymentMethod | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class PauseCollection:
    behavior: str  # "keep_as_draft" | "mark_uncollectible" | "void" (or a newer value)
    resumes_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SubscriptionItem:
    id: str
    price: Price
    quantity: int | None = None
    current_period_start: datetime | None = None
    current_period_end: datetime | None = None


@dataclass(frozen=True, slots=True)
class Invoice:
    id: str
    status: str | None = None  # draft | open | paid | uncollectible | void
    number: str | None = None
    currency: str = ""
    amount_due: int = 0
    amount_paid: int = 0
    amount_remaining: int = 0
    total: int = 0
    attempt_count: int = 0
    next_payment_attempt: datetime | None = None
    hosted_invoice_url: str | None = None
    invoice_pdf: str | None = None
    subscription_id: str | None = None
    customer_id: str | None = None
    created: datetime | None = None
    due_date: datetime | None = None
    period_start: datetime | None = None
    period_end: datetime | None = None
    billing_reason: str | None = None
    livemode: bool = False


@dataclass(frozen=True, slots=True)
class Subscription:
    """A subscription as Stripe reports it (raw status included).

    ``current_period_start``/``end`` are the legacy subscription-level dates (API
    versions before 2025-03-31.basil); current payloads carry them on each item.
    ``customer``, ``default_payment_method``, ``default_source`` and
    ``latest_invoice`` are set when the payload had them expanded; the ``*_id``
    fields are set either way.
    ``items_truncated`` is True when Stripe reported more items than it sent.
    """

    id: str
    status: str
    created: datetime
    customer_id: str | None = None
    livemode: bool = False
    currency: str = ""
    collection_method: str | None = None
    description: str | None = None
    cancel_at_period_end: bool = False
    cancel_at: datetime | None = None
    canceled_at: datetime | None = None
    ended_at: datetime | None = None
    start_date: datetime | None = None
    trial_start: datetime | None = None
    trial_end: datetime | None = None
    current_period_start: datetime | None = None
    current_period_end: datetime | None = None
    pause_collection: PauseCollection | None = None
    items: tuple[SubscriptionItem, ...] = ()
    items_truncated: bool = False
    default_payment_method_id: str | None = None
    latest_invoice_id: str | None = None
    default_source_id: str | None = None
    customer: Customer | None = field(default=None, compare=False)
    default_payment_method: PaymentMethod | None = field(default=None, compare=False)
    latest_invoice: Invoice | None = field(default=None, compare=False)
    default_source: PaymentMethod | None = field(default=None, compare=False)
