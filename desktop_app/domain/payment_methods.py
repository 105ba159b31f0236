"""Which payment method a subscription is charged with, and how it is named.

Stripe charges a subscription's invoices with "the first available payment method
in this list, in this order": the subscription's ``default_payment_method``, the
subscription's ``default_source``, the customer's
``invoice_settings.default_payment_method``, the customer's ``default_source``
(docs.stripe.com/billing/revenue-recovery/smart-retries, "Payment method
ordering"). Old accounts still hold legacy card sources (``card_...``) there.

``method_label`` names a method as the window, the CSV and the summary card show it:
never only its type, and never more than Stripe's Dashboard shows (brand or bank,
last 4, the IBAN's country, the Bacs sort code, Link's e-mail masked).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from desktop_app.domain.models import Customer, Invoice, PaymentMethod, Subscription
from desktop_app.text import mark, translate

MethodSource = Literal["subscription", "subscription_source", "customer", "customer_source"]

CONTEXT = "PaymentMethods"
DOTS = "••••"


def method_order(
    sub: Subscription, customer: Customer | None
) -> list[tuple[MethodSource, str | None]]:
    """The four places in Stripe's order, with the ID each holds (None: not set)."""
    return [
        ("subscription", sub.default_payment_method_id),
        ("subscription_source", sub.default_source_id),
        ("customer", customer.default_payment_method_id if customer else None),
        ("customer_source", customer.default_source_id if customer else None),
    ]


def charged_method_id(
    sub: Subscription, customer: Customer | None
) -> tuple[str | None, MethodSource | None]:
    """The ID of the method Stripe charges (the first place that is set) and its place."""
    for source, ident in method_order(sub, customer):
        if ident:
            return ident, source
    return None, None


def first_in_order(ids: Sequence[str | None]) -> str | None:
    """``charged_method_id`` of the four IDs given in ``method_order``'s order (the
    cache's columns)."""
    return next((ident for ident in ids if ident), None)


def expanded_methods(sub: Subscription, customer: Customer | None) -> list[PaymentMethod]:
    """The methods that came expanded inside the subscription and its customer."""
    found = [sub.default_payment_method, sub.default_source]
    if customer is not None:
        found += [customer.default_payment_method, customer.default_source]
    return [pm for pm in found if pm is not None]


@dataclass(frozen=True, slots=True)
class MethodDisplay:
    """What a row keeps to name its payment method (see ``method_label``).

    ``detail``: the IBAN's country (SEPA), the sort code (Bacs), the masked e-mail
    (Link), else None.
    """

    type: str
    brand: str | None = None
    last4: str | None = None
    detail: str | None = None
    exp_month: int | None = None
    exp_year: int | None = None

    @classmethod
    def of(cls, pm: PaymentMethod) -> MethodDisplay:
        detail = {"sepa_debit": pm.country, "bacs_debit": pm.sort_code, "link": pm.email}
        return cls(
            type=pm.type,
            brand=pm.brand,
            last4=pm.last4,
            detail=detail.get(pm.type),
            exp_month=pm.exp_month,
            exp_year=pm.exp_year,
        )

    @property
    def expiry_text(self) -> str | None:
        """``03/2026``, for a card with an expiry."""
        if self.exp_month is None or self.exp_year is None or not 1 <= self.exp_month <= 12:
            return None
        return f"{self.exp_month:02d}/{self.exp_year}"


# Card brands as Stripe spells them (``card.brand``, ``card.display_brand``, and the
# legacy card object's "Visa", "MasterCard", "American Express"...), and their names.
_BRANDS = {
    "visa": "Visa",
    "mastercard": "Mastercard",
    "amex": "American Express",
    "american_express": "American Express",
    "discover": "Discover",
    "diners": "Diners Club",
    "diners_club": "Diners Club",
    "jcb": "JCB",
    "unionpay": "UnionPay",
    "cartes_bancaires": "Cartes Bancaires",
    "eftpos_australia": "eftpos Australia",
    "interac": "Interac",
    "link": "Link",
}

# Payment method types and their names (Stripe's names of its methods).
TYPE_NAMES = {
    "card": mark("PaymentMethods", "Card"),
    "sepa_debit": mark("PaymentMethods", "SEPA Direct Debit"),
    "us_bank_account": mark("PaymentMethods", "US bank account"),
    "bank_account": mark("PaymentMethods", "Bank account"),
    "bacs_debit": mark("PaymentMethods", "Bacs Direct Debit"),
    "au_becs_debit": mark("PaymentMethods", "BECS Direct Debit"),
    "acss_debit": mark("PaymentMethods", "Pre-authorized debit"),
    "link": "Link",
    "ideal": "iDEAL",
    "bancontact": "Bancontact",
    "sofort": "Sofort",
    "paypal": "PayPal",
}


def brand_name(brand: str | None) -> str | None:
    """A card brand as people write it (``visa`` -> Visa, ``MasterCard`` -> Mastercard)."""
    if not brand:
        return None
    key = brand.strip().casefold().replace(" ", "_")
    if key in _BRANDS:
        return _BRANDS[key]
    return brand.replace("_", " ").strip().title() or None


def type_name(kind: str) -> str:
    """A payment method type's name; an unknown type as Stripe writes it, readable."""
    name = TYPE_NAMES.get(kind)
    if name is None:
        return kind.replace("_", " ").strip().capitalize() or "?"
    return translate(CONTEXT, name)


def method_label(method: MethodDisplay | None) -> str | None:
    """``Visa ••••4242``, ``SEPA Direct Debit · DE ••••3000``, ``Bacs Direct Debit ·
    10-88-00 ••••2345``, ``STRIPE TEST BANK ••••6789``, ``Link · j…@example.com``;
    None when there is none."""
    if method is None:
        return None
    last4 = f"{DOTS}{method.last4}" if method.last4 else None
    if method.type == "card":
        head = brand_name(method.brand) or type_name("card")
        return f"{head} {last4}" if last4 else head
    if method.type in ("us_bank_account", "bank_account") and method.brand:
        return f"{method.brand} {last4}" if last4 else method.brand
    head = type_name(method.type)
    tail = " ".join(part for part in (method.detail, last4) if part)
    if not tail and method.brand:
        tail = method.brand
    return f"{head} · {tail}" if tail else head


def replaced_since_failure(
    invoice: Invoice | None, failed_method_id: str | None, charged_id: str | None
) -> bool:
    """Whether the customer replaced the payment method after the invoice's last failed
    attempt: the invoice is open with failed attempts, and the method Stripe charges
    now is another than the one it was charged with then (``failed_method_id``: ''
    for none, None when unknown). Stripe's next retry uses the new one, because it
    takes "the first available payment method" in ``method_order``'s order
    (docs.stripe.com/billing/revenue-recovery/smart-retries)."""
    if invoice is None or invoice.status != "open" or invoice.attempt_count < 1:
        return False
    if failed_method_id is None or not charged_id:
        return False
    return charged_id != failed_method_id
