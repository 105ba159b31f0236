"""What a full sync reads of a page of expanded subscriptions, as types for msgspec.

A page of 100 subscriptions with their customers and cards is ~500 KB of JSON, most
of it fields the cache never reads (settings, metadata, card checks and networks).
Decoding into these TypedDicts builds only the keys listed here and skips the rest
(about half the CPU of decoding everything), leaving plain dicts that
``domain/parse.py`` reads as it reads any Stripe JSON.

Every key ``parse.py`` and ``sync/collect.py`` read of a subscription and of what
comes expanded in it must be listed: ``tests/sync/test_subscription_decode.py``
parses emulator pages both ways and compares. Values are ``Any`` unless the object
under them is pruned too. A value of an unexpected kind (say a number where an
object belongs) fails msgspec's validation, and the caller decodes the page whole.
"""

from __future__ import annotations

from typing import Any, TypedDict


class Product(TypedDict, total=False):
    id: Any
    name: Any
    active: Any
    deleted: Any
    livemode: Any


class Recurring(TypedDict, total=False):
    interval: Any
    interval_count: Any
    usage_type: Any


class TransformQuantity(TypedDict, total=False):
    divide_by: Any
    round: Any


class Price(TypedDict, total=False):
    id: Any
    product: str | Product | None
    currency: Any
    unit_amount: Any
    unit_amount_decimal: Any
    billing_scheme: Any
    recurring: Recurring | None
    nickname: Any
    active: Any
    deleted: Any
    transform_quantity: TransformQuantity | None
    livemode: Any


class Plan(TypedDict, total=False):
    """The legacy ``plan`` of an item, read only when the item has no price object."""

    id: Any
    product: Any
    currency: Any
    amount: Any
    amount_decimal: Any
    billing_scheme: Any
    nickname: Any
    active: Any
    livemode: Any
    transform_usage: Any
    interval: Any
    interval_count: Any
    usage_type: Any


class Item(TypedDict, total=False):
    id: Any
    price: str | Price | None
    plan: Plan | None
    quantity: Any
    current_period_start: Any
    current_period_end: Any


class ItemList(TypedDict, total=False):
    data: list[Item]
    has_more: Any


class Address(TypedDict, total=False):
    line1: Any
    line2: Any
    postal_code: Any
    city: Any
    state: Any
    country: Any


class BillingDetails(TypedDict, total=False):
    address: Address | None


class MethodDetails(TypedDict, total=False):
    """What is shown of a payment method, under its type's name (``card``, ...)."""

    display_brand: Any
    brand: Any
    bank_name: Any
    bank: Any
    last4: Any
    iban_last4: Any
    exp_month: Any
    exp_year: Any
    country: Any
    bank_code: Any
    sort_code: Any
    email: Any
    generated_from: Any


class PaymentMethod(TypedDict, total=False):
    """A payment method, or a legacy source (``card_...``, ``ba_...``: its fields at
    the top level; ``src_...``: under its type's name, as a payment method's)."""

    id: Any
    object: Any
    type: Any
    customer: Any
    livemode: Any
    deleted: Any
    billing_details: BillingDetails | None
    # A legacy card or bank account (``"object": "card"`` / ``"bank_account"``).
    brand: Any
    bank_name: Any
    last4: Any
    exp_month: Any
    exp_year: Any
    address_zip: Any
    country: Any
    # The details sit under the type's name: every type Stripe documents. A page
    # with a payment method of another type is decoded whole (see DETAIL_KEYS).
    acss_debit: MethodDetails | None
    affirm: MethodDetails | None
    afterpay_clearpay: MethodDetails | None
    alipay: MethodDetails | None
    alma: MethodDetails | None
    amazon_pay: MethodDetails | None
    au_becs_debit: MethodDetails | None
    bacs_debit: MethodDetails | None
    bancontact: MethodDetails | None
    billie: MethodDetails | None
    bizum: MethodDetails | None
    blik: MethodDetails | None
    boleto: MethodDetails | None
    card: MethodDetails | None
    card_present: MethodDetails | None
    cashapp: MethodDetails | None
    crypto: MethodDetails | None
    custom: MethodDetails | None
    customer_balance: MethodDetails | None
    eps: MethodDetails | None
    fpx: MethodDetails | None
    giropay: MethodDetails | None
    grabpay: MethodDetails | None
    ideal: MethodDetails | None
    interac_present: MethodDetails | None
    kakao_pay: MethodDetails | None
    klarna: MethodDetails | None
    konbini: MethodDetails | None
    kr_card: MethodDetails | None
    link: MethodDetails | None
    mb_way: MethodDetails | None
    mobilepay: MethodDetails | None
    multibanco: MethodDetails | None
    naver_pay: MethodDetails | None
    nz_bank_account: MethodDetails | None
    oxxo: MethodDetails | None
    p24: MethodDetails | None
    pay_by_bank: MethodDetails | None
    payco: MethodDetails | None
    paynow: MethodDetails | None
    paypal: MethodDetails | None
    payto: MethodDetails | None
    pix: MethodDetails | None
    promptpay: MethodDetails | None
    revolut_pay: MethodDetails | None
    samsung_pay: MethodDetails | None
    satispay: MethodDetails | None
    scalapay: MethodDetails | None
    sepa_debit: MethodDetails | None
    sofort: MethodDetails | None
    sunbit: MethodDetails | None
    swish: MethodDetails | None
    twint: MethodDetails | None
    upi: MethodDetails | None
    us_bank_account: MethodDetails | None
    wechat_pay: MethodDetails | None
    zip: MethodDetails | None


_METHOD_FIELDS = {
    "id",
    "object",
    "type",
    "customer",
    "livemode",
    "deleted",
    "billing_details",
    "brand",
    "bank_name",
    "last4",
    "exp_month",
    "exp_year",
    "address_zip",
    "country",
}
# Payment method types whose details this schema keeps.
DETAIL_KEYS = frozenset(PaymentMethod.__annotations__) - _METHOD_FIELDS


class InvoiceSettings(TypedDict, total=False):
    default_payment_method: str | PaymentMethod | None


class TaxId(TypedDict, total=False):
    id: Any
    type: Any
    value: Any
    country: Any


class TaxIdList(TypedDict, total=False):
    data: list[TaxId]
    has_more: Any


class Customer(TypedDict, total=False):
    id: Any
    deleted: Any
    livemode: Any
    name: Any
    email: Any
    phone: Any
    address: Address | None
    tax_ids: TaxIdList | list[TaxId] | None
    invoice_settings: InvoiceSettings | None
    default_source: str | PaymentMethod | None
    created: Any


class PauseCollection(TypedDict, total=False):
    behavior: Any
    resumes_at: Any


class Subscription(TypedDict, total=False):
    id: Any
    status: Any
    created: Any
    customer: str | Customer | None
    livemode: Any
    currency: Any
    collection_method: Any
    description: Any
    cancel_at_period_end: Any
    cancel_at: Any
    canceled_at: Any
    ended_at: Any
    start_date: Any
    trial_start: Any
    trial_end: Any
    current_period_start: Any
    current_period_end: Any
    pause_collection: PauseCollection | None
    items: ItemList | list[Item] | None
    default_payment_method: str | PaymentMethod | None
    default_source: str | PaymentMethod | None
    latest_invoice: Any


class SubscriptionPage(TypedDict, total=False):
    data: list[Subscription]
    has_more: Any
