"""How a payment method and its card's state read in the window.

The method's name comes from the core (``domain.payment_methods.method_label``: the
same words in the table, the summary card, the detail panel and the CSV); the rule
for expired and expiring cards from ``domain.cards``. This module only words them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from ui.core import CardStatus, MethodDisplay, PaymentMethod, brand_name, method_label
from ui.formatting import format_date


def now_utc() -> datetime:
    return datetime.now(UTC)


def method_text(method: MethodDisplay | PaymentMethod | None) -> str | None:
    """``Visa ••••4242``, ``SEPA Direct Debit · DE ••••3000``...; None for none."""
    if isinstance(method, PaymentMethod):
        method = MethodDisplay.of(method)
    return method_label(method)


def expiry_of(until: datetime | None) -> str | None:
    """``03/2026`` for a card valid until the first instant of April 2026."""
    if until is None:
        return None
    last_day = until - timedelta(days=1)
    return f"{last_day.month:02d}/{last_day.year}"


def card_problem_text(
    status: CardStatus, until: datetime | None, payment: datetime | None
) -> str | None:
    """``Expired 03/2026`` or ``Expires before the next payment on 1 Jan 2027``;
    None when the card is fine (or there is none)."""
    if status == CardStatus.EXPIRED:
        return QCoreApplication.translate("PaymentMethod", "Expired %1").replace(
            "%1", expiry_of(until) or ""
        )
    if status == CardStatus.EXPIRING and payment is not None:
        return QCoreApplication.translate(
            "PaymentMethod", "Expires before the next payment on %1"
        ).replace("%1", format_date(payment))
    return None


def short_problem_text(status: CardStatus, until: datetime | None) -> str | None:
    """What the table's payment cell adds: ``expired 03/2026``, ``expires 12/2026``."""
    if status == CardStatus.EXPIRED:
        return QCoreApplication.translate("PaymentMethod", "expired %1").replace(
            "%1", expiry_of(until) or ""
        )
    if status == CardStatus.EXPIRING:
        return QCoreApplication.translate("PaymentMethod", "expires %1").replace(
            "%1", expiry_of(until) or ""
        )
    return None


def payment_method_text(pm: PaymentMethod) -> str:
    """The summary card's wording: ``Visa ending in 4242, expires 08/2030`` for a card
    (as a billing page writes it), the method's name (``method_text``) otherwise."""
    if pm.type != "card" or not pm.last4:
        return method_text(pm) or ""
    brand = brand_name(pm.brand) or QCoreApplication.translate("PaymentMethod", "Card")
    text = (
        QCoreApplication.translate("PaymentMethod", "%1 ending in %2")
        .replace("%1", brand)
        .replace("%2", pm.last4)
    )
    expiry = MethodDisplay.of(pm).expiry_text
    if expiry:
        text = (
            QCoreApplication.translate("PaymentMethod", "%1, expires %2")
            .replace("%1", text)
            .replace("%2", expiry)
        )
    return text
